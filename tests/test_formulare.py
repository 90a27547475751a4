"""Forms (issue 18): values only in form fields read like the same Antrag printed as text.

The Koblenz Antrag is made from its data as a user gets it (DOCX from the template, PDF by
LibreOffice); then the same Antrag as a form:
- PDF: the short values of its tables (names, amounts, dates) and its three declaration boxes
  exist only as AcroForm fields (pypdf), no text on the page; one field's appearance shows
  something else than its value.
- DOCX: values in content controls (text, date, drop-down, check box), a legacy text field
  and a legacy check box.
- ODT: values in LibreOffice form controls (text fields, check boxes with their own label).
Each must read to the same tables and text and get the same verdict as the printed Antrag.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from dokumente import to_pdf
from lxml import etree
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

import kimdocs
from kimdocs.readers import read_document
from kimdocs.readers.document import Table, plain_text

ROOT = Path(__file__).resolve().parent.parent
TICKED, UNTICKED = "\u2612", "\u2610"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
PROMPT = "Klicken oder tippen Sie hier, um Text einzugeben."
DECLARATIONS = ("Für die beantragte Stelle", "Mit der Maßnahme wurde", "Die Angaben in diesem")
SHORT = 40  # cells with values up to this length become fields (one line: same layout)


def _verdict(report) -> tuple[str, set[str]]:
    return report.urteil, {b.code for b in report.ergebnisse if b.status == "verletzt"}


def _finding(report, code: str):
    return next(b for b in report.ergebnisse if b.code == code)


def _shape(document) -> list:
    """What the checker sees: each block's kind and text (tables by rows)."""
    return [(type(b).__name__, b.rows if isinstance(b, Table) else " ".join(b.text.split()))
            for b in document.blocks]


def _value_cells(word) -> list:
    """(table, row, column) of the short values a form would ask for: every cell right of
    the first column with text, except in the letterhead (table 0, a layout table)."""
    out = []
    for t, table in enumerate(word.tables[1:], 1):
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells[1:], 1):
                if cell.text.strip() and len(cell.text) <= SHORT and "\n" not in cell.text:
                    out.append((t, r, c))
    return out


def _declarations(word) -> list:
    return [p for p in word.paragraphs if p.text.startswith(TICKED)]


@pytest.fixture(scope="module")
def antrag(tmp_path_factory):
    """The printed Antrag (DOCX, PDF) and a blank form of it (PDF, values not printed)."""
    base = tmp_path_factory.mktemp("formulare")
    data = kimdocs.load_data(ROOT / "beispiele" / "koblenz" / "antrag.yaml")
    original = base / "antrag.docx"
    original.write_bytes(kimdocs.render_document(data, kimdocs.load_guideline()))
    word = docx.Document(str(original))
    for t, r, c in _value_cells(word):
        cell = word.tables[t].rows[r].cells[c]
        for p in cell.paragraphs:
            for run in p.runs:
                run.text = ""
    for p in _declarations(word):
        p.runs[0].text = p.runs[0].text.replace(TICKED + " ", "", 1)
    blank = base / "leer.docx"
    word.save(str(blank))
    (base / "pdf").mkdir()
    printed, empty = to_pdf([original, blank], base / "pdf")
    return {"docx": original, "pdf": printed, "leer": empty, "base": base}


# --- PDF: AcroForm ----------------------------------------------------------------------------

def _appearance(writer, text: str):
    stream = DecodedStreamObject()
    stream.set_data(f"BT /Helv 9 Tf 2 3 Td ({text}) Tj ET".encode("latin-1"))
    stream.update({NameObject("/Type"): NameObject("/XObject"),
                   NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                                     FloatObject(100), FloatObject(14)])})
    return writer._add_object(stream)


def _field(writer, page: int, rect, name: str, **entries) -> None:
    field = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/T"): TextStringObject(name), NameObject("/F"): NumberObject(4),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
        NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 g"),
    })
    field.update({NameObject(k): v for k, v in entries.items()})
    added = writer.add_annotation(page, field)
    writer._root_object[NameObject("/AcroForm")][NameObject("/Fields")].append(
        added.indirect_reference)


