"""The contract suite: the staged contract run, cassettes, drift detection and semantic invariants."""
