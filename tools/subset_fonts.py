#!/usr/bin/env python3
"""Make the theme's fonts (dossier/theme/fonts/*.ttf) from the original Noto fonts, reproducibly.

The originals are the TrueType files of Debian's ``fonts-noto-core`` 20201225-1
(upstream: github.com/notofonts, SIL Open Font License 1.1), pinned below by
sha256. Each is cut down with fontTools' subsetter to what a memo can use:

- the characters of news in Latin, Greek and Cyrillic scripts, and the symbols
  the templates use (``RANGES``); the Arabic and Hebrew faces, their own script;
- the OpenType layout features a memo's text is shaped with (``FEATURES``:
  kerning, mark positioning, ligatures, contextual forms of Arabic), for those
  scripts only; small caps, old-style figures and the like are dropped;
- no hinting (WeasyPrint drops it from a PDF's fonts anyway), no glyph names.

A memo then lays out exactly as before, and each PDF's font subsetting starts
from a font a tenth of the size, which is what makes PDFs fast on machines
without HarfBuzz's subsetter. Run ``make fonts`` (or this script with
``--source DIR``, a folder holding the originals); equal inputs give equal bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "dossier" / "theme" / "fonts"
DEBIAN_PACKAGE = "fonts-noto-core=20201225-1"
DEBIAN_DIR = "usr/share/fonts/truetype/noto"

# Latin (Basic, Latin-1, Extended-A/B, Extended Additional for Vietnamese names), IPA and spacing
# modifiers (ʻokina, ʼ), combining marks, Greek, Cyrillic, punctuation, currency, letterlike symbols
# (№, ™), number forms, arrows, a few maths signs (−, ×, ≤), the replacement character.
RANGES = ["U+0020-007E", "U+00A0-024F", "U+0250-02FF", "U+0300-036F", "U+0370-03FF", "U+0400-052F",
          "U+1E00-1EFF", "U+2000-206F", "U+20A0-20CF", "U+2100-214F", "U+2150-218F", "U+2190-21FF",
          "U+2212", "U+2215", "U+2219", "U+221E", "U+2248", "U+2260", "U+2264-2265", "U+25A1", "U+25CC",
          "U+FEFF", "U+FFFD"]
ARABIC = ["U+0020-007E", "U+00A0", "U+0600-06FF", "U+0750-077F", "U+08A0-08FF", "U+200C-200F", "U+2010-2027",
          "U+25CC", "U+FB50-FDFF", "U+FE70-FEFF"]
HEBREW = ["U+0020-007E", "U+00A0", "U+0590-05FF", "U+200C-200F", "U+2010-2027", "U+25CC", "U+FB1D-FB4F"]
# What HarfBuzz applies by default to these scripts, and the fonts have.
FEATURES = ["ccmp", "locl", "liga", "clig", "calt", "rlig", "rtlm", "kern", "mark", "mkmk",
            "init", "medi", "fina", "isol"]

# name in the theme: (original file, sha256 of the original, ranges)
FONTS = {
    "NotoSerif-Regular.ttf": ("NotoSerif-Regular.ttf",
                              "9d7583b7dc9e812afd32a14280c5cac3160012efe50c8d08938f4fea266ff67f", RANGES),
    "NotoSerif-Bold.ttf": ("NotoSerif-Bold.ttf",
                           "0af0ff2be8f84910fb21ec5fe1b6b7395e3073250502a334baf6ca2f860c88fe", RANGES),
    "NotoSerif-Italic.ttf": ("NotoSerif-Italic.ttf",
                             "bc25600aa27cd409e1e5b3d86340df3a329bb860fcfbe57a03a95070b229e1b0", RANGES),
    "NotoSans-Regular.ttf": ("NotoSans-Regular.ttf",
                             "89c3c497f618fdaa0b2d1e98fef93582f28c71debd2c4a8cdf41f190ced2909d", RANGES),
    "NotoSans-Bold.ttf": ("NotoSans-Bold.ttf",
                          "e83493c945848ecd4a9ad0f6d19164541a0d3e23a9c952304a00a46e00272ac5", RANGES),
    "NotoSansMono-Regular.ttf": ("NotoSansMono-Regular.ttf",
                                 "6b692c4b6d15ccf59f1c1fe8d11cb8a92f51960f3e9f1f523781755a3af7e29f", RANGES),
    "NotoSansArabic-Regular.ttf": ("NotoSansArabic-Regular.ttf",
                                   "504d7407d86875acf7d04dfaa0fd7524d0b8797723bc4aa18022f29db25b0b6e", ARABIC),
    "NotoSansArabic-Bold.ttf": ("NotoSansArabic-Bold.ttf",
                                "ded6fc7359ca36d15d7aab9ef0c066e21ce48b26a069994d6602fa2cb9a1b952", ARABIC),
    "NotoSansHebrew-Regular.ttf": ("NotoSansHebrew-Regular.ttf",
                                   "436900d5ad77d33e4234247f3076eaecd25b92b9bea0519514f684140e3566a7", HEBREW),
    "NotoSansHebrew-Bold.ttf": ("NotoSansHebrew-Bold.ttf",
                                "d3b01343f71e8a93fffb84c345a1aecbaf4694b98d0eaace916cb9eac9e6dcd3", HEBREW),
}


def parse_ranges(ranges: list[str]) -> list[int]:
    out = []
    for r in ranges:
        lo, _, hi = r.removeprefix("U+").partition("-")
        out += range(int(lo, 16), int(hi or lo, 16) + 1)
    return out


def subset_one(src: Path, dst: Path, ranges: list[str]) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = FEATURES
    options.hinting = False
    options.glyph_names = False
    options.name_IDs = ["*"]  # keep the copyright, licence and version records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]
    font = TTFont(src, recalcTimestamp=False)  # head.modified stays the original's: equal inputs, equal bytes
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=parse_ranges(ranges))
    subsetter.subset(font)
    font.save(dst)


def fetch_debian(tmp: Path) -> Path:
    """The originals from the pinned Debian package (apt-get download; dpkg-deb -x)."""
    subprocess.run(["apt-get", "download", DEBIAN_PACKAGE], cwd=tmp, check=True)
    [deb] = tmp.glob("*.deb")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp / "x")], check=True)
    return tmp / "x" / DEBIAN_DIR


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, help="folder holding the original Noto TTFs "
                    f"(default: download Debian's {DEBIAN_PACKAGE})")
    ap.add_argument("--out", type=Path, default=OUT, help="where the subset fonts go (default: the theme)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or fetch_debian(Path(tmp))
        for name, (original, sha, ranges) in FONTS.items():
            src = source / original
            got = hashlib.sha256(src.read_bytes()).hexdigest()
            if got != sha:
                print(f"{src}: sha256 {got}, expected {sha} (not the pinned original)", file=sys.stderr)
                return 1
            subset_one(src, args.out / name, ranges)
            print(f"{name}: {src.stat().st_size:,} -> {(args.out / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
