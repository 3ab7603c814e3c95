"""Errors a user can cause, each printed as one line: ``file:line: [code] what; what to do``.

Every code is registered here, once, with what it means, as spaCy's
``errors.py`` does: a message can be looked up and tested for without matching
its wording, the README's table of codes is generated from this registry
(``python -m dossier.errors``) and a test holds the two together. Codes are
grouped by stage:

- E1xx reading an article
- E2xx fact files (YAML, schema, references, verification, the machine copies)
- E3xx templates and rendering
- E4xx set-up (model, configuration, command line)
- E5xx writing outputs (permissions, full disk, a folder where a file goes)
- W1xx warnings: the build goes on
"""

from __future__ import annotations

from pathlib import Path

STAGES = {
    "E1": "articles",
    "E2": "fact files",
    "E3": "templates and rendering",
    "E4": "set-up and configuration",
    "E5": "writing outputs",
    "E6": "stories and the actor register",
    "E9": "dossier itself",
    "W1": "warnings: the build goes on",
}

# code -> what it means (the README's table); the message at the raise site says the specifics.
CODES: dict[str, str] = {
    "E101": "no such folder of articles",
    "E102": "the article is over the size limit (2 MB)",
    "E103": "the article is a binary file",
    "E104": "the article is not UTF-8 (the byte and line are named)",
    "E105": "the article is empty",
    "E106": "the article has a title but no paragraphs",
    "E107": "the front matter is not valid (not a mapping, or a value of the wrong type)",
    "E108": "a quotation mark never closes (with `--strict`; otherwise W101)",
    "E109": "a file or link that leads outside the project's folders is refused",
    "E110": "the language model could not process the article (too long, or it failed); the others go on",
    "E111": "two articles would write the same outputs (`x.txt` and `x.md`)",
    "E201": "the fact file is over the size limit",
    "E202": "YAML syntax (or a value YAML cannot hold), with its line",
    "E203": "the fact file does not exist",
    "E204": "the fact file is not UTF-8",
    "E205": "the fact file is not a mapping",
    "E206": "schema: an unknown key, a wrong type, a missing key",
    "E207": "two actors or two quotes share an id",
    "E208": "a quote's speaker names no actor",
    "E209": "a quote is not verbatim in the paragraph it cites",
    "E210": "a quote, or an actor's role, cites a paragraph the article does not have",
    "E211": "a fact file whose article is missing",
    "E212": "the machine copy (`.machine/`) is missing or does not match the fact file",
    "E213": "an interrupted build could not be completed or rolled back",
    "E301": "template syntax",
    "E302": "a template includes one that does not exist",
    "E303": "a template uses an undefined variable",
    "E304": "a template does what the sandbox forbids",
    "E305": "a template fails while rendering",
    "E306": "a template exceeds a rendering limit (time, output size, recursion)",
    "E307": "a template is not UTF-8",
    "E401": "the spaCy model, or another dependency, is not installed",
    "E402": "an unknown output format",
    "E403": "the configuration file is not valid",
    "E404": "a value given on the command line or in the environment is not valid",
    "E501": "an output folder or file cannot be written (permissions, a file where a folder goes)",
    "E502": "the disk is full",
    "E601": "a story file is not valid (YAML, an unknown key, a wrong type, a missing title or articles)",
    "E602": "a story names an article that matches no extracted article",
    "E603": "the actor register (`actors.yaml`) is not valid",
    "E604": "the actor register gives one name to two entries",
    "E605": "a story's fact file is not valid (schema, a duplicate id, an actor member that does not exist)",
    "E999": "an unexpected error in dossier itself (run with -v for the details)",
    "W101": "a quotation mark never closes: ignored, the build goes on",
    "W102": "no build date from git and no SOURCE_DATE_EPOCH: memos are dated today (not reproducible)",
}


class DossierError(Exception):
    """A problem in the user's input, reported without a traceback."""

    MAX_MESSAGE = 400  # one line a terminal can show: a long excerpt is cut, never the location or code

    def __init__(self, code: str, path: str | Path | None, line: int | None, message: str, hint: str):
        if code not in CODES:
            raise ValueError(f"unregistered error code {code!r}: add it to dossier/errors.py")
        self.code = code
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __reduce__(self):  # picklable: errors travel back from worker processes
        return (type(self), (self.code, self.path, self.line, self.message, self.hint))

    @property
    def is_warning(self) -> bool:
        return self.code.startswith("W")

    def __str__(self) -> str:
        where = _printable(self.path) if self.path else "dossier"
        if self.line:
            where = f"{where}:{self.line}"
        return f"{where}: [{self.code}] {_short(self.message, self.MAX_MESSAGE)}; {_short(self.hint, 200)}"


def _printable(text: str) -> str:
    """A path or message on one line: control characters (a newline in a file name) shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _short(text: str, limit: int) -> str:
    text = _printable(str(text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, max(offset, 0)) + 1


def decode_utf8(data: bytes, path, code: str) -> str:
    """Bytes as text, or one located error naming the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DossierError(code, path, line, f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}",
                           "re-save the file as UTF-8") from None


def os_error(exc: OSError, path=None) -> DossierError:
    """An operating system's refusal (permissions, a full disk, a folder where a file goes) as one line."""
    import errno

    path = path if path is not None else exc.filename
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DossierError("E502", path, None, "no space left on the disk",
                            "free some space and run again: the last good outputs are still in place")
    what = exc.strerror or str(exc)
    return DossierError("E501", path, None, f"cannot write or read: {what}",
                        "check the folder's permissions, and that a folder is not a file or a file a folder")


def as_problem(exc: Exception) -> DossierError:
    """A failure to report beside the others: a DossierError as it is, an OSError as its one line."""
    return exc if isinstance(exc, DossierError) else os_error(exc)


def table() -> str:
    """The README's table of codes, generated from the registry."""
    rows = ["| code | stage | what |", "|---|---|---|"]
    for code, what in CODES.items():
        rows.append(f"| {code} | {STAGES[code[:2]]} | {what} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(table(), end="")
