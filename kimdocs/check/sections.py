"""Finding a guideline's required parts in a read document.

Municipal documents word their headings in many ways. A part counts as present when a
heading (or, for `fundort: text`, a line of text) matches the expected heading or one of the
accepted alternatives from the guideline data — tolerant of numbering, case, `ö`/`oe`,
hyphenation and small typos. Exact matches are assigned first, so that a heading claimed by
one rule ("Interkommunale Vernetzung") is not taken by a looser match of another
("Vernetzung"). Where wording cannot decide, the content under a heading may: a heading
under which the rule's key words (`stichworte`) stand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from kimdocs.check.contents_list import contents_entries
from kimdocs.guideline import Regel
from kimdocs.readers.document import (
    HEADING_NUMBER,
    TYPED_NUMBER,
    Block,
    Document,
    Heading,
    Paragraph,
    Table,
)

_NUMBER = re.compile(rf"^\s*{HEADING_NUMBER.pattern}\s+")
TYPO_RATIO = 0.86  # "Öffentlichkeitsarbiet" still matches, "Ausblick" vs "Rückblick" does not


# a word broken at a line end ("Öffentlichkeits- arbeit"), not the first part of a pair
# ("Netzwerk- und Gremienarbeit": the hyphen stands for the shared ending)
_BROKEN_WORD = re.compile(r"(\w)-\s+(?!(?:und|oder|sowie|bzw)\b)(\w)")
_PAIR = re.compile(r"(\w+)-\s+(?:und|oder|sowie|bzw)\s+(\w+)")
# words a heading may add or drop around the wanted ones ("Zusammenarbeit mit Land und …")
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
_PUNCTUATION = re.compile(r"[^\w\s/-]")
_WORD_GAP = re.compile(r"[\s/-]+")


@lru_cache(maxsize=16384)
def normalize(text: str) -> str:
    """Comparable form: no numbering, lower case, umlauts spelled out, hyphenation joined,
    punctuation dropped, white space folded. (Runs for every heading-like line of a
    document: the patterns are compiled once, the hyphen join only runs where a hyphen is.)"""
    text = unicodedata.normalize("NFC", text).strip()
    number = _NUMBER.match(text)  # (a match at the start, not a substitution over the text)
    if number:
        text = text[number.end():]
    text = text.casefold()
    if not text.isascii():  # (four replacements cost less than a translation table)
        text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    if "-" in text:
        text = _BROKEN_WORD.sub(r"\1\2", text)  # "Öffentlichkeits- arbeit"
    if not text.replace(" ", "").isalnum():  # (letters, digits and spaces: no punctuation)
        text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


# a file name or web address in a browser's print header ("b11-antrag-ohne-unterschrift"):
# words joined by two or more hyphens name no part
_SLUG = re.compile(r"\w+(?:-\w+){2,}")


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    if text.count("-") >= 2:
        text = _SLUG.sub(" ", text)
    return frozenset(_WORD_GAP.split(text)) - {""}


@lru_cache(maxsize=65536)
def similar(candidate: str, wanted: str) -> bool:
    """Same wording, up to a small typo."""
    if candidate == wanted:
        return True
    both = len(candidate) + len(wanted)
    shorter = min(len(candidate), len(wanted))
    # the ratio is at most 2·shorter/(shorter+longer): skip pairs that cannot reach it; and a
    # typo rarely hits the first letter, which spares most pairs the costly comparison
    if shorter < 6 or 2 * shorter < TYPO_RATIO * both \
            or candidate[0] != wanted[0]:
        return False
    matcher = SequenceMatcher(None, candidate, wanted)
    return matcher.quick_ratio() >= TYPO_RATIO and matcher.ratio() >= TYPO_RATIO


@lru_cache(maxsize=16384)
def _content_words(text: str) -> frozenset[str]:
    """The words that carry a wanted heading: without its articles."""
    words = _words(text)
    return (words - _ARTICLES) or words


@lru_cache(maxsize=16384)
def _heading_words(text: str) -> frozenset[str]:
    """A candidate's words and the forms they stand for: the word without a genitive ending
    ("des Integrationskonzepts") and each part of a pair written with a hyphen ("Netzwerk- und
    Gremienarbeit" holds "Netzwerkarbeit")."""
    words = set(_words(text))
    for w in list(words):
        if len(w) > 6 and w.endswith("es"):
            words.add(w[:-2])
        if len(w) > 5 and w.endswith("s"):
            words.add(w[:-1])
    if "-" in text:
        for m in _PAIR.finditer(text):
            first, second = m.group(1), m.group(2)
            words.update(first + second[k:] for k in range(2, len(second) - 2))
    return frozenset(words)


def contains(candidate: str, wanted: str) -> bool:
    """The wanted words all stand in the candidate: "Öffentlichkeitsarbeit und Presse"."""
    need = _content_words(wanted)
    return bool(need) and need <= _heading_words(candidate)


@dataclass(frozen=True)
class SectionMatch:
    regel: Regel
    block: Block | None  # the heading or line that stands for the part; None = missing
    how: str  # "ueberschrift", "alternative", "text", "inhalt", ""
    # a missing part: an unclaimed heading in words of this part only – maybe the part under a
    # name the guideline data does not list; then the part is not surely missing (issue 19)
    vielleicht: Block | None = None

    @property
    def found(self) -> bool:
        return self.block is not None


_LABEL_LINE = re.compile(r"^[^:\n.]{2,60}:")


def _label_line(text: str) -> bool:
    """"Betreff: …": a label of 2 to 60 characters (the cheap test first: its colon), maybe
    numbered ("3. Vernetzung in der Kommune: Mit welchen Stellen …?", a questionnaire's question,
    blind19); not a sentence that goes on after a colon (`_PROSE_LABEL`)."""
    if ":" not in text:
        return False
    number = TYPED_NUMBER.match(text)
    label = text[number.end():] if number else text
    return _LABEL_LINE.match(label) is not None and not _PROSE_LABEL.match(label)


# a sentence with a colon, no label: an article or pronoun and at least two more words before
# the colon, a lowercase word after it, a full stop at the end ("Die Umsetzung läuft
# planmäßig: die Bestandsaufnahme ist abgeschlossen …." – no part "Umsetzung", probe round 4)
_PROSE_LABEL = re.compile(r"(?:Der|Die|Das|Wir|Es|Sie|Er|Ein|Eine|Dies|Diese[rs]?)\s+\S+"
                          r"(?:\s+[^\s:]+){1,8}:\s+[a-zäöüß].*[.!]\s*$", re.DOTALL)


class _Cell:
    """A table cell as a candidate line: its Paragraph (with the cell's Location) is made only
    for the cell a part is found in – most cells of a report's tables match nothing."""

    __slots__ = ("column", "row", "table", "text")

    def __init__(self, table: Table, row: int, column: int, text: str):
        self.table, self.row, self.column, self.text = table, row, column, text

    def paragraph(self) -> Paragraph:
        return Paragraph(self.text, self.table.location.in_cell(self.row, self.column))


class _Index:
    """The heading-like lines of a document with their comparable form, indexed by first
    letter, by word and by the whole line, so a rule looks only at lines that can match.
    Built once per document and kind of rule (`fundort`), from the candidates both kinds
    share (`_candidates`)."""

    def __init__(self, candidates: list[tuple[Block | _Cell, bool, str]], fundort: str):
        self.items: list[tuple[Block | _Cell, str]] = [
            (block, line) for block, heading_like, line in candidates
            if heading_like or fundort == "text"]
        self.by_first: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.by_line: dict[str, list[int]] = {}
        for k, (_, line) in enumerate(self.items):
            if not line:
                continue
            self.by_first.setdefault(line[0], []).append(k)
            self.by_line.setdefault(line, []).append(k)
            for word in _heading_words(line):
                self.by_word.setdefault(word, []).append(k)

    def positions(self, wanted: list[str], how: str) -> list[int]:
        found: set[int] = set()
        for w in wanted:
            if not w:
                continue
            if how == "exact":
                found.update(self.by_line.get(w, ()))
            elif how == "similar":
                found.update(self.by_first.get(w[0], ()))
            else:  # contains: every wanted word, so look up the rarest
                lists = [self.by_word.get(word, []) for word in _content_words(w)]
                found.update(min(lists, key=len) if lists else ())
        return sorted(found)


# A line of a letterhead or paper head that a PDF reader joined to the lines before it:
# "Vorlage: 0112/2026 · Datum: 02.06.2026 Dezernat 3 Verfasser: 50 Betreff: …" holds the
# label lines "Datum:", "Verfasser:", "Betreff:" (a label starts a word after a space).
_INNER_LABEL = re.compile(r"(?<=\s)[A-ZÄÖÜ][\wäöüß.\-/]{1,30}(?:\s[\wäöüß.\-/]{1,20})?:(?=\s)")


def joined_lines(text: str) -> list[str]:
    """The label lines inside a paragraph that begins with a label and holds more: each
    from its label to the end (nothing for a paragraph of one label or none)."""
    if not _label_line(text):
        return []
    return [text[m.start():] for m in _INNER_LABEL.finditer(text)]


def _candidates(document: Document) -> list[tuple[Block | _Cell, bool, str]]:
    """Headings and heading-like lines: a bold "Label:" line, a short line standing alone
    (Word numbering without heading style), a label cell of a form table; for parts that
    may stand in the text, short lines of text as well. Each with whether it may stand for a
    heading (else only for a part found in the text, `fundort: text`) and its comparable
    start. One pass for both kinds of rule: a table cell becomes a Paragraph only where a part
    is found in it (`_Cell`; claims concern headings only)."""
    out: list[tuple[Block | _Cell, bool, str]] = []
    contents = contents_entries(document.blocks)  # a table of contents names parts, is none
    listed = attachment_list_items(document.blocks)
    for i, block in enumerate(document.blocks):
        if i in contents:
            continue
        if isinstance(block, Heading):
            out.append((block, True, _line_start(block)))
        elif isinstance(block, Paragraph) and id(block) not in listed:
            text = block.text.strip()
            heading_like = _label_line(text) or (
                len(text) <= 60 and not text.endswith((".", ",", ";")) and "\n" not in text)
            if heading_like or len(text) <= 200:
                out.append((block, heading_like, _line_start(block)))
            if len(text) <= 600:  # label lines a PDF reader joined: for parts found in text
                for line in joined_lines(text):
                    part = Paragraph(line, block.location)
                    out.append((part, False, _line_start(part)))
        elif isinstance(block, Table):  # a form: headings and labels in cells ("Betreff:")
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    # (a cell without letters – a date, a count, an amount – names no part)
                    if len(cell) <= 200 and cell.lower() != cell.upper():
                        heading_like = len(cell) <= 80 and (c == 0 or _label_line(cell))
                        out.append((_Cell(block, r, c, cell), heading_like, _text_start(cell)))
    return out


# the label of a letter's list of attachments, and the lines that end such a list
_ATTACHMENT_LABEL = re.compile(r"^\s*(?:anlagen?|anlagenverzeichnis|beigefügte\s+unterlagen)"
                               r"\s*:\s*$", re.IGNORECASE)
_LIST_END = re.compile(r"^\s*(?:mit freundlichen grüßen|freundliche grüße|hochachtungsvoll|"
                       r"im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.|gez\.)", re.IGNORECASE)
_LIST_MOST = 12


def attachment_list_items(blocks) -> set[int]:
    """The lines of a letter's list of attachments ("Anlagen:" and the short lines under it,
    "Kosten- und Finanzierungsplan (Anlage 2)"): the list names what is enclosed, it is not
    that part – a part counts where it stands itself, under its own heading (issue 19, probe
    round 5: an Antrag whose plan was only announced there passed KIM-207). The ids of the
    item blocks; the label line itself stays a candidate (a Vorlage's part "Anlagen")."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if type(block) is not Paragraph or not _ATTACHMENT_LABEL.match(block.text):
            continue
        for item in blocks[i + 1:i + 1 + _LIST_MOST]:
            text = item.text.strip() if type(item) is Paragraph else ""
            if not text or len(text) > 160 or _LIST_END.match(text):
                break
            out.add(id(item))
    return out


def _line_start(block: Block) -> str:
    """A text line counts by its start: "Betreff: Kommunales …" -> "betreff"."""
    return normalize(block.text) if isinstance(block, Heading) else _text_start(block.text)


def _text_start(text: str) -> str:
    return normalize(text.split("\n", 1)[0].split(":", 1)[0])  # to the first colon or line end


_COMBINED = re.compile(r"\b(und|sowie)\b|[&/,]")

# an as-of date: the word followed by a date alone ("Stand 30.09.2026", "Stand: 01.10.2026",
# "Stand per 30.09.") – a field of a head or a note in a list item, no part of the document
_DATE = r"(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|\d{1,2}\.?\s+[a-zäöü]+\.?\s+\d{4}|[a-zäöü]+\.?\s+\d{4})"
_AS_OF_VALUE = re.compile(rf"\s*(?:per\s+|vom\s+)?{_DATE}\s*\)?\s*$", re.IGNORECASE)


def _as_of_date(block, wanted: str) -> bool:
    """The wanted word stands in the line only as the label of a date ("Präsentation
    (Stand 30.09.2026)", a head's row "Stand | 01.10.2026"): not a heading of that part. A
    heading proper ("Sachstand zum 30.09.2026", a styled heading) is never one."""
    if isinstance(block, Heading):
        return False
    if isinstance(block, _Cell):
        row = block.table.rows[block.row]
        rest = " ".join(c for c in row[block.column + 1:] if c.strip())
        if normalize(block.text) == wanted and rest and _AS_OF_VALUE.fullmatch(" " + rest):
            return True
    text = unicodedata.normalize("NFC", block.text)
    words = wanted.split()
    if not words:
        return False
    head = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b\s*:?", re.IGNORECASE)
    for m in head.finditer(text):
        if _AS_OF_VALUE.match(text[m.end():]) and _AS_OF_VALUE.match(text[m.end():]).end() \
                == len(text[m.end():]):
            return True
    return False


def find_sections(document: Document, regeln: list[Regel], *, tolerant: bool = True,
                  fakten=None, cache: dict | None = None) -> list[SectionMatch]:
    """One SectionMatch per rule, in the order of `regeln`. `tolerant=False` skips typo
    matching and recognition by content: a quick look, enough to tell document types apart.
    `fakten` (kimdocs.facts): a part is present where its facts (`erkannt_an`) are.
    `cache`: one dict per document, shared by calls on the same document."""
    claimed: set[int] = set()
    result: dict[str, SectionMatch] = {}
    cache = {} if cache is None else cache

    def index(regel: Regel) -> _Index:
        if regel.fundort not in cache:
            if "kandidaten" not in cache:
                cache["kandidaten"] = _candidates(document)
            cache[regel.fundort] = _Index(cache["kandidaten"], regel.fundort)
        return cache[regel.fundort]

    def take(regel: Regel, test, how_for, lookup: str, combined: bool = False) -> None:
        idx = index(regel)
        wanted = [normalize(w) for w in regel.headings]
        same_start = lookup != "contains"  # equal or similar wording: the same first letter
        for k in idx.positions(wanted, lookup):
            block, line = idx.items[k]
            if id(block) in claimed and isinstance(block, Heading) and not (
                    combined and _COMBINED.search(block.text)):
                continue
            for i, w in enumerate(wanted):
                if same_start and w[:1] != line[:1]:
                    continue  # (neither equal nor similar: `similar` wants the first letter)
                if test(line, w) and not _as_of_date(block, w):
                    if isinstance(block, _Cell):
                        block = block.paragraph()
                    claimed.add(id(block))
                    result[regel.code] = SectionMatch(regel, block, how_for(i, block))
                    return

    def how(i: int, block: Block) -> str:
        if not isinstance(block, Heading):
            return "text"
        return "ueberschrift" if i == 0 else "alternative"

    for regel in regeln:  # pass 1: exact wording (up to typos)
        if tolerant:
            take(regel, similar, how, "similar")
        else:
            take(regel, str.__eq__, how, "exact")
    for regel in regeln:  # pass 2: the wording inside a longer or combined heading
        if regel.code not in result:
            take(regel, contains, how, "contains", combined=True)
    for regel in regeln:  # pass 3: the content under an unclaimed heading
        if tolerant and regel.code not in result and regel.stichworte:
            match = _by_content(document, regel, claimed, cache)
            result[regel.code] = match
            if match.block is not None:
                claimed.add(id(match.block))
    for regel in regeln:  # pass 4: the facts the part is made of, wherever they stand
        if tolerant and fakten is not None and not (result.get(regel.code) or
                                                    SectionMatch(regel, None, "")).found:
            block = _by_facts(document, regel, fakten)
            if block is not None:
                result[regel.code] = SectionMatch(regel, block, "inhalt")
    if tolerant:  # pass 5: a heading no part took, in words of a missing part only
        missing = [r for r in regeln if not (result.get(r.code) or SectionMatch(r, None, "")).found]
        if missing:
            taken = claimed | {id(m.block) for m in result.values() if m.block is not None}
            for regel, block in _maybe(document, missing, taken, cache):
                result[regel.code] = SectionMatch(regel, None, "", block)
        contents = None  # pass 6: a heading typed at the start of a paragraph
        for regel in regeln:
            match = result.get(regel.code)
            if not (match and (match.found or match.vielleicht is not None)):
                if contents is None:  # "2 Öffentlichkeitsarbeit ..... 4" is none
                    contents = contents_entries(document.blocks)
                block = _run_in(document, regel, contents)
                if block is not None:
                    result[regel.code] = SectionMatch(regel, None, "", block)
    return [result.get(r.code) or SectionMatch(r, None, "") for r in regeln]


def _run_in(document: Document, regel: Regel, contents) -> Block | None:
    """A paragraph that opens with the part's heading typed by hand and runs on into its text
    ("VI. Integrationskonzept Ein Integrationskonzept wurde …", "AUSBLICK Im kommenden Jahr …"):
    a reader joined a heading typed as a plain line to its text, so the part is not surely
    missing (issue 19, blind18: false Fehler on typed documents)."""
    wanted = [normalize(w) for w in regel.headings]
    for i, block in enumerate(document.blocks):
        if not isinstance(block, Paragraph) or i in contents:
            continue
        number = TYPED_NUMBER.match(block.text)
        rest = block.text[number.end():] if number else block.text
        words = rest.split()
        for w in wanted:
            n = len(w.split())
            head = " ".join(words[:n])
            text = [t for t in words[n:] if any(c.isalpha() for c in t)]
            if len(text) >= 2 and normalize(head) == w and (number or head.isupper()):
                return block
    return None


# words that name no part of their own: a heading holding only these says nothing of a part
_FILLER_WORDS = frozenset({"anderen", "weitere", "weiteren", "sonstige", "sonstiges", "allgemein",
                           "allgemeine", "allgemeines", "zwischen", "innerhalb", "ausserhalb"})


def _part_words(regel: Regel) -> frozenset[str]:
    words: set[str] = set()
    for text in regel.headings:
        words |= _heading_words(normalize(text))
    return frozenset(w for w in words if len(w) >= 6 and w not in _FILLER_WORDS)


def _maybe(document: Document, missing: list[Regel], taken: set[int],
           cache: dict) -> list[tuple[Regel, Block]]:
    """Missing parts with a heading no part took that shares a word with this part's wordings
    and with no other missing part's ("Austausch über die Kreisgrenzen" for the interkommunal
    part, whose wordings hold "Interkommunaler Austausch"). Only styled headings count, and
    none under a part's heading (a sub-heading there belongs to that part)."""
    own = {r.code: _part_words(r) for r in missing}
    counts: dict[str, int] = {}
    for words in own.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    free: list[Heading] = []
    inside: int | None = None  # the level of the part heading we are under
    for block in document.blocks:
        if not isinstance(block, Heading):
            continue
        if inside is not None and block.level > inside:
            continue
        inside = block.level if id(block) in taken else None
        if inside is None:
            free.append(block)
    out: list[tuple[Regel, Block]] = []
    for regel in missing:
        distinct = {w for w in own[regel.code] if counts[w] == 1}
        block = next((h for h in free if _heading_words(normalize(h.text)) & distinct), None) \
            or _told_under(document, regel, free, cache)
        if block is not None:
            out.append((regel, block))
    return out


def _told_under(document: Document, regel: Regel, free: list[Heading],
                cache: dict) -> Heading | None:
    """A free heading in words of the writer's own ("Über die Kreisgrenze hinaus", "Unser
    Draht nach Mainz") under which the part's signs (`anzeichen`) stand: the part may be
    there, so it is not surely missing (issue 19: narrative reports by the managers)."""
    if not regel.anzeichen:
        return None
    signs = re.compile("|".join(rf"\b{re.escape(normalize(w))}" for w in regel.anzeichen))
    bodies, at = _bodies(document, cache), {id(b): i for i, b in enumerate(document.blocks)}
    heads = sum(1 for b in document.blocks if isinstance(b, Heading))
    return next((h for h in free if h.level > 0 and heads > 1 and not _NO_PART.search(h.text)
                 and not _title_over_all(document, at[id(h)])
                 and signs.search(normalize(h.text) + "\n" + (_own_text(document, at[id(h)])
                                                                or bodies.get(at[id(h)], "")))),
                None)


# headings of what is no part of the report: its contents, the questionnaire, an attachment,
# an introduction or summary that names every part in passing (korpus
# s-jb-bericht-donnersberg-ohne-konzept: "Integrationskonzept" only in the Vorbemerkung)
_NO_PART = re.compile(r"\b(?:inhalt|inhaltsverzeichnis|gliederung|fragebogen\w*|anlagen?|"
                      r"anhang|einleitung|vorbemerkung\w*|vorwort|zusammenfassung|fazit|"
                      r"(?:ü|ue)berblick)\b", re.IGNORECASE)


def _bodies(document: Document, cache: dict) -> dict[int, str]:
    """The normalised text under each heading (to the next heading of its level or
    higher), by block index; one pass per nesting level, not one per rule."""
    if "bodies" not in cache:
        bodies: dict[int, str] = {}
        open_: list[tuple[int, int, list[str]]] = []  # (index, level, texts)
        for i, block in enumerate(document.blocks):
            if isinstance(block, Heading):
                while open_ and open_[-1][1] >= block.level:
                    k, _, texts = open_.pop()
                    bodies[k] = normalize("\n".join(texts))
                open_.append((i, block.level, []))
            else:
                for _, _, texts in open_:
                    texts.append(block.text)
        for k, _, texts in open_:
            bodies[k] = normalize("\n".join(texts))
        cache["bodies"] = bodies
    return cache["bodies"]


def _by_content(document: Document, regel: Regel, claimed: set[int],
                cache: dict) -> SectionMatch:
    keys = [normalize(k) for k in regel.stichworte]
    need = max(1, (len(keys) + 1) // 2)
    bodies = _bodies(document, cache)
    for i, block in enumerate(document.blocks):
        if not isinstance(block, Heading) or id(block) in claimed:
            continue
        body = _own_text(document, i) if _title_over_all(document, i) else bodies.get(i, "")
        if sum(1 for k in keys if k in body) >= need:
            return SectionMatch(regel, block, "inhalt")
    return SectionMatch(regel, None, "")


def _title_over_all(document: Document, i: int) -> bool:
    """The document's title (issue 19, probe round 6): its first heading, every later heading
    nested under it. Its body is the whole document, so a part is not found "by content" under
    it (a word such as "Amt" stands somewhere in every Antrag: "Gesamtausgaben") – only by the
    text between it and the first part."""
    heads = [k for k, b in enumerate(document.blocks) if isinstance(b, Heading)]
    if len(heads) < 2 or heads[0] != i:
        return False
    return all(document.blocks[k].level > document.blocks[i].level for k in heads[1:])


def _own_text(document: Document, i: int) -> str:
    """The text between heading `i` and the next heading."""
    texts = []
    for block in document.blocks[i + 1:]:
        if isinstance(block, Heading):
            break
        texts.append(block.text)
    return normalize("\n".join(texts))


def _by_facts(document: Document, regel: Regel, fakten) -> Block | None:
    for name in regel.erkannt_an:
        value = getattr(fakten, name, None)
        if name == "zeitraum":
            value = fakten.zeitraum()
        items = value if isinstance(value, list) else [value] if value is not None else []
        for item in items:
            where = getattr(item, "fundstelle", None) or next(
                iter(getattr(item, "fundstellen", []) or []), None)
            if name == "antragsteller" and not (item.name or item.schluessel):
                continue
            if where is not None and where.block is not None \
                    and 0 <= where.block < len(document.blocks):
                return document.blocks[where.block]
    return None
