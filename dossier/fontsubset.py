"""A TrueType font cut down to the glyphs a PDF draws, glyph ids kept, in a few milliseconds.

WeasyPrint embeds each font a memo uses, subset to the glyphs drawn. With
HarfBuzz's subsetter (libharfbuzz-subset0) that takes milliseconds; without
it, WeasyPrint falls back to fontTools, which decompiles and recompiles every
table and every glyph slot: about a tenth of a second per font, most of a
memo's PDF time. The shipped fonts are simple (TrueType outlines, no hinting,
no variations), so this module does the same cut with byte slices instead:

- glyph ids are kept (WeasyPrint's PDF refers to glyphs by id): a glyph not
  drawn keeps its slot, empty, up to the last glyph drawn;
- the glyphs drawn, the components of composite glyphs, and ``.notdef``
  (its outline only where some character had no glyph, as WeasyPrint asks);
- horizontal metrics of kept glyphs (PDF/A checks them against the PDF's
  widths), a Unicode cmap of the characters kept, ``post`` without glyph
  names; ``name``, ``OS/2``, ``gasp`` as they are; the layout tables (GSUB,
  GPOS, GDEF) dropped, as WeasyPrint drops them.

Any other font (CFF outlines, hinting to strip, variations, colour or bitmap
glyphs, a collection) raises ``Unsupported``, and WeasyPrint's own subsetter
does it. Equal inputs give equal bytes; the font's dates are its own.
"""

from __future__ import annotations

import hashlib
import struct

KEEP = ("OS/2", "cmap", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post")
DROPPED = ("GDEF", "GPOS", "GSUB", "DSIG")  # not needed to draw glyphs from a PDF
_PARSED: dict[bytes, _Font] = {}


class Unsupported(ValueError):
    """A font this module does not subset (WeasyPrint's own subsetter then does)."""


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


class _Font:
    """One font's tables, glyphs, metrics and cmap, read once per process."""

    def __init__(self, data: bytes):
        if len(data) < 12:
            raise Unsupported("not a font")
        version, count = struct.unpack(">IH", data[:6])
        if version not in (0x00010000, 0x74727565):  # TrueType outlines only (not CFF, not a collection)
            raise Unsupported("not TrueType outlines")
        tables: dict[str, bytes] = {}
        for i in range(count):
            tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            tables[tag.decode("latin-1")] = data[offset:offset + length]
        unknown = set(tables) - set(KEEP) - set(DROPPED)
        if unknown or not {"glyf", "loca", "head", "hhea", "hmtx", "maxp", "cmap"} <= set(tables):
            raise Unsupported(f"tables {sorted(unknown)}" if unknown else "a required table is missing")
        self.tables = tables
        head, maxp, hhea = tables["head"], tables["maxp"], tables["hhea"]
        self.count = struct.unpack(">H", maxp[4:6])[0]
        long_loca = struct.unpack(">h", head[50:52])[0] == 1
        loca = tables["loca"]
        n = self.count + 1
        offsets = (struct.unpack(f">{n}I", loca[:4 * n]) if long_loca
                   else [2 * o for o in struct.unpack(f">{n}H", loca[:2 * n])])
        glyf = tables["glyf"]
        self.glyphs = [glyf[offsets[g]:offsets[g + 1]] for g in range(self.count)]
        self.components: dict[int, list[int]] = {}
        for gid, g in enumerate(self.glyphs):
            if len(g) < 10:
                continue
            contours = struct.unpack(">h", g[:2])[0]
            if contours >= 0:
                end = 10 + 2 * contours
                if len(g) >= end + 2 and struct.unpack(">H", g[end:end + 2])[0]:
                    raise Unsupported("hinting instructions")
            else:
                self.components[gid] = self._components(g)
        long_metrics = struct.unpack(">H", hhea[34:36])[0]
        hmtx = tables["hmtx"]
        metrics = [struct.unpack(">Hh", hmtx[4 * i:4 * i + 4]) for i in range(long_metrics)]
        rest = struct.unpack(f">{self.count - long_metrics}h",
                             hmtx[4 * long_metrics:4 * long_metrics + 2 * (self.count - long_metrics)])
        self.metrics = metrics + [(metrics[-1][0], lsb) for lsb in rest]
        self.cmap = _read_cmap(tables["cmap"])
        self.name = _names(tables["name"]) if "name" in tables else b""

    @staticmethod
    def _components(g: bytes) -> list[int]:
        out, i, more = [], 10, True
        while more:
            flags, gid = struct.unpack(">HH", g[i:i + 4])
            if flags & 0x0100:  # WE_HAVE_INSTRUCTIONS
                raise Unsupported("hinting instructions")
            out.append(gid)
            i += 4 + (4 if flags & 0x0001 else 2)  # ARG_1_AND_2_ARE_WORDS
            i += 2 if flags & 0x0008 else 4 if flags & 0x0040 else 8 if flags & 0x0080 else 0
            more = flags & 0x0020  # MORE_COMPONENTS
        return out


def codepoints(data: bytes) -> set[int]:
    """The characters a font (TrueType or CFF outlines, not a collection) has glyphs for, from its cmap."""
    if len(data) < 12 or data[:4] not in (b"\0\1\0\0", b"true", b"OTTO"):
        raise Unsupported("not a single font")
    count = struct.unpack(">H", data[4:6])[0]
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        if tag == b"cmap":
            return set(_read_cmap(data[offset:offset + length]))
    raise Unsupported("no cmap")


def _names(name: bytes) -> bytes:
    """The name table's Windows English records of the font's names (ids 0 to 6), as fontTools keeps them."""
    count, strings = struct.unpack(">HH", name[2:6])
    records = []
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack(">6H", name[6 + 12 * i:18 + 12 * i])
        if platform == 3 and language == 0x409 and name_id <= 6:
            records.append((platform, encoding, language, name_id, name[strings + offset:strings + offset + length]))
    records.sort()
    out, data = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records)), b""
    for platform, encoding, language, name_id, text in records:
        out += struct.pack(">6H", platform, encoding, language, name_id, len(text), len(data))
        data += text
    return out + data


