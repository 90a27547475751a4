"""Build the four base templates (antrag.docx, bescheid.docx, vorlage.docx, jahresbericht.docx).

    python vorlagen/build.py        # writes the .docx files next to this script

The .docx files are the templates kimdocs renders; this script only makes the first version
of them. Clerks may edit the .docx files directly in Word or LibreOffice (wording, layout,
letterhead); running the script again overwrites such edits. Section headings are never
typed here: they are `{{ h.<rule_name> }}` and come from the guideline file. Variables:
see README.md in this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NBSP = "\u00a0"  # ties a checkbox to its word
FONT = "Liberation Sans"  # metric-compatible with Arial: same line breaks in Word and PDF
HERE = Path(__file__).resolve().parent


# --- document setup ---------------------------------------------------------------------------

def _set_fonts(rpr_parent) -> None:
    """Pin the font on a style or docDefaults: drop theme fonts, which would win over it."""
    rpr = rpr_parent.get_or_add_rPr() if hasattr(rpr_parent, "get_or_add_rPr") else rpr_parent
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def new_document(title: str) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, not python-docx's Letter
    section.left_margin, section.right_margin = Mm(25), Mm(20)  # DIN 5008
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr_default)
    for style in doc.styles:
        if style.type in (1, 3) and style.element.rPr is not None:
            _set_fonts(style.element)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    _set_fonts(normal.element)
    normal.paragraph_format.space_after = Pt(6)
    ppr = normal.element.get_or_add_pPr()
    ppr.append(ppr.makeelement(qn("w:suppressAutoHyphens"), {}))
    for name, size in (("Title", 16), ("Heading 1", 13), ("Heading 2", 11.5)):
        style = doc.styles[name]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style.element)
    doc.styles["Title"].paragraph_format.space_after = Pt(12)
    props = doc.core_properties
    props.title, props.author, props.comments = title, "kimdocs", ""
    props.keywords = props.subject = props.category = ""
    props.last_modified_by = "kimdocs"
    return doc


# --- building blocks --------------------------------------------------------------------------

def para(doc, text: str = "", style: str | None = None, *, bold: bool = False,
         align=None, size: float | None = None):
    p = doc.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def heading(doc, text: str, level: int = 1):
    return doc.add_paragraph(text, style=f"Heading {level}")


def loop(doc, head: str, body: list[tuple[str, str | None]]):
    """Paragraphs repeated per item: `{%p for ... %}` … `{%p endfor %}`."""
    para(doc, "{%p " + head + " %}")
    for text, style in body:
        para(doc, text, style)
    para(doc, "{%p endfor %}")


def bullets(doc, var: str, iterable: str, style: str = "List Bullet"):
    loop(doc, f"for {var} in {iterable}", [("{{ " + var + " }}", style)])


def when(doc, condition: str, body: list[tuple[str, str | None]],
         otherwise: list[tuple[str, str | None]] | None = None):
    para(doc, "{%p if " + condition + " %}")
    for text, style in body:
        para(doc, text, style)
    if otherwise:
        para(doc, "{%p else %}")
        for text, style in otherwise:
            para(doc, text, style)
    para(doc, "{%p endif %}")


def table(doc, rows: list[list[str]], *, widths: list[float] | None = None,
          grid: bool = True, bold_first_row: bool = False, right_cols: tuple[int, ...] = (),
          size: float | None = None):
    """A table; a row whose first cell starts with `{%tr` is a docxtpl row tag."""
    t = doc.add_table(rows=0, cols=len(rows[0]))
    if grid:
        t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for r, values in enumerate(rows):
        cells = t.add_row().cells
        for c, value in enumerate(values):
            p = cells[c].paragraphs[0]
            run = p.add_run(value)
            if bold_first_row and r == 0:
                run.bold = True
            if size:  # narrow columns: a smaller size, so no long word is broken apart
                run.font.size = Pt(size)
            if c in right_cols and not value.startswith("{%"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_after = Pt(0)
            # keep a table on one page: a reader must not find its header and rows apart
            p.paragraph_format.keep_with_next = r < len(rows) - 1
    if widths:
        t.autofit = False
        # LibreOffice lays out by the grid columns, Word by the cell widths: set both
        for col, w in zip(t._tbl.tblGrid.gridCol_lst, widths):
            col.w = Mm(w)
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = Mm(w)
    para(doc)  # Word needs a paragraph between a table and what follows
    return t


def loop_rows(head: str, cells: list[str]) -> list[list[str]]:
    """Rows of a table repeated per item: the `{%tr %}` rows vanish when rendered."""
    blank = [""] * (len(cells) - 1)
    return [["{%tr " + head + " %}", *blank], cells, ["{%tr endfor %}", *blank]]


def closing(doc, place_date: str, name: str, funktion: str, zusatz: str | None = None):
    para(doc, place_date)
    if zusatz:  # "In Vertretung" / "Im Auftrag" from the data, nothing when signed in person
        when(doc, zusatz, [("{{ " + zusatz + " }}", None)])
    para(doc)
    para(doc, "______________________________")
    para(doc, name)
    when(doc, funktion, [("{{ " + funktion + " }}", None)])


# --- the four templates -----------------------------------------------------------------------

MONEY = (1, 2, 3)


def page_footer(doc) -> None:
    """"Seite x von y" on every page, as Word fields (LibreOffice fills them in the PDF)."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for text, field in (("Seite ", "PAGE"), (" von ", "NUMPAGES")):
        p.add_run(text).font.size = Pt(9)
        fld = p._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): f" {field} "})
        run = p.add_run("1")
        run.font.size = Pt(9)
        p._p.remove(run._r)
        fld.append(run._r)
        p._p.append(fld)


