"""Render a story's facts into a memo: the context its templates read (``story.html.j2`` and partials).

The memo reads, in order: bottom line and key points (the editor's, or a draft
from the articles marked as one), what changed since the last build, the
timeline, who is who across the sources (ranked by what they said and how
often they appear), what they said (per actor, in date order, each quote once
with every source), the network figure, the sources, and each article's
annex. Every citation links to its article's paragraph in the annex.
"""

from __future__ import annotations

import hashlib
import re

from . import datewords as W
from .facts import SPLIT
from .network import svg
from .render import TYPE_LABEL, _markdown, _short, annex, render_html, safe_url
from .stories import fold
from .story_facts import _DATELINE, parse_date, sentences

STORY_TEMPLATE = "story.html.j2"
NETWORK_SIZE = 10


def day(value, year: bool = True) -> str:
    d = parse_date(value)
    if d is None:
        return "undated"
    return f"{d.day} {W.MONTH_ABBR[d.month - 1]}" + (f" {d.year}" if year else "")


def current_role(entry: dict) -> str:
    """An entry's latest role: the last of its chain that is not one its article places before another."""
    roles = entry.get("roles") or []
    dated = [r for r in roles if r.get("when") != "before"] or roles
    return dated[-1].get("role", "") if dated else ""


def _role_date(role: dict, sfacts: dict) -> str:
    """When a role was held, as the memo shows it: its article's day, or `before` that day for a role the
    article places before its main one."""
    if role.get("when") == "before":
        date = role.get("date") or next((a.get("date") for a in sfacts.get("articles") or []
                                         if a["article"] == role.get("article")), None)
        return f"before {day(date, year=False)}" if parse_date(date) else "earlier"
    return day(role.get("date"), year=False)


