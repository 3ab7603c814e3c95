"""Templates: sandboxed, autoescaped, and every way to break one ends in a located line."""

import shutil

import pytest

from dossier.errors import DossierError
from dossier.pdf import Blocked, _fetcher_class
from dossier.render import TEMPLATES, render_html

FACTS = {
    "schema": 1,
    "source": {"file": "a.txt", "sha256": "b" * 64, "title": "A <b>title</b>"},
    "extracted_by": {"dossier": "0", "extractor": 1, "model": "m", "model_version": "1"},
    "summary": "Lead with **bold** and <script>alert(1)</script>.",
    "actors": [{"id": "jane-doe", "name": "Jane Doe", "type": "person", "paragraphs": [1]}],
    "quotes": [{"id": "q1", "kind": "direct", "speaker": "jane-doe", "text": "We are <ready>,", "paragraph": 1},
               {"id": "q2", "kind": "direct", "speaker": "jane-doe", "text": "Invented.", "paragraph": 1,
                "status": "rejected"}],
}
PARAS = ['"We are <ready>," said Jane Doe. <script>alert(2)</script>']
BUILD = {"dossier": "0", "date": "2020-01-01", "date_iso": "2020-01-01T00:00:00Z", "model": "m",
         "model_version": "1", "extractor": 1}


@pytest.fixture
def templates(tmp_path):
    dst = tmp_path / "templates"
    shutil.copytree(TEMPLATES, dst, ignore=shutil.ignore_patterns("fonts"))
    return dst


def render(folder=TEMPLATES):
    return render_html(FACTS, PARAS, BUILD, "html", folder=folder)


def test_article_text_and_summary_are_escaped():
    html = render()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html and "&lt;script&gt;alert(1)" in html
    assert "<strong>bold</strong>" in html  # the summary's Markdown is rendered
    assert "We are &lt;ready&gt;," in html


def test_rejected_quote_is_not_rendered():
    assert "Invented." not in render()


def test_html_is_self_contained():
    html = render()
    assert "<link" not in html and "src=" not in html and "@import" not in html


def break_template(folder, name, old, new):
    p = folder / name
    text = p.read_text()
    assert old in text
    p.write_text(text.replace(old, new, 1))
    return p


def test_syntax_error_names_template_and_line(templates):
    p = break_template(templates, "partials/summary.html.j2", "{{ summary_html | safe }}", "{{ summary_html | safe }")
    with pytest.raises(DossierError) as e:
        render(templates)
    assert e.value.code == "E301" and e.value.path == str(p) and e.value.line == 15


def test_undefined_variable_names_template_line(templates):
    p = break_template(templates, "partials/header.html.j2", "{{ reference }}</span>", "{{ referense }}</span>")
    with pytest.raises(DossierError) as e:
        render(templates)
    assert e.value.code == "E303" and e.value.path == str(p) and e.value.line == 2
    assert "referense" in str(e.value)


def test_missing_include(templates):
    p = break_template(templates, "memo.html.j2", "partials/annex.html.j2", "partials/anex.html.j2")
    with pytest.raises(DossierError) as e:
        render(templates)
    assert e.value.code == "E302" and "anex" in str(e.value) and e.value.path == str(p) and e.value.line == 8


