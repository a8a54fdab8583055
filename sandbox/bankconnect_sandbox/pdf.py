"""What the sandbox checks in an uploaded statement PDF, and a small writer for test statements.

The sandbox does not parse transactions. It checks that the file is a PDF with text (else status 6), opens
password-protected ones with the given password (else status 3), and hands the text to ``extraction``: the
bank it names (status 4, bankless detection and status 5, in that order), its columns (status 7), holder,
account number, IFSC and period. Upload-time fraud comes from the PDF's metadata (``metadata_fraud``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from pypdf import PdfReader, PdfWriter

from .extraction import EXTRACT_CHARS, Extraction, extract, missing_columns
from .synth import BANKS

# Producers and creators that edit PDFs rather than print them from a bank's core system.
EDITING_TOOLS = ("acrobat", "ilovepdf", "smallpdf", "sejda", "pdfescape", "foxit phantompdf", "nitro", "pdf-xchange")


@dataclass(frozen=True)
class Inspection:
    """A readable statement's text, what it says, and its metadata; or why it cannot be read."""

    status: int | None  # an upload refusal code (3 or 6), or None when the text could be read
    message: str = ""
    text: str = ""
    found: Extraction = field(default_factory=Extraction)
    edited: bool = False  # the metadata shows an editing tool or a modification after creation
    page_count: int = 0  # the pages of the PDF, which upload answers report

    @property
    def missing_columns(self) -> list[str]:
        return missing_columns(self.text)


def _pdf_date(value: object) -> datetime | None:
    text = str(value or "").removeprefix("D:")[:14]
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%S")
    except ValueError:
        return None


def metadata_fraud(metadata: dict[str, object] | None) -> bool:
    """True when the document info says the PDF was edited: an editing producer, or modified after creation."""
    if not metadata:
        return False
    tools = f"{metadata.get('/Producer', '')} {metadata.get('/Creator', '')}".lower()
    if any(tool in tools for tool in EDITING_TOOLS):
        return True
    created, modified = _pdf_date(metadata.get("/CreationDate")), _pdf_date(metadata.get("/ModDate"))
    return bool(created and modified and modified > created)


def inspect(data: bytes, password: str | None) -> Inspection:
    if not data.startswith(b"%PDF"):
        return Inspection(6, "PDF is not parsable")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            if not password or not reader.decrypt(password):
                return Inspection(3, "Password incorrect")
        pages: list[str] = []
        for page in reader.pages:  # the header is on the first pages: read no further than extraction looks
            pages.append(page.extract_text() or "")
            if sum(map(len, pages)) >= EXTRACT_CHARS:
                break
        text = "\n".join(pages)[:EXTRACT_CHARS]
        metadata = dict(reader.metadata or {})
    except Exception:  # pypdf's limits (LimitReachedError), and anything else a hostile file
        return Inspection(6, "PDF is not parsable")  # makes the reader raise: the file is not parsable
    if not text.strip():
        return Inspection(6, "PDF is not parsable")
    return Inspection(None, "", text, extract(text), metadata_fraud(metadata), len(reader.pages))


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def statement_pdf(lines: list[str], password: str | None = None, metadata: dict[str, str] | None = None) -> bytes:
    """A one-page PDF whose text is ``lines``, optionally with document info and password protection."""
    stream = "BT /F1 10 Tf 50 780 Td 14 TL " + " ".join(f"({_escape(line)}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    info = ""
    if metadata:
        objects.append("<< " + " ".join(f"/{k.lstrip('/')} ({_escape(v)})" for k, v in metadata.items()) + " >>")
        info = f" /Info {len(objects)} 0 R"
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    if password is None:
        return data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, algorithm="AES-128")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    return encrypted.getvalue()


# The layouts sample_statement() can print: ours, and the header and columns of three real Indian formats.
LAYOUTS = ("contract", "hdfc", "sbi", "icici")


