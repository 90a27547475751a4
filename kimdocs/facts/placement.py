"""Where the post sits (Ansiedlung): inside the administration (an Amt, a Fachbereich) or at
an outside body (a Verein, a gGmbH, a Wohlfahrtsverband), and that body's name."""

from __future__ import annotations

import re
from functools import lru_cache

from kimdocs.facts.context import Family, Pair, Passage
from kimdocs.facts.model import Fakten
from kimdocs.facts.text import SENTENCE, holds_any
from kimdocs.readers.document import Table

# The placement words, once: a verb that places the post, and the words for its employer.
_PLACING = ("angesiedelt", "eingerichtet", "angestellt", "beschäftigt", "verortet")
_EMPLOYER = ("anstellungsträger", "trägerschaft")  # and "Träger" itself
# a sentence that places the post ("… ist beim Caritasverband angesiedelt", "Träger ist …")
_PLACES = re.compile("|".join((*_PLACING, *_EMPLOYER, r"\bträger\b")), re.IGNORECASE)
# a sentence is read for a placement only with one of these words ("Träger" only as a label:
# "Träger der Migrationsberatung" is a partner) or under a heading about the post
_HINTS = (*_PLACING, *_EMPLOYER, "träger:")
_TOPIC = ("anbindung", "ansiedlung", "einbindung")  # a heading about where the post sits
_PLACEMENT_SECTION = re.compile("|".join((*_TOPIC, "organisation", "stelle")), re.IGNORECASE)
# a heading whose whole part is about where the post sits ("Einbindung in die Verwaltung")
_PLACEMENT_HEADING = re.compile("|".join((*_TOPIC, "organisatorisch", "organisationseinheit")),
                                re.IGNORECASE)
# form labels: the employer, or the unit of the administration
_EMPLOYER_KEYS = ("träger", *_EMPLOYER)
_UNIT_KEYS = ("amt", "abteilung", "organisationseinheit", "fachbereich", "referat", "ansiedlung",
              "organisatorische anbindung", "dienststelle")
_UNIT_STARTS = tuple(f"{k} " for k in _UNIT_KEYS)
_EXTERNAL = re.compile(r"(e\.\s?V\.|\bgGmbH\b|\bGmbH\b|verein\b|verband\b|freie[nrm]?\s+träger|"
                       r"\bcaritas|\bdiakoni|\bawo\b|\bdrk\b|\bstiftung\b|wohlfahrt)",
                       re.IGNORECASE)
# (also abbreviated in a terse letter: "KV Vulkaneifel, Abt. 2 Soziales, Sachgebiet
# Integration", "StV, FB 5", blind32)
_INTERNAL = re.compile(r"verwaltung|(?<!ges)amt\b|referat|abteilung|fachbereich|stabsstelle|"
                       r"dezernat|fachdienst|geschäftsbereich|büro|sachgebiet|\bkv\b|\bstv\b|"
                       r"\babt\.|\bfb\s?\d|\bsg\s?\d", re.IGNORECASE)
_INTERNAL_UNIT = re.compile(r"\b\w*verwaltung\b", re.IGNORECASE)
# a negation of the outside body ("nicht bei einem freien Träger"), not of the administration
# before it ("nicht in der Kreisverwaltung geführt: Anstellungsträger ist …", blind18)
_NOT_OUTSIDE = re.compile(r"\b(?:nicht|kein\w*)\b([^.:]{0,40}?)(träger|verein|verband|e\.\s?v)")
# a negated unit of the administration ("nicht in der Kreisverwaltung", "kein Amt"), to the end
# of its clause: it places nothing inside (blind18)
_NOT_INSIDE = re.compile(r"\b(?:nicht|kein\w*)\b[^,.:;]{0,40}", re.IGNORECASE)
# the employer named in a clause of its own: "Anstellungsträger ist der Caritasverband Speyer
# e. V., mit dem der Landkreis einen Kooperationsvertrag schließt" (blind18) – the body up to
# the clause's end, a partner named after it is another matter
_ARTICLE = re.compile(r"^(?:der|die|das)\s+", re.IGNORECASE)
_EMPLOYER_IS = re.compile(r"\b(?:anstellungsträger(?:in)?|träger\s+der\s+stelle)\s*(?:ist|wird|"
                          r"bleibt|:)\s+([^,;:]+(?:e\.\s?V\.)?)|\bin\s+(?:der\s+)?Trägerschaft\s+"
                          r"(?:des|der)\s+([^,;:]+(?:e\.\s?V\.)?)", re.IGNORECASE)
