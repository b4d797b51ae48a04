"""Read the rows of tables, the pipe kind and the kind laid out with spaces or tabs.

A mixin of the document reader (``pipeline._Reader``): a table's header sets
which column holds what (values, growth, units, a year per column) and the
rows under it become drafts placed like any other figure. It keeps the
reader's table state in attributes the reader initialises: ``table`` (the
pipe table's columns), ``by_zone``, ``by_industry`` and ``by_year`` (a table
with a row per zone, per industry or per year, its measured columns), ``row_metric`` (the metric of the last row that
named one) and ``spaced`` (the spaced table being read), and
calls the reader's ``_place`` for every draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from orchestration.extract import facts as F
from orchestration.extract.periods import Period, TimeContext, column_period, data_period, find_periods
from orchestration.extract.quantities import area_unit_factor
from orchestration.extract.segment import RANK_HEAD, YEAR_HEAD, Sentence, rejoined

# cells set apart by two spaces or more; an empty cell's '--' is a cell of its own even one space after a label
# ('Added value above designated size --      --      8.6')
# (a dash before its growth in brackets is one cell: '— (8.8)', a growth alone)
_SPACED_CELL = re.compile(r"(?:--|—|–)(?= |$)(?! [(（])|\S+(?: (?!--(?: |$)|—(?: |$)|–(?: |$))\S+)*")
_EMPTY_CELLS = {"--", "—", "-", "–", "..", "…", "n/a", "N/A", "NA"}  # ('..': a statistics file's no figure)
# ('Index': machine translation's 指标)
_ROW_HEAD = re.compile(r"(?:(?:main|key|major|principal)\s+)?(?:economic\s+)?(?:indicators?|items?|index(?:es)?|指标)"
                       r"(?:\s+names?)?(?:\s*[(（]units?[)）])?|"  # ('Indicator name | Completed | Growth': 指标名称)
                       r"industr(?:y|ies)|sectors?", re.I)
_YEAR_HEAD = re.compile(YEAR_HEAD, re.I)
_RULE_CELL = re.compile(r":?-{3,}:?")
# '2024 (target)', '2020 (full year)', '2025 actual' (beside a '2025 target' column)
_YEAR_CELL = re.compile(r"(?:19|20)\d\d(?:年|\s*\([\w -]+\)|\s+(?:actual|results?|completed|achieved|outturn))?", re.I)
_GROWTH_IN_LABEL = re.compile(r"[(（]\s*(?:growth|yoy|change|increase)\s*,?\s*(?:%|％|percent)\s*[)）]\s*$", re.I)
_GROWTH_OF_LABEL = re.compile(r"\s*(?:growth|increase|change)\s+(?:rate\s+)?of\b", re.I)  # 'Growth of ... | % | 9.8'
_PERCENT_LABEL = re.compile(r"[(（]\s*(?:(?:growth|yoy|change|increase)\s*,?\s*)?(?:%|％|percent)\s*[)）]\s*$", re.I)
_CATEGORY_HEAD = re.compile(r"(?:categor(?:y|ies)|classification|class|type|field|domain|dimension|类别|分类)", re.I)
# a year set in a rule over a group of columns: '---------------- 2021 ----------------'
_YEAR_IN_RULE = re.compile(r"[-=─━_]{3,}\s*((?:19|20)\d\d)\s*[-=─━_]{3,}")
_YEARS_IN_RULES = re.compile(r"\s*(?:" + _YEAR_IN_RULE.pattern + r"\s*){2,}")
_CAPTION_LINE = re.compile(r"\s*(?:table|chart|figure|exhibit)\s*[\d.-]*\b", re.I)  # 'Table 1  ...', 'Table 11-3 ...'
_NUMBER_HEAD = re.compile(r"(?:number|count|quantity)(?:\s*[(（][^()（）]{1,30}[)）])?", re.I)
_UNIT_COLUMN = re.compile(r"\(?(?:units?|unit of measure(?:ment)?|measure|单位)\)?", re.I)
_GROWTH_COLUMN = re.compile(r"growth|increase|change|%|yoy|y/y|y-o-y|year-on-year|"
                            r"\b(?:19|20)\d\d\s*(?:vs\.?|versus)\s*(?:19|20)\d\d", re.I)  # '2020 vs 2019'
# a header line this far in from the margin has left the labels' column blank
_BLANK_HEAD_INDENT = 10
# a growth column that names its stretch: 'Growth, 1-9 months (%)', 'Growth of Jan-Sep (%)'
_GROWTH_OF = re.compile(r"(?:yoy|growth|change)(?:\s*,\s*|\s+(?:of|in|for)\s+)([^()%]+?)\s*(?:\(%\)|%)?", re.I)


_DIGIT = re.compile(r"\d")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_SIGNED_IN_CELL = re.compile(r"[(（]\s*([+-−]\s*[\d.]+)\s*%\s*[)）]")
# a figure with its growth in brackets, under a caption that says so: '142.3 (12.4)', '23.7 (-1.8)'
# (or after a slash: '6.42/+5.3%', '965 / 3.8' under '(each cell: value / growth ...)'; a growth after a bare slash
# is signed, in percent or with decimals, not the second of two years: '2022/23')
_GROWTH_IN_BRACKETS = re.compile(r"(?P<n>-?\d[\d,]*(?:\.\d+)?|[—–]|--)\s*"
                                 r"(?:[(（]\s*(?P<g>[+\-−]?\s*\d+(?:\.\d+)?)\s*%?\s*[)）]|"
                                 r"(?:\s/\s|/(?=\s*[+\-−]|[\d.]+\s*%|\d*\.\d))\s*"
                                 r"(?P<g2>[+\-−]?\s*\d+(?:\.\d+)?)\s*%?)")
_NAME_WORD = re.compile(r"[a-z][a-z'-]+")
_ZONE_WORD = re.compile(r"\b(?:zone|park|EDZ|ETDZ|HTZ)\b", re.I)
# the words of a zone's name that say what kind of place it is, not which
_KIND_WORDS = frozenset({"zone", "park", "area", "district", "city", "county", "new", "the", "of", "and", "industrial",
                         "development", "economic", "technological", "high-tech", "hi-tech", "national", "provincial"})
# ('| Indicator | Whole park | North Park | South Park |': the zone as a whole, beside its parts)
_THE_ZONE_CELL = re.compile(r"(?:the )?(?:(?:whole|entire) )?(?:ETDZ|EDZ|HTZ|zone|park|development zone|high-tech zone)"
                            r"(?: as a whole| total)?", re.I)
_FIGURE_CELL = re.compile(r"[-+−]?[\d,.]+|\[\s*[\d,.]+\s*\]")  # ('+7.9': a growth under a row's label '(growth, %)')
# a figure at the end of a row's label, one space after its last word: '... investment 41,700'
_GLUED_FIGURE = re.compile(r"[A-Za-z)]\s(\d[\d,]*(?:\.\d+)?)$")
# a change or a share alone in a cell, signed or not: '+12.6%', '7.8%' (a row's, never a header's)
_PERCENT_CELL = re.compile(r"(?:[+\-−]\s*)?\d[\d,]*(?:\.\d+)?\s*%")
_CHANGE_CELL = re.compile(r"[+\-−]\s*\d[\d,]*(?:\.\d+)?\s*%")  # '+12.6%': a row's growth, never a header's
# a figure with its scale and no currency, under a head that names the currency: '38.5 bn' under 'RMB'
_SCALED_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?\s*(?:bn|billion|mn|mln|million|m)\.?", re.I)
_CURRENCY_HEAD = re.compile(r"(?:approx(?:imately|\.)?\s*|about\s*|~\s*)?(?P<cur>RMB|CNY|yuan|USD|US\$|US dollars?)",
                            re.I)
_FIVE_YEARS = re.compile(r"\[\s*([\d,.]+)\s*\]")
_TEN_THOUSAND = re.compile(r"10,000|ten thousand|万", re.I)
_TIME_HEAD = re.compile(r"(?:statistical|reference|data|report(?:ing)?)\s+(?:time|period|date)|as of|统计时间", re.I)
_NOT_A_FIGURE_COLUMN = re.compile(r"average annual|annual average|attribute|nature|remarks?|notes?|属性|"
                                  # 'Completion (%)' of a goal; not '2024 completed', a column of the year's figures
                                  r"completion(?: rate)?\s*(?:\(%\)|%|\(percent\))|% (?:completed|of (?:the )?"
                                  r"(?:target|plan))|progress", re.I)
# 'Annual target', 'Full-year plan', '全年目标': a goal for the year the table reports on
# ('Target for 2020', 'Target (2020)': the year after the word)
_TARGET_COLUMN = re.compile(r"(?:annual|full[- ]year|yearly|\d{4})?\s*(?:targets?|plan(?:ned)?|goals?)"
                            r"(?:\s+(?:for|of)\s+\d{4}|\s*[(（]\d{4}[)）])?|全年目标|目标", re.I)
# a goal's cell that gives a growth in place of an amount: 'growth of 15%', 'up about 8%'
_GOAL_GROWTH_CELL = re.compile(r"(?:growth|increase|up|grow(?:ing)?)\s+(?:of\s+|by\s+)?(?:about\s+|around\s+)?"
                               r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent)", re.I)
_OF_WHICH = re.compile(r"\s*(?:of which|among (?:them|which)|including)\s*[:：,]?", re.I)
# a row's label, up to its first cell's gap: 'Electronic information   96.3   12.4'
_ROW_LABEL = re.compile(r"\s*([^\s|\t](?:[^|\t\n]*?[^\s|\t])?)(?:\s{2,}|\t|\s*\|)")
# (perhaps with a note on what it totals: 'Park total (industrial)')
_TOTAL_ROW = re.compile(r"(?:(?:(?:the )?(?:zone|park)(?:['’]s)? )?(?:total|all industries)|"
                        r"(?:the )?whole (?:zone|park)|(?:the )?(?:zone|park) as a whole|合计|总计)"
                        r"(?:\s*[(（][a-z ]{1,30}[)）])?", re.I)
_AT_LEAST_CELL = re.compile(r"\s*(?:≥|>=|>|not less than|at least)\s*", re.I)
# what a cell or label closes on in brackets: a unit ('Indicator (unit: 100 million yuan)'), a note after a tile's
# figure ('126 (end of June)')
_BRACKET_AT_END = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_LABEL_YEAR = re.compile(r"(?:,\s*|\(\s*|\s+in\s+)((?:19|20)\d\d)\)?\s*$")


_YEAR_END = re.compile(r"\byear[- ]?end\b|\bend of (?:the )?year\b", re.I)
_LABEL_THEN_FIGURE = re.compile(r"(.*[^\d\s,.])\s(-?[\d,]+(?:\.\d+)?)")
# a label and its unit one space apart: 'Operating revenue of enterprises above designated size 10,000 yuan'
_LABEL_THEN_UNIT = re.compile(r"(.*[A-Za-z)])\s((?:US\$|USD|RMB|CNY|HK\$)?\s?\d[\d,]*(?:\s(?:million|billion))?"
                              r"(?:\s(?:yuan|US dollars|dollars|USD|RMB))?)")
_LAST_YEAR_HEAD = re.compile(r"(?:the )?same period (?:of )?(?:last|the previous|the prior) year|last year|"
                             r"previous year|(?:a )?year (?:earlier|ago)", re.I)
_WHOLE_YEAR_HEAD = re.compile(r"(?:the )?(?:full|whole)[- ]year|annual|year total", re.I)


# a Chinese word of a header's cell, with the figures written into it: '1-10月', '2021年目标', '同比±'
_CHINESE_WORD = re.compile(r"[^\s\u4e00-\u9fff]*[\u4e00-\u9fff][^\s]*")


def _english_head(cell: str) -> str:
    """A bilingual header's cell read by its English, the Chinese words with their figures left out.

    >>> _english_head("1-10月 Jan-Oct"), _english_head("2021年目标 Annual target"), _english_head("Indicator")
    ('Jan-Oct', 'Annual target', 'Indicator')
    """
    if not F.HAN.search(cell):
        return cell
    english = " ".join(_CHINESE_WORD.sub(" ", cell).split())
    return english if any(c.isascii() and c.isalpha() for c in english) else F.english_of(cell)


_FOOTNOTED_YEAR = re.compile(r"((?:19|20)\d\d)[a-z*†]?")  # '2021a': a year with its footnote's mark
_CLOSED_UNIT = re.compile(r"(?<=\)) (?=\S)")  # 'Growth (%) (100m yuan) growth (%)': a label ends with its unit


def _stacked_columns(header: list[tuple[int, str]], row: list[tuple[int, str]]
                     ) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """The labels of a header stacked over lines (``header``, top first), each word set over the column of
    figures it starts before the end of (``row``: the first row of figures, where each cell starts in its line):
    ('Enterprises' over 'above' over 'designated size', then the years). A label that ends with a unit in brackets
    ends there, though a single space may follow ('Growth (%) (100m yuan) growth (%)'). Also which column a column
    of growth gives the change of: the one before it, or its own measure ('Industrial investment growth (%)').

    >>> header = [(0, "        Enterprises   Output value"), (0, "Year    above size    (100m yuan)  Growth (%)")]
    >>> columns, growth = _stacked_columns(header, [(0, "2019"), (13, "71"), (26, "112.4"), (40, "8.2")])
    >>> [label for _, label in columns], growth
    (['Enterprises above size', 'Output value (100m yuan)', 'Growth (%)'], {40: 26})
    """
    ends = [at + len(cell) for at, cell in row[1:]]
    year_end = row[0][0] + len(row[0][1])
    labels: list[str] = ["" for _ in ends]
    for _, line in header:
        for m in _SPACED_CELL.finditer(line):
            if m.start() <= year_end:
                continue  # ('Year'): the years' own column
            piece_at = m.start()
            for piece in _CLOSED_UNIT.split(m.group()):
                k = next((k for k, end in enumerate(ends) if piece_at < end), len(ends) - 1)
                labels[k] = rejoined(labels[k], piece) if labels[k] else piece
                piece_at += len(piece) + 1
    columns = [(at, label) for (at, _), label in zip(row[1:], labels, strict=True)]
    growth = {}
    for k, (at, label) in enumerate(columns):
        if _GROWTH_COLUMN.search(label) and F.count_label(label) is None:
            own = F.money_metric(label, "")
            before = columns[k - 1] if k else None
            growth[at] = before[0] if before is not None and own is None and before[0] not in growth else at
    return columns, growth


_AND_PERCENT = re.compile(r"\s*[,;，、]\s*%\s*$")  # ('Unit: 100 million yuan, %': the growth's unit after)
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")  # ('(100 million yuan)': a unit, no figure)
_ENDS_ON_A_JOINT = re.compile(r"\b(?:and|or|of|in|for|by|the|from|&)$|[-,]$", re.I)
_ZONE_KIND_AFTER = re.compile(r"(.+?) (?:Industrial )?(?:Park|Zone)")
_WHOLE = re.compile(r"\b(?:whole|entire)\b", re.I)
_HOST_KIND_CELL = re.compile(r"(?:the |whole |entire )*(?P<kind>county|district|banner|city)", re.I)
_WORDS_CELL = re.compile(r"[A-Za-z][A-Za-z ().,'’-]*")
_UNIT_OPENS = re.compile(r"[(（](?:[\d,.]+(?:\s+|$))?[A-Za-z$\s]*$")
# a year after a label's word on the line a row's label wraps onto: '  of 2022 (%)' under '  Growth over same quarter'
_YEAR_AFTER_A_WORD = re.compile(r"(?<=[a-z] )(?:19|20)\d\d\b")
_UNIT_ROW_HEAD = re.compile(r"(?:单位\s*)?units?|单位", re.I)
# ('Wangjiang County, Jan.-Sep.', 'Park, Jan-Sep 2025': a place, or its kind alone, and a stretch)
_PLACE_BEFORE_HEAD = re.compile(r"(?P<place>(?:[A-ZÀ-ÖØ-Þ][\w'’ -]*\s)?(?:County|District|City|Zone|Park))\s*[,，]\s*"
                                r"(?P<rest>.+)")
_VALUE_HEAD = re.compile(r"(?:values?|amounts?|figures?|actual|completed|volume|total)", re.I)
_RULE = re.compile(r"\s*[-=_—─━]{5,}\s*")
# ... or one under each group of columns (each run taken whole: a run split many ways backtracks for ever on a long
# dashed line that is no rule)
_RULES = re.compile(r"(?:\s*[-=_—─━]{5,}(?![-=_—─━]))+\s*")


def _line_above(text: str, end: int) -> str:
    """The last line with text before ``end`` (within 200 characters): a table's caption, if it has one."""
    return text[max(0, end - 200): end].strip().rsplit("\n", 1)[-1]


