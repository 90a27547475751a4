"""The fifth document (issue 20): the Verwendungsnachweis and the Zwischennachweis — data,
the Festbetrag reduction against a hand calculation, its rules on data and on the generated
document, `kimdocs erstellen` / `kimdocs pruefen --bescheid`."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_szenarien import UNROUNDED, docx_lines

from kimdocs.calculator import calculate_bescheid
from kimdocs.check import check_file
from kimdocs.cli.commands import main
from kimdocs.errors import InputError
from kimdocs.generate.context import build_context, document_year
from kimdocs.generate.render import render_document
from kimdocs.model import json_schema, load_data, read_mapping, validate
from kimdocs.rules import load_guideline
from kimdocs.rules.verwendung import check_nachweis

D = Decimal
BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
KOBLENZ = BEISPIELE / "koblenz" / "verwendungsnachweis.yaml"


def _nachweis(**changes):
    data = read_mapping(KOBLENZ)
    data.update(changes)
    return validate("verwendungsnachweis", data)


def _with_line(jahr_index: int, line: str, **values):
    data = read_mapping(KOBLENZ)
    data["jahre"][jahr_index][line] = dict(data["jahre"][jahr_index][line], **values)
    return validate("verwendungsnachweis", data)


def _status(befunde):
    return {b.code: b.status for b in befunde}


def test_festbetrag_reduction_equals_the_hand_calculation():
    v = load_data(KOBLENZ)
    # by hand: a line is cut only where its spending stays below its Festbetrag
    # 2025 Personal 6.800 ≥ 5.000 → 0; Sach 1.200 < 1.666,67 → 466,67
    # 2026 Personal 79.950 ≥ 60.000 → 0; Sach 17.850,40 < 20.000 → 2.149,60
    kuerzung = {(j.jahr, k): z.kuerzung for j in v.jahre for k, z in j.zeilen}
    assert kuerzung == {(2025, "personalkosten"): D("0.00"), (2025, "sachkosten"): D("466.67"),
                        (2026, "personalkosten"): D("0.00"), (2026, "sachkosten"): D("2149.60")}
    ctx = build_context(v, load_guideline())
    # 466,67 + 2.149,60 = 2.616,27; zustehend 5.000 + 1.200 + 60.000 + 17.850,40 = 84.050,40;
    # paid 6.666,67 + 77.850,40 = 84.517,07 → refund 466,67
    assert ctx["summe"]["kuerzung"] == "2.616,27\xa0EUR"
    assert ctx["summe"]["zustehend"] == "84.050,40\xa0EUR"
    assert ctx["summe"]["erhalten"] == "84.517,07\xa0EUR"
    assert (ctx["saldo_text"], ctx["saldo"]) == ("Zu erstatten", "466,67\xa0EUR")
    assert ctx["frist"] == "30.06.2027"  # six months after 31.12.2026


def test_the_document_shows_plan_festbetrag_spending_and_reduction():
    text = docx_lines(render_document(load_data(KOBLENZ), load_guideline()))
    assert ("2025 | Sachkosten | 2.200,00 EUR | 1.666,67 EUR | 1.200,00 EUR | 1.200,00 EUR | "
            "466,67 EUR") in text
    assert "Summe |  |  | 86.666,67 EUR | 105.800,40 EUR | 84.050,40 EUR | 2.616,27 EUR" in text
    assert "Ergebnis: zu erstatten | 466,67 EUR" in text
    assert "Zu erstatten: 466,67 EUR." in text
    assert "Vorzulegen bis | 30.06.2027" in text
    assert "Die Bestätigung gibt die vertretungsberechtigte Person ab." in text
    assert "Annahme" not in text and not UNROUNDED.search(text)


def test_rules_on_the_data_pass_and_fail_for_the_right_reason():
    r = load_guideline()
    assert set(_status(check_nachweis(load_data(KOBLENZ), r)).values()) == {"erfuellt"}
    # charged to the grant beyond the Festbetrag in one line: KIM-113, as for the Jahresbericht;
    # spent as much, so the reduction (KIM-116) is right
    over = check_nachweis(_with_line(1, "sachkosten", ausgaben="21000.00",
                                     verausgabt="21000.00"), r)
    assert _status(over)["KIM-113"] == "verletzt" and _status(over)["KIM-116"] == "erfuellt"
    assert "2026 Sachkosten: verausgabt 21.000,00\xa0EUR, bewilligt 20.000,00\xa0EUR" in next(
        b.meldung for b in over if b.code == "KIM-113")
    # spending below the Festbetrag, but the full Festbetrag charged: the reduction is missing
    # (KIM-116); within the grant (KIM-113)
    uncut = check_nachweis(_with_line(1, "sachkosten", verausgabt="20000.00"), r)
    assert _status(uncut)["KIM-116"] == "verletzt" and _status(uncut)["KIM-113"] == "erfuellt"
    assert "der Festbetrag ist zu kürzen" in next(b.meldung for b in uncut if b.code == "KIM-116")
    late = check_nachweis(_nachweis(datum="2027-07-01"), r)
    assert _status(late)["KIM-117"] == "verletzt"
    unterschrift = dict(read_mapping(KOBLENZ)["unterschrift"], zusatz="Im Auftrag")
    assert _status(check_nachweis(_nachweis(unterschrift=unterschrift), r))["KIM-118"] == \
        "verletzt"
    bestaetigung = dict(read_mapping(KOBLENZ)["bestaetigung"], buecher_belege=False)
    assert _status(check_nachweis(_nachweis(bestaetigung=bestaetigung), r))["KIM-118"] == \
        "verletzt"


def test_the_bescheid_amounts_stand_for_the_festbetraege():
    r = load_guideline()
    granted = calculate_bescheid(load_data(BEISPIELE / "koblenz" / "bescheid.yaml"), r)
    bewilligt = {j.jahr: {"personalkosten": j.personalkosten, "sachkosten": j.sachkosten}
                 for j in granted.jahre}
    ok = _status(check_nachweis(load_data(KOBLENZ), r, bewilligt))
    assert ok["KIM-113"] == ok["KIM-116"] == "erfuellt"
    smaller = {**bewilligt, 2026: {"personalkosten": D("55000.00"), "sachkosten": D("20000.00")}}
    over = check_nachweis(load_data(KOBLENZ), r, smaller)
    assert _status(over)["KIM-113"] == "verletzt"
    assert "2026 Personalkosten: verausgabt 60.000,00\xa0EUR, bewilligt 55.000,00\xa0EUR" in next(
        b.meldung for b in over if b.code == "KIM-113")


def test_zwischennachweis_for_a_finished_year_only():
    z = load_data(BEISPIELE / "zwischennachweis" / "verwendungsnachweis.yaml")
    assert z.titel_art == "Zwischennachweis" and document_year(z) == 2025
    ctx = build_context(z, load_guideline())
    assert ctx["frist"] == "30.04.2026" and ctx["titel"] == "Zwischennachweis"
    with pytest.raises(InputError, match="zwischennachweis_jahr: 2026 ist kein abgeschlossenes"):
        _nachweis(zwischennachweis_jahr=2026)
    with pytest.raises(InputError, match="jahre: ein Zwischennachweis nennt nur das Jahr 2025"):
        _nachweis(zwischennachweis_jahr=2025)
    with pytest.raises(InputError, match="jahre: 2027 liegt außerhalb"):
        _nachweis(jahre=[dict(read_mapping(KOBLENZ)["jahre"][1], jahr=2027)])


def test_json_schema_of_the_fifth_type():
    schema = json_schema("verwendungsnachweis")
    assert {"kommune", "bescheid_aktenzeichen", "bewilligungszeitraum", "jahre",
            "bestaetigung", "unterschrift", "sachbericht"} <= set(schema["required"])
    assert "Nachweiszeile" in schema["$defs"]


def test_cli_creates_docx_and_pdf_and_the_checker_accepts_them(tmp_path):
    run = CliRunner().invoke
    made = run(main, ["erstellen", "verwendungsnachweis", str(KOBLENZ), "-o", str(tmp_path),
                      "--format", "beide"])
    assert made.exit_code == 0, made.output
    docx = tmp_path / "Verwendungsnachweis_Koblenz_2026.docx"
    assert docx.is_file() and docx.with_suffix(".pdf").is_file()
    bescheid = str(BEISPIELE / "koblenz" / "bescheid.yaml")
    ok = run(main, ["pruefen", str(docx), str(docx.with_suffix(".pdf")), "--bescheid", bescheid])
    assert ok.exit_code == 0, ok.output
    assert ok.output.count("EINREICHUNGSFÄHIG") == 2
    # a copy with more charged to the grant than granted in one line
    data = KOBLENZ.read_text(encoding="utf-8").replace(
        "sachkosten: {festbetrag: 20000.00, geplant: 24000.00, ausgaben: 17850.40, "
        "verausgabt: 17850.40}",
        "sachkosten: {festbetrag: 20000.00, geplant: 24000.00, ausgaben: 21000.00, "
        "verausgabt: 21000.00}")
    copy = tmp_path / "kopie" / "verwendungsnachweis.yaml"
    copy.parent.mkdir()
    copy.write_text(data, encoding="utf-8")
    assert run(main, ["erstellen", "verwendungsnachweis", str(copy), "-o",
                      str(copy.parent)]).exit_code == 0
    bad = run(main, ["pruefen", str(copy.parent / docx.name), "--bescheid", bescheid,
                     "--ausfuehrlich"])
    assert bad.exit_code == 1, bad.output
    out = bad.output.replace("\xa0", " ")
    assert "MÄNGEL" in out and "[Fehler, verletzt] KIM-113" in out
    assert "2026 Sachkosten: verausgabt 21.000,00 EUR, bewilligt 20.000,00 EUR" in out
    # its Festbetrag reduction, by hand: 2025 Sachkosten 1.666,67 − 1.200,00 = 466,67;
    # 2025 Personal 6.800 ≥ 5.000, 2026 Personal 79.950 ≥ 60.000, 2026 Sach 21.000 ≥ 20.000:
    # nothing; in all 466,67
    hand = (D("1666.67") - D("1200.00")) + 0 + 0 + 0
    assert f"Kürzung insgesamt {hand:.2f} EUR".replace(".", ",") in out
    assert "Summe |  |  | 86.666,67 EUR | 108.950,00 EUR | 87.200,00 EUR | 466,67 EUR" in \
        docx_lines((copy.parent / docx.name).read_bytes())
    # without the Bescheid, the Festbeträge the Nachweis names stand for the grant
    report = check_file(copy.parent / docx.name)
    assert report.urteil == "maengel"
    assert {b.code for b in report.ergebnisse if b.status == "verletzt"} == {"KIM-113"}
    # the Bescheid as a generated Word document instead of its data file
    assert run(main, ["erstellen", "bescheid", bescheid, "-o", str(tmp_path / "b")]).exit_code == 0
    bescheid_docx = str(tmp_path / "b" / "Bewilligungsbescheid_Koblenz_2025.docx")
    assert run(main, ["pruefen", str(docx), "--bescheid", bescheid_docx]).exit_code == 0
    bad_docx = run(main, ["pruefen", str(copy.parent / docx.name), "--bescheid", bescheid_docx])
    assert bad_docx.exit_code == 1 and "KIM-113" in bad_docx.output


def test_a_verwendungsnachweis_renders_without_libreoffice_as_bytes():
    data = render_document(load_data(BEISPIELE / "germersheim" / "verwendungsnachweis.yaml"),
                           load_guideline())
    text = docx_lines(data)
    assert "Ergebnis: ausgeglichen | 0,00 EUR" in text and "In Vertretung" in text
    assert io.BytesIO(data).read(2) == b"PK"


def test_zwischennachweis_deadline_comes_from_the_guideline_data(tmp_path, monkeypatch):
    """Data and document: the Zwischennachweis is due by zwischennachweis_frist of the year
    after its Haushaltsjahr (30.04.2026), not six months after the period; another setting
    in the data moves it, and none makes KIM-117 nicht prüfbar, naming the setting."""
    import kimdocs.rules.verwendung as verwendung
    from kimdocs.guideline.textbausteine import load_textbausteine

    r = load_guideline()
    path = BEISPIELE / "zwischennachweis" / "verwendungsnachweis.yaml"
    data = read_mapping(path)
    late = validate("verwendungsnachweis", dict(data, datum="2026-05-20"))
    befund = next(b for b in check_nachweis(late, r) if b.code == "KIM-117")
    assert befund.status == "verletzt"
    assert befund.meldung == ("Zwischennachweis 2025 vorgelegt am 20.05.2026, Frist war der "
                              "30.04.2026.")
    assert CliRunner().invoke(main, ["erstellen", "verwendungsnachweis", str(path), "-o",
                                     str(tmp_path)]).exit_code == 0
    docx = tmp_path / "Zwischennachweis_Koblenz_2025.docx"
    on_time = next(b for b in check_file(docx).ergebnisse if b.code == "KIM-117")
    assert on_time.meldung == ("Zwischennachweis 2025 vorgelegt am 20.04.2026, innerhalb der "
                               "Frist bis 30.04.2026.")
    late_doc = next(b for b in check_file(docx, eingang=date(2026, 5, 4)).ergebnisse
                    if b.code == "KIM-117")
    assert late_doc.status == "verletzt" and "Frist war der 30.04.2026" in late_doc.meldung
    tb = load_textbausteine(r.id)
    monkeypatch.setattr(verwendung, "load_textbausteine",
                        lambda _id: dict(tb, zwischennachweis_frist={"tag": 31, "monat": 5}))
    moved = next(b for b in check_nachweis(late, r) if b.code == "KIM-117")
    assert moved.status == "erfuellt" and "Frist bis 31.05.2026" in moved.meldung
    monkeypatch.setattr(verwendung, "load_textbausteine", lambda _id: {})
    none = next(b for b in check_nachweis(late, r) if b.code == "KIM-117")
    assert none.status == "nicht_pruefbar" and "zwischennachweis_frist" in none.meldung


def test_the_web_form_offers_the_fifth_type(tmp_path, monkeypatch):
    """„Dokument erstellen“ lists it, its form comes from its JSON Schema, a data file loads
    into it, and the form's data become the Zwischennachweis or Verwendungsnachweis."""
    import json
    import tempfile
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from kimdocs.web import work
    from kimdocs.web.app import Settings, create_app

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with TestClient(create_app(Settings())) as client:
        page = client.get("/erstellen", params={"art": "verwendungsnachweis"})
        assert page.status_code == 200
        assert '<option value="verwendungsnachweis" selected>Verwendungsnachweis</option>' in \
            page.text and "Verwendungsnachweis erstellen</button>" in page.text
        schema = client.get("/api/v1/schema/verwendungsnachweis").json()
        assert schema == json_schema("verwendungsnachweis")
        path = BEISPIELE / "zwischennachweis" / "verwendungsnachweis.yaml"
        loaded = client.post("/api/v1/daten/verwendungsnachweis",
                             files={"datei": (path.name, path.read_bytes())})
        assert loaded.status_code == 200, loaded.text
        assert loaded.json()["zwischennachweis_jahr"] == 2025
        made = client.post("/api/v1/erstellen/verwendungsnachweis", params={"format": "docx"},
                           json=loaded.json())
        assert made.status_code == 200, made.text
        assert 'filename="Zwischennachweis_Koblenz_2025.docx"' in made.headers[
            "content-disposition"]
        assert "Vorzulegen bis | 30.04.2026" in docx_lines(made.content)
        data = json.loads(json.dumps(read_mapping(KOBLENZ), default=work.plain))
        del data["bestaetigung"]
        refused = client.post("/api/v1/erstellen/verwendungsnachweis", json=data)
        assert refused.status_code == 422 and "bestaetigung" in refused.text


