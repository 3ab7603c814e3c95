"""Actors of one article: who is named, under which fullest name, with what title.

- ``registry``: the actors and every name they go by, name matching;
- ``names``: an entity's name and actor type, corrected by its context;
- ``roles``: titles, affiliations and gender written beside a name;
- ``collect``: the actors of an article, collected from its parsed paragraphs.
"""

from .collect import actors_out, collect_actors
from .names import clean_name, entity_type
from .registry import COUNTRY, DOCUMENT, ORG, PERSON, PLACE, UNNAMED, Actor, Mention, Registry, is_company
from .roles import title_and_affiliation

__all__ = ["COUNTRY", "DOCUMENT", "ORG", "PERSON", "PLACE", "UNNAMED", "Actor", "Mention", "Registry",
           "actors_out", "clean_name", "collect_actors", "entity_type", "is_company", "title_and_affiliation"]
