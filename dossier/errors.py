"""Errors a user can cause, each printed as one line: ``file:line: [code] what; what to do``.

Codes are grouped by stage, as spaCy does, so a message can be looked up and
tested for without matching its wording:

- E1xx reading an article
- E2xx fact files (YAML, schema, references, verification)
- E3xx templates and rendering
- E4xx set-up (model, configuration)
"""

from __future__ import annotations

from pathlib import Path


class DossierError(Exception):
    """A problem in the user's input, reported without a traceback."""

    def __init__(self, code: str, path: str | Path | None, line: int | None, message: str, hint: str):
        self.code = code
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "dossier"
        if self.line:
            where = f"{where}:{self.line}"
        return f"{where}: [{self.code}] {self.message}; {self.hint}"


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
