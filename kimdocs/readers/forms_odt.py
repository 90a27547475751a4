"""LibreOffice (ODF) form controls, as the ODT reader meets them.

The controls live in office:forms (form:text, form:checkbox, form:radio, form:listbox,
form:combobox, form:date …); the text holds only an anchor, draw:control, where the control
stands. The reader puts the control's value at its anchor: a text field's form:current-value
(else form:value), a check box or radio button as ☒/☐ from form:current-state /
form:current-selected (else the default form:state / form:selected) followed by its own
label (form:label), a list's selected option. Its label for the FormField: form:label, else
the text before the anchor in its paragraph (a table cell's row label is filled in by the
reader), else the control's name.
"""

from __future__ import annotations

import re

from kimdocs.readers.document import FormField

TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐
FORM = "urn:oasis:names:tc:opendocument:xmlns:form:1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_KINDS = {"text": "text", "textarea": "text", "formatted-text": "text", "number": "text",
          "date": "date", "time": "text", "combobox": "choice", "listbox": "choice",
          "checkbox": "checkbox", "radio": "radio"}
_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")


def _f(name: str) -> str:
    return f"{{{FORM}}}{name}"


def _date(value: str) -> str:
    m = _ISO.match(value.strip())
    return f"{m.group(3)}.{m.group(2)}.{m.group(1)}" if m else value


def controls(root) -> dict[str, tuple[str, str, str, str]]:
    """control id -> (kind, value as read, own label, name) for every control."""
    out: dict[str, tuple[str, str, str, str]] = {}
    if root is None:
        return out
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{FORM}}}"):
            continue
        local = el.tag.split("}", 1)[1]
        kind = _KINDS.get(local)
        ident = el.get(_f("id")) or el.get(XML_ID)
        if kind is None or not ident:
            continue
        label = el.get(_f("label")) or ""
        if kind == "checkbox":
            state = el.get(_f("current-state")) or el.get(_f("state")) or "unchecked"
            value = TICKED if state == "checked" else UNTICKED
        elif kind == "radio":
            chosen = el.get(_f("current-selected")) or el.get(_f("selected")) or "false"
            value = TICKED if chosen == "true" else UNTICKED
        elif local == "listbox":
            picked = [o for o in el.iter(_f("option"))
                      if (o.get(_f("current-selected")) or o.get(_f("selected"))) == "true"]
            value = ", ".join(o.get(_f("label")) or o.get(_f("value")) or "" for o in picked)
        else:
            value = el.get(_f("current-value")) or el.get(_f("value")) or ""
            if kind == "date":
                value = _date(value)
        out[ident] = (kind, value.strip(), label, el.get(_f("name")) or "")
    return out


def at_anchor(found: tuple[str, str, str, str], before: str) -> tuple[str, FormField]:
    """The text to read at a control's anchor, and its FormField (label empty when neither
    the control nor its paragraph gives one: the reader takes the row's label or the name)."""
    kind, value, own, name = found
    beside = before.strip().rstrip(":").strip()[-80:]
    if kind in ("checkbox", "radio"):
        text = f"{value} {own}" if own else value
        label = own or beside
    else:
        text, label = value, beside or own
    return text, FormField(label, value, kind, "odf-control", name=name)