def test_the_rule_page_lists_the_rules_of_the_nachweis_with_their_clauses():
    r = load_guideline()
    page = (Path(__file__).resolve().parent.parent / "kimdocs" / "guideline" / "richtlinien" /
            f"{r.id}.md").read_text(encoding="utf-8")
    own = [regel for regel in r.regeln if "verwendungsnachweis" in regel.dokumente]
    assert {regel.code for regel in own} >= {"KIM-113", "KIM-116", "KIM-117", "KIM-118",
                                             "KIM-601", "KIM-602", "KIM-603"}
    for regel in own:
        head = page.index(f"### {regel.code} {regel.name}")
        entry = page[head:].split("\n#", 1)[0]
        assert "Verwendungsnachweis" in entry.split("gilt für:")[1].split("Fundstelle")[0]
        assert f"Fundstelle: {regel.klausel}." in entry, regel.code


def test_a_generated_nachweis_with_an_unticked_box_is_caught_in_the_document(tmp_path):
    """KIM-118 on the document: signed by the person herself (the label under the name),
    „Im Auftrag“, or a box of the Bestätigung left unticked."""
    runs = {"ok": {}, "offen": {"bestaetigung": dict(read_mapping(KOBLENZ)["bestaetigung"],
                                                     buecher_belege=False)},
            "ia": {"unterschrift": dict(read_mapping(KOBLENZ)["unterschrift"],
                                        zusatz="Im Auftrag")}}
    found = {}
    for name, change in runs.items():
        path = tmp_path / f"{name}.docx"
        path.write_bytes(render_document(_nachweis(**change), load_guideline()))
        found[name] = next(b for b in check_file(path).ergebnisse if b.code == "KIM-118")
    assert found["ok"].status == "erfuellt"
    assert found["offen"].status == "verletzt"
    assert "„die Angaben mit den Büchern und Belegen übereinstimmen und“" in found["offen"].meldung
    assert found["ia"].status == "verletzt" and "Im Auftrag" in found["ia"].meldung
