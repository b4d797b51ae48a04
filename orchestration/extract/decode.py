"""Turn a file's bytes into text, or say in one line why it cannot be read.

Only encodings that announce themselves are accepted here: UTF-8 (with or
without a byte-order mark) and UTF-16 with a byte-order mark. Anything else
is rejected with the offset of the first bad byte, so that a user can find
it; guessing legacy encodings is a decision for the ingestion layer, not for
this pure function.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Share of control characters above which a decodable file is still binary.
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


@dataclass(frozen=True)
class Decoded:
    """A decoded text, or the reason it could not be decoded."""

    text: str | None
    encoding: str | None
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.text is not None


def decode_document(data: bytes) -> Decoded:
    """Decode a document's bytes; never raises.

    >>> decode_document("Output rose 7.3%".encode()).text
    'Output rose 7.3%'
    >>> decode_document(b"").reason
    'empty file'
    >>> decode_document(b"caf\\xe9 au lait").reason
    'not valid UTF-8: byte 0xe9 at offset 3'
    >>> decode_document(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR").reason
    'binary file: contains NUL bytes'
    """
    if not data:
        return Decoded(None, None, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            return Decoded(None, None, f"not valid UTF-16: {exc.reason} at offset {exc.start}")
    if b"\x00" in data:
        return Decoded(None, None, "binary file: contains NUL bytes")
    # Plain "utf-8" keeps a byte-order mark as U+FEFF, so that evidence offsets
    # are indices into the file decoded as UTF-8, as FACTS.md defines them.
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        return Decoded(None, None, f"not valid UTF-8: byte 0x{bad:02x} at offset {exc.start}")
    return _checked(text, encoding)


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip():
        return Decoded(None, encoding, "no text: whitespace only")
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls / len(text) > _MAX_CONTROL_SHARE:
        return Decoded(None, encoding, f"binary file: {controls} control characters")
    return Decoded(text, encoding, None)
