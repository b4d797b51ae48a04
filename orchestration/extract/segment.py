"""Split a document into lines and sentences, keeping offsets into the text.

Press releases of this genre break paragraphs with one or two newlines and
carry page furniture (menus, contact lines, copyright) around the article.
Each sentence keeps its absolute offsets so that facts can point back at
their evidence, and knows whether its line is a heading or boilerplate.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from orchestration.extract.firstchar import guarded
from orchestration.extract.prefilter import Prechecked

# Abbreviations whose trailing dot does not end a sentence.
_ABBREVIATIONS = (
    "no", "nos", "sq", "co", "ltd", "inc", "corp", "st", "rd", "ave", "mr", "mrs", "ms", "dr",
    "approx", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "e.g", "i.e", "dept", "govt", "prof", "gen",
    "ent", "mfg", "desig",  # a table's label cut short: "Above-size ent.   FAI YoY", "Output above desig. size"
    "prev",  # a yearbook's "(prev. yr 42)"
    # a table's head or a name cut short: "Total ind.   Growth   Tax" over "output value", "Kunshan Economic and
    # Technological Dev. Zone", "Avg. growth", "Est. 2025"
    "ind", "dev", "avg", "est", "yr", "yrs", "tot",
)
# A sentence ends at '.', '!' or '?' (closing quotes after it) before a space or the end
# of the line, or at a dot between 'word.Next'. Written to start with the punctuation,
# as '[.!?。！？](?:...|(?<=[a-z%]\.)...)' rather than '[.!?。！？]+...|(?<=[a-z%])\....':
# the same matches, but a pattern that starts with a character set is scanned for fast.
# A full-width stop ends a sentence whatever follows: '规上企业142家。The zone has ...'.
_SENTENCE_END = re.compile(r"[.!?。！？](?:[.!?。！？]*[\"'”’)]*(?=\s|$)|(?<=[a-z%]\.)(?=[A-Z][a-z])|(?<=[。！？]))")

# Page furniture: copyright, ICP, contact and share lines. In two patterns for speed:
# searching a long paragraph with one alternation tried every alternative at every
# position, the '^'-anchored ones included; those need one try at the line's start,
# and the others get a literal precheck (see prefilter).
_BOILERPLATE_ANYWHERE = Prechecked(re.compile(
    r"copyright|all rights reserved|\bicp\b|备\d|\btel\s*[:.：]|\bfax\s*[:：]|contact (number|us)|"
    r"e-?mail\s*[:：]|wechat|qr code|related (recommend|news|articles)|"
    # ('Contact: 0553-5821746 | Related: Wuhu GDP exceeds 500 billion yuan': a link's headline after the bar)
    r"\|\s*related\s*[:：]", re.IGNORECASE))
_BOILERPLATE_AT_START = re.compile(
    r"\s*address\s*[:：]|\s*(home|source|editor)\s*[:：>|]|\s*(print|share|close)\s*$|"
    # (a site's or an event's host, not an interview's speaker: 'Host: Good evening and welcome to ... Our guest
    # tonight is ..., director of the management committee of the Yicheng Liuhou Industrial Park.')
    r"\s*host\s*[:：>|](?![^\n]*?[a-z][.?!](?:\s|$))|"
    # a link to the article before or after, whose title holds its own figures ('Previous: Tian'e County's GDP grows
    # 5.2%', 'Prev: Nanhai's foreign trade up 24%')
    r"\s*(?:previous|prev|next)(?:\s+(?:article|post|page|story|item|news))?\s*[:：]|\s*(?:上一篇|下一篇)",
    re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading line) with absolute offsets into the document."""

    start: int
    end: int
    text: str
    line_no: int
    heading: bool
    boilerplate: bool
    table_header: bool = False  # a Markdown table's header: the line above '|---|---|'


# a cell opening with a figure: '| 186.42', '| -3.4', '| +18.7%', '| RMB 126.5 billion', '| US$ 9.4 bn'
_FIGURE_CELL = re.compile(r"\|\s*(?:[+-]|(?:RMB|USD|CNY|US\$|\$|¥)\s?)?[\d(]")
TABLE_HEADER = guarded(re.compile(r"\b(?:indicators?|items?|values?|growth|units?|year-on-year|amount|index)\b",
                                  re.I))  # guarded: see firstchar


# ... or a zone a row, a measure a column: 'Park | Location | Level | Planned area (km2) | Leading industries'
# (after a rank's column: 'No. | Zone | Location | ...')
_ZONE_FIRST = re.compile(r"\s*\|?\s*(?:(?:rank(?:ing)?|no\.?|#)\s*\|\s*)?"
                         r"(?:(?:development |industrial |high-tech )?(?:zones?|parks?)|(?:industrial )?"
                         r"(?:cluster )?districts?|platforms?)(?:\s*\([^()|]{1,30}\))?\s*\|", re.I)
_MEASURE_HEAD = re.compile(r"\b(?:area|revenue|output|investment|tax|enterprises|gdp|exports|trade|income|"
                           r"added value)\b", re.I)
# the head of a column of years ('Year', '年份', 'Period'), and a pipe table that opens with it: years down the side
YEAR_HEAD = r"years?|年份|period|months?"
_YEAR_FIRST = re.compile(r"\s*\|?\s*(?:" + YEAR_HEAD + r")\s*\|", re.I)


# a caption's or ticker's cells, each a label and its figure: 'JAN-JUN 2022 | Output value: 6.37 bn yuan ▲14.3% |
# Tax revenue: 318 mln yuan ▲6.8%'; a menu's items carry no figures
_LABELLED_FIGURE = r"[^|:：]{3,80}[:：]\s*(?:RMB|US\$|\$|¥)?\s?\d"
_LABELLED_FIGURE_CELLS = re.compile(r"(?:^|\|)" + _LABELLED_FIGURE + r"[^|]*\|" + _LABELLED_FIGURE)


_YEAR_CELL_OPENS = re.compile(r"(?:^|\|)\s*(?:19|20)\d\d\s*[:：]")


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Where each of a line's cells set apart by bars starts and ends ('a | b' gives (0, 2), (3, 5))."""
    spans, at = [], 0
    for cell in line.split("|"):
        spans.append((at, at + len(cell)))
        at += len(cell) + 1
    return spans


def is_table_row(line: str) -> bool:
    """A row of a pipe table: cells holding figures, or a header naming indicators and growth, or years; not
    a caption's cells that each name their figure, read as the sentences they are."""
    return line.count("|") >= 2 and bool(_FIGURE_CELL.search(line) or TABLE_HEADER.search(line)
                                         or _YEAR_FIRST.match(line) or (_ZONE_FIRST.match(line)
                                                                        and _MEASURE_HEAD.search(line))) \
        and not _LABELLED_FIGURE_CELLS.search(line)


# a list page's link to the whole item after its summary: '... up 27.5 ... More>>', 'Read more >>'
_MORE_LINK = re.compile(r"(?:read |see )?more\s*>>\s*$", re.I)


def _menu(line: str) -> bool:
    """Many short items separated by pipes, not a table's row or a caption's labelled figures."""
    return line.count("|") >= 2 and not is_table_row(line) and not _LABELLED_FIGURE_CELLS.search(line)


def _chevrons(line: str) -> int:
    """The '>' of a breadcrumb ('Home > News > Latest News'), not those of a summary's 'More>>' link."""
    count = line.count(">")
    if count == 2 and line.lstrip().startswith(">>"):
        return 0  # ('>> KEY INDICATORS · JAN-SEP 2025': a section's marker before its heading)
    return count - 2 if count >= 2 and line.rstrip().endswith(">>") and _MORE_LINK.search(line) else count


def is_boilerplate(line: str) -> bool:
    """Page furniture: a menu, a breadcrumb, a share button, an address or a filing number."""
    if _BOILERPLATE_AT_START.match(line) or _BOILERPLATE_ANYWHERE.search(line):
        return True
    # Navigation menus: many short items separated by pipes or chevrons.
    return _menu(line) or _chevrons(line) >= 2


def _prose_before_furniture(line: str) -> int:
    """Where the furniture starts in a paragraph that ends with it ('... a planned area of 32.5 square
    kilometers. Tel: 0316-6612058'): the sentences before it are prose. 0 for a line that is furniture
    throughout (a menu, a line that opens with 'Source:', a short contact line).

    >>> line = "Founded in 1992, the zone has a planned area of 32.5 square kilometers. Tel: 0316-6612058"
    >>> line[:_prose_before_furniture(line)]
    'Founded in 1992, the zone has a planned area of 32.5 square kilometers. '
    >>> _prose_before_furniture("Copyright 2024 Yongqing EDZ. Tel: 0316-6612058")
    0
    """
    if _BOILERPLATE_AT_START.match(line) or _menu(line) or _chevrons(line) >= 2:
        return 0
    found = _BOILERPLATE_ANYWHERE.search(line)
    return found.start() if found is not None and found.start() >= _PROSE_MIN else 0


