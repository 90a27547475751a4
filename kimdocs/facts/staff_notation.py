"""How a staff share is written where the figure reader cannot tell it is one (issue 19,
classes 1–3): weekly hours without "/Woche" ("19,5 Std."), a plain number under a
"Wochenstunden" or "VZÄ" column, "Stellenanteil 0,75", "Vollzeit" alone; the regular week a
document states ("Vollzeit entspricht 39 Std.", "tarifliche Wochenarbeitszeit von 39 Stunden"),
which is no person's share; percentages that are a task's share of the working time (a
Stellenbeschreibung), which are none either; and a share inside a cost line's label
("Personalkosten (2 × 0,5 VZÄ)"), which only confirms the staff named elsewhere.

Each finder returns `Mention`s with their place in the text, so that two equal shares in one
sentence stay two ("Frau A mit 50 v. H., Herr B mit 50 v. H.")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from kimdocs.formatting import MONATE, parse_number
from kimdocs.readers.document import Figure
from kimdocs.readers.figures import FOOTNOTE_MARK, fraction_of_post

_S = r"[\s\u00a0\u202f]*"
# a percent after these words is a change or a quota, never a post's share ("Tarifsteigerung
# zum 01.03. von 2,5 %", "Förderquote beträgt 100 %", "Eigenanteil von 10 %", "+4,8 %", "um 3 %");
# a figure of the year before beside a statistic ("9,6 % der Bevölkerung, Vorjahr 16,5 %", blind30)
CHANGE_BEFORE = (r"(?:quote|steigerung|erhöhung|anhebung|anpassung|zuwachs|zunahme|rückgang|"
                 r"veränderung|eigenanteil|teuerung|inflation|vorjahr)\w*(?:\s+(?:zum|ab|seit|im|in|der|des|"
                 r"insoweit|jeweils|somit|damit|nunmehr|jährlich|[\d.]+))*?"
                 r"\s*(?:von|in Höhe von|:|beträgt|betrug|liegt bei|lag bei|um)?\s*$|"
                 r"(?:\bum|[+±])\s*$")
# a percent of the people counted, not of a post: "412 Personen, davon 54 % Frauen und 38 %
# unter 27 Jahren", "61 % der Beratenen", "45 % Geflüchtete" (probe round 7); of the
# inhabitants: "(9,6 % der Bevölkerung, …)", "12 % der Einwohner" (blind30)
_COUNTED_AFTER = re.compile(
    r"[\s\u00a0\u202f]*(?:der|aller|davon)?\s*(?:Frauen|Männer|Mädchen|Jungen|Personen|Menschen|"
    r"Beratene\w*|Ratsuchende\w*|Teilnehmende\w*|Teilnehmer\w*|Klient\w*|Fälle\w*|Geflüchtete\w*|"
    r"Schutzsuchende\w*|Zugewanderte\w*|Jugendliche\w*|Kinder\w*|Familien|Haushalte\w*|"
    r"Erwachsene\w*|Neuzugewanderte\w*|Bevölkerung|Wohnbevölkerung|Einwohner\w*|"
    r"(?:unter|über|ab)\s+\d{1,2}\s+Jahre\w*)\b")


def counts_people(text: str, end: int) -> bool:
    """The percent ending at `end` is a share of the counted people, never a staff share."""
    return bool(_COUNTED_AFTER.match(text, end))


# "Haushaltsstelle 1.3110.7150", "Kostenstelle": an account, not a post (for "stelle" words)
NO_POST_STELLE = r"(?<!haushalts)(?<!kosten)(?<!buchungs)(?<!finanz)"
_NUMBER = r"\d{1,2}(?:,\d{1,2})?"
# "19,5 Std.", "30 Stunden", "24 h", "40 Stunden wöchentlich" (no figure the reader takes;
# blind20) — weekly hours only where the staff family says so; a clerk's "23 Wo.-Std.",
# "19,5 Wochenstd." (blind32)
_HOURS = re.compile(rf"(?<![\d.,])(?P<num>{_NUMBER}){_S}(?:Std\b\.?|Stunden\b|h\b|"
                    rf"Wo\.?-?{_S}Std\b\.?|Wochenstd\b\.?)"
                    rf"(?!{_S}(?:/|pro|je|im|in|am|täglich|monatlich|jährlich|"
                    r"Fortbildung|Schulung|Supervision|Kurs))", re.IGNORECASE)
# "Stellenanteil 0,75", "Stellenumfang: 0,5" (a share without a unit after it)
_NAMED_SHARE = re.compile(rf"\bStellen(?:anteil|umfang)(?:{_S}(?:von|:|=))?{_S}"
                          rf"(?P<num>[0-2](?:,\d{{1,4}})?)(?!\d|[.,]\d|{_S}(?:%|v\.|Prozent|VZ|Std|"
                          r"Stunden|Woche|€|EUR))", re.IGNORECASE)
# "Wochenstunden: 19,5", "Wochenstunden 24" (the unit before the number)
_HOURS_LABEL = re.compile(rf"\b(?:Wochenstunden|Wochenarbeitszeit|Arbeitszeit){_S}[:=]?{_S}"
                          rf"(?P<num>{_NUMBER})(?!\d|[.,]\d|{_S}(?:%|Std|Stunden|h\b|Woche))",
                          re.IGNORECASE)
# a digit, maybe a space, "h" ("24 h"): the "h" first and the look back after it, so a search
# jumps from "h" to "h" instead of trying every digit of a paragraph
_DIGIT_H = re.compile(r"h(?:(?<=\dh)|(?<=\d[\s\u00a0\u202f]h))\b")
FULL_TIME = re.compile(r"(?:\bin\s+)?\bVollzeit\b(?!äquivalent|stelle|kraft|beschäftigt)")
# words that say the hours after them are the regular week, not a person's share
_WEEK_WORDS = re.compile(
    r"regelmäßig|tariflich|Wochenarbeitszeit|wöchentliche\w*\s+Arbeitszeit|Regelarbeitszeit|"
    r"Vollzeit\w*(?:\s+(?:entspricht|entsprechen|beträgt|betragen|umfasst|sind)|\s*[=:])|"
    # the verb first: "(bei uns entspricht Vollzeit 40 Stunden)", "beträgt die Vollzeit 39
    # Stunden" (blind18)
    r"\b(?:entspricht|entsprechen|beträgt|betragen|umfasst)\s+(?:die\s+|eine\s+)?Vollzeit\w*|"
    # "VZ bei uns = 40 Std./Wo.", "VZ: 39 Std." (blind16: "VZ" for Vollzeit)
    r"\bVZ\b(?:\s+(?:bei\s+uns|hier|im\s+Haus))?\s*(?:entspricht|beträgt|=|:)|"
    r"Vollzeit(?:kraft|beschäftigt\w*|stelle|tätigkeit)\b|Arbeitszeit\s+(?:von|beträgt)|"
    r"\bbei\s+Vollzeit\b|"
    # a bracket that opens with it right before the hours: "(Vollzeit 39 Std.)" (blind23 j06)
    r"\(\s*Vollzeit\w*\s*$", re.IGNORECASE)
WEEK_RANGE = (Decimal(30), Decimal(42))
_FIRST_DIGIT = re.compile(r"\d")
# a percent of working time per task (an attached Stellenbeschreibung), not of a post
TASK_WORDS = re.compile(r"zeitanteil|zeitaufwand|tätigkeit|arbeitsvorgang|aufgabe|"
                        r"stellenbeschreibung|arbeitsplatzbeschreibung", re.IGNORECASE)
# a percent is a post's share in a sentence that says so
SHARE_WORDS = re.compile(r"\bStellen?\b|\bStellen(?:anteil|umfang)|VZÄ|Teilzeit|"
                         r"Beschäftigungsumfang|\bUmfang\b|Integrationsmanager", re.IGNORECASE)
# (with an initial: "Fr. A. Neumann", "Hr. M. Fries" – blind32)
PERSON = re.compile(r"\b(?:Frau|Herr|Hr\.|Fr\.)\s+(?:Dr\.\s+)?"
                    r"((?:[A-ZÄÖÜ]\.\s?)?[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)")
# between a person and their share: "Frau A mit 50 %", "Herr B (19,5 Std.", "Frau C: 0,5",
# "Frau D übernimmt ab dem 01.04.2026 19,5 Stunden, Herr E ebenfalls ab dem 01.04.2026 …",
# "Herr F (Verwaltungsfachwirt, EG 9c) ebenfalls mit 19,5 Std.": a bracket of function and pay;
# "Frau G wird ab 01.01.2026 mit 30 Std. (Vollzeit 39 Std.) … tätig" (blind23 a13); a dash:
# "Fr. A. Neumann – 23 Wo.-Std. – ab 01.01.26" (blind32)
_TO_SHARE = re.compile(r"[\s,(:–—]*(?:(?:mit|zu|je|jeweils|einem|einer|Anteil|Stellenanteil|"
                       r"Umfang|von|im|ab|in|dem|seit|ebenfalls|übernimmt|übernahm|wird|ist|war|"
                       r"arbeitet|arbeitete|\d{1,2}\.\s?[A-ZÄÖÜ][a-zäöü]+\s\d{4}|"
                       r"\d{1,2}\.\d{1,2}\.\d{4}|\([^()\d]{0,50}(?:EG|E|S|TVöD|A)?\s?\d{0,2}[a-c]?\))"
                       r"[\s,(:–—]+)*")
_POST_BEFORE = re.compile(r"\bStelle\b|Stellenanteil|Stellenumfang|Teilzeit|Arbeitszeit|Umfang|"
                          r"beschäftigt|eingestellt|besetzt|Integrationsmanager|"
                          r"\b(?:ich|wir)\s+arbeite|\barbeite[nt]?\s+(?:ich|wir)\b", re.IGNORECASE)
COST = re.compile(r"kosten|personalausgaben|entgelt|vergütung", re.IGNORECASE)
# a sentence ends at ".", "!", "?" or ";" before a capital – not the day of a date written
# out ("bis zum 31. Mai 2026")
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß)]{2}[.!?;])\s+(?=[A-ZÄÖÜ])"
                           r"|(?<=[a-zäöüß)\d]{2}[.!?;])\s+(?=[A-ZÄÖÜ])(?!(?:"
                           + "|".join(MONATE) + r")\b)")


@dataclass
class Mention:
    """A share written in a text: at `pos`..`end`, as VZÄ or as weekly hours (then `vzae` is
    filled in once the regular week is known)."""

    pos: int
    end: int
    vzae: Decimal | None
    hours: Decimal | None = None
    figure: Figure | None = None
    confirms: bool = False  # inside a cost line's label: confirms the staff, adds none

    def value(self, week: Decimal) -> Decimal:
        if self.hours is None:
            return self.vzae  # type: ignore[return-value]
        return (self.hours / week).quantize(Decimal("0.0001")).normalize()


# a footnote mark after a table cell's figure: "0,5¹", "50 %²", "1,0*" (probe round 7)
_MARK = FOOTNOTE_MARK


def without_mark(cell: str) -> str:
    """A table cell without the footnote mark after its figure."""
    return _MARK.sub("", cell)


def number(text: str) -> Decimal | None:
    try:
        return parse_number(text)
    except (ValueError, InvalidOperation):
        return None


def located(text: str, figures: list[Figure]) -> list[tuple[int, int, Figure]]:
    """Each figure with its own place in `text`: the next occurrence after the one before,
    as a whole word ("halbe Stelle" is not the start of "halbe Stellen")."""
    out = []
    cursor = 0
    for g in figures:
        pos = _find_word(text, g.text, cursor)
        if pos < 0:
            pos = _find_word(text, g.text, 0)
        if pos < 0:
            continue
        out.append((pos, pos + len(g.text), g))
        cursor = pos + len(g.text)
    return sorted(out, key=lambda x: x[0])


def _find_word(text: str, part: str, start: int) -> int:
    while part:
        pos = text.find(part, start)
        if pos < 0:
            return -1
        end = pos + len(part)
        if not ((part[-1].isalnum() and end < len(text) and text[end].isalnum()) or
                (part[0].isalnum() and pos and text[pos - 1].isalnum())):
            return pos
        start = pos + 1
    return -1


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


HOLDER_NEAR = 80  # a person this close before a share holds it
HOLDER_IN_SENTENCE = 200  # farther back only as the sentence's subject, with no share between


# "… und Herrn Tobias Renner (0,5 VZÄ)" (blind27 b-kusel: his half read as hers, the staff as
# 0,5 VZÄ and the cap halved): the dative names a holder too
_HOLDER = re.compile(PERSON.pattern.replace("Herr|", "Herrn?|", 1))


def holder_before(text: str, pos: int, shares_at: list[int]) -> str:
    """The person who holds the share at `pos`: the last one named in the 80 characters before
    it; else the one the sentence opens with, where no other share stands between ("Frau
    Vanessa Jung ist ab dem 1. Januar 2026 als Integrationsmanagerin tätig, Stellenumfang
    50 v. H." – blind13: two such paragraphs were read as one unnamed share said twice).
    `shares_at`: where the text's shares start. "" where no one is named."""
    named = list(PERSON.finditer(text[max(0, pos - HOLDER_NEAR):pos]))
    if named:  # "Herrn B" after the person named before: his
        return list(_HOLDER.finditer(text[max(0, pos - HOLDER_NEAR):pos]))[-1].group(0)
    start, _ = sentence_span(text, pos)
    if pos - start > HOLDER_IN_SENTENCE or any(start <= k < pos for k in shares_at):
        return ""
    named = list(PERSON.finditer(text[start:pos]))
    if named:
        return named[-1].group(0)
    bare = _BARE_HOLDER.match(text, start)
    return bare["name"] if bare and bare.end() <= pos else ""


# a sentence opening with a holder's full name but no "Frau"/"Herr": "Thomas Brenner ist seit
# dem 01.01.2026 bis 30.06.2026 als Integrationsmanager mit 1,0 VZÄ beschäftigt" (blind17: read
# as an unnamed share, it was merged into another holder's part and the successor's share
# counted twice). Only in the frame "<Name> ist/war … als Integrationsmanager(in)", the role
# saying the subject is a person; not "Die Stelle ist …"
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_BARE_HOLDER = re.compile(
    rf"\s*(?!(?:Der|Die|Das|Ein|Eine|Unser|Unsere|Diese|Dieser|Dieses|Seit|Ab|Im|In|Zum|Vom)\s)"
    rf"(?P<name>{_NAME}\s+{_NAME})\s+(?:ist|war|wird|wurde)\b[^;]{{0,80}}?"
    rf"\bals\s+Integrationsmanager(?:in)?\b")


def is_week(text: str, pos: int, hours: Decimal) -> bool:
    """The hours at `pos` state the regular week: a week word before them in the sentence,
    no person between ("Vollzeit entspricht 39 Std.", "bei einer regelmäßigen Arbeitszeit von
    39 Stunden in der Woche"). A figure read with the word before its number ("Vollzeit 40
    Stunden" in "bei uns entspricht Vollzeit 40 Stunden", blind18) is read up to its number."""
    if not WEEK_RANGE[0] <= hours <= WEEK_RANGE[1]:
        return False
    start, _ = sentence_span(text, pos)
    digit = _FIRST_DIGIT.search(text, pos, pos + 30)
    end = digit.start() if digit else pos
    before = text[max(start, pos - 110):end]
    words = list(_WEEK_WORDS.finditer(before))
    return bool(words) and not PERSON.search(before[words[-1].end():])


def names_no_share(text: str) -> bool:
    """None of the finders below can find anything in `text` (the cheap tests they begin
    with all fail): most paragraphs name no hours, no Stellenanteil and no Vollzeit."""
    low = text.lower()
    return "std" not in low and "stunden" not in low and "stellen" not in low \
        and "arbeitszeit" not in low and "Vollzeit" not in text and not _DIGIT_H.search(low)


def bare_hours(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Decimal]]:
    """Weekly hours without "/Woche" outside the spans of figures already read."""
    low = text.lower()  # a cheap test first: most paragraphs name no hours
    if "std" not in low and "stunden" not in low and not _DIGIT_H.search(low):
        return []
    out = []
    for m in _HOURS.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        value = number(m["num"])
        if value is not None and 0 < value <= WEEK_RANGE[1]:
            out.append((m.start(), m.end(), value))
    return out


