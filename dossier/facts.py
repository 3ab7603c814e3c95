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
import hashlib
import io
import json
import logging
import os
import re
from functools import lru_cache
from pathlib import Path

import yaml

from extract import SPLIT

from . import __version__
from .errors import DossierError, _printable, os_error
from .safeyaml import StrictLoader, line_at, load_yaml_text, read_yaml_text

log = logging.getLogger("dossier")

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


def _write_file(path: Path, data: bytes) -> None:
    """The one place dossier's outputs reach the disk (tests interrupt a build here)."""
    path.write_bytes(data)


def _bytes(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8")


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
        _write_file(tmp, _bytes(text))
        os.replace(tmp, path)
    except OSError as exc:
        raise os_error(exc, path if exc.filename in (None, str(tmp)) else exc.filename) from None
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass


# -- a fact file and its machine copy change together ------------------------------------------------
#
# Both new files are written beside their targets first; then a journal naming the two renames (and
# the hash of what each target will hold) is written atomically; then both are renamed and the
# journal removed. Interrupted before the journal exists, nothing has changed (the temporaries are
# removed); after, the next run completes the renames before anything else (`recover`).

JOURNAL_SUFFIX = ".journal"
_TXN_TMP = ".txn.tmp"


def journal_path(fact_path: Path) -> Path:
    return fact_path.parent / MACHINE_DIR / (fact_path.stem + JOURNAL_SUFFIX)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_pair(fact_path: Path, files: dict[Path, str | bytes]) -> None:
    """Write the files (a fact file and its machine copy) as one step: all of them, or none."""
    journal = journal_path(fact_path)
    root = fact_path.parent
    journal.parent.mkdir(parents=True, exist_ok=True)
    entries, tmps = [], []
    try:
        for target, text in files.items():
            data = _bytes(text)
            tmp = target.with_name(f".{target.name}{_TXN_TMP}")
            tmps.append(tmp)
            _write_file(tmp, data)
            entries.append({"tmp": tmp.relative_to(root).as_posix(), "target": target.relative_to(root).as_posix(),
                            "sha256": _sha(data)})
        write_atomic(journal, json.dumps(entries, indent=1) + "\n")
    except BaseException as exc:
        for tmp in tmps:  # no journal: the old files are untouched, and stay the truth
            try:
                tmp.unlink()
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise os_error(exc, fact_path if exc.filename in (None, *map(str, tmps)) else exc.filename) from None
        raise
    try:
        for e in entries:
            os.replace(root / e["tmp"], root / e["target"])
        journal.unlink()
    except OSError as exc:  # the journal stays: the next run completes the renames
        raise os_error(exc, fact_path) from None


def recover(out: Path) -> tuple[list[str], list[DossierError]]:
    """Complete the updates an interrupted build left half-done; remove temporaries that never got a journal.

    Returns notes (what was completed) and errors (E213: a journal that cannot be completed)."""
    notes: list[str] = []
    errors: list[DossierError] = []
    machine_dir = out / MACHINE_DIR
    if not machine_dir.is_dir():
        return notes, errors
    for journal in sorted(machine_dir.glob("*" + JOURNAL_SUFFIX)):
        fact_path = out / (journal.name[: -len(JOURNAL_SUFFIX)] + ".yaml")
        try:
            entries = json.loads(journal.read_text(encoding="utf-8"))
            plan = [(out / e["tmp"], out / e["target"], e["sha256"]) for e in entries]
        except (OSError, ValueError, TypeError, KeyError) as exc:
            errors.append(DossierError("E213", fact_path, None, f"the journal {journal} of an interrupted build "
                                       f"cannot be read ({exc})", _restore_hint(fact_path, journal)))
            continue
        missing = [t for tmp, t, digest in plan
                   if not (tmp.exists() and _sha(tmp.read_bytes()) == digest)
                   and not (t.exists() and _sha(t.read_bytes()) == digest)]
        if missing:
            errors.append(DossierError("E213", fact_path, None, f"the update of {missing[0]} that {journal} records "
                                       "cannot be completed: its new version is gone",
                                       _restore_hint(fact_path, journal)))
            continue
        for tmp, target, digest in plan:
            if tmp.exists() and _sha(tmp.read_bytes()) == digest:
                os.replace(tmp, target)
        journal.unlink()
        notes.append(f"{fact_path}: completed the update an interrupted build had begun")
    if not errors:
        for folder in (out, machine_dir):
            for tmp in folder.glob(".*" + _TXN_TMP):
                tmp.unlink()
    return notes, errors


def _restore_hint(fact_path: Path, journal: Path) -> str:
    return (f"restore both from git (`git checkout -- {fact_path} {machine_path(fact_path)}`), "
            f"delete {journal} and run again")


# -- the machine copy ---------------------------------------------------------------------------------

def machine_digest(text: str | bytes) -> str:
    return _sha(_bytes(text))


def machine_problem(fact_path: Path, data: dict) -> DossierError | None:
    """A fact file's machine copy must be there and be the one it was last merged with: else say so."""
    mp = machine_path(fact_path)
    fix = f"restore it (`git checkout -- {mp}`), or run again with --adopt to keep every finding in it as yours"
    if mp.parent.exists() and not mp.parent.is_dir():  # a file where the folder goes: not a lost copy
        import errno

        return os_error(NotADirectoryError(errno.ENOTDIR, "a file is where the folder goes", str(mp.parent)))
    if not mp.is_file():
        return DossierError("E212", fact_path, None, f"its machine copy {mp} is missing: without it, re-extraction "
                            "cannot tell your edits from the extractor's findings", fix)
    recorded = (data.get("extracted_by") or {}).get("machine_sha256")
    raw = mp.read_bytes()
    if recorded:
        if machine_digest(raw) != recorded:
            return DossierError("E212", fact_path, None, f"its machine copy {mp} is not the one this fact file was "
                                "last merged with (its hash differs)", fix)
        return None
    try:
        base = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        base = None
    ok = isinstance(base, dict) and all(
        (base.get(k) or {}).get(f) == (data.get(k) or {}).get(f)
        for k, f in (("source", "sha256"), ("extracted_by", "extractor"), ("extracted_by", "model")))
    if not ok:
        return DossierError("E212", fact_path, None, f"its machine copy {mp} is from another extraction than the "
                            "fact file (article hash or extractor version differ)", fix)
    return None


def adopted_machine_copy(current: dict) -> dict:
    """The machine copy of a fact file taken as reviewed in full: no finding is the machine's, all are kept."""
    by = {k: v for k, v in (current.get("extracted_by") or {}).items() if k != "machine_sha256"}
    return {"schema": current["schema"], "source": current["source"], "extracted_by": by, "summary": None,
            "actors": [], "quotes": []}


def set_machine_digest(fact_text: str, digest: str) -> str:
    """The fact file with its record of the machine copy's hash updated; everything else as it was."""
    y = _yaml()
    cur = y.load(fact_text)
    if not isinstance(cur.get("extracted_by"), dict):
        cur["extracted_by"] = _to_rt({})
    cur["extracted_by"]["machine_sha256"] = digest
    buf = io.StringIO()
    y.dump(cur, buf)
    return buf.getvalue()


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


_OLD_QUOTE_ID = re.compile(r"^q\d+-[0-9a-f]{8}(-\d+)?$")  # before extractor 11: the paragraph was in the id


def words_key(text: str) -> str:
    return " ".join(str(text).split()).lower()


def _migrate_ids(cur, base: dict, new: dict) -> list[str]:
    """Old-style quote ids (`q17-790947a9`) become the new extraction's ids, matched by their words.

    Only machine findings (ids in the machine copy) are renamed, in the machine copy and in the
    editor's file alike, so the merge that follows sees one quote where there is one."""
    old = [b for b in base.get("quotes") or [] if _OLD_QUOTE_ID.match(str(b.get("id")))]
    if not old:
        return []
    taken = {_plain(item.get("id")) for item in cur.get("quotes") or []} | {b["id"] for b in base["quotes"]}
    free: dict[str, list[str]] = {}
    for n in new.get("quotes") or []:
        if n["id"] not in taken:
            free.setdefault(words_key(n["text"]), []).append(n["id"])
    mapping = {}
    for b in old:
        ids = free.get(words_key(b["text"]))
        if ids:
            mapping[b["id"]] = ids.pop(0)
    for b in base["quotes"]:
        b["id"] = mapping.get(b["id"], b["id"])
    for item in cur.get("quotes") or []:
        iid = _plain(item.get("id"))
        if iid in mapping:
            item["id"] = mapping[iid]
    return [f"{len(mapping)} quote id(s) renamed by their words, e.g. {next(iter(mapping))} is now "
            f"{next(iter(mapping.values()))}: ids no longer carry the paragraph number"] if mapping else []


def quote_parts(text: str) -> list[str]:
    return [p.strip() for p in str(text).split(SPLIT) if p.strip()]


def paragraphs_holding(text: str, paragraphs: list[str]) -> list[int]:
    """Numbers of the paragraphs in which every part of a quote stands verbatim."""
    parts = quote_parts(text)
    return [k for k, para in enumerate(paragraphs, start=1) if parts and all(p in para for p in parts)]


def _relocate(cur, paragraphs: list[str]) -> list[str]:
    """A quote whose words left the paragraph it cites, and stand verbatim in exactly one other, cites that one.

    Anything else (the words nowhere, or in several paragraphs) is left for `check` to report."""
    notes = []
    for item in cur.get("quotes") or []:
        n, text = item.get("paragraph"), item.get("text")
        if not isinstance(n, int) or not isinstance(text, str):
            continue
        parts = quote_parts(text)
        if 1 <= n <= len(paragraphs) and all(p in paragraphs[n - 1] for p in parts):
            continue
        where = paragraphs_holding(text, paragraphs)
        if len(where) == 1:
            item["paragraph"] = where[0]
            notes.append(f"quote {_plain(item.get('id'))}: its words moved from paragraph {n} to {where[0]}; "
                         "the citation follows them")
    return notes


def _relocate_roles(cur, paragraphs: list[str]) -> list[str]:
    """A role whose title no longer stands in the paragraph it cites, and stands in exactly one other,
    cites that one (as a quote follows its words)."""
    notes = []
    for actor in cur.get("actors") or []:
        for role in actor.get("roles") or []:
            if not isinstance(role, dict):
                continue
            n, title = role.get("paragraph"), role.get("title")
            if not isinstance(n, int) or not isinstance(title, str) or not title.strip():
                continue
            words = words_key(title)
            if 1 <= n <= len(paragraphs) and words in words_key(paragraphs[n - 1]):
                continue
            where = [k for k, para in enumerate(paragraphs, start=1) if words in words_key(para)]
            if len(where) == 1:
                role["paragraph"] = where[0]
                notes.append(f"actor {_plain(actor.get('id'))}: its role `{title}` moved from paragraph {n} to "
                             f"{where[0]}; the citation follows it")
    return notes


def _refollow_actors(cur, base_ids: set, paragraphs: list[str]) -> list[str]:
    """An actor the editor added keeps a true `paragraphs` list: the paragraphs that name it, or that
    hold its quotes. Extracted actors get theirs from the new extraction; with no name found anywhere,
    the list stays as the editor wrote it."""
    import re

    notes = []
    spoken: dict[str, set[int]] = {}
    for q in cur.get("quotes") or []:
        if isinstance(q.get("paragraph"), int) and q.get("speaker") is not None:
            spoken.setdefault(_plain(q.get("speaker")), set()).add(q["paragraph"])
    for actor in cur.get("actors") or []:
        aid = _plain(actor.get("id"))
        if aid in base_ids or "paragraphs" not in actor:
            continue
        names = [n for n in [actor.get("name"), *(actor.get("aliases") or [])] if isinstance(n, str) and n.strip()]
        if not names:
            continue
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(str(n).strip()) for n in names) + r")(?!\w)")
        found = {k for k, para in enumerate(paragraphs, start=1) if pattern.search(para)} | spoken.get(aid, set())
        if found and sorted(found) != _plain(actor["paragraphs"]):
            actor["paragraphs"] = _to_rt(sorted(found), "paragraphs")
            notes.append(f"actor {aid}: its paragraphs follow its name, now {sorted(found)}")
    return notes


