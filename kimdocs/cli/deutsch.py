"""Click in German: every text click itself prints (usage, help, errors, "Meinten Sie …?").

Click marks its texts with gettext but binds `_`/`ngettext` at import in each of its
modules; we replace those names with a lookup in the table below (a .mo catalogue would
depend on the user's locale variables, and kimdocs speaks German whatever they are). Texts
not in the table stay as click wrote them, so a new click version degrades, never breaks.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

_TEXT = {
    "%(prog)s, version %(version)s": "%(prog)s, Version %(version)s",
    "Aborted!": "Abgebrochen.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} verlangt {nargs} Werte.",
    "Choose from:\n\t{choices}": "Zur Wahl:\n\t{choices}",
    "Commands": "Befehle",
    "Could not open file {filename!r}: {message}":
        "Datei {filename!r} kann nicht geöffnet werden: {message}",
    "Error: {message}": "Fehler: {message}",
    "Error: invalid input": "Fehler: ungültige Eingabe",
    "Invalid value for {param_hint}: {message}": "Ungültiger Wert für {param_hint}: {message}",
    "Invalid value: {message}": "Ungültiger Wert: {message}",
    "Missing argument": "Fehlendes Argument",
    "Missing command.": "Befehl fehlt.",
    "Missing option": "Fehlende Option",
    "Missing parameter": "Fehlende Angabe",
    "Missing parameter: {param_name}": "Fehlende Angabe: {param_name}",
    "Missing {param_type}": "{param_type} fehlt",
    "No such command {name!r}.": "Unbekannter Befehl {name!r}.",
    "No such option {name!r}.": "Unbekannte Option {name!r}.",
    "Option {name!r} does not take a value.": "Option {name!r} nimmt keinen Wert.",
    "Options": "Optionen",
    "Positional arguments": "Argumente",
    "Show the version and exit.": "Version anzeigen und beenden.",
    "Show this message and exit.": "Diese Hilfe anzeigen und beenden.",
    "Try '{command} {option}' for help.": "Hilfe mit '{command} {option}'.",
    "Usage:": "Aufruf:",
    "default: {default}": "Standard: {default}",
    "required": "Pflicht",
    "argument": "Argument",
    "option": "Option",
    "parameter": "Angabe",
    "directory": "Ordner",
    "file": "Datei",
    "path": "Pfad",
    "unknown error": "unbekannter Fehler",
    "{name} {filename!r} does not exist.": "{name} {filename!r} existiert nicht.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} ist ein Ordner, keine Datei.",
    "{name} {filename!r} is a file.": "{name} {filename!r} ist eine Datei, kein Ordner.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} ist nicht lesbar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} ist nicht beschreibbar.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} ist nicht ausführbar.",
    # the type's English name ("float", "integer") is dropped rather than shown
    "{value!r} is not a valid {number_type}.": "{value!r} ist keine gültige Zahl.",
    "{value} is not in the range {range}.": "{value} liegt nicht im Bereich {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} ist kein Wahrheitswert. Erlaubt: {states}",
    "Value must be an iterable.": "Wert muss eine Liste sein.",
}

_PLURAL = {
    "Did you mean {possibility}?": ("Meinten Sie {possibility}?",
                                    "(Meinten Sie eines von: {possibilities}?)"),
    "Got unexpected extra argument ({args})": ("Unerwartetes zusätzliches Argument ({args})",
                                               "Unerwartete zusätzliche Argumente ({args})"),
    "Option {name!r} requires an argument.": ("Option {name!r} verlangt einen Wert.",
                                              "Option {name!r} verlangt {nargs} Werte."),
    "Takes {nargs} values but 1 was given.": ("Verlangt {nargs} Werte, aber 1 wurde angegeben.",
                                              "Verlangt {nargs} Werte, aber {len} angegeben."),
    "{value!r} is not {choice}.": ("{value!r} ist nicht {choice}.",
                                   "{value!r} ist keiner von {choices}."),
    "{len_type} values are required, but {len_value} was given.":
        ("{len_type} Werte verlangt, aber {len_value} angegeben.",
         "{len_type} Werte verlangt, aber {len_value} angegeben."),
    "{value!r} does not match the format {format}.":
        ("{value!r} passt nicht zum Format {format}.",
         "{value!r} passt zu keinem der Formate {formats}."),
}

# What click shows for a parameter type without a metavar of its own.
_METAVAR = {"float": "ZAHL", "integer": "GANZZAHL", "text": "TEXT", "path": "PFAD",
            "filename": "DATEI", "boolean": "JA|NEIN"}


def gettext(message: str) -> str:
    return _TEXT.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    pair = _PLURAL.get(singular)
    if pair is None:
        return singular if n == 1 else plural
    return pair[0] if n == 1 else pair[1]


def install() -> None:
    """Point click's message lookups at the German table (idempotent)."""
    for name in ("core", "exceptions", "formatting", "parser", "types", "decorators", "utils",
                 "termui"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


class Befehl(click.Command):
    """A click command whose usage line and metavars are German."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIONEN]")
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, click.Option) and param.metavar is None \
                    and not param.is_flag and not isinstance(param.type, click.Choice):
                param.metavar = _METAVAR.get(param.type.name)


class Gruppe(click.Group):
    """A click group with German usage whose commands are `Befehl`s."""

    command_class = Befehl

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIONEN]")
        kwargs.setdefault("subcommand_metavar", "BEFEHL [ARGUMENTE]...")
        super().__init__(*args, **kwargs)


install()
