"""Property: whatever an editor does to quotes and actors, and however paragraphs are then inserted,
removed or moved, re-extraction keeps every edit and comment, and every citation follows its words."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier import build
from dossier.facts import load_facts

SPOKEN = [  # each paragraph names its speaker in full: moving it cannot change who said it
    '"We will stay out until the pay offer improves," said Ruth Amadi, the union secretary.',
    "Harbour master Piet Janssen said that ships were already being diverted to Rotterdam.",
    '"The strike is damaging the whole economy," said Karl Weber, the shipping minister.',
    '"Our members have waited two years," said Maria Lopez, a union organiser.',
]
FILLER = [
    "The port handles a fifth of the country's trade.",
    "Ferries are not affected by the walkout.",
    "Container traffic fell sharply in the first week.",
]

edits = st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["reject", "check", "speaker", "note", "hand"])),
                 min_size=1, max_size=5, unique_by=lambda e: e[0])
paragraph_ops = st.lists(st.tuples(st.sampled_from(["insert", "delete", "move"]), st.integers(0, 20),
                                   st.integers(0, 20)), min_size=1, max_size=4)


def write_article(seeds, paras):
    (seeds / "strike.txt").write_text("Port strike\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


def block_of(text, qid):
    start = text.index(f"- id: {qid}\n")
    end = text.find("\n- id:", start + 1)
    return start, (end if end > 0 else len(text))


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=edits, ops=paragraph_ops)
def test_every_edit_survives_any_paragraph_change(tmp_path_factory, model_loaded_once, edits, ops):
    tmp = tmp_path_factory.mktemp("prop")
    seeds, out = tmp / "seeds", tmp / "reports"
    seeds.mkdir()
    paras = [SPOKEN[0], FILLER[0], SPOKEN[1], SPOKEN[2], SPOKEN[3]]
    write_article(seeds, paras)
    assert not build.run(seeds, out, do_render=False, quiet=True).failures
    fact = out / "strike.yaml"
    by_text = {}
    for q in load_facts(fact)["quotes"]:
        for k, p in enumerate(SPOKEN):
            if q["text"] in p:
                by_text[k] = q
    expected = {}  # quote id -> {field: value}; comments that must survive
    comments = []
    text = fact.read_text(encoding="utf-8")
    for k, what in edits:
        if k not in by_text:
            continue
        q = by_text[k]
        comment = f"# editor's note {len(comments)}"
        comments.append(comment)
        start, _ = block_of(text, q["id"])
        head = f"- id: {q['id']}\n"
        if what == "reject":
            line, expected[q["id"]] = f"  status: rejected  {comment}\n", {"status": "rejected"}
        elif what == "check":
            line, expected[q["id"]] = f"  status: checked  {comment}\n", {"status": "checked"}
        elif what == "speaker":
            line, expected[q["id"]] = f"  {comment}\n", {"speaker": None}
            s, e = block_of(text, q["id"])
            text = text[:s] + re.sub(r"  speaker: .*\n", "  speaker: null\n", text[s:e], count=1) + text[e:]
        elif what == "note":
            line, expected[q["id"]] = f"  note: {comment[2:]}\n", {"note": comment[2:]}
        else:  # a quote added by hand, with a few of the paragraph's words
            words = " ".join(SPOKEN[k].strip('"').split()[1:5])
            hid = f"hand-{k}"
            text = text.replace("quotes:\n", f"quotes:\n{comment}\n- id: {hid}\n  kind: direct\n  speaker: null\n"
                                f"  text: {words}\n  paragraph: {paras.index(SPOKEN[k]) + 1}\n  origin: editor\n", 1)
            expected[hid] = {"text": words}
            continue
        text = text[:start] + head + line + text[start + len(head):]
    fact.write_text(text, encoding="utf-8")

    for op, i, j in ops:
        if op == "insert":
            paras.insert(i % (len(paras) + 1), FILLER[(i + j) % len(FILLER)] + f" ({i}.{j})")
        elif op == "delete":
            fillers = [n for n, p in enumerate(paras) if p not in SPOKEN]
            if fillers:
                paras.pop(fillers[i % len(fillers)])
        else:
            p = paras.pop(i % len(paras))
            paras.insert(j % (len(paras) + 1), p)
    write_article(seeds, paras)
    outcome = build.run(seeds, out, do_render=False, quiet=True)
    assert not outcome.failures, outcome.failures

    text = fact.read_text(encoding="utf-8")
    quotes = {q["id"]: q for q in load_facts(fact)["quotes"]}
    for comment in comments:
        assert comment in text or comment[2:] in text
    for qid, fields in expected.items():
        assert qid in quotes, qid
        for key, value in fields.items():
            assert quotes[qid].get(key) == value, (qid, key)
    for q in quotes.values():
        assert q["text"] in paras[q["paragraph"] - 1], q
    assert len({q["text"] for q in quotes.values() if not q["id"].startswith("hand")}) == \
        len([q for q in quotes.values() if not q["id"].startswith("hand")])
    assert build.check(seeds, out).failures == []