def named_shares(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Decimal]]:
    """"Stellenanteil 0,75", "Stellenumfang: 0,5" (as VZÄ)."""
    if "stellen" not in text.lower():
        return []
    out = []
    for m in _NAMED_SHARE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            value = number(m["num"])
            if value is not None and 0 < value <= 2:
                out.append((m.start(), m.end(), value))
    # "die zweite Stellenhälfte hat Herr B inne": a half post
    out += [(m.start(m.lastindex), m.end(m.lastindex), Decimal("0.5"))
            for m in _HALF_POSTS.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b in taken)]
    return out


# (not "zwei halbe Stellen": the text then names each half again, with its holder – blind,
# blind7, blind14 – and the two unnamed halves were added to the named ones)
_HALF_POSTS = re.compile(r"(?<=\s)(Stellenhälfte)\b", re.IGNORECASE)
# the share's hours before the week they are of: "je 19,5 von 39 Wochenstunden" (blind27)
_HOURS_OF = re.compile(rf"(?<![\d.,])(?P<num>\d{{1,2}}(?:,\d{{1,2}})?){_S}(?:Std\.?{_S}|Stunden{_S})?"
                       rf"von{_S}$", re.IGNORECASE)


def hours_of_week(text: str, pos: int) -> tuple[int, int, Decimal] | None:
    """The hours written right before the week at `pos` ("19,5 von 39 Wochenstunden"): their
    span and value, or None."""
    m = _HOURS_OF.search(text[max(0, pos - 24):pos])
    if m is None or (value := number(m["num"])) is None or not 0 < value < WEEK_RANGE[1]:
        return None
    start = max(0, pos - 24)
    return start + m.start(), start + m.end("num"), value


