"""Recording in the register: checked documents, issued Bescheide with the budget check
(KIM-114 across time), receipts, and the transactions they run in.

Every recording is one transaction. A Bescheid locks the budget rows of its Haushaltsjahre
(SELECT … FOR UPDATE on PostgreSQL; on SQLite the transaction began with BEGIN IMMEDIATE and
holds the write lock), sums what is committed, and either books itself or is refused — so two
Bescheide issued at the same moment cannot both take the last 80.000 €. A document is one
entry per sha256; a corrected one supersedes the earlier (`ersetzt_durch_id`), which stays.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from kimdocs.formatting import format_eur
from kimdocs.guideline.textbausteine import load_textbausteine
from kimdocs.register import facts as F
from kimdocs.register.db import RegisterError, _reason, make_engine, migrate, resolve_url, shown
from kimdocs.register.facts import Eintrag
from kimdocs.register.models import (
    Bewilligung,
    Dokument,
    Ereignis,
    Haushaltsjahr,
    Kommune,
    Programm,
    Vorgang,
)
from kimdocs.rules import load_guideline
from kimdocs.rules.verwendung import nachweis_frist

NULL = Decimal("0.00")
RETRIES = 6
# PostgreSQL: serialization failure, deadlock — the transaction is simply run again
_RETRY_SQLSTATES = {"40001", "40P01"}

MELDUNG = {
    "ueber": "Programmbudget überschritten – {liste}. Der Bescheid wurde nicht eingetragen.",
    "ueber_jahr": "{jahr}: gebunden {gebunden}, dieser Bescheid {dieser}, Budget {budget}, "
                  "verbleibend {rest}",
    "ohne": "Für {jahre} ist kein Programmbudget hinterlegt; eingetragen ohne Budgetprüfung.",
    "im": "Im Programmbudget – {liste}.",
    "im_jahr": "{jahr}: gebunden {gebunden}, dieser Bescheid {dieser}, danach verbleibend "
               "{rest} von {budget}",
}


def _zwischenschritt() -> None:
    """Called inside the booking transaction between its writes (tests put a pause here to
    kill the process mid-transaction)."""


@dataclass(frozen=True)
class Jahresbuchung:
    jahr: int
    gebunden: Decimal  # committed by other Bescheide before this one
    dieser: Decimal
    budget: Decimal | None

    @property
    def verbleibend(self) -> Decimal | None:
        """What the budget leaves before this notice."""
        return None if self.budget is None else self.budget - self.gebunden

    @property
    def passt(self) -> bool:
        return self.budget is None or self.gebunden + self.dieser <= self.budget


@dataclass(frozen=True)
class Buchung:
    """The outcome of booking a Bescheid: `bewilligt`, `abgelehnt` (KIM-114) or `bekannt`."""

    status: str
    befund: dict[str, Any] | None
    jahre: tuple[Jahresbuchung, ...] = ()
    dokument_id: int | None = None
    ersetzt: int | None = None

    @property
    def eingetragen(self) -> bool:
        return self.status in ("bewilligt", "bekannt")


@dataclass
class Register:
    """An open register (SQLite file or PostgreSQL database), at the newest schema."""

    engine: Engine
    url: str
    _programme: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- transactions -------------------------------------------------------------------

    @contextmanager
    def lesen(self) -> Iterator[Session]:
        """A read-only transaction (SQLite: BEGIN DEFERRED, readers never wait)."""
        engine = self.engine.execution_options(kimdocs_begin="DEFERRED")
        try:
            with Session(engine, expire_on_commit=False) as s, s.begin():
                yield s
        except OperationalError as exc:
            raise RegisterError(f"Register nicht lesbar: {shown(self.url)} "
                                f"({_reason(exc)})") from None

    def schreiben(self, work):
        """Run `work(session)` in one writing transaction, again on a serialization failure or
        deadlock (PostgreSQL) and while SQLite stays locked beyond its busy timeout."""
        for attempt in range(RETRIES):
            try:
                with Session(self.engine, expire_on_commit=False) as s, s.begin():
                    return work(s)
            except DBAPIError as exc:
                code = getattr(getattr(exc, "orig", None), "sqlstate", None)
                locked = "locked" in str(getattr(exc, "orig", ""))
                if (code in _RETRY_SQLSTATES or locked) and attempt < RETRIES - 1:
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise RegisterError(f"Register nicht beschreibbar: {shown(self.url)} "
                                    f"({_reason(exc)})") from None
            except SQLAlchemyError as exc:
                raise RegisterError(f"Register-Fehler: {shown(self.url)} ({_reason(exc)})") \
                    from None
        raise AssertionError("unreachable")

    # --- programme, Kommune, Vorgang ------------------------------------------------------

    def _insert(self, s: Session, model, values: dict[str, Any], keys: list[str]) -> None:
        """INSERT … ON CONFLICT DO NOTHING (a row another process just made is fine)."""
        ins = pg_insert if self.dialect == "postgresql" else sqlite_insert
        s.execute(ins(model).values(**values).on_conflict_do_nothing(index_elements=keys))

    def _programm(self, s: Session, richtlinie: Any) -> Programm:
        self._insert(s, Programm, {"richtlinie": richtlinie.id, "version": richtlinie.version,
                                   "titel": richtlinie.titel}, ["richtlinie"])
        p = s.scalars(select(Programm).where(Programm.richtlinie == richtlinie.id)).one()
        if p.version != richtlinie.version:
            p.version = richtlinie.version
        budget = richtlinie.parameter.budget_je_jahr
        for jahr in sorted(budget):
            self._insert(s, Haushaltsjahr, {"programm_id": p.id, "jahr": jahr,
                                            "budget": budget[jahr]}, ["programm_id", "jahr"])
        for row in s.scalars(select(Haushaltsjahr).where(Haushaltsjahr.programm_id == p.id)):
            if row.jahr in budget and row.budget != budget[row.jahr]:
                row.budget = budget[row.jahr]  # the guideline in use is the source
        return p

    def _kommune(self, s: Session, ref: F.KommuneRef) -> Kommune:
        self._insert(s, Kommune, {"kreisschluessel": ref.kreisschluessel, "name": ref.name,
                                  "art": ref.art}, ["kreisschluessel"])
        return s.scalars(select(Kommune).where(
            Kommune.kreisschluessel == ref.kreisschluessel)).one()

    def _vorgang(self, s: Session, p: Programm, k: Kommune, beginn: date,
                 ende: date) -> Vorgang:
        self._insert(s, Vorgang, {"programm_id": p.id, "kommune_id": k.id, "beginn": beginn,
                                  "ende": ende}, ["programm_id", "kommune_id", "beginn"])
        v = s.scalars(select(Vorgang).where(Vorgang.programm_id == p.id,
                                            Vorgang.kommune_id == k.id,
                                            Vorgang.beginn == beginn)).one()
        if ende > v.ende:
            v.ende = ende
        return v

    def _vorgang_fuer(self, s: Session, p: Programm, k: Kommune,
                      jahr: int | None) -> Vorgang | None:
        """The Kommune's Vorgang covering `jahr` (else its newest)."""
        rows = s.scalars(select(Vorgang).where(Vorgang.programm_id == p.id,
                                               Vorgang.kommune_id == k.id)
                         .order_by(Vorgang.beginn.desc())).all()
        for v in rows:
            if jahr is not None and v.beginn.year <= jahr <= v.ende.year:
                return v
        return rows[0] if rows else None

    def _ereignis(self, s: Session, was: str, text: str, wer: str, jetzt: datetime,
                  dokument: Dokument | None = None, vorgang_id: int | None = None) -> None:
        s.add(Ereignis(zeit=jetzt, wer=wer, was=was, text=text[:2000],
                       dokument_id=dokument.id if dokument else None,
                       vorgang_id=vorgang_id if vorgang_id is not None
                       else (dokument.vorgang_id if dokument else None)))

    def _ersetzen(self, s: Session, neu: Dokument, wer: str, jetzt: datetime) -> int | None:
        """Supersede the active document of the same kind for the same Vorgang/Kommune (and
        Berichtsjahr); the earlier one stays, marked."""
        q = select(Dokument).where(Dokument.programm_id == neu.programm_id,
                                   Dokument.art == neu.art, Dokument.richtung == neu.richtung,
                                   Dokument.ersetzt_durch_id.is_(None), Dokument.id != neu.id)
        if neu.vorgang_id is not None and neu.art in ("antrag", "bescheid",
                                                      "verwendungsnachweis"):
            q = q.where(Dokument.vorgang_id == neu.vorgang_id)
        elif neu.kommune_id is not None:
            q = q.where(Dokument.kommune_id == neu.kommune_id)
            if neu.berichtsjahr is not None:
                q = q.where(Dokument.berichtsjahr == neu.berichtsjahr)
        else:
            return None
        alt = s.scalars(q.order_by(Dokument.id)).all()
        for a in alt:
            a.ersetzt_durch_id = neu.id
            self._ereignis(s, "ersetzt", f"{a.dateiname or a.art} ersetzt durch "
                                         f"{neu.dateiname or neu.art}", wer, jetzt, a)
        return alt[-1].id if alt else None

    def _bekannt(self, s: Session, sha256: str) -> Dokument | None:
        return s.scalars(select(Dokument).where(Dokument.sha256 == sha256)).one_or_none()

    # --- recording ------------------------------------------------------------------------

    def record_check(self, bericht: dict[str, Any], *, kommune: Any = None,
                     eingang: date | None = None, berichtsjahr: int | None = None,
                     art: str | None = None, richtlinie: Any = None, wer: str = "kimdocs",
                     jetzt: datetime | None = None) -> Eintrag:
        """A received, checked document from its report (`Pruefbericht.to_dict()`).

        `kommune` (Kreisschlüssel, name or dict) where the report does not say; the same file
        (sha256) twice is one entry."""
        if not bericht.get("sha256"):
            raise RegisterError("Bericht ohne sha256: nicht eintragbar",
                                path=bericht.get("datei"))
        r = richtlinie or load_guideline(bericht.get("richtlinie") or None)
        ref = (F.find_kommune(kommune, r.id) if kommune is not None
               else F.kommune_from_report(bericht))
        art, jahr = F.kind_and_year(bericht, art or bericht.get("art"))
        jahr = berichtsjahr or jahr
        jetzt = jetzt or datetime.now(UTC)

        def work(s: Session) -> Eintrag:
            known = self._bekannt(s, bericht["sha256"])
            if known is not None:
                return Eintrag(known.id, "bekannt", kommune=ref.name if ref else None)
            p = self._programm(s, r)
            k = self._kommune(s, ref) if ref else None
            v = self._vorgang_fuer(s, p, k, jahr) if k else None
            d = Dokument(programm_id=p.id, kommune_id=k.id if k else None,
                         vorgang_id=v.id if v else None, art=art, richtung="eingang",
                         eingang=eingang, dateiname=str(bericht.get("datei", ""))[:500],
                         sha256=bericht["sha256"], groesse=bericht.get("groesse"),
                         urteil=bericht.get("urteil"), befunde=F.report_findings(bericht),
                         fakten={"kommune": ref.kreisschluessel if ref else None,
                                 "richtlinie_version": bericht.get("richtlinie_version")},
                         berichtsjahr=jahr, erfasst=jetzt, archiv=bericht.get("archiv"))
            s.add(d)
            s.flush()
            ersetzt = self._ersetzen(s, d, wer, jetzt)
            self._ereignis(s, "geprueft", f"{d.dateiname}: {bericht.get('urteil')}", wer,
                           jetzt, d)
            return Eintrag(d.id, "ersetzt" if ersetzt else "neu", ersetzt,
                           ref.name if ref else None)

        return self.schreiben(work)

    def record_receipt(self, kommune: Any, art: str, *, eingang: date, sha256: str,
                       dateiname: str | None = None, berichtsjahr: int | None = None,
                       richtlinie: Any = None, wer: str = "kimdocs",
                       jetzt: datetime | None = None) -> Eintrag:
        """A received document kimdocs does not check (Verwendungsnachweis,
        Zwischennachweis): recorded as eingegangen."""
        bericht = {"datei": dateiname or art, "sha256": sha256, "art": art, "urteil": None,
                   "ergebnisse": []}
        return self.record_check(bericht, kommune=kommune, eingang=eingang,
                                 berichtsjahr=berichtsjahr, art=art,
                                 richtlinie=richtlinie or load_guideline(), wer=wer,
                                 jetzt=jetzt)

    def record_antrag(self, antrag: Any, berechnung: Any, richtlinie: Any, *,
                      eingang: date | None = None, sha256: str | None = None,
                      dateiname: str | None = None, wer: str = "kimdocs",
                      jetzt: datetime | None = None) -> Eintrag:
        """An Antrag received as data, checked by the calculator (its findings)."""
        ref = F.find_kommune(antrag.antragsteller, richtlinie.id)
        befunde = [b.to_dict() for b in berechnung.befunde]
        verletzt = any(b.verletzt and b.schwere == "fehler" for b in berechnung.befunde)
        jetzt = jetzt or datetime.now(UTC)
        sha = sha256 or F.data_sha256(antrag)

        def work(s: Session) -> Eintrag:
            known = self._bekannt(s, sha)
            if known is not None:
                return Eintrag(known.id, "bekannt", kommune=ref.name)
            p = self._programm(s, richtlinie)
            k = self._kommune(s, ref)
            v = self._vorgang(s, p, k, antrag.zeitraum.beginn, antrag.zeitraum.ende)
            d = Dokument(programm_id=p.id, kommune_id=k.id, vorgang_id=v.id, art="antrag",
                         richtung="eingang", datum=antrag.unterschrift.datum, eingang=eingang,
                         dateiname=dateiname, sha256=sha, urteil="maengel" if verletzt
                         else "einreichungsfaehig", befunde=befunde,
                         fakten={**F.antrag_facts(antrag), **F.berechnung_facts(berechnung)},
                         zeitraum_beginn=antrag.zeitraum.beginn,
                         zeitraum_ende=antrag.zeitraum.ende, erfasst=jetzt)
            s.add(d)
            s.flush()
            ersetzt = self._ersetzen(s, d, wer, jetzt)
            self._ereignis(s, "eingegangen", f"Antrag {ref.name}: {d.urteil}", wer, jetzt, d)
            return Eintrag(d.id, "ersetzt" if ersetzt else "neu", ersetzt, ref.name)

        return self.schreiben(work)

    def record_bescheid(self, bescheid: Any, berechnung: Any, richtlinie: Any, *,
                        sha256: str | None = None, dateiname: str | None = None,
                        groesse: int | None = None, wer: str = "kimdocs",
                        jetzt: datetime | None = None) -> Buchung:
        """Check the programme budget against what is committed and book the Bescheid — one
        transaction. Refused (KIM-114 verletzt): nothing is booked, the refusal is in the
        history. The same Bescheid (sha256 of its data, or of its file) twice books once."""
        antrag = bescheid.antrag
        ref = F.find_kommune(antrag.antragsteller, richtlinie.id)
        regel = next((x for x in richtlinie.regeln if x.art == "portfolio"), None)
        budget = richtlinie.parameter.budget_je_jahr
        dieser = {j.jahr: j.gesamt for j in berechnung.jahre}
        jetzt = jetzt or datetime.now(UTC)
        sha = sha256 or F.data_sha256(bescheid)
        zeitraum = bescheid.zeitraum
        # the deadline the Bescheid states (one computation: kimdocs.rules.verwendung)
        frist = nachweis_frist(zeitraum, None, load_textbausteine(richtlinie.id))
        fristen = {"verwendungsnachweis": frist.isoformat()} if frist else {}

        def work(s: Session) -> Buchung:
            p = self._programm(s, richtlinie)
            # the lock: budget rows of this notice's years, in year order (no deadlock)
            for jahr in sorted(dieser):
                self._insert(s, Haushaltsjahr, {"programm_id": p.id, "jahr": jahr},
                             ["programm_id", "jahr"])
            rows = s.scalars(select(Haushaltsjahr).where(
                Haushaltsjahr.programm_id == p.id, Haushaltsjahr.jahr.in_(sorted(dieser)))
                .order_by(Haushaltsjahr.jahr).with_for_update()).all()
            for row in rows:
                if row.budget != budget.get(row.jahr):
                    row.budget = budget.get(row.jahr)
            known = self._bekannt(s, sha)
            if known is not None:
                return Buchung("bekannt", None, (), known.id)
            k = self._kommune(s, ref)
            v = self._vorgang(s, p, k, antrag.zeitraum.beginn, antrag.zeitraum.ende)
            frueher = s.scalars(select(Dokument.id).where(
                Dokument.vorgang_id == v.id, Dokument.art == "bescheid",
                Dokument.richtung == "ausgang", Dokument.ersetzt_durch_id.is_(None))).all()
            gebunden = committed(s, p.id, sorted(dieser), ohne=frueher)
            jahre = tuple(Jahresbuchung(j, gebunden.get(j, NULL), dieser[j], budget.get(j))
                          for j in sorted(dieser))
            befund = _befund(regel, jahre) if regel is not None else None
            if befund is not None and befund["status"] == "verletzt":
                self._ereignis(s, "abgelehnt", f"Bescheid {bescheid.aktenzeichen} "
                                               f"({ref.name}): {befund['meldung']}", wer,
                               jetzt, vorgang_id=v.id)
                return Buchung("abgelehnt", befund, jahre)
            d = Dokument(programm_id=p.id, kommune_id=k.id, vorgang_id=v.id, art="bescheid",
                         richtung="ausgang", datum=bescheid.datum,
                         aktenzeichen=bescheid.aktenzeichen, dateiname=dateiname, sha256=sha,
                         groesse=groesse, urteil=None, befunde=[befund] if befund else [],
                         fakten={**F.antrag_facts(antrag), **F.berechnung_facts(berechnung),
                                 "bewilligungszeitraum": F.zeitraum_dict(zeitraum),
                                 "fristen": fristen},
                         zeitraum_beginn=zeitraum.beginn, zeitraum_ende=zeitraum.ende,
                         erfasst=jetzt)
            s.add(d)
            s.flush()
            _zwischenschritt()
            for j in berechnung.jahre:
                s.add(Bewilligung(dokument_id=d.id, vorgang_id=v.id, jahr=j.jahr,
                                  personalkosten=j.personalkosten, sachkosten=j.sachkosten,
                                  gesamt=j.gesamt))
            ersetzt = self._ersetzen(s, d, wer, jetzt)
            self._ereignis(s, "bewilligt", f"Bescheid {bescheid.aktenzeichen} ({ref.name}) "
                                           f"über {format_eur(berechnung.gesamt)}", wer,
                           jetzt, d)
            return Buchung("bewilligt", befund, jahre, d.id, ersetzt)

        return self.schreiben(work)

    # --- questions ------------------------------------------------------------------------

    def budget(self, richtlinie_id: str | None = None) -> list[dict[str, Any]]:
        """Per Haushaltsjahr: budget, committed, remaining (Decimal)."""
        with self.lesen() as s:
            p = _programm_row(s, richtlinie_id)
            if p is None:
                return []
            return budget_rows(s, p.id)