def _read_cmap(cmap: bytes) -> dict[int, int]:
    """Code point -> glyph id, from the font's Unicode subtables (formats 4 and 12)."""
    found: dict[int, int] = {}
    count = struct.unpack(">H", cmap[2:4])[0]
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i])
        if (platform, encoding) not in ((0, 3), (0, 4), (3, 1), (3, 10)):
            continue
        sub = cmap[offset:]
        fmt = struct.unpack(">H", sub[:2])[0]
        if fmt == 4:
            segs = struct.unpack(">H", sub[6:8])[0] // 2
            ends = struct.unpack(f">{segs}H", sub[14:14 + 2 * segs])
            base = 16 + 2 * segs
            starts = struct.unpack(f">{segs}H", sub[base:base + 2 * segs])
            deltas = struct.unpack(f">{segs}h", sub[base + 2 * segs:base + 4 * segs])
            ranges_at = base + 4 * segs
            ranges = struct.unpack(f">{segs}H", sub[ranges_at:ranges_at + 2 * segs])
            for s in range(segs):
                for cp in range(starts[s], ends[s] + 1):
                    if cp == 0xFFFF:
                        continue
                    if ranges[s]:
                        at = ranges_at + 2 * s + ranges[s] + 2 * (cp - starts[s])
                        gid = struct.unpack(">H", sub[at:at + 2])[0]
                        gid = (gid + deltas[s]) & 0xFFFF if gid else 0
                    else:
                        gid = (cp + deltas[s]) & 0xFFFF
                    if gid:
                        found.setdefault(cp, gid)
        elif fmt == 12:
            groups = struct.unpack(">I", sub[12:16])[0]
            for k in range(groups):
                start, end, gid = struct.unpack(">III", sub[16 + 12 * k:28 + 12 * k])
                for cp in range(start, end + 1):
                    found.setdefault(cp, gid + cp - start)
    return found


