"""One error contract (issue 21): every error answer of the API carries a stable `code` and
the German `meldung`, and validates against the schema /api/openapi.json gives for that
route and status; choices are case-insensitive; /api/v1 with the old paths as aliases."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import jsonschema
import pytest

with warnings.catch_warnings():  # Starlette's note that it prefers httpx2 for its test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from kimdocs import errors
from kimdocs.model import read_mapping
from kimdocs.web import work
from kimdocs.web.app import Settings, create_app
from kimdocs.web.common import CODES, ERROR_SCHEMA

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
ANTRAG = json.loads(json.dumps(read_mapping(BEISPIELE / "koblenz" / "antrag.yaml"),
                               default=work.plain))


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(max_upload_mb=0.01))) as c:
        yield c


@pytest.fixture(scope="module")
def spec(client) -> dict:
    return client.get("/api/openapi.json").json()


def _documented(spec: dict, route: str, method: str, status: int) -> dict:
    """The schema the description gives for this answer (old paths: as their /api/v1 twin),
    with the description's components, so that its references resolve."""
    if not route.startswith("/api/v1/"):
        route = "/api/v1/" + route.removeprefix("/api/")
    answer = spec["paths"][route][method]["responses"][str(status)]
    return {**answer["content"]["application/json"]["schema"],
            "components": spec["components"]}


# (method, path as sent, route in the description, request keywords, status, code)
CASES = [
    ("get", "/api/v1/regeln?richtlinie=gibt-es-nicht", "/api/v1/regeln", {}, 400,
     "richtlinie_unbekannt"),
    ("get", "/api/regeln?richtlinie=../x.yaml", "/api/regeln", {}, 400, "richtlinie_unbekannt"),
    ("get", "/api/v1/schema/brief", "/api/v1/schema/{art}", {}, 404, "nicht_gefunden"),
    ("post", "/api/v1/erstellen/antrag?format=rtf", "/api/v1/erstellen/{art}",
     {"json": ANTRAG}, 400, "auswahl_unbekannt"),
    ("post", "/api/v1/berechnen", "/api/v1/berechnen", {"content": b"{kaputt"}, 400,
     "daten_ungueltig"),
    ("post", "/api/v1/berechnen", "/api/v1/berechnen",
     {"json": {**ANTRAG, "stellen": "viele"}}, 422, "daten_ungueltig"),
    ("post", "/api/v1/pruefen", "/api/v1/pruefen", {"data": {"art": "antrag"}}, 415,
     "falscher_dateityp"),
    ("post", "/api/v1/pruefen", "/api/v1/pruefen",
     {"files": {"dateien": ("gross.pdf", b"%PDF-" + b"0" * 20_000)}}, 413, "zu_gross"),
    ("post", "/api/v1/pruefen", "/api/v1/pruefen",
     {"files": {"x": ("", b"", "application/octet-stream")}}, 400, "keine_datei"),
    ("post", "/api/pruefen", "/api/pruefen",
     {"files": {"dateien": ("a.pdf", b"%PDF-1.7")}, "data": {"eingang": "morgen"}}, 400,
     "daten_ungueltig"),
    ("post", "/api/v1/pruefen", "/api/v1/pruefen",
     {"files": {"dateien": ("a.pdf", b"%PDF-1.7")}, "data": {"art": "brief"}}, 400,
     "auswahl_unbekannt"),
    ("post", "/api/v1/daten/antrag", "/api/v1/daten/{art}",
     {"files": {"datei": ("a.yaml", b"a: &x [1]\nb: *x\n")}}, 400, "daten_ungueltig"),
    ("post", "/api/v1/stapel", "/api/v1/stapel", {"files": {"nix": ("a.csv", b"a")}}, 400,
     "keine_datei"),
    ("post", "/api/v1/stapel", "/api/v1/stapel",
     {"files": {"tabelle": ("antraege.csv", b"%PDF-1.7\n")}}, 415, "falscher_dateityp"),
    ("post", "/api/v1/stapel", "/api/v1/stapel",
     {"files": {"tabelle": ("a.csv", b"kommune\n")}, "data": {"art": "brief"}}, 400,
     "auswahl_unbekannt"),
    ("post", "/api/v1/berechnen", "/api/v1/berechnen",
     {"json": {}, "headers": {"Sec-Fetch-Site": "cross-site"}}, 403, "fremde_seite"),
]


@pytest.mark.parametrize(("method", "path", "route", "kwargs", "status", "code"), CASES,
                         ids=[f"{c[0]} {c[1]} {c[4]}" for c in CASES])
