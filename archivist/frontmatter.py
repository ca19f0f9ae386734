"""Split a Markdown file into front matter and body, and parse the YAML safely.

The YAML is parsed with libyaml (`CSafeLoader`) into nodes, not Python values,
so that every key keeps its line number, duplicate keys are caught, and the
schema (validate.py) decides how each scalar is read: `title: no` stays the
string 'no' and `tags: [1.10]` keeps '1.10'.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from .errors import ContentError

FENCE = "---"
MAX_NODES = 10_000
MAX_DEPTH = 50
# Every nesting level, and every value after the first (a key and its value share one ":"), needs one of these.
STRUCTURE_MARKS = ("[", "{", "-", ":", "?", ",")
VALUE_EVENTS = (yaml.ScalarEvent, yaml.AliasEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "seq", "map")
}


class NodeLoader(yaml.CSafeLoader):
    """libyaml loader that leaves timestamps as strings (the schema parses dates)."""


NodeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Entry:
    """One front matter key: its YAML node and the file line it starts on."""

    key: str
    node: yaml.Node
    line: int


@dataclass(frozen=True)
class Document:
    """A parsed Markdown file: front matter entries (in file order) and the body."""

    entries: tuple[Entry, ...]
    body: str
    body_line: int


def decode(path: str, data: bytes) -> str:
    """Return the file's text (UTF-8, BOM and CRLF removed) or raise ContentError."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ContentError(
            path, line, "", f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8"
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split(path: str, text: str) -> tuple[str, str, int]:
    """Return (yaml_text, body, body_line) or raise ContentError for a missing fence."""
    if not text.strip():
        raise ContentError(path, 1, "", "file is empty (expected front matter between '---' lines)")
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        raise ContentError(path, 1, "", "missing front matter: the first line must be '---'")
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() in (FENCE, "..."):
            return "\n".join(lines[1 : number - 1]), "\n".join(lines[number:]), number + 1
    raise ContentError(path, 1, "", "front matter is not closed: add a line '---' after the last field")


def check_size(path: str, yaml_text: str, first_line: int = 2) -> None:
    """Raise ContentError for too many values or too deep nesting, reading events before any node is built."""
    if sum(map(yaml_text.count, STRUCTURE_MARKS)) <= MAX_DEPTH:
        return  # too few separators to hold that many values or nest that deep: the usual case, at no cost
    loader = NodeLoader(yaml_text)
    depth = values = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, VALUE_EVENTS):
                values += 1
                if values > MAX_NODES:
                    line = event.start_mark.line + first_line
                    raise ContentError(path, line, "", f"front matter is too large (more than {MAX_NODES} values)")
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + first_line
                    raise ContentError(path, line, "", f"front matter is nested too deeply (more than {MAX_DEPTH} levels)")
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return  # compose() reports the syntax error with its line
    finally:
        loader.dispose()


def compose(path: str, yaml_text: str, first_line: int = 2) -> yaml.Node | None:
    """Return the YAML document's root node, or raise ContentError with YAML's line."""
    check_size(path, yaml_text, first_line)
    loader = NodeLoader(yaml_text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else first_line
        problem = exc.problem or exc.context or "invalid YAML"
        if "mapping values are not allowed" in problem:
            problem += " (put quotes around a value that contains ': ')"
        if exc.context and exc.context_mark and exc.problem and exc.context_mark.line != getattr(mark, "line", None):
            problem += f" ({exc.context} that starts at line {exc.context_mark.line + first_line})"
        raise ContentError(path, line, "", f"YAML syntax error: {problem}") from None
    except yaml.reader.ReaderError as exc:
        line = yaml_text.count("\n", 0, max(exc.position, 0)) + first_line
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise ContentError(path, line, "", f"YAML cannot contain the character U+{code:04X}") from None
    except yaml.YAMLError as exc:
        raise ContentError(path, first_line, "", f"YAML syntax error: {exc}") from None
    finally:
        loader.dispose()


def check_shape(path: str, node: yaml.Node, first_line: int = 2) -> None:
    """Raise ContentError for unknown tags, alias bombs or too deep nesting."""
    count = 0
    stack = [(node, 0)]
    while stack:
        current, depth = stack.pop()
        count += 1
        line = current.start_mark.line + first_line
        if count > MAX_NODES:
            raise ContentError(path, line, "", f"front matter is too large (more than {MAX_NODES} values; YAML aliases?)")
        if depth > MAX_DEPTH:
            raise ContentError(path, line, "", f"front matter is nested too deeply (more than {MAX_DEPTH} levels)")
        if current.tag not in STANDARD_TAGS:
            raise ContentError(path, line, "", f"unsupported YAML tag '{current.tag}'")
        if isinstance(current, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend(((key, depth + 1), (value, depth + 1)))


def entries(path: str, node: yaml.Node | None, first_line: int = 2) -> tuple[Entry, ...]:
    """Return the top-level key entries, or raise ContentError for a non-mapping or duplicate key."""
    if node is None:
        return ()
    if not isinstance(node, yaml.MappingNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
        raise ContentError(path, node.start_mark.line + first_line, "", f"front matter must be 'key: value' lines, got {kind}")
    seen: dict[str, int] = {}
    result = []
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + first_line
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
            raise ContentError(path, line, "", "front matter keys must be plain names")
        key = key_node.value
        if key in seen:
            raise ContentError(path, line, key, f"duplicate key (first at line {seen[key]})")
        seen[key] = line
        result.append(Entry(key, value_node, line))
    return tuple(result)


def parse(path: str, data: bytes) -> Document:
    """Return the Document of a Markdown file's bytes, or raise ContentError."""
    text = decode(path, data)
    yaml_text, body, body_line = split(path, text)
    node = compose(path, yaml_text)
    if node is not None:
        check_shape(path, node)
    return Document(entries(path, node), body, body_line)
