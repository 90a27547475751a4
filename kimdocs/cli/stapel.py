"""`kimdocs erstellen ART --tabelle`: the administrative batch on the command line (the run
itself is kimdocs.generate.batch, the same as the web's Stapel page).

Progress counts documents: on a terminal a bar that ends at 100 % with "Bescheid 17 von 36 –
Mainz" beside it; without a terminal (a log, a pipe, a CI job) one line per document on
stderr, so that stdout keeps only the summary.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from kimdocs.generate.batch import NOUNS, OVERVIEW_JSON, OVERVIEW_XLSX, Fortschritt, run_batch


class Anzeige:
    """Progress per document: a bar on a terminal, a line per document otherwise."""

    def __init__(self, art: str, stream: Any = None) -> None:
        self.art = art
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.bar: Any = None

    def __call__(self, f: Fortschritt) -> None:
        if not self.tty:
            click.echo(f.text(), file=self.stream)
            return
        if self.bar is None:
            self.bar = click.progressbar(length=f.von, label=f"{NOUNS[self.art][1]} erstellen",
                                         file=self.stream, show_pos=False,
                                         item_show_func=lambda text: text)
            self.bar.__enter__()
        self.bar.update(1, f.text())

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def run(art: str, tabelle: str, out: Path, r: Any, *, fmt: str, pdfa: bool, force: bool,
        nur_fehlende: bool, vorlagen: str | None, approve: Any) -> int:
    """Make the batch, print the summary (stdout) and the failed rows (stderr); the exit
    code (1 when a row failed or the register refused a notice)."""
    anzeige = Anzeige(art)
    try:
        stapel = run_batch(tabelle, out, r, art=art, fmt=fmt, pdfa=pdfa, force=force,
                           nur_fehlende=nur_fehlende, datum=date.today(),
                           vorlagen=Path(vorlagen) if vorlagen else None, progress=anzeige,
                           approve=approve)
    finally:
        anzeige.close()
    lines = stapel.lines()
    click.echo(f"{lines[0].removesuffix('.')} in {out}.")
    for line in lines[1:]:
        if line.startswith("Fehler") or line.endswith("fehlerhaft."):
            click.echo(line, err=True)
        else:
            click.echo(line)
    if out.is_dir():
        click.echo(f"Übersicht: {out / OVERVIEW_XLSX} und {OVERVIEW_JSON}")
    return stapel.exit_code
