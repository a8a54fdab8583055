from typing import Literal

StatementSource = Literal["online", "pdf"]

STATEMENT_SOURCE_VALUES: set[StatementSource] = {
    "online",
    "pdf",
}


def check_statement_source(value: str) -> StatementSource:
    """Return ``value`` unchanged. Values outside STATEMENT_SOURCE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_statement_source(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in STATEMENT_SOURCE_VALUES
