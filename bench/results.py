"""Each benchmark writes its own section of bench/RESULTS.md, between markers, so running
one benchmark never loses the figures of another."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = ("# Messungen\n\nJeder Abschnitt nennt den Befehl, der ihn erzeugt, und den Rechner. "
          "Zeiten sind Mediane mehrerer Läufe. Die Skripte schreiben ihre Abschnitte selbst.\n")


def machine() -> str:
    cpu = "unbekannte CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f"Gemessen {when} auf {os.cpu_count()} Kernen ({cpu}), Python "
            f"{platform.python_version()}, {platform.system()}.")


def write_section(name: str, markdown: str, path: Path = RESULTS) -> None:
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    block = f"{start}\n{markdown.strip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
