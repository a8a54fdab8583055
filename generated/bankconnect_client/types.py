"""Contains some shared types for properties"""

import json
import math
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, TypeVar, Union

import msgspec
from attrs import define
from msgspec import Struct
from msgspec.structs import astuple

# msgspec's sentinel for a property the body left out (falsy, a singleton): the fast path's wire types can then
# say "absent" in a way msgspec understands, and hand the value to the models unchanged.
Unset = msgspec.UnsetType
UNSET: Unset = msgspec.UNSET

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


class NotJsonNumber(WrongType):
    """NaN, Infinity, -Infinity, or a number too large for a float (1e400, which json.loads reads as inf):
    not JSON, or not a number a lender can compute with. ``path`` says where it is."""

    def __init__(self, value: float) -> None:
        super().__init__("a finite number", value)
        self.found = (
            "NaN" if value != value else "Infinity" if value > 0 else "-Infinity"
        )

    def __str__(self) -> str:
        return (
            f"{self.where or 'the body'}: expected a finite number, got {self.found} (NaN and Infinity are not "
            "JSON; a number beyond a float's range, such as 1e400, reads as Infinity)"
        )


def _first_non_finite(value: Any) -> NotJsonNumber | None:
    """The first NaN or infinite number in decoded JSON, with its path; None when there is none."""
    if type(value) is float:
        return None if math.isfinite(value) else NotJsonNumber(value)
    steps: Any = (
        value.items()
        if type(value) is dict
        else enumerate(value)
        if type(value) is list
        else ()
    )
    for step, item in steps:
        found = _first_non_finite(item)
        if found is not None:
            return found.inside(step)
    return None


_decode_untyped = msgspec.json.Decoder().decode


def decode_json(content: bytes | str) -> Any:
    """A JSON body as dicts, lists and scalars, exactly as json.loads reads it, except that NaN, Infinity and
    numbers beyond a float's range are refused (NotJsonNumber, naming the path).

    msgspec reads it first (faster than json.loads, and it refuses those numbers by itself). What it refuses
    is read again by json.loads, which also accepts what msgspec does not (a lone surrogate escape, a UTF-16
    body), so that only the non-JSON numbers are new refusals; a malformed body raises JSONDecodeError there.
    """
    try:
        return _decode_untyped(content)
    except msgspec.DecodeError:
        pass
    data = json.loads(content, parse_constant=float)
    found = _first_non_finite(data)
    if found is not None:
        raise found
    return data


class NoFastPath(Exception):
    """A model the fast path does not decode (a property kind it leaves to from_dict, or one that contains
    itself); its bodies always take the checked path."""


_WIRE_TYPES: dict[type, type | None] = {}
_DECODERS: dict[type, "msgspec.json.Decoder[Any] | None"] = {}


def wire_type_of(model: type) -> type:
    """The wire type of a model (its ``_wire_type()``, built once). Raises NoFastPath for a model without
    one, or one that contains itself (msgspec would need the type while it is being made)."""
    if model not in _WIRE_TYPES:
        # None while it is built: a model that contains itself has no fast path.
        _WIRE_TYPES[model] = None
        try:
            _WIRE_TYPES[model] = model._wire_type()  # type: ignore[attr-defined]
        except (NoFastPath, NotImplementedError):
            pass
    wire = _WIRE_TYPES[model]
    if wire is None:
        raise NoFastPath(model.__name__)
    return wire


def wire_struct(
    name: str,
    fields: tuple[tuple[Any, ...], ...],
    *,
    rename: dict[str, str],
    forbid_unknown_fields: bool,
) -> type:
    """A wire Struct. gc=False: its instances are acyclic and live only until the models are built, so the
    cyclic collector need not track them."""
    return msgspec.defstruct(
        f"{name}Wire",
        fields,
        rename=rename or None,
        forbid_unknown_fields=forbid_unknown_fields,
        gc=False,
    )


def _decoder(model: type) -> "msgspec.json.Decoder[Any] | None":
    # TypeError: a type msgspec does not decode (e.g. a union of two models); the checked path takes those.
    try:
        decoder: msgspec.json.Decoder[Any] | None = msgspec.json.Decoder(
            wire_type_of(model)
        )
    except (NoFastPath, TypeError):
        decoder = None
    _DECODERS[model] = decoder
    return decoder


def parse_json(model: Any, content: bytes | str) -> Any:
    """``model`` from a JSON body: the fast path (typed wire structs, then the models) for a body the wire
    types accept, else ``model.from_dict(decode_json(content))``, the checked path, which decides every other
    case (unknown fields and values kept, WrongType with the path, malformed JSON)."""
    decoder = _DECODERS[model] if model in _DECODERS else _decoder(model)
    if decoder is not None:
        try:
            wire = decoder.decode(content)
        except (msgspec.DecodeError, RecursionError):
            pass
        else:
            return model._from_wire(wire)
    return model.from_dict(decode_json(content))


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "NoFastPath",
    "NoneType",
    "NotJsonNumber",
    "RequestFiles",
    "Response",
    "Struct",
    "Union",
    "Unset",
    "WrongType",
    "astuple",
    "decode_json",
    "first_wrong",
    "first_wrong_item",
    "json_type_name",
    "parse_json",
    "wire_struct",
    "wire_type_of",
]
