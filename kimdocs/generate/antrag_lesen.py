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

from kimdocs.formatting import parse_number, read_date
from kimdocs.readers.document import Document, Heading, Table

BULLETS = re.compile(r"\s*[\uf0b7•▪●◦‣∙·]\s*|\n\s*[-–]\s+")
TICKED, UNTICKED = "☒☑✓✔xX", "☐□"
MONEY = re.compile(r"(-?[\d.]+,\d\d)\s*(EUR|€)")
ZUSAETZE = {"in vertretung": "In Vertretung", "i. v.": "In Vertretung", "iv": "In Vertretung",
            "im auftrag": "Im Auftrag", "i. a.": "Im Auftrag", "ia": "Im Auftrag"}
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
        """The cells of a part's rows in the tables of positions (those with a column
        'Entgeltgruppe': the positions, the calculation of their costs): by the person's
        name, a vacant part by its position. None when no table names the part once."""
        out: dict[str, Wert] = {}
        for table in self.doc.tables():
            # a header cell may be broken inside a word ("Entgeltgrupp e"): compared unspaced
            head = [_norm(c).replace(" ", "") for c in table.rows[0]] if table.rows else []
            if not any("entgeltgruppe" in c for c in head):
                continue
            rows = table.rows[1:]
            if person is not None:
                mine = [r for r in rows if r and _norm(r[0]) == _norm(person)]
            else:
                mine = [rows[index]] if index < len(rows) and "unbesetzt" in \
                    _norm(rows[index][0]) else []
            if len(mine) == 1:
                out = {**self._cells(head, mine[0], table.location.page), **out}
        return out or None

    @staticmethod
    def _cells(head: list[str], row: list[str], page: int | None) -> dict[str, Wert]:
        out: dict[str, Wert] = {}
        for title, cell in zip(head, row, strict=False):
            cell = cell.strip()
            if not cell:
                continue
            quote = f"{row[0]}: {cell}"
            money = MONEY.fullmatch(cell)
            if "entgeltgruppe" in title:
                out["entgeltgruppe"] = Wert(cell, page, quote)
            elif "jahresentgelt" in title and money:
                out["entgelt_jahr"] = Wert(str(parse_number(money[1])), page,
                                           f"{row[0]}, Jahresentgelt: {cell}")
            elif "arbeitgeberanteil" in title and money:
                out["arbeitgeberanteile_jahr"] = Wert(str(parse_number(money[1])), page,
                                                      f"{row[0]}, Arbeitgeberanteile: {cell}")
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
        """Under the signature line the printed name and the line under it (the function);
        above it a Zeichnungszusatz ("In Vertretung") where there is one."""
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
                before = " ".join(blocks[k - 1].text.split()) if k else ""
                if _norm(before) in ZUSAETZE:
                    out["zusatz"] = Wert(ZUSAETZE[_norm(before)], blocks[k - 1].location.page,
                                         before)
                return out
        return {}

    def early_start(self) -> tuple[Wert, Wert | None] | None:
        """The application for consent to an early start: from when, and why."""
        for block in self.doc.blocks:
            if isinstance(block, Table):
                continue
            text = " ".join(block.text.split())
            m = re.search(r"vorzeitigen Maßnahmebeginn[^.]*?\bab (?:dem )?(\d\d\.\d\d\.\d{4})",
                          text)
            day = read_date(m[1]) if m else None
            if day is not None:
                why = re.search(r"Begründung:\s*(.+)$", text)
                page = block.location.page
                return (Wert(day.isoformat(), page, text),
                        Wert(why[1].strip(), page, text) if why else None)
        return None
