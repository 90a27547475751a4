"""`kimdocs erstellen bescheid --aus-antrag ANTRAG` (issue 21): the Bescheid's data file from
the received Antrag, written for review; the Bescheid itself is made afterwards from the
reviewed file, the usual way (`kimdocs erstellen bescheid DATEI.yaml`)."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import click

from kimdocs import errors
from kimdocs.config import Config
from kimdocs.generate.aus_antrag import DATA_SUFFIXES, bescheid_aus_antrag
from kimdocs.generate.datendatei import as_yaml
from kimdocs.generate.output import atomic_write
from kimdocs.limits import Limits
from kimdocs.rules import load_guideline

_META = "kimdocs.aus_antrag"

_OPTION = click.option(
    "--aus-antrag", "aus_antrag", type=click.Path(dir_okay=False, path_type=str),
    metavar="ANTRAG", expose_value=False,
    callback=lambda ctx, _param, value: ctx.meta.__setitem__(_META, value),
    help="Nur 'bescheid': die Daten des Bescheids aus dem eingegangenen ANTRAG (YAML/JSON, "
         "PDF, DOCX, ODT) lesen und als Datendatei zur Prüfung schreiben (-o DATEI.yaml oder "
         "Ordner); jeder Wert nennt seine Fundstelle. Der Bescheid entsteht erst aus der "
         "geprüften Datei.")


def aus_antrag_option(command):
    """The option --aus-antrag on `kimdocs erstellen`, and the path it takes: given, the
    command writes the data file for review instead of a document. Kept apart from the
    command's own parameters so that the command (and its batch path) need not know it."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        antrag = click.get_current_context().meta.get(_META)
        if antrag is None:
            return command(*args, **kwargs)
        obj = click.get_current_context().find_root().obj
        config = obj if isinstance(obj, Config) else Config()
        r = config.apply_to_guideline(load_guideline(kwargs["richtlinie"]))
        return write_review_file(kwargs["art"], antrag, kwargs.get("daten"),
                                 kwargs.get("tabelle"), kwargs["ordner"], kwargs["force"], r,
                                 config.bescheid)

    return _OPTION(run)


def target_of(antrag: Path, ausgabe: str) -> Path:
    """-o names the data file (…yaml/.yml/.json) or the folder it goes into."""
    out = Path(ausgabe)
    if out.suffix.lower() in DATA_SUFFIXES:
        return out
    return out / f"{antrag.stem}.bescheid.yaml"


def write_review_file(art: str, antrag: str, daten: str | None, tabelle: str | None,
                      ausgabe: str, force: bool, richtlinie, vorgaben: dict) -> None:
    """Read the Antrag, write the data file with the source of every value, say what is
    left to fill in. Exit 0 when the file is written (open values are the review's job)."""
    if art.lower() != "bescheid":
        raise click.UsageError("--aus-antrag gibt es nur für 'bescheid'.")
    if daten is not None or tabelle is not None:
        raise click.UsageError("--aus-antrag steht allein: ohne DATEN und ohne --tabelle.")
    source = Path(antrag)
    if not os.path.lexists(source):
        raise errors.UsageError("Antrag nicht gefunden (Tippfehler im Pfad?)", path=source,
                                field="--aus-antrag")
    target = target_of(source, ausgabe)
    folder = target.parent
    if folder != Path(ausgabe):  # -o names the file: its folder must be there
        if not folder.is_dir():
            raise errors.UsageError(f"Ordner {folder} existiert nicht", path=target,
                                    field="-o/--ausgabe")
    else:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.UsageError(f"Ordner {folder}: {errors.os_reason(exc)}", path=target,
                                    field="-o/--ausgabe") from None
    if target.exists() and not force:
        raise errors.UsageError("existiert bereits; zum Überschreiben --force angeben",
                                path=target, field="-o/--ausgabe")
    uebernahme = bescheid_aus_antrag(source, richtlinie, limits=Limits(), vorgaben=vorgaben)
    atomic_write(target, as_yaml(uebernahme).encode("utf-8"), force=force)
    offen = [q for q in uebernahme.offen if q.pflicht]
    click.echo(f"Datendatei zur Prüfung geschrieben: {target}")
    if offen:
        click.echo(f"Noch einzutragen ({len(offen)}):", err=True)
        for q in offen:
            click.echo(f"  {q.pfad}: {q.text()}", err=True)
    click.echo(f"Bitte prüfen und ergänzen, dann: kimdocs erstellen bescheid {target}",
               err=True)
