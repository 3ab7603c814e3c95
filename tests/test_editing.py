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
def project(tmp_path, model_loaded_once):
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


# -- paragraphs inserted, removed, moved around an editor's work ------------------------------------

def quote_block(path, qid):
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {qid}\n")
    end = text.find("\n- id:", start + 1)
    return text[start: end if end > 0 else len(text)]


def add_line(path, qid, line):
    """A line added to a quote's (or an actor's) block, right under its id."""
    edit(path, f"- id: {qid}\n", f"- id: {qid}\n  {line}\n")


def review(seeds, out):
    """An editor's review of the strike article: every kind of edit, each with a comment."""
    facts_path = extract(seeds, out)
    quotes = {q["speaker"]: q for q in load_facts(facts_path)["quotes"]}
    amadi, janssen, weber = quotes["ruth-amadi"], quotes["piet-janssen"], quotes["karl-weber"]
    add_line(facts_path, janssen["id"], "status: rejected  # a mention, not a statement")
    add_line(facts_path, amadi["id"], "status: checked  # confirmed with the union")
    block = quote_block(facts_path, weber["id"])
    edit(facts_path, block, block.replace("speaker: karl-weber", "speaker: ruth-amadi  # she said it, per the tape"))
    edit(facts_path, "quotes:\n", "quotes:\n# added by hand: the model missed it\n- id: editor-1\n  kind: indirect\n"
                                  "  speaker: karl-weber\n  text: damaging to the whole economy\n  paragraph: 3\n"
                                  "  origin: editor\n")
    edit(facts_path, "actors:\n", "actors:\n- id: dock-workers  # the strikers\n  name: Dock workers\n  type: group\n"
                                  "  origin: editor\n")
    add_line(facts_path, "piet-janssen", "summary: Harbour master of Antwerp")
    return facts_path, {"amadi": amadi["id"], "janssen": janssen["id"], "weber": weber["id"]}


def paragraphs_of(seeds):
    text = (seeds / "strike.txt").read_text(encoding="utf-8")
    title, *paras = text.strip().split("\n\n")
    return title, paras


def rewrite(seeds, title, paras):
    (seeds / "strike.txt").write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


def assert_review_intact(facts_path, ids, paras):
    text = facts_path.read_text(encoding="utf-8")
    facts = load_facts(facts_path)
    quotes = {q["id"]: q for q in facts["quotes"]}
    assert set(ids.values()) <= set(quotes), "a quote the editor worked on came back under another id"
    assert len([q for q in facts["quotes"] if q["text"] == quotes[ids["weber"]]["text"]]) == 1
    assert quotes[ids["janssen"]]["status"] == "rejected"
    assert "status: rejected  # a mention, not a statement" in text
    assert quotes[ids["amadi"]]["status"] == "checked" and "# confirmed with the union" in text
    assert quotes[ids["weber"]]["speaker"] == "ruth-amadi" and "# she said it, per the tape" in text
    assert "# added by hand: the model missed it" in text and "- id: dock-workers  # the strikers" in text
    assert {a["id"]: a for a in facts["actors"]}["piet-janssen"]["summary"] == "Harbour master of Antwerp"
    for q in facts["quotes"]:  # every citation follows its words
        assert q["text"] in paras[q["paragraph"] - 1], (q["id"], q["paragraph"])
    hand = quotes["editor-1"]
    assert hand["origin"] == "editor" and hand["text"] == "damaging to the whole economy"


@pytest.mark.parametrize("change", ["insert at the top", "insert with a quote", "delete", "move", "reverse"])
def test_paragraph_changes_around_an_editors_review(project, change):
    seeds, out = project
    facts_path, ids = review(seeds, out)
    title, paras = paragraphs_of(seeds)
    if change == "insert at the top":
        paras.insert(0, "The port of Antwerp handles a fifth of the country's trade.")
    elif change == "insert with a quote":
        paras.insert(1, '"Nobody wins a long strike," said Anna Berg, an economist at Ghent University.')
    elif change == "delete":
        paras.append("Ferries are not affected.")
        rewrite(seeds, title, paras)
        extract(seeds, out)
        paras.pop()
        paras.insert(0, "Ferries are not affected.")
        rewrite(seeds, title, paras)
        extract(seeds, out)
        paras.pop(0)
    elif change == "move":
        paras = [paras[2], paras[0], paras[1]]
    else:
        paras = paras[::-1]
    rewrite(seeds, title, paras)
    facts_path = extract(seeds, out)
    assert_review_intact(facts_path, ids, paras)
    assert build.check(seeds, out).failures == []


def test_a_hand_added_quote_whose_words_are_gone_is_kept_and_reported(project):
    seeds, out = project
    facts_path, ids = review(seeds, out)
    edit(seeds / "strike.txt", "as damaging to the whole economy", "as costly")
    facts_path = extract(seeds, out)
    hand = {q["id"]: q for q in load_facts(facts_path)["quotes"]}["editor-1"]
    assert hand["text"] == "damaging to the whole economy" and hand["paragraph"] == 3
    errors = build.check(seeds, out).failures
    # the hand-added quote, and Weber's (its speaker edited, so kept though the extractor lost it)
    assert [e.code for e in errors] == ["E209", "E209"]
    assert {e.message.split()[1] for e in errors} == {"editor-1", ids["weber"]}
    hand, weber = sorted(errors, key=lambda e: e.message.split()[1] != "editor-1")
    assert "no passage of the article comes close to it" in str(hand)
    assert "paragraph 3: [-costly.-] {+damaging to the whole economy+}" in str(weber)


def test_old_style_ids_are_migrated_without_losing_edits(project):
    """Fact files from before extractor 11 carried the paragraph in the quote id (`q2-1a2b3c4d`)."""
    import re

    seeds, out = project
    facts_path, ids = review(seeds, out)
    machine = out / ".machine" / "strike.yaml"
    for path in (facts_path, machine):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"- id: (q-[0-9a-f]{8})\n(?:  .*\n)*?  paragraph: (\d+)", text):
            text = text.replace(m.group(1), f"q{m.group(2)}-{m.group(1)[2:]}")
        text = re.sub(r"  machine_sha256: .*\n", "", text).replace("extractor: 11", "extractor: 10")
        path.write_text(text, encoding="utf-8")
    old_ids = {k: next(re.finditer(rf"q\d+-{v[2:]}", facts_path.read_text())).group(0) for k, v in ids.items()}
    assert all(i != old_ids[k] for k, i in ids.items())
    title, paras = paragraphs_of(seeds)
    paras.insert(0, "The port of Antwerp handles a fifth of the country's trade.")
    rewrite(seeds, title, paras)
    facts_path = extract(seeds, out)
    assert not re.search(r"id: q\d+-", facts_path.read_text())
    assert_review_intact(facts_path, ids, paras)
    assert build.check(seeds, out).failures == []


def test_a_hand_added_actor_keeps_true_paragraph_numbers(project):
    seeds, out = project
    facts_path, ids = review(seeds, out)
    edit(facts_path, "  name: Dock workers\n  type: group\n", "  name: Dock workers\n  type: group\n  paragraphs: [1]\n")
    title, paras = paragraphs_of(seeds)
    paras.insert(0, "The port of Antwerp handles a fifth of the country's trade.")
    rewrite(seeds, title, paras)
    facts_path = extract(seeds, out)
    actors = {a["id"]: a for a in load_facts(facts_path)["actors"]}
    assert actors["dock-workers"]["paragraphs"] == [2]
    assert "- id: dock-workers  # the strikers" in facts_path.read_text(encoding="utf-8")