def budget_rows(s: Session, programm_id: int) -> list[dict[str, Any]]:
    """Per Haushaltsjahr: budget, committed, remaining (Decimal; budget None: none set)."""
    jahre = s.scalars(select(Haushaltsjahr).where(Haushaltsjahr.programm_id == programm_id)
                      .order_by(Haushaltsjahr.jahr)).all()
    summe = committed(s, programm_id, [h.jahr for h in jahre])
    return [{"jahr": h.jahr, "budget": h.budget, "gebunden": summe.get(h.jahr, NULL),
             "verbleibend": None if h.budget is None else h.budget - summe.get(h.jahr, NULL)}
            for h in jahre]


def committed(s: Session, programm_id: int, jahre: list[int],
              ohne: list[int] | tuple[int, ...] = ()) -> dict[int, Decimal]:
    """Sum of the active Bescheide per Haushaltsjahr (without the documents `ohne`)."""
    q = (select(Bewilligung.jahr, func.sum(Bewilligung.gesamt))
         .join(Dokument, Dokument.id == Bewilligung.dokument_id)
         .where(Dokument.programm_id == programm_id, Dokument.ersetzt_durch_id.is_(None),
                Bewilligung.jahr.in_(jahre)).group_by(Bewilligung.jahr))
    if ohne:
        q = q.where(Dokument.id.not_in(list(ohne)))
    return {jahr: Decimal(summe).quantize(NULL) for jahr, summe in s.execute(q)}


