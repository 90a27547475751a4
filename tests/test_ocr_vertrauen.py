"""Trust under OCR reaches the rules (issue 18): a figure read without certainty never makes
a rule *verletzt* on its own – the rule is *nicht prüfbar*, quoting the reading – unless a
sure reading of the same value elsewhere, or a sum that adds up, confirms it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import kimdocs
from kimdocs.check import check_document
from kimdocs.readers.document import (
    Document,
    Heading,
    Location,
    OcrPage,
    OcrWord,
    Paragraph,
    Table,
    make_plain,
)
from kimdocs.readers.figures import extract_figures
from kimdocs.readers.trust import mark_uncertain

MISREAD = OcrWord("60.000,00", (300, 320, 360, 332), 91, raw="6O.000,00")


def scanned(blocks: list, words: list[OcrWord]) -> Document:
    """A document as the OCR reader gives it: page 2 read by Tesseract with these words."""
    for i, block in enumerate(blocks):
        block.location = Location(2, (50, 100 * i, 550, 100 * i + 90), i)  # block i at y 100·i
    document = Document("scan.pdf", "pdf", blocks=blocks, pages=2)
    document.ocr_pages = [OcrPage(2, 88.0, words=words)]
    make_plain(document)
    document.figures = extract_figures(document)
    mark_uncertain(document)
    return document


def half_post(*more) -> list:
    """KIM-105's classic defect: a half post (0,5 VZÄ) asking the full 60.000,00 EUR."""
    return [Heading("Stelle und Personal", 1, None),
            Paragraph("Beantragt wird eine halbe Stelle (0,5 VZÄ).", None),
            Heading("Finanzierungsplan", 1, None),
            Table([["Haushaltsjahr", "Personalkosten beantragt"], ["2026", "60.000,00 EUR"]],
                  None), *more]


def finding(report, code: str):
    return next(b for b in report.ergebnisse if b.code == code)


def test_an_unsure_amount_never_makes_a_fehler_and_the_reading_is_quoted():
    document = scanned(half_post(), [MISREAD])
    (amount,) = [f for f in document.figures if f.kind == "betrag"]
    assert amount.uncertain and amount.value == Decimal("60000.00")
    report = check_document(document, art="antrag")
    kim105 = finding(report, "KIM-105")
    assert kim105.status == "nicht_pruefbar", kim105.meldung
    assert "Betrag auf Seite 2 unsicher erkannt: „6O.000,00 EUR“" in kim105.meldung
    assert "30.000,00" in kim105.meldung  # what the rule would say, read as it most likely is
    assert not any(b.verletzt and b.schwere == "fehler" for b in report.ergebnisse
                   if b.code == "KIM-105")
    (where,) = [f for f in kim105.fundstellen if f.unsicher]
    assert where.to_dict()["unsicher"].startswith("Betrag auf Seite 2 unsicher erkannt")


def test_the_same_value_read_with_certainty_elsewhere_confirms_it():
    sure = Paragraph("Die beantragten Personalkosten betragen 60.000,00 EUR im Jahr 2026.", None)
    document = scanned(half_post(sure), [MISREAD, OcrWord("60.000,00", (300, 420, 360, 432), 95)])
    figures = [f for f in document.figures if f.kind == "betrag"]
    assert [f.uncertain for f in figures] == [True, False]
    kim105 = finding(check_document(document, art="antrag"), "KIM-105")
    assert kim105.status == "verletzt" and "30.000,00" in kim105.meldung
    assert not any(f.unsicher for f in kim105.fundstellen)


def test_a_sure_but_different_value_confirms_nothing():
    other = Paragraph("Die Sachkosten betragen 20.000,00 EUR im Jahr 2026.", None)
    document = scanned(half_post(other), [MISREAD, OcrWord("20.000,00", (300, 420, 360, 432), 95)])
    assert finding(check_document(document, art="antrag"), "KIM-105").status == "nicht_pruefbar"


def test_a_certain_reading_is_judged_as_born_digital():
    document = scanned(half_post(), [OcrWord("60.000,00", (300, 320, 360, 332), 93)])
    kim105 = finding(check_document(document, art="antrag"), "KIM-105")
    assert kim105.status == "verletzt" and not any(f.unsicher for f in kim105.fundstellen)


SUM_TABLE = [["Haushaltsjahr", "Gesamt"], ["2025", "6.666,67 EUR"], ["2026", "80.000,00 EUR"],
             ["Summe", "{summe}"]]


def _sum_document(total: str, words: list[OcrWord]) -> Document:
    rows = [[c.format(summe=total) for c in row] for row in SUM_TABLE]
    return scanned([Heading("Bewilligung", 1, None), Table(rows, None)], words)


