"""PDF fonts: a memo embeds only the fonts shipped in the theme, whatever the machine has installed."""

import io
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from dossier.pdf import coverage, mark_missing, shipped_fonts, write_pdf
from dossier.render import THEME, render_html

pytestmark = pytest.mark.slow

TITLE = "Talks in Cairo and Jerusalem 🤝"
PARAS = [
    "«نحن مستعدون للحوار», قال الوزير. The minister spoke in Arabic.",
    "\"שלום לכולם,\" said Dana Cohen, a spokeswoman, in Hebrew.",
    "\"We are ready 😀👍🏽,\" said Jane Doe, quoting Ζωή Παπαδοπούλου and Пётр Ильич Чайковский.",
    "A family emoji 👨‍👩‍👧 and a Chinese name, 习近平, appeared in the text; café, naïve, Łódź, Nguyễn.",
]
FACTS = {
    "schema": 1,
    "source": {"file": "intl.txt", "sha256": "c" * 64, "title": TITLE, "licence": "CC BY 2.5"},
    "extracted_by": {"dossier": "0", "extractor": 1, "model": "m", "model_version": "1"},
    "summary": PARAS[0],
    "actors": [{"id": "jane-doe", "name": "Jane Doe", "type": "person", "paragraphs": [3]},
               {"id": "dana-cohen", "name": "Dana Cohen דנה כהן", "type": "person", "paragraphs": [2]},
               {"id": "minister", "name": "الوزير", "type": "person", "paragraphs": [1]}],
    "quotes": [{"id": "q1", "kind": "direct", "speaker": "minister", "text": "نحن مستعدون للحوار", "paragraph": 1},
               {"id": "q2", "kind": "direct", "speaker": "dana-cohen", "text": "שלום לכולם,", "paragraph": 2},
               {"id": "q3", "kind": "direct", "speaker": "jane-doe", "text": "We are ready 😀👍🏽,", "paragraph": 3}],
}
BUILD = {"dossier": "0", "date": "2020-01-01", "date_iso": "2020-01-01T00:00:00Z", "model": "m",
         "model_version": "1", "extractor": 1}


def embedded_fonts(pdf: bytes) -> list[tuple[str, bytes]]:
    """(BaseFont, font program) of every font the PDF embeds."""
    from pypdf import PdfReader

    out = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            out[str(font["/BaseFont"])] = descriptor["/FontFile2"].get_object().get_data()
    return sorted(out.items())


def shipped_source(program: bytes):
    """The shipped font an embedded font program was cut from: same PostScript name, same outlines."""
    from fontTools.ttLib import TTFont

    embedded = TTFont(io.BytesIO(program))
    name = embedded["name"].getDebugName(6)
    for path in shipped_fonts():
        shipped = TTFont(path)
        if shipped["name"].getDebugName(6) != name:
            continue
        cmap, shipped_cmap = embedded.getBestCmap(), shipped.getBestCmap()
        drawn = [c for c, g in cmap.items() if embedded["glyf"][g].numberOfContours]
        assert drawn, f"{name}: no glyph drawn"
        for c in drawn:  # each drawn character has the shipped font's outline
            assert c in shipped_cmap, (name, hex(c))
            mine = embedded["glyf"][cmap[c]].getCoordinates(embedded["glyf"])[0]
            assert mine == shipped["glyf"][shipped_cmap[c]].getCoordinates(shipped["glyf"])[0], (name, hex(c))
        return path
    return None


@pytest.fixture(scope="module")
def pdf():
    return write_pdf(render_html(FACTS, PARAS, BUILD, "pdf"))


def test_every_embedded_font_is_a_shipped_one(pdf):
    fonts = embedded_fonts(pdf)
    sources = {base: shipped_source(program) for base, program in fonts}
    assert all(sources.values()), f"not shipped: {[b for b, s in sources.items() if s is None]}"
    used = {p.name for p in sources.values()}
    # the colophon's hash in the monospace face; Arabic and Hebrew in their fallbacks
    assert {"NotoSansMono-Regular.ttf", "NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf",
            "NotoSerif-Regular.ttf", "NotoSans-Bold.ttf"} <= used