def context(story, sfacts: dict, articles: dict[str, dict], build: dict, target: str) -> dict:
    """``articles``: stem -> {"facts": the article's fact file, "paragraphs": its paragraphs' text}."""
    order = [a["article"] for a in sfacts["articles"] if a["article"] in articles]
    num = {stem: i for i, stem in enumerate(order, start=1)}

    def cite(stem: str, paragraph: int) -> dict:
        return {"n": num.get(stem, 0), "paragraph": paragraph, "anchor": f"a{num.get(stem, 0)}-p{paragraph}",
                "date": day(articles[stem]["facts"]["source"].get("date"), year=False) if stem in articles else ""}

    entries = [a for a in sfacts["actors"] if a.get("status") != "rejected"]
    of_member = {m: a["id"] for a in entries for m in a.get("members") or []}
    by_id = {a["id"]: a for a in entries}
    # quotes, each with its speaker entry (from the reviewed article fact files) and its sources
    art_quotes = {(stem, q["id"]): q for stem, a in articles.items() for q in a["facts"]["quotes"]}
    said: dict[str, list[dict]] = {}
    quote_rows = []
    for q in sfacts["quotes"]:
        if q.get("status") == "rejected":
            continue
        sources = [s for s in q["sources"] if (s["article"], s["quote"]) in art_quotes and s["article"] in num]
        if not sources:
            continue
        sources.sort(key=lambda s: (num[s["article"]], s["paragraph"]))
        first = art_quotes[(sources[0]["article"], sources[0]["quote"])]
        speaker = of_member.get(f"{sources[0]['article']}#{first['speaker']}") if first["speaker"] else None
        row = {"id": q["id"], "kind": q["kind"], "parts": [p.strip() for p in q["text"].split(SPLIT)],
               "cue": first.get("cue"), "speaker": speaker, "sources": [cite(s["article"], s["paragraph"])
                                                                          for s in sources],
               "order": (num[sources[0]["article"]], sources[0]["paragraph"])}
        quote_rows.append(row)
        said.setdefault(speaker or "_unknown", []).append(row)
    for rows in said.values():
        rows.sort(key=lambda r: r["order"])
    # who is who: ranked by what they said and how often they appear
    people = []
    for a in entries:
        arts = {m.split("#", 1)[0] for m in a.get("members") or []} & set(num)
        mentions = 0
        for m in a.get("members") or []:
            stem, aid = m.split("#", 1)
            actor = next((x for x in articles.get(stem, {}).get("facts", {}).get("actors", []) if x["id"] == aid), None)
            mentions += len((actor or {}).get("paragraphs") or [])
        n_quotes = len(said.get(a["id"], []))
        people.append({"id": a["id"], "name": a["name"], "type": a["type"],
                       "type_label": TYPE_LABEL.get(a["type"], a["type"]),
                       "aliases": [x for x in a.get("aliases") or [] if fold(x) != fold(a["name"])][:4],
                       "wikidata": a.get("wikidata"),
                       "roles": [{"role": r["role"][:1].upper() + r["role"][1:], "date": _role_date(r, sfacts),
                                  "cite": cite(r["article"], r.get("paragraph") or 1) if r.get("article") in num
                                  else None} for r in a.get("roles") or []],
                       "quotes": n_quotes, "articles": len(arts), "mentions": mentions,
                       "score": 4 * n_quotes + 2 * len(arts) + mentions})
    people.sort(key=lambda p: (-p["score"], p["name"]))
    rank = {p["id"]: i for i, p in enumerate(people)}
    named = [p for p in people if proper_name(p["name"])]  # `state`, `el cargo del`: words, not names
    shown = [p for p in named if p["type"] not in ("country", "place") and
             (p["quotes"] or p["roles"] or p["articles"] > 1 and p["type"] in ("person", "unnamed"))]
    also = [p["name"] for p in named if p not in shown and p["type"] not in ("country", "place")]
    places = [p["name"] for p in named if p["type"] in ("country", "place")]
    groups = []
    for key in sorted(said, key=lambda k: (rank.get(k, 10**6), k)):
        a = by_id.get(key)
        groups.append({"id": key, "name": a["name"] if a else "Speaker not identified",
                       "role": current_role(a) if a else "", "quotes": said[key]})
    # timeline: each article's date, and the dated events in it
    timeline = []
    for stem in order:
        src = articles[stem]["facts"]["source"]
        timeline.append({"date": src.get("date") or "", "label": day(src.get("date")), "kind": "article",
                         "text": src.get("title") or stem, "cite": {"n": num[stem], "anchor": f"source-{num[stem]}"}})
    for e in sfacts["events"]:
        if e.get("status") == "rejected" or e["article"] not in num:
            continue
        label = day(e["date"])
        if e.get("span"):
            label = f"{e['span']} {label}"
        timeline.append({"date": e["date"], "label": label, "kind": "event", "text": e["text"],
                         "phrase": e.get("phrase"), "cite": cite(e["article"], e["paragraph"])})
    timeline.sort(key=lambda t: (t["date"], t["kind"] != "article", t["cite"]["n"], t["cite"].get("paragraph", 0)))
    # sources and annexes
    sources, annexes = [], []
    for stem in order:
        f = articles[stem]["facts"]
        src = f["source"]
        sources.append({"n": num[stem], "title": src.get("title") or stem, "date": day(src.get("date")),
                        "outlet": src.get("outlet") or _outlet(src), "url": safe_url(src.get("url")),
                        "file": src.get("file")})
        quotes = [q for q in f["quotes"] if q.get("status") != "rejected"]
        annexes.append({"n": num[stem], "title": src.get("title") or stem, "date": day(src.get("date")),
                        "paragraphs": annex(articles[stem]["paragraphs"], quotes)})
    bottom, points, draft = _editorial(story, order, articles)
    changes = _changes(sfacts.get("changes"), by_id, quote_rows, num, sfacts)
    dates = [parse_date(articles[s]["facts"]["source"].get("date")) for s in order]
    dates = [d for d in dates if d]
    span = f"{day(min(dates).isoformat())} – {day(max(dates).isoformat())}" if dates else "undated"
    ref = "STORY-" + hashlib.sha256(story.name.encode()).hexdigest()[:6].upper()
    return {
        "target": target, "title": story.title, "question": story.question, "handling": story.handling,
        "reference": ref, "span": span, "date": span, "build": build, "review": _review(articles),
        "bottom_line_html": _markdown(bottom) if bottom else "", "key_points": points, "draft": draft,
        "timeline": timeline, "people": shown, "also": also, "places": places, "groups": groups,
        "changes": changes, "network_svg": _network(shown, entries, articles, said, num, story.title),
        "sources": sources, "annexes": annexes,
        "n_articles": len(order), "n_quotes": len(quote_rows), "n_actors": len(shown),
        "n_repeated": sum(1 for q in quote_rows if len(q["sources"]) > 1),
        "keywords": ", ".join(p["name"] for p in shown[:8]),
        "source": {"title": story.title},
    }


def proper_name(name: str) -> bool:
    """A name, not words the model took for one: after a leading `The`, its first and last words are
    capitalised (`House of Representatives`, `Luis Rivera Marín`; not `state`, `Si el`, `The opinion of the
    Court`). Story memos list only proper names; the fact files keep everything."""
    words = name.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in (words[0], words[-1]))


def _outlet(src: dict) -> str:
    s = src.get("source") or ""
    return s.split(",")[0] if s else ""


def _lead(paragraphs: list[str]) -> str:
    for p in paragraphs:
        if not _DATELINE.match(p) and len(p) > 40:
            s = sentences(p)
            return s[0] if s else p
    return ""


