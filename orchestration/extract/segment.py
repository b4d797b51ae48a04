"""Split a document into lines and sentences, keeping offsets into the text.

Press releases of this genre break paragraphs with one or two newlines and
carry page furniture (menus, contact lines, copyright) around the article.
Each sentence keeps its absolute offsets so that facts can point back at
their evidence, and knows whether its line is a heading or boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations whose trailing dot does not end a sentence.
_ABBREVIATIONS = (
    "no", "nos", "sq", "co", "ltd", "inc", "corp", "st", "rd", "ave", "mr", "mrs", "ms", "dr",
    "approx", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "e.g", "i.e", "dept", "govt", "prof", "gen",
)
_SENTENCE_END = re.compile(r"[.!?。！？]+[\"'”’)]*(?=\s|$)|(?<=[a-z%])\.(?=[A-Z][a-z])")

_BOILERPLATE = re.compile(
    r"copyright|all rights reserved|\bicp\b|备\d|\btel\s*[:.：]|\bfax\s*[:：]|contact (number|us)|"
    r"^\s*address\s*[:：]|e-?mail\s*[:：]|wechat|qr code|^\s*(home|source|editor|host)\s*[:：>|]|"
    r"related (recommend|news|articles)|^\s*(print|share|close)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading line) with absolute offsets into the document."""

    start: int
    end: int
    text: str
    line_no: int
    heading: bool
    boilerplate: bool


TABLE_HEADER = re.compile(r"\b(?:indicators?|items?|values?|growth|units?|year-on-year|amount|index)\b", re.I)


def is_table_row(line: str) -> bool:
    """A row of a pipe table: cells holding figures, or a header naming indicators and growth."""
    return line.count("|") >= 2 and bool(re.search(r"\|\s*-?[\d(]", line) or TABLE_HEADER.search(line))


def _is_boilerplate(line: str) -> bool:
    if _BOILERPLATE.search(line):
        return True
    # Navigation menus: many short items separated by pipes or chevrons.
    return (line.count("|") >= 2 and not is_table_row(line)) or line.count(">") >= 2


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if stripped.endswith(":") or stripped.endswith("："):
        return True
    return len(stripped) < 120 and not _SENTENCE_END.search(stripped[-3:] + " ")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each inside one line.

    >>> [s.text for s in split_sentences("Area is 119.57 sq. km. It has 2 firms.\\nTitle")]
    ['Area is 119.57 sq. km.', 'It has 2 firms.', 'Title']
    """
    sentences: list[Sentence] = []
    offset = 0
    for line_no, line in enumerate(re.split(r"\r\n|\n|\r", text)):
        line_start, offset = offset, offset + len(line) + 1
        if text.startswith("\r\n", offset - 1):
            offset += 1
        if not line.strip():
            continue
        offset_in = line_start
        heading = _is_heading(line)
        boilerplate = _is_boilerplate(line)
        start = 0
        for end_match in _SENTENCE_END.finditer(line):
            end = end_match.end()
            if _protected(line, end_match.start()):
                continue
            _append(sentences, text, offset_in + start, offset_in + end, line_no, heading, boilerplate)
            start = end
        if line[start:].strip():
            _append(sentences, text, offset_in + start, offset_in + len(line), line_no, heading, boilerplate)
    return sentences


def _protected(line: str, dot: int) -> bool:
    """True when the dot at ``dot`` belongs to an abbreviation, not a sentence end."""
    if line[dot] != ".":
        return False
    word = re.search(r"([A-Za-z.]+)$", line[:dot])
    if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
        return True
    # A single capital letter before the dot is an initial (e.g. 'U.S.').
    return bool(word and len(word.group(1)) == 1 and word.group(1).isupper())


# A 'sentence' longer than this is not prose (a table flattened to one line,
# a dump): it is cut at spaces so that every later step works on bounded spans.
_MAX_SENTENCE = 2000


def _append(out: list[Sentence], text: str, start: int, end: int, line_no: int,
            heading: bool, boilerplate: bool) -> None:
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        _append(out, text, start, cut, line_no, heading, boilerplate)
        start = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end], line_no, heading, boilerplate))
