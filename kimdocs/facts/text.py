"""Words and cuts of text that several families of facts use: a total, a year, a sentence, a
form label, a place and date."""

from __future__ import annotations

import re

from kimdocs.readers.document import HEADING_NUMBER, Heading, Table

TOTAL = re.compile(r"\b(summe|gesamt|gesamtsumme|gesamtbetrag|insgesamt|zusammen|total)\b",
                   re.IGNORECASE)
# "\b" before the "2" written as a look back after it: a search that starts with a letter
# jumps to it, one that starts with "\b" tries every position
YEAR = re.compile(r"(2(?<!\w2)0\d{2})\b")
PROSE_CELL = 80  # a table cell longer than this is prose (a form's answer field)
# "Mainz, den 12.03.2026" at the start of a line: where and when a document was signed (also
# with an ISO date: "Cochem, 2026-12-09")
PLACE_DATE = re.compile(r"^\s*[A-ZÄÖÜ][\w .()/-]{1,60},\s*(den\s+)?(?:\d{1,2}\.|\d{4}-\d{2}-\d{2}\b)")
# (?<=[.!?]) first: a cheap test that fails at almost every position of a text
# – never after "Tsd." or "Mio." before the currency: "30,7 Tsd. EUR Personalkosten" (probe),
# nor after an abbreviation that never ends a sentence: "lt. Personalkostentabelle" (blind14)
SENTENCE = re.compile(
    r"(?<=[.!?])(?:(?<=[a-zäöüß)\d]{2}[.!?])|(?<=\s€[.!?])|(?<=EUR[.!?]))(?<!Tsd\.)(?<!Mio\.)"
    r"(?<!\blt\.)(?<!\bgem\.)(?<!\bvgl\.)(?<!\bggf\.)(?<!\binkl\.)(?<!\bzzgl\.)(?<!\bca\.)"
    r"(?<!\bbzgl\.)\s+(?=[A-ZÄÖÜ])")
# a form label loses its number as a heading does ("1. Antragsteller:", "a) Name:")
_LABEL_NUMBER = re.compile(rf"^\s*{HEADING_NUMBER.pattern}\s*")
_LABEL_ALONE = re.compile(r"^[A-ZÄÖÜ][^:\n.]{1,58}:$")


# a list's mark before a label: "• Name: Landkreis Vulkaneifel" (a terse letter's list of
# fields as a PDF reader gives it, blind32)
_LABEL_BULLET = re.compile(r"^\s*[•▪◦·–-]\s+")


def label_key(text: str) -> str:
    """A form label: "1. Antragsteller:" -> "antragsteller", "• Kreisschl.:" -> "kreisschl."."""
    return _LABEL_NUMBER.sub("", _LABEL_BULLET.sub("", text.strip())).rstrip(": ").casefold()


def is_label_line(block) -> bool:
    """A paragraph that is only a label ("Anbindung in der Verwaltung:"): in a letter or a
    bold-lines document it opens a part, as a heading does."""
    if isinstance(block, (Heading, Table)):
        return False
    text = block.text.strip()
    return text.endswith(":") and bool(_LABEL_ALONE.match(text))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Does the text hold any of the literal words (as spelt: pass a casefolded text for
    lower-case words)? A substring test per word costs half of one regular-expression search
    for all of them, and most passages hold none."""
    for word in words:
        if word in text:
            return True
    return False


_DAVON = re.compile(r"[,;]\s*(?=(?:und\s+)?(?:davon|wovon|hiervon|darunter)\b)", re.IGNORECASE)
# present and past ("Die Personalkosten insgesamt betrugen 71.850,00 €; der Anteil über der
# Zuwendung …": a report's total, not the grant; blind29)
_AMOUNTS_TO = re.compile(r"\b(?:betragen|beträgt|betrugen|betrug|belaufen\s+sich|beläuft\s+sich|"
                         r"beliefen\s+sich|belief\s+sich|liegen\s+bei|liegt\s+bei|lagen\s+bei|"
                         r"lag\s+bei)\b", re.IGNORECASE)


def role_clause(sentence: str, figure: str) -> tuple[str, str]:
    """The clause that gives the role of the amount spelt `figure`, and the sentence it stands
    for. "Die Personalausgaben beliefen sich auf 75.000 €, davon wurden 60.000 € aus der
    Zuweisung finanziert": each amount's own clause; "80.000 € Zuweisung, davon 60.000 €
    Personalkosten …": the whole is the first clause, not a line. "Die Personalkosten betragen
    … rd. 71.000 € p. a.; beantragt wird der Festbetrag": a part with its own verb of
    amounting keeps its role to itself (blind14)."""
    clauses = _DAVON.split(sentence)
    clause = next((c for c in clauses if figure in c), sentence)
    if len(clauses) > 1 and clause == clauses[0]:
        sentence = clause
    own = next((c for c in clause.split(";") if figure in c), clause)
    if own != clause and _AMOUNTS_TO.search(own):
        clause = own
    return clause, sentence


def sentence_at(text: str, part: str) -> str:
    """The sentence of `text` in which `part` stands."""
    for sentence in SENTENCE.split(text):
        if part in sentence:
            return sentence
    return ""


def figure_offsets(text: str, figs: list) -> list[int]:
    """Where each of a block's figures stands in its text: the k-th occurrence of its
    spelling (not inside a longer number) for the k-th figure so spelt (-1: not found)."""
    found: dict[str, list[int]] = {}
    seen: dict[str, int] = {}
    out = []
    for g in figs:
        if g.text not in found:
            found[g.text] = spots_of(text, g.text)
        k = seen.get(g.text, 0)
        seen[g.text] = k + 1
        spots = found[g.text]
        out.append(spots[k] if k < len(spots) else -1)
    return out


def spots_of(text: str, spelt: str) -> list[int]:
    """The starts of `spelt` in `text` not right after a digit, point or comma (not inside a
    longer number), left to right and not overlapping – what a search with a look-behind
    for those finds, without building a pattern per figure."""
    out, k, step = [], text.find(spelt), max(1, len(spelt))
    while k != -1:
        if k and (text[k - 1].isdecimal() or text[k - 1] in ".,"):
            k = text.find(spelt, k + 1)
        else:
            out.append(k)
            k = text.find(spelt, k + step)
    return out
