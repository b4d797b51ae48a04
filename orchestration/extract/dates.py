"""Detect when a document was written.

Candidates come from labelled lines ('Updated:', 'Release Time:',
'Published'), datelines at the top of an article, and titles that carry a
year ('2023 Government Work Report'). python-dateutil parses the matched
strings because it reads every spelling of this genre ('Aug 23,2021',
'23 August 2021', '2021-08-23', '2021/8/23') without a table of formats of
our own. Copyright and ICP lines never date a document.
"""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as date_parser

from orchestration.extract.firstchar import guarded
from orchestration.extract.model import DocDate

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    r"(?:(?:19|20)\d\d[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}日?"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d"  # '12/05/2023': month first, as dateutil reads it
    r"|\d{1,2}-\d{1,2}-(?:19|20)\d\d"  # '17-08-2023': day first (see _parse)
    r"|\d{1,2}-" + _MONTH + r"-(?:19|20)\d\d"  # '16-Sep-2025', as CGTN writes it
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\s*,\s*(?:19|20)\d\d"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)\s+(?:19|20)\d\d"  # 'March 8th 2019'
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?:19|20)\d\d"
    r"|" + _MONTH + r"\s+(?:19|20)\d\d)"
)
_LABELLED = re.compile(
    r"(?:updated|published|release(?:d)?(?: time| date)?|posted|date|time|issued|issue|edition|"
    r"发布时间|发布日期|日期|时间)"
    r"\s*(?:on|in)?\s*[:：]?\s*"  # ('Released in April 2025')
    r"(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?,?\s*)?"  # 'Updated 17:36, 16-Sep-2025': the time first
    # ... or a month in ISO order after the label alone: 'Updated 2024-02', 'Published: 2023/06'
    r"(" + _DATE + r"|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?![-/.]?\d))",
    re.IGNORECASE,
)
# 'Pub Date: 21-10-26 10:32', as some provincial portals write it: a two-digit year, only after a label and before a
# time or the line's end (a table's '21-10-26' is no date)
_LABELLED_SHORT = re.compile(r"(?:updated|published|release(?:d)?(?: time| date)?|posted|date|time)\s*[:：]\s*"
                             r"(\d\d)-([01]\d)-([0-3]\d)(?=\s+[0-2]?\d:[0-5]\d|\s*$|\s{2,}|\s*\|)", re.IGNORECASE)
_ANY_DATE = re.compile(r"(?<![\w-])(" + _DATE + r")(?![\w-])", re.IGNORECASE)
_NOT_A_DATELINE = re.compile(r"copyright|all rights reserved|©|\bicp\b|备", re.IGNORECASE)
_BYLINE = re.compile(r"\s*(?:source|editor|author|reporter|by)\s*[:：]", re.IGNORECASE)
_TITLE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\b")
# searched in every line: guarded by their first characters (the same matches, fewer
# positions tried; see firstchar)
_LABELLED, _ANY_DATE, _NOT_A_DATELINE = map(guarded, (_LABELLED, _ANY_DATE, _NOT_A_DATELINE))

# the day a republished or dated-by-note article was written ('This article was first published on February 9, 2022',
# 'This interview was conducted on December 20, 2024')
_FIRST_WRITTEN = re.compile(r"\b(?:(?:first|originally) (?:published|posted|released)|"
                            r"(?:interview|article|speech|report) was (?:conducted|written|given|delivered|held|"
                            r"recorded|made)) on (" + _DATE + ")",
                            re.IGNORECASE)
# How many lines from the top an unlabelled date may stand and still date the article:
# lines with text, as a page's blank lines say nothing about how far down it is.
_HEADER_LINES = 6
_DATE_LINE_REACH = 12  # the lines a date line opening with the date may stand on
_TIME_OR_SOURCE_AFTER = re.compile(r"\s+(?:\d{1,2}:\d{2}\b|(?:source|from|by)\s*[:：])", re.I)
# 'Lanzhou New Area 2021 Government Work Report (Excerpts)': a report's year dates it
# ... and a review's: 'Qixia Economic Development Zone 2023 Mid-year Work Review', '2024 Work Summary'
# ... and a year's plan: 'Songbai Chemical Industrial Park 2018 Work Points' (工作要点), '2024 Work Plan'
# ... and in Chinese: '姚李经济开发区2024年工作报告' (a report of 2024, the year after the one it reviews)
# ('Report on the Work of the Management Committee at the 2024 Work Conference': the year's conference, early in it)
_REPORT_TITLE = re.compile(r"(?:\b|(?<=[^\x00-\x7f]))((?:19|20)\d\d)(?:\s+(?:(?:government|annual|mid-year|half-year|"
                           r"year-end|economic)\s+)?work\s+(?:report|review|summary|points|key points|plan|priorities|"
                           r"conference)\b|"
                           r"\s*年\s*(?:政府)?工作(?:报告|总结|要点|计划))|"
                           # a report on a year, issued in the next: '2020 Annual Report', 'Statistical Bulletin on the
                           # Economic Development of ... in 2019', '2023 Statistical Communique of ...'
                           r"(?:\b(?=(?:19|20)\d\d\s+(?:annual\s+report|statistical\s+(?:bulletin|communiqu)))|"
                           r"\bstatistical\s+(?:bulletin|communiqu[eé])\b[^\n]{0,120}?\b(?:in|of|for)\s+)"
                           r"((?:19|20)\d\d)\b", re.IGNORECASE)