def test_a_sum_that_does_not_add_up_over_an_unsure_item_is_not_a_fehler():
    unsure_item = OcrWord("80.000,00", (300, 120, 360, 132), 42)
    document = _sum_document("90.000,00 EUR", [unsure_item])
    kim108 = finding(check_document(document, art="bescheid"), "KIM-108")
    assert kim108.status == "nicht_pruefbar", kim108.meldung
    assert "Betrag auf Seite 2 unsicher erkannt: „80.000,00 EUR“ (Sicherheit 42 %)" in kim108.meldung
    # read sure, the same table is a defect
    sure = _sum_document("90.000,00 EUR", [OcrWord("80.000,00", (300, 120, 360, 132), 94)])
    assert finding(check_document(sure, art="bescheid"), "KIM-108").status == "verletzt"


def test_a_sum_that_adds_up_confirms_its_unsure_items():
    unsure_item = OcrWord("80.000,00", (300, 120, 360, 132), 42)
    document = _sum_document("86.666,67 EUR", [unsure_item])
    facts = kimdocs.facts.from_document(document, kimdocs.load_guideline(), "bescheid")
    assert facts.summen and all(s.stimmt for s in facts.summen)
    eighty = [b for b in facts.betraege if b.wert == Decimal("80000.00")]
    assert eighty and not any(b.fundstelle.unsicher for b in eighty)


def _staff(total: str | None, words: list[OcrWord]):
    rows = [["Name", "Stellenanteil"], ["Frau Anna Schmidt", "0,5 VZÄ"], ["Herr Ben Koch", "0,5 VZÄ"]]
    blocks = [Heading("Stelle und Personal", 1, None), Table(rows, None)]
    if total:
        blocks.append(Paragraph(f"Stellenumfang insgesamt: {total}", None))
    document = scanned(blocks, words)
    return kimdocs.facts.from_document(document, kimdocs.load_guideline(), "antrag")


def test_staff_shares_that_add_up_to_the_stated_total_confirm_each_other():
    unsure = OcrWord("0,5", (300, 140, 330, 152), 38)  # in the table (block 1)
    alone = _staff(None, [unsure])
    assert any(w.unsicher for p in alone.stellen for w in p.fundstellen)
    summed = _staff("1,0 VZÄ", [unsure, OcrWord("1,0", (300, 240, 330, 252), 96)])
    assert summed.stellen_gesamt == Decimal("1.0") and len(summed.stellen) == 2
    assert not any(w.unsicher for p in summed.stellen for w in p.fundstellen)


# --- a share a scan misread: "10 VZÄ" for 1,0 VZÄ, "O5VZA. N" for 0,5 VZÄ ---------------------

def _posts(cells: dict[str, str], *more):
    rows = [["Person", "VZÄ", "Beginn"], *([who, cell, "01.10.2025"] for who, cell in cells.items())]
    blocks = [Heading("Stelle und Personal", 1, None), Table(rows, None), *more]
    document = scanned(blocks, [])
    return (kimdocs.facts.from_document(document, kimdocs.load_guideline(), "antrag"),
            check_document(document, art="antrag"))


TOTAL_1 = Paragraph("Stellenumfang insgesamt: 1,0 VZÄ", None)
COST_ROW = Table([["Person", "VZÄ", "Personalausgaben je Jahr"],
                  ["Miriam Beispiel", "1,0 VZÄ", "68.000,00 EUR"]], None)


def _shares(facts) -> list[tuple[str, Decimal, bool]]:
    return [(p.wer, p.vzae, any(w.unsicher for w in p.fundstellen)) for p in facts.stellen]


def test_a_lost_decimal_comma_is_read_back_where_the_stated_total_says_the_same():
    facts, report = _posts({"Miriam Beispiel": "10 VZÄ"}, TOTAL_1)
    assert _shares(facts) == [("Miriam Beispiel", Decimal("1.0"), False)]
    assert facts.stellen_unklar is None
    assert finding(report, "KIM-104").status == "erfuellt"
    assert finding(report, "KIM-103").status == "erfuellt"


def test_a_lost_decimal_comma_is_read_back_where_the_cost_table_names_the_share():
    facts, report = _posts({"Miriam Beispiel": "10 VZÄ"}, COST_ROW)
    assert _shares(facts) == [("Miriam Beispiel", Decimal("1.0"), False)]
    assert finding(report, "KIM-104").status == "erfuellt"


def test_a_share_misread_as_letters_is_settled_by_the_total_and_the_other_shares():
    # drei-halbe/antrag at 200 dpi: the first person's "0,5 VZÄ" read as "O5VZA. N"
    cells = {"Aylin Beispiel": "O5VZA. N", "Bernd Beispiel": "0,5 VZÄ", "Carla Beispiel": "0,5 VZÄ"}
    facts, report = _posts(cells, Paragraph("Stellenumfang insgesamt: 1,5 VZÄ", None))
    assert _shares(facts) == [(who, Decimal("0.5"), False) for who in cells]
    kim103 = finding(report, "KIM-103")
    assert kim103.status == "verletzt" and "1,5" in kim103.meldung


