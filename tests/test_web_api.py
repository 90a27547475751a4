"""The HTTP API of `kimdocs web`, through an HTTP client against the app (no network)."""

from __future__ import annotations

import dataclasses
import io
import json
import multiprocessing.util
import tempfile
import warnings
import zipfile
from decimal import Decimal
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

with warnings.catch_warnings():  # Starlette's note that it prefers httpx2 for its test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import kimdocs
from kimdocs.check import Bewilligung
from kimdocs.limits import Limits
from kimdocs.model import load_data, read_mapping
from kimdocs.rules import load_guideline
from kimdocs.web import work
from kimdocs.web.app import Settings, create_app

ROOT = Path(__file__).resolve().parent.parent
BEISPIELE = ROOT / "beispiele"
SCHEMA = json.loads((resources.files("kimdocs") / "schemas" /
                     "pruefbericht.schema.json").read_text(encoding="utf-8"))
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _json(path: Path) -> dict:
    return json.loads(json.dumps(read_mapping(path), default=work.plain))


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, bytes]:
    r = load_guideline()
    return {name: kimdocs.render_document(load_data(BEISPIELE / name / "antrag.yaml"), r)
            for name in ("negativ-kaiserslautern", "koblenz")}


def _left(folder: Path) -> list[Path]:
    """What the server left behind: nothing at all (multiprocessing's own folder lies in the
    system's temp folder, see `isolated_tmp`)."""
    return list(folder.iterdir())


@pytest.fixture()
def isolated_tmp(tmp_path, monkeypatch) -> Path:
    """Every temporary file of the server lands here, so a test can see what is left.

    multiprocessing makes its folder (pymp-*, the forkserver's socket) once per process, in
    the temp folder of that moment, and removes it when the process ends. Made here first, it
    lies in the system's temp folder: inside a test's folder it would outlive the test, and
    pytest (or a parallel run's clean-up of old folders) could remove it before this process
    ends, which printed a FileNotFoundError traceback at exit."""
    multiprocessing.util.get_temp_dir()
    folder = tmp_path / "servertmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture()
def client(isolated_tmp):
    with TestClient(create_app(Settings())) as c:
        yield c
    assert _left(isolated_tmp) == []  # nothing uploaded or generated is kept


def _upload(client, files, **data):
    return client.post("/api/pruefen", files=[("dateien", f) for f in files], data=data)


# --- status, rules, docs ----------------------------------------------------------------------

def test_status_names_version_guidelines_and_libreoffice(client):
    res = client.get("/api/status")
    assert res.status_code == 200
    data = res.json()
    assert data["version"] == kimdocs.__version__
    assert data["richtlinien"]["kim-rlp-2025"]["version"] == load_guideline().version
    assert data["libreoffice"]["bereit"] is True
    csp = res.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert res.headers["x-content-type-options"] == "nosniff"
    assert res.headers["referrer-policy"] == "no-referrer"


def test_rules_of_the_chosen_guideline(client):
    res = client.get("/api/regeln")
    assert res.status_code == 200
    codes = [r["code"] for r in res.json()["regeln"]]
    assert "KIM-103" in codes
    other = client.get("/api/regeln", params={"richtlinie": "bw-integrationsmanagement-2017"})
    assert other.json()["richtlinie"] == "bw-integrationsmanagement-2017"


@pytest.mark.parametrize("name", ["gibt-es-nicht", "/etc/passwd", "../kimdocs/richtlinien/x.yaml"])
def test_rules_refuse_unknown_guideline_and_any_path(client, name):
    res = client.get("/api/regeln", params={"richtlinie": name})
    assert res.status_code == 400
    assert "nicht verfügbar" in res.json()["meldung"]


def test_docs_are_served_offline(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/v1/pruefen", "/api/v1/berechnen", "/api/v1/erstellen/{art}",
                 "/api/v1/regeln", "/api/v1/status"):
        assert path in spec["paths"]
    page = client.get("/api/docs")
    assert page.status_code == 200 and "/api/v1/pruefen" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text


# --- pruefen ----------------------------------------------------------------------------------

