"""What the sandbox checks in an uploaded statement PDF, and a small writer for test statements.

The sandbox does not parse bank statements. It checks that the file is a PDF with text (else status 6),
opens password-protected ones with the given password (else status 3), reads which bank the text names
(for status 4 and bankless detection) and whether it has date/amount/balance columns (else status 7).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from .synth import BANKS


@dataclass(frozen=True)
class Inspection:
    status: int | None  # an upload refusal code, or None when the statement can be processed
    message: str
    bank: str | None = None  # the bank identifier the text names
    account_number: str | None = None


def _bank_in(text: str) -> str | None:
    lowered = text.lower()
    match = re.search(r"bank:\s*([a-z_]+)", lowered)
    if match:
        return match.group(1)
    for ident, _prefix, name in BANKS:
        if name.lower() in lowered:
            return ident
    return None


def inspect(data: bytes, password: str | None) -> Inspection:
    if not data.startswith(b"%PDF"):
        return Inspection(6, "PDF is not parsable")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            if not password or not reader.decrypt(password):
                return Inspection(3, "Password incorrect")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, NotImplementedError):
        return Inspection(6, "PDF is not parsable")
    if not text.strip():
        return Inspection(6, "PDF is not parsable")
    if not all(word in text.lower() for word in ("date", "amount", "balance")):
        return Inspection(7, "Could not find date, amount and balance columns in the statement")
    account = re.search(r"account(?: no\.?| number)?:\s*(\d{6,20})", text, re.IGNORECASE)
    return Inspection(None, "", _bank_in(text), account.group(1) if account else None)


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def statement_pdf(lines: list[str], password: str | None = None) -> bytes:
    """A one-page PDF whose text is ``lines`` (optionally password protected)."""
    stream = "BT /F1 10 Tf 50 780 Td 14 TL " + " ".join(f"({_escape(line)}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    if password is None:
        return data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, algorithm="AES-128")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    return encrypted.getvalue()


def sample_statement(
    bank: str = "axis",
    account_number: str = "917010045678321",
    password: str | None = None,
    holder: str = "Rahul Sharma",
) -> bytes:
    """A small, realistic-looking statement PDF the sandbox accepts."""
    name = next((n for ident, _p, n in BANKS if ident == bank), bank.upper())
    lines = [
        f"{name} - Statement of Account",
        f"Bank: {bank}",
        f"Account Number: {account_number}",
        f"Account holder: {holder}",
        "Date        Narration                      Amount     Balance",
        "01-05-2026  NEFT-INFOSYS LIMITED-SALARY      85,000.00  1,02,310.00",
        "03-05-2026  UPI/SWIGGY/swiggy@ybl                450.00  1,01,860.00",
    ]
    return statement_pdf(lines, password)