def test_a_misread_share_is_never_guessed():
    # stated once only: no value, the staff is unreadable (never 10 VZÄ, never 1,0 VZÄ)
    facts, report = _posts({"Miriam Beispiel": "10 VZÄ"})
    assert facts.stellen == [] and "Miriam Beispiel „10 VZÄ“" in facts.stellen_unklar
    assert {finding(report, c).status for c in ("KIM-103", "KIM-104")} == {"nicht_pruefbar"}
    # a total that allows no reading of the cell, or a cost row that says another share
    for more in (Paragraph("Stellenumfang insgesamt: 0,5 VZÄ", None),
                 Table([["Person", "VZÄ", "Personalausgaben je Jahr"],
                        ["Miriam Beispiel", "0,5 VZÄ", "34.000,00 EUR"]], None)):
        facts, report = _posts({"Miriam Beispiel": "10 VZÄ"}, more)
        assert "„10 VZÄ“" in (facts.stellen_unklar or ""), more
        assert not any(p.vzae in (Decimal(10), Decimal(1)) for p in facts.stellen)
        assert finding(report, "KIM-104").status == "nicht_pruefbar"
    # the total alone names no one's share: the other shares do not settle an empty cell
    cells = {"Aylin Beispiel": "VZA. N", "Bernd Beispiel": "0,5 VZÄ", "Carla Beispiel": "0,5 VZÄ"}
    facts, _ = _posts(cells, Paragraph("Stellenumfang insgesamt: 1,5 VZÄ", None))
    assert [p.wer for p in facts.stellen] == ["Bernd Beispiel", "Carla Beispiel"]
    assert "Aylin Beispiel" in facts.stellen_unklar


def test_more_than_a_full_post_for_one_person_on_a_scan_is_unsure_until_confirmed():
    facts, report = _posts({"Miriam Beispiel": "1,5 VZÄ"})
    assert _shares(facts) == [("Miriam Beispiel", Decimal("1.5"), True)]
    kim103 = finding(report, "KIM-103")
    assert kim103.status == "nicht_pruefbar", kim103.meldung
    assert "Stellenanteil auf Seite 2 unsicher erkannt: „1,5 VZÄ“" in kim103.meldung
    # the stated total says the same: a defect, read twice
    facts, report = _posts({"Miriam Beispiel": "1,5 VZÄ"},
                           Paragraph("Stellenumfang insgesamt: 1,5 VZÄ", None))
    assert _shares(facts) == [("Miriam Beispiel", Decimal("1.5"), False)]
    assert finding(report, "KIM-103").status == "verletzt"


def test_a_place_and_date_line_the_scan_took_for_a_heading_still_dates_the_document():
    # germersheim/antrag at 300 dpi: the signature's "Germersheim, 03.11.2025" read as bold
    blocks = [Heading("10. Ort, Datum, Unterschrift", 1, None),
              Heading("Germersheim, 03.11.2025", 2, None), Paragraph("Sophie Beispiel", None)]
    facts = kimdocs.facts.from_document(scanned(blocks, []), kimdocs.load_guideline(), "antrag")
    assert facts.datum is not None and facts.datum.wert == date(2025, 11, 3)
    # a heading with more than a place and a date is no date line
    blocks = [Heading("Sachstand Germersheim, 03.11.2025 und Ausblick", 1, None)]
    facts = kimdocs.facts.from_document(scanned(blocks, []), kimdocs.load_guideline(), "antrag")
    assert facts.datum is None


def test_a_scanned_sum_one_digit_off_is_unsure_when_read_with_less_confidence():
    # vorzeitig/antrag as TIFF: "Summe der Ausgaben 88.000,00" read as "83.000,00" at 85 %
    def kim108(total: str, conf: float):
        words = [OcrWord(total, (300, 160, 360, 172), conf)]
        return finding(check_document(_sum_document(f"{total} EUR", words), art="bescheid"),
                       "KIM-108")
    unsure = kim108("36.666,67", 85)  # 86.666,67 with a 3 for the 8
    assert unsure.status == "nicht_pruefbar", unsure.meldung
    assert "Betrag auf Seite 2 unsicher erkannt: „36.666,67 EUR“ (Sicherheit 85 %)" in unsure.meldung
    assert kim108("36.666,67", 96).status == "verletzt"  # read sure: a slip of the print
    assert kim108("90.000,00", 85).status == "verletzt"  # more than one glyph off
