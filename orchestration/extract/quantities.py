"""Find the quantities a sentence states: money, areas, percentages, counts.

A quantity is a number with what the text puts around it: a currency before
or after, a scale word (billion, 100 million, 10,000 yuan), an area unit, a
percent sign, a qualifier (about, more than, or more). Units are normalised
to FACTS.md base units here, once, so later stages never see 'billion'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from orchestration.extract.firstchar import guarded
from orchestration.extract.prefilter import exact_spellings, fold

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
    "a dozen": 12, "dozens of": None,
    # ('More than a thousand enterprises', 'Some three dozen battery makers')
    "a thousand": 1000, "half a dozen": 6, "two dozen": 24, "three dozen": 36, "four dozen": 48, "five dozen": 60,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"

_CUR_PRE = r"(?P<cur_pre>CN¥|RMB\s?¥|RMB|CNY|USD|US\$|US\s?dollars?|HK\$|\$|¥|￥)"  # (CN¥, as Wikipedia writes it)
# ('Fifty-eight enterprises': the tens and the units together, not 'eight' after a hyphen; the longest words first:
# 'three dozen' before 'three')
# ('half a billion yuan': a half only before a scale)
# ('two hundred-odd enterprises', 'three hundred and twenty firms', as people say them; not 'a hundred-billion-level
# cluster', a rank, nor 'three hundred million', three times a hundred million)
_HUNDREDS = r"(?:" + _UNITS + r"|a)\s+hundred(?:\s+and\s+(?:(?:" + _TENS + r")(?:-(?:" + _UNITS + r"))?|" + \
    "|".join(w for w, n in WORD_NUMBERS.items() if n and n < 20 and " " not in w) + r"))?"
# ('six and a half billion yuan', 'one and a half million US dollars': a half added, only before a scale)
# (or with a space between the thousands, as some pages write them: '1 286 400', '6 815')
# (not '320 100 million yuan', 320 hundred-million yuan word for word)
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.]\d)(?:\.\d+)?" \
    r"(?!\s*(?:million|billion|thousand|ten thousand|hundred|mn|bn|mln|bln)\b)|\d+(?:\.\d+)?|" \
    r"half an?(?=[\s-]+(?:trillion|billion|million)\b)|" \
    r"(?:" + _UNITS + r"|ten|eleven|twelve)\s+and\s+a\s+half(?=[\s-]+(?:trillion|billion|million)\b)|" \
    + _HUNDREDS + r"(?![\s-]+million|-(?!odd\b))|" \
    r"(?:" + _TENS + r")-(?:" + _UNITS + r")|" + "|".join(
    sorted((w for w in WORD_NUMBERS if WORD_NUMBERS[w]), key=len, reverse=True)) + r")"
# ('1.9 million ten thousand yuan': 190万万元 translated word by word, 19 billion yuan)
_SCALE = (r"(?P<scale>trillion|billion|bln|bn|million\s+ten\s+thousand|million|mln|mn|m(?=\b)|thousand|"
          r"hundred\s+million|"
          r"100\s+million|10,000|ten\s+thousand|100,000|万亿|亿|万|"
          # ('21.8 yi yuan', '9,860 wan yuan': 亿元 and 万元 in pinyin, as some machine translation leaves them)
          r"(?:yi|wan)(?=[\s-]+(?:yuan|US\s?dollars|dollars)\b))")
_CUR_POST = r"(?P<cur_post>yuan|RMB|CNY|renminbi|US\s?dollars|U\.S\.\s?dollars|USD|dollars|美元|元)"
# ('the 7.26-square-kilometer bonded zone': the unit joined to the figure as an adjective)
_AREA = (r"(?P<area>square[\s-]+kilometers?|square[\s-]+kilometres?|sq(?:uare|\.)?[\s-]*km|km2|km²|"
         r"square[\s-]+meters?|square[\s-]+metres?|sq\.?[\s-]*m\b|m2|m²|hectares?|ha\b|mu\b|acres?|平方公里|公顷|亩)")
_PCT = r"(?P<pct>%|％|\s?per\s?cent\b|\s?percent\b|\s?pct\b)"  # ('up 27.5 pct', as Xinhua writes it)
_FOLD = r"(?P<fold>-?\s?fold\b|\s+times\b)"

QUANTITY = guarded(re.compile(
    # (a Chinese character is no letter of the figure's word: '营业收入68.3亿元', '规上企业142家')
    # (nor is a code's: the 19 of 'COVID-19', the 20 of 'G-20', a capital and a hyphen before it)
    r"(?<![^\W\u4e00-\u9fff]|[.,])(?<!(?-i:[A-Z])-)(?:" + _CUR_PRE + r"\s?)?" + _NUM +
    r"(?P<odd>-odd|\+)?" +  # ('eighty-odd', '2,100+': at least)
    r"(?:[\s-]*" + _SCALE + r")?" +
    r"(?:[\s-]*(?:" + _CUR_POST + "|" + _AREA + "|" + _PCT + "|" + _FOLD + r"))?" +
    # '587,600 (10,000 yuan)': the unit in brackets after the figure
    r"(?:\s*[(（](?P<p_scale>10,000|ten thousand|100 million|hundred million|万|亿)\s*"
    r"(?P<p_cur>yuan|US dollars|dollars|元|美元)[)）])?" +
    r"(?![^\W\u4e00-\u9fff])",
    re.IGNORECASE,
))  # guarded: tried only where a number or currency can start (see firstchar)

_SCALE_FACTOR = {
    "trillion": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "thousand": 1e3, "million ten thousand": 1e10, "hundred million": 1e8, "100 million": 1e8, "10,000": 1e4,
    "ten thousand": 1e4, "100,000": 1e5, "万亿": 1e12, "亿": 1e8, "万": 1e4, "yi": 1e8, "wan": 1e4,
}
_AREA_FACTOR = {
    "square kilometer": 1.0, "square kilometre": 1.0, "sqkm": 1.0, "km2": 1.0, "km²": 1.0,
    "square meter": 1e-6, "square metre": 1e-6, "sqm": 1e-6, "m2": 1e-6, "m²": 1e-6,
    "hectare": 0.01, "ha": 0.01, "mu": 1 / 1500, "acre": 0.0040468564224, "平方公里": 1.0, "公顷": 0.01, "亩": 1 / 1500,
}

_AREA_UNIT = re.compile(_AREA.replace("?P<area>", "?:"), re.I)


def area_unit_factor(label: str) -> float | None:
    """Square kilometres in one of the area unit a label states ('Built-up area (km2)', 'Planned area (hectares)');
    None when it states none. The same words and factors as a figure's own unit.

    >>> area_unit_factor("Built-up area (km2)"), area_unit_factor("Planned area (hectares)"), area_unit_factor("Area")
    (1.0, 0.01, None)
    """
    m = _AREA_UNIT.search(label)
    if m is None:
        return None
    key = _AREA_SPACING.sub("", m.group().lower()).rstrip("s")
    return _AREA_FACTOR.get(_AREA_KEYS.get(key, key))


# what a ranking's 'top 20' counts: 'the top 20 enterprises', 'top 10 industrial taxpayers'
_RANKED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:enterprises|firms|companies|taxpayers|projects|industries|"
                           r"exporters|manufacturers|makers)\b", re.I)
# Qualifier phrases that end the text before a number, checked in this order.
_QUALIFIER_PHRASES = [
    (r"more than|over|past|pass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|above|at least|no (?:less|fewer) than|"
     r"not (?:less|fewer) than|in excess of|upwards of|surpass(?:es|ed|ing)?|"
     r"break(?:s|ing)? through|topp(?:ed|ing)|tops?|cross(?:es|ed|ing)?|超过|突破|逾", "at_least"),
    (r"less than|fewer than|under|below|up to|at most|no more than|within", "at_most"),
    # ('Enterprises: ~680'; a headline's 'output nears 10 billion yuan')
    (r"about|approximately|approx\.|around|nearly|almost|some|roughly|close to|near(?:s|ing)?|approach(?:es|ing)?|"
     r"an estimated|estimated at|or so|\bc\.|\bca\.|circa|~|≈|近|约", "approx"),
]
# (a whole word: not the end of "cover", "laptops" or "thunder")
_QUALIFIER_BEFORE = [(re.compile(f"(?<![A-Za-z])(?:{phrase})\\s*$", re.I), name) for phrase, name in _QUALIFIER_PHRASES]
# the text between a label and its figure when it is only the figure's qualifier ('Registered enterprises: c. 2,100')
QUALIFIER_ONLY = re.compile(r"\s*(?:" + "|".join(phrase for phrase, _ in _QUALIFIER_PHRASES) + r")\s*", re.I)
# ('1,260余家', '300多家', '200亿元以上': Chinese says 'more than' after the figure)
_QUALIFIER_AFTER = re.compile(r"^\s*(?:(?:or more|and above|or above|plus)\b|"
                              r"(?:亿|万)?(?:元|美元)?(?:余|多|以上))", re.I)
# Every spelling of those phrases, lowercased: most numbers have no qualifier, and an
# endswith() test tells so at once, where the '$'-anchored patterns would be tried at
# every position of the text before the number.
_QUALIFIER_ENDINGS = tuple(sorted(
    spelling for phrase, _ in _QUALIFIER_PHRASES for spelling in exact_spellings(re.compile(phrase, re.I))))
# Scale factors as the Decimals the arithmetic below uses, made once rather than per number
_SCALE_DECIMAL = {word: Decimal(str(factor)) for word, factor in _SCALE_FACTOR.items()}
_ONE = Decimal(str(1))
# ... and area factors: a mu is a 1,500th of a square kilometre, which no float says exactly (150,000 mu
# would be 99.99999999999999 km2)
_AREA_DECIMAL = {word: _ONE / Decimal(1500) if word in ("mu", "亩") else Decimal(str(factor))
                 for word, factor in _AREA_FACTOR.items()}


@dataclass(frozen=True)
class Quantity:
    """A number found in text, normalised: value in base units and its kind."""

    start: int
    end: int
    raw: str
    number: float
    value: float
    kind: str  # money, area, percent, fold, times, bare
    unit: str | None  # CNY, USD, km2 for money and area
    qualifier: str
    scaled: bool


_new = object.__new__


def _quantity(start: int, end: int, raw: str, number: float, value: float, kind: str, unit: str | None,
              qualifier: str, scaled: bool) -> Quantity:
    """``Quantity(...)``, built faster: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, which costs more than reading the number; every number found is built.

    >>> _quantity(0, 3, "5.6", 5.6, 5.6, "bare", None, "exact", False) == Quantity(
    ...     0, 3, "5.6", 5.6, 5.6, "bare", None, "exact", False)
    True
    """
    q = _new(Quantity)
    fields = q.__dict__
    fields["start"] = start
    fields["end"] = end
    fields["raw"] = raw
    fields["number"] = number
    fields["value"] = value
    fields["kind"] = kind
    fields["unit"] = unit
    fields["qualifier"] = qualifier
    fields["scaled"] = scaled
    return q


def _number(text: str) -> Decimal | None:
    lowered = text.lower()
    if lowered in WORD_NUMBERS:
        return Decimal(WORD_NUMBERS[lowered])
    if lowered.startswith("half a"):  # ('half a billion yuan')
        return Decimal("0.5")
    if lowered.endswith(" half"):  # ('six and a half billion yuan')
        return Decimal(WORD_NUMBERS[lowered.split()[0]]) + Decimal("0.5")
    if " hundred" in lowered:  # 'two hundred', 'three hundred and twenty'
        head, _, rest = lowered.partition(" hundred")
        rest = _SPACE_RUN.sub(" ", rest).removeprefix(" and ").strip()
        return Decimal(100 * (1 if head == "a" else WORD_NUMBERS[head])) + (_number(rest) if rest else 0)
    if "-" in lowered:  # 'fifty-eight'
        tens, units = lowered.split("-")
        return Decimal(WORD_NUMBERS[tens] + WORD_NUMBERS[units])
    return Decimal(text.replace(",", "").replace(" ", ""))


def _qualifier(before: str, after: str, odd: bool) -> str:
    if odd or _QUALIFIER_AFTER.search(after):
        return "at_least"
    if not fold(before.rstrip()).endswith(_QUALIFIER_ENDINGS):
        return "exact"  # no qualifier phrase ends the text before the number
    for pattern, name in _QUALIFIER_BEFORE:
        if pattern.search(before):
            return name
    return "exact"


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in ``text[start:end]``, with absolute offsets.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("RMB 68.57 billion, up 19.42%")]
    [(68570000000.0, 'CNY', 'exact'), (19.42, None, 'exact')]
    >>> [(q.value, q.kind) for q in find_quantities("about 22.78 hectares")]
    [(0.2278, 'area')]
    >>> [(q.value, q.unit) for q in find_quantities("81.28 billion yuan ($12.04 billion)")]
    [(81280000000.0, 'CNY'), (12040000000.0, 'USD')]

    An amount in a currency the catalogue has no unit for is none of its quantities (not yuan by default):

    >>> find_quantities("RMB 46 billion (roughly KRW 8.8 trillion)")[1:], find_quantities("1.2 billion yen")
    ([], [])
    """
    end = len(text) if end is None else end
    found: list[Quantity] = []
    for m in QUANTITY.finditer(text, start, end):
        groups = m.groups()
        reading = _reading(groups)
        if reading is None:
            continue
        if groups[_NUM_GROUP].isalpha() and not _word_number_ok(text, m):
            continue
        number, value, kind, unit, scaled = reading
        at, stop = m.span()
        if unit is None and kind in ("money", "bare") and (_FOREIGN_BEFORE.search(text, max(0, at - 5), at)
                                                            or _FOREIGN_AFTER.match(text, stop)):
            continue  # 'roughly KRW 8.8 trillion', '1.2 billion yen': no yuan, nor any currency of the catalogue's
        if kind == "bare" and text.endswith(("top ", "Top ", "TOP "), max(0, at - 4), at) \
                and _RANKED_AFTER.match(text, stop):
            continue  # 'the top 20 enterprises': how many are ranked, no figure of the area's
        qualifier = _qualifier(text[max(0, at - 40): at], text[stop: stop + 20], groups[_ODD_GROUP] is not None)
        if found and (kind == "money" or kind == "bare" and scaled and found[-1].kind == "money") \
                and (low := _range_low(text, found[-1], at, number, value)) is not None:
            # 'between 0.8 and 1 billion yuan', 'of 2.6 billion to 2.8 billion yuan', 'between RMB 41bn and 42bn': a
            # range is at least its low end
            first = found.pop()
            found.append(_quantity(first.start, stop, text[first.start: stop], first.number, low, "money",
                                   unit or first.unit, "at_least", True))
            continue
        found.append(_quantity(at, stop, m.group(), number, value, kind, unit, qualifier, scaled))
    return found


