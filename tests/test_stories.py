"""Stories: the story-file reader (user input), dates, joining actors across articles, the editor's merge."""

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.errors import DossierError
from dossier.stories import parse_register, parse_story
from dossier.story_facts import _DATE_RX, cluster, compute, dated_events, merge, plain_yaml, resolve

P = Path("stories/s.yaml")


# -- the story file ----------------------------------------------------------------------------------

def test_story_file_read():
    s = parse_story("title: T\nquestion: Q?\narticles: [a, 'b-*']\nkey_points: [one]\nhandling: OFFICIAL\n", P)
    assert (s.title, s.articles, s.key_points, s.handling, s.bottom_line) == ("T", ("a", "b-*"), ("one",),
                                                                                "OFFICIAL", None)
    assert s.matches(["a", "b-1", "b-2", "c"]) == ["a", "b-1", "b-2"]


@pytest.mark.parametrize("text,line,words", [
    ("title: T\narticles: [a]\nbotom_line: x\n", 3, "unknown key `botom_line`"),
    ("articles: [a]\n", 1, "`title` is missing"),
    ("title: T\narticles: []\n", 2, "non-empty list"),
    ("title: T\narticles:\n  - a\n  - ../etc/passwd\n", 4, "article 2 must be a file name"),
    ("title: T\narticles: [a]\nkey_points: nope\n", 3, "`key_points` must be a list"),
    ("title: [x]\narticles: [a]\n", 1, "`title` must be"),
    ("title: T\narticles: [a\n", 3, "YAML"),
])
def test_story_errors_are_located(text, line, words):
    with pytest.raises(DossierError) as e:
        parse_story(text, P)
    assert e.value.code == "E601" and e.value.line == line and words in e.value.message, str(e.value)


def test_a_pattern_matching_nothing_names_its_line():
    s = parse_story("title: T\narticles:\n  - a\n  - zz*\n", P)
    with pytest.raises(DossierError) as e:
        s.matches(["a", "b"])
    assert (e.value.code, e.value.line) == ("E602", 4)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_story_or_one_located_error(text):
    try:
        s = parse_story(text, P)
    except DossierError as e:
        assert e.code in ("E601", "E201") and "\n" not in str(e)
    else:
        assert s.title and s.articles


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30))
values = st.recursive(scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c,
                                                                                   max_size=3), max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "question", "articles", "bottom_line", "key_points",
                                        "handling", "other"]), values, max_size=6))
def test_any_mapping_is_a_story_or_one_located_error(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        s = parse_story(text, P)
    except DossierError as e:
        assert e.code == "E601"
        assert e.line is None or 1 <= e.line <= text.count("\n") + 1
    else:
        assert isinstance(s.title, str) and all(isinstance(a, str) and "/" not in a for a in s.articles)
        assert set(data) <= {"title", "question", "articles", "bottom_line", "key_points", "handling"}


def test_register_errors():
    ok = parse_register("actors:\n  - name: Boris Johnson\n    aliases: [Johnson]\n    wikidata: Q180589\n", P)
    assert ok[0].id == "boris-johnson" and ok[0].wikidata == "Q180589"
    with pytest.raises(DossierError) as e:
        parse_register("actors:\n  - name: A B\n    wikidata: 180589\n", P)
    assert (e.value.code, e.value.line) == ("E603", 3)
    with pytest.raises(DossierError) as e:
        parse_register("actors:\n  - name: Andrew Johnson\n    aliases: [Johnson]\n"
                       "  - name: Boris Johnson\n    aliases: [Johnson]\n", P)
    assert e.value.code == "E604"


# -- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("The court ruled on Tuesday that it was unlawful.", "2019-09-10"),   # article: Wednesday 11 Sep 2019
    ("The court ruled on Wednesday that it was unlawful.", "2019-09-11"),
    ("Parliament will vote on Monday on the bill.", "2019-09-16"),
    ("Yesterday, the Queen agreed to the request.", "2019-09-10"),
    ("Parliament is to return on October 14 for a speech.", "2019-10-14"),
    ("Johnson became leader on 24 July after May stood down.", "2019-07-24"),
    ("The deadline is October 31, 2020 for now.", "2020-10-31"),
])
def test_dates_resolved_against_the_article(sentence, expected):
    base = dt.date(2019, 9, 11)
    m = _DATE_RX.search(sentence)
    assert resolve(m, sentence, base)[0].isoformat() == expected


def test_a_december_date_in_january_is_last_year():
    s = "On December 18, the House passed two articles of impeachment."
    assert resolve(_DATE_RX.search(s), s, dt.date(2020, 1, 15))[0].isoformat() == "2019-12-18"


