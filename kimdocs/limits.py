"""The limits a submitted file is read under, as one object.

Built once at the edge (the `kimdocs` command from its options, `kimdocs web` from its
settings, the Python API from its defaults) and passed unchanged down to the sandboxed
reader, so no default is written twice.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_TIMEOUT = 60.0  # seconds for reading and checking one file
DEFAULT_MEMORY_MB = 1024  # address space of the child process that reads it
DEFAULT_MAX_PAGES = 2000  # PDF pages; for DOCX/ODT the pages of Word's/Writer's last layout
DEFAULT_MAX_PARAGRAPHS = 20_000  # DOCX/ODT paragraphs (headers, cells and text boxes too)


@dataclass(frozen=True)
class Limits:
    """Time, memory, pages and paragraphs for reading one file."""

    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    max_pages: int = DEFAULT_MAX_PAGES
    max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS


DEFAULT_LIMITS = Limits()
