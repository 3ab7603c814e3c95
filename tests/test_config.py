"""A project's dossier.yaml: read, validated with located errors, overridden from the command line."""

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.config import CONFIG_NAME, DEFAULT_MODEL, find_root, load_config
from dossier.errors import DossierError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path, text):
    (tmp_path / CONFIG_NAME).write_text(text, encoding="utf-8")
    return tmp_path


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.delenv("DOSSIER_MODEL", raising=False)
    cfg = load_config(tmp_path)
    assert (cfg.seeds_dir, cfg.reports_dir, cfg.model, cfg.formats) == (
        tmp_path.resolve() / "seeds", tmp_path.resolve() / "reports", DEFAULT_MODEL, ("html", "pdf"))


def test_file_values_are_relative_to_the_project(tmp_path, monkeypatch):
    monkeypatch.delenv("DOSSIER_MODEL", raising=False)
    write(tmp_path, "seeds: articles\nreports: out/facts\nformats: [html]\nmodel: my_model\njobs: 2\n")
    (tmp_path / "sub").mkdir()
    cfg = load_config(tmp_path / "sub")  # found from a subfolder, as git finds its repository
    assert cfg.root == tmp_path.resolve()
    assert cfg.seeds_dir == tmp_path.resolve() / "articles"
    assert cfg.reports_dir == tmp_path.resolve() / "out" / "facts"
    assert (cfg.formats, cfg.model, cfg.jobs) == (("html",), "my_model", 2)


def test_precedence_command_line_then_environment_then_file(tmp_path, monkeypatch):
    write(tmp_path, "model: from_file\nformats: [pdf]\n")
    monkeypatch.setenv("DOSSIER_MODEL", "from_env")
    cfg = load_config(tmp_path)
    assert cfg.model == "from_env"
    cfg = cfg.with_overrides(model="from_flag", formats="html", seeds=None)
    assert (cfg.model, cfg.formats, cfg.seeds) == ("from_flag", ("html",), Path("seeds"))


@pytest.mark.parametrize("text, line, words", [
    ("seeds: seeds\nreport: out\n", 2, "unknown key `report`"),
    ("formats: [html, docx]\n", 1, "unknown format `docx`"),
    ("formats: []\n", 1, "no format given"),
    ("strict: yes please\n", 1, "`strict` must be true or false"),
    ("jobs: 0\n", 1, "jobs must be"),
    ("jobs: true\n", 1, "jobs must be"),
    ("\nseeds: [a, b]\n", 2, "`seeds` must be a folder"),
    ("- seeds\n", 1, "not a mapping"),
])
def test_mistakes_are_located(tmp_path, text, line, words):
    write(tmp_path, text)
    with pytest.raises(DossierError) as e:
        load_config(tmp_path)
    assert e.value.code == "E403" and e.value.line == line and words in e.value.message
    assert e.value.path == str(tmp_path.resolve() / CONFIG_NAME)


def test_yaml_syntax_error_is_located(tmp_path):
    write(tmp_path, "seeds: seeds\nformats: [html\n")
    with pytest.raises(DossierError) as e:
        load_config(tmp_path)
    assert e.value.code == "E202" and e.value.line is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_any_text_is_a_config_or_one_located_error(tmp_path, text):
    (tmp_path / CONFIG_NAME).write_text(text, encoding="utf-8")
    try:
        load_config(tmp_path)
    except DossierError as e:
        assert e.code in ("E202", "E403") and "\n" not in str(e)


def test_cli_reports_a_bad_config_in_one_line(tmp_path):
    write(tmp_path, "formats: [html, docx]\n")
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "report", "-C", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        f"{tmp_path.resolve() / CONFIG_NAME}:1: [E403] unknown format `docx`; use html, pdf or both (html,pdf)"]


def test_find_root_stops_at_the_first_config(tmp_path):
    write(tmp_path, "")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_root(deep) == tmp_path.resolve()


def test_lines_are_counted_as_an_editor_counts_them(tmp_path):
    """YAML breaks lines at NEL and U+2028 too; an editor does not, and neither does the located line."""
    write(tmp_path, "model: 'a\x85b\u2028c'\nseeds: seeds\nbogus: 1\n")
    with pytest.raises(DossierError) as e:
        load_config(tmp_path)
    assert e.value.line == 3
