"""Find the time expressions of a sentence and resolve them to months.

Every expression resolves against a reference year (the document's year,
or the latest year the text has named) and the document's month, so that
'the first half of this year' in an article dated Aug 23, 2021 becomes
2021-01..2021-06. Month names are a closed set; a regular-expression table
is clearer and faster here than a general date library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from orchestration.extract.prefilter import GatedTable, fold

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_ORDINALS = {"11th": 11, "12th": 12, "13th": 13, "14th": 14, "15th": 15, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15}
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "two decades": 20, "three decades": 30}

# a month's name is a word of its own: 'followed by Mayang at 38.2 percent' names no May
_M = r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![A-Za-z])\.?"
_M2 = r"(?P<m2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![A-Za-z])\.?"
_Y = r"(?P<y>(?:19|20)\d\d)(?![.,]\d)"
# a list item's bullet before a timeline's label ('- 2015: ...', '• March: ...')
# ('(1) 2022: The park realized ...': a numbered item's year too; 'output value of 1996.8 100 million yuan' is no year)
# (or an emoji a post sets before each year's goals: '🎯 2025: operating revenue ... will exceed ...')
_BULLET_BEFORE = r"(?:(?<=^- )|(?<=^– )|(?<=^• )|(?<=^· )|(?<=^\* )|(?<=^▪ )|(?<=^\(\d\) )|(?<=^（\d）)|" \
    r"(?<=^[\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF] )|(?<=^[\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF]\ufe0f ))"
# ('At the end of year, the park has ...': machine-translated, the year reported on)
_REL = (r"(?P<rel>this year|last year|next year|the year|the previous year|the current year|the whole year|the full year|"
        r"(?<=end of )year)")
# 'the year' alone ('at the start of the year') names no period; these forms do
# ('the last year of the 14th Five-Year Plan', 'the first and last year of ...': a plan's year, no year before)
_REL_ALONE = (r"(?P<rel>this year|last year(?! of\b)|next year|the previous year|the current year|the whole year|the full year|"
              r"(?<=in )the year|(?<=for )the year|(?<=throughout )the year|(?<=during )the year|"
              r"(?<![\w-])(?:full|whole)-year)")  # 'we expect full-year output value to exceed ...'


@dataclass(frozen=True)
class Period:
    """A resolved time expression. ``point`` marks 'as of'-style dates."""

    start: int  # offset of the expression
    end: int
    first: tuple[int, int] | None  # (year, month) the period starts
    last: tuple[int, int]  # (year, month) the period ends
    point: bool = False  # an 'as of' date: a stock's date, a flow's year-to-date end
    plan: bool = False  # a Five-Year Plan or multi-year span
    future_by: bool = False  # 'by 2025': a deadline
    # the year a change over a span is counted from: 'from 2019 to 2022' rose from 2019's level,
    # 'during the 13th Five-Year Plan (2016-2020)' from 2015's
    since: int | None = None


@dataclass(frozen=True)
class TimeContext:
    """What relative expressions resolve against."""

    year: int | None
    month: int | None
    reported_year: int | None = None  # 'the year' in a review of last year is that year
    ahead: bool = False  # the sentence states a goal: its periods may lie after the document's date


def _year(m: re.Match[str], ctx: TimeContext) -> int | None:
    groups = m.groupdict()
    if groups.get("y") or groups.get("y2"):
        return int(groups.get("y") or groups["y2"])
    rel = (groups.get("rel") or groups.get("rel2") or "").lower()
    if ctx.year is None:
        return None
    if rel in ("last year", "the previous year"):
        return ctx.year - 1
    if rel == "the past year":  # a review of last year early in the next; later, the twelve months to date
        return ctx.year - 1 if ctx.month is not None and ctx.month <= 3 else None
    if rel == "next year":
        return ctx.year + 1
    if rel in ("the year", "year", "the whole year", "the full year", "full-year", "whole-year") \
            and ctx.reported_year is not None:
        return ctx.reported_year
    return ctx.year


def _not_yet(m, ctx, y: int, last_month: int) -> int:
    """The year of a period named without one: an actual period has ended by the document's date.

    'In the fourth quarter alone, output grew 6.3%' in an article of February 2023 is 2022's.
    """
    groups = m.groupdict()
    named = groups.get("y") or groups.get("y2") or groups.get("rel") or groups.get("rel2")
    if not named and not ctx.ahead and ctx.month is None and ctx.year == y and ctx.reported_year is not None \
            and ctx.reported_year < y:
        # ('... turned from decline to growth in the second half' under 'Review of work in 2020' in a 2021 report
        # dated by its title alone: the year reviewed)
        return ctx.reported_year
    if named or ctx.ahead or ctx.month is None or ctx.year != y:
        return y
    return y - 1 if last_month > ctx.month else y


def _month_ended(m, ctx, group: str) -> tuple[int, int] | None:
    """(year, month) of the month a match names in ``group``, its year found as ``_not_yet`` finds it."""
    y = _year(m, ctx)
    if y is None:
        return None
    month = MONTHS[m.group(group).lower()]
    return _not_yet(m, ctx, y, month), month


def _month_span(m, ctx):
    last = _month_ended(m, ctx, "m2")
    return None if last is None else ((last[0], 1), last)


def _months_span(m, ctx):
    """'October-December', 'from April to June': the months between, of one year (not a year's turn)."""
    last = _month_ended(m, ctx, "m2")
    first = MONTHS[m.group("m").lower()]
    if last is None or not first < last[1]:
        return None
    return (last[0], first), last


def _half(m, ctx):
    """'the first half' (Jan-Jun), 'the first three quarters', 'the first quarter', 'the first eight months'; of
    the year before when that stretch of the document's year has not ended ('in the first quarter' in a review
    published in January)."""
    y = _year(m, ctx)
    if y is None:
        return None
    text = m.group(0).lower().replace("-", " ")
    first, last = 1, 6
    if "three quarters" in text:
        last = 9
    elif "first quarter" in text:
        last = 3
    elif "second half" in text:
        first, last = 7, 12
    elif months := re.search(r"(?:first|the) (\w+) months", text):
        last = _COUNT.get(months.group(1)) or (int(months.group(1)) if months.group(1).isdigit() else 0)
        if not 1 <= last <= 12:
            return None
    y = _not_yet(m, ctx, y, last)
    return (y, first), (y, last)


_QUARTER_MONTHS = {"1": (1, 3), "2": (4, 6), "3": (7, 9), "4": (10, 12), "first": (1, 3), "second": (4, 6),
                   "third": (7, 9), "fourth": (10, 12)}


def _quarter(m, ctx):
    """'Q1 2023' (Jan-Mar), 'Q1-Q3' (Jan-Sep), 'H2 2022' or '2H 2022' (Jul-Dec), 'the third quarter' (Jul-Sep)."""
    y = _year(m, ctx)
    if y is None:
        return None
    if m.group("h") or m.group("hh"):
        first, last = (1, 6) if (m.group("h") or m.group("hh")) == "1" else (7, 12)
    else:
        first = _QUARTER_MONTHS[(m.group("q") or m.group("qw")).lower()][0]
        last = _QUARTER_MONTHS[(m.group("q2") or m.group("q") or m.group("qw")).lower()][1]
    y = _not_yet(m, ctx, y, last)
    return (y, first), (y, last)


def _numbered_stretch(m, ctx):
    """'1-3 quarters' (Jan-Sep), '1-9 months' (Jan-Sep), as machine translation renders 1-3季度 and 1-9月."""
    y = _year(m, ctx)
    if y is None:
        return None
    last = 3 * int(m.group("qn")) if m.group("qn") else int(m.group("mn") or m.group("mn2") or m.group("mn3"))
    return (_not_yet(m, ctx, y, last), 1), (_not_yet(m, ctx, y, last), last)


_CHINESE_STRETCHES = {"前三季度": (1, 9), "上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "二季度": (4, 6),
                      "三季度": (7, 9), "四季度": (10, 12)}


def _chinese(m, ctx):
    """Periods of half-translated pages: '2024年1-6月', '前三季度', '3月当月', '截至6月底', '全年'."""
    y = _year(m, ctx)
    if y is None:
        return None
    groups = m.groupdict()
    if groups.get("cm_to"):  # '1-6月': January to June ('7-9月': July to September)
        first, last = int(groups.get("cm_from") or 1), int(groups["cm_to"])
        if not 1 <= first < last <= 12:
            return None
        y = _not_yet(m, ctx, y, last)
        return (y, first), (y, last)
    if groups.get("cstretch"):
        first, last = _CHINESE_STRETCHES[groups["cstretch"]]
        y = _not_yet(m, ctx, y, last)
        return (y, first), (y, last)
    if groups.get("cm") or groups.get("cm_end"):  # '3月当月' (March alone), '截至6月底' (the end of June)
        month = int(groups.get("cm") or groups["cm_end"])
        if not 1 <= month <= 12:
            return None
        y = _not_yet(m, ctx, y, month)
        return ((y, month), (y, month)) if groups.get("cm") else ((y, 1), (y, month))
    if not m.groupdict().get("y"):
        y = ctx.reported_year or y  # '全年': the whole year, of the year reported on, as 'the whole year' is
    return (y, 1), (y, 12)


def _chinese_last_year(m, ctx):
    """'去年' (last year), '截至去年底' (by the end of last year): the year before the text's."""
    if ctx.year is None:
        return None
    return (ctx.year - 1, 1), (ctx.year - 1, 12)


def _full_year(m, ctx):
    y = _year(m, ctx)
    if y is None:
        return None
    return (y, 1), (y, 12)


def _month(m, ctx):
    y = _year(m, ctx)
    if y is None:
        return None
    month = MONTHS[m.group("m").lower()]
    return (y, month), (y, month)


# the year so far, January to the document's month; also what the pipeline keeps from becoming the period an
# article reports on, since it says no more than the document's date
YEAR_SO_FAR = re.compile(r"since the (?:beginning|start) of (?:this|the) year|so far this year|this year so far|"
                         r"(?:in |during )?the year so far|year[- ]to[- ]date", re.I)


def _year_to_date(m, ctx):
    """'Since the beginning of the year': January to the document's month."""
    if ctx.year is None or ctx.month is None:
        return None
    return (ctx.year, 1), (ctx.year, ctx.month)


def _month_named(m, ctx):
    """A month named without a year: the last such month by the document's date."""
    month = _month_ended(m, ctx, "m")
    return None if month is None else (month, month)


def _month_of_review(m, ctx):
    """A month that labels an item of a timeline: of the year the text reviews, else the last such month."""
    if ctx.reported_year is not None:
        month = MONTHS[m.group("m").lower()]
        return (ctx.reported_year, month), (ctx.reported_year, month)
    return _month_named(m, ctx)


def _point(m, ctx):
    y = _year(m, ctx)
    if y is None:
        return None
    month = MONTHS[m.group("m").lower()] if m.groupdict().get("m") else 12
    if m.groupdict().get("m"):
        y = _not_yet(m, ctx, y, month)  # 'as of the end of October' in an article of January: last October
    return (y, 1), (y, month)


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _reported_year_end(m, ctx):
    """'at year-end' in a text on a year that has ended (a yearbook's, an annual report's): that year's end. In any
    other text the year is the sentence's or the line's ('2016  The zone had 30 ... by year-end'), not the page's."""
    year = ctx.reported_year or (ctx.year if ctx.month == 12 else None)  # (a yearbook's context: its year's December)
    if year is None or _A_YEAR.search(m.string):
        return None
    return (year, 1), (year, 12)


def _plan(m, ctx):
    n = _ORDINALS[m.group("ord").lower()]
    first = 2021 + (n - 14) * 5
    return (first, 1), (first + 4, 12), first - 1


def plan_of_year(year: int) -> tuple[int, int]:
    """The first and last years of the Five-Year Plan a year falls in.

    >>> plan_of_year(2023), plan_of_year(2026)
    ((2021, 2025), (2026, 2030))
    """
    first = 2021 + (year - 2021) // 5 * 5
    return first, first + 4


def _whole_plan(m, ctx):
    """'the 30 billion yuan planned for the whole five years': the Five-Year Plan of the year the text is read in
    (the 14th for 2021-2025), which it names only by its first years, if at all."""
    first, last = plan_of_year(ctx.year)
    return (first, 1), (last, 12), first - 1


def _plan_year(m, ctx):
    first = _plan(m, ctx)[0][0]
    y = first + {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(m.group("which").lower(), 4)
    return (y, 1), (y, 12)


def _span(m, ctx):
    a, b = int(m.group("a")), int(m.group("b"))
    if not 0 < b - a <= 10:
        return None
    return (a, 1), (b, 12), a


def _months_over_years(m, ctx):
    """'From January 2021 to the end of October 2023': the months between, over more than one year."""
    a, b = int(m.group("a")), int(m.group("b"))
    first, last = MONTHS[m.group("m").lower()], MONTHS[m.group("m2").lower()]
    if not 0 < b - a <= 10:
        return None  # (within one year: the month patterns read it)
    return (a, first), (b, last), a


def _two_years(m, ctx):
    """'Fixed-asset investment in 2021 and 2022 totaled 9.6 billion yuan': two years' total."""
    a, b = int(m.group("a")), int(m.group("b"))
    return None if b - a != 1 else ((a, 1), (b, 12), a)


def _next_years(m, ctx):
    if ctx.year is None:
        return None
    n = _COUNT.get(m.group("n").lower()) or int(m.group("n")) if m.group("n").isdigit() or m.group("n").lower() in _COUNT else 0
    if not n:
        return None
    return (ctx.year + 1, 1), (ctx.year + n, 12), ctx.year


def _years_ago(m, ctx):
    """'Two years ago, we had four chip companies' in 2021: then, in 2019, not now."""
    if ctx.year is None:
        return None
    word = (m.group("n") or m.group("n2")).lower()
    n = 10 if word == "a decade" else _COUNT.get(word) or (int(word) if word.isdigit() else 0)
    if not 2 <= n <= 30:
        return None
    return (ctx.year - n, 1), (ctx.year - n, 12)


# a Five-Year Plan's whole span named by its length alone: 'the whole five years', 'the entire five-year period'
WHOLE_PLAN = re.compile(r"\b(?:whole|entire|full) (?:five years|five-year (?:plan )?period)\b", re.I)
# (pattern, resolver, point, plan, future_by); earlier patterns win where they overlap.
# a Five-Year Plan by its number ('the 14th Five-Year Plan', 'the fourteenth Five-Year Development Plan period')
_PLAN_NAME = (r"(?P<ord>1[1-5]th|eleventh|twelfth|thirteenth|fourteenth|fifteenth) five[- ]year "
              r"(?:(?:development|industrial development) )?(?:plan|programme)(?: period)?")
# the words after a year that name one figure of it ('the 2024 figure', 'the 2023 total'); the reader keeps such a
# year to that figure
FIGURE_NOUN = r"\s+(?:full-year\s+)?(?:figures?|totals?|numbers?)\b"
# the months of a quarter or a half in brackets before its year: 'the third quarter (July to September) of 2025'
_MONTHS_ASIDE = r"\s*[(（](?:[A-Za-z]+\.?\s*(?:to|-|–|~|through)\s*[A-Za-z]+\.?|\d{1,2}\s*[-–~]\s*\d{1,2}\s*months?)[)）]"
_PATTERNS = [
    (re.compile(r"\b(?:from|between)\s+" + _M + r"\s+(?P<a>(?:19|20)\d\d)\s+(?:to|and|through|until)\s+(?:the\s+end\s+of\s+)?"
                + _M2 + r",?\s+(?P<b>(?:19|20)\d\d)\b", re.I), _months_over_years, False, True, False),
    # (two years joined by 'and' are one stretch only where a total follows: '... in 2021 and 2022 respectively' is not)
    (re.compile(r"\b(?:in|during|over)\s+(?P<a>(?:19|20)\d\d)\s+and\s+(?P<b>(?:19|20)\d\d)\b(?=\s+(?:together\s+|combined\s+)?"
                r"(?:totall?ed|combined|amounted|added up|came to a total)\b)", re.I), _two_years, False, True, False),
    # ('From January to September in this year', as machine translation writes 今年1-9月)
    # ('its January-to-November figures')
    (re.compile(r"(?:from )?jan(?:uary|\.)?(?:-to-|\s*(?:to|-|–|~|through|and)\s*)" + _M2 + r"(?:,?\s*(?:of\s+|in\s+)?(?:"
                + _Y + "|" + _REL + r"))?", re.I), _month_span, False, False, False),
    # ('the first-quarter figures are out': the stretch as an adjective of what reports on it)
    (re.compile(r"(?:the )?(?:first half|second half|first three quarters|first quarter|first \w+ months|half-year|h1|"
                r"(?:first-half|first-quarter|first-three-quarters)(?= (?:figures|results|data|numbers|statistics)\b)|"
                r"(?:(?<=\bin )|(?<=\bfor )|(?<=\bover ))the (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months)"
                # (not 'the first quarterly increase of the year': no stretch of the year)
                r"(?![a-z])(?:" + _MONTHS_ASIDE + r")?(?: of)?(?: (?:" + _Y + "|" + _REL + r"))?", re.I), _half, False, False, False),
    (re.compile(r"(?:(?:\b(?:the )?(?P<qw>second|third|fourth) quarter|\bQ(?P<q>[1-4])(?:\s*(?:-|–|~|to)\s*Q(?P<q2>[1-4]))?|"
                r"\bH(?P<h>[12])|\b(?P<hh>[12])H)\b(?:(?:" + _MONTHS_ASIDE + r")?,?\s*(?:of\s+)?(?:" + _Y + "|" + _REL +
                r"))?)", re.I), _quarter,
     False, False, False),  # ('1H 2021', as the business press writes it)
    # (months only after a preposition or 'the': 'will be approved in 1-2 months' is a wait, no stretch of a year)
    (re.compile(r"(?:\b(?:the\s+)?1\s*[-–~]\s*(?P<qn>[234])\s*quarters?\b|(?:(?<=\bin )|(?<=\bfor )|(?<=\bthe )|"
                r"(?<=\bduring ))1\s*[-–~]\s*(?P<mn>1[01]|[3-9])\s*months\b|"
                # '1-3 month completed 142,650': 1-3月完成, a statistics release's figure so far
                r"(?<![\w.,-])1\s*[-–~]\s*(?P<mn2>1[01]|[3-9])\s*months?(?=\s+(?:completed|accumulated|cumulative)\b)|"
                # ('1 to 5 month, the park ...': 1-5月 word for word, the month singular)
                r"(?<![\w.,-])1 to (?P<mn3>1[01]|[2-9]) month\b)"
                r"(?:,?\s*(?:of\s+)?(?:" + _Y + "|" + _REL + r"))?", re.I), _numbered_stretch, False, False, False),
    # 'October-December alone', 'from April to June' (January's first month is the year so far's, above)
    (re.compile(r"(?:\bfrom\s+)?\b" + _M + r"\s*(?:-|–|~|to|through)\s*" + _M2 +
                r"(?:,?\s*(?:of\s+)?(?:" + _Y + "|" + _REL + r"))?", re.I), _months_span, False, False, False),
    (re.compile(r"\bbetween\s+" + _M + r"\s+and\s+" + _M2 + r"(?:,?\s*(?:of\s+)?(?:" + _Y + "|" + _REL + r"))?",
                re.I), _months_span, False, False, False),
    # half-translated pages' own periods; '截至6月底' is a point (a stock's date, a flow's year so far)
    # (three patterns, so that each is tried only in a text with its own Chinese words)
    (re.compile(r"(?:" + _Y + r"年)?1\s*[-—–~至到]\s*(?P<cm_to>\d{1,2})\s*月", re.I), _chinese, False, False, False),
    # ('7-9月': July to September, a stretch within the year)
    (re.compile(r"(?<![\d.])(?:" + _Y + r"年)?(?P<cm_from>[2-9]|1[01])\s*[-—–~至到]\s*(?P<cm_to>\d{1,2})\s*月", re.I),
     _chinese, False, False, False),
    (re.compile(r"(?:" + _Y + r"年)?(?:第)?(?P<cstretch>前三季度|上半年|下半年|一季度|二季度|三季度|四季度)", re.I), _chinese,
     False, False, False),
    (re.compile(r"(?P<cm>\d{1,2})\s*月(?:当月|单月)", re.I), _chinese, False, False, False),
    # (case-insensitive, for nothing but the prechecks: a cased pattern is tried on every sentence)
    (re.compile(r"截[至止]\s*(?:" + _Y + r"年)?(?P<cm_end>\d{1,2})\s*月(?:底|末)", re.I), _chinese, True, False, False),
    (re.compile(r"(?:" + _Y + r"年)?全年", re.I), _chinese, False, False, False),  # ('2024年全年': the whole of 2024)
    # ('截至去年底', '上年末': the end of the year before the text's, a count's date; '去年', '上年': that year)
    (re.compile(r"(?:截[至止]\s*)?(?:去年|上年)年?[底末]", re.I), _chinese_last_year, True, False, False),
    # (not '去年同期', the same stretch of last year: a base)
    (re.compile(r"(?:去年|上年)(?!年?[底末]|同期)(?:全年)?", re.I), _chinese_last_year, False, False, False),
    # ('status as at 31 December 2023': a day before its month)
    # ('Up to end of October, the park has ...': the article left out, as translated text does)
    # (not 'until' with a month alone: 'orders are booked until June' is the future, no date of a count)
    (re.compile(r"(?:as of|by the end of|at the end of|as at|up to|until(?=\s+(?:the\s+)?end\b)|by|(?<=\()end of)\s+"
                r"(?:(?:the )?end of\s+)?"
                r"(?:\d{1,2}\s+)?" + _M + r"(?:,?\s*(?:" + _Y + "|" + _REL + r"))?", re.I), _point, True, False, False),
    # ('186 at end-June', '(end-September 2024)')
    (re.compile(r"(?:(?<=\()|(?<=\bas of )|(?<=\bat )|(?<=\bby ))end-" + _M + r"(?:,?\s*(?:" + _Y + "|" + _REL + r"))?",
                re.I), _point, True, False, False),
    # ('Up to the end of the year, the whole zone has ...', as machine translation writes 截至年底)
    # ('Up to end of 2024, the park has ...': the article left out here too)
    # (and a caption's ', end of 2022': 'Table 1  Enterprises by type, end of 2022')
    (re.compile(r"(?:as of|at the end of|as at|by the end of|(?:up to|until) (?:the )?end of|(?<=\()end of|"
                r"(?<=, )end of)\s+(?:the end of\s+)?(?:" + _Y + "|" + _REL + r")|"
                r"(?:(?<=\()|(?<=\bas of )|(?<=\bat )|(?<=\bby )|(?<=, ))end-" + _Y.replace("?P<y>", "?P<y2>"), re.I), _point,
     True, False, False),  # '(end-2020)', '(as of end-2023)', a heading's 'ENTERPRISES, END-2023'
    # ('41 enterprises above designated size at year-end', 'by the year end': the end of the year reported on)
    (re.compile(r"(?<![\w-])(?:at|by) (?:the )?year[- ]end\b", re.I), _reported_year_end, True, False, False),
    # ('In the first year of the 15th Five-Year Plan, the park targets ...': that year, 2026)
    (re.compile(r"\bthe (?P<which>first|second|third|fourth|fifth|final|last) year of the " + _PLAN_NAME, re.I),
     _plan_year, False, False, False),
    (re.compile(r"(?:during|in|over|throughout|within) (?:the )?" + _PLAN_NAME, re.I), _plan, False, True, False),
    (re.compile(r"\b(?:for|over|of|in) the " + WHOLE_PLAN.pattern, re.I), _whole_plan, False, True, False),
    (re.compile(r"(?:the )?" + _PLAN_NAME, re.I), _plan, False, True, False),
    (re.compile(r"\bbetween\s+(?P<a>(?:19|20)\d\d)\s+and\s+(?P<b>(?:19|20)\d\d)\b", re.I), _span, False, True, False),
    (re.compile(r"(?:\bfrom\s+)?\(?(?P<a>(?:19|20)\d\d)\s*(?:-|–|to)\s*(?P<b>(?:19|20)\d\d)\)?", re.I), _span, False, True,
     False),
    (re.compile(r"in the next (?P<n>\w+) years", re.I), _next_years, False, True, False),
    # ('Fifteen years ago our revenue was under 300 billion yuan', 'two decades ago')
    (re.compile(r"\b(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty) years|"
                r"(?P<n2>a decade|two decades|three decades)) ago\b", re.I),
     _years_ago, False, False, False),
    (YEAR_SO_FAR, _year_to_date, False, False, False),
    (re.compile(r"by (?:the end of )?" + _Y, re.I), _full_year, False, False, True),
    # ('1. Near-term goals (to 2025)', 'Targets up to 2030': goals with their deadline)
    (re.compile(r"(?:(?<=\()|(?<=\bgoals )|(?<=\btargets ))(?:up )?to\s+" + _Y + r"(?=\)|\s*[:：]|\s*$)", re.I | re.M),
     _full_year, False, False, True),
    # ('To 2025 the park operating income strives to break through 60 billion yuan': 到2025年, machine-translated)
    (re.compile(r"(?:(?<=^)|(?<=[,;] )|(?<=[,;]))[Tt]o\s+" + _Y + r"(?=,?\s+(?:the|it|we|our|its)\b)"), _full_year,
     False, False, True),
    # 'For the full year 2024': that year (not 'the full year' of the page's)
    (re.compile(r"\b(?:the )?(?:full|whole)[- ]year(?: of)?\s+" + _Y, re.I), _full_year, False, False, False),
    (re.compile(r"\b(?:in|during|for|throughout|of) " + _M + r"(?:,?\s*(?:" + _Y + "|" + _REL + r"))", re.I), _month, False, False, False),
    (re.compile(r"\b" + _M + r"(?:\s+\d{1,2})?,?\s*" + _Y, re.I), _month, False, False, False),
    # 'In July alone, output was ...', 'In October, ...': a month of the year the text is in, ended by its date
    # (or before 'it' and its change: '..., and in September it rose 27.2 percent year on year')
    # (or before the measure and its verb: '..., and in June output value was 4.06 billion yuan')
    (re.compile(r"\b(?:in|during|for) " + _M + r"(?=\s+alone\b|\s*,|\s+(?:it|the figure|this figure|(?:industrial\s+)?"
                r"output(?:\s+value)?(?:\s+above\s+designated\s+size)?|(?:operating\s+)?revenue|exports|imports)\s+"
                r"(?:grew|rose|increased|climbed|jumped|surged|fell|declined|dropped|decreased|was|reached|came to|"
                r"totall?ed|amounted to|stood at)\b)", re.I), _month_named, False, False, False),
    # ... or the subject of a part of the figure just given: 'January contributed 1.56 billion yuan; February, shortened
    # by the holiday, contributed 1.18 billion yuan'
    (re.compile(r"(?:^|(?<=; )|(?<=, and )|(?<=\band ))" + _M + r"(?=(?:,[^,;]{1,50},)?\s+(?:alone\s+)?(?:contributed|"
                r"accounted for)\b)", re.I), _month_named, False, False, False),
    # ... or a question's: 'And November by itself?', 'What about March on its own?'
    (re.compile(r"\b" + _M + r"(?=\s+(?:by itself|on its own)\b)", re.I), _month_named, False, False, False),
    # ... or the owner of the figure: "January's output was 398 million yuan"
    (re.compile(r"\b" + _M + r"(?=['’]s\s+(?:output|figures?|total|exports|imports|revenue|investment|growth)\b)", re.I),
     _month_named, False, False, False),
    # ... or the subject, an aside after it: 'February, when most plants shut for two weeks, had produced only 247
    # million yuan'
    (re.compile(r"(?:^|(?<=; ))" + _M + r"(?=,[^,;]{1,80},\s+(?:had|has)\s+(?:produced|recorded|seen|brought|posted|"
                r"delivered|generated|turned out)\b)", re.I), _month_named, False, False, False),
    # ... or a timeline's label: 'January: The new district signed 8 projects ...' in a review of the year
    (re.compile(r"(?:^\s*|" + _BULLET_BEFORE + ")" + _M + r"(?=\s*[:：])", re.I), _month_of_review, False, False, False),
    # ... or what the sentence says of the month, before the figures after its colon: 'November was our best month so
    # far: output value above designated size came to 512 million yuan'
    (re.compile(r"(?:^|(?<=\. ))" + _M + r"(?=\s+(?:was|has been|is)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?"
                r"month\b[^.:;]{0,40}[:：])", re.I), _month_named, False, False, False),
    # ... or the sentence's subject: 'January alone brought exports of US$96 million'
    (re.compile(r"\b" + _M + r"(?=\s+alone\b)", re.I), _month_named, False, False, False),
    # ... or a part of the year so far: 'Among them, March completed 56,820' (其中3月完成)
    (re.compile(r"(?:(?<=\bamong them, )|(?<=\bof which, ))" + _M +
                r"(?=\s+(?:completed|was|reached|realized|realised|recorded|achieved|came to|hit)\b)", re.I),
     _month_named, False, False, False),
    # ('The target of year 2024 is ...', 'in the year 2023': the year named as one, machine-translated)
    # ('Notes: 2022 industrial output value grew 19.6 percent on 2021.': a year before its measure, after a label)
    (re.compile(r"(?:\b(?:in|during|for|throughout|of|since)\s+(?:the\s+)?(?:year\s+)?|^|(?<=^[\[【])|(?<=: )(?=\d{4}\s+(?!base)[a-z]))" + _Y +
                r"\b|\b" + _Y.replace("?P<y>", "?P<y2>") + r"(?=,)", re.I), _full_year, False, False, False),
    # a title's year after a comma at its end: 'Output of industries in Shiquan Economic Development Zone, 2024'
    # (before its unit's brackets too: 'Key indicators of the three benchmark parks, 2021 (unit: 100 million yuan)')
    (re.compile(r"(?<=, )" + _Y + r"(?:\s*[(（][^()（）\d]*(?:\d[^()（）]*)?[)）])?\s*$"), _full_year, False, False, False),
    # a year labelling its value in a series: 'Operating revenue (100 million yuan): 2021: 118.2; 2022: 131.6', 'billion
    # yuan - 2018: 1.12; 2019: 1.46'
    (re.compile(r"(?:(?<=[:;,] )|(?<= - )|(?<=[:;,]))" + _Y + r"(?=\s*[:：]\s*(?:RMB\s*|¥\s*)?\d)"), _full_year, False,
     False, False),
    # a timeline's year as a list item's label: '- 2015: Total industrial output value topped 10 billion yuan'
    (re.compile(_BULLET_BEFORE + _Y + r"(?=\s*[:：])"), _full_year, False, False, False),
    # ('Sun Liming: 2019 was our best year.': a speaker's answer that opens with the year it is about)
    (re.compile(r"(?<=[:：] )" + _Y + r"(?=\s+(?:was|were|saw|brought|marked)\b)"), _full_year, False, False, False),
    # ('...; 2023 output value RMB 11.26 billion, +14.2%': a year before its measure, as a fact box writes it)
    (re.compile(r"(?:(?<=; )|(?<=, )|(?<=^))" + _Y + r"(?=\s+(?:output(?: value)?|operating revenue|revenue|exports|tax "
                r"revenue|sales)\b)", re.I), _full_year, False, False, False),
    # ('2023 is the year that the zone overcame ...', '2022 was a year of recovery for the park': the year a review
    # is of, named as its subject)
    # ('The report said that 2020 was an extraordinary year.': so named in reported speech)
    (re.compile(r"(?:(?<=[,:;] )|(?<=^)|(?<=\bthat )|(?<=\bsaid )|(?<=\bsays ))" + _Y +
                r"(?=\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?year\b)", re.I),
     _full_year, False, False, False),
    # 'The zone closed 2023 with operating revenue of ...': the year it ended with that figure
    (re.compile(r"\b(?:closed|ended|finished|wrapped up|rounded off)\s+" + _Y + r"(?=\s+with\b)", re.I), _full_year,
     False, False, False),
    # '2023 year, the zone realized ...', '2023年': a year in translated word order (not a day's: '1994年2月26日')
    (re.compile(_Y + r"(?:\s+year\b(?![- ](?:end|on))|年(?!\d{1,2}月\d{1,2}日))", re.I), _full_year, False, False, False),
    # 'looks back on 2020', 'Looking back at 2020': the year a review is of
    (re.compile(r"(?:(?<=\blook back on )|(?<=\blooks back on )|(?<=\blooking back on )|(?<=\blook back at )|"
                r"(?<=\blooks back at )|(?<=\blooking back at ))" + _Y, re.I), _full_year, False, False, False),
    # '2020 in review', 'its 2020 work summary', '2023 results', '2023 in numbers', 'in numbers: 2023': the year a
    # review is of
    (re.compile(r"\b" + _Y + r"(?=\s+(?:in review|review|work summary|results|achievements|performance|"
                r"annual report|in numbers|in figures|by the numbers|at a glance)\b)|(?:(?<=\bannual report )|"
                r"(?<=\bin numbers: )|(?<=\bin figures: )|(?<=\bby the numbers: ))" + _Y.replace("?P<y>", "?P<y2>")
                + r"\b", re.I),
     _full_year, False, False, False),
    # 'the zone's 2022 GDP', 'its 2023 output': a year before what it dates (not an event's name: 'its 2025 work
    # conference', held at the start of the year it plans)
    (re.compile(r"(?:['’]s|\bits|\btheir)\s+" + _Y + r"(?=\s+[A-Za-z])(?!\s+(?:(?:economic )?work )?(?:conference|"
                r"meeting|forum|expo|fair|summit|session|congress)\b)", re.I), _full_year, False, False, False),
    # ('The 2023 total industrial output value has been revised from 4.1 to 4.3 billion yuan': a year as the
    # measure's adjective after 'the'; only before a measure's words, not 'the 2020 level' a change is measured from)
    (re.compile(r"\bthe\s+" + _Y + r"(?=\s+(?:total\s+|annual\s+|full-year\s+)?(?:industrial output|output value|"
                r"industrial added value|operating revenue|main business revenue|revenue|GDP|gross domestic product|"
                r"tax revenue|fiscal revenue|general public budget revenue|exports|imports|total imports|foreign trade|"
                r"fixed[- ]asset investment|industrial investment)\b)", re.I), _full_year, False, False, False),
    # 'GDP, 2024: RMB 32.6 billion', 'GDP, 2023 (revised)[1]: RMB 30.9 billion': a label's year before its colon
    (re.compile(r",\s*" + _Y + r"(?=\s*(?:\((?:revised|preliminary|final|estimated?)\))?\s*(?:\[\d{1,2}\])?\s*[:：])", re.I),
     _full_year, False, False, False),
    # 'Regional GDP 2015: CNY 31.2 billion': the year a label's figure is of, before its colon
    (re.compile(r"(?<=[A-Za-z)] )" + _Y + r"(?=\s*[:：]\s*(?:about\s+|over\s+)?(?:[A-Z]{3}\s*|RMB\s*|US\$\s*|\$\s*|¥\s*)?"
                r"\d)"), _full_year, False, False, False),
    # 'Population (2020 census): 132,000': the census's year
    (re.compile(r"\b" + _Y + r"(?=\s+(?:national\s+|population\s+)*census\b)", re.I), _full_year, False, False, False),
    # 'Key indicators (2022):', 'Main Economic Indicators 2022', '[Key Figures: 2022]', '(2022年)'
    (re.compile(r"\(" + _Y + r"年?\)|\b(?:indicators?|key figures|key data)(?:[,:：]\s*|\s+(?:for\s+|of\s+|in\s+)?|"
                r"\s*\(\s*(?:latest |reference )?year\s*[:：]\s*)" +
                _Y.replace("?P<y>", "?P<y2>"), re.I),
     _full_year, False, False, False),
    # 'the 2025 output target', 'the 2025 high-tech enterprise target': the year a goal is set for, before the goal
    # (not a heading's 'What's next: the 2025 targets', which the pattern of a heading's goals reads)
    (re.compile(r"\bthe\s+" + _Y + r"(?=\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?)\s+(?:of|is|was|to|for|set|at)\b)",
                re.I), _full_year, False, False, False),
    # 'The 2024 figure has been revised to ...', 'the 2023 total': the year of the figure named by it
    (re.compile(r"\bthe\s+" + _Y + r"(?=" + FIGURE_NOUN + ")", re.I), _full_year, False, False, False),
    # 'TARGET 2025', 'Goals: 2027': the year a heading's goals are for
    (re.compile(r"(?:(?<=\btarget )|(?<=\btargets )|(?<=\bgoal )|(?<=\bgoals )|(?<=\btarget: )|(?<=\btargets: )|"
                r"(?<=\bgoals: ))" + _Y + r"\b", re.I), _full_year, False, False, False),
    # ('for the whole of this year': the words are the period's, so that it stands right after its figure)
    (re.compile(r"\b(?:(?:the (?:whole|full|entire) of|all of)\s+)?" + _REL_ALONE + r"\b", re.I), _full_year, False, False,
     False),
    # 'Over the past year, ...' in a year's first months: last year (the preposition is part of it, so that
    # 'over' is not taken for a comparison's)
    # ('the past year was the first year of the 14th Five-Year Plan': the year reviewed as the sentence's subject)
    (re.compile(r"\b(?:over|in|during) (?P<rel>the past year)\b|(?:^|(?<=[,:] ))(?P<rel2>the past year)(?= (?:was|saw|"
                r"has been|marked)\b)", re.I), _full_year, False, False, False),
]


# each pattern with the precheck that skips it in sentences lacking its words
_GATED = GatedTable((pattern, rest) for pattern, *rest in _PATTERNS)


def find_periods(text: str, offset: int, ctx: TimeContext, folded: str | None = None) -> list[Period]:
    """Time expressions in a sentence, resolved; offsets are absolute.

    ``folded`` is ``fold(text)`` when the caller has it already (the reader folds each
    sentence once for all its prechecks).

    >>> ctx = TimeContext(2021, 8)
    >>> [(p.first, p.last) for p in find_periods("In the first half of this year, output", 0, ctx)]
    [((2021, 1), (2021, 6))]
    >>> [(p.first, p.last, p.point) for p in find_periods("As of November 2017, there were", 0, ctx)]
    [((2017, 1), (2017, 11), True)]
    >>> [(p.first, p.last) for p in find_periods("From January to September 2017, GDP", 0, ctx)]
    [((2017, 1), (2017, 9))]
    """
    taken: list[tuple[int, int]] = []
    found: list[Period] = []
    for pattern, (resolve, point, plan, future_by), start in _GATED.candidates(fold(text) if folded is None else folded):
        for m in pattern.finditer(text, start):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = resolve(m, ctx)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            first, last, *since = resolved
            found.append(Period(offset + m.start(), offset + m.end(), first, last, point, plan,
                                future_by, since[0] if since else None))
    if " and 19" in text or " and 20" in text:  # 'in 2021 and 2022': the second year of a pair
        for m in _SECOND_YEAR.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                y = int(m.group("y"))
                found.append(Period(offset + m.start(), offset + m.end(), (y, 1), (y, 12)))
    if "the second" in text or "the third" in text or "the fourth" in text:
        found.extend(_elided_quarters(text, offset, found))
    if "quarters" in text and " and " in text:
        found.extend(_listed_quarters(text, offset, ctx, taken))
    found.sort(key=lambda p: p.start)
    if "same " in text and _SAME_STRETCH.search(text):
        for i in range(1, len(found)):
            before, p = found[i - 1], found[i]
            if _SAME_PERIOD_BEFORE.search(text, 0, p.start - offset) and p.first == (p.last[0], 1) \
                    and p.last[1] == 12 and before.first is not None and before.last[0] == p.last[0] + 1 \
                    and (before.first[1], before.last[1]) != (1, 12):
                # ('from January to June, up 21.3% over the same period last year, when output was ...': that
                # stretch a year before, not the whole of it)
                found[i] = replace(p, first=(p.last[0], before.first[1]), last=(p.last[0], before.last[1]))
    for i in range(1, len(found)):
        before, p = found[i - 1], found[i]
        if p.plan and before.plan and p.start - before.end <= 2 and (before.first, before.last) == (p.first, p.last):
            found[i] = replace(p, since=before.since)  # '13th Five-Year Plan period (2016-2020)': the plan's years
        elif (_WHOLE_YEAR.fullmatch(text, p.start - offset, p.end - offset)
              # ('In 2020, ... the park signed 11 projects throughout the year and ...': 'the year' after 'in', 'for',
              # 'throughout' or 'during' is a year just named whole)
              or (text.startswith("the year", p.start - offset) and p.end - p.start == 8
                  and before.first == (before.last[0], 1) and before.last[1] == 12)) and not before.plan \
                and not _FOUNDED_BEFORE.search(text, max(0, before.start - offset - 80), before.start - offset):
            # (not a founding's year: 'Founded in 2003 and approved ... in 2006, the zone aims ... for the whole year')
            # 'Last year, ... and its tax revenue for the full year was ...': the year just named
            year = before.last[0]
            found[i] = replace(p, first=(year, 1), last=(year, 12))
        elif before.point and before.last[1] < 12 and p.first == (before.last[0], 1) and p.last == (before.last[0], 12) \
                and text.startswith("this year", p.start - offset) and p.end - p.start == 9:
            # ('As of the end of October, the park had completed fixed-asset investment of 3.86 billion yuan this
            # year': the year so far, to the month named)
            found[i] = replace(p, last=before.last)
    return found


def _elided_quarters(text: str, offset: int, found: list[Period]) -> list[Period]:
    """'... 2.71 billion yuan in the first quarter, 3.05 billion yuan in the second, 3.22 billion yuan in the third
    and ...': the quarters a list names after the first, the word 'quarter' left out (of the year the first is of).

    >>> ctx = TimeContext(2025, 1)
    >>> [(p.first, p.last) for p in find_periods("2.71 billion yuan in the first quarter, 3.05 billion yuan in the "
    ...                                          "second and 3.22 billion yuan in the third", 0, ctx)]
    [((2024, 1), (2024, 3)), ((2024, 4), (2024, 6)), ((2024, 7), (2024, 9))]
    """
    first = next((p for p in found if p.first is not None and p.first[1] == 1 and p.last[1] == 3
                  and p.first[0] == p.last[0]), None)
    if first is None:
        return []
    year = first.first[0]
    out = []
    for m in _ELIDED_QUARTER.finditer(text):
        at = offset + m.start("q")
        if m.start() + offset >= first.end and not any(p.start <= at < p.end for p in found):
            n = {"second": 2, "third": 3, "fourth": 4}[m.group("q").lower()]
            out.append(Period(offset + m.start(), offset + m.end(), (year, 3 * n - 2), (year, 3 * n)))
    return out


def _listed_quarters(text: str, offset: int, ctx: TimeContext, taken: list[tuple[int, int]]) -> list[Period]:
    """'the first and second quarters', 'the second, third and fourth quarters': each quarter a list names, one
    period per ordinal (of the year a quarter named alone would be of).

    >>> [(p.first, p.last) for p in find_periods("Growth in the first and second quarters was 5.3 percent and 8.0 "
    ...                                          "percent respectively", 0, TimeContext(2022, 10))]
    [((2022, 1), (2022, 3)), ((2022, 4), (2022, 6))]
    """
    out = []
    for m in _QUARTER_LIST.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        year = _year(m, ctx)
        if year is None:
            continue
        for ordinal in _ORDINAL.finditer(m.group(), 0, m.start("last") - m.start() + len(m.group("last"))):
            first, last = _QUARTER_MONTHS[ordinal.group().lower()]
            at, y = m.start() + ordinal.start(), _not_yet(m, ctx, year, last)
            out.append(Period(offset + at, offset + at + len(ordinal.group()), (y, first), (y, last)))
    return out


_QUARTER_LIST = re.compile(r"\bthe (?:first|second|third)(?:,\s*(?:second|third))?,?\s+and\s+(?P<last>second|third|"
                           r"fourth) quarters\b(?:,?\s*(?:of\s+)?(?:" + _Y + "|" + _REL + r"))?", re.I)
_ORDINAL = re.compile(r"first|second|third|fourth", re.I)
_SAME_STRETCH = re.compile(r"\bsame (?:period|time|quarter|month|half)\b", re.I)
_SAME_PERIOD_BEFORE = re.compile(r"\bthe same (?:period|time|quarter|month|half) (?:of )?$", re.I)
_ELIDED_QUARTER = re.compile(r"\b(?:in|for|during) the (?P<q>second|third|fourth)\b(?=\s*(?:,|;|\.|and\b|$))", re.I)
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|approved|set up|launched|opened|upgraded|renamed)\b"
                             r"[^.;]{0,70}$", re.I)
