"""Tests for kimdocs.generate.libreoffice against the real LibreOffice (installed here and in CI).

Hangs and crashes are simulated with a small wrapper that KIMDOCS_SOFFICE points at: it looks
into the DOCX files it is given (the module passes copies with neutral names) and, at the first
one containing a marker text, converts the documents before it with the real soffice and then
hangs or dies.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pdfplumber
import pytest
from docx import Document

from kimdocs.errors import ConversionError
from kimdocs.generate.libreoffice import ConversionResult, convert_to_pdf, find_soffice, read_pdfa_claim

HANG = "KIMDOCS-HAENGT"
CRASH = "KIMDOCS-ABSTURZ"

WRAPPER = """#!{python}
import os, subprocess, sys, zipfile
REAL, LOG = {real!r}, {log!r}
args = sys.argv[1:]
with open(LOG, "a") as f:
    f.write("start %d\\n" % os.getpid())
files = [a for a in args if a.endswith(".docx")]
options = [a for a in args if a not in files]

def marker(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    return next((m for m in ({hang!r}, {crash!r}) if m in xml), None)

marks = [marker(f) for f in files]
hit = next((i for i, m in enumerate(marks) if m), None)
if hit is None:
    os.execv(REAL, [REAL, *args])
if hit:
    subprocess.run([REAL, *options, *files[:hit]], capture_output=True)
if marks[hit] == {crash!r}:
    sys.exit(134)
child = subprocess.Popen(["sleep", "3600"])  # stands in for a spinning soffice.bin
with open(LOG, "a") as f:
    f.write("hang %d %d\\n" % (os.getpid(), child.pid))
child.wait()
"""


@pytest.fixture(autouse=True)
def _real_soffice(monkeypatch):
    monkeypatch.delenv("KIMDOCS_SOFFICE", raising=False)


@pytest.fixture
def system_tmp(tmp_path, monkeypatch) -> Path:
    """A private system temp dir, to check that nothing is left there."""
    path = tmp_path / "systmp"
    path.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


@pytest.fixture
def wrapper(tmp_path, monkeypatch) -> Path:
    """Install the wrapper as KIMDOCS_SOFFICE; returns its log file."""
    real = find_soffice()
    log = tmp_path / "wrapper.log"
    log.touch()
    script = tmp_path / "soffice-wrapper"
    script.write_text(
        WRAPPER.format(python=sys.executable, real=real, log=str(log), hang=HANG, crash=CRASH)
    )
    script.chmod(0o755)
    monkeypatch.setenv("KIMDOCS_SOFFICE", str(script))
    return log


def make_docx(path: Path, *paragraphs: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(path)
    return path


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    return " ".join(text.split())  # PDFs break lines anywhere


def alive(pid: int) -> bool:
    """True if the process exists and is not a zombie (orphans may wait unreaped in a container)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def leftovers(out_dir: Path) -> list[str]:
    return [p.name for p in out_dir.iterdir() if not p.name.endswith(".pdf")]


def test_batch_of_three_in_one_soffice_call(tmp_path, wrapper):
    texts = {
        "antrag": "Beantragte Zuwendung: 60.000,00 EUR",
        "bescheid": "Sachbearbeitung: Jürgen Müller-Lüdenscheidt",
        "bericht": "Landkreis Südliche Weinstraße, Sachbericht 2025",
    }
    inputs = [make_docx(tmp_path / "in" / f"{stem}.docx", text) for stem, text in texts.items()]
    out_dir = tmp_path / "Ausgabe; 100%20 Müller"  # soffice chokes on ";" and "%20" in --outdir
    seen: list[Path] = []

    result = convert_to_pdf(inputs, out_dir, progress=seen.append)

    assert isinstance(result, ConversionResult)
    assert result.failed == {}
    assert wrapper.read_text().count("start") == 1  # one process for the whole batch
    assert sorted(seen) == sorted(inputs)
    for src in inputs:
        pdf = result.converted[src]
        assert pdf == out_dir / f"{src.stem}.pdf"
        assert pdf_text(pdf).count(texts[src.stem]) == 1
    assert leftovers(out_dir) == []


def test_pdfa_claim(tmp_path):
    src = make_docx(tmp_path / "antrag.docx", "Zuwendung 60.000,00 EUR")
    archive = convert_to_pdf([src], tmp_path / "pdfa", pdfa=True)
    plain = convert_to_pdf([src], tmp_path / "plain")
    assert read_pdfa_claim(archive.converted[src]) == ("2", "B")
    assert read_pdfa_claim(plain.converted[src]) is None


def test_pdfa_claim_in_compressed_attribute_style_xmp(tmp_path):
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
        b'pdfaid:part="3" pdfaid:conformance="a"/></rdf:RDF></x:xmpmeta>'
    )
    body = zlib.compress(xmp)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(
        b"%PDF-1.7\n1 0 obj\n<< /Type /Metadata /Subtype /XML /Filter /FlateDecode /Length "
        + str(len(body)).encode()
        + b" >>\nstream\n"
        + body
        + b"\nendstream\nendobj\n%%EOF\n"
    )
    assert read_pdfa_claim(pdf) == ("3", "A")


