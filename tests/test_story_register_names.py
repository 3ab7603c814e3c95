"""The register (actors.yaml) names people the same way in a single-article memo as in a story memo."""

import copy

from dossier.render import context, render_html
from dossier.stories import Entry

FACTS = {
    "schema": 1,
    "source": {"file": "a.txt", "sha256": "b" * 64, "title": "Parliament suspended"},
    "extracted_by": {"dossier": "0", "extractor": 1, "model": "m", "model_version": "1"},
    "actors": [{"id": "johnson", "name": "Johnson", "type": "person", "paragraphs": [1]},
               {"id": "boris-johnson", "name": "Mr Boris Johnson", "type": "person", "paragraphs": [2]},
               {"id": "jane-doe", "name": "Jane Doe", "type": "person", "paragraphs": [2]},
               {"id": "brexit", "name": "Brexit", "type": "org", "paragraphs": [2]}],
    "quotes": [{"id": "q1", "kind": "direct", "speaker": "johnson", "text": "We will leave.", "paragraph": 1},
               {"id": "q2", "kind": "direct", "speaker": "boris-johnson", "text": "No deal.", "paragraph": 2},
               {"id": "q3", "kind": "direct", "speaker": "jane-doe", "text": "Not so.", "paragraph": 2}],
}
PARAS = ['"We will leave," said Johnson.', '"No deal," Mr Boris Johnson said. "Not so," said Jane Doe.']
BUILD = {"dossier": "0", "date": "2020-01-01", "date_iso": "2020-01-01T00:00:00Z", "model": "m",
         "model_version": "1", "extractor": 1}
REGISTER = [Entry(id="boris-johnson", name="Boris Johnson", type="person", aliases=("Johnson", "BoJo")),
            Entry(id="brexit", name="Brexit", type="topic")]


def test_a_single_article_memo_uses_the_registers_canonical_names():
    ctx = context(FACTS, PARAS, BUILD, "html", REGISTER)
    names = [r["name"] for r in ctx["actors"]]
    # `Johnson` and `Mr Boris Johnson` are one register entry: one row, its canonical name, both quotes under it
    assert names.count("Boris Johnson") == 1 and "Johnson" not in names and "Mr Boris Johnson" not in names
    row = next(r for r in ctx["actors"] if r["name"] == "Boris Johnson")
    assert row["quotes"] == 2 and row["mentions"] == 2
    group = next(g for g in ctx["groups"] if g["name"] == "Boris Johnson")
    assert [q["id"] for q in group["quotes"]] == ["q1", "q2"]
    assert "Jane Doe" in names  # a person the register does not know keeps the article's name
    html = render_html(FACTS, PARAS, BUILD, "html", register=REGISTER)
    assert "Boris Johnson" in html and ">Johnson<" not in html


def test_the_fact_file_is_not_changed_and_no_register_changes_nothing():
    before = copy.deepcopy(FACTS)
    context(FACTS, PARAS, BUILD, "html", REGISTER)
    assert before == FACTS
    assert context(FACTS, PARAS, BUILD, "html", []) == context(FACTS, PARAS, BUILD, "html")
    names = [r["name"] for r in context(FACTS, PARAS, BUILD, "html")["actors"]]
    assert "Johnson" in names and "Mr Boris Johnson" in names


def test_a_register_alias_of_one_word_renames_only_an_actor_so_named():
    facts = {**FACTS, "actors": [{"id": "x", "name": "Sam Johnson", "type": "person", "paragraphs": [1],
                                  "aliases": ["Johnson"]}],
             "quotes": [{**FACTS["quotes"][0], "speaker": "x"}]}
    names = [r["name"] for r in context(facts, PARAS, BUILD, "html", REGISTER)["actors"]]
    assert names == ["Sam Johnson"]  # another Johnson: a bare surname alias does not make him Boris
