"""A plain (non-editable) install carries the templates, guidelines and reference data."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_data_files(tmp_path):
    # build from a copy, so the build leaves nothing behind in the checkout
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", "ausgabe", ".pytest_cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
                    "--no-build-isolation", "-q", "-w", str(tmp_path)], check=True,
                   capture_output=True)
    wheel = next(tmp_path.glob("kimdocs-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for guideline in (ROOT / "kimdocs" / "guideline" / "richtlinien").glob("*.yaml"):
        assert f"kimdocs/guideline/richtlinien/{guideline.name}" in names
    assert "kimdocs/guideline/listen/kommunen-rlp.yaml" in names
    for template in (ROOT / "vorlagen").glob("*.docx"):
        assert f"kimdocs/vorlagen/{template.name}" in names
    assert "kimdocs/cli/commands.py" in names
    # every package of the source tree is in the wheel (a new one must be listed in pyproject)
    for init in (ROOT / "kimdocs").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names
