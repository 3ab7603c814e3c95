"""`dossier preview`: the memos as HTML on localhost, rebuilt and reloaded as editors save.

One process builds HTML only (never a PDF), serves it on 127.0.0.1 with an
index of memos, and watches the articles, fact files and templates. A change
runs the ordinary build: stamps decide what is redone, so saving a fact file
re-renders that memo alone and an article is re-extracted only when its own
text changed (the spaCy model stays loaded between changes). The open page
polls a small state URL and reloads when something was rebuilt. A broken fact
file or template is shown at the top of the page, with its file and line, as
well as in the terminal, above the last good memo, which stays up until the
error is fixed.
"""

from __future__ import annotations

import html
import json
import logging
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import DossierError

log = logging.getLogger("dossier")

POLL_MS = 250
RELOAD_SCRIPT = """<script>
(function () {
  var seen = %(version)d;
  function poll() {
    fetch("/_dossier/state", {cache: "no-store"}).then(function (r) { return r.json(); })
      .then(function (s) { if (s.version !== seen) { location.reload(); } else { setTimeout(poll, %(poll)d); } })
      .catch(function () { setTimeout(poll, 1000); });
  }
  setTimeout(poll, %(poll)d);
})();
</script>"""
ERROR_STYLE = ("position:sticky;top:0;z-index:10;margin:0 0 1rem;padding:.8rem 1rem;background:#fde8e8;"
               "color:#7a1010;border:2px solid #b42318;font:14px/1.4 monospace;white-space:pre-wrap")


class Preview:
    """The state shared by the watcher and the web server: memos, errors, and a version to reload on."""

    def __init__(self, cfg, templates: Path | None):
        self.cfg = cfg
        self.templates = templates
        self.lock = threading.Lock()
        self.version = 0
        self.errors: dict[str | None, list[str]] = {}  # memo stem (None: every memo) -> located errors
        self.titles: dict[str, str] = {}

    # -- building ---------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Extract what changed, render the stale HTML, and record every error by the memo it affects."""
        from . import build

        cfg = self.cfg
        try:
            stories = getattr(cfg, "stories_dir", None)
            outcome = build.run(cfg.seeds_dir, cfg.reports_dir, formats=("html",), model=cfg.model, jobs=1,
                                quiet=True, templates=self.templates, strict=cfg.strict, root=cfg.root,
                                stories=stories if stories is not None and stories.is_dir() else None)
        except DossierError as exc:
            outcome = build.Outcome(failures=[exc])
        errors: dict[str | None, list[str]] = {}
        for exc in outcome.failures:
            stem = self._memo_of(exc)
            errors.setdefault(stem, []).append(str(exc))
        changed = bool(outcome.rendered or outcome.extracted) or errors != self.errors
        for exc in outcome.failures:
            print(exc, file=sys.stderr)
        if outcome.rendered:
            print(f"dossier: rendered {', '.join(outcome.rendered)}", file=sys.stderr)
        if not outcome.failures and self.errors:
            print("dossier: fixed; every memo is up to date", file=sys.stderr)
        with self.lock:
            self.errors = errors
            self.titles = self._titles()
            if changed:
                self.version += 1

    def _memo_of(self, exc: DossierError) -> str | None:
        """The memo an error belongs to: its fact file's or article's name; None for a template."""
        if not exc.path:
            return None
        p = Path(exc.path)
        reports, seeds = self.cfg.reports_dir.resolve(), self.cfg.seeds_dir.resolve()
        try:
            parent = p.resolve().parent
        except OSError:
            return None
        if parent in (reports, seeds, reports / ".machine"):
            return p.stem
        return None

    def _titles(self) -> dict[str, str]:
        import yaml

        titles = {}
        for fact in sorted(self.cfg.reports_dir.glob("*.yaml")):
            try:
                data = yaml.safe_load(fact.read_text(encoding="utf-8"))
                titles[fact.stem] = str((data.get("source") or {}).get("title") or fact.stem)
            except Exception:  # a broken file keeps its name; the error is shown on its page
                titles[fact.stem] = self.titles.get(fact.stem, fact.stem)
        return titles

    # -- what the server shows --------------------------------------------------------------------
    def page(self, stem: str) -> bytes | None:
        path = self.cfg.reports_dir / f"{stem}.html"  # a story: "stories/NAME"
        with self.lock:
            errors = self.errors.get(stem, []) + self.errors.get(None, [])
            version = self.version
        if path.is_file():
            body = path.read_text(encoding="utf-8")
        elif errors or stem in self.titles:
            body = f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{html.escape(stem)}</title>" \
                   "</head><body><main><p>No memo yet.</p></main></body></html>"
        else:
            return None
        banner = ""
        if errors:
            items = "".join(f"<p>{html.escape(e)}</p>" for e in errors)
            banner = (f'<div id="dossier-error" role="alert" style="{ERROR_STYLE}"><strong>This memo could not be '
                      f"rebuilt; the last good one is shown below.</strong>{items}</div>")
        body = body.replace("<body", f'<body data-preview-version="{version}"', 1)
        at = body.find(">", body.find("<body")) + 1
        body = body[:at] + banner + body[at:]
        script = RELOAD_SCRIPT % {"version": version, "poll": POLL_MS}
        return body.replace("</body>", script + "</body>", 1).encode()

    def index(self) -> bytes:
        with self.lock:
            titles = dict(self.titles)
            errors = dict(self.errors)
            version = self.version
        from .site import entries

        rows = "".join(
            f'<li><a href="/{html.escape(stem)}.html">{html.escape(title)}</a>'
            f'{" <strong>(error)</strong>" if stem in errors else ""}</li>' for stem, title in titles.items())
        stories_dir = self.cfg.reports_dir / "stories"
        if stories_dir.is_dir():
            rows += "".join(f'<li>Story: <a href="/stories/{html.escape(e["file"])}">{html.escape(e["title"])}</a></li>'
                            for e in entries(stories_dir))
        general = "".join(f"<p>{html.escape(e)}</p>" for e in errors.get(None, []))
        banner = f'<div id="dossier-error" role="alert" style="{ERROR_STYLE}">{general}</div>' if general else ""
        script = RELOAD_SCRIPT % {"version": version, "poll": POLL_MS}
        return (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>dossier preview</title></head>"
                f"<body>{banner}<main><h1>Memos</h1><ul>{rows or '<li>No memos yet.</li>'}</ul></main>"
                f"{script}</body></html>").encode()

    def state(self) -> bytes:
        with self.lock:
            return json.dumps({"version": self.version, "errors": self.errors.get(None, []) + [
                e for k, v in self.errors.items() if k for e in v]}).encode()

    # -- watching ---------------------------------------------------------------------------------
    def watched(self) -> list[Path]:
        folders = [self.cfg.seeds_dir, self.cfg.reports_dir]
        if self.templates:
            folders.append(self.templates)
        stories = getattr(self.cfg, "stories_dir", None)
        if stories is not None and stories.is_dir():
            folders.append(stories)
        return [f for f in folders if f.is_dir()]

    def relevant(self, path: str) -> bool:
        """Inputs only: the build's own outputs (memos, stamps, machine copies, temporary files) are not."""
        p = Path(path)
        if p.name.endswith((".tmp", "~")) or p.name.startswith(".#"):
            return False
        try:
            rel = p.resolve().relative_to(self.cfg.reports_dir.resolve())
        except ValueError:
            return True
        return len(rel.parts) == 1 and p.suffix == ".yaml"

    def watch(self, stop: threading.Event) -> None:
        from watchfiles import watch

        if not logging.getLogger().isEnabledFor(logging.DEBUG):
            logging.getLogger("watchfiles").setLevel(logging.WARNING)
        for changes in watch(*self.watched(), stop_event=stop, debounce=50, step=20,
                             watch_filter=lambda _change, path: self.relevant(path)):
            log.info("changed: %s", ", ".join(sorted({Path(p).name for _, p in changes})))
            try:
                self.rebuild()
            except Exception as exc:  # the preview stays up; the next save tries again
                err = DossierError("E999", None, None, f"unexpected {type(exc).__name__}: {exc}",
                                   "save again, or restart the preview with -v for the details")
                print(err, file=sys.stderr)
                with self.lock:
                    self.errors = {None: [str(err)]}
                    self.version += 1


