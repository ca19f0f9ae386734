"""Fetching article pages by URL: timeouts, a size cap, few redirects, a polite delay per host.

Plain http.client rather than urllib.request: it gives separate connect and read timeouts and lets
every redirect be checked (count, scheme, loops) before it is followed.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from email.message import Message
from typing import Callable
from urllib.parse import quote, urljoin, urlsplit

from .. import __version__
from ..errors import ContentError
from .encoding import decode, declared_charset, normalise_charset, try_decode
from .extract import MAX_PAGE

USER_AGENT = f"archivist/{__version__} (news archive importer; one page at a time)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024
URL_SAFE = "/?&=%:@!$'()*+,;~-._[]"
SINGLE_BYTE = ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252")


@dataclass(frozen=True)
class Settings:
    """How pages are fetched: timeouts in seconds, the size cap, the redirect limit, the delay per host."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = MAX_PAGE
    max_redirects: int = 5
    delay: float = 1.0
    total_timeout: float = 120.0  # a server that drips bytes never trips the read timeout
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Wanted:
    """What a request asks for: the Accept header and the content types taken (a prefix each)."""

    accept: str
    types: tuple[str, ...]
    what: str  # `an HTML page`, for the message refusing anything else


PAGE = Wanted("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", HTML_TYPES, "an HTML page")
# A picture's type is checked by its content afterwards; a server's generic label is let through to that check.
PICTURE = Wanted("image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1",
                 ("image/", "application/octet-stream", "binary/octet-stream"), "a picture")


@dataclass(frozen=True)
class Page:
    """One fetched page: the URL it was finally read from, its bytes and the header's charset."""

    url: str
    data: bytes
    charset: str | None


def is_url(name: str) -> bool:
    """Return True when a command-line argument names a web page rather than a file."""
    return name.lower().startswith(("http://", "https://"))


def read_list(path: str) -> list[str]:
    """Return the URLs of a --from file: one a line, blank lines and `#` comments skipped."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        raise ContentError(path, 0, "", f"cannot read the URL list: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ContentError(path, 0, "", "the URL list is not UTF-8 text") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@dataclass
class Fetcher:
    """Fetches pages one at a time, waiting `delay` seconds between two requests to the same host."""

    settings: Settings = field(default_factory=Settings)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    last_request: dict[str, float] = field(default_factory=dict)  # host → when it was last asked

    def fetch(self, url: str, wanted: Wanted = PAGE) -> Page:
        """Return the page (or picture) at `url` after following at most max_redirects redirects, or raise a
        ContentError."""
        seen = [url]
        current = url
        while True:
            status, headers, data = self.request(url, current, wanted)
            if status not in REDIRECTS:
                return Page(current, data, charset_of(headers))
            current = next_location(url, current, headers.get("Location"))
            if current in seen:
                raise ContentError(url, 0, "", f"redirect loop (back to {current})")
            if len(seen) > self.settings.max_redirects:
                raise ContentError(url, 0, "", f"too many redirects (more than {self.settings.max_redirects})")
            seen.append(current)

    def request(self, asked: str, url: str, wanted: Wanted = PAGE) -> tuple[int, Message, bytes]:
        """Return (status, headers, body) of one GET; redirects are returned unread, errors raised."""
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            raise ContentError(asked, 0, "", f"not a valid URL (bad port): {url}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ContentError(asked, 0, "", f"not an http or https URL: {url}")
        self.wait_for(parts.hostname)
        connection = open_connection(parts.scheme, parts.hostname, port, self.settings)
        try:
            return self._exchange(asked, connection, parts, wanted)
        except socket.timeout:
            raise ContentError(asked, 0, "", f"timed out (no answer within {self.settings.read_timeout:g} s)") from None
        except (OSError, http.client.HTTPException, zlib.error) as error:
            raise ContentError(asked, 0, "", f"cannot fetch: {describe(error)}") from None
        finally:
            connection.close()
            self.last_request[parts.hostname] = self.clock()

    def _exchange(self, asked: str, connection: http.client.HTTPConnection, parts,
                  wanted: Wanted = PAGE) -> tuple[int, Message, bytes]:
        """Send the request on an open connection and return (status, headers, body)."""
        # Escape what a user may paste unescaped (Hangul in a path), keeping escapes already there.
        target = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=URL_SAFE)
        headers = {"User-Agent": self.settings.user_agent, "Accept": wanted.accept, "Accept-Encoding": "gzip"}
        try:
            connection.connect()
        except socket.timeout:
            raise ContentError(asked, 0, "", f"timed out (no connection within {self.settings.connect_timeout:g} s)") from None
        connection.sock.settimeout(self.settings.read_timeout)
        connection.request("GET", target, headers=headers)
        response = connection.getresponse()
        if response.status in REDIRECTS:
            return response.status, response.msg, b""
        if not 200 <= response.status < 300:
            raise ContentError(asked, 0, "", f"HTTP {response.status} {response.reason}".rstrip())
        check_type(asked, response.msg.get_content_type() if response.getheader("Content-Type") else "", wanted)
        check_length(asked, response.getheader("Content-Length"), self.settings.max_bytes)
        data = read_capped(asked, response, self.settings)
        return response.status, response.msg, data

    def wait_for(self, host: str) -> None:
        """Sleep until `delay` seconds have passed since the last request to `host`."""
        last = self.last_request.get(host)
        if last is not None:
            left = last + self.settings.delay - self.clock()
            if left > 0:
                self.sleep(left)


def open_connection(scheme: str, host: str, port: int | None, settings: Settings) -> http.client.HTTPConnection:
    """Return an unopened connection whose connect timeout is the settings' one."""
    if scheme == "https":
        return http.client.HTTPSConnection(host, port, timeout=settings.connect_timeout,
                                           context=ssl.create_default_context())
    return http.client.HTTPConnection(host, port, timeout=settings.connect_timeout)