def letter_head(doc, sender: str, return_line: str, address: list[str], info: list[list[str]]):
    """DIN 5008 Form B: address field (85 mm: Rücksendeangabe, Vermerkzone, Anschrift) on the
    left, the Informationsblock beside it from 125 mm (100 mm from the text margin)."""
    para(doc, sender, bold=True)
    for _ in range(3):  # down to the address field (Form B: 45 mm from the top edge)
        para(doc)
    t = doc.add_table(rows=1, cols=3)
    t.autofit = False
    for col, w in zip(t._tbl.tblGrid.gridCol_lst, (85, 15, 65)):
        col.w = Mm(w)
    left, _, right = t.rows[0].cells
    for cell, w in zip(t.rows[0].cells, (85, 15, 65)):
        cell.width = Mm(w)
    first = left.paragraphs[0]
    run = first.add_run(return_line)
    run.font.size, run.underline = Pt(7), True
    for _ in range(2):  # Vermerkzone
        left.add_paragraph()
    for line in address:
        left.add_paragraph(line)
    right.paragraphs[0].add_run("")
    for label, value in info:
        q = right.add_paragraph()
        r1 = q.add_run(label)
        r1.font.size = Pt(8)
        q.add_run("\n" + value if value else "").font.size = Pt(10)
    for cell in t.rows[0].cells:
        for q in cell.paragraphs:
            q.paragraph_format.space_after = Pt(0)
    para(doc)
    return t


