"""Engines and migrations of the register.

SQLite: WAL journal, a busy timeout, foreign keys on, and every writing transaction opened
with BEGIN IMMEDIATE (the write lock is taken before the first read, so a check of the
budget and the booking that follows it cannot interleave with another process). PostgreSQL:
psycopg 3; writers lock the budget rows with SELECT … FOR UPDATE (kimdocs.register.store).
The schema is made and upgraded by the Alembic revisions in migrations/versions, run through
Alembic's API on the caller's connection (no alembic.ini).
"""

from __future__ import annotations

import errno
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from kimdocs.register.fehler import RegisterError

BUSY_TIMEOUT_MS = 30_000
HEAD = "head"
# the newest revision in migrations/versions (a test keeps the two equal): an up-to-date
# register is recognised without loading Alembic, which a `kimdocs pruefen` would notice
from kimdocs.register.schnell import HEAD_REVISION  # noqa: E402


def resolve_url(value: str | Path) -> str:
    """A file path becomes an SQLite URL; `postgresql://` gets the psycopg 3 driver."""
    text = str(value).strip()
    if not text:
        raise RegisterError("Kein Register angegeben (Pfad oder URL)", field="register")
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("://")
    if "@" in tail and ":" in tail.split("@", 1)[0]:
        user = tail.split("@", 1)[0].split(":", 1)[0]
        tail = f"{user}:***@{tail.split('@', 1)[1]}"
    return head + sep + tail


def make_engine(url: str | Path) -> Engine:
    url = resolve_url(url)
    try:
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[1] if ":///" in url else ""
            if path and not Path(path).parent.is_dir():
                raise RegisterError(f"Ordner des Registers fehlt: {Path(path).parent}",
                                    path=path)
            # NullPool: one connection per use, so no process inherits an open SQLite file
            engine = create_engine(url, poolclass=NullPool,
                                   connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            _sqlite_setup(engine)
        elif url.startswith("postgresql"):
            engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4,
                                   connect_args={"connect_timeout": 10})
        else:
            raise RegisterError(f"Register-URL nicht unterstützt: {shown(url)} (erlaubt: "
                                "Dateipfad für SQLite oder postgresql+psycopg://…)",
                                field="register")
    except ArgumentError as exc:
        raise RegisterError(f"Register-URL ungültig: {shown(url)} ({exc})",
                            field="register") from None
    except ModuleNotFoundError as exc:
        raise RegisterError(f"Treiber für {shown(url)} fehlt ({exc.name}); bitte "
                            "„pip install psycopg[binary]“", field="register") from None
    return engine


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves (below)
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = conn.get_execution_options().get("kimdocs_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _alembic_config():
    # Alembic is loaded only when a register is created or upgraded (see HEAD_REVISION)
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location",
                        str(resources.files("kimdocs.register") / "migrations"))
    return cfg


def head_revision() -> str:
    """The newest revision as Alembic reads it from migrations/versions."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The register's revision (None: no register yet), without Alembic."""
    try:
        with engine.execution_options(kimdocs_begin="DEFERRED").connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        if "alembic_version" in str(exc) or "does not exist" in str(exc):
            return None
        raise RegisterError(f"Register nicht erreichbar: {shown(str(engine.url))} "
                            f"({_reason(exc)})") from None
    except SQLAlchemyError:
        return None


def migrate(engine: Engine, revision: str = HEAD) -> None:
    """Create the register or bring it to `revision` (default: the newest), in one
    transaction: a killed migration leaves the previous revision intact."""
    from alembic import command

    if revision == HEAD and current_revision(engine) == HEAD_REVISION:
        return
    cfg = _alembic_config()
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # instances starting at once: one migrates
                conn.execute(text("SELECT pg_advisory_xact_lock(2202622)"))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except OperationalError as exc:
        raise RegisterError(f"Register nicht erreichbar: {shown(str(engine.url))} "
                            f"({_reason(exc)})") from None
    except SQLAlchemyError as exc:
        raise RegisterError(f"Register kann nicht eingerichtet werden: "
                            f"{shown(str(engine.url))} ({_reason(exc)})") from None


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


_ERRNO = {errno.ENOENT: "nicht gefunden", errno.EACCES: "keine Berechtigung",
          errno.EPERM: "keine Berechtigung", errno.EISDIR: "ist ein Ordner",
          errno.ENOSPC: "kein Platz mehr auf dem Datenträger",
          errno.EROFS: "Dateisystem ist schreibgeschützt"}


def os_text(exc: OSError) -> str:
    """A German reason for an OSError."""
    return _ERRNO.get(exc.errno or -1, f"Systemfehler Nr. {exc.errno}")
