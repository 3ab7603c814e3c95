"""Fact extraction: actors and attributed quotes from parsed news articles.

The extraction stage reads articles (``dossier.sources``) and returns findings
(``extract.findings.Findings``): it knows nothing of fact files, which
``dossier.assemble`` makes from findings. Importing this package loads nothing
heavy; spaCy is imported when a model is loaded.
"""

# Bump when a rule change can change a fact file: fact files record it, and a
# changed version is what makes `make report` re-extract them.
EXTRACTOR_VERSION = 13

# Joins the parts of a quote interrupted by its attribution: `"A," she said. "B."` is "A, ... B."
SPLIT = " ... "
