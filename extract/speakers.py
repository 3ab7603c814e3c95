"""Resolve the token that names a speaker to an actor of the article.

No coreference model installs offline, so the rules are written out, each small:

- a name: the actor registry knows every name and alias ("Zhao" -> Tong Zhao);
- he / she: the nearest earlier person of a compatible gender, looking first in
  the same sentence, then sentence by sentence back, preferring each sentence's
  subject (speakers of earlier quotes count as mentions, so quotation turns
  carry over);
- it / they: the nearest earlier organisation or country in subject position;
- "the spokesman", "the ministry": the actor whose title or name has that head noun;
- a statement or ruling: whoever issued it ("Facebook's statement");
- anything else ("a South Korean government official"): an unnamed actor that
  keeps its description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import COUNTRY, DOCUMENT, ORG, PERSON, UNNAMED, Mention, Registry, clean_name, entity_at, \
    entity_type, is_company, sentence_of, title_and_affiliation
from .lexicon import DOCUMENT_NOUNS, GENERIC_ORG_NOUNS, LAW_WORDS, ORG_HEADS, PERSON_PRONOUNS, TITLE_WORDS
from .quotes import document_owner
from .rules import on, rule

LOOKBACK_PARAGRAPHS = 3
TITLES = frozenset(w.rstrip(".") for w in TITLE_WORDS)
QUOTE_NOT_ANTECEDENT = rule("pronoun-not-named-in-its-quote", "`\"NAME is the best,\" he said`: he is never someone "
                            "named in the words he is said to have spoken")
PRONOUN_CHAIN = rule("pronoun-chain", "`NAME ... She married X. She said`: a sentence whose subject is the same "
                     "pronoun passes the antecedent on; its other names are not candidates")
THEY_PEOPLE = rule("they-for-people", "`Residents met the board. They said`: they is the plural people of the "
                   "sentence before, not an organisation")
TITLE_AGREES = rule("description-agrees-with-the-title", "`the health minister` refers back to a minister "
                    "whose title says health, not to any minister")
TITLE_OF_NAME = rule("title-of-name-is-the-name", "`Minister of Health Eva Kron said`: the title the parser made the "
                     "subject stands for the name after it")
_ROMAN = re.compile(r"^(I{1,3}|IV|V|VI{0,3}|IX|X)$")


@dataclass
class Resolver:
    registry: Registry
    mentions: list[Mention]  # in text order
    docs: list | None = None  # the article's parsed paragraphs, for the sentences around a pronoun

    def note(self, mention: Mention) -> None:
        """Record a resolved speaker as a mention, so later pronouns can find it."""
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: (m.para, m.tok))

    def resolve(self, doc, para: int, tok_i: int | None, quoted: list | tuple = ()) -> str | None:
        """The actor a speaker token names; ``quoted`` are the character spans of what it is said to
        have said (no pronoun refers to someone named there)."""
        if tok_i is None:
            return None
        tok = doc[tok_i]
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PERSON_PRONOUNS or low in ("they", "it", "we"):
            if low in PERSON_PRONOUNS:
                skip = [(a, b) for a, b in quoted] if on(QUOTE_NOT_ANTECEDENT) else []
                return self.person_before(para, sentence_of(doc)[tok_i], tok_i, PERSON_PRONOUNS[low], skip)
            if low == "they" and on(THEY_PEOPLE):
                people = self.people_before(para, sentence_of(doc)[tok_i])
                if people is not None:
                    return people
            if low in ("it", "they", "we"):
                return self.body_before(para, tok_i)
            return None
        ent = entity_at(doc, tok_i)
        if ent is not None:
            name, toks = clean_name(ent)
            known = self.registry.lookup(name) if name else None
            if known:
                return known.id
            kind = entity_type(ent, name, toks)
            if kind is None and ent.label_ in ("LAW", "WORK_OF_ART", "PRODUCT") and name:
                return self.registry.add(name, DOCUMENT, (para, tok_i)).id  # "Republic Act No. 3846 states"
            if kind in (PERSON, ORG, COUNTRY):
                return self.registry.add_body(name, kind, (para, tok_i)).id if kind != PERSON else \
                    self.registry.add(name, PERSON, (para, tok_i)).id
        for c in tok.children:  # "the spokesman, Lin Jian,"
            if c.dep_ == "appos":
                found = self.resolve(doc, para, c.i)
                if found:
                    return found
        if on(TITLE_OF_NAME) and tok.lower_.rstrip(".") in TITLES:
            # "Minister of Health Eva Kron said": the subject is the title, the speaker the name it holds
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    named = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None)
                    if named is not None:
                        return self.resolve(doc, para, named.i)
        if tok.pos_ == "PROPN":
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            chain = list(doc[start: tok.i + 1])
            name = doc.text[chain[0].idx: tok.idx + len(tok.text)]
            known = self.registry.lookup(name) or self.registry.lookup(tok.text)
            if known:
                return known.id
            if any(t.lower_ in LAW_WORDS for t in chain):  # "Republic Act No. 3846 states"
                end = tok.i
                while end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].text == "."):
                    end += 1
                law = doc.text[chain[0].idx: doc[end].idx + len(doc[end].text)].rstrip(".") \
                    if doc[end].text == "." else doc.text[chain[0].idx: doc[end].idx + len(doc[end].text)]
                return self.registry.add(law, DOCUMENT, (para, tok_i)).id
            titled = False
            while chain and chain[0].lower_ in TITLE_WORDS:
                chain.pop(0)
                titled = True

            def name_word(t):
                return (t.is_title and t.is_alpha or _ROMAN.match(t.text)) and t.lower_ not in TITLE_WORDS

            if chain and (len(chain) >= 2 or titled) and all(name_word(t) for t in chain) \
                    and tok.lower_ not in ORG_HEADS and tok.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP"):
                name = doc.text[chain[0].idx: tok.idx + len(tok.text)]
                actor = self.registry.add(name, PERSON, (para, tok_i))  # a name the model missed
                span = doc[start: tok.i + 1]
                title, aff = title_and_affiliation(span, chain[0].i)
                actor.title = actor.title or title
                actor.affiliation = actor.affiliation or aff
                actor.paragraphs.add(para)
                return actor.id
            if len(chain) == 1 and tok.is_title and tok.is_alpha and not titled and tok.lower_ not in ORG_HEADS \
                    and not any(True for _ in tok.lefts):
                # one capitalised word that names no one the article introduced: in news, an outlet
                # or a body ("Rudaw reported"); people are introduced by their full name first
                return self.registry.add_body(tok.text, ORG, (para, tok_i)).id
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            owner = document_owner(tok)
            if owner is not None and owner.i != tok.i:
                return self.resolve(doc, para, owner.i)
        return self.nominal(doc, para, tok)

    def _sentences(self, para: int) -> list:
        doc = self.docs[para - 1]
        sents = doc.user_data.get("dossier_sents")
        if sents is None:
            sents = doc.user_data["dossier_sents"] = list(doc.sents)
        return sents

    def _subject(self, para: int, sent: int):
        """The subject of a sentence's main verb, or None."""
        if self.docs is None:
            return None
        sents = self._sentences(para)
        if sent >= len(sents):
            return None
        root = sents[sent].root
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def people_before(self, para: int, sent: int) -> str | None:
        """`they` for the plural people who are the subject of the sentence before."""
        if self.docs is None:
            return None
        p, k = (para, sent - 1) if sent > 0 else (para - 1, len(self._sentences(para - 1)) - 1 if para > 1 else -1)
        if k < 0:
            return None
        subj = self._subject(p, k)
        if subj is None or subj.tag_ != "NNS" or subj.ent_type_ or subj.lemma_.lower() in GENERIC_ORG_NOUNS:
            return None
        return self.nominal(self.docs[p - 1], p, subj)

    def person_before(self, para: int, sent: int, tok_i: int, gender: str | None, skip=()) -> str | None:
        doc = self.docs[para - 1] if self.docs is not None else None
        earlier = [m for m in self.mentions if (m.para, m.tok) < (para, tok_i)
                   and m.para >= para - LOOKBACK_PARAGRAPHS
                   and self.registry.get(m.actor).type == PERSON
                   and not (skip and m.para == para and doc is not None
                            and any(a <= doc[m.tok].idx < b for a, b in skip))]
        groups: dict[tuple[int, int], list[Mention]] = {}
        for m in earlier:
            groups.setdefault((m.para, m.sent), []).append(m)
        for key in sorted(groups, reverse=True):
            ms = groups[key]
            if key == (para, sent):
                order = sorted(ms, key=lambda m: -m.tok)
            else:
                if on(PRONOUN_CHAIN) and not any(m.subject for m in ms):
                    subj = self._subject(*key)
                    if subj is not None and subj.lower_ in PERSON_PRONOUNS \
                            and PERSON_PRONOUNS[subj.lower_] in (gender, None):
                        continue  # "She married X": X is not who "she" is
                order = [m for m in ms if m.subject] + sorted((m for m in ms if not m.subject), key=lambda m: m.tok)
            for m in order:
                actor = self.registry.get(m.actor)
                if gender and actor.gender and actor.gender != gender:
                    continue
                if gender and not actor.gender:
                    actor.gender = gender
                return actor.id
        return None

    def body_before(self, para: int, tok_i: int) -> str | None:
        earlier = [m for m in self.mentions if (m.para, m.tok) < (para, tok_i)
                   and m.para >= para - LOOKBACK_PARAGRAPHS
                   and self.registry.get(m.actor).type in (ORG, COUNTRY)]
        subjects = [m for m in earlier if m.subject]
        pick = (subjects or earlier)[-1:] if (subjects or earlier) else []
        return pick[0].actor if pick else None

    def salient_org(self, para: int, tok_i: int) -> str | None:
        """The company most mentioned so far: what "the network" or "the company" refers to.

        Only companies (a corporate suffix, or a known platform or outlet): "the administration"
        or "the government" is not whichever body the article names most."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            actor = self.registry.get(m.actor)
            if (m.para, m.tok) < (para, tok_i) and actor.type == ORG and is_company(actor.name):
                counts[m.actor] = counts.get(m.actor, 0) + 1
        if not counts:
            return None
        best = max(counts.values())
        if best < 2:
            return None
        return next(a for a, n in counts.items() if n == best)

    def nominal(self, doc, para: int, tok) -> str | None:
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        left = [t for t in tok.lefts if t.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod")]
        definite = any(t.lower_ in ("the", "this", "that") or t.dep_ == "poss" for t in left)
        head = tok.lemma_.lower()
        if definite:
            for m in reversed(self.mentions):
                if (m.para, m.tok) >= (para, tok.i):
                    continue
                actor = self.registry.get(m.actor)
                if actor.type == PERSON and actor.title and head in actor.title.lower().split():
                    if on(TITLE_AGREES) and any(t.dep_ == "compound" and t.pos_ == "NOUN" and not t.ent_type_ and
                                                t.lower_ not in actor.title.lower().split() for t in left):
                        continue  # "the health minister" is not the transport minister named earlier
                    return actor.id
                if actor.type == ORG and head in actor.name.lower().split():
                    return actor.id
            if head in GENERIC_ORG_NOUNS:
                salient = self.salient_org(para, tok.i)
                if salient:
                    return salient
        start = min([t.left_edge.i for t in left] + [tok.i])
        end = tok.i + 1
        for c in tok.rights:  # "spokesman of the ministry", "a group of protesters"
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "from") and c.right_edge.i - tok.i <= 8:
                end = c.right_edge.i + 1
        text = doc.text[doc[start].idx: doc[end - 1].idx + len(doc[end - 1].text)].strip(" ,")
        if not text:
            return None
        return self.registry.add(text[0].upper() + text[1:], UNNAMED, (para, tok.i)).id
