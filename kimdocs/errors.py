"""The exceptions kimdocs raises at its boundaries.

Findings about a document are data (a report); these are failures: the input could not be
used at all. Each carries the exit code the CLI ends with, and a German message that names
the file and the problem, so a user never sees a traceback.
"""

from __future__ import annotations

from pathlib import Path

# Exit codes, documented in README.md.
EXIT_OK = 0  # everything fine / document einreichungsfähig
EXIT_FINDINGS = 1  # rules broken (Mängel) or a row of a batch failed
EXIT_INPUT = 2  # bad input, usage error, unreadable file, missing LibreOffice


class KimdocsError(Exception):
    """Base of every kimdocs error; the message is German and complete."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, path: Path | str | None = None):
        self.path = Path(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(KimdocsError):
    """An input data file (YAML, JSON, table row) is missing, malformed or invalid."""


class GuidelineError(KimdocsError):
    """A guideline data file is missing or malformed."""


class RenderError(KimdocsError):
    """A template could not be rendered or a document could not be written."""


class ConversionError(KimdocsError):
    """LibreOffice is missing, failed, or timed out."""


class ReadError(KimdocsError):
    """A submitted document could not be read (broken, encrypted, scanned, too large, ...)."""
