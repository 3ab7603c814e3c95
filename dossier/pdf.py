"""Lay out a memo's HTML as PDF with WeasyPrint, offline and reproducibly.

The fetcher serves only files inside the template folders (the shipped fonts)
and `data:` URLs: a URL in an article or a template is never fetched, and no
file outside the project is read. One font configuration and one resource
cache serve every memo of a run, so fonts are loaded once. With
``SOURCE_DATE_EPOCH`` set, the PDF's dates come from it and equal inputs give
equal bytes.

Only shipped fonts: the renderer's fontconfig configuration (``fonts.conf``)
lists no font folder, so the theme's ``@font-face`` fonts are the only ones
WeasyPrint can use, whatever fonts the machine has. A character none of them
has (an emoji, CJK) is replaced by a visible ``[U+1F600]`` marker rather than
left to a system font, so every machine builds the same bytes.

Fonts subset in milliseconds, with or without HarfBuzz's subsetter: the
shipped fonts are simple TrueType fonts, which ``dossier.fontsubset`` cuts
down to the glyphs drawn with byte slices, the same bytes on every machine.
WeasyPrint's fontTools fallback took about a tenth of a second per font,
decompiling and recompiling every table and glyph slot. A font it does not
take (a project's own CFF or hinted font) goes to WeasyPrint's subsetter; with
fontTools, that font is first stripped of its GSUB and GPOS tables once per
process (fontTools decompiled them for every memo only to drop them).

Every PDF is PDF/A-3a: tagged (headings, tables, lists, quotations and links in
the structure tree, in reading order), its language set, fonts embedded, an
sRGB output intent, and the memo's fact file embedded as a ``Source``
attachment, so the machine-readable facts travel with the memo.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import struct
import sys
from pathlib import Path

from . import fontsubset
from .render import search_path

FONTS_CONF = Path(__file__).resolve().parent / "fonts.conf"
FONT_SUFFIXES = (".ttf", ".otf")
_FONT_CONFIG = None
_CACHE: dict = {}
_COVERAGE: dict[tuple[str, ...], frozenset[int]] = {}
_LAYOUTLESS: dict[bytes, bytes] = {}
_WARMED: set[tuple[str, ...]] = set()  # template folders whose fonts warm() has read
_SHEETS: dict[tuple, tuple] = {}  # (CSS text, base URL, template folders) -> the parsed stylesheet, and its variant
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)  # sha256 of a font -> the same font without GSUB and GPOS
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Joined to the character before them when it is missing (emoji sequences); invisible on their own.
_JOINERS = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f"
                      r"\U000e0100-\U000e01ef]")


class Blocked(ValueError):
    pass


def _fetcher_class():
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):
        """Serves the templates folder and data: URLs; refuses everything else."""

        def __init__(self, roots: list[Path]):
            super().__init__(allowed_protocols=("file", "data"))
            self.roots = [r.resolve() for r in roots]

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file://"):
                from urllib.parse import unquote, urlparse

                path = Path(unquote(urlparse(url).path)).resolve()
                if any(path.is_relative_to(r) for r in self.roots) and path.is_file():
                    return super().fetch(url, headers)
            raise Blocked(f"not fetched (memos are built offline): {url}")

    return LocalOnlyFetcher


def import_weasyprint() -> None:
    """Import WeasyPrint, sparing its library search half a second.

    cffi asks ctypes' ``find_library`` (which runs ``ldconfig`` and the C compiler) about every
    library name WeasyPrint tries before the one that loads directly (``libpango-1.0.so.0``). With
    that search answering "not found", the same libraries load; where only the search finds them,
    WeasyPrint is imported again with it."""
    if not logging.getLogger().isEnabledFor(logging.DEBUG):  # WeasyPrint's own steps (some at import) are for -vv
        for name in ("weasyprint", "fontTools", "weasyprint.progress"):
            logging.getLogger(name).setLevel(logging.ERROR)
    if "weasyprint" in sys.modules:
        return
    import ctypes.util

    real = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    stubs = _defer_fonttools()
    try:
        import weasyprint  # noqa: F401
    except OSError:
        for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
            del sys.modules[name]
        ctypes.util.find_library = real
        import weasyprint  # noqa: F401
    finally:
        ctypes.util.find_library = real
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]


def _defer_fonttools() -> dict:
    """Stand-ins for the fontTools modules WeasyPrint imports for subsetting and variable fonts, loaded
    only when first used: the shipped fonts need neither (``dossier.fontsubset``), and importing them
    was a third of WeasyPrint's import time, in every build process."""
    import importlib
    import types

    def load(name: str):
        if isinstance(sys.modules.get(name), Deferred):
            del sys.modules[name]
        return importlib.import_module(name)

    class Deferred(types.ModuleType):
        def __getattr__(self, attr):
            if attr.startswith("__"):
                raise AttributeError(attr)
            return getattr(load(self.__name__), attr)

    stubs: dict[str, types.ModuleType] = {}
    if "fontTools.subset" not in sys.modules:
        stubs["fontTools.subset"] = Deferred("fontTools.subset")
    if "fontTools.varLib.instancer" not in sys.modules:
        instancer = stubs["fontTools.varLib.instancer"] = Deferred("fontTools.varLib.instancer")
        # WeasyPrint imports this one function by name: it loads the module when called
        instancer.instantiateVariableFont = lambda *a, **k: load(  # type: ignore[attr-defined]
            "fontTools.varLib.instancer").instantiateVariableFont(*a, **k)
    sys.modules.update(stubs)
    return stubs