def build_bescheid() -> Document:
    doc = new_document("Bewilligungsbescheid")
    page_footer(doc)
    letter_head(
        doc, "{{ behoerde.name }}", "{{ behoerde.name }} | {{ behoerde.anschrift|join(', ') }}",
        ["{{ empfaenger.bezeichnung }}",
         "{%p for zeile in empfaenger.anschrift %}", "{{ zeile }}", "{%p endfor %}"],
        [["Mein Aktenzeichen", "{{ aktenzeichen }}"],
         ["Ihr Schreiben vom", "{{ antragsdatum }}"],
         ["{%p if ihr_zeichen %}", ""], ["Ihr Zeichen", "{{ ihr_zeichen }}"], ["{%p endif %}", ""],
         ["Ansprechpartner/-in", "{{ sachbearbeitung.name }}"],
         ["{%p if sachbearbeitung.email %}", ""], ["E-Mail", "{{ sachbearbeitung.email }}"],
         ["{%p endif %}", ""],
         ["Telefon", "{{ sachbearbeitung.telefon }}"],
         ["{%p if sachbearbeitung.fax %}", ""], ["Fax", "{{ sachbearbeitung.fax }}"],
         ["{%p endif %}", ""],
         ["Datum", "{{ datum }}"]])
    para(doc, "{{ titel }}", "Title")
    para(doc, "{{ programm }} – Zuwendung für {{ haushaltsjahre_text }}", bold=True)
    para(doc, "Ihr Antrag vom {{ antragsdatum }}")
    para(doc, "Sehr geehrte Damen und Herren,")
    para(doc, "auf Ihren Antrag vom {{ antragsdatum }} ergeht folgender Bescheid:")

    heading(doc, "1. {{ h.bescheid_bewilligung }}")
    para(doc, "Hiermit bewillige ich Ihnen für den Bewilligungszeitraum vom {{ zeitraum.beginn }} "
              "bis {{ zeitraum.ende }} eine Zuwendung als {{ zuwendungsform }} in Höhe von "
              "insgesamt {{ summe.gesamt }}.")
    when(doc, "teilablehnung", [("Im Übrigen wird der Antrag abgelehnt (siehe Nr. 6).", None)])
    table(doc, [
        ["Zuwendungsempfänger", "{{ empfaenger.rechtstraeger }} ({{ empfaenger.bezeichnung }})"],
        ["Zuwendungszweck", "{{ tb.zuwendungszweck }}"],
        ["Bewilligungszeitraum", "{{ zeitraum.beginn }} bis {{ zeitraum.ende }}"],
        ["Art der Zuwendung", "{{ zuwendungsform }}, {{ finanzierungsart }}"],
    ], widths=[50, 115], grid=False)
    para(doc, "{{ tb.antrag_bestandteil }}")
    para(doc, "Die Zuwendung verteilt sich wie folgt auf {{ haushaltsjahre_text }}:")
    table(doc, [
        ["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamt"],
        *loop_rows("for j in jahre", ["{{ j.jahr }}", "{{ j.personalkosten }}",
                                      "{{ j.sachkosten }}", "{{ j.gesamt }}"]),
        ["Summe", "{{ summe.personalkosten }}", "{{ summe.sachkosten }}", "{{ summe.gesamt }}"],
    ], widths=[35, 45, 40, 45], bold_first_row=True, right_cols=MONEY)
    para(doc, "Festbeträge der Personalausgaben je Stellenanteil und Jahr (voll besetzte "
              "Kalendermonate); sie ergeben zusammen die Personalkosten der Tabelle oben:")
    table(doc, [
        ["Jahr", "Stellenanteil", "Monate", "Festbetrag", "Monatsbetrag"],
        *loop_rows("for s in stellen", ["{{ s.jahr }}", "{{ s.person }}, {{ s.vzae }}",
                                        "{{ s.monate }}", "{{ s.betrag }}",
                                        "{{ s.monatsbetrag }}"]),
    ], widths=[16, 62, 17, 36, 34], bold_first_row=True, right_cols=(2, 3, 4))
    when(doc, "tb.bedingung", [("{{ tb.bedingung }}", None)])
    when(doc, "tb.vorzeitiger_beginn", [("{{ tb.vorzeitiger_beginn }}", None)])
    when(doc, "tb.haushaltsvorbehalt", [("{{ tb.haushaltsvorbehalt }}", None)])
    when(doc, "tb.haushaltsstelle", [("{{ tb.haushaltsstelle }}", None)])

    heading(doc, "2. {{ h.bescheid_finanzierung }}")
    bullets(doc, "absatz", "tb.finanzierung", style=None)

    heading(doc, "3. {{ h.bescheid_auszahlung }}")
    para(doc, "Die Zuwendung wird auf Ihre Anforderung ausgezahlt, soweit sie innerhalb von zwei "
              "Monaten nach der Auszahlung für fällige Zahlungen benötigt wird. Bitte richten Sie "
              "den Mittelabruf unter Angabe des Aktenzeichens {{ aktenzeichen }} an das "
              "{{ behoerde.kurz }}. Mittel eines Haushaltsjahres können nur in diesem "
              "Haushaltsjahr abgerufen werden.")
    when(doc, "auszahlung_hinweis", [("{{ auszahlung_hinweis }}", None)])

    heading(doc, "4. {{ h.bescheid_jahresbericht }}")
    para(doc, "{{ tb.jahresbericht }}")
    when(doc, "tb.jahresbericht_mitberichtet", [("{{ tb.jahresbericht_mitberichtet }}", None)])
    para(doc, "{{ tb.verwendungsnachweis }}")
    when(doc, "tb.zwischennachweis", [("{{ tb.zwischennachweis }}", None)])

    heading(doc, "5. {{ h.bescheid_nebenbestimmungen }}")
    para(doc, "{{ tb.nebenbestimmungen }} Darüber hinaus gilt:")
    for text in (
        "{{ tb.personen }}",
        ("Eine Förderung derselben Stelle aus anderen öffentlichen Mitteln ist anzuzeigen; eine "
        "Doppelförderung ist ausgeschlossen."),
        "{{ tb.pruefungsrecht }}",
        ("Wird die Zuwendung nicht oder nicht mehr für den Zuwendungszweck verwendet oder wird "
        "eine Auflage nicht erfüllt, kann dieser Bescheid nach den §§ 48, 49 VwVfG i. V. m. § 1 "
        "Abs. 1 LVwVfG ganz oder teilweise, auch mit Wirkung für die Vergangenheit, "
        "zurückgenommen oder widerrufen werden. Bereits ausgezahlte Beträge sind dann nach "
        "§ 49a Abs. 1 VwVfG zu erstatten und nach § 49a Abs. 3 VwVfG mit fünf Prozentpunkten "
        "über dem Basiszinssatz jährlich zu verzinsen."),
        ("Werden ausgezahlte Mittel nicht innerhalb von zwei Monaten nach der Auszahlung für "
        "fällige Zahlungen verwendet, können für die Zeit bis zu ihrer Verwendung Zinsen nach "
        "§ 49a Abs. 4 VwVfG verlangt werden."),
    ):
        para(doc, text, "List Bullet")

    heading(doc, "6. {{ h.bescheid_begruendung }}")
    para(doc, "Rechtsgrundlagen dieses Bescheids sind:")
    bullets(doc, "grundlage", "rechtsgrundlagen")
    para(doc, "Die Zuwendung ist eine freiwillige Leistung des Landes. Ein Rechtsanspruch auf die "
              "Zuwendung besteht nicht; das {{ behoerde.kurz }} entscheidet nach pflichtgemäßem "
              "Ermessen im Rahmen der verfügbaren Haushaltsmittel.")
    para(doc, "Mit dem Programm will das Land in den Landkreisen und kreisfreien Städten ein "
              "kommunales Integrationsmanagement aufbauen, das die Integrationsangebote vor Ort "
              "erfasst, vernetzt und weiterentwickelt. Ihr Vorhaben dient diesem Zweck. Das "
              "Ermessen wird deshalb zugunsten einer Förderung in der aus Nr. 1 ersichtlichen "
              "Höhe ausgeübt; sie ergibt sich aus Ihrem Antrag und der Bemessung nach Nr. 2.")
    when(doc, "zeitraum_gruende", [("{{ zeitraum_gruende }}", None)])
    when(doc, "teilablehnung", [("{{ ablehnung.einleitung }}", None)])
    bullets(doc, "zeile", "ablehnung.jahre")
    bullets(doc, "zeile", "ablehnung.stellen")

    heading(doc, "7. {{ h.bescheid_rechtsbehelfsbelehrung }}")
    when(doc, "rechtsbehelf.klage", [
        ("{{ tb.klage }}", None),
        ("{{ tb.kein_widerspruch }}", None),
    ], otherwise=[
        (("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben "
         "werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Abs. 2 VwVfG "
         "oder zur Niederschrift bei der Bewilligungsbehörde ({{ rechtsbehelf.stelle }}, "
         "{{ rechtsbehelf.stelle_anschrift }}) einzulegen."), None),
    ])

    # the greeting and the Zeichnung stay with the last paragraph of the text: never alone on
    # a page of their own
    for q in doc.paragraphs[-6:]:
        q.paragraph_format.keep_with_next = True
    for text in ("Mit freundlichen Grüßen", "{{ behoerde.name }}"):
        para(doc, text).paragraph_format.keep_with_next = True
    para(doc, "{%p if zeichnung.zusatz %}")
    para(doc, "{{ zeichnung.zusatz }}").paragraph_format.keep_with_next = True
    para(doc, "{%p endif %}")
    para(doc).paragraph_format.keep_with_next = True
    para(doc, "{{ zeichnung.name }}")
    when(doc, "zeichnung.funktion", [("{{ zeichnung.funktion }}", None)])
    when(doc, "tb.anlage", [("Anlage: {{ tb.anlage }}", None)])
    return doc