def _layout_lines(layout: str, bank_name: str, bank: str, account_number: str, holder: str, ifsc: str) -> list[str]:
    if layout == "hdfc":  # HDFC Bank's net-banking statement
        return [
            bank_name,
            f"Account holder : {holder}",
            "Address : 14 MG Road, Bengaluru, Karnataka 560001",
            f"Account No : {account_number}   A/C Open Date : 12/03/2016",
            f"RTGS/NEFT IFSC : {ifsc}",
            "Statement From : 01/04/2026 To : 30/06/2026",
            "Date  Narration  Chq./Ref.No.  Value Dt  Withdrawal Amt.  Deposit Amt.  Closing Balance",
            "01/04/26  NEFT CR-CITI0000001-INFOSYS LIMITED-SALARY APR  0000412  01/04/26    85,000.00  1,02,310.00",
            "03/04/26  UPI-SWIGGY-SWIGGY@YBL-YESB0YBLUPI  0000413  03/04/26  450.00    1,01,860.00",
        ]
    if layout == "sbi":  # State Bank of India's account statement
        return [
            bank_name,
            f"Account Name : {holder}",
            "Address : 22 Anna Salai, Chennai, Tamil Nadu 600002",
            f"Account Number : {account_number}",
            f"IFS Code : {ifsc}",
            "Statement period : 01-04-2026 to 30-06-2026",
            "Txn Date  Value Date  Description  Ref No./Cheque No.  Debit  Credit  Balance",
            "1 Apr 2026  1 Apr 2026  BY TRANSFER-NEFT*INFOSYS LIMITED  TRANSFER FROM 4897  -  85,000.00  1,02,310.00",
            "3 Apr 2026  3 Apr 2026  TO TRANSFER-UPI/DR/SWIGGY  TRANSFER TO 4897  450.00  -  1,01,860.00",
        ]
    if layout == "icici":  # ICICI Bank's detailed statement
        return [
            bank_name,
            f"Customer Name : {holder}",
            f"A/C No : {account_number}",
            f"IFSC : {ifsc}",
            "Transactions for the period From : 01-04-2026 To : 30-06-2026",
            "Value Date  Transaction Date  Cheque Number  Particulars  Dr  Cr  Balance",
            "01-04-2026  01-04-2026  -  NEFT-INFOSYS LIMITED SALARY  -  85000.00  102310.00",
            "03-04-2026  03-04-2026  -  UPI/SWIGGY/PAYMENT  450.00  -  101860.00",
        ]
    return [  # this project's own compact layout
        f"{bank_name} - Statement of Account",
        f"Bank: {bank}",
        f"Account Number: {account_number}",
        f"Account holder: {holder}",
        f"IFSC: {ifsc}",
        "Statement period: 01-05-2026 to 31-07-2026",
        "Date        Narration                      Amount     Balance",
        "01-05-2026  NEFT-INFOSYS LIMITED-SALARY      85,000.00  1,02,310.00",
        "03-05-2026  UPI/SWIGGY/swiggy@ybl                450.00  1,01,860.00",
    ]


def sample_statement(
    bank: str = "axis",
    account_number: str = "917010045678321",
    password: str | None = None,
    holder: str = "Rahul Sharma",
    layout: str = "contract",
    metadata: dict[str, str] | None = None,
) -> bytes:
    """A small, realistic-looking statement PDF the sandbox accepts, printed in one of ``LAYOUTS``."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown statement layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    name, prefix = next(((n, p) for ident, p, n in BANKS if ident == bank), (bank.upper(), "BANK"))
    ifsc = f"{prefix}0{int(account_number[-6:]) if account_number[-6:].isdigit() else 1:06d}"
    lines = _layout_lines(layout, name, bank, account_number, holder, ifsc)
    info = {"Producer": f"{name} statement service", "CreationDate": "D:20260801090000"}
    return statement_pdf(lines, password, {**info, **(metadata or {})})
