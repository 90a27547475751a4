"""Issue 19: documents with known facts, written in many notations, layouts and producers
(tests/generator/), read back by the fact layer and judged by the rules.

The property: each fact is recovered or marked unclear, never a wrong value; the verdict is
never a Fehler on a correct case nor *erfüllt* on a violated rule. Misreadings known today
are listed by class in tests/generator/bekannt.yaml (each with its smallest example); any
other wrong fact fails here. A long run: `python tests/generator/lauf.py --anzahl 2000`, or
KIMDOCS_GENERATOR_N=2000 for this test.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generator.fall import draw
from generator.lauf import HERE, Job, coverage, explain, jobs, known_classes, run
from generator.schreiben import PRODUCERS, Choices

COUNT = int(os.environ.get("KIMDOCS_GENERATOR_N", "200"))


def _job(entry: dict) -> Job:
    entry = dict(entry)
    return Job(entry.pop("seed"), Choices(**entry))


def test_cases_are_the_same_on_any_day_and_cover_both_verdicts():
    assert draw(7) == draw(7)
    cases = [draw(seed) for seed in range(COUNT)]
    assert any(c.correct for c in cases) and any(not c.correct for c in cases)
    violated = {code for c in cases for code, v in c.expected.items() if v == "verletzt"}
    assert violated == {"KIM-101", "KIM-102", "KIM-103", "KIM-104", "KIM-105", "KIM-106",
                        "KIM-107", "KIM-111"}


def test_generated_documents_never_give_an_unknown_wrong_fact(tmp_path):
    todo = jobs(COUNT)
    covered = coverage(todo)
    assert set(covered["producer"]) == set(PRODUCERS)  # every producer writes in this run
    results = run(todo, tmp_path)
    classes = known_classes()
    new = {f"Fall {j.seed} {j.choices}": w for j, w in results.items()
           if w and explain(w, classes) is None}
    assert new == {}, ("falsche Fakten keiner bekannten Klasse (mit `python "
                       "tests/generator/lauf.py` schrumpfen und aufnehmen): "
                       + "; ".join(f"{k}: {v}" for k, v in new.items()))


@pytest.mark.parametrize("klasse", known_classes() or [None],
                         ids=lambda c: f"klasse-{c['klasse']}" if c else "keine")
def test_known_misreadings_still_occur_on_their_examples(klasse, tmp_path):
    """An example that is read right now means the class is fixed: move its examples to
    regressionen.yaml and delete the class from bekannt.yaml. (No class known: the file says
    so with an empty list, and every example is a regression.)"""
    if klasse is None:
        assert yaml.safe_load((HERE / "bekannt.yaml").read_text(encoding="utf-8")) == []
        return
    examples = [_job(e) for e in klasse["beispiele"]]
    results = run(examples, tmp_path)
    for job in examples:
        found = explain(results[job], known_classes())
        assert found is not None and klasse["klasse"] in found, (job, results[job])


def test_fixed_misreadings_stay_fixed(tmp_path):
    entries = yaml.safe_load((HERE / "regressionen.yaml").read_text(encoding="utf-8")) or []
    examples = [_job(e) for e in entries]
    results = run(examples, tmp_path) if examples else {}
    assert {j: w for j, w in results.items() if w} == {}
