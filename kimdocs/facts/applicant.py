"""The applicant: its name and the kind of body (Landkreis, Stadt, Verbandsgemeinde, Verein, …),
and its Kreisschlüssel or Gemeindeschlüssel. Read from a form's label ("Antragsteller:"), the
first line under a heading about it, a sentence ("Die Stadt Mainz beantragt …"), or the
letterhead a form points to ("siehe Briefkopf")."""

from __future__ import annotations

import re
from functools import lru_cache

from kimdocs.facts.context import Family, Pair, Passage
from kimdocs.facts.model import Fakten
from kimdocs.facts.text import PLACE_DATE
from kimdocs.findings import Fundstelle
from kimdocs.guideline.kommunen import eligible_list
from kimdocs.readers.document import Heading, Paragraph

_APPLICANT_KEYS = ("antragsteller", "antragstellerin", "antragstellende", "zuwendungsempfänger",
                   "name der kommune", "kommune", "gebietskörperschaft", "träger der maßnahme")
_KEY_KEYS = ("kreisschlüssel", "gemeindeschlüssel", "ags", "amtlicher gemeindeschlüssel",
             # the ministry's Vordruck: "Gemeindekennziffer" (issue 19, probe round 2)
             "gemeindekennziffer", "kreiskennziffer", "gemeindekennzahl", "kreiskennzahl",
             # abbreviated in a terse letter: "• Kreisschl.: 07233" (blind32)
             "kreisschl.", "gemeindeschl.", "kreisschl", "gemeindeschl")
_KEY_PREFIXES = tuple(f"{k} " for k in _KEY_KEYS)  # "ags (amtlicher gemeindeschlüssel)"
# one label for either key: "Kreis-/Gemeindeschlüssel", "Kreis- bzw. Gemeindeschlüssel"
_KEY_EITHER = re.compile(r"^(?:kreis|gemeinde)[\w\s./-]{0,12}(?:kreis|gemeinde)schlüssel$")
# under a heading about the applicant, a form's row names it by a plain label
# ("Antragstellende Gebietskörperschaft" | "Name | Landkreis Alzey-Worms"; issue 19, probe)
_NAME_KEYS = ("name", "bezeichnung", "name der körperschaft", "körperschaft", "offizieller name")
_KEY_VALUE = re.compile(r"\b(07\d{3}(?:\d{3})?)\b")  # Rhineland-Palatinate: 07…
_KEY_NAMED = r"(?:(?:kreis|gemeinde)schl(?:üssel|\.)|(?:kreis|gemeinde)kenn(?:ziffer|zahl)|\bags\b)\D{0,20}(07\d{3}(?:\d{3})?)\b"
_KEY_IN_VALUE = re.compile(_KEY_NAMED, re.IGNORECASE)
_KEY_IN_TEXT = re.compile(_KEY_NAMED)  # on the casefolded text
_APPLICANT_SECTION = re.compile(r"antragstell|zuwendungsempfänger", re.IGNORECASE)
_BODY = (r"(?:Landeshauptstadt|Verbandsgemeinde|Ortsgemeinde|Gemeinde|Stadt|Landkreis|Kreis|Kreisverwaltung|"
         r"Stadtverwaltung|Große Kreisstadt)")
_NAME = r"[A-ZÄÖÜ][\w\-]+(?:\s+(?:am|an|in|der|im|(?:a\.|i\.|d\.)\s?\w+\.?|[A-ZÄÖÜ(][\w\-()]+))*"
_APPLICANT_SENTENCE = re.compile(
    rf"(?P<name>(?:{_BODY}\s+{_NAME})|(?:{_NAME}\s+(?:e\.\s?V\.|gGmbH|GmbH)))\s+"
    rf"(?:beantragt|stellt\s+(?:hiermit\s+)?(?:den|einen)\s+Antrag)")
# the verb first, as a letter or an e-mail starts: "hiermit beantragt der Rhein-Hunsrück-Kreis
# (…) eine Zuwendung" – the name is taken only when it is a body's or a listed name (issue 19,
# probe round 2)
_VERB_FIRST = re.compile(r"\bbeantragt\s+(?:hiermit\s+|hierdurch\s+)?(?:der|die|das)\s+(?P<rest>\S.{2,120})")
_POINTER = re.compile(r"^(?:siehe|s\.|vgl\.|wie)\s+(?:im\s+)?(?:briefkopf|kopf|oben|absender)\b",
                      re.IGNORECASE)
