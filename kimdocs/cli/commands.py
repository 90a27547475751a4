"""The `kimdocs` command: a thin German layer over the Python API.

No logic lives here: each command parses its options, calls the library and prints. Every
KimdocsError becomes its German message on stderr and its exit code (see README, exit codes).
Usage errors (a missing path, an output path that cannot work) are found before any work
and end with exit 2; click speaks German (kimdocs.cli.deutsch); whatever else escapes a command
ends in the group's last-resort handler as a German message naming the file, exit 2, and
Ctrl-C as "Abgebrochen." with exit 130 — never as a traceback.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from kimdocs import errors
from kimdocs.annotate import annotate_reports
from kimdocs.calculator import calculate
from kimdocs.check import check_files, collect
from kimdocs.cli import stapel
from kimdocs.cli.deutsch import Gruppe, german
from kimdocs.cli.uebernehmen import aus_antrag_option  # issue 21
from kimdocs.config import Config, load_config
from kimdocs.formatting import format_eur
from kimdocs.generate.context import document_kommune
from kimdocs.generate.output import Auftrag, atomic_write, produce
from kimdocs.guideline import DEFAULT_GUIDELINE
from kimdocs.guideline.kommunen import unknown_body
from kimdocs.interrupts import install
from kimdocs.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Limits
from kimdocs.model import json_schema, load_data, read_mapping
from kimdocs.readers import read_document, render_text
from kimdocs.register import commands as register_commands  # issue 22 (light: no SQLAlchemy yet)
from kimdocs.register.hooks import book_all, record_reports
from kimdocs.report.catalogue import rules_as_dict, rules_as_markdown, rules_as_text
from kimdocs.report.formats import FORMATS, as_text, calculation_dict
from kimdocs.rules import load_guideline
from kimdocs.version import __version__

RICHTLINIE_HELP = "Richtlinie: mitgelieferte Kennung (z. B. kim-rlp-2025) oder Pfad zu einer Datei."
ARTEN = ["antrag", "bescheid", "vorlage", "jahresbericht", "verwendungsnachweis"]

# The files the running command works on, so that the last-resort handler can name them.
_dateien: list[str] = []


def _report_errors(func):
    """Turn kimdocs errors into a German message and the documented exit code; with
    `--format json` (or jsonl) also into the error as JSON on stdout:
    {"code", "meldung", "datei", "feld", "exit_code"} (KimdocsError.to_dict)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except errors.KimdocsError as exc:
            if str(kwargs.get("fmt", "")).lower() in ("json", "jsonl"):
                # a pipeline reads the failure where it reads the result: one JSON object on
                # stdout with the stable code the library and the web API use
                click.echo(json.dumps(exc.to_dict(), ensure_ascii=False))
            click.echo(f"Fehler: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def _choice(values: list[str]) -> click.Choice:
    return click.Choice(values, case_sensitive=False)


def _dump_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _working_on(*paths: str | None) -> None:
    _dateien[:] = [p for p in paths if p]


def check_output_file(path: str) -> None:
    """-o FILE: refuse before any work a target whose folder is missing, a file, or
    unwritable, or a target that is a folder (usage error, exit 2)."""
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise errors.UsageError("ist ein Ordner; bitte einen Dateinamen angeben", path=target,
                                field="-o/--ausgabe")
    _check_folder(parent, target, create=False)


def check_output_dir(path: str) -> None:
    """-o FOLDER: it may be created, but what exists of it must be a writable folder."""
    _check_folder(Path(path), Path(path), create=True)


def _check_folder(folder: Path, target: Path, *, create: bool) -> None:
    existing = folder
    while not existing.exists():
        if not create:
            raise errors.UsageError(f"Ordner {folder} existiert nicht", path=target,
                                    field="-o/--ausgabe")
        if existing.is_symlink() or existing.parent == existing:
            break
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise errors.UsageError(f"{existing} ist eine Datei, kein Ordner", path=target,
                                field="-o/--ausgabe")
    if existing.exists() and not os.access(existing, os.W_OK | os.X_OK):
        raise errors.UsageError(f"Ordner {existing} ist nicht beschreibbar (keine Berechtigung)",
                                path=target, field="-o/--ausgabe")


def check_body(doc: Any, richtlinie: Any, path: str) -> None:
    """The body named in the data must be on the guideline's list (name and Kreisschlüssel);
    a near miss gets "Meinten Sie …?". An ambiguous name is left to the rules (KIM-101)."""
    problem = unknown_body(richtlinie, document_kommune(doc))
    if problem:
        raise errors.InputError(problem, path=path, field="name")


class _Kimdocs(Gruppe):
    """The command group with the last-resort handler: whatever escapes a command ends as a
    German message with exit 2 (130 after Ctrl-C), never as a traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        with german():  # click's own texts, also those of an error the handler shows
            return self._run(*args, **kwargs)

    def _run(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            exc.show()
            code = errors.EXIT_INPUT if isinstance(exc, click.UsageError) else exc.exit_code
        except (click.Abort, KeyboardInterrupt):
            click.echo("Abgebrochen.", err=True)
            code = errors.EXIT_INTERRUPTED
        except errors.KimdocsError as exc:
            click.echo(f"Fehler: {exc}", err=True)
            code = exc.exit_code
        except OSError as exc:
            click.echo(f"Fehler: {exc.filename or _wo()}: {errors.os_reason(exc)}", err=True)
            code = errors.EXIT_INPUT
        except RecursionError:
            click.echo(f"Fehler: {_wo()}: zu tief verschachtelt, nicht verarbeitbar", err=True)
            code = errors.EXIT_INPUT
        except MemoryError:
            click.echo(f"Fehler: {_wo()}: nicht genug Arbeitsspeicher", err=True)
            code = errors.EXIT_INPUT
        except Exception as exc:  # the last resort: name the file, never show a traceback
            click.echo(f"Fehler: {_wo()}: unerwarteter interner Fehler ({type(exc).__name__}); "
                       "bitte mit dieser Meldung an die Betreuung von kimdocs wenden.",
                       err=True)
            code = errors.EXIT_INPUT
        sys.exit(code if isinstance(code, int) else 0)


def _config() -> Any:
    """The configuration the group callback loaded (kimdocs.config.Config)."""
    obj = click.get_current_context().find_root().obj
    return obj if isinstance(obj, Config) else Config()


def _wo() -> str:
    return ", ".join(_dateien) or "Aufruf"


@click.group(name="kimdocs", cls=_Kimdocs, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kimdocs", message="kimdocs %(version)s")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="DATEI",
              help="Konfigurationsdatei (Standard: kimdocs.toml oder [tool.kimdocs] in "
                   "pyproject.toml im Arbeitsordner).")
@click.pass_context
@_report_errors
def main(ctx: click.Context, config_path: str | None) -> None:
    """Dokumente des Kommunalen Integrationsmanagements (KIM) erstellen und prüfen."""
    install()  # SIGINT/SIGTERM: kill children, remove temporary files; sweep old leftovers
    _working_on(config_path)
    config = load_config(config_path)
    ctx.obj = config
    ctx.default_map = config.default_map()


@main.command()
@click.argument("antrag", type=click.Path(dir_okay=False, path_type=str))
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
@click.option("--format", "fmt", type=_choice(["text", "json"]), default="text",
              show_default=True)
@_report_errors
def berechnen(antrag: str, richtlinie: str, fmt: str) -> None:
    """Zuwendung je Haushaltsjahr aus einem ANTRAG (YAML/JSON) berechnen.

    Eine Bescheid-Datei (art: bescheid) wird über ihren eigenen Bewilligungszeitraum berechnet.
    Exit-Code 1, wenn der Antrag eine Regel verletzt (die Regel wird mit Code genannt).
    """
    _working_on(antrag)
    r = load_guideline(richtlinie)
    # a Bescheid over its own period
    kind = "bescheid" if read_mapping(Path(antrag)).get("art") == "bescheid" else "antrag"
    result = _config().apply_to_calculation(calculate(load_data(antrag, kind), r))
    if fmt == "json":
        _dump_json(calculation_dict(result, r, antrag))
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
    if any(b.verletzt and b.schwere != "hinweis" for b in result.befunde):
        sys.exit(errors.EXIT_FINDINGS)


@main.command()
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
@click.option("--format", "fmt", type=_choice(["text", "json", "markdown"]), default="text",
              show_default=True)
@_report_errors
def regeln(richtlinie: str, fmt: str) -> None:
    """Die Regeln einer Richtlinie auflisten, mit Fundstelle und Prüfweise."""
    _working_on(richtlinie)
    r = load_guideline(richtlinie)
    if fmt == "json":
        _dump_json(rules_as_dict(r))
    elif fmt == "markdown":
        click.echo(rules_as_markdown(r), nl=False)
    else:
        click.echo(rules_as_text(r), nl=False)


@main.command()
@click.argument("art", type=_choice(ARTEN), metavar="ART")
@_report_errors
def schema(art: str) -> None:
    """JSON Schema der Eingabedaten einer Dokumentart ausgeben."""
    _dump_json(json_schema(art))


@main.command()
@click.argument("daten", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--art", type=_choice(ARTEN),
              help="Dokumentart; sonst aus dem Feld 'art' der Datei.")
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
@click.option("--format", "fmt", type=_choice(["text", "json"]), default="text",
              show_default=True, help="json: je Datei gültig/Fehler mit Meldung, Datei, Feld.")
@_report_errors
def validieren(daten: tuple[str, ...], art: str | None, richtlinie: str, fmt: str) -> None:
    """Datendateien (YAML/JSON) gegen das Modell prüfen, ohne etwas zu erzeugen."""
    r = load_guideline(richtlinie)
    results: list[dict[str, Any]] = []
    for path in daten:
        _working_on(path)
        try:
            doc = load_data(path, art)
            check_body(doc, r, path)
            results.append({"datei": path, "gueltig": True, "art": doc.art})
            if fmt == "text":
                click.echo(f"{path}: gültig ({type(doc).__name__})")
        except errors.InputError as exc:
            results.append({"datei": path, "gueltig": False, "fehler": exc.to_dict()})
            click.echo(f"Fehler: {exc}", err=True)
    if fmt == "json":
        _dump_json({"kimdocs_version": __version__, "dateien": results})
    if not all(item["gueltig"] for item in results):
        sys.exit(errors.EXIT_INPUT)


# --- erstellen (issue 3) ----------------------------------------------------------------------

@main.command()
@click.argument("art", type=_choice(ARTEN), metavar="ART")
@click.argument("daten", required=False, type=click.Path(dir_okay=False, path_type=str))
@click.option("--tabelle", type=click.Path(dir_okay=False, path_type=str),
              help="Stapel: eine Tabelle (.csv/.xlsx), ein Dokument je Zeile; dazu im "
                   "Ausgabeordner die Übersicht uebersicht.xlsx/.json.")
@click.option("--nur-fehlende", is_flag=True,
              help="Stapel: nur die Zeilen erstellen, deren Datei laut Übersicht des früheren "
                   "Laufs fehlt oder gescheitert ist; die übrigen Dateien bleiben unberührt.")
@click.option("-o", "--ausgabe", "ordner", default=".", show_default=True,
              type=click.Path(path_type=str), help="Ausgabeordner (--aus-antrag: auch Datei).")
@click.option("--format", "fmt", type=_choice(["docx", "pdf", "beide"]), default=None,
              help="Ausgabeformat [Standard: docx, mit --pdfa: pdf].")
@click.option("--pdfa", is_flag=True, help="PDF als PDF/A-2b (für die e-Akte).")
@click.option("--force", is_flag=True, help="Vorhandene Dateien überschreiben.")
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
@click.option("--vorlagen", type=click.Path(file_okay=False, path_type=str),
              help="Ordner mit eigenen Word-Vorlagen (Standard: die mitgelieferten).")
@register_commands.register_option
@aus_antrag_option  # issue 21: the Bescheid's data file from the received Antrag
@_report_errors
def erstellen(art: str, daten: str | None, tabelle: str | None, nur_fehlende: bool, ordner: str,
              fmt: str | None, pdfa: bool, force: bool, richtlinie: str, vorlagen: str | None,
              register_url: str | None = None) -> None:
    """Ein Dokument der ART aus DATEN (YAML/JSON) als DOCX und/oder PDF erstellen.

    Mit --tabelle entsteht je Tabellenzeile ein Dokument (Bescheid: Spalten wie in
    beispiele/antraege.csv; andere Arten: Feldpfade wie in `kimdocs schema ART`, z. B.
    kommune.name, jahre.1.jahr); fehlerhafte Zeilen werden mit Zeilennummer gemeldet, die
    übrigen trotzdem erstellt (Exit-Code 1).
    """
    art = art.lower()
    if (daten is None) == (tabelle is None):
        raise click.UsageError("Bitte genau eines angeben: DATEN oder --tabelle.")
    if nur_fehlende and not tabelle:
        raise click.UsageError("--nur-fehlende gibt es nur mit --tabelle.")
    if pdfa and fmt == "docx":
        raise click.UsageError("--pdfa verlangt PDF-Ausgabe (--format pdf oder beide).")
    fmt = fmt or ("pdf" if pdfa else "docx")
    _working_on(daten, tabelle)
    check_output_dir(ordner)
    config = _config()
    r = config.apply_to_guideline(load_guideline(richtlinie))
    out = Path(ordner)

    if daten is not None:
        doc = load_data(daten, art, defaults=config.bescheid if art == "bescheid" else None)
        check_body(doc, r, daten)
        result = produce([Auftrag(daten, doc)], out, r, fmt=fmt, pdfa=pdfa, force=force,
                         vorlagen=Path(vorlagen) if vorlagen else None,
                         approve=_booking(register_url, config, r))  # issue 22
        if result.abgelehnt:
            sys.exit(errors.EXIT_FINDINGS)
        for path in result.dateien:
            click.echo(f"erstellt: {path}")
        if result.fehler:
            for f in result.fehler:
                click.echo(f"Fehler: {f.meldung}", err=True)
            sys.exit(max(f.exit_code for f in result.fehler))
        return

    approve = _booking(register_url, config, r) if art == "bescheid" else None  # issue 22
    sys.exit(stapel.run(art, tabelle, out, r, fmt=fmt, pdfa=pdfa, force=force,
                        nur_fehlende=nur_fehlende, vorlagen=vorlagen, approve=approve))


def _zeitlimit_option(help_text: str):
    """--zeitlimit SEKUNDEN with the default of kimdocs.limits, shown as "60", not "60.0"."""
    return click.option("--zeitlimit", type=float, default=DEFAULT_TIMEOUT,
                        help=f"{help_text}  [Standard: {DEFAULT_TIMEOUT:g}]")


def _ocr_option(func):
    """--ocr auto|immer|nie: which pages are read by text recognition (Tesseract)."""
    return click.option(
        "--ocr", type=_choice(["auto", "immer", "nie"]), default="auto", show_default=True,
        help="Texterkennung (OCR): auto = nur Seiten ohne brauchbaren Text und Bilder, "
             "immer = jede Seite, nie = keine (ein Scan ist dann nicht lesbar). Jede erkannte "
             "Seite gibt dem Zeitlimit 4 s dazu.")(func)


class _PageProgress:
    """„Texterkennung Seite 3 von 8“ on stderr: on a terminal one line, overwritten; else a
    line per page (a log). With several files each line names its file."""

    def __init__(self, several: bool):
        self.several = several
        self.tty = sys.stderr.isatty() and not several
        self.open = False

    def __call__(self, path, n: int, total: int) -> None:
        text = f"Texterkennung Seite {n} von {total}"
        if self.several:
            text = f"{Path(path).name}: {text}"
        if self.tty:
            click.echo(f"\r{text}", err=True, nl=False)
            self.open = True
        else:
            click.echo(text, err=True)

    def close(self) -> None:
        if self.open:
            click.echo("", err=True)
            self.open = False


def _speicher_option(help_text: str):
    """--speicher MIB with the default of kimdocs.limits."""
    return click.option("--speicher", type=int, default=DEFAULT_MEMORY_MB, show_default=True,
                        help=help_text)


def _booking(register_url: str | None, config: Any, r: Any):
    """Issue 22: with a register, the last gate of `produce`: each Bescheid is booked against
    the budget (KIM-114 across time) once nothing else can stop the run; what it refuses is
    not made. None without a register."""
    url = register_commands.configured(register_url, config)
    if not url:
        return None

    def approve(auftraege: list) -> list:
        keep, lines = book_all(url, auftraege, r)
        for line in lines:
            click.echo(line, err=True)
        return keep
    return approve


def _date_option(ctx, param, value):
    """--eingang TT.MM.JJJJ (or JJJJ-MM-TT) as a date."""
    return register_commands.parse_date(value)


@main.command()
@click.argument("datei", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=_choice(["text", "json"]), default="text",
              show_default=True)
@_zeitlimit_option("Höchstens so viele Sekunden zum Lesen.")
@_speicher_option("Höchstens so viel Arbeitsspeicher (MiB) zum Lesen.")
@_ocr_option
@_report_errors
def lesen(datei: str, fmt: str, zeitlimit: float, speicher: int, ocr: str = "auto") -> None:
    """Zeigen, was in einer PDF-, DOCX- oder ODT-DATEI oder einem Scan (PDF, TIFF, PNG,
    JPEG) gelesen wird: Gliederung, Tabellen, Zahlen mit Bezeichnung und Seite."""
    _working_on(datei)
    shown = _PageProgress(several=False)
    try:
        document = read_document(datei, limits=Limits(timeout=zeitlimit, memory_mb=speicher),
                                 ocr=ocr, progress=lambda n, total: shown(datei, n, total))
    finally:
        shown.close()
    if fmt == "json":
        _dump_json(document.to_dict())
    else:
        click.echo(render_text(document), nl=False)


@main.command()
@click.argument("dateien", nargs=-1, required=True, type=click.Path())
@click.option("--art", type=_choice(ARTEN),
              help="Dokumentart; ohne Angabe am Inhalt erkannt.")
@click.option("--richtlinie", default=DEFAULT_GUIDELINE, show_default=True, help=RICHTLINIE_HELP)
@click.option("--eingang", callback=_date_option, metavar="TT.MM.JJJJ",
              help="Eingangsdatum für die Fristprüfung (sonst das Datum des Dokuments).")
@click.option("--bescheid", type=click.Path(dir_okay=False),
              help="Bescheid (Datendatei oder PDF/DOCX) für die Abgleiche KIM-112/113.")
@click.option("--format", "fmt", type=_choice(["text", "json", "jsonl", "html", "junit"]),
              default="text", show_default=True)
@click.option("-o", "--ausgabe", type=click.Path(dir_okay=False),
              help="Bericht in diese Datei schreiben statt auf die Konsole.")
@click.option("--ausfuehrlich", is_flag=True, help="Im Text auch die erfüllten Regeln zeigen.")
@_zeitlimit_option("Höchstens so viele Sekunden zum Lesen und Prüfen je Datei.")
@_speicher_option("Höchstens so viel Arbeitsspeicher (MiB) zum Lesen und Prüfen je Datei.")
@click.option("--markieren", type=click.Path(file_okay=False), metavar="ORDNER",
              help="Je Entwurf eine Kopie mit den Befunden als Kommentare in ORDNER schreiben "
                   "(NAME.geprueft.docx/.odt/.pdf; eine frühere Kopie wird ersetzt).")
@_ocr_option
@register_commands.register_option
@_report_errors
def pruefen(dateien, art, richtlinie, eingang, bescheid, fmt, ausgabe, ausfuehrlich,
            zeitlimit, speicher, markieren=None, register_url=None, ocr="auto") -> None:
    """DATEIEN (PDF, DOCX, ODT, Scans als PDF, TIFF, PNG, JPEG, oder Ordner) gegen die
    Förderrichtlinie prüfen.

    Exit-Code 0: einreichungsfähig; 1: Mängel; 2: nicht prüfbar (nicht lesbar, oder eine
    Fehler-Regel war nicht prüfbar). Bei mehreren Dateien gilt der höchste.
    """
    _working_on(*dateien)
    missing = [d for d in dateien if not os.path.lexists(d)]
    if missing:
        raise errors.UsageError("Datei oder Ordner nicht gefunden (Tippfehler im Pfad?)",
                                path=missing[0], field="DATEIEN")
    if ausgabe:
        check_output_file(ausgabe)
    if markieren:
        check_output_dir(markieren)
    if bescheid and not os.path.lexists(bescheid):
        raise errors.UsageError("Bescheid nicht gefunden", path=bescheid, field="--bescheid")
    if bescheid and Path(bescheid).suffix.lower() in (".yaml", ".yml", ".json"):
        load_data(bescheid, "bescheid")  # an Antrag or broken data: say so once, exit 2
    files = collect(list(dateien))
    skipped = [(str(p), reason) for p, reason in files.uebersprungen]
    if not files:
        why = "; ".join(f"{Path(p).name}: {reason}" for p, reason in skipped[:10])
        raise errors.InputError("keine PDF-, DOCX- oder ODT-Datei gefunden"
                                + (f" (übersprungen: {why})" if why else ""), path=dateien[0])
    r = load_guideline(richtlinie)
    limits = Limits(timeout=zeitlimit, memory_mb=speicher)  # the same for checking and marking
    url = register_commands.configured(register_url, _config())  # issue 22
    shown = _PageProgress(several=len(files) > 1)
    options = {"art": art, "richtlinie": r, "eingang": eingang, "bescheid": bescheid,
               "limits": limits, "ocr": ocr, "on_page": shown}
    try:
        if len(files) > 1:
            with click.progressbar(length=len(files), label="Prüfe", file=sys.stderr) as bar:
                reports = check_files(files, progress=lambda _: bar.update(1), **options)
        else:
            reports = check_files(files, **options)
    finally:
        shown.close()
    config = _config()
    reports = [config.apply_to_report(rep) for rep in reports]
    text = (as_text(reports, verbose=ausfuehrlich, skipped=skipped) if fmt == "text"
            else FORMATS[fmt](reports, skipped=skipped))
    if ausgabe:
        atomic_write(Path(ausgabe), text.encode("utf-8"), force=True)
        click.echo(f"Bericht geschrieben: {ausgabe}", err=True)
    else:
        click.echo(text, nl=False)
    code = max(r.exit_code for r in reports)
    if url:  # issue 22: each checked file into the register
        for line in record_reports(url, reports, eingang=eingang, archiv=config.archiv):
            click.echo(line, err=True)
    if markieren:  # issue 12: the drafts back with the findings on them
        for line, ok in annotate_reports(reports, markieren, limits=limits):
            click.echo(line, err=True)
            code = code if ok else max(code, errors.EXIT_INPUT)
    sys.exit(code)


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
@register_commands.register_option
@_report_errors
def web(host: str, port: int, token: str | None, max_upload_mb: float, workers: int, queue: int,
        richtlinie: str, warm: bool, register_url: str | None = None) -> None:
    """Die Weboberfläche und die HTTP-API (/api) starten."""
    # lazy on purpose: FastAPI, Starlette and uvicorn load only when `kimdocs web` starts
    from kimdocs.web.server import serve

    serve(host=host, port=port, token=token, max_upload_mb=max_upload_mb, workers=workers,
          queue=queue, richtlinie=richtlinie, warm=warm,
          register=register_commands.configured(register_url, _config()))


for _command in register_commands.COMMANDS:  # issue 22: uebersicht, register export/import
    main.add_command(_command)