# the words between a range's two ends, and what comes before its low end: 'between' for 'and'; for 'to' or a dash, a
# measure's 'of' or a goal's verb (not 'from', whose figure is a level of its own, nor 'by', a change's)
_RANGE_AND = re.compile(r"\s+and\s+")
_RANGE_TO = re.compile(r"\s*(?:to|-|–|~)\s*")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:RMB|CNY|USD|US\$)?\s?$", re.I)
_RANGE_BEFORE = re.compile(r"\b(?:of|between|target(?:s|ing)?|expects?|expected to (?:reach|hit)|aims? for|"
                           r"to reach)\s+(?:RMB|CNY|USD|US\$)?\s?$", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:RMB|CNY|USD|US\$)?\s?$", re.I)


def _range_low(text: str, first: Quantity, at: int, number: float, value: float) -> float | None:
    """The low end of a range whose high end is the amount at ``at``, in its unit, or None when no range ends there.

    >>> [(q.value, q.qualifier) for q in find_quantities("investment of between 0.8 and 1 billion yuan")]
    [(800000000.0, 'at_least')]
    >>> [(q.value, q.unit) for q in find_quantities("output of between RMB 41bn and 42bn")]
    [(41000000000.0, 'CNY')]
    >>> [(q.value, q.qualifier) for q in find_quantities("rose from 2.6 billion to 2.8 billion yuan")]
    [(2600000000.0, 'exact'), (2800000000.0, 'exact')]
    >>> [(q.value, q.qualifier) for q in find_quantities("Total industrial output value: RMB 30–32 billion")]
    [(30000000000.0, 'at_least')]
    """
    if first.kind not in ("bare", "money") or first.number >= number and not first.scaled or first.end >= at:
        return None
    gap = text[first.end: at]
    before = text[max(0, first.start - 24): first.start]
    if _RANGE_AND.fullmatch(gap):
        if not _BETWEEN_BEFORE.search(before):
            return None
    elif not (_RANGE_TO.fullmatch(gap) and _RANGE_BEFORE.search(before)) \
            and not (gap in ("-", "–", "~") and not first.scaled and not _FROM_BEFORE.search(before)):
        # (a dash alone between the two, the low end bare: 'Total industrial output value: RMB 30–32 billion')
        return None
    low = first.value if first.scaled else first.number * (value / number if number else 1.0)
    return low if low < value else None