_PARTNER = re.compile(r"(zusammenarbeit|kooperation|partner|vertreten|beteiligt|netzwerk)")
# the post itself as what a placing verb places ("Die Stelle wird im Amt 50 – Sozialamt,
# Abteilung Integration, eingerichtet"; not a "Koordinierungsstelle" the Amt set up)
_POST = re.compile(r"\bstelle\b|\bintegrationsmanage", re.IGNORECASE)
# a form's question answered by check boxes ("Stelle in der Stadtverwaltung angesiedelt | ☒ ja
# ☐ nein"): the readers put a box before the word it ticks (issue 19, class 9)
_BOXES = re.compile(r"[\u2612\u2610]\s*(?:ja|nein)\b", re.IGNORECASE)
# a box and its word pair by their order: a PDF reader may give the box glyphs (another font)
# before the words, "☐ ☒ ja nein"
_BOX_OR_WORD = re.compile(r"[\u2612\u2610]|\b(?:ja|nein)\b", re.IGNORECASE)
# the question names the administration ("in der Kreisverwaltung angesiedelt") or an outside
# employer ("bei einem freien Träger angestellt"); another yes/no question is none of ours
_ASKS = re.compile(r"verwaltung|tr[äa]ger|e\.\s?V\.|verein|verband|gGmbH", re.IGNORECASE)
# "Falls nein: Träger", "Wenn nein, Anstellungsträger": a row that only counts after a "nein"
_IF_NO = re.compile(r"^(?:falls|wenn|sofern)\s+nein\s*[:,]?\s*", re.IGNORECASE)
_KEY_PARTS = re.compile(r"\s*(?:/|,|\bund\b|\boder\b)\s*")
_NOTHING = ("", "entfällt", "keine", "keiner", "nicht zutreffend", "/", "n. a.")
_AT_BODY = re.compile(rf"\bbei(?:m| dem| der| einem| einer)?\s+(.+?)(?:\s+(?:{'|'.join(_PLACING)})"
                      r"\b|$)")


@lru_cache(maxsize=1024)  # a section's title comes back for every passage under it
def _section_about(section: str) -> tuple[bool, bool]:
    """Is the section about the post, and is all of it about where the post sits?"""
    return bool(_PLACEMENT_SECTION.search(section)), bool(_PLACEMENT_HEADING.search(section))


def _unit_key(key: str) -> bool:
    """A label for the unit of the administration: "Amt", "Amt / Abteilung", "Fachbereich",
    "Ansiedlung der Stelle"."""
    return key.startswith(_UNIT_STARTS) or key in _UNIT_KEYS or all(
        k in _UNIT_KEYS for k in _KEY_PARTS.split(key) if k)


