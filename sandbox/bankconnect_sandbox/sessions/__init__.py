"""The session flow in the sandbox (issue #24): ``Sessions`` answers the operations tagged ``sessions``."""

from ._service import SESSIONS_TAG, Sessions

__all__ = ["SESSIONS_TAG", "Sessions"]