def test_pruefen_names_the_defect_in_the_published_json(client, drafts):
    res = _upload(client, [("entwurf.docx", drafts["negativ-kaiserslautern"], DOCX)])
    assert res.status_code == 200
    jsonschema.validate(res.json(), SCHEMA)
    (data,) = res.json()["berichte"]  # the envelope of `pruefen --format json`
    assert data["datei"] == "entwurf.docx"
    assert data["urteil"] == "maengel"
    broken = {b["code"] for b in data["ergebnisse"] if b["status"] == "verletzt"}
    assert {"KIM-103", "KIM-104"} <= broken


def test_pruefen_several_files_and_options(client, drafts):
    res = _upload(client, [("a.docx", drafts["koblenz"], DOCX),
                           ("b.docx", drafts["negativ-kaiserslautern"], DOCX)],
                  art="antrag")
    jsonschema.validate(res.json(), SCHEMA)
    data = res.json()["berichte"]
    assert [d["datei"] for d in data] == ["a.docx", "b.docx"]
    assert [d["urteil"] for d in data] == ["einreichungsfaehig", "maengel"]


def test_pruefen_the_eingangsdatum_counts_for_the_report_deadline(client):
    report = kimdocs.render_document(load_data(BEISPIELE / "koblenz" / "jahresbericht.yaml"),
                                     load_guideline())
    (late,) = _upload(client, [("bericht.docx", report, DOCX)],
                      eingang="2030-01-05").json()["berichte"]
    deadline = [b for b in late["ergebnisse"] if "Eingang" in b["meldung"]]
    assert deadline and deadline[0]["status"] == "verletzt"
    assert "05.01.2030" in deadline[0]["meldung"]


def test_pruefen_a_correct_draft_is_einreichungsfaehig(client, drafts):
    (data,) = _upload(client, [("koblenz.docx", drafts["koblenz"], DOCX)]).json()["berichte"]
    assert data["urteil"] == "einreichungsfaehig"


def test_pruefen_type_by_content_not_name(client):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
    res = _upload(client, [("entwurf.pdf", png, "application/pdf")])
    assert res.status_code == 200  # read as the image it is (OCR, issue 18), not as a PDF
    jsonschema.validate(res.json(), SCHEMA)
    (report,) = res.json()["berichte"]
    assert report["datei"] == "entwurf.pdf" and report["urteil"] == "nicht_pruefbar"
    assert "Bild ist beschädigt" in report["fehler"] and "PDF" not in report["fehler"]
    text = _upload(client, [("notiz.pdf", b"Nur eine Notiz, kein Dokument.", "application/pdf")])
    (skipped,) = text.json()["uebersprungen"]  # neither document nor image: skipped, as before
    assert skipped["datei"] == "notiz.pdf" and "Text" in skipped["grund"]


def test_pruefen_broken_file_is_nicht_pruefbar_without_server_paths(client):
    res = _upload(client, [("kaputt.pdf", b"%PDF-1.7\n1 0 obj <<\nkaputt", "application/pdf")])
    assert res.status_code == 200
    jsonschema.validate(res.json(), SCHEMA)
    (data,) = res.json()["berichte"]
    assert data["urteil"] == "nicht_pruefbar" and data["datei"] == "kaputt.pdf"
    assert data["fehler"] and "kimdocs-web" not in data["fehler"]


def test_pruefen_client_name_is_never_a_path(client, drafts):
    res = _upload(client, [("../../etc/passwd", drafts["koblenz"], DOCX)])
    assert res.status_code == 200
    assert res.json()["berichte"][0]["datei"] == "passwd"


def test_pruefen_without_file_or_with_bad_date(client, drafts):
    res = client.post("/api/pruefen", data={"art": "antrag"},
                      files={"x": ("", b"", "application/octet-stream")})
    assert res.status_code == 400 and "dateien" in res.json()["meldung"]
    res = _upload(client, [("a.docx", drafts["koblenz"], DOCX)], eingang="morgen")
    assert res.status_code == 400 and "kein Datum" in res.json()["meldung"]


