"""The register's error (light: no database library imported)."""

from __future__ import annotations

from kimdocs.errors import KimdocsError


class RegisterError(KimdocsError):
    """The register cannot be opened, read or written (exit code 2)."""

    code = "register_fehler"


class NoRegister(RegisterError):
    """A register page or answer was asked for, but none is configured."""

    code = "kein_register"
