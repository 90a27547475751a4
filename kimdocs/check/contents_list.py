"""A table of contents (issue 19, probe round 4): the lines under "Inhalt" /
"Inhaltsverzeichnis" name the parts of a report, they are none of them. A slide deck's
"Inhalt" slide or a report's list "6 Öffentlichkeitsarbeit ........ 8" may name a chapter the
report has left out; the part is present only where its own heading stands.

The entries run from the line after the title to the first heading, the first line of prose,
or the first line that repeats the first entry (the first chapter's own heading); a table
right under the title is the list set with tab stops when its cells end in page numbers."""

from __future__ import annotations

import re
import unicodedata

from kimdocs.readers.document import Block, Heading, Table

_TITLE = re.compile(r"\s*(?:inhalt|inhaltsverzeichnis|inhaltsübersicht|gliederung)\s*:?\s*",
                    re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•\-–·▪◦]\s*")
_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-H]\))\s+")
_LEADER_PAGE = re.compile(r"\s*(?:[.…·_]{3,}\s*)?\d{0,3}\s*$")
_PAGE = re.compile(r"\s*(?:S\.\s*)?\d{1,3}\s*")
_LEADERS = re.compile(r"[.…·_]{3,}")
_ENTRY_MAX = 100  # an entry is a short line; prose ends the list
_ENTRIES_MAX = 60


def _entry(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _NUMBER.sub("", _BULLET.sub("", text).strip())  # the number as Word's numbering
    return " ".join(_LEADER_PAGE.sub("", text).split()).casefold()


def _page_table(table: Table) -> bool:
    """A list set with tab stops: most rows end in a page number or hold leaders."""
    rows = [r for r in table.rows if any(c.strip() for c in r)]
    paged = sum(1 for r in rows if _PAGE.fullmatch(r[-1]) or _LEADERS.search(" ".join(r)))
    return bool(rows) and paged * 2 > len(rows)


def contents_entries(blocks: list[Block]) -> set[int]:
    """The indexes of the blocks that are entries of a table of contents."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if isinstance(block, Table) or not _TITLE.fullmatch(block.text):
            continue
        first = None
        for k in range(i + 1, min(len(blocks), i + 1 + _ENTRIES_MAX)):
            b = blocks[k]
            if isinstance(b, Table):
                if first is None and _page_table(b):
                    out.add(k)
                break
            text = _entry(b.text)
            if isinstance(b, Heading) or len(b.text) > _ENTRY_MAX or not text \
                    or text == first:
                break
            first = first or text
            out.add(k)
    return out