def build_antrag() -> Document:
    doc = new_document("Antrag")
    page_footer(doc)
    letter_head(
        doc, "{{ antragsteller.bezeichnung }}", "{{ absender }}",
        ["{{ behoerde.name }}", "{%p for zeile in behoerde.anschrift %}", "{{ zeile }}",
         "{%p endfor %}"],
        [["Ansprechperson", "{{ ansprechperson.name }}"],
         ["{%p if ansprechperson.telefon %}", ""], ["Telefon", "{{ ansprechperson.telefon }}"],
         ["{%p endif %}", ""],
         ["{%p if ansprechperson.email %}", ""], ["E-Mail", "{{ ansprechperson.email }}"],
         ["{%p endif %}", ""],
         ["Datum", "{{ unterschrift.datum }}"]])
    para(doc, "{{ titel }} auf Gewährung einer Zuwendung", "Title")
    para(doc, "{{ programm }}", bold=True)

    heading(doc, "1. {{ h.antrag_antragsteller }}")
    table(doc, [
        ["Antragsteller", "{{ antragsteller.rechtstraeger }}"],
        ["Verwaltung", "{{ antragsteller.bezeichnung }}"],
        ["Anschrift", "{{ antragsteller.anschrift|join(', ') }}"],
        ["Kreisschlüssel", "{{ antragsteller.kreisschluessel }}"],
        ["Gemeindeschlüssel (AGS)", "{{ antragsteller.ags }}"],
    ], widths=[55, 110])

    heading(doc, "2. {{ h.antrag_ansprechperson }}")
    table(doc, [
        ["Name", "{{ ansprechperson.name }}"],
        ["Funktion", "{{ ansprechperson.funktion }}"],
        ["Telefon", "{{ ansprechperson.telefon }}"],
        ["E-Mail", "{{ ansprechperson.email }}"],
    ], widths=[55, 110])

    heading(doc, "3. {{ h.antrag_stellen }}")
    table(doc, [
        ["Person", "VZÄ", "Entgeltgruppe (TVöD)", "Beginn", "Funktion / Schwerpunkt"],
        *loop_rows("for s in stellen", ["{{ s.person }}", "{{ s.vzae }}", "{{ s.entgeltgruppe }}",
                                        "{{ s.beginn }}",
                                        ("{{ s.funktion }}{% if s.funktion and s.schwerpunkt %}"
                                         " / {% endif %}{{ s.schwerpunkt }}")]),
    ], widths=[35, 18, 27, 22, 63], bold_first_row=True, size=9)
    para(doc, "Stellenumfang insgesamt: {{ vzae_gesamt }}")
    when(doc, "personalkosten_berechnung", [(
        "Berechnung der Personalausgaben je Stellenanteil (Jahresbetrag):", None)])
    para(doc, "{%p if personalkosten_berechnung %}")
    table(doc, [
        ["Person", "Entgeltgruppe (TVöD)", "VZÄ", "Jahresentgelt", "Arbeitgeberanteile",
         "Personalausgaben je Jahr"],
        *loop_rows("for k in personalkosten_berechnung",
                   ["{{ k.person }}", "{{ k.entgeltgruppe }}", "{{ k.vzae }}", "{{ k.entgelt }}",
                    "{{ k.arbeitgeberanteile }}", "{{ k.summe }}"]),
    ], widths=[33, 24, 16, 30, 31, 31], bold_first_row=True, right_cols=(3, 4, 5), size=8.5)
    para(doc, "{%p endif %}")

    heading(doc, "4. {{ h.antrag_organisation }}")
    table(doc, [["Amt", "{{ organisation.amt }}"], ["Abteilung", "{{ organisation.abteilung }}"]],
          widths=[55, 110])
    when(doc, "organisation.in_verwaltung",
         [("Die Stelle ist in der Kommunalverwaltung angesiedelt.", None)],
         otherwise=[(("Die Stelle soll bei folgendem Träger angesiedelt werden: "
                     "{{ organisation.traeger }}."), None)])

    heading(doc, "5. {{ h.antrag_aufgaben }}")
    bullets(doc, "aufgabe", "aufgaben")

    heading(doc, "6. {{ h.antrag_integrationskonzept }}")
    when(doc, "integrationskonzept.vorhanden",
         [("Ein örtliches Integrationskonzept liegt vor.", None)],
         otherwise=[("Ein örtliches Integrationskonzept liegt noch nicht vor.", None)])
    when(doc, "integrationskonzept.beschreibung", [("{{ integrationskonzept.beschreibung }}", None)])

    heading(doc, "7. {{ h.antrag_zeitraum }}")
    para(doc, "Die Förderung wird für den Zeitraum vom {{ zeitraum.beginn }} bis "
              "{{ zeitraum.ende }} beantragt.")
    when(doc, "vorzeitiger_beginn", [(
        ("Zugleich wird die Zustimmung zum vorzeitigen Maßnahmebeginn ab dem "
         "{{ vorzeitiger_beginn.ab }} beantragt (VV Nr. 1.3 zu § 44 LHO). Begründung: "
         "{{ vorzeitiger_beginn.begruendung }}"), None)])

    heading(doc, "8. {{ h.antrag_finanzierungsplan }}")
    para(doc, "{%p for p in plan %}")
    para(doc, "Geplante Ausgaben im Haushaltsjahr {{ p.jahr }}", bold=True)
    table(doc, [
        ["Position", "Betrag"],
        ["Personalausgaben", "{{ p.personalausgaben }}"],
        *loop_rows("for s in p.sachposten", ["Sachausgaben: {{ s.bezeichnung }}", "{{ s.betrag }}"]),
        ["Summe der Ausgaben", "{{ p.ausgaben_summe }}"],
    ], widths=[115, 50], bold_first_row=True, right_cols=(1,))
    para(doc, "Finanzierung im Haushaltsjahr {{ p.jahr }}", bold=True)
    table(doc, [
        ["Gesamtausgaben", "{{ p.gesamtausgaben }}"],
        ["Zuwendung (beantragt)", "{{ p.zuwendung }}"],
        ["Einnahmen: Eigenmittel", "{{ p.eigenanteil }}"],
        *loop_rows("for d in p.drittmittel", ["Einnahmen: Drittmittel {{ d.bezeichnung }}",
                                               "{{ d.betrag }}"]),
        ["Gesamtfinanzierung", "{{ p.gesamtfinanzierung }}"],
    ], widths=[115, 50], right_cols=(1,))
    para(doc, "{%p endfor %}")
    when(doc, "vorsteuer", [("{{ vorsteuer }}", None)])
    para(doc, "Beantragte Zuwendung", bold=True)
    table(doc, [
        ["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamt"],
        *loop_rows("for p in plan", ["{{ p.jahr }}", "{{ p.beantragt_personalkosten }}",
                                     "{{ p.beantragt_sachkosten }}", "{{ p.beantragt_gesamt }}"]),
    ], widths=[35, 45, 40, 45], bold_first_row=True, right_cols=MONEY)

    when(doc, "bank", [("Bankverbindung", None)])
    para(doc, "{%p if bank %}")
    table(doc, [
        ["Kontoinhaber", "{{ bank.kontoinhaber }}"],
        ["IBAN", "{{ bank.iban }}"],
        ["Kreditinstitut", "{{ bank.kreditinstitut }}"],
    ], widths=[55, 110])
    para(doc, "{%p endif %}")

    heading(doc, "9. {{ h.antrag_erklaerungen }}")
    para(doc, "Der Antragsteller erklärt:")
    para(doc, "{{ erklaerungen.keine_doppelfoerderung }} Für die beantragte Stelle werden keine "
              "weiteren öffentlichen Fördermittel in Anspruch genommen (keine Doppelförderung).")
    para(doc, "{{ erklaerungen.kein_vorzeitiger_beginn }} Mit der Maßnahme wurde vor der "
              "Bewilligung nicht begonnen, soweit nicht ein vorzeitiger Beginn zugelassen wurde.")
    para(doc, "{{ erklaerungen.richtigkeit }} Die Angaben in diesem Antrag sind vollständig und "
              "richtig.")
    when(doc, "eigenmittel_gesichert", [("☒ {{ eigenmittel_gesichert }}", None)])

    when(doc, "datenschutz", [("Hinweise zum Datenschutz (Art. 13 und 14 DSGVO)", None)])
    bullets(doc, "absatz", "datenschutz", style=None)

    heading(doc, "10. {{ h.antrag_unterschrift }}")
    para(doc, "Rechtsverbindliche Unterschrift der vertretungsberechtigten Person:")
    closing(doc, "{{ unterschrift.ort }}, {{ unterschrift.datum }}", "{{ unterschrift.name }}",
            "unterschrift.funktion", "unterschrift.zusatz")
    return doc


