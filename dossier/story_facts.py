"""A story's facts, computed from the reviewed fact files of its articles (never from spaCy again).

- **Actors across articles.** Each article's actors are *members*
  (``ARTICLE#actor-id``); members naming the same person or body are joined
  into one entry: the same full name (accents, case, middle initials aside),
  a full name and a shorter form of it (``Pedro Pierluisi`` and ``Pedro R.
  Pierluisi Urrutia``), a bare surname when one person in the story carries
  it (people who share a surname stay apart), a bare title when one person in
  the article holds it (``Queen``), and whatever the register (``actors.yaml``)
  says. An entry's roles are all its members' roles in time order (by the articles' dates, and within an
  article the roles it places before the main one first), each cited to its article and paragraph.
- **Timeline.** Each article's date, and the sentences that date an event
  ("on Tuesday", "last week", "on 4 August"), resolved against the article's
  date with the words of ``dossier/datewords.py``.
- **Quotes.** Every quote of every article; the same words quoted by several
  articles are one entry with every source.

The result is a fact file (``OUT/stories/NAME.yaml``, schema
``dossier/schema/story.schema.json``) that editors review like any other:
re-computation is a three-way merge with the last machine output
(``OUT/stories/.machine/NAME.yaml``). An editor's merge of two actors (the
members moved into one entry, the other deleted) or split (a new entry taking
some members) survives; untouched entries follow the articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from functools import lru_cache
from pathlib import Path

from . import datewords as W
from .errors import DossierError
from .facts import _plain
from .stories import Entry, fold, slug

STORY_SCHEMA = Path(__file__).resolve().parent / "schema" / "story.schema.json"
NOT_AN_ACTOR = "topic"  # register type for names the extractor takes for actors (Brexit, COVID-19)
PEOPLE_TYPES = ("person", "unnamed")
SECTIONS = ("actors", "events", "quotes")


# -- names -------------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    """A name's words for matching: folded, initials and leading titles dropped."""
    from extract.lang.en.lexicon import TITLE_WORDS

    words = fold(name).split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    kept = tuple(w for w in words if len(w) > 1 or len(words) == 1)
    return kept or tuple(words)


