"""The front matter schema: each declared field, its type and its rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import yaml

from .errors import ContentError
from .frontmatter import Document
from .slugs import slugify
from .suggest import did_you_mean
from .values import ValueProblem, kind_of, read_bool, read_language, read_mapping, read_string, read_string_list

DATE_HINT = "expected YYYY-MM-DD or ISO 8601 with offset"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SLUG_FORBIDDEN = ("/", "\\", "\x00", "..")
REQUIRED = ("title", "date")  # no reporter: editorials, photo news and TV pages have no byline
ALIASES = {"reporters": "reporter"}


@dataclass(frozen=True)
class Fields:
    """The validated front matter of one file (body not yet rendered)."""

    title: str
    reporters: tuple[str, ...]
    emails: tuple[str, ...]
    date: datetime
    updated: datetime | None
    tags: tuple[str, ...]
    source: str
    source_url: str
    summary: str
    slug: str
    draft: bool
    lang: str
    extra: dict


def read_date(node: yaml.Node, zone: ZoneInfo) -> datetime:
    """Return an aware datetime; a date or a time without offset is in the site timezone."""
    if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
        raise ValueProblem(f"expected a date, got {kind_of(node)} ({DATE_HINT})")
    text = node.value.strip()
    value = parse_date(text)
    return in_zone(value if value.tzinfo else value.replace(tzinfo=zone), zone, text)


def parse_date(text: str) -> datetime:
    """Return the datetime a `YYYY-MM-DD` or ISO 8601 text names (naive without an offset); raise ValueProblem.

    The importer reads the user's --date with this too, so what import writes the build accepts."""
    try:
        value = datetime.fromisoformat(text) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        value = None
    if value is None:
        raise ValueProblem(f"'{text}' is not a date ({DATE_HINT})")
    return value


def in_zone(value: datetime, zone: tzinfo, text: str) -> datetime:
    """Return an aware datetime shown in a timezone; raise ValueProblem when that passes year 1 or 9999."""
    try:
        return value.astimezone(zone)
    except OverflowError:
        raise ValueProblem(f"'{text}' is out of range: its offset moves it past year 1 or 9999") from None


def read_emails(node: yaml.Node) -> tuple[str, ...]:
    """Return e-mail addresses (one or a list)."""
    emails = read_string_list(node)
    for email in emails:
        if not EMAIL.match(email):
            raise ValueProblem(f"'{email}' is not an e-mail address")
    return emails


def read_url(node: yaml.Node) -> str:
    """Return an http(s) URL."""
    url = read_string(node)
    if not re.match(r"^https?://[^\s/]+\S*$", url, re.IGNORECASE):
        raise ValueProblem(f"'{url}' is not an http(s) URL")
    return url


def read_slug(node: yaml.Node) -> str:
    """Return a safe slug (slugified), refusing path tricks."""
    text = read_string(node)
    if any(part in text for part in SLUG_FORBIDDEN):
        raise ValueProblem(f"'{text}' is not a valid slug (use letters, digits and '-')")
    slug = slugify(text)
    if not slug:
        raise ValueProblem(f"'{text}' is not a valid slug (use letters, digits and '-')")
    return slug



def read_tags(node: yaml.Node) -> tuple[str, ...]:
    """Return tags; one text is one tag (commas are kept, not split)."""
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return ()
    if isinstance(node, yaml.SequenceNode) and not node.value:
        return ()
    tags = read_string_list(node)
    return tuple(dict.fromkeys(tags))


def readers(zone: ZoneInfo) -> dict:
    """Return the reader of each declared field."""
    return {
        "title": read_string,
        "reporter": read_string_list,
        "email": read_emails,
        "date": lambda node: read_date(node, zone),
        "updated": lambda node: read_date(node, zone),
        "tags": read_tags,
        "source": read_string,
        "url": read_url,
        "summary": read_string,
        "slug": read_slug,
        "draft": read_bool,
        "lang": read_language,
        "extra": read_mapping,
    }


def read_fields(path: str, doc: Document, zone: ZoneInfo) -> tuple[dict, list[ContentError]]:
    """Return the read values by field name, and every problem found."""
    schema = readers(zone)
    known = list(schema) + list(ALIASES)
    values, problems, lines = {}, [], {}
    for entry in doc.entries:
        name = ALIASES.get(entry.key, entry.key)
        if name not in schema:
            problems.append(ContentError(path, entry.line, entry.key, "unknown field" + did_you_mean(entry.key, known)))
            continue
        if name in lines:
            other = "reporter" if entry.key == "reporters" else "reporters"
            problems.append(ContentError(path, entry.line, entry.key, f"repeats '{other}' (line {lines[name]}): use one of them"))
            continue
        lines[name] = entry.line
        try:
            values[name] = schema[name](entry.node)
        except ValueProblem as problem:
            problems.append(ContentError(path, entry.line, entry.key, str(problem)))
    for name in REQUIRED:
        if name not in lines:
            problems.append(ContentError(path, 1, name, "required field is missing"))
    return values, problems


def validate(path: str, doc: Document, default_slug: str, zone: ZoneInfo, language: str) -> Fields:
    """Return the validated Fields of a document, or raise ContentErrors (as a list in .args[0])."""
    values, problems = read_fields(path, doc, zone)
    if problems:
        raise FieldsInvalid(problems)
    slug = values.get("slug") or slugify(default_slug)
    if not slug:
        raise FieldsInvalid([ContentError(path, 1, "slug", "the file name gives no usable slug; add 'slug:'")])
    return Fields(
        title=values["title"],
        reporters=values.get("reporter", ()),
        emails=values.get("email", ()),
        date=values["date"],
        updated=values.get("updated"),
        tags=values.get("tags", ()),
        source=values.get("source", ""),
        source_url=values.get("url", ""),
        summary=values.get("summary", ""),
        slug=slug,
        draft=values.get("draft", False),
        lang=values.get("lang", language),
        extra=values.get("extra", {}),
    )


class FieldsInvalid(Exception):
    """The problems found in one file's front matter."""

    def __init__(self, problems: list[ContentError]):
        super().__init__(problems)
        self.problems = problems
