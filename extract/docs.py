"""What the rules ask of a parsed paragraph many times, made once per Doc and kept in ``doc.user_data``.

spaCy builds ``doc.text`` by joining every token, and new Span objects on every
``doc.ents``: asked once per name or quote, that costs the square of a
paragraph's length. Here each is made once, and tokens are found by character
offset with a bisection, so the rules' cost grows with the paragraph.
"""

from __future__ import annotations

import bisect

from .marks import quoted_spans


def text_of(doc) -> str:
    """The Doc's text (``doc.text`` joins every token each time it is read)."""
    text = doc.user_data.get("dossier_text")
    if text is None:
        text = doc.user_data["dossier_text"] = doc.text
    return text


def set_text(doc, text: str) -> None:
    """Keep the text the Doc was made from as its text (spaCy keeps every character, so they are the same), so
    that ``text_of`` need not join its tokens."""
    doc.user_data["dossier_text"] = text


def set_quotations(doc, quoted: list) -> None:
    """The paragraph's quotations as ``marks`` paired them (run-ons across paragraphs included), kept for
    ``quoted_at``; set by the article before any rule asks."""
    doc.user_data["dossier_quotations"] = list(quoted)
    doc.user_data.pop("dossier_quoted", None)


def quotations(doc) -> list:
    """The paragraph's quotations: those the article set, else its own marks paired alone."""
    quoted = doc.user_data.get("dossier_quotations")
    if quoted is None:
        quoted = doc.user_data["dossier_quotations"] = quoted_spans(text_of(doc))
    return quoted


def quoted_at(doc, i: int) -> bool:
    """Whether token ``i`` stands within a quotation's marks (the marks included), straight or curly: the
    quotations ``marks`` pairs, so that an apostrophe or a stray mark never opens one."""
    return inside_quotations(doc)[i]


def inside_quotations(doc) -> list[bool]:
    """``quoted_at`` for every token, made once per Doc (and made again when the quotations are set)."""
    inside = doc.user_data.get("dossier_quoted")
    if inside is None:
        quoted = quotations(doc)
        opens = [q.open_at for q in quoted]  # in order of the text
        reach, furthest = [], -1
        for q in quoted:
            furthest = max(furthest, q.close_at if q.close_at is not None else len(text_of(doc)))
            reach.append(furthest)
        inside = []
        for offset in token_starts(doc):
            k = bisect.bisect_right(opens, offset) - 1
            inside.append(k >= 0 and offset <= reach[k])
        doc.user_data["dossier_quoted"] = inside
    return inside


def lower_words(doc) -> frozenset:
    """The paragraph's words in lower case, made once: a rule that looks for a rare word (`binti`, `kyzy`) asks
    this before walking the paragraph's tokens."""
    words = doc.user_data.get("dossier_lower_words")
    if words is None:
        words = doc.user_data["dossier_lower_words"] = frozenset(t.lower_ for t in tokens_of(doc))
    return words


def entities(doc) -> list:
    """The Doc's entities, made once: spaCy builds new Span objects on every `doc.ents`."""
    ents = doc.user_data.get("dossier_ents")
    if ents is None:
        ents = doc.user_data["dossier_ents"] = list(doc.ents)
    return ents


RIVAL_BODIES_KEY = "dossier_rival_bodies"  # a token's index -> the name of the body of one of two countries it is of
ENTITY_CACHES = ("dossier_ents", "dossier_ent_starts", "dossier_ent_index")


def forget_entities(doc) -> None:
    """Drop what was made once from the Doc's entities, after they were set anew."""
    for key in ENTITY_CACHES:
        doc.user_data.pop(key, None)


def entities_within(doc, a: int, b: int) -> list:
    """The entities lying within tokens [a, b), in order."""
    ents = entities(doc)
    starts = doc.user_data.get("dossier_ent_starts")
    if starts is None:
        starts = doc.user_data["dossier_ent_starts"] = [e.start for e in ents]
    out = []
    for k in range(bisect.bisect_left(starts, a), len(ents)):
        e = ents[k]
        if e.start >= b:
            break
        if e.end <= b:
            out.append(e)
    return out


def sentence_of(doc) -> list[int]:
    """Sentence index of every token, made once per Doc (the rules ask it of many tokens)."""
    index = doc.user_data.get("dossier_sentences")
    if index is None:
        index = [0] * len(doc)
        for k, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                index[i] = k
        doc.user_data["dossier_sentences"] = index
    return index


def entity_at(doc, i: int):
    """The entity that token i belongs to, or None."""
    index = doc.user_data.get("dossier_ent_index")
    if index is None:
        index = doc.user_data["dossier_ent_index"] = {k: e for e in entities(doc) for k in range(e.start, e.end)}
    return index.get(i)


def tokens_of(doc) -> list:
    """The Doc's tokens, made once (iterating a Doc makes a new Token object for every word each time)."""
    toks = doc.user_data.get("dossier_tokens")
    if toks is None:
        toks = doc.user_data["dossier_tokens"] = list(doc)
    return toks


def token_starts(doc) -> list[int]:
    """Character offset of every token, in order."""
    starts = doc.user_data.get("dossier_starts")
    if starts is None:
        starts = doc.user_data["dossier_starts"] = [t.idx for t in tokens_of(doc)]
    return starts


def tokens_between(doc, start: int, end: int) -> range:
    """Indexes of the tokens that begin at a character offset in [start, end)."""
    starts = token_starts(doc)
    return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def token_at(doc, offset: int):
    """The token covering a character offset, or None (for whitespace)."""
    k = bisect.bisect_right(token_starts(doc), offset) - 1
    if k >= 0:
        t = doc[k]
        if offset < t.idx + len(t.text):
            return t
    return None


def described_as(tok, noun: str, lang, definite: bool = False) -> bool:
    """Whether the name whose last or head word is ``tok`` is described by a noun whose lemma is ``noun``, set
    in apposition on either side of it: `The utility, Aguas Potosinas,`, `Aguas Potosinas, the city's utility,`;
    ``definite``, only a noun written with `the` before it (`The glaciologist, NAME,`)."""
    d = lang.dep
    words = [tok.head] if tok.dep_ == d.appos else []
    words += [c for c in tok.children if c.dep_ == d.appos]
    return any(w.pos_ == "NOUN" and w.lemma_.lower() == noun and (not definite or any(
        c.dep_ == d.det and c.lower_ == lang.definite_article for c in w.children)) for w in words)
