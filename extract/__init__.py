"""Fact extraction: actors and attributed quotes from parsed news articles.

Importing this package loads nothing heavy; spaCy is imported when a model is loaded.
"""

# Bump when a rule change can change a fact file: fact files record it, and a
# changed version is what makes `make report` re-extract them.
EXTRACTOR_VERSION = 11
