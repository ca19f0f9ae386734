"""The dev server: build, serve output/ on 127.0.0.1, rebuild on every save, reload open pages.

Each rebuild calls pipeline.build() in a warm child process,
forked before the server starts any thread (the server itself only watches,
serves and relays), so a build can fork its own worker pool safely, and
nothing a build does can take the server down. While content is broken, the
last good site stays served and the errors show in the terminal and as an
overlay in the browser; the reload script exists only in served pages, never
in `build` output.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import sys
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import BuildFailed, ContentError, UsageError
from .pipeline import BuildResult, Options, Project, build, summary
from .writer import MARKER

EVENTS = "/__archivist/events"
SCRIPT = "/__archivist/reload.js"
SCRIPT_TAG = f'<script src="{SCRIPT}"></script>'.encode()
RELOAD_JS = (Path(__file__).parent / "reload.js").read_bytes()


@dataclass
class Status:
    """What the browser should show: the last build's errors (empty when fine) and a version."""

    errors: str = ""
    version: int = 0
    listeners: list[queue.Queue] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def publish(self, errors: str, changed: bool) -> None:
        """Record a build's outcome and tell every open page."""
        with self.lock:
            event = ("build-error", errors) if errors else ("reload" if changed or self.errors else "ok", "")
            self.errors = errors
            self.version += 1
            for listener in self.listeners:
                listener.put(event)

    def subscribe(self) -> tuple[queue.Queue, tuple[str, str]]:
        """Return a new listener queue and the event that describes the present state."""
        with self.lock:
            listener: queue.Queue = queue.Queue()
            self.listeners.append(listener)
            return listener, ("build-error", self.errors) if self.errors else ("ok", "")

    def unsubscribe(self, listener: queue.Queue) -> None:
        """Forget a listener whose page went away."""
        with self.lock:
            self.listeners.remove(listener)


def inject(html: bytes) -> bytes:
    """Return a page with the live-reload script added before </body>."""
    at = html.rfind(b"</body>")
    return html[:at] + SCRIPT_TAG + html[at:] if at >= 0 else html + SCRIPT_TAG


def handler_for(output: Path, prefix: str, status: Status):
    """Return a request handler serving output under prefix, with live reload."""

    class Handler(SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # keep-alive replies otherwise wait ~40 ms for a delayed ACK

        def log_message(self, *args) -> None:
            pass

        def send_bytes(self, code: int, data: bytes, kind: str) -> None:
            """Send a whole response."""
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_GET(self) -> None:
            path = unquote(urlsplit(self.path).path)
            if path == EVENTS:
                return self.stream_events()
            if path == SCRIPT:
                return self.send_bytes(200, RELOAD_JS, "text/javascript; charset=utf-8")
            if not path.startswith(prefix):
                if path in ("/", "/index.html"):
                    self.send_response(302)
                    self.send_header("Location", prefix)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                return self.not_found()
            return self.send_file(path[len(prefix):])

        def send_file(self, relative: str) -> None:
            """Send a file of the output folder (index.html for folders), or the 404 page."""
            target = (output / relative).resolve()
            if not target.is_relative_to(output.resolve()) or target.name == MARKER:
                return self.not_found()
            if target.is_dir():
                if not relative.endswith("/") and relative:
                    self.send_response(301)
                    self.send_header("Location", self.path.split("?")[0] + "/")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                target = target / "index.html"
            try:
                data = target.read_bytes()
            except OSError:
                return self.not_found()
            kind = self.guess_type(str(target))
            if kind == "text/html":
                return self.send_bytes(200, inject(data), "text/html; charset=utf-8")
            return self.send_bytes(200, data, kind)

        def not_found(self) -> None:
            """Send the site's 404 page (with live reload) and status 404."""
            try:
                data = inject((output / "404.html").read_bytes())
            except OSError:
                data = inject(b"<!DOCTYPE html><title>404</title><p>Not found.</p>")
            self.send_bytes(404, data, "text/html; charset=utf-8")

        def stream_events(self) -> None:
            """Hold a Server-Sent Events stream open and forward build events to the page."""
            listener, first = status.subscribe()
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            try:
                self.send_event(*first)
                while True:
                    try:
                        self.send_event(*listener.get(timeout=15))
                    except queue.Empty:
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                status.unsubscribe(listener)
                self.close_connection = True

        def send_event(self, name: str, data: str) -> None:
            """Write one SSE event."""
            lines = "".join(f"data: {line}\n" for line in (data or "").split("\n"))
            self.wfile.write(f"event: {name}\n{lines}\n".encode())
            self.wfile.flush()

    return Handler


def build_loop(connection, server_end, load_project: Callable[[], Project], options: Options) -> None:
    """Serve build requests in a warm process (imports done once): reply with a BuildResult or a BuildFailed.

    The project is read again for each build, so that an edit to site.yaml shows too.
    """
    server_end.close()  # so that the server's exit closes the pipe and ends this loop
    import_module("archivist.rendering")  # load the heavy libraries once, before the first request
    while True:
        try:
            connection.recv()
        except EOFError:
            return
        connection.send(build_once(load_project, options))


def build_once(load_project: Callable[[], Project], options: Options) -> BuildResult | BuildFailed:
    """Return the outcome of one build: never raise, so the server keeps serving the last good site."""
    try:
        return build(load_project(), options)
    except BuildFailed as failed:
        return failed
    except UsageError as problem:
        return BuildFailed([ContentError("", 0, "", f"error: {problem}")])
    except Exception as exc:  # report, never die
        return BuildFailed([ContentError("", 0, "", f"internal error: {exc!r}")])


class BuildWorker:
    """A child process that runs builds on request; started before any server thread exists."""

    def __init__(self, load_project: Callable[[], Project], options: Options):
        self.load_project, self.options = load_project, options
        self.start()

    def start(self) -> None:
        """Fork the build process (not a daemon: its builds may fork worker pools of their own)."""
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=build_loop, args=(child, self.connection, self.load_project, self.options))
        self.process.start()
        child.close()

    def build(self) -> BuildResult | BuildFailed:
        """Run one build; return its result, or its errors."""
        try:
            self.connection.send("build")
            return self.connection.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError):
            self.stop()
            self.start()
            return BuildFailed([ContentError("", 0, "", "the build process died; it was restarted")])

    def stop(self) -> None:
        """End the build process."""
        self.process.terminate()
        self.process.join(timeout=10)


