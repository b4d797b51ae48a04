"""The first-character guard: the same matches as the pattern it guards, or the pattern itself."""

import re
from pathlib import Path

import pytest

from orchestration.extract.firstchar import first_characters, guarded

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

GUARDED = [  # patterns the engine would try at every position: each gets a guard
    r"\b(?:one|two|three|hundred)\b",
    r"(?<![\w.,])(?:RMB|US\$|\$)?\s?\d[\d,]*(?:\.\d+)?",
    r"(?:about |nearly )?\d+(?:\.\d+)?\s*(?:billion|million)",
    r"\bthe\s+(?P<place>[A-Z][a-z]+)\s+(?:zone|park|district)\b",
]
LEFT_ALONE = [  # first characters unknown, or the engine already skips ahead: unchanged
    r"[^a-z]+zone",          # a negated set can start almost anywhere
    r".{0,3}park",           # any character
    r"(?:growth)?",          # may match no text
    r"(?i:zone)|park",       # a flag changed inside the pattern
    r"yuan\b",               # a literal prefix, which the engine already scans for
    r"^\s*\d{4}",            # anchored at the start
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("source", GUARDED)
def test_a_guarded_pattern_finds_exactly_what_the_pattern_finds(source, flags):
    pattern = re.compile(source, flags)
    guard = guarded(pattern)
    assert guard.pattern != pattern.pattern and guard.pattern.startswith("(?=[")
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in guard.finditer(text)] == expected
    assert guarded(guard) is guard  # guarding twice changes nothing


@pytest.mark.parametrize("source", LEFT_ALONE)
def test_a_pattern_whose_first_characters_are_unknown_is_left_alone(source):
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_case_folding_follows_the_pattern():
    assert first_characters(re.compile(r"\bZone")) == "[Z]"
    insensitive = guarded(re.compile(r"\bzone\b", re.IGNORECASE))
    assert [m.group() for m in insensitive.finditer("Zone, ZONE and zone.")] == ["Zone", "ZONE", "zone"]
