"""The actors of one article and every name they go by: one actor per real person or body
("Tong Zhao" and "Zhao" are one), capitals and abbreviations folded into their country."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..rules import on, rule

_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Jin-seok", "Hoi-kwan"
_SPACES = re.compile(r"\s+")

TRAILING_PATRONYMIC = rule("patronymic-after-a-name-closes-it", "`said Azamat Temirbek uulu, the party's leader`: "
                           "`uulu`, `kyzy` or `oglu` right after a person's name is its last word")
RELATIVE_NAMED_LATER = rule("relative-named-later", "`NAME died ... her mother, NAME's fuller namesake`: a fuller "
                            "name given later to a relative is another person than the shorter name named first")
FIRST_BEARER = rule("surname-of-the-first-bearer", "`Heiress Gloria Tarnow died ... her mother, Gloria Morgan "
                    "Tarnow ... Tarnow was married`: a bare surname several people bear is the one introduced first")
SPELLINGS = rule("spelling-variants", "`Usama bin Ladin` and `Osama bin Laden`: a full name spelt a letter apart, "
                 "word for word, is the same person")
SHORT_GIVEN_NAME = rule("given-name-shortened-from-its-end", "`Giuseppina Li Causi ... We stand with Pina Li Causi`: "
                        "a full name whose given name is the end of a known person's (a short form: `Pina`, "
                        "`Tina`, `Sandro`), its other words the same, is that person")
FAMILY_NAME_FIRST = rule("family-name-before-a-hyphenated-given-name", "`Oh Jin-seok, the university's president "
                         "... Oh said`: in a name of two words whose second is a given name hyphenated with lower case "
                         "after the hyphen, the first word is the family name, however short, and finds the person")
BODY_NAME_INVERTED = rule("body-named-head-first-or-last", "`South Korea's Education Ministry said ... the Ministry "
                          "of Education would audit`, `Tarn University` and `the University of Tarn`: a body's word "
                          "for its kind before `of X` or after X names one body")
FIRST_SURNAME = rule("first-of-two-surnames", "`Ambassador Julian Restrepo Ocampo ... Restrepo, a former senator, "
                     "told`: a three-word name's middle word, not a given name, is a first surname of two (Spanish "
                     "and Portuguese usage) and finds the person alone")
FIRST_SURNAME_OVER_SECOND = rule(
    "first-surname-over-another-s-second", "`Marta Ruiz Delgado, whose son Andrés Vega Ruiz was jailed ... Ruiz "
    "said`: among names of two surnames, a surname alone is the person whose first surname it is, not one whose "
    "second (the mother's) it is")
ROYAL_TITLE_AND_GIVEN_NAME = rule(
    "royal-title-and-given-name-is-the-person-named-fully", "`his counterpart, Prince Mancoba Dlamini, ... Prince "
    "Mancoba told reporters`: a royal title and one word, the given name of one person named in full, is that person")
STYLE_AND_GIVEN_NAME = rule(
    "style-of-address-and-given-name-is-the-person-named-fully", "`Segundo Alcívar Macías, 67, ... said Don Segundo, "
    "as his neighbors call him`, `the headman, Ratu Peceli Tabuakarawa, ... Ratu Peceli said`: a style used before a "
    "given name (`Don`, `Doña`, `Ratu`, `Adi`) and one word, the given name of one person named in full, is that "
    "person")
SURNAMES_JOINED = rule("first-of-two-surnames-joined-by-i-or-y", "`Professor Jordi Puig i Serra ... Puig said`: the "
                       "word before `i` or `y` joining two surnames is the first surname, and finds the person")
SURNAME_AFTER_ITS_ARTICLE = rule(
    "surname-without-its-joined-article", "`Sheikh Hamad bin Saif al-Rawahi, the company's chairman ... Rawahi added`: "
    "a surname opening on an article joined by a hyphen (`al-`, `el-`) finds the person without it too")
SURNAME_OF_SEVERAL_WORDS = rule("surname-of-several-words", "`Pieter Van Hove, a professor ... Van Hove said`, the "
                                "model tagging `Van Hove` a work: the last words of one person's fuller name are "
                                "that person")
BUSINESS_WORD_ENDS_A_FIRM = rule("word-for-a-business-ends-a-firm-s-name", "`Tarnwell Biosciences said ... The "
                                 "company said`: a name ending in a word for a line of business (`Biosciences`, "
                                 "`Motors`, `Airlines`) is a company's, which `the company` can stand for")
FIRM_BY_ITS_FIRST_WORD = rule("firm-by-the-first-word-of-its-name", "`Marlowe Maritime Analytics ... Marlowe "
                              "forecast`, `Ardenza Motori ... Ardenza said`: one word that begins the name of one "
                              "body already named, and of no other, is that body named short (not an abbreviation: "
                              "`U.N.` is not the `U.N. Security Council`)")

PERSON, ORG, COUNTRY, PLACE, UNNAMED, DOCUMENT = "person", "org", "country", "place", "unnamed", "document"


SHORT_FORM = 4  # the fewest letters of a given name's short form: `Pina` of `Giuseppina`, not `Ana` of `Mariana`


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
    roles: list[dict] = field(default_factory=list)  # roles besides the title: title, affiliation, paragraph, when
    first_seen: tuple[int, int] = (10**9, 0)


@dataclass(frozen=True)
class Mention:
    """A name in the text: where it stands and what it refers to."""

    actor: str  # actor id
    para: int
    sent: int  # sentence index within the paragraph
    tok: int  # index of the name's last token in the paragraph's Doc
    subject: bool


def is_company(name: str, lang) -> bool:
    words = name.lower().split()
    return bool(words) and (words[-1].rstrip(".") in lang.corporate_suffixes or name.lower() in lang.known_orgs
                            or on(BUSINESS_WORD_ENDS_A_FIRM) and len(words) >= 2 and words[-1] in lang.company_heads)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


class Registry:
    """The actors of one article and every name they go by."""

    def __init__(self, lang) -> None:
        self.lang = lang
        self.actors: dict[str, Actor] = {}
        self._by_name: dict[str, str] = {}  # folded name or alias -> actor id
        self._names_pattern = None  # (number of names it was made from, compiled pattern)
        self._first_surnames: set[str] = set()  # folded middle words of three-word names ("restrepo")
        self._folded: dict[str, str] = {}  # name -> its folded form

    def fold(self, name: str) -> str:
        folded = self._folded.get(name)
        if folded is None:  # asked tens of thousands of times an article, for a few hundred names
            s = self.lang.leading_definite.sub("", name.lower().replace("’", "'"))
            folded = self._folded[name] = _SPACES.sub(" ", s).strip()
        return folded

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

    def _pattern(self):
        """One pattern for every name, alias and surname of a person or organisation, remade only
        when a name was added (names are only ever added, and an actor's type never changes here)."""
        size = len(self._by_name)
        if self._names_pattern is None or self._names_pattern[0] != size:
            keys = [k for k, aid in self._by_name.items()
                    if len(k) >= 3 and self.actors[aid].type in (PERSON, ORG)]
            pattern = None
            if keys:
                names = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
                pattern = re.compile(r"(?<![\w-])(" + names + r")(?![\w-])", re.IGNORECASE)
            self._names_pattern = (size, pattern)
        return self._names_pattern[1]

    def find_names(self, text: str) -> list[tuple[int, int, Actor]]:
        """Every occurrence in a text of a person's or organisation's name, alias or surname."""
        pattern = self._pattern()
        if pattern is None:
            return []
        out = []
        for m in pattern.finditer(text):
            actor = self.lookup(m.group(1))
            if actor is not None and m.group(1)[:1].isupper():
                out.append((m.start(1), m.end(1), actor))
        return out

    def by_type(self, kind: str) -> list[Actor]:
        return [a for a in self.actors.values() if a.type == kind]

    def bodies_ending_in(self, name: str) -> list[Actor]:
        """The bodies whose longer names end in ``name``: `the Chilean Human Rights Observatory` for `Observatory`,
        the `National Transport Safety Board` for `Board`."""
        tail = self.fold(name).split()
        return [b for b in self.actors.values() if b.type == ORG and len(self.fold(b.name).split()) > len(tail)
                and self.fold(b.name).split()[-len(tail):] == tail]

    # -- building from an article's entities -------------------------------------------------

    def add_people(self, names: list[tuple[str, tuple[int, int]]], kin: frozenset = frozenset()) -> None:
        """Cluster person names: the fullest name is the actor, its parts its aliases. ``kin``: fuller names
        given to a relative (`her mother, Gloria Morgan Vanderbilt`), who are not the person a shorter name
        holding theirs named before."""
        def titled(n):  # asked about only for a name opening on such a title or style
            first = n.split()[0].lower()
            return first in self.lang.name_titles and on(ROYAL_TITLE_AND_GIVEN_NAME) \
                or first in self.lang.given_name_styles and on(STYLE_AND_GIVEN_NAME)
        # (a royal title and a given name after the full names it can be the short form of)
        by_len = sorted(dict.fromkeys(n for n, _ in names), key=lambda n: (-len(n.split()), titled(n), n))
        first = {}
        for n, where in names:
            first.setdefault(n, where)
        people = self.by_type(PERSON)
        surnamed: set[str] = set()  # people this call gave a bare surname to
        having: dict[str, set[int]] = {}  # a word of a person's name -> those people (by order of creation)
        for k, a in enumerate(people):
            for w in set(self.fold(a.name).split()):
                having.setdefault(w, set()).add(k)
        for name in by_len:
            parts = set(self.fold(name).split())
            # the earliest-seen person whose name holds every word of this one
            holders = set.intersection(*(having.get(w, set()) for w in parts)) if parts else set(range(len(people)))
            k = min(holders, key=lambda k: (people[k].first_seen, k), default=None)
            owner = people[k] if k is not None else None
            if owner is not None and on(RELATIVE_NAMED_LATER) and owner.name in kin and name not in kin \
                    and len(parts) >= 2 and first[name] < owner.first_seen:
                owner = None  # "Gloria Vanderbilt ... her mother, Gloria Morgan Vanderbilt": two people
            if owner is None and len(parts) == 1:
                owner = self._spelling_variant(name)
            elif owner is None and on(SPELLINGS):
                owner = self._spelt_apart(name)
                if owner is not None:  # "bin Ladin" then finds the person too
                    for w in parts:
                        having.setdefault(w, set()).add(people.index(owner))
            if owner is None and len(parts) >= 2 and on(SHORT_GIVEN_NAME):
                owner = self._shortened(name)  # "Pina Li Causi" after "Giuseppina Li Causi"
            if owner is None and len(parts) == 2 and titled(name):
                owner = self.given_name_of(name.split()[1])  # "Prince Mancoba" after "Prince Mancoba Dlamini"
            if owner is not None:
                self.alias(owner, name)
                continue
            if self.lookup(name):
                continue
            actor = self.add(name, PERSON, first[name])
            for w in set(self.fold(actor.name).split()):
                having.setdefault(w, set()).add(len(people))
            people.append(actor)
            if len(name.split()) > 1:
                # the surname finds the person ("Zhao also noted") but is listed as an alias
                # only once the article uses it
                words = [w.strip(",") for w in name.split()]
                while len(words) > 2 and words[-1].lower() in self.lang.name_suffixes:
                    words.pop()  # "Dale R. Pike, Jr." is Pike
                surname = words[-1]
                if on(TRAILING_PATRONYMIC) and len(words) > 2 and words[-1].lower() in self.lang.trailing_patronymics:
                    surname = " ".join(words[-2:])  # "Bolot kyzy" of "Aigerim Bolot kyzy"
                family_first = on(FAMILY_NAME_FIRST) and len(words) == 2 and words[0].isalpha() \
                    and words[0].istitle() and _HYPHENATED_GIVEN.fullmatch(words[1]) is not None
                if family_first:
                    surname = words[0]  # "Oh" of "Oh Jin-seok"
                if surname.lower() not in self.lang.name_suffixes and (len(surname) > 2 or family_first):
                    key = self.fold(surname)
                    held = self.actors.get(self._by_name.get(key, ""))
                    if held is None or on(FIRST_BEARER) and held.type == PERSON \
                            and actor.first_seen < held.first_seen and held.id in surnamed:
                        self._by_name[key] = actor.id  # of several with the surname, the one introduced first
                        surnamed.add(actor.id)
                article, _, bare = surname.partition("-")
                if on(SURNAME_AFTER_ITS_ARTICLE) and bare[:1].isupper() and len(bare) > 2 \
                        and article.lower() in self.lang.name_articles_joined and self.fold(bare) not in self._by_name:
                    self._by_name[self.fold(bare)] = actor.id  # "Rawahi" of "Hamad bin Saif al-Rawahi"
                joined = next((k for k in range(2, len(words) - 1) if words[k] in self.lang.surname_joiners), None)
                if on(SURNAMES_JOINED) and joined is not None:
                    key = self.fold(words[joined - 1])
                    if key not in self._by_name:
                        self._by_name[key] = actor.id  # "Puig" of "Jordi Puig i Serra"
                        self._first_surnames.add(key)
                middle = words[1] if len(words) == 3 else ""
                if on(FIRST_SURNAME) and self._first_surname(middle):
                    key = self.fold(middle)
                    held = self.actors.get(self._by_name.get(key, ""))
                    if held is None or on(FIRST_SURNAME_OVER_SECOND) and self._second_surname_of(held, key):
                        self._by_name[key] = actor.id  # "Restrepo" of "Julian Restrepo Ocampo"
                        self._first_surnames.add(key)

    def _first_surname(self, word: str) -> bool:
        """Whether the middle word of a three-word person's name reads as a first surname: capitalised, not a
        given name or a title."""
        return len(word) > 2 and word[:1].isupper() and word.isalpha() \
            and word.lower() not in self.lang.given_names and word.lower() not in self.lang.titles

    def _second_surname_of(self, held: Actor, key: str) -> bool:
        """Whether the person ``held`` bears the folded surname ``key`` only as the second of their own two
        surnames ("Ruiz" of "Andrés Vega Ruiz")."""
        words = held.name.split()
        return held.type == PERSON and len(words) == 3 and self.fold(words[-1]) == key \
            and self._first_surname(words[1])

    def is_first_surname(self, name: str) -> bool:
        """Whether ``name`` finds a person only as the middle word of their three-word name."""
        return bool(self._first_surnames) and self.fold(name) in self._first_surnames

    def ending_in(self, name: str) -> Actor | None:
        """The one person whose fuller name ends in the two or more words of ``name`` (`Van Hove` of `Pieter Van
        Hove`), if exactly one does."""
        words = self.fold(name).split()
        if not on(SURNAME_OF_SEVERAL_WORDS) or len(words) < 2:
            return None
        found = [a for a in self.by_type(PERSON) for full in [self.fold(a.name).split()]
                 if len(full) > len(words) and full[-len(words):] == words]
        return found[0] if len(found) == 1 else None

    def given_name_of(self, word: str) -> Actor | None:
        """The one person whose full name begins with ``word`` (their given name), if exactly one does."""
        key = self.fold(word)
        found = [a for a in self.by_type(PERSON) for words in [self.fold(a.name).split()]
                 if len(words) > 1 and words[0] == key]
        return found[0] if len(found) == 1 else None

    def _spelling_variant(self, surname: str) -> Actor | None:
        """A surname spelt one letter apart from a known person's ("Soleymani", "Soleimani")."""
        s = surname.lower()
        if len(s) < 6:
            return None
        hits = [a for a in self.by_type(PERSON) if len(a.name.split()) > 1
                and one_edit_apart(s, a.name.split()[-1].lower())]
        return hits[0] if len(hits) == 1 else None

    def _spelt_apart(self, name: str) -> Actor | None:
        """A full name spelt otherwise, word for word, as a known person's: "Usama bin Ladin" and "Osama bin
        Laden" (every word the same or one letter apart, the words that differ five letters or more)."""
        words = self.fold(name).split()
        hits = []
        for a in self.by_type(PERSON):
            theirs = self.fold(a.name).split()
            if len(theirs) != len(words) or theirs == words:
                continue
            if all(x == y or (min(len(x), len(y)) >= 5 and one_edit_apart(x, y)) for x, y in zip(words, theirs)):
                hits.append(a)
        return hits[0] if len(hits) == 1 else None

    def _shortened(self, name: str) -> Actor | None:
        """The one known person whose full name is ``name`` with a longer given name ending in this one's (`Pina Li
        Causi` of `Giuseppina Li Causi`): the short form four letters or more, three fewer than the whole."""
        words = self.fold(name).split()
        short = words[0]
        hits = [a for a in self.by_type(PERSON) for theirs in [self.fold(a.name).split()]
                if len(theirs) == len(words) and theirs[1:] == words[1:] and len(short) >= SHORT_FORM
                and len(theirs[0]) >= len(short) + 3 and theirs[0].endswith(short)]
        return hits[0] if len(hits) == 1 else None

    def _inverted(self, name: str) -> str | None:
        """`education ministry` for `Ministry of Education` and the other way round (folded): a body's head word
        and the one or two capitalised words it is of; None for any other name."""
        words = self.fold(name).split()
        lang = self.lang
        if 3 <= len(words) <= 4 and words[0] in lang.org_heads and words[1] == lang.of \
                and not any(w in lang.org_heads or w in lang.articles for w in words[2:]):
            return " ".join(words[2:] + words[:1])  # "ministry of education": "education ministry"
        if 2 <= len(words) <= 3 and words[-1] in lang.org_heads \
                and not any(w in lang.org_heads or w in lang.articles or w == lang.of for w in words[:-1]):
            return " ".join([words[-1], lang.of, *words[:-1]])  # "education ministry": "ministry of education"
        return None

    def add_body(self, name: str, kind: str, where: tuple[int, int]) -> Actor:
        lang = self.lang
        if kind == COUNTRY:
            canonical = lang.country_of(name) or name
            actor = self.lookup(canonical) or self.add(canonical, COUNTRY, where)
            self.alias(actor, name)
            return actor
        known = self.lookup(name)
        if known:
            return known
        words = name.split()
        if kind == ORG and len(words) > 1 and words[-1].lower().rstrip(".") in lang.corporate_suffixes:
            actor = self.add(name, kind, where)
            self._by_name.setdefault(self.fold(" ".join(words[:-1])), actor.id)  # "ABS-CBN" for "ABS-CBN Corporation"
            return actor
        inverted = self._inverted(name) if on(BODY_NAME_INVERTED) and kind == ORG and len(words) > 1 else None
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
                    w.rstrip(".") in lang.org_heads for w in rest[len(self.fold(name).split()):]):
                self.alias(a, name)  # "ABS-CBN" and "ABS-CBN Corporation"
                return a
            if inverted is not None and inverted == self.fold(a.name):
                self.alias(a, name)  # "Ministry of Education" and "Education Ministry"
                return a
            if len(words) == 1 and len(rest) > 1 and rest[0] == self.fold(name) \
                    and rest[-1].rstrip(".") in lang.corporate_suffixes and name.lower() not in lang.org_heads:
                self.alias(a, name)  # "Ford" and "Ford Motor Company"
                return a
        if on(FIRM_BY_ITS_FIRST_WORD) and kind == ORG and len(words) == 1 and name.lower() not in lang.org_heads \
                and not lang.country_of(name) and not name.replace(".", "").isupper():  # not "U.N." for its Council
            begun = [a for a in self.by_type(ORG) if len(self.fold(a.name).split()) > 1
                     and self.fold(a.name).split()[0] == self.fold(name)
                     and not any(w.islower() for w in a.name.split())]  # not "Omsk in Siberia"
            if len(begun) == 1:
                self.alias(begun[0], name)  # "Marlowe" for "Marlowe Maritime Analytics"
                return begun[0]
        return self.add(name, kind, where)


def one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))