_LETTERHEAD_BODY = re.compile(rf"{_BODY}(?:\s+des|\s+der)?\s+{_NAME}")
_BODY_NAME = re.compile(rf"{_BODY}\s+{_NAME}")
# where a name ends in a form's answer: its address, its key, a register, a comma …
# – but not inside a name: "Landkreis Südliche Weinstraße" (a street has its house number),
# "Frankenthal (Pfalz)", "Altenkirchen (Westerwald)" (a one-word addition in brackets); issue 19
# class 8
_NAME_END = re.compile(r"\s*(?:\bAnschrift\b|\bKreisschlüssel\b|\bGemeindeschlüssel\b|\bAGS\b|"
                       r"\bVereinsregister\b|\bHandelsregister\b|\bvertreten\b|[,;:]|\n|"
                       r"\((?![A-ZÄÖÜ][\w-]+\))|"
                       r"\b[A-ZÄÖÜ][\w-]*\s?(?:[Ss]traße|[Ss]tr\.|[Pp]latz|[Ww]eg|[Aa]llee)\s*\d|"
                       # a street without a street word: "An der Kreuzmühle 2", "Am Markt 1"
                       r"\b(?:An|Am|Auf|Im|In|Zum|Zur|Unter|Hinter|Vor|Bei)\s+"
                       r"(?:(?:der|dem|den|die|das)\s+)?[A-ZÄÖÜ][\w.-]*\s+\d{1,4}[a-z]?\b|"
                       r"\d{5}).*$", re.S)
# a listed body's name read whole before any cut by pattern: "Stadt Neustadt an der Weinstraße",
# "Landkreis Altenkirchen (Westerwald)", "Rhein-Pfalz-Kreis" (issue 19, class 8)
_LISTED_BODY = rf"(?:{_BODY}|Lkr\.|LK|KV|Kreisverw\.|Stadtverw\.)(?:\s+(?:des|der))?"


@lru_cache(maxsize=8)
def _listed_names(names: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split()))
                            for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{_LISTED_BODY}\s+)?(?:{alternatives})(?![\w-])")


_KINDS = (  # (kind, pattern on the name); the guideline's list decides what is eligible
    ("verein", r"e\.\s?v\.|\bverein\b|verband\b"),
    ("ggmbh", r"\bg?gmbh\b|\bag\b|stiftung"),
    ("verbandsgemeinde", r"\bverbandsgemeinde|\bvg\b"),
    ("ortsgemeinde", r"\bortsgemeinde"),
    ("verbandsfreie_gemeinde", r"\bverbandsfreie\b|^gemeinde\b"),
    # also abbreviated: "Lkr. Neuwied", "LK Kusel", "KV Cochem-Zell", "Kreisverw. Kusel"
    ("landkreis", (r"\blandkreis\b|\bkreisverwaltung\b|\bkreis\b|rhein-|\w+-kreis\b|"
                  r"\blkr\.|\blk\b|\bkv\b|\bkreisverw\.|\beifelkreis\b")),
    ("stadt", r"\bstadt\b|stadtverwaltung|\bstadtverw\.|\bstadtv\."),
)
_KIND_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in _KINDS)


def body_kind(name: str) -> str | None:
    low = name.casefold()
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(low):
            return kind
    return None


@lru_cache(maxsize=1024)  # a section's title comes back for every paragraph under it
def _about_applicant(section: str) -> bool:
    return bool(_APPLICANT_SECTION.search(section))


def _name_part(text: str) -> str:
    return _NAME_END.sub("", text.strip()).strip()


def _looks_like_name(text: str) -> bool:
    """The first line under "Antragsteller": a body ("Verbandsgemeinde Nastätten") or a
    proper name of capitalised words, not a sentence ("Angaben folgen.")."""
    text = text.strip()
    if not (3 <= len(text) <= 120 and text[0].isupper() and ":" not in text[:40]
            and not PLACE_DATE.match(text) and len(_name_part(text)) >= 3):
        return False
    name = _name_part(text)
    words = [w for w in name.split() if w not in ("am", "an", "der", "des", "in", "im", "e.", "V.")]
    return body_kind(name) is not None or (not name.endswith(".") and all(
        w[:1].isupper() or w[:1] == "(" for w in words))