_PROSE_MIN = 60  # characters of prose before a paragraph's furniture: a sentence, not a label


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if stripped.endswith(":") or stripped.endswith("："):
        return True
    return len(stripped) < 120 and not _SENTENCE_END.search(stripped[-3:] + " ")


# A hard-wrapped line (text copied from a PDF, wrapped at about 80 characters) goes on in
# the next line: it is long, ends without a sentence's or item's closing mark, and the next
# line carries on in lower case or with a figure, not with a list item's number.
_WRAP_MIN = 60
_OPEN_END_MARKS = frozenset(",%)-\"”’")


def _ends_open(line: str) -> bool:
    """True when a line ends with a word, a figure or a comma: no sentence or item closes there."""
    last = line.rstrip()[-1:]
    # (or with a unit's abbreviation that goes on: 'a planned area of 7.9 sq.' over 'km.')
    return last.isalnum() or last == "_" or last in _OPEN_END_MARKS or line.rstrip().endswith(" sq.")
# (a Chinese word or a figure's Chinese unit carries on too, but not a Chinese item's number: '亿元，同比增长8.8%'
# under '... reached 31.4', not '二、2023年 work plan')
# (a name goes on after a word no sentence ends with: '..., 1.3 percentage points higher than the average of' over
# 'Jian'an District.')
_NAME_NEXT = re.compile(r"\s(?:of|than|the|and|to|from|by|with|in|at)$")
_CAPITAL_NEXT = re.compile(r"[A-Z][a-z'’]+\s+[A-Za-z]")
_CARRIES_ON = re.compile(r"\s*(?:[a-z\d\"“‘]|\((?!\d{1,2}\)|[ivx]+\)|[a-z]\))|[\u4e00-\u9fff](?![、．.]))")
# A Chinese character is set twice as wide as a Latin one, so a line of mixed text wraps after fewer characters:
# '完成财政总收入（total fiscal revenue）' fills as much of a PDF's line as 60 Latin characters would.
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_WIDE_ENDS = frozenset("）」，")


# (a figure at a line's end goes on in its unit at the next line's start, however short the line: 'reached 31.4'
# over '亿元，同比增长8.8%')
_UNIT_WORDS = (r"(?:billion|million|100 million|ten thousand|trillion|bn\b|yuan\b|RMB\b|US\$|USD\b|km|sq\.? ?km|"
               r"square kilomet|亿|万|千|百万)")
_UNIT_FIRST = re.compile(_UNIT_WORDS, re.I)


HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character (here, in facts, tables and the pipeline)
# (not a bilingual fact sheet's next line, its own label before a colon: '上市企业 Listed companies: 5')
_KEY_VALUE = re.compile(r"[^,，。；;:：\n]{1,60}[:：]")
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")
_NOTE_LINE = re.compile(r"[ \t]*[(（][^()（）\n]{3,100}[)）][ \t]*")
_SHORT_VALUE_LAST = re.compile(r"[^:：\n]{1,120}[:：][ \t]*[^\s:：]{1,20}[ \t]*$")


def _wraps(line: str) -> bool:
    """True when a line is as wide as a hard-wrapped one: 60 Latin characters, a Chinese one counting twice."""
    return len(line) >= _WRAP_MIN or (len(line) >= _WRAP_MIN // 2 and _WIDE.search(line) is not None
                                      and len(line) + len(_WIDE.findall(line)) >= _WRAP_MIN)
# a table's row: pipes, or columns set apart by spaces (two after a comma or a full stop are a justified
# line's, as a PDF's text keeps them: 'up 9.3%,  and the added value')
_LAID_OUT = re.compile(r"\||[^\s.,;] {2,}\S|\S {3,}\S|\t")
# a section's number set apart from its text by a PDF's two spaces ('3.1  At the end of 2021 the zone had ...'): no
# table's column
_SECTION_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}\.?|[IVX]{1,4}\.|\(\d{1,2}\))[ \t]{2,}(?=\S)")


def _numbered_end(line: str) -> int:
    """Where a line's text starts after its section number ('1.3  '), else 0."""
    numbered = _SECTION_NUMBER.match(line)
    return numbered.end() if numbered else 0


# (a post's keycap numbers, '2️⃣ 1.27 billion yuan — ...', and circled ones, '② ...', open items too)
_ITEM_START = re.compile(r"\s*(?:\d{1,2}[.)、]\s|[ivx]+\.\s|\d{1,2}\ufe0f?\u20e3|[\u2460-\u2473])", re.I)
# ... and a part set in under its item, its own label before a colon: '  of which agricultural products processing:
# 19.3 billion yuan, +9.2%' under '- Output value of ...: 26.1 billion yuan, +8.7%'
# ... and a year's short line under a caption: 'Operating revenue of the park, year by year' over '2018: 9.6 billion
# yuan' (not prose's next line: '... (end of' over '2023: 958), 47 national "little giant" enterprises and 312 ...')
_YEAR_ITEM = re.compile(r"[ \t]*(?:19|20)\d\d(?:[ \t]*[:：]|\t| {2,})")
_SUB_ITEM = re.compile(r"[ \t]+(?:of which|among them|including)\b(?:[^:：\n]{1,60}[:：]|[ \t]*[:：])[ \t]*\S", re.I)
# ... and a line set in far under it, a figure on it: '            equipment manufacturing 5.73 billion yuan, up 8.1%'
# under '  of which: food and agricultural products processing 11.48 billion yuan, up 12.9%'
_SET_IN_FIGURE_LINE = re.compile(r"[ \t]{6,}[^\n]*\d")


# an encyclopedia's citation ('...in 2021.[2]', '[citation needed]', 'As of 2020[update]') or a report's
# footnote mark ('up 3.9%[1],'), attached to the word before it; a bracketed figure standing alone in a
# table cell ('| [742] |', a plan's five-year total) is not one
_CITATION = re.compile(r"(?<=[\w.,;:%)\]”\"’'])\[(?:\d{1,3}(?:[,–-]\d{1,3})*|[a-z]|citation needed|update|"
                       r"clarification needed|failed verification|dubious|when\?|who\?|which\?|note \d+)\]",
                       re.I)


# a footnote's circled number, as Chinese reports mark them: 'grew by 12.7%②'
_CIRCLED = re.compile(r"[\u2460-\u2473\u2776-\u277f]")
# a footnote's superscript after a word or a figure ('More than 5,500 enterprises⁴', '1.07 billion yuan³',
# 'Industrial output value³:'), not a unit's square ('km²', 'm²')
_SUPERSCRIPT_MARK = re.compile(r"(?<=[A-Za-z.,;:%)\]])(?<!km)(?<![\s\d]m)(?<!^m)[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?![A-Za-z\d])")
_SUPERSCRIPTS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")
_MARK_ON_A_FIGURE = re.compile(r"(?<=\d\.\d\d)[¹²³⁴⁵⁶⁷⁸⁹⁰](?=[ \t]{2,}\S|[ \t]*\||[ \t]*$)", re.M)


def blank_citations(text: str) -> str:
    """``text`` with citation and footnote marks made spaces: the same length, so offsets still index
    the original, and '(billion yuan)[4]' or '2021[5]' read as if the mark were not there.

    >>> blank_citations("reached 131.2 billion yuan in 2021.[2] Output rose 3.9%[1], [citation needed]")
    'reached 131.2 billion yuan in 2021.    Output rose 3.9%   , [citation needed]'
    >>> blank_citations("Fixed-asset investment grew by 12.7%②.")
    'Fixed-asset investment grew by 12.7% .'
    >>> blank_citations("• More than 5,500 enterprises⁴ in 42.6 km² and 3 m²")
    '• More than 5,500 enterprises  in 42.6 km² and 3 m²'
    >>> blank_citations("Tax revenue     1.47      4.62³     6.0")
    'Tax revenue     1.47      4.62      6.0'
    """
    if not _SUPERSCRIPTS.isdisjoint(text):
        text = _SUPERSCRIPT_MARK.sub(lambda m: " " * len(m.group()), text)
        # ('Tax revenue   1.47   4.62³   6.0': a footnote's mark glued to a table's figure, before the cell's end)
        text = _MARK_ON_A_FIGURE.sub(" ", text)
    if "[" not in text and not _CIRCLED.search(text):
        return text
    return _CIRCLED.sub(" ", _CITATION.sub(lambda m: " " * len(m.group()), text))