def _editorial(story, order: list[str], articles: dict) -> tuple[str | None, list[str], bool]:
    """The editor's bottom line and key points; else a draft from the articles' leads (marked as one)."""
    if story.bottom_line or story.key_points:
        return story.bottom_line, list(story.key_points), False
    if not order:
        return None, [], True
    latest = articles[order[-1]]
    bottom = _lead(latest["paragraphs"])
    points = []
    for stem in order:
        a = articles[stem]
        lead = _lead(a["paragraphs"])
        if lead:
            points.append(f"{day(a['facts']['source'].get('date'), year=False)}: {_short(lead, 220)}")
    return bottom, points, True


def _changes(ch: dict | None, by_id: dict, quote_rows: list[dict], num: dict, sfacts: dict) -> dict:
    if not ch or ch.get("since") is None:
        return {"first": True}
    titles = {a["article"]: a.get("title") or a["article"] for a in sfacts["articles"]}
    quotes = {q["id"]: q for q in quote_rows}
    new_quotes = []
    for qid in ch.get("quotes") or []:
        q = quotes.get(qid)
        if q:
            who = by_id.get(q["speaker"], {}).get("name", "Speaker not identified")
            new_quotes.append({"who": who, "text": _short(" … ".join(q["parts"]), 110), "cite": q["sources"][0]})
    return {"first": False, "since": ch["since"],
            "articles": [{"title": titles.get(s, s), "n": num.get(s)} for s in ch.get("articles") or []],
            "actors": [by_id[a]["name"] for a in ch.get("actors") or [] if a in by_id],
            "roles": [{"name": by_id[a]["name"], "role": current_role(by_id[a])}
                      for a in ch.get("roles") or [] if a in by_id],
            "quotes": new_quotes,
            "none": not any(ch.get(k) for k in ("articles", "actors", "roles", "quotes"))}


def _names(a: dict) -> list[str]:
    names = [a["name"], *[x for x in a.get("aliases") or [] if len(x.split()) >= 2]]
    if a["type"] == "person" and len(a["name"].split()) >= 2 and len(a["name"].split()[-1]) >= 4:
        names.append(a["name"].split()[-1])
    return names


def _network(people: list[dict], entries: list[dict], articles: dict, said: dict, num: dict, title: str) -> str:
    """Top actors; an edge for each paragraph two of them share, and one for each quote of one naming another."""
    by_id = {a["id"]: a for a in entries}
    nodes = [p for p in people if p["type"] not in ("country", "place", "unnamed")][:NETWORK_SIZE]
    ids = [p["id"] for p in nodes]
    where: dict[str, set] = {i: set() for i in ids}
    for i in ids:
        for m in by_id[i].get("members") or []:
            stem, aid = m.split("#", 1)
            actor = next((x for x in articles.get(stem, {}).get("facts", {}).get("actors", []) if x["id"] == aid), None)
            for p in (actor or {}).get("paragraphs") or []:
                where[i].add((stem, p))
    edges = []
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            w = len(where[ids[x]] & where[ids[y]])
            if w:
                edges.append({"a": ids[x], "b": ids[y], "weight": w, "kind": "co"})
    patterns = {i: re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(set(_names(by_id[i])))) + r")\b")
                for i in ids}
    for a in ids:
        counts: dict[str, int] = {}
        for q in said.get(a, []):
            text = " ".join(q["parts"])
            for b in ids:
                if b != a and patterns[b].search(text):
                    counts[b] = counts.get(b, 0) + 1
        for b, w in sorted(counts.items()):
            edges.append({"a": a, "b": b, "weight": w, "kind": "speaks"})
    name = {p["id"]: p["name"] for p in nodes}
    for e in edges:
        e["a_name"], e["b_name"] = name[e["a"]], name[e["b"]]
    edges.sort(key=lambda e: (e["kind"] == "speaks", -e["weight"], e["a"], e["b"]))
    return svg([{"id": p["id"], "name": p["name"], "weight": p["score"],
                 "kind": "person" if p["type"] == "person" else "body"} for p in nodes], edges,
               f"Who is connected to whom: {title}")


def render_story_html(ctx: dict, folder=None) -> str:
    """The memo's HTML from its context (``context``); the HTML and the PDF differ only in ``ctx["target"]``."""
    return render_html({}, [], ctx["build"], ctx["target"], folder, template_name=STORY_TEMPLATE, ctx=ctx)


def _review(articles: dict[str, dict]) -> dict:
    """What editors did to the articles' quotes: the colophon says "editor-reviewed" only if they did."""
    quotes = [q for a in articles.values() for q in a["facts"]["quotes"]]
    review = {"checked": sum(q.get("status") == "checked" for q in quotes),
              "rejected": sum(q.get("status") == "rejected" for q in quotes),
              "added": sum(q.get("origin") == "editor" for q in quotes)}
    review["reviewed"] = any(review.values())
    review["quotes"] = len(quotes)
    return review
