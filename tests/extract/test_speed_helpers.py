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


def test_has_parks_reads_what_the_single_pattern_read():
    """The staged test for a zone of parts: each way of saying so, and the near misses it must not take."""
    from orchestration.extract.entities import has_parks

    said = [
        "The zone follows the model of one zone, three parks.",
        "Its sub-parks are the Wenquan Park and the Nanhai Park.",
        "The Huangpi Economic Development Zone now has three parks.",
        "Two parks under the zone make chips.",
        "The park comprises two parts: the Liaolan North Park and the Liaolan South Park.",
        "It is split by the Tongyu Canal into two parts.",
        "The zone is organized into 3 sub-parks.",
        "The park consists of\nfour sections.",
    ]
    not_said = [
        "The park holds 12 areas of land and 3 zones of trade.",  # counts of land, no list of parts
        "The zone consists of 12 areas.",  # a digit inside a number is no count of parts
        "It includes seven areas.",  # a count of areas this high is not read as parts
        "Output of the park rose 8 percent; two projects started.",
    ]
    assert [has_parks(t) for t in said] == [True] * len(said)
    assert [has_parks(t) for t in not_said] == [False] * len(not_said)