def _contains(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is ``long`` with words left out, keeping the first name (Wanda Vázquez ⊂ Wanda Vázquez Garced)."""
    if len(short) < 2 or short[0] != long[0]:
        return False
    it = iter(long)
    return all(w in it for w in short)


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    if len(a) >= 2 and len(b) >= 2:
        return _contains(a, b) if len(a) <= len(b) else _contains(b, a)
    return False


class _Union:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _register_index(register: list[Entry]) -> dict[tuple[str, ...], Entry]:
    index = {}
    for e in register:
        for n in (e.name, *e.aliases):
            index[_tokens(n)] = e
            index[tuple(fold(n).split())] = e
    return index


def register_entry(actor: dict, index: dict[tuple[str, ...], Entry]) -> Entry | None:
    """The register's entry for one article actor: by its name, or by an alias of two words or more."""
    for n in (actor["name"], *(actor.get("aliases") or [])):
        e = index.get(_tokens(n)) or index.get(tuple(fold(n).split()))
        if e is not None and (n == actor["name"] or len(_tokens(n)) >= 2):
            return e
    return None


def canonical_names(facts: dict, register: list[Entry]) -> dict:
    """An article's facts as a single-article memo shows them: each actor the register knows under its
    canonical name (the article's own name kept as an alias), two actors of one entry shown as one, their
    quotes under it. The fact file is not changed: this is a copy for rendering."""
    if not register:
        return facts
    index = _register_index(register)
    actors, kept, same = [], {}, {}
    for a in facts["actors"]:
        e = register_entry(a, index)
        if e is None or e.type == NOT_AN_ACTOR:
            actors.append(a)
            continue
        if e.id in kept:  # `Johnson` and `Boris Johnson` in one article: one row, its paragraphs joined
            first = kept[e.id]
            same[a["id"]] = first["id"]
            first["paragraphs"] = sorted({*(first.get("paragraphs") or []), *(a.get("paragraphs") or [])})
            first["aliases"] = [*first["aliases"], *[n for n in (a["name"], *(a.get("aliases") or []))
                                                     if n not in first["aliases"] and n != e.name]]
            continue
        names = [n for n in (a["name"], *(a.get("aliases") or [])) if n != e.name]
        b = {**a, "name": e.name, "aliases": list(dict.fromkeys(names))}
        if b.get("type") != e.type and e.type == "person":
            b["type"] = "person"
        kept[e.id] = b
        actors.append(b)
    quotes = [{**q, "speaker": same.get(q["speaker"], q["speaker"])} for q in facts["quotes"]]
    return {**facts, "actors": actors, "quotes": quotes}


def cluster(members: list[dict], register: list[Entry]) -> list[list[dict]]:
    """Members (one article's actor each, with ``article``, ``date``) grouped into one list per real actor."""
    keys = [m["key"] for m in members]
    u = _Union(keys)
    by_key = {m["key"]: m for m in members}
    reg = _register_index(register)
    reg_of: dict[str, Entry] = {}
    for m in members:
        for n in (m["name"], *(m.get("aliases") or [])):
            e = reg.get(_tokens(n)) or reg.get(tuple(fold(n).split()))
            if e is not None and (n == m["name"] or len(_tokens(n)) >= 2):
                reg_of[m["key"]] = e
                break
    by_entry: dict[str, str] = {}
    for k, e in sorted(reg_of.items()):
        if e.id in by_entry:
            u.join(by_entry[e.id], k)
        else:
            by_entry[e.id] = k
    people = [m for m in members if m["type"] in PEOPLE_TYPES
              or (m["key"] in reg_of and reg_of[m["key"]].type == "person")
              or (len(m["tokens"]) >= 2 and m["type"] in ("org", "place", "country", "group")
                  and m["key"] not in reg_of and _looks_like_person(m, members))]
    bodies = [m for m in members if m not in people]
    # full names: the same, or one a shorter form of the other
    full = [m for m in people if len(m["tokens"]) >= 2]
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if same_person(a["tokens"], b["tokens"]) and _compatible(reg_of, a, b):
                u.join(a["key"], b["key"])
    # bodies: the same name or alias
    seen: dict[tuple, str] = {}
    for m in bodies:
        if m["key"] in reg_of:
            continue
        for n in (m["name"], *(m.get("aliases") or [])):
            t = tuple(fold(n).split())
            if t in seen and _compatible(reg_of, m, by_key[seen[t]]):
                u.join(seen[t], m["key"])
            seen.setdefault(t, m["key"])
    # a bare surname, or a bare title: joined only where it names one entry
    for m in members:
        if len(m["tokens"]) != 1 or m["key"] in reg_of or m in bodies and not _is_name(m):
            continue
        word = m["tokens"][0]
        for scope in ([p for p in full if p["article"] == m["article"]], full):
            roots = {u.find(p["key"]) for p in scope if word in p["tokens"][1:]}
            if not roots and len(word) >= 6:  # a misspelt surname (`Pierliusi`): one letter off, one person
                roots = {u.find(p["key"]) for p in scope if any(_one_off(word, t) for t in p["tokens"][1:])}
            titled = {u.find(p["key"]) for p in scope
                      if p["type"] == "person" and p.get("title") and fold(p["title"]).split()[-1:] == [word]}
            hits = roots or titled
            if len(hits) == 1:
                u.join(hits.pop(), m["key"])
                break
            if len(hits) > 1:
                break  # two people share the surname: the bare name stays apart
    alone: dict[tuple, str] = {}
    for m in members:
        if len(m["tokens"]) == 1 and u.find(m["key"]) == m["key"] and m["key"] not in reg_of:
            kind = "people" if m in people or _is_name(m) else "bodies"
            # a person's initial is dropped (`Pedro R. Pierluisi`), a body's letters are its name (`U.S. Senate`)
            words = m["tokens"] if kind == "people" else tuple(fold(m["name"]).split())
            if (kind, words) in alone:
                u.join(alone[(kind, words)], m["key"])
            else:
                alone[(kind, words)] = m["key"]
    groups: dict[str, list[dict]] = {}
    for m in members:
        groups.setdefault(u.find(m["key"]), []).append(m)
    out = []
    for g in groups.values():
        g.sort(key=lambda m: (m["date"] or "", m["key"]))
        for m in g:
            m["register"] = reg_of.get(m["key"])
        out.append(g)
    out.sort(key=lambda g: g[0]["key"])
    return out


def _one_off(a: str, b: str) -> bool:
    """Two words one typing slip apart: a letter changed, added, dropped, or two letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _compatible(reg_of: dict, a: dict, b: dict) -> bool:
    ea, eb = reg_of.get(a["key"]), reg_of.get(b["key"])
    return ea is None or eb is None or ea.id == eb.id


def _is_name(m: dict) -> bool:
    """An org-typed member that is a bare name the model mistyped (`Vázquez`), not a body (`Senate`)."""
    from extract.lang.en.lexicon import ORG_HEADS

    return m["type"] == "org" and m["tokens"][0] not in ORG_HEADS and m["name"][:1].isupper() \
        and not m["name"].isupper()


def _looks_like_person(m: dict, members: list[dict]) -> bool:
    """An org-typed full name that a person of the story carries too (`Wanda Vázquez Garced`)."""
    from extract.lang.en.lexicon import ORG_HEADS

    if m["tokens"][-1] in ORG_HEADS or any(t in ORG_HEADS for t in m["tokens"]):
        return False
    return any(p["type"] == "person" and p["key"] != m["key"] and
               (same_person(p["tokens"], m["tokens"]) or (len(p["tokens"]) == 1 and p["tokens"][0] in m["tokens"][1:]))
               for p in members)


def _canonical(group: list[dict]) -> tuple[str, str]:
    reg = next((m["register"] for m in group if m.get("register")), None)
    if reg is not None:
        return reg.name, reg.type
    names: dict[str, int] = {}
    for m in group:
        names[m["name"]] = names.get(m["name"], 0) + 1
    full = [n for n in names if len(_tokens(n)) >= 2] or list(names)
    name = sorted(full, key=lambda n: (-names[n], len(_tokens(n)), n))[0]
    types = [m["type"] for m in group]
    typ = "person" if "person" in types else max(sorted(set(types)), key=types.count)
    return name, typ


# -- dates -------------------------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?<![\s.][A-Z]\.)(?<!\b(?:Dr|Mr|Ms|St)\.)(?<!Mrs\.)(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z0-9])")
_MONTH = "|".join(sorted(W.MONTHS, key=len, reverse=True))
_DAY = "|".join(W.WEEKDAYS)
_REL = "|".join(sorted((re.escape(k) for k in (*W.RELATIVE_DAYS, *W.RELATIVE_SPANS)), key=len, reverse=True))
_DATE_RX = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<wd>{_DAY})|(?P<rel>{_REL}))\b", re.I)
_DATELINE = re.compile(rf"^\s*(?:{_DAY}),?\s+(?:{_MONTH})\s+\d{{1,2}},\s+\d{{4}}\s*$", re.I)


def parse_date(value) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(paragraph) if s.strip()]


def resolve(match: re.Match, sentence: str, base: dt.date) -> tuple[dt.date, str | None] | None:
    """The date a date expression names, against the article's date; and a span label for vague ones."""
    g = match.groupdict()
    before = sentence[: match.start()].lower()
    future = any(re.search(rf"\b{re.escape(c)}\b", before[-60:]) for c in W.FUTURE_CUES)
    if g["wd"]:
        target = W.WEEKDAYS[g["wd"].lower()]
        back = (base.weekday() - target) % 7
        if future:
            return base + dt.timedelta(days=(target - base.weekday()) % 7 or 7), None
        return base - dt.timedelta(days=back), None
    if g["rel"]:
        key = g["rel"].lower()
        if key in W.RELATIVE_DAYS:
            return base + dt.timedelta(days=W.RELATIVE_DAYS[key]), None
        days, label = W.RELATIVE_SPANS[key]
        return base + dt.timedelta(days=days), label
    month = W.MONTHS[(g["m1"] or g["m2"]).lower()]
    day = int(g["d1"] or g["d2"])
    year = g["y1"] or g["y2"]
    try:
        if year:
            return dt.date(int(year), month, day), None
        when = dt.date(base.year, month, day)
    except ValueError:
        return None
    if (when - base).days > 183:  # "December 18" in a January article
        when = when.replace(year=base.year - 1)
    elif (base - when).days > 183:  # "January 20" in a November article
        when = when.replace(year=base.year + 1)
    return when, None


@lru_cache(maxsize=1)
def _gloss() -> re.Pattern:
    """Where a translation the article gives after a quotation starts: `((es))Spanish language: Si el ...`."""
    from extract.lang.en.lexicon import TRANSLATION_LABEL

    return re.compile(r"\(\([a-z]{2,3}\)\)|" + TRANSLATION_LABEL.pattern)


def _english(sentence: str) -> bool:
    """Whether a sentence reads as English: one of its words at least is an English function word."""
    from extract.lang.en.lexicon import ENGLISH_MARKERS

    return any(w in ENGLISH_MARKERS for w in re.findall(r"[a-z']+", sentence.lower()))


def dated_events(stem: str, paragraphs: list[str], base: dt.date | None, limit: int = 6) -> list[dict]:
    """Sentences of an article that date an event, the date resolved against the article's date; a translation
    the article gives after a quotation (`((es))Spanish language: ...`) is no event."""
    if base is None:
        return []
    events = []
    for n, para in enumerate(paragraphs, start=1):
        if _DATELINE.match(para):
            continue
        for s in sentences(para):
            gloss = _gloss().search(s)
            s = s[:gloss.start()].rstrip() if gloss else s
            if not _english(s):
                continue
            m = _DATE_RX.search(s)
            if not m or len(s) < 25:
                continue
            got = resolve(m, s, base)
            if got is None:
                continue
            when, span = got
            if abs((when - base).days) > 400:
                continue
            text = s if len(s) <= 260 else s[:259].rsplit(" ", 1)[0] + "…"
            h = hashlib.sha256(f"{stem}\0{s}".encode()).hexdigest()[:8]
            events.append({"id": f"e-{h}", "date": when.isoformat(), "span": span, "phrase": m.group(0),
                           "article": stem, "paragraph": n, "text": text})
    seen, out = set(), []
    for e in events:
        if (e["date"], e["text"]) not in seen:
            seen.add((e["date"], e["text"]))
            out.append(e)
    return out[:limit]


# -- the story's facts ---------------------------------------------------------------------------------

def _quote_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def compute(story, articles: list[dict], register: list[Entry]) -> dict:
    """The machine's facts of a story. ``articles``: dicts with ``stem``, ``facts`` and ``paragraphs``."""
    articles = sorted(articles, key=lambda a: (a["facts"]["source"].get("date") or "", a["stem"]))
    skip = {k for e in register if e.type == NOT_AN_ACTOR for k in (_tokens(e.name), *map(_tokens, e.aliases))}
    members = []
    for a in articles:
        date = a["facts"]["source"].get("date")
        for actor in a["facts"]["actors"]:
            if _tokens(actor["name"]) in skip:
                continue
            members.append({"key": f"{a['stem']}#{actor['id']}", "article": a["stem"], "date": date,
                            "name": actor["name"], "type": actor["type"], "aliases": actor.get("aliases") or [],
                            "title": actor.get("title"), "affiliation": actor.get("affiliation"),
                            "roles": actor.get("roles") or [], "paragraphs": actor.get("paragraphs") or [],
                            "tokens": _tokens(actor["name"])})
    groups = cluster(members, register)
    texts = {a["stem"]: a["paragraphs"] for a in articles}
    actors, used = [], set()
    for g in groups:
        name, typ = _canonical(g)
        reg = next((m["register"] for m in g if m.get("register")), None)
        aid = reg.id if reg else slug(name)
        base_id, k = aid, 2
        while aid in used:
            aid, k = f"{base_id}-{k}", k + 1
        used.add(aid)
        aliases = sorted({n for m in g for n in (m["name"], *m["aliases"]) if n != name}, key=str.lower)
        entry = {"id": aid, "name": name, "type": typ}
        if reg and reg.wikidata:
            entry["wikidata"] = reg.wikidata
        entry["aliases"] = aliases
        entry["members"] = [m["key"] for m in g]
        roles = role_chain(g, typ, texts)
        if roles:
            entry["roles"] = roles
        actors.append(entry)
    quotes: dict[str, dict] = {}
    for a in articles:
        for q in a["facts"]["quotes"]:
            if q.get("status") == "rejected":
                continue
            key = _quote_key(q["text"])
            src = {"article": a["stem"], "paragraph": q["paragraph"], "quote": q["id"]}
            if key in quotes:
                quotes[key]["sources"].append(src)
                continue
            quotes[key] = {"id": "sq-" + hashlib.sha256(key.encode()).hexdigest()[:10], "kind": q["kind"],
                           "text": q["text"], "sources": [src]}
    events = []
    for a in articles:
        events += dated_events(a["stem"], a["paragraphs"], parse_date(a["facts"]["source"].get("date")))
    events.sort(key=lambda e: (e["date"], e["article"], e["paragraph"]))
    return {
        "schema": 1,
        "story": story.name,
        "articles": [{"article": a["stem"], "title": a["facts"]["source"].get("title") or a["stem"],
                      "date": a["facts"]["source"].get("date"), "facts_sha256": a["facts_sha256"]}
                     for a in articles],
        "actors": actors,
        "events": events,
        "quotes": list(quotes.values()),
    }


def role_chain(group: list[dict], group_type: str | None, texts: dict[str, list[str]]) -> list[dict]:
    """An entry's roles in time order, each cited: its members' articles by date, and within an article the
    roles it places before its main one (`when: before`, undated), then the main one (the member's title and
    affiliation), then the others it gives, dated with the article. A role already in the chain in other words
    is not repeated: a dated one when it is the last dated role's, one before when it is any earlier role's."""
    chain: list[dict] = []
    for m in group:
        if m["type"] not in ("person", "unnamed") and group_type != "person":
            continue  # a member the model typed otherwise gives its roles only when its entry is a person
        others = [r for r in m.get("roles") or [] if isinstance(r, dict)]
        steps = [(r, "before") for r in others if r.get("when") == "before"]
        steps.append((None, None))
        steps += [(r, None) for r in others if r.get("when") not in ("before", "after")]
        steps += [(r, "after") for r in others if r.get("when") == "after"]
        for r, when in steps:
            if r is None:
                role, paragraph = _role_text(m.get("title"), m.get("affiliation")), None
            else:
                role, paragraph = _role_text(r.get("title"), r.get("affiliation")), r.get("paragraph")
            if not role:
                continue
            if when == "before" and any(_same_role(c["role"], role) for c in chain):
                continue
            dated = [c for c in chain if c.get("when") != "before"]
            if when != "before" and dated and _same_role(dated[-1]["role"], role):
                continue
            if paragraph is None:
                paragraph = _role_paragraph(m, texts[m["article"]])
            entry = {"role": role, "date": None if when == "before" else m["date"], "article": m["article"],
                     "paragraph": paragraph}
            if when:
                entry["when"] = when
            chain.append(entry)
    return chain


def _role_text(title: str | None, affiliation: str | None) -> str | None:
    """A title and its affiliation as one role: `governor, Puerto Rico`, `member of Parliament`; None for words
    that name no role."""
    parts = [p for p in (title, affiliation) if p]
    if len(parts) == 2 and fold(parts[1]) in fold(parts[0]):
        parts = parts[:1]
    if len(parts) == 2 and fold(parts[0]).split()[-1:] in (["member"], ["members"]):
        role = f"{parts[0]} of {parts[1]}"  # `member of Parliament`, not `member, Parliament`
    else:
        role = ", ".join(parts)
    if not role or len(role) > 80 or not _role_words(role):
        return None
    return role


def _role_paragraph(m: dict, paragraphs: list[str]) -> int:
    """The paragraph a role is cited to: the first of the actor's paragraphs that holds the title's words."""
    title = fold(m.get("title") or "")
    for n in m["paragraphs"]:
        if title and 0 < n <= len(paragraphs) and title in fold(paragraphs[n - 1]):
            return n
    return (m["paragraphs"] or [1])[0]


CHANGE_WORDS = frozenset("former ex elect acting interim outgoing exiting new designate removed".split())


def _same_role(a: str, b: str) -> bool:
    """One role in other words: `Speaker, House of Representatives`, `Democratic Speaker`, `Representatives
    Speaker` (one's words within the other's), but not `Prime Minister` and `Foreign Minister`, nor
    `President-elect` and `President` (a word saying the role changed)."""
    wa, wb = _role_words(a), _role_words(b)
    if wa == wb:
        return True
    if (wa ^ wb) & CHANGE_WORDS:
        return False
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _role_words(role: str) -> frozenset:
    """The words that say what a role is: `current prime minister` and `Prime Minister` are one role."""
    words = fold(role.split(",")[0]).replace("-", " - ").split()
    heads = {w for w in words if w in W.ROLE_HEADS}
    if not heads:
        return frozenset()
    return frozenset(w for w in words if w not in W.ROLE_QUALIFIERS and w != "-")


# -- merging with an editor's file -------------------------------------------------------------------

def merge(current_text: str | None, base: dict | None, new: dict) -> tuple[str, list[str]]:
    """Three-way merge, as for an article's fact file: what the editor changed stays, the rest follows ``new``.

    Actors are merged by their members: a member an editor placed (in an entry they added or edited) stays
    there and leaves the machine's entries; a member no entry holds any more (a new article's actor whose
    machine entry the editor deleted) joins the entry holding the rest of its machine group."""
    from .facts import _to_rt, _yaml

    if current_text is None:
        return dump(new), []
    y = _yaml()
    cur = y.load(current_text)
    base = base or {}
    notes: list[str] = []
    for key, value in new.items():
        if key not in SECTIONS and _plain(cur.get(key)) != value:
            cur[key] = _to_rt(value, key)
    for section in SECTIONS:
        items = cur.get(section)
        if items is None:
            cur[section] = items = _to_rt([])
        base_items = {b["id"]: b for b in base.get(section) or []}
        new_items = {n["id"]: n for n in new.get(section) or []}
        present = set()
        for i in range(len(items) - 1, -1, -1):
            item = items[i]
            iid = _plain(item.get("id"))
            present.add(iid)
            if iid not in base_items:
                continue  # the editor's
            b = base_items[iid]
            if _plain(item) == b:
                if iid in new_items:
                    items[i] = _to_rt(new_items[iid])
                else:
                    del items[i]
                continue
            item["_edited"] = True
            if iid in new_items:
                n = new_items[iid]
                for k, v in n.items():
                    if k == "members":
                        continue  # an edited entry's members are the editor's
                    untouched = k in item and _plain(item[k]) == b.get(k) and _plain(item[k]) != v
                    if (k not in item and k not in b) or untouched:
                        item[k] = _to_rt(v, k)
            else:
                notes.append(f"{section[:-1]} {iid} was edited and is no longer found: kept")
        for iid, n in new_items.items():
            if iid not in present and iid not in base_items:
                items.append(_to_rt(n))
    # members: the editor's placement wins
    actors = cur["actors"]
    placed = {m for a in actors if a.get("_edited") or _plain(a.get("id")) not in
              {b["id"] for b in base.get("actors") or []} for m in _plain(a.get("members") or [])}
    for i in range(len(actors) - 1, -1, -1):
        a = actors[i]
        if a.get("_edited") or _plain(a.get("id")) not in {b["id"] for b in base.get("actors") or []}:
            continue
        kept = [m for m in _plain(a.get("members") or []) if m not in placed]
        if not kept:
            del actors[i]
        elif kept != _plain(a["members"]):
            a["members"] = _to_rt(kept, "members")
    held = {m: _plain(a["id"]) for a in actors for m in _plain(a.get("members") or [])}
    for n in new["actors"]:
        orphans = [m for m in n["members"] if m not in held]
        if not orphans:
            continue
        homes = [held[m] for m in n["members"] if m in held]
        home = max(sorted(set(homes)), key=homes.count) if homes else None
        target = next((a for a in actors if _plain(a["id"]) == home), None)
        if target is None:
            target = _to_rt({**n, "members": []})
            actors.append(target)
        target["members"] = _to_rt(_plain(target.get("members") or []) + orphans, "members")
        for m in orphans:
            held[m] = _plain(target["id"])
    for a in actors:
        if "_edited" in a:
            del a["_edited"]
    buf = io.StringIO()
    y.dump(cur, buf)
    return buf.getvalue(), notes


def plain_yaml(text: str) -> dict:
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def dump(data: dict) -> str:
    from .facts import dump as dump_facts

    return HEADER + dump_facts(data)


HEADER = ("# yaml-language-server: $schema=.machine/story.schema.json\n"
          "# A story's facts, computed by dossier from its articles' fact files. Edit freely: merge two actors\n"
          "# (move the members into one entry, delete the other), split one (a new entry taking members), rename,\n"
          "# correct a role; your edits are kept when the articles change (README: Stories).\n")


# -- loading -----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(STORY_SCHEMA.read_text(encoding="utf-8")))


def load_story_facts(path: Path) -> dict:
    """A story's fact file, checked against its schema, its ids unique and every member an article's actor."""
    from .facts import _line_of
    from .safeyaml import load_yaml_text, read_yaml_text

    text = read_yaml_text(path)
    data = load_yaml_text(text, path, code="E605")
    if not isinstance(data, dict):
        raise DossierError("E605", path, 1, "a story's fact file is a mapping", "delete it: the next build "
                           "writes it again from the articles")
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        shown = ".".join(str(p) for p in e.absolute_path)
        raise DossierError("E605", path, _line_of(text, list(e.absolute_path)),
                           f"{shown}: {e.message}" if shown else e.message,
                           f"fix the value (see {STORY_SCHEMA.name} beside the machine copies)")
    seen: dict[str, str] = {}
    for section in SECTIONS:
        ids = set()
        for i, item in enumerate(data[section]):
            if item["id"] in ids:
                raise DossierError("E605", path, _line_of(text, [section, i, "id"]),
                                   f"duplicate {section[:-1]} id `{item['id']}`", "give each one its own id")
            ids.add(item["id"])
    for i, a in enumerate(data["actors"]):
        for j, m in enumerate(a.get("members") or []):
            if m in seen:
                raise DossierError("E605", path, _line_of(text, ["actors", i, "members", j]),
                                   f"`{m}` is a member of both `{seen[m]}` and `{a['id']}`",
                                   "leave each article's actor in one entry")
            seen[m] = a["id"]
    return data


def ensure_schema_copy(folder: Path) -> None:
    from .facts import write_atomic

    target = folder / ".machine" / STORY_SCHEMA.name
    data = STORY_SCHEMA.read_bytes()
    if not target.is_file() or target.read_bytes() != data:
        write_atomic(target, data)


# -- what changed --------------------------------------------------------------------------------------

def changes(previous: dict | None, now: dict, since: str) -> dict:
    """New articles, quotes, actors and role changes since the last build's facts."""
    if previous is None:
        return {"since": None, "articles": [], "quotes": [], "actors": [], "roles": []}
    pa = {a["article"] for a in previous.get("articles") or []}
    pq = {q["id"] for q in previous.get("quotes") or []}
    pact = {a["id"]: a for a in previous.get("actors") or []}
    roles = []
    for a in now["actors"]:
        old = pact.get(a["id"])
        if old is not None and [r["role"] for r in old.get("roles") or []] != [r["role"] for r in a.get("roles") or []]:
            roles.append(a["id"])
    return {"since": since,
            "articles": [a["article"] for a in now["articles"] if a["article"] not in pa],
            "quotes": [q["id"] for q in now["quotes"] if q["id"] not in pq],
            "actors": [a["id"] for a in now["actors"] if a["id"] not in pact],
            "roles": roles}
