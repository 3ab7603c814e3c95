"""The README's Accuracy section, made from the table in docs/accuracy.md.

docs/accuracy.md keeps every annotated set's figures, first seen and now; the README gives a summary of them (the
development set, the real-news rounds and the last twelve invented sets first seen, the newest set first seen and now,
and how many sets meet each target). This script writes that summary into the README, so the two cannot disagree;
`tests/test_readme.py` fails when they do.

    python tools/accuracy_summary.py           # rewrite the README's Accuracy section
    python tools/accuracy_summary.py --check   # exit 1 if it is not what docs/accuracy.md gives
"""

from __future__ import annotations

import re
import statistics
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs" / "accuracy.md"

COLUMNS = ("quote F1", "speaker accuracy", "pair F1", "indirect recall", "person recall", "no split person",
           "spurious persons (at most three in fifteen articles)", "affiliation")
TARGETS = (0.93, 0.95, 0.90, 0.90, 0.97, 0, 3, 0.90)  # split and spurious persons: at most; the rest: at least
LAST = 12  # the invented sets summarised by their median ("the last twelve")

# What the table does not show: kept here as prose, and edited when the newest sets say otherwise.
CONVENTION = ("Indirect recall is held down by a convention as much as by misses: of the quotes the thirty-sixth, "
              "thirty-seventh and thirty-ninth sets' first-seen runs missed, 53 of 70 are one half of `said A, and "
              "that B`, which those sets' annotators count apart and the development set's gold, like dossier, keeps "
              "in one report. The fortieth to forty-third sets' annotators were given the development set's "
              "convention, and their first-seen indirect recall was 0.985, 0.974, 0.965 and 0.973.")

TEMPLATE = """## Accuracy

`make eval` scores what dossier extracts with `../shared/eval/score.py`
against gold annotations: the seed's, the development set's (23 Wikinews
articles of the corpus, 163 quotes) and those made for this project in
`tests/annotations/`: 175 real articles annotated blind in sixteen rounds
(160 of the archive, then the 15 corpus articles that had no gold) and
{invented} invented articles in the manner of wire news, in sets of 15 set in real
countries with invented people, annotated blind once no real article was
left. Each set was annotated by someone who had not seen what dossier
extracts from it and scored once, with the extractor as it stood, before any
rule changed because of it. Those **first-seen** figures are the honest
estimate of news dossier has never read; the **now** figures are after the
rules written for what each set showed. Extractor version {version}:

{table}

{standing}

Every set's figures, first seen and now, and what each version mended are in
[docs/accuracy.md](docs/accuracy.md); the errors left, by phenomenon, in
[docs/attribution-errors.md](docs/attribution-errors.md): mostly the small
model's entities (places, teams, creatures and works tagged as people, names
it never tags), affiliations told as narrative, findings reported without a
speech verb, and reports the parser misreads.

Every rule is written for a phenomenon of English news and tested on its own
made-up sentence in `tests/test_extraction.py` (straight and curly quotation
marks alike); a rule that helped one set and hurt another was not kept.
Each rule has a name in `extract/rules.py` and can be switched off;
`tests/test_rules.py` switches them off one at a time and fails if any rule's
absence fails no extraction test (a rule is tried only on the tests that ask
about it, the rules shared among the cores: about twenty minutes for the
{rules} rules on two cores). A phenomenon with a test but no rule yet is
marked `xfail(strict=True)` (none is today). `tests/test_corpus.py` holds
every "now" figure of docs/accuracy.md as a floor and runs extraction on
every corpus article.
"""


def _rows(docs: str) -> dict[str, list[str]]:
    rows = {}
    for line in docs.splitlines():
        if line.startswith("| ") and not line.startswith(("| set ", "|---")):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0]] = [c.strip("*") if k != 2 else f"**{c.strip('*')}**" for k, c in enumerate(cells[1:])]
    return rows


def _number(cell: str) -> float:
    return float(cell.strip("*"))


def _figure(x: float, whole: bool = False) -> str:
    if whole:
        return f"{x:g}"
    three = f"{x:.3f}"
    return three if three[-1] == "5" else f"{x:.2f}"