def build_vorlage() -> Document:
    doc = new_document("Unterrichtungsvorlage")
    page_footer(doc)
    para(doc, "{{ kommune.bezeichnung }}", bold=True)
    para(doc, "Unterrichtungsvorlage", "Title")
    table(doc, [
        ["Vorlage: {{ nummer }}", "Datum: {{ datum }}"],
        ["{{ dezernat }}", ""],
        ["Verfasser: {{ verfasser }}", "Az.: {{ aktenzeichen }}"],
        ["{{ h.vorlage_kopf }}:", ""],
        ["{{ betreff }}", ""],
    ], widths=[100, 65])
    para(doc, "{{ h.vorlage_gremienweg }}:", bold=True)
    table(doc, [
        ["{%tr for b in gremienweg %}", "", "", ""],
        ["{{ b.datum }}", "{{ b.gremium }}", f"☐{NBSP}einstimmig", f"☐{NBSP}mehrheitl."],
        ["", "", f"☐{NBSP}abgelehnt", f"☐{NBSP}Kenntnis"],
        ["", "", f"☐{NBSP}verwiesen", f"☐{NBSP}vertagt"],
        ["", "", f"☐{NBSP}Enthaltungen", f"☐{NBSP}Gegenstimmen"],
        ["TOP {{ b.top }}", (f"{{{{ b.oeffentlich }}}}{NBSP}öffentlich   "
                            f"{{{{ b.nichtoeffentlich }}}}{NBSP}nichtöffentlich"),
         f"☐{NBSP}ohne BE", f"☐{NBSP}abgesetzt ☐{NBSP}geändert"],
        ["{%tr endfor %}", "", "", ""],
    ], widths=[25, 65, 37, 38])
    para(doc, "Unterrichtung:", bold=True)
    for name, var in (("vorlage_hintergrund", "hintergrund"), ("vorlage_umsetzung", "umsetzung"),
                      ("vorlage_sachstand", "sachstand")):
        heading(doc, "{{ h." + name + " }}", 2)
        bullets(doc, "absatz", var, style=None)
    heading(doc, "{{ h.vorlage_anlagen }}", 2)
    when(doc, "anlagen", [], otherwise=[("keine", None)])
    bullets(doc, "anlage", "anlagen")
    return doc


