"""The reader: titles, numbered paragraphs, front matter, and every bad file a user can drop in."""

import pytest

from dossier.errors import DossierError
from dossier.sources import find_articles, read_article


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_text_article_title_and_numbered_paragraphs(tmp_path):
    p = write(tmp_path, "a.txt", "\n\nThe Title\n\nFirst paragraph\nwraps here.\n\n\nSecond one.\n")
    a = read_article(p)
    assert a.title == "The Title"
    assert [(x.number, x.text) for x in a.paragraphs] == [(1, "First paragraph wraps here."), (2, "Second one.")]
    assert a.paragraphs[0].line == 5 and a.paragraphs[1].line == 9


def test_markdown_front_matter_and_body(tmp_path):
    p = write(tmp_path, "b.md", "---\ntitle: Front Title\ndate: 2020-01-05\nsource: Wire\n---\n\n"
                                "Body *one* with [a link](http://x.example).\n\nBody two.\n")
    a = read_article(p)
    assert a.title == "Front Title"
    assert a.meta["date"] == "2020-01-05" and a.meta["source"] == "Wire"
    assert [x.text for x in a.paragraphs] == ["Body one with a link.", "Body two."]
    assert a.paragraphs[0].line == 7


def test_markdown_html_is_kept_as_text(tmp_path):
    p = write(tmp_path, "c.md", "# Title\n\nHello <script>alert(1)</script> world.\n")
    a = read_article(p)
    assert a.paragraphs[0].text == "Hello <script>alert(1)</script> world."


@pytest.mark.parametrize("data, code, words", [
    (b"", "E105", "empty"),
    (b"   \n\n  ", "E105", "empty"),
    (b"Only a title\n", "E106", "no paragraphs"),
    (b"Title\n\nbad \xff byte\n", "E104", "0xff"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "E103", "binary"),
])
def test_bad_articles_get_one_clear_line(tmp_path, data, code, words):
    p = write(tmp_path, "bad.txt", data)
    with pytest.raises(DossierError) as e:
        read_article(p)
    msg = str(e.value)
    assert msg.startswith(str(p)) and f"[{code}]" in msg and words in msg and "\n" not in msg


def test_non_utf8_names_the_line(tmp_path):
    p = write(tmp_path, "bad.txt", b"Title\n\nfine\n\nbad \xe9 here\n")
    with pytest.raises(DossierError) as e:
        read_article(p)
    assert e.value.line == 5 and "0xe9" in str(e.value)


def test_huge_article_is_refused(tmp_path):
    p = write(tmp_path, "huge.txt", b"Title\n\n" + b"word " * 2_100_000)
    with pytest.raises(DossierError) as e:
        read_article(p)
    assert e.value.code == "E102"


def test_find_articles_skips_readme_and_other_files(tmp_path):
    for n in ("b.md", "a.txt", "README.md", "notes.json"):
        write(tmp_path, n, "T\n\nx\n")
    assert [p.name for p in find_articles(tmp_path)] == ["a.txt", "b.md"]
