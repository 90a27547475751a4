"""The labelled values of an Antrag form that the checker's facts do not hold (the contact
person, the Entgeltgruppe of each part, the tasks, the declarations, the signer): read from
the neutral Document by their labels and the section they stand in, for the Bescheid that
starts from the Antrag (kimdocs.generate.aus_antrag).

Only what is written next to its label is taken; a label that carries two different values in
its section gives nothing (the caller marks the value as not read), never the first of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kimdocs.readers.document import Document, Heading, Table

BULLETS = re.compile(r"\s*[\uf0b7•▪●◦‣∙·]\s*|\n\s*[-–]\s+")
TICKED, UNTICKED = "☒☑✓✔xX", "☐□"
PAGE_LINE = re.compile(r"^Seite \d+ von \d+$")
SIGN_LINE = re.compile(r"^_{5,}$")

# declarations: field -> words of its line (the first that fits, in this order)
DECLARATIONS = [
    ("keine_doppelfoerderung", re.compile(r"Doppelförderung|weitere[n]? öffentliche", re.I)),
    ("kein_vorzeitiger_beginn", re.compile(r"nicht begonnen|vorzeitig", re.I)),
    ("richtigkeit", re.compile(r"vollständig und richtig|richtig und vollständig", re.I)),
    ("eigenmittel_gesichert", re.compile(r"Eigenmittel.*gesichert|Gesamtfinanzierung.*"
                                         r"gesichert", re.I)),
]


@dataclass(frozen=True)
class Wert:
    """A value as written, with its page and the words around it."""

    text: str
    seite: int | None
    zitat: str


def _norm(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split()).casefold()


class Formular:
    """The Document's labelled values by section (the heading they stand under)."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.section: list[str] = []
        current = ""
        for block in document.blocks:
            if isinstance(block, Heading) and block.level >= 1:
                current = block.text
            self.section.append(current)
        self.pairs: list[tuple[str, str, Wert]] = []  # (section, label, value)
        for i, block in enumerate(document.blocks):
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [c.strip() for c in row]
                    if len(cells) >= 2 and cells[0] and any(cells[1:]):
                        value = " ".join(c for c in cells[1:] if c)
                        self.pairs.append((self.section[i], cells[0], Wert(
                            value, block.location.page, f"{cells[0]}: {value}")))
            elif not isinstance(block, Heading) and ":" in block.text[:40]:
                label, _, value = block.text.partition(":")
                if value.strip() and "\n" not in label:
                    self.pairs.append((self.section[i], label.strip(), Wert(
                        value.strip(), block.location.page, block.text.strip())))

    def value(self, section: str | None, *labels: str) -> Wert | None:
        """The value written beside one of `labels` in the section whose heading contains
        `section` (anywhere when None); None when there is none or two different ones."""
        wanted = [re.compile(rf"{re.escape(_norm(label))}\b") for label in labels]
        found = [w for sec, label, w in self.pairs
                 if (section is None or _norm(section) in _norm(sec))
                 and any(p.match(_norm(label)) for p in wanted)]
        return found[0] if len({_norm(w.text) for w in found}) == 1 else None

    def under(self, section: str) -> list:
        """The blocks under the first heading that contains `section`."""
        heading = self.doc.find_heading(section)
        return self.doc.blocks_under(heading) if heading else []

    def staff_row(self, person: str | None, index: int) -> dict[str, Wert] | None:
        """The cells of a part's row in the table of positions (the one with a column
        'Entgeltgruppe'): by the person's name, a vacant part by its position."""
        for table in self.doc.tables():
            if not table.rows or not any("entgeltgruppe" in _norm(c) for c in table.rows[0]):
                continue
            head = [_norm(c) for c in table.rows[0]]
            rows = table.rows[1:]
            if person is not None:
                mine = [r for r in rows if r and _norm(r[0]) == _norm(person)]
            else:
                mine = [rows[index]] if index < len(rows) and "unbesetzt" in \
                    _norm(rows[index][0]) else []
            if len(mine) != 1:
                return None
            return self._cells(head, mine[0], table.location.page)
        return None

    @staticmethod
    def _cells(head: list[str], row: list[str], page: int | None) -> dict[str, Wert]:
        out: dict[str, Wert] = {}
        for title, cell in zip(head, row, strict=False):
            cell = cell.strip()
            if not cell:
                continue
            quote = f"{row[0]}: {cell}"
            if "entgeltgruppe" in title:
                out["entgeltgruppe"] = Wert(cell, page, quote)
            elif "funktion" in title and "schwerpunkt" in title:
                if cell.count(" / ") == 1:  # "Funktion / Schwerpunkt": two values
                    funktion, schwerpunkt = (p.strip() for p in cell.split(" / "))
                    out["funktion"] = Wert(funktion, page, quote)
                    out["schwerpunkt"] = Wert(schwerpunkt, page, quote)
            elif "funktion" in title:
                out["funktion"] = Wert(cell, page, quote)
            elif "schwerpunkt" in title:
                out["schwerpunkt"] = Wert(cell, page, quote)
        return out

    def items(self, section: str) -> list[Wert]:
        """The items of a list under a heading (bullets split apart), else its paragraphs."""
        out = []
        for block in self.under(section):
            if isinstance(block, Table | Heading) or PAGE_LINE.match(block.text.strip()):
                continue
            for part in BULLETS.split(block.text):
                text = " ".join(part.split())
                if text:
                    out.append(Wert(text, block.location.page, text))
        return out

    def concept(self) -> tuple[bool, Wert, Wert | None] | None:
        """Whether an Integrationskonzept exists (its sentence), and the words after it."""
        blocks = [b for b in self.under("Integrationskonzept") if not isinstance(b, Table)
                  and not PAGE_LINE.match(b.text.strip())]
        for k, block in enumerate(blocks):
            text = " ".join(block.text.split())
            if re.search(r"Integrationskonzept\b.*\b(liegt|ist)\b.*\bvor(handen)?\b", text,
                         re.I) or re.search(r"\bkein (örtliches )?Integrationskonzept", text,
                                            re.I):
                negative = bool(re.search(r"\bnicht\b|\bkein\b", text, re.I))
                rest = " ".join(" ".join(b.text.split()) for b in blocks[k + 1:]).strip()
                said = Wert(text, block.location.page, text)
                return (not negative, said,
                        Wert(rest, blocks[k + 1].location.page, rest) if rest else None)
        return None

    def declarations(self) -> dict[str, tuple[bool, Wert] | None]:
        """Each declaration ticked (True), not ticked (False) or not found (None)."""
        out: dict[str, tuple[bool, Wert] | None] = {key: None for key, _ in DECLARATIONS}
        for block in self.under("Erklärung"):
            if isinstance(block, Table | Heading):
                continue
            text = " ".join(block.text.split())
            if not text or text[0] not in TICKED + UNTICKED:
                continue
            for key, words in DECLARATIONS:
                if words.search(text):
                    if out[key] is None:
                        out[key] = (text[0] in TICKED, Wert(text[0], block.location.page, text))
                    break
        return out

    def vorsteuer(self) -> tuple[bool, Wert] | None:
        for block in self.doc.blocks:
            if isinstance(block, Table):
                continue
            text = " ".join(block.text.split())
            m = re.search(r"\b(nicht )?zum Vorsteuerabzug berechtigt", text)
            if m:
                return m.group(1) is None, Wert(text, block.location.page, text)
        return None

    def signer(self) -> dict[str, Wert]:
        """The printed name under the signature line, and the line under it (the function)."""
        blocks = [b for b in self.under("Unterschrift") if not isinstance(b, Table)
                  and not PAGE_LINE.match(b.text.strip())]
        for k, block in enumerate(blocks):
            if SIGN_LINE.match(block.text.strip()):
                after = [" ".join(b.text.split()) for b in blocks[k + 1:k + 3]]
                pages = [b.location.page for b in blocks[k + 1:k + 3]]
                out = {}
                for key, text, page in zip(("name", "funktion"), after, pages, strict=False):
                    if text and not SIGN_LINE.match(text):
                        out[key] = Wert(text, page, text)
                return out
        return {}
