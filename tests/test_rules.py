"""Every named extraction rule is guarded: with it switched off, some extraction test fails.

The extraction tests run in this process, one rule off at a time, against the model already
loaded. A rule off changes nothing where it is never asked about, so each rule is tried only on
the tests that ask about it (recorded in one run with every rule on), and its run stops at its
first failing test. The rules are shared out among processes forked from this one, one a core.
"""

from __future__ import annotations

import inspect
import multiprocessing as mp
import os
import tempfile
from pathlib import Path

import pytest
import test_extraction
from conftest import facts_maker

from extract import rules as R

FIXTURES = ({"facts_of"}, {"nlp"}, set())  # what an extraction test may take besides its parameters: one of these


def _unit_tests():
    """Every case of the extraction tests that take only ``facts_of``, only ``nlp`` (a parse written out, when
    the model reads a sentence so only at times) or nothing (a rule's function given its input by hand), and their
    parameters, and are expected to pass, as (name, function, keyword arguments)."""
    out = []
    for name, fn in inspect.getmembers(test_extraction, inspect.isfunction):
        if not name.startswith("test_"):
            continue
        marks = getattr(fn, "pytestmark", [])
        if any(m.name in ("xfail", "skip") for m in marks):
            continue
        cases = [{}]
        for m in marks:
            if m.name != "parametrize":
                continue
            names, values = m.args[0], m.args[1]
            names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
            expanded = []
            for v in values:
                if hasattr(v, "values"):  # pytest.param(...)
                    if any(mk.name in ("xfail", "skip") for mk in v.marks):
                        continue
                    v = v.values
                v = v if len(names) > 1 else (v,)
                expanded += [{**case, **dict(zip(names, v))} for case in cases]
            cases = expanded
        params = set(inspect.signature(fn).parameters)
        out += [(name, fn, case) for case in cases if params - set(case) in FIXTURES]
    return out


def _first_failure(tests, facts_of, nlp) -> str | None:
    fixtures = {"facts_of": facts_of, "nlp": nlp}
    for name, fn, kwargs in tests:
        needed = set(inspect.signature(fn).parameters) - set(kwargs)
        try:
            fn(**{k: fixtures[k] for k in needed}, **kwargs)
        except Exception:  # an assertion, or a lookup the wrong output breaks
            return f"{name}{kwargs or ''}"
    return None


def test_every_rule_is_registered_once():
    import extract.article  # noqa: F401  (importing the rules registers them)

    assert R.RULES, "no rule registered"
    assert all(what for what in R.RULES.values())


def test_disabling_a_rule_is_scoped():
    name = next(iter(R.RULES))
    with R.disabled(name):
        assert not R.on(name)
    assert R.on(name)


_TRIAL: dict = {}  # what the forked processes need: the tests, what each asks about, the model


def _unguarded(names: list[str]) -> list[str]:
    """Those of the rules ``names`` with which switched off every test that asks about them passes."""
    tests, asked = _TRIAL["tests"], _TRIAL["asked"]
    out = []
    with tempfile.TemporaryDirectory() as directory:
        facts_of = facts_maker(_TRIAL["nlp"], Path(directory))  # each process writes its own article
        for name in names:
            relevant = [test for test, seen in zip(tests, asked) if name in seen]
            with R.disabled(name):
                if _first_failure(relevant, facts_of, _TRIAL["nlp"]) is None:
                    out.append(name)
    return out


@pytest.mark.slow
def test_each_rule_is_guarded_by_a_test(nlp, facts_of):
    tests = _unit_tests()
    asked = []
    for test in tests:
        with R.consulted() as seen:
            failing = _first_failure([test], facts_of, nlp)
        assert failing is None, f"{failing} fails with every rule on"
        asked.append(seen)
    _TRIAL.update(tests=tests, asked=asked, nlp=nlp)
    names = sorted(R.RULES)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cores > 1 and "fork" in mp.get_all_start_methods():
        with mp.get_context("fork").Pool(cores) as pool:
            unguarded = sum(pool.map(_unguarded, [names[i::cores] for i in range(cores)]), [])
    else:
        unguarded = _unguarded(names)
    assert not unguarded, f"switching these rules off fails no test: {sorted(unguarded)}"


def test_a_rule_asked_about_is_recorded_and_one_off_is_still_off():
    import extract.article  # noqa: F401

    name, other = sorted(R.RULES)[:2]
    with R.disabled(name), R.consulted() as seen:
        assert not R.on(name)
        assert R.on(other)
    assert seen == {name, other}
    assert R.on(name)