def _median_row(sets: list[tuple[str, list[str]]], label: str) -> str:
    cells = []
    for k in range(8):
        values = [_number(v[k]) for _, v in sets]
        whole = k in (5, 6)
        cell = (f"{_figure(statistics.median(values), whole)} "
                f"({_figure(min(values), whole)}–{_figure(max(values), whole)})")
        cells.append(f"**{cell}**" if k == 2 else cell)
    return f"| {label} | " + " | ".join(cells) + " |"


def _meets(k: int, cell: str) -> bool:
    x = _number(cell)
    return x <= TARGETS[k] if k in (5, 6) else x >= TARGETS[k]


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def section(docs: str) -> str:
    """The README's Accuracy section for the text of docs/accuracy.md."""
    version = re.search(r"Extractor version (\d+):", docs).group(1)
    rules = re.search(r"for the ([\d,]+) rules", docs).group(1)
    invented = re.search(r"on ([\d,]+) invented articles", docs).group(1)
    rows = _rows(docs)
    first_seen = [(k, v) for k, v in rows.items() if " set of 15 invented articles, first seen" in k]
    last = first_seen[-LAST:]
    rounds = [(k, v) for k, v in rows.items() if re.match(r"round \d+: ", k)]

    def version_of(label: str) -> str:
        return re.search(r"\(v(\d+)", label).group(1)

    newest_label, newest = first_seen[-1]
    ordinal = re.match(r"an? ([\w-]+) set", newest_label).group(1)
    table = ["| set | quote F1 | speaker acc. | **pair F1** | indirect recall | person recall | split persons "
             "| spurious persons | affiliation acc. |", "|---|---|---|---|---|---|---|---|---|"]
    for label in ("seed gold (9 quotes)", "development set, 23 articles, v10", "development set, 23 articles, now"):
        table.append(f"| {label} | " + " | ".join(rows[label]) + " |")
    table.append(_median_row(rounds, f"16 rounds of real news (175 articles), first seen (versions "
                                     f"{version_of(rounds[0][0])} to {version_of(rounds[-1][0])}): median of the "
                                     f"rounds (range)"))
    table.append(_median_row(last, f"the last twelve invented sets (180 articles), first seen (versions "
                                   f"{version_of(last[0][0])} to {version_of(last[-1][0])}): median of the sets "
                                   f"(range)"))
    table.append(f"| the newest ({ordinal}) set of 15, first seen (v{version_of(newest_label)}) | "
                 + " | ".join(newest) + " |")
    table.append(f"| the {ordinal} set, now | " + " | ".join(rows[f"the {ordinal} set of 15, now"]) + " |")
    table.append("| target, on news never seen | " + " | ".join(rows["target, on news never seen"]) + " |")

    met = [sum(_meets(k, v[k]) for _, v in last) for k in range(8)]
    groups: list[tuple[int, list[str]]] = []
    for k in sorted(range(8), key=lambda k: -met[k]):
        if groups and groups[-1][0] == met[k]:
            groups[-1][1].append(COLUMNS[k])
        else:
            groups.append((met[k], [COLUMNS[k]]))
    count = {LAST: "all twelve", 0: "none"}
    parts = [f"{_joined(names)} on {count.get(n, str(n))}" for n, names in groups]
    standing = ("The first-seen rows are what a user's first article meets. Against the targets, the last twelve "
                "invented sets met " + ", ".join(parts[:-1]) + ", " + parts[-1] + ". Quotes and people are found "
                "and most speakers are right; reports without quotation marks, affiliations, and places, works or "
                "bodies taken for people are where dossier still falls short on news it has never read. "
                + CONVENTION)
    return TEMPLATE.format(invented=invented, version=version, rules=rules, table="\n".join(table),
                           standing="\n".join(textwrap.wrap(standing, 76, break_on_hyphens=False)))


def _split(readme: str) -> tuple[str, str, str]:
    start = readme.index("## Accuracy\n")
    end = readme.index("## Speed\n", start)
    return readme[:start], readme[start:end], readme[end:]


def main(argv: list[str]) -> int:
    before, current, after = _split(README.read_text(encoding="utf-8"))
    wanted = section(DOCS.read_text(encoding="utf-8")) + "\n"
    if "--check" in argv:
        if current != wanted:
            print("README.md: its Accuracy section is not what docs/accuracy.md gives; "
                  "run `python tools/accuracy_summary.py`", file=sys.stderr)
            return 1
        return 0
    README.write_text(before + wanted + after, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