def font_configuration():
    """A WeasyPrint font configuration that knows no system font: only what @font-face adds to it."""
    from weasyprint.text.fonts import FontConfiguration

    before = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = str(FONTS_CONF)  # read by fontconfig when the configuration is made
    try:
        return FontConfiguration()
    finally:
        if before is None:
            del os.environ["FONTCONFIG_FILE"]
        else:
            os.environ["FONTCONFIG_FILE"] = before


def shipped_fonts(folder: Path | None = None) -> list[Path]:
    """The font files of the template folders (the theme's and a project's `fonts/`)."""
    return sorted(p for root in search_path(folder) for p in (root / "fonts").glob("*")
                  if p.suffix.lower() in FONT_SUFFIXES)


def coverage(folder: Path | None = None) -> frozenset[int]:
    """Every code point some shipped font has a glyph for."""
    fonts = shipped_fonts(folder)
    key = tuple(str(p) for p in fonts)
    if key not in _COVERAGE:
        points: set[int] = set()
        for p in fonts:
            try:
                points.update(fontsubset.codepoints(p.read_bytes()))
            except (fontsubset.Unsupported, struct.error, IndexError):  # a collection, a font it cannot read: fontTools
                from fontTools.ttLib import TTFont

                points.update(TTFont(p, lazy=True).getBestCmap() or {})
        _COVERAGE[key] = frozenset(points)
    return _COVERAGE[key]


def _marker(run: list[str]) -> str:
    points = [f"U+{ord(c):04X}" for c in run]
    if len(points) > 3:
        return f"[{points[0]} {points[1]} … {len(points)} characters]"
    return "[" + " ".join(points) + "]"


def mark_missing(text: str, covered: frozenset[int]) -> str:
    """Each run of characters no shipped font has becomes a visible [U+XXXX] marker."""

    def fix(m: re.Match) -> str:
        out: list[str] = []
        run: list[str] = []
        for ch in m.group():
            joiner = _JOINERS.fullmatch(ch)
            if joiner and run:
                continue  # part of the sequence being marked (a ZWJ, a skin tone, a variation selector)
            if ord(ch) in covered:
                if run:
                    out.append(_marker(run))
                    run = []
                out.append(ch)
            elif not joiner:  # a joiner no font has is invisible on its own: dropped
                run.append(ch)
        if run:
            out.append(_marker(run))
        return "".join(out)

    return _NON_ASCII.sub(fix, text)


def _layoutless(data: bytes) -> bytes:
    """The font without its GSUB and GPOS tables (WeasyPrint drops both from a PDF's fonts)."""
    key = hashlib.sha256(data).digest()
    if key not in _LAYOUTLESS:
        from fontTools.ttLib import TTFont

        font = TTFont(io.BytesIO(data), recalcTimestamp=False)
        for tag in ("GSUB", "GPOS"):
            if tag in font:
                del font[tag]
        out = io.BytesIO()
        font.save(out)
        _LAYOUTLESS[key] = out.getvalue()
    return _LAYOUTLESS[key]