# Markdown's strong emphasis around words: '**Tianjin Wuqing Shigezhuang Industrial Park**', '__GDP__'
_STRONG = re.compile(r"(?<![\w*_])(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1(?![\w*_])")


def emphasis_as_spaces(text: str) -> str:
    """``text`` with Markdown's strong emphasis marks made spaces: the same length, so offsets still index the
    original, and a zone's name in bold reads as the name it is, not as a word that begins with two stars.

    >>> emphasis_as_spaces("parks, **Tianjin Wuqing Shigezhuang Industrial Park** in Shigezhuang Town")
    'parks,   Tianjin Wuqing Shigezhuang Industrial Park   in Shigezhuang Town'
    >>> emphasis_as_spaces("2 ** 10 and a__b stay")
    '2 ** 10 and a__b stay'
    """
    if "**" not in text and "__" not in text:
        return text
    return _STRONG.sub(lambda m: "  " + m.group(2) + "  ", text)


# a Chinese gloss in brackets after English words: 'Enterprises above designated size (规上企业) contributed'
# (not a unit's, which may set right a translation's: '91.3 billion yuan（亿元）' is 9.13 billion)
_CJK_GLOSS = re.compile(r"(?<=[A-Za-z]) ?[(（](?![^)）]*[元亿万%])"
                        r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff1f\s、·“”\"]{1,20}[)）](?= [a-z])")


# a figure written in full-width characters: '１０８．７', '２，３５０', '２４．６％', '－３．２'
_FULL_WIDTH_FIGURE = re.compile(r"[＋－]?[０-９](?:[０-９，．]*[０-９])?％?")
# ... each character as the ASCII one it stands for (Unicode's compatibility mapping, NFKC), one for one
_FULL_WIDTH_AS_ASCII = str.maketrans({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})


def full_width_figures(text: str) -> str:
    """``text`` with its figures written in full-width characters read as ASCII ones (the same length): a
    Chinese page's '完成１０８．７亿元，同比增长２４．６％' as '完成108.7亿元，同比增长24.6%'. Only the figures: a
    full-width comma or stop between words is a clause's mark and stays one (and no ASCII digit is joined to a
    full-width one).

    >>> full_width_figures("output value 完成１０８．７亿元，增长２４．６％；foreign capital ２，３５０万美元")
    'output value 完成108.7亿元，增长24.6%；foreign capital 2,350万美元'
    """
    return _FULL_WIDTH_FIGURE.sub(lambda m: m.group().translate(_FULL_WIDTH_AS_ASCII), text)


# a count or amount in Chinese numerals before its measure word or unit: '一百二十六亿元', '六十七家'
# (not an ordinal, '第一家', nor a slogan's 'one main and two auxiliary', '一主两辅')
_CHINESE_NUMERAL = re.compile(r"(?<!第)(?:[零〇一二两三四五六七八九十百千]{2,}"
                              r"|[二两三四五六七八九](?=家))(?=[亿万家个项户元名人]|平方)")
_NUMERAL_CHAR = re.compile(r"[零〇一二两三四五六七八九十百千]")
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                   "九": 9}
_CHINESE_TENS = {"十": 10, "百": 100, "千": 1000}


