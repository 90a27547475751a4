"""No hidden global effects (issue 17, item 7): importing or running the `kimdocs` command
leaves click's language alone for every other click program; no cache hands out an object
whose change another caller would see; `kimdocs --help` starts without the heavy libraries."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kimdocs.cli.commands import main
from kimdocs.cli.deutsch import german
from kimdocs.guideline import read_guideline
from kimdocs.guideline.kommunen import load_list
from kimdocs.guideline.textbausteine import load_textbausteine
from kimdocs.rules import load_guideline

ROOT = Path(__file__).resolve().parent.parent


@click.command()
@click.argument("datei")
@click.option("--anzahl", type=int)
def _plain(datei, anzahl):
    """Some other program's command."""


def _english(result) -> str:
    text = result.output
    assert result.exit_code == 2, text
    assert "Usage:" in text and "Error:" in text, text
    assert "Aufruf" not in text and "Fehler" not in text, text
    return text


def test_importing_kimdocs_cli_leaves_click_alone():
    code = ("import gettext, click.core, click.exceptions, kimdocs.cli; "
            "print(click.core._ is gettext.gettext, click.exceptions.ngettext is gettext.ngettext)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["True", "True"]


def test_other_click_commands_stay_english_before_and_after_kimdocs_ran():
    runner = CliRunner()
    _english(runner.invoke(_plain, []))
    german_help = runner.invoke(main, ["--help"]).output
    assert "Aufruf: kimdocs" in german_help and "Befehle" in german_help
    assert "Fehlendes Argument" in runner.invoke(main, ["pruefen"]).output
    text = _english(runner.invoke(_plain, ["x", "--anzahl", "viele"]))
    assert "'viele' is not a valid integer" in text
    assert "Show this message and exit." in runner.invoke(_plain, ["--help"]).output


def test_german_is_for_this_thread_only():
    seen = []
    with german():
        assert click.core._("Usage:") == "Aufruf:"
        other = threading.Thread(target=lambda: seen.append(click.core._("Usage:")))
        other.start()
        other.join()
    assert seen == ["Usage:"]
    assert click.core._("Usage:") == "Usage:"


def test_a_guideline_changed_by_one_caller_is_not_changed_for_the_next():
    first = read_guideline("kim-rlp-2025")
    codes = [r.code for r in first.regeln]
    first.regeln.clear()
    first.parameter.overhead_begriffe.append("alles")
    again = load_guideline("kim-rlp-2025")
    assert [r.code for r in again.regeln] == codes
    assert "alles" not in again.parameter.overhead_begriffe


def test_the_kommunen_list_is_read_only():
    liste = load_list("kommunen-rlp")
    with pytest.raises(TypeError):
        liste.gerichte["neu"] = liste.gerichte[next(iter(liste.gerichte))]  # type: ignore[index]
    with pytest.raises(TypeError):
        liste.grosse_staedte["neu"] = "07111"  # type: ignore[index]
    assert "neu" not in load_list("kommunen-rlp").gerichte


def test_textbausteine_changed_by_one_caller_are_not_changed_for_the_next():
    tb = load_textbausteine("kim-rlp-2025")
    name = tb["nebenbestimmungen"]["name"]
    tb["nebenbestimmungen"]["name"] = "geändert"
    assert load_textbausteine("kim-rlp-2025")["nebenbestimmungen"]["name"] == name


def test_kimdocs_help_starts_without_heavy_libraries():
    code = ("import sys, runpy\n"
            "sys.argv = ['kimdocs', '--help']\n"
            "try:\n    runpy.run_module('kimdocs', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "heavy = ('docxtpl', 'docx', 'pdfplumber', 'pypdfium2', 'pypdf', 'openpyxl', 'lxml',"
            " 'jinja2', 'fastapi', 'starlette', 'uvicorn')\n"
            "print('GELADEN', ','.join(m for m in heavy if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert "Aufruf:" in out.stdout
    assert out.stdout.strip().endswith("GELADEN"), out.stdout[-300:]
