"""Fault harness for data files and tables (issue 13, items 3, 4 and 6): generated hostile
YAML, JSON, CSV and XLSX inputs, each run through the `kimdocs` CLI. Every case must end
with its documented exit code, a German message, no traceback, within bounded time and
memory, and nothing left in the output folder.

All cases run in ONE child process under an address-space limit (a Python-level loop over
click's test runner: starting the CLI per case would cost seconds); a timeout bounds the
whole run. A few cases also run as real `kimdocs` processes to show the exit code there.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
ANTRAG = (BEISPIELE / "koblenz" / "antrag.yaml").read_text(encoding="utf-8")
BESCHEID = (BEISPIELE / "koblenz" / "bescheid.yaml").read_text(encoding="utf-8")
CSV = (BEISPIELE / "antraege.csv").read_text(encoding="utf-8")
MEMORY = 1536 * 2**20  # address space of the child: the alias bomb alone passes 4 GiB
GERMAN = ("Fehler", "ungültig", "keine", "kein", "nicht", "zu groß", "zu lang", "Zeile",
          "Datei", "Tabelle")


def _antrag(old: str, new: str) -> str:
    assert old in ANTRAG, old
    return ANTRAG.replace(old, new, 1)


def _json_antrag(**changes: object) -> str:
    import yaml

    data = yaml.safe_load(ANTRAG)
    for dotted, value in changes.items():
        target = data
        *parts, last = dotted.split("/")
        for part in parts:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = value
    return json.dumps(data, default=str)


def _alias_bomb(levels: int = 9) -> str:
    """The Koblenz Antrag whose `aufgaben` are 9**9 strings, built from nine aliases of nine."""
    lines = ["anker:", "  - &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"  - &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]")
    head, rest = ANTRAG.split("aufgaben:", 1)
    rest = rest.split("\n", 1)[1]
    while rest.startswith("  "):  # drop the old list items
        rest = rest.split("\n", 1)[1]
    return "\n".join(lines) + "\n" + head + f"aufgaben: *a{levels - 1}\n" + rest


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _csv_rows() -> list[list[str]]:
    """Header, Koblenz and Germersheim of the example table."""
    import csv

    return list(csv.reader(CSV.splitlines()[:3], delimiter=";"))


def _patch_xlsx(source: Path, target: Path, member: str, transform) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, transform(data) if info.filename == member else data)
    return target


def _no_declaration(xml: bytes) -> bytes:
    return xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml


ENTITY_BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
               + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1
                                                         else b"&lol;") * 10)
                          for i in range(1, 10))
               + b"]>")


def _cases(d: Path) -> list[tuple[str, list[str], int]]:
    """(name, CLI arguments, expected exit code); files are written into `d`."""
    out = d / "ausgabe"
    cases: list[tuple[str, list[str], int]] = []

    def data(name: str, text: str | bytes, *, command: str = "berechnen") -> None:
        path = d / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        if command == "berechnen":
            args = ["berechnen", str(path)]
        elif command == "validieren":
            args = ["validieren", str(path)]
        else:
            args = ["erstellen", command, str(path), "-o", str(out)]
        cases.append((name, args, 2))

    # numbers (YAML and JSON)
    for i, bad in enumerate(["1e30", "1.0e+30", "1.0e999", ".nan", ".inf", "-.inf", "9" * 5000,
                             "9" * 60, '"0,5e400"', "-1.0e20", '"1" * 3']):
        data(f"zahl{i}.yaml", _antrag("personalausgaben: 6800.00", f"personalausgaben: {bad}"))
    data("vzae_nan.yaml", _antrag("vzae: 0.5", "vzae: .NaN"))
    data("jahr_lang.yaml", _antrag("jahr: 2025", "jahr: " + "2" * 5000))
    for i, bad in enumerate(["NaN", "Infinity", "-Infinity", "1e999", "9" * 5000]):
        text = _json_antrag(**{"finanzierungsplan/0/personalausgaben": "@@"})
        data(f"zahl{i}.json", text.replace('"@@"', bad))
    # dates
    for i, bad in enumerate(["2025-02-31", "0000-01-01", "2025-13-01", "0001-01-01",
                             "9999-12-31", "31.02.2025", '"2025-00-10"', "1.1.1"]):
        data(f"datum{i}.yaml", _antrag("beginn: 2025-12-01\n", f"beginn: {bad}\n"))
    data("datum.json", _json_antrag(**{"unterschrift/datum": "2025-02-30"}))
    # text: control characters, overlong names, a 1 MB value (never echoed in full)
    data("steuer.yaml", _antrag("name: Koblenz", 'name: "Kob\\x01lenz"'), command="antrag")
    data("escape.yaml", _antrag("name: Koblenz", 'name: "Koblenz\\e[31m"'), command="antrag")
    data("lang.yaml", _antrag("name: Koblenz", "name: " + "K" * 300), command="antrag")
    data("riesig.yaml", _antrag("name: Beate Oster", "name: " + "x" * 1_000_000),
         command="validieren")
    # structure: aliases, depth, size, not a mapping, not text
    data("alias.yaml", _alias_bomb())
    data("tief.yaml", "art: antrag\nx: " + "[" * 5000 + "]" * 5000 + "\n")
    data("tief2.yaml", "art: antrag\n" + "".join(" " * i + f"k{i}:\n" for i in range(200)))
    data("tief.json", '{"art": "antrag", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    data("gross.yaml", "art: antrag\n" + "# " + "x" * (3 * 2**20) + "\n")
    data("liste.yaml", "- 1\n- 2\n")
    data("leer.yaml", "")
    data("nul.yaml", b"\x00" * (1 << 20))
    # a Latin-1 file (the example's comments may hold characters Latin-1 lacks: replaced)
    data("latin1.yaml", _antrag("name: Koblenz", "name: Köblenz").encode("latin-1", "replace"))
    data("binaer.yaml", os.urandom(4096))
    data("python-tag.yaml", 'art: !!python/object/apply:os.system ["touch /tmp/x"]\n')
    data("art-liste.yaml", "art: [antrag]\n", command="validieren")
    data("art-lang.yaml", "art: " + "a" * 500_000 + "\n", command="validieren")
    data("schluessel.yaml", "? [1, 2]\n: x\n")
    data("zahl-schluessel.json", '{"art": "antrag", "1": 2, "antragsteller": []}')
    # a Bescheid whose `antrag:` is not a regular file
    os.mkfifo(d / "fifo.yaml")
    for i, target in enumerate(["/dev/zero", str(d / "fifo.yaml"), str(d), "/proc/self/mem"]):
        data(f"bescheid{i}.yaml", BESCHEID.replace("antrag: antrag.yaml", f"antrag: {target}"),
             command="bescheid")
    # tables
    header, *rows = _csv_rows()

    def table(name: str, content: bytes, code: int = 2) -> None:
        (d / name).write_bytes(content)
        cases.append((name, ["erstellen", "bescheid", "--tabelle", str(d / name), "-o",
                             str(out)], code))

    table("byte81.csv", CSV.encode("cp1252").replace(b"Koblenz", b"Ko\x81blenz", 1))
    table("nul.csv", b"\x00" * (4 << 20))
    table("leer.csv", b"")
    table("kopf.csv", b"a;b;c\n")
    zeilen = ";".join(header) + "\n" + "\n".join(";".join([*r[:3], "x", *r[4:]])
                                                 for r in [rows[0]] * 6000) + "\n"
    table("zeilen.csv", zeilen.encode("utf-8"))
    table("spalten.csv", (";".join(f"s{i}" for i in range(1000)) + "\n").encode())
    table("kein.xlsx", b"PK\x03\x04 nicht wirklich")
    good = _xlsx(d / "gut.xlsx", [header, *rows])
    table("entity.xlsx", b"")
    _patch_xlsx(good, d / "entity.xlsx", "xl/worksheets/sheet1.xml",
                lambda data: ENTITY_BOMB + _no_declaration(data).replace(
                    b"</sheetData>", b'<row r="9"><c r="A9" t="inlineStr"><is><t>&lol9;</t>'
                    b"</is></c></row></sheetData>"))
    table("ss_entity.xlsx", b"")
    _patch_xlsx(good, d / "ss_entity.xlsx", "xl/workbook.xml",
                lambda data: ENTITY_BOMB + _no_declaration(data).replace(
                    b'name="Sheet"', b'name="&lol9;"'))
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.cell(row=1_000_000, column=16_000, value="x")
    wb.save(d / "weit.xlsx")
    cases.append(("weit.xlsx", ["erstellen", "bescheid", "--tabelle", str(d / "weit.xlsx"),
                                "-o", str(out)], 2))
    with zipfile.ZipFile(d / "bombe.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * (200 << 20))
    cases.append(("bombe.xlsx", ["erstellen", "bescheid", "--tabelle", str(d / "bombe.xlsx"),
                                 "-o", str(out)], 2))
    # wrong kind of input
    data("tabelle.csv", CSV, command="validieren")
    cases.append(("tabelle-als-daten", ["berechnen", str(BEISPIELE / "antraege.csv")], 2))
    return cases


DRIVER = textwrap.dedent("""
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
    from click.testing import CliRunner
    from kimdocs.cli.commands import main
    for name, args, _ in json.loads(sys.stdin.read()):
        start = time.monotonic()
        result = CliRunner().invoke(main, args)
        print(json.dumps({{"name": name, "code": result.exit_code, "stdout": result.stdout,
                          "stderr": result.stderr, "seconds": time.monotonic() - start,
                          "exception": None if result.exception is None
                          or isinstance(result.exception, SystemExit)
                          else repr(result.exception)}}),
              flush=True)
