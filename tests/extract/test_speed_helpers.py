"""The helpers that make extraction faster give exactly what the plain code gives."""

from __future__ import annotations

import dataclasses
import itertools

from orchestration.extract import quantities as Q


def test_fast_quantity_sets_every_field():
    fields = {f.name for f in dataclasses.fields(Q.Quantity)}
    q = Q._quantity(3, 9, "4.4 bn", 4.4, 4.4e9, "money", "CNY", "approx", True)
    assert set(vars(q)) == fields
    assert q == Q.Quantity(3, 9, "4.4 bn", 4.4, 4.4e9, "money", "CNY", "approx", True)
    assert hash(q) == hash(Q.Quantity(3, 9, "4.4 bn", 4.4, 4.4e9, "money", "CNY", "approx", True))


def test_reading_of_every_kind():
    """Scale, unit and kind of a match's groups, whichever branch reads them."""
    expected = {
        ("RMB", "4.4", None, "billion", None, None, None, None, None, None): (4.4, 4.4e9, "money", "CNY", True),
        (None, "85", None, "m", None, None, None, None, None, None): None,  # metres, not millions
        (None, "85", None, "m", None, None, "%", None, None, None): None,
        (None, "6.0", None, None, None, None, "%", None, None, None): (6.0, 6.0, "percent", None, False),
        (None, "two", None, None, None, None, None, "-fold", None, None): (2.0, 2.0, "fold", None, False),
        (None, "22.78", None, None, None, "Hectares", None, None, None, None): (22.78, 0.2278, "area", "km2", False),
        (None, "3", None, None, None, "sq. km", None, None, None, None): (3.0, 3.0, "area", "km2", False),
        (None, "5", None, "hundred  million", "yuan", None, None, None, None, None): (5.0, 5e8, "money", "CNY",
                                                                                       True),
        ("HK$", "5", None, None, None, None, None, None, None, None): None,
        (None, "587,600", None, None, None, None, None, None, "10,000", "yuan"): (587600.0, 5876000000.0, "money",
                                                                                  "CNY", True),
        (None, "140", None, None, None, None, None, None, None, None): (140.0, 140.0, "bare", None, False),
    }
    for groups, reading in expected.items():
        assert Q._reading.__wrapped__(groups) == reading, groups


def test_reading_never_raises_on_spellings_the_pattern_allows():
    for groups in itertools.product(["RMB", None, "$"], ["5", "1,234.5", "seven"], [None], [None, "m", "billion"],
                                    [None, "yuan", "dollars"], [None, "km2", "mu"], [None, "%"], [None, " times"],
                                    [None], [None]):
        Q._reading.__wrapped__(groups)


def test_nearest_cached_gives_what_a_fresh_search_gives():
    from orchestration.extract import facts as F

    windows = ["The total industrial output value reached ", "tax revenue of ", "the zone's GDP was ", "nothing here "]
    fresh = [F.nearest.__wrapped__(F._MONEY, w) for w in windows]
    assert [F.nearest(F._MONEY, w) for w in windows] == fresh
    assert [F.nearest(F._MONEY, w) for w in windows] == fresh  # from the cache
    assert fresh[-1] is None and fresh[0][0] == "industrial_output"
