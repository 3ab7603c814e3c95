"""Turn one article's parsed paragraphs into its facts: actors and attributed quotes.

The order matters: actors first (every name of the article, so that a surname
in paragraph 2 finds the full name from paragraph 9), then quotations
paragraph by paragraph, then the decisions that need neighbouring paragraphs
(a quote interrupted by its attribution, quotations running over paragraphs,
block quotes signed on the next line, turn-taking), then speakers in text order.
"""

from __future__ import annotations

import hashlib
import re

from .actors import CORPORATE_SUFFIXES, COUNTRY, ORG, PERSON, PLACE, UNNAMED, Mention, Registry, clean_name, \
    entities, entity_type, person_gender, sentence_of, title_and_affiliation
from .lexicon import NATIONAL_OFFICES
from .marks import strip_runons
from .quotes import Finding, ParagraphQuotes
from .speakers import Resolver

_SIGNATURE = re.compile(r"^[–—-]\s*(\S.{0,80})$")
_TYPE_ORDER = {PERSON: 0, UNNAMED: 1, ORG: 2, COUNTRY: 3, PLACE: 4}


def quote_id(para: int, text: str) -> str:
    """A quote's identity is its words, not where they stand: the paragraph number is deliberately
    not part of it, so an inserted or moved paragraph leaves ids (and an editor's work on them) alone."""
    digest = hashlib.blake2s(" ".join(text.split()).lower().encode(), digest_size=4).hexdigest()
    return f"q-{digest}"


def extract_facts(paragraph_texts: list[str], docs: list) -> tuple[Registry, list[dict]]:
    """Actors and quotes of one article; ``docs`` are the parsed paragraphs, in order."""
    n = len(docs)
    first_seen: dict[str, int] = {}
    duplicate = [False] * n
    for k, text in enumerate(paragraph_texts):
        key = " ".join(text.split())
        duplicate[k] = key in first_seen
        first_seen.setdefault(key, k)

    quoted = strip_runons(paragraph_texts)
    registry = Registry()
    mentions = _collect_actors(registry, docs, quoted)
    findings: list[Finding] = []
    for k, doc in enumerate(docs):
        pq = ParagraphQuotes(doc, k + 1, quoted[k])
        if duplicate[k]:
            continue
        findings += _merge_split(pq.direct(), doc)
        findings += pq.reported()
    findings += _signed_blocks(paragraph_texts, docs, findings, duplicate)
    findings.sort(key=lambda f: (f.para, f.start))

    resolver = Resolver(registry, mentions)
    quotes = []
    last_direct: dict | None = None
    for f in findings:
        doc = docs[f.para - 1]
        speaker = None
        if f.how == "signed":
            sig = f.extra["signature"]
            speaker = (registry.lookup(sig) or registry.add_body(sig, ORG, (f.para, 0))).id
        elif f.how == "none":
            speaker = _turn_taking(f, doc, last_direct, paragraph_texts)
            if speaker is _DROP:
                continue
        else:
            speaker = resolver.resolve(doc, f.para, f.speaker_tok)
            if speaker and f.speaker_tok is not None:
                resolver.note(Mention(speaker, f.para, sentence_of(doc)[f.speaker_tok], f.speaker_tok, True))
        text = " ... ".join(paragraph_texts[f.para - 1][a:b].strip() for a, b in f.parts)
        q = {"id": quote_id(f.para, text), "kind": f.kind, "speaker": speaker, "text": text,
             "paragraph": f.para, "start": f.parts[0][0], "end": f.parts[-1][1],
             "cue": f.cue}
        if len(f.parts) > 1:
            q["parts"] = [[a, b] for a, b in f.parts]
        if f.kind == "direct":
            q["_runs_on"] = bool(f.quoted and f.quoted.runs_on)
            last_direct = q
        quotes.append(q)
    for q in quotes:
        q.pop("_runs_on", None)
        if q["speaker"]:
            registry.get(q["speaker"]).paragraphs.add(q["paragraph"])
    _dedupe_ids(quotes)
    return registry, quotes


_DROP = object()


def _turn_taking(f: Finding, doc, last: dict | None, texts: list[str]):
    """A quotation with no cue of its own: it continues the last speaker's turn, or is not a quote."""
    q = f.quoted
    inner = texts[f.para - 1][q.start:q.end]
    words = inner.split()
    continues = last is not None and (last["paragraph"] == f.para - 1 and last.get("_runs_on"))
    if continues:
        return last["speaker"]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc if q.start <= t.idx < q.end)
    whole_sentence = q.open_at == 0 or texts[f.para - 1][:q.open_at].rstrip()[-1:] in (".", "!", "?", ":")
    if len(words) >= 6 and has_verb and whole_sentence and last is not None \
            and f.para - last["paragraph"] <= 1 and last["speaker"]:
        return last["speaker"]
    return _DROP


def _merge_split(direct: list[Finding], doc) -> list[Finding]:
    """`"A," she said. "B."` is one quote: its parts joined, attributed once."""
    out: list[Finding] = []
    for f in direct:
        prev = out[-1] if out else None
        if prev is not None and prev.how == "after" and prev.quoted.close_at is not None:
            gap = doc.text[prev.quoted.close_at + 1: f.quoted.open_at]
            same_verb = f.how in ("before", "within") and f.extra.get("verb") == prev.extra.get("verb")
            if (f.how == "none" or same_verb) and len(gap.split()) <= 14 and '"' not in gap:
                prev.parts.append((f.quoted.start, f.quoted.end))
                prev.quoted = f.quoted
                continue
        out.append(f)
    return out