def _handler(preview: Preview):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server interface
            path = self.path.split("?", 1)[0]
            if path == "/_dossier/state":
                return self._send(200, preview.state(), "application/json")
            if path in ("/", "/index.html"):
                return self._send(200, preview.index())
            name = path.lstrip("/")
            parts = name.split("/")
            if name.endswith(".html") and (len(parts) == 1 or (len(parts) == 2 and parts[0] == "stories")) \
                    and ".." not in parts and all(parts):
                body = preview.page(name[:-5])
                if body is not None:
                    return self._send(200, body)
            return self._send(404, b"<!DOCTYPE html><title>not found</title><p>No such memo.</p>")

        def _send(self, code: int, body: bytes, kind: str = "text/html; charset=utf-8"):
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format, *args):  # noqa: A002 - requests are logged at -vv only
            log.debug("preview: " + format, *args)

    return Handler


def serve(cfg, templates: Path | None, port: int = 0, ready=None) -> int:
    """Build, serve and watch until interrupted. ``port`` 0 takes a free one."""
    preview = Preview(cfg, templates)
    stop = threading.Event()
    watcher = threading.Thread(target=preview.watch, args=(stop,), daemon=True)
    watcher.start()
    time.sleep(0.3)  # the watcher attaches first, so a save during the first build is not missed
    preview.rebuild()
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(preview))
    server.daemon_threads = True
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    print(f"dossier: preview at {url} (HTML only; Ctrl-C stops it)", file=sys.stderr, flush=True)
    if ready:
        ready(url)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
    return 0