def release() -> None:
    """The font configuration released (its temporary folder of fonts removed) and the heap unfrozen.

    Done at exit while WeasyPrint's modules still stand, as before the freeze: otherwise finalized after
    them, its clean-up fails noisily. The `dossier` command calls it itself before it ends at once."""
    import gc
    import shutil

    global _FONT_CONFIG
    folder = getattr(_FONT_CONFIG, "_folder", None)  # WeasyPrint's own clean-up waits for the collector
    _SHEETS.clear()
    _FONT_CONFIG = None
    gc.unfreeze()
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def _patch_subset() -> None:
    """Fonts subset by ``dossier.fontsubset`` (the same bytes with or without HarfBuzz's subsetter); a font it
    does not take goes to WeasyPrint's subsetters, fontTools' working from the font's layout-less copy."""
    from weasyprint.pdf import fonts

    original = fonts.Font.subset
    if getattr(original, "dossier", False):
        return

    def subset(self, to_unicode, hinting):
        if self.index == 0 and not hinting and to_unicode:
            try:
                self.file_content = fontsubset.subset(self.file_content, to_unicode, bool(self.missing))
                return None
            except fontsubset.Unsupported:
                pass  # not one of the simple fonts: WeasyPrint's own subsetter does it
        return original(self, to_unicode, hinting)

    def fonttools_subset(self, to_unicode, hinting):
        if self.index == 0 and ("GSUB" in self.tables or "GPOS" in self.tables):
            self.file_content = _layoutless(self.file_content)
        return original_fonttools(self, to_unicode, hinting)

    original_fonttools = fonts.Font._fonttools_subset
    subset.dossier = fonttools_subset.dossier = True
    fonts.Font.subset = subset
    fonts.Font._fonttools_subset = fonttools_subset


def _patch_pydyf() -> None:
    """pydyf serializes and compresses each stream once per PDF, not twice.

    With a PDF identifier (ours: equal memos, equal bytes), pydyf hashes every object's data after writing
    it, serializing and compressing every stream (at zlib's level 9) a second time: a tenth of a story
    memo's time. While a PDF is written, a stream's data is kept from its first use; the bytes are the
    same."""
    import pydyf

    if getattr(pydyf.PDF.write, "dossier", False):
        return
    compute = pydyf.Stream.data.fget
    write = pydyf.PDF.write
    writing: list[dict] = []

    def data(self):
        if not writing:
            return compute(self)
        kept = writing[-1]
        if id(self) not in kept:
            kept[id(self)] = (self, compute(self))  # the stream itself too: its id stays its own
        return kept[id(self)][1]

    def write_once(self, *args, **kwargs):
        writing.append({})
        try:
            return write(self, *args, **kwargs)
        finally:
            writing.pop()

    write_once.dossier = True
    pydyf.Stream.data = property(data)
    pydyf.PDF.write = write_once


def _patch_computed_style() -> None:
    """WeasyPrint computes a style's property on first use; most are neither set by a stylesheet nor
    special: an inherited one is its parent's value, any other its initial value. Those two answers are
    given at once, without WeasyPrint's general path (cascade lookup, logical properties, var() and
    math checks): about a twentieth of a memo's PDF. Everything else still goes the general way; the bytes
    are the same (tested)."""
    try:
        from weasyprint import css
        from weasyprint.css.computed_values import PHYSICAL_FUNCTIONS
        from weasyprint.css.functions import check_math
        from weasyprint.css.properties import INHERITED, INITIAL_NOT_COMPUTED, INITIAL_VALUES
    except ImportError:  # a WeasyPrint laid out otherwise: its own path, unchanged
        return

    general = css.ComputedStyle.__missing__
    if getattr(general, "dossier", False):
        return
    # Properties with a rule of their own in WeasyPrint's path: specified values kept (position, float,
    # display), used from an ancestor (page), propagated rather than inherited (text decorations).
    own_rule = {"page", "position", "float", "display"}

    def plain(key: str) -> bool:
        return key not in own_rule and not key.startswith("text_decoration_")

    def untouched(key: str, value) -> bool:
        return plain(key) and key not in INHERITED and key not in INITIAL_NOT_COMPUTED and not check_math(value)

    inherited = frozenset(k for k in INHERITED if plain(k) and k not in PHYSICAL_FUNCTIONS)
    initial = {k: v for k, v in INITIAL_VALUES.items() if untouched(k, v) and k not in PHYSICAL_FUNCTIONS}
    # A physical property (margin_left, width, border_top_style) may also be set by its logical twin
    # (margin-inline-start, inline-size), which one depending on the text's direction: with neither twin
    # set, its value is the initial one too.
    physical = {k: (v, {PHYSICAL_FUNCTIONS[k](block="ttb", inline=d) for d in ("ltr", "rtl")})
                for k, v in INITIAL_VALUES.items() if k in PHYSICAL_FUNCTIONS and untouched(k, v)}

    def __missing__(self, key):
        cascaded = self.cascaded
        if key not in cascaded:
            if key in inherited:
                if self.parent_style is not None:
                    value = self[key] = self.parent_style[key]
                    return value
            elif key in initial:
                value = self[key] = initial[key]
                return value
            elif key in physical:
                value, twins = physical[key]
                if not any(twin in cascaded for twin in twins):
                    self[key] = value
                    return value
        return general(self, key)

    __missing__.dossier = True
    __missing__.general = general
    css.ComputedStyle.__missing__ = __missing__