def test_a_translation_after_a_quotation_is_no_event_of_the_timeline():
    paragraphs = ['Ruiz said, "If the council agrees, I will stay until Wednesday." ((es))Spanish language: Si el '
                  'consejo acepta, me quedaré hasta el miércoles The council was set to meet on Monday.',
                  "Si el consejo no acepta, me iré el miércoles."]
    texts = [e["text"] for e in dated_events("a", paragraphs, dt.date(2019, 8, 4))]
    assert texts == ['Ruiz said, "If the council agrees, I will stay until Wednesday."']


# -- actors across articles ----------------------------------------------------------------------------

def member(article, name, typ="person", title=None, aliases=()):
    from dossier.story_facts import _tokens

    return {"key": f"{article}#{name.lower().replace(' ', '-')}", "article": article, "date": "2019-01-0" + article[-1],
            "name": name, "type": typ, "aliases": list(aliases), "title": title, "affiliation": None,
            "paragraphs": [1], "tokens": _tokens(name)}


def names(groups):
    return sorted(sorted(m["name"] + "@" + m["article"] for m in g) for g in groups)


def test_full_names_surnames_and_titles_join():
    ms = [member("a1", "Boris Johnson"), member("a2", "Johnson"), member("a3", "Boris Johnson"),
          member("a1", "Pedro Pierluisi"), member("a2", "Pedro R. Pierluisi Urrutia"),
          member("a3", "Elizabeth II", title="Queen"), member("a3", "Queen"),
          member("a2", "Wanda Vázquez Garced", "org"), member("a1", "Wanda Vazquez"), member("a1", "Vázquez", "org")]
    got = names(cluster(ms, []))
    assert ["Boris Johnson@a1", "Boris Johnson@a3", "Johnson@a2"] in got
    assert ["Pedro Pierluisi@a1", "Pedro R. Pierluisi Urrutia@a2"] in got
    assert ["Elizabeth II@a3", "Queen@a3"] in got
    assert ["Vázquez@a1", "Wanda Vazquez@a1", "Wanda Vázquez Garced@a2"] in got


def test_a_body_qualified_by_its_country_is_not_the_bare_one():
    # the island's own Senate and the U.S. Senate: the letters of a body's name are not a person's initials
    ms = [member("a1", "Senate", "org"), member("a2", "Senate", "org"), member("a2", "U.S. Senate", "org")]
    got = names(cluster(ms, []))
    assert ["Senate@a1", "Senate@a2"] in got and ["U.S. Senate@a2"] in got


def test_people_who_share_a_surname_stay_apart():
    ms = [member("a1", "Andrew Johnson"), member("a2", "Boris Johnson"), member("a3", "Johnson"),
          member("a1", "Bill Clinton"), member("a2", "Hillary Clinton")]
    got = names(cluster(ms, []))
    assert ["Andrew Johnson@a1"] in got and ["Boris Johnson@a2"] in got and ["Johnson@a3"] in got
    assert ["Bill Clinton@a1"] in got and ["Hillary Clinton@a2"] in got


def test_the_register_joins_and_names():
    reg = parse_register("actors:\n  - name: Boris Johnson\n    aliases: [BoJo, the Prime Minister]\n"
                         "  - name: Brexit\n    type: topic\n", P)
    ms = [member("a1", "Boris Johnson"), member("a2", "the Prime Minister", "unnamed")]
    assert names(cluster(ms, reg)) == [["Boris Johnson@a1", "the Prime Minister@a2"]]


# -- the editor's merge and split survive re-computation -----------------------------------------------

class _Story:
    name = "s"


def art(stem, date, actors, quotes=()):
    return {"stem": stem, "facts_sha256": "0" * 64, "paragraphs": ["Some text here."] * 3,
            "facts": {"source": {"date": date, "title": stem}, "actors": actors, "quotes": list(quotes)}}


def actor(aid, name, typ="person", title=None):
    return {"id": aid, "name": name, "type": typ, "title": title, "paragraphs": [1]}


