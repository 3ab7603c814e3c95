"""Roles an article states of a pronoun: `He is a professor at Halden University.`

A person is often named with a nationality or nothing at all, and what they
are is said in the next sentence, of `he` or `she`. Once the pronoun is
resolved to the person it stands for, the body named there is theirs, unless
the article already named one (a country a nationality gave does not count).
"""

from __future__ import annotations

from .actors import PERSON, title_and_affiliation
from .rules import on, rule

PRONOUN_ROLE = rule("role-stated-of-a-pronoun", "`Canadian scientist NAME won. He is a professor at Halden "
                    "University.`: a copula's role and body stated of a pronoun are the person's it stands for")


def pronoun_roles(docs, resolver, registry, lang) -> None:
    """Give each person the body a role stated of a pronoun standing for them names."""
    if not on(PRONOUN_ROLE):
        return
    d = lang.dep
    for k, doc in enumerate(docs):
        for tok in doc:
            if tok.dep_ != d.nsubj or tok.lower_ not in lang.person_pronouns or tok.head.lemma_ != lang.copula:
                continue
            title, aff = title_and_affiliation(doc[tok.i: tok.i + 1], tok.i, lang)
            if not title or not aff or lang.country_of(aff):
                continue
            actor = registry.actors.get(resolver.resolve(doc, k + 1, tok.i) or "")
            if actor is None or actor.type != PERSON:
                continue
            national = actor.title and set(actor.title.lower().split()) & lang.national_offices
            if not actor.affiliation or lang.country_of(actor.affiliation) and not national:
                actor.affiliation = aff
                actor.title = actor.title or title
