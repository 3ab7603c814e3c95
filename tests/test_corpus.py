"""Extraction on real news: every corpus article, and the scorer's figures held as a floor."""

import json
import subprocess
import sys

import pytest
import yaml
from conftest import EVAL, ROOT, extracted_facts

from dossier.sources import find_articles, read_article

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

# The targets are pair F1 >= 0.90, quote F1 >= 0.93, speaker accuracy >= 0.95, person recall >= 0.97
# with no split persons, affiliation accuracy >= 0.90. The floors are what extraction reaches today
# (README: Accuracy), so a change that makes it worse fails here; they are raised as it improves,
# never lowered. The development set is 23 articles: below the targets on the 15 added last.
SEED_FLOOR = {"pair_f1": 1.0, "quote_f1": 1.0, "speaker_acc": 1.0, "person_recall": 1.0, "affiliation_acc": 1.0}
# Fourteen archive articles annotated blind; their first-seen scores are in tests/annotations/first_seen.
ARCHIVE_FLOOR = {"pair_f1": 0.94, "quote_f1": 0.98, "speaker_acc": 0.96, "person_recall": 0.95,
                 "affiliation_acc": 0.95, "indirect_r": 0.96}
ARCHIVE_MOST_SPLIT, ARCHIVE_MOST_SPURIOUS = 0, 6
# Ten more archive articles annotated blind after those rules, first seen by extractor version 11
# (tests/annotations/second_round; first-seen scores in tests/annotations/first_seen).
SECOND_FLOOR = {"pair_f1": 0.95, "quote_f1": 0.95, "speaker_acc": 1.0, "person_recall": 0.97, "indirect_r": 0.91,
                "affiliation_acc": 0.73}
SECOND_MOST_SPLIT, SECOND_MOST_SPURIOUS = 0, 1
# Twelve more annotated blind after the rules of version 12 were written, first seen by version 12
# (tests/annotations/third_round); their first-seen scores, not these floors, are the honest estimate of
# unseen news, since rules for phenomena these articles showed have been written since.
THIRD_FLOOR = {"pair_f1": 0.91, "quote_f1": 0.96, "speaker_acc": 0.95, "person_recall": 1.0, "indirect_r": 0.9,
               "affiliation_acc": 0.87}
THIRD_MOST_SPLIT, THIRD_MOST_SPURIOUS = 0, 0
# Twelve more annotated blind while the rules of version 13 were written, first seen by version 12
# (tests/annotations/fourth_round).
FOURTH_FLOOR = {"pair_f1": 0.97, "quote_f1": 0.97, "speaker_acc": 1.0, "person_recall": 0.98, "indirect_r": 0.94,
                "affiliation_acc": 0.75}
FOURTH_MOST_SPLIT, FOURTH_MOST_SPURIOUS = 0, 2
# Twelve more annotated blind after the rules of version 13 were written, first seen by version 13
# (tests/annotations/fifth_round).
FIFTH_FLOOR = {"pair_f1": 0.84, "quote_f1": 0.93, "speaker_acc": 0.91, "person_recall": 0.97, "indirect_r": 0.78,
               "affiliation_acc": 0.6}
FIFTH_MOST_SPLIT, FIFTH_MOST_SPURIOUS = 0, 3
# Twelve more annotated blind while the rules of versions 14 and 15 were written, first seen by version 15
# (tests/annotations/sixth_round).
SIXTH_FLOOR = {"pair_f1": 0.87, "quote_f1": 0.94, "speaker_acc": 0.92, "person_recall": 0.92, "indirect_r": 0.93,
               "affiliation_acc": 0.75}
SIXTH_MOST_SPLIT, SIXTH_MOST_SPURIOUS = 0, 2
# Twelve more annotated blind while the rules of version 16 were written, first seen by version 16
# (tests/annotations/seventh_round).
SEVENTH_FLOOR = {"pair_f1": 0.89, "quote_f1": 0.94, "speaker_acc": 0.94, "person_recall": 0.97, "indirect_r": 0.88,
                 "affiliation_acc": 0.61}
SEVENTH_MOST_SPLIT, SEVENTH_MOST_SPURIOUS = 1, 5
# Twelve more annotated blind while the rules of version 17 were written, first seen by version 17
# (tests/annotations/eighth_round).
EIGHTH_FLOOR = {"pair_f1": 0.90, "quote_f1": 0.96, "speaker_acc": 0.93, "person_recall": 0.97, "indirect_r": 0.94,
                "affiliation_acc": 0.65}
EIGHTH_MOST_SPLIT, EIGHTH_MOST_SPURIOUS = 0, 6
# Twelve more annotated blind while the rules of version 18 were written, first seen by version 18
# (tests/annotations/ninth_round).
NINTH_FLOOR = {"pair_f1": 0.74, "quote_f1": 0.87, "speaker_acc": 0.85, "person_recall": 0.94, "indirect_r": 0.78,
               "affiliation_acc": 0.4}
NINTH_MOST_SPLIT, NINTH_MOST_SPURIOUS = 0, 5
OWN_FLOOR = {"pair_f1": 0.95, "quote_f1": 0.95, "speaker_acc": 0.95, "person_recall": 0.97, "affiliation_acc": 0.90}
DEV_FLOOR = {"pair_f1": 0.95, "quote_f1": 0.97, "speaker_acc": 0.97, "person_recall": 0.99, "affiliation_acc": 0.95,
             "indirect_r": 0.93}
DEV_MOST_SPLIT, DEV_MOST_SPURIOUS = 0, 2


