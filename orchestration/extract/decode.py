"""Turn a file's bytes into text, or say in one line why it cannot be read.

Accepted: UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (with
a byte-order mark, or UTF-16 recognised by its zero bytes), and GB18030 (the
superset of GBK and GB2312 that Chinese sources are saved in). UTF-8 text
that carries mojibake ('Ã©' for 'é') is repaired with ftfy, the library that
exists for exactly that, instead of hand-written replacement tables. Other
legacy encodings are rejected with the offending byte and charset-normalizer's
guess of what the file is, so that a user can convert it; guessing a
Western code page silently would corrupt figures without anyone noticing.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Share of control characters above which a decodable file is still binary.
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
# Control characters other than the allowed ones, and characters beyond ASCII, counted by the
# regex engine: a loop over the characters in Python took most of ingestion's time.
_CONTROLS = re.compile("[" + "".join(re.escape(chr(c)) for c in range(32) if chr(c) not in _ALLOWED_CONTROLS) + "]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SIGNATURES = [
    (b"\x89PNG", "PNG image"), (b"PK\x03\x04", "ZIP archive"), (b"%PDF", "PDF document"),
    (b"GIF8", "GIF image"), (b"\xff\xd8\xff", "JPEG image"), (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"), (b"\xd0\xcf\x11\xe0", "MS Office document"), (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7z archive"), (b"BM", None),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


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
    >>> decode_document("开发区工业总产值".encode("gb18030")).encoding
    'gb18030'
    >>> decode_document(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR").reason
    'binary file (PNG image)'
    """
    if not data:
        return Decoded(None, None, "empty file")
    for signature, kind in _SIGNATURES:
        if kind and data.startswith(signature):
            return Decoded(None, None, f"binary file ({kind})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data, encoding)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        return utf16 if utf16 is not None else Decoded(None, None, "binary file: contains NUL bytes")
    try:
        return _checked(_repaired(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and len(_CJK.findall(text)) >= 0.3 * len(_NON_ASCII.findall(text)):
        return _checked(text, "gb18030")
    guess = _guess(data)
    return Decoded(None, None, f"not valid UTF-8 (nor GB18030): byte 0x{data[first_bad]:02x} at offset "
                               f"{first_bad}{f'; it looks like {guess}' if guess else ''}")


def _with_bom(data: bytes, encoding: str) -> Decoded:
    # Plain "utf-8" keeps a byte-order mark as U+FEFF, so that evidence offsets
    # are indices into the file decoded as UTF-8, as FACTS.md defines them.
    label = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        return _checked(data.decode(encoding), label)
    except UnicodeDecodeError as exc:
        return Decoded(None, None, f"not valid {encoding.upper()}: {exc.reason} at offset {exc.start}")


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text saved without a byte-order mark: every other byte of ASCII is zero."""
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if len(zeros) > 4 and zeros.count(0) > 0.4 * len(zeros):
            try:
                return _checked(data.decode(codec), codec)
            except UnicodeDecodeError:
                return None
    return None


def _repaired(text: str) -> str:
    """UTF-8 text that was once decoded the wrong way ('RMBÂ 68.57') gets its characters back."""
    import ftfy

    if text.isascii():
        return text
    return ftfy.fix_encoding(text) if ftfy.is_bad(text) else text


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip() or not text.replace("\ufeff", "").strip():
        return Decoded(None, encoding, "no text: whitespace only")
    controls = len(_CONTROLS.findall(text))
    if controls / len(text) > _MAX_CONTROL_SHARE:
        return Decoded(None, encoding, f"binary file: {controls} control characters")
    return Decoded(text, encoding, None)
