"""What a file really is, judged by its bytes, and whether a zip is safe to open.

Runs before any parser: the extension is a claim, the magic bytes are the fact. A DOCX or ODT
is a zip, and a zip can be a bomb (a few hundred KB inflating to gigabytes of XML) or carry a
DTD with external entities (XXE). Both are checked from the zip directory and the first bytes
of each XML member, without inflating anything big.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import zipfile
from pathlib import Path

from kimdocs.errors import ReadError, os_reason

# Limits for DOCX/ODT containers. Real submissions: a few MB, XML ratios of 5-20.
MAX_MEMBERS = 5_000
MAX_MEMBER_BYTES = 150 * 1024 * 1024  # one inflated part (an embedded video, say)
MAX_XML_BYTES = 64 * 1024 * 1024  # one inflated XML part: about 4000 pages of text
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # all inflated parts
MAX_RATIO = 200  # inflated / compressed, for members over 1 MiB
_RATIO_FLOOR = 1024 * 1024

_NAMES = {
    "pdf": "ein PDF-Dokument",
    "docx": "ein Word-Dokument (DOCX)",
    "odt": "ein OpenDocument-Text (ODT)",
    "tiff": "ein TIFF-Bild",
    "png": "ein PNG-Bild",
    "jpeg": "ein JPEG-Bild",
}
_EXT_FORMAT = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".odt": "odt",
               ".tif": "tiff", ".tiff": "tiff", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}
# Scans and photos, read by OCR (kimdocs.readers.images).
_IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"),
                (b"MM\x00*", "tiff"))


def describe(fmt: str) -> str:
    return _NAMES.get(fmt, fmt)


def _what_else(head: bytes) -> str:
    """A German description of content we cannot read."""
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return (
            "ein Dokument im alten Office-Format (z. B. .doc) oder ein passwortgeschütztes "
            "Office-Dokument"
        )
    if head.startswith(b"{\\rtf"):
        return "ein RTF-Dokument"
    if head.startswith(b"\x89PNG"):
        return "ein PNG-Bild"
    if head.startswith(b"\xff\xd8\xff"):
        return "ein JPEG-Bild"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "ein TIFF-Bild"
    if head.startswith(b"GIF8"):
        return "ein GIF-Bild"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "ein ZIP-Archiv, aber kein DOCX- oder ODT-Dokument"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return "ein komprimiertes Archiv"
    sample = head[:4096]
    if b"\x00" not in sample:
        try:
            text = sample.decode("utf-8")
        except UnicodeDecodeError:
            text = sample.decode("latin-1")
        if re.search(r"<(html|!doctype html)", text[:512], re.IGNORECASE):
            return "eine HTML-Datei"
        if all(c.isprintable() or c in "\r\n\t" for c in text[:2048]):
            return "eine Textdatei"
    return "kein unterstütztes Dokument (erwartet: PDF, DOCX oder ODT)"


def not_regular(path: Path) -> str | None:
    """Why `path` must not be opened, in German, or None for a regular file. Only stats it:
    opening a FIFO blocks, a device never ends (/dev/zero), so those are refused unopened."""
    path = Path(path)
    link = os.path.islink(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if link:
            return f"Die Verknüpfung zeigt ins Leere (Ziel {os.readlink(path)} fehlt)."
        return "Die Datei wurde nicht gefunden."
    except PermissionError:
        return "Kein Zugriff auf die Datei (fehlende Leserechte)."
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "Die Verknüpfung führt im Kreis (zu viele Verknüpfungsebenen)."
        return f"Die Datei kann nicht geöffnet werden ({os_reason(exc)})."
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        what = "ein Verzeichnis (Ordner), keine Datei"
    elif stat.S_ISFIFO(mode):
        what = "eine benannte Pipe (FIFO), keine Datei"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "eine Gerätedatei, keine Datei"
    elif stat.S_ISSOCK(mode):
        what = "ein Socket, keine Datei"
    else:
        what = "keine gewöhnliche Datei"
    target = f" (Verknüpfung auf {os.path.realpath(path)})" if link else ""
    return f"Das ist {what}{target}; sie wird nicht geöffnet."


def _read_head(path: Path, size: int = 8192) -> tuple[int, bytes]:
    """Size and first bytes; refuses anything but a regular file, without blocking on one."""
    problem = not_regular(path)
    if problem:
        raise ReadError(problem, path=path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except IsADirectoryError:
        raise ReadError("Das ist ein Verzeichnis, keine Datei.", path=path) from None
    except OSError as exc:
        raise ReadError(
            f"Die Datei kann nicht geöffnet werden ({os_reason(exc)}).", path=path
        ) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # swapped since the stat above
            raise ReadError("Das ist keine gewöhnliche Datei; sie wird nicht geöffnet.", path=path)
        return info.st_size, fh.read(size)


def _only_nul(path: Path, limit: int = 64 * 1024 * 1024) -> bool:
    """Whether the file (its first `limit` bytes) holds nothing but NUL bytes."""
    with path.open("rb") as fh:
        left = limit
        while left > 0:
            chunk = fh.read(min(left, 1024 * 1024))
            if not chunk:
                return True
            if chunk.strip(b"\x00"):
                return False
            left -= len(chunk)
    return True


def detect_format(path: Path, *, inspect_zip: bool = True, images: bool = False) -> str:
    """'pdf', 'docx' or 'odt' by content; ReadError (German) for anything else or a mismatch.

    With inspect_zip=False a zip is not opened (its directory may itself be hostile) and
    'zip' is returned: the caller leaves the rest to the sandboxed child. With images=True a
    scan or photo is accepted too: 'tiff', 'png', 'jpeg' (read by OCR, kimdocs.readers.images);
    callers that offer only documents (an upload form) keep the default."""
    size, head = _read_head(path)
    if size == 0 or not head.strip(b" \t\r\n"):
        raise ReadError("Die Datei ist leer.", path=path)
    if not head.strip(b"\x00"):
        amount = f"{size:,}".replace(",", ".")
        if _only_nul(path):
            raise ReadError(
                f"Die Datei besteht nur aus Nullbytes ({amount} Bytes) und enthält kein "
                "Dokument; vermutlich ist sie beim Kopieren oder Speichern beschädigt worden.",
                path=path,
            )
        raise ReadError(
            "Die Datei beginnt mit Nullbytes statt mit dem Kopf eines PDF-, DOCX- oder "
            "ODT-Dokuments; vermutlich ist sie beschädigt.",
            path=path,
        )

    fmt: str | None = None
    if b"%PDF-" in head[:1024]:  # PDF allows junk before the header
        fmt = "pdf"
    elif images and (image := next((f for m, f in _IMAGE_MAGIC if head.startswith(m)), None)):
        fmt = image
    elif head.startswith(b"PK\x03\x04"):
        if not inspect_zip:
            return "zip"
        fmt = _zip_format(path)

    claimed = _EXT_FORMAT.get(path.suffix.lower())
    if fmt is None:
        what = _what_else(head)
        raise ReadError(
            f"Die Datei ist {what} und kann nicht gelesen werden; "
            "bitte als PDF, DOCX oder ODT einreichen.",
            path=path,
        )
    if claimed and claimed != fmt:
        raise ReadError(
            f"Die Datei hat die Endung {path.suffix}, ist aber {describe(fmt)}. "
            f"Bitte die Datei mit der passenden Endung (.{fmt}) speichern.",
            path=path,
        )
    return fmt


def _zip_format(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" in names:
                if "mimetype" in names:
                    mime = zf.read("mimetype")[:100].strip()
                    if mime != b"application/vnd.oasis.opendocument.text":
                        return None
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReadError(
            "Die Datei ist beschädigt (ZIP-Struktur defekt) und kann nicht gelesen werden.",
            path=path,
        ) from None
    return None


def check_zip(path: Path) -> None:
    """Refuse zip bombs and XML with a DTD before any XML parser sees the file.

    Sizes come from the zip directory; Python's zipfile never inflates more than a member's
    declared size, so a lying directory cannot get past these limits either.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise ReadError(
                    f"Die Datei enthält {len(infos)} Teile; das ist für ein Dokument "
                    "unplausibel viel (Verdacht auf ZIP-Bombe). Sie wird nicht gelesen.",
                    path=path,
                )
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                is_xml = info.filename.endswith((".xml", ".rels"))
                if (
                    info.file_size > MAX_MEMBER_BYTES
                    or total > MAX_TOTAL_BYTES
                    or (is_xml and info.file_size > MAX_XML_BYTES)
                    or (info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO)
                ):
                    mb = f"{info.file_size / 1024 / 1024:,.0f}".replace(",", ".")
                    raise ReadError(
                        f"Der Teil {info.filename} würde beim Entpacken auf {mb} MB anwachsen "
                        "(Verdacht auf ZIP-Bombe). Die Datei wird aus Sicherheitsgründen nicht "
                        "gelesen.",
                        path=path,
                    )
            # Every part, whatever its name: the main part of a DOCX is found through
            # [Content_Types].xml and may be called anything.
            for info in infos:
                if info.file_size and not info.is_dir():
                    with zf.open(info) as fh:
                        _check_prolog(fh.read(_PROLOG_BYTES), info.filename, path)
    except ReadError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise ReadError(
            "Die Datei ist beschädigt (ZIP-Struktur defekt) und kann nicht gelesen werden.",
            path=path,
        ) from None


