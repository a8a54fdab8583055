"""Drift: what recorded (or live) answers show that the spec does not say.

Each finding is classified for existing clients:

- **breaking**: a required field missing, a type, format, pattern or range that no longer matches, a status
  code, content type or operation the spec does not document;
- **additive**: a field the spec does not know, a value outside a documented (open) enumeration;
- **semantic**: answers that each conform but disagree with each other (an invariant broken);
- **request**: what a team's client sent that the spec does not describe (proxy, HAR).

The package by job: ``exchange`` (what is read), ``inputs`` (cassettes, HAR), ``analyzer`` (the walk and its
aggregation), ``findings`` (typed records), ``problems`` (the codes and their classes), ``request_checks`` (the
request side), ``overlay`` (patches proposed from additive drift), ``render`` (text, JSON), ``live``.
"""

from .analyzer import Analyzer, Counted, analyze
from .exchange import Exchange, InputError
from .findings import Difference, Finding, FindingKey
from .inputs import cassette_files, exchanges_of, load_recording, read_cassette, read_har, read_input
from .live import live_exchanges
from .overlay import overlay
from .problems import ADDITIVE, BREAKING, PROBLEMS, REQUEST, SEMANTIC, Problem
from .render import render_json, render_text

__all__ = [
    "ADDITIVE",
    "BREAKING",
    "PROBLEMS",
    "REQUEST",
    "SEMANTIC",
    "Analyzer",
    "Counted",
    "Difference",
    "Exchange",
    "Finding",
    "FindingKey",
    "InputError",
    "Problem",
    "analyze",
    "cassette_files",
    "exchanges_of",
    "load_recording",
    "live_exchanges",
    "overlay",
    "read_cassette",
    "read_har",
    "read_input",
    "render_json",
    "render_text",
]