""")


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    d = tmp_path_factory.mktemp("feindlich")
    cases = _cases(d)
    done = subprocess.run([sys.executable, "-c", DRIVER.format(memory=MEMORY)],
                          input=json.dumps(cases), capture_output=True, text=True, timeout=240,
                          cwd=d)
    assert done.returncode == 0, done.stderr[-3000:]
    results = {r["name"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert set(results) == {name for name, _, _ in cases}, "a case did not finish"
    return d, cases, results


def _problems(d: Path, name: str, expected: int, r: dict) -> list[str]:
    text = r["stdout"] + r["stderr"]
    problems = []
    if r["exception"] is not None:
        problems.append(f"Ausnahme {r['exception']}")
    if r["code"] != expected:
        problems.append(f"Exit-Code {r['code']} statt {expected}: {text[:300]}")
    if "Traceback" in text or 'File "' in text:
        problems.append("Traceback")
    if not any(word in r["stderr"] for word in GERMAN):
        problems.append(f"keine deutsche Meldung: {r['stderr'][:300]}")
    if len(text) > 20_000:
        problems.append(f"{len(text)} Zeichen Ausgabe")
    if r["seconds"] > 60:
        problems.append(f"{r['seconds']:.0f} s")
    return [f"{name}: {p}" for p in problems]


def test_every_hostile_input_german_error_exit_code_no_traceback(outcomes):
    d, cases, results = outcomes
    assert len(cases) >= 55
    problems = [p for name, _args, expected in cases
                for p in _problems(d, name, expected, results[name])]
    assert problems == []
    leftovers = list((d / "ausgabe").rglob("*")) if (d / "ausgabe").exists() else []
    assert leftovers == [], "nothing may be left in the output folder"


def test_a_bad_cell_does_not_stop_the_batch(tmp_path):
    """`1e30` in one row's amount: that row is an error, the other row is produced."""
    header, koblenz, germersheim = _csv_rows()
    koblenz = list(koblenz)
    koblenz[header.index("personalkosten_2026")] = "1e30"
    path = tmp_path / "stapel.csv"
    path.write_text("\n".join(";".join(f'"{c}"' for c in r)
                              for r in (header, koblenz, germersheim)) + "\n", encoding="utf-8")
    from click.testing import CliRunner

    from kimdocs.cli.commands import main

    result = CliRunner().invoke(main, ["erstellen", "bescheid", "--tabelle", str(path), "-o",
                                       str(tmp_path / "aus")])
    assert result.exit_code == 1, result.output
    assert "Zeile 2 (Koblenz)" in result.stderr and "zu groß" in result.stderr
    assert [p.name for p in (tmp_path / "aus").glob("*.docx")] == [
        "Bewilligungsbescheid_Germersheim_2026.docx"]
    assert sorted(p.name for p in (tmp_path / "aus").iterdir() if p.suffix != ".docx") == [
        "uebersicht.json", "uebersicht.xlsx"]  # the overview of the batch, nothing else


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_encodings_are_recognised(tmp_path, encoding):
    from kimdocs.generate.tables import read_bescheide

    path = tmp_path / "stapel.csv"
    path.write_bytes("\n".join(CSV.splitlines()[:3]).encode(encoding))
    zeilen = read_bescheide(path)
    assert [z.fehler for z in zeilen] == [None, None]
    assert zeilen[0].bescheid.antrag.antragsteller.anschrift.strasse == "Willi-Hörter-Platz 1"