def test_extraction_never_crashes_on_the_corpus(corpus, nlp):
    articles = [read_article(p) for p in find_articles(corpus)]
    assert len(articles) >= 27
    results = extracted_facts(articles, nlp)
    assert len(results) == len(articles)
    for article, facts in zip(articles, results):
        texts = [p.text for p in article.paragraphs]
        ids = {a["id"] for a in facts["actors"]}
        for q in facts["quotes"]:
            assert q["speaker"] is None or q["speaker"] in ids
            for part in q["text"].split(" ... "):
                assert part in texts[q["paragraph"] - 1], (article.name, q["id"])


def score(facts_dir, gold_dir) -> dict:
    scorer = EVAL / "score.py"
    r = subprocess.run([sys.executable, str(scorer), str(facts_dir), str(gold_dir), "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)["summary"]


def write_facts(articles, nlp, folder):
    folder.mkdir()
    for article, facts in zip(articles, extracted_facts(articles, nlp)):
        (folder / f"{article.stem}.yaml").write_text(yaml.safe_dump(facts, allow_unicode=True))


def test_scores_on_the_seed_gold(eval_dir, nlp, tmp_path):
    write_facts([read_article(ROOT / "seeds" / "000_42f5b99eeddfa328.txt")], nlp, tmp_path / "f")
    got = score(tmp_path / "f", eval_dir / "gold")
    assert got["split_persons"] == 0
    for key, floor in SEED_FLOOR.items():
        assert got[key] >= floor, (key, got)


def test_scores_on_the_development_set(eval_dir, corpus, nlp, tmp_path):
    names = [g.stem for g in (eval_dir / "dev").glob("*.yaml")]
    articles = [read_article(corpus / f"{n}.md") for n in sorted(names)]
    write_facts(articles, nlp, tmp_path / "f")
    got = score(tmp_path / "f", eval_dir / "dev")
    assert got["split_persons"] <= DEV_MOST_SPLIT, got
    assert got["spurious_persons"] <= DEV_MOST_SPURIOUS, got
    for key, floor in DEV_FLOOR.items():
        assert got[key] >= floor, (key, got)


def own_annotations(folder, gold=ROOT / "tests" / "annotations"):
    return sorted(g for g in gold.glob("*.yaml") if (folder / f"{g.stem}.md").is_file())


def score_own(folder, names, nlp, tmp_path) -> dict:
    gold = tmp_path / "gold"
    gold.mkdir()
    for g in names:
        (gold / g.name).write_bytes(g.read_bytes())
    articles = [read_article(folder / f"{g.stem}.md") for g in names]
    write_facts(articles, nlp, tmp_path / "f")
    return score(tmp_path / "f", gold)


def test_scores_on_our_own_annotations(eval_dir, corpus, nlp, tmp_path):
    """Four corpus articles annotated for this project (tests/annotations), scored the same way."""
    names = own_annotations(corpus)
    assert len(names) == 4
    got = score_own(corpus, names, nlp, tmp_path)
    assert got["split_persons"] == 0
    for key, floor in OWN_FLOOR.items():
        assert got[key] >= floor, (key, got)


@pytest.mark.parametrize("folder, count, floors, most_split, most_spurious", [
    # fourteen archive articles annotated blind before the attribution rules of version 11
    ("", 14, ARCHIVE_FLOOR, ARCHIVE_MOST_SPLIT, ARCHIVE_MOST_SPURIOUS),
    # ten more, annotated blind after them
    ("second_round", 10, SECOND_FLOOR, SECOND_MOST_SPLIT, SECOND_MOST_SPURIOUS),
    # twelve more, annotated blind after those of version 12
    ("third_round", 12, THIRD_FLOOR, THIRD_MOST_SPLIT, THIRD_MOST_SPURIOUS),
    # twelve more, annotated blind while those of version 13 were written
    ("fourth_round", 12, FOURTH_FLOOR, FOURTH_MOST_SPLIT, FOURTH_MOST_SPURIOUS),
    # twelve more, annotated blind after those of version 13
    ("fifth_round", 12, FIFTH_FLOOR, FIFTH_MOST_SPLIT, FIFTH_MOST_SPURIOUS),
    # twelve more, annotated blind while those of versions 14 and 15 were written
    ("sixth_round", 12, SIXTH_FLOOR, SIXTH_MOST_SPLIT, SIXTH_MOST_SPURIOUS),
    # twelve more, annotated blind while those of version 16 were written
    ("seventh_round", 12, SEVENTH_FLOOR, SEVENTH_MOST_SPLIT, SEVENTH_MOST_SPURIOUS),
    # twelve more, annotated blind while those of version 17 were written
    ("eighth_round", 12, EIGHTH_FLOOR, EIGHTH_MOST_SPLIT, EIGHTH_MOST_SPURIOUS),
    # twelve more, annotated blind while those of version 18 were written
    ("ninth_round", 12, NINTH_FLOOR, NINTH_MOST_SPLIT, NINTH_MOST_SPURIOUS),
], ids=["first-round", "second-round", "third-round", "fourth-round", "fifth-round", "sixth-round", "seventh-round",
        "eighth-round", "ninth-round"])
def test_scores_on_the_blind_archive_annotations(eval_dir, corpus, nlp, tmp_path, folder, count, floors, most_split,
                                                  most_spurious):
    """Archive articles annotated blind (tests/annotations), scored the same way."""
    archive = corpus.parent / "archive"
    names = own_annotations(archive, ROOT / "tests" / "annotations" / folder)
    assert len(names) == count
    got = score_own(archive, names, nlp, tmp_path)
    assert got["split_persons"] <= most_split, got
    assert got["spurious_persons"] <= most_spurious, got
    for key, floor in floors.items():
        assert got[key] >= floor, (key, got)