def _cmap(mapping: dict[int, int]) -> bytes:
    """A cmap with a format 4 subtable (and format 12 for characters beyond the BMP)."""
    bmp = sorted((cp, g) for cp, g in mapping.items() if cp < 0xFFFF)
    segments: list[list[int]] = []  # [start, end, delta]
    for cp, g in bmp:
        if segments and cp == segments[-1][1] + 1 and (g - cp) & 0xFFFF == segments[-1][2]:
            segments[-1][1] = cp
        else:
            segments.append([cp, cp, (g - cp) & 0xFFFF])
    segments.append([0xFFFF, 0xFFFF, 1])
    n = len(segments)
    power = 1 << (n.bit_length() - 1)
    body = struct.pack(f">{n}H", *(s[1] for s in segments)) + b"\0\0"
    body += struct.pack(f">{n}H", *(s[0] for s in segments))
    body += struct.pack(f">{n}H", *(s[2] for s in segments)) + b"\0\0" * n
    fmt4 = struct.pack(">HHHHHHH", 4, 14 + len(body), 0, 2 * n, 2 * power, power.bit_length() - 1,
                       2 * n - 2 * power) + body
    subtables = [(3, 1, fmt4)]
    wide = sorted((cp, g) for cp, g in mapping.items())
    if wide and wide[-1][0] > 0xFFFF:
        groups: list[list[int]] = []
        for cp, g in wide:
            if groups and cp == groups[-1][1] + 1 and g == groups[-1][2] + cp - groups[-1][0]:
                groups[-1][1] = cp
            else:
                groups.append([cp, cp, g])
        fmt12 = struct.pack(">HHIII", 12, 0, 16 + 12 * len(groups), 0, len(groups))
        fmt12 += b"".join(struct.pack(">III", *grp) for grp in groups)
        subtables.append((3, 10, fmt12))
    out = struct.pack(">HH", 0, len(subtables))
    offset = 4 + 8 * len(subtables)
    data = b""
    for platform, encoding, sub in subtables:
        out += struct.pack(">HHI", platform, encoding, offset + len(data))
        data += sub
    return out + data


def parsed(data: bytes) -> _Font:
    """The font ``data`` read, once per process; ``Unsupported`` if this module cannot subset it."""
    key = hashlib.sha256(data).digest()
    font = _PARSED.get(key)
    if font is None:
        font = _PARSED[key] = _Font(data)
    return font


def subset(data: bytes, gids, notdef_outline: bool = False) -> bytes:
    """The font ``data`` with only glyphs ``gids`` (and what they need), ids kept; ``Unsupported`` if it cannot."""
    font = parsed(data)
    keep = {0} | {g for g in gids if 0 <= g < font.count}
    todo = list(keep)
    while todo:  # the components of composite glyphs, and theirs
        for c in font.components.get(todo.pop(), ()):
            if c < font.count and c not in keep:
                keep.add(c)
                todo.append(c)
    last = max(keep)
    glyf, offsets = bytearray(), []
    for gid in range(last + 1):
        offsets.append(len(glyf))
        if gid in keep and (gid or notdef_outline):
            g = font.glyphs[gid]
            glyf += g + b"\0" * (len(g) % 2)  # even offsets, as a short loca needs
    offsets.append(len(glyf))
    short = offsets[-1] < 0x20000
    loca = struct.pack(f">{len(offsets)}H", *(o // 2 for o in offsets)) if short \
        else struct.pack(f">{len(offsets)}I", *offsets)
    metrics = [font.metrics[g] if g in keep else (0, 0) for g in range(last + 1)]
    long_metrics = len(metrics)
    while long_metrics > 1 and metrics[long_metrics - 1][0] == metrics[long_metrics - 2][0]:
        long_metrics -= 1
    hmtx = b"".join(struct.pack(">Hh", *m) for m in metrics[:long_metrics])
    hmtx += b"".join(struct.pack(">h", m[1]) for m in metrics[long_metrics:])
    t = font.tables
    head = bytearray(t["head"])
    head[8:12] = b"\0\0\0\0"  # checkSumAdjustment, set below
    head[50:52] = struct.pack(">h", 0 if short else 1)
    maxp = bytearray(t["maxp"])
    maxp[4:6] = struct.pack(">H", last + 1)
    hhea = bytearray(t["hhea"])
    hhea[34:36] = struct.pack(">H", long_metrics)
    tables = {"head": bytes(head), "hhea": bytes(hhea), "maxp": bytes(maxp), "hmtx": hmtx, "loca": loca,
              "glyf": bytes(glyf), "cmap": _cmap({cp: g for cp, g in font.cmap.items() if g in keep})}
    if "post" in t:
        tables["post"] = struct.pack(">I", 0x00030000) + t["post"][4:32]
    for tag in ("OS/2", "gasp"):
        if tag in t:
            tables[tag] = t[tag]
    if "name" in t:
        tables["name"] = font.name
    return _assemble(tables)


def _assemble(tables: dict[str, bytes]) -> bytes:
    tags = sorted(tables)
    n = len(tags)
    power = 1 << (n.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, n, 16 * power, power.bit_length() - 1, 16 * n - 16 * power)
    offset = 12 + 16 * n
    directory, body = b"", b""
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(">4sIII", tag.encode("latin-1"), _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(header + directory + body)
    at = 12 + 16 * n + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
    adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    font[at + 8:at + 12] = struct.pack(">I", adjustment)
    return bytes(font)
