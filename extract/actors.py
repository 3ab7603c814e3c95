"""Actors of one article: who is named, under which fullest name, with what title.

The model's entities are the raw material; the rules here make one actor per
real person or body ("Tong Zhao" and "Zhao" are one), correct entity types the
context contradicts (a "Center" is an organisation), fold capitals and
abbreviations into their country, and read titles and affiliations from the
phrases around a name: compounds (`Chinese Ministry of Foreign Affairs
spokesman Lin Jian`), appositions (`Yun Sun, director of ...`) and `of`
phrases (`Tong Zhao of the Carnegie Endowment`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .countries import country_of, demonym_country
from .lexicon import GENDERED_TITLES, HONORIFICS, KNOWN_ORGS, ORG_HEADS, OUTLET_DESCRIPTORS, STYLES_OF_ADDRESS, \
    TIME_ZONES, TITLE_WORDS
from .rules import on, rule

PERSON, ORG, COUNTRY, PLACE, UNNAMED, DOCUMENT = "person", "org", "country", "place", "unnamed", "document"

FUSED_AFTER_OF = rule("name-fused-after-of", "`Minister of Health Eva Kron`: a body and the name after it, tagged as "
                      "one entity, are split into the body and the person")
NOT_NAMES = rule("styles-and-time-zones", "`His Majesty`, `14:00 CET`: a style of address or a time zone is no one's name")
TITLE_WITH_OF = rule("title-holding-of", "`Minister of Health Eva Kron`, `Senator from Vermont NAME`: the title runs "
                     "through its body, which is the affiliation")
POSSESSIVE_TITLE = rule("organisations-title", "`The Harbour Trust's chairman, NAME`: the possessor is the affiliation")
LEGAL_SUFFIX = rule("legal-suffix-makes-a-firm", "`Baltic Forge Kft`: a name ending in a company's legal form "
                    "is a firm")
ORG_OF_PLACE = rule("body-of-a-place", "`the Labour Court of Freedonia` tagged as a court and a place: one body")
OUTLET_WORD = rule("outlet-descriptor", "`the daily Nordposten`: a name after an outlet word is the outlet")
_LABELS = {"PERSON": PERSON, "ORG": ORG, "GPE": COUNTRY, "NORP": None, "FAC": ORG, "LOC": PLACE}
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "actor"


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    paragraphs: set[int] = field(default_factory=set)
    title: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    first_seen: tuple[int, int] = (10**9, 0)


@dataclass(frozen=True)
class Mention:
    """A name in the text: where it stands and what it refers to."""

    actor: str  # actor id
    para: int
    sent: int  # sentence index within the paragraph
    tok: int  # index of the name's last token in the paragraph's Doc
    subject: bool


_TITLES = {w.rstrip(".") for w in TITLE_WORDS}


def clean_name(span) -> tuple[str, list]:
    """An entity's text without a leading article, trailing possessive, or title words."""
    toks = [t for t in span]
    paren = next((k for k, t in enumerate(toks) if t.text == "("), None)
    if paren:  # "Commission on International Religious Freedom (USCIRF": the name ends before "("
        toks = toks[:paren]
    while toks and (toks[0].lower_ in ("the", "a", "an") or toks[0].is_punct):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].tag_ == "POS" or toks[-1].lower_ in ("’s", "'s")):
        toks.pop()
    if span.label_ == "PERSON":
        while len(toks) > 1 and toks[0].lower_.rstrip(".") in _TITLES:
            toks.pop(0)
    elif span.label_ == "ORG" and toks and toks[0].lower_.rstrip(".") in _TITLES:
        # "the Presidential Spokesperson Harry Roque" tagged as a body: keep the name only if what
        # follows the title words looks like a person's name, never for "the National Zoo"
        rest = list(toks)
        while len(rest) > 1 and rest[0].lower_.rstrip(".") in _TITLES:
            rest.pop(0)
        if len(rest) in (2, 3) and all(t.is_title and t.lower_ not in _TITLES and t.lower_ not in ORG_HEADS
                                       for t in rest):
            toks = rest
    if not toks:
        return "", []
    doc = toks[0].doc
    text = _POSSESSIVE.sub("", doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]).strip()
    return text, toks


