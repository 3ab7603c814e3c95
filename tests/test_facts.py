"""Fact files: schema, references, YAML tricks, and verbatim quotes, each error on one located line."""

import pytest

from dossier.errors import DossierError
from dossier.facts import load_facts, verify_quotes

GOOD = """\
schema: 1
source:
  file: a.txt
  sha256: {sha}
actors:
  - id: jane-doe
    name: Jane Doe
    type: person
quotes:
  - id: q1
    kind: direct
    speaker: jane-doe
    text: We are ready,
    paragraph: 1
""".replace("{sha}", "a" * 64)


def write(tmp_path, text):
    p = tmp_path / "facts.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def error_of(tmp_path, text) -> DossierError:
    with pytest.raises(DossierError) as e:
        load_facts(write(tmp_path, text))
    assert "\n" not in str(e.value)
    return e.value


def test_a_good_file_loads(tmp_path):
    assert load_facts(write(tmp_path, GOOD))["quotes"][0]["speaker"] == "jane-doe"


def test_yaml_syntax_error_names_the_line(tmp_path):
    e = error_of(tmp_path, GOOD.replace("    name: Jane Doe", "    name: [Jane Doe"))
    assert e.code == "E202" and e.line in (7, 8)


def test_unknown_key_names_key_and_line(tmp_path):
    e = error_of(tmp_path, GOOD.replace("    type: person", "    type: person\n    tittle: boss"))
    assert e.code == "E206" and "unknown key `tittle`" in str(e) and e.line == 9


def test_wrong_type_names_the_line(tmp_path):
    e = error_of(tmp_path, GOOD.replace("paragraph: 1", "paragraph: first"))
    assert e.code == "E206" and e.line == 14 and "quotes.0.paragraph" in str(e)


def test_speaker_that_names_no_actor(tmp_path):
    e = error_of(tmp_path, GOOD.replace("speaker: jane-doe", "speaker: john-doe"))
    assert e.code == "E208" and e.line == 12 and "john-doe" in str(e)


def test_duplicate_ids(tmp_path):
    text = GOOD + "  - id: q1\n    kind: direct\n    speaker: null\n    text: x\n    paragraph: 1\n"
    e = error_of(tmp_path, text)
    assert e.code == "E207" and e.line == 15


def test_duplicate_keys_are_refused(tmp_path):
    e = error_of(tmp_path, GOOD.replace("    speaker: jane-doe", "    speaker: jane-doe\n    speaker: jane-doe"))
    assert e.code == "E202" and "duplicate key `speaker`" in str(e) and e.line == 13


def test_alias_bomb_is_refused(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"
    e = error_of(tmp_path, bomb)
    assert e.code == "E202" and "anchor" in str(e) and e.line == 1


def test_object_constructing_tags_are_refused(tmp_path):
    e = error_of(tmp_path, "a: !!python/object/apply:os.system ['echo hacked']\n")
    assert e.code == "E202"


def test_huge_file_is_refused(tmp_path):
    e = error_of(tmp_path, "summary: " + "x" * 1_100_000 + "\n")
    assert e.code == "E201"


def test_retyped_quote_fails_with_a_diff(tmp_path):
    p = write(tmp_path, GOOD.replace("text: We are ready,", "text: We are steady,"))
    [e] = verify_quotes(load_facts(p), ['"We are ready," said Jane Doe.'], p)
    assert e.code == "E209" and e.line == 13
    assert "[-ready,\"-] {+steady,+}" in str(e)


def test_split_quote_parts_are_verified_each(tmp_path):
    p = write(tmp_path, GOOD.replace("text: We are ready,", "text: 'We lost, ... We will win.'"))
    para = '"We lost," she said. "We will win."'
    assert verify_quotes(load_facts(p), [para], p) == []
    assert len(verify_quotes(load_facts(p), ['"We lost," she said. "We shall win."'], p)) == 1


def test_rejected_quote_is_not_verified(tmp_path):
    p = write(tmp_path, GOOD.replace("text: We are ready,", "text: invented\n    status: rejected"))
    assert verify_quotes(load_facts(p), ["Nothing like it."], p) == []


def test_the_schema_file_is_valid_json_schema():
    import json

    import jsonschema

    from dossier.facts import SCHEMA_PATH

    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text()))


@pytest.mark.parametrize("quote, para, diff", [
    ("possible concern,", "Officials raised possible concerns, he said.", "[-concerns,-] {+concern,+}"),
    ("raised possible concern, officials", "They said the plan raised possible concerns, officials said.",
     "[-concerns,-] {+concern,+}"),
    ("should avoid posing this as trilateral", "China must avoid posing this as a trilateral arrangement.",
     "[-must-] {+should+} [-a-]"),
    ("We will stay out until the offer improves", '"We will stay out until the pay offer improves," she said.',
     "[-pay-]"),
    ("we will stay out.", '"We will stay out," said Ruth Amadi.', '[-"We-] {+we+}'),
    ("Until there is a clear developement", 'Sun said: "Until there is a clear development, we will wait."',
     "[-development,-] {+developement+}"),
])
def test_the_word_diff_aligns_the_right_words(quote, para, diff):
    from dossier.facts import _diff

    assert _diff(quote, para) == diff


