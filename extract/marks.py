"""Pair quotation marks in a paragraph, without mistaking apostrophes for them.

spaCy marks every `'` and `’` as a quote token, so plural possessives
(`protesters'`) and contractions (`Beijing’s`) would open quotations that never
close. Marks are paired here from the characters and their neighbours instead:

- double marks: straight `"` (open or close by what stands beside it), curly
  `“ ”`, and TeX-style ``` `` ''```;
- single curly marks `‘ ’` only where `‘` opens at a word start and a `’` closes
  a later word that is not followed by a letter (so `’s` never closes);
- a mark left open at the end of a paragraph is a quotation that runs on into
  the next paragraph only if that paragraph opens with a mark, or if its first
  mark closes the quotation (the next paragraph is then quoted up to it);
  otherwise it is an unbalanced mark and is dropped, never swallowing the rest
  of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import on, rule

CLOSED_NEXT = rule("quotation-closed-in-the-next-paragraph", "`\"It is a long shot.` then `Think about it.\"`: a "
                   "quotation opening a paragraph and closed only in the next one, which opens with no mark, runs on "
                   "into it up to the closing mark")

STRAIGHT_SINGLE = rule("straight-single-quotation-marks", "`'We are ready,' said NAME`, `NAME said: 'It is over.'`: "
                       "straight single marks, as text typed or converted to plain ASCII has them, are a quotation "
                       "where one opens a sentence (a capital after it) and one closes it (after `,` `.` `?` `!`)")
POSSESSIVE_INSIDE_SINGLE = rule("possessive-inside-single-marks", "`‘The protesters’ demands are fair,’ said "
                                "NAME`: a closing single mark between a word and a word in lower case is an apostrophe "
                                "(a possessive) when the quotation closes after its punctuation further on")

OPENERS_BEFORE = set(" \t\n([{—–-/:;")
DOUBLE_MARKS = "\"“”"  # straight and curly double quotation marks
SINGLE_CLOSERS = "'’"  # straight and curly closing single quotation marks
# An apostrophe typeset as a closing single mark or a modifier letter (`O’Halloran`), and the straight one that
# text typed plainly has (and the language model learnt names with).
TYPESET_APOSTROPHES = ("\u2019", "\u02bc")
STRAIGHT_APOSTROPHE = "'"


@dataclass(frozen=True)
class Quoted:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when it runs on past the paragraph

    @property
    def runs_on(self) -> bool:
        return self.close_at is None


def _double_marks(text: str) -> list[tuple[int, int, str]]:
    """(offset, length, role) of every double mark; role is open, close or either."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "“":
            out.append((i, 1, "open"))
        elif ch == "”":
            out.append((i, 1, "close"))
        elif ch == "`" and text.startswith("``", i):
            out.append((i, 2, "open"))
            i += 1
        elif ch == "'" and text.startswith("''", i):
            out.append((i, 2, "close"))
            i += 1
        elif ch == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            if before in OPENERS_BEFORE and not after.isspace():
                out.append((i, 1, "open"))
            elif not before.isspace() and (after.isspace() or not after.isalnum()):
                out.append((i, 1, "close"))
            else:
                out.append((i, 1, "either"))
        i += 1
    return out


def _pair(marks: list[tuple[int, int, str]], text_len: int) -> list[Quoted]:
    quoted: list[Quoted] = []
    open_mark: tuple[int, int] | None = None
    for at, length, role in marks:
        if open_mark is None:
            if role in ("open", "either"):
                open_mark = (at, length)
            continue
        if role in ("close", "either"):
            start = open_mark[0] + open_mark[1]
            quoted.append(Quoted(start, at, open_mark[0], at))
            open_mark = None
        elif role == "open":
            # a second opening mark before any close: the first one was stray
            open_mark = (at, length)
    if open_mark is not None:
        quoted.append(Quoted(open_mark[0] + open_mark[1], text_len, open_mark[0], None))
    return quoted


def _single_curly(text: str, taken: list[Quoted]) -> list[Quoted]:
    out = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] == "‘" and (i == 0 or text[i - 1] in OPENERS_BEFORE or text[i - 1] in "“\"") \
                and i + 1 < n and not text[i + 1].isspace():
            j = i + 1
            while j < n:
                if text[j] == "’" and not text[j - 1].isspace() and (j + 1 >= n or not text[j + 1].isalpha()) \
                        and not (on(POSSESSIVE_INSIDE_SINGLE) and _possessive_before_the_close(text, j)):
                    break
                j += 1
            if j < n:
                out.append(Quoted(i + 1, j, i, j))
                i = j
        i += 1
    if on(STRAIGHT_SINGLE):
        out += _straight_single(text)
    inside = [(q.open_at, q.close_at or n) for q in taken]
    return [q for q in out if not any(a < q.open_at < b for a, b in inside)]


_CLOSED_AFTER_PUNCTUATION = re.compile(r"[,.!?]’")


