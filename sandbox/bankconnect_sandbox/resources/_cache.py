"""The analysis cache: answers kept by the bytes of their JSON (least recently used out first), and dropped per
entity when that entity changes, so a write elsewhere neither empties it nor leaves stale copies behind."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

import orjson

from ._reply import Reply

__all__ = ["AnalysisCache"]

ENTRY_OVERHEAD = 256  # the key and bookkeeping of one entry, roughly, so that many tiny answers count too


class AnalysisCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[Hashable, tuple[str, Reply, int]] = OrderedDict()
        self._by_entity: dict[str, set[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Hashable) -> Reply | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[1]

    def put(self, entity_id: str, key: Hashable, value: Reply) -> None:
        size = len(orjson.dumps(value.body)) + ENTRY_OVERHEAD
        if size > self.max_bytes:
            return  # larger than the whole cache: computed again each time
        self._remove(key)
        self._entries[key] = (entity_id, value, size)
        self._by_entity.setdefault(entity_id, set()).add(key)
        self.bytes += size
        while self.bytes > self.max_bytes:
            self._remove(next(iter(self._entries)))

    def drop_entity(self, entity_id: str) -> None:
        for key in self._by_entity.pop(entity_id, set()):
            self._remove(key)

    def _remove(self, key: Hashable) -> None:
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        entity_id, _value, size = entry
        self.bytes -= size
        keys = self._by_entity.get(entity_id)
        if keys is not None:
            keys.discard(key)
            if not keys:
                del self._by_entity[entity_id]