def _signed_blocks(texts, docs, findings, duplicate) -> list[Finding]:
    """A paragraph reading `– European Court of Justice` signs the paragraph above it."""
    out = []
    quoted_paras = {f.para for f in findings if f.kind == "direct"}
    for k, text in enumerate(texts):
        m = _SIGNATURE.match(text.strip())
        if not m or k == 0 or duplicate[k - 1] or k in quoted_paras:
            continue
        doc = docs[k]
        if any(t.pos_ == "VERB" for t in doc):
            continue
        block = texts[k - 1]
        f = Finding(k, "direct", [(0, len(block))], "signed", cue="–", extra={"signature": m.group(1)})
        findings_in_block = [g for g in findings if g.para == k]
        for g in findings_in_block:
            findings.remove(g)
        out.append(f)
    return out


def _collect_actors(registry: Registry, docs, quoted) -> list[Mention]:
    """Register every named actor and return their mentions in text order."""
    people: list[tuple[str, tuple[int, int]]] = []
    bodies: list[tuple[str, str, tuple[int, int]]] = []
    spans = []
    for k, doc in enumerate(docs):
        short_quotes = [q for q in quoted[k] if len(doc.text[q.start:q.end].split()) <= 4]
        for ent in entities(doc):
            name, toks = clean_name(ent)
            if not name:
                continue
            if any(q.start <= ent.start_char and ent.end_char <= q.end for q in short_quotes):
                continue  # `"Witch Hunt garbage"`: a phrase in quotation marks, not an actor
            kind = entity_type(ent, name, toks)
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
              if kind == ORG and len(n.split()) > 1 and n.split()[-1].lower().rstrip(".") in CORPORATE_SUFFIXES}
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
        subject = ent.root.dep_ in ("nsubj", "nsubjpass") or (
            ent.root.dep_ in ("compound", "appos") and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
        mentions.append(Mention(actor.id, k + 1, sent, ent.end - 1, subject))
        covered.update((k, i) for i in range(ent.start, ent.end))
        actor.paragraphs.add(k + 1)
        if actor.type == PERSON:
            gender = person_gender(ent)
            if gender and not actor.gender:
                actor.gender = gender
            if toks:
                title, aff = title_and_affiliation(ent, toks[0].i)
                if title and not aff:
                    aff = _country_in_sentence(ent)
                if title and not actor.title:
                    actor.title = title
                if aff and not actor.affiliation and aff != actor.name:
                    actor.affiliation = aff
    # names the model did not tag: "Zhao also noted", "ABS-CBN's franchise"
    for k, doc in enumerate(docs):
        for start, end, actor in registry.find_names(doc.text):
            toks = [t for t in doc if start <= t.idx < end]
            if not toks or any((k, t.i) in covered for t in toks):
                continue
            last = toks[-1]
            if len(toks) == 1 and (last.pos_ != "PROPN" or not (last.is_title or last.is_upper)):
                continue
            if actor.type == PERSON:
                registry.alias(actor, doc.text[start:end])
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in toks)
            mentions.append(Mention(actor.id, k + 1, sentence_of(doc)[last.i], last.i, subject))
            covered.update((k, t.i) for t in toks)
            actor.paragraphs.add(k + 1)
    mentions.sort(key=lambda m: (m.para, m.tok))
    _national_affiliations(registry, mentions)
    return mentions


def _national_affiliations(registry: Registry, mentions: list[Mention]) -> None:
    """"President Donald Trump" in an article about the United States is its president.

    Only for titles of national office, and only where one country dominates the article
    (named at least twice, and half as often again as any other country)."""
    counts: dict[str, int] = {}
    for m in mentions:
        if registry.get(m.actor).type == COUNTRY:
            counts[m.actor] = counts.get(m.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]):
        return
    top = registry.get(ranked[0][0])
    for a in registry.actors.values():
        if a.type == PERSON and a.title and not a.affiliation:
            words = {w.strip(",.").lower() for w in a.title.replace("-", " ").split()}
            if words & NATIONAL_OFFICES or "president" in a.title.lower():
                a.affiliation = top.name


def _country_in_sentence(ent) -> str | None:
    """The one country named in a titled person's sentence: "the Syrian Army, whose commander-in-chief
    is President Bashar al-Assad" -> Syria."""
    from .countries import country_of, demonym_country

    found = set()
    for e in entities(ent.doc):
        if e.sent.start == ent.sent.start and e.label_ in ("GPE", "NORP", "ORG") and e is not ent:
            text = e.text
            if e.label_ == "ORG":  # "the Syrian Army"
                first = e[1] if e[0].lower_ == "the" and len(e) > 1 else e[0]
                c = demonym_country(first.text)
            else:
                c = demonym_country(text) or country_of(text)
            if c:
                found.add(c)
    return found.pop() if len(found) == 1 else None


def _dedupe_ids(quotes: list[dict]) -> None:
    """The same words quoted again get -2, -3... in text order, across the whole article."""
    seen: dict[str, int] = {}
    for q in quotes:
        base = q["id"]
        if base in seen:
            seen[base] += 1
            q["id"] = f"{base}-{seen[base]}"
        else:
            seen[base] = 1


def actors_out(registry: Registry, quotes: list[dict]) -> list[dict]:
    quoted = {q["speaker"] for q in quotes if q["speaker"]}
    out = []
    actors = sorted(registry.actors.values(), key=lambda a: (_TYPE_ORDER.get(a.type, 9), a.first_seen))
    for a in actors:
        if a.type == UNNAMED and a.id not in quoted:
            continue
        d = {"id": a.id, "name": a.name, "type": a.type}
        if a.title:
            d["title"] = a.title
        if a.affiliation:
            d["affiliation"] = a.affiliation
        d["aliases"] = sorted(a.aliases)
        d["paragraphs"] = sorted(a.paragraphs)
        out.append(d)
    return out