_PROLOG_BYTES = 64 * 1024


def check_extent(path: Path, fmt: str, *, paragraphs: int, pages: int | None,
                 max_paragraphs: int, max_pages: int) -> None:
    """Refuse a DOCX/ODT longer than any real submission before it is walked: the page and
    paragraph limits (kimdocs.readers.DEFAULT_MAX_PAGES / DEFAULT_MAX_PARAGRAPHS)."""
    if pages is not None and pages > max_pages:
        raise ReadError(
            f"Die Datei ist {describe(fmt)} mit etwa {pages} Seiten; gelesen werden höchstens "
            f"{max_pages} Seiten. Das ist für einen Antrag oder Bericht unplausibel viel.",
            path=path,
        )
    if paragraphs > max_paragraphs:
        raise ReadError(
            f"Die Datei ist {describe(fmt)} mit {paragraphs} Absätzen; gelesen werden höchstens "
            f"{max_paragraphs} Absätze. Das ist für einen Antrag oder Bericht unplausibel viel.",
            path=path,
        )


# Byte order marks, and how XML without one starts ("<?" / "<" in that encoding).
_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)


def _as_text(head: bytes) -> str:
    """The start of a part as text, in the encoding its first bytes announce (XML 1.0, F.1)."""
    for mark, encoding in _ENCODINGS:
        if head.startswith(mark):
            width = 4 if "32" in encoding else 2 if "16" in encoding else 1
            body = head[len(mark) if b"<" not in mark else 0 :]  # a BOM goes, a "<" stays
            body = body[: len(body) - len(body) % width]
            return body.decode(encoding, errors="ignore").lstrip("\ufeff")
    return head.decode("utf-8", errors="ignore").replace("\x00", "")