def test_oversized_cell_is_an_error_of_its_row_only(tmp_path):
    header, koblenz, germersheim = _csv_rows()
    koblenz = list(koblenz)
    koblenz[header.index("bezeichnung")] = "x" * 200_000
    path = tmp_path / "stapel.csv"
    path.write_text("\n".join(";".join(r) for r in (header, koblenz, germersheim)) + "\n",
                    encoding="utf-8")
    from kimdocs.generate.tables import read_bescheide

    zeilen = read_bescheide(path)
    assert "Zeile 2" in zeilen[0].fehler and zeilen[1].fehler is None


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.mark.parametrize("kind", ["alias", "devzero"])
def test_real_process_exit_2_under_memory_limit(tmp_path, kind):
    kimdocs = Path(sys.executable).parent / "kimdocs"
    if kind == "alias":
        path = tmp_path / "bombe.yaml"
        path.write_text(_alias_bomb(), encoding="utf-8")
        args = [str(kimdocs), "berechnen", str(path)]
    else:
        path = tmp_path / "bescheid.yaml"
        path.write_text(BESCHEID.replace("antrag: antrag.yaml", "antrag: /dev/zero"),
                        encoding="utf-8")
        args = [str(kimdocs), "erstellen", "bescheid", str(path), "-o", str(tmp_path / "aus")]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60,
                          preexec_fn=_limited)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("Fehler: ") and "Traceback" not in done.stderr
    assert ("Verweise" in done.stderr) if kind == "alias" else ("gewöhnliche" in done.stderr)
    assert not (tmp_path / "aus").exists()


def test_longest_allowed_name_still_makes_a_docx(tmp_path):
    """Names are cut off where the DOCX core properties (255 characters) would fail."""
    from click.testing import CliRunner

    from kimdocs.cli.commands import main
    from kimdocs.model import MAX_NAME

    for length, code in ((MAX_NAME, 0), (MAX_NAME + 1, 2)):
        path = tmp_path / f"antrag{length}.yaml"
        path.write_text(_antrag("bezeichnung: Stadtverwaltung Koblenz",
                                "bezeichnung: " + "B" * length), encoding="utf-8")
        result = CliRunner().invoke(main, ["erstellen", "antrag", str(path), "-o",
                                           str(tmp_path / f"aus{length}"), "--force"])
        assert result.exit_code == code, result.output
        assert "Traceback" not in result.output
    assert "ist zu lang" in result.stderr
