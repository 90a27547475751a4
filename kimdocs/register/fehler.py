"""The register's error (light: no database library imported)."""

from __future__ import annotations

from kimdocs.errors import KimdocsError


class RegisterError(KimdocsError):
    """The register cannot be opened, read or written (exit code 2)."""
