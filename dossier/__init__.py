"""dossier: reproducible briefing memos from news articles."""

__version__ = "0.1.0"
