"""Every named extraction rule is guarded: with it switched off, some extraction test fails.

The extraction tests run in this process, one rule off at a time, against the model already
loaded; a rule's run stops at its first failing test, so the whole check takes seconds a rule.
"""

from __future__ import annotations

import inspect

import pytest

import test_extraction
from extract import rules as R


def _unit_tests():
    """The extraction tests that take only ``facts_of`` and are expected to pass."""
    out = []
    for name, fn in inspect.getmembers(test_extraction, inspect.isfunction):
        if not name.startswith("test_") or set(inspect.signature(fn).parameters) != {"facts_of"}:
            continue
        if any(m.name in ("xfail", "skip") for m in getattr(fn, "pytestmark", [])):
            continue
        out.append(fn)
    return out


def _first_failure(tests, facts_of) -> str | None:
    for fn in tests:
        try:
            fn(facts_of)
        except Exception:  # an assertion, or a lookup the wrong output breaks
            return fn.__name__
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


@pytest.mark.slow
def test_each_rule_is_guarded_by_a_test(facts_of):
    tests = _unit_tests()
    assert _first_failure(tests, facts_of) is None, "an extraction test fails with every rule on"
    unguarded = []
    for name in sorted(R.RULES):
        with R.disabled(name):
            if _first_failure(tests, facts_of) is None:
                unguarded.append(name)
    assert not unguarded, f"switching these rules off fails no test: {unguarded}"
