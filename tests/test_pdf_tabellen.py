"""A table broken across a page in a PDF is read as one table (issue 8, item 7): the rows on
the next page keep the column header, and a "Summe" row adds up the items of both pages."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from korpus import bauen

from kimdocs.readers import read_document_unsandboxed
from kimdocs.readers.document import Table
from kimdocs.readers.pdf import _join_split_tables, _Line, _Para

HEADER = ["Position", "bewilligt 2026", "verausgabt 2026"]


def para(text: str, page: int, *, furniture: bool = False) -> tuple[str, _Para]:
    line = _Line(text, page, 60, 300, 100, 112, 110, 110, 10, False, furniture)
    return "p", _Para([line])


def table(page: int, rows: list[list[str]], x0: float = 57.0, x1: float = 527.5):
    return "t", (page, (x0, 80.0, x1, 700.0), rows)


def tables(items) -> list[tuple]:
    return [item for kind, item in items if kind == "t"]


def test_continued_table_is_joined_and_keeps_first_page():
    items = [para("Mittelverwendung", 1),
             table(1, [HEADER, ["Personalkosten", "60.000,00 EUR", "58.200,00 EUR"]]),
             para("Seite 1", 1, furniture=True),
             table(2, [["Sachkosten", "20.000,00 EUR", "17.850,40 EUR"],
                       ["Summe", "80.000,00 EUR", "76.050,40 EUR"]]),
             para("Ausblick", 2)]
    (page, _bbox, rows), = tables(_join_split_tables(items))
    assert page == 1
    assert rows == [HEADER, ["Personalkosten", "60.000,00 EUR", "58.200,00 EUR"],
                    ["Sachkosten", "20.000,00 EUR", "17.850,40 EUR"],
                    ["Summe", "80.000,00 EUR", "76.050,40 EUR"]]


def test_header_repeated_by_the_printer_is_dropped_and_three_pages_join():
    items = [table(1, [HEADER, ["a", "1,00 EUR", "1,00 EUR"]]),
             table(2, [HEADER, ["b", "2,00 EUR", "2,00 EUR"]]),
             table(3, [HEADER, ["Summe", "3,00 EUR", "3,00 EUR"]])]
    (_page, _bbox, rows), = tables(_join_split_tables(items))
    assert [r[0] for r in rows] == ["Position", "a", "b", "Summe"]


@pytest.mark.parametrize("between, second", [
    ([para("2. Sachkosten", 2)], table(2, [["b", "2,00 EUR", "2,00 EUR"]])),  # text between
    ([], table(2, [["b", "2,00 EUR"]])),  # other columns
    ([], table(2, [["b", "2,00 EUR", "2,00 EUR"]], x0=120.0)),  # other left edge
    ([], table(3, [["b", "2,00 EUR", "2,00 EUR"]])),  # not the next page
    ([], table(1, [["b", "2,00 EUR", "2,00 EUR"]])),  # two tables on one page
])
def test_other_tables_stay_apart(between, second):
    items = [table(1, [HEADER, ["a", "1,00 EUR", "1,00 EUR"]]), *between, second]
    assert len(tables(_join_split_tables(items))) == 2


@pytest.mark.parametrize("last, first, joined", [
    # LibreOffice broke the row inside a bracket: the rest is no row (and no second share)
    (["Personalkosten (1,0", "60.000,00 €"], ["VZÄ + 0,5 VZÄ)", ""],
     ["Personalkosten (1,0 VZÄ + 0,5 VZÄ)", "60.000,00 €"]),
    # after a preposition: the central units on the next page belong to the amount's row
    (["Anteilige Kosten von", "2.400,00 €"],
     ["Personalamt, Kämmerei und IT (pauschal 8 %)", ""],
     ["Anteilige Kosten von Personalamt, Kämmerei und IT (pauschal 8 %)", "2.400,00 €"]),
    (["Personalkosten 1,0", "60.000,00 €"], ["VZÄ", ""], ["Personalkosten 1,0 VZÄ", "60.000,00 €"]),
    (["Personalkosten", "60.000,00 €"], ["(2 × 0,5 VZÄ)", ""],
     ["Personalkosten (2 × 0,5 VZÄ)", "60.000,00 €"]),
    (["Sachkosten für Fortbildung", ""], ["und Dolmetscher", "3.000,00 €"],
     ["Sachkosten für Fortbildung und Dolmetscher", "3.000,00 €"]),
])
def test_row_broken_by_the_page_is_one_row(last, first, joined):
    items = [table(1, [["Position", "2026"], last]), table(2, [first, ["Summe", "1,00 €"]])]
    (_page, _bbox, rows), = tables(_join_split_tables(items))
    assert rows == [["Position", "2026"], joined, ["Summe", "1,00 €"]]


@pytest.mark.parametrize("last, first", [
    (["Personalkosten", "60.000,00 €"], ["Sachkosten", "20.000,00 €"]),  # two whole rows
    (["Personalkosten (1,0", "60.000,00 €"], ["VZÄ)", "5,00 €"]),  # an amount on both sides
    (["Personalkosten", "60.000,00 €"], ["Kämmerei (Umlage)", ""]),  # a finished label
    (["Sachkosten.", ""], ["davon Miete", "1,00 €"]),  # a sentence ended above
    (["Sachkosten", ""], ["(a) Miete", "1,00 €"]),  # an enumerated item
])
def test_rows_on_two_pages_stay_two(last, first):
    items = [table(1, [["Position", "2026"], last]), table(2, [first])]
    (_page, _bbox, rows), = tables(_join_split_tables(items))
    assert rows == [["Position", "2026"], last, first]


@pytest.fixture(scope="module")
def korpus():
    files, _seconds = bauen.gebaut()
    return files


def test_browser_printed_table_over_a_page_break(korpus):
    path = korpus["jahresbericht-ludwigshafen-ris-lange-tabelle"]
    pdf = pdfium.PdfDocument(str(path))
    try:  # the printed file really breaks the table and does not repeat its header
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    on = [i for i, t in enumerate(texts) if "Elterncafé (44)" in t]
    assert on and on[0] > 0 and "Sachkostenbeleg" not in texts[on[0]]
    assert any("Sachkostenbeleg" in t for t in texts[:on[0]])

    document = read_document_unsandboxed(path)
    ledger, = [b for b in document.blocks if isinstance(b, Table)
               and b.rows[0][1] == "Sachkostenbeleg"]
    assert len(ledger.rows) == 1 + 44 + 1
    last, = [f for f in document.figures if f.kind == "betrag" and "(44)" in f.label]
    assert "verausgabt 2026" in last.label


def test_libreoffice_table_over_a_page_break_adds_up(korpus):
    document = read_document_unsandboxed(korpus["jahresbericht-ohne-ausblick-pdf"])
    spending, = [b for b in document.blocks if isinstance(b, Table)
                 and b.rows[0][0] == "Position"]
    assert [r[0] for r in spending.rows] == ["Position", "Personalkosten", "Sachkosten", "Summe"]