# ... or bare at its end: 'Yuzhou City Government Work Report 2021 (Excerpt)'
_REPORT_YEAR_AFTER = re.compile(r"\bwork\s+(?:report|review|summary)\b(?:[^\n()]{0,100}\(\s*((?:19|20)\d\d)\s*\)|"
                                r"\s+((?:19|20)\d\d))"
                                # ('... (2024) — Excerpt': the note after a dash too)
                                r"(?:\s*\((?:excerpts?|abridged|summary|full text)\)|"
                                r"\s*[-–—:]\s*(?:excerpts?|abridged|summary|full text))?\s*$",
                                re.IGNORECASE)
_EDITION_YEAR = re.compile(r"\b(?:guide|brochure|handbook|prospectus|fact\s*sheet)\s*[(（]?\s*((?:19|20)\d\d)"
                           r"(?:\s+edition)?\s*[)）]?\s*(?:$|[|·•])", re.I)
# a saved page's address, as government sites write it: '.../202307/t20230726_12195318.html'
_URL_DATE = re.compile(r"https?://\S*?[/_t]((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?=[_/.])")


# a year (1900-2099), month and day in ISO order and ASCII digits
_ISO_DATE = re.compile(r"((?:19|20)[0-9][0-9])-([0-9][0-9])-([0-9][0-9])")


def _parse(raw: str) -> DocDate | None:
    cleaned = re.sub(r"[年月]", "-", raw).replace("日", "")
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r",(?=\S)", ", ", cleaned)
    has_day = bool(re.search(r"\d{1,2}\D+\d{4}|\d{4}\D+\d{1,2}\D+\d{1,2}", cleaned))
    iso = _ISO_DATE.fullmatch(cleaned)
    if iso:  # '2021-08-23', the usual case: read directly, as dateutil reads it, but much faster
        try:
            parsed = datetime(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            return DocDate(parsed.year, parsed.month, parsed.day)
        except ValueError:
            pass  # not a calendar date: left to dateutil, as before
    month = re.fullmatch(r"((?:19|20)\d\d)[-/.](\d{1,2})", cleaned)
    if month:  # 'Updated 2024-02': a month ('2023.11' would be read by dateutil as a year and a day)
        return DocDate(int(month.group(1)), int(month.group(2)), None) if 1 <= int(month.group(2)) <= 12 else None
    # '17-08-2023': dashes between day, month and year are written day first
    day_first = re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}", cleaned) is not None
    try:
        parsed = date_parser.parse(cleaned, default=datetime(2000, 1, 1), dayfirst=day_first)
    except (ValueError, OverflowError):
        return None
    if not 1900 <= parsed.year <= 2100:
        return None
    return DocDate(parsed.year, parsed.month, parsed.day if has_day else None)


# ('CHANGCHUN, China, Sept 20 (Reuters) -': the country after the city, as Reuters writes it)
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]{2,40},(?:\s+[A-Z][a-z]+,)?\s+((?i:" + _MONTH + r"))\s+(\d{1,2})\s*"
                       r"(?:\([A-Za-z .]+\))?\s*"
                       r"(?:--|—|–|-)", re.MULTILINE)
_PAST_YEAR = guarded(re.compile(r"(?<!by )(?<!until )(?<!before )(?<!to )\b((?:19|20)\d\d)\b", re.IGNORECASE))


def _dateline(text: str, lines: list[str]) -> DocDate | None:
    """'NANCHANG, March 3 (Xinhua) --': the year is the latest one the article reports on."""
    m = _DATELINE.search("\n".join(lines[:_HEADER_LINES * 2]))
    if m is None:
        return None
    years = [int(y) for y in _PAST_YEAR.findall(text) if 1990 <= int(y) <= 2100]
    if not years:
        return None
    found = _parse(f"{m.group(1)} {m.group(2)}, {max(years)}")
    return found


