"""Changes of holder a document tells in words (issue 19): "Nachfolgerin ist Frau B",
"Elternzeitvertretung für Frau D", "hat die Stelle übernommen", "Frau A befindet sich in
Elternzeit; ihre Vertretung hat Frau C übernommen". A successor or a stand-in names two holders
one after another; a holder leaving or a change alone says no more than that one changed.

A stand-in during parental leave (Elternzeit, Mutterschutz) holds the share the leave frees: the
holder on leave is not paid from the post while away, so the two do not add up – they are one
after another on one share, like a predecessor and a successor (blind7 j02, blind8 j05). Only
the sentences that tell the change name the pair: a colleague named in the sentence before
("Frau A und Herr B teilen sich die Stelle. Frau A ist in Elternzeit; ihre Vertretung hat Frau C
übernommen") is no third party to it. A holder who keeps working part of her hours during the
leave ("Teilzeit in Elternzeit") frees only part of the share: no pair, the change stays open."""

from __future__ import annotations

import re

from kimdocs.facts.model import Fakten, Personalwechsel
from kimdocs.facts.staff_notation import PERSON, Mention, sentence_span

# a stand-in told with "vertreten" (blind23 j07: "bis 31.05.2026 wurde sie durch Frau Lenz mit
# gleichem Stellenanteil vertreten"), "in Vertretung", "für die Dauer der Elternzeit" – not a
# Kommune "vertreten durch den Landrat" or a holder who "die Kommune im Netzwerk vertreten" has:
# the one who stands in is a person named before "vertreten" or after "vertreten durch"
STAND_IN = (r"\b(?:durch|von)\b[^.;]{0,40}\b(?:frau|herrn?)\b[^.;]{0,80}\bvertreten\b|"
            r"\bvertreten\s+(?:durch|von)\s+(?:\w+\s+){0,3}?(?:frau|herrn?)\b|"
            r"\bin\s+vertretung\b|\bfür\s+die\s+dauer\s+(?:der|ihrer|seiner|des)\s+"
            r"(?:elternzeit|mutterschutz\w*|beurlaubung|sonderurlaubs?)\b")
# (a document that replaces another – "ersetzt den Antrag vom 15.01.2026", "ersetzt unser
# Schreiben" – tells no change of holder: an amendment names the parts from now on; blind20)
_NAMED_CHANGE = (r"\b(?:nachfolger(?:in|innen)?|nachfolge|nachgefolgt|vorgänger(?:in)?|"
                 r"ersetzt(?!\s+(?:(?:de[nm]|die|das|unse?re?[nms]?|ihre?[nms]?)\s+)?"
                 r"(?:\w+\s+)?(?:\w*antrag|\w*bescheid|schreiben|fassung|\w*plan|"
                 r"\w*bericht|mitteilung|vorlage)\b)|abgelöst|"
                 r"(?:elternzeit|krankheits|mutterschutz)?vertretung|"
                 r"vertritt|nachbesetzt|nachbesetzung)\b|"
                 r"\bstelle\w*\b[^.;]{0,80}\bübern(?:ommen|immt|ahm)\b|"
                 r"\bübern(?:ommen|immt|ahm)\b[^.;]{0,40}\bstelle")
SUCCESSION = re.compile(_NAMED_CHANGE + "|" + STAND_IN, re.IGNORECASE)
# "vertreten" alone tells a stand-in only where it names the two parts (else as before: no change)
_NOT_ONLY_STAND_IN = re.compile(_NAMED_CHANGE, re.IGNORECASE)
CHANGE_STEMS = ("nachfolg", "vorgänger", "ersetzt", "abgelöst", "vertret", "übern", "schied",
                "scheidet", "wechsel", "ruhestand", "besetz", "dauer")
LEAVING = re.compile(r"\b(?:ausgeschieden|scheidet\b[^.;]{0,40}\baus|schied\b[^.;]{0,40}\baus|"
                     r"gewechselt|(?:personal)?wechsel|ruhestand|nachbesetz\w*|neu besetzt)\b",
                     re.IGNORECASE)
# a holder away on leave: the sentence names the one a stand-in stands in for
_LEAVE = re.compile(r"elternzeit|mutterschutz|beurlaub|sonderurlaub", re.IGNORECASE)
# working on during the leave: the leave frees only part of the share
_PART_TIME_LEAVE = re.compile(r"teilzeit\w*[^.;]{0,40}\b(?:elternzeit|mutterschutz)|"
                              r"(?:elternzeit|mutterschutz)[^.;]{0,60}\b(?:teilzeit|weiterhin|"
                              r"weiter\s+(?:tätig|beschäftigt|mit))", re.IGNORECASE)


# a successor's share written as the predecessor's: "Seit 01.05.2026 arbeitet Frau B mit
# gleichem Umfang", "im selben Stundenumfang", "mit demselben Stellenanteil" (blind8 j02)
_SAME_EXTENT = re.compile(r"\b(?:mit|im|in|zu)\s+(?:de[mnr]\s+)?(?:gleiche[mnr]?|selbe[mnr]?|"
                          r"demselben|derselben)\s+(?:Stellen|Stunden|Beschäftigungs)?"
                          r"(?:umfang|anteil|stundenzahl|arbeitszeit)\b", re.IGNORECASE)