def entity_type(span, text: str, toks) -> str | None:
    label = _LABELS.get(span.label_)
    if label is None and span.label_ not in ("PERSON", "ORG", "GPE", "FAC", "LOC"):
        return None
    last = toks[-1].lower_ if toks else ""
    if on(LEGAL_SUFFIX) and len(toks) > 1 and last.rstrip(".") in CORPORATE_SUFFIXES:
        return ORG  # "Védelmi Ipari Kft", "Nordsee Holding GmbH": a firm, whatever the model's label
    if last in ORG_HEADS and span.label_ in ("PERSON", "GPE", "FAC", "ORG", "LOC"):
        if not (span.label_ == "GPE" and country_of(text)):
            return ORG
    if span.label_ == "FAC":
        return None
    if text.lower() in KNOWN_ORGS:
        return ORG
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in ORG_DESCRIPTORS:
        return ORG  # "law firm Sidley Austin", "broadcaster Nordvision"
    if before is not None and on(OUTLET_WORD) and before.lower_ in OUTLET_DESCRIPTORS and len(toks) <= 3:
        return ORG  # "the daily Nordposten"
    if span.label_ == "PERSON" and len(toks) == 1 and span.root.dep_ == "pobj" \
            and span.root.head.lower_ in ("on", "via", "through"):
        return ORG  # "said on Twitter": people are not something one says things on
    if span.label_ in ("GPE", "LOC"):
        if text.lower() in ("north", "south", "east", "west", "the north", "the south", "the west", "the east"):
            return None
        return COUNTRY if country_of(text) else PLACE
    if span.label_ == "PERSON" and country_of(text) and len(toks) == 1:
        return COUNTRY
    if span.label_ == "PERSON":
        if any(t.is_digit or t.like_num for t in toks) or text.islower() or any(c in text for c in '"“”'):
            return None  # "max", `Twitter "Youtube-dl`: not a person's name
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "into", "outside", "around"):
            return PLACE  # "fighting in Tell Tamer"
        if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end:
            return None  # "the Lewinsky affair": a modifier, not a mention of someone who acts
    if span.label_ == "ORG" and country_of(text) and len(toks) <= 3:
        return COUNTRY
    stripped = [t for t in span if toks and t.i < toks[0].i]
    if span.label_ == "ORG" and any(t.lower_.rstrip(".") in _TITLES for t in stripped) \
            and len(toks) in (2, 3) and all(t.is_title and t.lower_ not in _TITLES for t in toks):
        return PERSON  # "the Presidential Spokesperson Harry Roque": a titled name the model took for a body
    return label


ORG_DESCRIPTORS = frozenset("""firm company group agency broadcaster network newspaper website outlet
band charity bank airline carrier manufacturer maker automaker retailer publisher startup insurer""".split())
CORPORATE_SUFFIXES = frozenset("""corporation corp inc ltd llc plc company co group holdings limited sa ag gmbh
kft zrt nyrt bv nv oy oyj ab spa srl sarl pty sro kk""".split())