def _chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral below ten thousand ('一百二十六' -> 126, '十二' -> 12, '一千零五' -> 1005).

    (Written here rather than taken from cn2an: the genre's numerals are counts and amounts before 万 or 亿, which
    these few lines read; cn2an loads a YAML configuration and a text-processing package for every worker.)
    """
    total, digit, last_ten = 0, None, 10_000
    for ch in numeral:
        if ch in _CHINESE_DIGITS:
            if digit is not None and digit != 0 and _CHINESE_DIGITS[ch] != 0:
                return None  # '二三': a list, not one number
            digit = _CHINESE_DIGITS[ch]
        else:
            ten = _CHINESE_TENS[ch]
            if ten >= last_ten:
                return None
            total, digit, last_ten = total + (1 if digit is None else digit) * ten, None, ten
    return total + (digit or 0)


def chinese_numerals(text: str) -> str:
    """``text`` with a count or amount written in Chinese numerals read as its figure, right-aligned in the same
    length: '一百二十六亿元' as '  126亿元', '六十七家' as ' 67家'. A figure longer than its numeral ('一百' is 100)
    is left as written.

    >>> chinese_numerals("achieved output value of 一百二十六亿元, with enterprises above scale 六十七家 and 九家")
    'achieved output value of   126亿元, with enterprises above scale  67家 and 9家'
    """
    if _NUMERAL_CHAR.search(text) is None:  # (most pages: one scan for the characters, none for the pattern)
        return text

    def figure(m: re.Match) -> str:
        value = _chinese_number(m.group())
        return m.group() if value is None or len(str(value)) > len(m.group()) else str(value).rjust(len(m.group()))
    return _CHINESE_NUMERAL.sub(figure, text)


def blank_glosses(text: str) -> str:
    """``text`` with a Chinese gloss in brackets between English words made spaces (the same length): a
    half-translated page's 'Enterprises above designated size (规上企业) contributed 71.25亿元' read as the English
    sentence it glosses. Only before a word in lower case, so that a gloss that closes a heading or a name stays
    (and not before a clause's mark: a run of spaces in the middle of a sentence is read as a table's).

    >>> blank_glosses("Enterprises above designated size (规上企业) contributed 71.25亿元")
    'Enterprises above designated size        contributed 71.25亿元'
    >>> blank_glosses("output of 91.3 billion yuan（亿元） grew")
    'output of 91.3 billion yuan（亿元） grew'
    """
    if "(" not in text and "（" not in text:
        return text
    return _CJK_GLOSS.sub(lambda m: " " * len(m.group()), text)


# a label and its figure set apart by a dash, as posters and 'at a glance' pieces set them out: 'GDP — ¥14.27
# billion, +6.1%', '▸ of which tax revenue – ¥498 million' (a dash in prose is not followed by a figure)
# (not a spaced table's empty cell, set far from its label: 'size (%)            —      10.1')
_LABEL_DASH = re.compile(r"(?m)^([ \t]*(?:[▸►▪■●◆•·*-][ \t]*)?[A-Za-z][^\n—–:]{0,99}?[^ \t\n—–:][ \t]{1,2})[—–]"
                         r"(?=[ \t]+[+\-−▲▼↑↓]?[ \t]*(?:[¥$€]|US\$|RMB|CNY)?[ \t]*\d)")


# a label and its figure set apart by a dot leader, as contents pages and fact boxes set them out:
# 'Fixed-asset investment .................. +9.7%', 'National high-tech enterprises ··· 63' (middle dots, an ellipsis)
# ... cut to a dot or two where the label is long, in a page that uses leaders
# ('Enterprises above designated size . 112')
_SPACED_LABEL = re.compile(r"([ \t]*[A-Za-z][^\n.:·…]{1,80}?[A-Za-z)])([ \t]{2,})"
                           r"(?=[+\-−▲▼]?[ \t]*(?:RMB|US\$|\$|¥)?[ \t]*\d)")
# (or a dash for an amount not given, its change in brackets after it: '... ........ -- (+6.3%)')
# (a line that cannot be the first half of a wrapped label: one with a figure, or ended as a sentence or heading is)
_ENDS_OR_COUNTS = re.compile(r"\d|[.:：;)]\s*$")
_DOT_LEADER = re.compile(r"(?m)^([ \t]*(?:[▸►▪■●◆•*-][ \t]*)?[A-Za-z][^\n.:·…]{1,80}?)([ \t]*(?:\.{4,}|·{2,}|…+)[ \t]*|"
                         r"[ \t]+\.{1,3}[ \t]+)"
                         r"(?=[+\-−▲▼]?[ \t]*(?:RMB|US\$|\$|¥)?[ \t]*\d|(?:--|—|–)[ \t]*\([+\-−]?\d)")


def _wrapped_labels_joined(text: str, led: str) -> str:
    """``led`` with a row's label that a narrow page wrapped onto two lines made one line again: a line with no figure
    over an indented line that goes on in lower case to its dot leader ('  of which industrial enterprises' over
    '  above designated size ...... 14'), so that the row reads its whole label."""
    if "\n " not in led and "\n\t" not in led:
        return led  # (no line set in: nothing wrapped)
    before, after = text.split("\n"), led.split("\n")
    out = [after[0]]
    for i in range(1, len(after)):
        line, above = after[i], before[i - 1]
        wrapped = line != before[i] and line[:1] in " \t" and line.lstrip()[:1].islower() \
            and above.strip() and above == after[i - 1] and not _ENDS_OR_COUNTS.search(above)
        out.append((" " if wrapped else "\n") + line)  # (the newline before it made a space, at the same offset)
    return "".join(out)


def dot_leaders_as_colons(text: str) -> str:
    """``text`` with the dot leader between a line's label and its figure made a colon, so that the line reads
    as 'Label: figure' does; the same length, so offsets still index the original.

    >>> dot_leaders_as_colons("Fixed-asset investment ........ +9.7%\\nChemical enterprises ...... 64")
    'Fixed-asset investment:         +9.7%\\nChemical enterprises:       64'
    >>> dot_leaders_as_colons("Output value ......... RMB 121.7 billion\\nIndustrial added value above size  +9.7%")
    'Output value:          RMB 121.7 billion\\nIndustrial added value above size: +9.7%'
    """
    if "...." not in text and "··" not in text and "…" not in text:
        return text
    led = _wrapped_labels_joined(text, _DOT_LEADER.sub(lambda m: m.group(1) + ":" + " " * (len(m.group(2)) - 1), text))
    if "  " not in led:
        return led
    # (a label too long for its leader, its figure set apart by spaces alone, among lines with leaders: 'Industrial
    # added value above designated size  +9.7%' under 'Output value above designated size ......... RMB 121.7 billion')
    before, after = text.split("\n"), led.split("\n")
    for i, line in enumerate(after):
        if line == before[i] and (m := _SPACED_LABEL.match(line)) is not None and any(
                0 <= j < len(after) and after[j] != before[j] for j in (i - 1, i + 1)):
            after[i] = m.group(1) + ":" + " " * (len(m.group(2)) - 1) + line[m.end():]
    return "\n".join(after)


def box_borders_as_spaces(text: str) -> str:
    """``text`` with the borders of a box drawn in characters ('+-----+' over '| KEY FIGURES |' lines) made
    spaces, so that the box's lines read as the lines they frame; the same length, so offsets still index the
    original. A row of a table ('| GDP | 268.4 |') holds a bar inside it and is left alone.

    >>> box_borders_as_spaces("+--------+\\n| RMB 9 bn |\\n| revenue  |\\n+--------+\\n| a | b |")
    '          \\n  RMB 9 bn  \\n  revenue   \\n          \\n| a | b |'
    """
    if "|" not in text and "│" not in text and "║" not in text:
        return text
    lines = text.split("\n")
    framed = [bool(_BOX_SIDE.fullmatch(line) or _BOX_EDGE.fullmatch(line)) for line in lines]
    out = []
    for i, line in enumerate(lines):
        # (a box is two framed lines or more in a row: a line alone between bars may be a one-cell table row)
        if framed[i] and ((i > 0 and framed[i - 1]) or (i + 1 < len(lines) and framed[i + 1])):
            edge = _BOX_EDGE.fullmatch(line)
            line = " " * len(line) if edge else _BOX_BAR.sub(lambda m: " " * len(m.group()), line)
        out.append(line)
    return "\n".join(out)


def grouped_pipes_as_spaces(text: str) -> str:
    """``text`` with the bars of a table drawn with bars and spaces together made spaces, so that it reads as the
    spaced table it is laid out as; the same length, so offsets still index the original. Only a table the bars
    alone do not set out: a label set over a group of columns ('            |   October   |   January-October'
    over 'Indicator   |  Value  | y/y (%) |  Value  | y/y (%)'), a row's label wrapped onto a line of its own
    ('size (100 million yuan)   |     |     |'), or two figures in one cell ('|  23.18    8.2  |'). A Markdown
    table ('| GDP | 268.4 |') and a table whose bars set every cell apart are left alone.

    >>> grouped_pipes_as_spaces("          |  Q1      |  Q2\\nOutput    |  2.1  8 |  4.3  9\\n")
    '             Q1         Q2\\nOutput       2.1  8    4.3  9\\n'
    """
    if "|" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        if "|" not in lines[i] or not _GROUPED_LINE.match(lines[i]):
            i += 1
            continue
        j = i
        # (a row's label wrapped onto a line of its own, no bar on it, between two rows: 'designated size')
        while j < len(lines) and (_GROUPED_LINE.match(lines[j]) or _BAR_RULE.fullmatch(lines[j]) or (
                j > i and "|" not in lines[j] and lines[j].strip() and j + 1 < len(lines)
                and _GROUPED_LINE.match(lines[j + 1]))):
            j += 1
        block = lines[i:j]
        rows = [line.split("|") for line in block if "|" in line]
        if len(rows) >= 2 and (
                # a label over a group of columns: the labels' cell left blank, the next line the header
                (not rows[0][0].strip() and any(c.strip() for c in rows[0][1:]) and rows[1][0].strip())
                # two figures in a cell
                or any(_TWO_FIGURES.search(c) for row in rows for c in row[1:])
                # a label's rest on a line of its own, every other cell empty, under a row of figures
                or any(row[0].strip()[:1].islower() and not any(c.strip() for c in row[1:])
                       and any(_DIGIT_IN.search(c) for c in above[1:])
                       for above, row in zip(rows, rows[1:], strict=False))):
            for k in range(i, j):
                out[k] = lines[k].replace("|", " ").replace("+", "-") if _BAR_RULE.fullmatch(lines[k]) \
                    else lines[k].replace("|", " ")
        i = j
    return "\n".join(out)


# a line of a table of bars, not a Markdown row (which opens with its bar)
_GROUPED_LINE = re.compile(r"[ \t]*[^|\s][^\n]*?\s\|\s|[ \t]{8,}\|\s")
_BAR_RULE = re.compile(r"[ \t]*-{3,}[-+| ]*")
_TWO_FIGURES = re.compile(r"[-+]?\d[\d,.]*\s{2,}[-+]?\d[\d,.]*")
_DIGIT_IN = re.compile(r"\d")


# a box's side ('|  RMB 9.74 billion   |': one bar at each end, none between), its top or bottom ('+-----+')
_BOX_SIDE = re.compile(r"[ \t]*[|│║][^|│║\n]*[|│║][ \t]*")
_BOX_EDGE = re.compile(r"[ \t]*[+┌└╔╚├]?[-─═=+]{5,}[+┐┘╗╝┤]?[ \t]*")
_BOX_BAR = re.compile(r"^[ \t]*[|│║]|[|│║][ \t]*$")


def slashed_cells_as_spaces(text: str) -> str:
    """``text`` with a table's cells that hold a value and its growth parted by a slash ('Value / Growth (%)' over
    '8.47 / -6.5') parted by spaces, so that they read as two columns; the same length.

    >>> slashed_cells_as_spaces("Indicator      Value / Growth (%)\\nTax revenue     3.16 / 22.4\\nIt grew.\\n")
    'Indicator      Value   Growth (%)\\nTax revenue     3.16   22.4\\nIt grew.\\n'
    """
    if "/ " not in text:
        return text
    lines = text.split("\n")
    changed = False
    i = 0
    while i < len(lines):
        head = _SLASHED_HEAD.search(lines[i])
        if head is None:
            i += 1
            continue
        lines[i] = lines[i][: head.start("bar")] + " " * len(head.group("bar")) + lines[i][head.end("bar"):]
        j = i + 1
        while j < len(lines) and (pair := _SLASHED_PAIR.search(lines[j])) is not None:
            lines[j] = lines[j][: pair.start("bar")] + " " * len(pair.group("bar")) + lines[j][pair.end("bar"):]
            j += 1
        changed = True
        i = j
    return "\n".join(lines) if changed else text


# a head of two columns in one: 'Value / Growth (%)', 'Jan-Sep / YoY (%)'
_SLASHED_HEAD = re.compile(r"\S\s{2,}[A-Z][\w.()-]*(?: [\w.()-]+){0,3}?(?P<bar>\s*/\s*)(?:growth|change|yoy|y/y|"
                           r"increase|year[- ]on[- ]year)\b[^/\n]*$", re.I)
# ... and a row's two figures in one cell: '8.47 / -6.5', '—  / 7.2'
_SLASHED_PAIR = re.compile(r"\S\s{2,}(?:[-+]?\d[\d,.]*|[—–-]{1,2})(?P<bar>\s*/\s*)[-+]?\d[\d.]*\s*$")


def label_dashes_as_colons(text: str) -> str:
    """``text`` with the dash between a line's label and its figure made a colon, so that the line reads as
    'Label: figure' does; the same length, so offsets still index the original.

    >>> label_dashes_as_colons("GDP — ¥14.27 billion, +6.1%\\nThe zone — a national one — grew")
    'GDP : ¥14.27 billion, +6.1%\\nThe zone — a national one — grew'
    """
    if "—" not in text and "–" not in text:
        return text
    return _LABEL_DASH.sub(lambda m: m.group(1) + ":", text)


# a word a word processor may break at its soft hyphens ('Indus\u00adtrial', 'invest\u00adment'), inside a line
_SOFT_HYPHENATED = re.compile(r"[A-Za-z]+(?:\u00ad[A-Za-z]+)+")


def join_soft_hyphens(text: str) -> str:
    """``text`` with a word's soft hyphens inside a line taken out and made spaces after the word, so that
    'Fixed-asset invest\\u00adment' reads 'Fixed-asset investment'; the same length, so offsets still index the
    original (one at a line's end is left to ``unwrap_lines``, as a hyphen).

    >>> join_soft_hyphens("Indus\\u00adtrial output value; fixed-asset invest\\u00adment to grow 10%")
    'Industrial  output value; fixed-asset investment  to grow 10%'
    >>> join_soft_hyphens("above des\\u00ad\\nignated size") == "above des\\u00ad\\nignated size"
    True
    """
    if "\u00ad" not in text:
        return text

    def joined(m: re.Match) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if _LAID_OUT.search(text, start, end if end >= 0 else len(text)):
            return m.group()  # (a table's row: a space more after the word would open a column)
        return m.group().replace("\u00ad", "") + " " * m.group().count("\u00ad")

    return _SOFT_HYPHENATED.sub(joined, text)


_FEED_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF)\b")
_MARKUP = re.compile(r"<!\[CDATA\[|\]\]>|<[^<>\n]{0,300}>")


def feed_markup_as_spaces(text: str) -> str:
    """An RSS or Atom feed saved as text, its tags made spaces: each item's title, date and description read as the
    lines of a digest; the same length.

    >>> feed_markup_as_spaces('<rss><item><title>Zone news</title>\\n<description><![CDATA[Output rose.]]>'
    ...                       '</description></item></rss>').split()
    ['Zone', 'news', 'Output', 'rose.']
    """
    if not _FEED_START.match(text[:300]):
        return text
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


# a figure alone on its line whose unit starts the next, as a brochure's big numbers are set: '12.74' over 'billion
# yuan  ▲ 11.2%'
_FIGURE_OVER_UNIT = re.compile(r"(?m)^([ \t]*[-+]?\d[\d,]*(?:\.\d+)?)[ \t]*\n(?=[ \t]*" + _UNIT_WORDS + ")", re.I)


def figures_joined_to_units(text: str) -> str:
    """``text`` with a figure alone on its line joined to the unit that starts the next line; the same length.

    >>> figures_joined_to_units("Operating revenue\\n12.74\\nbillion yuan  ▲ 11.2%\\n").split("\\n")
    ['Operating revenue', '12.74 billion yuan  ▲ 11.2%', '']
    """
    if "\n" not in text:
        return text
    return _FIGURE_OVER_UNIT.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), text)


_COUNT_LINE = re.compile(r"[ \t]*\d[\d,]*[ \t]+[A-Za-z\"“]")


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped prose made spaces: the same length, so
    offsets still index the original.

    >>> unwrap_lines("the output value of industrial enterprises above designated size reached\\n"
    ...              "182.6 billion yuan;\\n(3) revenue").split("\\n")
    ['the output value of industrial enterprises above designated size reached 182.6 billion yuan;', '(3) revenue']
    >>> unwrap_lines("enterprises above des-\\nignated size reached 7.62 billion yuan")
    'enterprises above   designated size reached 7.62 billion yuan'
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    breaks = []
    at = 0
    for line, following in zip(lines, lines[1:], strict=False):
        at += len(line)
        # (a word broken at a line's end continues on the next, however short its line: 'enterprises above des\u00ad'
        # over 'ignated size reached ...', as a PDF's text keeps a word processor's break)
        if ((_wraps(line) or line.endswith("-") and following[:1].islower() and _HYPHENATED.search(line)
             or line[-1:].isdigit() and _UNIT_FIRST.match(following) is not None)
                and (_ends_open(line) or line.rstrip()[-1:] in _WIDE_ENDS)
                and (_CARRIES_ON.match(following) or (_NAME_NEXT.search(line) and _CAPITAL_NEXT.match(following)))
                and not _ITEM_START.match(following) and not _SUB_ITEM.match(following)
                and not _SET_IN_FIGURE_LINE.match(following)
                and not (HAN.match(following) and _KEY_VALUE.match(following))
                # ('Provincial specialized, refined, distinctive and innovative SMEs: 15' over '2022 operating revenue:
                # RMB 12.74 billion': a fact sheet's line, its value after its label, over the next)
                and not (_SHORT_VALUE_LAST.match(line) and _KEY_VALUE.match(following))
                # ('- National "little giant" enterprises: 1' over '(Enterprise figures as of December 31, 2021)': a
                # fact sheet's note on the lines above it, a line of its own)
                and not (_SHORT_VALUE_LAST.match(line) and _NOTE_LINE.fullmatch(following))
                and not (_YEAR_ITEM.match(following) and len(following.strip()) <= 40)
                # ('2 national specialized and sophisticated "little giant" enterprises' over '15 municipal specialized,
                # ... SMEs': a list's lines, each a count and its label)
                and not (_COUNT_LINE.match(line) and _COUNT_LINE.match(following) and not _NAME_NEXT.search(line))
                and not line.endswith("\r")
                and not _LAID_OUT.search(line, _numbered_end(line)) and not _LAID_OUT.search(following)):
            breaks.append(at)
        at += 1
    if not breaks:
        return text
    chars = list(text)
    lowered = None
    for i in breaks:
        chars[i] = " "
        if HAN.match(text, i - 1) and HAN.match(text, i + 1):
            # a Chinese word broken over the lines ('国家高新技术' over '企业 312家') is one word again: the
            # ideographs after the break move left over it and the space follows them, where a figure's offsets
            # do not change
            run = _IDEOGRAPHS.match(text, i + 1)
            chars[i: run.end()] = list(text[i + 1: run.end()] + " ")
            continue
        head = _HYPHENATED.search(text, max(0, i - 40), i)
        tail = _WORD_AFTER.match(text, i + 1) if head else None
        if tail is None:
            continue
        # 'indus-\ntry' reads 'industry', 'high-\ntech' 'high-tech': the word's head moves right over the
        # break, so that the text keeps its length and every offset after the word still holds
        word = head.group(1)
        lowered = text.lower() if lowered is None else lowered
        keep = word.lower() in _HYPHEN_PREFIXES or f"{word}-{tail.group()}".lower() in lowered
        start = head.start(1)
        joined = (" " + word + "-") if keep else ("  " + word)
        chars[start: i + 1] = list(joined)
    return "".join(chars)


def wrapped_table_labels(text: str) -> str:
    """``text`` with a spaced table's row labels that a PDF wrapped over several lines joined to the line that holds
    their figures; the same length, so offsets still index the original.

    >>> lines = wrapped_table_labels("Indicator          Unit        Jan-Oct    YoY (%)\\n"
    ...                              "Output value of industrial\\n"
    ...                              "  enterprises above desig-\\n"
    ...                              "  nated size       100m yuan   158.30     12.6\\n").split("\\n")
    >>> " ".join(lines[1].split())
    'Output value of industrial enterprises above designated size 100m yuan 158.30 12.6'
    """
    if "\n  " not in text or "  " not in text:
        return text
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    chars: list[str] | None = None
    i = 1
    while i < len(lines) - 1:
        # (not the rest of the row above, in lower case: 'Output value above   86,420   104,350' over 'designated
        # size', then '  Growth over same quarter   5.4   8.9', a row of its own)
        # (the whole table may be set in a little: '  Of which: electronic' over '  information   512,830')
        k = len(lines[i]) - len(lines[i].lstrip(" "))
        head = lines[i][k:]
        if k <= 4 and (numbered := _ROW_NUMBER.match(head)) is not None:
            # ('2    Output value of industrial enterprises' over '     above designated size    212.7    300': the
            # row's number kept in its column, its label joined)
            k, head = k + numbered.end(), head[numbered.end():]
            if k > 10:
                i += 1
                continue
        elif k > 4:
            i += 1
            continue
        # (but 'of which' opens a row of its own: '  of which industrial enterprises above' over '  designated size
        # 64' under 'Enterprises of all kinds   1,160'; 'of which:' too)
        if not (_TABLE_LINE.search(lines[i - 1]) and _LABEL_PIECE.fullmatch(head)) \
                or (head[:1].islower() and not head.startswith(("of which ", "of which: "))):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= 3 and _INDENTED_PIECE.fullmatch(lines[j]):
            j += 1
        if j == i + 1 and len(lines[i]) <= 30:
            while j < len(lines) and j - i <= 3 and _FLUSH_PIECE.fullmatch(lines[j]):
                j += 1
            if j < len(lines) and j - i <= 3 and _FLUSH_ROW.fullmatch(lines[j].rstrip()):
                pass
            elif not (j == i + 1 and j < len(lines) and _INDENTED_ROW.match(lines[j])):
                i += 1
                continue
        if j == len(lines) or j - i > 3 \
                or not (_INDENTED_ROW.match(lines[j]) or _FLUSH_ROW.fullmatch(lines[j].rstrip())):
            i += 1
            continue
        chars = list(text) if chars is None else chars
        # the label's words, one space apart, where its lines were; the spaces it gives up widen the gap before the
        # figures, which stay where they were ('desig-' over '  nated size' read 'designated size')
        gap = _CELL_GAP.search(lines[j], len(lines[j]) - len(lines[j].lstrip()))
        end = starts[j] + gap.start()
        label = re.sub(r"([A-Za-z]{2,})- ([a-z])", r"\1\2", " ".join(text[starts[i] + k: end].split()))
        chars[starts[i] + k: end] = list(label.ljust(end - starts[i] - k))
        i = j + 1
    return text if chars is None else "".join(chars)


_ROW_NUMBER = re.compile(r"\d{1,2}[.)]?(?: {2,}|\t)")  # a numbered row's number and the gap after it
_TABLE_LINE = re.compile(r"\S(?: {2,}|\t)\S")  # a spaced table's header or row: cells set apart by a gap
_LABEL_PIECE = re.compile(r"[A-Za-z][A-Za-z ,:()'’/&-]{2,58}")  # a label's first line: words, no figure, no gap
_INDENTED_PIECE = re.compile(r" {1,6}[A-Za-z(][A-Za-z ,()'’/&*-]{1,58}")  # a label's next line, indented
# its last, with the figures (a note's mark may close it: '  size(1)      138.65      149.27')
_INDENTED_ROW = re.compile(r" {1,6}[A-Za-z(][A-Za-z ,()'’/&*-]{0,58}?(?:\(\d{1,2}\))?(?: {2,}|\t)\S")
# (or flush, as a PDF's text keeps a narrow column: 'Industrial enterprises' over 'above designated size' over
# '(number)      21      29', each line short)
_FLUSH_PIECE = re.compile(r"[a-z(][a-z ,()'’/&*-]{1,28}")
_FLUSH_ROW = re.compile(r"[a-z(][a-z ,()'’/&*-]{0,48}?(?: {2,}|\t)[-\d.,]+(?:(?: {2,}|\t)\S+)+")
_CELL_GAP = re.compile(r" {2,}|\t")


# A page's number as a PDF's text keeps it: '- 2 -', 'Page 2', 'Page 2 of 5', '2/5'; alone on its line or set
# apart by a wide gap from the running header ('ANNUAL REPORT 2024          - 2 -'), or between its two halves
# ('... Economic Operation Brief          - 1 -          Issue 3, 2025')
_PAGE_MARK = r"(?:[-–—]\s*\d{1,3}\s*[-–—]|page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})"
_PAGE_LINE = re.compile(r"\s*(?:" + _PAGE_MARK + r"(?:\s{3,}\S.{0,80})?|.{1,80}?\S\s{3,}" + _PAGE_MARK +
                        r"(?:\s{3,}\S.{0,80})?)\s*", re.I)
_PAGE_MARK_ANYWHERE = re.compile(_PAGE_MARK, re.I)  # (what every page's line holds: most texts have none)
_FURNITURE_LINES = 2  # lines of a running header or footer beside a page's number
_REACH_LINES = 12  # lines from a page's number to the text it cut, past blank lines and furniture
_ENDS_SENTENCE = frozenset(".!?。！？:：;；")


def page_breaks_as_spaces(text: str) -> str:
    """``text`` with a PDF's page furniture (a page's number, the running header repeated over each page) made
    spaces, and a sentence that a page break cut in two joined again ('... reached 7.63' | '- 2 -' | 'Statistical
    Bulletin of ... 2023' | 'billion yuan, up 15.8%'); the same length, so offsets still index the original.

    >>> page_breaks_as_spaces("Trade reached 7.63\\n\\n   - 2 -\\n\\nBulletin 2023\\n\\nbillion yuan, up 15.8%.\\n"
    ...                       "Bulletin 2023\\nThe end.").split("\\n")
    ['Trade reached 7.63\\xa0...\\xa0billion yuan, up 15.8%.', 'Bulletin 2023', 'The end.']
    """
    if "\n" not in text or not _PAGE_MARK_ANYWHERE.search(text):
        return text
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    pages = [i for i, line in enumerate(lines) if _PAGE_LINE.fullmatch(line)]
    if not pages:
        return text
    # the running header: a short line said more than once, next to a page's number
    repeated = {t for t, n in Counter(stripped).items() if n >= 2 and t and len(t) <= 80}
    furniture = set(pages)
    for i in pages:
        for step in (-1, 1):  # (a page's header or footer is a line or two, not a run of them)
            j, lines_of_it = i + step, 0
            while 0 <= j < len(lines) and lines_of_it < _FURNITURE_LINES and (
                    not stripped[j] or stripped[j] in repeated):
                if stripped[j]:
                    furniture.add(j)
                    lines_of_it += 1
                j += step
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    chars = list(text)
    for i in sorted(furniture):
        chars[starts[i]: starts[i] + len(lines[i])] = " " * len(lines[i])
    # a sentence the break cut: the text before it runs on ('... reached 7.63') into a word or a figure after it
    for i in pages:
        before = next((j for j in range(i - 1, max(-1, i - _REACH_LINES), -1) if stripped[j] and j not in furniture),
                      None)
        after = next((j for j in range(i + 1, min(len(lines), i + _REACH_LINES)) if stripped[j] and j not in furniture),
                     None)
        if before is None or after is None or stripped[before][-1] in _ENDS_SENTENCE:
            continue
        if not (stripped[after][0].islower() or stripped[after][0].isdigit()):
            continue
        # (no-break spaces: whitespace to the patterns of figures and words, not the gap between a table's columns,
        # so the joined line is still prose to unwrap_lines and the reader)
        chars[starts[before + 1] - 1: starts[after]] = "\u00a0" * (starts[after] - starts[before + 1] + 1)
    return "".join(chars)


# A table copied from a web page or a PDF often comes out with each cell on a line of its own: the header's k
# cells, then each row's k cells. A cell is a figure ('167.35', '-4.2', '1,845', '12.7%'), a year, an empty
# mark ('—'), or a short label ('Exports', '100 million yuan', 'YoY (%)').
_CELL_MAX = 80  # (a label with its unit: "Output value of hydrogen energy industry (100 million yuan)")
_CELLS_MIN, _CELLS_MAX = 3, 10  # columns of such a table; two would take a list of labels and figures for one
_FIGURE_LINE = re.compile(r"[-+−]?(?:RMB|US\$|\$|¥)?\s?\d[\d,]*(?:\.\d+)?\s*%?")
_YEAR_LINE = re.compile(r"(?:19|20)\d\d(?:年|\s*\((?:target|plan|est\.?|e)\))?", re.I)
_EMPTY_LINE_CELLS = frozenset({"—", "--", "-", "–", "/", "n/a", "N/A", "…", "...", "——"})
_FIGURE, _YEAR, _EMPTY, _LABEL = "figure", "year", "empty", "label"
# a rank's head, with what it ranks among in brackets: 'Rank', 'No.', 'Rank (county group)' (tables read it too)
RANK_HEAD = re.compile(r"(?:rank(?:ing)?|no\.?|#)(?:\s*[(（][^()（）]{1,30}[)）])?", re.I)


# a header and two rows of three cells at least: nine short lines in a row (most texts have none)
_SHORT_LINES = re.compile(rf"(?:^[^\n]{{1,{_CELL_MAX}}}\n){{8}}[^\n]{{1,{_CELL_MAX}}}$", re.M)


def _cell(line: str) -> str | None:
    """What kind of table cell a line could be, or None for a line no cell would be (too long, a sentence)."""
    cell = line.strip()
    if len(cell) > _CELL_MAX or not cell:
        return None
    if cell in _EMPTY_LINE_CELLS:
        return _EMPTY
    if _YEAR_LINE.fullmatch(cell):
        return _YEAR
    if _FIGURE_LINE.fullmatch(cell):
        return _FIGURE
    if cell.endswith((".", "。")) and " " in cell:  # a short sentence, not a label
        return None
    return _LABEL


def _rows_from(kinds: list[str | None], start: int, k: int, ranked: bool = False) -> int:
    """How many rows of ``k`` cells follow a header of ``k`` label or year cells at ``start``; ``ranked`` when the
    header opens with a rank, each row with its number before its label ('Rank', 'Development zone', ... over '1',
    'Zhaoyuan Toutai Economic Development Zone', ...)."""
    header = kinds[start: start + k]
    if len(header) < k or header[0] != _LABEL or any(c not in (_LABEL, _YEAR) for c in header):
        return 0
    rows = 0
    at = start + k
    while at + k <= len(kinds):
        row = kinds[at: at + k]
        if (row[0] not in (_LABEL, _YEAR) and not (ranked and k >= 4 and row[0] == _FIGURE and row[1] == _LABEL)) \
                or None in row or _FIGURE not in row[1:]:
            break
        rows += 1
        at += k
    return rows


def cells_as_rows(text: str) -> str:
    """``text`` with a table laid out one cell per line made one row per line, its cells set apart by tabs
    (the kind of table the reader knows); the same length, so offsets still index the original.

    >>> for line in cells_as_rows("Indicator\\nUnit\\nJanuary-June\\nYoY (%)\\nExports\\n100 million yuan\\n"
    ...                           "38.92\\n12.7\\nOperating revenue\\n100 million yuan\\n182.60\\n6.5\\n"
    ...                           "Source: the bureau").split("\\n"):
    ...     print(line.split("\\t"))
    ['Indicator', 'Unit', 'January-June', 'YoY (%)']
    ['Exports', '100 million yuan', '38.92', '12.7']
    ['Operating revenue', '100 million yuan', '182.60', '6.5']
    ['Source: the bureau']
    >>> cells_as_rows("Year\\nOutput value\\nTax revenue\\n2022\\n1,231,600\\n44,950\\n"
    ...               "2023\\n1,386,200\\n47,180").split("\\n")
    ['Year\\tOutput value\\tTax revenue', '2022\\t1,231,600\\t44,950', '2023\\t1,386,200\\t47,180']
    >>> cells_as_rows("Home\\nNews\\nAbout us\\nContact\\nThe zone grew 8%.")  # no figures: no table
    'Home\\nNews\\nAbout us\\nContact\\nThe zone grew 8%.'
    """
    if text.count("\n") < 2 * _CELLS_MIN + 2 or not _SHORT_LINES.search(text):
        return text
    lines = text.split("\n")
    kinds = [_cell(line) for line in lines]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    tabs: list[int] = []  # offsets of the newlines that part the cells of one row
    i = 0
    while i < len(lines):
        if kinds[i] != _LABEL:
            i += 1
            continue
        # the header may start a line or two into a run of cells (a caption above it); the reading that puts
        # the most cells into rows wins, then the fewest columns
        best = None
        start, last = i, i + 2
        while start <= min(last, len(lines) - 1):
            ranked = RANK_HEAD.fullmatch(lines[start].strip()) is not None
            for k in range(_CELLS_MIN, _CELLS_MAX + 1):
                rows = _rows_from(kinds, start, k, ranked)
                if rows >= 2 and (best is None or (rows + 1) * k > (best[2] + 1) * best[1]):
                    best = (start, k, rows)
                    last = start + 2  # a caption's lines can make a shifted reading look like a table too
            start += 1
        if best is None:
            i += 1
            continue
        start, k, rows = best
        for row in range(rows + 1):
            first = start + row * k
            tabs.extend(starts[line + 1] - 1 for line in range(first, first + k - 1))
        i = start + (rows + 1) * k
    if not tabs:
        return text
    chars = list(text)
    for at in tabs:
        chars[at] = "\t"
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


_THOUSANDS = re.compile(r"\d,\d{3}(?![\d])")


def _delimiters(line: str) -> list[int] | None:
    """The offsets of the commas that part a comma-separated line's fields (none inside double quotes), or None
    for a line that is no such row: prose, whose commas are followed by a space, or quotes left open."""
    at, quoted = [], False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            if line[i + 1: i + 2] == " ":
                return None
            at.append(i)
    return None if quoted else at


def delimited_as_tabs(text: str) -> str:
    """``text`` with the rows of a comma-separated table (two or more lines, each of three or more fields, as a
    portal's preview of a CSV file shows them) parted by tabs, their quotes blanked, and the underscores of
    field names ('operating_revenue_100m_yuan') read as spaces: the spaced table the reader knows. A tab-separated
    table's underscores too. The same length, so offsets still index the original.

    >>> delimited_as_tabs('zone_name,revenue_100m_yuan,yoy_pct\\nHequ EDZ,168.42,7.6\\n"Ningwu EDZ","1,087.15",11.3')
    'zone name\\trevenue 100m yuan\\tyoy pct\\nHequ EDZ\\t168.42\\t7.6\\n Ningwu EDZ \\t 1,087.15 \\t11.3'
    >>> delimited_as_tabs("In 2023, the zone grew.\\nIts revenue, tax and exports rose, as did jobs.")
    'In 2023, the zone grew.\\nIts revenue, tax and exports rose, as did jobs.'
    """
    if "," not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    fields = []  # a line's (delimiter, number of fields, the commas' offsets) if it may be a row, else None
    offsets, start = [], 0
    for line in lines:
        commas = _delimiters(line.rstrip("\r")) if "," in line and "\t" not in line else None
        fields.append(("," if commas else "\t", len(commas) + 1, commas) if commas
                      else ("\t", line.count("\t") + 1, None) if "\t" in line else None)
        offsets.append(start)
        start += len(line) + 1
    chars, i = list(text), 0
    while i < len(lines):
        kind = fields[i]
        j = i + 1
        while kind is not None and kind[1] >= 3 and j < len(lines) and fields[j] is not None \
                and fields[j][:2] == kind[:2]:
            j += 1
        if kind is None or kind[1] < 3 or j - i < 2 or "|" in lines[i] \
                or any(_THOUSANDS.match(lines[i], comma - 1) for comma in kind[2] or ()):
            i += 1  # (a header names its fields: a comma between a digit and three more parts a figure's thousands)
            continue
        for k in range(i, j):
            at = offsets[k]
            for comma in fields[k][2] or ():
                chars[at + comma] = "\t"
            for n, char in enumerate(lines[k]):
                if char == "_" or char == '"' and fields[k][0] == ",":
                    chars[at + n] = " "
        i = j
    return "".join(chars)


_LONG_CAPITALS = re.compile(r"[A-Z]{4,}")
_NO_LOWER_CASE = re.compile(r"[^a-z\n]+")
_CAPITAL_WORD = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]+)*\b")  # ('HIGH-TECH' as one word: 'High-tech')
# words of three letters or fewer stay as they are ('EDZ', 'GDP'), and so do these longer acronyms
_ACRONYMS = frozenset({"ETDZ", "CIIE", "SCODA", "ASEAN", "NASDAQ", "UNESCO", "COVID"})
_SMALL_WORDS = frozenset({"IN", "OF", "THE", "AND", "FOR", "TO", "ON", "AT", "BY", "AN", "ITS", "WITH", "FROM", "AS"})


def _title_word(m: re.Match) -> str:
    word = m.group()
    if word in _SMALL_WORDS:
        return word.lower()  # ('WHY INVEST IN NANNING ...': 'in' parts the heading's words from the zone's name)
    return word if word in _ACRONYMS or len(word) <= 3 else word.capitalize()


def capitals_as_titles(text: str) -> str:
    """``text`` with words set in capitals ('BAOQING ECONOMIC DEVELOPMENT ZONE, HEILONGJIANG PROVINCE', a report's
    title, a slide's heading, a dateline's place) read in title case, so that a zone's name there is a name; short
    words and acronyms ('EDZ', 'ETDZ', 'GDP') stay as they are. The same length: offsets still index the original.

    >>> capitals_as_titles("BAOQING ECONOMIC DEVELOPMENT ZONE, HEILONGJIANG\\nWHY INVEST IN NANNING EDZ\\nGDP ROSE")
    'Baoqing Economic Development Zone, Heilongjiang\\nWHY Invest in Nanning EDZ\\nGDP ROSE'
    """
    if not _LONG_CAPITALS.search(text):
        return text
    # each run of text with no lower-case letter that has two words of four capitals or more, or one of eight or
    # more ('SHAOYANG, Jan 5 (Xinhua) --': a dateline's place); found by a single class, as a pattern for the whole
    # run would backtrack without end on a long line
    return _NO_LOWER_CASE.sub(lambda run: _CAPITAL_WORD.sub(_title_word, run.group())
                              if _titled(_LONG_CAPITALS.findall(run.group())) else run.group(), text)


def _titled(words: list[str]) -> bool:
    return len(words) >= 2 or any(len(word) >= 8 for word in words)


# a word broken at a line's end by a hyphen ('indus-'), and the rest of it on the next line ('try')
_HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]+)-$")
_WORD_AFTER = re.compile(r"[a-z]+")
# first halves of compounds that keep their hyphen when a line breaks at it ('high-tech', 'above-scale')
_HYPHEN_PREFIXES = frozenset({"high", "hi", "above", "year", "state", "county", "city", "province", "mid", "well",
                              "large", "small", "medium", "long", "short", "self", "non", "cross", "world", "low"})


def rejoined(head: str, rest: str) -> str:
    """A word broken at a hyphen, joined again: 'indus-' + 'trial', but 'High-' + 'tech' keeps its hyphen.

    >>> rejoined("Output value of indus-", "trial"), rejoined("Quzhou High-", "tech Zone")
    ('Output value of industrial', 'Quzhou High-tech Zone')
    """
    if not head.endswith("-"):
        return f"{head} {rest}"
    word = head[:-1].rsplit(" ", 1)[-1]
    return head + rest if word.lower() in _HYPHEN_PREFIXES else head[:-1] + rest


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each inside one line.

    >>> [s.text for s in split_sentences("Area is 119.57 sq. km. It has 2 firms.\\nTitle")]
    ['Area is 119.57 sq. km.', 'It has 2 firms.', 'Title']
    """
    sentences: list[Sentence] = []
    offset = 0
    related = False  # in a list of links under 'Related news:' or a firm's accounts, each to the next blank line
    for line_no, line in enumerate(re.split(r"\r\n|\n|\r", text)):
        line_start, offset = offset, offset + len(line) + 1
        if text.startswith("\r\n", offset - 1):
            offset += 1
        if not line.strip():
            related = False
            continue
        if _RELATED.match(line) or (len(line) <= 120 and _FIRM_S_ACCOUNTS.match(line)):
            related = True
        offset_in = line_start
        heading = _is_heading(line)
        # '| Zone | Level | Planned area |' over '|---|---|---|' is a table's header, not a menu
        header = line.count("|") >= 2 and _RULE_LINE.match(text, offset) is not None
        boilerplate = related or (not header and is_boilerplate(line))
        prose_until = _prose_before_furniture(line) if boilerplate and not related else 0
        # (a line of cells, each a label and its figure, set apart by bars: each cell a sentence of its own,
        # 'Enterprises above designated size：327家 | National high-tech enterprises：214家')
        # (not a chart's values each after its year, '2018: 286.4 | 2019: 312.9', read as its series)
        cells = _cell_spans(line) if "|" in line and _LABELLED_FIGURE_CELLS.search(line) \
            and not _YEAR_CELL_OPENS.search(line) else [(0, len(line))]
        for cell_start, cell_end in cells:
            start = cell_start
            for end_match in _SENTENCE_END.finditer(line, cell_start, cell_end):
                end = end_match.end()
                if _protected(line, end_match.start()):
                    continue
                _append(sentences, text, offset_in + start, offset_in + end, line_no, heading,
                        boilerplate and end > prose_until)
                start = end
            if line[start:cell_end].strip():
                _append(sentences, text, offset_in + start, offset_in + cell_end, line_no, heading, boilerplate)
        for i in range(len(sentences) - 1, -1, -1) if header else ():
            if sentences[i].line_no != line_no:
                break
            sentences[i] = replace(sentences[i], table_header=True)
    return sentences


# a firm's accounts, by their caption ('Key financial data of the Company (unit: RMB 100 million)', 'Main financial
# indicators of the issuer', 'The Group's financial highlights'): like a list of links, no zone's figures to the next
# blank line
_FIRM_S_ACCOUNTS = re.compile(r"\s*(?:table\s*\d+[:.]?\s*)?(?:(?:key|main|major|selected|summary)\s+)?(?:financial|"
                              r"operating)\s+(?:data|indicators|figures|statements|summary|highlights|position)\s+of\s+"
                              r"(?:the\s+)?(?:company|issuer|group|guarantor)\b|\s*(?:the\s+)?(?:company|issuer|group)"
                              r"['’]s\s+(?:(?:key|main|major|selected)\s+)?financial\b", re.I)
# ('Related Pages', 'Related reports:', 'Related videos', and 'Related' on a line of its own)
# ('相关链接 Related Links：', '相关新闻：': a Chinese page's own words for them)
_RELATED = re.compile(r"\s*[\[【(]?\s*(?:(?:相关(?:链接|新闻|阅读|文章|报道)|推荐阅读)\s*(?:[:：\]】]|\s|$)|"
                      r"related (?:news|articles|reading|stories|links|pages|reports|videos|posts|"
                      r"content|information|documents|files|items)|related(?=\s*[:：\]】)]|\s*$)|see also|"
                      # ('Other parks in Baise' over a list of links to other zones' stories)
                      r"other (?:parks|zones|news|stories|articles)(?: (?:in|of) [A-Z][\w'’ -]{1,30})?"
                      r"(?=\s*[:：]?\s*$)|"
                      r"recommended(?: reading| news)?|(?:hot|popular|most read|top) (?:articles|news|stories)|"
                      r"more news|further reading|you may also like)\b", re.I)
_RULE_LINE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


_CURRENCY_NEXT = re.compile(r"(?:RMB|CNY|USD|US\$|\$|¥|￥)\s?\d")


def _protected(line: str, dot: int) -> bool:
    """True when the dot at ``dot`` belongs to an abbreviation, not a sentence end."""
    if line[dot] != ".":
        return False
    if line.startswith("...", dot):
        return True  # dot leaders ('Gross regional product ........ 412.6') or an ellipsis
    if (line.startswith("..", dot) or line[dot - 1: dot] == ".") and "\t" in line:
        # a tab-separated table's '..' (no figure): a cell of its own, no sentence's end
        first = dot - 1 if line[dot - 1: dot] == "." else dot
        if line[first - 1: first] in ("", "\t", " ") and line[first + 2: first + 3] in ("", "\t", " ", "\r"):
            return True
    # the run of letters and dots right before the dot (a backward scan: a regex
    # '[A-Za-z.]+$' on line[:dot] would rescan the line from its start at every dot)
    start = dot
    while start > 0 and line[start - 1] in _WORD_CHARS:
        start -= 1
    word = line[start:dot]
    if word.lower() in _FIRM_ENDINGS and (after := _NEXT_WORD.match(line, dot + 1)) is not None \
            and after.group(1) not in _FIRM_ENDING_WORDS:
        return False  # '... by Jiangxi Hengyu New Energy Co. Funds from outside the province ...': the name ends there
    if word and word.lower().rstrip(".") in _ABBREVIATIONS:
        return True
    if word in ("c", "ca") and line[dot + 1: dot + 2] == " " and (
            line[dot + 2: dot + 3].isdigit() or _CURRENCY_NEXT.match(line, dot + 2)):
        return True  # 'c. 2,100', 'c. RMB 2.1 billion': circa
    # A single capital letter before the dot is an initial (e.g. 'U.S.').
    return len(word) == 1 and word.isupper()


# a firm's name's last word, and the words that may still follow it ('Co. Ltd', 'Co., Ltd.')
_FIRM_ENDINGS = frozenset({"co", "ltd", "inc", "corp"})
_FIRM_ENDING_WORDS = frozenset({"Ltd", "Limited", "LTD", "LIMITED", "Co", "Inc", "Corp", "Group", "Branch"})
_NEXT_WORD = re.compile(r" ([A-Z][A-Za-z]+)\b")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


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