def make_pdf_form(antrag, target: Path, *, ticked=(True, True, True)) -> Path:
    """The blank form with the printed Antrag's values in AcroForm fields."""
    writer = PdfWriter(clone_from=str(antrag["leer"]))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject(),
        NameObject("/NeedAppearances"): BooleanObject(True)})
    with pdfplumber.open(antrag["pdf"]) as printed, pdfplumber.open(antrag["leer"]) as empty:
        n = 0
        for index, (full, form) in enumerate(zip(printed.pages, empty.pages)):
            height = float(form.height)
            for t_full, t_form in zip(full.find_tables(), form.find_tables()):
                texts = t_full.extract()
                for row_full, row_form in zip(texts, t_form.rows):
                    for c, (value, box) in enumerate(zip(row_full, row_form.cells)):
                        value = " ".join((value or "").split())  # wrapped in the PDF
                        if c == 0 or not value or box is None or len(value) > SHORT:
                            continue
                        x0, top, x1, bottom = box
                        n += 1
                        shown = {} if n != 1 else {  # the first field shows an old value
                            NameObject("/AP"): DictionaryObject(
                                {NameObject("/N"): _appearance(writer, "ALT")})}
                        _field(writer, index, (x0 + 1, height - bottom + 1, x1 - 1,
                                               height - top - 1), f"feld{n}",
                               **{"/FT": NameObject("/Tx"), "/V": TextStringObject(value),
                                  **{str(k): v for k, v in shown.items()}})
            # the declaration boxes: left of the paragraphs that lost their ☒
            starts = [hit for needle in DECLARATIONS for hit in form.search(needle)[:1]]
            for k, w in enumerate(starts):
                on = ticked[k]
                states = DictionaryObject({NameObject("/Ja"): _appearance(writer, "X"),
                                           NameObject("/Off"): _appearance(writer, "")})
                _field(writer, index, (w["x0"] - 14, height - w["bottom"], w["x0"] - 3,
                                       height - w["top"]), f"erklaerung{k + 1}",
                       **{"/FT": NameObject("/Btn"),
                          "/V": NameObject("/Ja" if on else "/Off"),
                          "/AS": NameObject("/Ja" if on else "/Off"),
                          "/AP": DictionaryObject({NameObject("/N"): states})})
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def test_pdf_form_reads_like_the_printed_antrag(antrag):
    form = make_pdf_form(antrag, antrag["base"] / "formular.pdf")
    assert not PdfReader(str(antrag["leer"])).pages[0].extract_text().count("Stadt Koblenz")
    printed, filled = read_document(antrag["pdf"]), read_document(form)
    assert _shape(filled) == _shape(printed)
    assert [(f.kind, f.value, f.label) for f in filled.figures] == \
        [(f.kind, f.value, f.label) for f in printed.figures]
    fields = {f.label: f.value for f in filled.form_fields}
    assert fields["Antragsteller"] == "Stadt Koblenz"  # its appearance says "ALT"
    assert list(fields.values()).count(TICKED) == 3
    assert _verdict(kimdocs.check_file(form)) == _verdict(kimdocs.check_file(antrag["pdf"]))


def test_pdf_form_unticked_box_reads_as_empty_box(antrag):
    form = make_pdf_form(antrag, antrag["base"] / "offen.pdf", ticked=(True, False, True))
    document = read_document(form)
    text = document.full_text()
    assert f"{UNTICKED} Mit der Maßnahme wurde vor der Bewilligung nicht begonnen" in text
    assert f"{TICKED} Die Angaben in diesem Antrag sind vollständig und richtig." in text
    boxes = [f for f in document.form_fields if f.kind == "checkbox"]
    assert [f.value for f in boxes] == [TICKED, UNTICKED, TICKED]
    assert boxes[1].label.startswith("Mit der Maßnahme")
    # the declaration is not given: KIM-209 verletzt, quoting the line with its empty box
    kim209 = _finding(kimdocs.check_file(form), "KIM-209")
    assert kim209.status == "verletzt", kim209.meldung
    assert f"„{UNTICKED} Mit der Maßnahme wurde vor der Bewilligung nicht begonnen" in kim209.meldung


# --- DOCX: content controls and legacy form fields ----------------------------------------------

def _sdt(runs, alias: str, extra: str = "", placeholder: bool = False):
    """Wrap runs (w:r elements of one paragraph) in an inline content control."""
    pr = (f'<w:sdtPr {nsdecls("w")} xmlns:w14="{W14}"><w:alias w:val="{alias}"/>'
          f'{"<w:showingPlcHdr/>" if placeholder else ""}{extra}</w:sdtPr>')
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}>{pr}<w:sdtContent/></w:sdt>')
    runs[0].addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for r in runs:
        content.append(r)
    return sdt


def _run(text: str):
    return parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{text}</w:t></w:r>')


