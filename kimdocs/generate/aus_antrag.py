"""A Bescheid starts from the received Antrag (issue 21): the Antrag as data (YAML/JSON) or
as a document (PDF/DOCX/ODT, read in the sandbox under the same limits as `pruefen`, its facts
from the checker's fact layer) becomes the input data of a Bewilligungsbescheid, and every
value says where it came from: the page and the words of the Antrag, the data file, the
guideline's list of Kommunen, or that it was not read and must be entered.

Nothing is guessed: a value the document does not state, or states in two ways, stays empty
and is marked. The Bescheid's own values (Aktenzeichen, date, Sachbearbeitung, Zeichnung) are
never in an Antrag: they are marked "bitte eintragen". The data are for review: the caller
writes them out (kimdocs.generate.datendatei) or fills a form with them; a Bescheid is made
only from the reviewed data, the usual way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from kimdocs import errors
from kimdocs.check import recognise
from kimdocs.facts import from_document
from kimdocs.facts.model import Betrag, Fakten, Stellenanteil
from kimdocs.findings import Fundstelle
from kimdocs.formatting import format_date, format_eur
from kimdocs.generate.antrag_lesen import Formular
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.kommunen import eligible_list, lookup
from kimdocs.limits import Limits, limits_of
from kimdocs.model import DOCUMENT_TITLES, Antrag, Kommune, load_data
from kimdocs.readers import read_document

DATA_SUFFIXES = (".yaml", ".yml", ".json")
ZITAT_MAX = 90  # characters of a quotation shown beside a value

# how a value came about -> the words before its place
GELESEN, DATEI, LISTE, KONFIG = "gelesen", "antragsdatei", "liste", "konfiguration"
NICHT_GELESEN, EINTRAGEN, PRUEFEN = "nicht_gelesen", "eintragen", "pruefen"


@dataclass(frozen=True)
class Quelle:
    """Where one value of the data came from, by its path in the form ("antrag.stellen[0].vzae").

    art: gelesen (page and quotation of the Antrag), antragsdatei, liste (the guideline's
    list of Kommunen), konfiguration (kimdocs.toml), nicht_gelesen (the Antrag should give it
    but it could not be read: `grund` says why where known), eintragen (the Bescheid's own
    value), pruefen (optional; the Antrag may name it and it was not read)."""

    pfad: str
    art: str
    seite: int | None = None
    zitat: str | None = None
    grund: str | None = None
    pflicht: bool = True  # the Bescheid cannot be made without it

    @property
    def offen(self) -> bool:
        """The value is missing and must be entered (or checked) by a person."""
        return self.art in (NICHT_GELESEN, EINTRAGEN, PRUEFEN)

    def text(self) -> str:
        """The German note beside the value: „aus dem Antrag, Seite 2: „…““."""
        if self.art == GELESEN:
            where = f", Seite {self.seite}" if self.seite else ""
            said = f"aus dem Antrag{where}: „{self.zitat}“" if self.zitat else \
                f"aus dem Antrag{where}"
            return f"{said} ({self.grund})" if self.grund else said
        if self.art == DATEI:
            return "aus der Antragsdatei"
        if self.art == LISTE:
            return f"aus der Liste der Richtlinie ({self.grund})" if self.grund else \
                "aus der Liste der Richtlinie"
        if self.art == KONFIG:
            return "aus der Konfiguration (kimdocs.toml)"
        if self.art == EINTRAGEN:
            return "bitte eintragen" + (f" ({self.grund})" if self.grund else "")
        if self.art == PRUEFEN:
            return "nicht gelesen – bitte prüfen" + (f" ({self.grund})" if self.grund else "")
        return "nicht gelesen – bitte eintragen" + (f" ({self.grund})" if self.grund else "")

    def to_dict(self) -> dict[str, Any]:
        return {"pfad": self.pfad, "art": self.art, "offen": self.offen,
                "pflicht": self.pflicht, "text": self.text(), "seite": self.seite,
                "zitat": self.zitat, "grund": self.grund}


@dataclass
class Uebernahme:
    """The Bescheid's input data (JSON-ready: numbers and dates as strings, an empty value as
    None) and the source of each value."""

    daten: dict[str, Any]
    quellen: list[Quelle] = field(default_factory=list)
    datei: str = ""

    def quelle(self, pfad: str) -> Quelle | None:
        return next((q for q in self.quellen if q.pfad == pfad), None)

    @property
    def offen(self) -> list[Quelle]:
        return [q for q in self.quellen if q.offen]

    def to_dict(self) -> dict[str, Any]:
        return {"datei": self.datei, "daten": self.daten,
                "quellen": [q.to_dict() for q in self.quellen],
                "offen": len([q for q in self.offen if q.pflicht])}


# The Bescheid's own values: never in an Antrag. (path, why, required)
_BESCHEID_EIGEN = [
    ("aktenzeichen", "Ihr Aktenzeichen für den Bescheid", True),
    ("datum", "Datum des Bescheids", True),
    ("ihr_zeichen", "Zeichen des Antragstellers, falls er eines nennt", False),
    ("sachbearbeitung.name", "wer den Bescheid bearbeitet", True),
    ("sachbearbeitung.telefon", None, False),
    ("sachbearbeitung.email", None, False),
    ("zeichnung.name", "wer den Bescheid zeichnet", True),
    ("zeichnung.funktion", None, False),
]


def bescheid_aus_antrag(path: Path | str, richtlinie: Richtlinie, *,
                        limits: Limits | None = None,
                        vorgaben: dict[str, dict[str, str]] | None = None,
                        name: str | None = None, **one_limit: float | None) -> Uebernahme:
    """The Bescheid data from an Antrag: a YAML/JSON data file, or a PDF/DOCX/ODT read in the
    sandbox under `limits` (a ReadError with the German reason when it cannot be read).
    `vorgaben`: the Bescheid's defaults from kimdocs.toml (sachbearbeitung, zeichnung).
    `name`: the file name to show (an upload's own name)."""
    path = Path(path)
    shown = name or path.name
    if path.suffix.lower() in DATA_SUFFIXES:
        antrag = load_data(path, "antrag")
        assert isinstance(antrag, Antrag)
        out = _from_data(antrag)
    else:
        document = read_document(path, limits=limits_of(limits, **one_limit))
        kind = recognise(document, richtlinie)
        if kind not in (None, "antrag"):  # a Bescheid, a Jahresbericht: say so, read nothing
            raise KeinAntrag(
                f"Die Datei ist nach ihrem Inhalt kein Antrag, sondern "
                f"{'eine' if kind == 'vorlage' else 'ein'} {DOCUMENT_TITLES.get(kind, kind)}; "
                "bitte den eingegangenen Antrag wählen.",
                path=shown)
        facts = from_document(document, richtlinie, "antrag")
        out = _Lesung(facts, Formular(document), richtlinie).run()
    _own_values(out, vorgaben or {})
    out.datei = shown
    return out


def _from_data(antrag: Antrag) -> Uebernahme:
    data = json.loads(antrag.model_dump_json(exclude_none=False))
    data.pop("art", None)
    out = Uebernahme({"art": "bescheid", "antrag": data})
    for pfad in _leaves(data, "antrag"):
        out.quellen.append(Quelle(pfad, DATEI))
    out.daten["ihr_schreiben_vom"] = antrag.unterschrift.datum.isoformat()
    out.quellen.append(Quelle("ihr_schreiben_vom", DATEI))
    return out


def _leaves(value: Any, path: str) -> list[str]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, f"{path}[{i}]")]
    return [path] if value is not None else []


