"""The contract suite: the staged contract run, cassettes, drift detection and semantic invariants.

from bankconnect_contract import Options, run_contract
run_contract(Options(repo=Path("."), target="sandbox"))   # the same as `bankconnect contract --target sandbox`
"""

from .drift import analyze, read_cassette
from .invariants import INVARIANTS, check_entity
from .runner import Options, run_contract

__all__ = ["INVARIANTS", "Options", "analyze", "check_entity", "read_cassette", "run_contract"]