def _setup() -> None:
    """The process's font configuration and WeasyPrint's patches, once; then the heap frozen."""
    global _FONT_CONFIG
    if _FONT_CONFIG is not None:
        return
    import_weasyprint()
    import gc

    _FONT_CONFIG = font_configuration()
    _patch_subset()
    _patch_pydyf()
    _patch_computed_style()
    # What the process holds by now (modules, a loaded model, the fonts) lives as long as it does: frozen,
    # the collector stops scanning it again and again while WeasyPrint allocates a memo's boxes (about a
    # tenth of a memo's time). Forked workers share the frozen objects' pages instead of copying them.
    gc.freeze()
    import atexit

    atexit.register(release)


def warm(folder: Path | None = None, html: str | None = None) -> None:
    """Everything a process's first PDF would load first: WeasyPrint, the font configuration, the shipped
    fonts read for coverage and for subsetting, and with ``html`` (a memo) its stylesheet parsed; then the
    heap frozen, so that processes forked from this one share it all. Never raises: whatever fails here
    fails again, reported, when a PDF is written."""
    import gc

    try:
        _setup()
        covered = coverage(folder)
        key = tuple(str(p) for p in search_path(folder))
        if key not in _WARMED:  # a second call (the build's, with a memo) only parses its stylesheet
            _WARMED.add(key)
            for path in shipped_fonts(folder):
                try:
                    fontsubset.parsed(path.read_bytes())
                except (fontsubset.Unsupported, struct.error, IndexError):
                    pass  # WeasyPrint's own subsetter takes it, when it is used
        if html is not None:
            roots = search_path(folder)
            _parsed_style(mark_missing(html, covered), str(roots[-1].resolve()) + "/", _fetcher_class()(roots))
    except Exception:  # noqa: BLE001 - reported by write_pdf itself
        pass
    gc.freeze()


class Renderer:
    """A forked process that lays out PDFs, started before the first one is ready to go: it imports
    WeasyPrint and loads the fonts (about half a second) while this process works out the memo (a story's
    facts, its HTML). The PDF is the same bytes as one written here."""

    def __init__(self, folder: Path | None = None):
        import multiprocessing as mp

        self._pool = mp.get_context("fork").Pool(1, initializer=_renderer_started, initargs=(folder,))

    def submit(self, html: str, folder: Path | None = None, attachment: tuple[str, bytes] | None = None,
               epoch: int = 0):
        """The PDF started; the function returned waits for its bytes (or raises what writing it raised)."""
        return self._pool.apply_async(_rendered, (html, folder, attachment, epoch)).get

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()


_RENDERED = 0  # PDFs written by this process, when it is a Renderer's


def _renderer_started(folder: Path | None) -> None:
    """A Renderer's process: warmed, its cyclic garbage collector kept paused (see ``_rendered``)."""
    import gc

    warm(folder)
    gc.disable()


def _rendered(html: str, folder: Path | None, attachment: tuple[str, bytes] | None, epoch: int) -> bytes:
    """A PDF written in a Renderer's process. What a PDF's layout leaves for the cyclic collector is collected
    before the next one, not after it, so that the bytes go back first: with one PDF (a story's), never."""
    import gc

    global _RENDERED
    if _RENDERED:
        gc.collect()
    _RENDERED += 1
    return write_pdf(html, folder, attachment, epoch)


PDF_VARIANT = "pdf/a-3a"  # archival, tagged, and allowed to carry the fact file


