"""The layers only point down: reading, extraction, facts, rendering, build decisions, command line.

Every module's imports are read from its source (the AST, so imports inside
functions count too) and held to the layering the README describes:

- reading (`dossier.errors`, `dossier.safeyaml`, `dossier.sources`, and
  `dossier.confine` which sources uses) imports no other dossier module above
  it and nothing from `extract`;
- extraction (`extract.*`) imports from `dossier` only the reading layer's
  `errors` and `sources`;
- facts (`dossier.facts`, `dossier.assemble`) never import rendering, the build
  or the command line; rendering (`dossier.render`, `dossier.pdf`) never the
  build or the command line; only `dossier.cli` itself and `dossier.__main__`
  import the command line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the reading layer; dossier.confine (paths kept inside the project's folders) is what sources reads with
READING = {"dossier.errors", "dossier.safeyaml", "dossier.sources", "dossier.confine"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    found = {}
    for pkg in ("dossier", "extract"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            found[module_name(path)] = path
    return found


def imports_of(name: str, path: Path) -> set[str]:
    """Every module a module imports, anywhere in it (inside functions too), as absolute names.
    ``from package import x`` is ``package.x`` where x is a module, else ``package`` itself."""
    known = modules()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module
            for alias in node.names:
                out.add(f"{prefix}.{alias.name}" if f"{prefix}.{alias.name}" in known else prefix)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) \
                in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            out.add(str(node.args[0].value))  # importlib.import_module("dossier.build")
    return out


def ours(imported: set[str]) -> set[str]:
    """The dossier and extract modules among imported names."""
    known = modules()
    out = set()
    for name in imported:
        while name and name not in known:
            name = name.rpartition(".")[0]
        if name:
            out.add(name)
    return out


GRAPH = {name: ours(imports_of(name, path)) - {name} for name, path in modules().items()}


def test_the_scan_sees_the_imports():
    assert "dossier.errors" in GRAPH["dossier.sources"]
    assert "dossier.sources" in GRAPH["extract.runner"]
    assert "extract.runner" in GRAPH["dossier.build"]  # imported inside a function
    assert "extract" in GRAPH["dossier.facts"]
    assert "extract.lang" in GRAPH["extract.runner"]


def test_a_back_edge_would_be_caught(tmp_path):
    fake = tmp_path / "m.py"
    fake.write_text("def f():\n    from dossier import build, __version__\n    from ..facts import x\n"
                    "    import dossier.render\n")
    got = ours(imports_of("extract.actors.m", fake))
    assert got == {"dossier.build", "dossier", "extract", "dossier.render"}


@pytest.mark.parametrize("name", sorted(n for n in GRAPH if n in READING))
def test_reading_imports_nothing_above_it(name):
    assert GRAPH[name] <= READING, GRAPH[name]


@pytest.mark.parametrize("name", sorted(n for n in GRAPH if n.split(".")[0] == "extract"))
def test_extraction_reads_only_the_reading_layer(name):
    from_dossier = {m for m in GRAPH[name] if m.split(".")[0] == "dossier"}
    assert from_dossier <= {"dossier.errors", "dossier.sources"}, (name, from_dossier)


@pytest.mark.parametrize("name", ["dossier.facts", "dossier.assemble"])
def test_facts_never_import_rendering_or_the_build(name):
    assert GRAPH[name] & {"dossier.render", "dossier.pdf", "dossier.build", "dossier.cli"} == set()


@pytest.mark.parametrize("name", ["dossier.render", "dossier.pdf"])
def test_rendering_never_imports_the_build(name):
    assert GRAPH[name] & {"dossier.build", "dossier.cli"} == set()


def test_only_the_entry_points_import_the_command_line():
    importers = {n for n, deps in GRAPH.items() if "dossier.cli" in deps}
    assert importers <= {"dossier.__main__"}, importers


def _vocabulary(lang) -> set[str]:
    words: set[str] = set()
    for value in vars(lang).values():
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, (frozenset, set, tuple, list, dict)):
            words.update(v for v in value if isinstance(v, str))
        elif hasattr(value, "__dict__") and not callable(value):  # a namespace of labels
            for v in vars(value).values():
                words.update([v] if isinstance(v, str) else [x for x in v if isinstance(x, str)])
    return words


def test_rule_modules_hold_no_words_or_labels_of_their_own():
    """Every word and label the rules compare tokens with comes from extract/lang/: none is written
    in a rule module (parts of speech, the same in every language, may be)."""
    from extract.lang import get_language

    vocabulary = _vocabulary(get_language("en"))
    assert {"say", "the", "nsubj", "PERSON", "according"} <= vocabulary
    found = []
    for name, path in modules().items():
        if not name.startswith("extract") or name.startswith("extract.lang"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):  # `t.lower_ in ("the", "a")`, `t.dep_ == "appos"`
                continue
            for operand in [node.left, *node.comparators]:
                items = operand.elts if isinstance(operand, (ast.Tuple, ast.List, ast.Set)) else [operand]
                for item in items:
                    if isinstance(item, ast.Constant) and item.value in vocabulary:
                        found.append(f"{name}:{node.lineno}: {item.value!r}")
    assert not found, "\n".join(found)