def test_characters_no_shipped_font_has_become_visible_markers(pdf):
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "We are ready [U+1F600 U+1F44D]," in text  # the skin tone joins its emoji
    assert "A family emoji [U+1F468 U+1F469 U+1F467] and a Chinese name, [U+4E60 U+8FD1 U+5E73]," in text
    assert "Ζωή Παπαδοπούλου" in text and "Пётр Ильич Чайковский" in text and "Nguyễn" in text
    assert "Talks in Cairo and Jerusalem [U+1F91D]" in text


def test_mark_missing_leaves_covered_text_alone():
    covered = coverage()
    text = "Łódź, Ζωή, Пётр, שלום, سلام, “quoted” — ¶ · …"
    assert mark_missing(text, covered) == text
    assert mark_missing("ok 中文字符串 ok", covered) == "ok [U+4E2D U+6587 … 5 characters] ok"
    assert mark_missing("x 👩\u200d💻\ufe0f y", covered) == "x [U+1F469 U+1F4BB] y"


def test_a_template_asking_for_a_system_font_still_gets_a_shipped_one(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    css = (THEME / "print.css").read_text() + '\nbody, h1, h2, h3, table, code { font-family: "DejaVu Sans"; }\n'
    (folder / "print.css").write_text(css)
    fonts = embedded_fonts(write_pdf(render_html(FACTS, PARAS, BUILD, "pdf", folder), folder))
    assert fonts and all(shipped_source(program) for _, program in fonts), [b for b, _ in fonts]


RESTYLED = """
import sys
sys.path[:0] = [{root!r}, {root!r} + "/tests"]
from pathlib import Path
import dossier.pdf as pdf
from test_pdf import FACTS, PARAS, BUILD
from dossier.render import render_html
folder = Path(sys.argv[1])
sys.stdout.buffer.write(pdf.write_pdf(render_html(FACTS, PARAS, BUILD, "pdf", folder), folder))
"""


def test_a_restyled_print_sheet_naming_no_font_still_gets_a_shipped_one(tmp_path):
    """An editor's print.css without the theme's @font-face rules: the memo falls back to a shipped font
    (no font at all made Pango crash the whole build)."""
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "print.css").write_text('@page { size: A4; margin: 2cm; }\nbody { font-family: "No Such Face"; }\n')
    r = subprocess.run([sys.executable, "-c", RESTYLED.format(root=str(ROOT)), str(folder)], capture_output=True,
                       cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    fonts = embedded_fonts(r.stdout)
    assert fonts and all(shipped_source(program) for _, program in fonts), [b for b, _ in fonts]


SUBSET = """
import sys
sys.path[:0] = [{root!r}, {root!r} + "/tests"]
import weasyprint.pdf.fonts as f
import dossier.fontsubset as fontsubset
import dossier.pdf as pdf
from test_pdf import FACTS, PARAS, BUILD
from dossier.render import render_html
how = sys.argv[1]
if how != "harfbuzz":
    f.harfbuzz_subset = None  # WeasyPrint's fontTools subsetter, as on a machine without libharfbuzz-subset0
if how in ("plain", "layoutless"):  # a font dossier.fontsubset does not take

    def unsupported(*args):
        raise fontsubset.Unsupported("for the test")

    fontsubset.subset = unsupported
if how == "plain":
    pdf._layoutless = lambda data: data
sys.stdout.buffer.write(pdf.write_pdf(render_html(FACTS, PARAS, BUILD, "pdf")))
"""


def _subset_runs(*hows: str) -> dict[str, bytes]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    code = SUBSET.format(root=str(ROOT))
    runs = {how: subprocess.run([sys.executable, "-c", code, how], capture_output=True, env=env, cwd=ROOT,
                                timeout=300) for how in hows}
    for how, r in runs.items():
        assert r.returncode == 0, (how, r.stderr.decode()[-2000:])
        assert r.stdout[:5] == b"%PDF-"
    return {how: r.stdout for how, r in runs.items()}


def test_the_same_bytes_with_or_without_harfbuzz_subsetter():
    """The shipped fonts are subset by dossier.fontsubset on every machine, libharfbuzz-subset0 or not."""
    runs = _subset_runs("harfbuzz", "fonttools")
    assert runs["harfbuzz"] == runs["fonttools"]


def test_fonttools_subsetting_from_layoutless_fonts_gives_the_same_bytes():
    """A font dossier.fontsubset does not take is subset by fontTools from its copy without GSUB and GPOS."""
    runs = _subset_runs("plain", "layoutless")
    assert runs["layoutless"] == runs["plain"]


@pytest.mark.corpus
@pytest.mark.slow
def test_an_annex_paragraph_opening_a_page_is_not_broken_after_its_first_word(corpus, tmp_path):
    """Paragraph 4 of this article opens the annex's second page; its first line holds more than 'The'."""
    import shutil

    from pypdf import PdfReader

    stem = "2020-01-05-united-states-military-kills-qasem-soleimani"
    (tmp_path / "seeds").mkdir()
    shutil.copy(corpus / f"{stem}.md", tmp_path / "seeds")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "report", "-C", str(tmp_path), "-q"],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    lines = [ln.strip() for page in PdfReader(tmp_path / "reports" / f"{stem}.pdf").pages
             for ln in page.extract_text().splitlines()]
    first = next(ln for ln in lines if ln.startswith("4") and "The" in ln.split()[:2])
    assert "military strike" in first, first


