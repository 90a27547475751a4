"""The guarded loader of YAML and JSON data files: only regular files up to a size limit,
few YAML aliases, bounded nesting, floats read as Decimal (no float ever touches money),
dates left as text for our own parser; every failure a German InputError."""

from __future__ import annotations

import json
import os
import stat
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from kimdocs.errors import InputError, os_reason
from kimdocs.model.common import MAX_ALIASES, MAX_DATA_BYTES, MAX_DEPTH, MAX_DIGITS


class _Refused(Exception):
    """The guarded loader refuses the file (message German)."""


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _GuardedLoader(yaml.SafeLoader):
    """SafeLoader with bounds: floats as Decimal (`60000.50` never passes through a float),
    no timestamp resolution (dates are ours to parse, with German errors: PyYAML raises on
    2025-02-31), few aliases, bounded nesting, long integers kept as text."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's own class attribute
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _Refused(f"enthält mehr als {MAX_ALIASES} YAML-Verweise (Aliase *…); "
                               "bitte die Werte ausschreiben")
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(f"ist tiefer als {MAX_DEPTH} Ebenen verschachtelt")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | str:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    try:
        return Decimal(text.replace("_", ""))
    except InvalidOperation:  # .inf, .nan: left as text, refused by the field's validator
        return text


def _construct_int(loader: yaml.SafeLoader, node: yaml.Node) -> int | str:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if len(text) > MAX_DIGITS:  # int() of 5,000 digits raises; the field says "zu groß"
        return text
    return int(yaml.SafeLoader.construct_yaml_int(loader, node))  # type: ignore[arg-type]


_GuardedLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_GuardedLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)

# The data shipped inside the package (guidelines, Kommunen, text blocks) is ours: it is read
# with libyaml's parser (about ten times faster; every `kimdocs` call loads it) and the same
# resolvers and constructors, but without the alias and depth counting meant for user files.
_PACKAGE = Path(__file__).resolve().parent.parent  # the kimdocs package: shipped data
_TrustedLoader: type[yaml.SafeLoader] | None = None
if getattr(yaml, "__with_libyaml__", False):
    class _Trusted(yaml.CSafeLoader):
        yaml_implicit_resolvers = _GuardedLoader.yaml_implicit_resolvers

    _Trusted.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
    _Trusted.add_constructor("tag:yaml.org,2002:int", _construct_int)
    _TrustedLoader = _Trusted  # type: ignore[assignment]


def _loader_for(path: Path) -> type[yaml.SafeLoader]:
    if _TrustedLoader is not None and path.resolve().is_relative_to(_PACKAGE):
        return _TrustedLoader
    return _GuardedLoader


def _json_int(text: str) -> int | str:
    return text if len(text) > MAX_DIGITS else int(text)


def _depth(data: Any) -> int:
    """Nesting depth, iteratively (the data may be too deep for recursion)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if deepest > MAX_DEPTH:
                return deepest
            stack.extend((v, level + 1) for v in (item.values() if isinstance(item, dict)
                                                  else item))
    return deepest


# What a file that is not a data file is, by its first bytes or its suffix, and which
# command takes it.
_NOT_DATA = (
    (b"%PDF", "ein PDF-Dokument"),
    (b"PK\x03\x04", "ein Word-, OpenDocument- oder Excel-Dokument (Zip)"),
    (b"\xd0\xcf\x11\xe0", "ein altes Office-Dokument (.doc/.xls)"),
)
_BY_SUFFIX = {".docx": "ein Word-Dokument (DOCX)", ".odt": "ein OpenDocument-Text (ODT)",
              ".doc": "ein altes Word-Dokument (.doc)", ".pdf": "ein PDF-Dokument"}
_DOCUMENT_HINT = "eingereichte Dokumente prüft `kimdocs pruefen DATEI`"
_TABLE_HINT = ("eine Tabelle, keine Datendatei (YAML/JSON); einen Bescheid je Zeile erstellt "
               "`kimdocs erstellen bescheid --tabelle DATEI`")


def check_regular_file(path: Path, limit: int = MAX_DATA_BYTES, what: str = "Datei") -> int:
    """The size of a regular file no larger than `limit`; FIFOs, devices, folders and larger
    files are refused with a German InputError without opening them."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputError(f"{what} {os_reason(exc)}", path=path) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"ist ein Ordner, keine {what}", path=path)
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"ist keine gewöhnliche {what} (Gerät, Pipe oder Socket)", path=path)
    if st.st_size > limit:
        raise InputError(f"{what} ist zu groß ({st.st_size // 1024} KB, höchstens "
                         f"{limit // 1024} KB)", path=path)
    return st.st_size


def read_bytes_guarded(path: Path, limit: int = MAX_DATA_BYTES, what: str = "Datei") -> bytes:
    """The bytes of a regular file up to `limit` (see check_regular_file)."""
    check_regular_file(path, limit, what)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{what} kann nicht gelesen werden ({os_reason(exc)})",
                         path=path) from None
    if len(data) > limit:
        raise InputError(f"{what} ist zu groß (höchstens {limit // 1024} KB)", path=path)
    return data


def _decode(raw: bytes, path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx", ".xlsm", ".xls", ".ods"):
        raise InputError(f"Die Datei ist {_TABLE_HINT}.", path=path)
    for magic, what in _NOT_DATA:
        if raw.startswith(magic):
            what = _BY_SUFFIX.get(suffix, what)
            raise InputError(f"Die Datei ist {what}, keine Datendatei (YAML/JSON); "
                             f"{_DOCUMENT_HINT}.", path=path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError(f"Datei ist nicht UTF-8-kodiert (Zeile {line}); bitte als UTF-8 "
                         "speichern", path=path) from None


def read_mapping(path: Path | str) -> dict[str, Any]:
    """Read a YAML or JSON file into a dict through the guarded loader, with a German
    error for every failure."""
    path = Path(path)
    text = _decode(read_bytes_guarded(path), path)
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text, parse_float=Decimal, parse_int=_json_int,
                              parse_constant=str)
        else:
            data = yaml.load(text, Loader=_loader_for(path))
    except _Refused as exc:
        raise InputError(f"Datei {exc}", path=path) from None
    except RecursionError:
        raise InputError(f"Datei ist tiefer als {MAX_DEPTH} Ebenen verschachtelt",
                         path=path) from None
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" in Zeile {mark.line + 1}" if mark else (
            f" in Zeile {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "")
        raise InputError(f"Datei ist kein gültiges YAML/JSON{where}", path=path) from None
    if not isinstance(data, dict):
        raise InputError("Datei enthält keine Zuordnung von Feldern (Schlüssel: Wert)", path=path)
    if _depth(data) > MAX_DEPTH:
        raise InputError(f"Datei ist tiefer als {MAX_DEPTH} Ebenen verschachtelt", path=path)
    return data
