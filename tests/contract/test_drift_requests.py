"""Reading a multipart request's fields for the request checks: by the declared boundary, whatever the file."""

from __future__ import annotations

from bankconnect_contract.drift.request_checks import FIELDS_CONTENT_TYPE, fields_as_multipart, multipart_fields

PDF = b'%PDF-1.4\r\n--not-a-boundary\r\ncontent-disposition: form-data; name="fake"\r\n\r\nx\r\n' * 1000


def upload(boundary: bytes, preamble: bytes = b"") -> bytes:
    return b"".join(
        (
            preamble,
            b"--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="s.pdf"\r\n',
            b"Content-Type: application/pdf\r\n\r\n" + PDF + b"\r\n",
            b"--" + boundary + b'\r\nContent-Disposition: form-data; name="bank_name"\r\n\r\naxis\r\n',
            b"--" + boundary + b'\r\ncontent-disposition: form-data; name="link_id"\r\n\r\n\r\n',
            b"--" + boundary + b"--\r\n",
        )
    )


def test_fields_by_the_declared_boundary_with_a_preamble_and_a_file_that_looks_like_parts():
    fields = multipart_fields(upload(b"XyZ", b"a preamble\r\n"), 'multipart/form-data; boundary="XyZ"')
    assert fields == {"file": "(file)", "bank_name": "axis", "link_id": ""}


def test_fields_by_the_first_line_when_no_boundary_is_declared():
    assert multipart_fields(upload(b"q1w2e3"), "multipart/form-data") == {
        "file": "(file)",
        "bank_name": "axis",
        "link_id": "",
    }


def test_what_is_not_multipart_has_no_fields():
    assert multipart_fields(b"", "multipart/form-data") == {}
    assert multipart_fields(b"link_id=u", "multipart/form-data") == {}
    assert multipart_fields(b"--b\r\nno headers end", "multipart/form-data; boundary=b") == {}


def test_the_fields_written_back_read_the_same():
    fields = {"file": "(file)", "entity_id": "e-1", "pdf_password": ""}
    assert multipart_fields(fields_as_multipart(fields), FIELDS_CONTENT_TYPE) == fields