def failure_text(failed: BuildFailed) -> str:
    """Return a failed build's errors as the terminal and the browser show them."""
    lines = [str(error) if error.path else error.message for error in failed.errors]
    return "\n".join(lines + [f"{len(failed.errors)} error(s); the output folder was left as it was."])


def rebuild(worker: BuildWorker, output: Path, status: Status) -> None:
    """Build, print the outcome, and tell the browser."""
    started = time.perf_counter()
    outcome = worker.build()
    stamp = time.strftime("%H:%M:%S")
    if isinstance(outcome, BuildResult):
        for warning in outcome.warnings:
            print(f"[{stamp}] warning: {warning}", file=sys.stderr, flush=True)
        print(f"[{stamp}] {summary('build', outcome, output)}", flush=True)
        status.publish("", changed=not outcome.up_to_date)
    else:
        errors = failure_text(outcome)
        print(f"[{stamp}] build failed ({time.perf_counter() - started:.2f} s); still serving the last good site:\n{errors}",
              file=sys.stderr, flush=True)
        status.publish(errors, changed=False)


def watch_paths(project) -> list[Path]:
    """Return what a change to should trigger a rebuild: content, templates and the settings file."""
    paths = [project.content, project.templates]
    return [p for p in paths if p.exists()]


def stop_serving(signum, frame) -> None:
    """Turn SIGTERM into a normal stop, so the build process and the server are shut down."""
    raise KeyboardInterrupt


def serve(load_project: Callable[[], Project], options: Options, config_path: Path | None, port: int,
          open_browser: bool) -> int:
    """Serve the site and rebuild on changes until interrupted; return the exit status.

    load_project reads the settings and returns the Project (or raises UsageError, BuildFailed).
    """
    import watchfiles

    project = load_project()
    status = Status()
    signal.signal(signal.SIGTERM, stop_serving)
    worker = BuildWorker(load_project, options)
    rebuild(worker, project.output, status)
    prefix = project.config.base_path
    server = ThreadingHTTPServer(("127.0.0.1", port), handler_for(project.output, prefix, status))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    print(f"Serving {project.output} at {url} (Ctrl+C to stop)", flush=True)
    if open_browser:
        webbrowser.open(url)
    watched = watch_paths(project) + ([config_path] if config_path else [])
    try:
        for _ in watchfiles.watch(*watched, debounce=400, step=30, rust_timeout=0, yield_on_timeout=False):
            rebuild(worker, project.output, status)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        worker.stop()
    return 0
