"""One limits object (issue 17, item 6): the defaults are written once (kimdocs/limits.py), the
CLI builds one `Limits` from its options and every step of a check gets that same object;
the single keywords of the Python API still work, folded into it."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kimdocs.check import Pruefbericht, check_file
from kimdocs.check import files as check_files_module
from kimdocs.cli.commands import main
from kimdocs.errors import ReadError
from kimdocs.limits import DEFAULT_LIMITS, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Limits, limits_of
from kimdocs.readers import read_document, sandbox

PACKAGE = Path(__file__).resolve().parent.parent / "kimdocs"
VORLAGE = Path(__file__).resolve().parent.parent / "vorlagen" / "antrag.docx"
NAMES = {"timeout", "memory_mb", "max_pages", "max_paragraphs"}
# the modules a check passes its limits through (kimdocs/web/ and the format readers are
# their developers' part)
PATH_OF_A_CHECK = ["cli", "check", "annotate", "readers/__init__.py", "readers/sandbox.py"]


def test_limits_of_folds_the_single_keywords_into_the_object():
    assert limits_of() is DEFAULT_LIMITS
    given = Limits(timeout=5, memory_mb=300)
    assert limits_of(given) is given
    assert limits_of(given, timeout=None, max_pages=None) is given  # None changes nothing
    assert limits_of(given, max_pages=3) == Limits(timeout=5, memory_mb=300, max_pages=3)
    assert limits_of(None, memory_mb=512) == Limits(memory_mb=512)
    with pytest.raises(TypeError, match="zeitlimit"):
        limits_of(zeitlimit=5)


def test_no_default_limit_is_written_outside_kimdocs_limits():
    """No parameter named like a limit has a number as its default on the path of a check."""
    written = []
    for part in PATH_OF_A_CHECK:
        root = PACKAGE / part
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                args = node.args.posonlyargs + node.args.args
                pairs = list(zip(args[len(args) - len(node.args.defaults):],
                                 node.args.defaults, strict=True))
                pairs += [(a, d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults,
                                                 strict=True) if d is not None]
                written += [f"{path.relative_to(PACKAGE)}:{node.lineno} {a.arg}={d.value}"
                            for a, d in pairs if a.arg in NAMES
                            and isinstance(d, ast.Constant) and isinstance(d.value, int | float)]
    assert written == []


def test_pruefen_passes_one_limits_object_to_checking_and_marking(tmp_path, monkeypatch):
    seen = {}

    def check_files(files, **kwargs):
        seen["check"] = kwargs["limits"]
        return [Pruefbericht(str(f), None, "kim-rlp-2025", "einreichungsfaehig") for f in files]

    def annotate_reports(reports, folder, *, limits):
        seen["markieren"] = limits
        return []

    monkeypatch.setattr("kimdocs.cli.commands.check_files", check_files)
    monkeypatch.setattr("kimdocs.cli.commands.annotate_reports", annotate_reports)
    entwurf = tmp_path / "entwurf.docx"
    entwurf.write_bytes(VORLAGE.read_bytes())
    result = CliRunner().invoke(main, ["pruefen", str(entwurf), "--zeitlimit", "7.5",
                                       "--speicher", "300", "--markieren", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    assert seen["check"] == Limits(timeout=7.5, memory_mb=300)
    assert seen["markieren"] is seen["check"]


def test_pruefen_defaults_come_from_kimdocs_limits(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr("kimdocs.cli.commands.check_files",
                        lambda files, **kw: seen.append(kw["limits"]) or
                        [Pruefbericht(str(f), None, "kim-rlp-2025", "maengel") for f in files])
    entwurf = tmp_path / "entwurf.docx"
    entwurf.write_bytes(VORLAGE.read_bytes())
    assert CliRunner().invoke(main, ["pruefen", str(entwurf)]).exit_code == 1
    assert seen == [DEFAULT_LIMITS]
    text = CliRunner().invoke(main, ["pruefen", "--help"]).output
    assert "--speicher GANZZAHL" in text and f"[Standard: {DEFAULT_MEMORY_MB}]" in text
    assert f"[Standard: {DEFAULT_TIMEOUT:g}]" in text


def test_check_file_hands_the_same_limits_to_bescheid_and_sandbox(tmp_path, monkeypatch):
    seen = {}

    def load_bescheid(path, r, *, limits):
        seen["bescheid"] = limits
        return check_files_module.Bewilligung(None, "nicht gelesen")

    def run_each(tasks, *, limits, verb, jobs, on_done, on_progress=None):
        seen["sandbox"] = limits
        seen["child"] = [task.kwargs["limits"] for task in tasks]
        for n, task in enumerate(tasks):
            on_done(n, Pruefbericht(str(task.path), None, "kim-rlp-2025", "maengel"))

    monkeypatch.setattr(check_files_module, "load_bescheid", load_bescheid)
    monkeypatch.setattr(check_files_module, "run_each", run_each)
    entwurf = tmp_path / "entwurf.docx"
    entwurf.write_bytes(VORLAGE.read_bytes())
    limits = Limits(timeout=9, memory_mb=400, max_pages=12, max_paragraphs=99)
    check_file(entwurf, bescheid=tmp_path / "bescheid.pdf", limits=limits)
    assert seen["bescheid"] is seen["sandbox"] is limits
    assert seen["child"] == [limits]
    # the old single keywords still work, folded into one object
    check_file(entwurf, bescheid=tmp_path / "bescheid.pdf", timeout=3, max_pages=4)
    assert seen["sandbox"] == Limits(timeout=3, max_pages=4)
    assert seen["bescheid"] is seen["sandbox"]


def test_read_document_gives_the_child_the_same_limits(monkeypatch, tmp_path):
    seen = {}

    def run_isolated(func, path, *, limits, progress=None):
        seen["sandbox"] = limits
        seen["child"] = func.keywords["limits"]
        return "gelesen"

    monkeypatch.setattr("kimdocs.readers.run_isolated", run_isolated)
    entwurf = tmp_path / "entwurf.docx"
    entwurf.write_bytes(VORLAGE.read_bytes())
    assert read_document(entwurf, max_pages=1, timeout=2) == "gelesen"
    assert seen["sandbox"] is seen["child"] == Limits(timeout=2, max_pages=1)


def test_sandbox_keeps_its_single_keywords(tmp_path):
    """run_isolated(..., timeout=...) as the web calls it today: the limit applies."""
    entwurf = tmp_path / "entwurf.docx"
    entwurf.write_bytes(VORLAGE.read_bytes())
    with pytest.raises(ReadError, match="innerhalb von 0,2 s"):
        sandbox.run_isolated(_sleep, entwurf, timeout=0.2)
    with pytest.raises(ReadError, match="innerhalb von 0,3 s"):
        sandbox.run_isolated(_sleep, entwurf, limits=Limits(timeout=0.3))


def _sleep(path):
    time.sleep(30)
