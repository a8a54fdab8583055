"""The contract suite: the staged contract run, cassettes, drift detection and semantic invariants.

from bankconnect_contract import Options, run_contract
run_contract(Options(repo=Path("."), target="sandbox"))   # the same as `bankconnect contract --target sandbox`
"""

from .drift import analyze, read_cassette
from .invariants import INVARIANTS, SESSION_INVARIANTS, check_entity, check_session
from .run.runner import run_contract
from .stage import ContractError, Options

__all__ = [
    "INVARIANTS",
    "SESSION_INVARIANTS",
    "ContractError",
    "Options",
    "analyze",
    "check_entity",
    "check_session",
    "read_cassette",
    "run_contract",
]
