"""The limits a submitted file is read under, as one object.

Built once at the edge (the `kimdocs` command from its options, `kimdocs web` from its
settings, the Python API from its defaults) and passed unchanged down to the sandboxed
reader, so no default is written twice.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

DEFAULT_TIMEOUT = 60.0  # seconds for reading and checking one file
DEFAULT_MEMORY_MB = 1024  # address space of the child process that reads it
DEFAULT_MAX_PAGES = 2000  # PDF pages; for DOCX/ODT the pages of Word's/Writer's last layout
DEFAULT_MAX_PARAGRAPHS = 20_000  # DOCX/ODT paragraphs (headers, cells and text boxes too)
COUNT_TIMEOUT = 10.0  # seconds to count the pages of a file that need text recognition
DEFAULT_MAX_OCR_PAGES = 100  # pages recognised by OCR per file; the rest stay unread (said so)
# What a page of OCR costs on the 2-core machine of bench/bench_ocr.py (about 1.5 s), with
# room for a busy one: a file's time limit grows by this for each page it recognises.
OCR_SECONDS_PER_PAGE = 4.0


@dataclass(frozen=True)
class Limits:
    """Time, memory, pages and paragraphs for reading one file, and how many of its pages
    are recognised by OCR (each adding OCR_SECONDS_PER_PAGE to the time)."""

    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    max_pages: int = DEFAULT_MAX_PAGES
    max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS
    max_ocr_pages: int = DEFAULT_MAX_OCR_PAGES


DEFAULT_LIMITS = Limits()


def limits_of(limits: Limits | None = None, **given: float | int | None) -> Limits:
    """`limits` (the defaults if None) with the single limits a caller gave by keyword folded
    in: the Python API keeps `check_file(path, timeout=30)` and `read_document(path,
    max_pages=5)` working beside `limits=Limits(...)`. A keyword left at None changes nothing;
    an unknown one is a TypeError, as for any function."""
    unknown = set(given) - {f.name for f in fields(Limits)}
    if unknown:
        raise TypeError(f"unknown limit(s): {', '.join(sorted(unknown))}")
    changes: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    base = limits if limits is not None else DEFAULT_LIMITS
    return replace(base, **changes) if changes else base
