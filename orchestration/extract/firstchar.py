"""Let the regex engine skip, in one cheap test, the positions where a pattern cannot start.

Python's engine scans fast only for a pattern that starts with a literal or a
character set ('the ...', '[.!?]...'). A pattern that starts with '\\b', a
lookbehind, an optional group or a case-insensitive alternation is tried in
full at every position of the text: entering each alternative of
'\\b(?:one|two|three|...)' at every word start is what made number and
entity scans slow. Most positions, though, hold a character no match can
start with.

``guarded(pattern)`` reads the characters a match can start with out of the
compiled pattern and puts a one-character lookahead test in front of it:
``(?=[<first characters>])<pattern>``. The lookahead consumes nothing, has no
groups, and passes at every position where the pattern can match, so the
guarded pattern finds exactly the matches, spans and groups of the original;
it only rejects the other positions sooner. The class is compiled with the
pattern's own flags, so under re.IGNORECASE it folds case exactly as the
pattern's literals do.
"""

from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as C  # noqa: N812 - the parser's opcodes

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


class _Unknown(Exception):
    """The first characters of a sub-pattern are not a plain set of characters."""


def _first_of_item(op, av, flags: int) -> tuple[list[str], bool]:
    """(class items a match of this item can start with, whether it can match no text)."""
    if op is C.LITERAL:
        return [re.escape(chr(av))], False
    if op is C.IN:
        items = []
        for item_op, item_av in av:
            if item_op is C.LITERAL:
                items.append(re.escape(chr(item_av)))
            elif item_op is C.RANGE:
                items.append(f"{re.escape(chr(item_av[0]))}-{re.escape(chr(item_av[1]))}")
            elif item_op is C.CATEGORY and item_av in _CATEGORIES:
                items.append(_CATEGORIES[item_av])
            else:  # a negated set, a negated category: nearly every character
                raise _Unknown
        return items, False
    if op in _ZERO_WIDTH:
        return [], True  # consumes nothing: the next item supplies the first character
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown  # '(?i:...)' inside: its letters fold differently from the guard's
        return _first_of_sequence(sub, flags)
    if op is C.ATOMIC_GROUP:
        return _first_of_sequence(av, flags)
    if op is C.BRANCH:
        items, empty = [], False
        for branch in av[1]:
            branch_items, branch_empty = _first_of_sequence(branch, flags)
            items += branch_items
            empty = empty or branch_empty
        return items, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        items, empty = _first_of_sequence(sub, flags)
        return items, empty or low == 0
    raise _Unknown  # any character, back references, conditionals


def _first_of_sequence(items, flags: int) -> tuple[list[str], bool]:
    first: list[str] = []
    for op, av in items:
        item_first, empty = _first_of_item(op, av, flags)
        first += item_first
        if not empty:
            return first, False
    return first, True


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """A character class holding every character a match of ``pattern`` can start with.

    None when that is not known, or when the pattern can match no text.

    >>> first_characters(re.compile(r"\\b(?:one|two)\\b|\\d+"))
    '[\\\\dot]'
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        items, empty = _first_of_sequence(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    except _Unknown:
        return None
    if empty or not items:
        return None
    return "[" + "".join(sorted(set(items))) + "]"


def _scans_fast(pattern: re.Pattern[str]) -> bool:
    """True when the engine already skips ahead for this pattern.

    It does for a literal or set prefix, and tries a pattern opening with '^' at the
    start only: a guard in front would hide either from it.
    """
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.data and parsed.data[0][0] is C.AT and parsed.data[0][1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return True
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, pattern.flags)
    return bool(prefix) or _compiler._get_charset_prefix(parsed, pattern.flags) is not None


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead on its first character in front: the same matches, found sooner.

    The pattern itself when the first characters are unknown or the engine already
    scans for a prefix of the pattern.
    """
    if pattern.pattern.startswith("(?=["):
        return pattern  # guarded already (or guarded by hand)
    first = first_characters(pattern)
    if first is None or _scans_fast(pattern):
        return pattern
    try:
        return re.compile(f"(?={first}){pattern.pattern}", pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern
