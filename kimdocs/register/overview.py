"""What is due, and the programme at a glance: one row per Kommune on a Stichtag.

Deadlines come from data: the Jahresbericht per granted Haushaltsjahr from the guideline
(`jahresbericht_frist`), the Verwendungsnachweis as the Bescheid named it when it was booked,
the Zwischennachweis for each finished year of a period over several years. The Stichtag is
always an argument; only the command line defaults it to today.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from kimdocs.formatting import format_date, format_eur
from kimdocs.guideline.textbausteine import load_textbausteine
from kimdocs.model import Zeitraum
from kimdocs.register import facts as F
from kimdocs.register.models import Bewilligung, Dokument, Kommune, Vorgang
from kimdocs.register.store import NULL, Register, _programm_row, budget_rows
from kimdocs.rules import load_guideline
from kimdocs.rules.verwendung import nachweis_frist

FAELLIG_TAGE = 30  # "fällig" this many days before the deadline; before that "offen"
URTEIL_ZUSTAND = {"einreichungsfaehig": "geprüft", "maengel": "Mängel",
                  "nicht_pruefbar": "nicht prüfbar", None: "eingegangen"}
# the order a row's overall state is chosen in (the most urgent first)
RANG = ["überfällig", "Mängel", "nicht prüfbar", "fällig", "eingegangen", "bewilligt",
        "geprüft", "offen"]
ZUSTAENDE = RANG
ART_TEXT = {"jahresbericht": "Jahresbericht", "verwendungsnachweis": "Verwendungsnachweis",
            "zwischennachweis": "Zwischennachweis"}


@dataclass
class Uebersicht:
    stichtag: date
    programm: str | None
    budget: list[dict[str, Any]] = field(default_factory=list)
    zeilen: list[dict[str, Any]] = field(default_factory=list)

    def faellige(self) -> list[dict[str, Any]]:
        """Every deadline that is fällig or überfällig, one entry each (most overdue first)."""
        out = [{"kommune": z["kommune"], "kreisschluessel": z["kreisschluessel"], **p}
               for z in self.zeilen for p in z["pflichten"]
               if p["status"] in ("fällig", "überfällig")]
        return sorted(out, key=lambda p: (-p["tage_ueberfaellig"], p["frist"], p["kommune"]))

    def to_dict(self) -> dict[str, Any]:
        return _jsonable({"stichtag": self.stichtag, "programm": self.programm,
                          "budget": self.budget, "zeilen": self.zeilen,
                          "faellig": self.faellige()})


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _pflicht(art: str, jahr: int | None, frist: date, doc: Any, stichtag: date) -> dict:
    if doc is not None:
        status, tage = URTEIL_ZUSTAND.get(doc.urteil, "eingegangen"), 0
    elif stichtag > frist:
        status, tage = "überfällig", (stichtag - frist).days
    elif (frist - stichtag).days <= FAELLIG_TAGE:
        status, tage = "fällig", 0
    else:
        status, tage = "offen", 0
    return {"art": art, "jahr": jahr, "frist": frist, "status": status,
            "tage_ueberfaellig": tage, "dokument_id": doc.id if doc is not None else None,
            "eingang": (doc.eingang or doc.datum) if doc is not None else None}


def overview(reg: Register, stichtag: date, richtlinie_id: str | None = None) -> Uebersicht:
    """The overview on `stichtag`: budget per Haushaltsjahr, one row per Kommune."""
    with reg.lesen() as s:
        p = _programm_row(s, richtlinie_id)
        if p is None:
            return Uebersicht(stichtag, richtlinie_id)
        r = load_guideline(p.richtlinie)
        tb = load_textbausteine(p.richtlinie)
        frist_jb = r.parameter.jahresbericht_frist
        kommunen = {k.id: k for k in s.execute(
            select(Kommune.id, Kommune.name, Kommune.kreisschluessel))}
        vorgaenge = s.execute(select(Vorgang.id, Vorgang.kommune_id)
                              .where(Vorgang.programm_id == p.id)).all()
        docs = s.execute(select(
            Dokument.id, Dokument.kommune_id, Dokument.vorgang_id, Dokument.art,
            Dokument.richtung, Dokument.datum, Dokument.eingang, Dokument.aktenzeichen,
            Dokument.urteil, Dokument.berichtsjahr, Dokument.zeitraum_beginn,
            Dokument.zeitraum_ende, Dokument.fakten, Dokument.befunde, Dokument.dateiname)
            .where(Dokument.programm_id == p.id, Dokument.ersetzt_durch_id.is_(None))
            .order_by(Dokument.id)).all()
        betraege: dict[int, dict[int, Decimal]] = defaultdict(dict)
        for dok_id, jahr, gesamt in s.execute(
                select(Bewilligung.dokument_id, Bewilligung.jahr, Bewilligung.gesamt)
                .join(Dokument, Dokument.id == Bewilligung.dokument_id)
                .where(Dokument.programm_id == p.id, Dokument.ersetzt_durch_id.is_(None))):
            betraege[dok_id][jahr] = gesamt
        budget = budget_rows(s, p.id)

    by_kommune: dict[int, list] = defaultdict(list)
    for d in docs:
        if d.kommune_id is not None:
            by_kommune[d.kommune_id].append(d)
    vorgang_kommune = {v.id: v.kommune_id for v in vorgaenge}
    kommune_ids = sorted(set(by_kommune) | set(vorgang_kommune.values()),
                         key=lambda k: kommunen[k].name)
    jb_frist = _Fristen(lambda j: date(j, frist_jb.monat, frist_jb.tag) if frist_jb else None)
    # the deadlines the Bescheid states (one computation: kimdocs.rules.verwendung)
    zn_frist = _Fristen(lambda j: nachweis_frist(None, j, tb))
    mindestmonate = int(tb.get("jahresbericht_mindestmonate") or 0)
    zeilen = []
    for kid in kommune_ids:
        k, eigene = kommunen[kid], by_kommune.get(kid, [])
        letzte = {}  # (art, Berichtsjahr) -> the newest active document
        for d in eigene:
            letzte[(d.art, d.berichtsjahr)] = d
            letzte[(d.art, "*")] = d
        antrag = letzte.get(("antrag", "*"))
        bescheide = [d for d in eigene if d.art == "bescheid" and d.richtung == "ausgang"]
        pflichten = []
        jahre_bewilligt: dict[int, Decimal] = {}
        for b in bescheide:
            jahre = betraege.get(b.id, {})
            # a short first year is reported with the next one (as the Bescheid says)
            mit = F.mitberichtet((b.fakten or {}).get("jahre"), mindestmonate)
            for jahr, betrag in jahre.items():
                jahre_bewilligt[jahr] = jahre_bewilligt.get(jahr, NULL) + betrag
                if frist_jb is not None and jahr != mit:
                    pflichten.append(_pflicht("jahresbericht", jahr, jb_frist[jahr],
                                              letzte.get(("jahresbericht", jahr)), stichtag))
            ende = b.zeitraum_ende
            if ende is None:
                continue
            for jahr in sorted(jahre):
                if jahr < ende.year and zn_frist[jahr] is not None:
                    pflichten.append(_pflicht("zwischennachweis", jahr, zn_frist[jahr],
                                              letzte.get(("zwischennachweis", jahr)), stichtag))
            frist = (b.fakten or {}).get("fristen", {}).get("verwendungsnachweis")
            vn = next((d for d in reversed(eigene) if d.art == "verwendungsnachweis"
                       and d.vorgang_id in (b.vorgang_id, None)), None)
            frist = date.fromisoformat(frist) if frist else nachweis_frist(
                Zeitraum(beginn=b.zeitraum_beginn or ende, ende=ende), None, tb)
            if frist is not None:  # a guideline without the setting: no deadline to show
                pflichten.append(_pflicht("verwendungsnachweis", None, frist, vn, stichtag))
        bescheid = bescheide[-1] if bescheide else None
        zustaende = [p["status"] for p in pflichten]
        if antrag is not None:
            zustaende.append(URTEIL_ZUSTAND.get(antrag.urteil, "eingegangen"))
        if bescheid is not None:
            zustaende.append("bewilligt")
        zeilen.append({
            "kommune": k.name, "kreisschluessel": k.kreisschluessel,
            "antrag": None if antrag is None else {
                "status": URTEIL_ZUSTAND.get(antrag.urteil, "eingegangen"),
                "datum": antrag.datum, "eingang": antrag.eingang, "dokument_id": antrag.id},
            "bescheid": None if bescheid is None else {
                "status": "bewilligt", "datum": bescheid.datum,
                "aktenzeichen": bescheid.aktenzeichen, "dokument_id": bescheid.id,
                "zeitraum": {"beginn": bescheid.zeitraum_beginn,
                             "ende": bescheid.zeitraum_ende}},
            "bewilligt": dict(sorted(jahre_bewilligt.items())),
            "bewilligt_gesamt": sum(jahre_bewilligt.values(), NULL),
            "pflichten": pflichten,
            "befunde": [{"dokument_id": d.id, "art": d.art, "datei": d.dateiname, **b}
                        for d in eigene if d.befunde for b in d.befunde
                        if b.get("status") == "verletzt"],
            "zustand": min(zustaende, key=RANG.index) if zustaende else "offen"})
    return Uebersicht(stichtag, p.richtlinie, budget, zeilen)


class _Fristen(dict):
    """Deadline per year, computed once."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, jahr: int) -> date:
        self[jahr] = value = self.make(jahr)
        return value


