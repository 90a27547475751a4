"""The `kimdocs` command: a thin German layer over the Python API.

No logic lives here: each command parses its options, calls the library and prints. Every
KimdocsError becomes its German message on stderr and its exit code (see README, exit codes).
"""

from __future__ import annotations

import functools
import json
import sys

import click

from . import errors
from .formatting import format_eur

RICHTLINIE_HELP = "Richtlinie: mitgelieferte Kennung (z. B. kim-rlp-2025) oder Pfad zu einer Datei."


def _report_errors(func):
    """Turn kimdocs errors into a German message and the documented exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except errors.KimdocsError as exc:
            click.echo(f"Fehler: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def _dump_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kimdocs", message="kimdocs %(version)s")
def main() -> None:
    """Dokumente des Kommunalen Integrationsmanagements (KIM) erstellen und prüfen."""


@main.command()
@click.argument("antrag", type=click.Path(dir_okay=False, path_type=str))
@click.option("--richtlinie", default="kim-rlp-2025", show_default=True, help=RICHTLINIE_HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@_report_errors
def berechnen(antrag: str, richtlinie: str, fmt: str) -> None:
    """Zuwendung je Haushaltsjahr aus einem ANTRAG (YAML/JSON) berechnen.

    Exit-Code 1, wenn der Antrag eine Regel verletzt (die Regel wird mit Code genannt).
    """
    from .calculator import calculate_grant
    from .guideline import load_guideline
    from .model import load_data

    result = calculate_grant(load_data(antrag, "antrag"), load_guideline(richtlinie))
    if fmt == "json":
        _dump_json(result.to_dict())
    else:
        click.echo(f"Zuwendung nach {result.richtlinie}:")
        click.echo(f"{'Jahr':<6}{'Monate':>7}{'Personalkosten':>20}{'Sachkosten':>18}{'Gesamt':>18}")
        for j in result.jahre:
            click.echo(f"{j.jahr:<6}{j.monate:>7}{format_eur(j.personalkosten):>20}"
                       f"{format_eur(j.sachkosten):>18}{format_eur(j.gesamt):>18}")
        click.echo(f"{'Summe':<13}{'':>38}{format_eur(result.gesamt):>18}")
        problems = [b for b in result.befunde if b.status != "erfuellt"]
        if problems:
            click.echo("\nRegelverstöße und offene Punkte:")
            for b in problems:
                click.echo(f"  {b.zeile()}")
    for b in result.befunde:  # JSON stays clean; the reasons go to stderr
        if fmt == "json" and b.status != "erfuellt":
            click.echo(b.zeile(), err=True)
    if result.verstoesse:
        sys.exit(errors.EXIT_FINDINGS)


@main.command()
@click.option("--richtlinie", default="kim-rlp-2025", show_default=True, help=RICHTLINIE_HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
@_report_errors
def regeln(richtlinie: str, fmt: str) -> None:
    """Die Regeln einer Richtlinie auflisten, mit Fundstelle und Prüfweise."""
    from .catalogue import rules_as_dict, rules_as_markdown, rules_as_text
    from .guideline import load_guideline

    r = load_guideline(richtlinie)
    if fmt == "json":
        _dump_json(rules_as_dict(r))
    elif fmt == "markdown":
        click.echo(rules_as_markdown(r), nl=False)
    else:
        click.echo(rules_as_text(r), nl=False)


@main.command()
@click.argument("art", type=click.Choice(["antrag", "bescheid", "vorlage", "jahresbericht"]))
@_report_errors
def schema(art: str) -> None:
    """JSON Schema der Eingabedaten einer Dokumentart ausgeben."""
    from .model import json_schema

    _dump_json(json_schema(art))


@main.command()
@click.argument("daten", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--art", type=click.Choice(["antrag", "bescheid", "vorlage", "jahresbericht"]),
              help="Dokumentart; sonst aus dem Feld 'art' der Datei.")
@_report_errors
def validieren(daten: tuple[str, ...], art: str | None) -> None:
    """Datendateien (YAML/JSON) gegen das Modell prüfen, ohne etwas zu erzeugen."""
    from .model import load_data

    failed = 0
    for path in daten:
        try:
            doc = load_data(path, art)
            click.echo(f"{path}: gültig ({type(doc).__name__})")
        except errors.InputError as exc:
            click.echo(f"Fehler: {exc}", err=True)
            failed += 1
    if failed:
        sys.exit(errors.EXIT_INPUT)
