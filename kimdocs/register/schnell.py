"""Recording checked files into an SQLite register with Python's own sqlite3 — the path of
`kimdocs pruefen --register`, where importing SQLAlchemy (about 0,2 s of CPU) would cost more
than checking a short PDF. Same rows, same transaction rules as Register.record_check
(kimdocs/register/store.py); tests/test_register_fehlerfaelle.py records the same reports both
ways and compares the registers. A register that is missing or not at the newest revision is
left to the full path (which creates or upgrades it): `record_checks` then returns None.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from kimdocs.register import facts as F
from kimdocs.register.fehler import RegisterError

HEAD_REVISION = "0002"  # = kimdocs.register.db.HEAD_REVISION (a test keeps them equal)
BUSY_TIMEOUT_S = 30


def sqlite_path(url: str) -> str | None:
    """The file of an SQLite register (a plain path or sqlite:///…), else None."""
    if "://" not in url:
        return url
    return url.split(":///", 1)[1] if url.startswith("sqlite:///") else None


def _cents(value: Decimal | None) -> int | None:
    return None if value is None else int(Decimal(value) * 100)


def _stamp(jetzt: datetime) -> str:
    """DateTime as SQLAlchemy stores it in SQLite (UTC, without offset)."""
    return jetzt.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def record_checks(path: str, berichte: list[dict[str, Any]], *, richtlinie: Any,
                  eingang: date | None = None, kommune: Any = None, wer: str = "kimdocs",
                  jetzt: datetime | None = None) -> list[F.Eintrag] | None:
    if not os.path.isfile(path):
        return None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return None
        if rev is None or rev[0] != HEAD_REVISION:
            return None
        out = []
        for bericht in berichte:
            out.append(_one(conn, bericht, richtlinie=richtlinie, eingang=eingang,
                            kommune=kommune, wer=wer, jetzt=jetzt or datetime.now(UTC)))
        return out
    except sqlite3.Error as exc:
        raise RegisterError(f"Register nicht beschreibbar: {path} ({exc})") from None
    finally:
        conn.close()


def _one(conn: sqlite3.Connection, bericht: dict[str, Any], *, richtlinie: Any,
         eingang: date | None, kommune: Any, wer: str, jetzt: datetime) -> F.Eintrag:
    if not bericht.get("sha256"):
        raise RegisterError("Bericht ohne sha256: nicht eintragbar", path=bericht.get("datei"))
    ref = (F.find_kommune(kommune, richtlinie.id) if kommune is not None
           else F.kommune_from_report(bericht))
    art, jahr = F.kind_and_year(bericht, bericht.get("art"))
    stamp = _stamp(jetzt)
    conn.execute("BEGIN IMMEDIATE")
    try:
        known = conn.execute("SELECT id FROM dokument WHERE sha256 = ?",
                             (bericht["sha256"],)).fetchone()
        if known is not None:
            conn.execute("COMMIT")
            return F.Eintrag(known[0], "bekannt", kommune=ref.name if ref else None)
        r = richtlinie
        conn.execute("INSERT INTO programm (richtlinie, version, titel) VALUES (?, ?, ?) "
                     "ON CONFLICT (richtlinie) DO NOTHING", (r.id, r.version, r.titel))
        pid, version = conn.execute("SELECT id, version FROM programm WHERE richtlinie = ?",
                                    (r.id,)).fetchone()
        if version != r.version:
            conn.execute("UPDATE programm SET version = ? WHERE id = ?", (r.version, pid))
        budget = {j: _cents(b) for j, b in r.parameter.budget_je_jahr.items()}
        for j in sorted(budget):
            conn.execute("INSERT INTO haushaltsjahr (programm_id, jahr, budget) VALUES (?, ?, ?) "
                         "ON CONFLICT (programm_id, jahr) DO NOTHING", (pid, j, budget[j]))
        for hid, j, b in conn.execute("SELECT id, jahr, budget FROM haushaltsjahr "
                                      "WHERE programm_id = ?", (pid,)).fetchall():
            if j in budget and b != budget[j]:
                conn.execute("UPDATE haushaltsjahr SET budget = ? WHERE id = ?", (budget[j], hid))
        kid = vid = None
        if ref is not None:
            conn.execute("INSERT INTO kommune (kreisschluessel, name, art) VALUES (?, ?, ?) "
                         "ON CONFLICT (kreisschluessel) DO NOTHING",
                         (ref.kreisschluessel, ref.name, ref.art))
            kid = conn.execute("SELECT id FROM kommune WHERE kreisschluessel = ?",
                               (ref.kreisschluessel,)).fetchone()[0]
            rows = conn.execute("SELECT id, beginn, ende FROM vorgang WHERE programm_id = ? "
                                "AND kommune_id = ? ORDER BY beginn DESC", (pid, kid)).fetchall()
            vid = next((v for v, b, e in rows if jahr is not None
                        and int(b[:4]) <= jahr <= int(e[:4])), rows[0][0] if rows else None)
        dateiname = str(bericht.get("datei", ""))[:500]
        fakten = {"kommune": ref.kreisschluessel if ref else None,
                  "richtlinie_version": bericht.get("richtlinie_version")}
        cur = conn.execute(
            "INSERT INTO dokument (programm_id, kommune_id, vorgang_id, art, richtung, eingang, "
            "dateiname, sha256, groesse, urteil, befunde, fakten, berichtsjahr, erfasst, archiv) "
            "VALUES (?, ?, ?, ?, 'eingang', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pid, kid, vid, art, _day(eingang), dateiname, bericht["sha256"],
             bericht.get("groesse"), bericht.get("urteil"),
             json.dumps(F.report_findings(bericht)), json.dumps(fakten), jahr, stamp,
             bericht.get("archiv")))
        did = cur.lastrowid
        # supersede, as Register._ersetzen
        q = ("SELECT id, dateiname, art, vorgang_id FROM dokument WHERE programm_id = ? "
             "AND art = ? AND richtung = 'eingang' AND ersetzt_durch_id IS NULL AND id != ?")
        args: list[Any] = [pid, art, did]
        if vid is not None and art in ("antrag", "bescheid", "verwendungsnachweis"):
            q, args = q + " AND vorgang_id = ?", [*args, vid]
        elif kid is not None:
            q, args = q + " AND kommune_id = ?", [*args, kid]
            if jahr is not None:
                q, args = q + " AND berichtsjahr = ?", [*args, jahr]
        else:
            q = ""
        alt = conn.execute(q + " ORDER BY id", args).fetchall() if q else []
        for aid, aname, aart, avid in alt:
            conn.execute("UPDATE dokument SET ersetzt_durch_id = ? WHERE id = ?", (did, aid))
            conn.execute("INSERT INTO ereignis (zeit, wer, was, text, dokument_id, vorgang_id) "
                         "VALUES (?, ?, 'ersetzt', ?, ?, ?)",
                         (stamp, wer, f"{aname or aart} ersetzt durch {dateiname or art}"[:2000],
                          aid, avid))
        conn.execute("INSERT INTO ereignis (zeit, wer, was, text, dokument_id, vorgang_id) "
                     "VALUES (?, ?, 'geprueft', ?, ?, ?)",
                     (stamp, wer, f"{dateiname}: {bericht.get('urteil')}"[:2000], did, vid))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    ersetzt = alt[-1][0] if alt else None
    return F.Eintrag(did, "ersetzt" if ersetzt else "neu", ersetzt, ref.name if ref else None)