def write_pdf(html: str, folder: Path | None = None, attachment: tuple[str, bytes] | None = None,
              epoch: int | None = None) -> bytes:
    """The memo's PDF; ``attachment`` (file name, bytes) is embedded. Dated ``epoch`` (the PDF's dates and
    the attachment's) for equal bytes; without it, by $SOURCE_DATE_EPOCH as WeasyPrint reads it."""
    if epoch is None:
        return _write_pdf(html, folder, attachment, 0)
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)  # read by WeasyPrint for the PDF's dates: this memo's only
    try:
        return _write_pdf(html, folder, attachment, epoch)
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def _write_pdf(html: str, folder: Path | None, attachment: tuple[str, bytes] | None, epoch: int) -> bytes:
    """The PDF, laid out with Python's cyclic garbage collector paused: WeasyPrint's boxes live through the
    whole layout, and collecting them again and again took a sixteenth of a story memo's render (two full
    collections and some three hundred young ones); what they leave is collected once, after."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        return _laid_out(html, folder, attachment, epoch)
    finally:
        if paused:
            gc.enable()


def _laid_out(html: str, folder: Path | None, attachment: tuple[str, bytes] | None, epoch: int) -> bytes:
    import datetime as dt

    _setup()
    from weasyprint import HTML, Attachment

    roots = search_path(folder)
    html = mark_missing(html, coverage(folder))
    # Relative URLs (the fonts) resolve against the default theme; a project's folder may shadow none
    # of them but may hold its own files, which the fetcher also serves.
    base_url = str(roots[-1].resolve()) + "/"
    fetcher = _fetcher_class()(roots)
    html, stylesheets, filled_later = _parsed_style(html, base_url, fetcher)
    attachments = []
    if attachment:
        when = dt.datetime.fromtimestamp(epoch, tz=dt.UTC)
        attachments.append(Attachment(string=attachment[1], name=attachment[0], relationship="Source",
                                      description="The memo's fact file (YAML): its actors and quotes, as reviewed",
                                      created=when, modified=when))
    options = {"cache": _CACHE, "pdf_identifier": b"dossier", "custom_metadata": True, "pdf_variant": PDF_VARIANT,
               "attachments": attachments}
    document = None
    if filled_later:  # laid out once, the annex pages written in after (see _fill_page_refs)
        document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
            font_config=_FONT_CONFIG, stylesheets=filled_later, **options)
        if not _fill_page_refs(document):
            document = None
    if document is None:
        stylesheets = [s() if isinstance(s, _Lazy) else s for s in stylesheets]
        document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
            font_config=_FONT_CONFIG, stylesheets=stylesheets, **options)
    return document.write_pdf(**options)


# A citation's annex page, as the theme asks for it (print.css, `.cite::after`). WeasyPrint lays a page
# holding such a reference out again once the page it points forward to is known: with every citation
# before the annex, most of a memo was laid out twice. Instead the reference is laid out as a counter no
# element sets ("0", a digit's width), and the page number is written in after layout, when it has the
# same width; where it has not (a page 10 and on), or where anything else is unexpected, the memo is laid
# out again as WeasyPrint does it. The same bytes either way.
PAGE_REF = "target-counter(attr(href url), page)"
_PAGE_REF_COUNTER = "dossier-page-ref"
_PAGE_COUNTER_SET = re.compile(r"counter-(?:reset|increment|set)\s*:[^;}]*\bpage\b")


def _fill_page_refs(document) -> bool:
    """Each laid-out page reference of ``document`` given its target's page number; False (the document
    then to be laid out again by WeasyPrint's own means) where one cannot be filled in at the same width."""
    from urllib.parse import unquote

    from weasyprint.formatting_structure import boxes
    from weasyprint.text.ffi import FROM_UNITS, ffi, pango

    page_of: dict[str, int] = {}
    for number, page in enumerate(document.pages, 1):
        for anchor in page.anchors:
            page_of.setdefault(anchor, number)  # a paragraph split across pages: its first page, as WeasyPrint

    def width(layout) -> float:
        logical = ffi.new("PangoRectangle *")
        pango.pango_layout_line_get_extents(layout.get_first_line()[0], ffi.NULL, logical)
        return logical.width * FROM_UNITS

    for page in document.pages:
        for box in page._page_box.descendants():
            if not (isinstance(box, boxes.InlineBox) and box.element_tag.endswith("::after")):
                continue
            content = box.style["content"]
            if content in ("normal", "none") or not any(
                    token[0] == "counter()" and token[1][0] == _PAGE_REF_COUNTER for token in content):
                continue
            href = box.element.get("href", "") if box.element is not None else ""
            last = box.children[-1] if box.children else None
            number = page_of.get(unquote(href[1:])) if href.startswith("#") else None
            if (number is None or content[-1][0] != "counter()" or content[-1][1][0] != _PAGE_REF_COUNTER
                    or not isinstance(last, boxes.TextBox) or not last.text.endswith("0")):
                return False
            text = last.text[:-1] + str(number)
            layout = last.pango_layout
            layout.reactivate(last.style)
            before = width(layout)
            layout.set_text(text, justify=True)
            same = width(layout) == before
            layout.deactivate()
            if not same:
                return False
            last.text = text
    return True