def merge(current_text: str, base: dict | None, new: dict,
          paragraphs: list[str] | None = None) -> tuple[str, list[str]]:
    """Three-way merge of an edited fact file with a new extraction. Returns the text and notes.

    Findings are matched by id, and ids are the finding's words (quotes) or name (actors), never a
    paragraph number: an inserted, removed or moved paragraph changes a finding's citation, not its
    identity. With the article's ``paragraphs``, a quote the editor owns follows its words to the
    one paragraph that now holds them."""
    import copy

    y = _yaml()
    cur = y.load(current_text)
    base = copy.deepcopy(base) if base else {}
    notes: list[str] = _migrate_ids(cur, base, new)
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
    if paragraphs is not None:
        notes += _relocate(cur, paragraphs)
        notes += _relocate_roles(cur, paragraphs)
        notes += _refollow_actors(cur, {b["id"] for b in base.get("actors") or []}, paragraphs)
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
    line = line_at(text, node.start_mark) if node else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == step or (step is None and k.tag.endswith(":null")):
                    nxt, line = v, line_at(text, k.start_mark)
                    break
            if nxt is None:
                return line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = line_at(text, node.start_mark)
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
    """Every quote that is not rejected must stand verbatim in the paragraph it cites (and every role of an
    actor cite a paragraph the article has).

    When it does not, the error says where its words are now: in another paragraph (cite that one),
    or, closest, in which paragraph and with which words differing."""
    problems = []
    text = None
    for i, a in enumerate(data["actors"]):  # the actors come first in the file
        for j, r in enumerate(a.get("roles") or []):
            if r["paragraph"] > len(paragraphs):
                text = text or path.read_text(encoding="utf-8")
                problems.append(DossierError(
                    "E210", path, _line_of(text, ["actors", i, "roles", j, "paragraph"]),
                    f"the role `{_printable(r['title'])}` of actor {a['id']} cites paragraph {r['paragraph']}, but the "
                    f"article has {len(paragraphs)}", "cite the paragraph that gives the role"))
    for i, q in enumerate(data["quotes"]):
        if q.get("status") == "rejected":
            continue
        n = q["paragraph"]
        parts = quote_parts(q["text"])
        if n <= len(paragraphs) and all(p in paragraphs[n - 1] for p in parts):
            continue
        text = text or path.read_text(encoding="utf-8")
        where = paragraphs_holding(q["text"], paragraphs)
        if where:
            at = ", ".join(map(str, where))
            cited = (f"not in paragraph {n}" if n <= len(paragraphs)
                     else f"cites paragraph {n}, but the article has {len(paragraphs)}")
            problems.append(DossierError(
                "E210" if n > len(paragraphs) else "E209", path, _line_of(text, ["quotes", i, "paragraph"]),
                f"quote {q['id']} is {cited}: its words stand in paragraph {at}",
                f"cite it: `paragraph: {where[0]}`" if len(where) == 1 else "cite the paragraph it was said in"))
            continue
        if n > len(paragraphs):
            problems.append(DossierError("E210", path, _line_of(text, ["quotes", i, "paragraph"]),
                                         f"quote {q['id']} cites paragraph {n}, but the article has "
                                         f"{len(paragraphs)}", "cite the paragraph the words are in"))
            continue
        part = next(p for p in parts if p not in paragraphs[n - 1])
        score, diff = _align(part, paragraphs[n - 1])
        closest = ""
        elsewhere = len(part.split()) * sum(len(p.split()) for p in paragraphs) <= 200_000
        for k, para in enumerate(paragraphs if elsewhere else [], start=1):  # most of its words elsewhere
            if k != n:
                s, d = _align(part, para)
                if s[0] >= 0.5 and s > score:
                    score, diff, closest = s, d, f" (its closest words are in paragraph {k})"
        if score[0] < 1 / 3:  # a word or two in common is chance, not a passage to compare with
            diff = "no passage of the article comes close to it"
        problems.append(DossierError("E209", path, _line_of(text, ["quotes", i, "text"]),
                                     f"quote {q['id']} is not verbatim in paragraph {n}{closest}: {diff}",
                                     "copy the words exactly from the article, or mark the quote "
                                     "`status: rejected`"))
    return problems


