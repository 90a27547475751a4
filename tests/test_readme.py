"""The README's shell blocks run, in order, in a fresh copy of the project (issue 11).

The two set-up lines (`bash .ci/…`) install what this test already runs in and are left out,
as is `kimdocs web` (a server, which does not end); every other line of every ```bash block
must succeed, with the installed `kimdocs` on PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bash_lines(readme: str) -> list[str]:
    lines = []
    for block in re.findall(r"```bash\n(.*?)```", readme, flags=re.S):
        for line in block.splitlines():
            command = line.split("  #", 1)[0].strip()
            if command and not command.startswith(("#", "bash .ci/")) \
                    and not re.search(r"\bkimdocs web\b", command):  # a server never ends
                lines.append(command)
    return lines


def test_readme_blocks_run_in_order_on_a_fresh_copy(tmp_path):
    copy = tmp_path / "kimdocs"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", "ausgabe", ".*cache"))
    commands = bash_lines((copy / "README.md").read_text(encoding="utf-8"))
    assert len(commands) >= 8
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    for command in commands:
        done = subprocess.run(["bash", "-c", command], cwd=copy, env=env, capture_output=True,
                              text=True, timeout=900)  # the corpus lines take longest (1900 tests)
        assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr
    assert (copy / "ausgabe" / "bericht.json").is_file()