def _possessive_before_the_close(text: str, j: int) -> bool:
    """`‘The protesters’ demands are fair,’`: the ``’`` at ``j`` ends a word and comes before a word in lower
    case, and a ``’`` after a sentence's punctuation closes the quotation further on, no ``‘`` opening between."""
    if not text[j - 1].isalpha() or not text[j + 1:j + 3].startswith(" ") or not text[j + 2:j + 3].islower():
        return False
    m = _CLOSED_AFTER_PUNCTUATION.search(text, j + 1)
    return m is not None and "‘" not in text[j + 1:m.start()]


_STRAIGHT_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–:-]))'(?=[A-Z])((?:[^'\n]|(?<=\w)'(?=\w))*?[,.!?])'(?=[\s)\]—–-]|$)")


_STRAIGHT_SINGLE_GOING_ON = re.compile(r"(?<=, )'(?=[a-z])((?:[^'\n]|(?<=\w)'(?=\w))*?[,.!?])'(?=[\s)\]—–-]|$)")


def _straight_single(text: str) -> list[Quoted]:
    """`'We are ready,' said NAME`: straight single marks around a sentence of words said; an apostrophe never
    opens one (`'90s`, `rock 'n' roll`: no capital after it, or no punctuation before the close). After one,
    `she said, 'and we lost.'` goes on with it."""
    found = [Quoted(m.start(1), m.end(1), m.start(), m.end(1)) for m in _STRAIGHT_SINGLE.finditer(text)]
    if found:
        found += [Quoted(m.start(1), m.end(1), m.start(), m.end(1)) for m in _STRAIGHT_SINGLE_GOING_ON.finditer(text)
                  if m.start() > found[0].close_at]
    return sorted(found, key=lambda q: q.open_at)


def quoted_spans(text: str, after: int = -1) -> list[Quoted]:
    """Quotations in one paragraph, outermost only, in order of the text (with ``after``: of its double marks,
    only those after that offset)."""
    spans = _pair([m for m in _double_marks(text) if m[0] > after], len(text))
    spans += _single_curly(text, spans)
    spans = [q for q in spans if text[q.start:q.end].strip()]
    return sorted(spans, key=lambda q: q.start)


def opens_with_mark(text: str) -> bool:
    return text[:1] in ('"', "“", "‘") or text.startswith("``")


def _closed_in(text: str) -> int | None:
    """Where a quotation run on from the paragraph before closes in ``text``: the offset of its first double mark
    when that mark closes (`Think about it."`) and the paragraph opens with no mark; else None."""
    if opens_with_mark(text):
        return None
    marks = _double_marks(text)
    if not marks or marks[0][2] == "open":
        return None
    at, _, role = marks[0]
    if role == "either" and text[at - 1:at].isspace():
        return None
    return at


def _runs_into(paragraphs: list[str], k: int, spans: list[Quoted]) -> int | None:
    """Where the quotation paragraph ``k`` leaves open closes in the next paragraph (``_closed_in``), when it
    opened the paragraph (`"It is a long shot.`); else None."""
    if not on(CLOSED_NEXT) or k + 1 >= len(paragraphs) or spans[-1].open_at != 0:
        return None
    return _closed_in(paragraphs[k + 1])


def _runons(paragraphs: list[str]) -> tuple[list[list[Quoted]], list[int]]:
    """Quotations of every paragraph with run-on ones kept only where a run-on is real, and the 0-based indexes
    of the paragraphs whose last mark opened a quotation that never closes (dropped)."""
    found = [quoted_spans(t) for t in paragraphs]
    dropped = []
    for k, spans in enumerate(found):
        if not spans or not spans[-1].runs_on:
            continue
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else ""
        if opens_with_mark(nxt):
            continue
        close = _runs_into(paragraphs, k, spans)
        if close is None:
            spans.pop()  # an unbalanced mark: drop it rather than quote the rest of the paragraph
            dropped.append(k)
        elif nxt[:close].strip():  # the rest of the quotation, up to its close; the paragraph's own after it
            found[k + 1] = [Quoted(0, close, 0, close)] + [q for q in quoted_spans(nxt, close) if q.open_at > close]
    return found, dropped


def unbalanced(paragraphs: list[str]) -> list[int]:
    """0-based indexes of paragraphs with a quotation mark that opens and never closes."""
    return _runons(paragraphs)[1]


def strip_runons(paragraphs: list[str]) -> list[list[Quoted]]:
    """Quotations of every paragraph, with run-on ones kept only where a run-on is real."""
    return _runons(paragraphs)[0]


_NAME_WORD_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’.-]* $")
_NAME_WORD_AFTER = re.compile(r" [A-Z][\w'’-]*")


def is_nickname(text: str, q: Quoted) -> bool:
    """`Johannes Petrus "Hans" Verbeek`: one or two capitalised words in marks between two words of a name,
    a nickname rather than words said."""
    if q.close_at is None:
        return False
    words = text[q.start:q.end].split()  # "Hans", "Big Mike", or initials: "AJ"
    return 1 <= len(words) <= 2 and all(w.istitle() and w[-1].isalpha() or w.isalpha() and w.isupper() and len(w) <= 3
                                        for w in words) \
        and bool(_NAME_WORD_BEFORE.search(text, 0, q.open_at)) and bool(_NAME_WORD_AFTER.match(text, q.close_at + 1))
