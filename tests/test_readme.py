"""The README's Accuracy summary is what docs/accuracy.md's table gives (made by tools/accuracy_summary.py)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("accuracy_summary", ROOT / "tools" / "accuracy_summary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_accuracy_is_the_docs_table_summarised():
    tool = _tool()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    assert tool.section(docs) in readme, "regenerate the README's Accuracy section: python tools/accuracy_summary.py"


def test_the_summary_follows_the_table():
    # a made-up newest set, first seen and now, must show in the summary and in the count of sets meeting targets
    tool = _tool()
    docs = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    first = " set of 15 invented articles, first seen (v"
    assert first in docs
    newest = ("| a ninety-ninth set of 15 invented articles, first seen (v999) | 0.99 | 0.99 | **0.99** | 0.99 | "
              "0.99 | 0 | 0 | 0.99 |\n")
    now = "| the ninety-ninth set of 15, now | 0.98 | 0.98 | **0.98** | 0.98 | 0.98 | 0 | 0 | 0.98 |\n"
    lines = docs.splitlines(keepends=True)
    at = max(k for k, line in enumerate(lines) if line.startswith("| a") and first in line) + 1
    lines.insert(at, newest)
    last_now = max(k for k, line in enumerate(lines) if line.startswith("| the ") and " set of 15, now |" in line)
    lines.insert(last_now + 1, now)
    summary = tool.section("".join(lines))
    assert "| the newest (ninety-ninth) set of 15, first seen (v999) | 0.99 | 0.99 | **0.99** |" in summary
    assert "| the ninety-ninth set, now | 0.98 |" in summary
    assert "affiliation on 1" in summary.replace("\n", " ")