def is_company(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and (words[-1].rstrip(".") in CORPORATE_SUFFIXES or name.lower() in KNOWN_ORGS)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


class Registry:
    """The actors of one article and every name they go by."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._by_name: dict[str, str] = {}  # folded name or alias -> actor id

    @staticmethod
    def fold(name: str) -> str:
        s = name.lower().replace("’", "'")
        s = re.sub(r"^the\s+", "", s)
        return re.sub(r"\s+", " ", s).strip()

    def get(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def lookup(self, name: str) -> Actor | None:
        aid = self._by_name.get(self.fold(name))
        return self.actors.get(aid) if aid else None

    def _new_id(self, name: str) -> str:
        base = slug(name)
        aid, n = base, 2
        while aid in self.actors:
            aid, n = f"{base}-{n}", n + 1
        return aid

    def add(self, name: str, kind: str, where: tuple[int, int]) -> Actor:
        found = self.lookup(name)
        if found:
            return found
        actor = Actor(self._new_id(name), name, kind, first_seen=where)
        self.actors[actor.id] = actor
        self._by_name[self.fold(name)] = actor.id
        return actor

    def alias(self, actor: Actor, name: str) -> None:
        key = self.fold(name)
        if not key or key == self.fold(actor.name):
            return
        self._by_name.setdefault(key, actor.id)
        if self._by_name[key] == actor.id:
            actor.aliases.add(name)

    def find_names(self, text: str) -> list[tuple[int, int, Actor]]:
        """Every occurrence in a text of a person's or organisation's name, alias or surname."""
        keys = [k for k, aid in self._by_name.items()
                if len(k) >= 3 and self.actors[aid].type in (PERSON, ORG)]
        if not keys:
            return []
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
                             + r")(?![\w-])", re.IGNORECASE)
        out = []
        for m in pattern.finditer(text):
            actor = self.lookup(m.group(1))
            if actor is not None and m.group(1)[:1].isupper():
                out.append((m.start(1), m.end(1), actor))
        return out

    def by_type(self, kind: str) -> list[Actor]:
        return [a for a in self.actors.values() if a.type == kind]

    # -- building from an article's entities -------------------------------------------------

    def add_people(self, names: list[tuple[str, tuple[int, int]]]) -> None:
        """Cluster person names: the fullest name is the actor, its parts its aliases."""
        by_len = sorted(dict.fromkeys(n for n, _ in names), key=lambda n: (-len(n.split()), n))
        first = {}
        for n, where in names:
            first.setdefault(n, where)
        for name in by_len:
            parts = set(self.fold(name).split())
            owner = None
            for a in self.by_type(PERSON):
                if parts <= set(self.fold(a.name).split()):
                    if owner is None or a.first_seen < owner.first_seen:
                        owner = a
            if owner is None and len(parts) == 1:
                owner = self._spelling_variant(name)
            if owner is not None:
                self.alias(owner, name)
                continue
            if self.lookup(name):
                continue
            actor = self.add(name, PERSON, first[name])
            if len(name.split()) > 1:
                # the surname finds the person ("Zhao also noted") but is listed as an alias
                # only once the article uses it
                surname = name.split()[-1]
                if surname.lower() not in ("jr", "jr.", "sr", "sr.", "ii", "iii") and len(surname) > 2:
                    self._by_name.setdefault(self.fold(surname), actor.id)

    def _spelling_variant(self, surname: str) -> Actor | None:
        """A surname spelt one letter apart from a known person's ("Soleymani", "Soleimani")."""
        s = surname.lower()
        if len(s) < 6:
            return None
        hits = [a for a in self.by_type(PERSON) if len(a.name.split()) > 1
                and _one_edit_apart(s, a.name.split()[-1].lower())]
        return hits[0] if len(hits) == 1 else None

    def add_body(self, name: str, kind: str, where: tuple[int, int]) -> Actor:
        if kind == COUNTRY:
            canonical = country_of(name) or name
            actor = self.lookup(canonical) or self.add(canonical, COUNTRY, where)
            self.alias(actor, name)
            return actor
        known = self.lookup(name)
        if known:
            return known
        words = name.split()
        if kind == ORG and len(words) > 1 and words[-1].lower().rstrip(".") in CORPORATE_SUFFIXES:
            actor = self.add(name, kind, where)
            self._by_name.setdefault(self.fold(" ".join(words[:-1])), actor.id)  # "ABS-CBN" for "ABS-CBN Corporation"
            return actor
        # an acronym of an organisation already named ("ECJ"), or its full name later on
        for a in self.by_type(ORG):
            if name.isupper() and len(name) > 1 and initials(a.name) == name.replace(".", ""):
                self.alias(a, name)
                return a
            if len(name.split()) > 1 and set(self.fold(name).split()) < set(self.fold(a.name).split()):
                self.alias(a, name)
                return a
            rest = self.fold(a.name).split()
            if rest[:len(self.fold(name).split())] == self.fold(name).split() and all(
                    w.rstrip(".") in ORG_HEADS for w in rest[len(self.fold(name).split()):]):
                self.alias(a, name)  # "ABS-CBN" and "ABS-CBN Corporation"
                return a
            if len(words) == 1 and len(rest) > 1 and rest[0] == self.fold(name) \
                    and rest[-1].rstrip(".") in CORPORATE_SUFFIXES and name.lower() not in ORG_HEADS:
                self.alias(a, name)  # "Ford" and "Ford Motor Company"
                return a
        return self.add(name, kind, where)


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def person_gender(span) -> str | None:
    """Gender cues written beside a name: an honorific or a gendered title before it."""
    doc = span.doc
    for i in range(max(span.start - 3, 0), span.start):
        w = doc[i].lower_
        if w in HONORIFICS and HONORIFICS[w]:
            return HONORIFICS[w]
        if w in GENDERED_TITLES:
            return GENDERED_TITLES[w]
    if span[0].lower_ in HONORIFICS and HONORIFICS[span[0].lower_]:
        return HONORIFICS[span[0].lower_]
    return None


def _phrase(doc, start: int, end: int) -> str:
    """Text of doc[start:end] with a leading article and surrounding punctuation dropped."""
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return ""
    return doc.text[doc[start].idx: doc[end - 1].idx + len(doc[end - 1].text)]


def _affiliation_of(ent) -> str:
    text, toks = clean_name(ent)
    if ent.label_ in ("NORP", "GPE"):
        return demonym_country(text) or country_of(text) or text
    return text


def entities(doc) -> list:
    """The Doc's entities, made once: spaCy builds new Span objects on every `doc.ents`."""
    ents = doc.user_data.get("dossier_ents")
    if ents is None and (on(FUSED_AFTER_OF) or on(NOT_NAMES)) and doc.ents:
        doc.ents = _repaired(doc)
    if ents is None:
        ents = doc.user_data["dossier_ents"] = list(doc.ents)
    return ents


def _repaired(doc) -> list:
    """The model's entities with two kinds of mistake undone: a title's body fused with the name after
    it (`Minister of Health Eva Kron` tagged `Health Eva Kron`), and words that are no one's name."""
    from spacy.tokens import Span

    out = []
    skip_to = 0
    for e in doc.ents:
        if e.start < skip_to:
            continue
        if e.label_ in ("PERSON", "ORG", "GPE", "NORP") and on(NOT_NAMES):
            if len(e) == 1 and e[0].lower_ in TIME_ZONES and (e[0].is_upper or e.start > 0 and doc[e.start - 1].like_num):
                continue
            if e[-1].lower_ in STYLES_OF_ADDRESS:
                continue
        if on(FUSED_AFTER_OF) and e.label_ == "ORG" and 3 <= len(e) <= 5 and e.start >= 2 \
                and doc[e.start - 1].lower_ in ("of", "from") and doc[e.start - 2].lower_.rstrip(".") in _TITLES:
            name = e[-2:]
            body = e[:-2]
            if all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in _TITLES
                   and t.lower_ not in ORG_HEADS for t in name) and body[-1].lower_ not in ("of", "and", "the"):
                place = country_of(body.text) or doc[e.start - 1].lower_ == "from"  # "Senator from Vermont"
                out.append(Span(doc, body.start, body.end, label="GPE" if place else "ORG"))
                out.append(Span(doc, name.start, name.end, label="PERSON"))
                continue
        if on(ORG_OF_PLACE) and e.label_ == "ORG" and e[-1].lower_ in ORG_HEADS and e.end + 1 < len(doc) \
                and doc[e.end].lower_ == "of" and doc[e.end + 1].ent_iob_ == "B" and doc[e.end + 1].ent_type_ == "GPE":
            place = next(x for x in doc.ents if x.start == e.end + 1)
            out.append(Span(doc, e.start, place.end, label="ORG"))  # "the Labour Court of Freedonia"
            skip_to = place.end
            continue
        if on(LEGAL_SUFFIX) and e.label_ in ("ORG", "PERSON") and e[-1].lower_.rstrip(".") in CORPORATE_SUFFIXES:
            j = e.start
            while j > 0 and doc[j - 1].is_title and doc[j - 1].pos_ in ("PROPN", "ADJ") \
                    and doc[j - 1].ent_type_ in ("", "NORP", "ORG", "PERSON") \
                    and e.start - 1 <= doc[j - 1].head.i < e.end:
                j -= 1  # "Baltic Forge Kft" tagged "Forge Kft": the firm's name runs to its first word
            if j < e.start:
                while out and out[-1].end > j:
                    out.pop()
                out.append(Span(doc, j, e.end, label="ORG"))
                continue
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