def next_location(asked: str, current: str, location: str | None) -> str:
    """Return the absolute URL a redirect points to; only http and https are followed."""
    if not location:
        raise ContentError(asked, 0, "", "redirect without a Location")
    target = urljoin(current, location.strip())
    if urlsplit(target).scheme not in ("http", "https"):
        raise ContentError(asked, 0, "", f"redirect to a non-web address ({target.split(':', 1)[0]}:)")
    return target


def check_type(asked: str, content_type: str, wanted: Wanted = PAGE) -> None:
    """Raise a ContentError unless the answer is of a wanted type (a missing Content-Type is let through to be
    sniffed)."""
    if content_type and not content_type.startswith(wanted.types):
        raise ContentError(asked, 0, "", f"not {wanted.what} ({content_type}): not imported")


def check_length(asked: str, length: str | None, cap: int) -> None:
    """Raise a ContentError when the announced length is over the cap (nothing is downloaded then)."""
    if length and length.strip().isdigit() and int(length) > cap:
        raise ContentError(asked, 0, "", too_large(cap))


def read_capped(asked: str, response: http.client.HTTPResponse, settings: Settings) -> bytes:
    """Return the body (gzip undone), stopping with a ContentError once it passes the cap."""
    gzipped = (response.getheader("Content-Encoding") or "").strip().lower() in ("gzip", "x-gzip")
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    chunks, size, deadline = [], 0, time.monotonic() + settings.total_timeout
    while True:
        if time.monotonic() > deadline:
            raise ContentError(asked, 0, "", f"timed out (the page took over {settings.total_timeout:g} s)")
        chunk = response.read1(CHUNK)
        if not chunk:
            break
        if inflate is not None:
            chunk = inflate.decompress(chunk, settings.max_bytes + 1 - size)
        size += len(chunk)
        if size > settings.max_bytes:
            raise ContentError(asked, 0, "", too_large(settings.max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def too_large(cap: int) -> str:
    """Return the message for a page over the size cap."""
    return f"is larger than {cap / 2**20:g} MB: not a single article page; not imported"


def charset_of(headers: Message) -> str | None:
    """Return the charset the Content-Type header names, lower-cased, or None."""
    charset = headers.get_param("charset") if headers.get("Content-Type") else None
    if not isinstance(charset, str) or not charset.strip():
        return None
    return normalise_charset(charset.strip().strip('"'))


def describe(error: Exception) -> str:
    """Return a short reason for a network error (`connection refused`, `name not found` …)."""
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "host name not found"
    if isinstance(error, zlib.error):
        return "the page's gzip compression is broken"
    if isinstance(error, ssl.SSLError):
        return f"TLS error ({error.reason or error})"
    return str(error) or type(error).__name__


def page_text(page: Page) -> str:
    """Return a fetched page as text: the header's charset, then the page's meta tag, then detection."""
    charset = page.charset or declared_charset(page.data)
    if charset in SINGLE_BYTE and try_decode(page.data, "utf-8") is not None:
        charset = "utf-8"  # a server's default Latin-1 label on a page that is valid UTF-8
    return decode(page.data, page.url, charset)