def test_missing_soffice(tmp_path, monkeypatch):
    monkeypatch.setenv("KIMDOCS_SOFFICE", str(tmp_path / "gibt-es-nicht" / "soffice"))
    src = make_docx(tmp_path / "antrag.docx", "Text")
    with pytest.raises(ConversionError) as info:
        convert_to_pdf([src], tmp_path / "out")
    assert "LibreOffice wurde nicht gefunden" in str(info.value)
    assert "apt-get install libreoffice-writer-nogui" in str(info.value)
    assert info.value.exit_code == 2
    assert not (tmp_path / "out").exists()


def test_hanging_document_times_out_and_rest_is_converted(tmp_path, wrapper, system_tmp):
    first = make_docx(tmp_path / "eins.docx", "Erstes Dokument Ä")
    stuck = make_docx(tmp_path / "haengt.docx", HANG)
    last = make_docx(tmp_path / "drei.docx", "Drittes Dokument Ö")
    out_dir = tmp_path / "out"

    started = time.monotonic()
    result = convert_to_pdf([first, stuck, last], out_dir, timeout_per_document=3)
    elapsed = time.monotonic() - started

    assert result.failed == {stuck: "Zeitüberschreitung nach 3 s bei der Umwandlung"}
    assert set(result.converted) == {first, last}
    assert "Erstes Dokument Ä" in pdf_text(result.converted[first])
    assert "Drittes Dokument Ö" in pdf_text(result.converted[last])
    assert elapsed < 30
    log = wrapper.read_text().split("\n")
    assert sum(line.startswith("start") for line in log) == 2  # restarted once for the rest
    hung = [int(pid) for line in log if line.startswith("hang") for pid in line.split()[1:]]
    assert len(hung) == 2
    assert not any(alive(pid) for pid in hung)  # the whole process group was killed
    assert leftovers(out_dir) == []
    assert list(system_tmp.iterdir()) == []  # copies and profiles removed


def test_crash_marks_document_failed_and_retries_rest(tmp_path, wrapper):
    first = make_docx(tmp_path / "eins.docx", "Eins")
    broken = make_docx(tmp_path / "absturz.docx", CRASH)
    last = make_docx(tmp_path / "drei.docx", "Drei")

    result = convert_to_pdf([first, broken, last], tmp_path / "out", timeout_per_document=10)

    assert set(result.converted) == {first, last}
    assert list(result.failed) == [broken]
    assert "abgebrochen" in result.failed[broken] and "Exit-Code 134" in result.failed[broken]


