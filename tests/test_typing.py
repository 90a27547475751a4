"""The public API is typed: `py.typed` ships, `mypy --strict` passes on the API modules, the
lazy exports are what type checkers see, and functions take a guideline by name or object."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import kimdocs

ROOT = Path(__file__).resolve().parent.parent
# The public API modules: the package's exports, errors, configuration, data loading and
# reports. Modules they import are type-checked for what they expose (follow-imports=silent).
API_MODULES = ["__init__.py", "errors.py", "config.py", "limits.py", "cli/deutsch.py",
               "model/__init__.py", "report/formats.py", "generate/tables.py", "check/__init__.py"]


def test_mypy_strict_on_the_public_api():
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
         *(str(ROOT / "kimdocs" / m) for m in API_MODULES)],
        capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout


def test_py_typed_is_installed_and_exports_are_consistent():
    assert (Path(kimdocs.__file__).parent / "py.typed").is_file()
    assert sorted(kimdocs.__all__) == sorted(kimdocs._EXPORTS)
    for name in kimdocs.__all__:
        assert getattr(kimdocs, name) is not None


def test_render_document_takes_a_guideline_name():
    bescheid = kimdocs.load_data(ROOT / "beispiele" / "koblenz" / "bescheid.yaml")
    by_name = kimdocs.render_document(bescheid, "kim-rlp-2025")
    assert by_name == kimdocs.render_document(bescheid, kimdocs.load_guideline("kim-rlp-2025"))
    assert by_name.startswith(b"PK")


def test_every_exported_error_is_a_kimdocs_error():
    for name in ("InputError", "GuidelineError"):
        assert issubclass(getattr(kimdocs, name), kimdocs.KimdocsError)
    from kimdocs import errors

    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, kimdocs.KimdocsError)
            assert value.exit_code in (1, 2)