def labelled_hours(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Decimal]]:
    """"Wochenstunden: 19,5" (as hours)."""
    if "stunden" not in text.lower() and "arbeitszeit" not in text.lower():
        return []
    out = []
    for m in _HOURS_LABEL.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            value = number(m["num"])
            if value is not None and 0 < value <= WEEK_RANGE[1]:
                out.append((m.start(), m.end(), value))
    return out


def person_before(text: str, pos: int) -> bool:
    """A person named just before `pos`, with only linking words between ("Frau A mit ")."""
    start, _ = sentence_span(text, pos)
    for m in PERSON.finditer(text[start:pos]):
        if _TO_SHARE.fullmatch(text[start + m.end():pos]):
            return True
    return False


def staff_clause(text: str, pos: int) -> bool:
    """Bare hours at `pos` are a share: right after a person ("Frau A (30 Std.,", "Herr B,
    19,5 Std.") or after words of the post in their sentence ("die Stelle wird mit 19,5 Std.
    besetzt") — not "eine Sprechstunde von 2 Std." of a person named earlier."""
    if person_before(text, pos):
        return True
    start, _ = sentence_span(text, pos)
    return bool(_POST_BEFORE.search(text[max(start, pos - 50):pos]))


def in_cost_label(text: str, pos: int, figures: list[tuple[int, int, Figure]]) -> bool:
    """The share at `pos` stands in a cost line ("Personalkosten (2 × 0,5 VZÄ): 50.000 €")."""
    start, end = sentence_span(text, pos)
    has_amount = any(g.kind == "betrag" and start <= a < end for a, _, g in figures)
    return has_amount and bool(COST.search(text[max(start, pos - 60):pos]))


