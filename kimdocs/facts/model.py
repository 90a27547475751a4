"""The facts the guideline speaks of, as data: what a rule judges, whether they were read from a
document (kimdocs.facts.reading) or taken from YAML data (kimdocs.facts.from_data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kimdocs.findings import Fundstelle
from kimdocs.formatting import format_date


@dataclass
class Antragsteller:
    name: str | None = None
    art: str | None = None  # landkreis, kreisfreie_stadt, verbandsgemeinde, verein, …
    schluessel: str | None = None  # Kreisschlüssel (5) or Gemeindeschlüssel (8 digits)
    fundstelle: Fundstelle | None = None
    unklar: str | None = None


@dataclass
class Ansiedlung:
    einheit: str | None = None
    extern: bool | None = None  # True: at an outside body; False: inside the administration
    traeger: str | None = None
    fundstelle: Fundstelle | None = None
    unklar: str | None = None


@dataclass
class Stellenanteil:
    wer: str  # the person, or "unbesetzte Stelle"
    vzae: Decimal
    beginn: date | None = None
    ende: date | None = None
    fundstellen: list[Fundstelle] = field(default_factory=list)
    besetzt: bool = True
    # successive holders merged into this part (staff_extent.merge_successive), each with its own dates:
    # the months between them (a change of holder, parental leave) are not funded
    abschnitte: list[Stellenanteil] = field(default_factory=list)
    # an unnamed share in a paragraph that names a holder with the same share, no "weitere"
    # between: maybe that holder's share said again, maybe a part of its own (issue 19)
    vielleicht_wiederholt: bool = False
    # a share from weekly hours as they stand (hours / week, unrounded; `vzae` is rounded to
    # four places): the caps count it, so 30 of 39 hours give 46.153,85 €, not 46.152,00 €
    genau: Decimal | None = None


@dataclass
class Personalwechsel:
    """A change of holder a document tells without dates ("Frau A ist ausgeschieden;
    Nachfolgerin ist Frau B"): the parts of `Fakten.stellen` it names (the same objects).
    `nacheinander`: the text names exactly these two as predecessor and successor, so they
    held the post one after another; else it is unknown which parts ran at the same time."""

    text: str
    teile: list[Stellenanteil] = field(default_factory=list)
    nacheinander: bool = False
    fundstelle: Fundstelle | None = None


@dataclass
class Zeitraum:
    art: str  # foerder, bewilligung, bericht
    beginn: date
    ende: date
    fundstelle: Fundstelle | None = None


@dataclass
class Betrag:
    wert: Decimal
    posten: str | None  # personal, sach, overhead, eigenanteil, gesamt
    # beantragt, geplant, bewilligt, verausgabt, zuwendung; bisher, vorjahr (no rule reads them)
    rolle: str | None
    jahr: int | None
    bezeichnung: str
    fundstelle: Fundstelle | None = None
    summe: bool = False  # a stated sum or subtotal, not an item


@dataclass
class Summe:
    """A stated sum and the items it should add up to; `gleich` lists accepted readings."""

    angegeben: Decimal
    lesarten: list[Decimal]
    bezeichnung: str
    fundstelle: Fundstelle | None = None

    @property
    def stimmt(self) -> bool:
        return self.angegeben in self.lesarten


@dataclass
class Datum:
    wert: date
    fundstelle: Fundstelle | None = None
    # a date known to the month only ("Mainz, Okt. 2026"): `wert` is the month's first day,
    # `bis` its last; a deadline decides only where both give the same verdict
    bis: date | None = None


@dataclass
class Erwaehnung:
    """A passage that matters to a rule (an overhead item, the questionnaire, a signature)."""

    text: str
    fundstelle: Fundstelle | None = None
    verneint: bool = False


@dataclass
class Fakten:
    art: str
    quelle: str = "dokument"  # or "daten"
    antragsteller: Antragsteller = field(default_factory=Antragsteller)
    ansiedlung: Ansiedlung = field(default_factory=Ansiedlung)
    stellen: list[Stellenanteil] = field(default_factory=list)
    stellen_gesamt: Decimal | None = None  # a stated total share
    stellen_unklar: str | None = None
    # changes of holder told without dates (kimdocs.facts.staff): KIM-103 does not add up
    # successive holders, and is nicht prüfbar where it cannot tell
    stellen_wechsel: list[Personalwechsel] = field(default_factory=list)
    # people named with a share right after them whose share was not read (staff_extent)
    stellen_ungelesen: list[str] = field(default_factory=list)
    zeitraeume: list[Zeitraum] = field(default_factory=list)
    datum: Datum | None = None
    # other dates that are as much the document's own as `datum` and differ from it (a "Datum"
    # field and a place-and-date line that disagree): a deadline is judged only where all agree
    datum_andere: list[Datum] = field(default_factory=list)
    berichtsjahr: int | None = None
    betraege: list[Betrag] = field(default_factory=list)
    summen: list[Summe] = field(default_factory=list)
    overhead: list[Erwaehnung] = field(default_factory=list)
    fragebogen: Erwaehnung | None = None
    anlagen: list[str] = field(default_factory=list)
    zeichnung: Erwaehnung | None = None
    aktenzeichen: str | None = None
    eingang: date | None = None
    # a receipt stamp on the document (kimdocs.readers.document.Stamp, the earliest): the
    # Eingang where none is given (issue 18)
    eingangsstempel: Datum | None = None
    # the Bescheid for the cross-checks: granted amounts per year and line, or why not; a
    # Verwendungsnachweis names its Festbeträge itself (`bewilligt_genannt`), until a given
    # Bescheid's amounts replace them
    bewilligt: dict[int, dict[str, Decimal]] | None = None
    bewilligt_genannt: bool = False
    # a Zwischennachweis: the finished Haushaltsjahr it covers (its deadline, KIM-117)
    zwischennachweis_jahr: int | None = None
    # a Verwendungsnachweis's Bestätigung: the lines whose box is not ticked (KIM-118)
    bestaetigung_offen: list[Erwaehnung] = field(default_factory=list)
    bescheid_problem: str | None = None
    # an Antrag's sentence that requests the Ausgaben themselves (kimdocs.facts.request)
    beantragt_wie_ausgaben: Erwaehnung | None = None
    bescheid_kommune: str | None = None
    bescheid_aktenzeichen: str | None = None

    def name_own_grant(self) -> None:
        """The grant as this document names it (a Verwendungsnachweis's column „Festbetrag
        (bewilligt)“): per year the amount of each line; nothing where none is named."""
        lines = {"personal": "personalkosten", "sach": "sachkosten"}
        granted: dict[int, dict[str, Decimal]] = {}
        for b in self.betraege:
            if b.rolle == "bewilligt" and b.jahr and b.posten in lines and not b.summe:
                granted.setdefault(b.jahr, {}).setdefault(lines[b.posten], b.wert)
        if granted:
            self.bewilligt, self.bewilligt_genannt = granted, True

    def zeitraum(self) -> Zeitraum | None:
        """The funding period: the Bewilligungszeitraum, else the Förderzeitraum."""
        for kind in ("bewilligung", "foerder", "bericht"):
            found = [z for z in self.zeitraeume if z.art == kind]
            if found:
                return found[0]
        return None

    def zeitraum_unklar(self) -> str | None:
        for kind in ("bewilligung", "foerder"):
            found = {(z.beginn, z.ende) for z in self.zeitraeume if z.art == kind}
            if len(found) > 1:
                return f"Das Dokument nennt verschiedene Zeiträume ({_periods(found)})."
        return None


def _periods(found) -> str:
    return "; ".join(f"{format_date(a)} bis {format_date(b)}" for a, b in sorted(found))
