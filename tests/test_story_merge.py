"""Cross-article merging, measured on the example stories against the gold annotations of ../shared/eval/dev.

For each example story, every article actor the gold names as a person is mapped to that gold person (gold
persons of different articles are one person when they share a full name or alias). The story's merged
actors must split no gold person across two entries, and no entry may hold two gold persons."""


import pytest
import yaml
from conftest import ROOT, SHARED

from dossier.stories import find_stories, fold, read_register, read_story
from dossier.story_facts import compute

pytestmark = [pytest.mark.corpus, pytest.mark.slow]
STORIES = ROOT / "examples" / "stories"
FOLDERS = (SHARED / "corpus", SHARED / "archive")


@pytest.fixture(scope="module")
def story_articles(nlp, eval_dir):
    """The example stories' articles, extracted once: stem -> (facts, paragraphs)."""
    from dossier.assemble import facts_of
    from dossier.sources import read_article
    from extract.runner import extract_all

    paths = {p.stem: p for folder in FOLDERS if folder.is_dir() for p in sorted(folder.glob("*.md"))}
    wanted = set()
    for sp in find_stories(STORIES):
        wanted |= set(read_story(sp).matches(sorted(paths)))
    arts = [read_article(paths[s]) for s in sorted(wanted)]
    return {a.stem: {"facts": facts_of(a, f), "paragraphs": [p.text for p in a.paragraphs], "facts_sha256": "0" * 64}
            for a, f in extract_all(arts, nlp)}


def gold_people(eval_dir, stems):
    """(stem, folded name) -> gold person id, joining gold persons of different articles that share a full name."""
    persons = []
    for stem in stems:
        path = eval_dir / "dev" / f"{stem}.yaml"
        if path.is_file():
            for a in yaml.safe_load(path.read_text())["actors"]:
                if a["type"] == "person":
                    persons.append((stem, [a["name"], *(a.get("aliases") or [])]))
    ident: dict[str, int] = {}
    pid = []
    for i, (_, names) in enumerate(persons):
        full = [fold(n) for n in names if len(n.split()) >= 2]
        known = [ident[f] for f in full if f in ident]
        me = min(known) if known else i
        for f in full:
            ident.setdefault(f, me)
        pid.append(me)
    out = {}
    for (stem, names), p in zip(persons, pid):
        for n in names:
            out[(stem, fold(n))] = p
    return out


def measure(story, articles, register, eval_dir):
    stems = story.matches(sorted(articles))
    facts = compute(story, [{"stem": s, **articles[s]} for s in stems], register)
    gold = gold_people(eval_dir, stems)
    owner = {}
    for s in stems:
        for a in articles[s]["facts"]["actors"]:
            g = gold.get((s, fold(a["name"])))
            if g is not None:
                owner[f"{s}#{a['id']}"] = g
    entries_of: dict[int, set] = {}
    persons_in: dict[str, set] = {}
    for entry in facts["actors"]:
        for m in entry["members"]:
            if m in owner:
                entries_of.setdefault(owner[m], set()).add(entry["id"])
                persons_in.setdefault(entry["id"], set()).add(owner[m])
    split = {g: e for g, e in entries_of.items() if len(e) > 1}
    fused = {e: g for e, g in persons_in.items() if len(g) > 1}
    return len(entries_of), split, fused


@pytest.mark.parametrize("name", sorted(p.stem for p in STORIES.glob("*.yaml")))
@pytest.mark.parametrize("with_register", [False, True], ids=["names-only", "register"])
def test_no_person_split_and_no_two_persons_fused(story_articles, eval_dir, name, with_register):
    story = read_story(STORIES / f"{name}.yaml")
    register = read_register(ROOT / "examples" / "actors.yaml") if with_register else []
    n, split, fused = measure(story, story_articles, register, eval_dir)
    assert n > 0, "the story has annotated people to check"
    assert not split, f"gold persons split across entries: {split}"
    assert not fused, f"entries holding two gold persons: {fused}"
