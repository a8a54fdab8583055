"""An embedded, stateful BankConnect that behaves as the documentation says the real one does.

from bankconnect_sandbox import SandboxConfig, create_app
app = create_app(SandboxConfig(db=":memory:", processing_seconds=0))   # an ASGI app
"""

from .app import SandboxApp, create_app
from .config import SandboxConfig
from .pdf import sample_statement, statement_pdf

__all__ = ["SandboxApp", "SandboxConfig", "create_app", "sample_statement", "statement_pdf"]
