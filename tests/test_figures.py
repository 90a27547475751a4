"""The figure parser reads every spelling of fachwissen §5, and everything kimdocs.formatting
writes parses back to the same value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimdocs import formatting as fmt
from kimdocs.readers.document import Document, Location, Paragraph, Table
from kimdocs.readers.figures import (
    extract_figures,
    find_figures,
    label_before,
    parse_figure,
    parse_number,
)

D = Decimal


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("60.000 €", "betrag", D(60000)),
        ("60.000,00 EUR", "betrag", D(60000)),
        ("EUR 60.000,-", "betrag", D(60000)),
        ("€ 1.234,56", "betrag", D("1234.56")),
        ("60.000,-- EUR", "betrag", D(60000)),
        ("55.000,--", "betrag", D(55000)),  # whole euros with no currency (blind18)
        ("18.000,–", "betrag", D(18000)),
        ("60 T€", "betrag", D(60000)),
        ("60 TEUR", "betrag", D(60000)),
        ("1,5 Mio. Euro", "betrag", D(1500000)),
        ("3 Millionen Euro", "betrag", D(3000000)),
        ("60.000 Euro", "betrag", D(60000)),
        ("60000 EUR", "betrag", D(60000)),
        ("-1.234,56 EUR", "betrag", D("-1234.56")),
        ("0,5 VZÄ", "vzae", D("0.5")),
        ("1,0 Vollzeitäquivalente", "vzae", D(1)),
        ("0,75 Stellenanteile", "vzae", D("0.75")),
        ("halbe Stelle", "vzae", D("0.5")),
        ("einer halben Stelle", "vzae", D("0.5")),
        ("Vollzeitstelle", "vzae", D(1)),
        ("eine volle Stelle", "vzae", D(1)),
        ("50 % einer Vollzeitstelle", "vzae", D("0.5")),
        ("50 %", "prozent", D(50)),
        ("12,5 Prozent", "prozent", D("12.5")),
        ("19,5 Std./Woche", "stunden", D("19.5")),
        ("19,5 Stunden pro Woche", "stunden", D("19.5")),
        ("39 Wochenstunden", "stunden", D(39)),
        ("15.12.2026", "datum", date(2026, 12, 15)),
        ("1.12.2025", "datum", date(2025, 12, 1)),
        ("15. Dezember 2026", "datum", date(2026, 12, 15)),
        ("15. Dez. 2026", "datum", date(2026, 12, 15)),
        ("1. März 2026", "datum", date(2026, 3, 1)),
        ("2026-12-15", "datum", date(2026, 12, 15)),
    ],
)
def test_every_spelling(text, kind, value):
    found = find_figures(f"Betrag: {text} laut Plan")
    assert [(f.kind, f.value) for f in found] == [(kind, value)]
    assert found[0].text == text or text.endswith(found[0].text) or found[0].text in text


@pytest.mark.parametrize(
    "text",
    [
        "60.000\u00a0€",
        "60.000,00\nEUR",
        "60.000,00 \n EUR",
        "EUR\u00a060.000,-",
        "0,5\u00a0VZÄ",
        "50\u202f%",
        "19,5\u00a0Std./Woche",
        "15.\u00a0Dezember\n2026",
    ],
)
def test_protected_spaces_and_line_breaks(text):
    assert len(find_figures(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Europa 2026",
        "Version 1.2",
        "Seite 3",
        "Tel. 06131 16-0",
        "Az. 3321-0001#2021/0032-0701",
        "32.13.2026",
        "Die Stelle ist besetzt.",
        "Az. 51-KIM/2026",
        "Stand 2,-3",
    ],
)
def test_no_figure_where_there_is_none(text):
    assert find_figures(text) == []


def test_stunden_to_vzae_parameter():
    figure = extract_figures(_doc("Die Stelle umfasst 19,5 Std./Woche."))[0]
    assert figure.kind == "stunden" and figure.value == D("19.5")
    assert figure.vzae() == D("0.5")
    assert figure.vzae(full_time_hours=D("39.5")) == D("0.4937")
    assert figure.vzae(full_time_hours=40) == D("0.4875")


def _doc(*texts: str) -> Document:
    return Document(
        "x.docx", "docx", {}, [Paragraph(t, Location(None, None, i)) for i, t in enumerate(texts)]
    )


@pytest.mark.parametrize(
    "text, labels",
    [
        ("Die Sachkosten betragen 20.000 €.", ["Sachkosten"]),
        ("Personalkosten 2026: 60.000,00 EUR", ["Personalkosten 2026"]),
        ("Für die Sachkosten werden 20.000 € bewilligt.", ["Sachkosten"]),
        ("Im Jahr 2026 wird eine Zuweisung in Höhe von 80.000,00 EUR bewilligt.", ["Zuweisung"]),
        (
            "Personalkosten für das Jahr 2026 (60.000 €) und Sachkosten 20.000 €",
            ["Personalkosten für das Jahr 2026", "Sachkosten"],
        ),
        ("Personalkosten 60.000 €, Sachkosten 20.000 €", ["Personalkosten", "Sachkosten"]),
        ("20.000 € für Sachkosten", ["Sachkosten"]),
    ],
)
def test_labels_from_sentences(text, labels):
    assert [f.label for f in extract_figures(_doc(text))] == labels


def test_labels_from_table_headers_and_bare_numbers():
    table = Table(
        [
            ["Posten", "Geplant in EUR", "Verausgabt in EUR"],
            ["Personalkosten", "60.000,00", "55.000,00"],
            ["Sachkosten", "20.000,00", ""],
            ["", "", "18.000 €"],  # vertically merged row header above
            ["Stellenanteil", "0,5 VZÄ", ""],
        ],
        Location(2, None, 0),
    )
    document = Document("x.pdf", "pdf", {}, [table])
    got = [(f.label, f.kind, f.value, f.location.page) for f in extract_figures(document)]
    assert got == [
        ("Personalkosten / Geplant in EUR", "betrag", D("60000.00"), 2),
        ("Personalkosten / Verausgabt in EUR", "betrag", D("55000.00"), 2),
        ("Sachkosten / Geplant in EUR", "betrag", D("20000.00"), 2),
        ("Sachkosten / Verausgabt in EUR", "betrag", D("18000"), 2),
        ("Stellenanteil / Geplant in EUR", "vzae", D("0.5"), 2),
    ]
    # each figure knows its cell, so a finding can be anchored there, not to the whole table
    assert [f.location.cell for f in extract_figures(document)] == [
        (1, 1), (1, 2), (2, 1), (3, 2), (4, 1)]


def test_label_falls_back_to_section_heading():
    from kimdocs.readers.document import Heading

    document = Document(
        "x.docx",
        "docx",
        {},
        [
            Heading("Sachkosten", 1, Location(None, None, 0)),
            Paragraph("20.000 €", Location(None, None, 1)),
        ],
    )
    assert extract_figures(document)[0].label == "Sachkosten"


def test_parse_helpers():
    assert parse_number("60.000,50") == D("60000.50")
    assert parse_number("60.000,-") == D(60000)
    assert parse_figure("Frist: 15.12.2026") == date(2026, 12, 15)
    assert parse_figure("0,5 VZÄ und 60.000 €", kind="betrag") == D(60000)
    assert parse_figure("nichts") is None
    assert label_before("Die Sachkosten betragen 20.000 €", 24) == "Sachkosten"


def test_money_is_decimal_never_float():
    for f in find_figures("60.000,10 € 0,1 VZÄ 1,5 Mio. Euro 33,3 %"):
        assert isinstance(f.value, Decimal)
    assert find_figures("0,1 €")[0].value + find_figures("0,2 €")[0].value == D("0.3")


# --- round trip through kimdocs.formatting ---------------------------------------------------

amounts = st.decimals(
    min_value=D("-99999999.99"),
    max_value=D("999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
whole = st.integers(min_value=0, max_value=10**9).map(D)
shares = st.decimals(
    min_value=D(0), max_value=D(1000), places=4, allow_nan=False, allow_infinity=False
)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))


@given(amounts)
def test_format_eur_round_trip(value):
    assert parse_figure(fmt.format_eur(value), "betrag") == value


@given(st.one_of(amounts, whole))
def test_format_euro_short_round_trip(value):
    assert parse_figure(fmt.format_euro_short(value), "betrag") == value


@given(dates)
def test_format_date_round_trip(value):
    assert parse_figure(fmt.format_date(value)) == value


@given(dates)
def test_format_date_long_round_trip(value):
    assert parse_figure(fmt.format_date_long(value)) == value


@given(shares)
def test_format_vzae_round_trip(value):
    assert parse_figure(fmt.format_vzae(value), "vzae") == value


@given(shares)
def test_format_percent_round_trip(value):
    assert parse_figure(fmt.format_percent(value), "prozent") == value


@given(amounts, st.sampled_from(["Sachkosten", "Personalkosten 2026", "Zuweisung"]))
def test_round_trip_inside_a_sentence_keeps_label(value, label):
    text = f"Die {label} betragen {fmt.format_eur(value)}. Weitere Angaben folgen."
    figures = extract_figures(_doc(text))
    assert [(f.label, f.value) for f in figures] == [(label, value)]


def test_two_column_table_is_key_and_value():
    table = Table(
        [
            ["Mein Aktenzeichen", "3321-0001#2025/0084-0701"],
            ["Ihr Schreiben vom", "15.10.2025"],
            ["Bewilligungszeitraum", "01.12.2025 bis 31.12.2026"],
        ],
        Location(1, None, 0),
    )
    got = [(f.label, f.value) for f in extract_figures(Document("x.pdf", "pdf", {}, [table]))]
    assert got == [
        ("Ihr Schreiben vom", date(2025, 10, 15)),
        ("Bewilligungszeitraum", date(2025, 12, 1)),
        ("Bewilligungszeitraum", date(2026, 12, 31)),
    ]


def test_two_column_table_with_header_over_figures():
    table = Table(
        [["Haushaltsjahr", "Personalkosten beantragt"], ["2026", "60.000,00 EUR"]],
        Location(1, None, 0),
    )
    got = [(f.label, f.value) for f in extract_figures(Document("x.pdf", "pdf", {}, [table]))]
    assert got == [("2026 / Personalkosten beantragt", Decimal("60000.00"))]


def test_words_in_a_cell_beat_the_headers():
    table = Table([["Vorlage: UV/0084/2026", "Datum: 24.03.2026"]], Location(1, None, 0))
    got = [(f.label, f.value) for f in extract_figures(Document("x.pdf", "pdf", {}, [table]))]
    assert got == [("Datum", date(2026, 3, 24))]


def test_key_value_table_with_mixed_values():
    table = Table(
        [
            ["Kommune", "Stadt Koblenz"],
            ["Kreisschlüssel", "07111"],
            ["Berichtsjahr", "2026"],
            ["Vorzulegen bis", "15.12.2026"],
        ],
        Location(1, None, 0),
    )
    got = [(f.label, f.value) for f in extract_figures(Document("x.pdf", "pdf", {}, [table]))]
    assert got == [("Vorzulegen bis", date(2026, 12, 15))]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_is_safe(text):
    for f in find_figures(text):
        assert isinstance(f.value, (Decimal, date)) and text[f.start : f.end] == f.text
    extract_figures(_doc(text))


_TOKENS = ["0", "5", "12", "60.000", ",00", ",-", " ", "\u00a0", "\n", "%", "€", "EUR", "Euro",
           "VZÄ", "VZAE", "VK", "Stellen", "Std./Woche", "h/Wo.", "Wochenstunden", "Mio.", "Mrd.",
           "Tsd. €", "T€", "TEUR", "Tausend Euro", "halbe Stelle", "Viertelstelle", "ganze Stelle",
           "Vollzeitstelle", "einer", "Prozent", "v. H.", "15.", "März", "Dez.", "2026", "-"]


@given(st.lists(st.sampled_from(_TOKENS), max_size=12).map("".join))
def test_word_filter_never_hides_a_match(text):
    """Each pattern is skipped when the text holds none of its words: that is only right if
    every text the pattern can match holds one of them (checked on the match itself)."""
    from kimdocs.readers.figures import _PATTERNS

    for _kind, _how, needs, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            assert not needs or any(word in m.group(0).lower() for word in needs), (pattern, m)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Haushaltsjahr 2026 EUR 25.000,-", D(25000)),
        ("2026 € 60.000,00", D(60000)),
    ],
)
def test_year_before_amount_is_not_an_amount(text, value):
    assert [f.value for f in find_figures(text) if f.kind == "betrag"] == [value]


def test_year_alone_before_euro_stays_an_amount():
    # no amount follows: "1999 EUR" is an amount written without a thousands point
    assert [f.value for f in find_figures("Pauschale 1999 EUR")] == [D(1999)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Speyer, 15.01.2026, gez. Seiler", date(2026, 1, 15)),
        ("am 1.12.2025; danach", date(2025, 12, 1)),
    ],
)
def test_date_followed_by_a_comma_or_semicolon(text, value):
    assert [f.value for f in find_figures(text) if f.kind == "datum"] == [value]


def test_date_like_number_with_decimals_is_no_date():
    assert not [f for f in find_figures("Faktor 1.12.25,5 laut Tabelle") if f.kind == "datum"]


@pytest.mark.parametrize(
    "text, values",
    [
        ("1/2 Stelle", [D("0.5")]),
        ("mit einer 3/4-Stelle", [D("0.75")]),
        ("½ Stelle", [D("0.5")]),
        ("Personalkosten (2 × 1/2 Stelle)", [D("0.5")]),
        ("3/2 Stelle", []),  # no part of one post: not read, and never "2 Stelle"
        ("Vollzeitäquivalent 0,75", [D("0.75")]),
        ("VZÄ: 0,5", [D("0.5")]),
        ("Stellenanteil 0,5 VZÄ", [D("0.5")]),
        ("VZÄ 2026", []),
        ("Stellenanteil 1 | Frau Nora Klein", []),  # a row's number, no share
        ("Stellenanteil 19,5 Std.", []),
    ],
)
def test_share_as_fraction_or_after_its_label(text, values):
    # blind15: "1/2 Stelle" was read as 2,0 VZÄ, "Vollzeitäquivalent 0,75" not at all
    assert [f.value for f in find_figures(text) if f.kind == "vzae"] == values


def test_a_pay_grade_before_the_currency_gives_way_to_the_amount():
    """A row a PDF reader ran together ("E 11 EUR 54.500,- TVöD", generator seed 71020): the
    amount is 54.500 €, not 11 €; a small sum on its own keeps its currency."""
    found = find_figures("Personalkosten (E 11 EUR 54.500,- TVöD, 2026)")
    assert [(f.kind, f.value) for f in found if f.kind == "betrag"] == [("betrag", D(54500))]
    assert [f.value for f in find_figures("für 12 EUR 5 Hefte")] == [D(12)]


def test_money_column_cell_under_a_post_label_is_an_amount():
    """A column of grouped amounts with cents holds money: "78.000,00" in the row
    "Personalausgaben (2 × 0,5 VZÄ, E 11)" is an amount, not a share (blind28 a05)."""
    table = Table(
        [
            ["", "2026"],
            ["Personalausgaben (2 × 0,5 VZÄ, E 11)", "78.000,00"],
            ["Sachausgaben", "20.000,00"],
            ["Gesamtausgaben", "98.000,00"],
        ],
        Location(1, None, 0),
    )
    cell = [f for f in extract_figures(Document("x.odt", "odt", {}, [table]))
            if f.location.cell == (1, 1)]
    assert [(f.kind, f.value) for f in cell] == [("betrag", D("78000.00"))]
