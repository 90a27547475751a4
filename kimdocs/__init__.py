"""kimdocs: documents of the Kommunales Integrationsmanagement (KIM) Rheinland-Pfalz.

Generates Antrag, Bewilligungsbescheid, Unterrichtungsvorlage and Jahresbericht from data,
and checks submitted documents against the Förderrichtlinie.

The public names are loaded lazily so that `import kimdocs` stays light: docxtpl,
pdfplumber and friends are imported only by the functions that need them.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

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
    "load_guideline": "kimdocs.guideline",
    "calculate_grant": "kimdocs.calculator",
    "render_document": "kimdocs.render",
    "convert_to_pdf": "kimdocs.libreoffice",
    "read_document": "kimdocs.readers",
    "check_file": "kimdocs.checker",
    "check_bytes": "kimdocs.checker",
    "check_document": "kimdocs.checker",
    "Pruefbericht": "kimdocs.checker",
    "Befund": "kimdocs.findings",
    # not "annotate": that name is the subpackage kimdocs.annotate once it is imported
    "annotate_file": "kimdocs.annotate",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kimdocs' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__():
    return sorted(list(globals()) + __all__)
