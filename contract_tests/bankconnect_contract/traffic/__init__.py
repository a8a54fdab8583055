"""A team's traffic: recorded cassettes (cassettes.py, replayed and checked with openapi-core in conformance.py) and
the recording proxy that checks live calls as they pass (proxy.py)."""
