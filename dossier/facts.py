"""Fact files: their schema, how they are written, checked, and merged with editors' work.

A fact file is a source: the extractor writes it, an editor corrects it, git
keeps it. Re-extraction is a three-way merge, like git's own: the editor's
file, the last machine output (kept beside it in ``.machine/``, committed too)
and the new machine output. What the editor changed (any field of any quote or
actor, the summary, comments, key order, items added or deleted) stays; what
the editor left alone follows the new extraction. The file is edited in place
with ruamel.yaml, so comments survive.
"""

from __future__ import annotations

import difflib
import io
import json
import os
from functools import lru_cache
from pathlib import Path

import yaml

from extract import SPLIT

from .errors import DossierError, _printable, os_error
from .safeyaml import StrictLoader, load_yaml_text, read_yaml_text

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "facts.schema.json"
MACHINE_DIR = ".machine"
_FLOW_KEYS = ("aliases", "paragraphs", "parts")


def machine_path(fact_path: Path) -> Path:
    return fact_path.parent / MACHINE_DIR / fact_path.name


# -- writing ---------------------------------------------------------------------------------------

def _yaml():
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.width = 4096  # one line per value: a retyped word shows as a one-line diff
    y.indent(mapping=2, sequence=2, offset=0)  # the layout PyYAML writes fresh files in
    y.allow_unicode = True
    y.preserve_quotes = True
    return y


def _to_rt(value, key: str | None = None):
    """Plain data as ruamel round-trip nodes, short lists in flow style."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        m = CommentedMap()
        for k, v in value.items():
            m[k] = _to_rt(v, k)
        return m
    if isinstance(value, (list, tuple)):
        s = CommentedSeq(_to_rt(v) for v in value)
        if key in _FLOW_KEYS:
            s.fa.set_flow_style()
            for sub in s:
                if isinstance(sub, CommentedSeq):
                    sub.fa.set_flow_style()
        return s
    return value


class _FactDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Block mappings; lists of plain values (aliases, paragraphs, parts) on one line."""

    def represent_list(self, data):
        flow = all(not isinstance(x, (dict, list)) or (isinstance(x, list) and len(x) <= 2) for x in data)
        return self.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    def represent_dict(self, data):
        return self.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=False)


_FactDumper.add_representer(list, _FactDumper.represent_list)
_FactDumper.add_representer(dict, _FactDumper.represent_dict)


def schema_copy(fact_path: Path) -> Path:
    """The schema beside the machine copies, so an editor's YAML support finds it in any project."""
    return fact_path.parent / MACHINE_DIR / SCHEMA_PATH.name


def ensure_schema_copy(fact_path: Path) -> None:
    target = schema_copy(fact_path)
    data = SCHEMA_PATH.read_bytes()
    if not target.is_file() or target.read_bytes() != data:
        write_atomic(target, data)


def header(fact_path: Path, source_path: str) -> str:
    rel = f"{MACHINE_DIR}/{SCHEMA_PATH.name}"
    return (f"# yaml-language-server: $schema={rel}\n"
            f"# Facts of {_printable(source_path)}, extracted by dossier.\n"
            f"# Edit freely: your changes, comments and additions are kept when the article is\n"
            f"# extracted again (README: Editing facts).\n")


def dump(data, fact_path: Path | None = None, source_path: str = "") -> str:
    """Plain data as YAML with libyaml (fast); lists of scalars in flow style, one value a line.

    Merged files are written by ruamel.yaml in the same layout, so a fresh and a merged
    file differ only where an editor made them differ."""
    if hasattr(data, "lc"):
        buf = io.StringIO()
        _yaml().dump(data, buf)
        text = buf.getvalue()
    else:
        text = yaml.dump(data, Dumper=_FactDumper, sort_keys=False, allow_unicode=True, width=4096)
    if fact_path is not None and not text.startswith("# yaml-language-server"):
        text = header(fact_path, source_path) + text
    return text