# currencies the catalogue has no unit for, which an amount must not be taken as yuan in
_FOREIGN_BEFORE = re.compile(r"(?:\b(?:KRW|JPY|EUR|HKD|GBP|MOP|TWD|SGD|NT\$|HK\$)|[€£₩])\s*$")
_FOREIGN_AFTER = re.compile(r"\s*(?:(?:billion|million|trillion)\s+)?(?:won|yen|euros?|pounds sterling|"
                            r"Hong Kong dollars|Singapore dollars)\b", re.I)


def _word_number_ok(text: str, m: re.Match[str]) -> bool:
    """Word numbers count only as counts or amounts, not in 'one of the' phrases, nor standing for what was
    named before ('Output value of the new materials industry, the largest of the three, reached ...')."""
    after = text[m.end(): m.end() + 12].lower()
    if after.startswith("-"):
        return False  # 'a hundred-billion-level cluster': a rank, not an amount
    if m.group("scale") or m.group("cur_pre") or m.group("cur_post"):
        return True  # 'used twelve million US dollars of foreign capital': an amount, whatever follows it
    if after.startswith((",", ".", ";", ":", ")")) and text[max(0, m.start() - 4): m.start()].lower() == "the ":
        return False  # 'the larger of the two,', 'among the five.' (not 'rose to nine.')
    if _OF_WHICH_ARE.match(text, m.end()):
        return True  # 'nine of which are national "little giant" enterprises': a part counted
    if text[max(0, m.start() - 5): m.start()].lower() == "from " and (
            after.startswith(" to ") or _YEAR_THEN_TO.match(text, m.end())):
        return True  # 'national high-tech enterprises from two to 37', 'doubled from four in 2021 to eight': the
        # first of two counts
    # (whole words: 'nine industrial enterprises', 'two innovative firms' and 'three tonnes' are counts)
    return not (after.startswith("-") or _WORD_AFTER_A_NUMBER_WORD.match(after))