# ('... 11.8 billion yuan in 2025, ..., and had 132 enterprises at the end of the year': the year just named)
_WHOLE_YEAR = re.compile(r"the (?:full|whole) year|(?:(?:at|by) )?the end of the year|(?:full|whole)-year", re.I)


_SECOND_YEAR = re.compile(r"(?<=(?:19|20)\d\d and )" + _Y + r"\b")


# ... or a revised or preliminary figure's mark ('Jan-Mar 2025(r)', '2025 (revised)')
_YEAR_END_HEAD = re.compile(r"(?:(?:19|20)\d\d\s*)?(?:(?:at\s+)?(?:the\s+)?end[- ](?:of\s+)?(?P<y>(?:19|20)\d\d)|"
                            r"(?P<y2>(?:19|20)\d\d)\s*(?:year[- ])?end|year[- ]end\s+(?P<y3>(?:19|20)\d\d))", re.I)
_MONTHS_SO_FAR_HEAD = re.compile(r"1\s*[-–~]\s*(\d{1,2})\s*months?(\s*(?:of\s+)?(?:19|20)\d\d)?", re.I)
# each month's full name, the longest of its names ('September', not 'sept')
_MONTH_NAMES = [max((name for name, n in MONTHS.items() if n == month), key=len).title() for month in range(1, 13)]
_RESTATED_IN_BRACKETS = re.compile(r"([^()]+?)\s*[(（]([^()（）]+)[)）]")
# ('2018 (full year)' beside 'Jan-Oct 2019': the year itself)
_COMPLETED_IN_HEAD = re.compile(r"^(?:actual(?:ly)?|completed|achieved|results?|outturn)\s+(?:in|for|of)\s+", re.I)
# ('Jan-Sep total', 'Jan-Jun cumulative': the stretch's own figure, summed)
_ALONE_IN_HEAD = re.compile(r"\s+(?:alone|only|\(month\)|\(single month\)|total|cumulative|accumulated)$|"
                            r"\s*\((?:r|p|e|revised|preliminary|estimated?|full[- ]year|whole year|annual)\)$", re.I)


