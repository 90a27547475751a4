"""Bad input: every broken, hostile or misnamed file ends in a German ReadError naming the
file, within bounded time, never in a traceback. The tests make the bad files themselves."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import time
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from dokumente import write_odt

import kimdocs.readers.pdf as pdf_reader
from kimdocs.errors import EXIT_INPUT, ReadError
from kimdocs.readers import read_document, read_document_unsandboxed
from kimdocs.readers.sandbox import run_isolated


def _docx_bytes(text: str = "Die Sachkosten betragen 20.000 €.") -> bytes:
    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(path: Path, text: str = "Die Sachkosten betragen 20.000 Euro.") -> Path:
    """A one-page PDF with a text layer, made with pdfium (no LibreOffice needed)."""
    document = pdfium.PdfDocument.new()
    page = document.new_page(595, 842)
    font = pdfium.raw.FPDFText_LoadStandardFont(document, b"Helvetica")
    obj = pdfium.raw.FPDFPageObj_NewTextObj(document, b"Helvetica", 11.0)
    encoded = (text + "\x00").encode("utf-16-le")
    pdfium.raw.FPDFText_SetText(
        obj, (pdfium.raw.FPDF_WCHAR * (len(encoded) // 2)).from_buffer_copy(encoded)
    )
    pdfium.raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, 750)
    pdfium.raw.FPDFPage_InsertObject(page, obj)
    page.gen_content()
    del font
    document.save(path)
    return path


def _expect(path: Path, *fragments: str, limit: float = 10.0, **kwargs) -> ReadError:
    start = time.monotonic()
    with pytest.raises(ReadError) as info:
        read_document(path, **kwargs)
    elapsed = time.monotonic() - start
    message = str(info.value)
    assert elapsed < limit, f"took {elapsed:.1f} s"
    assert str(path) in message, "the message must name the file"
    for fragment in fragments:
        assert fragment in message
    assert "Traceback" not in message and 'File "' not in message
    assert info.value.exit_code == EXIT_INPUT
    return info.value


def test_empty_file(tmp_path):
    path = tmp_path / "leer.pdf"
    path.write_bytes(b"")
    _expect(path, "Die Datei ist leer")


def test_missing_file_and_directory(tmp_path):
    _expect(tmp_path / "fehlt.pdf", "nicht gefunden")
    _expect(tmp_path, "Verzeichnis")


def test_text_named_pdf(tmp_path):
    path = tmp_path / "antrag.pdf"
    path.write_text("Sehr geehrte Damen und Herren,\nanbei der Antrag.\n", encoding="utf-8")
    _expect(path, "ist eine Textdatei")


def test_pdf_named_docx(tmp_path):
    path = _pdf(tmp_path / "bericht.pdf").rename(tmp_path / "bericht.docx")
    _expect(path, "Endung .docx", "ist aber ein PDF-Dokument", "(.pdf)")


def test_docx_named_pdf(tmp_path):
    path = tmp_path / "antrag.pdf"
    path.write_bytes(_docx_bytes())
    _expect(path, "ist aber ein Word-Dokument (DOCX)")


def test_unknown_extension_is_read_by_content(tmp_path):
    path = tmp_path / "upload.bin"
    path.write_bytes(_docx_bytes())
    assert read_document(path).format == "docx"


@pytest.mark.parametrize(
    "head, what",
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "alten Office-Format"),
        (b"{\\rtf1\\ansi Hallo}", "RTF-Dokument"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG-Bild"),
        (b"PK\x03\x04" + b"\x00" * 100, "beschädigt"),
    ],
)
def test_other_formats_are_named(tmp_path, head, what):
    path = tmp_path / "antrag.docx"
    path.write_bytes(head)
    _expect(path, what)


@pytest.mark.parametrize("fraction", [0.3, 0.9])
def test_truncated_pdf(tmp_path, fraction):
    data = _pdf(tmp_path / "ganz.pdf").read_bytes()
    path = tmp_path / "abgeschnitten.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    _expect(path, "beschädigt oder unvollständig")


def test_truncated_docx(tmp_path):
    data = _docx_bytes()
    path = tmp_path / "abgeschnitten.docx"
    path.write_bytes(data[: len(data) // 2])
    _expect(path, "beschädigt")


def _encrypted_pdf(tmp_path: Path, options: str) -> Path:
    source = tmp_path / "geheim.docx"
    source.write_bytes(_docx_bytes("Vertraulich: 60.000 €"))
    out = tmp_path / "out"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            f"pdf:writer_pdf_Export:{options}",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        start_new_session=True,
    )
    path = out / "geheim.pdf"
    assert path.exists(), "LibreOffice did not write the encrypted PDF"
    return path


def test_password_protected_pdf(tmp_path):
    path = _encrypted_pdf(
        tmp_path,
        '{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"geheim"}}',
    )
    _expect(path, "ist passwortgeschützt")


def test_owner_password_only_pdf_is_readable(tmp_path):
    path = _encrypted_pdf(
        tmp_path,
        '{"RestrictPermissions":{"type":"boolean","value":"true"},'
        '"PermissionPassword":{"type":"string","value":"chef"},'
        '"Changes":{"type":"long","value":"0"}}',
    )
    assert b"/Encrypt" in path.read_bytes()
    document = read_document(path)
    assert "Vertraulich: 60.000 €" in document.full_text()


def test_scanned_pdf_without_text_layer(tmp_path):
    document = pdfium.PdfDocument.new()
    page = document.new_page(595, 842)
    image = pdfium.PdfImage.new(document)
    image.set_bitmap(pdfium.PdfBitmap.new_native(200, 200, pdfium.raw.FPDFBitmap_BGR))
    image.set_matrix(pdfium.PdfMatrix().scale(400, 400).translate(50, 300))
    page.insert_obj(image)
    page.gen_content()
    path = tmp_path / "scan.pdf"
    document.save(path)
    _expect(path, "enthält kein Textlayer (vermutlich ein Scan)", "Texterkennung (OCR)")


def test_thousands_of_pages(tmp_path):
    document = pdfium.PdfDocument.new()
    for _ in range(2001):
        document.new_page(595, 842)
    path = tmp_path / "riesig.pdf"
    document.save(path)
    _expect(path, "hat 2001 Seiten", "höchstens 2000 Seiten")
    # The limit is a parameter.
    small = _pdf(tmp_path / "klein.pdf")
    assert read_document(small, max_pages=1).pages == 1
    _expect(path, "höchstens 10 Seiten", max_pages=10)


def _rezip(
    source: bytes, path: Path, replace: dict[str, bytes], compression=zipfile.ZIP_DEFLATED
) -> Path:
    with (
        zipfile.ZipFile(io.BytesIO(source)) as zin,
        zipfile.ZipFile(path, "w", compression) as zout,
    ):
        for item in zin.infolist():
            zout.writestr(item.filename, replace.get(item.filename, zin.read(item.filename)))
        for name, data in replace.items():
            if name not in zin.namelist():
                zout.writestr(name, data)
    return path


def test_docx_zip_bomb(tmp_path):
    # 300 MB of zeros deflate to about 300 KB: refused from the zip directory, nothing inflated.
    path = tmp_path / "bombe.docx"
    with (
        zipfile.ZipFile(io.BytesIO(_docx_bytes())) as zin,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        with zout.open("word/media/bombe.bin", "w", force_zip64=True) as fh:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(300):
                fh.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    _expect(path, "ZIP-Bombe", "bombe.bin", limit=5)


def test_docx_with_many_small_members(tmp_path):
    path = tmp_path / "viele.docx"
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        for i in range(6000):
            zout.writestr(f"customXml/item{i}.bin", b"x")
    _expect(path, "6", "Teile")


XXE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<!DOCTYPE w:document [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>\n'
)


def test_docx_with_external_entity_is_refused(tmp_path):
    source = _docx_bytes("Sachkosten &geheim;")
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        xml = z.read("word/document.xml")
    xml = XXE + xml.split(b"?>", 1)[1].replace(b"Sachkosten &amp;geheim;", b"Sachkosten &geheim;")
    path = _rezip(source, tmp_path / "xxe.docx", {"word/document.xml": xml})
    error = _expect(path, "DTD", "word/document.xml", "Sicherheitsgründen")
    assert "root:" not in str(error)


def test_dtd_hidden_behind_comments_is_refused(tmp_path):
    source = _docx_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        xml = z.read("word/document.xml")
    prolog = (
        b'<?xml version="1.0"?>\n<!-- ' + b"x" * 5000 + b' -->\n<!DOCTYPE x [<!ENTITY a "b">]>\n'
    )
    path = _rezip(
        source, tmp_path / "versteckt.docx", {"word/document.xml": prolog + xml.split(b"?>", 1)[1]}
    )
    _expect(path, "DTD")


def test_odt_with_external_entity_is_refused(tmp_path):
    content = (
        b'<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY x SYSTEM '
        b'"file:///etc/passwd">]><office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        b"<office:text><text:p>&x;</text:p></office:text></office:body></office:document-content>"
    )
    path = tmp_path / "xxe.odt"
    write_odt(path, content)
    _expect(path, "DTD", "content.xml")


def test_odt_parser_never_resolves_entities():
    # Defence in depth: even past the sniffer, the ODT parser leaves entities unresolved.
    from lxml import etree

    from kimdocs.readers.odt import safe_parser

    root = etree.fromstring(
        b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><r>&x;</r>', safe_parser()
    )
    text = "".join(root.itertext())
    assert text in ("", "&x;")  # an unresolved reference at most, never the file's content


# --- the sandbox: hangs, memory, crashes, surprises -----------------------------------------


def _hang(*args, **kwargs):
    while True:
        time.sleep(0.05)


def _allocate(*args, **kwargs):
    blocks = []
    for _ in range(64):
        blocks.append(bytearray(64 * 1024 * 1024))
    return blocks


def _crash(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGSEGV)


def _surprise(*args, **kwargs):
    raise KeyError("/Root")


def test_parser_that_hangs_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reader, "read_pdf", _hang)  # the forked child inherits the patch
    path = _pdf(tmp_path / "haengt.pdf")
    _expect(path, "konnte nicht innerhalb von 1,5 s gelesen werden", timeout=1.5, limit=5)


def test_timeout_wording():
    from kimdocs.readers.sandbox import _seconds

    # The default of 60 s is written as "60 s", fractions with a German comma.
    assert (_seconds(60.0), _seconds(1.5)) == ("60", "1,5")


def test_memory_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reader, "read_pdf", _allocate)
    path = _pdf(tmp_path / "gross.pdf")
    _expect(path, "mehr als 512 MB Arbeitsspeicher", memory_mb=512)


def test_crash_in_parser(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reader, "read_pdf", _crash)
    path = _pdf(tmp_path / "absturz.pdf")
    _expect(path, "abgestürzt")


def test_unexpected_exception_becomes_german(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reader, "read_pdf", _surprise)
    path = _pdf(tmp_path / "komisch.pdf")
    error = _expect(path, "beschädigt")
    assert "KeyError" in str(error)  # named for support, but in a German sentence


def test_run_isolated_passes_results_and_errors(tmp_path):
    path = _pdf(tmp_path / "ok.pdf")
    assert run_isolated(read_document_unsandboxed, path).pages == 1
    with pytest.raises(ReadError, match="technische Ursache: ZeroDivisionError"):
        run_isolated(_divide, path)


def _divide(path):
    return 1 / 0


def test_unsandboxed_reader_gives_the_same_errors(tmp_path):
    path = tmp_path / "leer.docx"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="Die Datei ist leer"):
        read_document_unsandboxed(path)


def test_read_from_threads_uses_a_clean_child(tmp_path):
    """The checker reads files from a thread pool: children then come from a forkserver, not
    from a fork of a multi-threaded process (which could deadlock)."""
    from concurrent.futures import ThreadPoolExecutor

    from kimdocs.readers.sandbox import _context

    paths = [_pdf(tmp_path / f"p{i}.pdf", f"Sachkosten {i}.000 Euro.") for i in range(1, 4)]
    empty = tmp_path / "leer.pdf"
    empty.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with ThreadPoolExecutor(max_workers=3) as pool:
        methods = list(pool.map(lambda _: _context().get_start_method(), range(3)))
        documents = list(pool.map(read_document, paths))
        with pytest.raises(ReadError, match="beschädigt"):
            list(pool.map(read_document, [empty]))
    assert set(methods) == {"forkserver"}
    assert [d.figures[0].value for d in documents] == [1000, 2000, 3000]
