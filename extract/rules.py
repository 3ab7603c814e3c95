"""Named extraction rules, each of which can be switched off.

Every rule that decides a quote, a speaker or an actor registers its name here
and asks ``on(NAME)`` where it applies; ``disabled(NAME)`` switches it off for a
block of code. That is what the ablation test (``tests/test_rules.py``) uses to
prove each rule is guarded: with any one rule off, at least one extraction test
must fail. A rule no test notices is a rule nobody can safely change.

``on`` is a set lookup, cheap enough to ask once per candidate token. ``consulted()`` records
which rules were asked about in a block: a rule never asked about there cannot change what the
block does, whether it is on or off.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

RULES: dict[str, str] = {}  # name -> what the rule does, in one line
_OFF: set[str] = set()


def rule(name: str, what: str) -> str:
    """Register a rule; returns its name, to be kept in a module constant."""
    if name in RULES and RULES[name] != what:
        raise ValueError(f"rule `{name}` registered twice")
    RULES[name] = what
    return name


def on(name: str) -> bool:
    return name not in _OFF


class _Recording(set):
    """The switched-off set, noting every rule asked about."""

    def __init__(self, off: set[str], seen: set[str]):
        super().__init__(off)
        self.seen = seen

    def __contains__(self, name: object) -> bool:
        self.seen.add(name)  # type: ignore[arg-type]
        return set.__contains__(self, name)


@contextmanager
def consulted() -> Iterator[set[str]]:
    """The names of the rules ``on`` is asked about inside the block (none switched off meanwhile)."""
    global _OFF
    seen: set[str] = set()
    before = _OFF
    _OFF = _Recording(before, seen)
    try:
        yield seen
    finally:
        _OFF = before


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise KeyError(f"no such rule: {', '.join(unknown)}")
    before = set(_OFF)
    _OFF.update(names)
    try:
        yield
    finally:
        _OFF.clear()
        _OFF.update(before)
