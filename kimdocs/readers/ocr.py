"""Tesseract: the one module of kimdocs that talks to it.

The `tesseract` command line program (Debian: tesseract-ocr, tesseract-ocr-deu) is run once
per page with the page image on stdin (PGM, no file, no encoding cost) and hOCR on stdout:
hOCR gives, beyond TSV's word boxes and confidences, each line's baseline and type size
(x_size), which the layout needs for paragraphs and headings. Measured on this 2-core machine
(bench/bench_ocr.py): a page at 300 dpi takes 0.9 s with one thread and 4.4 s with
Tesseract's default OpenMP threads, which fight over the cores; so every call runs with
OMP_THREAD_LIMIT=1. pytesseract adds nothing over this (it writes temporary files and calls
the same program), tesserocr would need a compiled binding against libtesseract.

The version is asked once per process; a missing program or German model is a ReadError
with the apt command that installs it.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kimdocs.errors import ReadError
from kimdocs.limits import OCR_SECONDS_PER_PAGE

LANGUAGE = "deu"
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-deu"
PAGE_TIMEOUT = 120.0  # seconds for one page; the sandbox's limit for the whole file is tighter
# What a page costs, with room for a busy machine: the sandbox gives a scan of n pages n times
# this on top of the time limit (kimdocs.limits, kimdocs.readers.sandbox).
SECONDS_PER_PAGE = OCR_SECONDS_PER_PAGE

_LINE = re.compile(
    r"<span class='ocr_(?:line|header|caption|textfloat)'[^>]*title=\"bbox (\d+) (\d+) (\d+) (\d+)"
    r"(?:; baseline (-?[\d.]+) (-?[\d.]+))?[^\"]*?(?:; x_size ([\d.]+))?[;\"]"
)
_WORD = re.compile(
    r"<span class='ocrx_word'[^>]*title='bbox (\d+) (\d+) (\d+) (\d+); x_wconf (\d+)'[^>]*>"
    r"(.*?)</span>"
)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Word:
    """A recognised word: its text, box in image pixels (x0, top, x1, bottom) and
    Tesseract's confidence 0-100; `raw` what Tesseract read where kimdocs undid a
    misreading (kimdocs.readers.scan.repair_digits)."""

    text: str
    box: tuple[int, int, int, int]
    conf: float
    raw: str | None = None


@dataclass(frozen=True)
class OcrLine:
    """A line as Tesseract found it: box and baseline (y of the baseline at the line's left
    edge) in pixels, type size (x_size: ascender to descender) in pixels, its words."""

    box: tuple[int, int, int, int]
    baseline: float
    size: float
    words: tuple[Word, ...]


@lru_cache(maxsize=1)
def _program() -> tuple[str | None, str, tuple[str, ...]]:
    """(path, version, languages) of the tesseract program; path None if it is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None, "", ()
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
        version = (out.stdout or out.stderr).split("\n", 1)[0].replace("tesseract", "").strip()
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
        names = tuple(ln.strip() for ln in langs.stdout.splitlines()[1:] if ln.strip())
    except (OSError, subprocess.SubprocessError):
        return None, "", ()
    return exe, version, names


def version() -> str | None:
    """Tesseract's version ("5.3.0"), or None when it is not installed."""
    exe, found, _ = _program()
    return found if exe else None


def require(path: Path | str | None = None) -> str:
    """The program's path; ReadError (German, with the install command) when Tesseract or its
    German model is missing."""
    exe, _, langs = _program()
    if exe is None:
        raise ReadError(
            "Die Datei ist ein Scan (Seiten ohne Text) und braucht eine Texterkennung, aber "
            "das Programm Tesseract ist nicht installiert. Bitte installieren: "
            f"{INSTALL_HINT}",
            path=path,
        )
    if LANGUAGE not in langs:
        raise ReadError(
            "Die Datei ist ein Scan und braucht eine Texterkennung, aber Tesseract hat kein "
            f"deutsches Sprachmodell. Bitte installieren: {INSTALL_HINT}",
            path=path,
        )
    return exe