def column_period(cell: str, ctx: TimeContext) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The period a table's column header names, if it names nothing else: 'Jan-Sep', 'September', 'Q3 2024'.

    >>> column_period("Jan-Sep", TimeContext(2025, 10))
    ((2025, 1), (2025, 9))
    >>> column_period("September", TimeContext(2025, 10))
    ((2025, 9), (2025, 9))
    >>> column_period("YoY (%)", TimeContext(2025, 10)) is None
    True
    >>> column_period("end-2021", TimeContext(2022, 2)), column_period("2021  end-2021", TimeContext(2022, 2))
    (((2021, 1), (2021, 12)), ((2021, 1), (2021, 12)))
    >>> column_period("1-3 months", TimeContext(2019, 4)), column_period("1-10 months of 2022", TimeContext(2022, 11))
    (((2019, 1), (2019, 3)), ((2022, 1), (2022, 10)))
    >>> column_period("2018 (full year)", TimeContext(2019, 11)), column_period("Completed in 2020", TimeContext(2021, 1))
    (((2018, 1), (2018, 12)), ((2020, 1), (2020, 12)))
    """
    # ('Q3 alone', 'July only', 'Sep (month)': the stretch itself; 'Completed in 2020': the year's figure)
    cell = _COMPLETED_IN_HEAD.sub("", _ALONE_IN_HEAD.sub("", cell.strip()))
    if (year_end := _YEAR_END_HEAD.fullmatch(cell)) is not None:
        # ('end-2021', '2021年末 end-2021' read as '2021  end-2021', 'year-end 2020': the counts at that year's end)
        year = int(year_end.group("y") or year_end.group("y2") or year_end.group("y3"))
        return (year, 1), (year, 12)
    if (so_far := _MONTHS_SO_FAR_HEAD.fullmatch(cell)) is not None and 2 <= int(so_far.group(1)) <= 12:
        # ('1-3 months', '1-10 months of 2022': 1-3月, a statistics release's year so far, as January-March is)
        cell = f"January-{_MONTH_NAMES[int(so_far.group(1)) - 1]}{so_far.group(2) or ''}"
    if (said_twice := _RESTATED_IN_BRACKETS.fullmatch(cell)) is not None:
        # ('Q3 (Jul-Sep)': the stretch and its months in brackets, the same stretch)
        first, second = column_period(said_twice.group(1), ctx), column_period(said_twice.group(2), ctx)
        return first if first is not None and first == second else None
    alone = cell.lower().rstrip(".") in MONTHS  # a month named alone reads as 'in September,'
    # ('End of June 2025': a month's end, as 'at the end of June 2025' is)
    month_end = not alone and _MONTH_END_HEAD.match(cell) is not None
    said = f"in {cell}," if alone else f"at the {cell[0].lower()}{cell[1:]}" if month_end else cell
    found = find_periods(said, 0, ctx)
    if len(found) != 1 or found[0].first is None:
        return None
    covered = found[0].end - found[0].start
    return (found[0].first, found[0].last) if covered >= len(said) - 2 else None


_MONTH_END_HEAD = re.compile(r"end of (?:" + "|".join(m for m in MONTHS if len(m) > 3) + r")\b", re.I)


_DATA_PERIOD = re.compile(r"((?:19|20)\d\d)(?:[- ]?(?:Q([1-4])|H([12])|M(\d\d))|-(\d\d)(?:-\d\d)?)?")


def data_period(cell: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The stretch a data file's period code names: a year, a quarter, a half, a month or a day (the month it
    falls in: a stock counted that day).

    >>> data_period("2023"), data_period("2024Q1"), data_period("2024H1")
    (((2023, 1), (2023, 12)), ((2024, 1), (2024, 3)), ((2024, 1), (2024, 6)))
    >>> data_period("2024-06-30"), data_period("2024M07"), data_period("Jan-Jun") is None
    (((2024, 6), (2024, 6)), ((2024, 7), (2024, 7)), True)
    """
    m = _DATA_PERIOD.fullmatch(cell.strip())
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2):
        quarter = int(m.group(2))
        return (year, quarter * 3 - 2), (year, quarter * 3)
    if m.group(3):
        return ((year, 1), (year, 6)) if m.group(3) == "1" else ((year, 7), (year, 12))
    month = m.group(4) or m.group(5)
    if month:
        return ((year, int(month)), (year, int(month))) if 1 <= int(month) <= 12 else None
    return (year, 1), (year, 12)


def explicit_years(text: str) -> list[int]:
    """Plausible calendar years a text names, for resolving 'this year' in undated documents."""
    return [int(y) for y in re.findall(r"(?<![\w.-])((?:19|20)\d\d)(?![\w-])", text)]


def fmt(ym: tuple[int, int] | None) -> str | None:
    """(2021, 6) -> '2021-06'."""
    if ym is None:
        return None
    return f"{ym[0]:04d}-{ym[1]:02d}"
