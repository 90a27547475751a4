"""Shares that are no part of the funded post (issue 19, probe round 4): a Kreis report names
beside its Integrationsmanagerin the Integrationslotsinnen of its Verbandsgemeinden "mit je
0,5 VZÄ. Sie … werden nicht aus dem KIM finanziert", a stand-in "(0,5 Stelle); sie wird nicht
aus KIM-Mitteln finanziert", an assistant "mit 0,25 VZÄ aus Eigenmitteln des Kreises"; and a
table of case numbers says "Anteil | 46 %" of the counselled (kimdocs.facts.statistics). None
of them counts towards the VZÄ of the funded post or its minimum share."""

from __future__ import annotations

import re

from kimdocs.facts.staff_notation import COST, Mention, sentence_span
from kimdocs.facts.statistics import statistics_table

# the post is not paid from the programme: "nicht aus dem KIM", "nicht aus KIM-Mitteln",
# "nicht über das KIM", "nicht aus Mitteln des KIM", "nicht KIM-gefördert"
_NOT_KIM = re.compile(r"\bnicht\s+(?:(?:aus|über|durch|im\s+Rahmen)\s+(?:de[mns]\s+|das\s+)?"
                      r"(?:Mitteln\s+des\s+)?(?:KIM\b|KIM-\w+|Kommunalen\s+Integrations"
                      r"management\w*)|KIM-gefördert|vom\s+KIM\b)", re.IGNORECASE)
# own money right after the share: "mit 0,25 VZÄ aus Eigenmitteln des Kreises"
_OWN_MONEY = re.compile(r"^\W{0,3}(?:\w+\s+){0,2}?(?:aus|über)\s+(?:Eigenmitteln|eigenen\s+"
                        r"Mitteln|dem\s+(?:Kreis|städtischen)\s*haushalt)", re.IGNORECASE)
# a table's column of how far something got: "Umsetzungsgrad | 75 %" beside the person
# responsible for a measure is no share of her post (a Maßnahmenplan)
_PROGRESS = re.compile(r"umsetzung|zielerreich|erfüllung|fortschritt|erreicht|\bgrad\b|\w+grad\b|"
                       r"quote|auslastung|stand\b", re.IGNORECASE)
# a column headed only "Anteil" ("Anteil in %"): of posts only where a row names a post
_BARE_SHARE = re.compile(r"\s*anteil(?:\s*(?:in\s*)?(?:%|prozent|v\.\s?h\.))?\s*", re.IGNORECASE)
_POST = re.compile(r"integrationsmanag|stelle|funktion|teilzeit|vollzeit|assistenz|koordinat|"
                   r"sachbearbeit|fachkraft|mitarbeit|leitung|unbesetzt|vakan|n\.\s?n\.|"
                   r"verwaltungskraft|lots|referent|beschäftig|personal|team|vzä", re.IGNORECASE)
# a staff table's row paid otherwise: a cell "Eigenmittel des Kreises", "nicht aus dem KIM"
_OTHER_FUNDS = re.compile(r"^\s*(?:aus\s+)?(?:Eigenmittel\w*|eigene[n]?\s+Mittel\w*|Kreishaushalt|"
                          r"städtische[rn]?\s+Haushalt|Haushalt\s+de[rs]\s+(?:Kreises|Stadt))\b",
                          re.IGNORECASE)
_KIM = re.compile(r"\bKIM\b|integrationsmanagement", re.IGNORECASE)
_FUNDING_HEADER = re.compile(r"finanz|kostenträger|förder|mittel", re.IGNORECASE)
# a sentence that speaks of the persons of the sentence before: "Sie sind … angestellt und …"
_BACK = re.compile(r"^\s*(?:Sie|Er|Diese|Beide|Deren|Ihre|Seine)\b")


# a table's lead-in that says its posts are not the funded one: "Personal der Abteilung (zur
# Information, nicht Gegenstand des Antrags):", "übrige Stellen der Abteilung (nicht aus KIM
# gefördert)", "Nachrichtlich: weitere Programme im Fachbereich" (blind20)
_OTHER_POSTS = re.compile(r"nicht\s+Gegenstand\s+de[sr]|\bnachrichtlich\b|zur\s+Information\b|"
                          r"\b(?:übrige|weitere|sonstige|andere)n?\s+(?:Stellen|Personal|Programme)\b",
                          re.IGNORECASE)


def other_posts(lead_in: str) -> bool:
    """The table's lead-in (the paragraph or heading before it) says its posts are the
    Abteilung's others, not the programme's: none of them counts (blind20)."""
    return bool(_OTHER_POSTS.search(lead_in) or _NOT_KIM.search(lead_in))


def not_staff_table(ctx, i: int, table, cells, share_cols, has_share: bool,
                    persons: bool) -> bool:
    """No staff table: no share column, share or person; a table of case numbers; or shares
    under a bare "Anteil" beside rows that name no post ("Syrien | 31 %")."""
    if has_share or persons:
        return False
    if not share_cols or statistics_table(ctx, i, table, cells):
        return True
    heads = [ctx.column_header(i, table, c) for c in share_cols]
    return all(_BARE_SHARE.fullmatch(h) for h in heads) and not any(
        _POST.search(cell) for row in table.rows[1:] for cell in row)


