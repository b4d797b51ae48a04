"""Cheap literal prechecks that let the extractor skip regex searches that cannot match.

Most of the extractor's time went into running tables of regular expressions
(metric phrases, industries, time expressions) over windows where almost none
of them can match. Every row of such a table needs some literal text: the
industrial-output row cannot match a window without 'output' or 'production'
in it. ``required_literals`` reads that out of the compiled pattern itself (a
set of strings, one of which every match contains), so the prechecks can
never drift from the lexicon; ``Gate.may_match`` tests them with plain
substring checks on case-folded text, which cost a fraction of a regex search.

A precheck is only ever a necessary condition: when it passes, the pattern
runs as before, so results are exactly those of running every pattern.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser

from orchestration.extract.firstchar import guarded

# Under re.IGNORECASE these non-ASCII letters match ASCII ones ('ſ' matches 's', the
# Kelvin sign 'k', dotted and dotless I 'i'); str.lower() alone does not map all of them
# (and turns 'İ' into two characters), so they are mapped first, keeping offsets aligned.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` lowercased the way re.IGNORECASE compares it, with the same length."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def _uncased(code: int) -> bool:
    """A literal whose case-insensitive match is only itself (ASCII, or a CJK character, '：')."""
    ch = chr(code)
    return code < 128 or (ch.lower() == ch == ch.upper() and ch.casefold() == ch)


# Words so common that requiring them selects nothing: counted as one character long
_COMMON = {"in", "of", "for", "by", "to", "the", "and", "a", "an", "at", "on", "as", "is", "was", "with"}


def _score(literals: frozenset[str]) -> tuple[int, int]:
    # the more selective set: the longest shortest literal, then the fewest literals
    shortest = min(1 if lit.strip() in _COMMON else len(lit) for lit in literals)
    return min(shortest, 8), -len(literals)


_MAX_EXACT = 16  # beyond this many spellings a sub-pattern's exact text is not tracked


def _char(code: int, cased: bool) -> str | None:
    """A literal character as the precheck compares it: itself when case matters, else folded."""
    if cased:
        return chr(code)
    return chr(code).lower() if _uncased(code) else None


def _exact(op, av, limit: int = _MAX_EXACT, cased: bool = False) -> frozenset[str] | None:
    """Every text a single item can match, when that is a small set of strings."""
    if op is C.LITERAL:
        ch = _char(av, cased)
        return None if ch is None else frozenset([ch])
    if op is C.IN:
        chars = [_char(a, cased) if o is C.LITERAL else None for o, a in av]
        return None if None in chars else frozenset(chars)
    if op is C.SUBPATTERN:
        return _exact_sequence(av[-1], limit, cased)
    if op is C.BRANCH:
        branches = [_exact_sequence(b, limit, cased) for b in av[1]]
        if all(b is not None for b in branches) and sum(map(len, branches)) <= limit:
            return frozenset().union(*branches)
        return None
    if op is C.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # '(?:es)?'
        inner = _exact_sequence(av[2], limit, cased)
        return None if inner is None else inner | {""}
    return None


def _exact_sequence(items, limit: int = _MAX_EXACT, cased: bool = False) -> frozenset[str] | None:
    texts = frozenset([""])
    for op, av in items:
        if op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
            continue  # matches no text
        item = _exact(op, av, limit, cased)
        if item is None or len(texts) * len(item) > limit:
            return None
        texts = frozenset(a + b for a in texts for b in item)
    return texts


def _required(items, cased: bool) -> frozenset[str] | None:
    """Literals one of which every match of the sequence ``items`` contains; None when unknown."""
    candidates = _all_required(items, cased)
    return max(candidates, key=_score) if candidates else None


def _all_required(items, cased: bool = False) -> list[frozenset[str]]:
    """Sets of literals such that every match of ``items`` contains a literal of each set.

    Runs of items whose exact spellings are known are joined ('to be (?:achieved|reached)'
    requires 'to be achieved' or 'to be reached'); of the candidate sets, the most
    selective is kept.
    """
    candidates: list[frozenset[str]] = []
    run = frozenset([""])

    def close_run():
        if "" not in run:
            candidates.append(run)

    for op, av in items:
        item = _exact(op, av, _MAX_EXACT, cased)
        if item is not None and len(run) * len(item) <= _MAX_EXACT:
            run = frozenset(a + b for a in run for b in item)
            continue
        close_run()
        if item is not None:  # exact but too many combinations: start a new run with it
            run = item
            continue
        run = frozenset([""])
        found = None
        if op is C.SUBPATTERN:
            found = _required(av[-1], cased)
        elif op is C.ATOMIC_GROUP:
            found = _required(av, cased)
        elif op is C.BRANCH:
            branches = [_required(b, cased) for b in av[1]]
            if all(branches):
                found = frozenset().union(*branches)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2], cased)
        # anything else (classes, anchors, lookarounds, back references) requires nothing known
        if found:
            candidates.append(found)
    close_run()
    return candidates


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase strings one of which every match of ``pattern`` contains, or None.

    >>> sorted(required_literals(re.compile(r"\\b(?:tax(?:es)? revenue|total tax)\\b", re.I)))
    ['tax revenue', 'taxes revenue', 'total tax']
    >>> required_literals(re.compile(r"\\d+")) is None
    True
    """
    sets = required_literal_sets(pattern)
    return sets[0] if sets else None


