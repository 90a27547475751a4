"""DOCX rendering with docxtpl: the only module that imports it.

docxtpl is imported inside the functions so `import kimdocs` stays light. Rendering always
uses autoescape (an `&` or `<` in a name must not corrupt the XML) and StrictUndefined (a
missing value is an error, never a blank in a legal document). Errors name the template and
the template line; docxtpl puts each Word paragraph on its own line, so the line points at
one paragraph, whose text is quoted.
"""

from __future__ import annotations

import io
import re
import zipfile
from importlib import resources
from pathlib import Path

from kimdocs.errors import RenderError
from kimdocs.generate.context import Metadaten, build_context, kind_of, metadata
from kimdocs.guideline import Richtlinie
from kimdocs.rules import load_guideline

TEMPLATE_FILES = {
    "antrag": "antrag.docx",
    "bescheid": "bescheid.docx",
    "vorlage": "vorlage.docx",
    "jahresbericht": "jahresbericht.docx",
}


def template_dir() -> Path:
    """vorlagen/ of the installed package, or of the source checkout."""
    source = Path(__file__).resolve().parents[2] / "vorlagen"  # kimdocs/generate/ -> checkout
    try:
        installed = Path(str(resources.files("kimdocs.vorlagen")))
    except ModuleNotFoundError:
        return source
    return installed if installed.is_dir() else source


def template_path(kind: str, vorlagen: Path | None = None) -> Path:
    path = Path(vorlagen or template_dir()) / TEMPLATE_FILES[kind]
    if not path.is_file():
        raise RenderError("Vorlage nicht gefunden", path=path)
    return path


def _environment():
    from jinja2 import Environment, StrictUndefined

    return Environment(undefined=StrictUndefined, autoescape=True)


def _template_line(exc: Exception) -> int | None:
    """The template line of a render-time error: syntax errors carry it, runtime errors
    only in the traceback frames jinja2 rewrites to '<template>'."""
    if getattr(exc, "lineno", None):
        return exc.lineno
    line, tb = None, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _paragraph_text(tpl, line: int | None) -> str:
    """The visible text of template line `line`, as docxtpl laid the XML out."""
    if not line:
        return ""
    xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", tpl.patch_xml(tpl.get_xml()))
    lines = xml.splitlines()
    text = re.sub(r"<[^>]+>", "", lines[line - 1]) if 0 < line <= len(lines) else ""
    return " ".join(text.split())[:120]


def _german(exc: Exception) -> str:
    from jinja2 import TemplateSyntaxError, UndefinedError

    message = str(getattr(exc, "message", None) or exc)
    if isinstance(exc, UndefinedError):
        m = re.search(r"'([^']+)' is undefined", message) or re.search(
            r"has no attribute '([^']+)'", message)
        return (f"Wert {m.group(1)!r} fehlt in den Daten (undefinierte Variable)" if m
                else f"undefinierter Wert ({message})")
    if isinstance(exc, TemplateSyntaxError):
        return f"Syntaxfehler in der Vorlage ({message})"
    return f"{type(exc).__name__}: {message}"


def _fixed_zip(data: bytes, stamp: tuple[int, int, int]) -> bytes:
    """Rewrite the DOCX zip with a fixed timestamp per member: same data, same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(*stamp, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_template(template: Path, context: dict, meta: Metadaten | None = None) -> bytes:
    """Render one template with `context` and return the DOCX bytes."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    template = Path(template)
    try:
        tpl = DocxTemplate(str(template))
        tpl.render(context, _environment(), autoescape=True)
    except TemplateError as exc:
        line = _template_line(exc)
        where = f", Zeile {line}" if line else ""
        text = _paragraph_text(tpl, line)
        quote = f" (Absatz „{text}“)" if text else ""
        raise RenderError(f"Vorlage {template.name}{where}{quote}: {_german(exc)}") from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise RenderError(f"Vorlage {template.name} kann nicht gelesen werden ({exc})") from None
    if meta is not None:
        props = tpl.docx.core_properties
        props.title = meta.title
        props.author = meta.author
        props.last_modified_by = meta.author
        props.subject = meta.subject
        props.keywords = meta.keywords
        props.comments = meta.comments
        props.identifier = meta.identifier
        props.language = "de-DE"
        props.created = meta.created
        props.modified = meta.created
        props.last_printed = meta.created
        props.revision = 1
    buffer = io.BytesIO()
    tpl.save(buffer)
    stamp = (meta.created.year, meta.created.month, meta.created.day) if meta else (1980, 1, 1)
    return _fixed_zip(buffer.getvalue(), stamp)


def render_document(doc, richtlinie: Richtlinie | str, vorlagen: Path | None = None) -> bytes:
    """A validated document (Antrag, Bescheid, Vorlage, Jahresbericht) as DOCX bytes; the
    guideline as object or by name/path."""
    if not isinstance(richtlinie, Richtlinie):
        richtlinie = load_guideline(richtlinie)
    return render_template(template_path(kind_of(doc), vorlagen), build_context(doc, richtlinie),
                           metadata(doc, richtlinie))


def template_variables(template: Path) -> set[str]:
    """Top-level variables a template uses (for the template lint and the README)."""
    from docxtpl import DocxTemplate

    return set(DocxTemplate(str(template)).get_undeclared_template_variables(_environment()))