@lru_cache(maxsize=1)
def _with_parent() -> tuple[str, ...]:
    """Tesseract dies with the reader (when the sandbox kills a reader over its time limit,
    the page it was recognising does not run on): util-linux's setpriv sets the parent-death
    signal. A preexec_fn would do the same, but is not safe with the reader's threads."""
    exe = shutil.which("setpriv")
    return (exe, "--pdeathsig", "KILL") if exe else ()


def _run(args: list[str], image, *, path, page: int) -> str:
    """Run tesseract on a greyscale PIL image given on stdin as PGM; its stdout."""
    exe = require(path)
    gray = image if image.mode == "L" else image.convert("L")
    data = b"P5\n%d %d\n255\n" % gray.size + gray.tobytes()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(
            [*_with_parent(), exe, "stdin", "stdout", *args], input=data, capture_output=True,
            timeout=PAGE_TIMEOUT, env=env,
        )
    except subprocess.TimeoutExpired:
        raise ReadError(
            f"Die Texterkennung von Seite {page} hat länger als {PAGE_TIMEOUT:.0f} Sekunden "
            "gedauert und wurde abgebrochen.", path=path) from None
    except OSError as exc:
        raise ReadError(
            f"Die Texterkennung (Tesseract) konnte nicht gestartet werden ({exc.strerror}).",
            path=path) from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(
            f"Die Texterkennung (Tesseract) ist auf Seite {page} gescheitert"
            + (f": {reason[-1][:200]}" if reason else " (ohne Meldung)."), path=path)
    return done.stdout.decode("utf-8", "replace")


def recognise(image, dpi: int, *, path=None, page: int = 1) -> list[OcrLine]:
    """The lines and words Tesseract reads on a page image at `dpi`, in its reading order."""
    hocr = _run(["-l", LANGUAGE, "--dpi", str(dpi), "--psm", "3", "hocr"], image,
                path=path, page=page)
    return parse_hocr(hocr)


def parse_hocr(hocr: str) -> list[OcrLine]:
    """hOCR -> lines with their words (empty words dropped)."""
    lines: list[OcrLine] = []
    starts = list(_LINE.finditer(hocr))
    for n, m in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(hocr)
        x0, top, x1, bottom = (int(v) for v in m.group(1, 2, 3, 4))
        offset = float(m.group(6) or 0)  # baseline: slope (group 5) and offset at the left
        size = float(m.group(7) or (bottom - top))
        words = []
        for w in _WORD.finditer(hocr, m.end(), end):
            text = html.unescape(_TAG.sub("", w.group(6))).strip()
            if text:
                box = tuple(int(v) for v in w.group(1, 2, 3, 4))
                words.append(Word(text, box, float(w.group(5))))  # type: ignore[arg-type]
        if words:
            baseline = bottom + offset
            lines.append(OcrLine((x0, top, x1, bottom), baseline, size, tuple(words)))
    return lines


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def orientation(image, *, path=None, page: int = 1) -> tuple[int, float]:
    """Tesseract's orientation and script detection (model osd): the clockwise turn in
    degrees (0, 90, 180, 270) that makes the page upright, and its confidence. (0, 0.0)
    when the page has too little text to tell."""
    if "osd" not in _program()[2]:
        return 0, 0.0
    try:
        out = _run(["--psm", "0", "-l", "osd"], image, path=path, page=page)
    except ReadError as exc:
        if "Tesseract ist nicht installiert" in str(exc) or "Sprachmodell" in str(exc):
            raise
        return 0, 0.0
    turn, conf = _ROTATE.search(out), _CONFIDENCE.search(out)
    if not turn:
        return 0, 0.0
    return int(turn.group(1)) % 360, float(conf.group(1)) if conf else 0.0