def progress(header: str) -> bool:
    """The column says how far a measure got, not how much of a post a person holds."""
    return bool(_PROGRESS.search(header))


def not_progress(width: int, headers: list[str]) -> list[int]:
    """The columns of a row that may hold a person's share: not those of progress."""
    return [c for c in range(width) if not (c < len(headers) and progress(headers[c]))]


def unfunded_row(row: list[str], headers: list[str], rows: list[list[str]]) -> bool:
    """A staff table's row the table says the programme does not pay: "nicht aus dem KIM"
    in a cell; own funds in its column of funding ("Finanzierung | Eigenmittel des Kreises");
    another source there while another row's says KIM ("Landesprogramm …" beside "KIM")."""
    for c, cell in enumerate(row):
        if _NOT_KIM.search(cell):
            return True
        if c >= len(headers) or not _FUNDING_HEADER.search(headers[c]) or not cell.strip():
            continue
        if _OTHER_FUNDS.match(cell):
            return True
        if not _KIM.search(cell) and any(
                c < len(other) and _KIM.search(other[c]) and not _NOT_KIM.search(other[c])
                for other in rows if other is not row):
            return True
    return False


# a lead-in that says the list after its colon is not the programme's (blind30): "Nicht über
# KIM gefördert und hier nur nachrichtlich: Migrationsberatung 1,5 VZÄ, …", "Nachrichtlich
# (nicht beantragt): … Ehrenamtskoordination mit 0,3 VZÄ", "Im Integrationsbüro arbeiten
# daneben, ohne KIM-Förderung: MBE (1,5 VZÄ …); Ehrenamtskoordination (0,25 VZÄ …)" ("nach-
# richtlich" alone says no such thing: "Nachrichtlich: Die Stelle ist mit Frau A besetzt")
_LEAD_IN = re.compile(r"[^.!?:]{0,160}?(?:" + _NOT_KIM.pattern + r"|\bohne\s+(?:KIM-?\s?)?"
                      r"Förderung\b|\bnicht\s+beantragt\b|\bnicht\s+"
                      r"Gegenstand\s+de[sr]\b)[^.!?:]{0,80}?:", re.IGNORECASE)
# the end of the lead-in's sentence: a full stop before a capital (a ";" goes on with its list)
_FULL_STOP = re.compile(r"(?<=[a-zäöüß)\d]{2}[.!?])\s+(?=[A-ZÄÖÜ])")


def _listed_after_lead_in(text: str) -> list[tuple[int, int]]:
    """The spans of the lists a not-KIM lead-in opens: from its colon to its sentence's end."""
    spans = []
    for m in _LEAD_IN.finditer(text):
        if m.start() and not re.search(r"[.!?]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # (the lead-in opens its sentence)
        end = _FULL_STOP.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    return spans


def without_unfunded(text: str, found: list[Mention]) -> list[Mention]:
    """`found` without the shares the text says the programme does not pay: the share right
    before "nicht aus dem KIM …" in its sentence (no cost word between: "Sachkosten, die
    nicht aus dem KIM …" say nothing of a post), the last share of the sentence before one
    that begins "Sie …" and says so, a share followed by "aus Eigenmitteln", and the shares
    of a list after a lead-in that says its posts are not the programme's ("Nachrichtlich
    (nicht beantragt): …")."""
    if not found:
        return found
    drop: set[int] = set()
    ordered = sorted(found, key=lambda m: m.pos)
    for a, b in _listed_after_lead_in(text):
        drop.update(id(m) for m in ordered if a <= m.pos < b)
    for s in _NOT_KIM.finditer(text):
        s0, _ = sentence_span(text, s.start())
        before = [m for m in ordered if s0 <= m.pos < s.start()]
        if not before and s0 > 0 and _BACK.match(text[s0:]):
            p0, _ = sentence_span(text, s0 - 2)
            before = [m for m in ordered if p0 <= m.pos < s0]
        if before and not COST.search(text[before[-1].end:s.start()]):
            last = before[-1]
            # a restated share ("0,5 VZÄ (19,5 Std.)") goes with it
            drop.update(id(m) for m in before if last.pos - m.end <= 12 or m is last)
    for m in ordered:
        if _OWN_MONEY.match(text[m.end:m.end + 60]):
            drop.add(id(m))
    return [m for m in found if id(m) not in drop]


# the role a staff table's column "Aufgabe" / "Tätigkeit" names in every row ("Integrations-
# managerin", "Integrationsmanagement Nord", a PDF's "Integrationsmana gerin"): the post, no task
_WHEN = re.compile(r"\b(?:beginn|ende|seit|ab|bis|datum|zeitraum)\b", re.IGNORECASE)
_ROLE = re.compile(r"Integrations\s?mana\s?ge|Integrations\s?lots|Koordinat", re.IGNORECASE)


def role_column(rows: list[list[str]], headers: list[str], task_words) -> bool:
    """Each data row's cell under a header of tasks names the post's role (blind27: "Name |
    Tätigkeit | Stellenanteil": a staff table, not a Stellenbeschreibung's tasks); a header
    "Beginn der Tätigkeit" is a column of dates, none of tasks."""
    cols = [c for c, h in enumerate(headers) if task_words.search(h) and not _WHEN.search(h)]
    data = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    if not cols:
        return True
    return bool(data) and all(
        any(c < len(row) and _ROLE.search(row[c]) for c in cols) for row in data)