class Placement(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self._answer: bool | None = None  # the box answer: True ja, False nein
        self._undecided: tuple | None = None  # a box question ticked neither or both ways
        self._seen: set[int] = set()  # the paragraphs whose boxes were read as a label's pair
        self._unit: re.Match | None = None  # the administration a ticked "ja" names

    def pair(self, f: Fakten, pair: Pair) -> None:
        key, value = pair.key, pair.value
        boxes = _BOXES.search(value) if ("\u2612" in value or "\u2610" in value) else None
        if boxes:  # answered by boxes, never read as a sentence ("Anbindung | in der
            # Kreisverwaltung ☐ ja ☒ nein" says "nein")
            self._seen.add(id(pair.where))
            question = f"{pair.label} {value[:boxes.start()]}"
            if _ASKS.search(question):
                self._boxes(f, question, value[boxes.start():], pair.where)
            return
        conditional = _IF_NO.match(key)
        if conditional:  # "Falls nein: Träger": only after a "nein"
            key = key[conditional.end():]
            if value.strip(" –-.").casefold() in _NOTHING:
                return
            if self._answer is True and key in _EMPLOYER_KEYS:
                f.ansiedlung.unklar = ("Die Anbindung ist als „ja“ angekreuzt, das Formular nennt "
                                       f"aber einen Träger für „nein“ ({value.strip()[:80]}).")
                return
        if key in _EMPLOYER_KEYS and value.strip(" –-"):
            if self._answer is False and f.ansiedlung.traeger is None:
                f.ansiedlung.traeger = re.split(r"[;\n]", value.strip())[0].strip()[:120]
            self._place(f, f"Träger: {value}", pair.where)
        elif _unit_key(key) and value.strip(" –-"):
            if f.ansiedlung.einheit is None:
                f.ansiedlung.einheit = value.strip()
                f.ansiedlung.fundstelle = f.ansiedlung.fundstelle or self.ctx.at(
                    pair.where, f"{pair.label}: {value}")
            self._place(f, value, pair.where, label=True)

    def passage(self, f: Fakten, p: Passage) -> None:
        low, text = p.low, p.text
        if ("\u2612" in text or "\u2610" in text) and _BOXES.search(text):
            # "Stelle in der Stadtverwaltung angesiedelt ☐ ja ☒ nein": the boxes answer it
            question = text[:_BOXES.search(text).start()]
            if _ASKS.search(question) and id(p.location) not in self._seen:
                self._boxes(f, question, text[len(question):], p.location)
            return
        about_post, about_place = _section_about(p.section)
        if (about_post or holds_any(low, _HINTS)) and (
                _PLACES.search(text) or (_INTERNAL.search(text) and (
                    "angesiedelt" in low or (p.kind != "heading" and about_place)))):
            self._place(f, text, p.location, about_place=about_place)

    def row(self, f: Fakten, i: int, table: Table, r: int, cells) -> None:
        """A choice list in a form's table: one row per option, its box in a cell of its own
        ("☒ | Kreisverwaltung Kusel, Abteilung 3" / "☐ | externer Träger (bitte benennen)"),
        under a heading about where the post sits (blind9). The one ticked option places the
        post; none or several ticked: unclear."""
        if r or not _section_about(self.ctx.section[i])[1] or f.ansiedlung.extern is not None:
            return  # (the whole table at its first row)
        options = [(row[0].strip(), " ".join(row[1:]).strip()) for row in table.rows
                   if len(row) >= 2 and row[0].strip() in ("\u2612", "\u2610")]
        if len(options) < 2 or len(options) != len(table.rows):
            return
        ticked = [text for box, text in options if box == "\u2612"]
        where = self.ctx.at(table.location, " | ".join(f"{b} {t}" for b, t in options))
        if len(ticked) != 1:
            self._undecided = self._undecided or ("Organisatorische Anbindung", table.location)
            return
        outside = bool(_EXTERNAL.search(ticked[0]) or "träger" in ticked[0].casefold())
        if not outside and not _INTERNAL.search(ticked[0]):
            return
        a = f.ansiedlung
        a.extern, a.fundstelle = outside, where
        if outside:
            a.traeger = a.traeger or ticked[0][:120]
        else:
            a.einheit = a.einheit or ticked[0][:120]

    def finish(self, f: Fakten) -> None:
        a = f.ansiedlung
        if a.einheit is None and self._unit and a.extern is False:  # "in der Kreisverwaltung"
            a.einheit = self._unit.group(0)
        if self._undecided and a.extern is None and a.unklar is None:
            question, location = self._undecided
            a.unklar = (f"Die Frage „{question}“ ist nicht eindeutig angekreuzt (weder oder "
                        "beide Kästchen).")
            a.fundstelle = a.fundstelle or self.ctx.at(location, question)

    def _boxes(self, f: Fakten, question: str, answer: str, location) -> None:
        """A yes/no question about the placement answered by check boxes: "ja" to a post in
        the administration is inside it, "nein" outside; neither or both: unclear."""
        question = " ".join(question.split()).strip(" :")
        tokens = [t.casefold() for t in _BOX_OR_WORD.findall(answer)]
        boxes = [t for t in tokens if t in "\u2612\u2610"]
        words = [t for t in tokens if t not in "\u2612\u2610"]
        ticked = {w for b, w in zip(boxes, words, strict=False) if b == "\u2612"}
        yes, no = "ja" in ticked, "nein" in ticked
        if len(boxes) != len(words) or sorted(words) != ["ja", "nein"] or yes == no:
            self._undecided = self._undecided or (question, location)
            return
        outside_asked = bool(_EXTERNAL.search(question) or "träger" in question.casefold())
        if outside_asked and not yes:
            return  # "bei einem freien Träger angesiedelt? nein" says not where it is
        a = f.ansiedlung
        extern = yes if outside_asked else not yes
        where = self.ctx.at(location, f"{question}: {answer}")
        if a.extern is not None and a.extern != extern:
            a.unklar = (f"Das Dokument sagt zur Anbindung Verschiedenes („{question}: "
                        f"{' '.join(answer.split())}“).")
            return
        self._answer = yes
        a.extern = extern
        a.fundstelle = where
        if not extern:
            self._unit = _INTERNAL_UNIT.search(question)

    def _place(self, f: Fakten, text: str, location, label: bool = False,
               about_place: bool = False) -> None:
        """A unit of the administration counts where the sentence says it places the post
        there: "angesiedelt", "Verwaltung", "Anbindung", or a placing verb ("eingerichtet",
        "beschäftigt") with the post named or under a heading about where the post sits – a
        letter's "Die Stelle wird im Amt 50, Abteilung Integration, eingerichtet" (blind6)."""
        a = f.ansiedlung
        for sentence in SENTENCE.split(text):
            low = sentence.casefold()
            outside = _EXTERNAL.search(sentence)
            placing = label or _PLACES.search(sentence) or "angesiedelt" in low
            if outside and placing and not _negated_outside(low) and not _PARTNER.search(low):
                a.extern = True
                a.traeger = a.traeger or _body_named(sentence)
                a.fundstelle = self.ctx.at(location, sentence)
                return
            clause = _placed_outside(sentence) if outside and placing else None
            employer = _employer_named(sentence) if outside and placing else None
            if clause or employer:
                a.extern = True
                a.traeger = a.traeger or employer or _body_named(clause)
                a.fundstelle = self.ctx.at(location, sentence)
                return
            if _INTERNAL.search(_NOT_INSIDE.sub(" ", sentence)) and a.extern is None and (
                    label or "angesiedelt" in low or "verwaltung" in low or "anbindung" in low
                    or (any(w in low for w in _PLACING) and (about_place or _POST.search(low)))
                    or (about_place and not outside)):
                # (under a heading all about where the post sits, the unit alone says it:
                # "Organisatorische Anbindung" / "KV Vulkaneifel, Abt. 2 Soziales", blind32)
                a.extern = False
                a.fundstelle = self.ctx.at(location, sentence)


def _placed_outside(sentence: str) -> str | None:
    """The clause of a sentence that places the post itself at an outside body, where another
    clause after a semicolon names the administration's part ("Die Stelle wird beim
    Caritasverband … e. V. eingerichtet; der Landkreis leitet die Zuwendung an den Verband
    weiter und ist im Beirat vertreten"; blind8 a15): the post, a placing word and the body in
    one clause, no partner or negation in it, and no other clause placing a post inside the
    administration. None where no clause says so alone."""
    clauses = sentence.split(";")
    found = [c for c in clauses if _POST.search(c) and _EXTERNAL.search(c) and (
        _PLACES.search(c) or "angesiedelt" in c.casefold()) and not _negated_outside(
        c.casefold()) and not _PARTNER.search(c.casefold())]
    inside = [c for c in clauses if c not in found and _POST.search(c) and _INTERNAL.search(c)]
    return found[0] if len(found) == 1 and not inside else None


def _negated_outside(low: str) -> bool:
    """The sentence negates an outside body ("nicht bei einem freien Träger", "kein Verein"),
    not a unit of the administration between ("nicht in der Kreisverwaltung, sondern beim
    Caritasverband e. V.")."""
    return any(not _INTERNAL.search(m.group(1)) for m in _NOT_OUTSIDE.finditer(low))


def _employer_named(sentence: str) -> str | None:
    """The outside body a clause names as the post's employer ("Anstellungsträger ist der
    Caritasverband Speyer e. V."), no negation or partner in that clause; None where none
    does."""
    for m in _EMPLOYER_IS.finditer(sentence):
        body = (m.group(1) or m.group(2)).strip()
        low = m.group(0).casefold()
        if _EXTERNAL.search(body) and not _NOT_INSIDE.search(low) and not _PARTNER.search(low):
            return _ARTICLE.sub("", body).strip(" ")[:120]
    return None


def _body_named(sentence: str) -> str:
    """The outside body a placement sentence names: after its colon, or after "bei(m)"."""
    text = " ".join(sentence.split())
    if ":" in text:
        text = text.rsplit(":", 1)[1]
    else:
        m = _AT_BODY.search(text)
        text = m.group(1) if m else text
    return text.strip(" .")[:120] + ("." if text.strip(" .").endswith(("e. V", "e.V")) else "")