def test_an_editors_merge_and_split_survive_a_new_article():
    a1 = art("a1", "2019-01-01", [actor("sun", "Yun Sun"), actor("lin", "Lin Jian"), actor("zhao", "Tong Zhao")])
    a2 = art("a2", "2019-01-02", [actor("sun", "Yun Sun"), actor("li", "Lin J.")])
    first = compute(_Story(), [a1, a2], [])
    text, _ = merge(None, None, first)
    data = plain_yaml(text)
    ids = {a["id"]: a for a in data["actors"]}
    # the editor: Lin J. is Lin Jian (merge), and the two Yun Suns are two people (split)
    lin = ids["lin-jian"]
    lin["members"] = sorted(lin["members"] + ids["lin-j"]["members"])
    data["actors"] = [a for a in data["actors"] if a["id"] != "lin-j"]
    sun = next(a for a in data["actors"] if a["id"] == "yun-sun")
    sun["members"] = ["a1#sun"]
    data["actors"].append({"id": "yun-sun-2", "name": "Yun Sun (economist)", "type": "person",
                           "members": ["a2#sun"]})
    edited = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    a3 = art("a3", "2019-01-03", [actor("sun", "Yun Sun"), actor("lin", "Lin Jian"), actor("new", "Ann Lee")])
    again = compute(_Story(), [a1, a2, a3], [])
    merged = plain_yaml(merge(edited, first, again)[0])
    home = {m: a["id"] for a in merged["actors"] for m in a["members"]}
    assert home["a1#lin"] == home["a2#li"] == home["a3#lin"] == "lin-jian"
    assert home["a1#sun"] == "yun-sun" and home["a2#sun"] == "yun-sun-2"
    assert home["a3#new"] == "ann-lee" and home["a1#zhao"] == "tong-zhao"
    assert len(home) == len({m for a in merged["actors"] for m in a["members"]})  # each member in one entry
    assert "lin-j" not in {a["id"] for a in merged["actors"]}  # the editor's deletion holds


def test_same_words_quoted_by_two_articles_are_one_quote_with_both_sources():
    q = {"id": "q1", "kind": "direct", "speaker": "sun", "text": "Beijing will wait,", "paragraph": 2}
    a1 = art("a1", "2019-01-01", [actor("sun", "Yun Sun")], [q])
    a2 = art("a2", "2019-01-02", [actor("sun", "Yun Sun")], [{**q, "id": "q9", "text": "Beijing will wait."}])
    facts = compute(_Story(), [a1, a2], [])
    assert len(facts["quotes"]) == 1
    assert [s["article"] for s in facts["quotes"][0]["sources"]] == ["a1", "a2"]


def test_a_misspelt_surname_joins_its_one_person_only():
    ms = [member("a1", "Pedro R. Pierluisi Urrutia"), member("a1", "Pierliusi", "org"),
          member("a2", "Pierluisa Smith"), member("a2", "Ricardo Rosselló")]
    got = names(cluster(ms, []))
    assert ["Pedro R. Pierluisi Urrutia@a1", "Pierliusi@a1"] in got


def test_roles_change_over_time_in_date_order_each_cited_where_the_title_stands():
    paras = ["Intro.", "Pedro Pierluisi was sworn in.", "Pierluisi, the Secretary of State, spoke."]
    gov = {**art("b", "2019-08-04", [{**actor("pp", "Pedro Pierluisi", title="governor"), "paragraphs": [2, 3]}]),
           "paragraphs": ["Intro.", "Pedro Pierluisi, now governor, was sworn in.", "He spoke."]}
    sec = {**art("a", "2019-07-28", [{**actor("pp", "Pedro Pierluisi", title="Secretary of State"),
                                     "paragraphs": [2, 3]}]), "paragraphs": paras}
    # a third article's member the model typed as an org still gives its entry's role
    org = art("c", "2019-08-08", [actor("pp", "Pedro R. Pierluisi", "org", title="former governor")])
    facts = compute(_Story(), [gov, org, sec], [])
    roles = next(a for a in facts["actors"] if a["name"].startswith("Pedro"))["roles"]
    assert [(r["role"], r["article"], r["paragraph"]) for r in roles] == [
        ("Secretary of State", "a", 3), ("governor", "b", 2), ("former governor", "c", 1)]


def test_an_article_without_a_title_adds_no_role():
    facts = compute(_Story(), [art("a", "2019-01-01", [actor("pp", "Pedro Pierluisi")]),
                               art("b", "2019-01-02", [actor("pp", "Pedro Pierluisi", title="governor")])], [])
    assert [r["article"] for r in facts["actors"][0]["roles"]] == ["b"]


def test_story_memos_list_proper_names_only():
    from dossier.story_render import proper_name

    for name in ("Pedro Pierluisi", "House of Representatives", "The Guardian", "Luis Rivera Marín", "G7"):
        assert proper_name(name), name
    for name in ("state", "Si el", "el cargo del", "The opinion of the Court", "The commonwealth's constitution", ""):
        assert not proper_name(name), name


