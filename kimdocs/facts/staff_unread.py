"""A staff table's row whose share cell says something not read ("Teilzeit (nach Absprache)"):
the total and every cap from it are then unknown, not smaller (never a guessed Fehler). A form's
numbered label ("3.3 Bemerkungen | —") tries to say no share: its digits are the field's number
(blind19)."""

from __future__ import annotations

import re

from kimdocs.facts.staff_notation import PERSON
from kimdocs.facts.text import PROSE_CELL

# a staff table's share cell that tries to say a share ("Teilzeit (24 Std.)", "3/4", "60 %")
_SHARE_ATTEMPT = re.compile(r"\d|teilzeit|vollzeit|halbtags|stelle|std|stunden|\bvz", re.I)
# a cell beside a person that tries to say a share (not a telephone number)
_SHARE_ATTEMPT_STRICT = re.compile(r"\d.*(?:%|v\.\s?H\.|\bstd|stunden|\bvz|stelle|anteil)|"
                                   r"teilzeit|vollzeit|halbtags|viertel", re.IGNORECASE)
# a form field's number before its label: "3.3 Bemerkungen", "3.2.1 Beginn", "4) Anlagen"
FIELD_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])\s+(?=[^\W\d])")
_DIGIT = re.compile(r"\d")


def unread_share(row: list[str], cols: list[int], share_cols: list[int], vacant,
                 staff_header, tasks: bool) -> tuple[str, str] | None:
    """(who, the cell) of a row that tries to say a share in `cols` but none was read."""
    written = [row[c].strip() for c in cols if c < len(row)
               and not PERSON.search(row[c]) and len(row[c]) <= PROSE_CELL
               and (_SHARE_ATTEMPT if c in share_cols else _SHARE_ATTEMPT_STRICT
                    ).search(FIELD_NUMBER.sub("", row[c]))]
    named = next((c.strip() for c in row if c.strip() and not _DIGIT.search(c)
                  and not staff_header.search(c)), "")
    who = next((c.strip() for c in row if c.strip() and PERSON.search(c)), "")
    if written and (who or vacant.search(" ".join(row)) or (
            share_cols and named and not tasks)):
        return who or named or "unbesetzte Stelle", written[0]
    return None