class KeinAntrag(errors.InputError):
    """The file is a document of another kind (a Bescheid, a Jahresbericht)."""

    code = "falscher_dateityp"


def _own_values(out: Uebernahme, vorgaben: dict[str, dict[str, str]]) -> None:
    """The Bescheid's own values: from kimdocs.toml where it gives them (a whole
    Sachbearbeitung or Zeichnung), else empty and marked."""
    for head in ("sachbearbeitung", "zeichnung"):
        for key, value in (vorgaben.get(head) or {}).items():
            _put(out.daten, f"{head}.{key}", value)
            out.quellen.append(Quelle(f"{head}.{key}", KONFIG))
    for pfad, why, required in _BESCHEID_EIGEN:
        if pfad.partition(".")[0] in vorgaben:
            continue
        if required or why:
            _put(out.daten, pfad, None)
            out.quellen.append(Quelle(pfad, EINTRAGEN, grund=why, pflicht=required))


_STEP = re.compile(r"([^.[\]]+)|\[(\d+)\]")


def _put(data: dict, pfad: str, value: Any) -> None:
    """Set `value` at a path of the form ("stellen[1].vzae"), making what is missing."""
    steps = [name if name else int(index) for name, index in _STEP.findall(pfad)]
    node: Any = data
    for step, after in pairwise(steps):
        empty: Any = [] if isinstance(after, int) else {}
        if isinstance(step, int):
            while len(node) <= step:
                node.append(None)
            if node[step] is None:
                node[step] = empty
        else:
            node.setdefault(step, empty)
        node = node[step]
    last = steps[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
    node[last] = value


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _zitat(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text if len(text) <= ZITAT_MAX else text[: ZITAT_MAX - 1].rstrip() + "…"


class _Lesung:
    """One Antrag document read into Bescheid data: the facts first, the form's labelled
    values (Formular) for what the facts do not hold."""

    def __init__(self, facts: Fakten, form: Formular, richtlinie: Richtlinie) -> None:
        self.f, self.form, self.r = facts, form, richtlinie
        # pages read by text recognition: a value from them may be misread
        self.ocr = {p.page for p in form.doc.ocr_pages}
        self.thirds = bool(re.search(r"Drittmittel|Mittel Dritter", form.doc.full_text()))
        self.antrag: dict[str, Any] = {}
        self.out = Uebernahme({"art": "bescheid", "antrag": self.antrag})

    # -- recording ---------------------------------------------------------------------------
    def read(self, pfad: str, value: Any, where: Fundstelle | tuple | None) -> None:
        """A value read, with its place: a Fundstelle or (page, quotation)."""
        _put(self.antrag, pfad, _plain(value))
        seite, zitat = (where.seite, where.text) if isinstance(where, Fundstelle) else \
            (where or (None, None))
        ocr = "per Texterkennung gelesen, bitte besonders prüfen" if seite in self.ocr else None
        self.out.quellen.append(Quelle(f"antrag.{pfad}", GELESEN, seite, _zitat(zitat), ocr))

    def missing(self, pfad: str, grund: str | None = None, *, optional: bool = False,
                put: bool = True) -> None:
        if put:
            _put(self.antrag, pfad, None)
        self.out.quellen.append(Quelle(f"antrag.{pfad}", PRUEFEN if optional else NICHT_GELESEN,
                                       grund=grund, pflicht=not optional))

    def labelled(self, pfad: str, section: str | None, *labels: str,
                 optional: bool = False) -> str | None:
        found = self.form.value(section, *labels)
        if found is None:
            self.missing(pfad, optional=optional)
            return None
        self.read(pfad, found.text, (found.seite, found.zitat))
        return found.text

    def run(self) -> Uebernahme:
        self.applicant()
        self.contact()
        self.staff()
        self.placement()
        self.tasks_and_concept()
        self.period_and_plan()
        self.declarations()
        self.bank_and_signature()
        return self.out

    # -- the parts of the Antrag -------------------------------------------------------------
    def applicant(self) -> None:
        a = self.f.antragsteller
        liste = eligible_list(self.r)
        entry = None
        if a.name and not a.unklar and liste is not None:
            key = a.schluessel if a.schluessel and len(a.schluessel) == 5 else None
            treffer = lookup(liste, Kommune.model_validate({"name": a.name,
                                                            "kreisschluessel": key}))
            entry, why = treffer.eintrag, treffer.problem
        else:
            why = a.unklar or ("der Antrag nennt keinen Antragsteller" if not a.name else None)
        if entry is None:
            if a.name and not a.unklar:
                self.read("antragsteller.name", a.name, a.fundstelle)
            else:
                self.missing("antragsteller.name", why)
            self.missing("antragsteller.kreisschluessel", why)
            self.missing("antragsteller.art", why)
        else:
            self.read("antragsteller.name", entry.name, a.fundstelle)
            note = f"Kreisschlüssel {entry.kreisschluessel}, {entry.art_text}"
            for key, value in (("kreisschluessel", entry.kreisschluessel), ("art", entry.art)):
                _put(self.antrag, f"antragsteller.{key}", value)
                self.out.quellen.append(Quelle(f"antrag.antragsteller.{key}", LISTE, grund=note))
        section = "Antragsteller"
        self.labelled("antragsteller.bezeichnung", section, "Verwaltung", "Bezeichnung",
                      optional=True)
        found = self.form.value(section, "Anschrift")
        parts = re.fullmatch(r"(.+?),\s*(\d{5})\s+(.+)", found.text) if found else None
        if found and parts:
            for key, value in zip(("strasse", "plz", "ort"), parts.groups(), strict=True):
                self.read(f"antragsteller.anschrift.{key}", value.strip(),
                          (found.seite, found.zitat))
        else:
            _put(self.antrag, "antragsteller.anschrift", None)  # all or nothing
            for key in ("strasse", "plz", "ort"):
                self.missing(f"antragsteller.anschrift.{key}", optional=True, put=False)
        ags = self.form.value(section, "Gemeindeschlüssel", "AGS")
        if ags and re.fullmatch(r"\d{8}", ags.text):
            self.read("antragsteller.ags", ags.text, (ags.seite, ags.zitat))

    def contact(self) -> None:
        section = "Ansprechperson"
        self.labelled("ansprechperson.name", section, "Name")
        for key, labels in (("funktion", ("Funktion",)), ("telefon", ("Telefon",)),
                            ("email", ("E-Mail", "Email"))):
            self.labelled(f"ansprechperson.{key}", section, *labels, optional=True)

    def staff(self) -> None:
        parts: list[Stellenanteil] = []
        for s in self.f.stellen:  # successive holders: each its own entry, as in the Antrag
            parts.extend(s.abschnitte or [s])
        if self.f.stellen_unklar or not parts:
            self.missing("stellen[0].vzae", self.f.stellen_unklar
                         or "keine Stellenanteile gefunden")
            self.missing("stellen[0].entgeltgruppe")
            self.missing("stellen[0].beginn")
            return
        for i, s in enumerate(parts):
            where = s.fundstellen[0] if s.fundstellen else None
            base = f"stellen[{i}]"
            if s.besetzt:
                self.read(f"{base}.person", s.wer, where)
            else:
                _put(self.antrag, f"{base}.person", None)
                self.out.quellen.append(Quelle(f"antrag.{base}.person", GELESEN,
                                               where.seite if where else None,
                                               _zitat(where.text if where else "unbesetzt")))
            self.read(f"{base}.vzae", s.vzae, where)
            if s.beginn:
                self.read(f"{base}.beginn", s.beginn, where)
            else:
                self.missing(f"{base}.beginn")
            if s.ende:
                self.read(f"{base}.ende", s.ende, where)
            row = self.form.staff_row(s.wer if s.besetzt else None, i) or {}
            for key, optional in (("entgeltgruppe", False), ("funktion", True),
                                  ("schwerpunkt", True), ("entgelt_jahr", None),
                                  ("arbeitgeberanteile_jahr", None)):
                cell = row.get(key)
                if cell:
                    self.read(f"{base}.{key}", cell.text, (cell.seite, cell.zitat))
                elif optional is not None:  # the calculation of costs: only where given
                    self.missing(f"{base}.{key}", optional=optional)

    def placement(self) -> None:
        p = self.f.ansiedlung
        if p.extern is None or p.unklar:
            self.missing("organisation.in_kommunalverwaltung", p.unklar)
        else:
            self.read("organisation.in_kommunalverwaltung", not p.extern, p.fundstelle)
        if p.einheit and not p.unklar:
            self.read("organisation.amt", p.einheit, p.fundstelle)
        else:
            self.labelled("organisation.amt", "Anbindung", "Amt")
        self.labelled("organisation.abteilung", "Anbindung", "Abteilung", optional=True)
        if p.traeger:
            self.read("organisation.traeger", p.traeger, p.fundstelle)

    def tasks_and_concept(self) -> None:
        tasks = self.form.items("Aufgaben")
        if tasks:
            for i, t in enumerate(tasks):
                self.read(f"aufgaben[{i}]", t.text, (t.seite, t.zitat))
        else:
            self.missing("aufgaben[0]")
        concept = self.form.concept()
        if concept is None:
            self.missing("integrationskonzept.vorhanden")
        else:
            vorhanden, said, rest = concept
            self.read("integrationskonzept.vorhanden", vorhanden, (said.seite, said.zitat))
            if rest:
                self.read("integrationskonzept.beschreibung", rest.text, (rest.seite, rest.zitat))

    def period_and_plan(self) -> None:
        unclear = self.f.zeitraum_unklar()
        z = next((z for z in self.f.zeitraeume if z.art == "foerder"), None) or \
            self.f.zeitraum()
        if z is None or unclear:
            self.missing("zeitraum.beginn", unclear)
            self.missing("zeitraum.ende", unclear)
        else:
            self.read("zeitraum.beginn", z.beginn, z.fundstelle)
            self.read("zeitraum.ende", z.ende, z.fundstelle)
        years = sorted({b.jahr for b in self.f.betraege if b.jahr})
        if not years:
            self.missing("finanzierungsplan[0].jahr", "keine Beträge je Haushaltsjahr gefunden")
            return
        for i, jahr in enumerate(years):
            base = f"finanzierungsplan[{i}]"
            _put(self.antrag, f"{base}.jahr", jahr)
            self.out.quellen.append(Quelle(f"antrag.{base}.jahr", GELESEN,
                                           *self._year_place(jahr)))
            self.amount(f"{base}.personalausgaben", jahr, "personal", "geplant")
            # overhead items stand among the Sachausgaben of the plan (KIM judges them)
            items = [b for b in self.f.betraege if b.jahr == jahr
                     and b.posten in ("sach", "overhead") and b.rolle == "geplant"
                     and not b.summe]
            for k, b in enumerate(items):
                self.read(f"{base}.sachausgaben[{k}].bezeichnung", _item_name(b), b.fundstelle)
                self.read(f"{base}.sachausgaben[{k}].betrag", b.wert, b.fundstelle)
            self.amount(f"{base}.beantragt_personalkosten", jahr, "personal", "beantragt")
            self.amount(f"{base}.beantragt_sachkosten", jahr, "sach", "beantragt")
            if not items:
                self._no_items(base, i, jahr)
            else:
                self._items_add_up(base, i, jahr, items)
            self.amount(f"{base}.beantragt_gesamt", jahr, "gesamt", "beantragt", optional=True)
            self.amount(f"{base}.eigenanteil", jahr, "eigenanteil", None, optional=True)
            _put(self.antrag, f"{base}.drittmittel", [])
            if self.thirds:  # the facts hold no Drittmittel: named in the Antrag, say so
                self.out.quellen.append(Quelle(
                    f"antrag.{base}.drittmittel", PRUEFEN, pflicht=False,
                    grund="der Antrag nennt Mittel Dritter; bitte je Jahr eintragen"))

    def _no_items(self, base: str, i: int, jahr: int) -> None:
        """No Sachausgaben found item by item: none is right only where no Sachkosten are
        requested; otherwise the planned items must be entered, for the grant is the least
        of request and planned spending (an empty list would refuse the Sachkosten)."""
        requested = self.antrag["finanzierungsplan"][i].get("beantragt_sachkosten")
        if requested is not None and Decimal(requested) == 0:
            _put(self.antrag, f"{base}.sachausgaben", [])
            return
        self.missing(f"{base}.sachausgaben",
                     f"keine Sachausgaben je Posten für {jahr} gefunden; ohne sie werden keine "
                     "Sachkosten bewilligt")

    def _items_add_up(self, base: str, i: int, jahr: int, items: list[Betrag]) -> None:
        """The items read against the year's stated total of planned spending: where they
        do not add up, an item may have been missed or misread; say so beside them."""
        stated = {b.wert for b in self.f.betraege if b.jahr == jahr and b.posten == "gesamt"
                  and b.rolle == "geplant" and b.summe}
        personal = self.antrag["finanzierungsplan"][i].get("personalausgaben")
        if len(stated) != 1 or personal is None:
            return
        total = Decimal(personal) + sum((b.wert for b in items), Decimal(0))
        want = next(iter(stated))
        if total != want:
            self.out.quellen.append(Quelle(
                f"antrag.{base}.sachausgaben", PRUEFEN, pflicht=False,
                grund=f"Personal- und Sachausgaben ergeben {format_eur(total)}, der Antrag "
                      f"nennt als Summe {format_eur(want)}"))

    def _year_place(self, jahr: int) -> tuple[int | None, str | None]:
        where = next((b.fundstelle for b in self.f.betraege if b.jahr == jahr and b.fundstelle),
                     None)
        return (where.seite, _zitat(where.text)) if where else (None, None)

    def amount(self, pfad: str, jahr: int, posten: str, rolle: str | None, *,
               optional: bool = False) -> None:
        """One amount of the plan: read where the Antrag states one value (repeated or
        not), empty and marked where it states none or two different ones."""
        found = [b for b in self.f.betraege if b.jahr == jahr and b.posten == posten
                 and (rolle is None or b.rolle == rolle)
                 and (posten == "gesamt" or not b.summe)]
        values = {b.wert for b in found}
        if len(values) == 1:
            self.read(pfad, found[0].wert, found[0].fundstelle)
        elif values:
            said = "; ".join(f"{format_eur(b.wert)} (Seite {b.fundstelle.seite})"
                             if b.fundstelle and b.fundstelle.seite else format_eur(b.wert)
                             for b in found)
            self.missing(pfad, f"unklar, der Antrag nennt {said}")
        else:
            self.missing(pfad, optional=optional)

    def declarations(self) -> None:
        for key, ticked in self.form.declarations().items():
            if ticked is None:
                self.missing(f"erklaerungen.{key}",
                             optional=key in ("richtigkeit", "eigenmittel_gesichert"))
            else:
                value, where = ticked
                self.read(f"erklaerungen.{key}", value, (where.seite, where.zitat))
        early = self.form.early_start()
        if early is not None:
            ab, why = early
            self.read("vorzeitiger_beginn.ab", ab.text, (ab.seite, ab.zitat))
            if why:
                self.read("vorzeitiger_beginn.begruendung", why.text, (why.seite, why.zitat))
            else:
                self.missing("vorzeitiger_beginn.begruendung")
        vorsteuer = self.form.vorsteuer()
        if vorsteuer is not None:
            self.read("vorsteuerabzugsberechtigt", vorsteuer[0],
                      (vorsteuer[1].seite, vorsteuer[1].zitat))

    def bank_and_signature(self) -> None:
        if self.form.value(None, "IBAN") is not None:
            self.labelled("bankverbindung.kontoinhaber", None, "Kontoinhaber")
            self.labelled("bankverbindung.iban", None, "IBAN")
            self.labelled("bankverbindung.bic", None, "BIC", optional=True)
            self.labelled("bankverbindung.kreditinstitut", None, "Kreditinstitut",
                          optional=True)
        d = self.f.datum
        if d is None:
            self.missing("unterschrift.datum", "kein Datum der Unterschrift gefunden")
        else:
            self.read("unterschrift.datum", d.wert, d.fundstelle)
            _put(self.out.daten, "ihr_schreiben_vom", d.wert.isoformat())
            where = d.fundstelle
            self.out.quellen.append(Quelle("ihr_schreiben_vom", GELESEN,
                                           where.seite if where else None,
                                           _zitat(where.text if where else format_date(d.wert))))
        ort = re.match(r"\s*([^,\d][^,]*?),\s*(?:den\s+)?\d", d.fundstelle.text) \
            if d and d.fundstelle else None
        if d and ort:
            self.read("unterschrift.ort", ort.group(1).strip(), d.fundstelle)
        else:
            self.missing("unterschrift.ort")
        signer = self.form.signer()
        if "zusatz" in signer:
            z = signer["zusatz"]
            self.read("unterschrift.zusatz", z.text, (z.seite, z.zitat))
        for key, optional in (("name", False), ("funktion", True)):
            got = signer.get(key)
            if got:
                self.read(f"unterschrift.{key}", got.text, (got.seite, got.zitat))
            else:
                self.missing(f"unterschrift.{key}", optional=optional)


def _item_name(b: Betrag) -> str:
    """'Sachausgaben: Fortbildung / Betrag' -> 'Fortbildung': the row's label without the
    line's name in front and the column's heading behind."""
    name = b.bezeichnung
    if " / " in name:
        name = name.rsplit(" / ", 1)[0]
    return re.sub(r"^\s*Sach(ausgaben|kosten)\s*:\s*", "", name).strip() or b.bezeichnung