def title_and_affiliation(span, name_start: int) -> tuple[str | None, str | None]:
    """Title and affiliation stated beside a person's name, if any.

    ``name_start`` is the first token of the name itself: tokens of the entity
    before it ("President" in "President Trump") are title words.
    """
    doc = span.doc
    root = span.root
    title = aff = None
    # 1. words before the name in its own noun phrase: "Chinese ... spokesman Lin Jian"
    in_phrase = {t.i for t in root.subtree}

    def joins_title(i: int) -> bool:
        t = doc[i]
        if i not in in_phrase or t.pos_ in ("VERB", "AUX", "DET", "CCONJ", "PRON"):
            return False
        if t.ent_type_ == "PERSON":
            return False  # "US President Donald Trump and Turkish President ...": another person
        if t.text == "-" and i > 0 and not doc[i - 1].whitespace_:
            return True  # "Secretary-General", "ABS-CBN"
        if t.is_punct:
            return False
        if t.pos_ == "ADP":  # "Chief Executive of Hong Kong Carrie Lam"
            return bool(t.ent_type_) or (t.lower_ == "of" and i + 1 < len(doc) and bool(doc[i + 1].ent_type_))
        return True

    i = span.start - 1
    while i >= 0 and joins_title(i):
        i -= 1
    pre_start = i + 1
    if pre_start < name_start:
        words = []
        j = pre_start
        while j < name_start:
            ent = entity_at(doc, j)
            if ent is not None and ent.label_ in ("ORG", "GPE", "NORP") and ent.end <= name_start and ent.start >= j:
                aff = aff or _affiliation_of(ent)
                j = ent.end
                continue
            if doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or doc[j].text == "-":
                words.append(doc[j])
            j += 1
        while words and words[-1].lower_ == "of":
            words.pop()
        if words:
            title = doc.text[words[0].idx: words[-1].idx + len(words[-1].text)]
    # 2. an apposition after the name: "Yun Sun, director of the China Program at the Stimson Center"
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            sub = list(child.subtree)
            a, b = sub[0].i, sub[-1].i + 1
            if b - a > 14:
                b = a + 14
            ents = [e for e in entities(doc) if a <= e.start and e.end <= b and e.label_ in ("ORG", "FAC")]
            if not ents:
                ents = [e for e in entities(doc) if a <= e.start and e.end <= b and e.label_ in ("GPE", "NORP")]
            if ents:
                e = ents[-1]
                cut = e.start
                while cut > a and (doc[cut - 1].pos_ in ("ADP", "DET") or doc[cut - 1].is_punct):
                    cut -= 1
                t = _phrase(doc, a, cut)
                title = title or t or None
                aff = aff or _affiliation_of(e)
            else:
                title = title or _phrase(doc, a, b) or None
            break
    # 2b. a copula: "al-Muhandis was the deputy commander of the Popular Mobilization Forces"
    if title is None and aff is None and root.dep_ == "nsubj" and root.head.lemma_ == "be":
        attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None:
            sub = list(attr.subtree)
            a, b = sub[0].i, min(sub[-1].i + 1, sub[0].i + 14)
            ents = [e for e in entities(doc) if a <= e.start and e.end <= b and e.label_ in ("ORG", "GPE", "NORP")]
            if ents:
                e = ents[-1] if any(x.label_ == "ORG" for x in ents) else ents[0]
                cut = e.start
                while cut > a and (doc[cut - 1].pos_ in ("ADP", "DET") or doc[cut - 1].is_punct):
                    cut -= 1
                title = _phrase(doc, a, cut) or None
                aff = _affiliation_of(e)
    # 3. "Tong Zhao of the Carnegie Endowment"
    if aff is None:
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "at") and child.i > root.i:
                for g in child.children:
                    ent = entity_at(doc, g.i)
                    if g.dep_ == "pobj" and ent is not None and ent.label_ in ("ORG", "FAC", "GPE"):
                        aff = _affiliation_of(ent)
                    elif g.dep_ == "pobj" and child.lower_ == "from" and g.pos_ == "NOUN" \
                            and g.right_edge.i - g.left_edge.i < 5:
                        aff = _phrase(doc, g.left_edge.i, g.right_edge.i + 1) or None  # "from the pro-Beijing camp"
    # 3b. a title holding `of`: "Minister of Health Eva Kron", "Senator from Vermont Bernie Sanders"
    if title is None and on(TITLE_WITH_OF) and root.dep_ == "pobj" and root.head.lower_ in ("of", "from") \
            and root.head.head.lower_.rstrip(".") in _TITLES and root.head.head.i < span.start:
        holder = root.head.head
        body = entity_at(doc, span.start - 1)
        if body is not None and body.start > root.head.i:
            title = _phrase(doc, holder.left_edge.i, span.start) or None
            aff = aff or _affiliation_of(body)
    # 4. reverse apposition: "The general secretary of the union, Jane Doe, said"
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < span.start and title is None:
        head = root.head
        sub = [t for t in head.subtree if t.i < span.start]
        owner = next((c for c in head.children if c.dep_ == "poss"), None) if on(POSSESSIVE_TITLE) else None
        owner_ent = entity_at(doc, owner.i) if owner is not None else None
        if owner_ent is not None and owner_ent.label_ in ("ORG", "GPE", "NORP"):
            # "The Harbour Trust's chairman, Rena Walsh": the title after the possessor, the possessor the body
            sub = [t for t in sub if t.i > owner_ent.end - 1 and t.i >= owner.i + 1 and t.dep_ != "case"]
            aff = aff or _affiliation_of(owner_ent)
        title = _phrase(doc, sub[0].i, sub[-1].i + 1) if sub else None
    # 5. "two presidents were impeached: Andrew Johnson and Bill Clinton": a conjunct shares the first's role
    if title is None and aff is None and root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        first = entity_at(doc, root.head.i)
        if first is not None and first.root.dep_ != "conj":
            title, aff = title_and_affiliation(first, first.start)
    if title:
        title = title.strip(" ,")
        if len(title.split()) > 10:
            title = " ".join(title.split()[:10])
    return title or None, aff or None
