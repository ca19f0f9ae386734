"""Read typed values out of YAML nodes; each reader raises ValueProblem with a message."""

from __future__ import annotations

import re
import unicodedata

import yaml

STR = "tag:yaml.org,2002:str"
NULL = "tag:yaml.org,2002:null"
BOOL = "tag:yaml.org,2002:bool"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
MAX_STRING = 10_000


class ValueProblem(Exception):
    """A value of the wrong type or form; the message completes `field: …`."""


def kind_of(node: yaml.Node) -> str:
    """Return a reader-friendly name of what a node holds."""
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    return {NULL: "nothing", BOOL: "true/false", INT: "a number", FLOAT: "a number"}.get(node.tag, "text")


def read_string(node: yaml.Node) -> str:
    """Return a scalar's text as written (NFC, stripped); numbers and yes/no stay text."""
    if not isinstance(node, yaml.ScalarNode):
        raise ValueProblem(f"expected text, got {kind_of(node)}")
    if node.tag == NULL or not node.value.strip():
        raise ValueProblem("is empty (expected text)")
    text = unicodedata.normalize("NFC", node.value.strip())
    bad = CONTROL.search(text)
    if bad:
        raise ValueProblem(f"contains a control character (U+{ord(bad.group()):04X})")
    if len(text) > MAX_STRING:
        raise ValueProblem(f"is too long ({len(text)} characters; at most {MAX_STRING})")
    return text


def read_string_list(node: yaml.Node) -> tuple[str, ...]:
    """Return a list of texts; a single text is a list of one."""
    if isinstance(node, yaml.ScalarNode) and node.tag != NULL:
        return (read_string(node),)
    if not isinstance(node, yaml.SequenceNode):
        raise ValueProblem(f"expected text or a list of text, got {kind_of(node)}")
    items = []
    for position, item in enumerate(node.value, start=1):
        try:
            items.append(read_string(item))
        except ValueProblem as problem:
            raise ValueProblem(f"item {position} {problem}") from None
    return tuple(items)


def read_bool(node: yaml.Node) -> bool:
    """Return true/false; anything else is a problem."""
    if isinstance(node, yaml.ScalarNode) and node.tag == BOOL:
        return node.value.lower() in ("true", "yes", "on", "y")
    if not isinstance(node, yaml.ScalarNode):
        raise ValueProblem(f"expected true or false, got {kind_of(node)}")
    if node.tag == STR and node.value.lower() in ("true", "false"):
        raise ValueProblem(f"expected true or false, got the text '{node.value}' (remove the quotes)")
    raise ValueProblem(f"expected true or false, got '{node.value}'")


def read_int(node: yaml.Node, minimum: int, maximum: int) -> int:
    """Return a whole number within [minimum, maximum]."""
    if not (isinstance(node, yaml.ScalarNode) and node.tag == INT):
        shown = node.value if isinstance(node, yaml.ScalarNode) else kind_of(node)
        raise ValueProblem(f"expected a whole number, got '{shown}'")
    value = read_plain(node)
    if not minimum <= value <= maximum:
        raise ValueProblem(f"{value} is out of range (expected {minimum} to {maximum})")
    return value


def read_plain(node: yaml.Node):
    """Return any node as plain Python data (dict/list/str/int/float/bool/None)."""
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = str(read_plain(key_node))
            if key in result:
                raise ValueProblem(f"duplicate key '{key}'")
            result[key] = read_plain(value_node)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [read_plain(item) for item in node.value]
    loader = yaml.CSafeLoader("")
    try:
        return loader.construct_object(node)
    finally:
        loader.dispose()


def read_mapping(node: yaml.Node) -> dict:
    """Return a mapping as plain Python data."""
    if not isinstance(node, yaml.MappingNode):
        raise ValueProblem(f"expected a mapping (key: value lines), got {kind_of(node)}")
    return read_plain(node)


LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def read_language(node: yaml.Node) -> str:
    """Return a language code such as ko or en."""
    code = read_string(node)
    if not LANGUAGE.match(code):
        raise ValueProblem(f"'{code}' is not a language code (expected e.g. ko or en)")
    return code
