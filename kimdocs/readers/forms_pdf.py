"""Filled-in PDF forms and receipt stamps: what only the PDF's annotations hold.

Form fields (AcroForm widgets) keep their value in the field dictionary (/V), not in the
page's text: pypdf reads them here, whatever the widget's appearance stream shows (a value
typed into a form without a fresh appearance shows nothing, or the old value). Text and
choice fields give their text, check boxes and radio buttons ☒ or ☐. Each value is put where
the widget stands, so the layout reads it with its label (kimdocs.readers.layout): into the
table cell it sits in, after the text to its left on its line ("Kommune: Stadt Koblenz"),
before the text to its right for a box ("☒ Mit der Maßnahme wurde noch nicht begonnen"), or as
a line of its own "Feldname: Wert". A flattened form is ordinary text and needs none of this.

Stamp and free-text annotations ("Eingegangen 19.12.2026", "Eingang: …") become
`Document.stamps` with their date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kimdocs.readers.document import FormField, Stamp
from kimdocs.readers.layout import Line

TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐
_RADIO, _PUSH = 1 << 15, 1 << 16
_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")
_MONTHS = ("jan", "feb", "m", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez")
_NAMED = re.compile(r"\b(\d{1,2})\.\s?(jan|feb|mär|märz|maerz|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez)"
                    r"[a-zä]*\.?\s?(\d{4})\b", re.IGNORECASE)
_RECEIPT = re.compile(r"eingegangen|eingang", re.IGNORECASE)


@dataclass
class Widget:
    page: int  # 0-based page index
    rect: tuple[float, float, float, float]  # user space, as stored
    kind: str  # text | checkbox | radio | choice
    value: str  # text, or ☒/☐ for boxes
    name: str
    tooltip: str
    export: str = ""  # a box's on-state name ("Ja"), a radio button's option


def _text(obj) -> str:
    if obj is None:
        return ""
    obj = obj.get_object()
    if isinstance(obj, list):
        return ", ".join(_text(v) for v in obj)
    text = str(obj)
    return text[1:] if text.startswith("/") else text


def _inherited(field, key):
    seen = 0
    while field is not None and seen < 32:
        if key in field:
            return field[key]
        parent = field.get("/Parent")
        field = parent.get_object() if parent is not None else None
        seen += 1
    return None


def _full_name(field) -> str:
    parts, seen = [], 0
    while field is not None and seen < 32:
        if "/T" in field:
            parts.append(_text(field["/T"]))
        parent = field.get("/Parent")
        field = parent.get_object() if parent is not None else None
        seen += 1
    return ".".join(reversed(parts))


def _on_state(widget) -> str:
    ap = widget.get("/AP")
    normal = ap.get_object().get("/N") if ap is not None else None
    normal = normal.get_object() if normal is not None else None
    if normal is not None and hasattr(normal, "keys"):
        for key in normal.keys():
            if key != "/Off":
                return key[1:]
    return "Yes"


def read_widgets(path) -> list[Widget]:
    """The form fields of a PDF, one entry per widget; [] without a form or on any error in
    the form (the page text is still read)."""
    from pypdf import PdfReader  # 0.7 s to import: only for a PDF with form fields

    try:
        reader = PdfReader(str(path))
        root = reader.trailer["/Root"].get_object()
        if root is None or "/AcroForm" not in root:
            return []
        out = []
        for index, page in enumerate(reader.pages):
            for ref in page.get("/Annots") or []:
                widget = ref.get_object()
                if widget.get("/Subtype") != "/Widget":
                    continue
                found = _widget(widget, index)
                if found is not None:
                    out.append(found)
        return out
    except Exception:  # a broken form must not cost the document: its text is read anyway
        return []


def _widget(widget, index: int) -> Widget | None:
    kind_name = _inherited(widget, "/FT")
    flags = int(_inherited(widget, "/Ff") or 0)
    x0, y0, x1, y1 = (float(v) for v in widget.get("/Rect", [0, 0, 0, 0])[:4])
    rect = (x0, y0, x1, y1)
    name = _full_name(widget)
    tooltip = _text(_inherited(widget, "/TU"))
    value = _inherited(widget, "/V")
    if kind_name == "/Tx":
        return Widget(index, rect, "text", _text(value).strip(), name, tooltip)
    if kind_name == "/Ch":
        return Widget(index, rect, "choice", _text(value).strip(), name, tooltip)
    if kind_name == "/Btn" and not flags & _PUSH:
        on = _on_state(widget)
        state = widget.get("/AS")
        chosen = _text(value) if value is not None else (_text(state) if state else "Off")
        ticked = chosen not in ("", "Off") and (chosen == on or not flags & _RADIO)
        kind = "radio" if flags & _RADIO else "checkbox"
        return Widget(index, rect, kind, TICKED if ticked else UNTICKED, name, tooltip, on)
    return None


def place(widgets: list[Widget], frame, lines: list[Line], found: list, cells: list,
          page_no: int) -> list[FormField]:
    """Put the values of one page's widgets into its lines and ruled tables (in place);
    `cells[i]` maps (row, column) -> box of table i. The FormFields, labelled."""
    fields = []
    for w in widgets:
        box = frame.seen_box(*w.rect)
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        label = w.tooltip
        value = w.value
        placed = False
        for (_bbox, rows), cellmap in zip(found, cells):
            hit = next(((r, c) for (r, c), b in cellmap.items()
                        if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
            if hit is None:
                continue
            r, c = hit
            existing = rows[r][c]
            if w.kind in ("checkbox", "radio"):
                rows[r][c] = f"{value} {existing}".strip()
            else:
                rows[r][c] = f"{existing} {value}".strip()
            label = label or (rows[r][0] if c else existing) or w.name
            placed = True
            break
        if not placed:
            beside = _into_line(w, box, lines)
            if beside is None:  # nothing on its line: a line "Feldname: Wert" of its own
                name = w.tooltip or w.name
                text = f"{name}: {value}" if w.kind in ("text", "choice") else f"{value} {name}"
                new = _line(text, page_no, box)
                at = next((i for i, ln in enumerate(lines) if ln.top > new.top), len(lines))
                lines.insert(at, new)
            label = label or beside or w.name
        fields.append(FormField(label or w.name, value, w.kind, "acroform", page_no, w.name,
                                w.export))
    return fields


def _line(text: str, page_no: int, box) -> Line:
    size = max(min(box[3] - box[1], 14.0), 8.0)
    base = box[3] - size * 0.25
    return Line(text, page_no, box[0], box[2], box[1], box[3], base, base, size, False)


def _into_line(w: Widget, box, lines: list[Line]) -> str | None:
    """Join a widget's value to the line it stands on; the line's text left of it (its label),
    or None when no line shares its height."""
    mid = (box[1] + box[3]) / 2
    same = [ln for ln in lines if ln.top - 2 <= mid <= ln.bottom + 2]
    if not same:
        return None
    if w.kind in ("checkbox", "radio"):
        right = [ln for ln in same if ln.x1 > box[2] - 2]
        if not right:
            return None
        ln = min(right, key=lambda ln: max(ln.x0 - box[2], 0))
        if ln.x0 >= box[2] - 2:
            ln.text, ln.x0 = f"{w.value} {ln.text}", box[0]
        else:  # boxes inside the line ("ja ☐ nein ☐"): before the word right of the box
            words = ln.text.split(" ")
            step = (ln.x1 - ln.x0) / max(len(ln.text), 1)
            pos, at = ln.x0, len(words)
            for i, word in enumerate(words):
                if pos >= box[2] - step:
                    at = i
                    break
                pos += (len(word) + 1) * step
            ln.text = " ".join([*words[:at], w.value, *words[at:]])
        ln.cells = None
        return ln.text.replace(w.value, "").strip()
    left = [ln for ln in same if ln.x1 <= box[0] + 2]
    if not left:
        return None
    ln = max(left, key=lambda ln: ln.x1)
    label = ln.text.rstrip(" :")
    ln.text = f"{label}: {w.value}" if w.value else f"{label}:"
    ln.x1, ln.cells = max(ln.x1, box[2]), None
    return label


def stamp_of(text: str, page_no: int | None, box, source: str) -> Stamp | None:
    """A receipt stamp's date from its text ("Eingegangen 19.12.2026", "Eingang: 3.1.27")."""
    if not _RECEIPT.search(text):
        return None
    m = _DATE.search(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif named := _NAMED.search(text):  # a rubber stamp: "19. DEZ. 2026"
        word = named.group(2).lower()
        month = 3 if word.startswith(("mä", "ma", "mr")) and word != "mai" else \
            _MONTHS.index(word[:3]) + 1
        day, year = int(named.group(1)), int(named.group(3))
    else:
        return None
    if year < 100:
        year += 2000
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return Stamp(when, " ".join(text.split()), source, page_no, box)


_TOP = 0.3  # a receipt stamp stands in the top third of page 1


def text_stamps(document) -> list[Stamp]:
    """Receipt stamps in the text near the top of page 1 ("Eingegangen am 19.12.2026"), as a
    scan or a printed-and-stamped PDF shows them. Without page boxes (DOCX, ODT): the first
    blocks."""
    out = []
    for n, block in enumerate(document.blocks[:40]):
        loc = block.location
        if loc.page not in (1, None) or (loc.page is None and n >= 8):
            continue
        if loc.bbox is not None and loc.bbox[1] > 842 * _TOP:
            continue
        for line in block.text.split("\n"):
            found = stamp_of(line, 1 if loc.page else None, loc.bbox, "text")
            if found is not None:
                out.append(found)
    return out
