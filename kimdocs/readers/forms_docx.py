"""Word forms: content controls (w:sdt) and legacy form fields, as the DOCX reader meets them.

- A content control still showing its placeholder (w:showingPlcHdr, or the standard prompt
  text "Klicken oder tippen Sie hier, um Text einzugeben.") is EMPTY: the prompt is not the
  author's text.
- A check box content control (w14:checkbox) reads as ☒ or ☐ from its w14:checked state,
  whatever glyph its font shows.
- Legacy form fields: a FORMCHECKBOX has no text of its own; it reads as ☒ or ☐ from
  w:checked (or, unset, w:default). A FORMTEXT's result is ordinary text between the field's
  separate and end marks; Word's empty default (five en spaces) is empty.
- Text, date and drop-down controls read as the text they show.

Each control is recorded as a FormField with its label: the control's title (w:alias) or tag,
the legacy field's name, or else the text before it in its paragraph (a table cell's row
label is filled in by the reader).
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn

from kimdocs.readers.document import FormField

TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_CHECKBOX = f"{{{W14}}}checkbox"
_CHECKED = f"{{{W14}}}checked"
_VAL14 = f"{{{W14}}}val"
EMPTY_FORMTEXT = "\u2002" * 5  # what Word shows in an empty legacy text field
# Word's standard prompts (German and English), in case w:showingPlcHdr was lost.
PROMPTS = re.compile(
    r"^\s*(?:klicken oder tippen sie hier, um text einzugeben|klicken oder tippen sie, um ein "
    r"datum einzugeben|wählen sie ein element aus|klicken sie hier, um text einzugeben|"
    r"click or tap here to enter text|click or tap to enter a date|choose an item|"
    r"click here to enter text)\.?\s*$",
    re.IGNORECASE,
)


def _on(el) -> bool:
    return el is not None and el.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


def _label(pr, before: str) -> str:
    for tag in ("w:alias", "w:tag"):
        el = pr.find(qn(tag)) if pr is not None else None
        if el is not None and el.get(qn("w:val")):
            return el.get(qn("w:val"))
    return before.strip().rstrip(":").strip()[-80:]


def content_control(sdt, before: str, text_of) -> tuple[str | None, FormField | None]:
    """(text to read instead of the control's content, or None to read the content as it
    is; its FormField). `text_of(el)` is the reader's text of an element."""
    pr = sdt.find(qn("w:sdtPr"))
    content = sdt.find(qn("w:sdtContent"))
    if pr is None:
        return None, None
    label = _label(pr, before)
    box = pr.find(_CHECKBOX)
    if box is not None:
        checked = box.find(_CHECKED)
        ticked = checked is not None and checked.get(_VAL14, "0") in ("1", "true")
        glyph = TICKED if ticked else UNTICKED
        return glyph, FormField(label, glyph, "checkbox", "sdt")
    kind = ("date" if pr.find(qn("w:date")) is not None
            else "choice" if pr.find(qn("w:dropDownList")) is not None
            or pr.find(qn("w:comboBox")) is not None else "text")
    shown = text_of(content) if content is not None else ""
    if pr.find(qn("w:showingPlcHdr")) is not None or PROMPTS.match(shown):
        return "", FormField(label, "", kind, "sdt")
    return None, FormField(label, " ".join(shown.split()), kind, "sdt")


def legacy_field(fld_char, before: str) -> tuple[str | None, FormField | None]:
    """A w:fldChar begin of a legacy form field: (☒/☐ for a check box, else None; the
    FormField of a check box; a FORMTEXT's value is recorded by `legacy_text`)."""
    data = fld_char.find(qn("w:ffData"))
    if data is None:
        return None, None
    name_el = data.find(qn("w:name"))
    label = (name_el.get(qn("w:val")) if name_el is not None else "") or before.strip()[-80:]
    box = data.find(qn("w:checkBox"))
    if box is None:
        return None, None
    state = box.find(qn("w:checked"))
    if state is None:
        state = box.find(qn("w:default"))
    glyph = TICKED if state is not None and _on(state) else UNTICKED
    return glyph, FormField(label.rstrip(":").strip(), glyph, "checkbox", "formfield")
