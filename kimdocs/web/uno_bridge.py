"""Run by the SYSTEM Python (which has LibreOffice's `uno` module, Debian: python3-uno), not by
kimdocs' interpreter: connects to a warm soffice on a pipe and converts one DOCX per request.

Protocol on stdin/stdout, one JSON object per line:
  -> {"in": "/tmp/…/a.docx", "out": "/tmp/…/a.pdf", "pdfa": false}
  <- {"ok": true}  or  {"ok": false, "error": "…"}
The first line it writes is {"ready": true} once the connection stands.
This file imports nothing from kimdocs: the system Python has none of its dependencies.
"""

import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe, wait):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + wait
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def convert(desktop, source, target, pdfa):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                       (prop("Hidden", True), prop("ReadOnly", True)))
    if doc is None:
        raise RuntimeError("Dokument konnte nicht geladen werden")
    try:
        data = [prop("SelectPdfVersion", 2)] if pdfa else []
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", tuple(data))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(target), (
            prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data))))
    finally:
        doc.close(True)


def main():
    pipe, wait = sys.argv[1], float(sys.argv[2])
    desktop = connect(pipe, wait)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        try:
            convert(desktop, job["in"], job["out"], job.get("pdfa", False))
            answer = {"ok": True}
        except Exception as exc:
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
