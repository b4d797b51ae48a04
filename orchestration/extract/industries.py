"""Read which industries a sentence places in an area, and in what role.

An industry word counts only where the sentence talks about industries
(an 'industry', 'cluster', 'sector' or 'economy' nearby), so that 'big
data' in a slogan or 'New Materials Co., Ltd.' in a firm's name is not an
industry of the zone. The role is the nearest cue: 'leading', 'pillar' and
'dominated by' before the word, or 'as the characteristic industry' after.
"""

from __future__ import annotations

import re

from orchestration.extract import lexicon
from orchestration.extract.model import IndustryFact

_PATTERNS = [(re.compile(p, re.I), code) for p, code in lexicon.INDUSTRIES]
_ROLE_BEFORE = [(re.compile(p, re.I), role) for p, role in lexicon.ROLE_BEFORE]
_EMERGING_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:to be (?:built|developed|cultivated)|in the future|will)\b", re.I)
_CONTEXT = re.compile(r"industr|cluster|sector|economy|\bchain\b")


def industry_mentions(doc, text, sentence, entity_at, known_names) -> list[IndustryFact]:
    """Industry facts of one sentence, one per industry, in text order."""
    body = sentence.text
    taken: list[tuple[int, int, str]] = []
    for pattern, code in _PATTERNS:
        for m in pattern.finditer(body):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            taken.append((m.start(), m.end(), code))
    out: list[IndustryFact] = []
    seen: set[str] = set()
    for start, end, code in sorted(taken):
        word = body[start:end]
        if any(ch.isupper() for ch in word) and start > 0:
            continue  # part of a proper name: a firm, a base, a plan
        before = body[max(0, start - 150): start]
        after = body[end: end + 40]
        if not (_CONTEXT.search(before) or _CONTEXT.search(after) or _CONTEXT.search(word)):
            continue
        if code in seen:
            continue
        seen.add(code)
        role = _role(body, start, end)
        entity = entity_at(sentence.start + start, sentence)
        if entity is None:
            continue
        out.append(IndustryFact(doc, entity, code, role, sentence.start, sentence.end, sentence.text))
    return out


def _role(body: str, start: int, end: int) -> str:
    after = lexicon.ROLE_AFTER.search(body[end:])
    if after:
        return lexicon.ROLE_AFTER_CODES[after.group(1).lower()]
    best = None
    clause = body.rfind(";", 0, start) + 1  # a cue does not reach across a semicolon
    for pattern, role in _ROLE_BEFORE:
        for m in pattern.finditer(body, clause, start):
            if best is None or m.end() > best[0]:
                best = (m.end(), role)
    if best is not None:
        return best[1]
    if _EMERGING_AFTER.search(body[end:]):
        return "emerging"
    return "present"


def strongest(facts: list[IndustryFact]) -> list[IndustryFact]:
    """One fact per entity and industry: the strongest role, first stated."""
    best: dict[tuple[str, str], IndustryFact] = {}
    for fact in facts:
        key = (fact.entity, fact.industry)
        if key not in best or lexicon.ROLE_STRENGTH[fact.role] > lexicon.ROLE_STRENGTH[best[key].role]:
            best[key] = fact
    return list(best.values())
