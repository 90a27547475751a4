"""Before and after the restructuring (issue 17), in the same run: reading and the rules on
the generated 10-, 100- and 300-page Jahresbericht (as in bench_check.py), measured in fresh
processes that alternate between the two trees, least CPU time of each.

    python bench/bench_umbau.py [--vorher REV] [--runden 5]

`--vorher` is the git revision before the restructuring (default e27f5aa); it is checked out
into a temporary worktree. The tree of this checkout is "nachher". Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

# runs in a fresh interpreter with one tree first on sys.path; old and new module paths
MEASURE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from kimdocs.readers import read_document_unsandboxed
try:
    from kimdocs.check import check_document
except ImportError:
    from kimdocs.checker import check_document
import kimdocs
assert kimdocs.__file__.startswith(sys.argv[1]), kimdocs.__file__
richtlinie = kimdocs.load_guideline("kim-rlp-2025")

def least(func, runs):
    func()
    best = None
    for _ in range(runs):
        t = time.process_time()
        result = func()
        d = time.process_time() - t
        best = d if best is None else min(best, d)
    return best, result

def fresh(document):
    for name, module in list(sys.modules.items()):
        if name.startswith("kimdocs"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()
    return check_document(document, richtlinie=richtlinie)

out = {}
for pdf in sys.argv[2:]:
    runs = 3 if "300" in pdf else 5
    read, document = least(lambda: read_document_unsandboxed(pdf), runs)
    rules, report = least(lambda: fresh(document), runs * 3)
    out[pdf] = {"lesen": read, "regeln": rules, "urteil": report.urteil,
                "befunde": sorted((b.code, b.status) for b in report.ergebnisse)}
print(json.dumps(out))
"""


def main() -> None:
    from bench_check import SIZES, report
    from dokumente import to_pdf, write_docx

    parser = argparse.ArgumentParser()
    parser.add_argument("--vorher", default="e27f5aa")
    parser.add_argument("--runden", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kimdocs-umbau-") as tmp:
        tmp = Path(tmp)
        before = tmp / "vorher"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(before),
                        args.vorher], check=True, capture_output=True)
        try:
            pdfs = {size: to_pdf([write_docx(report(size), tmp / f"bericht-{size}.docx")],
                                 tmp)[0] for size in SIZES}
            best: dict[str, dict[int, dict]] = {"vorher": {}, "nachher": {}}
            for _ in range(args.runden):  # alternate, so both see the same machine
                for name, tree in (("vorher", before), ("nachher", ROOT)):
                    done = subprocess.run(
                        [sys.executable, "-c", MEASURE, str(tree), *map(str, pdfs.values())],
                        capture_output=True, text=True, check=True)
                    result = json.loads(done.stdout)
                    for size, pdf in pdfs.items():
                        got = result[str(pdf)]
                        old = best[name].get(size)
                        if old is None:
                            best[name][size] = got
                        else:
                            old["lesen"] = min(old["lesen"], got["lesen"])
                            old["regeln"] = min(old["regeln"], got["regeln"])
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(before)], check=False, capture_output=True)
    print(f"Runden: {args.runden} (abwechselnd), kleinste CPU-Zeit je Baum\n")
    print("| Seiten | Lesen vorher | Lesen nachher | Regeln vorher | Regeln nachher | "
          "Regeln/Lesen nachher | gleiche Befunde |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for size in SIZES:
        b, a = best["vorher"][size], best["nachher"][size]
        same = "ja" if (b["urteil"], b["befunde"]) == (a["urteil"], a["befunde"]) else "NEIN"
        print(f"| {size} | {b['lesen']:.3f} s | {a['lesen']:.3f} s | {b['regeln']:.3f} s | "
              f"{a['regeln']:.3f} s | {100 * a['regeln'] / a['lesen']:.0f} % | {same} |")


if __name__ == "__main__":
    main()
