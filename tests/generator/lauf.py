"""Write generated cases with every producer, read them back, and compare with what is known.

    python tests/generator/lauf.py [--anzahl 2000] [--start 0] [--nur WAHL=WERT,…]
        [--wahl FELD=WERT,…] [--schreibweise personal]

The property (issue 19): the fact layer recovers each fact or marks it unclear — it never
returns a wrong value; and the verdict is never a Fehler on a correct case nor *erfüllt* on a
violated rule. Each failure is shrunk to the plainest notation, layout and producer that still
fail and printed as a regression entry for `tests/generator/regressionen.yaml`.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]

from korpus import bauen  # noqa: E402

from generator.fall import Case, draw  # noqa: E402
from generator.schreiben import SHARE_STYLES, STAFF_STYLES, Choices, choose, outline  # noqa: E402
from kimdocs.check import check_document  # noqa: E402
from kimdocs.facts import from_document  # noqa: E402
from kimdocs.readers import read_document_unsandboxed  # noqa: E402
from kimdocs.rules import load_guideline  # noqa: E402
from kimdocs.rules.common import amounts  # noqa: E402

LINES = {"personal": "Personalkosten", "sach": "Sachkosten"}


@dataclass(frozen=True)
class Job:
    seed: int
    choices: Choices

    @property
    def stem(self) -> str:
        c = self.choices
        return (f"fall{self.seed:05d}-{c.layout}-{c.share}-{c.amount}-{c.date}-{c.datum_form}-"
                f"{c.name}-{c.anbindung}")


def jobs(count: int, start: int = 0, only: dict[str, set[str]] | None = None,
         shares: tuple[str, ...] = ()) -> list[Job]:
    """`count` cases from seed `start` on, each with its own drawn notations and producer;
    with `only` ({"anbindung": {"kontrollkaestchen"}}) the first `count` seeds from `start`
    whose drawn choices are among those (the same documents as in a run of all seeds); with
    `shares`, the share notation is drawn from these only."""
    out: list[Job] = []
    seed = start
    while len(out) < count:
        rnd = random.Random(10_000_019 * seed + 7)
        choices = choose(rnd)
        if shares:
            choices = replace(choices, share=rnd.choice(shares))
        job = Job(seed, choices)
        if not only or all(getattr(job.choices, k) in v for k, v in only.items()):
            out.append(job)
        seed += 1
    return out


def restrict(todo: list[Job], wahl: dict[str, str]) -> list[Job]:
    """Each job's choices kept within the named values (`{"layout": "postenliste,prosa"}`):
    a choice outside them is drawn again among them, the same way for the same seed."""
    if not wahl:
        return todo
    allowed = {name: values.split(",") for name, values in wahl.items()}
    out = []
    for job in todo:
        rnd = random.Random(job.seed)
        change = {name: rnd.choice(values) for name, values in allowed.items()
                  if getattr(job.choices, name) not in values}
        out.append(Job(job.seed, replace(job.choices, **change)))
    return out


def produce(todo: list[Job], folder: Path) -> dict[Job, Path]:
    """Every job written by its producer; one LibreOffice run per format and one browser."""
    folder.mkdir(parents=True, exist_ok=True)
    docx_dir = folder / "docx"
    docx_dir.mkdir(exist_ok=True)
    out: dict[Job, Path] = {}
    to_pdf, to_odt, html_jobs = [], [], []
    for job in todo:
        case = draw(job.seed)
        lines = outline(case, job.choices)
        producer = job.choices.producer
        if producer == "chromium-pdf":
            page = bauen.write_html(lines, folder / f"{job.stem}.html",
                                    f"Ratsinformationssystem {case.name} · Druckansicht")
            html_jobs.append((page, folder / f"{job.stem}.pdf"))
            out[job] = folder / f"{job.stem}.pdf"
            continue
        kopf = "fett" if producer == "docx-fett" else "formatvorlagen"
        docx = bauen.write_docx(lines, docx_dir / f"{job.stem}.docx", kopf)
        if producer == "lo-pdf":
            to_pdf.append(docx)
            out[job] = folder / f"{job.stem}.pdf"
        elif producer == "lo-odt":
            to_odt.append(docx)
            out[job] = folder / f"{job.stem}.odt"
        else:
            out[job] = docx
    if to_pdf:
        bauen._lo_pdf(to_pdf, folder)
    if to_odt:
        bauen._soffice_odt(to_odt, folder)
    if html_jobs:
        bauen._print_html(html_jobs)
    return out


def _town(name: str) -> str:
    """The place of a body's name, without its kind, with a bracketed addition: a name read
    as "Landkreis Altenkirchen" from "Landkreis Altenkirchen (Westerwald)" is cut (class 8)."""
    first, _, rest = name.partition(" ")
    town = rest if first in ("Stadt", "Landkreis", "Verbandsgemeinde", "Ortsgemeinde") else name
    return " ".join(town.split())


KNOWN = HERE / "bekannt.yaml"
_RULE = re.compile(r"^(KIM-\d+) ")
_VERDICT = re.compile(r"^Urteil ")


def known_classes() -> list[dict]:
    return yaml.safe_load(KNOWN.read_text(encoding="utf-8")) or []


def explain(wrong: list[str], classes: list[dict]) -> set[int] | None:
    """The known classes that explain all of a document's wrong facts and rules, or None
    when something is not explained (a new misreading)."""
    found: set[int] = set()
    for w in wrong:
        hits = [c["klasse"] for c in classes if re.search(c["muster"], w)]
        if hits:
            found.update(hits)
        elif not (_RULE.match(w) or _VERDICT.match(w)):
            return None  # a wrong fact of no known class
    allowed = {code for c in classes if c["klasse"] in found for code in c["folgen"]}
    for w in wrong:
        rule = _RULE.match(w)
        if (rule and rule[1] not in allowed) or (_VERDICT.match(w) and not found):
            return None
    return found


def wrong_facts(case: Case, path: Path, richtlinie) -> list[str]:
    """What the fact layer and the rules got wrong on this document (empty: nothing)."""
    document = read_document_unsandboxed(path)
    f = from_document(document, richtlinie, "antrag")
    wrong = []
    name = f.antragsteller.name
    if name and not f.antragsteller.unklar and (_town(case.name).casefold() not in " ".join(
            name.split()).casefold() or re.search(r"\d", name)):  # no house number in a name
        wrong.append(f"Antragsteller gelesen als „{name}“, geschrieben „{case.name}“")
    if f.stellen and not f.stellen_unklar:
        total = sum((p.vzae for p in f.stellen), 0)
        if total != case.vzae:
            wrong.append(f"Stellenanteile gelesen {[str(p.vzae) for p in f.stellen]}, "
                         f"geschrieben {[str(p.vzae) for p in case.parts]}")
    elif case.parts and not f.stellen and f.stellen_gesamt is None and not f.stellen_unklar:
        wrong.append("Stellenanteile nicht gelesen und nicht als unklar markiert")
    for posten, label in LINES.items():
        for b in amounts(f, posten)[0]:
            if b.jahr is None and len(case.requested) > 1:
                wrong.append(f"{label} ohne Jahr gelesen ({b.wert}), der Antrag nennt "
                             f"{len(case.requested)} Jahre")
            if b.jahr in case.requested and b.wert != case.requested[b.jahr][posten]:
                wrong.append(f"{label} {b.jahr} gelesen {b.wert}, geschrieben "
                             f"{case.requested[b.jahr][posten]} ({b.bezeichnung!r})")
            elif b.jahr is not None and b.jahr not in case.requested:
                wrong.append(f"{label} für ein Jahr {b.jahr} gelesen, das der Antrag nicht hat")
    # the document's own date, the applicant and the placement are recovered or marked unclear
    # (issue 19, classes 7-9): not found is no answer either
    if f.datum and f.datum.wert != case.datum:
        wrong.append(f"Datum gelesen {f.datum.wert}, geschrieben {case.datum}")
    elif f.datum is None:
        wrong.append(f"Datum nicht gelesen, geschrieben {case.datum}")
    if not name and not f.antragsteller.schluessel and not f.antragsteller.unklar:
        wrong.append(f"Antragsteller nicht gelesen, geschrieben „{case.name}“")
    a = f.ansiedlung
    if a.extern is not None and not a.unklar and a.extern != case.extern:
        wrong.append(f"Anbindung gelesen {'extern' if a.extern else 'intern'}, geschrieben "
                     f"{'extern' if case.extern else 'intern'}")
    elif a.extern is None and not a.unklar:
        wrong.append("Anbindung nicht gelesen und nicht als unklar markiert")
    period = f.zeitraum()
    if period and not f.zeitraum_unklar() and (period.beginn, period.ende) != (case.beginn,
                                                                                case.ende):
        wrong.append(f"Zeitraum gelesen {period.beginn}–{period.ende}, geschrieben "
                     f"{case.beginn}–{case.ende}")
    report = check_document(document, art="antrag", richtlinie=richtlinie)
    status = {b.code: b.status for b in report.ergebnisse}
    for code, expected in case.expected.items():
        got = status.get(code)
        if got not in (expected, "nicht_pruefbar"):
            wrong.append(f"{code} {got}, richtig wäre {expected}")
    if case.correct and report.urteil == "maengel":
        codes = sorted(b.code for b in report.ergebnisse
                       if b.status == "verletzt" and b.schwere == "fehler")
        wrong.append(f"Urteil Mängel auf einem richtigen Antrag ({', '.join(codes)})")
    if not case.correct and report.urteil == "einreichungsfaehig":
        wrong.append("Urteil einreichungsfähig trotz Verstoß")
    return wrong


CHUNK = 100  # documents per LibreOffice and browser run (a long run would wear one out)


def run(todo: list[Job], folder: Path) -> dict[Job, list[str]]:
    richtlinie = load_guideline("kim-rlp-2025")
    out: dict[Job, list[str]] = {}
    for start in range(0, len(todo), CHUNK):
        chunk = todo[start:start + CHUNK]
        files = produce(chunk, folder / f"teil{start // CHUNK:03d}")
        out.update({job: wrong_facts(draw(job.seed), files[job], richtlinie) for job in chunk})
        for path in files.values():  # keep the disk small on a long run
            path.unlink(missing_ok=True)
    return out


def signature(wrong: list[str], classes: list[dict]) -> set[str]:
    """What kind of failure this is: its known classes, and the start of every message that
    no class explains (a wrong rule, a new kind of wrong fact)."""
    out = set()
    for w in wrong:
        hits = [str(c["klasse"]) for c in classes if re.search(c["muster"], w)]
        out.update(hits or [" ".join(w.split()[:2])])
    return out


def shrink(job: Job, folder: Path) -> Job:
    """The plainest choices (one at a time back to the plainest) that still fail in the same
    way (the same classes and the same unexplained messages)."""
    classes = known_classes()
    wanted = signature(run([job], folder / job.stem)[job], classes)
    current = job
    changed = True
    while changed:
        changed = False
        for simpler in current.choices.plainer():
            candidate = Job(current.seed, simpler)
            if wanted <= signature(run([candidate], folder / candidate.stem)[candidate],
                                   classes):
                current, changed = candidate, True
                break
    return current


def coverage(todo: list[Job]) -> dict[str, Counter]:
    return {name: Counter(getattr(j.choices, name) for j in todo)
            for name in ("producer", "layout", "share", "amount", "date", "datum_form", "name",
                         "anbindung", "overhead")}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--anzahl", type=int, default=200)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--ohne-schrumpfen", action="store_true")
    parser.add_argument("--nur", action="append", default=[], metavar="WAHL=WERT[,WERT]",
                        help="nur Fälle mit diesen gezogenen Schreibweisen, etwa "
                             "anbindung=kontrollkaestchen,amt_abteilung (mehrfach: alle)")
    parser.add_argument("--wahl", action="append", default=[], metavar="FELD=WERT,WERT",
                        help="diese Schreibweisen oder Layouts erzwingen, z. B. "
                             "--wahl layout=postenliste,zuwendung_je_jahr --wahl amount=teur")
    parser.add_argument("--schreibweise", action="append", choices=[*SHARE_STYLES, "personal"],
                        help="nur diese Schreibweisen der Stellenanteile (mehrfach); "
                             "„personal“: die der Klassen 1–3 von issue 19")
    args = parser.parse_args()
    only = {k: set(v.split(",")) for k, _, v in (n.partition("=") for n in args.nur)}
    shares = tuple(s for name in args.schreibweise or ()
                   for s in (STAFF_STYLES if name == "personal" else (name,)))
    todo = restrict(jobs(args.anzahl, args.start, only, shares),
                    dict(w.split("=", 1) for w in args.wahl))
    with tempfile.TemporaryDirectory(prefix="kimdocs-generator-") as tmp:
        results = run(todo, Path(tmp))
        failed = {j: w for j, w in results.items() if w}
        classes = known_classes()
        new = {j: w for j, w in failed.items() if explain(w, classes) is None}
        print(f"{len(todo)} Dokumente, {len(failed)} mit falschem Fakt oder Urteil, davon "
              f"{len(new)} keiner bekannten Klasse (tests/generator/bekannt.yaml)")
        by_class = Counter(k for w in failed.values() for k in (explain(w, classes) or ()))
        print("  bekannte Klassen: " + (", ".join(f"{k}: {v}" for k, v in sorted(
            by_class.items(), key=str)) or "keine"))
        for name, counts in coverage(todo).items():
            print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for job, wrong in new.items():
            small = job if args.ohne_schrumpfen else shrink(job, Path(tmp) / "schrumpfen")
            print(f"- seed: {small.seed}\n  choices: {asdict(small.choices)}")
            for w in wrong:
                print(f"  # {w}")
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
