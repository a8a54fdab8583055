"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


NoneType = type(None)

_JSON_NAMES = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    NoneType: "null",
    list: "array",
    dict: "object",
}


def json_type_name(value: object) -> str:
    """The JSON name of a decoded value's type ("string", "number", "object" …)."""
    if isinstance(value, Mapping):
        return "object"
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _expected(allowed: tuple[type, ...]) -> str:
    names: list[str] = []
    for kind in allowed:
        if kind is Unset:
            continue
        name = (
            "object"
            if hasattr(kind, "from_dict")
            else _JSON_NAMES.get(kind, kind.__name__)
        )
        if kind is float and "integer" in names:
            names.remove("integer")
            name = "number"
        if name not in names:
            names.append(name)
    return " or ".join(names)


class WrongType(Exception):
    """A value in a response whose JSON type the contract does not allow.

    ``path`` is completed as the error leaves each enclosing model and list, so that it names the value from
    the top of the body (``transactions[17].amount``). Not a TypeError on purpose: union parsing catches
    TypeError to try its next branch, and must not swallow this.
    """

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(expected, json_type_name(value))
        self.expected = expected
        self.found = json_type_name(value)
        self.path: list[str | int] = []

    def inside(self, step: str | int) -> "WrongType":
        """Prepend the key or index of the enclosing object or array."""
        self.path.insert(0, step)
        return self

    @property
    def where(self) -> str:
        out = ""
        for step in self.path:
            out += (
                f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
            )
        return out

    def __str__(self) -> str:
        return f"{self.where or 'the body'}: expected {self.expected}, got {self.found}"


def first_wrong(
    entries: tuple[tuple[str, object, tuple[type, ...], tuple[type, ...] | None], ...],
) -> WrongType:
    """The slow path, once a model's fast check failed: the first (name, value, types, item types) that is off."""
    for name, value, allowed, items in entries:
        if type(value) not in allowed:
            return WrongType(_expected(allowed), value).inside(name)
        if items is not None and isinstance(value, list):
            for index, item in enumerate(value):
                if type(item) not in items:
                    return WrongType(_expected(items), item).inside(index).inside(name)
    return WrongType("a documented value", None)


def first_wrong_item(
    wrong: WrongType, items: list[object], build: "Callable[[object], object]"
) -> WrongType:
    """The slow path of a list of models: which item ``wrong`` came from (the items are built again to see)."""
    for index, item in enumerate(items):
        try:
            build(item)
        except WrongType as found:
            return found.inside(index)
    return wrong


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "NoneType",
    "RequestFiles",
    "Response",
    "Unset",
    "WrongType",
    "first_wrong",
    "first_wrong_item",
    "json_type_name",
]
