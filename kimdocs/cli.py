"""The `kimdocs` command: a thin German layer over the Python API.

No logic lives here: each command parses its options, calls the library and prints. Every
KimdocsError becomes its German message on stderr and its exit code (see README, exit codes).
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import errors
from .formatting import format_eur
from .guideline import DEFAULT_GUIDELINE

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
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
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
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
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


# --- erstellen (issue 3) ----------------------------------------------------------------------

@main.command()
@click.argument("art", type=click.Choice(["antrag", "bescheid", "vorlage", "jahresbericht"]))
@click.argument("daten", required=False, type=click.Path(dir_okay=False, path_type=str))
@click.option("--tabelle", type=click.Path(dir_okay=False, path_type=str),
              help="Stapel: eine Tabelle (.csv/.xlsx), ein Bescheid je Zeile (nur 'bescheid').")
@click.option("-o", "--ausgabe", "ordner", default=".", show_default=True,
              type=click.Path(file_okay=False, path_type=str), help="Ausgabeordner.")
@click.option("--format", "fmt", type=click.Choice(["docx", "pdf", "beide"]), default=None,
              help="Ausgabeformat [Standard: docx, mit --pdfa: pdf].")
@click.option("--pdfa", is_flag=True, help="PDF als PDF/A-2b (für die e-Akte).")
@click.option("--force", is_flag=True, help="Vorhandene Dateien überschreiben.")
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
@click.option("--vorlagen", type=click.Path(file_okay=False, path_type=str),
              help="Ordner mit eigenen Word-Vorlagen (Standard: die mitgelieferten).")
@_report_errors
def erstellen(art: str, daten: str | None, tabelle: str | None, ordner: str, fmt: str | None,
              pdfa: bool, force: bool, richtlinie: str, vorlagen: str | None) -> None:
    """Ein Dokument der ART aus DATEN (YAML/JSON) als DOCX und/oder PDF erstellen.

    Mit --tabelle entsteht je Tabellenzeile ein Bewilligungsbescheid; fehlerhafte Zeilen
    werden mit Zeilennummer gemeldet, die übrigen trotzdem erstellt (Exit-Code 1).
    """
    from .guideline import load_guideline
    from .output import Auftrag, budget_lines, produce

    if (daten is None) == (tabelle is None):
        raise click.UsageError("Bitte genau eines angeben: DATEN oder --tabelle.")
    if tabelle and art != "bescheid":
        raise click.UsageError("--tabelle gibt es nur für 'bescheid'.")
    if pdfa and fmt == "docx":
        raise click.UsageError("--pdfa verlangt PDF-Ausgabe (--format pdf oder beide).")
    fmt = fmt or ("pdf" if pdfa else "docx")
    r = load_guideline(richtlinie)
    out = Path(ordner)

    if daten is not None:
        from .model import load_data

        doc = load_data(daten, art)
        result = produce([Auftrag(daten, doc)], out, r, fmt=fmt, pdfa=pdfa, force=force,
                         vorlagen=Path(vorlagen) if vorlagen else None)
        for path in result.dateien:
            click.echo(f"erstellt: {path}")
        if result.fehler:
            for f in result.fehler:
                click.echo(f"Fehler: {f.meldung}", err=True)
            sys.exit(max(f.exit_code for f in result.fehler))
        return

    from .tables import read_bescheide

    zeilen = read_bescheide(tabelle)
    auftraege = [Auftrag(z.label, z.bescheid, z.fehler) for z in zeilen]
    # one step per DOCX rendered and, for PDF output, one per PDF converted
    steps = sum(a.doc is not None for a in auftraege) * (1 if fmt == "docx" else 2)
    with click.progressbar(length=steps, label="Bescheide erstellen", file=sys.stderr) as bar:
        def step(_item):
            bar.update(1)

        result = produce(auftraege, out, r, fmt=fmt, pdfa=pdfa, force=force,
                         vorlagen=Path(vorlagen) if vorlagen else None, on_rendered=step,
                         on_converted=step)
    click.echo(f"\n{len(result.gemacht)} von {len(zeilen)} Bescheiden erstellt in {out}.")
    for f in result.fehler:
        click.echo(f"Fehler {f.label}: {f.meldung}", err=True)
    for line in budget_lines(result.gemacht, r):
        click.echo(line)
    if result.fehler:
        click.echo(f"{len(result.fehler)} Zeile(n) fehlerhaft.", err=True)
        sys.exit(errors.EXIT_FINDINGS)


def _date_option(ctx, param, value):
    """--eingang TT.MM.JJJJ (or JJJJ-MM-TT) as a date."""
    if value is None:
        return None
    from datetime import datetime

    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    raise click.BadParameter(f"{value!r} ist kein Datum (TT.MM.JJJJ)")


@main.command()
@click.argument("datei", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--zeitlimit", type=float, default=60, show_default=True,
              help="Höchstens so viele Sekunden zum Lesen.")
@click.option("--speicher", type=int, default=1024, show_default=True,
              help="Höchstens so viel Arbeitsspeicher (MiB) zum Lesen.")
@_report_errors
def lesen(datei: str, fmt: str, zeitlimit: float, speicher: int) -> None:
    """Zeigen, was in einer PDF-, DOCX- oder ODT-DATEI gelesen wird: Gliederung, Tabellen,
    Zahlen mit Bezeichnung und Seite."""
    from .readers import read_document, render_text

    document = read_document(datei, timeout=zeitlimit, memory_mb=speicher)
    if fmt == "json":
        _dump_json(document.to_dict())
    else:
        click.echo(render_text(document), nl=False)


@main.command()
@click.argument("dateien", nargs=-1, required=True, type=click.Path())
@click.option("--art", type=click.Choice(["antrag", "bescheid", "vorlage", "jahresbericht"]),
              help="Dokumentart; ohne Angabe am Inhalt erkannt.")
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
@click.option("--eingang", callback=_date_option, metavar="TT.MM.JJJJ",
              help="Eingangsdatum für die Fristprüfung (sonst das Datum des Dokuments).")
@click.option("--bescheid", type=click.Path(dir_okay=False),
              help="Bescheid (Datendatei oder PDF/DOCX) für die Abgleiche KIM-112/113.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "junit"]),
              default="text", show_default=True)
@click.option("-o", "--ausgabe", type=click.Path(dir_okay=False),
              help="Bericht in diese Datei schreiben statt auf die Konsole.")
@click.option("--ausfuehrlich", is_flag=True, help="Im Text auch die erfüllten Regeln zeigen.")
@click.option("--zeitlimit", type=float, default=60, show_default=True,
              help="Höchstens so viele Sekunden zum Lesen je Datei.")
@_report_errors
def pruefen(dateien, art, richtlinie, eingang, bescheid, fmt, ausgabe, ausfuehrlich,
            zeitlimit) -> None:
    """DATEIEN (PDF, DOCX, ODT oder Ordner) gegen die Förderrichtlinie prüfen.

    Exit-Code 0: einreichungsfähig; 1: Mängel; 2: nicht prüfbar (nicht lesbar, oder eine
    Fehler-Regel war nicht prüfbar). Bei mehreren Dateien gilt der höchste.
    """
    from .checker import check_files, collect
    from .guideline import load_guideline
    from .output import atomic_write
    from .report import FORMATS, as_text

    files = collect(list(dateien))
    if not files:
        raise errors.InputError("keine PDF-, DOCX- oder ODT-Datei gefunden", path=dateien[0])
    r = load_guideline(richtlinie)
    options = {"art": art, "richtlinie": r, "eingang": eingang, "bescheid": bescheid,
               "timeout": zeitlimit}
    if len(files) > 1:
        with click.progressbar(length=len(files), label="Prüfe", file=sys.stderr) as bar:
            reports = check_files(files, progress=lambda _: bar.update(1), **options)
    else:
        reports = check_files(files, **options)
    text = (as_text(reports, verbose=ausfuehrlich) if fmt == "text"
            else FORMATS[fmt](reports))
    if ausgabe:
        atomic_write(Path(ausgabe), text.encode("utf-8"), force=True)
        click.echo(f"Bericht geschrieben: {ausgabe}", err=True)
    else:
        click.echo(text, nl=False)
    sys.exit(max(r.exit_code for r in reports))


# --- web (issue 10) ---------------------------------------------------------------------------

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Adresse; nur lokal erreichbar, solange nichts anderes angegeben ist.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="KIMDOCS_TOKEN", default=None,
              help="Zugangsschlüssel für API und Seiten (oder Umgebungsvariable KIMDOCS_TOKEN).")
@click.option("--max-upload-mb", default=20.0, show_default=True, type=click.FloatRange(0.01),
              help="Höchstgröße je hochgeladener Datei in MB.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="So viele Anfragen arbeiten gleichzeitig.")
@click.option("--queue", default=8, show_default=True, type=click.IntRange(0, 1000),
              help="So viele Anfragen warten; weitere erhalten 503 (Retry-After).")
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True,
              help="Voreingestellte mitgelieferte Richtlinie.")
@click.option("--warm/--kalt", default=True, show_default=True,
              help="LibreOffice je Arbeitsplatz bereithalten (braucht python3-uno) oder für "
                   "jedes PDF neu starten.")
@_report_errors
def web(host: str, port: int, token: str | None, max_upload_mb: float, workers: int, queue: int,
        richtlinie: str, warm: bool) -> None:
    """Die Weboberfläche und die HTTP-API (/api) starten."""
    from .web.server import serve

    serve(host=host, port=port, token=token, max_upload_mb=max_upload_mb, workers=workers,
          queue=queue, richtlinie=richtlinie, warm=warm)