def temp_path(path: Path) -> Path:
    """Where ``path`` is written before the rename: ``.NAME.PID.tmp`` beside it (a dead PID's are swept)."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write beside the target and rename: an interrupted build leaves the last good file.

    A refusal of the file system (permissions, a full disk, a folder where the file goes) is one
    E501/E502 line naming the target."""
    tmp = temp_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise IsADirectoryError(21, "a folder is where the file goes", str(path))
        if isinstance(text, bytes):
            tmp.write_bytes(text)
        else:
            tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise os_error(exc, path if exc.filename in (None, str(tmp)) else exc.filename) from None
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass


# -- merging -------------------------------------------------------------------------------------

def _plain(node):
    """A ruamel node as plain data, for comparing with the machine's output."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


def _update_in_place(node, new: dict) -> None:
    for k in [k for k in node if k not in new]:
        del node[k]
    for k, v in new.items():
        if isinstance(node.get(k), dict) and isinstance(v, dict):
            _update_in_place(node[k], v)
        elif _plain(node.get(k)) != v or k not in node:
            node[k] = _to_rt(v, k)


def merge(current_text: str, base: dict | None, new: dict) -> tuple[str, list[str]]:
    """Three-way merge of an edited fact file with a new extraction. Returns the text and notes."""
    y = _yaml()
    cur = y.load(current_text)
    notes: list[str] = []
    base = base or {}
    for key in ("schema", "source", "extracted_by"):
        if isinstance(cur.get(key), dict) and isinstance(new[key], dict):
            _update_in_place(cur[key], new[key])  # in place: comments attached to it stay
        else:
            cur[key] = _to_rt(new[key])
    if _plain(cur.get("summary")) == base.get("summary") or "summary" not in cur:
        cur["summary"] = new.get("summary")
    keep_actors = set()
    for section in ("quotes", "actors"):
        if section == "actors":
            keep_actors = {_plain(q.get("speaker")) for q in cur.get("quotes") or []}
        cur_items = cur.get(section)
        if cur_items is None:
            cur[section] = cur_items = _to_rt([])
        base_items = {b["id"]: b for b in base.get(section) or []}
        new_items = {n["id"]: n for n in new.get(section) or []}
        present = set()
        for i in range(len(cur_items) - 1, -1, -1):
            item = cur_items[i]
            iid = _plain(item.get("id"))
            present.add(iid)
            if iid not in base_items:
                continue  # added by an editor
            b = base_items[iid]
            edited = _plain(item) != b
            if iid in new_items:
                n = new_items[iid]
                for k in list(item.keys()):
                    if _plain(item[k]) == b.get(k) and k not in n:
                        del item[k]
                for k, v in n.items():
                    if k not in item:
                        if k not in b:
                            item[k] = _to_rt(v, k)
                    elif _plain(item[k]) == b.get(k) and _plain(item[k]) != v:
                        item[k] = _to_rt(v, k)
            elif not edited and iid not in keep_actors:
                del cur_items[i]
            elif edited:
                notes.append(f"{section[:-1]} {iid} was edited and the extractor no longer finds it: kept")
        for iid, n in new_items.items():
            if iid in present or iid in base_items:
                continue  # already there, or deleted by an editor
            pos = len(cur_items)
            if section == "quotes":
                for j, item in enumerate(cur_items):
                    if (item.get("paragraph") or 0) > n["paragraph"]:
                        pos = j
                        break
            cur_items.insert(pos, _to_rt(n))
    buf = io.StringIO()
    y.dump(cur, buf)
    return buf.getvalue(), notes


# -- loading and checking --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    base = jsonschema.Draft202012Validator
    # JSON Schema counts 1.0 as an integer; a paragraph number or a count is a whole number as written
    strict = base.TYPE_CHECKER.redefine(
        "integer", lambda checker, v: isinstance(v, int) and not isinstance(v, bool))
    return jsonschema.validators.extend(base, type_checker=strict)(schema)


def _line_of(text: str, path: list) -> int | None:
    """Line of the node at a JSON path, from the YAML's own marks."""
    try:
        node = yaml.compose(text, Loader=StrictLoader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == step or (step is None and k.tag.endswith(":null")):
                    nxt, line = v, k.start_mark.line + 1
                    break
            if nxt is None:
                return line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def load_facts(path: Path) -> dict:
    """A fact file, parsed and checked against the schema and its own references."""
    text = read_yaml_text(path)
    data = load_yaml_text(text, path)
    if not isinstance(data, dict):
        raise DossierError("E205", path, 1, "a fact file is a mapping with source, actors and quotes",
                           "restore the file from git or re-extract it (delete it and run `make report`)")
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = list(e.absolute_path)
        if e.validator == "additionalProperties":
            extra = sorted(set(e.instance) - set(e.schema.get("properties", {})))
            where = where + extra[:1]
            msg = f"unknown key `{extra[0]}`" if extra else e.message
            hint = "remove it or fix its spelling (allowed keys: reports/.machine/facts.schema.json)"
        elif e.validator == "required":
            msg, hint = e.message, "add the missing key"
        else:
            shown = ".".join(str(p) for p in e.absolute_path)
            msg = f"{shown}: {e.message}" if shown else e.message
            hint = "fix the value (see reports/.machine/facts.schema.json)"
        raise DossierError("E206", path, _line_of(text, where), msg, hint)
    ids: dict[str, int] = {}
    for section in ("actors", "quotes"):
        seen = set()
        for i, item in enumerate(data[section]):
            if item["id"] in seen:
                raise DossierError("E207", path, _line_of(text, [section, i, "id"]),
                                   f"duplicate {section[:-1]} id `{item['id']}`", "give each one its own id")
            seen.add(item["id"])
        if section == "actors":
            ids = {a["id"]: i for i, a in enumerate(data["actors"])}
    for i, q in enumerate(data["quotes"]):
        if q["speaker"] is not None and q["speaker"] not in ids:
            raise DossierError("E208", path, _line_of(text, ["quotes", i, "speaker"]),
                               f"speaker `{q['speaker']}` names no actor",
                               "use an id from `actors:` or add an actor with that id")
    return data


def verify_quotes(data: dict, paragraphs: list[str], path: Path) -> list[DossierError]:
    """Every quote that is not rejected must stand verbatim in the paragraph it cites."""
    problems = []
    text = None
    for i, q in enumerate(data["quotes"]):
        if q.get("status") == "rejected":
            continue
        n = q["paragraph"]
        if n > len(paragraphs):
            text = text or path.read_text(encoding="utf-8")
            problems.append(DossierError("E210", path, _line_of(text, ["quotes", i, "paragraph"]),
                                         f"quote {q['id']} cites paragraph {n}, but the article has "
                                         f"{len(paragraphs)}", "cite the paragraph the words are in"))
            continue
        para = paragraphs[n - 1]
        for part in q["text"].split(SPLIT):
            part = part.strip()
            if part and part not in para:
                text = text or path.read_text(encoding="utf-8")
                problems.append(DossierError("E209", path, _line_of(text, ["quotes", i, "text"]),
                                             f"quote {q['id']} is not verbatim in paragraph {n}: "
                                             f"{_diff(part, para)}",
                                             "copy the words exactly from the article, or mark the quote "
                                             "`status: rejected`"))
                break
    return problems


def _diff(part: str, para: str) -> str:
    """The closest passage of the paragraph, word by word: [-article's word-] {+fact file's word+}."""
    def norm(ws):
        return [w.strip("\"“”‘’.,;:!?()").lower() for w in ws]

    words, pw = part.split(), para.split()
    if len(words) * max(len(pw), 1) > 200_000:  # a diff of a whole article against itself would take minutes
        return "the words differ from the paragraph (too long to show where)"
    nw, npw = norm(words), norm(pw)
    best, best_ratio = 0, -1.0
    for i in range(max(len(pw) - len(words) + 1, 1)):
        r = difflib.SequenceMatcher(None, nw, npw[i: i + len(words)]).ratio()
        if r > best_ratio:
            best, best_ratio = i, r
    window, nwin = pw[best: best + len(words)], npw[best: best + len(words)]
    out = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, nwin, nw).get_opcodes():
        if op == "equal":
            continue
        if a2 > a1:
            out.append("[-" + " ".join(window[a1:a2]) + "-]")
        if b2 > b1:
            out.append("{+" + " ".join(words[b1:b2]) + "+}")
    return " ".join(out) if out else "punctuation or spacing differs from the article"