def _whole_year(year: int | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    return None if year is None else ((year, 1), (year, 12))


_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")


def _caption_unit(text: str, start: int) -> tuple[float, str] | None:
    """The unit in brackets on the short line just above a table's header: its caption.

    >>> _caption_unit("Five-year trend (RMB bn)\\nIndicator  2019  2020", 25)
    (1000000000.0, 'CNY')
    >>> _caption_unit("It said the park (RMB bn) grew fast and kept on growing in every year since.\\nA  B", 77)
    >>> _caption_unit("| Revenue (RMB bn) | 162.4 |\\n| Output (RMB bn, growth %) | 118.5 (+7.8) |", 28)
    >>> _caption_unit("Exhibit 2: Kunshan HTZ - key economic and fiscal indicators (RMB bn)\\n| | 2020 |", 69)
    (1000000000.0, 'CNY')
    """
    caption = _line_above(text, start)
    if "|" in caption or "\t" in caption:  # a row of a table above
        return None
    # prose, unless a longer caption closes on its unit: 'Exhibit 2: ... key economic and fiscal indicators (RMB bn)'
    # (a month's abbreviation ends no sentence: 'Table 1  Economic indicators, Jan.-Sep. 2023 (100 million yuan)')
    if len(caption) > 60 and (len(caption) > 120 or not caption.rstrip().endswith((")", "）"))
                              or re.search(r"[.!?]\s", _MONTH_ABBREVIATION.sub("", caption))):
        return None
    return F.unit_in_label(caption)


def _lines_over_a_gap(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` lines with text before ``start`` (within 300 characters), past the blank lines right above it: a
    caption set over a blank line before a table's header or its unit line.

    >>> _lines_over_a_gap("Table 2  Output, 2024\\nUnit: 100 million yuan\\n\\nPeriod  Output", 45, 2)
    ['Table 2  Output, 2024', 'Unit: 100 million yuan']
    """
    return text[max(0, start - 300): start].rstrip().split("\n")[-n:]


def _caption_year(text: str, start: int) -> int | None:
    """The one year a table's caption names, on the three lines above its header, if any.

    >>> _caption_year("Table 1, 2022\\n(unit: 100 million yuan)\\nIndicator  Q1", 39)
    2022
    >>> _caption_year("Indicators\\nIndicator  Q1", 11) is None
    True
    """
    years = {m.group() for line in _caption_lines(text, start) for m in _CAPTION_YEAR.finditer(line)}
    return int(years.pop()) if len(years) == 1 else None


def _caption_lines(text: str, start: int) -> list[str]:
    """The short lines of the three above a table's header that may caption it (a blank line may stand
    between: 'Table 6 ..., 2024', '(unit: ...)', '', the header); no row of a table above."""
    begin = start
    for _ in range(3):
        begin = text.rfind("\n", 0, max(0, begin - 1)) + 1
    return [line for line in text[begin: start].splitlines() if len(line) <= 80 and "|" not in line
            and "\t" not in line]


def _caption_measure(text: str, start: int) -> str | None:
    r"""The measure a table's caption names on the three lines above its header, the nearest first.

    >>> _caption_measure("Table 1  Output value of industrial enterprises above designated size by industry\n"
    ...                  "(unit: 10,000 yuan)\n\n| Industry | Jan-Sep |", 103)
    'industrial_output_above_size'
    """
    begins = [start]
    for _ in range(5):
        begins.append(text.rfind("\n", 0, max(0, begins[-1] - 1)) + 1)

    def short_lines(begin: int) -> list[str]:
        return [line for line in text[begin: start].splitlines() if len(line) <= 160 and "|" not in line]

    lines = short_lines(begins[3])
    if not any(F.money_metric(line, "") for line in lines) and len([line for line in lines if line.strip()]) == 1:
        # ('II. Output value of industrial enterprises above designated size, by month', a blank line, 'Unit: 10,000
        # yuan', a blank line: a heading over the unit, each a paragraph of its own: two lines further up)
        lines = short_lines(begins[5])
    return next((code for line in reversed(lines) if (code := F.money_metric(line, "")) is not None), None)


def _caption_stretch(text: str, start: int, ctx: TimeContext) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The one stretch a table's caption names on the three lines above its header ('Table 2  Output value above
    designated size by industry, January-September 2022 (Unit: 10,000 yuan, %)'), for columns that name none.

    >>> _caption_stretch("Table 2  Output by industry, January-September 2022 (Unit: 10,000 yuan)\\n\\nIndustry  A",
    ...                  74, TimeContext(2022, 10))
    ((2022, 1), (2022, 9))
    """
    begin = start
    for _ in range(3):
        begin = text.rfind("\n", 0, max(0, begin - 1)) + 1
    lines = [line for line in text[begin: start].splitlines() if len(line) <= 160 and "|" not in line
             and "\t" not in line]
    if len(lines) == 3 and not lines[0].strip() and not lines[2].strip() and _BRACKETED_UNIT.fullmatch(lines[1]):
        # ('III. Industrial enterprises above designated size by industry, 2022', a blank line, '(output value in 100
        # million yuan)', a blank line, then the header: the heading over the unit is the caption)
        heading = _lines_over_a_gap(text, begin, 1)[0]
        lines = [heading] if len(heading) <= 160 and "|" not in heading and "\t" not in heading else lines
    found = [p for line in lines for p in find_periods(line, 0, ctx) if p.first is not None and not p.point]
    if not found:
        # ('Table 1  Key industrial chains of Xuebu Industrial Park, 2024 (revenue in 100 million yuan)': the one
        # year it names, when it names no part of one)
        years = {m.group() for line in lines for m in _CAPTION_YEAR.finditer(line)}
        if len(years) == 1 and not any(_PART_OF_YEAR.search(line) for line in lines):
            return _whole_year(int(years.pop()))
    return (found[0].first, found[0].last) if len(found) == 1 else None


# a line of a table's unit in brackets: '(output value in 100 million yuan)'
_BRACKETED_UNIT = re.compile(r"\s*[(（][^()（）\n]{2,80}[)）]\s*")
# a spaced table's head of its rows of months ('Month   Output value   YoY growth   Cumulative'), its rows read as a
# pipe table's (a row per year is read as measures down the side, its growth row after the years; 'Period' over
# stretches of a year as the caption's measure by stretch, the year the caption's)
_MONTH_HEAD = re.compile(r"months?|period", re.I)
# a column of the month's own value that names no measure: 'Current period', 'Current month', 'This month'
_CURRENT_HEAD = re.compile(r"(?:current|this|the)\s+(?:period|month)(?:\s+(?:value|amount))?|monthly(?:\s+value)?|"
                           r"(?:for|in)\s+the\s+month|value|amount", re.I)
# a column of the year so far beside the month's: 'Cumulative', 'Cumulative value', 'Year to date'
_SO_FAR_HEAD = re.compile(r"(?:cumulative|accumulated|year[- ]to[- ]date|ytd)"
                          r"(?: (?:value|total|amount|output(?: value)?))?", re.I)
# a caption's part of a year: 'January-April 2025', 'Q3 2024', 'first half of 2023', 'as of June'
_PART_OF_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|quarter|\bq[1-4]\b|"
                           r"\bh[12]\b|\bhalf\b|\bmonths?\b|\b1\s*-\s*\d\d?\b|\bas of\b|\bend\b", re.I)


def _caption_names_a_part(text: str, start: int) -> bool:
    """Whether the caption over a table's header names a part of a year ('Main indicators by zone,
    January-April 2025'), when its year is not the whole year's.

    >>> _caption_names_a_part("Main indicators of the parks, 2022\\n(Unit: 100 million yuan)\\nPark  Output", 59)
    False
    >>> _caption_names_a_part("Main indicators by zone, January-April 2025\\nZone  Output", 44)
    True
    """
    return any(_PART_OF_YEAR.search(line) for line in _caption_lines(text, start) if _CAPTION_YEAR.search(line))


# (or against what it names: 'Growth over same quarter of 2022 (%)', 'Growth on last year (%)')
_GROWTH_ROW = re.compile(r"(?:growth(?:\s+(?:yoy|y/y|y-o-y))?|yoy|y/y|year[- ]on[- ]year(?: growth)?)"
                         r"(?:\s+(?:over|on|vs\.?|compared with)\s+(?:the\s+)?(?:same\s+(?:period|quarter|month|time)"
                         r"(?:\s+(?:of|in))?\s+)?(?:last year|the previous year|a year (?:earlier|ago)|(?:19|20)\d\d))?"
                         r"\s*(?:\(%\)|,?\s*%)?", re.I)
_CAPTION_YEAR = re.compile(r"(?<![\d.,-])(?:19|20)\d\d(?![\d.,-])")


def _scale(amount) -> float:
    """The power of ten an amount's cell multiplies its number by ('USD 2.05 bn': 1e9), exactly."""
    if not amount.number:
        return 1.0
    return float(Decimal(repr(amount.value)) / Decimal(repr(amount.number)))


# ('By industry (Jan-Jun)': the stretch its figures cover in brackets)
_INDUSTRY_HEAD = re.compile(r"(?:by )?(?:main |key |leading )?(?:industr(?:y|ies)|sectors?|"
                            r"(?:industry |industrial )?chains?|(?:industrial )?clusters?)"
                            r"(?:\s*\([^()]{1,30}\))?", re.I)
_PROSE_MARK = re.compile(r"[.,;]\s|[.,;]$|-$")  # (a justified line of prose set apart by spaces is no header)
_INVESTMENT_ALONE = re.compile(r"investment\s*(?:\([^()]*\))?", re.I)
# the heads of a table in long format, by the role of their column
_LONG_HEADS = [("indicator", re.compile(r"indicators?(?: (?:name|code))?|metrics?|variables?|measures?", re.I)),
               ("period", re.compile(r"(?:reporting |statistical |time )?periods?|time|date", re.I)),
               ("value", re.compile(r"values?|obs(?:ervation)? value", re.I)),
               ("unit", _UNIT_COLUMN),
               ("growth", re.compile(r"yoy(?: pct| %| \(%\))?|(?:year-on-year )?growth(?: pct| \(%\))?", re.I))]
# ('District' over rows of industrial cluster districts, as Henan calls its zones; 'Platform')
# ('Scope | Operating revenue | ...' over 'Whole park' and the park's clusters; not 'Cluster | Main products | ...',
# over a zone's industries)
_ZONE_HEAD = re.compile(r"(?:(?:development |industrial |high-tech |functional )?(?:sub-?)?"
                        r"(?:zones?|parks?|areas?|blocks?)|names?|(?:zone|park) names?|(?:industrial )?(?:cluster )?"
                        r"districts?|platforms?|scopes?|sections?)"
                        r"(?:\s*\([^()]{1,30}\))?", re.I)  # ('Park (county/district)': where each is, beside it)


def _area_code(label: str) -> str | None:
    """The area metric a table's label names: 'Planned area' -> 'area_planned'."""
    area = F.nearest(F._AREA, label)
    if area is None:
        return None
    return "area_planned" if area[0] == "area" and re.search(r"planned|planning", label, re.I) else area[0]


def _long_columns(heads: list[str]) -> dict[str, int] | None:
    """The columns of a header in long format, one observation a row ('zone_name, indicator, period, value, unit,
    yoy_pct', as open-data portals publish them): {'indicator', 'period', 'value', and 'unit', 'growth' if there}.

    >>> _long_columns(["zone code", "zone name", "indicator", "period", "value", "unit", "yoy pct"])
    {'indicator': 2, 'period': 3, 'value': 4, 'unit': 5, 'growth': 6, 'width': 7}
    >>> _long_columns(["Indicator", "Unit", "Jan-Jun", "YoY (%)"]) is None
    True
    """
    found = {}
    for i, head in enumerate(heads):
        for role, pattern in _LONG_HEADS:
            if role not in found and pattern.fullmatch(head.strip()):
                found[role] = i
                break
    return {**found, "width": len(heads)} if {"indicator", "period", "value"} <= found.keys() else None


def _zone_columns(header: list[str], stated: tuple[float, str] | None = None,
                  parts: list[tuple[str, tuple[float, str]]] = ()
                  ) -> dict[int, tuple[str, tuple[float, str], int | None]]:
    """The columns of a zone-per-row table that hold one measure each: {column: (metric, unit, growth column)}.

    A money column takes the unit its header states, else the one a unit line above states for its measure
    (``parts``: 'Unit: USD 10,000 for foreign capital; 100 million yuan for trade'), else the table's (``stated``:
    '(Unit: 100 million yuan, %)' above it); a growth column right after a measure is that measure's growth.

    >>> _zone_columns(["Zone", "Level", "Planned area", "Industrial land price", "GDP (100 million yuan)"])
    {2: ('area_planned', (1.0, 'km2'), None), 4: ('gdp', (100000000.0, 'CNY'), None)}
    >>> _zone_columns(["High-tech zone", "GDP", "Growth", "Operating revenue (RMB bn)", "Growth"], (1e8, "CNY"))
    {1: ('gdp', (100000000.0, 'CNY'), 2), 3: ('operating_revenue', (1000000000.0, 'CNY'), 4)}
    >>> _zone_columns(["Year", "Tax revenue (100 million yuan)", "Industrial investment growth (%)"])
    {1: ('tax_revenue', (100000000.0, 'CNY'), None), 2: ('industrial_investment', None, 2)}
    """
    columns = {}
    for i, cell in enumerate(header[1:], 1):
        if _TARGET_IN_HEAD.search(cell):
            continue  # a goal's column: ``_target_columns``
        if _SHARE_COLUMN.search(cell):
            continue  # 'Share of zone output %': a part's share, no growth
        if _PART_ABOVE_SIZE_HEAD.fullmatch(cell.strip()) and columns.get(i - 1, ("",))[0] == "enterprises":
            columns[i] = ("enterprises_above_size", (1.0, "count"), None)  # 'Enterprises | Of which above designated
            continue  # size': the firms of the column before that are above designated size
        if _GROWTH_COLUMN.search(cell):
            alone = F.money_metric(_GROWTH_COLUMN.sub(" ", cell), "")
            if i - 1 in columns and columns[i - 1][2] is None and alone in (None, columns[i - 1][0]):
                columns[i - 1] = (*columns[i - 1][:2], i)  # 'GDP | Growth': the growth of the GDP
            elif alone is not None:
                # 'Industrial investment YoY', even after another measure ('Tax revenue | Industrial investment
                # growth (%)'): a measure's growth alone
                columns[i] = (alone, None, i)
            continue
        if F.PER_UNIT.search(cell) or re.search(r"\bprice\b|\bcost\b", cell, re.I):
            continue
        area = _area_code(cell)
        if area is not None:
            columns[i] = (area, (1.0, "km2"), None)
            continue
        money = F.money_metric(cell, "")
        if money is not None:
            columns[i] = (money, F.unit_in_label(cell) or (F.unit_for_column(cell, money, parts) if parts else None)
                          or stated or (1.0, "CNY"), None)
            continue
        count = F.count_label(cell)
        if count is None and _FIRMS_LEFT_OUT.fullmatch(cell.strip()):
            # a dataset's short header ('above_size_industrial', 'high_tech', 'provincial_specialized_smes'): the
            # firms it names, 'enterprises' left out
            count = F.count_label(f"{cell.strip()} enterprises")
        if count is not None:
            columns[i] = (count, (1.0, "persons" if count == "population" else "count"), None)
    return columns


_SHARE_COLUMN = re.compile(r"\bshare\b|\bproportion\b|\bper ?cent of\b", re.I)
_PART_ABOVE_SIZE_HEAD = re.compile(r"(?:of which|incl(?:uding|\.)?)[:\s]*(?:enterprises\s+)?(?:above|over)\s+"
                                   r"(?:the\s+)?designated\s+(?:size|scale)", re.I)
_FIRMS_LEFT_OUT = re.compile(r"(?:(?:industrial|national|provincial)\s+)*(?:above[\s-]size|high[\s-]tech)"
                             r"(?:\s+industrial)?", re.I)


_ABOVE_SIZE_TOO = ("industrial_output", "industrial_added_value")
# a goal's column in a table of zones: '2022 target: operating revenue (10,000 yuan)', 'Output value goal 2025'
# (narrower than ``_TARGET_COLUMN``, whose 'planned' would take a zone table's 'Planned area' for a goal)
_TARGET_IN_HEAD = re.compile(r"\btargets?\b|\bgoals?\b", re.I)


def _target_columns(header: list[str], stated: tuple[float, str] | None = None
                    ) -> dict[int, tuple[str, tuple[float, str] | None, int | None, bool]]:
    """The goals' columns of a zone-per-row table: {column: (metric, unit, the year its header names, counted)}.

    >>> _target_columns(["Zone", "Operating revenue", "2022 target: operating revenue (10,000 yuan)"])
    {2: ('operating_revenue', (10000.0, 'CNY'), 2022, False)}
    """
    columns = {}
    for i, cell in enumerate(header[1:], 1):
        if not _TARGET_IN_HEAD.search(cell) or _GROWTH_COLUMN.search(cell):
            continue
        label = _TARGET_IN_HEAD.sub(" ", cell)
        year = [int(m.group()) for m in _CAPTION_YEAR.finditer(cell)]
        money = F.money_metric(label, "")
        count = None if money else F.count_label(label)
        if money or count:
            columns[i] = (money or count, (F.unit_in_label(label) or stated) if money else None,
                          year[0] if len(year) == 1 else None, count is not None)
    return columns


@dataclass(frozen=True)
class Columns:
    """What a pipe table's header says about its columns."""

    value: int | None = 1  # the column of the figures, when there is one (none beside the goals alone)
    growth: int | None = None  # the column of their growth
    unit: tuple[float, str] | None = None  # the unit the header or a line above it states
    unit_col: int | None = None  # the column stating each row's unit
    dated: dict[int, tuple] = field(default_factory=dict)  # {column: (first, last)}: a period per column
    zones: dict[int, int] = field(default_factory=dict)  # {column: cluster}: a zone per column
    growth_after: dict[int, int] = field(default_factory=dict)  # {column: its growth column}
    label: int = 0  # the column naming each row's indicator ('Category | Indicator | ...': the second)
    target: int | None = None  # the column of the year's goals ('Annual target')
    target_year: int | None = None  # ... when its header names the year ('2025 target')
    target_growth: int | None = None  # ... and the growth column after it ('Target growth (%)')
    # {column: (first, last)}: a growth column of a stretch no value column gives ('Growth, 1-9 months (%)')
    growth_of: dict[int, tuple] = field(default_factory=dict)
    later_targets: tuple[tuple[int, int], ...] = ()  # (column, year) of more goals' columns ('2023 target')


def _unglued(cells: list[str], starts: list[int], last: int) -> tuple[list[str], list[int]]:
    """A row one cell short of the header's last column ``last`` whose label ends in a figure one space after it
    ('Output value above designated size 78.6    85.2', 'Shuangyashan Economic Development Zone 19.65    11.3'),
    as a PDF's text or a long name in a fixed-width table sets it: the label and the figure apart.

    >>> _unglued(["Shuangyashan Economic Development Zone 19.65", "11.3"], [0, 54], 2)
    (['Shuangyashan Economic Development Zone', '19.65', '11.3'], [0, 39, 54])
    """
    glued = _LABEL_THEN_FIGURE.fullmatch(cells[0]) if cells and last == len(cells) else None
    if glued is None:
        return cells, starts
    return [glued.group(1), glued.group(2), *cells[1:]], [starts[0], starts[0] + glued.start(2), *starts[1:]]


def _unit_unglued(cells: list[str], starts: list[int], label: int) -> tuple[list[str], list[int]]:
    """A row whose label ends in its unit one space after it, where the header has a Unit column after the label
    ('Operating revenue of enterprises above designated size 10,000 yuan     281,350     5.1' under 'Indicator
    Unit   Jan-Jul   Growth (%)': a long label fills its column): the label and the unit apart.

    >>> _unit_unglued(["Operating revenue of enterprises above designated size 10,000 yuan", "281,350", "5.1"],
    ...               [0, 71, 82], 0)[0]
    ['Operating revenue of enterprises above designated size', '10,000 yuan', '281,350', '5.1']
    """
    glued = _LABEL_THEN_UNIT.fullmatch(cells[label])
    if glued is None or _unit_cell(glued.group(2)) is None:
        return cells, starts
    return ([*cells[:label], glued.group(1), glued.group(2), *cells[label + 1:]],
            [*starts[:label], starts[label], starts[label] + glued.start(2), *starts[label + 1:]])


def _each_with_its_growth(columns: dict, growth: list[int], heads: list[str] = ()) -> dict[int, int]:
    """{column: its growth column} when every dated or zone column has a growth column after it; else none
    ('| 2023 | 2022 | Change (%) |': the one change is the latest year's, not 2022's)."""
    after = {i: i + 1 for i in columns if i + 1 in growth}
    if len(after) == len(columns):
        return after
    # ('Q1 2024 | YoY | Q2 2024 | YoY | H1 2024 | YoY | H1 2023': each stretch with its change, the year before's
    # figure last, a base with none)
    if len(after) == len(columns) - 1 >= 2 and (base := max(columns)) not in after \
            and all(isinstance(columns[i], tuple) for i in columns) \
            and all(columns[base][1] < columns[i][1] for i in after):
        return after
    # ('2025 | 2024 | Growth | 2025 | 2024 | Growth' under 'May' and 'January-May': each group's change is its latest
    # stretch's, the one its growth column closes)
    # (or one group of two and one of its own: 'Park, Jan-Sep 2025 | Park, Jan-Sep 2024 | Growth | County, Jan-Sep
    # 2025 | Growth')
    grouped, start, pairs = {}, 0, 0
    for g in sorted(growth):
        group = [i for i in columns if start < i < g]
        if group and all(isinstance(columns[i], tuple) for i in group):
            grouped[max(group, key=lambda i: columns[i][1])] = g
            pairs += len(group) >= 2
        start = g
    if len(grouped) >= 2 and pairs and sum(1 for i in columns if i < max(growth)) == len(columns) \
            and (len(grouped) * 2 <= len(columns) or pairs < len(grouped)):
        return grouped
    # ('Whole park | North Park | South Park | Whole park y/y (%)': a growth column headed by its column's name)
    named = {i: g for g in growth for i in columns if g > i and heads and heads[i].strip()
             and heads[g].lower().startswith(heads[i].strip().lower() + " ")}
    return named if len(set(named.values())) == len(named) else {}


def _floor_cell(cell: str) -> tuple[float | None, bool]:
    """A cell's figure and whether it is a floor ('≥48', 'not less than 48')."""
    floor = _AT_LEAST_CELL.match(cell)
    return F.table_number(cell[floor.end():] if floor else cell), floor is not None


def _unit_cell(cell: str) -> tuple[float, str] | None:
    """The unit a Unit column's cell states, in English, in Chinese or in both ('亿元 100 million yuan').

    >>> _unit_cell("亿元 100 million yuan"), _unit_cell("USD 10,000"), _unit_cell("万美元")
    ((100000000.0, 'CNY'), (10000.0, 'USD'), (10000.0, 'USD'))
    """
    english = F.english_of(cell)
    return F.parse_unit(cell) or (F.parse_unit(english) if english else None) or F.unit_in_label(cell)


def _measured(cell: str, unit: tuple[float, str]) -> tuple[float, str, float | None] | None:
    """The value, unit and growth a cell of a measured column states, in the column's unit unless it states its own.

    >>> _measured("RMB 31.6 bn (+46.2%)", (1.0, "CNY"))
    (31600000000.0, 'CNY', 46.2)
    >>> _measured("1,582", (100000000.0, "CNY"))
    (158200000000.0, 'CNY', None)
    >>> _measured("--", (1.0, "count")) is None
    True
    """
    signed = _SIGNED_IN_CELL.search(cell)  # 'RMB 31.6 bn (+46.2%)'
    cell = _SIGNED_IN_CELL.sub("", cell).strip()
    yoy = F.table_number(signed.group(1)) if signed else None
    if yoy is None and (bracketed := _GROWTH_IN_BRACKETS.fullmatch(cell)) is not None:
        # ('142.3 (12.4)', '6.42/+5.3%')
        cell, yoy = bracketed.group("n"), F.table_number(bracketed.group("g") or bracketed.group("g2"))

    amount = F.table_amount(cell)
    if amount is not None and (amount.kind == "area") == (unit[1] == "km2"):
        return amount.value, amount.unit if amount.kind == "money" else "km2", yoy
    number = F.table_number(cell) if amount is None else None
    if number is None:
        return None
    return float(Decimal(repr(number)) * Decimal(repr(unit[0]))), unit[1], yoy


# a row whose label is a stretch of the year, its figure after a gap (or a leader's dots, read as a colon and
# spaces): 'January-February:         38.4   (4.2%)', 'Q3     142.5', 'Full year ....... 285.0 (6.1%)'
# ('January-February ......... 9.86 billion yuan ........ up 6.1%': an amount in its own unit, its change after dots)
# (or set apart by pipes: 'January-February | 58.6 | up 4.2%')
_PERIOD_ROW = re.compile(r"\s*(?P<label>[A-Za-z][A-Za-z0-9 .-]{1,24}?)\s*(?:[:：]?\s{2,}|\|\s*)(?P<n>\d[\d,]*(?:\.\d+)?"
                         r"(?:\s*(?:billion|million|bn|mn)?\s*(?:yuan|RMB|US dollars|USD))?)"
                         r"(?:\s+[(（]\s*(?P<g>[+\-−]?\s*\d+(?:\.\d+)?)\s*%?\s*[)）]|\s*(?:\.{2,}\s*|\|\s*)?"
                         r"\s?(?P<dir>up|down)\s+(?P<g2>\d+(?:\.\d+)?)\s*%|\s*\|\s*(?P<g3>[+\-−]?\d+(?:\.\d+)?)\s*%)?\s*",
                         re.I)
_QUARTER_LABEL = re.compile(r"Q[1-4]", re.I)
_WHOLE_YEAR_LABEL = re.compile(r"(?:the\s+)?(?:full|whole)[- ]year|annual|year total|total|whole year", re.I)
_CAPTION_NOISE = re.compile(r"\b(?:19|20)\d\d\b|[(（][^()（）]*[)）]|^\s*[■□●◆▶#*-]+")


def _period_row_caption(text: str, line_start: int) -> tuple[str, str] | None:
    """The caption over a block of rows labelled by stretches of the year, and the unit line under it if any: the
    lines above the block's first row, past one blank line ('Output value of industrial enterprises above designated
    size, 2025' over '(unit: 100 million yuan; year-on-year growth in brackets)')."""
    lines: list[str] = []
    end = line_start - 1
    blank = False
    while end > 0 and len(lines) < 2:
        start = text.rfind("\n", 0, end) + 1
        line = text[start: end]
        end = start - 1
        if not line.strip():
            if blank or lines:
                break
            blank = True
            continue
        if _PERIOD_ROW.fullmatch(line):
            if lines or blank:
                return None
            continue  # the rows above in the same block
        lines.insert(0, line)
        if not F.UNIT_LINE.match(line):
            break
    if not lines or F.UNIT_LINE.match(lines[0]):
        return None
    return lines[0], " ".join(lines[1:])


_ITEM_NUMBER_BEFORE = re.compile(r"\s*(?:\d{1,2}[.、)]|[(（]\d{1,2}[)）]|[IVX]{1,4}\.)\s*")
_FOOTNOTE_MARK = re.compile(r"\s[(（](?P<mark>[a-z]|\d|\*{1,3})[)）]$")
_FOOTNOTE_REACH = 1200  # characters after a row to the notes under its table


def _footnote_unit(text: str, label: str, end: int) -> tuple[float, str] | None:
    """The unit a note under the table gives for a row whose label ends in the note's mark: 'Tax revenue (b)' and
    'Notes: (a) 100 million yuan; (b) 10,000 yuan.'"""
    mark = _FOOTNOTE_MARK.search(label)
    if mark is None:
        return None
    note = re.compile(r"[(（]" + re.escape(mark.group("mark")) + r"[)）]\s*(?:unit\s*[:：]\s*|in\s+)?"
                      r"(?P<unit>[^;.\n()（）]{2,40}?)\s*(?:[;.\n]|$)", re.I)
    notes = note.finditer(text, end, end + _FOOTNOTE_REACH)
    # (the first that states a unit: not the next row's label, 'Operating revenue (a)      43.10     89.34')
    return next((unit for note in notes if (unit := F.parse_unit(note.group("unit").strip())) is not None), None)


class TableReading:
    """The reader's table rows; see the module docstring for the state it keeps."""

    def _period_row(self, s: Sentence) -> bool:
        """A row of a measure's figures by stretch of the year under the measure's caption: 'January-February:   38.4
        (4.2%)', 'March:   24.1   (6.5%)', 'Full year:   285.0  (6.1%)' under 'Output value of industrial
        enterprises above designated size, 2025' and '(unit: 100 million yuan; ...)'. False for any other line."""
        row = _PERIOD_ROW.fullmatch(s.text)
        if row is None:
            return False
        line_start = self._line_start(s)
        if self.period_rows is not None and self.period_rows[0] == s.line_no - 1:
            _, code, unit, year = self.period_rows
        else:
            found = _period_row_caption(self.text, line_start)
            if found is None:
                return False
            caption, unit_line = found
            if _DIGIT.search(_CAPTION_NOISE.sub("", caption)):
                return False  # (a caption names no figure)
            unit = F.caption_unit(caption) or (F.caption_unit(unit_line) if unit_line else None)
            code = F.money_metric(caption, "")
            if code is None:
                return False
            years = re.findall(r"\b(?:19|20)\d\d\b", caption)
            year = int(years[-1]) if years else self._ctx().year
        label = row.group("label").strip()
        named = not _DIGIT.search(label) or _QUARTER_LABEL.fullmatch(label)  # (not a year's or a day's: 'Q2' is)
        span = ((year, 1), (year, 12)) if _WHOLE_YEAR_LABEL.fullmatch(label) \
            else column_period(label, TimeContext(year, 12)) if named else None
        if span is None or span[0][0] != year or span[1][0] != year:
            return False
        self.period_rows = (s.line_no, code, unit, year)
        amount = F.table_amount(row.group("n")) if not row.group("n")[-1].isdigit() else None
        number = F.table_number(row.group("n")) if amount is None else None
        if amount is not None:  # '9.86 billion yuan': the row's own unit
            value, currency = amount.value, amount.unit
        elif number is not None and unit is not None:  # '38.4' in the caption's unit
            value, currency = float(Decimal(repr(number)) * Decimal(repr(unit[0]))), unit[1]
        else:
            return False
        at = s.start + row.start("n")
        yoy = F.table_number(row.group("g")) if row.group("g") else None
        if row.group("g2"):
            yoy = float(row.group("g2")) * (-1 if row.group("dir").lower() == "down" else 1)
        elif row.group("g3"):
            yoy = F.table_number(row.group("g3"))
        self._place(F.Draft(code, value, currency, "exact", None, s.start, s.end, yoy_pct=yoy, anchor=at,
                            period=Period(at, at, *span)), s, [])
        return True

    def _table_row(self, s: Sentence, periods: list[Period], cells: list[str] | None = None,
                   starts: list[int] | None = None) -> None:
        """One row of a pipe table: 'Gross regional product | 6,572,300 | 4.9' under its header.

        A header may name a year per column ('| Indicator | 2021 | 2022 | 2023 | Growth (%) |'):
        each year's cell is then a fact of that year, and the growth belongs to the last year.
        ``cells`` and their ``starts`` are given for a table laid out with spaces.
        """
        if cells is None or starts is None:
            cells, starts, pos = [], [], 0
            for cell in s.text.split("|"):
                starts.append(s.start + pos + len(cell) - len(cell.lstrip()))
                cells.append(cell.strip())
                pos += len(cell) + 1
            if s.text.lstrip().startswith("|"):  # '| GDP | 268.4 |': a Markdown row's outer pipes hold nothing
                cells, starts = cells[1:], starts[1:]
                if cells and not cells[-1]:
                    cells, starts = cells[:-1], starts[:-1]
            if self._line_start(s) in self.continued_rows:
                return  # (read with the row above it)
            if "|" in s.text and len(cells) >= 3:
                cells = self._cells_go_on_below(s, cells)
        if self.table is None and 2 <= len(cells) <= 3 and (F.table_amount(cells[0]) or F.table_number(cells[0])) \
                and not _YEAR_CELL.fullmatch(cells[0]) and not _DIGIT.search(_BRACKETED.sub("", cells[1])) \
                and (F.money_metric(cells[1], "") or F.count_label(cells[1])) \
                and (len(cells) == 2 or _CHANGE_CELL.fullmatch(cells[2])):
            # '48.6 billion yuan | Gross industrial output value | +11.4%', '132 | Industrial enterprises above
            # designated size (end of 2023)': a key figure's line, the figure before its label
            cells, starts = [cells[1], cells[0], *cells[2:]], [starts[1], starts[0], *starts[2:]]
        if cells and all(_RULE_CELL.fullmatch(c) for c in cells):
            return  # '| --- | --- |': the line under a Markdown header
        if self.year_rows and cells and self.by_year is None and _UNIT_ROW_HEAD.fullmatch(cells[0].strip()):
            # 'Unit   100 million yuan   10,000 yuan   number' under an 'Item' header: each column's own unit
            for col, (code, unit, growth_col) in self.year_rows.items():
                own = (F.parse_unit(cells[col]) or F.unit_in_label(cells[col])) if col < len(cells) else None
                if own is not None and unit is not None and (own[1] in ("count", "persons")) == (
                        unit[1] in ("count", "persons")):
                    self.year_rows[col] = (code, own, growth_col)
            return
        years = {i: int(c[:4]) for i, c in enumerate(cells[1:], 1) if _YEAR_CELL.fullmatch(c)}
        # ('RMB 100 million' heading a column is its unit, no amount; 'RMB 48.6 bn (+8.3%)' is an amount)
        # ('| Fixed-asset investment | -- | +12.6% |': a row with its growth alone is a row)
        # ('  growth y/y | 7.8% | 10.2%': a row of changes, signed or not)
        header = not any((_FIGURE_CELL.fullmatch(c) and i not in years) or _PERCENT_CELL.fullmatch(c)
                         or _GROWTH_IN_BRACKETS.fullmatch(c)
                         or F.table_amount(_SIGNED_IN_CELL.sub("", c).strip()) and not F.parse_unit(c)
                         or _SCALED_CELL.fullmatch(c) or _AT_LEAST_CELL.match(c) and _floor_cell(c)[0] is not None
                         for i, c in enumerate(cells[1:], 1))
        if header:
            self.row_metric = self.row_unit = None
            self.year_rows, self.years_placed, self.time_col = None, {}, None  # (a new table's, set below)
            # ('Table 2  Output value and operating revenue of industrial enterprises' over 'above designated size,
            # 2024': the rows' output is the firms' above designated size)
            # (the lines right above it, up to a blank one: not a fact box's 'Enterprises ... (including 88 above
            # designated size)' over a blank line)
            lines = _caption_lines(self.text, self._line_start(s))
            block = lines[max((i + 1 for i, line in enumerate(lines) if not line.strip()), default=0):]
            if not block:
                # ('Table 2  Cumulative output value of industrial enterprises above designated size, 2024' and its
                # unit over a blank line: a numbered caption, the table's still)
                above_blank = _lines_over_a_gap(self.text, self._line_start(s), 2)
                if any(_CAPTION_LINE.match(line) for line in above_blank):
                    block = above_blank
            self.caption_above_size = F.lexicon.ABOVE_SIZE.search(" ".join(" ".join(block).split())) is not None
            # ('Table 1  Enterprises in Gaosha High-tech Zone by type, end of 2022': the date of the counts below)
            self.caption_point = next((p for line in reversed(lines) if _CAPTION_LINE.match(line)
                                       for p in find_periods(line, 0, self._ctx()) if p.point), None)
            # 'Indicator | RMB | approx. USD | YoY': each figure's currency is its column's
            self.column_currency = {i: m.group("cur") for i, c in enumerate(cells[1:], 1)
                                    if (m := _CURRENCY_HEAD.fullmatch(c.strip()))}
            # 'Zone | Level | Planned area | GDP (100 million yuan)': a row per zone, a measure per column
            above = None  # '(Unit: 100 million yuan)' just above the table
            if self.unit_statement is not None and s.line_no - self.unit_statement[0] <= 3:
                above = self.unit_statement[1]
            # or the table's caption: 'Five-year trend (RMB bn)' over 'Indicator  2019  2020 ...'
            # (or in a header stacked over two lines, its units under its heads: 'Value' over '(100 mn yuan)')
            stated = F.unit_in_label(s.text) or next((unit for c in cells[1:] if (unit := F.unit_in_label(c))), None) \
                or above or _caption_unit(self.text, s.start) or next(
                # 'Indicator | US$ million | RMB 100 million | YoY': a column headed by a scaled unit alone, the
                # first such (the others restate it in another currency)
                (unit for c in cells[1:] if (unit := F.parse_unit(c)) and unit[0] > 1), None)
            # a bilingual header ('指标 Indicator | 单位 Unit | 1-3月 Jan-Mar') is read by its English
            heads = [_english_head(c) for c in cells]
            self.long = _long_columns(heads)
            if self.long is not None:
                self.zone_col = next((i for i, c in enumerate(heads) if _ZONE_HEAD.fullmatch(c)), -1)
                self.by_zone = self.by_year = self.by_industry = None
                return
            # the zone's column first, or after a rank ('Rank | Zone | City | Operating revenue ...')
            self.zone_col = 1 if len(heads) > 2 and RANK_HEAD.fullmatch(heads[0]) and _ZONE_HEAD.fullmatch(heads[1]) \
                else 0
            parts = self.unit_parts if above is not None else ()
            self.by_zone = _zone_columns(cells, above, parts) if cells and _ZONE_HEAD.fullmatch(heads[self.zone_col]) \
                else None
            self.zone_years, self.zone_rows = {}, []
            caption = _line_above(self.text, self._line_start(s))  # the table's caption, if the line above is one
            if self.by_zone == {} and years:
                # 'Top five county zones by tax revenue (unit: 100 million yuan)' over '| Rank | Zone | 2023 | 2022 |
                # Change (%) |': one measure, its caption's, a column per year (the change the latest year's)
                code = F.money_metric(caption, "")
                unit = F.unit_in_label(caption) or above or stated
                if code is not None and unit is not None:
                    latest = max(years, key=years.get)
                    change = next((i for i, c in enumerate(heads) if i not in years and _GROWTH_COLUMN.search(c)), None)
                    self.by_zone = {col: (code, unit, change if col == latest else None) for col in years}
                    self.zone_years = dict(years)
            self.zone_targets = _target_columns(cells, above) if self.by_zone else {}
            if self.by_zone and F.lexicon.ABOVE_SIZE.search(_line_above(self.text, s.start)):
                # 'Output value' under 'Table: Output value above designated size, January-September 2024'
                self.by_zone = {col: (f"{code}_above_size" if code in _ABOVE_SIZE_TOO else code, *rest)
                                for col, (code, *rest) in self.by_zone.items()}
            # ('Enterprises above designated size at year-end' under 'Main indicators of four parks, 2024'); a
            # caption's year alone is the whole year, each count at its end ('Main indicators of the parks, 2022')
            self.zone_year_end = None
            if self.by_zone:
                year = _caption_year(self.text, s.start)
                whole_year = year is not None and not _caption_names_a_part(self.text, s.start)
                self.zone_year_end = (year, set(self.by_zone) if whole_year else
                                      {i for i, c in enumerate(cells) if _YEAR_END.search(c)})
            growth = [i for i, c in enumerate(heads) if _GROWTH_COLUMN.search(c)]
            # 'Indicator | Unit | January-June | Growth (%)': each row names its own unit
            unit_col = next((i for i, c in enumerate(heads[1:], 1) if _UNIT_COLUMN.fullmatch(c)), None)
            # 'Category | Indicator | Unit | 2020 | 2025': the indicator is named in the second column
            label_col = 0 if not cells or _ROW_HEAD.fullmatch(heads[0]) else next(
                (i for i, c in enumerate(heads[1:3], 1) if _ROW_HEAD.fullmatch(c)), 0)
            # an average annual growth, an attribute ('Expected', 'Binding'): no figure of a period
            skipped = {i for i, c in enumerate(heads) if _NOT_A_FIGURE_COLUMN.search(c)}
            # ('Item (unit)   Data   Statistical time': each row's figure of the time its own cell names)
            self.time_col = next((i for i, c in enumerate(heads) if i and _TIME_HEAD.fullmatch(c.strip())), None)
            skipped |= {self.time_col} - {None}
            target_cols = [i for i, c in enumerate(heads) if i and _TARGET_COLUMN.fullmatch(c)]
            target_col = target_cols[0] if target_cols else None
            skipped |= set(target_cols)
            # ('Indicator | Unit | 2022 target | 2022 actual | Growth (%) | Completion (%) | 2023 target': the next
            # year's goals in a column of their own, told apart by the year each header names)
            later_targets = tuple((i, int(year.group())) for i in target_cols[1:]
                                  if (year := _YEAR_IN.search(heads[i])) is not None)
            target_year = _YEAR_IN.search(heads[target_col]) if target_col is not None else None
            if target_col is not None and target_year is None and _TARGET_IN_HEAD.search(caption) \
                    and len(set(_CAPTION_YEAR.findall(caption))) == 1:
                # ('PART TWO | 2024 MAIN TARGETS (unit: 100 million yuan)' over 'Indicator  Target  Growth': the
                # year its caption names)
                target_year = _CAPTION_YEAR.search(caption)
            if target_col is not None:  # the goals stand in their column: the table's other figures are no goals
                self.heading_target = False
            growth = [i for i in growth if i not in skipped]
            # ('October | 1-10 months | Growth (%) | Growth, 1-9 months (%)': the last, the change of a stretch of
            # its own, with no figure)
            growth_of = {i: span for i in growth[1:] if (stretch := _GROWTH_OF.fullmatch(heads[i].strip()))
                         and (span := column_period(stretch.group(1), self._ctx()))}
            growth = [i for i in growth if i not in growth_of]
            values = [i for i, c in enumerate(cells[1:], 1)
                      if i not in growth and i != unit_col and i != label_col and i not in skipped]
            # a column per year ('| 2021 | 2022 | 2023 |'), or the one value column a year heads;
            # or a column per zone ('| Indicator | Hangzhou Hi-tech Zone | Jiangbei New Area |')
            dated = {i: ((y, 1), (y, 12)) for i, y in years.items()} if len(years) >= 2 or list(years) == values else {}
            # 'Indicator | September | YoY | Jan-Sep | YoY': a period per value column
            # (of the year the caption names: 'Main indicators by quarter, 2022' over 'Q1 | Jan-Jun | Full year')
            named = _caption_year(self.text, s.start)
            ctx = self._ctx() if named is None else TimeContext(named, 12, reported_year=named)
            captioned = ctx if named is not None else None  # (``named`` is taken again below)
            # ('Wangjiang County, Jan.-Sep.': the stretch of a column a place's name heads too)
            spans = {i: span for i in values if i not in years and (span := column_period(heads[i], ctx) or (
                column_period(named.group("rest"), ctx) if (named := _PLACE_BEFORE_HEAD.fullmatch(heads[i]))
                else None))}
            if spans:  # 'December | YoY | Full year | YoY': the whole year of the month beside it
                year = max(span[1][0] for span in spans.values())
                spans.update({i: ((year, 1), (year, 12)) for i in values
                              if i not in spans and i not in years and _WHOLE_YEAR_HEAD.fullmatch(heads[i].strip())})
                # 'Jan-Aug | Same period last year': the stretch named before it, a year before (not 'Whole year
                # 2025' after it); else the longest stretch named
                longest = min(spans.values(), key=lambda span: span[0])
                for i in [i for i in values if i not in spans and i not in years
                          and _LAST_YEAR_HEAD.fullmatch(heads[i].strip())]:
                    (f, t) = spans[max(before)] if (before := [j for j in spans if j < i]) else longest
                    spans[i] = ((f[0] - 1, f[1]), (t[0] - 1, t[1]))
            if dated and spans:  # 'December | 2022 | Growth (%) | 2021': a month beside the years
                dated = {**dated, **spans}
            elif not dated:  # ('2020 (full year)' beside 'November | Jan-Nov': that year too)
                both = {**spans, **{i: ((y, 1), (y, 12)) for i, y in years.items() if i in values}}
                # ('Item | Jan-Dec | Growth (%)': the one value column names its stretch, whatever month the title
                # names, 'Industry, December 2017')
                dated = both if len(spans) >= 1 and (len(both) >= 2 or list(spans) == values) else {}
            named_years = set(_CAPTION_YEAR.findall(caption)) if len(caption) <= 160 and "|" not in caption else set()
            if not dated and not spans and not years and len(values) == 1 and not _ZONE_HEAD.fullmatch(heads[0]) \
                    and len(named_years) == 1 and not _PART_OF_YEAR.search(caption):
                # 'Main Economic Indicators of the Zone, 2024 (unit: 100 million yuan, %)' over 'Indicator | Value |
                # Growth': the one value column is of the stretch the caption names
                dated = {values[0]: _whole_year(int(named_years.pop()))}
            # ('Indicator | Target | Growth': the goals alone, no figure of the year)
            first_value = values[0] if values else None if target_col == 1 else 1
            self.table = Columns(first_value, growth[0] if growth else None, stated, unit_col, dated,
                                 zones := self._zone_per_column(cells, starts),
                                 _each_with_its_growth(dated or zones, growth, heads), label_col,
                                 target_col if not zones else None,
                                 int(target_year.group()) if target_year else None,
                                 target_col + 1 if target_col is not None and target_col + 1 in growth else None,
                                 growth_of, later_targets if not zones else ())
            # 'Industry | Output value | Growth (%)', 'Cluster | Main products | 2022 output | Above-size firms':
            # a row per industry, a measure per column (above designated size when the table's title says so)
            # 'Year | Industrial output | Fiscal revenue' under 'Main indicators (billion yuan)': a row per year
            self.by_year, self.so_far_cols, self.by_year_ctx = None, set(), None
            if values and _YEAR_HEAD.fullmatch(heads[0]):
                caption = _line_above(self.text, s.start)
                self.by_year = _zone_columns(cells, above or stated or F.unit_in_label(caption)) or None
                if self.by_year is None and (current := next((i for i, head in enumerate(heads) if i in values
                                                              and _CURRENT_HEAD.fullmatch(head.strip())), None)) \
                        and (code := _caption_measure(self.text, s.start)) is not None:
                    # ('Period   Current period   YoY   Cumulative   Cumulative YoY' under 'II. Output value of
                    # industrial enterprises above designated size, by month': the caption's measure, of the row's
                    # month)
                    grows = current + 1 if current + 1 < len(heads) and _GROWTH_COLUMN.search(heads[current + 1]) \
                        else None
                    self.by_year = {current: (code, above or stated or F.unit_in_label(caption), grows)}
                if self.by_year and self.caption_above_size:
                    # ('| Period | Cumulative output value |' under 'Table 2  Cumulative output value of industrial
                    # enterprises above designated size, 2024': the firms above designated size's)
                    self.by_year = {col: (f"{code}_above_size" if code in _ABOVE_SIZE_TOO else code, *rest)
                                    for col, (code, *rest) in self.by_year.items()}
                if self.by_year:
                    # ('January-March   7.84   6.1' under 'Table 1  Cumulative output value ..., 2019' on a page of
                    # 2020: the caption's year's stretches)
                    self.by_year_ctx = captioned
                if self.by_year:
                    # ('Month   Output value   YoY growth   Cumulative   Cumulative growth': the measure of the column
                    # before it, from January to the row's month)
                    code, unit, _ = self.by_year[min(self.by_year)]
                    for i, head in enumerate(heads):
                        if i not in self.by_year and _SO_FAR_HEAD.fullmatch(head.strip()) and unit is not None:
                            after = i + 1 if i + 1 < len(heads) and _GROWTH_COLUMN.search(heads[i + 1]) else None
                            self.by_year[i] = (code, unit, after)
                            self.so_far_cols.add(i)
            # ('Item   Output value ...   Tax revenue' with a measure over every column and no stretch: a row per year
            # if its rows turn out to be years, '2021   86.42   23,640')
            if values and self.by_year is None and _ROW_HEAD.fullmatch(heads[0]) and not dated and not spans \
                    and not zones and target_col is None:
                measured = _zone_columns(cells, above or stated or F.unit_in_label(_line_above(self.text, s.start)))
                if set(values) <= set(measured):
                    self.year_rows = measured
            self.by_industry = None
            if values and _INDUSTRY_HEAD.fullmatch(heads[0]):
                title = self.text[max(0, s.start - 200): s.start]
                measured = {}
                for col, (code, unit, growth_col) in _zone_columns(cells, above or stated).items():
                    if code in ("industrial_output", "industrial_added_value", "enterprises") \
                            and F.lexicon.ABOVE_SIZE.search(title):
                        code += "_above_size"  # 'Industries above designated size, 2023': their output and firms
                    named = _YEAR_IN.search(cells[col])  # '2022 output'
                    year = int(named.group()) if named else None
                    if year is None and _YEAR_END.search(cells[col]):
                        # 'Enterprises (year-end)' under 'Industries above designated size, 2023', or in a text on
                        # 2024: at its end
                        above = [int(m.group()) for m in _YEAR_IN.finditer(_line_above(self.text, s.start))]
                        year = above[-1] if above else self._whole_year_reported()
                    if year is None and code == "enterprises_above_size" and col - 1 in measured \
                            and measured[col - 1][0] == "enterprises":
                        # ('Enterprises (year-end) | Of which above designated size': counted when the firms are)
                        measured[col] = (code, unit, growth_col, measured[col - 1][3])
                        continue
                    measured[col] = (code, unit, growth_col, _whole_year(year) if year is not None else
                                     _caption_stretch(self.text, s.start, self._ctx()))
                for col in values:
                    if col not in measured and _INVESTMENT_ALONE.fullmatch(heads[col]):
                        # 'Investment (billion yuan)' beside an industry's output: what was invested in the industry
                        measured[col] = ("industrial_investment", F.unit_in_label(cells[col]) or above or stated, None,
                                         _caption_stretch(self.text, s.start, self._ctx()))
                # (not a share's column: '| Industry | Output (100 million yuan) | YoY | Share |')
                unmeasured = [col for col in values if col not in measured and not _SHARE_COLUMN.search(heads[col])]
                code = _caption_measure(self.text, s.start) if unmeasured else None
                if code is not None:
                    # 'Output above designated size by industry' over 'Industry   Jan-Jun (100m yuan)   YoY (%)', or
                    # over '| Industry | Enterprises | Jan-Sep 2021 | Jan-Sep 2020 | YoY (%) |': a value column the
                    # header names no measure for is the caption's, of the stretch it names (the change the latest
                    # one's)
                    stretches = {}
                    for col in unmeasured:
                        head = heads[col]  # ('Jan-Jun (100m yuan)': the stretch beside the unit)
                        if (bracket := _BRACKET_AT_END.search(head)) and F.unit_in_label(bracket.group()):
                            head = head[:bracket.start()].strip()
                        span = dated.get(col) or column_period(head, ctx)
                        if span is not None or len(unmeasured) == 1:
                            stretches[col] = (span or _caption_stretch(self.text, s.start, self._ctx()),
                                              F.unit_in_label(cells[col]) or above or stated
                                              or F.unit_in_label(_line_above(self.text, s.start)))
                    latest = next(iter(stretches)) if len(stretches) == 1 else max(
                        (col for col in stretches if stretches[col][0] is not None),
                        key=lambda col: stretches[col][0][1], default=None)
                    measured.update({col: (code, unit, growth[0] if growth and col == latest else None, span)
                                     for col, (span, unit) in stretches.items() if unit is not None})
                self.by_industry = measured or None
            return
        if self.long is not None:
            self._long_row(s, periods, cells, starts)
            return
        if self.by_zone:
            used = [max(col, growth or 0) for col, (_, _, growth) in self.by_zone.items()]
            cells, starts = _unglued(cells, starts, max(used))
            self._zone_row(s, periods, cells, starts)
            return
        if self.year_rows and cells:
            if self.by_year is None and _YEAR_CELL.fullmatch(cells[0]):
                self.by_year = self.year_rows  # its rows are years
            elif self.by_year is not None and _GROWTH_ROW.fullmatch(cells[0]) and self.years_placed:
                # 'Growth (%)   13.4   22.7' under the years' rows: each measure's change in the latest year
                for col, index in self.years_placed[max(self.years_placed)]:
                    if (number := F.table_number(cells[col]) if col < len(cells) else None) is not None:
                        draft, *rest = self.drafts[index]
                        self.drafts[index] = (F.extend(draft, yoy_pct=number), *rest)
                self.year_rows = None
                return
        if self.by_year and cells and _YEAR_CELL.fullmatch(cells[0]):
            for col, measure in self.by_year.items():  # '2021 | 86.5 | 7.12': each measure of that year
                before = len(self.drafts)
                self._measured_cell(s, periods, cells, starts, col, measure, _whole_year(int(cells[0][:4])),
                                    stocks_too=True)
                if self.year_rows and len(self.drafts) > before:
                    self.years_placed.setdefault(int(cells[0][:4]), []).append((col, len(self.drafts) - 1))
            return
        if self.by_year and cells and (span := column_period(cells[0], self.by_year_ctx or self._ctx())) is not None:
            for col, measure in self.by_year.items():  # '| January-June | 44.92 | 6.8 |' under '| Period | ...'
                self._measured_cell(s, periods, cells, starts, col, measure,
                                    ((span[1][0], 1), span[1]) if col in self.so_far_cols else span)
            return
        table = self.table or Columns()
        dated, zones, growth_after = table.dated, table.zones, table.growth_after
        if dated:
            cells, starts = _unglued(cells, starts, max(dated))
        if table.unit_col == table.label + 1 < len(cells) and F.table_number(cells[table.unit_col]) is not None:
            cells, starts = _unit_unglued(cells, starts, table.label)
        label = cells[table.label] if table.label < len(cells) else ""
        placed_above = self.row_placed
        if _GROWTH_ROW.fullmatch(label) and placed_above is not None and placed_above[0] == s.line_no - 1:
            # '  growth   8.1   6.4   7.2' under 'Operating revenue   41.2   88.6   131.5': each figure's growth
            for col, index in placed_above[1]:
                number = F.table_number(cells[col]) if col < len(cells) else None
                if number is not None:
                    draft, *rest = self.drafts[index]
                    self.drafts[index] = (F.extend(draft, yoy_pct=number), *rest)
            return
        placed: list[tuple[int, int]] = []
        self.row_placed = (s.line_no, placed)
        unit_cell = cells[table.unit_col] if table.unit_col is not None and table.unit_col < len(cells) else ""
        own_unit = F.unit_in_label(label) or (_unit_cell(unit_cell) if unit_cell else None) \
            or (_footnote_unit(self.text, label, s.end) if label.endswith(")") else None)
        # ('| of which: new energy and power equipment | 211.8 |' under '| Industrial output value (RMB 100 million)
        # | ...': the row above's unit)
        unit = own_unit or (self.row_unit if _OF_WHICH.match(label) else None) or table.unit or self.unit_context
        growth_cell = cells[table.growth] if table.growth is not None and table.growth < len(cells) else ""
        yoy = F.table_number(growth_cell)
        if yoy is None and self.table is None and len(cells) == 3 and _CHANGE_CELL.fullmatch(cells[2]):
            yoy = F.table_number(cells[2])  # ('Tax revenue | 2.87 billion yuan | +6.1%': its change after it)
        metric = F.money_metric(label, "")
        if metric in _ABOVE_SIZE_TOO and self.caption_above_size:
            metric += "_above_size"
        if metric is None and self.row_metric in ("industrial_output", "industrial_added_value") \
                and _OF_WHICH.match(label) and F.lexicon.ABOVE_SIZE.search(label):
            # 'Of which: enterprises above designated size' under the output row: their output
            metric = self.row_metric + "_above_size"
        if own_unit is None and self.unit_parts and metric is not None \
                and (part := F.unit_for_column(label, metric, self.unit_parts)) is not None:
            unit = part  # '(Unit: 100 million yuan; foreign capital: US$10,000)' over 'Foreign capital actually used'
            # and 'Contracted foreign capital': the part of the unit line that names the row's measure
        count = None if metric or F.CHANGE_OF_STOCK.search(label) or F.AMOUNT_LABEL.match(label) \
            else F.count_label(label)
        # ('Built-up area (km2) | 7.6 | 10.5 | 12.8': an area in the unit its label states)
        area = _area_code(label) if metric is None and count is None else None
        area_factor = area_unit_factor(label) or area_unit_factor(unit_cell) if area is not None else None
        industry = None
        if metric is None and count is None and self.by_industry:
            self._industry_row(s, periods, cells, starts)  # 'Tobacco | 112.40 | 3.1' under 'Industry | Output value'
            return
        if metric is not None and self.by_industry and (bracket := _BRACKET_AT_END.search(label)) is not None \
                and F.money_metric(label[:bracket.start()], "") is None \
                and F.first_industry(label[:bracket.start()]) is not None:
            # ('Cold-chain logistics (operating revenue)| 9 | 4.3 | 21.0' under 'Chain | Enterprises | Output value |
            # Growth': an industry's row, its amounts of the measure its bracket names)
            self._industry_row(s, periods, cells, starts, amounts_of=metric)
            return
        if metric is None and count is None and self.row_metric in F.INDUSTRY_SCOPED and (
                _OF_WHICH.match(label) or self._indented(s) or self.part_line == s.line_no - 1):
            # 'of which: new energy battery industry' under an output row, or an industry's row set in under it
            # ('Industrial output value above designated size | ...' over '  Automobile and parts | ...'), or the
            # next of the parts ('| Of which: equipment manufacturing | ...' over '| Electronic information | ...')
            industry = F.first_industry(label)
            metric = self.row_metric if industry else None
            self.part_line = s.line_no if industry else -1
        if metric is not None and industry is None:
            self.row_metric, self.row_unit = metric, own_unit
            self.row_metric_indent = self._indent(s)
            if metric in F.INDUSTRY_SCOPED:
                industry = F.industry_of(label, "")  # 'Biomedicine output value | 123.7 | 106.9 | 15.7': its industry
        columns = sorted(dated) if dated else sorted(zones) if zones else [] if table.value is None else [table.value]
        # 'Actually used FDI, 2020', 'Exports, 2023 (RMB bn)': the year before the unit in brackets too
        unit_bracket = _BRACKET_AT_END.search(label) if not dated else None
        year_named = None if dated else _LABEL_YEAR.search(label) or (
            _LABEL_YEAR.search(label[:unit_bracket.start()]) if unit_bracket and F.unit_in_label(unit_bracket.group())
            else None)
        row_period = None if year_named is None else Period(
            starts[0], starts[0], (int(year_named.group(1)), 1), (int(year_named.group(1)), 12))
        if self.time_col is not None and not dated and self.time_col < len(cells) \
                and (span := column_period(cells[self.time_col], self._ctx())) is not None:
            row_period = Period(starts[self.time_col], starts[self.time_col], *span)  # ('end of April 2024')
        if F.PER_UNIT.search(label):
            return  # 'Energy consumption per unit of GDP': a rate, not an amount
        # 'Fixed-asset investment | % | — | -6.2': a row in percent states growth only
        # (or the label says so: 'Industrial added value above designated size (%)')
        in_percent = unit_cell.strip() in ("%", "％") or _PERCENT_LABEL.search(label) is not None
        scale = 1e4 if count == "population" and _TEN_THOUSAND.search(unit_cell or label) else 1.0
        for col in columns:
            value_cell = cells[col] if col < len(cells) else ""
            five_years = _FIVE_YEARS.fullmatch(value_cell)  # '[742]' in a plan's table: the five years' total
            number = None if in_percent else F.table_number(five_years.group(1) if five_years else value_cell)
            cell_unit = unit
            if number is None and value_cell in _EMPTY_CELLS and not dated and not zones:
                # '| Foreign investment actually used | - | 72 m |': the figure in the next currency's column
                read = next((c for c in sorted(self.column_currency) if c > col and c < len(cells)
                             and _SCALED_CELL.fullmatch(cells[c])), col)
                value_cell = cells[read] if read < len(cells) else ""
            else:
                read = col
            bracketed = _GROWTH_IN_BRACKETS.fullmatch(value_cell) if number is None and not in_percent else None
            if bracketed is not None:  # '142.3 (12.4)' under a caption that gives growth in brackets
                number, value_cell = F.table_number(bracketed.group("n")), bracketed.group("n")
            # ('RMB 48.6 bn (+8.3%)': the cell's own growth after its amount)
            signed = _SIGNED_IN_CELL.search(value_cell) if number is None else None
            amount = F.table_amount(_SIGNED_IN_CELL.sub("", value_cell).strip()) if number is None else None
            if amount is None and number is None and read in self.column_currency \
                    and _SCALED_CELL.fullmatch(value_cell):
                amount = F.table_amount(f"{self.column_currency[read]} {value_cell}")  # '38.5 bn' under 'RMB'
            if amount is not None:  # 'RMB 126.5 billion': the cell states its own unit
                number, cell_unit = amount.number, (_scale(amount), amount.unit if amount.kind == "money" else "km2")
            if growth_after:  # each period's growth in the column after it
                after = growth_after.get(col)
                col_yoy = F.table_number(cells[after]) if after is not None and after < len(cells) else None
            else:  # the growth column belongs to the last year
                # ... the latest year, wherever it stands ('Indicator | 2023 | 2022 | Change (%)')
                # (of two ending together, the longer: 'August | Jan-Aug | ... | Growth (%)' is the year so far's)
                latest = max(columns, key=lambda c: (dated[c][1], -dated[c][0][1], -dated[c][0][0])) if dated \
                    else columns[-1]
                col_yoy = yoy if col == latest and not zones else None
            if signed is not None and col_yoy is None:
                col_yoy = F.table_number(signed.group(1))
            if bracketed is not None and col_yoy is None:
                col_yoy = F.table_number(bracketed.group("g") or bracketed.group("g2"))
            if in_percent and dated and col_yoy is None and (_GROWTH_IN_LABEL.search(label)
                                                             or _GROWTH_OF_LABEL.match(label)):
                # ('Industrial added value above designated size (growth, %)  +7.9  +4.8': each column's growth)
                col_yoy = F.table_number(value_cell)
            period = row_period
            anchor = starts[read] if read < len(starts) else s.start  # (a row may have fewer cells than its header)
            if dated:
                first, last = dated[col]
                if five_years and first == (last[0], 1) and last[1] == 12:
                    first = (last[0] - 4, 1)
                ahead = bool(five_years) and self.doc_date is not None and last[0] > self.doc_date.year
                period = Period(anchor, anchor, first, last, plan=bool(five_years), future_by=ahead)
            if number is None and (col_yoy is None or metric is None):
                continue
            if metric is not None:
                factor, currency = cell_unit or (1.0, "CNY")
                value = None if number is None else float(Decimal(repr(number)) * Decimal(repr(factor)))
                draft = F.Draft(metric, value, currency if value is not None else None, "exact", None,
                                s.start, s.end, yoy_pct=col_yoy, anchor=anchor, period=period, industry=industry,
                                entity=zones.get(col), cumulative=bool(five_years))
            elif count is not None and number is not None:
                value = float(Decimal(repr(number)) * Decimal(repr(scale)))
                draft = F.Draft(count, value, "persons" if count == "population" else "count", "exact", None,
                                s.start, s.end, measure="stock", anchor=anchor,
                                period=period or (replace(self.caption_point, start=anchor, end=anchor)
                                                  if self.caption_point is not None else None),
                                entity=zones.get(col))
            elif area is not None and area_factor is not None and number is not None:
                value = float(Decimal(repr(number)) * Decimal(repr(area_factor)))
                draft = F.Draft(area, value, "km2", "exact", None, s.start, s.end, measure="stock", anchor=anchor,
                                period=period, entity=zones.get(col))
            else:
                continue
            self._place(draft, s, periods)
            placed.append((col, len(self.drafts) - 1))
        for col, (first, last) in table.growth_of.items() if metric is not None and not in_percent else ():
            change = F.table_number(cells[col]) if col < len(cells) else None
            if change is not None:
                anchor = starts[col]
                self._place(F.Draft(metric, None, None, "exact", None, s.start, s.end, yoy_pct=change, anchor=anchor,
                                    period=Period(anchor, anchor, first, last), industry=industry,
                                    entity=zones.get(col)), s, periods)
        if table.target is not None and table.target < len(cells) and (metric is not None or count is not None):
            growth = cells[table.target_growth] if table.target_growth is not None \
                and table.target_growth < len(cells) else ""
            self._goal_cell(s, periods, cells[table.target], growth, starts[table.target], metric or count, unit,
                            in_percent, industry, counted=metric is None, year=table.target_year)
        for col, year in table.later_targets if metric is not None or count is not None else ():
            if col < len(cells):
                self._goal_cell(s, periods, cells[col], "", starts[col], metric or count, unit, in_percent, industry,
                                counted=metric is None, year=year)

    def _goal_cell(self, s: Sentence, periods: list[Period], cell: str, growth: str, start: int, code: str,
                   unit: tuple[float, str] | None, in_percent: bool, industry: str | None, counted: bool,
                   year: int | None) -> None:
        """A row's cell in the 'Annual target' column: the goal for the year its header names, else for the
        year the table reports on; with the goal's growth when a column gives it ('Target growth (%)').

        In a row stated in percent ('Fixed-asset investment | % | -- | 18.3 | 12') the goal is a growth rate.
        A cell may say the goal is a floor ('≥48').
        """
        number, floor = _floor_cell(cell)
        yoy, _ = _floor_cell(growth)
        if number is None and (grow := _GOAL_GROWTH_CELL.fullmatch(cell.strip())) is not None:
            yoy = float(grow.group("n"))  # ('growth of 15%' in place of an amount: the goal is the growth)
        reported = self.heading_period or self.report_period or self.line_period
        year = year or (reported.last[0] if reported is not None else self.doc_date.year if self.doc_date else None)
        if in_percent:  # 'Added value | % | -- | 9.6 | -- | 10': the goal is a growth, in either column
            number, yoy = None, number if number is not None else yoy
        if (number is None and yoy is None) or year is None:
            return
        period = Period(start, start, (year, 1), (year, 12))
        qualifier = "at_least" if floor else "exact"
        if number is None:
            draft = F.Draft(code, None, None, qualifier, None, s.start, s.end, yoy_pct=yoy,
                            anchor=start, period=period, industry=industry, target=True)
        elif counted:
            draft = F.Draft(code, number, "persons" if code == "population" else "count", qualifier, None,
                            s.start, s.end, measure="stock", anchor=start, period=period, target=True)
        else:
            factor, currency = unit or (1.0, "CNY")
            draft = F.Draft(code, float(Decimal(repr(number)) * Decimal(repr(factor))), currency, qualifier, None,
                            s.start, s.end, anchor=start, period=period, industry=industry, target=True, yoy_pct=yoy)
        self._place(draft, s, periods)

    def _indent(self, s: Sentence) -> int:
        line = self.text[self.text.rfind("\n", 0, s.start) + 1: s.end]
        return len(line) - len(line.lstrip(" \t"))

    def _indented(self, s: Sentence) -> bool:
        """The row's line is set in from the line of the measure's row: a part of that row."""
        own = self._indent(s)
        return own >= 2 and own > self.row_metric_indent

    def _industry_row(self, s: Sentence, periods: list[Period], cells: list[str], starts: list[int],
                      amounts_of: str | None = None) -> None:
        """'| New materials | special alloys | RMB 31.6 bn (+46.2%) | 41 |': each measured cell a fact of the
        industry the row names, in the area the page is about (its amounts of ``amounts_of``, when its label names
        the measure they are of)."""
        industry = F.first_industry(cells[0]) if cells else None
        whole = cells and _TOTAL_ROW.fullmatch(cells[0]) is not None  # 'Zone total': the zone's own figures
        if industry is None and not whole:
            return
        for col, (code, unit, growth_col, span) in self.by_industry.items():
            if amounts_of is not None and unit is not None and unit[1] in ("CNY", "USD"):
                code = amounts_of
            self._measured_cell(s, periods, cells, starts, col, (code, unit, growth_col), span, industry,
                                stocks_too=True)

    def _row_goes_on(self, s: Sentence, cells: list[tuple[int, str]], texts: list[str]) -> int:
        """A row whose label, and unit, wrap onto the indented lines below, words only, each under the cell it
        completes (added to ``texts``): 'Output value of indus-   100 million   128.6' over '  trial enterprises
        above   yuan' over '  designated size'. The number of lines the row goes on for (up to three)."""
        return self._goes_on_below(s, cells, texts, lambda below, rest, index: (
            # (a unit's bracket may open at the line's end: 'designated size (100 million' over 'yuan)')
            # (or the year its words name: '  Growth over same quarter   5.4' over '  of 2022 (%)')
            not _DIGIT.search(_YEAR_AFTER_A_WORD.sub("", _UNIT_OPENS.sub("", _BRACKETED.sub("", below))))
            and len(rest) <= 2 and None not in index
            # (not the next row's label, wrapped in turn, where the labels start: '  Operating revenue of
            # enterprises above designated' under '    designated size (100 million yuan)   86.35')
            and not (rest[0][1][:1].isupper() and self.spaced is not None
                     and rest[0][0] <= self.spaced.get("indent", 0) < self._indent(s))
            and not (len(rest) == 2 and index[0] == index[1])))

    def _goes_on_below(self, s: Sentence, cells: list[tuple[int, str]], texts: list[str], fits) -> int:
        """Words on the lines below a header or a row that complete its cells, each the cell that starts nearest
        before it (``cells``: where each starts in its line); ``fits(below, rest, index)`` tells a line of them from
        the next row. The number of lines read (up to three)."""
        if self.text.find("\n", s.start, s.end) >= 0:
            return 0
        line_end, lines = self.text.find("\n", s.end), 0
        while line_end >= 0 and lines < 3:
            next_end = self.text.find("\n", line_end + 1)
            below = self.text[line_end + 1: len(self.text) if next_end < 0 else next_end]
            rest = [(m.start(), m.group()) for m in _SPACED_CELL.finditer(below)]
            if not rest:
                break
            index = [max((i for i, (start, _) in enumerate(cells) if start <= at + 2), default=None) for at, _ in rest]
            # (a word set centred under the cell after the one it starts beyond: '(published)' under '2018', not under
            # the 'Unit' before it, in 'Unit   2018   2018' over '(published)   (revised)')
            index = [i + 1 if i is not None and i + 1 < len(cells) and cells[i][0] + len(cells[i][1]) + 1 < at
                     and at < cells[i + 1][0] < at + len(word) else i
                     for i, (at, word) in zip(index, rest, strict=True)]
            if rest[0][0] == 0 and not (
                    # (not set in, when the words complete the label and another cell each, flush under them, as a
                    # PDF's table keeps them: 'Operating revenue of   100 million   186.4' over 'enterprises in the
                    # zone   yuan', 'size (100 million yuan)' under 'Output value above designated   6.82')
                    cells and cells[0][0] == 0 and None not in index
                    and (rest[0][1][:1].islower() or rest[0][1][:1] == "(")
                    and all(abs(cells[i][0] - at) <= 2 for i, (at, _) in zip(index, rest, strict=True))):
                break
            if not fits(below, rest, index):
                break
            for i, (_, word) in zip(index, rest, strict=True):
                texts[i] = rejoined(texts[i], word)
            line_end, lines = next_end, lines + 1
        return lines

    def _whole_year_reported(self) -> int | None:
        """The year the text reports on, when it is a whole year: a count 'at year-end' is at its end."""
        report = self.report_period
        if report is not None and report.first == (report.last[0], 1) and report.last[1] == 12:
            return report.last[0]
        return None

    def _zone_per_column(self, cells: list[str], starts: list[int]) -> dict[int, int]:
        """The zone each column of a header names, {column: cluster}, when two or more columns name one each.

        A column headed by the zone's kind alone ('| Indicator | EDZ | Growth | Xiajin County | Growth |') is
        the page's zone's.
        """
        zones = {}
        for i, (cell, at) in enumerate(zip(cells, starts, strict=True)):
            named = {m.cluster for m in self._mentions_between(at, at + len(cell))} if i else set()
            if i and not named and (place := _PLACE_BEFORE_HEAD.fullmatch(cell)) is not None:
                cell = place.group("place")  # ('Wangjiang County, Jan.-Sep. growth%': the place it names)
            if i and not named and (host := self._host_of_kind(cell)) is not None:
                named = {host}  # ('County, Jan-Sep 2025': the one county, district or city the page names)
            if i and not named:  # ('Zichang City', a name the page gives its city elsewhere)
                named = {j for j, c in enumerate(self.clusters) if cell.strip().lower() in map(str.lower, c.names)}
            words = set(_NAME_WORD.findall(cell.lower())) - _KIND_WORDS if i and not named else set()
            zone_head = bool(words) and _ZONE_WORD.search(cell) is not None
            if len(words) >= 2 or zone_head:
                # ('Foshan Sino-German zone', 'Jieyang Metal Eco-City', 'Quzhou High-tech Zone': a zone's name
                # shortened, its own words all in one zone's full name; a zone's, not its county's, when the head
                # says zone)
                named = {j for j, c in enumerate(self.clusters) if not (zone_head and c.entity_type == "district")
                         and any(words <= set(_NAME_WORD.findall(name.lower())) for name in c.names)}
            elif len(words) == 1 and i:
                # ('| Indicator | Unit | Shigezhuang | Tangguantun |': a zone by the one word of its name that is its
                # own, when no other area's name has it)
                named = {j for j, c in enumerate(self.clusters)
                         if any(words <= set(_NAME_WORD.findall(name.lower())) for name in c.names)}
                named = named if all(self.clusters[j].entity_type != "district" for j in named) else set()
            if len(named) == 1:
                zones[i] = named.pop()
            elif i and not named and _THE_ZONE_CELL.fullmatch(_OF_WHICH.sub("", cell, count=1).strip()):
                # ('| Indicator | Zichang City | Growth | Of which: ETDZ | Growth |': the city's part that is the zone)
                # the zone the page talks about most (a county or district is not what 'EDZ' heads)
                areas = [j for j, c in enumerate(self.clusters) if c.entity_type != "district"]
                # (not one of its parts, which the columns beside it name: 'Whole park | North Park | South Park')
                areas = [j for j in areas if not self.clusters[j].part] or areas
                if areas:
                    zones[i] = max(areas, key=lambda j: self.clusters[j].mentions)
        if len(zones) == 1 and (k := next(iter(zones))) >= 2 and len(first := {
                m.cluster for m in self._mentions_between(starts[0], starts[0] + len(cells[0])) if m.explicit}) == 1 \
                and (a := first.pop()) != zones[k]:
            # ('| Linhe Ganzhaomiao Industrial Park | Jan.-Feb. | Mar. |     | Linhe Wulantuke Industrial Park |
            # Jan.-Feb. | Mar. |': two tables side by side on the same lines, each headed by its zone's name)
            b = zones[k]
            return {i: a if i < k else b for i in range(1, len(cells)) if i != k and cells[i].strip()}
        if len(set(zones.values())) < 2 and len(cells) >= 3 and (grouped := self._zone_per_group(cells, starts)):
            return grouped
        hosts = set(zones.values())
        if len(hosts) == 1 and self.clusters[host := hosts.pop()].type_class == "district" \
                and (whole := self._whole_of_parts()) is not None and whole != host:
            # ('Indicator (unit) | September | Jan.-Sep. | Wangjiang County, Jan.-Sep.': the host county's columns
            # beside the page's zone's, which name no one)
            zones.update({i: whole for i in range(1, len(cells)) if i not in zones})
        return zones if len(zones) >= 2 else {}

    def _zone_per_group(self, cells: list[str], starts: list[int]) -> dict[int, int]:
        """The zone over each group of columns, when a line above the header names two or more areas side by side
        ('Henggouqiao Industrial Park  |  Xian'an District' over 'Indicator  Jan-Nov 2021  y/y  |  Jan-Nov 2021
        y/y'): a column is the group's whose name stands over it, the groups parted halfway between two names."""
        line_start = self._line_start_at(starts[0])
        blank = False
        for _ in range(6):
            if line_start == 0:
                return {}
            above = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[above: line_start - 1]
            line_start = above
            if not line.strip():
                if blank:
                    return {}
                blank = True  # (one blank line between the captions and the header)
                continue
            if _RULES.fullmatch(line.replace("|", " ")):
                continue  # ('-------------- | --------------' under the names)
            names = [m for m in self._mentions_between(above, above + len(line)) if m.explicit]
            if not names and ("  " in line.strip() or line.lstrip().startswith(("(", "（"))):
                # ('(unit: 10,000 yuan; growth ...      (unit: 10,000 yuan; growth ...' under 'Table 1  Heishan Badaohao
                # Industrial Park      Table 2  Heishan Dahushan Industrial Park': each table's note under its name)
                continue
            if len({m.cluster for m in names}) < 2 or len(names) != len({m.cluster for m in names}) \
                    or _DIGIT.search(_CAPTION_LINE.sub("", line)) or not all("  " in self.text[a.end: b.start]
                                                      for a, b in zip(names, names[1:], strict=False)):
                return {}
            parts = [(a.end + b.start) / 2 - above for a, b in zip(names, names[1:], strict=False)]
            # (a group's growth column is its figures', not one of its own)
            return {i: names[sum(at - self._line_start_at(at) > part for part in parts)].cluster
                    for i, at in enumerate(starts) if i and not _GROWTH_COLUMN.search(cells[i])}
        return {}

    def _line_start_at(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1

    def _long_row(self, s: Sentence, periods: list[Period], cells: list[str], starts: list[int]) -> None:
        """'Huachuan EDZ | operating_revenue | 2024H1 | 402180 | 10000 CNY | 8.7' under a header in long format:
        one fact a row, its measure, period, unit and zone each named in a cell of its own. A row whose zone
        column names no zone ('All provincial-level development zones') is no zone's."""
        cols = self.long
        if len(cells) < cols["width"] and s.text.count("\t") == cols["width"] - 1:
            # ('fixed_asset_investment,2024H1,,%,-8.2': an empty field keeps its place)
            cells, starts, pos = [], [], 0
            for part in s.text.split("\t"):
                cells.append(part.strip())
                starts.append(s.start + pos + len(part) - len(part.lstrip()))
                pos += len(part) + 1
        cell = dict(enumerate(cells)).get
        if self.zone_col >= 0 and (self.zone_col >= len(cells) or not self._mentions_between(
                starts[self.zone_col], starts[self.zone_col] + len(cells[self.zone_col]))):
            return
        label, unit_text = cell(cols["indicator"], ""), cell(cols.get("unit", -1), "")
        metric = F.money_metric(label, "")
        count = None if metric else _area_code(label) or F.count_label(label)
        span = data_period(cell(cols["period"], ""))
        if (metric is None and count is None) or span is None:
            return
        growth = cols.get("growth")
        if metric is None:  # a count or an area, at the stretch's end
            unit = (1.0, "km2") if count.startswith("area") else (1.0, "persons" if count == "population" else "count")
            self._measured_cell(s, periods, cells, starts, cols["value"], (count, unit, None), span, stocks_too=True)
        elif unit_text.strip() == "%":  # the value blank, its unit '%': the change alone
            if growth is not None:
                self._measured_cell(s, periods, cells, starts, growth, (metric, None, None), span)
        else:
            unit = (_unit_cell(unit_text) if unit_text.strip() else None) or self.unit_context or (1.0, "CNY")
            self._measured_cell(s, periods, cells, starts, cols["value"], (metric, unit, growth), span)

    def _zone_row(self, s: Sentence, periods: list[Period], cells: list[str], starts: list[int]) -> None:
        """'| Chengdu ETDZ | National | 257 sq km |': each measured cell a fact of the zone the row names.

        A row that names no zone ('| Total | | 1,978.7 |') is no zone's, unless the rows above are the parts of
        the zone the text is about.
        """
        at = self.zone_col
        if len(cells) <= at:
            return
        named = self._mentions_between(starts[at], starts[at] + len(cells[at]))
        # the zone the row names, not a county named in a later column ('| 1 | Fanzhen Industrial Park | Daiyue
        # District | 94.6 | 412.5 |'): what each of its cells measures
        zone = named[0].cluster if named else self._zone_named_short(cells[at])
        if zone is None and _TOTAL_ROW.fullmatch(cells[at]):
            # ('| Total | 10.9 | 74 | 140.6 |' under the rows of a park's sub-parks, or '| Whole zone | 486.72 |' over
            # them: the whole park's)
            parts = self.zone_rows or self._zones_on_next_line(s)
            whole = self._whole_of_parts() if parts and all(self.clusters[i].part for i in parts) else None
            zone = whole if whole not in parts else None
        if zone is None:
            return
        self.zone_rows.append(zone)
        for col, (code, unit, target_year, counted) in self.zone_targets.items():
            if col < len(cells):  # '2022 target: operating revenue': the zone's goal for that year
                self._goal_cell(s, periods, cells[col], "", starts[col], code, unit, False, None, counted, target_year)
        year, at_year_end = self.zone_year_end or (None, set())
        year = year or self._whole_year_reported()  # 'enterprises_above_size_yearend' in a file of 2023's figures
        # a row that gives a whole year's flows gives its counts at that year's end ('| Shehong EDZ | 712.6 | 18.4 |
        # 132 |' under a notice on the 2020 monitoring of zones, issued in May 2021)
        whole_year = self._whole_year_reported() is not None and any(
            code in F.FLOW_METRICS for code, _, _ in self.by_zone.values())
        # ('Basic information of county industrial parks (status as at 31 December 2023)': the date of its counts)
        point = self.report_period if self.report_period is not None and self.report_period.point else None
        for col, measure in self.by_zone.items():
            if col in self.zone_years:  # a column per year under one measure
                self._measured_cell(s, periods, cells, starts, col, measure, _whole_year(self.zone_years[col]),
                                    entity=zone)
                continue
            if point is not None and measure[1] is not None and measure[1][1] in ("count", "km2", "persons"):
                self._measured_cell(s, periods, cells, starts, col, measure, (point.last, point.last), stocks_too=True,
                                    entity=zone)
            elif year is not None and (col in at_year_end or whole_year):  # a count at the end of the year named
                self._measured_cell(s, periods, cells, starts, col, measure, _whole_year(year), stocks_too=True,
                                    entity=zone)
            else:
                self._measured_cell(s, periods, cells, starts, col, measure, entity=zone)

    def _cells_go_on_below(self, s: Sentence, cells: list[str]) -> list[str]:
        """A pipe table's row with the lines under it that complete its cells: a header's ('| Indicator | 2023 |'
        over '|  | completed |': the first cell empty, words only) or a label's ('| Output value of industrial |
        55.47 |' over '| enterprises above designated |  |', every other cell empty). Those lines are then not read
        again (``continued_rows``)."""
        heading = not any(F.table_number(c) is not None and not _YEAR_CELL.fullmatch(c) for c in cells[1:])
        end = self.text.find("\n", s.end)
        for _ in range(3):
            if end < 0:
                break
            line_end = self.text.find("\n", end + 1)
            line = self.text[end + 1: len(self.text) if line_end < 0 else line_end].strip()
            if not line.startswith("|") or not line.endswith("|"):
                break
            below = [c.strip() for c in line[1:-1].split("|")]
            if len(below) != len(cells) or all(_RULE_CELL.fullmatch(c) for c in below):
                break
            if heading and not below[0] and any(below[1:]) and not any(
                    F.table_number(c) is not None and not _YEAR_CELL.fullmatch(c) for c in below[1:]):
                pass  # the header's labels go on
            elif not heading and any(below) and all(not c or _WORDS_CELL.fullmatch(c) for c in below[1:]) \
                    and not _DIGIT.search(_BRACKETED.sub("", below[0])):
                pass  # the row's label goes on (and its unit: '| industrial | yuan |  |')
            else:
                break
            cells = [f"{c} {b}" if b else c for c, b in zip(cells, below, strict=True)]
            self.continued_rows.add(end + 1)
            end = line_end
        return cells

    def _whole_of_parts(self) -> int | None:
        """The area the text's parts make up: the page's subject, or on a district's bulletin its one zone that is
        no part."""
        if self.primary is None:
            return None
        if self.clusters[self.primary].type_class != "district":
            return None if self.clusters[self.primary].part else self.primary
        wholes = [i for i, c in enumerate(self.clusters)
                  if not c.part and not c.container and c.type_class != "district"]
        return wholes[0] if len(wholes) == 1 else None

    def _zones_on_next_line(self, s: Sentence) -> list[int]:
        """The areas the line after a row names (none when it names none)."""
        start = self.text.find("\n", s.end) + 1
        end = self.text.find("\n", start)
        if not start:
            return []
        named = [m.cluster for m in self._mentions_between(start, len(self.text) if end < 0 else end)]
        if not named and (label := _ROW_LABEL.match(self.text, start, len(self.text) if end < 0 else end)):
            # ('Electronic information   96.3   12.4' under 'Whole park   182.6   8.9': a part by its own words)
            short = self._zone_named_short(label.group(1))
            named = [short] if short is not None else []
        return named

    def _host_of_kind(self, cell: str, named_so: bool = False) -> int | None:
        """The one host a cell names by its kind alone ('County', 'Whole banner'): the page's only county, district,
        city or banner, or with ``named_so`` the only one whose name ends so (a row of the whole beside its parts)."""
        kind = _HOST_KIND_CELL.fullmatch(cell.strip())
        if kind is None:
            return None
        hosts = [i for i, c in enumerate(self.clusters) if c.type_class == "district"]
        if named_so:
            hosts = [i for i in hosts if self.clusters[i].name.endswith(kind.group("kind").capitalize())]
        return hosts[0] if len(hosts) == 1 else None

    def _zone_named_short(self, cell: str) -> int | None:
        """The one zone whose name a row's cell gives without its kind: "Rui'an Tingtian" for Rui'an Tingtian
        Industrial Park, named in full elsewhere on the page."""
        short = " ".join(cell.split())
        if not short[:1].isupper() or not short.replace(" ", "").replace("'", "").isalpha():
            return None
        if _HOST_KIND_CELL.fullmatch(short) and _WHOLE.search(short):
            # ('Whole banner' over 'Bayantohai Park' in the banner's own bulletin: the one host of that kind)
            return self._host_of_kind(short, named_so=True)
        if (kind := _ZONE_KIND_AFTER.fullmatch(short)) is not None:
            short = kind.group(1)  # ('Bayantohai Park' for the Evenk Banner Bayantohai Industrial Park)
        if len(short.split()) >= 2:
            found = {i for i, c in enumerate(self.clusters) if c.type_class != "district"
                     and any(name.startswith(short + " ") for name in c.names)}
        else:
            # ('Qiyanqiao' for the Xixiu Qiyanqiao Industrial Park: the one word that tells it from the other parks of
            # Xixiu, in one zone's name only)
            found = {i for i, c in enumerate(self.clusters) if c.type_class != "district"
                     and any(f" {short} " in f" {name} " for name in c.names)}
        if not found and len(short.split()) >= 2:
            # ('Electronic information' for the Zhengxiang Electronic Information Industrial Park, one of the parts
            # of the zone: its own words, in one part's name only)
            words = f" {short.lower()} "
            found = {i for i, c in enumerate(self.clusters) if c.part and any(words in f" {name.lower()} "
                                                                             for name in c.names)}
        return found.pop() if len(found) == 1 else None

    def _measured_cell(self, s: Sentence, periods: list[Period], cells: list[str], starts: list[int], col: int,
                       measure: tuple[str, tuple[float, str], int | None],
                       span: tuple[tuple[int, int], tuple[int, int]] | None = None,
                       industry: str | None = None, stocks_too: bool = False, entity: int | None = None) -> None:
        """Place the fact one cell of a measured column states ({column: (metric, unit, growth column)}),
        its growth from the cell or the growth column, a flow dated by the stretch its header or row
        names (a stock too, at the stretch's end, when ``stocks_too``: the year is the row's)."""
        code, unit, growth_col = measure
        if unit is None:  # the column holds the measure's growth alone
            yoy = F.table_number(cells[col]) if col < len(cells) else None
            if yoy is not None:
                self._place(F.Draft(code, None, None, "exact", None, s.start, s.end, anchor=starts[col], yoy_pct=yoy,
                                    industry=industry, period=None if span is None else
                                    Period(starts[col], starts[col], span[0], span[1])), s, periods)
            return
        measured = _measured(cells[col], unit) if col < len(cells) else None
        if measured is None:
            return
        value, currency, yoy = measured
        if yoy is None and growth_col is not None and growth_col < len(cells):
            yoy = F.table_number(cells[growth_col])
        stock = currency in ("km2", "count", "persons")
        period = None if span is None or stock and not stocks_too else \
            Period(starts[col], starts[col], None if stock else span[0], span[1])
        draft = F.Draft(code, value, currency, "exact", None, s.start, s.end, anchor=starts[col],
                        measure="stock" if stock else "flow", yoy_pct=yoy, industry=industry, period=period,
                        entity=entity)
        self._place(draft, s, periods)

    def _grid_line(self, s: Sentence, periods: list[Period]) -> bool:
        """A line of a grid of tiles, as infographics and fact sheets set out their key figures once turned into
        text: measures named side by side ('Operating revenue        Output value above designated size'), under
        each its figure and then its change ('RMB 24.1 bn        RMB 19.8 bn' over '+6.5% y/y        +7.2% y/y').
        Each figure is read with the label it stands under; the grid's heading or the page dates them, as it
        does prose. False for any other line, which is then read as it would be without this."""
        line_start = self._line_start(s)
        column = s.start - line_start
        cells = [(column + m.start(), m.group()) for m in _SPACED_CELL.finditer(s.text)]
        grid, self.grid = self.grid, None
        if grid is not None and s.line_no == grid["line"] + 1 and "\n" not in s.text and cells \
                and all(_DIGIT.search(c) for _, c in cells):
            slots = [max((i for i, start in enumerate(grid["starts"]) if start <= at + 3), default=None)
                     for at, _ in cells]
            if None not in slots and len(set(slots)) == len(slots):
                grid["line"], self.grid = s.line_no, grid
                for (at, cell), col in zip(cells, slots, strict=True):
                    self._tile(s, periods, grid, col, line_start + at, cell)
                return True
        if len(cells) < 2 or "\n" in s.text or "|" in s.text or any(_DIGIT.search(c) for _, c in cells) \
                or any(head.fullmatch(cells[0][1]) for head in (_ROW_HEAD, _YEAR_HEAD, _ZONE_HEAD, _INDUSTRY_HEAD)):
            return False
        above = self.unit_statement[1] if self.unit_statement and s.line_no - self.unit_statement[0] <= 2 else None
        stated = above or _caption_unit(self.text, line_start)
        measures = _zone_columns(["", *(c for _, c in cells)], stated)
        if len(measures) != len(cells) or any(unit is None for _, unit, _ in measures.values()):
            return False
        line_end = self.text.find("\n", s.end)
        below_end = self.text.find("\n", line_end + 1) if line_end >= 0 else -1
        below = "" if line_end < 0 else self.text[line_end + 1: below_end if below_end >= 0 else len(self.text)]
        under = [(m.start(), m.group()) for m in _SPACED_CELL.finditer(below)]
        if not under or not all(_DIGIT.search(c) for _, c in under) \
                or any(min(abs(at - start) for start, _ in cells) > 3 for at, _ in under):
            return False  # the figures stand under the labels, each where its label starts
        # a money figure with no unit of its own takes the one the label or the caption states, else none
        units = [unit if unit[1] in ("km2", "count", "persons") or F.unit_in_label(label) or stated else None
                 for (_, label), (_, unit, _) in zip(cells, measures.values(), strict=True)]
        self.grid = {"line": s.line_no, "start": line_start, "starts": [at for at, _ in cells], "placed": {},
                     "measures": [(code, unit) for (code, _, _), unit in zip(measures.values(), units, strict=True)]}
        return True

    def _tile(self, s: Sentence, periods: list[Period], grid: dict, col: int, at: int, cell: str) -> None:
        """Place the figure one tile of a grid states, or add the change stated under it."""
        code, unit = grid["measures"][col]
        stock = unit is not None and unit[1] in ("km2", "count", "persons")
        change = F.CHANGE_LINE.fullmatch(cell)
        if change is not None:
            yoy = float(change["value"]) * (-1 if change["down"] else 1)
            index = grid["placed"].get(col)
            if index is not None:
                draft, *rest = self.drafts[index]
                if draft.yoy_pct is None:
                    self.drafts[index] = (F.extend(draft, yoy_pct=yoy), *rest)
            elif not stock:  # 'Fixed-asset investment' over '+9.1% y/y': the change alone
                before = len(self.drafts)
                self._place(F.Draft(code, None, None, "exact", None, grid["start"], s.end, anchor=at, yoy_pct=yoy),
                            s, periods)
                grid["placed"][col] = before if len(self.drafts) > before else None
            return
        if col in grid["placed"]:
            return  # a tile states one figure
        cell = _BRACKET_AT_END.sub("", cell)
        measured = _measured(cell, unit or (1.0, "CNY"))
        if measured is None or unit is None and F.table_amount(cell) is None:
            return  # ('18.46' under a label with no unit, on a page that states none)
        value, currency, yoy = measured
        before = len(self.drafts)
        self._place(F.Draft(code, value, currency, "exact", None, grid["start"], s.end, anchor=at,
                            measure="stock" if stock else "flow", yoy_pct=yoy), s, periods)
        grid["placed"][col] = before if len(self.drafts) > before else None

    def _ruled_header(self, s: Sentence) -> tuple[list[str], int] | None:
        """The labels of a header set out over several lines with a rule under each group's label, one per column
        of the first row of figures, and how many lines of the header follow ``s``'s:

            '                         November    Jan.-Nov.'
            'Indicator        Unit                ---------------'
            '                                      Value   Growth (%)'

        reads 'Indicator', 'Unit', 'November', 'Jan.-Nov.', 'Jan.-Nov. Growth (%)'. The lines above and below
        leave the labels' column blank; a label over a rule heads every column under the rule, any other the column
        it overlaps most (figures sit right, labels left, so neither edge lines up)."""
        text = self.original
        start = text.rfind("\n", 0, s.start) + 1
        end = text.find("\n", start)
        lines = [(start, text[start: len(text) if end < 0 else end])]
        while len(lines) < 4 and lines[0][0] > 0:  # above: the groups' labels
            begin = text.rfind("\n", 0, lines[0][0] - 1) + 1
            line = text[begin: lines[0][0] - 1]
            if not line.strip() or not line[:1].isspace() or _DIGIT.search(_BRACKETED.sub("", line)):
                break
            lines.insert(0, (begin, line))
        below = 0
        at = lines[-1][0] + len(lines[-1][1]) + 1
        row = None
        while at < len(text) and below < 5:
            end = text.find("\n", at)
            line = text[at: len(text) if end < 0 else end]
            if not line.strip():
                return None
            if not line[:1].isspace():  # the first row: its label in the labels' column
                row = line
                break
            lines.append((at, line))
            below += 1
            at = len(text) if end < 0 else end + 1
        if row is None or below == 0:
            return None
        # (a row's label may wrap over lines with no figure before the line that holds them)
        while row is not None and F.table_number(row.split()[-1] if row.split() else "") is None:
            end = text.find("\n", at)
            at = len(text) if end < 0 else end + 1
            end = text.find("\n", at)
            row = text[at: len(text) if end < 0 else end] if at < len(text) else None
        if row is None:
            return None
        columns = [(m.start(), m.end()) for m in _SPACED_CELL.finditer(row)]
        if len(columns) < 3:
            return None
        columns[0] = (0, columns[0][1])
        rules = [(k, m.start(), m.end()) for k, (_, line) in enumerate(lines) for m in _SPACED_CELL.finditer(line)
                 if _RULE_CELL.fullmatch(m.group())]
        labels: list[list[tuple[int, int, str]]] = [[] for _ in columns]
        for k, (_, line) in enumerate(lines):
            for m in _SPACED_CELL.finditer(line):
                if _RULE_CELL.fullmatch(m.group()):
                    continue
                a, b = m.start(), m.end()
                group = next(((ra, rb) for rk, ra, rb in rules if rk > k and ra < b and a < rb), None)
                if group is not None:  # a group's label: every column under its rule
                    heads = [j for j, (ca, cb) in enumerate(columns) if j and group[0] <= (ca + cb) / 2 <= group[1]]
                else:
                    overlaps = [min(b, cb) - max(a, ca) for ca, cb in columns]
                    best = max(range(len(columns)),
                               key=lambda j: (overlaps[j], -abs(sum(columns[j]) / 2 - (a + b) / 2)))
                    if overlaps[best] <= 0:
                        best = min(range(len(columns)), key=lambda j: abs(sum(columns[j]) / 2 - (a + b) / 2))
                    heads = [best]
                for j in heads:
                    labels[j].append((k, a, m.group()))
        texts = []
        for found in labels:
            words = [word for _, _, word in sorted(found)]
            if len(words) >= 2 and _VALUE_HEAD.fullmatch(words[-1]):
                words.pop()  # ('Jan.-Nov.' over 'Value': the stretch's figure)
            texts.append(" ".join(words))
        if not texts[0] or any(not t for t in texts[1:]):
            return None
        return texts, below

    def _header_lines_above(self, s: Sentence) -> list[tuple[int, str]]:
        """The lines right above a 'Year ...' header that complete its labels, top first, each with where it starts
        in the text: words only, set in from the margin at least once, no figure but a unit's in brackets, up to
        four, up to a blank line, a rule or a group's bar ('|---- Industrial economy ----|')."""
        lines: list[tuple[int, str]] = []
        end = self._line_start(s) - 1
        while end > 0 and len(lines) < 4:
            begin = self.text.rfind("\n", 0, end) + 1
            line = self.text[begin: end].rstrip("\r")
            if not line.strip() or "|" in line or "---" in line or _DIGIT.search(_BRACKETED.sub("", line)) \
                    or _PROSE_MARK.search(line.strip()) or len(line.strip()) > 120:
                break
            lines.insert(0, (begin, line))
            end = begin - 1
        return lines if any(line[:1] == " " for _, line in lines) else []

    def _row_head_above(self, s: Sentence) -> str | None:
        """The labels' head of a header whose first line names the row labels' column and the groups of columns
        under it: 'Indicator (unit)' of 'Indicator (unit)   September   Jan.-Sep.   Wangjiang County, Jan.-Sep.'
        over '   value   growth%   value   growth%   value   growth%'."""
        start = self._line_start(s)
        if self.text[max(0, start - 2): start] == "\n\n":
            return None
        words = [m.group() for m in _SPACED_CELL.finditer(_line_above(self.text, start))]
        line = self.text[self.text.rfind("\n", 0, max(0, start - 1)) + 1: max(0, start - 1)]
        if len(words) >= 3 and line[:1].strip() and _ROW_HEAD.fullmatch(F.english_of(words[0])) \
                and not any(F.table_number(w) is not None and not _YEAR_CELL.fullmatch(w) for w in words):
            return words[0]
        return None

    def _stretches_above(self, s: Sentence) -> bool:
        """True when the line above ``s``'s is set in from the margin and names stretches of the year or years
        alone: 'Jan-Mar   Jan-Jun' over 'Value   y/y   Value   y/y'."""
        start = self._line_start(s)
        above = _line_above(self.text, start) if self.text[max(0, start - 2): start] != "\n\n" else ""
        words = [m.group() for m in _SPACED_CELL.finditer(above)]
        line = self.text[self.text.rfind("\n", 0, max(0, start - 1)) + 1: max(0, start - 1)]
        return bool(words) and line[:_BLANK_HEAD_INDENT].strip() == "" and all(
            _YEAR_CELL.fullmatch(w) or _WHOLE_YEAR_LABEL.fullmatch(w) or column_period(w, self._ctx()) for w in words)

    def _value_and_growth_below(self, s: Sentence, groups: int) -> bool:
        """True when the line after ``s``'s is a header of values and their changes alone, more of them than
        ``groups``: 'Value   y/y   Value   y/y' under 'Jan-Mar   Jan-Jun'."""
        end = self.text.find("\n", s.end)
        if end < 0:
            return False
        line_end = self.text.find("\n", end + 1)
        below = self.text[end + 1: len(self.text) if line_end < 0 else line_end]
        words = [m.group() for m in _SPACED_CELL.finditer(below)]
        return len(words) > groups and len(words) >= 4 and below[:1] in (" ", "\t") and all(
            _VALUE_HEAD.fullmatch(w) or (_GROWTH_COLUMN.search(w) and not F.table_number(w)) for w in words)

    def _header_goes_on(self, s: Sentence, cells: list[tuple[int, str]], texts: list[str]) -> int:
        """'July   Jan-Jul   Same period   Growth' over '                 last year     (%)': a header whose
        labels wrap onto the lines below, words only, each under the label it completes (added to ``texts``).
        The number of lines the header goes on for (0: none; up to three, as in 'Output value' over 'above
        desig-' over 'nated size')."""
        return self._goes_on_below(s, cells, texts, lambda below, rest, index: (
            len(rest) < len(cells) and all(index)  # (no label's: under a header's head of columns only)
            # a row of figures ('2023' under 'January-August' is its year)
            and not any(F.table_number(word) is not None and not _YEAR_CELL.fullmatch(word) for _, word in rest)))

    def _header_from_above(self, s: Sentence, cells: list[tuple[int, str]], texts: list[str]) -> None:
        """'                Jan-Mar     Jan-Mar     Change' over 'Indicator    2026     2025(r)     (%)': a header
        whose first line leaves the labels' column blank, each of its words over the column it begins (added to
        the front of ``texts``)."""
        start = self._line_start(s)
        above_start = self.text.rfind("\n", 0, max(0, start - 1)) + 1
        above = self.text[above_start: max(above_start, start - 1)].rstrip("\r")
        if _RULES.fullmatch(above) and above_start > 0:
            # ('Henggouqiao Industrial Park    Xian'an District' over a rule under each over the header)
            start = above_start
            above_start = self.text.rfind("\n", 0, max(0, start - 1)) + 1
            above = self.text[above_start: max(above_start, start - 1)].rstrip("\r")
        if _YEARS_IN_RULES.fullmatch(above):
            # ('        ------ 2021 ------    ------ 2020 ------' over 'Indicator   Nov.   Dec.   Full year   Nov.
            # Dec.   Full year': each year set in the rule over its group of columns, the year of each column under it)
            groups = [(m.start(), m.end(), m.group(1)) for m in _YEAR_IN_RULE.finditer(above)]
            for i in range(1, len(cells)):
                at = cells[i][0]
                year = min(groups, key=lambda g: 0 if g[0] <= at < g[1] else min(abs(at - g[0]), abs(at - g[1])))[2]
                if not _YEAR_IN.search(texts[i]) and not _GROWTH_COLUMN.search(texts[i]):
                    texts[i] = f"{texts[i]} {year}"
            return
        words = [(m.start(), m.group()) for m in _SPACED_CELL.finditer(above)]
        if len(above) - len(above.lstrip()) < _BLANK_HEAD_INDENT:
            if not (words and cells[0][0] == 0 and cells[0][1] == words[0][1] and cells[1][0] > 0):
                return
            words = words[1:]  # ('Indicator (unit)   September   Jan.-Sep.': the labels' head, set beside the rows)
        if len(words) < 2 or len(words) > len(cells) - 1 \
                or any(F.table_number(w) is not None and not _YEAR_CELL.fullmatch(w) for _, w in words):
            return
        if len(words) < len(cells) - 1:
            # ('                 May                      January-May' over 'Indicator  2025  2024  Growth  2025  2024
            # Growth': a label set over a group of columns heads each of them, up to halfway to the next label)
            bounds = [(end + nxt) / 2 for (at, word), (nxt, _) in zip(words, words[1:], strict=False)
                      for end in [at + len(word)]]
            groups = [[i for i in range(1, len(cells)) if sum(cells[i][0] >= b for b in bounds) == k]
                      for k in range(len(words))]
            if all(len(group) >= 2 for group in groups):
                for (_, word), group in zip(words, groups, strict=True):
                    for index in group:
                        # ('October' over 'Value   y/y (%)': the month's figure and its change)
                        texts[index] = word if _VALUE_HEAD.fullmatch(texts[index]) else f"{word} {texts[index]}"
                return
        for at, word in words:
            index = min(range(1, len(cells)), key=lambda i: abs(cells[i][0] - at))
            texts[index] = f"{word} {texts[index]}"

    def _spaced_row(self, s: Sentence, periods: list[Period]) -> bool:
        """A row of a table laid out with spaces.

        Years down the side and measures across: 'Year   GDP   Tax revenue' names the columns
        (a line under it in brackets completes the label above it); '2021   7,238,600   851,700'
        states each measure for 2021; 'Growth in 2021 (%)   10.2   23.8' gives the year's growth.
        Measures down the side, as in a statistics release ('Indicator   Jan-Sep   YoY (%)' over
        'Gross regional product   3,854,200   4.8'), are read as a pipe table's rows. False for any
        other line, which is then read as prose.
        """
        column = s.start - self._line_start(s)  # where the sentence starts in its line
        cells = [(column + m.start(), m.group()) for m in _SPACED_CELL.finditer(s.text)]
        table = self.spaced
        if table is not None and "\t" in s.text and not self.text[s.start - column: s.start].strip():
            # (the whole line, with the empty cells a trailing tab leaves, which the sentence's text strips:
            # 'Contracted investment<TAB>10,000 yuan<TAB><TAB><TAB>640,000<TAB>')
            line_end = self.text.find("\n", s.end)
            fields = self.text[s.start: len(self.text) if line_end < 0 else line_end].split("\t")
        else:
            fields = []
        if table is not None and table.get("tabs") and "\t" in s.text and len(fields) == table["tabs"] > len(cells):
            # ('Tax revenue (100 million yuan)<TAB><TAB>3.12<TAB>-4.1' under a header of four cells set apart by
            # tabs: the month's cell left empty, each figure still under its own column)
            cells, at = [], column
            for field in fields:
                cells.append((at + len(field) - len(field.lstrip()), field.strip()))
                at += len(field) + 1
        if cells and column == 0 and len(cells) >= 2 and _YEAR_HEAD.fullmatch(cells[0][1]) \
                and not any(F.table_number(c) for _, c in cells[1:]) \
                and (stacked := self._header_lines_above(s)):
            # 'Enterprises      Industrial output above' over 'above            designated size' over 'Year
            # designated size  (100 million yuan)  Growth (%)': a header stacked over lines, the years down the side;
            # which column each word heads, the first row of figures tells
            caption = _line_above(self.text, stacked[0][0])
            stated = self.unit_statement[1] if self.unit_statement and s.line_no - self.unit_statement[0] <= 4 \
                else F.unit_in_label(caption)
            self.spaced = {"columns": None, "header": [*stacked, (s.start, s.text)], "unit": stated,
                           "line": s.line_no, "placed": {}}
            return True
        if table is not None and (table.get("rows") or "columns" in table) and s.line_no - table["line"] == 1 \
                and _RULE.fullmatch(s.text) is not None:
            table["line"] = s.line_no  # a rule under the header ('-------'): the rows come next (or a rule under them)
            return True
        if table is not None and table.get("columns") and s.line_no - table["line"] == 1 and len(cells) == 1 \
                and _GROWTH_COLUMN.search(cells[0][1]) and not _DIGIT.search(cells[0][1]):
            table["line"] = s.line_no  # ('Growth in' over '2023 (%)   8.0   10.3': the growth row's label wrapped)
            return True
        if table is not None and table.get("header_rest", 0) >= s.line_no > table["line"]:
            table["line"] = s.line_no  # the rest of the header's labels, read with it
            return True
        if table is not None and table.get("rows") and s.line_no - table["line"] == 1 and self.table is not None \
                and len(cells) >= 3 and _UNIT_ROW_HEAD.fullmatch(cells[0][1]) \
                and len(units := {F.parse_unit(c) or F.unit_in_label(c) for _, c in cells[1:] if c != "%"}) == 1 \
                and None not in units:
            # 'Unit   10,000 yuan   10,000 yuan   %' under the header: the rows' unit, the table goes on
            if self.table.unit is None:
                self.table = replace(self.table, unit=units.pop())
            table["line"] = s.line_no
            return True
        if table is not None and table.get("rows") and s.line_no - table["line"] == 1 and self.table is not None \
                and F.UNIT_LINE.match(s.text) and (s.text.rstrip().endswith((")", "）")) or len(cells) == 1) \
                and (unit := F.unit_in_label(_AND_PERCENT.sub("", s.text))) is not None:
            # '(Unit: 100 million yuan, except where noted)' under the header: the rows' unit, the table goes on (or in
            # the labels' column alone: 'Unit: 100 million yuan, %')
            if self.table.unit is None:
                self.table = replace(self.table, unit=unit)
            table["line"] = s.line_no
            return True
        if table is not None and table.get("rows") and table.get("goes_on", 0) >= s.line_no > table["line"]:
            table["line"] = s.line_no  # '  designated size': the rest of the row's label above, read with it
            return True
        if (table is not None and not table.get("rows") and table.get("columns") and cells
                and s.line_no - table["line"] == 1
                and all(F.table_number(c) is None for _, c in cells)
                and (len(cells) > 1 or cells[0][1].startswith("("))):
            # '(above designated size)', '(RMB 100m)   (US$ 100m)   enterprises': the rest of the labels above
            for at, text in cells:
                index = min(range(len(table["columns"])), key=lambda i: abs(table["columns"][i][0] - at))
                where, label = table["columns"][index]
                table["columns"][index] = (where, f"{label} {text}")
            table["line"] = s.line_no
            return True
        if table is not None and table.get("rows") and cells:
            above = table.pop("label_above", None)
            # (or after the item's number: '1. Output value of industrial enterprises above designated size (100
            # million yuan)' over '      12.83      104.56      +5.6%')
            if s.line_no - table["line"] == 1 and len(cells) == 1 and len(cells[0][1]) <= 120 \
                    and (column <= table.get("indent", 0)  # (no further in than the header: '  Indicator')
                         or _ITEM_NUMBER_BEFORE.fullmatch(self.text, self._line_start(s), s.start)) \
                    and F.table_number(cells[0][1]) is None:
                # a row's label alone on its line, its figures on the next: 'Actually utilized foreign capital
                # (US$ 10,000)' over '      1,280      960      1,540'; the label is read as prose too
                table["label_above"] = (s.line_no, cells[0][1])
                return False
            if above is not None and above[0] == s.line_no - 1 and column > 0 \
                    and (F.table_number(cells[0][1]) is not None or cells[0][1] in _EMPTY_CELLS):
                cells = [(0, above[1]), *cells]
                table["line"] = s.line_no - 1
            elif above is not None and above[0] == s.line_no - 1 and len(cells) >= 2 \
                    and not _DIGIT.search(_BRACKET_AT_END.sub("", cells[0][1])) \
                    and (F.table_number(cells[1][1]) is not None or cells[1][1] in _EMPTY_CELLS) \
                    and (column > 0 or _ENDS_ON_A_JOINT.search(above[1]) is not None
                         or (F.money_metric(cells[0][1], "") is None and F.count_label(cells[0][1]) is None)):
                # (or not set in, when the rest names no measure alone: 'Output value above' over 'designated size
                # 568.8   612.0'; or when the label breaks off on a joint: 'Total imports and' over 'exports   3.05')
                # the label wrapped, its figures after the rest of it: 'General public budget' over
                # '  revenue        9.84      10.27      10.65' (or its unit: '  designated size (100 million yuan)')
                cells = [(0, f"{above[1]} {cells[0][1]}"), *cells[1:]]
                table["line"] = s.line_no - 1
        # (a row's label may be long under a header: 'Gross industrial output value of enterprises above designated
        # size (100 million yuan)   21.36   118.74   9.6')
        if len(cells) < 2 or any(len(c) > (120 if i == 0 and table is not None and table.get("rows") else 80)
                                 for i, (_, c) in enumerate(cells)):
            return False
        if ((table is None or s.line_no - table["line"] > 1) and column >= _BLANK_HEAD_INDENT and len(cells) >= 2
                and (_YEAR_CELL.fullmatch(cells[0][1])
                     or (_UNIT_COLUMN.fullmatch(cells[0][1]) and _YEAR_CELL.fullmatch(cells[1][1])))
                and all(_YEAR_CELL.fullmatch(c) or (_GROWTH_COLUMN.search(c) and not F.table_number(c))
                        for _, c in cells[1:])):
            # '            2019      2020      2021    2021 growth (%)': years over the values, the labels'
            # column left blank; read as 'Indicator  2019  2020 ...' is (so too with the units' column first:
            # '                 Unit    2018    2019    Growth')
            cells = [(0, ""), *cells]
        elif ((table is None or s.line_no - table["line"] > 1) and column >= _BLANK_HEAD_INDENT and len(cells) >= 2
              and all(not F.table_number(c) and (_WHOLE_YEAR_LABEL.fullmatch(c) or column_period(c, self._ctx())
                                                 # ('      Jan-Sep 2022   Jan-Sep 2021   Growth (%)')
                                                 or (_GROWTH_COLUMN.search(c) and at > 0))
                      for at, (_, c) in enumerate(cells))):
            # '                 Jan-Mar   Jan-Jun   Jan-Sep', '      Q1   Q2   Q3   Q4   Full year': stretches of the
            # year over the values, the labels' column left blank
            if self._value_and_growth_below(s, len(cells)):
                self.spaced = None  # (over 'Value   y/y   Value   y/y ...': each a group's label, read with them)
                return True
            cells = [(0, ""), *cells]
        elif ((table is None or s.line_no - table["line"] > 1) and column >= _BLANK_HEAD_INDENT and len(cells) >= 4
              and all(_VALUE_HEAD.fullmatch(c) or (_GROWTH_COLUMN.search(c) and not F.table_number(c))
                      for _, c in cells)
              and ((head := self._row_head_above(s)) is not None or self._stretches_above(s))):
            # '             Value   y/y      Value   y/y' under '               Jan-Mar          Jan-Jun': the header,
            # each pair under the stretch set over it (or under 'Indicator (unit)   September   Jan.-Sep.', the
            # labels' head on the line above)
            cells = [(0, head or ""), *cells]
        elif ((table is None or s.line_no - table["line"] > 1) and column >= _BLANK_HEAD_INDENT and len(cells) >= 3
              and not any(F.table_number(c) or len(c) > 30 or _PROSE_MARK.search(c) for _, c in cells)
              and sum(bool(F.money_metric(c, "") or F.count_label(c) or _GROWTH_COLUMN.search(c))
                      for _, c in cells) >= 2):
            # '                 Output value     Growth   Enterprises   Investment': measures over the values, the
            # labels' column left blank; what is down the side, the caption says ('The two leading industries at a
            # glance, 2023'): industries, else zones
            caption = self.text[max(0, self._line_start(s) - 300): self._line_start(s)].strip().rsplit("\n", 1)[-1]
            cells = [(0, "Industry" if re.search(r"industr|sector", caption, re.I)
                      else "Zone" if re.search(r"\b(?:zones?|parks?|areas?)\b", caption, re.I) else ""), *cells]
        first = F.english_of(cells[0][1])  # '指标 Indicator': read by its English
        bracket = _BRACKET_AT_END.search(first)
        if bracket and F.unit_in_label(bracket.group()):  # 'Indicator (unit: 100 million yuan)': the unit's own
            first = first[:bracket.start()]
        ranked = len(cells) >= 3 and RANK_HEAD.fullmatch(first) and _ZONE_HEAD.fullmatch(cells[1][1])  # 'No.  Zone'
        # ('No.  Indicator  Unit  2020  2025': the indicators numbered, each named second)
        numbered = len(cells) >= 4 and RANK_HEAD.fullmatch(first) is not None \
            and _ROW_HEAD.fullmatch(F.english_of(cells[1][1])) is not None
        # ('Category   Indicator   Unit   2025   2030': a plan's indicators grouped, the indicator named second)
        grouped = len(cells) >= 4 and _CATEGORY_HEAD.fullmatch(first) is not None \
            and _ROW_HEAD.fullmatch(F.english_of(cells[1][1])) is not None
        # ('Type   Number   Change on end-2021': a table of firms by type, its counts in the column after)
        typed = len(cells) >= 3 and _CATEGORY_HEAD.fullmatch(first) is not None \
            and _NUMBER_HEAD.fullmatch(cells[1][1].strip()) is not None
        if len(cells) >= 3 and (not first or _ROW_HEAD.fullmatch(first) or _ZONE_HEAD.fullmatch(first) or ranked
                                or grouped or numbered or typed or _MONTH_HEAD.fullmatch(first)
                                or _INDUSTRY_HEAD.fullmatch(first) or _long_columns([c for _, c in cells])
                                # ('PERFORMANCE   2018 (full year)   Jan-Oct 2019': a section's name over the
                                # labels, a period over each column)
                                or (len(first) <= 40 and not _DIGIT.search(first)
                                    and all(column_period(c, self._ctx()) for _, c in cells[1:]))) \
                and not any(F.table_number(c) and not _YEAR_CELL.fullmatch(c) for _, c in cells[1:]):
            # measures or zones down the side ('Zone   Foreign capital actually used   YoY'): the pipe table's reading
            # (and, when tabs set its cells apart, how many: a row's empty cell is two tabs in a row)
            if first and self._value_and_growth_below(s, len(cells) - 1):
                self.spaced = None  # (over 'value   growth%   value   growth%': each a group's label, read with them)
                return True
            self.spaced = {"rows": True, "line": s.line_no, "indent": column, "width": len(cells),
                           "tabs": len(s.text.split("\t")) if "\t" in s.text else None}
            if any(_RULE_CELL.fullmatch(c) for _, c in cells[1:]) \
                    and (ruled := self._ruled_header(s)) is not None:
                # ('Indicator   Unit   -------------' with 'Jan.-Nov.' over the rule and 'Value   Growth (%)' under
                # it: each column's label read down the lines of the header)
                texts, lines_below = ruled
                self.spaced["header_rest"] = s.line_no + lines_below
                self._table_row(s, periods, texts, [s.start for _ in texts])
                return True
            texts = [c for _, c in cells]
            self._header_from_above(s, cells, texts)
            self.spaced["header_rest"] = s.line_no + self._header_goes_on(s, cells, texts)
            self._table_row(s, periods, texts, [s.start + at - column for at, _ in cells])
            return True
        if table is not None and table.get("rows") and s.line_no - table["line"] > 1:
            table = self.spaced = None  # that table has ended: this line may head the next ('Year   Output ...')
        if table is not None and table.get("rows"):
            # ('≥ 320': a goal's floor; 'RMB 16.9 billion (+12.1%)': an amount with its unit and change)
            # ('—/+4.8%', '— (8.8)': a growth alone under '(each cell: value/growth ...)')
            if not any(_floor_cell(c)[0] is not None or c in _EMPTY_CELLS or _measured(c, (1.0, "CNY")) is not None
                       or _GROWTH_IN_BRACKETS.fullmatch(c) for _, c in cells[1:]):
                return False
            table["line"] = s.line_no
            if len(cells) == table.get("width", 0) - 1 and (glued := _GLUED_FIGURE.search(cells[0][1])) is not None:
                # ('  of which: technological transformation investment 41,700      +22.5': a long label run into
                # its figure with one space, a cell short of the header's)
                cells = [(cells[0][0], cells[0][1][:glued.start(1)].rstrip()),
                         (cells[0][0] + glued.start(1), glued.group(1)), *cells[1:]]
            texts = [c for _, c in cells]
            table["goes_on"] = s.line_no + self._row_goes_on(s, cells, texts)
            self._table_row(s, periods, texts, [s.start + at - column for at, _ in cells])
            if self.row_placed is not None and self.row_placed[0] == s.line_no:
                # (a growth row goes under the last line of the row's label: 'Output value above  86,420' over
                # 'designated size' over '  Growth (%)  5.4')
                self.row_placed = (table["goes_on"], self.row_placed[1])
            return True
        if len(cells) >= 3 and _YEAR_HEAD.fullmatch(first) and not any(F.table_number(c) for _, c in cells[1:]):
            # the unit stated just above, or in the table's caption ('Main economic indicators, 2019-2021
            # (RMB 100 million)')
            caption = _line_above(self.text, s.start - column)
            stated = self.unit_statement[1] if self.unit_statement and s.line_no - self.unit_statement[0] <= 2 \
                else F.unit_in_label(caption)
            self.spaced = {"columns": cells[1:], "unit": stated, "line": s.line_no, "placed": {}}
            return True
        if table is None or s.line_no - table["line"] > 1:
            return False
        table["line"] = s.line_no
        if "\t" in s.text and len(cells) - 1 < len(table["columns"]) and len(fields) - 1 == len(table["columns"]):
            # ('2022<TAB>221.5<TAB>60,146<TAB>33.9<TAB>': a data file's row with its last cell empty)
            cells, at = [], column
            for field in fields:
                cells.append((at + len(field) - len(field.lstrip()), field.strip()))
                at += len(field) + 1
        if table["columns"] is None:
            if "header" in table and not any(F.table_number(c) is not None for _, c in cells):
                # ('Year      output value   above designated' over '          (100 million   size (100' over
                # '          yuan)          million yuan)': the rest of the labels under the years' head)
                table["header"].append((s.start - column, self.text[s.start - column: s.end]))
                return True
            if not _FOOTNOTED_YEAR.fullmatch(first) or len(cells) < 2 \
                    or any(F.table_number(c) is None and c not in _EMPTY_CELLS for _, c in cells[1:]):
                return False  # (a rule under the header, the rest of a label: the rows have not begun)
            table["columns"], table["growth"] = _stacked_columns(table["header"], cells)
        numbers = [F.table_number(c) for _, c in cells[1:]]
        if len(numbers) != len(table["columns"]) and not all(n is None for n in numbers):
            return False
        if (footnoted := _FOOTNOTED_YEAR.fullmatch(first)) is not None and table.get("growth") is not None:
            first = footnoted.group(1)  # ('2021a' over 'a From 2021 the figures include ...')
        year = _YEAR_CELL.fullmatch(first)
        growth = _GROWTH_COLUMN.search(first) and re.search(r"(?:19|20)\d\d", first)
        if year is None and not growth:
            return False
        for (at, label), number, (cell_at, _) in zip(table["columns"], numbers, cells[1:], strict=False):
            cell_at -= column  # back to an offset in the sentence
            if number is None:
                continue
            if growth:  # the growth of the figure this column gave for that year
                index = table["placed"].get((at, int(growth.group())))
                if index is not None:
                    draft, *rest = self.drafts[index]
                    self.drafts[index] = (F.extend(draft, yoy_pct=number), *rest)
                continue
            of = (table.get("growth") or {}).get(at)
            if of is not None:
                # a column of growth ('Growth (%)' after 'Industrial output ... (100 million yuan)'): the change of
                # the column it follows that year, or of its own measure, alone ('Industrial investment growth (%)')
                index = table["placed"].get((of, int(first[:4]))) if of != at else None
                if index is not None:
                    draft, *rest = self.drafts[index]
                    self.drafts[index] = (F.extend(draft, yoy_pct=number), *rest)
                elif of == at and (metric := F.money_metric(label, "")) is not None:
                    y = int(first[:4])
                    period = Period(s.start + cell_at, s.start + cell_at, (y, 1), (y, 12))
                    self._place(F.Draft(metric, None, None, "exact", None, s.start, s.end, anchor=s.start + cell_at,
                                        period=period, yoy_pct=number), s, [period])
                continue
            metric = F.money_metric(label, "")
            count = None if metric else F.count_label(label)
            if metric is None and count is None:
                continue
            y = int(first[:4])
            period = Period(s.start + cell_at, s.start + cell_at, (y, 1), (y, 12))
            anchor = s.start + cell_at
            if metric is not None:
                factor, currency = F.unit_in_label(label) or table["unit"] or self.unit_context or (1.0, "CNY")
                value = float(Decimal(repr(number)) * Decimal(repr(factor)))
                draft = F.Draft(metric, value, currency, "exact", None, s.start, s.end, anchor=anchor, period=period)
            else:
                draft = F.Draft(count, number, "persons" if count == "population" else "count", "exact", None,
                                s.start, s.end, measure="stock", anchor=anchor, period=period)
            self._place(draft, s, [period])
            table["placed"][(at, y)] = len(self.drafts) - 1
        return True