def full_time_words(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Vollzeit" as a person's share (not "Vollzeit entspricht 39 Std.", not inside a figure
    such as "Vollzeit, 39 Std.")."""
    if "Vollzeit" not in text:
        return []
    out = []
    for m in FULL_TIME.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        after = text[m.end():m.end() + 14]
        # ("(Vollzeit 39 Std.)": the week the hours are measured by, blind23 j06)
        if re.match(r"\s*(?:entspricht|entsprechen|beträgt|betragen|umfasst|sind|=|:|mit\s+\d|"
                    r"\d{2}(?:,\d{1,2})?\s*(?:Std\b|Stunden|Wochenstunden))", after) or re.search(r"\b(?:bei|einer?)\s+$", text[max(0, m.start() - 6):
                                                                 m.start()]):
            continue
        out.append((m.start(), m.end()))
    # the post filled by a full-time worker: "Die Stelle wird mit einer Vollzeitkraft (39 Std./
    # Woche) besetzt" (blind25 a-westerwald: the hours read as the week only, no share at all)
    out += [(m.start(1), m.end(1)) for m in _FULL_TIME_WORKER.finditer(text)
            if not any(a < m.end() and m.start(1) < b for a, b in taken)]
    return out


_FULL_TIME_WORKER = re.compile(r"\b(?:mit\s+einer|als|durch\s+eine)\s+(Vollzeitkraft)\b")
# a sentence that says when one holder of the post began or left
PART_BEGINS = re.compile(r"\b(?:übernommen|übernimmt|übernahm|eingestellt|begonnen|beginnt|"
                         r"angetreten|nachgefolgt|angefangen|seit|ab)\b", re.IGNORECASE)
PART_ENDS = re.compile(r"\b(?:ausgeschieden|scheidet|schied|endete|beendet|verlassen|"
                       r"gekündigt|Ruhestand|bis|(?<=er )wechselt|(?<=sie )wechselt)\b",
                       re.IGNORECASE)
# between the dates of one span: "vom 01.12.2025 bis zum 31.05.2026", "01.12.2025 – 31.05.2026"
_SPAN = re.compile(r"\s*(?:bis(?:\s+(?:zum|einschließlich|einschl\.))?|[–—-])\s*", re.IGNORECASE)
# a span in which the holder was away, not the part's own time
_ABSENCE = re.compile(r"elternzeit|mutterschutz|krank|beurlaub|sonderurlaub|abwesen|urlaub|"
                      r"freistellung|freigestellt|ruhte|ruht\b|vakan|unbesetzt|nicht besetzt",
                      re.IGNORECASE)


def part_dates(text: str, pos: int, groups, dates) -> tuple[date | None, date | None]:
    """When the part at `pos` begins or ends, where its sentence says so unambiguously: the
    sentence names this one part and one date, with a word that says begin ("übernommen",
    "seit") or end ("ausgeschieden", "bis") but not both; or two dates as one span ("war vom
    1. Dezember 2025 bis zum 31. Mai 2026 … tätig"), unless the span is an absence
    (Elternzeit, Krankheit: the part is held, its holder away). Else (None, None)."""
    s0, s1 = sentence_span(text, pos)
    if sum(1 for g in groups if s0 <= g[0].pos < s1) != 1:
        return None, None
    inside = [(a, b, d) for a, b, d in dates if s0 <= a < s1]
    sentence = text[s0:s1]
    if len(inside) == 2 and inside[0][2] != inside[1][2]:
        (_, first_end, first), (second_at, _, second) = inside
        if first < second and _SPAN.fullmatch(text[first_end:second_at]) and \
                not _ABSENCE.search(sentence):
            return first, second
        return None, None
    if len({d for _, _, d in inside}) != 1:  # one day said twice ("ab dem 1. April 2026;
        return None, None                       # … die Besetzung zum 01.04.2026", blind37)
    day = inside[0][2]
    begins, ends = bool(PART_BEGINS.search(sentence)), bool(PART_ENDS.search(sentence))
    if begins == ends:
        return None, None
    return (day, None) if begins else (None, day)


# a form's one answer listing several holders with their shares: "0,5 (Frau Eva Kremer) und
# 0,5 (Herr Paul Simon)" under the label "Stellenumfang (VZÄ)" (the ministry's Vordruck; issue
# 19, probe round 2). Read only when the whole cell is such a list, else the cell stays
# unreadable (nicht prüfbar)
_HOLDER_ITEM = r"\s*(\d(?:,\d{1,3})?)\s*(?:VZÄ\s*)?\(\s*((?:Frau|Herr|N\.\s?N\.)[^()]{0,60})\)\s*"
_HOLDER_LIST = re.compile(rf"{_HOLDER_ITEM}(?:(?:,|;|und|sowie){_HOLDER_ITEM})+")
_HOLDER_ONE = re.compile(_HOLDER_ITEM)


def holders_in_cell(cell: str) -> list[tuple[str, Decimal]] | None:
    """The (holder, VZÄ) pairs of a cell that is wholly such a list, or None."""
    if not _HOLDER_LIST.fullmatch(cell):
        return None
    out = []
    for m in _HOLDER_ONE.finditer(cell):
        value = number(m.group(1))
        if value is None or not 0 < value <= 1:
            return None
        out.append((" ".join(m.group(2).split()), value))
    return out


# "01.01.–31.12.2026" in a staff row: the start written without its year, the end's year
_YEARLESS_START = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.\s*[–—-]\s*$")


def yearless_start(before: str, ende: date) -> date | None:
    """The start of a range whose first date has no year ("01.01.–31.12.2026"; blind7): the
    day and month just before the end date, in the end's year, when that is a date before it."""
    m = _YEARLESS_START.search(before)
    if m is None:
        return None
    try:
        start = date(ende.year, int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return start if start <= ende else None


def fill_open(own: tuple, remark: tuple) -> tuple:
    """A staff row's begin and end from its date columns, the open one filled from a remark
    beside them – never an end before the begin ("unbesetzt (Ausschreibung bis 15.12.2025) |
    01.02.2026": the deadline of the call is no end of the post; blind7)."""
    beginn, ende = own[0] or remark[0], own[1] or remark[1]
    if beginn and ende and ende < beginn:
        return (beginn, own[1]) if own[0] else (own[0], ende)
    return beginn, ende


# between two mentions of one share, the regular week cut out: "mit 30 Std./Woche; die
# regelmäßige Vollzeit beträgt … [40 Std./Woche], der Stellenanteil entspricht damit [0,75 VZÄ]"
_RESTATES_AT_END = re.compile(r"(?:entspricht|entsprechen|entsprechend|d\.\s?h\.|das\s+sind|"
                              r"dies\s+sind|also|somit|damit)(?:\s+(?:damit|somit|also|"
                              r"einem|einer|rund|ca\.|gerundet|Stellenanteil|Umfang|von))*\s*$",
                              re.IGNORECASE)


def restated_after_week(between: str) -> bool:
    """The text between two equal shares restates the first in another notation: no person,
    no sentence end, and a restating word right before the second share (issue 19, class 2:
    one share written in two notations counts once)."""
    return len(between) <= 200 and not PERSON.search(between) \
        and not re.search(r"[.!?]\s+[A-ZÄÖÜ]", between) \
        and _RESTATES_AT_END.search(between) is not None


# "30 Std. (Vollzeit 40 Std.)", "19,5 Std. (von 39 Std.)": hours in brackets after a share's
# hours in the same cell are the week the share is measured by
_WEEK_IN_BRACKETS = re.compile(rf"{_NUMBER}{_S}(?:Std\b\.?|Stunden\b|h\b)[^()]{{0,20}}\({_S}"
                               r"(?:(?:Vollzeit|VZ|von|bei|Regelarbeitszeit|regelmäßig\w*)\b"
                               r"[^()\d]{0,20})?$", re.IGNORECASE)


def week_in_cell(row: list[str], g: Figure) -> bool:
    """A cell's hours figure `g` that states the regular week: after a week word, or in
    brackets right after the share's own hours."""
    cell_at = g.location.cell if g.location is not None else None
    if not cell_at or cell_at[1] >= len(row) or not WEEK_RANGE[0] <= g.value <= WEEK_RANGE[1]:
        return False
    cell = row[cell_at[1]]
    digits = re.search(r"\d", g.text)
    at = cell.find(g.text[digits.start():] if digits else g.text)
    if at < 0:
        return False
    return is_week(cell, at, g.value) or _WEEK_IN_BRACKETS.search(cell[:at]) is not None


def without_week(text: str, a: int, b: int, week_at: list[tuple[int, int]]) -> str:
    """The text between two mentions, without the regular week written there."""
    if b < a:
        return ""
    between = text[a:b]
    for w0, w1 in sorted(week_at, reverse=True):
        if a <= w0 and w1 <= b:
            between = between[:w0 - a] + " " + between[w1 - a:]
    return between


# a share as a bound in a sentence ("zu keinem Zeitpunkt für mehr als eine Vollzeitstelle",
# "höchstens 1,0 VZÄ", "bis zu zwei halben Stellen"): a limit someone states, no one's part
_COMPARED = re.compile(r"(?:mehr|weniger|nicht\s+mehr)\s+als\s+(?:eine[rn]?\s+|zwei\s+)?$|"
                       r"(?:höchstens|maximal|max\.|bis\s+zu|mindestens|über)\s+(?:eine[rn]?\s+)?$",
                       re.IGNORECASE)


def compared(text: str, pos: int) -> bool:
    return _COMPARED.search(text[max(0, pos - 30):pos]) is not None


def unbroken(header: str) -> str:
    """A header as written and without its spaces: a narrow PDF column breaks a long word
    where it must ("Stellenumfan g"), and the words of a staff header are found in either."""
    return f"{header} {header.replace(' ', '')}" if " " in header else header


_BARE_FRACTION = re.compile(r"\s*(?:([1-9])\s?[/⁄]\s?([2-9])|([½¼¾]))\s*")


def bare_fraction(cell: str) -> Decimal | None:
    """A share cell that is only a fraction of a post ("1/2", "3/4", "½"; blind15), or None;
    "3/2" is no part of one post."""
    m = _BARE_FRACTION.fullmatch(cell)
    return fraction_of_post(m[1], m[2], m[3]) if m else None


# a share the text says is not applied for ("Eine volle Stelle wird nicht beantragt", "keine
# Vollzeitstelle vorgesehen", blind27): an extent no one holds, no part – in its own clause, never
# after a comma ("75 v. H. … besetzt, eine Aufstockung ist nicht vorgesehen", blind23 a07)
_NOT_APPLIED = re.compile(r"^[^.;:,]{0,40}?\b(?:wird|werden|ist|sind|war)\s+(?:derzeit\s+|ausdrücklich\s+)?"
                          r"nicht\s+(?:beantragt|vorgesehen|geplant|beabsichtigt)\b", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"\bkeine?\s+$", re.IGNORECASE)


def not_applied(text: str, a: int, b: int) -> bool:
    """The share at `a`…`b` is one the sentence says is not applied for or planned."""
    return bool(_NOT_APPLIED.search(text[b:b + 120]) or _NONE_BEFORE.search(text[max(0, a - 8):a]))


# the post a share is a part of: "ein Stellenanteil von 0,8 meiner Vollzeitstelle" (blind28):
# the full-time post measures the share, it is no second part
_OF_POST = re.compile(r"\s*(?:VZÄ\s*)?(?:von\s+|der\s+)?(?:meiner|seiner|ihrer|einer|der)\s+",
                      re.IGNORECASE)


def of_post(text: str, m, found: list) -> bool:
    """`m` is a word for a full post ("Vollzeitstelle", no digit) written right after another
    share of the sentence as the post it is a part of."""
    if m.figure is not None and _DIGIT_IN.search(m.figure.text or ""):
        return False
    if re.search(r"\d", text[m.pos:m.end]):
        return False
    return any(o is not m and o.end <= m.pos and _OF_POST.fullmatch(text[o.end:m.pos])
               for o in found)


_DIGIT_IN = re.compile(r"\d")


def no_part(text: str, m, found: list) -> bool:
    """A share read that is no one's part: not applied for, or the post another share is of."""
    return not_applied(text, m.pos, m.end) or of_post(text, m, found)


# the post as a whole in a clause of consequence: "…, so dass die Stelle ohne Unterbrechung mit
# 1,0 VZÄ besetzt ist" (blind27): the total of the parts named before, no holder's part
_WHOLE_POST = re.compile(r"\bso\s?dass\s+die\s+(?:KIM-)?Stelle\b[^.;:]{0,50}$", re.IGNORECASE)


def whole_post(text: str, pos: int) -> bool:
    """The share at `pos` is the whole post a clause of consequence states."""
    return bool(_WHOLE_POST.search(text[max(0, pos - 80):pos]))