def test_templates_are_sandboxed(templates):
    break_template(templates, "partials/summary.html.j2", "{{ summary_html | safe }}",
                   "{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(DossierError) as e:
        render(templates)
    assert e.value.code in ("E303", "E304")


def test_pdf_fetcher_serves_fonts_and_refuses_the_rest(tmp_path):
    fetcher = _fetcher_class()([TEMPLATES])
    font = (TEMPLATES / "fonts" / "NotoSans-Regular.ttf").resolve().as_uri()
    fetcher.fetch(font)
    for url in ("http://example.com/tracker.png", "https://example.com/x.css",
                (tmp_path / "secret.txt").as_uri(), "file:///etc/passwd"):
        with pytest.raises(Blocked):
            fetcher.fetch(url)


def test_quote_display_drops_the_trailing_comma_and_doubled_labels():
    from dossier.render import display_part, reported_label

    html = render()
    assert "“We are &lt;ready&gt;”" in html  # the fact file's "We are <ready>," keeps its comma
    assert display_part("Part one,") == "Part one" and display_part("Done.") == "Done."
    assert reported_label("reported") == "Reported" and reported_label("Reported") == "Reported"
    assert reported_label("said") == "Reported · said" and reported_label(None) == "Reported"


def with_facts(**changes):
    import copy

    facts = copy.deepcopy(FACTS)
    for k, v in changes.items():
        facts[k] = v
    return render_html(facts, PARAS, BUILD, "html")


def test_colophon_says_editor_reviewed_only_after_a_review():
    unreviewed = [q for q in FACTS["quotes"] if q.get("status") != "rejected"]
    assert "no editor has reviewed them yet" in with_facts(quotes=unreviewed)
    assert "editor-reviewed" not in with_facts(quotes=unreviewed)
    checked = [{**unreviewed[0], "status": "checked", "note": "called her office"}]
    html = with_facts(quotes=checked)
    assert "editor-reviewed (1 of 1 quote checked)" in html
    assert 'class="review checked"' in html


def test_key_points_come_first_and_the_lead_is_marked_until_then():
    html = with_facts(summary=None)
    assert "an editor has not written key points yet" in html
    html = with_facts(key_points=["Jane Doe is *ready*."])
    assert "an editor has not written key points yet" not in html
    assert html.index("<em>ready</em>") < html.index("Who is who")
    assert html.index("Key points") < html.index("Who is who")


def test_templates_receive_each_quotes_status_origin_and_note():
    from dossier.render import context

    quotes = [{**FACTS["quotes"][0], "status": "checked", "origin": "editor", "note": "confirmed"}]
    ctx = context({**FACTS, "quotes": quotes}, PARAS, BUILD, "html")
    q = ctx["groups"][0]["quotes"][0]
    assert (q["status"], q["origin"], q["notes"]) == ("checked", "editor", "confirmed")


def test_a_kept_template_is_compiled_again_when_its_bytes_change_or_it_is_shadowed(templates, tmp_path):
    """Templates are compiled once per process; an edit (even within the same second) or a new override shows."""
    import os

    first = render(templates)
    assert "Briefing memo" in first
    header = templates / "partials" / "header.html.j2"
    stat = header.stat()
    header.write_text(header.read_text().replace("Briefing memo", "Briefing note"))
    os.utime(header, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the same mtime: the bytes still tell
    assert "Briefing note" in render(templates) and "Briefing memo <span" not in render(templates)
    header.unlink()  # the theme's header again
    assert "Briefing memo" in render(templates)
    (templates / "partials" / "header.html.j2").write_text("<header>Shadowed</header>\n")
    assert "Shadowed" in render(templates)


def test_the_actors_table_shows_a_persons_earlier_and_other_roles_each_cited():
    import re

    jane = {**FACTS["actors"][0], "title": "new governor", "affiliation": "Westmark",
            "roles": [{"title": "former ambassador", "affiliation": "Norland", "paragraph": 1, "when": "before"},
                      {"title": "chair", "affiliation": "Tarn Party", "paragraph": 1}]}
    html = with_facts(actors=[jane])
    row = re.search(r'<tr id="actor-jane-doe">.*?</tr>', html, re.S).group(0)
    cell = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", re.search(r'<td class="role">.*?</td>', row, re.S).group(0)))
    assert cell.strip() == "new governor, Westmark earlier: former ambassador, Norland ¶1 also: chair, Tarn Party ¶1"
    assert row.count('href="#p1"') == 2
    assert "earlier:" not in with_facts(actors=[{**jane, "roles": []}])
