"""kimdocs: documents of the Kommunales Integrationsmanagement (KIM) Rheinland-Pfalz.

Generates Antrag, Bewilligungsbescheid, Unterrichtungsvorlage and Jahresbericht from data,
and checks submitted documents against the Förderrichtlinie.

The public names are loaded lazily so that `import kimdocs` stays light: docxtpl,
pdfplumber and friends are imported only by the functions that need them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kimdocs.version import __version__ as __version__

if TYPE_CHECKING:  # what type checkers see; at run time the names load lazily (below)
    from kimdocs.annotate import annotate_file
    from kimdocs.calculator import calculate_grant
    from kimdocs.check.checker import Pruefbericht, check_document
    from kimdocs.check.files import check_bytes, check_file
    from kimdocs.config import Config, load_config
    from kimdocs.errors import GuidelineError, InputError, KimdocsError
    from kimdocs.findings import Befund
    from kimdocs.generate.libreoffice import convert_to_pdf
    from kimdocs.generate.render import render_document
    from kimdocs.model import (
        Antrag,
        Bewilligungsbescheid,
        Jahresbericht,
        Unterrichtungsvorlage,
        load_data,
        validate,
    )
    from kimdocs.readers import read_document
    from kimdocs.rules import load_guideline

# public name -> module that defines it
_EXPORTS = {
    "KimdocsError": "kimdocs.errors",
    "InputError": "kimdocs.errors",
    "GuidelineError": "kimdocs.errors",
    "load_data": "kimdocs.model",
    "Antrag": "kimdocs.model",
    "Bewilligungsbescheid": "kimdocs.model",
    "Unterrichtungsvorlage": "kimdocs.model",
    "Jahresbericht": "kimdocs.model",
    "validate": "kimdocs.model",
    "load_guideline": "kimdocs.rules",
    "calculate_grant": "kimdocs.calculator",
    "render_document": "kimdocs.generate.render",
    "convert_to_pdf": "kimdocs.generate.libreoffice",
    "read_document": "kimdocs.readers",
    "check_file": "kimdocs.check.files",
    "check_bytes": "kimdocs.check.files",
    "check_document": "kimdocs.check.checker",
    "Pruefbericht": "kimdocs.check.checker",
    "Befund": "kimdocs.findings",
    # not "annotate": that name is the subpackage kimdocs.annotate once it is imported
    "annotate_file": "kimdocs.annotate",
    "Config": "kimdocs.config",
    "load_config": "kimdocs.config",
}

__all__ = [
    "Antrag",
    "Befund",
    "Bewilligungsbescheid",
    "Config",
    "GuidelineError",
    "InputError",
    "Jahresbericht",
    "KimdocsError",
    "Pruefbericht",
    "Unterrichtungsvorlage",
    "annotate_file",
    "calculate_grant",
    "check_bytes",
    "check_document",
    "check_file",
    "convert_to_pdf",
    "load_config",
    "load_data",
    "load_guideline",
    "read_document",
    "render_document",
    "validate",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kimdocs' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