def test_a_template_with_a_second_style_element_keeps_weasyprints_own_path(tmp_path):
    """The theme's one <style> is parsed once per process; a memo with another keeps both, as written."""
    from pypdf import PdfReader

    from dossier.pdf import _parsed_style

    html = render_html(FACTS, PARAS, BUILD, "pdf")
    assert _parsed_style(html, "file:///x/", _fetcher_class_for_test())[1]  # the theme's memo: parsed once
    two = html.replace("</head>", "<style>.colophon { display: none; }</style>\n</head>", 1)
    assert _parsed_style(two, "file:///x/", _fetcher_class_for_test())[1] == []
    def text(markup):
        return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(write_pdf(markup))).pages).split())

    assert "Built by dossier" in text(html)
    assert "Built by dossier" not in text(two)  # the second stylesheet hid the colophon
    assert "page 1 of" in text(two)  # and the theme's still applies (its @page rules)


def _fetcher_class_for_test():
    from dossier.pdf import _fetcher_class
    from dossier.render import search_path

    return _fetcher_class()(search_path(None))


def _laid_out_by_weasyprint(monkeypatch):
    """Page references left to WeasyPrint's own target-counter (laid out again once their pages are known)."""
    import dossier.pdf

    monkeypatch.setattr(dossier.pdf, "PAGE_REF", "no page reference")
    monkeypatch.setattr(dossier.pdf, "_SHEETS", {})


def _pages_laid_out(monkeypatch) -> list[int]:
    """Counts the pages WeasyPrint lays out (a page laid out again counts again)."""
    import weasyprint.layout.page as page

    made = [0]
    remake = page.remake_page

    def counted(*args, **kwargs):
        made[0] += 1
        return remake(*args, **kwargs)

    monkeypatch.setattr(page, "remake_page", counted)
    return made


def test_page_references_filled_in_after_layout_give_weasyprints_own_bytes(monkeypatch):
    """Citations name their annex page without the memo being laid out twice, and read as WeasyPrint's
    target-counter made them: the same PDF, byte for byte."""
    from pypdf import PdfReader

    write_pdf(render_html(FACTS, PARAS, BUILD, "pdf"))  # fonts loaded
    made = _pages_laid_out(monkeypatch)
    facts = {**FACTS, "quotes": FACTS["quotes"] * 8}  # enough quotes to push the annex to a later page
    facts["quotes"] = [{**q, "id": f"q{i}"} for i, q in enumerate(facts["quotes"])]
    html = render_html(facts, PARAS, BUILD, "pdf")
    once = write_pdf(html)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(once)).pages]
    assert made[0] == len(pages)  # each page laid out once
    annex = next(i for i, text in enumerate(pages, 1) if "ANNEX: SOURCE TEXT" in text.upper())
    assert annex > 1 and f"¶3, p. {annex}" in " ".join(pages)
    _laid_out_by_weasyprint(monkeypatch)
    assert write_pdf(html) == once


