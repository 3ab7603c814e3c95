"""dossier.fontsubset: the shipped fonts cut down to the glyphs drawn, ids kept, read back by fontTools."""

import io

import pytest

from dossier import fontsubset
from dossier.pdf import shipped_fonts


def _ttfont(data: bytes):
    from fontTools.ttLib import TTFont

    return TTFont(io.BytesIO(data))


def _drawn(font, name):
    """A glyph's outline as fontTools reads it: coordinates and components."""
    glyph = font["glyf"][name]
    if glyph.isComposite():
        return [(c.glyphName, c.x, c.y) for c in glyph.components]
    return list(glyph.getCoordinates(font["glyf"])[0]) if glyph.numberOfContours else []


@pytest.mark.parametrize("path", shipped_fonts(), ids=lambda p: p.name)
def test_kept_glyphs_keep_their_ids_outlines_and_widths(path):
    data = path.read_bytes()
    original = _ttfont(data)
    cmap, order, glyf = original.getBestCmap(), original.getGlyphOrder(), original["glyf"]
    text = "Łódź, café «quoted» — 12 ¶ naïve Ζωή Пётр שלום سلام"
    gids = {original.getGlyphID(cmap[ord(c)]) for c in text if ord(c) in cmap}
    closure, todo = set(gids) | {0}, list(gids)
    while todo:  # composite glyphs need their components
        for c in glyf[order[todo.pop()]].getComponentNames(glyf):
            if original.getGlyphID(c) not in closure:
                closure.add(original.getGlyphID(c))
                todo.append(original.getGlyphID(c))
    out = _ttfont(fontsubset.subset(data, gids))
    out_order = out.getGlyphOrder()
    assert len(out_order) == max(closure) + 1  # ids kept, up to the last glyph kept
    for gid in range(len(out_order)):
        mine = out["glyf"][out_order[gid]]
        if gid in closure and gid:
            assert _drawn(out, out_order[gid]) == _drawn(original, order[gid]), gid
            assert out["hmtx"][out_order[gid]][0] == original["hmtx"][order[gid]][0], gid
        else:
            assert not mine.numberOfContours, gid  # a glyph not drawn is empty (.notdef too, unless asked)
    out_cmap = out.getBestCmap()
    assert out_cmap == {cp: out_order[original.getGlyphID(name)] for cp, name in cmap.items()
                        if original.getGlyphID(name) in closure}
    assert "GSUB" not in out and "GPOS" not in out
    saved = io.BytesIO()
    out.save(saved)  # every table reads and compiles


def test_notdef_has_an_outline_only_when_asked():
    data = next(p for p in shipped_fonts() if p.name == "NotoSerif-Regular.ttf").read_bytes()
    gids = {_ttfont(data).getGlyphID("space") if "space" in _ttfont(data).getGlyphOrder() else 3}
    plain, with_notdef = _ttfont(fontsubset.subset(data, gids)), _ttfont(fontsubset.subset(data, gids, True))
    notdef = plain.getGlyphOrder()[0]
    assert not plain["glyf"][notdef].numberOfContours
    assert with_notdef["glyf"][notdef].numberOfContours > 0


def test_equal_inputs_give_equal_bytes_and_the_checksum_holds():
    data = shipped_fonts()[0].read_bytes()
    one, two = fontsubset.subset(data, {5, 40, 41}), fontsubset.subset(data, [41, 40, 5])
    assert one == two
    font = _ttfont(one)
    font["head"].checkSumAdjustment  # noqa: B018 - read, then checked below
    import struct

    padded = one + b"\0" * (-len(one) % 4)
    assert sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF == 0xB1B0AFBA


def test_fonts_it_does_not_take_are_left_to_weasyprint():
    from fontTools.ttLib import newTable

    font = _ttfont(shipped_fonts()[0].read_bytes())
    fpgm = newTable("fpgm")
    fpgm.program = __import__("fontTools.ttLib.tables.ttProgram", fromlist=["Program"]).Program()
    fpgm.program.fromBytecode(b"\xb0\x00")
    font["fpgm"] = fpgm  # hinting to strip
    hinted = io.BytesIO()
    font.save(hinted)
    with pytest.raises(fontsubset.Unsupported):
        fontsubset.subset(hinted.getvalue(), {3})
    with pytest.raises(fontsubset.Unsupported):
        fontsubset.subset(b"OTTO" + bytes(200), {3})  # CFF outlines
    with pytest.raises(fontsubset.Unsupported):
        fontsubset.subset(b"ttcf" + bytes(200), {3})  # a collection
