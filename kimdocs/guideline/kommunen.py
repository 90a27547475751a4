"""Reference data: the bodies eligible under a guideline, and their courts.

Lists live in kimdocs/guideline/listen/<id>.yaml; a guideline names its list in `parameter.berechtigte`.
Names alone are ambiguous (Kaiserslautern is a city, 07312, and a district, 07335), so a
lookup by name that fits two bodies says so instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from kimdocs.guideline import Richtlinie
from kimdocs.model import Kommune, read_mapping


@dataclass(frozen=True)
class Eintrag:
    kreisschluessel: str
    name: str
    art: str
    verwaltungsgericht: str | None = None

    @property
    def art_text(self) -> str:
        return "Landkreis" if self.art == "landkreis" else "kreisfreie Stadt"


@dataclass(frozen=True)
class Gericht:
    name: str
    anschrift: str


@dataclass(frozen=True)
class Liste:
    id: str
    eintraege: tuple[Eintrag, ...]
    gerichte: Mapping[str, Gericht]
    # kinds of bodies that are not eligible ({"verbandsgemeinde": "Verbandsgemeinde"}), and the
    # große kreisangehörige Städte by name -> their Landkreis key
    nicht_berechtigt: Mapping[str, str] = field(default_factory=dict)
    grosse_staedte: Mapping[str, str] = field(default_factory=dict)

    def by_key(self, key: str) -> Eintrag | None:
        return next((e for e in self.eintraege if e.kreisschluessel == key), None)


@dataclass(frozen=True)
class Treffer:
    """The result of a lookup: exactly one entry, or why there is none."""

    eintrag: Eintrag | None
    problem: str | None = None
    mehrdeutig: bool = False  # the name fits several bodies: undecidable, not ineligible


# also as municipalities abbreviate themselves: "Lkr. Mainz-Bingen", "KV Cochem-Zell",
# "Stadtverw. Worms"; and the Eifelkreis ("KV Bitburg-Prüm" is the Eifelkreis Bitburg-Prüm)
_PREFIXES = re.compile(
    r"^(landeshauptstadt|stadt(verwaltung|verw\.?|v\.)?|kreisverwaltung|kreisverw\.?|landkreis|lkr\.?|lk\.?|"
    r"kv\.?|eifelkreis|kreis|kreisfreie stadt|verwaltung des landkreises|verwaltung der stadt)"
    r"\s+")

# the genitive after "Kreisverwaltung": "des Westerwaldkreises", "des Landkreises Kusel",
# "der Stadt Trier" (blind25: a correct Antrag got a false KIM-101)
_GENITIVE = re.compile(r"^(?:des|der)\s+(?:landkreises\s+|stadt\s+)?")
_GENITIVE_ENDING = re.compile(r"kreises\b")


def normalize_name(name: str) -> str:
    """Compare names without case, accents, 'Stadt'/'Landkreis' prefixes or punctuation."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = text.replace("ß", "ss")
    text = _PREFIXES.sub("", text)
    text = _GENITIVE_ENDING.sub("kreis", _GENITIVE.sub("", text))
    return re.sub(r"[^a-z0-9äöü]+", " ", text).strip()



@lru_cache(maxsize=8)
def load_list(list_id: str) -> Liste:
    path = Path(str(resources.files("kimdocs.guideline") / "listen" / f"{list_id}.yaml"))
    data = read_mapping(path)
    gerichte = {k: Gericht(**v) for k, v in (data.get("gerichte") or {}).items()}
    eintraege = tuple(Eintrag(**e) for e in data["kommunen"])
    other = data.get("nicht_berechtigt") or {}
    staedte = {normalize_name(s["name"]): s["kreis"]
               for s in other.get("grosse_kreisangehoerige_staedte") or []}
    # read-only views: the cached list is shared by every caller
    return Liste(list_id, eintraege, MappingProxyType(gerichte),
                 MappingProxyType(dict(other.get("arten") or {})), MappingProxyType(staedte))


def eligible_list(richtlinie: Richtlinie) -> Liste | None:
    """The list of eligible bodies that applies under a guideline: the one it names in
    `parameter.berechtigte`; None when it names none (Baden-Württemberg: towns and
    municipalities, no list). There is no fallback to another programme's list: a rule then
    is *nicht prüfbar*, a Bescheid names no court from it, a file name no Landkreis."""
    name = richtlinie.parameter.berechtigte
    return load_list(name) if name else None


def lookup(liste: Liste, kommune: Kommune) -> Treffer:
    """Find the applicant in the list: by Kreisschlüssel if given (and the name must fit),
    else by name (and kind, where the name alone is ambiguous)."""
    wanted = normalize_name(kommune.name)
    if kommune.kreisschluessel:
        entry = next((e for e in liste.eintraege
                      if e.kreisschluessel == kommune.kreisschluessel), None)
        if entry is None:
            return Treffer(None, f"Kreisschlüssel {kommune.kreisschluessel} gehört zu keiner "
                                 "antragsberechtigten Kommune")
        if normalize_name(entry.name) != wanted:
            return Treffer(None, f"Kreisschlüssel {kommune.kreisschluessel} gehört zu "
                                 f"{entry.name}, nicht zu {kommune.name}")
        if kommune.art and kommune.art != entry.art:  # "Landkreis X" given as kreisfreie Stadt
            return Treffer(None, f"Kreisschlüssel {kommune.kreisschluessel} gehört zu "
                                 f"{entry.name}, {_DATIV.get(entry.art, entry.art)}, nicht zu "
                                 f"{_DATIV.get(kommune.art, kommune.art)} (Art der Kommune "
                                 "prüfen)")
        return Treffer(entry)
    candidates = [e for e in liste.eintraege if normalize_name(e.name) == wanted]
    if kommune.art:
        candidates = [e for e in candidates if e.art == kommune.art]
    if not candidates:
        return Treffer(None, f"{kommune.name} ist keine antragsberechtigte Kommune "
                             "(nur Landkreise und kreisfreie Städte)")
    if len(candidates) > 1:
        options = ", ".join(f"{e.kreisschluessel} {e.art_text}" for e in candidates)
        return Treffer(None, f"Name {kommune.name} ist mehrdeutig ({options}): "
                             "bitte Kreisschlüssel angeben", mehrdeutig=True)
    return Treffer(candidates[0])


_DATIV = {"landkreis": "einem Landkreis", "kreisfreie_stadt": "einer kreisfreien Stadt"}


def suggest(liste: Liste, name: str) -> str | None:
    """The listed body whose name is closest to a misspelt one ("Koblentz" -> "Koblenz")."""
    import difflib

    names = {normalize_name(e.name): e.name for e in liste.eintraege}
    close = difflib.get_close_matches(normalize_name(name), list(names), n=1, cutoff=0.75)
    return names[close[0]] if close else None


def unknown_body(richtlinie: Richtlinie, kommune: Kommune) -> str | None:
    """Why the body named in data is not on the guideline's list, with "Meinten Sie …?" for a
    near miss; None when it is on the list, when the name is ambiguous (left to KIM-101) or
    when the guideline names no list. Checked by the command line and the web alike before a
    document is made, so no "Antrag_Koblentz_2025.docx" is written."""
    liste = eligible_list(richtlinie)
    if liste is None:
        return None
    treffer = lookup(liste, kommune)
    if treffer.eintrag is not None or treffer.mehrdeutig:
        return None
    hint = suggest(liste, kommune.name)
    return f"{treffer.problem}" + (f". Meinten Sie {hint}?" if hint else "")
