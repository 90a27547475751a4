"""The exceptions kimdocs raises at its boundaries.

Findings about a document are data (a report); these are failures: the input could not be
used at all. Each carries the exit code the CLI ends with, a German `message`, the `path` of
the file and, where known, the `field` inside it, kept apart so that a program can use them
without parsing text; `str(error)` joins them into the one line a user reads. `code` is the
stable machine name of the kind of failure, the same in the library, the CLI's JSON and the
web API's error bodies (never reused, never translated).
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

# Exit codes, documented in README.md.
EXIT_OK = 0  # everything fine / document einreichungsfähig
EXIT_FINDINGS = 1  # rules broken (Mängel) or a row of a batch failed
EXIT_INPUT = 2  # bad input, usage error, unreadable file, missing LibreOffice
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells count it


class KimdocsError(Exception):
    """Base of every kimdocs error; the message is German and complete."""

    exit_code: int = EXIT_INPUT
    code: str = "fehler"

    def __init__(self, message: str, *, path: Path | str | None = None,
                 field: str | None = None, details: list[dict[str, str]] | None = None) -> None:
        self.message = message
        self.path: Path | None = Path(path) if path is not None else None
        self.field = field
        # one entry per problem where there are several, e.g. each invalid field of a file:
        # {"feld": ..., "meldung": ..., "wert": ...}
        self.details = details or []
        super().__init__(self.text())

    def text(self) -> str:
        """`path: field: message` — the line shown to a user."""
        parts = [str(p) for p in (self.path, self.field) if p]
        return ": ".join([*parts, self.message])

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON: the stable code, message, path and field apart (see README,
        JSON); the same keys as the web API's error body ("code", "meldung")."""
        out: dict[str, Any] = {"code": self.code, "meldung": self.message,
                               "datei": str(self.path) if self.path else None,
                               "feld": self.field, "exit_code": self.exit_code}
        if self.details:
            out["probleme"] = self.details
        return out


class InputError(KimdocsError):
    """An input data file (YAML, JSON, table row) is missing, malformed or invalid."""

    code = "daten_ungueltig"


class WrongTypeError(InputError):
    """A file that is not the kind asked for: a Word document given as a table, an image as
    a data file."""

    code = "falscher_dateityp"


class UsageError(KimdocsError):
    """The command was called wrongly: a missing path, a folder that cannot take output."""

    code = "aufruf_ungueltig"


class GuidelineError(KimdocsError):
    """A guideline data file is missing or malformed."""

    code = "richtlinie_fehlerhaft"


class RenderError(KimdocsError):
    """A template could not be rendered or a document could not be written."""

    code = "erstellen_fehlgeschlagen"


class ConversionError(KimdocsError):
    """LibreOffice is missing, failed, or timed out."""

    code = "umwandlung_fehlgeschlagen"


class ReadError(KimdocsError):
    """A submitted document could not be read (broken, encrypted, scanned, too large, ...)."""

    code = "datei_unlesbar"


# The operating system's reasons in German: its own strerror is English.
_ERRNO_TEXT = {
    errno.ENOENT: "nicht gefunden",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.EROFS: "Dateisystem ist schreibgeschützt",
    errno.ENOSPC: "kein Platz mehr auf dem Datenträger",
    errno.EDQUOT: "Speicherkontingent erschöpft",
    errno.EISDIR: "ist ein Ordner, keine Datei",
    errno.ENOTDIR: "ein Teil des Pfads ist eine Datei, kein Ordner",
    errno.EEXIST: "existiert bereits",
    errno.ENAMETOOLONG: "Name ist zu lang",
    errno.ELOOP: "zu viele symbolische Verknüpfungen",
    errno.EIO: "Ein-/Ausgabefehler des Datenträgers",
    errno.EMFILE: "zu viele offene Dateien",
    errno.ENOMEM: "nicht genug Arbeitsspeicher",
    errno.EBUSY: "Datei ist in Benutzung",
    errno.ETXTBSY: "Datei ist in Benutzung",
    errno.EXDEV: "liegt auf einem anderen Datenträger",
    errno.EINVAL: "ungültiges Argument",
    errno.EAGAIN: "vorübergehend keine Betriebsmittel frei",
    errno.ENFILE: "zu viele offene Dateien im System",
}


def os_reason(exc: OSError) -> str:
    """A German reason for an OSError, never the system's English text."""
    return _ERRNO_TEXT.get(exc.errno or -1, f"Systemfehler Nr. {exc.errno}")
