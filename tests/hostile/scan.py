"""Scan a built site for active content: scripts, handlers, dangerous URLs, inline styles, broken JSON-LD.

The scan is structural (an HTML parser, as a browser tokenises), so an escaped payload shown as text
passes and a live one is reported with the file it is in.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

SAFE_SCHEMES = {"http", "https", "mailto"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "cite",
                  "srcset", "srcdoc", "codebase", "manifest", "ping"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "form", "base", "frame", "frameset", "applet", "style", "textarea",
                  "input", "button", "video", "audio", "source", "math", "noscript", "template", "portal"}
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
ACTIVE_BYTES = (b"<script>alert", b"<img src=x onerror", b"<svg onload", b"<iframe")


def theme_element(tag: str, attrs: dict) -> bool:
    """Return whether an element is the theme's own: the header search form, the search page's button, the icon.

    Matched on every attribute, so content (which nh3 strips of forms, ids and data: URLs) cannot pass as one.
    """
    if tag == "link":
        return attrs == {"rel": "icon", "href": "data:,"}
    if tag == "form":
        action = attrs.get("action") or ""
        return (set(attrs) == {"class", "role", "action", "method"} and attrs["class"] == "site-search"
                and attrs["role"] == "search" and attrs["method"] == "get" and not SCHEME.match(action)
                and action.endswith("search/index.html"))
    if tag == "input":
        return attrs.get("id") == "search-q" and attrs.get("type") == "search" and attrs.get("name") == "q" and not any(
            name.startswith("on") or name in URL_ATTRIBUTES for name in attrs)
    if tag == "button":
        return attrs == {"id": "search-more", "type": "button", "hidden": None}
    if tag == "noscript":
        return attrs == {"id": "search-needs-js"}
    return False


def url_problem(value: str) -> str:
    """Return why a URL attribute value is dangerous, or ''."""
    folded = INVISIBLE.sub("", value).lower()
    match = SCHEME.match(folded)
    if match and match.group(1) not in SAFE_SCHEMES:
        return f"URL scheme '{match.group(1)}:'"
    return ""


class PageScanner(HTMLParser):
    """Collect the active content of one HTML page, and its JSON-LD blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.json_ld: list[str] = []
        self.inline_scripts = 0
        self.style_attributes = 0
        self._in_json_ld = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        if theme_element(tag, dict(attrs)):
            return
        self._check_tag(tag, dict(attrs))
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> event handler")
            if name == "style":
                self.style_attributes += 1
            if name in URL_ATTRIBUTES and value and url_problem(value):
                self.problems.append(f"<{tag} {name}={value!r}>: {url_problem(value)}")

    def _check_tag(self, tag: str, attrs: dict) -> None:
        """Report tags that load or run content, except the theme's own scripts and data blocks."""
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        elif tag == "script":
            if attrs.get("type") == "application/ld+json":
                self._in_json_ld, self._buffer = True, []
            elif not attrs.get("src"):
                self.inline_scripts += 1
                self.problems.append("inline <script>")
            elif SCHEME.match(attrs["src"].lower()) or attrs["src"].startswith("//"):
                self.problems.append(f"<script src={attrs['src']!r}> from elsewhere")
        elif tag == "meta" and attrs.get("http-equiv", "").lower() not in ("", "content-security-policy"):
            self.problems.append(f"<meta http-equiv={attrs['http-equiv']!r}>")
        elif tag == "link" and attrs.get("rel") not in ("stylesheet", "canonical", "alternate", "icon", "next", "prev"):
            self.problems.append(f"<link rel={attrs.get('rel')!r}>")

    def handle_data(self, data):
        if self._in_json_ld:
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_json_ld:
            self.json_ld.append("".join(self._buffer))
            self._in_json_ld = False


def scan_html(data: str) -> PageScanner:
    """Return the scanner after reading one page."""
    scanner = PageScanner()
    scanner.feed(data)
    scanner.close()
    return scanner


def scan_feed(path: Path) -> list[str]:
    """Return the problems of an XML file: it must parse and hold no XHTML or script elements."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f"not well-formed XML: {error}"]
    problems = []
    for element in root.iter():
        local = element.tag.rsplit("}", 1)[-1]
        if "xhtml" in element.tag or local in ("script", "iframe", "object"):
            problems.append(f"element {element.tag}")
        if element.get("type") in ("html", "xhtml"):
            problems.append(f"{local} with type={element.get('type')} (markup in the feed)")
    return problems


def scan_site(output: Path) -> dict[str, list[str]]:
    """Return {relative path: problems} for every file of a built site that has any."""
    found = {}
    for path in sorted(p for p in output.rglob("*") if p.is_file()):
        name = str(path.relative_to(output))
        data = path.read_bytes()
        problems = []
        if path.suffix in (".html", ".xml"):
            problems += [f"raw payload {pattern!r}" for pattern in ACTIVE_BYTES if pattern in data]
        if path.suffix == ".html":
            scanner = scan_html(data.decode("utf-8"))
            problems += scanner.problems
            problems += [f"JSON-LD does not parse: {e}" for e in json_ld_errors(scanner.json_ld)]
        elif path.suffix == ".xml":
            problems += scan_feed(path)
        elif path.suffix == ".json":
            problems += json_errors(data)
        if problems:
            found[name] = problems
    return found


def json_ld_errors(blocks: list[str]) -> list[str]:
    """Return the parse errors of JSON-LD blocks (a block cut short by '</script>' would not parse)."""
    errors = []
    for block in blocks:
        if "</" in block or "<!--" in block:
            errors.append("holds '</' or '<!--'")
        try:
            json.loads(block)
        except ValueError as error:
            errors.append(str(error))
    return errors


def json_errors(data: bytes) -> list[str]:
    """Return why a JSON file does not parse, if it does not."""
    try:
        json.loads(data)
    except ValueError as error:
        return [f"JSON does not parse: {error}"]
    return []