def test_bad_inputs_fail_others_succeed(tmp_path):
    good = make_docx(tmp_path / "gut.docx", "Gute Datei 60.000,00 EUR")
    empty = tmp_path / "leer.docx"
    empty.write_bytes(b"")
    text = tmp_path / "text.docx"
    text.write_text("Ich bin nur Text, kein DOCX.")
    not_docx = tmp_path / "zip.docx"
    with zipfile.ZipFile(not_docx, "w") as z:
        z.writestr("hallo.txt", "kein Word-Dokument")
    missing = tmp_path / "fehlt.docx"
    out_dir = tmp_path / "out"

    result = convert_to_pdf([empty, text, not_docx, good, missing], out_dir)

    assert list(result.converted) == [good]
    assert "60.000,00 EUR" in pdf_text(result.converted[good])
    assert result.failed[empty] == "Leere Datei, keine DOCX-Datei"
    assert result.failed[text] == "Keine DOCX-Datei (kein ZIP-Archiv)"
    assert "konnte die Datei nicht laden" in result.failed[not_docx]
    assert result.failed[missing] == "Datei nicht gefunden"
    assert sorted(p.name for p in out_dir.iterdir()) == ["gut.pdf"]


def test_two_runs_at_once(tmp_path):
    out_dir = tmp_path / "out"  # shared on purpose: temp dirs and profiles must not collide
    batches = [
        [
            make_docx(tmp_path / f"lauf{n}" / f"dok{n}{i}.docx", f"Lauf {n} Dokument {i}")
            for i in range(2)
        ]
        for n in range(2)
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(convert_to_pdf, batch, out_dir) for batch in batches]
        results = [f.result(timeout=120) for f in futures]  # re-raises a thread's exception
    for n in range(2):
        assert results[n].failed == {}
        for i, src in enumerate(batches[n]):
            assert f"Lauf {n} Dokument {i}" in pdf_text(results[n].converted[src])
    assert leftovers(out_dir) == []


def test_existing_target_without_force(tmp_path):
    old = make_docx(tmp_path / "alt.docx", "Neu")
    new = make_docx(tmp_path / "neu.docx", "Ganz neu")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "alt.pdf").write_bytes(b"bisheriger Inhalt")

    result = convert_to_pdf([old, new], out_dir, force=False)

    assert result.failed == {old: "Datei existiert bereits (mit --force überschreiben)"}
    assert (out_dir / "alt.pdf").read_bytes() == b"bisheriger Inhalt"
    assert "Ganz neu" in pdf_text(result.converted[new])
    assert leftovers(out_dir) == []

    # force=True (the default) replaces it.
    result = convert_to_pdf([old], out_dir)
    assert result.failed == {}
    assert "Neu" in pdf_text(out_dir / "alt.pdf")


def test_same_stem_in_one_batch(tmp_path):
    first = make_docx(tmp_path / "a" / "antrag.docx", "Antrag aus Ordner a")
    second = make_docx(tmp_path / "b" / "antrag.docx", "Antrag aus Ordner b")
    other = make_docx(tmp_path / "b" / "bericht.docx", "Bericht aus Ordner b")
    out_dir = tmp_path / "out"

    result = convert_to_pdf([first, second, other], out_dir)

    assert set(result.converted) == {first, other}
    assert "Antrag aus Ordner a" in pdf_text(out_dir / "antrag.pdf")
    assert "Bericht aus Ordner b" in pdf_text(out_dir / "bericht.pdf")
    assert "Gleicher Zielname antrag.pdf" in result.failed[second]


def test_temp_dirs_removed_when_caller_raises(tmp_path, system_tmp):
    src = make_docx(tmp_path / "antrag.docx", "Text")
    out_dir = tmp_path / "out"

    def explode(path: Path) -> None:
        raise RuntimeError("Abbruch durch Aufrufer")

    with pytest.raises(RuntimeError):
        convert_to_pdf([src], out_dir, progress=explode)
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".kimdocs-tmp-")]
    assert list(system_tmp.iterdir()) == []


def test_find_soffice_honours_env(tmp_path, monkeypatch):
    fake = tmp_path / "mein-soffice"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("KIMDOCS_SOFFICE", str(fake))
    assert find_soffice() == str(fake)
    monkeypatch.delenv("KIMDOCS_SOFFICE")
    assert Path(find_soffice()).name in {"soffice", "libreoffice"}
    assert shutil.which(find_soffice())
    assert os.access(find_soffice(), os.X_OK)
