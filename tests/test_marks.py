"""Quotation marks are paired from the text, apostrophes never taken for them."""

from extract.marks import strip_runons


def inner(texts):
    return [[t[q.start:q.end] for q in spans] for t, spans in zip(texts, strip_runons(texts))]


def test_straight_and_curly_pairs():
    assert inner(['He said "one, two," and “three.”']) == [["one, two,", "three."]]


def test_apostrophes_are_not_marks():
    texts = ["The protesters' signs and Beijing’s plan ‘mattered’ to the teachers' union."]
    assert inner(texts) == [["mattered"]]


def test_unbalanced_mark_is_dropped_not_swallowing_the_paragraph():
    assert inner(['A stray " mark in an otherwise plain paragraph.', "Next."]) == [[], []]


def test_quote_running_over_paragraphs():
    texts = ['She said: "The first part.', '"The second part."']
    assert inner(texts) == [["The first part."], ["The second part."]]
