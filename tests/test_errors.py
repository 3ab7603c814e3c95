"""One registry of error codes: every code the code raises is in it, and the README's table is made from it."""

import pickle
import re
from pathlib import Path

import pytest

from dossier.errors import CODES, DossierError, table

ROOT = Path(__file__).resolve().parent.parent
CODE_LITERAL = re.compile(r"""["']([EW]\d{3})["']""")


def raised_codes() -> set[str]:
    found = set()
    for pkg in ("dossier", "extract"):
        for path in (ROOT / pkg).rglob("*.py"):
            if path.name == "errors.py":
                continue
            found |= set(CODE_LITERAL.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_the_code_uses_is_registered():
    used = raised_codes()
    assert used, "no error code found in the sources: the scan is broken"
    assert used <= set(CODES), sorted(used - set(CODES))


def test_readme_table_is_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table() in readme, "regenerate the README's table with `python -m dossier.errors`"


def test_unregistered_code_is_refused():
    with pytest.raises(ValueError):
        DossierError("E777", "x", 1, "m", "h")


def test_error_survives_pickling_with_its_location():
    e = DossierError("E209", "reports/a.yaml", 12, "quote q is not verbatim", "copy the words")
    back = pickle.loads(pickle.dumps(e))
    assert (back.code, back.path, back.line, str(back)) == ("E209", "reports/a.yaml", 12, str(e))


def test_one_line_whatever_the_message():
    e = DossierError("E209", "reports/a\nb.yaml", 3, "word " * 100_000, "fix\nit")
    text = str(e)
    assert "\n" not in text
    assert len(text) < 700
    assert text.startswith("reports/a\\nb.yaml:3: [E209] ")


def test_every_registered_code_is_raised_somewhere():
    """The README's table lists only codes a user can actually get."""
    in_registry = (ROOT / "dossier" / "errors.py").read_text(encoding="utf-8")  # os_error raises E501, E502
    unused = set(CODES) - raised_codes() - set(re.findall(r'DossierError\(\s*"([EW]\d{3})"', in_registry))
    assert not unused, f"registered but never raised (remove them, or raise them): {sorted(unused)}"