def _programm_row(s: Session, richtlinie_id: str | None) -> Programm | None:
    q = select(Programm)
    if richtlinie_id:
        q = q.where(Programm.richtlinie == richtlinie_id)
    return s.scalars(q.order_by(Programm.id)).first()


def _befund(regel: Any, jahre: tuple[Jahresbuchung, ...]) -> dict[str, Any]:
    """KIM-114 across time, as a finding dict (like Befund.to_dict)."""
    over = [MELDUNG["ueber_jahr"].format(
        jahr=j.jahr, gebunden=format_eur(j.gebunden), dieser=format_eur(j.dieser),
        budget=format_eur(j.budget), rest=format_eur(j.verbleibend))
        for j in jahre if not j.passt]
    ohne = [str(j.jahr) for j in jahre if j.budget is None]
    if over:
        status, meldung = "verletzt", MELDUNG["ueber"].format(liste="; ".join(over))
    elif ohne:
        status, meldung = "nicht_pruefbar", MELDUNG["ohne"].format(jahre=", ".join(ohne))
    else:
        status = "erfuellt"
        meldung = MELDUNG["im"].format(liste="; ".join(MELDUNG["im_jahr"].format(
            jahr=j.jahr, gebunden=format_eur(j.gebunden), dieser=format_eur(j.dieser),
            rest=format_eur(j.verbleibend - j.dieser), budget=format_eur(j.budget))
            for j in jahre))
    return {"code": regel.code, "name": regel.name, "status": status, "schwere": regel.schwere,
            "meldung": meldung, "klausel": regel.klausel}


def open_register(url: Any, *, upgrade: bool = True) -> Register:
    """Open (and create or upgrade) the register at a path or URL."""
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    if upgrade:
        migrate(engine)
    return Register(engine, resolved)
