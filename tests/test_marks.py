"""Quotation marks are paired from the text, apostrophes never taken for them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.marks import strip_runons


def inner(texts):
    return [[t[q.start:q.end] for q in spans] for t, spans in zip(texts, strip_runons(texts))]


def test_straight_and_curly_pairs():
    assert inner(['He said "one, two," and “three.”']) == [["one, two,", "three."]]


def test_apostrophes_are_not_marks():
    texts = ["The protesters' signs and Beijing’s plan ‘mattered’ to the teachers' union."]
    assert inner(texts) == [["mattered"]]


def test_straight_single_marks_around_a_sentence_said_are_a_quotation():
    texts = ["'We're ready,' she said, 'and we won't stop.'", "Lind said: 'It is over.'",
             "The '90s were wild, rock 'n' roll was king and the workers' union said 'no.'"]
    assert inner(texts) == [["We're ready,", "and we won't stop."], ["It is over."], []]


def test_a_possessive_inside_single_marks_does_not_close_them():
    texts = ["‘The protesters’ demands are fair,’ said Lind.", "He called them ‘heroes’ and left, ‘for good.’"]
    assert inner(texts) == [["The protesters’ demands are fair,"], ["heroes", "for good."]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab ,.?'", max_size=60))
def test_straight_single_quotations_never_overlap_and_never_open_inside_a_word(text):
    [spans] = strip_runons([text])
    for q, after in zip(spans, spans[1:]):
        assert q.close_at is not None and q.close_at < after.open_at
    for q in spans:
        if text[q.open_at] == "'":
            assert q.open_at == 0 or not text[q.open_at - 1].isalnum()


def test_unbalanced_mark_is_dropped_not_swallowing_the_paragraph():
    assert inner(['A stray " mark in an otherwise plain paragraph.', "Next."]) == [[], []]


def test_quote_running_over_paragraphs():
    texts = ['She said: "The first part.', '"The second part."']
    assert inner(texts) == [["The first part."], ["The second part."]]


def test_quote_closed_only_in_the_next_paragraph():
    texts = ['"It is a long shot.', 'Think about it." Then she left, "for good."', "Next."]
    assert inner(texts) == [["It is a long shot."], ["Think about it.", "for good."], []]


def test_a_stray_mark_is_not_run_into_a_paragraph_that_quotes_on_its_own():
    texts = ['A stray " mark.', 'Then "no" came.']
    assert inner(texts) == [[], ["no"]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet='ab ."“”‘’\',:', max_size=40), min_size=1, max_size=4))
def test_quotations_stay_inside_their_paragraph(texts):
    found = strip_runons(texts)
    assert len(found) == len(texts)
    for k, (text, spans) in enumerate(zip(texts, found)):
        assert [q.start for q in spans] == sorted(q.start for q in spans)
        for q in spans:
            assert 0 <= q.open_at <= q.start <= q.end <= len(text) and text[q.start:q.end].strip()
            assert q.close_at is None or q.close_at == q.end
            if q.close_at is None:  # a quotation runs on only into a paragraph that goes on with it
                assert k + 1 < len(texts)
