"""Editors own the facts: real edit sequences through re-extraction, nothing an editor did is lost."""

import pytest

from dossier import build
from dossier.facts import load_facts

ARTICLE = """Port strike enters second week

Dock workers walked out on Monday. "We will stay out until the pay offer improves," said Ruth Amadi, the union's secretary.

Harbour master Piet Janssen said that ships were already being diverted to Rotterdam.

The shipping minister, Karl Weber, described the strike as damaging to the whole economy.
"""

EXTRA = """
"Talks resume on Friday," said Karl Weber.
"""


@pytest.fixture
def project(tmp_path, nlp):
    seeds, out = tmp_path / "seeds", tmp_path / "reports"
    seeds.mkdir()
    (seeds / "strike.txt").write_text(ARTICLE, encoding="utf-8")
    return seeds, out


def extract(seeds, out):
    outcome = build.run(seeds, out, do_render=False, quiet=True)
    assert not outcome.failures, outcome.failures
    return out / "strike.yaml"


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_edits_survive_reextraction(project):
    seeds, out = project
    facts_path = extract(seeds, out)
    facts = load_facts(facts_path)
    by_speaker = {q["speaker"]: q for q in facts["quotes"]}
    assert set(by_speaker) == {"ruth-amadi", "piet-janssen", "karl-weber"}
    janssen = by_speaker["piet-janssen"]

    # an editor reviews the file
    text = facts_path.read_text(encoding="utf-8")
    summary = text[text.index("summary:"):text.index("actors:")]
    facts_path.write_text(text.replace(summary, "# checked with the reporter on Tuesday\n"
                                                "summary: '**Strike**: day 8, no talks.'\n"))
    edit(facts_path, f"- id: {janssen['id']}\n", f"- id: {janssen['id']}\n  status: rejected\n")
    edit(facts_path, "quotes:\n", "quotes:\n- id: editor-1\n  kind: indirect\n  speaker: ruth-amadi\n"
                                  "  text: Dock workers walked out on Monday\n  paragraph: 1\n"
                                  "  origin: editor\n")
    # the speaker of Weber's quote is corrected to the union's secretary (an edit, whether right or not)
    weber = by_speaker["karl-weber"]
    text = facts_path.read_text(encoding="utf-8")
    start = text.index(f"- id: {weber['id']}")
    block = text[start:].split("\n- id:")[0]
    facts_path.write_text(text.replace(block, block.replace("speaker: karl-weber", "speaker: ruth-amadi")))

    # the article changes: re-extraction merges
    with (seeds / "strike.txt").open("a", encoding="utf-8") as f:
        f.write(EXTRA)
    facts_path = extract(seeds, out)
    text = facts_path.read_text(encoding="utf-8")
    facts = load_facts(facts_path)
    quotes = {q["id"]: q for q in facts["quotes"]}

    assert "# checked with the reporter on Tuesday" in text
    assert facts["summary"] == "**Strike**: day 8, no talks."
    assert quotes[janssen["id"]]["status"] == "rejected"
    assert quotes["editor-1"]["origin"] == "editor"
    assert quotes[weber["id"]]["speaker"] == "ruth-amadi"
    assert any(q["text"] == "Talks resume on Friday," and q["speaker"] == "karl-weber" for q in facts["quotes"])
    # the editor's key order in the added quote is kept
    added = text[text.index("- id: editor-1"):].split("\n- id:")[0]
    assert [line.split(":")[0].strip() for line in added.splitlines()][:3] == ["- id", "kind", "speaker"]


def test_untouched_findings_the_extractor_no_longer_makes_go_away(project):
    seeds, out = project
    facts_path = extract(seeds, out)
    assert any(q["speaker"] == "piet-janssen" for q in load_facts(facts_path)["quotes"])
    edit(seeds / "strike.txt", "said that ships were already being diverted", "watched ships being diverted")
    facts = load_facts(extract(seeds, out))
    assert not any(q["speaker"] == "piet-janssen" for q in facts["quotes"])


def test_edited_quote_that_no_longer_stands_is_kept_and_reported(project):
    seeds, out = project
    facts_path = extract(seeds, out)
    q = next(q for q in load_facts(facts_path)["quotes"] if q["speaker"] == "ruth-amadi")
    edit(facts_path, f"- id: {q['id']}\n", f"- id: {q['id']}\n  note: confirmed by phone\n")
    edit(seeds / "strike.txt", "until the pay offer improves", "until the offer improves")
    facts_path = extract(seeds, out)
    facts = load_facts(facts_path)
    kept = next(x for x in facts["quotes"] if x["id"] == q["id"])
    assert kept["text"] == q["text"] and kept["note"] == "confirmed by phone"
    outcome = build.check(seeds, out)
    [err] = outcome.failures
    assert err.code == "E209" and q["id"] in str(err) and str(facts_path) in str(err)
    assert err.line == facts_path.read_text().splitlines().index(f"  text: {q['text']}") + 1


def test_broken_fact_file_is_reported_and_left_alone(project):
    seeds, out = project
    facts_path = extract(seeds, out)
    edit(facts_path, "  name: Ruth Amadi", "  name: [Ruth Amadi")
    broken = facts_path.read_bytes()
    (seeds / "strike.txt").write_text(ARTICLE + EXTRA, encoding="utf-8")
    outcome = build.run(seeds, out, do_render=False, quiet=True)
    [err] = outcome.failures
    assert err.code == "E202" and err.path == str(facts_path)
    assert facts_path.read_bytes() == broken


def test_unchanged_article_is_not_reextracted(project):
    seeds, out = project
    facts_path = extract(seeds, out)
    edit(facts_path, "summary: ", "# reviewed\nsummary: ")
    before = facts_path.read_bytes()
    outcome = build.run(seeds, out, do_render=False, quiet=True)
    assert outcome.extracted == [] and facts_path.read_bytes() == before
