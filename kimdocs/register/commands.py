"""The register's commands: `kimdocs uebersicht` and `kimdocs register export|import`, and the
`--register` option the other commands take. Only input and output here; German messages,
exit code 2 for every problem with the register, never a traceback.

kimdocs/cli/commands.py imports this module for every command, so it stays light: the register itself
(SQLAlchemy, Alembic, openpyxl) is imported inside the commands that use it, as cli.py does.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from kimdocs.errors import KimdocsError
from kimdocs.formatting import read_date
from kimdocs.register.hooks import ENV, cached, configured

register_option = click.option(
    "--register", "register_url", metavar="DATEI|URL", default=None,
    help="Register (SQLite-Datei oder postgresql+psycopg://…); sonst `register` in "
         f"kimdocs.toml oder {ENV}.")


def parse_date(value: str | None) -> date | None:
    """--eingang, --stichtag: TT.MM.JJJJ or JJJJ-MM-TT."""
    if value is None:
        return None
    found = read_date(value)
    if found is None:
        raise click.BadParameter(f"{value!r} ist kein Datum (TT.MM.JJJJ)")
    return found


def _url(value: str | None) -> str:
    from kimdocs.register.db import RegisterError

    root = click.get_current_context().find_root()
    url = configured(value, root.obj)
    if not url:
        raise RegisterError("Kein Register angegeben: --register DATEI|URL, `register = …` "
                            f"in kimdocs.toml oder Umgebungsvariable {ENV}",
                            field="--register")
    return url


def _fail(exc: KimdocsError) -> None:
    click.echo(f"Fehler: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.command("uebersicht")
@register_option
@click.option("--stichtag", metavar="TT.MM.JJJJ", help="Stichtag der Fristen (Standard: heute).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "xlsx"]), default="text",
              show_default=True)
@click.option("-o", "--ausgabe", type=click.Path(dir_okay=False),
              help="In diese Datei schreiben (für xlsx nötig).")
@click.option("--richtlinie", default=None, help="Programm (Richtlinie) im Register.")
def uebersicht(register_url, stichtag, fmt, ausgabe, richtlinie) -> None:
    """Was bewilligt, eingegangen und fällig ist: je Kommune eine Zeile, das Budget je
    Haushaltsjahr, überfällige Berichte und Nachweise."""
    from kimdocs.register import overview as ov

    tag = parse_date(stichtag) or date.today()  # "today" only here, at the edge
    if fmt == "xlsx" and not ausgabe:
        raise click.UsageError("--format xlsx braucht -o DATEI.xlsx")
    try:
        u = ov.overview(cached(_url(register_url)), tag, richtlinie)
    except KimdocsError as exc:
        _fail(exc)
    if fmt == "xlsx":
        data = ov.as_xlsx(u)
    elif fmt == "json":
        data = (json.dumps(u.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()
    else:
        data = ov.as_text(u).encode()
    if ausgabe:
        _write(Path(ausgabe), data)
        click.echo(f"Übersicht geschrieben: {ausgabe}", err=True)
    else:
        click.echo(data.decode(), nl=False)
    if any(p["status"] == "überfällig" for p in u.faellige()):
        sys.exit(1)


def _write(path: Path, data: bytes) -> None:
    from kimdocs.register.db import RegisterError, os_text

    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _fail(RegisterError(f"nicht schreibbar ({os_text(exc)})", path=path))


@click.group("register")
def register() -> None:
    """Das Register sichern und umziehen (JSON Lines)."""


@register.command("export")
@register_option
@click.option("-o", "--ausgabe", type=click.Path(dir_okay=False),
              help="Datei (Standard: Konsole).")
def export(register_url, ausgabe) -> None:
    """Das ganze Register als JSON Lines ausgeben (Sicherung, Umzug nach PostgreSQL)."""
    from kimdocs.register.db import shown
    from kimdocs.register.transfer import export_lines

    try:
        url = _url(register_url)
        lines = list(export_lines(cached(url)))
    except KimdocsError as exc:
        _fail(exc)
    data = ("\n".join(lines) + "\n").encode()
    if ausgabe:
        _write(Path(ausgabe), data)
        click.echo(f"{len(lines) - 1} Zeilen aus {shown(url)} gesichert: {ausgabe}", err=True)
    else:
        click.echo(data.decode(), nl=False)


@register.command("import")
@register_option
@click.argument("datei", type=click.Path(dir_okay=False))
def import_(register_url, datei) -> None:
    """Eine Sicherung (JSON Lines) in ein leeres Register einlesen."""
    from kimdocs.register.db import RegisterError, os_text, shown
    from kimdocs.register.transfer import import_lines

    try:
        url = _url(register_url)
        try:
            with open(datei, encoding="utf-8") as fh:
                counts = import_lines(cached(url), fh, name=datei)
        except OSError as exc:
            raise RegisterError(f"nicht lesbar ({os_text(exc)})", path=datei) from None
        except UnicodeDecodeError:
            raise RegisterError("keine UTF-8-Textdatei", path=datei) from None
    except KimdocsError as exc:
        _fail(exc)
    total = sum(counts.values())
    click.echo(f"{total} Zeilen eingelesen in {shown(url)} ("
               + ", ".join(f"{k}: {v}" for k, v in counts.items() if v) + ")")


COMMANDS = [uebersicht, register]