def _issue_cell(date: str, line: str) -> bool:
    """A month that dates an issue: a cell of its own in a header line (the line itself, or a part between
    bars, bullets or tabs), alone or after the issue's number ('Issue 3, March 2023')."""
    # ('March 2024 edition', 'Issue 10/2018 (October 2018)')
    cells = [_EDITION.sub("", cell.strip().removesuffix(")")) for cell in re.split(r"[|·•\t]", line)]
    return any(cell == date or _ISSUE.fullmatch(cell.removesuffix(date)) for cell in cells if cell.endswith(date))


_CELL_OPENS = re.compile(r"(?:^|[|·•\t;]|\s{2,})\W*$")
_EDITION = re.compile(r"\s+(?:edition|ed\.|issue)$", re.I)  # ('March 2024 edition', 'April 2022 issue')
_ISSUE = re.compile(r"(?:issue|no\.?|vol(?:ume)?\.?|number)\s*[\w./]*\s*[,(]?\s*", re.I)
# who issued it, before the month: 'Published by the Administrative Committee, March 2025', '· printed March 2022'
_ISSUER_BEFORE = re.compile(r"\b(?:published|issued|compiled|printed|prepared|released)\b"
                            r"(?:\s+by\s+[^,.;]{3,80})?,?(?:\s+in)?\s*$", re.I)  # ('Printed in March 2021')
# a month alone on a header line, as a Chinese page dates itself: '2024年3月'
_CHINESE_MONTH = re.compile(r"^\s*((?:19|20)\d\d)年\s*(\d{1,2})月\s*$")