PAGES_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pages</title><style>
@font-face { font-family: "Noto Sans"; src: url("fonts/NotoSans-Regular.ttf"); }
body { font-family: "Noto Sans"; } div { break-before: page; }
a::after { content: ", p.\\a0" target-counter(attr(href url), page); }
</style></head><body><p>See <a href="#t3">three</a>, <a href="#t12">twelve</a> and <a href="#t2">two</a>.</p>
""" + "".join(f'<div id="t{n}">Target {n}.</div>' for n in range(2, 13)) + "</body></html>"


def test_a_page_reference_wider_than_one_digit_is_still_right(monkeypatch):
    """A reference to page 12 is wider than the digit laid out in its place: the memo is laid out as
    WeasyPrint does it, every reference still right."""
    from pypdf import PdfReader

    pdf = write_pdf(PAGES_HTML)
    first = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "three, p. 3, twelve, p. 12 and two, p. 2." in first
    _laid_out_by_weasyprint(monkeypatch)
    assert write_pdf(PAGES_HTML) == pdf


def test_page_references_under_ten_are_filled_in(monkeypatch):
    from pypdf import PdfReader

    html = PAGES_HTML.replace('<a href="#t12">twelve</a>', '<a href="#t9">nine</a>')
    pdf = write_pdf(html)
    first = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "three, p. 3, nine, p. 9 and two, p. 2." in first
    _laid_out_by_weasyprint(monkeypatch)
    assert write_pdf(html) == pdf


def test_constant_custom_properties_are_resolved_before_weasyprint_parses_the_stylesheet():
    from dossier.pdf import _constants_resolved

    css = (":root { --ink: #111; --bg: #eee; }\np { color: var(--ink); border: 1px solid var( --ink ); }\n"
           ".x { --bg: #000; background: var(--bg); } .y { color: var(--ink, red); }")
    out = _constants_resolved(css)
    assert "p { color: #111; border: 1px solid #111; }" in out
    assert "background: var(--bg)" in out  # set twice: not a constant
    assert "var(--ink, red)" in out  # a fallback: left to WeasyPrint
    inside = "@media print { :root { --ink: #111; } }\np { color: var(--ink); }"
    assert _constants_resolved(inside) == inside  # set for one medium only


def test_a_memo_setting_its_own_custom_property_keeps_weasyprints_own_path():
    from dossier.pdf import _parsed_style

    html = render_html(FACTS, PARAS, BUILD, "pdf").replace("<main>", '<main style="--accent: #c00">', 1)
    assert _parsed_style(html, "file:///x/", _fetcher_class_for_test())[1] == []


def test_styles_computed_the_short_way_give_weasyprints_own_bytes(monkeypatch):
    """Properties no stylesheet sets are inherited or initial without WeasyPrint's general path: the
    memo's PDF is the same, byte for byte, as with WeasyPrint's own computation of every property."""
    from weasyprint.css import ComputedStyle

    html = render_html(FACTS, PARAS, BUILD, "pdf")
    short = write_pdf(html, epoch=1700000000)
    assert getattr(ComputedStyle.__missing__, "dossier", False)
    monkeypatch.setattr(ComputedStyle, "__missing__", ComputedStyle.__missing__.general)
    assert write_pdf(html, epoch=1700000000) == short


def test_a_logical_property_a_theme_sets_still_places_its_physical_twin(monkeypatch):
    """margin-inline-start or inline-size set by a restyled theme decide margin_left or width: the short way
    leaves such a property to WeasyPrint's path, and the PDF is WeasyPrint's own."""
    from weasyprint.css import ComputedStyle

    plain = render_html(FACTS, PARAS, BUILD, "pdf")
    html = plain.replace("</head>", "<style>p { margin-inline-start: 3cm; padding-inline-end: 2cm; "
                                    "border-block-start-style: solid; inline-size: 9cm }</style></head>", 1)
    assert html != plain
    short = write_pdf(html, epoch=1700000000)
    assert short != write_pdf(plain, epoch=1700000000)  # the logical properties moved the text
    monkeypatch.setattr(ComputedStyle, "__missing__", ComputedStyle.__missing__.general)
    assert write_pdf(html, epoch=1700000000) == short


def test_a_weasyprint_without_the_names_the_shortcut_reads_keeps_its_own_path(monkeypatch):
    """Installed beside another WeasyPrint (the package allows from version 63), the shortcut is left out rather
    than every PDF failing."""
    import weasyprint.css.computed_values as computed
    from weasyprint.css import ComputedStyle

    from dossier.pdf import _patch_computed_style

    write_pdf(render_html(FACTS, PARAS, BUILD, "pdf"))  # set up, the shortcut in place
    general = ComputedStyle.__missing__.general
    monkeypatch.setattr(ComputedStyle, "__missing__", general)
    monkeypatch.delattr(computed, "PHYSICAL_FUNCTIONS")
    _patch_computed_style()
    assert ComputedStyle.__missing__ is general
