"""YAML that a hand-edited or hostile file cannot turn against the build.

Plain data only (no tags that construct objects), no anchors or aliases (the
"billion laughs" bomb), no duplicate keys (an editor's second `speaker:` must
not silently win), a size limit, and every error located at its file and line.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import DossierError, decode_utf8

MAX_YAML_BYTES = 1_000_000
MAX_DEPTH = 50  # a fact file nests 4 deep; 20,000 `[` would exhaust Python's stack
MAX_INT_DIGITS = 30  # a paragraph number or a count, not a 5,000-digit integer


class StrictLoader(yaml.SafeLoader):
    _depth = 0

    def compose_node(self, parent, index):
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} deep",
                                              self.peek_event().start_mark)
        self._depth += 1
        try:
            return self._compose_node(parent, index)
        finally:
            self._depth -= 1

    def _compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "anchors and aliases (*name) are not allowed",
                                              event.start_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(None, None, "anchors (&name) are not allowed", event.start_mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                raise yaml.constructor.ConstructorError(None, None, "a key must be plain text",
                                                        key_node.start_mark)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key `{key}`", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)

    def construct_yaml_int(self, node):
        digits = len(str(node.value).lstrip("+-"))
        if digits > MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(None, None, f"a {digits}-digit number", node.start_mark)
        return super().construct_yaml_int(node)

    def construct_yaml_str(self, node):
        value = super().construct_yaml_str(node)
        if any("\ud800" <= c <= "\udfff" for c in value):
            raise yaml.constructor.ConstructorError(None, None, "a lone surrogate (\\ud800-\\udfff) is not a "
                                                    "character", node.start_mark)
        return value


StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)
StrictLoader.add_constructor("tag:yaml.org,2002:str", StrictLoader.construct_yaml_str)


# Timestamps stay strings: a date is shown as the editor wrote it.
StrictLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def line_at(text: str, mark, first_line: int = 1) -> int:
    """The line of a YAML mark as an editor counts lines: by newlines only.

    YAML also breaks lines at NEL (U+0085) and U+2028/U+2029, which editors show inside a line."""
    return text.count("\n", 0, mark.index) + first_line


def key_lines(text: str) -> dict:
    """Lines of the top-level keys and of each item of top-level lists, from the YAML's own marks."""
    out: dict = {}
    try:
        node = yaml.compose(text, Loader=StrictLoader)
    except yaml.YAMLError:
        return out
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            out[k.value] = line_at(text, k.start_mark)
            if isinstance(v, yaml.SequenceNode):
                for i, item in enumerate(v.value):
                    out[(k.value, i)] = line_at(text, item.start_mark)
                    if isinstance(item, yaml.MappingNode):
                        for k2, _ in item.value:
                            out[(k.value, i, k2.value)] = line_at(text, k2.start_mark)
    return out


def load_yaml_text(text: str, path: str | Path, first_line: int = 1, code: str = "E202"):
    """Plain data from YAML text; every error is ``code`` (E202 for a fact file) at its line."""
    if len(text) > MAX_YAML_BYTES:
        raise DossierError("E201", path, None, f"the YAML is {len(text):,} characters, over the "
                           f"{MAX_YAML_BYTES:,} limit",
                           "a fact file this large is not a fact file: check what wrote it")
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = line_at(text, mark, first_line) if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise DossierError(code, path, line, f"YAML: {problem}",
                           "fix the YAML at that line (indentation, quotes, a missing colon, the value)") from None
    except yaml.reader.ReaderError as exc:  # a control character: located by its offset
        line = text.count("\n", 0, max(exc.position, 0)) + first_line
        char = ord(exc.character) if isinstance(exc.character, str) else exc.character
        raise DossierError(code, path, line, f"YAML: the control character U+{char:04X} is not allowed",
                           "remove it, or write it as an escape in double quotes (\"\\x07\")") from None
    except yaml.YAMLError as exc:
        raise DossierError(code, path, None, f"YAML: {exc}", "fix the YAML") from None
    except RecursionError:  # the depth limit stops this first; kept as a last line of defence
        raise DossierError(code, path, None, "YAML: nested too deep", "flatten the YAML") from None


def read_yaml_text(path: Path) -> str:
    """A YAML file's text, refused before parsing if it is missing, huge or not UTF-8."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DossierError("E203", path, None, "no such file", "check the path") from None
    if len(data) > MAX_YAML_BYTES:
        raise DossierError("E201", path, None, f"the YAML is {len(data):,} bytes, over the "
                           f"{MAX_YAML_BYTES:,} limit",
                           "a fact file this large is not a fact file: check what wrote it")
    return decode_utf8(data, path, "E204")