def detect_document_date(text: str) -> DocDate | None:
    """The date a document was written, if the text says so.

    >>> detect_document_date("By | nxiang.net| Updated:  Aug 23,2021 L M S")
    DocDate(year=2021, month=8, day=23)
    >>> detect_document_date("Copyright 2012 All Rights Reserved") is None
    True
    >>> detect_document_date("2023 Government Work Report\\nLast year the zone...")
    DocDate(year=2023, month=None, day=None)
    """
    note = _FIRST_WRITTEN.search(text, 0, 4000)
    if note is not None and (found := _parse(note.group(1))) is not None:
        # 'Editor's note: This article was first published on February 9, 2022.' over a later 'Updated:' line: its
        # 'last year' and 'now' are of the day it was written
        return found
    lines = text.splitlines()
    for line in lines:
        if _NOT_A_DATELINE.search(line):
            continue
        m = _LABELLED.search(line)
        if m and not re.search(r"[:：]", m.group()) and not _CELL_OPENS.search(line[: m.start()]):
            m = None  # a label without its colon opens the line or a cell ('Released in April 2025'), not prose's
            # 'as published in July 2022'
        if m:
            found = _parse(m.group(1))
            if found:
                return found
        short = _LABELLED_SHORT.search(line) if "-" in line else None
        if short:
            found = _parse(f"20{short.group(1)}-{short.group(2)}-{short.group(3)}")
            if found:
                return found
    header = [line for line in lines if line.strip()][:_HEADER_LINES]
    for line in header:
        if _NOT_A_DATELINE.search(line):
            continue
        m = _ANY_DATE.search(line)
        if m:
            found = _parse(m.group(1))
            if found and (found.day is not None or _issue_cell(m.group(1).strip(), line)
                          or _ISSUER_BEFORE.search(line, 0, m.start())):
                # a month alone in a cell of its own is an issue's date ('Member Bulletin | No. 9/2024 |
                # September 2024'); in a title it may be what the article reports on
                return found
    # (a portal's date line under a long header of menus and a title said twice: '2019-10-23 09:12   Source: ...',
    # a full date at the line's start with the time or the source after it)
    for line in [line for line in lines if line.strip()][_HEADER_LINES: _DATE_LINE_REACH]:
        m = _ANY_DATE.match(line.lstrip())
        if m and _TIME_OR_SOURCE_AFTER.match(line.lstrip(), m.end()) and not _NOT_A_DATELINE.search(line):
            found = _parse(m.group(1))
            if found and found.day is not None:
                return found
    for line in header:
        m = _CHINESE_MONTH.match(line)
        if m and 1 <= int(m.group(2)) <= 12:
            return DocDate(int(m.group(1)), int(m.group(2)))
    dated = _dateline(text, lines)
    if dated is not None:
        return dated
    for line in lines:  # a byline anywhere: 'Source: Minhang Daily   Editor: Zhou Yi   March 8th 2019'
        if _BYLINE.match(line) and not _NOT_A_DATELINE.search(line):
            m = _ANY_DATE.search(line)
            found = _parse(m.group(1)) if m else None
            if found and found.day is not None:
                return found
    titles = [ln for ln in lines if ln.strip() and not re.search(r"[|>]", ln)][:3]
    for line in titles[:2]:
        m = _TITLE_YEAR.match(line)
        report = _REPORT_TITLE.search(line)
        if m and len(line) < 150 and not (report and report.group(2)):  # (an annual report's: below)
            return DocDate(int(m.group(1)))
    for line in titles:
        m = _REPORT_TITLE.search(line)
        if m and len(line) < 150:
            year = int(m.group(1) or m.group(2))
            if m.group(2):  # a zone's annual report on a year, issued in the next: 'Hotan, ..., February 2023'
                issued = [found for ln in header if (d := _ANY_DATE.search(ln)) and (found := _parse(d.group(1)))
                          and found.year == year + 1 and found.month is not None]
                if issued:
                    return issued[0]
            return DocDate(year)
        # ('Work Report of the Sanchang Industrial Park Management Committee (2016)': its year after it, in brackets)
        if (bracketed := _REPORT_YEAR_AFTER.search(line)) is not None and len(line) < 150:
            return DocDate(int(bracketed.group(1) or bracketed.group(2)))
    for line in header:
        # a guide or brochure named by its edition: 'Jiaohe City Investment Guide 2018', 'Investment Brochure (2021
        # Edition)': the year it was written for, its 'last year' the one before
        if (edition := _EDITION_YEAR.search(line)) is not None:
            return DocDate(int(edition.group(1)))
        # a yearbook's running head names the year it came out: 'JIANLI YEARBOOK 2020   Towns, Parks ...  · 203' (it
        # reports on the year before: annual_report_year)
        if (yearbook := _YEARBOOK_TITLE.search(line)) is not None and len(line) < 150:
            return DocDate(int(yearbook.group(1) or yearbook.group(2)))
    for line in header:
        m = _URL_DATE.search(line)
        if m:
            found = _parse(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
            if found:
                return found
    return None


def annual_report_year(text: str, doc_date: DocDate | None) -> int | None:
    """The year a zone's annual report is on, when its title names it and it was issued in the next year.

    Its periods named without a year ('the first quarter', 'the full year') are that year's, not the
    year it was issued in.

    >>> annual_report_year("BAOQING ECONOMIC DEVELOPMENT ZONE\\n2020 ANNUAL REPORT\\nApril 2021", DocDate(2021, 4))
    2020
    >>> annual_report_year("Baoqing zone grows in 2020\\nUpdated: 2021-04-02", DocDate(2021, 4, 2)) is None
    True
    >>> annual_report_year("Statistical Bulletin on the Economic Development of Huojia County Industrial Cluster "
    ...                    "District in 2019\\n20 April 2020", DocDate(2020, 4, 20))
    2019
    """
    if doc_date is None:
        return None
    for line in [ln for ln in text.splitlines() if ln.strip()][:3]:
        m = _REPORT_TITLE.search(line)
        if m and m.group(2) and len(line) < 150 and doc_date.year == int(m.group(2)) + 1:
            return int(m.group(2))
        # a yearbook is on the year before the one it is named for: 'Jiangxia Yearbook (2021)', published in
        # December 2021, reports on 2020
        yearbook = _YEARBOOK_TITLE.search(line)
        if yearbook and len(line) < 150 and doc_date.year == int(yearbook.group(1) or yearbook.group(2)):
            return doc_date.year - 1
    return None


_YEARBOOK_TITLE = re.compile(r"\byearbook\s*[(（·]?\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+yearbook\b", re.I)


# a line that is a date and at most its source: 'Oct 29, 2021 | Yantai Daily', 'Hunan Daily · Mar 4, 2024'
_ITEM_DATE_LINE = re.compile(
    r"^[ \t]*(?:[^\n|·•:]{2,40}?[ \t]+[|·•][ \t]+)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* (?:19|20)\d\d|"
    r"(?:19|20)\d\d-\d{1,2}-\d{1,2})(?:[ \t]+\d{1,2}:\d\d(?::\d\d)?)?[ \t]*(?:[|·•][^\n|]{2,60}|)[ \t]*$", re.M)


def item_dates(text: str) -> list[tuple[int, DocDate]]:
    """The dates of the items of a digest, each with the offset of its line, when the page is one.

    A news digest, a search result or a feed sets a date line (with its source) under each item's headline; each
    item is an article of its own, written then. A page with fewer than three such lines is one article.

    >>> [(d.year, d.month) for _, d in item_dates("Zones Express\\n2021-11-05\\n\\nA\\nOct 29, 2021 | Yantai Daily\\n"
    ...                                          "x\\nB\\nOct 21, 2021 | Dezhou Daily\\ny\\n")]
    [(2021, 11), (2021, 10), (2021, 10)]
    """
    found = [(m.start(), _parse(m.group("date"))) for m in _ITEM_DATE_LINE.finditer(text)]
    found = [(at, date) for at, date in found if date is not None and date.month is not None]
    return found if len(found) >= 3 else []