def test_a_quote_whose_words_moved_says_where_they_are(tmp_path):
    p = write(tmp_path, GOOD.replace("paragraph: 1", "paragraph: 2"))
    [e] = verify_quotes(load_facts(p), ["Nothing here.", "Or here.", '"We are ready," said Jane Doe.'], p)
    assert e.code == "E209" and "its words stand in paragraph 3" in str(e) and "`paragraph: 3`" in str(e)
    assert e.line == 14
    [e] = verify_quotes(load_facts(p), ['"We are ready," said Jane Doe.'], p)
    assert e.code == "E210" and "its words stand in paragraph 1" in str(e)


def test_a_retyped_quote_whose_words_moved_names_the_closest_paragraph(tmp_path):
    p = write(tmp_path, GOOD.replace("text: We are ready,", "text: We are all steady now"))
    [e] = verify_quotes(load_facts(p), ["Nothing here.", '"We are all ready now," said Jane Doe.'], p)
    assert "(its closest words are in paragraph 2): [-ready-] {+steady+}" in str(e)


# -- an actor's other roles ------------------------------------------------------------------------------------------

ROLES = GOOD.replace("    type: person\n", """    type: person
    title: new governor
    roles:
    - title: former delegate
      paragraph: 2
      when: before
    - title: secretary of state
      paragraph: 1
""")


def test_an_actors_roles_load_and_a_wrong_one_is_a_located_error(tmp_path):
    assert [r["title"] for r in load_facts(write(tmp_path, ROLES))["actors"][0]["roles"]] == \
        ["former delegate", "secretary of state"]
    e = error_of(tmp_path, ROLES.replace("      when: before\n", "      when: earlier\n"))
    assert e.code == "E206" and e.line == 13 and "actors.0.roles.0.when" in str(e)
    e = error_of(tmp_path, ROLES.replace("    - title: secretary of state\n      paragraph: 1\n",
                                         "    - title: secretary of state\n"))
    assert e.code == "E206" and e.line == 14 and "'paragraph' is a required property" in str(e)
    e = error_of(tmp_path, ROLES.replace("      paragraph: 1\n", "      paragraph: 1\n      tittle: x\n"))
    assert e.code == "E206" and "unknown key `tittle`" in str(e) and e.line == 16


def test_a_role_citing_a_paragraph_the_article_lacks_is_reported(tmp_path):
    p = write(tmp_path, ROLES)
    [e] = verify_quotes(load_facts(p), ['"We are ready," said Jane Doe.'], p)
    assert e.code == "E210" and e.line == 12 and "`former delegate`" in str(e) and "cites paragraph 2" in str(e)


def test_an_editors_roles_survive_reextraction_and_untouched_ones_follow_it():
    import yaml

    from dossier.facts import dump, merge

    def facts(roles):
        actor = {"id": "dana-morell", "name": "Dana Morell", "type": "person", "title": "new governor"}
        if roles is not None:
            actor["roles"] = roles
        return {"schema": 1, "source": {"file": "a.txt", "sha256": "a" * 64}, "extracted_by": {}, "summary": None,
                "actors": [actor], "quotes": []}

    base = facts([{"title": "secretary of state", "paragraph": 2, "when": "before"}])
    new = facts([{"title": "secretary of state", "paragraph": 3, "when": "before"},
                 {"title": "former ambassador", "paragraph": 4, "when": "before"}])
    # untouched: the roles follow the new extraction
    merged = yaml.safe_load(merge(dump(base), base, new)[0])
    assert merged["actors"][0]["roles"] == new["actors"][0]["roles"]
    # edited (a role corrected, one added by hand): the editor's list stays whole
    mine = [{"title": "Secretary of State", "affiliation": "Westmark", "paragraph": 2, "when": "before"},
            {"title": "chair", "affiliation": "Tarn Party", "paragraph": 5}]
    merged = yaml.safe_load(merge(dump(facts(mine)), base, new)[0])
    assert merged["actors"][0]["roles"] == mine
    # removed by the editor: they stay removed
    text = dump(base).replace("  roles:\n  - title: secretary of state\n    paragraph: 2\n    when: before\n", "")
    assert "roles" not in text
    merged = yaml.safe_load(merge(text, base, new)[0])
    assert "roles" not in merged["actors"][0]


def test_an_editors_role_follows_its_words_to_another_paragraph():
    import yaml

    from dossier.facts import dump, merge

    def facts(roles):
        return {"schema": 1, "source": {"file": "a.txt", "sha256": "a" * 64}, "extracted_by": {}, "summary": None,
                "quotes": [],
                "actors": [{"id": "dana-morell", "name": "Dana Morell", "type": "person", "roles": roles}]}

    base = facts([{"title": "secretary of state", "paragraph": 2}])
    mine = facts([{"title": "secretary of state", "affiliation": "Westmark", "paragraph": 2}])
    paragraphs = ["Dana Morell spoke.", "A new paragraph.", "Rant appointed Morell as secretary of state."]
    text, notes = merge(dump(mine), base, facts([]), paragraphs)
    assert yaml.safe_load(text)["actors"][0]["roles"] == [{"title": "secretary of state", "affiliation": "Westmark",
                                                          "paragraph": 3}]
    assert any("moved from paragraph 2 to 3" in n for n in notes)