class Applicant(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        liste = eligible_list(ctx.richtlinie)
        self._listed = _listed_names(tuple(e.name for e in liste.eintraege)) if liste else None

    def _name(self, text: str) -> str:
        """The applicant's name at the start of a form's answer: a listed body's name whole,
        else up to where a name ends (its address, its key, a comma …)."""
        m = self._listed.match(text) if self._listed else None
        return m.group(0).strip() if m else _name_part(text)

    def text_block(self, f: Fakten, p: Passage) -> None:
        # the first line under a heading "Antragsteller" names it
        if p.kind == "paragraph" and f.antragsteller.name is None and _about_applicant(
                p.section):
            if _looks_like_name(p.text):
                self._set_name(f, self._name(p.text), self.ctx.at(p.location, p.text))
            elif len(p.text) > 120:  # the name line joined to the lines under it by a PDF
                # reader: "Verbandsgemeinde Bitburger Land Marktstraße 12, … Antragstellerin ist …"
                m = (self._listed.match(p.text) if self._listed else None) or \
                    _BODY_NAME.match(_name_part(p.text))
                if m:
                    self._set_name(f, m.group(0), self.ctx.at(p.location, p.text))

    def pair(self, f: Fakten, pair: Pair) -> None:
        key, value = pair.key, pair.value
        if key in _KEY_KEYS or key.startswith(_KEY_PREFIXES) or _KEY_EITHER.match(key):
            m = _KEY_VALUE.search(value)
            if m:
                self._set_key(f, m.group(1), self.ctx.at(pair.where, f"{pair.label}: {value}"))
        elif key.startswith(_APPLICANT_KEYS[:5]) or key in _APPLICANT_KEYS:
            self._set_name(f, self._name(value), self.ctx.at(pair.where, f"{pair.label}: {value}"))
            m = _KEY_IN_VALUE.search(value)
            if m:
                self._set_key(f, m.group(1), self.ctx.at(pair.where, f"{pair.label}: {value}"))
        elif key in _NAME_KEYS and pair.section and _about_applicant(pair.section) and (
                body_kind(value) or (self._listed and self._listed.match(value))):
            # a body's name, not a person's ("Name | Frau Roth" of a contact in that part)
            self._set_name(f, self._name(value), self.ctx.at(pair.where, f"{pair.label}: {value}"))

    def passage(self, f: Fakten, p: Passage) -> None:
        low = p.low
        m = _APPLICANT_SENTENCE.search(p.text) if f.antragsteller.name is None and (
            "beantragt" in low or "antrag" in low) else None
        if m:
            self._set_name(f, m.group("name"), self.ctx.at(p.location, p.text))
        elif f.antragsteller.name is None and "beantragt" in low:
            self._verb_first(f, p)
        if f.antragsteller.schluessel is None and ("schl" in low or "ags" in low):
            m = _KEY_IN_TEXT.search(low)
            if m:
                self._set_key(f, m.group(1), self.ctx.at(p.location, p.text))

    def _verb_first(self, f: Fakten, p: Passage) -> None:
        m = _VERB_FIRST.search(p.text)
        if not m:
            return
        rest = m.group("rest")
        listed = self._listed.match(rest) if self._listed else None
        body = None if listed else _BODY_NAME.match(rest)
        if listed or body:
            name = listed.group(0).strip() if listed else _name_part(body.group(0))
            self._set_name(f, name, self.ctx.at(p.location, p.text))

    def _set_name(self, f: Fakten, name: str, where: Fundstelle) -> None:
        name = " ".join(name.split()).strip(" ,;")
        if not name or name in ("–", "-"):
            return
        if _POINTER.match(name):  # "siehe Briefkopf": the body named in the letterhead
            head = self._letterhead_body()
            if head is None:
                return
            name, where = head
        if f.antragsteller.name is None:
            f.antragsteller.name = name
            f.antragsteller.art = body_kind(name)
            f.antragsteller.fundstelle = where

    def _letterhead_body(self) -> tuple[str, Fundstelle] | None:
        """The authority a letterhead names ("Kreisverwaltung Bad Dürkheim"): a line that is
        only a body's name, before the document's first heading."""
        for block in self.ctx.document.blocks:
            if isinstance(block, Heading):
                return None
            if isinstance(block, Paragraph) and _LETTERHEAD_BODY.fullmatch(block.text.strip()):
                return block.text.strip(), self.ctx.at(block.location, block.text)
        return None

    def _set_key(self, f: Fakten, key: str, where: Fundstelle) -> None:
        a = f.antragsteller
        if a.schluessel is None:
            a.schluessel = key
            a.fundstelle = a.fundstelle or where
        elif a.schluessel != key and not (len(key) == 8 and key.endswith("000")
                                          and key[:5] == a.schluessel):
            a.unklar = f"Das Dokument nennt zwei Schlüssel ({a.schluessel}, {key})."
