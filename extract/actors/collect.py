"""Collect the actors of one article from its parsed paragraphs, and list them for the findings.

Every named actor is registered before any quote is attributed, so that a
surname in paragraph 2 finds the full name from paragraph 9.
"""

from __future__ import annotations

import bisect

from ..docs import entities, sentence_of, text_of, tokens_between
from .names import clean_name, entity_type
from .registry import COUNTRY, ORG, PERSON, PLACE, UNNAMED, Mention, Registry
from .roles import country_in_sentence, national_affiliations, person_gender, title_and_affiliation

_TYPE_ORDER = {PERSON: 0, UNNAMED: 1, ORG: 2, COUNTRY: 3, PLACE: 4}


def _within(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the quotations whose starts (in order) and furthest
    end so far (``reach``) are given."""
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and end <= reach[k]


def collect_actors(registry: Registry, docs, quoted, lang) -> list[Mention]:
    """Register every named actor and return their mentions in text order."""
    d = lang.dep
    people: list[tuple[str, tuple[int, int]]] = []
    bodies: list[tuple[str, str, tuple[int, int]]] = []
    spans = []
    for k, doc in enumerate(docs):
        text = text_of(doc)
        short_quotes = [q for q in quoted[k] if len(text[q.start:q.end].split()) <= 4]
        quote_starts = [q.start for q in short_quotes]
        reach = [max(q.end for q in short_quotes[:1])] if short_quotes else []
        for q in short_quotes[1:]:
            reach.append(max(reach[-1], q.end))
        for ent in entities(doc):
            name, toks = clean_name(ent, lang)
            if not name:
                continue
            if _within(quote_starts, reach, ent.start_char, ent.end_char):
                continue  # `"Witch Hunt garbage"`: a phrase in quotation marks, not an actor
            kind = entity_type(ent, name, toks, lang)
            if kind is None:
                continue
            where = (k + 1, ent.start)
            if kind == PERSON:
                people.append((name, where))
            else:
                bodies.append((name, kind, where))
            spans.append((k, ent, name, toks, kind))
    # "Halvorsen told reporters" after "Halvorsen Motor Company announced": the company, not a person
    firsts = {n.split()[0] for n, kind, _ in bodies
              if kind == ORG and len(n.split()) > 1 and n.split()[-1].lower().rstrip(".") in lang.corporate_suffixes}
    bodies += [(n, ORG, w) for n, w in people if n in firsts]
    people = [(n, w) for n, w in people if n not in firsts]
    registry.add_people(people)
    for name, kind, where in bodies:
        known = registry.lookup(name)
        if known is not None:
            registry.alias(known, name)
            continue
        registry.add_body(name, kind, where)

    mentions = []
    covered: set[tuple[int, int]] = set()
    for k, ent, name, toks, _kind in spans:
        actor = registry.lookup(name)
        if actor is None:
            continue
        doc = docs[k]
        sent = sentence_of(doc)[ent.root.i]
        subject = ent.root.dep_ in d.subjects or (
            ent.root.dep_ in d.subject_or_apposed and ent.root.head.dep_ in d.subjects)
        mentions.append(Mention(actor.id, k + 1, sent, ent.end - 1, subject))
        covered.update((k, i) for i in range(ent.start, ent.end))
        actor.paragraphs.add(k + 1)
        if actor.type == PERSON:
            gender = person_gender(ent, lang)
            if gender and not actor.gender:
                actor.gender = gender
            if toks:
                title, aff = title_and_affiliation(ent, toks[0].i, lang)
                if title and not aff:
                    aff = country_in_sentence(ent, lang)
                if title and not actor.title:
                    actor.title = title
                if aff and not actor.affiliation and aff != actor.name:
                    actor.affiliation = aff
    # names the model did not tag: "Zhao also noted", "ABS-CBN's franchise"
    for k, doc in enumerate(docs):
        for start, end, actor in registry.find_names(text_of(doc)):
            toks = [doc[i] for i in tokens_between(doc, start, end)]
            if not toks or any((k, t.i) in covered for t in toks):
                continue
            last = toks[-1]
            if len(toks) == 1 and (last.pos_ != "PROPN" or not (last.is_title or last.is_upper)):
                continue
            if actor.type == PERSON:
                registry.alias(actor, text_of(doc)[start:end])
            subject = any(t.dep_ in d.subjects for t in toks)
            mentions.append(Mention(actor.id, k + 1, sentence_of(doc)[last.i], last.i, subject))
            covered.update((k, t.i) for t in toks)
            actor.paragraphs.add(k + 1)
    mentions.sort(key=lambda m: (m.para, m.tok))
    national_affiliations(registry, mentions, lang)
    return mentions


def actors_out(registry: Registry, quotes: list[dict]) -> list[dict]:
    """The actors as the findings list them: people first, then by first mention."""
    quoted = {q["speaker"] for q in quotes if q["speaker"]}
    out = []
    actors = sorted(registry.actors.values(), key=lambda a: (_TYPE_ORDER.get(a.type, 9), a.first_seen))
    for a in actors:
        if a.type == UNNAMED and a.id not in quoted:
            continue
        out.append(actor_dict(a))
    return out


def actor_dict(a) -> dict:
    d = {"id": a.id, "name": a.name, "type": a.type}
    if a.title:
        d["title"] = a.title
    if a.affiliation:
        d["affiliation"] = a.affiliation
    d["aliases"] = sorted(a.aliases)
    d["paragraphs"] = sorted(a.paragraphs)
    return d