def same_extent(text: str, found: list[Mention]) -> list[Mention]:
    """A share written as "mit gleichem Umfang" after a person: the share the text named
    before it – only where every share named before it in the text is the same (else it is
    unclear whose it repeats and no share is read)."""
    out: list[Mention] = []
    for m in _SAME_EXTENT.finditer(text):
        s0, _ = sentence_span(text, m.start())
        if not PERSON.search(text, s0, m.start()):
            continue
        before = [x for x in found if x.end <= m.start()]
        if not before or len({(x.vzae, x.hours) for x in before}) != 1:
            continue
        out.append(Mention(m.start(), m.end(), before[-1].vzae, before[-1].hours))
    return out


# a person, also in the dative ("mit Herrn Hill"; PERSON leaves it to the unnamed parts)
_ANY_PERSON = re.compile(PERSON.pattern.replace("Herr|", "Herrn?|", 1))
_FIRST_PERSON = re.compile(r"\b(?:Ich|ich)\b")
_RIGHT_AFTER = 12  # "Herrn Hill (1,0 VZÄ)", "Frau Leonie Braun mit 19,5 Std."


def vacancy_elsewhere(text: str, pos: int, vacant) -> bool:
    """The share at `pos` is a person's, though a vacancy word stands near it: every such
    word within the window the staff reader looks at lies in another sentence, and the
    share's own sentence names a person before it ("… der Anteil war im April unbesetzt. Seit
    01.05. arbeitet Frau B mit gleichem Umfang": Frau B holds it)."""
    s0, s1 = sentence_span(text, pos)
    # ("Im April und Mai war die Stelle unbesetzt. Ich habe am 1. Juni mit voller Stelle
    # angefangen": the one writing holds it, blind28 j11)
    if not _ANY_PERSON.search(text, s0, pos) and not _FIRST_PERSON.search(text, s0, pos):
        return False
    window = range(max(0, pos - 60), pos + 40)
    words = [m.start() for m in vacant.finditer(text) if m.start() in window]
    if all(not (s0 <= k < s1) for k in words):
        return True
    if not _ANY_PERSON.search(text, s0, pos):
        return False
    # the share right after the person who holds it, every vacancy word before that person:
    # the months before she came ("die Stelle war vom 01.03. bis 30.04.2026 unbesetzt und ist
    # seit 01.05.2026 mit Herrn Hill (1,0 VZÄ) nachbesetzt", blind23 j11)
    holder = list(_ANY_PERSON.finditer(text, s0, pos))[-1]
    return pos - holder.end() <= _RIGHT_AFTER and all(k < holder.start() for k in words)


# a sentence saying that the person it names works on the post
_WORKS = re.compile(r"\b(?:tätig|beschäftigt|eingestellt|angestellt|arbeitet|arbeitete|"
                    r"Integrationsmanager(?:in)?|inne|innehat|wahr|wahrnimmt)\b")


def holder_without_part(p, parts: list, texts: list[str], same_person) -> str | None:
    """An unnamed share ("Das Integrationsmanagement ist mit zwei Stellenanteilen zu je 19,5
    Wochenstunden besetzt") whose own text names a person working on the post who holds no part
    read ("Frau Sarah Klein ist seit dem 01.02.2026 tätig."): hers, not a restatement of a
    part named elsewhere (blind21 jb-tr-wechsel: it was merged into a successor's part named in
    the next paragraph, her post lost and the staff read as one half post). Her name, or None."""
    if not p.besetzt:
        return None
    start = p.fundstellen[0].text if p.fundstellen and p.fundstellen[0].text else ""
    text = next((t for t in texts if start and t.startswith(start)), start)
    for m in PERSON.finditer(text):
        s0, s1 = sentence_span(text, m.start())
        if _WORKS.search(text, s0, s1) and not any(same_person(q.wer, m.group(0))
                                                   for q in parts):
            return m.group(0)
    return None


def change_sentences(text: str) -> str:
    """The sentences of `text` that tell a change (a successor, a stand-in, a holder leaving
    or on leave), joined; the whole text where none does."""
    spans, pos = [], 0
    while pos < len(text):
        s0, s1 = sentence_span(text, pos)
        spans.append(text[s0:s1])
        pos = max(s1, pos + 1)
        while pos < len(text) and text[pos].isspace():
            pos += 1
    told = [s for s in spans if SUCCESSION.search(s) or LEAVING.search(s) or _LEAVE.search(s)]
    return " ".join(told) if told else text


