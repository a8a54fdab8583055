"""The contract run: the runner, its stages in order, the target they call, the verdict and the reports.

registry.py lists the stages in run order (`--stage`, `--list-stages`); runner.py runs them (stages.py) against a
target (target.py, health.py) and decides the verdict (verdict.py), written as reports (reports.py); coverage.py
and sunset.py measure what the run saw; schemathesis_launcher.py and schemathesis.toml start Schemathesis;
secrets_scan.py checks that no report carries a credential.
"""
