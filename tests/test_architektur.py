"""The shape of the package, read with ast (nothing is imported): imports point one way, no
circle, few imports hidden in functions, no file too long to read."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kimdocs"
MAX_LINES = 600
MAX_LAZY_SHARE = 0.10

# Internal imports that stay inside a function on purpose, each for start-up time: the module
# pulls a heavy third-party library (pypdfium2, python-docx, lxml, docxtpl, FastAPI/uvicorn)
# that most commands never need. "module: imported name" -> why.
LAZY = {
    # the register (issue 22): SQLAlchemy and Alembic load only when a register is configured;
    # every `kimdocs` command imports kimdocs.register.commands and .hooks, which stay light
    "kimdocs.register.db": "SQLAlchemy engine and Alembic migrations: only with --register",
    "kimdocs.register.store": "SQLAlchemy sessions: only when something is recorded",
    "kimdocs.register.overview": "SQLAlchemy queries: only for `kimdocs uebersicht`",
    "kimdocs.register.transfer": "SQLAlchemy: only for `kimdocs register export/import`",
    "kimdocs.register.schnell": "sqlite3 fast path of `pruefen --register` (no SQLAlchemy)",
    "kimdocs.readers": "the format readers load pypdfium2 / python-docx / lxml on first use",
    # kimdocs.readers picks the format module a file needs, in the reading child
    "kimdocs.readers.pdf": "pypdfium2 at its top: loaded only to read a PDF",
    "kimdocs.readers.pdf_pages": "pypdfium2 at its top: only to count a PDF's pages to recognise",
    "kimdocs.readers.images": "Pillow and Tesseract: only to read an image file",
    "kimdocs.readers.scan": "Pillow and Tesseract: only for pages that need text recognition",
    "kimdocs.readers.docx": "python-docx at its top: loaded only to read a DOCX",
    "kimdocs.readers.odt": "lxml at its top: loaded only to read an ODT",
    # kimdocs.annotate the same for the marked copy (`pruefen --markieren`)
    "kimdocs.annotate.docx": "python-docx (also through kimdocs.readers.docx): only to mark a DOCX",
    "kimdocs.annotate.odt": "lxml at its top: only to mark an ODT",
    "kimdocs.annotate.pdf": "pypdf and pypdfium2 at its top: only to mark a PDF",
    # `kimdocs web` only: the server module loads FastAPI, Starlette and uvicorn (and through
    # kimdocs.web.app the warm LibreOffice bridge); no other command pays for them
    "kimdocs.web.server": "FastAPI/uvicorn load only when `kimdocs web` starts the server",
}

# The layers, lowest first. A module may import its own layer and the layers below it.
LAYERS = [
    {"kimdocs.version", "kimdocs.errors", "kimdocs.formatting", "kimdocs.limits"},
    {"kimdocs.interrupts", "kimdocs.model"},
    {"kimdocs.guideline"},
    {"kimdocs.findings"},
    {"kimdocs.readers"},
    {"kimdocs.facts"},
    {"kimdocs.rules"},
    {"kimdocs.calculator"},
    {"kimdocs.check", "kimdocs.generate"},
    {"kimdocs.config"},
    {"kimdocs.report", "kimdocs.annotate"},
    {"kimdocs.register"},
    {"kimdocs.cli", "kimdocs.web", "kimdocs"},
]


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports():
    """(importing module, imported module, line, inside a function) for every internal import
    that is not only for type checkers."""
    modules = _modules()

    def target(name: str) -> str | None:
        while name:
            if name in modules:
                return name
            name = name.rpartition(".")[0]
        return None

    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(node.test)
                       for sub in node.body for n in ast.walk(sub)}
        in_function = {id(n) for node in ast.walk(tree)
                       if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                       for n in ast.walk(node)}
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(module, path.name == "__init__.py", node)
                names = [f"{base}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                found = target(name) if name.startswith("kimdocs") else None
                if found and found != module:
                    yield module, found, node.lineno, id(node) in in_function


def _layer(module: str) -> int:
    best = None
    for i, layer in enumerate(LAYERS):
        for prefix in layer:
            if module == prefix or module.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (i, len(prefix))
    assert best is not None, f"{module} gehört zu keiner Schicht"
    return best[0]


def test_no_import_cycle():
    graph: dict[str, set[str]] = {}
    for a, b, _, _ in _imports():
        graph.setdefault(a, set()).add(b)
    # Tarjan's strongly connected components
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert cycles == []


def test_imports_point_down_the_layers():
    upward = [f"{a}:{line} importiert {b}" for a, b, line, _ in _imports()
              if _layer(b) > _layer(a)]
    assert upward == []


def test_few_imports_inside_functions_and_each_named():
    imports = list(_imports())
    lazy = [(a, b, line) for a, b, line, inside in imports if inside]
    unexplained = [f"{a}:{line} -> {b}" for a, b, line in lazy if b not in LAZY]
    assert unexplained == []
    assert len(lazy) <= MAX_LAZY_SHARE * len(imports), (len(lazy), len(imports))


def test_no_file_over_600_lines():
    long = {str(p.relative_to(PACKAGE.parent)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