def optional_part(doc, var: str, empty: str = "Keine Angaben.") -> None:
    """Paragraphs of an optional part, or a plain statement that there are none."""
    when(doc, var, [], otherwise=[(empty, None)])
    bullets(doc, "absatz", var, style=None)


def build_jahresbericht() -> Document:
    doc = new_document("Jahresbericht")
    page_footer(doc)
    letter_head(
        doc, "{{ kommune.bezeichnung }}", "{{ absender.zeile }}",
        ["{{ behoerde.name }}", "{%p for zeile in behoerde.anschrift %}", "{{ zeile }}",
         "{%p endfor %}"],
        [["{%p if bescheid.aktenzeichen %}", ""],
         ["Ihr Aktenzeichen", "{{ bescheid.aktenzeichen }}"], ["{%p endif %}", ""],
         ["{%p if bescheid.datum %}", ""],
         ["Ihr Bescheid vom", "{{ bescheid.datum }}"], ["{%p endif %}", ""],
         ["Kreisschlüssel", "{{ kommune.kreisschluessel }}"],
         ["Datum", "{{ datum }}"]])
    para(doc, "{{ titel }} {{ berichtsjahr }}", "Title")
    para(doc, "{{ programm }}", bold=True)
    when(doc, "bescheid.aktenzeichen", [(
        ("Bericht nach Nr. 4 Ihres Bewilligungsbescheids{% if bescheid.datum %} vom "
         "{{ bescheid.datum }}{% endif %}, Aktenzeichen {{ bescheid.aktenzeichen }}."), None)])
    table(doc, [
        ["Kommune", "{{ kommune.rechtstraeger }}"],
        ["Berichtsjahr", "{{ berichtsjahr }}"],
        ["Datum des Berichts", "{{ datum }}"],
        ["Vorzulegen bis", "{{ frist }}"],
    ], widths=[55, 110], grid=False)

    heading(doc, "1. {{ h.jahresbericht_personal }}")
    table(doc, [
        ["Name", "VZÄ", "seit", "Funktion", "Schwerpunkt"],
        *loop_rows("for p in personal", ["{{ p.name }}", "{{ p.vzae }}", "{{ p.seit }}",
                                         "{{ p.funktion }}", "{{ p.schwerpunkt }}"]),
    ], widths=[32, 18, 22, 48, 45], bold_first_row=True, size=9)

    heading(doc, "2. {{ h.jahresbericht_integrationsinfrastruktur }}")
    bullets(doc, "absatz", "integrationsinfrastruktur", style=None)
    para(doc, "Bestandsaufnahme und Handlungsfelder", bold=True)
    bullets(doc, "absatz", "bestandsaufnahme", style=None)
    when(doc, "handlungsfelder", [("Bearbeitete Handlungsfelder:", None)],
         otherwise=[("Bearbeitete Handlungsfelder: keine angegeben", None)])
    bullets(doc, "feld", "handlungsfelder")
    when(doc, "ist_landkreis", [("Einbindung der kreisangehörigen Gemeinden", None)])
    para(doc, "{%p if ist_landkreis %}")
    optional_part(doc, "teile.einbindung_gemeinden")
    para(doc, "{%p endif %}")
    heading(doc, "{{ h.jahresbericht_steuerungsgremien }}", 2)
    optional_part(doc, "teile.steuerungsgremien")
    heading(doc, "{{ h.jahresbericht_einzelfallkoordination }}", 2)
    optional_part(doc, "teile.fallkoordination")

    heading(doc, "3. {{ h.jahresbericht_vernetzung }}")
    bullets(doc, "absatz", "vernetzung_kommune", style=None)
    when(doc, "netzwerkrunden", [("Netzwerkrunden und Gremien:", None)],
         otherwise=[("Netzwerkrunden und Gremien: keine angegeben", None)])
    bullets(doc, "runde", "netzwerkrunden")

    heading(doc, "4. {{ h.jahresbericht_interkommunal }}")
    bullets(doc, "absatz", "interkommunale_vernetzung", style=None)
    heading(doc, "5. {{ h.jahresbericht_oeffentlichkeitsarbeit }}")
    bullets(doc, "absatz", "oeffentlichkeitsarbeit", style=None)
    heading(doc, "{{ h.jahresbericht_interkulturelle_oeffnung }}", 2)
    optional_part(doc, "teile.interkulturelle_oeffnung")
    heading(doc, "6. {{ h.jahresbericht_kooperation_land }}")
    bullets(doc, "absatz", "kooperation_land", style=None)
    heading(doc, "{{ h.jahresbericht_massnahmenplanung }}", 2)
    optional_part(doc, "teile.massnahmenplanung")
    bullets(doc, "absatz", "teile.zielerreichung", style=None)
    heading(doc, "7. {{ h.jahresbericht_integrationskonzept }}")
    bullets(doc, "absatz", "integrationskonzept", style=None)

    heading(doc, "8. {{ h.jahresbericht_mittelverwendung }}")
    para(doc, "Bewilligte und verausgabte Mittel:")
    table(doc, [
        ["Haushaltsjahr", "Position", "bewilligt", "verausgabt"],
        *loop_rows("for m in mittel", ["{{ m.jahr }}", "{{ m.position }}", "{{ m.bewilligt }}",
                                       "{{ m.verausgabt }}"]),
        ["Summe", "", "{{ mittel_summe.bewilligt }}", "{{ mittel_summe.verausgabt }}"],
    ], widths=[30, 45, 45, 45], bold_first_row=True, right_cols=(2, 3))
    para(doc, "{%p for n in nachweis %}")
    para(doc, "Zahlenmäßiger Nachweis {{ n.jahr }}{% if n.stand %}, {{ n.stand }}{% endif %}",
         bold=True)
    table(doc, [
        ["{{ n.ausgaben_text }}", "{{ n.ausgaben }}"],
        ["{%tr if n.eigenanteil %}", ""],
        ["davon aus Eigenmitteln", "{{ n.eigenanteil }}"],
        ["{%tr endif %}", ""],
        ["{%tr if n.erhalten %}", ""],
        ["Zuwendung erhalten (ausgezahlt)", "{{ n.erhalten }}"],
        ["{%tr endif %}", ""],
    ], widths=[115, 50], right_cols=(1,))
    para(doc, "{%p endfor %}")
    when(doc, "wirtschaftlich_sparsam", [(
        ("Es wird bestätigt, dass die bisherigen Ausgaben notwendig waren, dass wirtschaftlich "
         "und sparsam verfahren worden ist und die Angaben mit den Büchern und Belegen "
         "übereinstimmen (Stand des Berichts). Die abschließende Bestätigung gibt die "
         "vertretungsberechtigte Person mit dem Verwendungsnachweis ab."), None)])

    heading(doc, "9. {{ h.jahresbericht_ausblick }}")
    bullets(doc, "absatz", "ausblick", style=None)

    when(doc, "fragebogen_beigefuegt", [
        (("Der ausgefüllte Fragebogen des {{ behoerde.kurz }} zur Evaluierung des Programms ist "
         "diesem Bericht als Anlage beigefügt."), None)])
    when(doc, "anlagen", [("Anlagen:", None)])
    bullets(doc, "anlage", "anlagen")
    para(doc)
    closing(doc, "{{ unterschrift.ort }}, {{ unterschrift.datum }}", "{{ unterschrift.name }}",
            "unterschrift.funktion", "unterschrift.zusatz")
    return doc