_PUNCT = "\"“”‘’'«».,;:!?()"


def _diff(part: str, para: str) -> str:
    """The closest passage of the paragraph, word by word: [-article's words-] {+fact file's words+}."""
    return _align(part, para)[1]


def _align(part: str, para: str) -> tuple[tuple, str]:
    """Align a quote's words with the passage of a paragraph that matches them best.

    Windows of about the quote's length are scored by how many words they share with it (in order),
    then by how alike the remaining letters are, so `concern,` typed for `concerns,` is aligned with
    it; the diff is then taken on the words as written (letters and case; the punctuation at a word's
    edges aside, as a quote ends where the article's comma or quotation mark begins).
    Returns the score (to compare paragraphs) and the diff."""
    words, pw = part.split(), para.split()
    if not words or not pw:
        return (0, 0.0), "{+" + part + "+}" if part else "the quote is empty"
    if len(words) * len(pw) > 200_000:  # a diff of a whole article against itself would take minutes
        return (0, 0.0), "the words differ from the paragraph (too long to show where)"
    nw = [w.strip(_PUNCT).lower() for w in words]
    npw = [w.strip(_PUNCT).lower() for w in pw]
    n = len(words)

    def matched(i, size):
        sm = difflib.SequenceMatcher(None, nw, npw[i: i + size], autojunk=False)
        return sum(b.size for b in sm.get_matching_blocks())

    # the quote's length at every start, then the best starts refined by a few words either way
    first = [(matched(i, n), i) for i in range(max(len(pw) - n, 0) + 1)]
    most = max(m for m, _ in first)
    windows = set()
    for _, i in [f for f in first if f[0] == most][:5]:
        for j in range(max(0, i - 3), min(len(pw), i + 4)):
            for size in range(max(1, n - 3), n + 4):
                if j + size <= len(pw) or size == n:
                    windows.add((j, size))
    scored = [(matched(j, size), -abs(min(size, len(pw) - j) - n), -j, j, size) for j, size in windows]
    top = max(w[0] for w in scored)
    joined = " ".join(nw)

    def key(w):
        letters = difflib.SequenceMatcher(None, joined, " ".join(npw[w[3]: w[3] + w[4]]), autojunk=False).ratio()
        return (w[0], letters, w[1], w[2])

    best = max((w for w in scored if w[0] == top), key=key)
    start, end = best[3], min(len(pw), best[3] + best[4])
    lw = [w.strip(_PUNCT) for w in words]

    def opcodes():
        return difflib.SequenceMatcher(None, [w.strip(_PUNCT) for w in pw[start:end]], lw,
                                       autojunk=False).get_opcodes()

    ops = opcodes()
    # the paragraph's words before the quote's first word or after its last are not part of the passage
    if ops and ops[0][0] == "delete":
        start += ops[0][2] - ops[0][1]
        ops = opcodes()
    if ops and ops[-1][0] == "delete":
        end -= ops[-1][2] - ops[-1][1]
        ops = opcodes()
    # quote words left over at an edge stand for the paragraph's words just beyond it: a word replaced
    if ops and ops[0][0] == "insert" and start > 0:
        start = max(0, start - (ops[0][4] - ops[0][3]))
        ops = opcodes()
    if ops and ops[-1][0] == "insert" and end < len(pw):
        end = min(len(pw), end + (ops[-1][4] - ops[-1][3]))
        ops = opcodes()
    window = pw[start:end]
    out = []
    for op, a1, a2, b1, b2 in ops:
        if op == "equal":
            continue
        if a2 > a1:
            out.append("[-" + " ".join(window[a1:a2]) + "-]")
        if b2 > b1:
            out.append("{+" + " ".join(words[b1:b2]) + "+}")
    score = (top / n, key(best)[1])
    return score, " ".join(out) if out else "punctuation or spacing differs from the article"