def filter_rows(zeilen: list[dict], *, zustand: str | None = None,
                suche: str | None = None) -> list[dict]:
    """Rows in a state (any of its deadlines or the row's own), or whose name matches."""
    out = zeilen
    if zustand:
        out = [z for z in out if z["zustand"] == zustand
               or any(p["status"] == zustand for p in z["pflichten"])]
    if suche:
        needle = suche.strip().lower()
        out = [z for z in out if needle in z["kommune"].lower()
               or needle in z["kreisschluessel"]]
    return out


# --- output -----------------------------------------------------------------------------------

def pflicht_text(p: dict[str, Any]) -> str:
    name = ART_TEXT.get(p["art"], p["art"]) + (f" {p['jahr']}" if p["jahr"] else "")
    tail = {"überfällig": f"überfällig seit {format_date(p['frist'])} ({p['tage_ueberfaellig']} "
                         f"Tag{'e' if p['tage_ueberfaellig'] != 1 else ''})",
            "fällig": f"fällig am {format_date(p['frist'])}",
            "offen": f"Frist {format_date(p['frist'])}"}.get(p["status"], p["status"])
    return f"{name}: {tail}"


def as_text(u: Uebersicht) -> str:
    lines = [f"Übersicht zum {format_date(u.stichtag)}"
             + (f" – Programm {u.programm}" if u.programm else ""), ""]
    if not u.zeilen:
        return "\n".join([*lines, "Das Register ist leer.", ""])
    lines.append("Programmbudget je Haushaltsjahr:")
    for b in u.budget:
        lines.append(f"  {b['jahr']}: gebunden {format_eur(b['gebunden'])} von "
                     + (f"{format_eur(b['budget'])}, verbleibend {format_eur(b['verbleibend'])}"
                        if b["budget"] is not None else "– (kein Budget hinterlegt)"))
    lines += ["", f"{'Kommune':<32}{'Antrag':<15}{'Bescheid':<11}{'bewilligt':>18}  Zustand"]
    for z in u.zeilen:
        antrag = z["antrag"]["status"] if z["antrag"] else "–"
        bescheid = "bewilligt" if z["bescheid"] else "–"
        lines.append(f"{z['kommune'][:31]:<32}{antrag:<15}{bescheid:<11}"
                     f"{format_eur(z['bewilligt_gesamt']):>18}  {z['zustand']}")
    faellig = u.faellige()
    lines += ["", f"Fällig und überfällig ({len(faellig)}):" if faellig
              else "Nichts fällig oder überfällig."]
    for p in faellig:
        lines.append(f"  {p['kommune']}: {pflicht_text(p)}")
    return "\n".join(lines) + "\n"