def build_verwendungsnachweis() -> Document:
    doc = new_document("Verwendungsnachweis")
    page_footer(doc)
    letter_head(
        doc, "{{ kommune.bezeichnung }}", "{{ absender }}",
        ["{{ behoerde.name }}", "{%p for zeile in behoerde.anschrift %}", "{{ zeile }}",
         "{%p endfor %}"],
        [["Ihr Aktenzeichen", "{{ bescheid.aktenzeichen }}"],
         ["Ihr Bescheid vom", "{{ bescheid.datum }}"],
         ["Kreisschlüssel", "{{ kommune.kreisschluessel }}"],
         ["Datum", "{{ datum }}"]])
    para(doc, "{{ titel }}{% if zwischennachweis %} {{ zwischennachweis_jahr }}{% endif %}",
         "Title")
    para(doc, "{{ programm }}", bold=True)
    para(doc, "{% if zwischennachweis %}Zwischennachweis über das abgeschlossene Haushaltsjahr "
              "{{ zwischennachweis_jahr }}{% else %}Nachweis der Verwendung{% endif %} der "
              "Zuwendung nach Nr. 4 Ihres Bewilligungsbescheids vom {{ bescheid.datum }}, "
              "Aktenzeichen {{ bescheid.aktenzeichen }}.")
    table(doc, [
        ["Zuwendungsempfänger", "{{ kommune.rechtstraeger }}"],
        ["Bewilligungszeitraum", "{{ zeitraum.beginn }} bis {{ zeitraum.ende }}"],
        ["Vorzulegen bis", "{{ frist }}"],
    ], widths=[55, 110], grid=False)

    heading(doc, "1. {{ h.verwendungsnachweis_sachbericht }}")
    bullets(doc, "absatz", "sachbericht", style=None)

    heading(doc, "2. {{ h.verwendungsnachweis_zahlen }}")
    para(doc, "Ausgaben nach den Zeilen des Finanzierungsplans (Plan gegen Ist); in der "
              "Festbetragsfinanzierung wird der Festbetrag einer Zeile nur gekürzt, soweit ihre "
              "zuwendungsfähigen Ausgaben darunter bleiben:")
    table(doc, [
        ["Jahr", "Zeile", "geplant", "Festbetrag (bewilligt)", "Ausgaben (Ist)",
         "davon aus der Zuwendung (verausgabt)", "Kürzung"],
        *loop_rows("for z in zeilen", ["{{ z.jahr }}", "{{ z.zeile }}", "{{ z.geplant }}",
                                       "{{ z.festbetrag }}", "{{ z.ausgaben }}",
                                       "{{ z.verausgabt }}", "{{ z.kuerzung }}"]),
        ["Summe", "", "", "{{ summe.festbetrag }}", "{{ summe.ausgaben }}",
         "{{ summe.verausgabt }}", "{{ summe.kuerzung }}"],
    ], widths=[10, 26, 25.8, 25.8, 25.8, 25.8, 25.8], bold_first_row=True,
        right_cols=(2, 3, 4, 5, 6), size=7.5)  # seven columns: no amount broken over two lines
    para(doc, "{%p for j in jahre %}")
    para(doc, "Einnahmen und Ergebnis {{ j.jahr }}", bold=True)
    table(doc, [
        ["Zuwendung erhalten (ausgezahlt)", "{{ j.zuwendung }}"],
        ["Eigenmittel", "{{ j.eigenmittel }}"],
        *loop_rows("for d in j.drittmittel", ["Drittmittel: {{ d.bezeichnung }}",
                                               "{{ d.betrag }}"]),
        ["Einnahmen insgesamt", "{{ j.einnahmen }}"],
        ["Ausgaben insgesamt (Ist)", "{{ j.ausgaben }}"],
        ["Zuwendung nach Festbeträgen zustehend", "{{ j.zustehend }}"],
        ["Ergebnis: {{ j.saldo_text }}", "{{ j.saldo }}"],
    ], widths=[115, 50], right_cols=(1,))
    para(doc, "{%p endfor %}")
    para(doc, "Die Festbeträge werden insgesamt um {{ summe.kuerzung }} gekürzt; zustehend sind "
              "{{ summe.zustehend }}, ausgezahlt wurden {{ summe.erhalten }}. "
              "{{ saldo_text }}: {{ saldo }}.")

    heading(doc, "3. {{ h.verwendungsnachweis_bestaetigung_teil }}")
    para(doc, "Es wird bestätigt, dass")
    for name, text in (
            ("zweckentsprechend", ("die Zuwendung ausschließlich für den im Bescheid "
                                   "genannten Zweck verwendet wurde,")),
            ("wirtschaftlich_sparsam", "wirtschaftlich und sparsam verfahren worden ist,"),
            ("buecher_belege", "die Angaben mit den Büchern und Belegen übereinstimmen und"),
            ("nebenbestimmungen", "die Nebenbestimmungen des Bescheids beachtet wurden.")):
        para(doc, "{{ bestaetigung." + name + " }} " + text)
    para(doc, "Die Bestätigung gibt die vertretungsberechtigte Person ab.")
    para(doc)
    closing(doc, "{{ unterschrift.ort }}, {{ unterschrift.datum }}", "{{ unterschrift.name }}",
            "unterschrift.funktion", "unterschrift.zusatz")
    # under the name: who signs (KIM-118 reads the Zeichnung here or at „In Vertretung“ above)
    para(doc, "Unterschrift der vertretungsberechtigten Person", size=8)
    return doc


BUILDERS = {
    "antrag.docx": build_antrag,
    "bescheid.docx": build_bescheid,
    "vorlage.docx": build_vorlage,
    "jahresbericht.docx": build_jahresbericht,
    "verwendungsnachweis.docx": build_verwendungsnachweis,
}


def main(target: Path = HERE) -> None:
    for name, build in BUILDERS.items():
        build().save(target / name)
        print(f"geschrieben: {target / name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
