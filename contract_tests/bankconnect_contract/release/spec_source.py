"""Where a line of the spec's text sits in the document: oasdiff names the line of each change
(``baseSource``/``revisionSource``); this turns it into a JSON pointer, so a change is named at the schema where
it happens instead of once per operation that reaches it."""

from __future__ import annotations

import bisect
import functools
from typing import Any

import yaml

__all__ = ["Pointer", "SourceMap", "node_at", "parsed", "show", "source_map"]

Pointer = tuple[str | int, ...]
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # a safe loader; libyaml's is ten times faster


class SourceMap:
    """Line numbers (1-based) of a YAML text → the pointer of the deepest node that starts on or spans it."""

    def __init__(self, text: str) -> None:
        self._spans: list[tuple[int, int, Pointer]] = []
        root = yaml.compose(text, Loader=LOADER)
        if root is not None:
            self._walk(root, (), root.start_mark.line + 1)
        self._spans.sort()
        self._starts = [start for start, _, _ in self._spans]

    def _walk(self, node: yaml.Node, pointer: Pointer, first_line: int) -> None:
        # a node spans from the line of its key (or list dash) to the line before its end mark's line
        last_line = max(first_line, node.end_mark.line + (1 if isinstance(node, yaml.ScalarNode) else 0))
        self._spans.append((first_line, last_line, pointer))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self._walk(value, (*pointer, str(key.value)), key.start_mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, (*pointer, index), item.start_mark.line + 1)

    def pointer_at(self, line: int) -> Pointer:
        """The deepest node starting on ``line``, else the deepest one spanning it; () for the document."""
        best: Pointer = ()
        for start, end, pointer in self._spans[: bisect.bisect_right(self._starts, line)]:
            if (start == line or start <= line <= end) and len(pointer) >= len(best):
                best = pointer
        return best


def node_at(document: Any, pointer: Pointer) -> Any:
    """The value at ``pointer`` in a parsed document, or None when it is not there."""
    node = document
    for part in pointer:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def show(pointer: Pointer) -> str:
    """``("components", "schemas", "Entity")`` → ``#/components/schemas/Entity`` (JSON pointer escaping)."""
    return "#/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in pointer)


# One check reads each version several times (its info.version, the rules, the line maps), and a session of checks
# against one release reads that release again each time; parsing the spec is most of a check's time. The texts
# are the cache keys; what comes back is shared, so callers read it and never change it.
@functools.lru_cache(maxsize=8)
def parsed(text: str) -> Any:
    """The YAML document of ``text`` (shared: read it, do not change it)."""
    return yaml.load(text, Loader=LOADER)


@functools.lru_cache(maxsize=8)
def source_map(text: str) -> SourceMap:
    """The line map of ``text`` (shared)."""
    return SourceMap(text)