def as_xlsx(u: Uebersicht) -> bytes:
    """Three sheets for the budget office: Übersicht, Fällig, Budget (numbers as numbers,
    dates as dates)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Übersicht"
    jahre = [b["jahr"] for b in u.budget]
    ws.append(["Kommune", "Kreisschlüssel", "Antrag", "Bescheid (Aktenzeichen)",
               *[f"bewilligt {j} (EUR)" for j in jahre], "bewilligt gesamt (EUR)",
               "Fristen", "Zustand"])
    for z in u.zeilen:
        ws.append([z["kommune"], z["kreisschluessel"],
                   z["antrag"]["status"] if z["antrag"] else "",
                   z["bescheid"]["aktenzeichen"] if z["bescheid"] else "",
                   *[z["bewilligt"].get(j, NULL) for j in jahre], z["bewilligt_gesamt"],
                   "; ".join(pflicht_text(p) for p in z["pflichten"]), z["zustand"]])
    ws2 = wb.create_sheet("Fällig")
    ws2.append(["Kommune", "Kreisschlüssel", "Dokument", "Jahr", "Frist", "Status",
                "Tage überfällig"])
    for p in u.faellige():
        ws2.append([p["kommune"], p["kreisschluessel"], ART_TEXT.get(p["art"], p["art"]),
                    p["jahr"], p["frist"], p["status"], p["tage_ueberfaellig"]])
    ws3 = wb.create_sheet("Budget")
    ws3.append(["Haushaltsjahr", "Budget (EUR)", "gebunden (EUR)", "verbleibend (EUR)"])
    for b in u.budget:
        ws3.append([b["jahr"], b["budget"], b["gebunden"], b["verbleibend"]])
    for sheet in (ws, ws2, ws3):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, Decimal):
                    cell.number_format = "#,##0.00"
                elif isinstance(cell.value, date):
                    cell.number_format = "DD.MM.YYYY"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