def is_cased(pattern: re.Pattern[str]) -> bool:
    """True for a pattern that matches letters in their case only (no re.I, no '(?i')."""
    return not pattern.flags & re.IGNORECASE and "(?i" not in pattern.pattern


def required_literal_sets(pattern: re.Pattern[str], most: int = 2) -> list[frozenset[str]]:
    """Up to ``most`` literal sets, the most selective first; every match has a literal of each.

    The literals are lowercase, to be looked for in folded text, except for a cased
    pattern (``is_cased``), whose literals are looked for as they are written.
    """
    try:
        candidates = _all_required(_parser.parse(pattern.pattern, pattern.flags), is_cased(pattern))
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no precheck
        return []
    return sorted(set(candidates), key=_score, reverse=True)[:most]


def exact_spellings(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every text ``pattern`` matches, lowercased, for a pattern of plain alternatives.

    >>> sorted(exact_spellings(re.compile(r"exceed(?:s|ed)?|at least", re.I)))
    ['at least', 'exceed', 'exceeded', 'exceeds']
    """
    spellings = _exact_sequence(_parser.parse(pattern.pattern, pattern.flags), limit=4096)
    if spellings is None or "" in spellings:
        raise ValueError(f"not a finite set of spellings: {pattern.pattern!r}")
    return spellings


class Gate:
    """A pattern's precheck: ``may_match(folded)`` is False only when the pattern cannot match.

    The text must hold a literal of each of (at most two) sets, e.g. a preposition and a
    month name for 'in March 2021'. For a cased pattern (``cased``) the text tested is
    the text itself, not folded.
    """

    __slots__ = ("cased", "literal_sets", "max_width")

    def __init__(self, pattern: re.Pattern[str]):
        self.cased = is_cased(pattern)
        try:
            widest = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
        except Exception:  # noqa: BLE001 - no bound known
            widest = C.MAXREPEAT
        self.max_width = widest if widest < C.MAXREPEAT else None  # of a match; None: unbounded
        # a literal that contains another one of its set adds nothing to the test
        self.literal_sets = tuple(
            tuple(sorted(lit for lit in literals if not any(other != lit and other in lit for other in literals)))
            for literals in required_literal_sets(pattern))

    def may_match(self, folded: str) -> bool:
        return _has_each(self.literal_sets, folded)


class Prechecked:
    """A compiled pattern with its precheck.

    ``search(text, folded)`` is ``pattern.search(text)``, skipped when ``folded`` lacks
    every literal the pattern needs. ``folded`` is ``fold(text)``, or the folded text of
    a span containing ``text`` (the sentence a window was cut from): a literal missing
    from the whole sentence is missing from every window of it, so one fold per
    sentence serves all the windows cut from it.
    """

    __slots__ = ("_last", "cased", "gate", "literal_sets", "pattern")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = guarded(pattern)  # the same matches, fewer positions tried (see firstchar)
        self.gate = Gate(pattern)
        self.cased, self.literal_sets = self.gate.cased, self.gate.literal_sets  # read on every window
        # The last text tested and the answer, (text, passed): the windows of one sentence
        # share its folded text (the same object), so the literals are looked for once per
        # sentence, not per window. Held by reference, the text cannot be freed and its id
        # reused; one tuple, replaced whole, so that threads never see a mixed pair.
        self._last: tuple[str | None, bool] = (None, True)

    def may_match(self, text: str, folded: str | None = None) -> bool:
        """False when the pattern cannot match ``text``; ``folded`` as for ``search``."""
        probe = text if self.cased else fold(text) if folded is None else folded
        last = self._last
        if last[0] is not probe:
            last = self._last = (probe, _has_each(self.literal_sets, probe))
        return last[1]

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """``pattern.search(text)``; ``folded`` is not used for a cased pattern."""
        probe = text if self.cased else fold(text) if folded is None else folded
        last = self._last  # may_match, inlined: this runs for every window
        if last[0] is not probe:
            last = self._last = (probe, _has_each(self.literal_sets, probe))
        return self.pattern.search(text) if last[1] else None

    def finditer(self, text: str, folded: str | None = None):
        """``pattern.finditer(text)``, or nothing when the precheck fails."""
        return self.pattern.finditer(text) if self.may_match(text, folded) else iter(())


def _trie(literals: list[str]) -> str:
    """A regex matching, at a position, the longest of ``literals`` that starts there.

    Alternatives branch on distinct next characters and longer tails are optional and
    greedy, so the engine tries one branch per character (a plain alternation would try
    every literal at every position).
    """
    by_first: dict[str, list[str]] = {}
    for literal in literals:
        by_first.setdefault(literal[0], []).append(literal[1:])
    branches = []
    for first, tails in sorted(by_first.items()):
        rest = [t for t in tails if t]
        branch = re.escape(first)
        if rest:
            sub = _trie(rest)
            branch += f"(?:{sub})?" if "" in tails else f"(?:{sub})"
        branches.append(branch)
    return "|".join(branches)


class GatedTable:
    """Rows of (pattern, value) with their prechecks, tested all at once.

    ``candidates(folded)`` gives, in row order, the rows that may match a text and where
    to start scanning for their matches. One regex (a trie of the literals of every row's
    first set) run over the folded text finds which of them occur, where testing each
    row's literals in turn would cost a substring search per literal per row; a row's
    other literal sets are then tested only for the rows that passed.
    """

    def __init__(self, rows):
        # each row's pattern guarded by its first characters (see firstchar): the same matches
        self.rows = [(guarded(pattern), value, Gate(pattern)) for pattern, value in rows]
        # the literals of each row's first (most selective) set; the others are tested per row
        literals = sorted({lit for _, _, gate in self.rows if not gate.cased and gate.literal_sets
                           for lit in gate.literal_sets[0]})
        self._finder = re.compile(_trie(literals)) if literals else None
        # the literals a found one stands for: itself and those it starts with (found at the same place)
        self._implied = {lit: [other for other in literals if lit.startswith(other)] for lit in literals}
        self._always = []  # rows with no precheck: always candidates
        self._by_literal: dict[str, list[int]] = {}  # literal of a row's first set -> rows
        for index, (_, _, gate) in enumerate(self.rows):
            if gate.cased or not gate.literal_sets:
                self._always.append(index)
                continue
            for literal in gate.literal_sets[0]:
                self._by_literal.setdefault(literal, []).append(index)

    def candidates(self, folded: str) -> list[tuple[re.Pattern[str], object, int]]:
        """(pattern, value, start) of the rows that may match the text ``folded`` is of.

        A match holds a literal of the row's first set and spans at most ``max_width``
        characters, so none starts before (first such literal - max_width): scanning from
        there, as ``pattern.finditer(text, start)``, finds what a scan from 0 finds.
        """
        first: dict[str, int] = {}  # literal -> where it first occurs
        if self._finder is not None:
            search, pos, implied = self._finder.search, 0, self._implied
            while (m := search(folded, pos)) is not None:
                at, found = m.start(), m.group()
                if found not in first:  # else it and all it stands for were found earlier
                    for literal in implied[found]:
                        if literal not in first:
                            first[literal] = at
                pos = at + 1
        if not first and not self._always:
            return []  # no row's literal occurs (most texts): nothing to sort or test
        hit = set(self._always)
        for literal in first:
            rows = self._by_literal.get(literal)
            if rows:
                hit.update(rows)
        out = []
        for index in sorted(hit):
            pattern, value, gate = self.rows[index]
            if gate.cased or not gate.literal_sets:
                out.append((pattern, value, 0))
                continue
            if not _has_each(gate.literal_sets, folded, 1):
                continue
            start = 0
            if gate.max_width is not None:
                start = max(0, _first_of(gate.literal_sets[0], first) - gate.max_width)
            out.append((pattern, value, start))
        return out


def _has_each(literal_sets: tuple[tuple[str, ...], ...], folded: str, skip: int = 0) -> bool:
    """True when ``folded`` holds a literal of each set after the first ``skip`` ones.

    (Plain loops: this runs for every candidate row, where generator expressions cost more.)
    """
    for literals in literal_sets[skip:] if skip else literal_sets:
        for literal in literals:
            if literal in folded:
                break
        else:
            return False
    return True


def _first_of(literals: tuple[str, ...], first: dict[str, int]) -> int:
    """Where the earliest of ``literals`` occurs, given where each found one first occurs."""
    at = None
    for literal in literals:
        found = first.get(literal)
        if found is not None and (at is None or found < at):
            at = found
    return at