def test_pruefen_with_a_bescheid_data_file_that_points_to_a_path_is_refused(client, drafts):
    bescheid = (BEISPIELE / "koblenz" / "bescheid.yaml").read_bytes()  # antrag: antrag.yaml
    res = client.post("/api/pruefen", files=[("dateien", ("a.docx", drafts["koblenz"], DOCX)),
                                             ("bescheid", ("b.yaml", bescheid, "text/yaml"))])
    assert res.status_code == 400 and "Dateiverweis" in res.json()["meldung"]
    broken = b"antrag: {art: antrag}\n"  # an Antrag without its fields
    res = client.post("/api/pruefen", files=[("dateien", ("a.docx", drafts["koblenz"], DOCX)),
                                             ("bescheid", ("b.yaml", broken, "text/yaml"))])
    assert res.status_code == 400
    assert "ungültige Daten" in res.json()["meldung"] and "kimdocs-web" not in res.json()["meldung"]


def test_upload_limit_is_enforced_while_streaming(isolated_tmp):
    """A 64 MB upload against a 1 MB limit: 413 after a few MB, not after reading it all.
    Driven at the ASGI level, because the test client reads the whole body first."""
    import asyncio

    app = create_app(Settings(max_upload_mb=1))
    head = (b"--grenze\r\nContent-Disposition: form-data; name=\"dateien\"; "
            b"filename=\"gross.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n")
    chunks = [head] + [b"0" * (1024 * 1024)] * 64 + [b"\r\n--grenze--\r\n"]
    sent = 0
    answer: list[dict] = []

    async def receive():
        nonlocal sent
        sent += 1
        return {"type": "http.request", "body": chunks[sent - 1], "more_body": sent < len(chunks)}

    async def send(message):
        answer.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/api/pruefen", "raw_path": b"/api/pruefen",
             "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1),
             "server": ("127.0.0.1", 8000),
             "headers": [(b"host", b"127.0.0.1"),
                         (b"content-type", b"multipart/form-data; boundary=grenze")]}
    asyncio.run(app(scope, receive, send))
    assert answer[0]["status"] == 413
    body = json.loads(b"".join(m.get("body", b"") for m in answer[1:]))
    assert "zu groß" in body["meldung"] and "1 MB" in body["meldung"]
    assert sent < 8  # of 66 chunks
    assert _left(isolated_tmp) == []


def test_page_upload_too_large_is_a_german_page(isolated_tmp):
    with TestClient(create_app(Settings(max_upload_mb=0.1))) as c:
        res = c.post("/pruefen", files={"dateien": ("a.pdf", b"%PDF-" + b"0" * 200_000)})
    assert res.status_code == 413
    assert res.headers["content-type"].startswith("text/html")
    assert "Die Datei ist zu groß: höchstens 0,1 MB je Datei." in res.text


def test_schema_for_each_document_type(client):
    for art in ("antrag", "bescheid", "vorlage", "jahresbericht"):
        assert "properties" in client.get(f"/api/schema/{art}").json()
    res = client.get("/api/schema/brief")
    assert res.status_code == 404 and "Unbekannte Dokumentart" in res.json()["meldung"]


def test_upload_limit_from_content_length(isolated_tmp):
    with TestClient(create_app(Settings(max_upload_mb=0.01))) as c:
        res = c.post("/api/pruefen", files={"dateien": ("a.pdf", b"%PDF-" + b"0" * 300_000)})
    assert res.status_code == 413 and "zu groß" in res.json()["meldung"]


# --- berechnen --------------------------------------------------------------------------------

def _cli_json(path: Path) -> dict:
    from click.testing import CliRunner

    from kimdocs.cli.commands import main

    result = CliRunner().invoke(main, ["berechnen", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _berechnung_schema():
    from referencing import Registry, Resource

    folder = resources.files("kimdocs") / "schemas"
    schemas = {n: json.loads((folder / n).read_text(encoding="utf-8"))
               for n in ("berechnung.schema.json", "pruefbericht.schema.json")}
    registry = Registry().with_resources(
        (f"kimdocs/{n}", Resource.from_contents(s)) for n, s in schemas.items())
    return jsonschema.Draft202012Validator(schemas["berechnung.schema.json"], registry=registry)


def test_berechnen_amounts_per_year(client):
    res = client.post("/api/berechnen", json=_json(BEISPIELE / "koblenz" / "antrag.yaml"))
    assert res.status_code == 200
    data = res.json()
    _berechnung_schema().validate(data)
    assert data["jahre"] == {
        "2025": {"personalkosten": "5000.00", "sachkosten": "1666.67", "gesamt": "6666.67",
                 "monate": 1},
        "2026": {"personalkosten": "60000.00", "sachkosten": "20000.00", "gesamt": "80000.00",
                 "monate": 12}}
    assert data["gesamt"] == "86666.67"
    assert [b for b in data["befunde"] if b["status"] != "erfuellt"] == []
    assert {"KIM-101", "KIM-105", "KIM-115"} <= {b["code"] for b in data["befunde"]}


@pytest.mark.parametrize("beispiel", ["koblenz/antrag.yaml", "negativ-kaiserslautern/antrag.yaml",
                                      "verkuerzt/bescheid.yaml"])
def test_berechnen_answers_what_the_cli_prints(client, beispiel):
    """One envelope: the API's answer is `kimdocs berechnen --format json` without the
    file's name, hash and size (the API gets data, no file)."""
    path = BEISPIELE / beispiel
    data = read_mapping(path)
    if data.get("art") == "bescheid":  # the API takes the Antrag itself, not a file name
        data["antrag"] = read_mapping(path.parent / data["antrag"])
    sent = json.loads(json.dumps(data, default=work.plain))
    api = client.post("/api/berechnen", json=sent).json()
    cli = _cli_json(path)
    assert {k: cli.pop(k) for k in ("datei", "sha256", "groesse")}
    assert api == cli


def test_berechnen_names_the_broken_rules(client):
    res = client.post("/api/berechnen",
                      json=_json(BEISPIELE / "negativ-kaiserslautern" / "antrag.yaml"))
    assert res.status_code == 200
    assert {"KIM-103", "KIM-104"} <= {b["code"] for b in res.json()["befunde"]
                                      if b["status"] == "verletzt"}


def test_berechnen_bad_json_and_bad_field(client):
    res = client.post("/api/berechnen", content=b'{"art": "antrag",',
                      headers={"Content-Type": "application/json"})
    assert res.status_code == 400 and "kein gültiges JSON" in res.json()["meldung"]
    data = _json(BEISPIELE / "koblenz" / "antrag.yaml")
    data["stellen"][1]["vzae"] = "viel"
    res = client.post("/api/berechnen", json=data)
    assert res.status_code == 422
    body = res.json()
    assert "stellen[1].vzae" in body["meldung"]
    assert {"pfad": "stellen[1].vzae", "meldung": "ist keine Zahl (Wert: „viel“)"} in body["felder"]
    del data["zeitraum"]
    assert {"pfad": "zeitraum", "meldung": "Pflichtfeld fehlt"} in client.post(
        "/api/berechnen", json=data).json()["felder"]


# --- erstellen --------------------------------------------------------------------------------

def test_erstellen_docx(client):
    res = client.post("/api/erstellen/antrag", params={"format": "docx"},
                      json=_json(BEISPIELE / "koblenz" / "antrag.yaml"))
    assert res.status_code == 200
    assert res.headers["content-type"] == DOCX
    assert "Antrag_Koblenz_2025.docx" in res.headers["content-disposition"]
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(res.content)).namelist()


def test_erstellen_bescheid_as_pdfa(client):
    from kimdocs.generate.libreoffice import read_pdfa_claim

    bescheid = _json(BEISPIELE / "koblenz" / "bescheid.yaml")
    bescheid["antrag"] = _json(BEISPIELE / "koblenz" / "antrag.yaml")
    res = client.post("/api/erstellen/bescheid", params={"format": "pdfa"}, json=bescheid)
    assert res.status_code == 200, res.text
    assert res.content.startswith(b"%PDF-")
    path = Path(tempfile.mkdtemp()) / "b.pdf"
    try:
        path.write_bytes(res.content)
        assert read_pdfa_claim(path) == ("2", "B")
    finally:
        path.unlink()
        path.parent.rmdir()


def test_erstellen_bad_input(client):
    data = _json(BEISPIELE / "koblenz" / "antrag.yaml")
    assert client.post("/api/erstellen/brief", json=data).status_code == 404
    res = client.post("/api/erstellen/antrag", params={"format": "odt"}, json=data)
    assert res.status_code == 400 and "Format" in res.json()["meldung"]
    bescheid = _json(BEISPIELE / "koblenz" / "bescheid.yaml")  # antrag: "antrag.yaml"
    res = client.post("/api/erstellen/bescheid", json=bescheid)
    assert res.status_code == 422 and res.json()["felder"][0]["pfad"] == "antrag"
    bescheid["antrag"] = _json(BEISPIELE / "koblenz" / "antrag.yaml")
    bescheid["antrag"]["stellen"][0]["vzae"] = "x"
    res = client.post("/api/erstellen/bescheid", json=bescheid)
    assert res.json()["felder"] == [{"pfad": "antrag.stellen[0].vzae",
                                     "meldung": "ist keine Zahl (Wert: „x“)"}]
    data["finanzierungsplan"][0]["jahr"] = "zwanzig"
    res = client.post("/api/erstellen/antrag", json=data)
    assert res.status_code == 422
    assert res.json()["felder"][0]["pfad"] == "finanzierungsplan[0].jahr"


# --- data files and batches -------------------------------------------------------------------

def test_daten_reads_a_data_file_for_the_form(client):
    res = client.post("/api/daten/antrag", files={
        "datei": ("antrag.yaml", (BEISPIELE / "koblenz" / "antrag.yaml").read_bytes())})
    assert res.status_code == 200
    assert res.json()["stellen"][0]["vzae"] == "0.5"
    res = client.post("/api/daten/bescheid", files={
        "datei": ("bescheid.yaml", (BEISPIELE / "koblenz" / "bescheid.yaml").read_bytes())})
    # the shipped Bescheid names its Antrag as a file: its own fields load, the Antrag is
    # asked for on the page ("Antrag übernehmen"), the server never opens a path a client names
    assert res.status_code == 200
    assert res.json()["aktenzeichen"] == "3321-0001#2025/0084-0701"
    assert "antrag" not in res.json()


def test_daten_refuses_yaml_aliases(client):
    bomb = (b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
            b"c: [*b, *b, *b, *b, *b, *b, *b, *b]\n")
    res = client.post("/api/daten/antrag", files={"datei": ("bombe.yaml", bomb)})
    assert res.status_code == 400 and "Verweise" in res.json()["meldung"]


@pytest.mark.parametrize(("name", "content", "what"), [
    ("t.csv", b"\x89PNG\r\n\x1a\n\x00\x00", "ein Bild (PNG)"),
    ("antraege.pdf", b"%PDF-1.7\n1 0 obj\n", "ein PDF-Dokument"),
    ("antraege.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "alten Office"),
    ("antraege.docx", "drafts", "ein Word-Dokument (DOCX)"),
])
def test_stapel_refuses_a_file_that_is_no_table(client, drafts, name, content, what):
    """A Word/PDF/image file uploaded as the table: 415 with the German reason, before
    any work, in the one error body (never 5xx, never "Tabelle kann nicht gelesen werden")."""
    content = drafts["koblenz"] if content == "drafts" else content
    res = client.post("/api/v1/stapel", files={"tabelle": (name, content)})
    assert res.status_code == 415, res.text
    body = res.json()
    assert body["code"] == "falscher_dateityp"
    assert body["meldung"].startswith(f"{name}: Die Datei ist keine Tabelle")
    assert what in body["meldung"] and "XLSX" in body["meldung"]


def test_stapel_table_without_the_columns_is_named(client):
    res = client.post("/api/stapel", files={"tabelle": ("meine.csv", b"name;ort\nA;B\n")})
    result = json.loads(res.text.splitlines()[-1])["ergebnis"]
    assert result["meldung"].startswith("meine.csv: Spalten fehlen")
    assert result["code"] == "daten_ungueltig"


def test_stapel_names_the_bad_rows_and_returns_a_zip(client):
    table = (BEISPIELE / "antraege_mit_fehler.csv").read_bytes()
    res = client.post("/api/stapel", files={"tabelle": ("t.csv", table, "text/csv")},
                      data={"format": "docx"})
    assert res.status_code == 200
    lines = [json.loads(x) for x in res.text.splitlines()]
    assert any(x.get("fortschritt", 0) > 0 for x in lines)
    result = lines[-1]["ergebnis"]
    rows = [f["zeile"] for f in result["fehler"]]
    assert rows == sorted(rows) and all(isinstance(n, int) for n in rows)
    assert {"zeile": 4, "kommune": "Mainz"}.items() <= next(
        f for f in result["fehler"] if f["zeile"] == 4).items()
    # one progress line per notice, named by its Kommune
    steps = [x for x in lines if x.get("fortschritt")]
    assert [x["fortschritt"] for x in steps] == list(range(1, result["erstellt"] + 1))
    assert all(x["von"] == result["erstellt"] and x["kommune"] for x in steps)
    names = zipfile.ZipFile(io.BytesIO(__import__("base64").b64decode(result["zip"]))).namelist()
    assert {"zusammenfassung.txt", "uebersicht.json", "uebersicht.xlsx"} <= set(names)
    assert result["zip_name"].startswith("Bescheide_t_") and result["zip_name"].endswith(".zip")
    assert all(x["text"].startswith(f"Bescheid {x['fortschritt']} von {x['von']} – ")
               for x in steps)
    overview = result["uebersicht"]
    assert len(overview) == result["erstellt"]
    assert all(e["sha256"] and e["datei"].endswith(".docx") and e["jahre"] for e in overview)
    assert len([n for n in names if n.endswith(".docx")]) == result["erstellt"] > 0
    assert any("KIM-114" in line for line in result["budget"])
    # what remains of the programme budget per year, after this batch
    total_2026 = sum(Decimal(j["gesamt"]) for e in overview for j in e["jahre"]
                     if j["jahr"] == 2026)
    (h2026,) = [h for h in result["haushalt"] if h["jahr"] == 2026]
    assert Decimal(h2026["bewilligt"]) == total_2026
    assert Decimal(h2026["frei"]) == Decimal(h2026["budget"]) - total_2026
    assert any(line.startswith("2026: nach diesem Stapel noch ") for line in result["budget"])


# --- safety -----------------------------------------------------------------------------------

def test_token_required_when_set(isolated_tmp):
    with TestClient(create_app(Settings(token="geheim"))) as c:
        res = c.get("/api/status")
        assert res.status_code == 401 and "Zugangsschlüssel" in res.json()["meldung"]
        assert c.get("/api/status", headers={"Authorization": "Bearer falsch"}).status_code == 401
        assert c.get("/api/status", headers={"Authorization": "Bearer geheim"}).status_code == 200
        page = c.get("/", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/anmelden"
        assert c.post("/anmelden", data={"token": "falsch"}).status_code == 401
        c.post("/anmelden", data={"token": "geheim"}, follow_redirects=False)
        assert c.get("/").status_code == 200  # the cookie now carries the token


def test_cross_site_posts_are_refused(client, drafts):
    files = {"dateien": ("a.docx", drafts["koblenz"], DOCX)}
    res = client.post("/pruefen", files=files, headers={"Origin": "http://boese.example"})
    assert res.status_code == 403 and "fremden Seite" in res.text
    res = client.post("/api/berechnen", json={}, headers={"Sec-Fetch-Site": "cross-site"})
    assert res.status_code == 403


def test_loopback_server_answers_only_to_loopback_names(isolated_tmp):
    app = create_app(Settings(allowed_hosts=["127.0.0.1", "localhost"]))
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/status").status_code == 200
        rebound = c.get("/api/status", headers={"Host": "boese.example:8000"})
        assert rebound.status_code == 400
        assert "default-src 'self'" in rebound.headers["content-security-policy"]


def test_api_with_token_is_exempt_from_the_origin_check(isolated_tmp):
    with TestClient(create_app(Settings(token="geheim"))) as c:
        res = c.post("/api/berechnen", json=_json(BEISPIELE / "koblenz" / "antrag.yaml"),
                     headers={"Authorization": "Bearer geheim", "Origin": "http://pipeline"})
    assert res.status_code == 200


def test_503_with_retry_after_when_the_queue_is_full(isolated_tmp, drafts):
    app = create_app(Settings(workers=1, queue=1))
    gate = app.state.gate
    with TestClient(app) as c:
        assert gate.try_enter() and gate.try_enter()  # one working, one waiting
        try:
            res = _upload(c, [("a.docx", drafts["koblenz"], DOCX)])
            assert res.status_code == 503
            assert res.headers["retry-after"].isdigit()
            assert "ausgelastet" in res.json()["meldung"]
            assert c.post("/api/berechnen", json={}).status_code == 503
        finally:
            gate.leave()
            gate.leave()
        assert _upload(c, [("a.docx", drafts["koblenz"], DOCX)]).status_code == 200
    assert _left(isolated_tmp) == []


def test_warm_libreoffice_answers_and_replaces_a_killed_instance(isolated_tmp):
    import os
    import signal

    from kimdocs.web.warm import uno_available

    assert uno_available(), "python3-uno fehlt: bash .ci/install"
    data = _json(BEISPIELE / "koblenz" / "antrag.yaml")
    app = create_app(Settings(workers=1, warm_office=True))
    office = app.state.office
    with TestClient(app) as c:
        assert c.get("/api/status").json()["libreoffice"]["warm"] is True
        first = c.post("/api/erstellen/antrag", params={"format": "pdf"}, json=data)
        assert first.status_code == 200 and first.content.startswith(b"%PDF-")
        before = office.pids()
        os.killpg(before[0], signal.SIGKILL)  # LibreOffice dies between two requests
        again = c.post("/api/erstellen/antrag", params={"format": "pdf"}, json=data)
        assert again.status_code == 200 and again.content.startswith(b"%PDF-")
        assert office.pids() and set(office.pids()).isdisjoint(before)
        running = office.pids()
    assert not [p for p in before + running if Path(f"/proc/{p}").exists()
                and "zombie" not in Path(f"/proc/{p}/status").read_text().lower()]


# --- issue 17: one Limits object, the Bescheid read once per request ---------------------------

def test_one_limits_object_reaches_every_check_and_the_bescheid_is_read_once(
        isolated_tmp, drafts, monkeypatch):
    """The limits built from the settings reach check_file unchanged; a Bescheid uploaded
    with three drafts is read once for the request, not once per draft."""
    limits = Limits(timeout=42.0, memory_mb=900, max_pages=123, max_paragraphs=4567,
                    max_ocr_pages=7)
    seen, loads = [], []
    real_check, real_load = work.check_file, work.load_bescheid

    def check(path, **kwargs):
        seen.append({f.name: kwargs[f.name] for f in dataclasses.fields(Limits)})
        assert isinstance(kwargs["bescheid"], Bewilligung)  # read already, handed on
        return real_check(path, **kwargs)

    def load(path, r, **kwargs):
        loads.append(kwargs)
        return real_load(path, r, **kwargs)

    monkeypatch.setattr(work, "check_file", check)
    monkeypatch.setattr(work, "load_bescheid", load)
    bescheid = read_mapping(BEISPIELE / "koblenz" / "bescheid.yaml")
    bescheid["antrag"] = read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")
    data = json.dumps(bescheid, default=work.plain).encode()
    with TestClient(create_app(Settings(limits=limits))) as c:
        res = c.post("/api/v1/pruefen", files=[
            *[("dateien", (f"{i}.docx", drafts["koblenz"], DOCX)) for i in range(3)],
            ("bescheid", ("bescheid.json", data, "application/json"))])
    assert res.status_code == 200, res.text
    assert [b["urteil"] for b in res.json()["berichte"]] == ["einreichungsfaehig"] * 3
    assert seen == [dataclasses.asdict(limits)] * 3
    assert loads == [{"timeout": 42.0, "memory_mb": 900}]


def test_kommunen_for_the_form(client):
    res = client.get("/api/v1/kommunen")
    assert res.status_code == 200
    kommunen = res.json()["kommunen"]
    assert len(kommunen) == 36
    koblenz = next(k for k in kommunen if k["name"] == "Koblenz")
    assert koblenz == {"name": "Koblenz", "kreisschluessel": "07111", "art": "kreisfreie_stadt",
                       "verwaltungsgericht": "VG Koblenz"}


def test_erstellen_refuses_a_misspelt_kommune_as_the_cli_does(client):
    data = _json(BEISPIELE / "koblenz" / "antrag.yaml")
    data["antragsteller"]["name"] = "Koblentz"
    res = client.post("/api/v1/erstellen/antrag", json=data)
    assert res.status_code == 422 and res.json()["code"] == "daten_ungueltig"
    (feld,) = res.json()["felder"]
    assert feld["pfad"] == "antragsteller.name" and "Meinten Sie Koblenz?" in feld["meldung"]


def test_stapel_page_offers_the_sample_the_columns_and_every_type(client):
    page = client.get("/stapel").text
    assert 'href="/static/beispiel-stapel.csv"' in page and "<code>personalkosten_JJJJ</code>" in page
    assert client.get("/static/beispiel-stapel.csv").text.startswith("kommune;")
    for kind in ("antrag", "vorlage", "jahresbericht", "verwendungsnachweis"):
        assert f'<option value="{kind}"' in page and f"/stapel/spalten/{kind}.csv" in page
    header = client.get("/stapel/spalten/verwendungsnachweis.csv")
    assert header.status_code == 200 and "attachment" in header.headers["content-disposition"]
    columns = header.content.decode("utf-8-sig").strip().split(";")
    assert {"kommune.name", "jahre.1.personalkosten.festbetrag", "bestaetigung.zweckentsprechend"
            } <= set(columns) and "art" not in columns
    assert client.get("/stapel/spalten/brief.csv").status_code == 404


def test_stapel_of_verwendungsnachweise(client, tmp_path):
    """The batch takes every type: a table of Verwendungsnachweise by field paths."""
    from kimdocs.generate.table_fields import columns

    vn = read_mapping(BEISPIELE / "koblenz" / "verwendungsnachweis.yaml")
    cells = {"kommune.name": "Koblenz", "kommune.kreisschluessel": "07111",
             "bescheid_aktenzeichen": vn["bescheid_aktenzeichen"], "bescheid_datum": "20.11.2025",
             "bewilligungszeitraum.beginn": "01.12.2025", "bewilligungszeitraum.ende": "31.12.2026",
             "datum": "20.05.2027", "sachbericht": "Bericht", "jahre.1.jahr": "2026",
             "jahre.1.personalkosten.festbetrag": "60.000,00",
             "jahre.1.personalkosten.ausgaben": "79.950,00",
             "jahre.1.personalkosten.verausgabt": "60.000,00",
             "jahre.1.sachkosten.festbetrag": "20.000,00",
             "jahre.1.sachkosten.ausgaben": "17.850,40",
             "jahre.1.sachkosten.verausgabt": "17.850,40",
             "jahre.1.zuwendung_erhalten": "77.850,40",
             "bestaetigung.zweckentsprechend": "ja", "bestaetigung.wirtschaftlich_sparsam": "ja",
             "bestaetigung.buecher_belege": "ja", "bestaetigung.nebenbestimmungen": "ja",
             "unterschrift.ort": "Koblenz", "unterschrift.datum": "20.05.2027",
             "unterschrift.name": "Erik Beispielmann"}
    assert set(cells) <= set(columns("verwendungsnachweis"))
    table = ";".join(cells) + "\n" + ";".join(cells.values()) + "\n"
    res = client.post("/api/v1/stapel", files={"tabelle": ("vn.csv", table.encode())},
                      data={"art": "Verwendungsnachweis"})
    lines = [json.loads(x) for x in res.text.splitlines()]
    result = lines[-1]["ergebnis"]
    assert result["erstellt"] == 1 and result["fehler"] == [], result
    assert lines[-2]["text"] == "Verwendungsnachweis 1 von 1 – Koblenz"
    assert result["zip_name"].startswith("Verwendungsnachweise_vn_")
    (entry,) = result["uebersicht"]
    assert entry["datei"] == "Verwendungsnachweis_Koblenz_2026.docx"
    assert [(j["jahr"], j["gesamt"]) for j in entry["jahre"]] == [(2026, "77850.40")]
    assert result["haushalt"] == [] and result["budget"] == []