def _check_prolog(head: bytes, member: str, path: Path) -> None:
    """DOCX and ODT parts never declare a DTD; one that does may carry an external entity.
    A DTD can only stand before the root element, so the prolog is all we need to see. Parts
    that do not start like XML in any encoding (images, fonts) are left alone."""
    text = _as_text(head)
    if not text.lstrip().startswith("<"):
        return
    prolog = re.sub(r"<!--.*?-->|<\?.*?\?>", "", text, flags=re.DOTALL)
    root = re.search(r"<[A-Za-z_]", prolog)
    if root is None and len(head) >= _PROLOG_BYTES:
        raise ReadError(
            f"Der Teil {member} beginnt mit über 64 KB Kommentaren statt XML-Inhalt; "
            "die Datei wird aus Sicherheitsgründen nicht gelesen.",
            path=path,
        )
    if root and re.match(r"<(?:\w+:)?svg\b", prolog[root.start() :]):
        return  # an embedded SVG image (often with its W3C DOCTYPE); no reader parses it
    if re.search(r"<!\s*(DOCTYPE|ENTITY)", prolog[: root.start()] if root else prolog, re.IGNORECASE):
        raise ReadError(
            f"Der Teil {member} enthält eine DTD (<!DOCTYPE …>). Das kommt in Office-Dokumenten "
            "nicht vor und kann auf fremde Dateien zugreifen (XXE); die Datei wird aus "
            "Sicherheitsgründen nicht gelesen.",
            path=path,
        )
