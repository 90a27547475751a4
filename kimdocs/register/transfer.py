"""`kimdocs register export` / `import`: the whole register as JSON lines — for backups and
for moving from SQLite to PostgreSQL. One line per row, `{"tabelle": …, "zeile": {…}}`, after
a first line naming the format and the schema revision; amounts as strings, dates ISO.
An import goes into an empty register, all in one transaction (all or nothing).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Date, DateTime, func, insert, select, text, update

from kimdocs.register.db import RegisterError, head_revision
from kimdocs.register.models import TABLES, Dokument, Geld
from kimdocs.register.store import Register

FORMAT = "kimdocs-register"
_BY_NAME = {m.__tablename__: m for m in TABLES}


def _out(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def export_lines(reg: Register) -> Iterator[str]:
    """The register as JSON lines (one consistent snapshot)."""
    yield json.dumps({"format": FORMAT, "version": 1, "revision": head_revision()})
    with reg.lesen() as s:
        for model in TABLES:
            table = model.__table__
            for row in s.execute(select(table).order_by(table.c.id)).mappings():
                yield json.dumps({"tabelle": table.name,
                                  "zeile": {k: _out(v) for k, v in row.items()}},
                                 ensure_ascii=False)


def _in(column, value: Any, where: str) -> Any:
    if value is None:
        return None
    try:
        if isinstance(column.type, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(column.type, Date):
            return date.fromisoformat(value)
        if isinstance(column.type, Geld):
            return Decimal(str(value))
    except (ValueError, TypeError, InvalidOperation):
        raise RegisterError(f"{where}: Wert {value!r} passt nicht zu Spalte "
                            f"{column.name}") from None
    return value


def import_lines(reg: Register, lines: Iterable[str], name: str = "Eingabe") -> dict[str, int]:
    """Rows from JSON lines into an empty register; counts per table."""
    rows: dict[str, list[dict[str, Any]]] = {m.__tablename__: [] for m in TABLES}
    first = True
    for nr, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}, Zeile {nr}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RegisterError(f"{where}: kein gültiges JSON ({exc.msg})") from None
        if first:
            first = False
            if not isinstance(item, dict) or item.get("format") != FORMAT:
                raise RegisterError(f"{where}: keine Register-Sicherung von kimdocs "
                                    f"(erste Zeile ohne \"format\": \"{FORMAT}\")")
            continue
        if not isinstance(item, dict) or item.get("tabelle") not in rows \
                or not isinstance(item.get("zeile"), dict):
            raise RegisterError(f"{where}: unbekannte Tabelle oder Zeile ohne Daten")
        table = _BY_NAME[item["tabelle"]].__table__
        unknown = set(item["zeile"]) - set(table.c.keys())
        if unknown:
            raise RegisterError(f"{where}: unbekannte {'Spalte' if len(unknown) == 1 else 'Spalten'}"
                                f" {', '.join(sorted(unknown))}")
        rows[table.name].append({c.name: _in(c, item["zeile"].get(c.name), where)
                                 for c in table.c if c.name in item["zeile"]})
    if first:
        raise RegisterError(f"{name}: leer – keine Register-Sicherung")

    def work(s) -> dict[str, int]:
        for model in TABLES:
            if s.scalar(select(func.count()).select_from(model)):
                raise RegisterError("Das Ziel-Register ist nicht leer; importiert wird nur in "
                                    "ein leeres Register")
        later = []
        for model in TABLES:
            batch = rows[model.__tablename__]
            if model is Dokument:  # supersession points forward: set it after all rows
                later = [(r["id"], r.get("ersetzt_durch_id")) for r in batch
                         if r.get("ersetzt_durch_id")]
                batch = [{**r, "ersetzt_durch_id": None} for r in batch]
            if batch:
                s.execute(insert(model.__table__), batch)
        for dok_id, neu in later:
            s.execute(update(Dokument).where(Dokument.id == dok_id)
                      .values(ersetzt_durch_id=neu))
        reset_sequences(s)
        return {k: len(v) for k, v in rows.items()}

    return reg.schreiben(work)


def reset_sequences(conn) -> None:
    """PostgreSQL: the next id after rows inserted with their own ids (SQLite needs nothing)."""
    if conn.get_bind().dialect.name != "postgresql" if hasattr(conn, "get_bind") \
            else conn.dialect.name != "postgresql":
        return
    for model in TABLES:
        name = model.__tablename__
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                          f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"))
