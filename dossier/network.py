"""The network figure of a story memo: who appears with whom, who speaks about whom, as inline SVG.

Written by hand, not by a plotting library: the layout is fixed by the input
(nodes on a circle in rank order, the most prominent at the top), every
number is rounded, nothing random, so equal facts give equal bytes in the
HTML and the PDF.
"""

from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT = 640, 430
CX, CY, R = 320, 212, 150
CHAR, LINE = 6.9, 14  # a label's character width (generous, for Noto Sans at 12 px) and line height


def _fmt(x: float) -> str:
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _label_anchor(angle: float) -> str:
    c = math.cos(angle)
    return "middle" if abs(c) < 0.25 else ("start" if c > 0 else "end")


def svg(nodes: list[dict], edges: list[dict], title: str) -> str:
    """``nodes``: id, name, weight, kind (person/body); ``edges``: a, b, weight, kind (co/speaks)."""
    n = len(nodes)
    desc = (f"{n} actors. " + "; ".join(
        f"{e['a_name']} {'speaks about' if e['kind'] == 'speaks' else 'appears with'} {e['b_name']}"
        for e in edges[:12]) + ("." if edges else "No links."))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
           f'height="{HEIGHT}" role="img" aria-labelledby="net-title net-desc" class="network">',
           f'<title id="net-title">{escape(title)}</title>', f'<desc id="net-desc">{escape(desc)}</desc>',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#b5651d"/></marker></defs>']
    pos = {}
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        pos[node["id"]] = (CX + R * math.cos(angle), CY + R * math.sin(angle), angle)
    top = max((e["weight"] for e in edges), default=1)
    for e in edges:
        (x1, y1, _), (x2, y2, _) = pos[e["a"]], pos[e["b"]]
        w = 0.8 + 3.2 * e["weight"] / top
        if e["kind"] == "speaks":
            # bend to the side so a link both ways shows as two arcs, the arrow ending at the node's edge
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            dx, dy = x2 - x1, y2 - y1
            length = math.hypot(dx, dy) or 1
            qx, qy = mx - dy / length * 22, my + dx / length * 22
            rb = _radius(next(nd for nd in nodes if nd["id"] == e["b"])) + 3
            d = math.hypot(x2 - qx, y2 - qy) or 1
            ex, ey = x2 - (x2 - qx) / d * rb, y2 - (y2 - qy) / d * rb
            out.append(f'<path d="M{_fmt(x1)},{_fmt(y1)} Q{_fmt(qx)},{_fmt(qy)} {_fmt(ex)},{_fmt(ey)}" fill="none" '
                       f'stroke="#b5651d" stroke-width="{_fmt(w)}" marker-end="url(#arrow)">'
                       f'<title>{escape(e["a_name"])} speaks about {escape(e["b_name"])} ({e["weight"]})</title>'
                       '</path>')
        else:
            out.append(f'<line x1="{_fmt(x1)}" y1="{_fmt(y1)}" x2="{_fmt(x2)}" y2="{_fmt(y2)}" stroke="#9fb3c8" '
                       f'stroke-width="{_fmt(w)}"><title>{escape(e["a_name"])} and {escape(e["b_name"])}: '
                       f'{e["weight"]} paragraph(s) together</title></line>')
    for node in nodes:
        x, y, angle = pos[node["id"]]
        r = _radius(node)
        fill = "#1f4e79" if node["kind"] == "person" else "#6b8e23"
        out.append(f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="{_fmt(r)}" fill="{fill}" stroke="#ffffff" '
                   f'stroke-width="1.5"><title>{escape(node["name"])}</title></circle>')
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle) + 4
        anchor = _label_anchor(angle)
        space = {"start": WIDTH - lx, "end": lx}.get(anchor, WIDTH) - 4
        lines = label_lines(node["name"], space)
        if math.sin(angle) < -0.25:  # above the circle: the label grows upwards, away from its node
            ly -= LINE * (len(lines) - 1)
        spans = "".join(f'<tspan x="{_fmt(lx)}" dy="{0 if i == 0 else LINE}">{escape(t)}</tspan>'
                        for i, t in enumerate(lines))
        out.append(f'<text x="{_fmt(lx)}" y="{_fmt(ly)}" text-anchor="{anchor}" font-size="12" '
                   f'font-family="Noto Sans, sans-serif" fill="#1b1f24">{spans}</text>')
    ky = HEIGHT - 14
    out.append(f'<g font-family="Noto Sans, sans-serif" font-size="11" fill="#5b6470">'
               f'<circle cx="14" cy="{ky - 4}" r="5" fill="#1f4e79"/><text x="24" y="{ky}">person</text>'
               f'<circle cx="84" cy="{ky - 4}" r="5" fill="#6b8e23"/><text x="94" y="{ky}">body</text>'
               f'<line x1="140" y1="{ky - 4}" x2="170" y2="{ky - 4}" stroke="#9fb3c8" stroke-width="3"/>'
               f'<text x="176" y="{ky}">named in the same paragraph</text>'
               f'<line x1="350" y1="{ky - 4}" x2="380" y2="{ky - 4}" stroke="#b5651d" stroke-width="2" '
               f'marker-end="url(#arrow)"/><text x="388" y="{ky}">speaks about</text></g>')
    out.append("</svg>")
    return "".join(out)


def label_lines(name: str, space: float) -> list[str]:
    """A node's label in lines that fit ``space`` pixels beside it (at most two; a word too long is cut with
    `…`), so no label runs off the figure."""
    most = max(4, int(space / CHAR))
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= most:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return [t if len(t) <= most else t[:most - 1].rstrip() + "…" for t in lines]


def _radius(node: dict) -> float:
    return 6 + 3.2 * math.sqrt(node["weight"])