def holder_changes(f: Fakten, changes, mentions, dated: set[int], at, same_person) -> None:
    """The changes of holder the document tells, each with the parts it names (by name):
    a change whose parts all have dates is left to the dates (merge_successive, KIM-103's
    moments) – but not one that names a single part dated by a sentence (`dated`) and
    not joined to another, whose date is dropped ("seit dem 1. Juni … hat ihre Stelle
    übernommen": the predecessor's end is unknown); one that names two parts as
    predecessor and successor (or a stand-in and the holder on leave) puts them one after
    another; any other leaves it unknown which parts ran at the same time (never a Fehler
    from adding up holders who followed each other)."""
    if len(f.stellen) < 2:
        return
    for text, location in changes:
        teile = _named(f, text, same_person)
        if teile and all(p.beginn or p.ende or p.abschnitte for p in teile) and (
                len(teile) >= 2 or teile[0].abschnitte or id(teile[0]) not in dated):
            continue
        if not teile and not any(t == text for _, t, *_ in mentions):
            continue  # a change of no part read ("Herr X ist in den Ruhestand gegangen")
        # a pair: the two parts the whole text names, or the two its sentences of the change
        # name (a colleague named in the sentence before is no third party to it), and no
        # third person beside them
        told = change_sentences(text)
        pair = None
        for words in (text, told):
            named = _named(f, words, same_person)
            if len(named) == 1 and SUCCESSION.search(words):
                named += _unnamed_of(f, text)  # "Ihre Vertretung, ich, Theresa Wolf, … 1,0 VZÄ"
            if len(named) == 2 and SUCCESSION.search(words) and all(
                    any(same_person(p.wer, m.group(0)) for p in named)
                    for m in PERSON.finditer(words)):
                pair = named
                for p in pair:  # the unnamed one: the stand-in or successor, not "Stelle"
                    if p.wer == "Stelle":
                        p.wer = "Vertretung" if "vertret" in words.lower() else "Nachfolge"
                break
        if pair is None and not (_NOT_ONLY_STAND_IN.search(text) or LEAVING.search(text)):
            continue  # "vertreten durch Frau B" beside parts it does not pair (blind18)
        f.stellen_wechsel.append(Personalwechsel(
            " ".join(text.split())[:300], pair or teile,
            pair is not None and not _PART_TIME_LEAVE.search(told), at(location, text)))


def _named(f: Fakten, text: str, same_person) -> list:
    """The parts whose holder `text` names."""
    names = [m.group(0) for m in PERSON.finditer(text)]
    return [p for p in f.stellen if any(same_person(p.wer, n) for n in names)]


def undated_stand_ins(f: Fakten, rows) -> None:
    """A staff table's row of a stand-in ("Kevin Stein | Elternzeitvertretung | 1,0 VZÄ")
    without dates beside other parts: whom it stands in for and when is unknown, so it is
    unknown which parts ran at the same time (blind25) – never a Fehler from adding them up.
    A dated one is left to its dates, one a sentence names in a change to that change."""
    if len(f.stellen) < 2:
        return
    told = {id(p) for w in f.stellen_wechsel for p in w.teile}
    for text, where, part in rows:
        if any(part is p for p in f.stellen) and id(part) not in told and not (
                part.beginn or part.ende or part.abschnitte):
            f.stellen_wechsel.append(Personalwechsel(" ".join(text.split())[:300], [part],
                                                     False, where))


def _unnamed_of(f: Fakten, text: str) -> list:
    """The one occupied part without a holder's name read from `text` (a stand-in named
    without "Frau"/"Herr": "Frau Selin Arslan (1,0 VZÄ) befindet sich seit dem 1. Mai 2026 in
    Elternzeit. Ihre Vertretung, ich, Theresa Wolf, bin seit dem 1. Mai 2026 mit ebenfalls
    1,0 VZÄ befristet eingesetzt", blind14), or none where there are more."""
    own = [p for p in f.stellen if p.besetzt and p.wer.startswith("Stelle") and p.fundstellen
           and p.fundstellen[0].text and text.startswith(p.fundstellen[0].text)]
    return own if len(own) == 1 else []


def restated_by_pair(f: Fakten, same_place) -> None:
    """An unnamed share that may restate a holder's (`vielleicht_wiederholt`) in the paragraph
    that names a holder and her stand-in or successor on that same share, one after another:
    the post the two hold ("Das Integrationsmanagement war ganzjährig mit einer Vollzeitstelle
    besetzt. Frau Hanna Zimmer (1,0 VZÄ) befindet sich seit dem 01.04.2026 in Elternzeit …;
    ihre Aufgaben hat … Herr Stefan Dietz als Elternzeitvertretung mit ebenfalls 39 Std./Woche
    übernommen", blind10 j03), no post of its own."""
    for w in f.stellen_wechsel:
        if not w.nacheinander or len(w.teile) != 2 or w.teile[0].vzae != w.teile[1].vzae:
            continue
        a, b = w.teile
        for p in [p for p in f.stellen if p.vielleicht_wiederholt]:
            if p.vzae == a.vzae and same_place(p, a) and same_place(p, b):
                a.fundstellen += p.fundstellen
                f.stellen = [q for q in f.stellen if q is not p]