def test_network_labels_fit_the_figure():
    from dossier.network import CHAR, WIDTH, label_lines, svg

    lines = label_lines("National Institute of Allergy and Infectious Diseases", 150)
    assert len(lines) <= 2 and all(len(t) * CHAR <= 150 for t in lines)
    assert label_lines("Donald Trump", WIDTH) == ["Donald Trump"]
    nodes = [{"id": str(i), "name": "Department of Health and Human Services " * (i % 2 + 1), "weight": 1,
              "kind": "body"} for i in range(10)]
    assert svg(nodes, [], "t").count("<tspan") >= 10


def test_a_member_role_reads_member_of():
    johnson = {**actor("j", "Boris Johnson", title="mayor of London and member"), "affiliation": "Parliament"}
    facts = compute(_Story(), [art("a", "2019-01-01", [johnson])], [])
    assert facts["actors"][0]["roles"][0]["role"] == "mayor of London and member of Parliament"


def test_checked_fact_files_are_cached_by_their_bytes(tmp_path):
    from dossier.facts import cache_facts, cached_facts

    data = b"schema: 1\n"
    assert cached_facts(tmp_path, data) is None
    cache_facts(tmp_path, data, {"schema": 1, "actors": [{"name": "Zoë"}]})
    assert cached_facts(tmp_path, data) == {"schema": 1, "actors": [{"name": "Zoë"}]}
    assert cached_facts(tmp_path, data + b"# edited\n") is None  # an edited file is parsed again
    next(tmp_path.glob("*.json")).write_text("{not json")
    assert cached_facts(tmp_path, data) is None  # a broken cache entry is ignored


def test_one_role_in_other_words_is_shown_once_a_change_is_not():
    def chain(*titles):
        arts = [art(f"a{i}", f"2019-01-0{i + 1}", [{**actor("p", "Nancy Pelosi", title=t.split(", ")[0]),
                                                    "affiliation": (t.split(", ") + [None])[1]}])
                for i, t in enumerate(titles)]
        return [r["role"] for r in compute(_Story(), arts, [])["actors"][0]["roles"]]

    # the memo on the impeachment inquiry showed these three as a chain of changes
    assert chain("Speaker, House of Representatives", "Democratic Speaker, House",
                 "Representatives Speaker, United States") == ["Speaker, House of Representatives"]
    assert chain("President-elect", "President") == ["President-elect", "President"]
    assert chain("Foreign Minister", "Prime Minister") == ["Foreign Minister", "Prime Minister"]


def test_a_chain_takes_every_role_of_each_article_the_earlier_ones_first():
    """Made-up articles: in the first, Dana Morell is sworn in as the new governor, after being appointed
    secretary of state, and was once the ambassador to Norland; in the second, she is the former governor and
    the article again says she had been secretary of state."""
    sworn = {**actor("dm", "Dana Morell", title="new governor"), "affiliation": "Westmark",
             "roles": [{"title": "former ambassador", "affiliation": "Norland", "paragraph": 3, "when": "before"},
                       {"title": "secretary of state", "paragraph": 2, "when": "before"},
                       {"title": "chair", "affiliation": "Tarn Party", "paragraph": 3}]}
    ousted = {**actor("morell", "Dana R. Morell", title="former governor"), "affiliation": "Westmark",
              "roles": [{"title": "secretary of state", "paragraph": 4, "when": "before"}]}
    first = {**art("a", "2019-08-04", [sworn]),
             "paragraphs": ["Dana Morell was sworn in.", "Rant appointed Morell as secretary of state.",
                            "Morell is the former ambassador to Norland."]}
    facts = compute(_Story(), [art("b", "2019-08-08", [ousted]), first], [])
    [entry] = facts["actors"]
    assert [(r["role"], r["date"], r["article"], r["paragraph"], r.get("when")) for r in entry["roles"]] == [
        ("former ambassador, Norland", None, "a", 3, "before"),
        ("secretary of state", None, "a", 2, "before"),
        ("new governor, Westmark", "2019-08-04", "a", 1, None),
        ("chair, Tarn Party", "2019-08-04", "a", 3, None),
        ("former governor, Westmark", "2019-08-08", "b", 1, None)]  # secretary of state told again: once


def test_the_memo_shows_a_role_before_as_before_its_articles_date():
    from dossier.story_render import _role_date, current_role

    sfacts = {"articles": [{"article": "a", "date": "2019-08-04"}]}
    assert _role_date({"role": "secretary of state", "date": None, "article": "a", "when": "before"},
                      sfacts) == "before 4 Aug"
    assert _role_date({"role": "governor", "date": "2019-08-04", "article": "a"}, sfacts) == "4 Aug"
    assert current_role({"roles": [{"role": "governor", "date": "2019-08-04"},
                                   {"role": "mayor", "date": None, "when": "before"}]}) == "governor"
