"""The fact layer's own parts: one heading-number pattern for outline, sections and form
labels; one placement word list; the driver that offers each block to the families; amounts
in the order of the document's figures whatever order the blocks are read in."""

from __future__ import annotations

from decimal import Decimal

from kimdocs.check.sections import normalize
from kimdocs.facts import Fakten, from_document
from kimdocs.facts.context import HOOKS, Family, hooks_of
from kimdocs.facts.reading import FAMILIES
from kimdocs.facts.text import label_key
from kimdocs.readers.document import Document, Heading, Location, Paragraph, Table, make_plain
from kimdocs.readers.figures import extract_figures
from kimdocs.readers.outline import HEADING_NUMBER, numbering
from kimdocs.rules import load_guideline


def _document(outline: list[tuple[str, object]]) -> Document:
    blocks = []
    for i, (kind, value) in enumerate(outline):
        where = Location(page=1, bbox=None, block_index=i)
        if kind == "h1":
            blocks.append(Heading(str(value), 1, where))
        elif kind == "p":
            blocks.append(Paragraph(str(value), where))
        else:
            blocks.append(Table([[str(c) for c in row] for row in value], where))
    document = Document(path="fall.docx", format="docx", blocks=blocks, pages=1)
    make_plain(document)
    document.figures = extract_figures(document)
    return document


def _facts(outline, art: str = "antrag") -> Fakten:
    return from_document(_document(outline), load_guideline(), art)


def test_one_heading_number_pattern_strips_the_same_number_everywhere():
    # the sections and the form labels lose the same numbers: arabic, roman, a letter
    for text, title in (("2.1 Sachkosten", "sachkosten"), ("II. Begründung", "begruendung"),
                        ("b) Antragsteller", "antragsteller"), ("A. Antragsteller", "antragsteller")):
        assert normalize(text) == title
        assert label_key(text + ":") == title.replace("ue", "ü")
    # a label needs no space after its number ("1.Antragsteller:" in a form)
    assert label_key("1.Antragsteller:") == "antragsteller"
    assert HEADING_NUMBER.fullmatch("1.2.3.") and not HEADING_NUMBER.fullmatch("1.2.3.4a")


def test_outline_numbers_are_stricter_than_label_numbers():
    assert numbering("II. Begründung") == ("II", 1)
    assert numbering("C. Finanzierung") == ("C", 1)  # a capital A-H, read as a letter
    assert numbering("2.1 Sachkosten") == ("2.1", 2)
    for text in ("a) Personalkosten", "L. Müller", "60.000 Euro Zuweisung", "1.05 Anlage",
                 "1.2.3.4.5 Tiefer"):
        assert numbering(text) is None, text


def test_a_partner_named_as_traeger_in_a_sentence_is_no_placement():
    partner = _facts([("h1", "Kooperation"),
                      ("p", ("Wir arbeiten mit dem Träger der Migrationsberatung, dem "
                             "Caritasverband e. V., eng zusammen."))])
    assert partner.ansiedlung.extern is None
    placed = _facts([("h1", "Organisation"),
                     ("p", "Die Stelle ist beim Caritasverband Koblenz e. V. angesiedelt.")])
    assert placed.ansiedlung.extern is True
    assert placed.ansiedlung.traeger == "Caritasverband Koblenz e. V."
    labelled = _facts([("tabelle", [["Träger", "Diakonisches Werk gGmbH"]])])
    assert labelled.ansiedlung.extern is True


def test_every_family_is_offered_only_the_hooks_it_reads():
    wanted = {kind.__name__: hooks_of(kind) for kind in FAMILIES}
    assert all(hooks and hooks <= set(HOOKS) for hooks in wanted.values()), wanted
    assert "finish" not in hooks_of(Family)
    # the Berichtsjahr (dates) is known before the amounts take their year from it
    names = [kind.__name__ for kind in FAMILIES]
    assert names.index("Dates") < names.index("Amounts")


def test_amounts_keep_the_order_of_the_documents_figures():
    document = _document([("h1", "Finanzierungsplan 2026"),
                          ("p", "Personalkosten beantragt: 60.000,00 EUR"),
                          ("p", "Sachkosten beantragt: 20.000,00 EUR")])
    in_order = [b.wert for b in from_document(document, load_guideline(), "antrag").betraege]
    assert in_order == [Decimal("60000.00"), Decimal("20000.00")]
    # a Document built by hand may list its figures in another order, or a figure of no
    # block: the amounts still follow the figures
    document.figures.reverse()
    loose = document.figures[0]
    document.figures[0] = type(loose)(loose.kind, Decimal("5"), "5,00 EUR", "Sachkosten",
                                      None)
    found = from_document(document, load_guideline(), "antrag").betraege
    assert [b.wert for b in found] == [Decimal("5"), Decimal("60000.00")]
    assert found[0].posten == "sach" and found[0].fundstelle.block is None


def test_a_letters_reference_line_gives_only_the_file_number():
    # blind6: "Unser Zeichen" and "Auskunft" on one line of a letter
    letter = _facts([("p", "Unser Zeichen: 50.2-KIM    Auskunft: Frau Andrea Oswald")])
    assert letter.aktenzeichen == "50.2-KIM"
    ministry = _facts([("tabelle", [["Aktenzeichen", "3321-0001#2025/0084-0701"]])])
    assert ministry.aktenzeichen == "3321-0001#2025/0084-0701"
