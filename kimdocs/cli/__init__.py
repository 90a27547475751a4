"""The `kimdocs` command."""

from kimdocs.cli.commands import main

__all__ = ["main"]