def test_every_error_answer_has_a_code_and_fits_its_documented_schema(
        client, spec, method, path, route, kwargs, status, code):
    res = getattr(client, method)(path, **kwargs)
    assert res.status_code == status, res.text
    body = res.json()
    jsonschema.validate(body, _documented(spec, route, method, status))
    assert body["code"] == code and body["meldung"]


def test_401_503_and_405_fit_the_schema_too(spec):
    with TestClient(create_app(Settings(token="geheim", workers=1, queue=0))) as c:
        res = c.get("/api/v1/status")
        assert res.status_code == 401 and res.json()["code"] == "nicht_angemeldet"
        jsonschema.validate(res.json(), _documented(spec, "/api/v1/status", "get", 401))
        auth = {"Authorization": "Bearer geheim"}
        gate = c.app.state.gate
        assert gate.try_enter()  # the only place taken
        try:
            res = c.post("/api/v1/berechnen", json=ANTRAG, headers=auth)
        finally:
            gate.leave()
        assert res.status_code == 503 and res.json()["code"] == "ausgelastet"
        assert res.headers["retry-after"]
        jsonschema.validate(res.json(), _documented(spec, "/api/v1/berechnen", "post", 503))
        res = c.get("/api/v1/berechnen", headers=auth)
        assert res.status_code == 405 and res.json()["code"] == "methode_nicht_erlaubt"
        jsonschema.validate(res.json(), ERROR_SCHEMA)


def test_every_route_documents_its_answers_with_schemas(spec):
    """No empty response schema, no 422 body the server never sends."""
    assert "HTTPValidationError" not in json.dumps(spec)
    for path, item in spec["paths"].items():
        assert path.startswith("/api/v1/")
        for method, op in item.items():
            for status, answer in op["responses"].items():
                assert answer["content"], (path, method, status)
                if status != "200":
                    schema = answer["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/fehler"}, (path, status)
    assert spec["components"]["schemas"]["fehler"] == ERROR_SCHEMA


def test_the_200_answers_fit_the_published_schemas(client, spec):
    res = client.post("/api/v1/berechnen", json=ANTRAG)
    assert res.status_code == 200
    jsonschema.validate(res.json(), _documented(spec, "/api/v1/berechnen", "post", 200))
    res = client.post("/api/v1/pruefen",
                      files={"dateien": ("kein.gif", b"GIF89a" + b"1" * 100)})
    assert res.status_code == 200 and res.json()["uebersprungen"]
    jsonschema.validate(res.json(), _documented(spec, "/api/v1/pruefen", "post", 200))
    # a broken JPEG is read (by OCR) and says why not: a report, never a 5xx
    res = client.post("/api/v1/pruefen",
                      files={"dateien": ("foto.jpg", b"\xff\xd8\xff\xe0" + b"1" * 100)})
    assert res.status_code == 200
    assert "beschädigt" in res.json()["berichte"][0]["fehler"]
    jsonschema.validate(res.json(), _documented(spec, "/api/v1/pruefen", "post", 200))
    broken = {**res.json(), "uebersprungen": [{"datei": 1}]}
    with pytest.raises(jsonschema.ValidationError):  # the schema does look
        jsonschema.validate(broken, _documented(spec, "/api/v1/pruefen", "post", 200))


def test_library_errors_carry_the_same_codes():
    """The codes the library raises are codes the API documents (and the CLI's JSON shows)."""
    for cls in (errors.InputError, errors.ReadError, errors.ConversionError,
                errors.RenderError, errors.GuidelineError, errors.UsageError, work.WrongType):
        assert cls.code in CODES
        assert cls("x").to_dict()["code"] == cls.code
    assert errors.ReadError("x").code == "datei_unlesbar"
    assert errors.InputError("x").code == "daten_ungueltig"


def test_old_paths_answer_like_v1(client):
    old, new = client.get("/api/regeln").json(), client.get("/api/v1/regeln").json()
    assert old == new and old["regeln"]


@pytest.mark.parametrize("art", ["Antrag", "ANTRAG", " antrag "])
def test_choices_are_case_insensitive(client, art):
    assert client.get(f"/api/v1/schema/{art.strip()}").status_code == 200
    res = client.get("/api/v1/regeln", params={"richtlinie": "KIM-RLP-2025"})
    assert res.status_code == 200 and res.json()["richtlinie"] == "kim-rlp-2025"
    res = client.post("/api/v1/berechnen", json={**ANTRAG, "art": art})
    assert res.status_code == 200
