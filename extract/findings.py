"""What extraction finds in one article, or why it found nothing."""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.errors import DossierError


@dataclass
class Findings:
    """The actors and quotes of one article (dicts with the keys and ids a fact file holds) and the
    model that read it; or, for an article the model could not process, the error saying so."""

    actors: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    model: str = "unknown"
    model_version: str = "unknown"
    error: DossierError | None = None
