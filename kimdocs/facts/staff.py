"""The staff shares (Stellenanteile): who holds how much of a post (VZÄ, weekly hours, percent,
"halbe Stelle", "Vollzeit") from when to when, a stated total, and successive holders of one
post. Read from staff tables and from sentences; a part named in both is one part."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Fakten, Stellenanteil
from kimdocs.facts.text import PROSE_CELL, TOTAL, sentence_at
from kimdocs.readers.document import Figure, Table

MELDUNG_UNLESBAR = ("Der Stellenumfang ist nicht lesbar angegeben: {teile}. Ohne ihn sind "
                    "Gesamtumfang und Höchstbetrag nicht bestimmbar.")
_VACANT = re.compile(r"\b(n\.\s?n\.|unbesetzt|vakant|nicht besetzt|offen|noch zu besetzen|"
                     r"ausgeschrieben|vakanz)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:Frau|Herr|Hr\.|Fr\.)\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w\-]+")
_STAFF_HEADER = re.compile(r"vzä|vzae|stellenanteil|stellenumfang|umfang|wochenstunden|"
                           r"arbeitszeit|stunden|anteil", re.IGNORECASE)
# a staff table's share cell that tries to say a share ("Teilzeit (24 Std.)", "3/4", "60 %")
_SHARE_ATTEMPT = re.compile(r"\d|teilzeit|vollzeit|halbtags|stelle|std|stunden|\bvz",
                            re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# a date cell: "bis 30.06.2026" ends a part, "ab 01.02.2026" begins one
_ENDS_BEFORE = re.compile(r"\b(ende|bis|befristet|austritt)\W*$")
_RANGE_BEFORE = re.compile(r"\d\s*[–—-]\s*$")
_BEGINS_BEFORE = re.compile(r"\b(ab|seit|beginn)\W*$")
_END_LABEL = re.compile(r"\b(ende|bis|befristet|austritt)")
# a percent is a share only in a sentence about the post
_SHARE_WORDS = re.compile(r"stelle|vzä|teilzeit|beschäftigungsumfang|stellenanteil|"
                          r"integrationsmanager|umfang", re.IGNORECASE)
_FULL_TIME = re.compile(r"\bin Vollzeit\b|\bVollzeit\b(?!äquivalent|stelle)")
_POST_WORDS = re.compile(r"stelle|integrationsmanager|beschäftigt|eingestellt", re.IGNORECASE)
# between two mentions of one share: "0,5 VZÄ (19,5 Std.)", "50 %, d. h. 0,5 VZÄ"
_RESTATED = re.compile(r"[\s(,;=/:]*(?:bzw\.|d\.\s?h\.|entspricht|entsprechend|also|das sind|"
                       r"in Vollzeit|Vollzeit|Teilzeit|mit|[\s(,;=/:])*")
_TWICE = re.compile(r"\b(zweimal|zwei|2\s?x|2\s?×)\s*(?:je\s*)?$", re.IGNORECASE)
_EACH = re.compile(r"\bje\b|\bjeweils\b|zu je")
_TWO = re.compile(r"\b(beide|zwei|2)\b", re.IGNORECASE)


class Staff(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.table_parts: list[Stellenanteil] = []
        # shares named in a sentence: (location, text, [(position, VZÄ, figure or None)])
        self.mentions: list[tuple[object, str, list[tuple[int, Decimal, Figure | None]]]] = []
        # staff rows whose share is written in a way not read: (who, cell text)
        self.unreadable: list[tuple[str, str]] = []

    def share(self, g: Figure) -> Decimal | None:
        if g.kind in ("vzae", "stunden"):
            return g.vzae(self.ctx.fulltime)
        if g.kind == "prozent" and 0 < g.value <= 100:
            return (g.value / 100).normalize()
        return None

    def table(self, f: Fakten, i: int, table: Table, cells) -> None:
        rows = table.rows
        share_cols = [c for c in range(len(rows[0])) if _STAFF_HEADER.search(
            self.ctx.column_header(i, table, c))]
        has_share = any(g.kind in ("vzae", "stunden") for gs in cells.values() for g in gs)
        if not share_cols and not has_share:
            return
        for r_index, row in enumerate(rows):
            found = [g for c in range(len(row)) for g in cells.get((r_index, c), [])
                     if len(row[c]) <= PROSE_CELL]
            if any(g.kind == "betrag" for g in found):
                continue  # "Personalkosten (1,0 VZÄ) | 60.000 EUR": a cost row, not a post
            shares = [g for g in found if g.kind in ("vzae", "stunden")]
            if not shares and share_cols:
                shares = [g for g in found if g.kind == "prozent"
                          and g.location.cell[1] in share_cols]
            if not shares:
                # a person's row whose share cell says something we cannot read: the total
                # and every cap from it are unknown, not smaller (never a guessed Fehler)
                written = [row[c].strip() for c in share_cols if r_index and c < len(row)
                           and _SHARE_ATTEMPT.search(row[c]) and len(row[c]) <= PROSE_CELL]
                who = next((c.strip() for c in row if c.strip() and _PERSON.search(c)), "")
                if written and (who or _VACANT.search(" ".join(row))) \
                        and not TOTAL.search(" ".join(row[:1])):
                    self.unreadable.append((who or "unbesetzte Stelle", written[0]))
                continue
            head = " ".join(row[:1])
            if TOTAL.search(head) or TOTAL.search(shares[0].label):
                continue
            value = self.share(shares[0])
            if value is None or value <= 0 or value > 2:
                continue
            dates = [g for g in found if g.kind == "datum"]
            beginn = ende = None
            for g in dates:
                label = (g.label + " " + self.ctx.column_header(i, table, g.location.cell[1])
                         ).casefold()
                cell = rows[r_index][g.location.cell[1]]
                just_before = cell[:cell.find(g.text)][-16:].casefold()
                # "01.01.2026 – 30.06.2026" in one cell: the second date ends the part
                if _ENDS_BEFORE.search(just_before) or (
                        beginn is not None and _RANGE_BEFORE.search(just_before)) or (
                        not _BEGINS_BEFORE.search(just_before) and _END_LABEL.search(label)):
                    ende = g.value
                else:
                    beginn = beginn or g.value
            who = next((c.strip() for c in row if c.strip() and not _DIGIT.search(c)), "")
            vacant = bool(_VACANT.search(" ".join(row)))
            where = self.ctx.at(shares[0].location, f"{shares[0].label}: {shares[0].text}")
            self.table_parts.append(Stellenanteil("unbesetzte Stelle" if vacant else who or "Stelle",
                                                  value, beginn, ende, [where], not vacant))

    def passage(self, f: Fakten, p: Passage) -> None:
        """Staff shares in a sentence: VZÄ, weekly hours, percent of a post, "halbe Stelle",
        "Vollzeit"; a bracketed restatement is the same part."""
        text = p.text
        if not p.figures and "Vollzeit" not in text:
            return
        shares = []
        for g in p.figures:
            if g.kind in ("vzae", "stunden"):
                value = g.vzae(self.ctx.fulltime)
            elif g.kind == "prozent" and _SHARE_WORDS.search(text):
                value = self.share(g)
            else:
                continue
            if value is None or value <= 0 or value > 2:
                continue
            pos = text.find(g.text)
            shares.append((pos, value, g))
        if not shares and "Vollzeit" in text:
            for m in _FULL_TIME.finditer(text):
                if _POST_WORDS.search(text):
                    shares.append((m.start(), Decimal(1), None))
                    break
        if shares:
            self.mentions.append((p.location, text, shares))

    def finish(self, f: Fakten) -> None:
        self._parts(f)
        if self.unreadable and f.stellen_unklar is None:
            f.stellen_unklar = MELDUNG_UNLESBAR.format(teile="; ".join(
                f"{who} „{text}“" for who, text in self.unreadable))

    def _parts(self, f: Fakten) -> None:
        parts = list(self.table_parts)
        prose: list[Stellenanteil] = []
        for location, text, shares in self.mentions:
            shares.sort(key=lambda s: s[0])
            groups: list[list] = []
            for pos, value, g in shares:
                if groups:
                    last_pos, last_value, last_g = groups[-1][-1]
                    end = last_pos + (len(last_g.text) if last_g else 8)
                    between = text[end:pos] if pos >= end else ""
                    if value == last_value and _RESTATED.fullmatch(between):
                        groups[-1].append((pos, value, g))
                        continue
                groups.append([(pos, value, g)])
            for group in groups:
                pos, value, g = group[0]
                clause = text[max(0, pos - 60):pos + 40]
                if TOTAL.search(text[max(0, pos - 40):pos]) or (g and TOTAL.search(g.label)):
                    f.stellen_gesamt = value
                    continue
                times = 2 if _TWICE.search(text[max(0, pos - 14):pos]) else 1
                # "Frau A und Herr B … mit jeweils 19,5 Wochenstunden": one part each
                each = [m.group(0) for m in _PERSON.finditer(sentence_at(text, g.text) if g
                                                            else text)]
                each = list(dict.fromkeys(each))
                if _EACH.search(text[max(0, pos - 12):pos]):
                    if len(each) >= 2:
                        times = len(each)
                    elif _TWO.search(text):
                        times = 2
                else:
                    each = []
                named = list(_PERSON.finditer(text[max(0, pos - 80):pos]))
                who = named[-1].group(0) if named else ""
                vacant = bool(_VACANT.search(clause))
                where = self.ctx.at(location, text)
                for k in range(times):  # "zweimal 0,5 VZÄ": two parts, not one repeated
                    if len(each) == times:
                        prose.append(Stellenanteil(each[k], value, None, None, [where], True))
                        continue
                    wer = "unbesetzte Stelle" if vacant else who or "Stelle"
                    prose.append(Stellenanteil(f"{wer} {k + 1} von {times}" if times > 1 else wer,
                                               value, None, None, [where], not vacant))
        # the same part named again in prose is not a new part: a named one by its name, an
        # unnamed one ("zweimal 0,5 VZÄ", "die Stelle (1,0 VZÄ)") by an equal part named
        # elsewhere, each part restated at most once
        restated: set[int] = set()
        for p in prose:
            if p.wer.startswith(("Stelle", "unbesetzte Stelle")):
                same = next((q for q in parts if q.vzae == p.vzae and id(q) not in restated
                             and not _same_place(p, q)), None)
                if same is not None:
                    restated.add(id(same))
                    same.fundstellen += p.fundstellen
                    continue
            known = [q for q in parts if not p.wer.startswith(("Stelle", "unbesetzte Stelle"))
                     and _same_person(p.wer, q.wer)]
            if known:
                known[0].fundstellen += p.fundstellen
                continue
            if parts and p.wer == "Stelle" and f.stellen_gesamt is None and \
                    p.vzae == sum((q.vzae for q in parts), Decimal(0)) and len(parts) > 1:
                f.stellen_gesamt = p.vzae
                continue
            parts.append(p)
        # a stated total among the parts ("Stellenumfang: 1 VZÄ" after 0,5 + 0,5)
        if len(parts) >= 3:
            values = [p.vzae for p in parts]
            for k, value in enumerate(values):
                if value == sum(values) - value and parts[k].wer in ("Stelle", ""):
                    f.stellen_gesamt = value
                    parts = parts[:k] + parts[k + 1:]
                    break
        f.stellen = merge_successive(parts)


def _same_place(p: Stellenanteil, q: Stellenanteil) -> bool:
    a, b = p.fundstellen[:1], q.fundstellen[:1]
    return bool(a and b) and (a[0].block, a[0].zelle) == (b[0].block, b[0].zelle)


def _same_person(a: str, b: str) -> bool:
    generic = {"Frau", "Herr", "Dr", "Stelle", "Vakanz", "N"}
    wa = {w for w in _NAME_WORD.findall(a) if w not in generic}
    wb = {w for w in _NAME_WORD.findall(b) if w not in generic}
    return bool(wa & wb)


def merge_successive(parts: list[Stellenanteil]) -> list[Stellenanteil]:
    """Successive holders of one position (one ends before the next begins, same share) are
    one part."""
    out: list[Stellenanteil] = []
    for p in sorted(parts, key=lambda p: (p.beginn or date.min)):
        prev = next((q for q in out if q.ende and p.beginn and q.ende < p.beginn
                     and q.vzae == p.vzae), None)
        if prev is not None:
            if not prev.abschnitte:
                prev.abschnitte = [replace(prev, fundstellen=list(prev.fundstellen))]
            prev.abschnitte.append(p)
            prev.wer = f"{prev.wer}, danach {p.wer}"
            prev.ende = p.ende
            prev.fundstellen += p.fundstellen
            continue
        out.append(p)
    order = {id(p): k for k, p in enumerate(parts)}
    return sorted(out, key=lambda p: order.get(id(p), 0))
