"""Releases: the spec compared with its last release tag (spec_diff.py, rules in release_rules.py, pointers into
the YAML in spec_source.py) and the release gate that checks the version bump (release.py)."""