def _legacy(kind: str, inner: str, result: str = ""):
    """Runs of a legacy form field: begin (with its ffData), code, separate, result, end."""
    begin = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>'
                      f'{inner}</w:ffData></w:fldChar></w:r>')
    code = parse_xml(f'<w:r {nsdecls("w")}><w:instrText> {kind} </w:instrText></w:r>')
    sep = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>')
    end = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
    return [begin, code, sep, *([_run(result)] if result else []), end]


def make_docx_form(source: Path, target: Path, *, prompt=False, ticked=(True, True, True)):
    word = docx.Document(str(source))
    table = word.tables[1]  # Antragsteller, Verwaltung, Anschrift …
    for r, row in enumerate(table.rows):
        p = row.cells[1].paragraphs[0]
        runs = [run._r for run in p.runs]
        label = row.cells[0].text
        if r == 0 and prompt:
            for run in runs[1:]:
                p._p.remove(run)
            runs[0].find(qn("w:t")).text = PROMPT
            _sdt(runs[:1], label, placeholder=True)
        elif r == 2:  # the address as a legacy text field
            text = p.text
            for run in runs:
                p._p.remove(run)
            for run in _legacy("FORMTEXT", '<w:name w:val="Anschrift"/><w:textInput/>', text):
                p._p.append(run)
        else:
            _sdt(runs, label)
    persons = next(t for t in word.tables if t.rows[0].cells[0].text == "Person")
    for row in persons.rows[1:]:
        p = row.cells[3].paragraphs[0]
        day, month, year = p.text.split(".")
        _sdt([run._r for run in p.runs], "Beginn",
             f'<w:date w:fullDate="{year}-{month}-{day}T00:00:00Z"><w:dateFormat '
             'w:val="dd.MM.yyyy"/><w:lid w:val="de-DE"/></w:date>')
    amt = next(t for t in word.tables if t.rows[0].cells[0].text == "Amt")
    p = amt.rows[0].cells[1].paragraphs[0]
    _sdt([run._r for run in p.runs], "Amt",
         '<w:dropDownList><w:listItem w:displayText="50-Sozialamt" w:value="50"/>'
         '<w:listItem w:displayText="10-Hauptamt" w:value="10"/></w:dropDownList>')
    for k, p in enumerate(_declarations(word)):
        first = p.runs[0]._r
        first.find(qn("w:t")).text = first.find(qn("w:t")).text.replace(TICKED, "", 1)
        on = ticked[k]
        if k == 1:  # a legacy check box, ticked by w:checked over its default
            for run in reversed(_legacy("FORMCHECKBOX", '<w:name w:val="Kontrollk2"/>'
                                        '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
                                        f'<w:checked w:val="{int(on)}"/></w:checkBox>')):
                first.addprevious(run)
                first = run
        else:
            box = _run(TICKED if on else UNTICKED)
            first.addprevious(box)
            _sdt([box], f"Erklärung {k + 1}",
                 f'<w14:checkbox><w14:checked w14:val="{int(on)}"/></w14:checkbox>')
    word.save(str(target))
    return target


def test_docx_form_reads_like_the_printed_antrag(antrag):
    form = make_docx_form(antrag["docx"], antrag["base"] / "formular.docx")
    printed, filled = read_document(antrag["docx"]), read_document(form)
    assert _shape(filled) == _shape(printed)
    fields = {(f.label, f.source): f.value for f in filled.form_fields}
    assert fields[("Antragsteller", "sdt")] == "Stadt Koblenz"
    assert fields[("Anschrift", "formfield")] == "Willi-Hörter-Platz 1, 56068 Koblenz"
    assert fields[("Amt", "sdt")] == "50-Sozialamt"
    assert fields[("Kontrollk2", "formfield")] == TICKED
    assert [f.value for f in filled.form_fields if f.kind == "date"] == ["01.12.2025"] * 2
    assert _verdict(kimdocs.check_file(form)) == _verdict(kimdocs.check_file(antrag["docx"]))


def test_docx_placeholder_and_unticked_boxes(antrag):
    form = make_docx_form(antrag["docx"], antrag["base"] / "offen.docx", prompt=True,
                          ticked=(False, False, True))
    document = read_document(form)
    assert document.tables()[1].rows[0] == ["Antragsteller", ""]
    assert PROMPT not in document.full_text()
    assert ("Antragsteller", "") in [(f.label, f.value) for f in document.form_fields]
    text = document.full_text()
    assert f"{UNTICKED} Für die beantragte Stelle" in text
    assert f"{UNTICKED} Mit der Maßnahme" in text
    assert f"{TICKED} Die Angaben" in text
    report = kimdocs.check_file(form)
    kim209 = _finding(report, "KIM-209")  # a content control and a legacy box left empty
    assert kim209.status == "verletzt", kim209.meldung
    assert f"„{UNTICKED} Für die beantragte Stelle" in kim209.meldung
    assert f"„{UNTICKED} Mit der Maßnahme" in kim209.meldung and "Die Angaben" not in kim209.meldung
    # the applicant's field still at its placeholder is empty, not the name "Klicken oder …"
    assert PROMPT not in " ".join(b.meldung for b in report.ergebnisse)