# Checked fact files kept as JSON under the hash of their bytes (``OUT/.build/facts``): parsing YAML and the
# schema are most of the time a memo or a story takes to load its facts when only a template changed.

def _cache_key(data: bytes) -> str:
    return hashlib.sha256(__version__.encode() + b"\0" + data).hexdigest()


def cached_facts(cache: Path | None, data: bytes) -> dict | None:
    if cache is None:
        return None
    try:
        facts = json.loads((cache / f"{_cache_key(data)}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return facts if isinstance(facts, dict) else None


def cache_facts(cache: Path | None, data: bytes, facts: dict) -> None:
    if cache is None:
        return
    try:
        write_atomic(cache / f"{_cache_key(data)}.json", json.dumps(facts, ensure_ascii=False))
    except (DossierError, OSError, TypeError, ValueError):
        pass  # a cache: the next build parses the YAML again


def read_facts(path: Path, data: bytes, cache: Path | None) -> tuple[dict, bool]:
    """The fact file's data, from the cache when it was checked before; and whether it was parsed now."""
    facts = cached_facts(cache, data)
    return (facts, False) if facts is not None else (load_facts(path), True)


def verified(facts: dict, fresh: bool, path: Path, data: bytes, article, cache: Path | None) -> list[DossierError]:
    """The problems of the facts' quotes against their article; facts parsed now are kept in the cache once
    their quotes verify, so a build that fails writes nothing there."""
    if facts["source"]["sha256"] != article.sha256:
        log.warning("%s: the article changed since extraction; run `make report` to re-extract", path)
    problems = verify_quotes(facts, [p.text for p in article.paragraphs], path)
    if fresh and not problems:
        cache_facts(cache, data, facts)
    return problems

