"""A staff form with one block of rows per person ("Person 1 | Anja Weber (Integrationsmanagerin)",
"Stellenumfang | 19,5 Std.", "Besetzung | 01.01.2026 – 31.12.2026", "Person 2 | …"): each person
with the share and the dates of the rows under their name (blind12). A form with one person is
left to the staff table's reading ("Stellenumfang | 0,5 VZÄ")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from kimdocs.facts.staff_notation import bare_hours, labelled_hours, named_shares
from kimdocs.facts.staff_unread import FIELD_NUMBER
from kimdocs.readers.document import Figure, Table

_PERSON_LABEL = re.compile(r"^\s*(?:person|stelleninhaber\w*|integrationsmanager\w*|"
                           r"mitarbeiter\w*|beschäftigte\w*)\s*\d*\s*:?\s*$", re.IGNORECASE)
_SHARE_LABEL = re.compile(r"stellenumfang|umfang|stellenanteil|wochenstunden|arbeitszeit|vzä",
                          re.IGNORECASE)
_DATES_LABEL = re.compile(r"besetzung|zeitraum|beschäftigt|beginn|laufzeit|\bab\b|\bvon\b",
                          re.IGNORECASE)


@dataclass
class FormPerson:
    who: str
    row: int | None = None  # the row of the share
    text: str = ""
    vzae: Decimal | None = None
    hours: Decimal | None = None
    dates: list = field(default_factory=list)


def form_persons(table: Table, cells: dict) -> list[FormPerson] | None:
    """The persons of a form of two columns with at least two person blocks; else None."""
    rows = table.rows
    if not rows or any(len(row) != 2 for row in rows):
        return None
    starts = [r for r, row in enumerate(rows) if _PERSON_LABEL.match(row[0])]
    if len(starts) < 2:
        return None
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(rows)
        person = FormPerson(rows[start][1].split("(")[0].strip() or rows[start][0].strip())
        for r in range(start + 1, end):
            label, value = rows[r]
            figures: list[Figure] = cells.get((r, 1), [])
            if _SHARE_LABEL.search(label) and person.row is None:
                person.row, person.text = r, f"{label.strip()}: {value.strip()}"
                _share(person, value, figures)
            elif _DATES_LABEL.search(label) and not person.dates:
                person.dates = [g.value for g in figures if g.kind == "datum"]
        out.append(person)
    return out


def _share(person: FormPerson, value: str, figures: list[Figure]) -> None:
    for g in figures:
        if g.kind == "vzae" and 0 < g.value <= 2:
            person.vzae = g.value
            return
        if g.kind == "stunden":
            person.hours = g.value
            return
        if g.kind == "prozent" and 0 < g.value <= 100:
            person.vzae = (g.value / 100).normalize()
            return
    for _, _, hours in bare_hours(value, []) + labelled_hours(value, []):
        person.hours = hours
        return
    for _, _, share in named_shares(value, []):
        person.vzae = share
        return


def label_form(table: Table, cells: dict, staff_label: re.Pattern) -> bool:
    """A form of labels and values ("3.2 Stellenumfang insgesamt | 1,0 VZÄ", "3.3 Bemerkungen |
    —"; "Stellenanteil 1 | Carina Jung, 75 v. H., 2026-02-01 – offen"): two columns whose
    first row is a field too, not a header – its labels are numbered, or it states a share
    (blind19, blind20). Each row's label heads its value."""
    rows = table.rows
    if not rows or any(len(row) != 2 for row in rows):
        return False
    numbered = sum(bool(FIELD_NUMBER.match(row[0])) for row in rows)
    first = any(g.kind in ("vzae", "stunden", "prozent") for g in cells.get((0, 1), []))
    return (first and bool(staff_label.search(rows[0][0]))) or (
        len(rows) >= 2 and 2 * numbered >= len(rows))


def label_headers(row: list[str], staff_label: re.Pattern, tasks: re.Pattern):
    """A label form's row: its headers and its share columns (the value under a staff label)."""
    share = bool(staff_label.search(row[0])) and not tasks.search(row[0])
    return ["", row[0]], [1] if share else []