_YEAR_THEN_TO = re.compile(r" (?:in|at the end of) (?:19|20)\d\d to ")
_WORD_AFTER_A_NUMBER_WORD = re.compile(r" (?:of|another|to|in|and)\b")
# ('seven of them above designated size', 'four of them recognized as ...': a part counted too)
# ('Three of its companies are listed': a part of the zone's firms counted)
_OF_WHICH_ARE = re.compile(r" of (?:which|them|these|"
                           r"(?:its|their|our|the (?:zone|park)['’]s) (?:firms|companies|enterprises))"
                           r" (?:are|were|is|above|(?:have|had) been|recogni[sz]ed)\b", re.I)


# QUANTITY's groups, in order: ``_reading`` takes them as ``match.groups()`` gives them
_GROUPS = ("cur_pre", "num", "odd", "scale", "cur_post", "area", "pct", "fold", "p_scale", "p_cur")
if tuple(QUANTITY.groupindex) != _GROUPS:
    raise RuntimeError(f"QUANTITY's groups changed: {tuple(QUANTITY.groupindex)}")
_NUM_GROUP, _ODD_GROUP = _GROUPS.index("num"), _GROUPS.index("odd")


@lru_cache(maxsize=4096)
def _reading(groups: tuple[str | None, ...]) -> tuple[float, float, str, str | None, bool] | None:
    """(number, value, kind, unit, scaled) of a QUANTITY match, or None when it is no quantity.

    A pure function of the match's groups (which the matched text determines), cached:
    the same spellings ('RMB 4.4 billion', '6.0%') recur within and across documents,
    and reading one costs Decimal arithmetic and several string operations.
    """
    cur_pre, num, _odd, scale, cur_post, area, pct, fold_, p_scale, p_cur = groups
    if p_scale and not (scale or cur_pre or cur_post) and len(num) == 4 and num.isdigit() and num[:2] in ("19", "20"):
        return None  # '... by quarter, 2023 (100 million yuan)': a caption's year, then the unit of the table under it
    exact = _number(num)
    number = float(exact)
    # the source's own unit in brackets is the figure's: machine translation renders 98.6亿元 as
    # '98.6 billion yuan（亿元）', which is 9.86 billion
    scale_word = p_scale if p_scale in ("万", "亿") else scale or p_scale
    scale_word = _SPACE_RUN.sub(" ", scale_word.lower()) if scale_word else ""
    if scale_word == "m" and not cur_pre:
        return None  # '85m' is a million only after a currency ('USD 85m'); else it is metres
    # a percentage or a multiple is the number itself: no scale or unit arithmetic to do
    if pct:
        return number, number, "percent", None, False
    if fold_:
        return number, number, "fold" if "fold" in fold_.lower() else "times", None, False
    factor = _SCALE_DECIMAL.get(scale_word, _ONE)
    if area:
        key = _AREA_SPACING.sub("", area.lower()).rstrip("s")
        key = _AREA_KEYS.get(key, key)
        area_factor = _AREA_DECIMAL.get(key)
        if area_factor is None:
            return None
        return number, float(exact * factor * area_factor), "area", "km2", bool(scale)
    # Decimal arithmetic, so that 68.57 billion is 68570000000 and not 68569999999.99999.
    value = float(exact * factor)
    cur = (cur_pre or cur_post or p_cur or "").lower().replace(" ", "")
    if cur:
        if "hk" in cur:
            return None
        unit = "USD" if "$" in cur or "dollar" in cur or cur in ("usd", "美元") else "CNY"
        return number, value, "money", unit, bool(scale or p_scale)
    return number, value, "bare", None, bool(scale)


# _reading's patterns and spellings, made once (re.sub(str, ...) looks its pattern up at every call)
_SPACE_RUN = re.compile(r"\s+")
_AREA_SPACING = re.compile(r"[\s.-]+")
_AREA_KEYS = {"squarekilometer": "square kilometer", "squarekilometre": "square kilometre", "squarekm": "sqkm",
              "squaremeter": "square meter", "squaremetre": "square metre"}