def _parsed_style(html: str, base_url: str, fetcher) -> tuple[str, list, list]:
    """The memo without its one ``<style>`` element, that stylesheet parsed once per process, and the same
    stylesheet with its page references filled in after layout (``PAGE_REF``; none if it has none).

    Every memo of a template folder has the same stylesheet (the theme's CSS); parsed by WeasyPrint for
    each memo, it cost more than the memo's HTML. Given as a user stylesheet it cascades as before: no
    other author style competes with it (a style attribute still wins, as it did). A memo whose template
    writes another ``<style>``, a ``<link>`` or a ``@counter-style`` keeps WeasyPrint's own path."""
    m = _STYLE.search(html)
    if (not m or html.count("<style") != 1 or "<link" in html or "@counter-style" in m.group(1)
            or _OWN_CUSTOM.search(html)):  # a style attribute setting a custom property of its own
        return html, [], []
    css = m.group(1)
    key = (css, base_url, tuple(map(str, fetcher.roots)))
    if key not in _SHEETS:
        from weasyprint import CSS

        css = _constants_resolved(css)

        def parsed(text: str):
            return CSS(string=text, base_url=base_url, url_fetcher=fetcher, font_config=_FONT_CONFIG,
                       media_type="print")

        # the page counter as WeasyPrint counts it, page 1 first: a page reference is then the page's number
        if PAGE_REF in css and not _PAGE_COUNTER_SET.search(css):
            later = parsed(css.replace(PAGE_REF, f"counter({_PAGE_REF_COUNTER})"))
            _SHEETS[key] = (_Lazy(lambda: parsed(css)), later)  # WeasyPrint's own, parsed if ever needed
        else:
            _SHEETS[key] = (parsed(css), None)
    sheet, later = _SHEETS[key]
    if later is not None and _PAGE_COUNTER_SET.search(html):  # a style attribute counting pages its own way
        later = None
    if isinstance(sheet, _Lazy) and later is None:
        sheet = sheet()
    return html[:m.start()] + html[m.end():], [sheet], [later] if later is not None else []


_OWN_CUSTOM = re.compile(r"\sstyle\s*=\s*(\"[^\"]*|'[^']*)--")
_ROOT_RULE = re.compile(r"(?<![\w-]):root\s*\{([^{}]*)\}")
_CUSTOM = re.compile(r"(--[\w-]+)\s*:")
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*\)")


def _constants_resolved(css: str) -> str:
    """The stylesheet with each ``var(--name)`` of a custom property set once, on ``:root``, replaced by its value.

    Such a property is a constant (the theme's colours), but WeasyPrint resolves and parses a ``var()``
    again for every element it styles (the same PDF, a few percent sooner). A property set anywhere else
    too is left alone, a ``:root`` rule with anything but plain custom properties leaves all, and a memo
    whose style attributes set custom properties keeps WeasyPrint's own path (``_parsed_style``)."""
    roots = list(_ROOT_RULE.finditer(css))
    if len(roots) != 1 or css.count("{", 0, roots[0].start()) != css.count("}", 0, roots[0].start()):
        return css  # none, several, or one inside an @media rule
    values = {}
    for declaration in roots[0].group(1).split(";"):
        if not declaration.strip():
            continue
        name, colon, value = declaration.partition(":")
        name, value = name.strip(), value.strip()
        if not colon or not name.startswith("--") or not value or "var(" in value or "!" in value:
            return css
        values[name] = value
    names = _CUSTOM.findall(css)
    values = {n: v for n, v in values.items() if names.count(n) == 1}
    return _VAR.sub(lambda m: values.get(m.group(1), m.group()), css)


class _Lazy:
    """A stylesheet parsed when first asked for (and then kept)."""

    def __init__(self, parse):
        self.parse, self.sheet = parse, None

    def __call__(self):
        if self.sheet is None:
            self.sheet = self.parse()
        return self.sheet