def test_docx_form_all_boxes_ticked_gives_the_declarations(antrag):
    form = make_docx_form(antrag["docx"], antrag["base"] / "angekreuzt.docx")
    assert _finding(kimdocs.check_file(form), "KIM-209").status == "erfuellt"


# --- ODT: LibreOffice form controls -------------------------------------------------------------

ODF = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
       "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
       "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
       "xml": "http://www.w3.org/XML/1998/namespace"}


def _o(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{ODF[prefix]}}}{local}"


def _all_text(el) -> str:
    return "".join(el.itertext())


def make_odt_form(source: Path, target: Path, *, unticked: tuple[int, ...] = ()) -> Path:
    """Table values of the Antragsteller table as text controls; the declarations as check
    boxes whose label is the declaration (the paragraph keeps only the control); the boxes
    numbered in `unticked` left empty."""
    with zipfile.ZipFile(source) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    root = etree.fromstring(parts["content.xml"])
    text_body = root.find(f"{_o('office:body')}/{_o('office:text')}")
    forms = text_body.find(_o("office:forms"))
    if forms is None:
        forms = etree.SubElement(text_body, _o("office:forms"))
        text_body.remove(forms)
        text_body.insert(0, forms)
    form = etree.SubElement(forms, _o("form:form"), {_o("form:name"): "Antrag"})
    n = 0

    def control(paragraph, kind: str, **attrs) -> None:
        nonlocal n
        n += 1
        ident = f"control{n}"
        etree.SubElement(form, _o(f"form:{kind}"), {
            _o("form:id"): ident, _o("xml:id"): ident, _o("form:name"): f"Feld{n}",
            **{_o(f"form:{k.replace('_', '-')}"): v for k, v in attrs.items()}})
        etree.SubElement(paragraph, _o("draw:control"), {
            _o("draw:control"): ident, _o("text:anchor-type"): "as-char",
            _o("svg:width"): "4cm", _o("svg:height"): "0.5cm"})

    tables = list(text_body.iter(_o("table:table")))
    antragsteller = next(t for t in tables if "Antragsteller" in _all_text(t))
    for row in antragsteller.iter(_o("table:table-row")):
        cells = row.findall(_o("table:table-cell"))
        p = cells[1].find(_o("text:p"))
        value = _all_text(p)
        for child in list(p):
            p.remove(child)
        p.text = None
        control(p, "text", current_value=value)
    declarations = [p for p in text_body.iter(_o("text:p")) if _all_text(p).startswith(TICKED)]
    for k, p in enumerate(declarations):
        label = _all_text(p).replace(TICKED, "", 1).strip()
        for child in list(p):
            p.remove(child)
        p.text = None
        control(p, "checkbox", label=label,
                current_state="unchecked" if k in unticked else "checked")
    parts["content.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(target, "w") as zout:
        zout.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for name, data in parts.items():
            zout.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


def test_odt_form_reads_like_the_printed_antrag(antrag):
    from test_annotate import soffice  # one LibreOffice start: the ODT of the Antrag

    odt_dir = antrag["base"] / "odt"
    odt_dir.mkdir(exist_ok=True)
    soffice([antrag["docx"]], odt_dir, "odt")
    original = odt_dir / "antrag.odt"
    form = make_odt_form(original, antrag["base"] / "formular.odt")
    printed, filled = read_document(original), read_document(form)
    assert _shape(filled) == _shape(printed)
    fields = [(f.kind, f.label, f.value) for f in filled.form_fields]
    assert ("text", "Antragsteller", "Stadt Koblenz") in fields
    assert [v for k, _, v in fields if k == "checkbox"] == [TICKED] * 3
    assert _verdict(kimdocs.check_file(form)) == _verdict(kimdocs.check_file(original))
    assert copy.deepcopy(filled.form_fields) == filled.form_fields  # plain, picklable data
    # the same form exported by LibreOffice as a PDF form (its controls become AcroForm
    # fields), and one with the second declaration left empty
    open_form = make_odt_form(original, antrag["base"] / "offen.odt", unticked=(1,))
    pdf_dir = antrag["base"] / "lo-pdf"
    pdf_dir.mkdir(exist_ok=True)
    soffice([form, open_form, original], pdf_dir, "pdf")
    lo_form = read_document(pdf_dir / "formular.pdf")
    assert ("text", "Antragsteller", "Stadt Koblenz", "acroform") in [
        (f.kind, f.label, f.value, f.source) for f in lo_form.form_fields]
    assert _verdict(kimdocs.check_file(pdf_dir / "formular.pdf")) == \
        _verdict(kimdocs.check_file(pdf_dir / "antrag.pdf"))
    for empty in (open_form, pdf_dir / "offen.pdf"):  # ODT control and PDF field /Off
        kim209 = _finding(kimdocs.check_file(empty), "KIM-209")
        assert kim209.status == "verletzt", (empty.name, kim209.meldung)
        assert f"„{UNTICKED} Mit der Maßnahme wurde" in kim209.meldung, kim209.meldung


def test_pdf_radio_group_and_choice(antrag):
    """A radio group (the chosen option ☒, the other ☐, each before the text right of it)
    and a list field read with their labels."""
    writer = PdfWriter(clone_from=str(antrag["leer"]))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject()})
    with pdfplumber.open(antrag["leer"]) as pdf:
        index = next(i for i, p in enumerate(pdf.pages) if p.search(DECLARATIONS[0]))
        page = pdf.pages[index]
        height = float(page.height)
        hits = [page.search(needle)[0] for needle in DECLARATIONS[:2]]
        label = page.search("Der Antragsteller erklärt:")[0]
    group = DictionaryObject({NameObject("/FT"): NameObject("/Btn"),
                              NameObject("/Ff"): NumberObject(1 << 15),
                              NameObject("/T"): TextStringObject("auswahl"),
                              NameObject("/V"): NameObject("/zwei"),
                              NameObject("/Kids"): ArrayObject()})
    group_ref = writer._add_object(group)
    for option, w in zip(("eins", "zwei"), hits):
        states = DictionaryObject({NameObject(f"/{option}"): _appearance(writer, "o"),
                                   NameObject("/Off"): _appearance(writer, "")})
        kid = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Parent"): group_ref, NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (
                w["x0"] - 14, height - w["bottom"], w["x0"] - 3, height - w["top"])]),
            NameObject("/AS"): NameObject(f"/{option}" if option == "zwei" else "/Off"),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): states})})
        added = writer.add_annotation(index, kid)
        group["/Kids"].append(added.indirect_reference)
    writer._root_object["/AcroForm"]["/Fields"].append(group_ref)
    _field(writer, index, (label["x1"] + 10, height - label["bottom"], label["x1"] + 150,
                           height - label["top"]), "Vertretung",
           **{"/FT": NameObject("/Ch"), "/V": TextStringObject("Oberbürgermeister"),
              "/TU": TextStringObject("Vertretungsberechtigt")})
    path = antrag["base"] / "auswahl.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    document = read_document(path)
    text = document.full_text()
    assert f"{UNTICKED} Für die beantragte Stelle" in text
    assert f"{TICKED} Mit der Maßnahme wurde" in text
    assert "Der Antragsteller erklärt: Oberbürgermeister" in text
    fields = [(f.kind, f.label, f.value, f.name) for f in document.form_fields]
    assert ("choice", "Vertretungsberechtigt", "Oberbürgermeister", "Vertretung") in fields
    assert [(f.value, f.option) for f in document.form_fields if f.kind == "radio"] == [
        (UNTICKED, "eins"), (TICKED, "zwei")]


@pytest.mark.parametrize("typed, read", [
    ("☑ Die Angaben sind richtig.", "☒ Die Angaben sind richtig."),
    ("Stelle in der Kommunalverwaltung angesiedelt ✔ ja □ nein",
     "Stelle in der Kommunalverwaltung angesiedelt ☒ ja ☐ nein"),
    ("[x] Keine Doppelförderung\n[ ] Maßnahme begonnen", "☒ Keine Doppelförderung\n☐ Maßnahme begonnen"),
    ("(X) ja ( ) nein", "☒ ja ☐ nein"),
    ("Anlage (x)", "Anlage (x)"),  # no box: nothing follows
    ("f(x) = 3", "f(x) = 3"),
])
def test_typed_check_boxes_read_as_the_two_glyphs(typed, read):
    assert plain_text(typed) == read
