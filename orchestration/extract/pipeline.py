"""Extract every fact of one document: the parsing core's one entry point.

``extract_document`` is a pure function (text in, dataclasses out): it
walks the sentences in order, carrying what a reader carries (the entity
being talked about, the period of the paragraph or heading, the year of the
document), and hands each sentence's numbers to ``facts`` and its industry
words to ``industries``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from orchestration.extract import facts as F
from orchestration.extract.dates import annual_report_year, detect_document_date, item_dates
from orchestration.extract.entities import PARTS_CUE as _PARTS_CUE
from orchestration.extract.entities import PROSE_LINE, count_places, entity_attributes, resolve_entities
from orchestration.extract.entities import SHARE_S_PART_BEFORE as _SHARE_S_PART_BEFORE
from orchestration.extract.figures import FigureLineReading
from orchestration.extract.industries import heading_role, industry_mentions, strongest
from orchestration.extract.model import DocDate, DocumentFacts, EntityRecord, MetricFact
from orchestration.extract.periods import (
    FIGURE_NOUN,
    MONTHS,
    WHOLE_PLAN,
    YEAR_SO_FAR,
    Period,
    TimeContext,
    column_period,
    find_periods,
    fmt,
    plan_of_year,
)
from orchestration.extract.prefilter import Prechecked, fold
from orchestration.extract.quantities import QUALIFIER_ONLY, WORD_NUMBERS, Quantity, find_quantities
from orchestration.extract.segment import (
    Sentence,
    blank_citations,
    blank_glosses,
    box_borders_as_spaces,
    capitals_as_titles,
    cells_as_rows,
    chinese_numerals,
    delimited_as_tabs,
    dot_leaders_as_colons,
    emphasis_as_spaces,
    feed_markup_as_spaces,
    figures_joined_to_units,
    full_width_figures,
    grouped_pipes_as_spaces,
    is_boilerplate,
    is_table_row,
    join_soft_hyphens,
    label_dashes_as_colons,
    page_breaks_as_spaces,
    slashed_cells_as_spaces,
    split_sentences,
    unwrap_lines,
    wrapped_table_labels,
)
from orchestration.extract.tables import TableReading


def extract_document(doc: str, text: str) -> DocumentFacts:
    """All metric, industry and entity facts of a document.

    >>> t = ("Zhengyang Industrial Park has more than 140 enterprises. In 2017, the total industrial "
    ...      "output value reached 13.56 billion yuan, an increase of 7.3%.")
    >>> [(f.metric, f.value, f.period_end, f.yoy_pct) for f in extract_document("d.txt", t).metrics]
    [('enterprises', 140.0, None, None), ('industrial_output', 13560000000.0, '2017-12', 7.3)]
    """
    original = text
    text = join_soft_hyphens(text)  # 'invest\u00adment' read as 'investment'; the same length
    text = text.translate(_SPACES_AND_SOFT_HYPHENS)  # same length: offsets still index the original
    text = full_width_figures(text)  # '１０８．７亿元' read as '108.7亿元'; the same length
    text = chinese_numerals(text)  # '一百二十六亿元' read as '  126亿元'; the same length
    text = feed_markup_as_spaces(text)  # a feed saved as text read as its items' lines; the same length
    doc_date = detect_document_date(text)
    text = page_breaks_as_spaces(text)  # a PDF's page numbers and running headers, and the sentences they cut
    text = box_borders_as_spaces(text)  # '| KEY FIGURES |' inside '+-----+' read as the lines it frames; same length
    text = grouped_pipes_as_spaces(text)  # a table of bars and spaces read as the spaced table it is; same length
    text = cells_as_rows(text)  # a table laid out one cell per line read as rows; the same length
    text = delimited_as_tabs(text)  # a comma-separated table read as the spaced table it is; the same length
    text = capitals_as_titles(text)  # a title in capitals read in title case, its zone's name a name; same length
    text = wrapped_table_labels(text)  # a table row's label wrapped over lines read on its figures' line; same length
    text = unwrap_lines(text)  # hard-wrapped prose read as the paragraphs it was; same length again
    text = figures_joined_to_units(text)  # '12.74' over 'billion yuan  ▲ 11.2%' read as one line; the same length
    text = blank_citations(text)  # '(billion yuan)[4]' read without its mark; the same length too
    text = emphasis_as_spaces(text)  # '**Shigezhuang Industrial Park**' read as the name in bold; the same length
    text = blank_glosses(text)  # 'size (规上企业) contributed' read as 'size contributed'; the same length
    text = slashed_cells_as_spaces(text)  # 'Value / Growth (%)' over '8.47 / -6.5' read as two columns; same length
    text = label_dashes_as_colons(text)  # 'GDP — ¥14.27 billion' read as 'GDP: ¥14.27 billion'; the same length
    text = dot_leaders_as_colons(text)  # 'Fixed-asset investment ...... +9.7%' read as 'Fixed-asset investment: +9.7%'
    sentences = split_sentences(text)
    furniture = [(s.start, s.end) for s in sentences if s.boilerplate]
    clusters, mentions = resolve_entities(text, furniture)
    reader = _Reader(doc, text, doc_date, clusters, mentions)
    reader.original = original
    items = item_dates(text)  # a digest's items, each written on its own date
    for sentence in sentences:
        while items and items[0][0] <= sentence.start:
            reader.new_item(items.pop(0)[1])
        if not sentence.boilerplate:
            reader.read(sentence)
    entities = _entities(doc, text, clusters, reader)
    industries = [replace(f, evidence=original[f.char_start: f.char_end]) for f in strongest(reader.industries)]
    return DocumentFacts(doc, doc_date, tuple(reader.metric_facts()), tuple(industries),
                         tuple(entities))


# ('Textiles and garments, still the zone's largest industry, had a tougher year. Output fell 3.7 per cent')
_REFERS_BACK = re.compile(r"\s*(?:(?:In|During|For|Over|Last|This)\b[^,.;]{0,40},\s*)?"
                          r"(?:(?:[Ii]ts|[Tt]heir)\s|(?:[Oo]utput|[Rr]evenue|[Ee]xports|[Ss]ales)\b|"
                          # 'The industry realized output value of ...', 'The industry's output value reached ...'
                          r"[Tt]he\s+(?:industry|sector)(?:['’]s)?\s|"
                          # 'In the first half, output value of the industry jumped 19.6 percent'
                          r"(?:[Tt]he\s+)?(?:[\w-]+\s+){1,3}of\s+(?:the|this)\s+(?:industry|sector)\b)")
# ... unless the sentence is about the whole zone: 'output value of industrial enterprises above designated size
# in the zone rose 13.4 percent'
_ZONE_WIDE = re.compile(r"\babove\s+designated\s+size\b|\babove-(?:scale|size)\b|\bindustrial enterprises\b|"
                        r"\b(?:in|of) the (?:whole |entire )?(?:zone|park)\b|\btotal\b", re.I)
# what parts the figures of a list: '186 and 73', '28.6, 21.3 and 9.4'
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# a list item whose head is set off by a dash: '1. Fur and leather - fur dressing ...', '- Tea – 42 firms'
_ITEM_HEAD = re.compile(r"\s*(?:[-•·*▸►▪■●◆]\s*|\(?\d{1,2}[.)、]\s*)(?P<label>[A-Za-z][^:：.;\d]{2,80}?)\s+[-–—]\s+")


class _Reader(TableReading, FigureLineReading):
    """The state a reader carries from one sentence to the next."""

    def __init__(self, doc, text, doc_date: DocDate | None, clusters, mentions):
        self.doc = doc
        self.text = text
        # (a transcript's speaker labels are rare: looked for once, not in every sentence's paragraph)
        self.soundbites = "soundbite" in text or "SOUNDBITE" in text or "Soundbite" in text
        self.original = text
        self.doc_date = doc_date
        self.item_dated = False  # the document is a digest whose items each have their own date (new_item)
        # an annual report issued after the year it is on reads its periods against that year's end
        self.report_year = annual_report_year(text, doc_date)
        self.clusters = clusters
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        # how often each area is named, by name or as 'the Hutou park' (a heading, then the park by its place)
        self.times_named = Counter(m.cluster for m in mentions)
        self.known_names = {n for c in clusters for n in c.names}
        # ... and the people the page quotes or introduces ('Guest: Pu Xiaojun, deputy director, ...'), whose
        # possessive ('Pu's target for 2026: ...') speaks for the zone, not for a firm
        self.known_names |= {m.group("surname") for m in _PERSON.finditer(text)
                             if not any(m.group("surname") in n for n in self.known_names)}
        # a firm's results (a press release, an earnings story): revenue is the zone's only where it says so
        self.company_news = len(_COMPANY_RESULTS.findall(text)) >= 2
        self.primary = _host_page(text, clusters, mentions)
        self.host_page = self.primary is not None  # a county's or district's own report, not its zone's page
        if self.primary is None:
            self.primary = _primary(clusters, _crumb_zone(text, clusters))
            if self.primary is not None and clusters[self.primary].entity_type == "district":
                # ('Hechuan Industrial Park off to a good start in Q1' over a story that names Hechuan district more
                # often): the zone its title names is what the page is about
                titled = _titled_zone(text, clusters, mentions)
                if titled is None:
                    # ('New materials keep Zhenhai hi-tech park on growth track' over 'Zhenhai Zhaobaoshan High-tech
                    # Industrial Park in Ningbo closed 2025 with ...': the zone the story opens with)
                    titled = _lede_zone(text, clusters, mentions)
                self.primary = titled if titled is not None else self.primary
        self.folded = _sub_areas(text, clusters, mentions, self.primary) \
            | _other_names(text, clusters, mentions, self.primary)
        self.current: int | None = None
        self.line_period: Period | None = None
        self.heading_period: Period | None = None
        self.heading_capitals = False  # ... and whether that heading is set in capitals ('ENTERPRISES (end of year)')
        self.heading_target = False  # under a heading such as 'Main targets for 2024'
        self.plan_line = -1  # the paragraph that a plan's label opens: 'Next steps: The zone will ...'
        self.estimate_at = -1  # a sentence that estimates the year just reviewed: its figures are no goals
        self.estimate_line = -1  # ... and its line
        # a chart of results beside goals ('INDICATOR: 2024 RESULT -> 2025 GOAL'): the goal's year, while its rows last
        self.arrow_goal: Period | None = None
        # the areas a sentence gave its figures to 'respectively', in order
        self.respective_zones: list[int] | None = None
        self.respective_changes: dict[str, tuple] = {}  # the changes a sentence gave its measures 'respectively'
        self.arrow_result: Period | None = None  # ... and the results' year, when the header names it
        self.arrow_base: Period | None = None  # ... and the base year before the results, when it names three
        self.arrow_years: tuple[int, int] | None = None  # a chart of two years' figures, 'X -> Y' (see read)
        self.prose_start: int | None = None  # where the first line of prose starts (found when first needed)
        self.heading_numbered: str | None = None  # ... and how that heading is numbered, if it is ('roman', ...)
        self.heading_line = -1  # ... and the line of the heading read last
        self.section_of: int | None = None  # the area the last heading that named one named ('II. Dengkou ... Park')
        self.heading_end = 0  # ... and where it ends
        self.line_no = -1
        self.latest_year: int | None = None
        self.unit_context: tuple[float, str] | None = None
        self.pending: tuple | None = None  # a growth stated before its level
        self.above_size_scope = False
        self.report_period: Period | None = None
        self.report_from_headline = False  # ... set by a headline only, which the body's own first year outranks
        # 'Unless stated otherwise, counts are as of December 31, 2023': where the page says so, and the month
        self.stocks_as_of: tuple[int, tuple[int, int]] | None = None
        self.target_period: Period | None = None
        # an industry's section: '1. Salt chemicals (first pillar industry)' over 'Output value (2022): ...' and
        # 'Enterprises: 28', the lines under it to the next blank line (its code, the heading's line)
        self.section_industry: tuple[str, int] | None = None
        self.plan_span: Period | None = None  # the plan the text reviews ('the 14th Five-Year Plan (2021-2025)')
        self.sentence_periods: list[Period] = []  # the periods of the sentence being read
        self.target_line = -1  # the line that named it
        # a deadline that opens a list of goals ('By 2027, the zone will reach a new level:' over '(1) ...',
        # '(2) ...'): the items' deadline, whatever year an item names for a goal of its own
        self.list_deadline: Period | None = None
        self.listed_role: str | None = None
        self.unit_line = -1
        self.table = None  # what the pipe table's header said about its columns (tables.Columns)
        self.column_currency: dict[int, str] = {}  # ... and the currency a column's head names alone ('RMB')
        self.unit_statement: tuple[int, tuple[float, str]] | None = None  # the last '(Unit: ...)' line
        self.unit_parts: list[tuple[str, tuple[float, str]]] = []  # ... and its units measure by measure, if any
        self.wider_change: tuple | None = None  # (metric, industry, sentence start) of a wider area's change just read
        self.spaced: dict | None = None  # the table laid out with spaces being read (see _spaced_row)
        self.period_rows = None  # (line, measure, unit, year) of the last row of a measure's figures by stretch
        self.unit_block = False  # the lines under the unit statement so far are short ones (_update_unit_context)
        self.grid: dict | None = None  # the grid of tiles being read (see _grid_line)
        self.zone_targets: dict = {}  # ... and its goals' columns: {column: (metric, unit, year, counted)}
        self.by_zone: dict | None = None  # a table with a row per zone: {column: (metric, unit, growth column)}
        self.zone_col = 0  # ... and the column naming the zone
        self.zone_years: dict[int, int] = {}  # ... and its columns' years, when each is a year of one measure
        self.zone_rows: list[int] = []  # ... and the zones its rows have named so far
        # ... and the year its caption names with the columns counted 'at year-end' (tables._caption_year)
        self.zone_year_end: tuple[int | None, set[int]] | None = None
        self.row_placed: tuple[int, list[tuple[int, int]]] | None = None  # a row's line, its (column, draft index)
        self.caption_above_size = False  # ... and its caption scopes its rows to the firms above designated size
        self.caption_point: Period | None = None  # ... and the date its caption gives its counts ('end of 2022')
        self.continued_rows: set[int] = set()  # where the pipe table's lines read with the row above them start
        self.by_industry: dict | None = None  # a table with a row per industry: {column: (metric, unit, growth, year)}
        self.long: dict | None = None  # a table in long format: {'indicator'|'period'|'value'|'unit'|'growth': column}
        self.by_year: dict | None = None  # a table with a row per year: {column: (metric, unit, growth column)}
        self.so_far_cols: set[int] = set()  # ... and its columns of the year so far, beside a month's
        self.by_year_ctx: TimeContext | None = None  # ... and the year its caption names, for its rows' stretches
        self.time_col: int | None = None  # a table's column that names each row's own time ('Statistical time')
        self.year_rows: dict | None = None  # an 'Item' table's measured columns, read by year if its rows are years
        self.years_placed: dict[int, list[tuple[int, int]]] = {}  # their rows' (column, draft index) by year
        self.row_metric: str | None = None  # the metric of the table row before ('of which: ...' rows share it)
        self.row_metric_indent = 0  # ... and how far its line is set in (a row set in further is a part of it)
        self.part_line = -1  # the line of the last of its parts ('of which: equipment manufacturing')
        self.row_unit: tuple[float, str] | None = None  # ... and the unit its label states
        self.figure_alone: tuple[Quantity, Sentence] | None = None  # a figure on its line, its caption below
        self.caption_below = -1  # ... and the line of the last caption read under its figure
        # an indicator's name on a line of its own, the lines under it each a period and its figures
        # ('Industrial output value above designated size' over '  October: 24.37, up 6.2%'): its metric,
        # its unit if it states one, and its line
        self.indicator: tuple[str, tuple[float, str] | None, int] | None = None
        self.item: tuple[str, tuple[float, str] | None, Period] | None = None  # ... a period's line under it
        self.item_line = -1
        self.item_metric: str | None = None  # ... and the metric of the period's line being read
        self.ranked: tuple[str, int] | None = None  # a ranked list's measure and the line of its last item
        self.ranked_line = -1
        self.previous: Sentence | None = None  # the sentence read last
        self.caption_block: tuple[Sentence, int] | None = None  # a caption and the last figure line under it
        # the unit a block of figure lines was read in ('(unit: 100 million yuan)' over '32.6', its caption and its
        # change, a blank line, '11.9', ...): it holds for the blocks after it until prose comes
        self.figure_unit: tuple[float, str] | None = None
        self.drafts: list[tuple[F.Draft, int | None, Period | None, str, bool]] = []
        self.industries: list = []
        self.sentences_of: dict[int, list[str]] = {}
        self.sentence_fold = ""  # the sentence being read, folded: the prechecks of its windows test it
        self.sentence_line = -1  # ... and its line
        self.set_aside: list[Period] = []  # the sentence's periods that date no figure but the one right before
        self.earlier_dated: Period | None = None  # the date of the last 'from X in 2012' figure
        self.later_dated: Period | None = None  # ... and of the last 'to Y in 2021' figure
        self.last_span: Period | None = None  # the last span of years named ('from 2021 to 2025', 'the 14th FYP')

    # -- context -------------------------------------------------------------------------
    def _latest_stretch(self, periods: list[Period]) -> Period:
        """The last of a sentence's periods, unless it is a stretch of an ended year the sentence names too:
        '... achieved operating revenue of 48.3 billion yuan in 2020, ..., shrugging off the impact of COVID-19 in
        the first quarter' reports on 2020."""
        last = periods[-1]
        later = [p for p in periods if p.last is not None and last.last is not None and p.last[0] > last.last[0]]
        if later and self.doc_date is not None and last.last[0] < self.doc_date.year - 1:
            # '... reached 46 at the end of 2024 ...; there were 15 in 2020.': a year recalled after the one reported
            last = later[-1]
        whole = [p for p in periods if p.first is not None and p.first[1] == 1 and p.last[1] == 12
                 and p.first[0] == p.last[0] == last.last[0]
                 and self.doc_date is not None and p.last[0] < self.doc_date.year]
        return whole[0] if whole else last

    def _ctx(self) -> TimeContext:
        reported = self.report_period.last[0] if self.report_period is not None else None
        line = self.line_period
        if line is not None and line.first is not None and line.first[0] == line.last[0] \
                and (line.first[1], line.last[1]) == (1, 12) and not line.plan and not line.future_by:
            # ('In 2018, the zone handled ... The fixed-asset investment of the whole year was 980 million yuan.' in a
            # bulletin on the first quarter of 2019: the year the paragraph is on)
            reported = line.first[0]
        if self.report_year is not None:
            return TimeContext(self.report_year, 12, reported)
        if self.doc_date is not None:
            return TimeContext(self.doc_date.year, self.doc_date.month, reported)
        return TimeContext(self.latest_year, None, reported)

    def _entity_at(self, offset: int, sentence: Sentence) -> int | None:
        """The entity a number at ``offset`` is about: named before it in the sentence, else carried."""
        inside = [m for m in self._mentions_between(sentence.start, offset)
                  if not self._where(m) and not self._listed_part(m, sentence, offset)]
        if len(inside) >= 2 and not inside[-1].explicit and inside[-2].explicit and (
                (_APPOSITIVE_OWNER.fullmatch(self.text, inside[-2].end, inside[-1].start)
                 and self.text.startswith(("'s", "’s"), inside[-1].end))
                or _IN_THE_ZONE.fullmatch(self.text, inside[-2].end, inside[-1].start)):
            # "Qilu Software Park, the zone's flagship park, posted ...", "The Anshan Laser Industrial Park
            # in the zone realized ...": the park's figure
            inside.pop()
        while inside and _COUNTED_IN_BEFORE.search(self.text, max(sentence.start, inside[-1].start - 40),
                                                             inside[-1].start) \
                and ("as well as" in self.text[inside[-1].end: offset]
                     # ('..., 104 of them in the east park, and 58 national high-tech enterprises')
                     or _AND_THEN_A_FIGURE.fullmatch(self.text, inside[-1].end, offset)):
            inside.pop()  # ('..., 61 of them in the eastern section and 36 in the western, as well as 38 national
            # high-tech enterprises': the sentence's subject again after the parts its count was shared among)
        if len(inside) >= 2 and ("--" in sentence.text or "—" in sentence.text):
            # ('the park -- still called the Qiquanhu Coal Chemical Park by many people in Gaochang District -- has a
            # planned area of ...': what an aside between dashes names is not the subject whose figure follows)
            for dashed in _DASHED_ASIDE.finditer(self.text, sentence.start, offset):
                if inside[0].end <= dashed.start():
                    inside = [m for m in inside if not dashed.start() <= m.start < dashed.end()]
        while len(inside) >= 2 and _ASIDE_BEFORE.search(self.text, inside[-2].end, inside[-1].start) \
                and "," in self.text[inside[-1].end: offset]:
            inside.pop()  # 'Ningbo ETDZ, which is administered together with Beilun District, reported GDP of ...'
        while len(inside) >= 2 and _SHARE_OF.search(self.text, max(sentence.start, inside[-1].start - 80),
                                                    inside[-1].start) is not None:
            # ('the Liugu Economic Development Zone realized output value ... of 13.52 billion yuan, accounting for
            # 71.2 percent of the county's total; operating revenue of 14.08 billion yuan': the whole a share is of)
            inside.pop()
        if inside and not inside[-1].explicit and self._in_industry_aside(
                inside, sentence, offset, _WIDER_OR_DISTRICT if _RELATIVE_SUBJECT_BEFORE.search(
                    self.text, max(sentence.start, inside[-1].start - 12), inside[-1].start) else None):
            # ('Tea and mountain food processing, a characteristic industry built on the county's 200,000 mu of tea
            # gardens, reached output value of ...': the county named in what the industry is built on)
            # (and the subject of a relative clause, the district's too: 'Lithium batteries, which the district calls
            # its second pillar, produced output of ...')
            inside.pop()
        if inside and not inside[-1].explicit and (
                self.text.startswith(("It ", "it "), sentence.start)
                # (or the zone the sentence opens with: 'Xinjin Dengshuang Industrial Park, founded in 2006 in the south
                # of Xinjin District, is the district's main carrier of manufacturing, with a planned area of ...')
                or (inside[0].explicit and self.clusters[inside[0].cluster].type_class != "district"
                    and _OPENS_WITH.fullmatch(self.text, sentence.start, inside[0].start) is not None)) \
                and self.text.startswith(("'s", "’s"), inside[-1].end) \
                and _PREDICATE_BEFORE.search(self.text, max(sentence.start, inside[-1].start - 20),
                                             inside[-1].start) is not None:
            # ('It is the district's main industrial platform, with a planned area of 11.4 square kilometers': 'It',
            # the area talked about, is the subject; the district owns what it is called)
            owner = inside.pop().cluster
            # (nor is the district where the subject lies, named in its aside)
            inside = [m for m in inside if m.cluster != owner or m is inside[0]]
        found = inside[-1].cluster if inside else self.current if self.current is not None else self.primary
        if not inside and self.primary is not None and found != self.primary and self.clusters[found].part \
                and any(self._part_s_share(m, sentence) for m in self._mentions_between(offset, sentence.end)):
            # ('Tax revenue was 2.14 billion yuan; the coking park still paid 1.57 billion yuan of it.' after a
            # sentence on another part: the total a part's share is then given of is the whole's)
            found = self.primary
        if inside and inside[-1].explicit and _HOST_NAME.search(self.clusters[found].name) and (
                self.text.startswith(("'s", "’s"), inside[-1].end)
                or self.text.endswith(("Across ", "across "), 0, inside[-1].start)):
            # a county or city named once is folded into the page's zone as one of its areas, except as the owner
            # of the figure: 'Cangnan County's GDP grew 6.6 percent', 'Across Wengyuan County, GDP grew ...'
            return found
        return self.folded.get(found, found)

    def _part_s_share(self, mention, s: Sentence) -> bool:
        """A part of the zone named for its share of a total just given ('Industrial investment totaled 5.82 billion
        yuan, of which the new materials park completed 3.96 billion yuan', 'Tax revenue was 2.14 billion yuan; the
        coking park still paid 1.57 billion yuan of it'): named in passing, the next sentences are the whole's again."""
        if not self.clusters[mention.cluster].part:
            return False
        if _PART_S_SHARE_BEFORE.search(self.text, max(s.start, mention.start - 20), mention.start):
            return True
        if _SHARE_S_PART_BEFORE.search(self.text, max(s.start, mention.start - 80), mention.start):
            return True  # '..., of which 2.08 billion yuan was invested in the west park'
        stop = min((i for i in (self.text.find(mark, mention.end, s.end) for mark in ",;") if i >= 0), default=s.end)
        return _OF_IT_AFTER.search(self.text, mention.end, stop) is not None

    def _host_owning_a_figure(self, mention) -> bool:
        """The page's zone's host named as the owner of a figure: 'In 2020, Chuanying District's GDP grew 2.3%' on a
        page about the Chuanying Industrial Park, after the park is named, compares the district in passing; the next
        sentences are the park's. (Named before the park, as the lead of a district's own work report, it is the
        subject.)"""
        return self.primary is not None and mention.cluster != self.primary \
            and self.clusters[self.primary].type_class != "district" \
            and self.text.startswith(("'s", "’s"), mention.end) \
            and any(m.cluster == self.primary and m.explicit for m in self._mentions_between(0, mention.start))

    def _owner_after_subject(self, mention, inside: list, s: Sentence) -> bool:
        """A city, county or district referred to as an owner after the area the sentence names: 'The Fenyang ETDZ
        ... remained the largest taxpayer among the city's zones.' (the city owns a noun of the predicate; the next
        sentence's 'Its' is still the zone's), or after the 'It' that refers to it: 'It is the district's main
        industrial platform, with a planned area of ...'."""
        if mention.explicit or not self.text.startswith(("'s", "’s"), mention.end) \
                or self.clusters[mention.cluster].type_class != "district":
            return False  # ('Data released by Dianjun District show that the park's output ...': the park's own)
        if self.text.startswith(("It ", "Its "), s.start):
            return self.current is not None and self.current != mention.cluster
        subject = next((m for m in inside if m.explicit), None)
        return subject is not None and subject.end <= mention.start and subject.cluster != mention.cluster

    def _in_an_aside(self, mention, inside: list) -> bool:
        """A place referred to ('the county') in an aside after the zone the sentence names: 'The Huzhen Industrial
        Park, our main platform for manufacturing in the south of the county, realized ...' (not what the next
        sentence's 'Its' is)."""
        if mention.explicit:
            return False
        before = [m for m in inside if m.explicit and m.end <= mention.start]
        return bool(before) and _ASIDE_BEFORE.search(self.text, before[-1].end, mention.start) is not None

    def _in_industry_aside(self, inside: list, sentence: Sentence, offset: int, wider=None) -> bool:
        """The last area named stands in an aside between commas after the industry that opens the sentence,
        with no area named before the aside (an area ``wider`` names, the county's or the city's by default)."""
        comma = self.text.find(",", sentence.start, inside[-1].start)
        return comma >= 0 and inside[0].start > comma and self.text.find(",", inside[-1].end, offset) >= 0 \
            and (wider or _WIDER_WORD).fullmatch(self.text, inside[-1].start, inside[-1].end) is not None \
            and F.industry_opening(self.text[sentence.start: offset]) is not None

    def _named_after(self, end: int, s: Sentence) -> int | None:
        """The zone named right after a figure, when the figure is said to be its: 'Fixed-asset
        investment rose 8.2 percent in Dongli EDZ and 15.3 percent in Jinnan EDZ'."""
        joint = _FIGURE_IN.match(self.text, end, s.end)
        if joint is None:
            return None
        named = self._mentions_between(joint.end(), joint.end() + 1)
        if not named or not named[0].explicit or self.clusters[named[0].cluster].type_class == "district":
            return None
        return named[0].cluster

    def _referred_after(self, end: int, s: Sentence) -> int | None:
        """The area 'the county' or 'the zone' right after a figure refers to, when the figure is said to be
        its: '9.7 billion yuan for the county and 6.15 billion yuan for the zone' (a county included: it is
        named as the figure's, not in passing)."""
        referred = _FOR_THE.match(self.text, end, s.end)
        named = self._mentions_between(referred.end(), referred.end() + 1) if referred else []
        return named[0].cluster if named and not named[0].explicit else None

    def _wider_area(self, clause: str, at: int) -> bool:
        """The clause before a figure at ``at`` names a city or province as its subject, and no zone.

        A place named in an aside is not the subject: 'The island, which sits across a channel
        from Macau's Cotai Strip, recorded GDP of ...'.
        """
        if not _MAY_NAME_A_WIDER_AREA.search(clause):
            return False
        if F.industry_opening(clause) is not None:
            return False  # 'Grain and oil processing, a characteristic industry built on the county's corn, ...'
        unasided = F.ASIDE.sub(",", clause)
        if _OWN_CLAUSE_OPENS.match(unasided.rsplit(",", 1)[-1]) and "," in unasided:
            return False  # "The base, one of ... to anchor the country's refining expansion, has ...": the
            # place is named in what comes between the subject and its verb
        wider = _WIDER_AREA.search(unasided)
        if wider is not None and _ZONE_BEFORE.search(unasided, 0, wider.start()):
            return False  # 'The provincial-level zone in Shandong province now has 98 ...': where the zone lies
        # an area named in the clause makes the figure that area's, unless it is a district named once in
        # passing, which the reader folds into the zone ('Rudong county's GDP' on a page about its zone)
        # ('Gao'an City's GDP': the place its zone is named by, with the word that makes it the city)
        named = [m for m in self._mentions_between(at - len(clause), at)
                 if m.cluster not in self.folded and not _ADMIN_AFTER.match(self.text, m.end)]
        return wider is not None and not named and not self._zone_place(wider.group())

    def _listed_part(self, mention, sentence: Sentence, offset: int | None = None) -> bool:
        """'X consists of the Yaogu Industrial Park, ..., with a total planned area of 44.5 km2': a part
        listed in the sentence is not what its figures are about, except a figure at ``offset`` in the clause that
        describes it ('... two parts: the Qutang Central Park, which covers 6.3 square kilometers, and ...')."""
        return self.clusters[mention.cluster].part and \
            _PARTS_CUE.search(self.text, sentence.start, mention.start) is not None and not (
                offset is not None and _ITS_OWN_CLAUSE.fullmatch(self.text, mention.end, offset) is not None)

    def _where(self, mention) -> bool:
        """'..., located within the Harbin Area, ...': where the subject lies, not the subject; nor is what it is
        compared with ('1.6 percentage points higher than the county average')."""
        return _LOCATED_IN.search(self.text, max(0, mention.start - 48), mention.start) is not None \
            or _LOCATED_IN_A_TOWN_OF.search(self.text, max(0, mention.start - 70), mention.start) is not None \
            or _COMPARED_WITH_IT.search(self.text, max(0, mention.start - 24), mention.start) is not None \
            or _SOURCE_OF_IT.search(self.text, max(0, mention.start - 40), mention.start) is not None \
            or _PART_OF_IT.search(self.text, max(0, mention.start - 40), mention.start) is not None \
            or (mention.explicit and self.clusters[mention.cluster].type_class == "district"
                and _PRODUCT_FROM.search(self.text, max(0, mention.start - 40), mention.start) is not None) \
            or (self.clusters[mention.cluster].type_class == "district"
                and _ADDRESS_AFTER.match(self.text, mention.end) is not None
                and _ADDRESS_BEFORE.search(self.text, max(0, mention.start - 8), mention.start) is not None) \
            or self._on_a_place_label(mention) \
            or (self.clusters[mention.cluster].type_class == "district"  # ('The park, set up in 2010 on 12.6 square
                and self.text.startswith(",", mention.end)  # kilometers of ... land in Zhenhai District, reported ...':
                and _SET_UP_IN_ASIDE.search(self.text, max(0, mention.start - 160), mention.start) is not None) \
            or (self.clusters[mention.cluster].type_class == "district"  # (where it was founded, in its predicate)
                and _FOUNDED_IN_A_PLACE.search(self.text, max(0, mention.start - 200), mention.start) is not None) \
            or (self.clusters[mention.cluster].type_class == "district"  # ('..., is one of the oldest development
                and _RANKED_AMONG_ZONES_IN.search(  # zones in our district.': where the zones it is ranked among lie)
                    self.text, max(0, mention.start - 100), mention.start) is not None) \
            or (self.clusters[mention.cluster].type_class == "district"  # (whom it answers to, no subject)
                and _ITS_PEOPLE.search(self.text, max(0, mention.start - 30), mention.start) is not None) \
            or (self.clusters[mention.cluster].type_class == "district"  # 'Yaqian Industrial Park (Xiaoshan District)'
                and _IN_BRACKETS_AFTER_A_NAME.search(self.text, max(0, mention.start - 40),
                                                     mention.start) is not None) \
            or (self.clusters[mention.cluster].type_class == "district"  # '... on the outskirts of Kunming, in
                and ((self.text.endswith((", in ", ", within "), 0, mention.start)  # Guandu District.': where it
                      and _CLAUSE_ENDS.match(self.text, mention.end) is not None)  # lies
                     # ('... covers 2.21 sq km in the Shuangfu area of Jiangjin district.', not '... in the north of the
                     # county, which has a total area of 268 square kilometers')
                     or (_IN_PART_OF.search(self.text, max(0, mention.start - 50), mention.start) is not None
                         and _SENTENCE_PART_ENDS.match(self.text, mention.end) is not None)))

    def _on_a_place_label(self, mention) -> bool:
        """'Location: Xiaopu Town, Changxing County, Huzhou': an address, of any area it names (a district, or a new
        area the zone lies in: 'Location ........ Yaodian Sub-district, Qinhan New City,' over the rest of the
        address set in under it, '                    Xixian New Area, Xianyang, Shaanxi')."""
        line = self.text.rfind("\n", 0, mention.start) + 1
        if _PLACE_LABEL.match(self.text, line, mention.start) is not None:
            return True
        if line < 2 or not _SET_IN_FAR.match(self.text, line, mention.start + 1):
            return False
        above = self.text.rfind("\n", 0, line - 1) + 1
        return _PLACE_LABEL.match(self.text, above, line - 1) is not None

    def _zone_named(self, start: int, end: int) -> bool:
        """An area is named, by name or as 'the zone', between ``start`` and ``end``."""
        return bool(self._mentions_between(start, end)) or _THE_ZONE.search(self.text, start, end) is not None

    def _in_passing(self, mention, s: Sentence) -> bool:
        """A name that sets the scene or owns the subject (``_SCENE_SETTING``, ``_OWNS_A_PART``)."""
        return (mention.cluster != self.primary and (
            _SCENE_SETTING.search(self.text, s.start, mention.start) is not None
            or _OWNS_A_PART.match(self.text, mention.end) is not None
            # 'The park, set up in 2010, is the county's main industrial platform': the owner of what the subject is
            or (self.text.startswith(("'s", "’s"), mention.end)
                and self.clusters[mention.cluster].type_class == "district"
                and (_PREDICATE_BEFORE.search(self.text, max(s.start, mention.start - 20), mention.start) is not None
                     # ('Wangmo Industrial Park is where many of the county's relocated families work': 'the
                     # county's' with no figure of its own after the zone that is the subject)
                     or (not mention.explicit and not _DIGIT.search(self.text, mention.end, s.end)))
                and any(o.cluster != mention.cluster for o in self._mentions_between(s.start, mention.start)))
            # ('Zhejiang Tianrui Power ... ranked 12th on the county's list of top taxpayers.': the county's, with no
            # figure of its own after it, in a sentence about a firm; '..., according to the county statistics
            # bureau': the source of a figure)
            or (not mention.explicit and self.clusters[mention.cluster].type_class == "district"
                and ((self.text.startswith(("'s", "’s"), mention.end) and not _DIGIT.search(self.text, mention.end,
                                                                                              s.end))
                     or _SOURCE_BEFORE.search(self.text, max(s.start, mention.start - 30), mention.start) is not None))
            # ('Chongqing Hechuan Industrial Park, the municipal-level industrial park of Hechuan district, ...': the
            # owner named in the subject's aside)
            or (self.clusters[mention.cluster].type_class == "district"
                and _PART_OF_BEFORE.search(self.text, max(s.start, mention.start - 30), mention.start) is not None
                # (or after the pronoun that stands for it: 'It is the main receiving platform of Jiange County for
                # industries moving in')
                and (any(o.cluster != mention.cluster for o in self._mentions_between(s.start, mention.start))
                     or _IT_IS_OPENS.match(s.text) is not None)))) \
            or _SHARE_OF.search(self.text, max(s.start, mention.start - 80), mention.start) is not None \
            or ("among" in self.sentence_fold
                and _RANKED_AMONG.search(self.text, max(s.start, mention.start - 80), mention.start) is not None) \
            or (" than " in self.sentence_fold
                and _COMPARED_TO_BEFORE.search(self.text, max(s.start, mention.start - 60), mention.start) is not None)\
            or (" the average" in self.sentence_fold
                and _ABOVE_THE_AVERAGE.search(self.text, max(s.start, mention.start - 60), mention.start) is not None)\
            or (" by " in self.sentence_fold and self.clusters[mention.cluster].type_class == "district"
                and _SET_UP_BY.search(self.text, max(s.start, mention.start - 40), mention.start) is not None)\
            or (" to " in self.sentence_fold and self.clusters[mention.cluster].type_class == "district"
                and _GOES_TO_BEFORE.search(self.text, max(s.start, mention.start - 30), mention.start) is not None)\
            or (not mention.explicit and self.clusters[mention.cluster].type_class == "district"
                and _CAUSE_AFTER_A_FIGURE.search(self.text, max(s.start, mention.start - 120),
                                                 mention.start) is not None)
        # (a place in what drove a figure, after it: '..., an increase of 1.2 times, driven by the relocation of a loom
        # factory from the town centre')
        # (the whole a share is of, the page's publisher too: '..., accounting for 56% of the district's total')
        # (the field a rank is in: '..., ranking third among the town-level parks of Jinjiang')

    def _first_in_prose(self, cluster: int) -> int:
        """Where the text's prose first names an area: the publisher's line and the title above it ('Tianshui Maiji
        District People's Government') do not say which area the page introduces first."""
        if self.prose_start is None:
            found = PROSE_LINE.search(self.text)
            self.prose_start = found.start() if found else 0
        return next((m.start for m in self._mentions_between(self.prose_start, len(self.text)) if m.cluster == cluster),
                    len(self.text))

    def _mentions_between(self, start: int, end: int) -> list:
        return self.mentions[bisect_left(self.mention_starts, start): bisect_left(self.mention_starts, end)]

    def _question_line(self, s: Sentence) -> str | None:
        """The question an answer's opening sentences reply to: the line before the sentence's, when it ends with a
        question mark and the sentence is the first or second of its line (after 'That's right.')."""
        start = self._line_start(s)
        if self.text.count(".", start, s.start) > 1 or start < 2:
            return None
        end = start - 1
        while end > 0 and self.text[end - 1] in "\r\n \t":
            end -= 1
        line = self.text[self.text.rfind("\n", 0, end) + 1: end]
        return line if line.rstrip(" \"”'").endswith(("?", "？")) else None

    def _line_start(self, s: Sentence) -> int:
        """Where the sentence's line begins (a line may hold several sentences)."""
        return self.text.rfind("\n", 0, s.start) + 1

    def _ranked_items(self, s: Sentence) -> None:
        """A list of zones under a caption that names their measure: 'The top 10 (operating revenue in 2023,
        year-on-year change):' over '1. Yunnan Zhanyi Industrial Park (Qujing) - 86.4 billion yuan, +12.6%'. Each
        item is its zone's figure of that measure; the list ends at a line that is no numbered item."""
        self.ranked_line = s.line_no
        line_start = self._line_start(s)
        end = self.text.find("\n", line_start)
        line = self.text[line_start: end if end >= 0 else len(self.text)]
        if self.ranked is not None and s.line_no - self.ranked[1] <= 2 and _NUMBERED_ZONE_ITEM.match(line):
            self.ranked = (self.ranked[0], s.line_no)
        elif len(line) < 120 and line.rstrip().endswith((":", "：")) and _RANKED_CAPTION.search(line) \
                and (metric := F.money_metric(line, "")) is not None:
            self.ranked = (metric, s.line_no)
        else:
            self.ranked = None

    def _in_list_item(self, s: Sentence) -> bool:
        """The sentence is on a list item's line ('1. GDP growth of about 6.5 percent;' is read as '1.' and
        the item, and the item alone does not start like one)."""
        return _LIST_ITEM.match(self.text, self._line_start(s)) is not None

    def _indicator_lines(self, s: Sentence, periods: list[Period], ctx: TimeContext) -> list[Period]:
        """Note an indicator's name on a line of its own; on a line under it that opens with a period
        ('  October: 24.37, up 6.2%', '  January-October: up 4.6%'), that period and the indicator.

        A statistics office's monthly release sets its figures out so: the name once, then the month's
        figure and the year-to-date one on lines of their own. Any other line ends the indicator.
        """
        line_start = self._line_start(s)
        if s.line_no != self.item_line:  # the line's first sentence: what the line is, once
            self.item_line, self.item = s.line_no, None
            end = self.text.find("\n", line_start)
            line = self.text[line_start: end if end >= 0 else len(self.text)]
            item = _PERIOD_ITEM.match(line) if self.indicator is not None else None
            near = item is not None and s.line_no - self.indicator[2] <= 4
            when = column_period(item.group("label"), ctx) if near else None
            if when is None and near and _SO_FAR_LABEL.fullmatch(item.group("label")):
                # 'Cumulative: 6.48 billion yuan, +23.7%' under the indicator: the stretch the page reports on
                self.item = (self.indicator[0], self.indicator[1], None)
                self.indicator = (*self.indicator[:2], s.line_no)
            elif when is not None:
                label = Period(line_start + item.start("label"), line_start + item.end("label"), *when)
                self.item = (self.indicator[0], self.indicator[1], label)
                self.indicator = (*self.indicator[:2], s.line_no)  # the next line may give another period
            else:
                self.indicator = None
                # (a unit in brackets may hold digits: 'Actually utilized foreign capital (USD 10,000)')
                if line[:1].strip() and len(line) < 100 and not _DIGIT.search(_BRACKETS.sub("", line)) \
                        and not is_boilerplate(line) \
                        and (metric := F.money_metric(line, "")) is not None:
                    self.indicator = (metric, F.unit_in_label(line), s.line_no)
                elif (own := _LABEL_AND_FIGURE.match(line)) is not None \
                        and ((metric := F.money_metric(own.group("label"), "")) is not None
                             or (metric := F.money_metric(line, "")) is not None):
                    # '▶ Operating revenue: 11.43 billion yuan, +12.1%' over '   · Q1: 5.06 billion yuan, +8.9%'
                    # ('▶ Newly signed projects: 31, contracted investment 6.85 billion yuan': the measure named last)
                    self.indicator = (metric, F.unit_in_label(own.group("label")), s.line_no)
        self.item_metric = self.item[0] if self.item is not None else None
        if s.line_no != self.ranked_line:
            self._ranked_items(s)
        if self.item_metric is None and self.ranked is not None and self.ranked[1] == s.line_no:
            self.item_metric = self.ranked[0]  # '1. Yunnan Zhanyi Industrial Park (Qujing) - 86.4 billion yuan'
        if self.item is None or self.item[2] is None \
                or any(p.first == self.item[2].first and p.last == self.item[2].last for p in periods):
            return periods
        return [self.item[2], *periods]

    # -- reading -------------------------------------------------------------------------
    def new_item(self, date: DocDate) -> None:
        """A digest's next item, an article of its own: its date is the document's, and no period it did not
        state carries into it."""
        self.doc_date = date
        self.item_dated = True
        self.report_period = None
        self.period_rows = None  # (line, measure, unit, year) of the last row of a measure's figures by stretch
        self.heading_period = None

    def _numbering(self, start: int) -> str | None:
        """How the line at ``start`` is numbered: 'roman' ('II.'), 'arabic' ('1.'), 'bracket' ('(1)'), 'chinese'
        ('一、'), or None."""
        numbered = _NUMBERED_LINE.match(self.text, start)
        if numbered is None:
            return None
        mark = numbered.group().lstrip()[:1]
        return "roman" if mark in "IVX" else "arabic" if mark.isdigit() else "bracket" if mark in "(（" else "chinese"

    def _peer_heading(self, s: Sentence) -> bool:
        """A heading in capitals, as the one that dated the lines before it was: the next section's
        ('LAND' after 'ENTERPRISES (end of year)'), not a caption under it."""
        if self.heading_capitals and _IN_CAPITALS.fullmatch(self.original, s.start, s.end) is not None:
            return True
        # ('4. Business community' after '3. Economy at a glance (2018)': the next numbered section, which names no
        # year of its own)
        # (not a section numbered another way, one under it: '1. Main targets' under 'II. Work plan for 2023')
        if not self.heading_numbered or self._numbering(start := self._line_start(s)) != self.heading_numbered:
            return False
        end = self.text.find("\n", start)
        return _A_YEAR_NAMED.search(self.text, start, len(self.text) if end < 0 else end) is None

    def read(self, s: Sentence) -> None:
        if s.line_no == self.line_no + 1 and self.heading_line == self.line_no and self.spaced is None \
                and _UNDERLINE.fullmatch(s.text):
            # ('🎯 2025 GOALS' over '━━━━━━━━━━' over its items): a rule under a line is part of it, no heading of
            # its own to end what the line heads
            self.line_no = s.line_no
            return
        if s.line_no != self.line_no:
            if s.line_no > self.line_no + 1 and not (s.table_header or is_table_row(s.text)) \
                    and (not s.heading or self._peer_heading(s)):
                self.heading_period = None  # a blank line ends what a heading labels, unless a table follows it
                # (or a heading under it: but a heading set like it, 'LAND' after 'ENTERPRISES (end of year)', is
                # the next section's)
                # ... but not a section of goals ('II. Main Expected Targets', then its numbered items, or the
                # paragraph right under it: 'Regional GDP growth about 6%; ...')
                self.heading_target = self.heading_target and (self._in_list_item(s)
                                                               or self.line_no == self.heading_line)
            if s.line_no > self.line_no + 1:
                self.section_industry = None  # a blank line ends an industry's section
            self.line_no = s.line_no
            self.line_period = None
        folded = self.sentence_fold = fold(s.text)
        self.sentence_line = s.line_no
        if s.text.startswith(("(", "（")) and (note := _COUNTS_AS_OF_NOTE.fullmatch(s.text)) is not None:
            self._counts_dated_by_a_note_below(s, int(note.group("y")))
            return
        charted = None  # the years of a chart of two years this line heads
        if "->" in s.text or "→" in s.text:
            header = _ARROW_GOAL_HEADER.search(s.text)
            if header is not None:
                year = int(header.group("year")) if header.group("year") else \
                    self.doc_date.year if self.doc_date is not None else None
                self.arrow_goal = Period(s.start, s.start, (year, 1), (year, 12)) if year else None
                done = _RESULT_YEAR.search(s.text, 0, header.start())
                self.arrow_result = Period(s.start, s.start, (int(done.group(1)), 1), (int(done.group(1)), 12)) \
                    if done else None
                # ('2020 base → 2022 result → 2025 goal': a third column, the base, before the result)
                base = _BASE_YEAR.search(s.text, 0, done.start()) if done else None
                self.arrow_base = Period(s.start, s.start, (int(base.group(1)), 1), (int(base.group(1)), 12)) \
                    if base else None
            elif (years := _ARROW_YEARS.search(s.text)) is not None \
                    and not _DIGIT.search(s.text[:years.start()] + s.text[years.end():]):
                # a chart of two years, a line per measure ('Tax revenue: RMB 1.52 bn -> RMB 1.49 bn') under
                # '2019 -> 2020' (or 'Read each line as "2019 -> 2020"'): the left figure the first year's, the right
                # the second's
                self.arrow_years = charted = (int(years.group(1)), int(years.group(2)))
        elif self.arrow_goal is not None and len(s.text) > 80:
            self.arrow_goal = None  # prose ends the chart
        if self.arrow_years is not None and len(s.text) > 80 and not charted:
            self.arrow_years = None  # ... as it ends a chart of two years
        if self.plan_line != s.line_no and (s.start == 0 or self.text[s.start - 1] == "\n") \
                and _PLAN_LABEL.match(s.text) is not None:
            self.plan_line = s.line_no  # ('Next steps: ... First, start the 16 remaining projects ... and achieve
            # fixed-asset investment growth of 15% for the whole year': each of its figures is a goal)
        target_cue = self.plan_line == s.line_no or _TARGET_CUE.search(s.text, folded) is not None
        if target_cue and _GOAL_MET.search(s.text):  # '..., completing 101.3% of the adjusted annual target': a
            target_cue = _TARGET_CUE.search(_GOAL_MET.sub(" ", s.text), folded) is not None  # goal met, none set
        ctx = self._ctx()
        # ('It is expected that the park will complete output value of 8.92 billion yuan for the year' in a review of
        # 2024 given in January 2025: the year just ended, estimated before its final figures)
        # (and the estimate right after one, naming no year: 'The added value of industries above designated size is
        # expected to grow 9.6%' after 'It is estimated that in 2019 the whole zone will realize ...')
        follows = self.estimate_at >= 0 and self.estimate_line == s.line_no \
            and _ESTIMATE.search(s.text) is not None and not _A_YEAR_NAMED.search(s.text)
        self.estimate_at = s.start if target_cue and self.doc_date is not None and self.doc_date.month is not None \
            and self.doc_date.month <= 3 and ctx.reported_year == self.doc_date.year - 1 \
            and (follows or _estimates_the_year(s.text, self.doc_date.year - 1)) and not _AIM.search(s.text) else -1
        self.estimate_line = s.line_no if self.estimate_at >= 0 else -1
        if target_cue and self.estimate_at < 0:
            ctx = TimeContext(ctx.year, ctx.month, ahead=True)  # 'by the end of the year' in a plan is this year
        has_digit = _DIGIT.search(s.text) is not None  # asked by both tests below
        found = find_periods(s.text, s.start, ctx, folded) if has_digit or _may_state_a_period(s.text, folded) else []
        if len(found) >= 2 and (opens := _OPENS_WITH_A_YEAR.match(s.text)) is not None:
            found = self._stretches_of_the_year(found, s.start + opens.end("year"))
        periods = [p for p in found
                   # (no zone's figure is older than the first zones, of 1984: 'where Dianhong black tea was first
                   # made in 1939' is a story's year)
                   if p.last[0] >= _FIRST_ZONES
                   # ('..., turning positive for the first time this year; tax revenue was ...': no figure's period)
                   and not (self.text.endswith("first time ", max(s.start, p.start - 11), p.start)
                            and _THIS_YEAR.fullmatch(self.text, p.start, p.end))
                   and not (_COMPARISON_BASE.search(self.text[max(s.start, p.start - 50): p.start], folded)
                            # ('Over January and February combined, output came to ...': the stretch the sentence
                            # opens with)
                            and self.text[s.start: p.start].lower().strip() != "over"
                            # ('compared with 2020, when total industrial output value was 17.9 billion yuan': the
                            # year of the figure the when-clause gives; not 'a decrease of 8.8 percent from 2024,
                            # when two large solar thermal plants were built', which gives none)
                            and not (self.text.startswith(", when ", p.end)
                                     and _DIGIT.search(self.text, p.end, _clause_end(self.text, p.end + 7, s.end)))
                           # ('to attract $150 million over 2025-2027': a span a figure is over, no comparison)
                           and not (p.plan and _OVER_SPAN.search(self.text, max(s.start, p.start - 6), p.start)))
                   # (within the period's clause: 'The new year started well: in the first quarter of 2023 ...')
                   # ('... built on a strong 2021, when the zone's output ... grew 22.4 percent to 17.6 billion yuan':
                   # the year of the when-clause's figure)
                   and not (_NOT_REPORTING.search(self.text[max(s.start, p.start - 160,
                                                                self.text.rfind(":", s.start, p.start) + 1,
                                                                self.text.rfind(";", s.start, p.start) + 1): p.start],
                                                  folded)
                            and not self.text.startswith(", when ", p.end))
                   # ('In 2004 the zone was renamed the Yuanshi Yincun Industrial Park, and its total industrial output
                   # value topped 1 billion yuan for the first time': the event's year, and the figure's after it)
                   and not (_NOT_REPORTING_AFTER.match(self.text, p.end)
                            and not _AND_ITS_FIGURE.search(self.text, p.end, s.end))
                   # ('Final statistics for the first three quarters, published in November, put ...': when the
                   # figures came out)
                   and not _ISSUED_IN.search(self.text, max(s.start, p.start - 60), p.start)
                   and not _CAUSE.search(self.text[max(s.start, p.start - 140): p.start], folded)
                   # 'the industry the zone has been cultivating since 2021 produced ...': when it began, no period
                   and not _SINCE_YEAR.match(self.text, p.start)
                   # ('The annual target ... is 12 billion yuan, and 40.3% of it had been completed by the end of
                   # May': when the share of the goal was met, not the goal's time)
                   and not _SHARE_MET_BY.search(self.text, max(s.start, p.start - 80), p.start)
                   # ('New energy, which the park named a leading industry in 2023, turned out ...': an aside's date)
                   and not (_WHICH_BEFORE.search(self.text, s.start, p.start) and _ASIDE_CLOSES.match(self.text, p.end))
                   and not _EARLIER_CHANGE.search(self.text[max(s.start, p.start - 50): p.start], folded)
                   and not (self.text.startswith("of ", p.start) and _THAT.search(self.text, max(s.start, p.start - 6),
                                                                                 p.start))
                   # ('..., 2.1 times the 2020 figure': the base of a multiple)
                   and not _TIMES_THE.search(self.text, max(s.start, p.start - 40), p.start)
                   # '13.26 billion yuan (Q3: 4.91 billion yuan)': the label of the figure in brackets only
                   and not (_LABEL_OPENS.search(self.text, max(s.start, p.start - 3), p.start)
                            and _LABEL_CLOSES.match(self.text, p.end))]
        # a base's date ('rose from 98 in 2015 to 312'): not the sentence's period, but the figure's before it
        # (not the base of a multiple, which dates no figure: '..., 2.1 times the 2020 figure')
        self.set_aside = [p for p in found if p not in periods and not _TIMES_THE.search(
            self.text, max(s.start, p.start - 40), p.start)] if len(periods) < len(found) else []
        if self.doc_date is not None and self.doc_date.month is None and s.heading:
            # '2023 Government Work Report': the title's year dates the document, it is no period (another year is:
            # '2024 AT A GLANCE' in 'Investment Guide 2025')
            # (a year in figures: not 'This year is a key year for ...' opening a paragraph that ends with a colon)
            periods = [p for p in periods if p.start != s.start or not self.text[p.start: p.start + 4].isdigit()
                       or (p.first is not None and p.first[0] != self.doc_date.year)]
        elif self.doc_date is not None and s.heading and len(periods) == 1 \
                and periods[0].first == periods[0].last == (self.doc_date.year, self.doc_date.month) \
                and _PERIOD_ALONE.fullmatch(self.text, s.start, periods[0].start) \
                and _PERIOD_ALONE.fullmatch(self.text, periods[0].end, s.end):
            periods = []  # 'March 2026' on a line of its own under a report's title: its date, no month reported on
        periods = self._indicator_lines(s, periods, ctx)
        read_periods = periods  # ... and a span the text gave before, for this sentence's figures only
        if not periods and has_digit and (question := self._question_line(s)) is not None \
                and (alone := _ASKED_ALONE.search(question)) is not None:
            # ('Host: And November by itself?' over 'Chen Guoping: 520 million yuan of output, ...': the answer's
            # figures are of the stretch the question asked about on its own, not the report's)
            at = self.text.rfind(question, 0, s.start)
            asked = [p for p in find_periods(question, at, ctx) if p.end - at <= alone.start() and p.first == p.last]
            read_periods = asked[-1:] or read_periods
        if " same period " in folded and self.report_period is not None and self.report_period.first is not None \
                and (same := _SAME_PERIOD_OPENS.match(s.text)) is not None:
            # 'In the same period of 2020, the park's above-size output had fallen 6.8%' in a report on the first
            # half of 2021: that year's same stretch, for this sentence's figures (the report stays on its own)
            # ('In the same period of last year, the zone's imports and exports were 3.181 billion yuan')
            year, (_, first), (_, last) = int(same.group(1)) if same.group(1) else self.report_period.last[0] - 1, \
                self.report_period.first, self.report_period.last
            at = same.span(1) if same.group(1) else same.span()
            read_periods = [Period(s.start + at[0], s.start + at[1], (year, first), (year, last))] + [
                p for p in periods if p.start >= s.start + same.end()]
        elif " same period " in folded and self.report_period is not None and self.report_period.first is not None \
                and (same := _SAME_PERIOD_AFTER_A_CLAUSE.search(s.text)) is not None:
            # ('..., up 9.6 percent year on year; in the same period last year, the figure was 2.84 billion yuan': the
            # year before's same stretch, for the figures after it)
            # (the stretch of the clause before, else the one reported on: 'As of the end of October, the park had
            # realized ... 3.08 billion yuan, up 8.4 percent year on year; in the same period last year, ...')
            stretch = next((p for p in reversed(periods) if p.end <= s.start + same.start() and p.first is not None),
                           self.report_period)
            year, (_, first), (_, last) = stretch.last[0] - 1, stretch.first, stretch.last
            read_periods = sorted([p for p in periods if not same.start() <= p.start - s.start < same.end()] + [
                Period(s.start + same.start(), s.start + same.end(), (year, first), (year, last))],
                key=lambda p: p.start)
        elif " same period," in folded and self.report_period is not None and self.line_period is not None \
                and not target_cue and self.doc_date is not None and _ahead_of(self.line_period, self.doc_date) \
                and (same := _SAME_PERIOD_ALONE.match(s.text)) is not None:
            # ('For the whole year, the park strives to achieve ... In the same period, Liuyang City's general public
            # budget revenue grew 4.9%.' in a report on the first half: the stretch reported on, not the goal's year
            # that is not over)
            read_periods = [replace(self.report_period, start=s.start + same.start(1), end=s.start + same.end(1)),
                            *periods]
        spans = [p for p in periods if p.first is not None and p.first[0] < p.last[0]] if periods else ()
        if spans:
            self.last_span = spans[-1]
        elif self.last_span is not None and " years" in folded and not target_cue and not self.heading_target \
                and (years := _THE_N_YEARS.search(s.text)) is not None \
                and _count_word(years.group("n")) == self.last_span.last[0] - self.last_span.first[0] + 1:
            # 'Over the five years the zone completed industrial investment of ...' in a review of 2021-2025
            at = s.start + years.start()
            read_periods = sorted([*periods, replace(self.last_span, start=at, end=s.start + years.end())],
                                  key=lambda p: p.start)
        elif self.plan_span is not None and " years of" in folded \
                and (first := _FIRST_YEARS_OF_PLAN.search(s.text)) is not None and self.plan_span.first is not None \
                and 1 <= (n := _count_word(first.group("n")) or 0) <= self.plan_span.last[0] - self.plan_span.first[0]:
            # 'Fixed-asset investment in the first three years of the plan totaled ...': 2021-2023 of 2021-2025
            begun = self.plan_span.first[0]
            years = replace(self.plan_span, start=s.start + first.start(), end=s.start + first.end(), first=(begun, 1),
                            last=(begun + n - 1, 12))
            read_periods = sorted([*periods, years], key=lambda p: p.start)
        if not periods and found and _AT_FOUNDING.search(s.text) is not None \
                and (first := min(found, key=lambda p: p.last)).last[0] >= _FIRST_ZONES:
            # 'When the zone was set up in September 1993, it covered 2.8 square kilometers', 'Founded in 1992, the
            # zone started out with a planned area of 9.8 square kilometers': its figures then, for this sentence
            # only (the founding is no period the article reports on; of two dates, the first: 'Approved in May
            # 1992 and upgraded in February 2000, the zone started out with ...')
            read_periods = [first]
        if self.current is not None and self.primary is not None and self.current != self.primary \
                and self.clusters[self.current].part and not self.clusters[self.primary].part \
                and self._not_the_page_s_part(self.current) \
                and _PARAGRAPH_OPENS.search(self.text, max(0, s.start - 8), s.start):
            # ('The Port Area's cargo throughput ...' ending a paragraph, then 'Other indicators were steady. General
            # public budget revenue was ...': a new paragraph naming no area is about the whole again, not its part,
            # unless the page is about the part)
            self.current = self.primary
        elif self.current is not None and self.primary is not None and self.current != self.primary \
                and self.clusters[self.current].part and not self.clusters[self.primary].part \
                and _TOP_ITEM_AFTER_SUB_ITEM.search(self.text, max(0, s.start - 200), s.start):
            # ('   - the biopharmaceutical cluster: 1.37 billion yuan, up 27.9%' over '· Tax revenue: 812 million yuan':
            # a list back at its top level after a part's items set in under one is about the whole again)
            self.current = self.primary
        entity_before = self.current if self.current is not None else self.primary
        self._update_unit_context(s)
        if len(s.text) > 80:
            self.figure_unit = None
        pending, self.figure_alone = self.figure_alone, None
        # ('With the park's roads and heating network largely finished in 2020, spending on infrastructure dropped
        # sharply, ...': when what sets the scene was done dates no figure of the sentence, nor the sentences after)
        scene_done = {id(p) for p in periods if _DONE_WITH.search(self.text, max(s.start, p.start - 100), p.start)} \
            if "with " in folded else set()
        if scene_done:
            read_periods = [p for p in read_periods if id(p) not in scene_done]
        if "," in s.text and (";" in s.text or ", but " in s.text):
            # ('..., down 12.4 percent, because the largest project of 2022 was completed last year; of this,
            # investment in ... was 114.6 million yuan', '... fell 3.2% to 4.05 billion yuan after two large
            # supporting projects were completed in 2022, but industrial investment rose ...': the time of a reason
            # whose clause ends before the sentence does dates no figure after it)
            reasons = {id(p) for p in read_periods if (end := _clause_end(self.text, p.end, s.end)) < s.end
                       and self._in_a_reason_after_figures(s, p)
                       and not _figure_beyond_periods(self.text, p.end, end, periods)}
            read_periods = [p for p in read_periods if id(p) not in reasons] if reasons else read_periods
        self.sentence_periods = read_periods
        seed = self._captioned(*pending, s, read_periods) if pending and s.line_no == pending[1].line_no + 1 else None
        if seed is not None:
            self.caption_below = s.line_no
        grid = seed is None and (self.grid is not None or "  " in s.text) and self._grid_line(s, read_periods)
        # ('March:     24.1   (6.5%)' under 'Output value of industrial enterprises above designated size, 2025')
        period_row = seed is None and has_digit and not grid and ("  " in s.text or "|" in s.text) \
            and self._period_row(s)
        if seed is None and has_digit and not grid and not period_row:
            seed = self._figure_first(s, read_periods)  # '- 106.8 billion yuan: operating revenue, up 26.5 percent'
        if grid or period_row:
            pass  # a grid of tiles: measures named side by side, their figures on the lines under them
        elif seed is not None:  # '218 billion yuan' on the line above: this line is its caption
            self._read_numbers(s, read_periods, seed)
        elif has_digit and self._change_below(s):
            pass  # '↑ 10.7%' under a figure and its caption
        elif has_digit and self._change_over_caption(s, read_periods):
            pass  # '+22.7%' over 'Growth of industrial investment'
        elif has_digit and self._change_under_caption(s, read_periods):
            pass  # 'Fixed-asset investment' over '▲ 14.6%'
        elif has_digit and self._figure_line(s, read_periods):
            pass  # a figure on a line of its own, read with its caption
        elif (s.table_header or is_table_row(s.text)) and not (
                "|" in s.text and (_SPAN_SERIES.search(self.text, s.start, s.end)
                                   or _SERIES_TAIL.search(s.text) or _COUNTS_BARRED.fullmatch(s.text))):
            # (not a chart's caption over a span of years with its values set apart by bars, nor a chart's values each
            # after its year: read as prose, below)
            self._table_row(s, read_periods)
        elif ("  " in s.text or "\t" in s.text or self.spaced is not None) and self._spaced_row(s, read_periods):
            pass  # a row of a table whose columns are set apart by spaces
        elif _ACROSS_A_PLACE.match(s.text) and not self._mentions_between(s.start, s.end):
            pass  # 'Across Haikou, revenue of the core digital economy industries grew 20.3 percent': the city's
        elif has_digit or _may_state_a_number(s.text, folded):
            self._read_numbers(s, read_periods)
        self.previous = s
        # (an item's number is a sentence of its own: '1.' and 'Electronic information: printed circuit boards')
        item = _LIST_ITEM.match(s.text) is not None or (
            (line_start := self._line_start(s)) < s.start and _ITEM_NUMBER.fullmatch(self.text, line_start, s.start))
        if s.heading and not _ITEM_NUMBER.fullmatch(s.text):
            # (the items under 'Leading industries' are short lines too, and keep the role of the heading over them;
            # an item '- Emerging industries: new energy' gives its role to its own line only)
            if not item:
                self.listed_role = heading_role(s.text)
            elif (role := heading_role(s.text)) is not None and not _LABEL_WITH_CONTENT.search(s.text):
                self.listed_role = role  # '- Emerging industries' over items set in further
            section = _INDUSTRY_SECTION.fullmatch(s.text)
            named = F.industries_in_order(section.group("label")) if section else []
            if len(set(named)) == 1:
                self.section_industry = (named[0], s.line_no)
        listed = self.listed_role if item else None  # a list item under it
        self.industries.extend(industry_mentions(self.doc, self.text, s, self._entity_name_at, self.known_names,
                                                 listed))
        # carry state forward
        inside = self._mentions_between(s.start, s.end)
        # an area named once in passing is not what the next sentences are about, unless the
        # sentence opens with it: 'Guiyang ETDZ, an old industrial base, also grew. Its output ...'
        talked_about = [m for m in inside if (self.times_named[m.cluster] >= 2 or m.cluster == self.primary
                                              or _OPENS_WITH.fullmatch(self.text, s.start, m.start))
                        and not self._where(m) and not self._in_passing(m, s) and not self._listed_part(m, s)
                        and not self.clusters[m.cluster].container and not self._in_an_aside(m, inside)
                        and not self._owner_after_subject(m, inside, s)
                        # ('... recognised by the Jiangyan District Government': the area's office, an agent named in
                        # passing, not what the next lines are about)
                        and not _ITS_OFFICE_AFTER.match(self.text, m.end)
                        # ('... settled in the zone's eastern sub-park, where the county is cultivating a biomedicine
                        # industry.': the subject of a clause on where something lies, not of the next sentences)
                        and not self.text.endswith(", where ", s.start, m.start)
                        # ('..., and its share of the county total rose from 54.1 percent to 58.7 percent.': the whole
                        # a share is of, named in passing)
                        and not (_SHARE_OF_THE.search(self.text, max(s.start, m.start - 12), m.start)
                                 or _SHARE_OF.search(self.text, max(s.start, m.start - 80), m.start))
                        # ('Across Ningling County, output value above designated size grew 7.1 percent.': the county
                        # compared with in passing, not what the next sentences are about)
                        and not (m.explicit and self.clusters[m.cluster].type_class == "district"
                                 and (self.text.endswith(("Across ", "across "), 0, m.start)
                                      or self._host_owning_a_figure(m)
                                      # ('Wuqing District as a whole used 321 million US dollars ..., so we grew
                                      # faster than the district.': the wider area compared with)
                                      or self.text.startswith(" as a whole", m.end)))
                        # ('Food processing, built on the district's grapes and chestnuts, is a characteristic
                        # industry.': the district in what the industry is built on, not the next sentences' subject)
                        and (m.explicit or not self._in_industry_aside([x for x in inside if x.start <= m.start], s,
                                                                       s.end, _AREA_WORD))]
        if talked_about and self.text[self._line_start(s)] in " \t" \
                and (self.spaced is not None or _LABELLED_FIGURE_LINE.match(s.text) is not None):
            # ('  Of which: coal chemical park    1,912,500    6.1' set in under a row of a table, '    electronic
            # components cluster: 9.74 billion yuan, up 6.8%' under an item: the part's own line, the lines after it
            # the whole's again)
            talked_about = []
        if talked_about:
            self.current = talked_about[-1].cluster
            if len(talked_about) >= 2 and self.primary is not None \
                    and len({m.cluster for m in talked_about[-2:]} | {self.primary}) == 3 \
                    and self.clusters[self.primary].type_class != "district":
                # ('Xianxiang Park had 41 and Dingtang Park 27.': the zone's parts set side by side; the next sentence
                # is about the zone again, not the part named last)
                self.current = self.primary
            elif self.primary is not None and self.clusters[self.current].part \
                    and any(self._part_s_share(m, s) for m in inside):
                self.current = self.primary
        subject = inside[0].cluster if inside else entity_before
        if subject is not None:
            self.sentences_of.setdefault(subject, []).append(s.text)
        self.pending = None
        self.above_size_scope = _ABOVE_SIZE.search(s.text, folded) is not None
        # (a stretch under way at the document's date dates no line after it either; one wholly ahead of it may
        # date the goals that follow)
        # ('up 13.6 percent from 8.34 billion yuan in 2020', 'after a decline of 4.6 percent in 2020': a comparison's
        # base, the figure's own period, which neither carries nor is the one reported on)
        # (each form asked for only when the sentence has its words: most have none)
        bracket = "(" in s.text
        bases = {id(p) for p in periods if _FIGURE_BASE.search(self.text, max(s.start, p.start - 60), p.start)
                 # ('up from 19.45 billion yuan in 2022 and 17.08 billion yuan in 2021': the second base's year too)
                 or (" and " in s.text and " from " in folded
                     and _SECOND_BASE.search(self.text, max(s.start, p.start - 110), p.start))
                 # ('..., an increase of 9.4% over the previous year (19.77 billion yuan in 2017)': the base's figure
                 # and its year in brackets)
                 or (bracket and _FIGURE_IN_BRACKETS.search(self.text, max(s.start, p.start - 60), p.start)
                     and _CLOSING_BRACKET.match(self.text, p.end))}
        if bases or self.set_aside:
            # ('Compared with 13.62 billion yuan in 2020, the last year of the 13th Five-Year Plan, ...': the base year
            # named again in apposition)
            named_bases = [p for p in periods if id(p) in bases] + self.set_aside
            bases |= {id(q) for q in periods if any(_APPOSITIVE_PERIOD.fullmatch(self.text, p.end, q.start)
                                                    for p in named_bases if p.end <= q.start)}
        if periods and (_RECALLED_FIGURE.match(s.text) or _COMPARES_OPENING.match(s.text) or (
                (recalled := _MEASURE_IN_AN_EARLIER_YEAR.match(s.text)) is not None and self.report_period is not None
                and int(recalled.group("year")) < self.report_period.last[0])):
            # ('Output value reached 41.6 billion yuan in 2025. The figure stood at 23.5 billion yuan in 2020, ...':
            # the measure just given, in a year recalled, which the text does not go on to report on; 'That compares
            # with RMB 25.1bn for the whole of 2023.')
            bases |= {id(p) for p in periods}
        if ";" in s.text and periods:
            # ('..., an increase of 10.9%; in the first half of 2019 the figure was only 4.05 billion yuan.': the
            # measure just given, in a stretch recalled after a semicolon, which the text does not go on to report on)
            for recalled_clause in _RECALLED_CLAUSE.finditer(self.text, s.start, s.end):
                bases |= {id(p) for p in periods if recalled_clause.start() <= p.start < recalled_clause.end()}
        if "had" in folded and self.report_period is not None and self.report_period.last is not None:
            # ('In the first half of 2020, when ..., output above designated size had dropped 34.6 percent' in a report
            # on 2021: an earlier year recalled in the past perfect, for its own figure only)
            # ('Its total industrial output value, which had stood at 13.84 billion yuan in 2021, crossed ...': the
            # past perfect before the year too)
            bases |= {id(p) for p in periods if p.last is not None and p.last[0] < self.report_period.last[0]
                      and (_HAD_DONE.match(self.text, p.end, s.end) is not None
                           or _HAD_DONE_BEFORE.search(self.text, max(s.start, p.start - 60), p.start) is not None)}
        if "as of" in folded and (note := _DATA_AS_OF_NOTE.search(s.text)) is not None:
            # ('... 9 national high-tech enterprises. [Figures as of April 2021]': the date of the counts before it,
            # which reports on no stretch of the year and dates no figure after it)
            bases |= {id(p) for p in periods if s.start + note.start() <= p.start < s.start + note.end()}
        goals = {id(p) for p in periods if _GOAL_FOR.search(self.text, max(s.start, p.start - 30), p.start)
                 or _GOAL_AFTER_YEAR.match(self.text, p.end)}
        # ('up 9.1% on 2022, when it had been 38.16 billion yuan': a year recalled for the when-clause's figure, which
        # neither carries nor is the one reported on)
        # (nor does 'The 2024 figure has been revised to ...' or 'The full-year figure is expected to exceed ...': a
        # year named for one figure, which it refers back to)
        recalled = {id(p) for p in periods if (self.text.startswith(", when ", p.end)
                                               or ((self.text.startswith(("The ", "the "), p.start)
                                                    or self.text.endswith(("The ", "the "), s.start, p.start))
                                                   and _THE_YEAR_FIGURE.match(self.text, p.end)))
                    and p.first is not None and p.first[1] == 1 and p.last[1] == 12 and p.first[0] == p.last[0]}
        # ('Five years ago, in 2020, the figure was only 15.8 billion yuan.': a year recalled for its own figure; not
        # 'Ten years ago, the north bank was mostly wetland.', which sets the scene for the sentences after it)
        recalled |= {id(p) for p in (periods if " ago" in folded else ())
                     if (_YEARS_AGO.match(self.text, p.start)
                         or _YEARS_AGO_THEN.search(self.text, max(s.start, p.start - 30), p.start))
                     and _DIGIT.search(self.text, p.end, s.end)}
        # ('... has not only recovered from last year's shutdown but also pulled well ahead of 2019.': a year
        # compared with, not the one reported on)
        if " than " in folded or "ahead" in folded or "back to" in folded or "short" in folded \
                or "beyond" in folded or "surpass" in folded:
            recalled |= {id(p) for p in periods
                         if _YEAR_COMPARED_WITH.search(self.text, max(s.start, p.start - 40), p.start)}
        recalled |= scene_done
        if ("revised" in folded or "restated" in folded) and _REVISED.search(s.text):
            # ('The park's output value above designated size for 2019 has been revised to 18.66 billion yuan' in a
            # review of 2020: the year of a figure revised is recalled for it, the sentences after it are on 2020)
            recalled |= {id(p) for p in periods}
        # ('the main indicators of the zone turned from decline to growth in the second half': when a trend turned
        # within the stretch reported on, which goes on)
        turns = {id(p) for p in periods if _TURNED_IN.search(self.text, max(s.start, p.start - 60), p.start)} \
            if _TURN_WORDS.search(folded) else set()
        if ", but " in s.text and not _figure_beyond_periods(self.text, s.start, s.end, periods):
            # ('Orders were weak in the first quarter, but our parts makers carried us.' in an answer on the year: a
            # stretch the sentence moves past, with no figure of its own, is no stretch the figures after it are of)
            turns |= {id(p) for p in periods if _BUT_AFTER_PERIOD.match(self.text, p.end)}
        carried = [p for p in periods if not self._part_of_report(p, periods) and not self._under_way(p)
                   and id(p) not in goals and id(p) not in bases and id(p) not in recalled and id(p) not in turns]
        if carried and ("," in s.text or " after " in s.text or " when " in s.text):
            # ('..., a decrease of 8.4%, mainly because the project entered the final stage and its investment was
            # largely booked in 2022.': the time of a reason after the sentence's figures, with no figure after it,
            # is when something else happened, not the time of what follows)
            # (a figure in the reason's own clause is dated by it, not one after a semicolon: '..., because the
            # largest project of 2022 was completed last year; of this, investment in ... was 114.6 million yuan')
            carried = [p for p in carried if not self._in_a_reason_after_figures(s, p)
                       or _figure_beyond_periods(self.text, p.end, _clause_end(self.text, p.end, s.end), periods)]
        if carried and not (target_cue and _estimates_the_year(s.text)):
            # 'This year is the first year of the 14th Five-Year Plan': the year, not the plan, carries
            # (not an estimate's: 'It is expected that the whole year will reach 8.7 billion yuan. The tax revenue was
            # ...' goes on with the stretch reported on)
            self.line_period = self._latest_stretch([p for p in carried if not p.plan] or carried)
        elif not carried and self.line_period is not None and any(
                self._part_of_report(p, periods) and p.first is not None and p.first > self.line_period.last
                and id(p) not in goals for p in periods):
            # (not a goal's year: '..., above the plan's 700-million-yuan goal for 2025.' leaves the year reported on)
            # ('Last year we made RMB 32.4bn. For this year we expect ... We also want fixed-asset investment to exceed
            # RMB 5bn.' in a report on January-October: the year named last is the report's, not the one recalled)
            self.line_period = None
        # (not a paragraph's opening sentence, a heading only because the paragraph ends with a colon: 'Since the
        # beginning of this year, the park has ... economic indicators .... The details are as follows:')
        if periods and s.heading and id(periods[-1]) not in bases \
                and (len(s.text) < 150 or s.text.rstrip().endswith((":", "："))) \
                and (_LABEL_HEADING.search(s.text) or _TARGET_HEADING.search(s.text)
                                      or _PERIOD_ALONE.fullmatch(self.text, s.start, periods[0].start) is not None
                                      and _PERIOD_ALONE.fullmatch(self.text, periods[-1].end, s.end) is not None
                                      and len(periods) == 1 and not periods[0].point
                                      and not _DAY_DATE.search(self.text, periods[0].start, s.end)):
            # 'Key indicators (2022):' dates the lines under it, stocks included; so does 'Market entities
            # (end of August)' inside a report on January-September
            self.heading_period = periods[-1]
            self.heading_capitals = _IN_CAPITALS.fullmatch(self.original, s.start, s.end) is not None
            self.heading_numbered = self._numbering(self._line_start(s))
        # 'Targets for 2024': the lines under it are goals (a table's 'Annual target' column holds its own)
        # (nor does a header of a table set out with spaces: 'Indicator   Annual target   Jan-Jun   Completion')
        spaced_header = self.spaced is not None and self.spaced.get("line") == s.line_no
        # (a post's section header led by an emoji, '🎯 2025 TARGET', is a heading, not a list's item)
        # (nor is a section's number: '2. Main targets for 2024', a heading with no figure but a year)
        if s.heading and (not self._in_list_item(s) or _EMOJI_HEADING.fullmatch(s.text)
                          or (_SECTION_NUMBER.fullmatch(self.text, self._line_start(s), s.start)
                              and _NO_FIGURE_BUT_A_YEAR.fullmatch(s.text))) \
                and not (s.table_header or is_table_row(s.text) or spaced_header) \
                and not _LABELLED_FIGURE_LINE.match(s.text) and not F.UNIT_LINE.match(s.text):
            # (nor is a short line that gives a figure its label: 'Fixed-asset investment: RMB 4.5 billion' under
            # '2026 GOALS' is one of its goals; nor the unit under it, '(unit: 100 million yuan)')
            target = _TARGET_HEADING.search(s.text)
            goals_above = self.heading_target and self.heading_period is not None
            # (not a news headline that says goals were set or met: 'Yushan EDZ tops 2023 tasks, sets goals for
            # this year' over last year's results)
            self.heading_target = target is not None and not _HEADLINE_VERB.search(s.text, 0, target.start())
            if self.heading_target and not periods and not goals_above:
                self.heading_period = None  # ('【Annual targets】' after '【Half-year figures】': not the half's goals)
                # (but 'II. Work plan for 2023' over '1. Main targets' dates the goals under both)
            self.heading_line = s.line_no
            self.heading_end = s.end
            # (a zone's section whose heading names where it lies too: '2. Zoige Industrial Park (Zoige County, Aba
            # ... Prefecture, Sichuan)')
            named = {m.cluster for m in self._mentions_between(s.start, s.end)} \
                if _SECTION_NUMBER.match(self.text, self._line_start(s)) else set()
            if len(named) > 1:
                named = {i for i in named if self.clusters[i].type_class != "district"} or named
            if len(named) == 1:
                # (a numbered section's, not a title's, which may name two: 'Changshan and Kaihua zones hold steady')
                self.section_of = named.pop()
            # (not a heading within the section of a heading that named the area: 'Main indicators (unit: 10,000
            # yuan):' under 'II. Dengkou Bayangaole Industrial Park (score 88.9, third place)')
            if self.current is not None and self.primary is not None and self.current != self.primary \
                    and self.clusters[self.primary].type_class != "district" \
                    and self._first_in_prose(self.primary) < self._first_in_prose(self.current) \
                    and not self._mentions_between(s.start, s.end) and self.section_of != self.current \
                    and not _DIGIT.search(_YEARS_AND_NUMBERING.sub("", s.text)):
                # ('Xian'an District, the host district, has a resident population of about 420,000.' then 'II.
                # Industries': a section of the zone's page is about the zone again, not about the host or the
                # sub-park an aside before it named after the zone)
                self.current = self.primary
            elif self.host_page and self.current is not None and self.current != self.primary \
                    and not self._mentions_between(s.start, s.end) \
                    and not _DIGIT.search(_YEARS_AND_NUMBERING.sub("", s.text)):
                # ('III. Investment' after a section on the county's park, in the county's statistical communiqué:
                # the host's report is about the host again)
                self.current = self.primary
        elif self.current is not None and self.primary is not None and self.current != self.primary \
                and self.clusters[self.primary].type_class != "district" \
                and self.clusters[self.current].type_class == "district" \
                and ((s.text.rstrip().endswith(("?", "？"))
                      and _QUESTION_OPENS.fullmatch(self.text, self._line_start(s), s.start) is not None)
                     # (or any of a host's turn: 'Host: I heard exports did well.', 'Host: Now the big topic, the 14th
                     # Five-Year Plan. What are your goals?')
                     or (_ASKER_OPENS.match(self.text, self._line_start(s)) is not None
                         and not self._mentions_between(self._line_start(s), s.start)
                         and not _AREA_WORD_IN_QUESTION.search(self.text, self._line_start(s), s.start))) \
                and not self._mentions_between(s.start, s.end) and not _AREA_WORD_IN_QUESTION.search(s.text):
            # ('8. What about the county? ... Changfeng County's output grew 19 percent ...' then '9. And your goals
            # for the full year?': an interview's next question is about the zone again, not the host it asked about)
            self.current = self.primary
        # the period the article reports on carries across paragraphs; plans, deadlines
        # and founding dates do not
        # nor does a day's date ('Delivered at the Work Conference on January 20, 2022'): an event, not a period
        # nor a month or a quarter on its own ('In July alone, output was ...') within a report on the year so far
        # nor 'since the beginning of the year', which says no more than the document's date
        # (nor do the years heading a table's columns: '2022        2023        2024', 'Indicator  2022  2023  Growth
        # (%)': the columns have their years, the prose after the table is still on the report's year)
        # (nor a chart's values each after its year, '2018: 286.4 | 2019: 312.9 | 2020: 298.1')
        reporting = [] if _YEARS_ROW.fullmatch(s.text) or s.table_header or spaced_header \
            or _SERIES_LINE.fullmatch(s.text) else [p for p in periods
                     if not (p.plan or p.future_by) and not _DAY_DATE.search(self.text, p.start, p.end)
                     and not _DAY_BEFORE.search(self.text, max(s.start, p.start - 6), p.start)
                     # ('On a cold morning in January, trucks ... queue at the gate': a feature's scene, no period)
                     and not (("on a" in folded or "one a" in folded)
                              and _SCENE_IN.search(self.text, max(s.start, p.start - 40), p.start))
                     and not _SINCE.match(self.text, p.start)  # 'a national-level zone since 2014'
                     # ('"Three years ago we had one such company. Now there are seven"': a year recalled)
                     and not _YEARS_AGO.match(self.text, p.start)
                     # ('... at the end of 2018' in a bulletin on 2019: a year recalled for a stock; 'During the year'
                     # after it is still the bulletin's)
                     and not (self.report_year is not None and p.last[0] < self.report_year
                              and _YEAR_END_BEFORE.search(self.text, max(s.start, p.start - 16), p.start + 16))
                     # ('the zone achieved a strong recovery after the difficult year of 2020': a year recalled)
                     and not _AFTER_THE_YEAR.search(self.text, max(s.start, p.start - 40), p.start)
                     # ('In the first quarter, the park kept up the momentum of last year': a year recalled)
                     and not _MOMENTUM_OF.search(self.text, max(s.start, p.start - 30), p.start)
                     # ('The average growth over the two years 2020 and 2021 was 11.8 percent' in a report on January
                     # to August 2021: an average's years)
                     and not _AVERAGE_OVER.search(self.text, max(s.start, p.start - 60), p.start)
                     # ('..., up 14.2%, after the third quarter fell by 3.1%': a stretch recalled after the figure)
                     and not _AFTER_A_CLAUSE.search(self.text, max(s.start, p.start - 20), p.start)
                     # ('..., up 39.2 percent, as a new ethylene complex reached full capacity in the second quarter':
                     # a reason's time, after the figures)
                     and not self._in_a_reason_after_figures(s, p)
                     and not self._part_of_report(p, periods) and not YEAR_SO_FAR.match(self.text, p.start)
                     and not self._begun_after(p) and not self._under_way(p) and not self._issue_date(s, p)
                     and id(p) not in bases and id(p) not in recalled and id(p) not in turns]
        # a plan's 'throughout the year' reports nothing; an article on the year so far is not moved
        # to a year it recalls ('For the whole of 2022, imports were ...' in a report on H1 2023)
        # ('In 2019, the zone focused on the goal of ...': a year named before the goal's cue is reported on)
        cue = _TARGET_CUE.search(s.text, folded) if target_cue else None
        if "nless" in s.text and (note := _YEAR_UNLESS_STATED.match(s.text)) is not None:
            # '(2022 unless stated; as published by the parks' administrative committees)' over a digest's figures:
            # the year they are of, wherever the lines under it name none
            year = int(note.group("y"))
            self.report_period = self.line_period = Period(s.start + note.start("y"), s.start + note.end("y"),
                                                           (year, 1), (year, 12))
        if "nless" in s.text and (note := _COUNTS_AS_OF.search(s.text)):
            # 'Unless stated otherwise, counts are as of December 31, 2023': the date of the page's counts
            dated = [p for p in periods if p.point and p.start >= s.start + note.start()]
            self.stocks_as_of = (s.start, dated[0].last) if dated else self.stocks_as_of
        # (in a report on the year before its date, a yearbook's, that date's year is ahead too: '[Outlook] In 2020
        # the park will strive to ...' in the Yearbook 2020, on 2019)
        on = self.doc_date if self.report_year is None else DocDate(self.report_year, 12)
        if reporting and (cue is None or (reporting[-1].end <= s.start + cue.start()
                                          and not _ahead_of(reporting[-1], on))) \
                and not (_recalls_earlier_year(reporting[-1], self.report_period, self.doc_date)
                         and not self.report_from_headline) \
                and not _NOTE_OPENS.match(self.text, self._line_start(s)):
            # (not a note's: '(Note: the final statistics for January to November were ...)' under a year's results)
            # (a headline's 'first two months of 2026' over a body that opens 'In 2025 the park achieved ...': the
            # body's year is its report, the headline's months come later in it)
            # (a heading is the headline only above the body: not 'First-quarter figures at a glance' after a lead on
            # the first quarter of 2026, which leaves the lead's year the report's against a quarter of last year
            # recalled below it)
            self.report_from_headline = s.heading and (self.report_period is None or self.report_from_headline)
            self.report_period = self._latest_stretch(reporting)
        ahead = [p for p in periods if p.plan or p.future_by] or (periods if target_cue else [])
        # (a plan runs over whole years, three or more: not 'in 2021 and 2022', nor 'from January 2021 to October 2023')
        plans = [p for p in ahead if p.plan and p.first is not None and p.last[0] - p.first[0] >= 2
                 and p.first[1] == 1 and p.last[1] == 12]
        if plans and (self.plan_span is None or _PLAN_NAMED.search(self.text, max(s.start, plans[-1].start - 80),
                                                                     min(s.end, plans[-1].end + 20))):
            # (a span of years told of in the review of a plan is no plan of its own: 'Industrial investment over
            # 2021-2023 totalled 7.3 billion yuan' under the 14th Five-Year Plan (2021-2025))
            self.plan_span = plans[-1]
        if ahead:
            self.target_period = ahead[-1]
            self.target_line = s.line_no
            if s.text.rstrip().endswith((":", "：")) and ahead[-1].future_by:
                self.list_deadline = ahead[-1]
        elif s.text.rstrip().endswith((":", "：")) and self.target_period is not None \
                and self.target_period.future_by and self.target_line == s.line_no:
            # 'By 2028, the automobile industry will be further strengthened ... Specific goals:' over '(1) ...'
            self.list_deadline = self.target_period
        elif s.heading and not _LIST_ITEM.match(s.text):
            self.list_deadline = None
        # in an undated document, 'this year' is the latest year the text has reported on
        # (a year it names, not one it counts back to: 'By the end of last year' after 'Last year was ...' is the
        # same year again, not the one before)
        reported = [p.last[0] for p in periods
                    if not (p.plan or p.future_by) and _YEAR_WRITTEN.search(self.text, p.start, p.end)]
        if reported and self.doc_date is None:
            self.latest_year = reported[-1]

    def _year_period(self, year: int, draft: F.Draft, at: int) -> Period:
        """A year as the period of a draft: its end for a stock (the document's date, in the document's own year:
        'Then (2012) -> Now (2022)' on a page of September 2022), the whole year for a flow."""
        if draft.measure == "stock":
            month = self.doc_date.month if self.doc_date is not None and self.doc_date.year == year \
                and self.doc_date.month is not None else 12
            return Period(at, at, None, (year, month))
        return Period(at, at, (year, 1), (year, 12))

    def _entity_name_at(self, offset: int, sentence: Sentence) -> str | None:
        index = self._entity_at(offset, sentence)
        return self.clusters[index].name if index is not None else None

    def _read_numbers(self, s: Sentence, periods: list[Period], seed: F.Draft | None = None) -> None:
        """The figures of a sentence of prose; ``seed`` is a figure its line is the caption of."""
        quantities = [q for q in find_quantities(self.text, s.start, s.end)
                      if not any(p.start <= q.start < p.end for p in periods)
                      and not F._NO_BEFORE.search(self.text[max(s.start, q.start - 8): q.start])
                      # ('46 per 10,000 residents': a rate's base, no count)
                      and not (q.kind == "bare" and _PER_BEFORE.search(self.text, max(s.start, q.start - 6), q.start))]
        if "should" in self.sentence_fold:  # ('"6.84 billion yuan, up 21.1%" should read "8.64 billion yuan, ...': the
            # figure a correction withdraws)
            quantities = [q for q in quantities if not _WITHDRAWN.match(self.text, q.end, s.end)]
        if _INCENTIVE.search(self.sentence_fold) and any(
                _QUALIFYING_SIZE.search(self.text, max(s.start, q.start - 60), q.start) for q in quantities):
            # ('Foreign-invested manufacturers investing more than $50 million can apply for land-price rebates', 'an
            # award for projects over RMB 200 million'): who qualifies for a policy, no figure of the zone's, and the
            # policy's own figures ('a one-off award of 2 million yuan', 'a subsidy of up to 8 percent')
            quantities = []
        if quantities and self.soundbites:
            # ('00:52 SOUNDBITE (GAO JIANMIN, General Manager, Chifeng Dajingzi Nonferrous Metals Co.): "... Last year
            # our revenue was 4.3 billion yuan"': a firm's man on his firm, to the end of the paragraph)
            said = list(_TRANSCRIPT_LABEL.finditer(self.text, max(0, self.text.rfind("\n\n", 0, s.start)), s.end))
            if said and said[-1].group("who") and _FIRM_NAMED.search(said[-1].group("who")):
                quantities = [q for q in quantities if q.start < said[-1].end()]
        if "project" in self.sentence_fold and _PROJECTS_OFFERED.match(self.text, self._line_start(s)):
            # ('Project recruitment: Shoe material new material project, total investment of 500 million yuan, ...':
            # projects the zone offers to investors, no investment made)
            quantities = [q for q in quantities if q.kind != "money"]
        if "version" in self.sentence_fold and _EARLIER_VERSION.search(s.text):
            quantities = []  # 'An earlier version of this article stated that ... were 18.6 billion yuan': withdrawn
        # '(unit: 100 million yuan)', '(output value in 100 million yuan)' state a unit, not an amount (and so does a
        # dataset's description: '...; output value is in 100 million yuan and tax revenue in 10,000 yuan')
        if "unit" in self.sentence_fold or ":" in s.text or "(" in s.text or " is in " in s.text \
                or " are in " in s.text:
            stated = [(s.start + m.start("unit"), s.start + m.end("unit"))
                      for pattern in (F.UNIT_STATEMENT, F.UNIT_IN_NOTE) for m in pattern.finditer(s.text)]
            quantities = [q for q in quantities if not any(a <= q.start < b for a, b in stated)]
            if F.UNIT_LINE.match(s.text):
                quantities = []  # 'Unit: USD 10,000 for foreign capital; 100 million yuan for trade; %': units only
        # an aside that defines a term ('enterprises above designated size – those with annual main business
        # revenue of at least 20 million yuan – rose ...'): its figures and words are no one's measure
        asides = [(m.start(), m.end()) for m in _DEFINING_ASIDE.finditer(self.text, s.start, s.end)] \
            if ("–" in s.text or "—" in s.text or "(" in s.text or "which" in self.sentence_fold) else []
        if asides:
            quantities = [q for q in quantities if not any(a <= q.start < b for a, b in asides)]
        boundary = s.start
        said = F.RESPECTIVELY.search(self.text, s.start, s.end) if "respectively" in self.sentence_fold else None
        self.respective_zones = None
        self.respective_changes = {}
        if said and self._respectively(s, [q for q in quantities if q.start < said.start()], periods):
            # what follows 'respectively' in the sentence is read as usual, but for a second list of stocks
            quantities = [q for q in quantities if q.start >= said.end()]
            boundary = said.end()
            if quantities and self._stocks_after_respectively(s, quantities, periods):
                quantities = []
        drafts: list[F.Draft] = [seed] if seed is not None else []
        bases: list[F.Draft] = []
        # 'That compares with RMB 25.1bn for the whole of 2023.': the base of the figure the sentence before ended on
        opening = _COMPARES_OPENING.match(self.text, s.start) if seed is None and quantities \
            and self.drafts and self.previous is not None else None
        level = self.drafts[-1][0] if opening is not None else None
        # (a growth-only figure is compared with too when the opening names the year: 'In the first half of 2020,
        # ..., output above designated size had dropped 34.6 percent. In the same period of 2019 it was 9.27 billion
        # yuan.')
        if level is not None and (level.start < self.previous.start
                                  or (level.value is None and not opening.group("same_year"))
                                  or quantities[0].start != opening.end()):
            level = None
        # a figure that opens its line before its caption ('106.8 billion yuan: operating revenue') is read
        skip_until = seed.quantity.end if seed is not None and seed.quantity is not None \
            and s.start <= seed.quantity.start < s.end else -1
        row_unit = None
        bracket = F.UNIT_IN_BRACKETS.search(self.text, s.start, quantities[0].start) \
            if quantities and "(" in s.text else None
        if bracket is not None and not _DIGIT.search(bracket.group(1)):
            # 'Industrial investment (billion yuan): 2018: 1.12; 2019: 1.46': the row's unit, with no number in it
            row_unit = F.parse_unit(bracket.group(1))
        series = self._span_series(s, quantities) if quantities and "20" in s.text else None
        if series is None and quantities and (tail := _SERIES_TAIL.search(s.text)) is not None:
            series = self._labelled_series(s, tail)
        if series is not None:
            # 'Chart 1: Total industrial output value, 2019-2023 (100 million yuan): 171.5 | 168.2 | ...': a value a
            # year of the span, in the caption's measure and unit
            drafts.extend(series)
            skip_until = series[-1].end
        if quantities and ("Co." in s.text or "Ltd" in s.text) and "\n" not in s.text \
                and _FIRM_ITEM.match(self.text, self._line_start(s), s.end) is not None:
            # ('- Yulin Jinyuan Coal Liquefaction Co.: 1 million t/a coal-to-liquids; 2022 output up 26%': a list's item
            # on a firm, labelled by its name, all its figures the firm's)
            skip_until = s.end
        if _ORDINAL_WORD.search(self.sentence_fold):
            # ('..., becoming the park's fifth listed company'): an ordinal that states a count, read as one
            quantities = sorted([*quantities, *self._ordinal_counts(s)], key=lambda q: q.start)
        for q in quantities:
            if q.start < skip_until:
                continue
            if self.arrow_goal is not None and drafts and (arrow := _ARROW_THEN.fullmatch(self.text, drafts[-1].end,
                                                                                       q.start)) is not None:
                # 'Tax revenue: ¥738 million (+4.3%) -> ¥800 million', 'Industrial investment: ... -> +15%' under
                # 'INDICATOR: 2024 RESULT -> 2025 GOAL': the row's measure, the goal's year
                goal = F.goal_after_arrow(drafts[-1], q, self.arrow_goal, falling=bool(arrow.group("down")))
                if goal is not None:
                    drafts.append(goal)
                    boundary = skip_until = q.end
                    continue
            if self.arrow_years is not None and drafts and drafts[-1].period is None \
                    and (arrow := _ARROW_THEN.fullmatch(self.text, drafts[-1].end, q.start)) is not None:
                # 'Enterprises above designated size: 118 -> 131' under '2019 -> 2020': the row's measure in each
                # year, a year after the document's a goal
                first, second = self.arrow_years
                later = F.goal_after_arrow(drafts[-1], q, self._year_period(second, drafts[-1], q.start),
                                           falling=bool(arrow.group("down")))
                if later is not None:
                    ahead = self.doc_date is not None and second > self.doc_date.year
                    drafts[-1] = F.extend(drafts[-1], period=self._year_period(first, drafts[-1], drafts[-1].anchor))
                    drafts.append(F.extend(later, target=ahead))
                    boundary = skip_until = q.end
                    continue
            if q.kind == "bare" and not q.scaled and drafts and drafts[-1].value is not None \
                    and drafts[-1].yoy_pct is None and drafts[-1].unit in ("CNY", "USD") \
                    and (label := _YOY_LABEL.fullmatch(self.text, drafts[-1].end, q.start)) is not None:
                # 'Output value above designated size 408.6, YoY +21.4' under '(Unit: 100 million yuan, %)': the
                # change in percent, its sign written, its unit the unit line's
                sign = -1 if label.group("down") else 1
                drafts[-1] = F.extend(drafts[-1], yoy_pct=sign * q.value, end=q.end)
                boundary = skip_until = q.end
                continue
            base = self._base(q, drafts[-1], s) if drafts and drafts[-1].value is not None else \
                self._base(q, level, s, opening) if level is not None and not drafts and not bases else None
            if base is not None:  # the figure just read, for an earlier period: not a draft of its own
                bases.append(base)
                boundary = skip_until = base.end
                continue
            if q.kind == "bare" and not q.scaled and q.raw.isdigit() and 1900 <= q.value <= 2100:
                continue  # 'Total industrial output value, 2022: 11.72 billion yuan': the label runs on past its year
            before = drafts[-1].quantity if drafts and drafts[-1].value is not None else None
            series = _SERIES_YEAR.search(self.text, max(s.start, q.start - 14), q.start) \
                if q.kind == "bare" and before is not None and before.kind in ("bare", "money") \
                and before.scaled == (row_unit is not None) else None
            if series is None and q.kind == "bare" and not drafts and not q.scaled and row_unit is None \
                    and (first := _SERIES_FIRST.search(self.text, max(s.start, q.start - 14), q.start)) is not None:
                # '(4) Industrial enterprises above designated size (number): 2018, 52; 2019, 58': a count's series
                label = _SERIES_LABEL.sub("", self.text[s.start: first.start()])
                code = F.count_label(label) if label and not F.money_metric(label, "") else None
                if code is not None:
                    year = int(first.group(1))
                    drafts.append(F.Draft(code, q.value, "count", q.qualifier, q, s.start, q.end, measure="stock",
                                          anchor=q.start, period=Period(q.start, q.start, None, (year, 12))))
                    boundary = skip_until = q.end
                    continue
            if series is not None:
                # 'Operating revenue (100 million yuan): 2018, 96.4; 2019, 112.7; 2020, 131.5': the row's measure, in
                # its unit, for each year named before the figure
                last, year = drafts[-1], int(series.group(1))
                figure = F.in_unit(q, row_unit) if row_unit is not None else q
                if figure.unit == last.unit or (figure.unit is None and last.unit == "count"):
                    stock = last.measure == "stock"
                    drafts.append(F.extend(last, value=figure.value, quantity=figure, end=q.end, anchor=q.start,
                                           yoy_pct=None, qualifier=figure.qualifier, base_of=None, dated=(),
                                           period=Period(q.start, q.start, None if stock else (year, 1), (year, 12))))
                    boundary = skip_until = q.end
                    continue
            label = F.unit_label(self.text, q)
            if label is not None:  # '(10,000 yuan)' after a row's name: the unit of the row's figures
                row_unit = label
                continue
            unit = row_unit or (self.item[1] if self.item is not None else None) or self.unit_context
            if unit is not None and q.kind == "bare" and self.text[q.start - 1: q.start] in ("+", "-", "−") \
                    and _SIGNED_ALONE.fullmatch(self.text, max(s.start, q.start - 3), q.start) \
                    and _CLAUSE_ENDS.match(self.text, q.end):
                # ('▶ Added value of industrial enterprises above designated size: +9.6' under '(unit: 100 million
                # yuan, growth in %)', and the '+10.8' of '...: 52.36, +10.8': a change, signed, where the amounts are
                # not)
                q = replace(q, kind="percent", value=q.number)
            if (q.kind == "bare" and not q.scaled and unit is not None and _DIGIT.search(q.raw)  # (not 'three')
                    and (self.item_metric is not None
                         or F.money_metric(self.text[max(boundary, q.start - _REACH): q.start], "")
                         or _PART_THEN_MONTH.search(self.text, max(boundary, q.start - 40), q.start)
                         or self._industry_part_row(s, q) or self._above_size_part_row(s, q))):
                q = F.in_unit(q, unit)
            window = self.text[max(boundary, q.start - _REACH): q.start]
            for a, b in asides:
                if a < q.start and b > q.start - len(window):  # the aside's words blanked, offsets kept
                    left = max(a, q.start - len(window)) - (q.start - len(window))
                    right = min(b, q.start) - (q.start - len(window))
                    window = window[:left] + " " * (right - left) + window[right:]
            clause_start = max(s.start, self.text.rfind(";", s.start, q.start) + 1)
            lookahead = self.text[q.end: min(s.end, q.end + _REACH)]
            draft = None
            if q.kind == "percent" and drafts \
                    and (earlier := self._earlier_change(q, drafts[-1], s, bases[-1] if bases else None)):
                bases.append(earlier)  # 'fell 13.6 percent, after a 9.2 percent decline in 2022'
                boundary = skip_until = earlier.end
            elif q.kind in ("percent", "fold", "times"):
                self._growth(q, window, lookahead, drafts, s, boundary)
            elif q.kind in ("money", "area") or (q.kind == "bare" and q.scaled):
                if F.MILESTONE.match(lookahead) and _DIGIT.search(
                        _A_YEAR_NAMED.sub("", _JOINED_CLAUSE.split(lookahead, maxsplit=1)[0])):
                    # 'crossed the 300-billion-yuan mark, reaching 301.7 billion': the figure follows (not a year's
                    # digits: 'exceeded 80 billion yuan for the first time in 2016' is the figure)
                    continue
                draft = self._amount(q, window, lookahead, drafts, s, clause_start, boundary)
            elif q.kind == "ordinal":
                draft = self._ordinal_count(q, s)
            elif q.kind == "bare":
                draft = self._count_or_people(q, window, s, clause_start, drafts) or self._elided_count(q, drafts, s) \
                    or self._count_goal(q, window, drafts, lookahead) or self._industry_part(q, drafts, s) \
                    or self._industry_named_part(q, drafts) \
                    or self._firms_of_an_industry_among(q, s) \
                    or self._count_against(q, drafts)
                draft = self._part_above_size(draft, drafts)
            if draft is None and q.kind in ("area", "bare"):
                draft = self._same_measure_again(q, drafts, s)
            # ('output value of the zone's 46 functional fabric enterprises rose ...', 'the output value of our 19
            # enterprises above designated size reached ...': firms counted inside an amount's subject leave its
            # measure to the figures after them)
            inside = q.kind == "bare" and _OF_THE_FIRMS.search(self.text, max(boundary, q.start - 40), q.start) \
                and _FIRMS_AFTER.match(self.text, q.end)
            if draft is not None:
                drafts.append(draft)
                boundary = boundary if inside else draft.end
                skip_until = draft.end
            # (neither does a figure no draft took after "the zone's": "the second of the zone's three leading
            # industries, recorded ...", nor a share in an aside: 'exports, which accounted for 58 percent of the
            # total, fell by 2.9 percent')
            elif not inside and not _POSSESSIVE_BEFORE.search(self.text, max(boundary, q.start - 4), q.start) \
                    and not (q.kind == "percent" and _SHARE_ASIDE.search(window)) \
                    and not (q.kind == "bare" and _TO_A_FIGURE.match(self.text, q.end)) \
                    and not self._in_a_participle_aside(q, s) \
                    and not (q.kind == "bare" and _SPAN_OF_YEARS.match(self.text, q.end)):
                # ('planned area grows from 12.5 to 18.7 square kilometers': the unit and its measure are the
                # second figure's, the words before the first its measure's)
                # (not a span of time the measure is over: 'fixed-asset investment over the five years would total')
                boundary = q.end
        if seed is not None:  # 'Operating revenue ..., up 6.3 percent': the caption's change is the figure's
            again = [d for d in drafts[1:] if d.value is None and d.metric == seed.metric and d.yoy_pct is not None]
            if again and drafts[0].yoy_pct is None:
                drafts[0] = F.extend(drafts[0], yoy_pct=again[0].yoy_pct)
            gone = {id(d) for d in again}
            drafts = [d for d in drafts if id(d) not in gone]
        drafts = self._row_industry(s, drafts)
        drafts = self._its_industry(s, drafts)
        drafts = self._the_firms_industry(drafts)
        if bases:  # a figure read later may have completed the one a base is compared with (its growth)
            final = {d.anchor: d for d in drafts}
            bases = [F.extend(b, base_of=final.get(b.base_of.anchor, b.base_of)) if b.base_of is not None else b
                     for b in bases]  # (another zone's figure compared with it is no base: ``_another_zone_s``)
        if bases:  # a base's own date ('... from 2.03 billion yuan in 2020') dates none of the figures after it
            spans = [(b.start, b.end) for b in bases]
            unbased = [p for p in periods if not any(a <= p.start < b for a, b in spans)]
        dating = unbased if bases else periods
        if " the " in self.sentence_fold:
            # ('..., nearly triple the 2017 figure for the same period, and general public budget revenue was 1.03
            # billion yuan': the year of a figure compared with and not given dates no figure after it)
            dating = [p for p in dating if not (_FIGURE_NOT_GIVEN.match(self.text, p.end) and _FIGURE_BASE.search(
                self.text, max(s.start, p.start - 60), p.start))]
        if dating and (" after " in self.sentence_fold or " as " in self.sentence_fold
                       or " because " in self.sentence_fold or " since " in self.sentence_fold):
            # ('Industrial investment declined 5.7 percent after two plants were finished in 2021' in a report on the
            # first half of 2022: the time of a reason after the figures, with no figure of its own, dates none)
            dating = [p for p in dating if not (self._in_a_reason_after_figures(s, p) and not _figure_beyond_periods(
                self.text, p.end, _clause_end(self.text, p.end, s.end), periods))]
        if " ago" in self.sentence_fold:
            # ('The new materials park, a quarter of the size five years ago, reached 4.37 billion yuan': a time ago in
            # an aside between commas describes what the sentence is about, and dates none of its figures)
            dating = [p for p in dating if not (_YEARS_AGO.match(self.text, p.start)
                                                and _ASIDE_OPENED.search(self.text, max(s.start, p.start - 60), p.start)
                                                and _ASIDE_CLOSES.match(self.text, p.end))]
        for draft in drafts:
            self._place(draft, s, dating)
        for draft in bases:
            self._place(draft, s, periods)

    def _the_firms_industry(self, drafts: list[F.Draft]) -> list[F.Draft]:
        """'The park's 27 logistics firms reported operating revenue of 2.14 billion yuan': the amount is the
        industry's whose firms were just counted as its subject."""
        out = list(drafts)
        for i in range(1, len(out)):
            firms, amount = out[i - 1], out[i]
            if firms.metric == "enterprises" and firms.industry is not None and amount.industry is None \
                    and amount.value is not None and amount.metric in F.INDUSTRY_SCOPED and firms.end <= amount.start \
                    and _FIRMS_THEN_MEASURE.fullmatch(self.text, firms.end, amount.quantity.start
                                                      if amount.quantity is not None else amount.start):
                out[i] = F.extend(amount, industry=firms.industry)
        return out

    def _the_zone(self) -> int | None:
        """The zone 'the zone' means on a page that may be about its county: the page's zone, not a district."""
        if self.primary is not None and self.clusters[self.primary].type_class != "district":
            return self.primary
        return next((i for i, c in enumerate(self.clusters) if c.type_class != "district"
                     and c.entity_type not in ("district", "other")), None)

    def _in_a_participle_aside(self, q: Quantity, s: Sentence) -> bool:
        """True for a figure inside an aside between commas that describes the subject before the verb ('Output of
        the petrochemical industry, anchored by a 13-million-tonne refinery, rose 6.3 percent'): the subject's words
        still name the measure of the figures after the aside."""
        opened = _PARTICIPLE_ASIDE_OPENS.search(self.text, max(s.start, q.start - 60), q.start)
        return opened is not None and _PARTICIPLE_ASIDE_CLOSES.match(self.text, q.end) is not None

    def _its_industry(self, s: Sentence, drafts: list[F.Draft]) -> list[F.Draft]:
        """'Green food processing is the zone's first pillar industry. Its output value came to 9.8 billion
        yuan': a sentence opening with 'Its' after one whose subject is an industry gives its figures that
        industry; so does a sentence whose subject is one industry ('Grain and oil processing, a
        characteristic industry built on the county's corn and wheat, reported output value of ...'),
        for the figures after which it names no other."""
        def scoped(d: F.Draft) -> bool:  # (and 'Its 34 enterprises earned ...': the industry's firms)
            return d.metric in F.INDUSTRY_SCOPED or (d.metric == "enterprises" and self.text.endswith(
                ("Its ", "its "), max(0, d.anchor - 4), d.anchor))

        if all(d.industry is not None or not scoped(d) for d in drafts):
            return drafts
        before = self.previous
        if _REFERS_BACK.match(s.text) and before is not None and before.line_no == s.line_no \
                and not F.industries_in_order(self.text[s.start: drafts[0].anchor]) \
                and not _ZONE_WIDE.search(self.text, s.start, drafts[0].anchor):
            # (not when the sentence names its own: 'Output value of the marine equipment industry ...', nor
            # when it is about the whole zone: 'output value of industrial enterprises above designated size in
            # the zone rose 13.4 percent')
            opening, industry = before, F.industry_opening(before.text) or F.industry_called(before.text)
            named = None
        else:
            opening, industry = s, F.industry_opening(s.text)
            if industry is None:
                return drafts
            named = {id(d): F.industries_in_order(self.text[s.start: d.anchor]) for d in drafts}
        if industry is None or any(m.explicit for m in self._mentions_between(opening.start, opening.start + 20)):
            # ('The Xiangyu Chemical Industrial Park, ...', 'The Textile City ...': an area; not 'Biomedicine,
            # the zone's leading industry, ...', which only refers to one)
            return drafts
        return [F.extend(d, industry=industry) if d.industry is None and scoped(d)
                and (named is None or set(named[id(d)]) == {industry}) else d for d in drafts]

    def _row_industry(self, s: Sentence, drafts: list[F.Draft]) -> list[F.Draft]:
        """'- Auto parts: 58 enterprises, output RMB 12.4 billion': a line labelled with an industry gives
        its figures that industry, in the sentences after the label too ('Textiles and apparel: Jimo is
        known as ... Knitwear output reached RMB 18.5 bn'), and after a list item's dash ('1. Fur and
        leather - fur dressing ...; output value of 4.2 billion yuan')."""
        if not drafts:
            return drafts
        line = self._line_start(s)
        row = F.ROW_LABEL.match(self.text, s.start) if ":" in s.text else None
        if row is None and line < s.start:
            row = F.ROW_LABEL.match(self.text, line) or _ITEM_HEAD.match(self.text, line)
            row = row if row is not None and row.end() <= s.end else None
        elif row is None:
            row = _ITEM_HEAD.match(self.text, line)
        if row is None or F.money_metric(row.group("label"), "") or F.count_label(row.group("label")):
            return drafts
        industry = F.first_industry(row.group("label"))
        if industry is None:
            return drafts
        return [F.extend(d, industry=industry) if d.industry is None and (
            d.metric in F.INDUSTRY_SCOPED or d.metric == "enterprises") else d for d in drafts]

    def _span_series(self, s: Sentence, quantities: list[Quantity]) -> list[F.Draft] | None:
        """The values of a chart's caption over a span of years, one a year, in order ('Number of national high-tech
        enterprises at year-end, 2020-2024 - 86, 104, 131, 157, 182'), or None for any other sentence."""
        found = _SPAN_SERIES.search(self.text, s.start, s.end)
        if found is None:
            return None
        first, last = int(found.group("a")), int(found.group("b"))
        values = [q for q in quantities if found.start("values") <= q.start < found.end("values")]
        caption = self.text[s.start: found.start("a")]
        if not 2 <= last - first + 1 <= 15 or len(values) != last - first + 1 or _WITHIN_A_YEAR.search(caption) \
                or any(q.kind not in ("bare", "money") for q in values):
            return None
        measured = F.caption_measure(self.text[s.start: found.start("values")])
        if measured is None:
            return None
        code, unit, stock = measured
        drafts = []
        for year, q in enumerate(values, start=first):
            figure = F.in_unit(q, unit) if unit is not None and q.kind == "bare" else q
            if unit is None and not float(q.value).is_integer():
                return None
            drafts.append(F.Draft(code, figure.value, figure.unit if unit is not None else "count", figure.qualifier,
                                  figure, s.start, q.end, measure="stock" if stock else "flow", anchor=q.start,
                                  period=Period(q.start, q.start, None if stock else (year, 1), (year, 12))))
        return drafts

    def _labelled_series(self, s: Sentence, tail: re.Match[str]) -> list[F.Draft] | None:  # (``tail`` in s.text)
        """A chart's values, each after the year, month or quarter it is of, after the chart's caption on the line
        above ('Bar chart - Output value above designated size, January-October of each year (100 million yuan)' over
        '2018: 286.4 | 2019: 312.9 | ...') or before them on their line ('Monthly output value above designated size,
        January-June 2023 (unit: 100 million yuan): Jan 5.1 | Feb 4.3 | ...', 'Tax revenue by quarter (unit: 10,000
        yuan): 2022 Q1 4,860, Q2 5,330; 2023 Q1 5,210'): the caption's measure in its unit, each for its stretch."""
        if tail.start() > 0:
            caption = s.text[: tail.start()]
        else:
            above = self.previous
            if above is None or above.line_no != s.line_no - 1:
                return None
            caption = above.text
        if _DIGIT.search(_YEARS_AND_NUMBERING.sub("", F.UNIT_IN_BRACKETS.sub("", _CHART_NUMBER.sub(
                "", F.UNIT_STATEMENT.sub("", caption))))):
            return None  # (a caption names no figure but its unit: '[Image 3] ... (100 million yuan)')
        items = list(_SERIES_ITEM.finditer(self.text, s.start + tail.start(), s.start + tail.end()))
        by_year = all(item.group("label")[:2] in ("19", "20") for item in items)
        months = _EACH_YEAR_MONTHS.search(caption)
        if by_year and months is None and _WITHIN_A_YEAR.search(caption):
            return None  # (a chart of the months of a year, or of quarters: no year's value)
        last_month = 12 if months is None else F.MONTHS[months.group("month").lower()] if months.group("month") \
            else {"half": 6, "three quarters": 9}[months.group("part").lower()]
        measured = F.caption_measure(caption)
        if measured is None:
            return None
        code, unit, stock = measured
        named = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", caption)]
        year = named[-1] if named else self._ctx().year
        drafts = []
        for item in items:
            number = F.table_number(item.group("value"))
            if number is None or (stock and not float(number).is_integer()):
                return None
            label = item.group("label")
            if item.group("year"):
                year = int(item.group("year"))  # '2023 Q1 5,210': the year of this item and the next
            if label[:2] in ("19", "20"):
                first, last = (int(label), 1), (int(label), last_month)
            elif label[0] in "Qq":
                quarter = int(label[1])
                first, last = (year, 3 * quarter - 2), (year, 3 * quarter)
            else:
                first = last = (year, F.MONTHS[label.lower().rstrip(".")])
            at = item.start("value")
            value = float(Decimal(repr(number)) * Decimal(repr(unit[0]))) if unit is not None else number
            drafts.append(F.Draft(code, value, unit[1] if unit is not None else "count", "exact", None, item.start(
                "label"), item.end(), measure="stock" if stock else "flow", anchor=at,
                period=Period(at, at, None if stock else first, last)))
        return drafts or None

    def _base(self, q: Quantity, level: F.Draft, s: Sentence, opening: re.Match[str] | None = None
              ) -> F.Draft | None:
        """'112.65 billion yuan, up from 75.96 billion yuan last year': the figure just read, a year before.

        The earlier figure is a fact of its own, dated from the figure it is compared with
        (``metric_facts``); it must be the same kind of figure, with a date of its own. ``opening``: the
        words that open the sentence and compare its figure with the one the sentence before ended on.
        """
        yoy = None
        connective = opening or _BASE_BEFORE.fullmatch(self.text, level.end, q.start)
        if connective is None and (after := _FROM_AFTER_TO.fullmatch(self.text, level.end, q.start)) is not None \
                and _ROSE_TO.search(self.text, max(s.start, level.anchor - 40), level.anchor):
            connective = after  # 'Tax revenue rose to 2.84 billion yuan from 2.03 billion yuan in 2020'
        if opening is not None and opening.group("last"):
            dated, start, end = ("last year",), opening.start("last"), q.end
        elif opening is not None and opening.group("same"):
            dated = ("year", int(opening.group("same_year")), False) if opening.group("same_year") \
                else ("a year before",)
            start, end = opening.start("same"), q.end
        elif connective is not None:
            when = _BASE_WHEN.match(self.text, q.end, s.end)
            if when is None and (span := _BASE_SPAN.match(self.text, q.end, s.end)) is not None:
                # ('..., against 18.02 billion yuan in January-June 2023', 'compared with 219 at the end of June 2023':
                # the months named, of that year)
                year, month = int(span.group("year")), F.MONTHS[span.group("month").lower()]
                dated, start, end = ("period", (year, 1), (year, month)), connective.start("word"), span.end()
            elif when is None:
                other = self._another_zone_s(q, level, s, connective.start("word"))
                if other is not None or _BASE_UNDATED_END.match(self.text, q.end, s.end) is None \
                        or connective.group("word").lower().startswith(("up", "down", "rising", "falling")):
                    return other
                # ('Exports climbed to 4.27 billion yuan from 3.51 billion yuan.', 'Operating revenue: 4.86 billion
                # yuan vs 4.12 billion yuan' in a report that compares each figure with a year before)
                dated, start, end = ("a year before",), connective.start("word"), q.end
            else:
                dated, start, end = _dated(when), connective.start("word"), when.end()
        elif (opened := _BRACKET_OPENS_BASE.fullmatch(self.text, level.end, q.start)) is not None \
                and (when := _BASE_WHEN.match(self.text, q.end, s.end)) is not None \
                and _CLOSING_BRACKET.match(self.text, when.end()) is not None:
            # '21.47 billion yuan (18.93 billion yuan in 2018), up 13.4 percent', '486 million yuan (452 million yuan
            # the previous year)': the earlier year's figure set in brackets beside it, as yearbooks give it
            dated, start, end = _dated(when), opened.end(), when.end()
        elif (label := self._bracket_label(level, q)) is not None and label[2] is None:
            # 'Operating revenue: RMB 45.3 bn (2022: RMB 41.0 bn)', '13.26 billion yuan (Q3: 4.91 billion yuan, up
            # 21.4%)': another period's figure set beside the latest, with its own change if it has one
            dated, start, end = label[0], label[1], q.end
            change = _ITS_CHANGE.match(self.text, q.end, s.end)
            if change is not None:
                end, yoy = change.end(), float(change.group("num"))
                yoy = -yoy if change.group("sign").lower() in _DOWN_SIGNS else yoy
        elif (ahead := _WHEN_THEN_BASE.fullmatch(self.text, level.end, q.start)) is not None:
            # '1-3 month completed 142,650, same period of last year 128,170, increase 11.3%': the base, its
            # period first (a bulletin's 上年同期), in the unit the level was read in
            dated, start, end = ("a year before",), ahead.start("when"), q.end
            unit = (self.item[1] if self.item is not None else None) or self.unit_context
            if q.kind == "bare" and not q.scaled and unit is not None and level.quantity is not None \
                    and level.quantity.kind == "money" and level.quantity.scaled:
                q = F.in_unit(q, unit)
        elif (level_of := _THE_YEAR_LEVEL_OF.search(self.text, max(s.start, q.start - 40), q.start)) is not None:
            # '62.4 percent above the 2020 level of 19.46 billion yuan', in a plan's review
            dated, start, end = ("year", int(level_of.group("year")), False), level_of.start(), q.end
        elif (when_it := _ON_THE_YEAR_WHEN_IT.fullmatch(self.text, level.end, q.start)) is not None:
            # '41.63 billion yuan, up 9.1% on 2022, when it had been 38.16 billion yuan': the year compared with
            # and the figure it saw, which dates neither the figure before it nor the sentences after
            dated, start, end = ("year", int(when_it.group("year")), False), when_it.start("year"), q.end
        elif self.text.endswith("the ", max(s.start, q.start - 8), q.start) \
                and (of_year := _OF_THE_YEAR.match(self.text, q.end, s.end)) is not None:
            # '1.71 times the 40 billion yuan of 2020': that whole year ('more than double the 17.5 billion yuan of
            # 2019' beside a figure for January to November)
            year = int(of_year.group("year"))
            dated, start, end = ("period", (year, 1), (year, 12)), q.start - 4, of_year.end()
        else:
            return None
        if level.unit == "count":
            if q.kind != "bare" or q.scaled:
                return None
            unit = "count"
        elif level.unit in ("CNY", "USD") and (q.kind == "money" or (q.kind == "bare" and q.scaled)):
            unit = q.unit or level.unit
        elif level.unit is None and q.kind == "money" and q.unit and level.metric in F.FLOW_METRICS:
            unit = q.unit  # (a growth-only figure's measure, in money: its base is the first amount given)
        else:
            return None
        return F.extend(level, value=q.value, unit=unit, qualifier=q.qualifier, quantity=q,
                        start=start, end=end, yoy_pct=yoy, anchor=q.start,
                        earlier=False, later=False, period=None, base_of=level, dated=dated)

    def _another_zone_s(self, q: Quantity, level: F.Draft, s: Sentence, start: int) -> F.Draft | None:
        """'Tax revenue ... in the Xiamen Torch zone amounted to 18.9 billion yuan, compared with 5.2 billion yuan in
        the Fuzhou zone': the same measure of the same stretch, another zone's, named right after its figure."""
        joint = _IN_ANOTHER.match(self.text, q.end, s.end)
        named = self._mentions_between(joint.end(), joint.end() + 1) if joint is not None else []
        if not named or self.clusters[named[0].cluster].type_class == "district" \
                or named[0].cluster == self._entity_at(level.anchor, s) \
                or (q.kind != "money" and not (q.kind == "bare" and q.scaled)) or level.unit not in ("CNY", "USD"):
            return None
        return F.extend(level, value=q.value, unit=q.unit or level.unit, qualifier=q.qualifier, quantity=q,
                        start=start, end=named[0].end, yoy_pct=None, anchor=q.start, entity=named[0].cluster,
                        earlier=False, later=False, base_of=None, dated=())

    def _bracket_label(self, level: F.Draft, q: Quantity) -> tuple[tuple, int, str | None] | None:
        """'(2022: ', '(Q3: ', '(first half: down ' between a figure and the next: the period the next one is of,
        as ``_earlier`` dates it, where its label starts, and the sign or word of a change, if one comes first."""
        m = _LABEL_IN_BRACKETS.fullmatch(self.text, level.end, q.start)
        if m is None:
            return None
        if m.group("year") is not None:  # (a count's at the year's end)
            dated: tuple = ("year", int(m.group("year")), level.measure == "stock")
        elif (when := _BASE_WHEN.fullmatch(m.group("label"))) is not None:
            dated = _dated(when)  # '18.46 billion yuan (previous year: 16.29 billion yuan)', as yearbooks write it
        else:
            found = find_periods(m.group("label"), m.start("label"), self._ctx())
            if len(found) != 1 or found[0].start != m.start("label") or found[0].first is None:
                return None
            dated = ("period", found[0].first, found[0].last)
        return dated, m.start("label"), m.group("sign")

    def _earlier_change(self, q: Quantity, level: F.Draft, s: Sentence,
                        last_earlier: F.Draft | None = None) -> F.Draft | None:
        """'fell 13.6 percent, after a 9.2 percent decline in 2022': the same measure's change a year before.

        Like a base (``_base``), it is dated from the figure it follows, and its own date is no
        period the article reports on.
        """
        if level.yoy_pct is None:
            return None
        label = self._bracket_label(level, q) if "(" in self.text[level.end: q.start] or \
            "（" in self.text[level.end: q.start] else None
        if label is not None and label[2] is not None:
            # 'Fixed-asset investment: +16.2% (2022: +21.5%)', 'down 4.5% (first half: down 9.7%)': another period's
            # change set beside the latest
            yoy = -q.value if label[2].lower() in _DOWN_SIGNS else q.value
            return F.extend(level, value=None, unit=None, qualifier="exact", quantity=None, start=label[1],
                            end=q.end, yoy_pct=yoy, anchor=q.start, earlier=False, later=False, period=None,
                            base_of=level, dated=label[0])
        before = _AFTER_A.fullmatch(self.text, level.end, q.start) or _COMPARED_WITH_A.fullmatch(
            self.text, level.end, q.start) or _AFTER_MOVING.fullmatch(self.text, level.end, q.start) \
            or _CHANGE_MOVED_FROM.fullmatch(self.text, level.end, q.start)
        bare = before is None and q.kind == "percent" and _COMPARED_WITH_BARE.fullmatch(self.text, level.end, q.start)
        again = before is None and not bare and last_earlier is not None and last_earlier.base_of is level \
            and last_earlier.yoy_pct is not None and _AND_ANOTHER_CHANGE.fullmatch(self.text, last_earlier.end, q.start)
        if before is None and not bare and not again:
            return None
        # 'after a 9.2 percent decline in 2022', 'compared with growth of 2.8 percent in 2020', 'after falling 9.8
        # percent in the first quarter' ('compared with 5.8 percent in the first half': the same kind of change)
        named = "growth" if bare else ("decline" if last_earlier.yoy_pct < 0 else "growth") if again \
            else before.groupdict().get("noun")
        change = None if named else _CHANGE_NOUN.match(self.text, q.end, s.end)
        noun = named or (change.group("noun") if change else None)
        after = change.end() if change else q.end
        when = _BASE_WHEN.match(self.text, after, s.end) if noun else None
        dated = _dated(when) if when else None
        if when is None and noun:
            # ('recovering from a fall of 11.6 percent in the first quarter': a stretch of the same year before the
            # latest figure's)
            when = _SAME_YEAR_STRETCH.match(self.text, after, s.end)
            dated = ("stretch", *_STRETCHES[when.group("stretch").lower()]) if when else None
        if when is None and noun and (months := _MONTHS_STRETCH.match(self.text, after, s.end)) is not None:
            first = MONTHS[months.group("m1").lower()]
            last = MONTHS[months.group("m2").lower()] if months.group("m2") else first
            when, dated = months, ("stretch", first, last)
        if when is None:
            return None
        yoy = -q.value if F.NEGATIVE_CUE.match(noun) else q.value
        return F.extend(level, value=None, unit=None, qualifier="exact", quantity=None, start=q.start,
                        end=when.end(), yoy_pct=yoy, anchor=q.start, earlier=False, later=False, period=None,
                        base_of=level, dated=dated)

    def _respectively(self, s: Sentence, quantities: list[Quantity], periods: list[Period]) -> bool:
        """'A and B reached 89.1 and 146.5 billion yuan, up 18.2 and 20.7 percent respectively'."""
        amounts = [q for q in quantities if q.kind == "money" or (q.kind == "bare" and q.scaled)]
        growths = [q for q in quantities if q.kind == "percent"]
        if self._zones_respectively(s, amounts, growths, periods, [q for q in quantities if q.kind == "area"]) \
                or self._stocks_respectively(s, quantities, periods):
            return True
        if not amounts and len(growths) >= 2:
            return self._periods_respectively(s, growths, periods) or self._industries_respectively(s, growths,
                                                                                                   periods) \
                or self._measures_respectively(s, growths, periods)
        if len(amounts) < 2:
            return False
        subject = self.text[s.start: amounts[0].start]
        metrics = F.metrics_in_order(subject)
        years = [p for p in periods if p.end <= amounts[0].start and not p.plan]
        each_year = None
        if len(metrics) == 1 and len(years) == len(amounts):
            # 'In 2019 and 2020, GDP reached 61.2 and 64.8 billion yuan respectively'
            metrics, each_year = metrics * len(amounts), years
        elif len(metrics) == 1 and len(amounts) == 2 and (after := self._stretches_after(amounts, periods)):
            # ('Sales revenue ... was 6.05 billion yuan in August and 44.91 billion yuan in the first eight months,
            # up 11.9% and 14.8% respectively': each amount for the stretch named after it)
            metrics, each_year = metrics * 2, after
        if len(metrics) != len(amounts) or F.is_company_scope(subject, self.known_names):
            return False
        yoys = [(-g.value if _NEGATIVE_CUE.search(self.text[amounts[-1].end: g.start], self.sentence_fold) else g.value)
                for g in growths] if len(growths) == len(amounts) else [None] * len(amounts)
        unit = next((q.unit for q in reversed(amounts) if q.unit), "CNY")
        for i, (q, metric, yoy) in enumerate(zip(amounts, metrics, yoys, strict=True)):
            draft = F.Draft(metric, q.value, q.unit or unit, q.qualifier, q, s.start, s.end, yoy_pct=yoy,
                            anchor=q.start, period=each_year[i] if each_year else None)
            self._place(draft, s, periods)
        return True

    def _stretches_after(self, amounts: list[Quantity], periods: list[Period]) -> list[Period] | None:
        """The stretch of the year named right after each of two amounts ('6.05 billion yuan in August and 44.91
        billion yuan in the first eight months'), or None."""
        own = [p for p in periods if amounts[1].end <= p.start <= amounts[1].end + 12]
        mine = [p for p in periods if amounts[0].end <= p.start <= amounts[0].end + 12 and p.start < amounts[1].start]
        if len(own) != 1 or own[0].first is None or not _STRETCH_AND.fullmatch(self.text, amounts[0].end,
                                                                               amounts[1].start):
            return None
        if not mine and (month := _IN_MONTH.match(self.text, amounts[0].end + 1)) is not None:
            at, named = month.start("month"), (own[0].last[0], F.MONTHS[month.group("month").lower()])
            mine = [Period(at, month.end(), named, named)] if named <= own[0].last else []
        return [mine[0], own[0]] if len(mine) == 1 and mine[0].first is not None else None

    def _zones_respectively(self, s: Sentence, amounts: list[Quantity], growths: list[Quantity],
                            periods: list[Period], areas: list[Quantity] = ()) -> bool:
        """'Output value ... grew fastest in the Xupu zone, the Chenxi park and the Yuanling zone, at 24.3
        percent, 19.8 percent and 17.2 percent respectively': one measure, each area's figure in the
        order the areas are named."""
        figures = amounts or growths
        if len(figures) < 2:
            return False
        subject = self.text[s.start: figures[0].start]
        metric = F.money_metric(subject, "")
        if metric is None or len(F.metrics_in_order(subject)) != 1 or F.industries_in_order(subject) \
                or len([p for p in periods if p.end <= figures[0].start]) >= 2 \
                or F.is_company_scope(subject, self.known_names):
            return False
        zones = self._respective_zones(s, figures[0].start, len(figures))
        if zones is None:
            return False
        if amounts and growths and len(growths) != len(amounts):
            return False
        # 'down 3.1 and 4.2 percent respectively': the words before the first growth say which way
        cue = self.text[amounts[-1].end: growths[0].start] if amounts and growths else subject[-40:]
        negative = _NEGATIVE_CUE.search(cue, self.sentence_fold) is not None
        for i, zone in enumerate(zones):
            growth = growths[i] if growths else None
            yoy = None if growth is None else -growth.value if negative else growth.value
            if amounts:
                q = amounts[i]
                draft = F.Draft(metric, q.value, q.unit or "CNY", q.qualifier, q, s.start, s.end, yoy_pct=yoy,
                                anchor=q.start, entity=zone)
            else:
                draft = F.Draft(metric, None, None, growth.qualifier, None, s.start, growth.end, yoy_pct=yoy,
                                anchor=growth.start, entity=zone)
            self._place(draft, s, periods)
        self._areas_beside_zones(s, zones, [q for q in areas if q.end <= figures[0].start], periods)
        return True

    def _areas_beside_zones(self, s: Sentence, zones: list[int], areas: list[Quantity], periods: list[Period]) -> None:
        """'The Weizheng Phase I Area, which covers 6.2 square kilometers, and the Weizheng Phase II Expansion Area,
        which covers 4.5 square kilometers, realized ... 19.6 billion yuan and 7.3 billion yuan respectively': each
        area's own size, in an aside after its name, is read beside the figures the sentence gives them in turn."""
        for q in areas:
            named = self._mentions_between(s.start, q.start)
            owner = named[-1] if named else None
            if owner is None or owner.cluster not in zones:
                continue
            draft = self._area(q, self.text[owner.end: q.start], s)
            if draft is not None and draft.entity is None:
                draft.entity, draft.start = owner.cluster, owner.start
                self._place(draft, s, periods)

    def _respective_zones(self, s: Sentence, end: int, n: int) -> list[int] | None:
        """The n areas figures given 'respectively' belong to, in order: those the sentence names before
        them, or, when it names none ('The two zones have ...', 'they are home to ...', 'Output value grew
        10.5 percent and 13.8 percent respectively'), the n the sentence before named, or the page's n zones."""
        # (not the owner of the parts named: "the park's Zone A (vehicle assembly) and Zone B (...) realized ...")
        named = list(dict.fromkeys(m.cluster for m in self._mentions_between(s.start, end)
                                   if not self.text.startswith(("'s ", "’s "), m.end)))
        if named:
            return named if len(named) == n else None
        before = self.previous
        if before is not None and before.line_no >= s.line_no - 2:
            named = list(dict.fromkeys(m.cluster for m in self._mentions_between(before.start, before.end)))
            if len(named) == n:
                return named
        zones = sorted((i for i, c in enumerate(self.clusters) if c.entity_type not in ("district", "other")),
                       key=lambda i: self.clusters[i].first_offset)
        if len(zones) == n:
            return zones
        # ('Liaobin and Huishan: steady in the top five' over paragraphs on each, then 'At the end of 2022 the two
        # zones had 148 and 203 ...'): the nearest paragraph above that names n zones, in its order
        end = self._line_start(s)
        for _ in range(6):
            if end <= 0:
                break
            start = self.text.rfind("\n", 0, end - 1) + 1
            named = list(dict.fromkeys(m.cluster for m in self._mentions_between(start, end)
                                       if self.clusters[m.cluster].entity_type not in ("district", "other")))
            if len(named) == n:
                return named
            if len(named) > n:
                return None
            end = start
        return None

    def _stocks_respectively(self, s: Sentence, quantities: list[Quantity], periods: list[Period]) -> bool:
        """'The two zones have planned areas of 28.6 and 21.3 square kilometers respectively'; 'they are home
        to 186 and 73 industrial enterprises above designated size respectively': each area's stock."""
        run = self._last_run(quantities)
        if len(run) < 2:
            return False
        if any(not q.raw.isalpha() and not any(p.start <= q.start < p.end for p in periods)
               for q in quantities[: len(quantities) - len(run)]):
            return False  # other figures before the list ('... 16.8 square kilometers and ..., and they are
            # home to 186 and 73 ...'): the sentence is read as usual
        window = self.text[s.start: run[0].start]
        read = self._respective_stocks(run, window, s.end)
        zones = self._respective_zones(s, run[0].start, len(run)) if read is not None else None
        if zones is None or F.is_company_scope(window, self.known_names):
            return False
        self._place_stocks(s, read, zones, periods)
        self.respective_zones = zones
        return True

    def _stocks_after_respectively(self, s: Sentence, quantities: list[Quantity], periods: list[Period]) -> bool:
        """'Suichang, Songyang and Yunhe had 142, 187 and 64 industrial enterprises above designated size
        respectively, and 61, 79 and 22 high-tech enterprises': a second list of as many stocks after the
        first, each area's in the same order."""
        zones = self.respective_zones
        run = self._last_run(quantities)
        if zones is None or len(run) != len(zones) or len(run) != len(quantities):
            return False
        read = self._respective_stocks(run, self.text[max(s.start, run[0].start - 60): run[0].start], s.end)
        if read is None:
            return False
        self._place_stocks(s, read, zones, periods)
        return True

    def _last_run(self, quantities: list[Quantity]) -> list[Quantity]:
        """The figures listed together at the end ('142, 187 and 64')."""
        run = quantities[-1:]
        for q in reversed(quantities[:-1]):
            if not _LIST_JOIN.fullmatch(self.text, q.end, run[0].start):
                break
            run.insert(0, q)
        return run

    def _respective_stocks(self, run: list[Quantity], window: str, end: int):
        """A list's measure of stocks, from the words before it (an area) or after it (a count), and each
        figure's value in its unit; None when the list is no list of stocks."""
        if any(q.kind not in ("bare", "area") for q in run) or run[-1].kind == "bare" and any(
                q.kind == "area" for q in run):
            return None
        if run[-1].kind == "area":
            found = F.nearest(F._AREA, window)
            if found is None or any(q.raw.isalpha() for q in run):
                return None
            code = "area_planned" if found[0] == "area" and re.search(r"planned|planning", window, re.I) \
                else found[0]
            factor = run[-1].value / run[-1].number if run[-1].number else 1.0
            return code, [(q, q.value if q.kind == "area" else q.value * factor, "km2") for q in run]
        code = F.count_label(self.text[run[-1].end: end])
        if code is None or any(not float(q.value).is_integer() for q in run):
            return None
        return code, [(q, q.value, "persons" if code == "population" else "count") for q in run]

    def _place_stocks(self, s: Sentence, read, zones: list[int], periods: list[Period]) -> None:
        code, stocks = read
        for (q, value, unit), zone in zip(stocks, zones, strict=True):
            self._place(F.Draft(code, value, unit, q.qualifier, q, s.start, s.end, measure="stock",
                                anchor=q.start, entity=zone), s, periods)

    def _periods_respectively(self, s: Sentence, growths: list[Quantity], periods: list[Period]) -> bool:
        """'Growth in the first and second quarters was 5.3 percent and 8.0 percent respectively': each stretch's
        change, in the measure the sentence names or, when it names none, the one last named."""
        # the stretches named together, before the changes or right after them ('... 5.3 percent and 8.0 percent in
        # the first and second quarters respectively')
        before = [p for p in periods if p.end <= growths[0].start and not p.plan][-len(growths):]
        after = [p for p in periods if p.start >= growths[-1].end and not p.plan]
        named = after if len(after) == len(growths) else before
        if len(named) != len(growths) or len({(p.first, p.last) for p in named}) != len(named) \
                or any(p.start > growths[0].start and p.end < growths[-1].end for p in periods):
            return False
        subject = self.text[s.start: growths[0].start]
        if F.industries_in_order(subject) or F.is_company_scope(subject, self.known_names) \
                or not F.GROWTH_CUE.search(self.text[s.start: s.end]):
            return False
        named_metrics = F.metrics_in_order(subject)
        metric = F.money_metric(subject, "") if len(named_metrics) == 1 else None if named_metrics \
            else self._last_metric([])
        if metric is None:
            return False
        negative = _NEGATIVE_CUE.search(subject[-40:], self.sentence_fold) is not None
        for q, period in zip(growths, named, strict=True):
            draft = F.Draft(metric, None, None, q.qualifier, None, s.start, q.end,
                            yoy_pct=-q.value if negative else q.value, anchor=q.start, period=period)
            self._place(draft, s, periods)
        return True

    def _measures_respectively(self, s: Sentence, growths: list[Quantity], periods: list[Period]) -> bool:
        """'the park's above-size industrial output value, fixed-asset investment and tax revenue grew 9.4%, 12.6%
        and 5.3% year on year respectively': each measure's change, in the order they are named."""
        subject = self.text[s.start: growths[0].start]
        metrics = F.measures_in_order(subject)
        if len(metrics) != len(growths) or len(set(metrics)) != len(metrics) or F.industries_in_order(subject) \
                or not F.GROWTH_CUE.search(subject[-40:]) or F.is_company_scope(subject, self.known_names):
            return False
        negative = _NEGATIVE_CUE.search(subject[-40:], self.sentence_fold) is not None
        for q, metric in zip(growths, metrics, strict=True):
            draft = F.Draft(metric, None, None, q.qualifier, None, s.start, q.end,
                            yoy_pct=-q.value if negative else q.value, anchor=q.start)
            self._place(draft, s, periods)
            self.respective_changes[metric] = self.drafts[-1]
        return True

    def _industries_respectively(self, s: Sentence, growths: list[Quantity], periods: list[Period]) -> bool:
        """'food processing and equipment manufacturing, the park's two leading industries, grew 21.3
        percent and 11.4 percent respectively': each industry's change, in the measure last named."""
        subject = self.text[s.start: growths[0].start]
        industries = F.industries_in_order(subject)
        if len(industries) != len(growths) or len(set(industries)) != len(industries) \
                or not F.GROWTH_CUE.search(subject[-40:]) or F.is_company_scope(subject, self.known_names):
            return False
        last = self._last_metric([])
        metric = last if last in F.INDUSTRY_SCOPED else "industrial_output"
        negative = _NEGATIVE_CUE.search(subject[-40:], self.sentence_fold) is not None
        for q, industry in zip(growths, industries, strict=True):
            draft = F.Draft(metric, None, None, q.qualifier, None, s.start, q.end,
                            yoy_pct=-q.value if negative else q.value, industry=industry, anchor=q.start)
            self._place(draft, s, periods)
        return True

    def _update_unit_context(self, s: Sentence) -> None:
        """A '(unit: 10,000 yuan)' label governs the lines under it until a blank line, or past a blank line the
        next block of short lines too (a zone's name over its indicators, block after block), until prose."""
        if self.unit_context is not None and s.line_no > self.unit_line + 1 and not (
                s.line_no == self.unit_line + 2 and self.unit_block and _SHORT_LINE.fullmatch(s.text)):
            self.unit_context = None
        if self.unit_context is None and s.text.startswith("|") and (below := self._unit_under_table(s)) is not None:
            # ('| Rank | Park | ... | Total industrial output value | Growth |' over its rows, then 'Unit: 100 million
            # yuan; growth in %, 2022 over 2021.' right under them: the table's unit, stated below it)
            self.unit_context, last_row = below
            self.unit_statement = (s.line_no, self.unit_context)
            self.unit_parts = []
            self.unit_block = False
            self.unit_line = last_row - 1
            return
        stated = _UNIT_STATEMENT.search(s.text, self.sentence_fold) or (
            F.UNIT_IN_NOTE.search(s.text) if ":" in s.text or "(" in s.text else None)
        unit = F.parse_unit(stated.group("unit")) if stated else \
            F.chinese_unit_statement(s.text) if "单位" in s.text or "unit" in self.sentence_fold else None
        if unit is None and "unit" in self.sentence_fold and (";" in s.text or "；" in s.text) \
                and F.UNIT_LINE.match(s.text) and len(money := {u for _, u in F.units_by_measure(s.text)}) == 1:
            # ('(unit: enterprises, number; output value, RMB 100 million)': the one unit of money it states, each
            # measure's unit its own)
            unit = money.pop()
        if unit is not None:
            self.unit_context = unit
            self.unit_statement = (s.line_no, unit)
            self.unit_parts = F.units_by_measure(s.text) if " for " in s.text or ";" in s.text else []
        # (a block of short lines under the unit: its figures are the unit's, in blocks)
        self.unit_block = self.unit_context is not None and (unit is not None or (
            self.unit_block and _SHORT_LINE.fullmatch(s.text) is not None))
        if self.unit_context is not None:
            # '... are as follows (unit: 100 million yuan, %):' governs the list after the blank line below it,
            # as a heading does ('III. Main Economic Indicators in 2021 (unit: 100 million yuan)')
            self.unit_line = s.line_no + (1 if unit is not None and (s.text.rstrip().endswith((":", "："))
                                                                     or s.heading) else 0)

    def _unit_under_table(self, s: Sentence) -> tuple[tuple[float, str], int] | None:
        """The unit a note right under a table of bars states, and the line of the table's last row, when ``s`` is
        the table's first line."""
        start = self._line_start(s)
        if start and not self.text.endswith("\n", 0, start - 1) and self.text.startswith("|", self.text.rfind(
                "\n", 0, start - 1) + 1):
            return None  # (not its first line)
        at, last = start, s.line_no
        while True:
            end = self.text.find("\n", at)
            if end < 0 or not self.text.startswith("|", end + 1):
                break
            at, last = end + 1, last + 1
        if end < 0:
            return None
        note_end = self.text.find("\n", end + 1)
        note = self.text[end + 1: note_end if note_end >= 0 else len(self.text)]
        if not F.UNIT_LINE.match(note) or (stated := _UNIT_STATEMENT.search(note)) is None:
            return None
        unit = F.parse_unit(stated.group("unit"))
        return (unit, last) if unit is not None else None

    def _figure_year(self, q) -> int | None:
        """The year of the figure a multiple follows: the last the sentence names before it, else the report's."""
        named = [p for p in self.sentence_periods if p.end <= q.start and p.last is not None]
        if named:
            return named[-1].last[0]
        return self.report_period.last[0] if self.report_period is not None and self.report_period.last else None

    def _growth(self, q, window, lookahead, drafts, s, boundary):
        if drafts and (back := _OF_THAT_TOTAL.match(window)) is not None:
            # ('Enterprises above designated size accounted for 421,560 ten thousand yuan of that output, an increase
            # of 9.3 percent': the total referred back to, not a measure of the change)
            window = " " * back.end() + window[back.end():]
        if q.kind == "percent" and _FROM_A_SHARE.search(window) \
                and _SHARE_BEFORE.search(self.text, s.start, q.start) is not None:
            return  # 'accounted for 32.6 percent of the park's revenue, up from 26.1 percent': the share before
        if "accounted for" in window or "accounting for" in window or "made up" in window or "makes up" in window:
            # ('exports, which accounted for 58 percent of the total, fell', 'Industrial investment, which made up 82
            # percent of the total, rose 31.5 percent')
            window = _SHARE_CLAUSE.sub(",", window)
        yoy = F.growth_value(q, self.text, self._figure_year(q) if q.kind == "times" else None)
        if yoy is not None and "per " in self.sentence_fold \
                and _PER_AMOUNT_OF.search(self.text, max(s.start, q.start - 120), q.start):
            return  # 'energy consumption per 10,000 yuan of industrial output fell 6.8 percent': a rate's change
        if yoy is not None and self._rate_moved_from(q, yoy, window, lookahead, drafts):
            return
        # (a comparison in a clause of its own is not this change's: 'Imports accounted for most of the total, while
        # exports rose 22.1 percent')
        # (nor one in a phrase that sets the scene before the clause: 'With coke prices about a third lower than a
        # year ago, output value of the coal chemical industry fell 21.4 percent')
        if yoy is None or _COMPARISON.search(
                _SCENE_PHRASE.sub("", _AFTER_COLON.split(_JOINED_CLAUSE.split(window)[-1])[-1], count=1),
                self.sentence_fold):
            if yoy is not None and _AVERAGE_RATE.search(window[-60:]) and F.GROWTH_TO_LEVEL.match(lookahead):
                # 'increased at an average annual rate of 8.9 percent to reach 6.74 billion yuan in 2021': no year's
                # change, but the level after it is the measure's
                metric = self._scoped(F.money_metric(window, ""), window, drafts)
                self.pending = (metric, None, self._clause_start(s, boundary), None) if metric else None
            return
        if q.kind == "percent" and _PERCENT_OF.match(lookahead):
            return  # 'output climbed back to 80 percent of normal levels': a share, not a change
        if _OVER_THE_MONTH_BEFORE.match(lookahead) or _OVER_SEVERAL_YEARS.match(lookahead):
            # 'rose 14.2% over February', 'month on month': a change on the month or quarter before; 'rises 51% in
            # three years': a change over several; neither a year-on-year change
            return
        elliptical = bool(drafts) and drafts[-1].yoy_pct is not None and F.ELLIPTICAL_GROWTH.search(window)
        # 'rose 8.2 percent in Dongli EDZ and 15.3 percent in Jinnan EDZ': the same measure, another zone's
        another = bool(drafts) and drafts[-1].yoy_pct is not None and _ANOTHER_AREA.fullmatch(window) is not None \
            and self._named_after(q.end, s) is not None
        # '412.6 (+5.8%)': a signed change in brackets right after the figure is its growth
        signed = _SIGNED_IN_BRACKETS.fullmatch(window) if drafts and drafts[-1].yoy_pct is None else None
        if signed is None and q.kind == "percent" and drafts and drafts[-1].yoy_pct is None \
                and drafts[-1].value is not None:
            signed = _SIGN_AFTER_FIGURE.fullmatch(window)  # 'GDP: RMB 48.6 bn, +7.1%': the figure's change
            if signed is None and drafts[-1].quantity is not None \
                    and _CURRENCY_WRITTEN.search(drafts[-1].quantity.raw):
                signed = _SIGN_IN_NEXT_COLUMN.fullmatch(window)
        if signed is None and q.kind == "percent" and drafts and drafts[-1].yoy_pct is None \
                and ("↑" in window or "↓" in window or "▲" in window or "▼" in window or "⬆" in window
                     or "⬇" in window):
            signed = _ARROW_BEFORE.search(window)  # '8.65 billion yuan in 2023, ↑ 12.2%': an arrow is a change
        if signed is None and q.kind == "percent" and _LABEL_THEN_SIGN.search(window):
            # 'Industrial added value above designated size: +7.9%': a row's signed change (or a post's, with an
            # arrow and no colon: '✅ Industrial added value above designated size ⬆️ 11.6%')
            signed = _LABEL_THEN_SIGN.search(window)
        goal = _ANNUAL_TARGET_OF.search(window) if (drafts or self.drafts) else None
        # ('Fixed-asset investment posted a 4.1% decline', 'recorded a 12.5 percent increase': the change a noun)
        # ('has set a target of 25% growth in operating revenue': the goal's change, a noun after it)
        target_of = q.kind == "percent" and _GOAL_OF_BEFORE.search(window) is not None
        noun = _CHANGE_NOUN_AHEAD.match(lookahead) if q.kind == "percent" and (
            (window.endswith("a ") and _A_BEFORE.search(window)) or target_of) else None
        # ('has set a target of 10 percent GDP growth': the measure between the figure and its change noun)
        measure_growth = _MEASURE_THEN_GROWTH.match(lookahead) if target_of and noun is None else None
        if measure_growth is not None and F.money_metric(measure_growth.group("what"), "") is None:
            measure_growth = None
        noun = noun or measure_growth
        and_of = q.kind == "percent" and bool(drafts) and drafts[-1].value is None \
            and drafts[-1].yoy_pct is not None and _AND_OF.search(window) is not None
        # ('... 10.7% for the city and 14.2% for the zone': the second, the zone's, of the measure the first had)
        zone_again = self.wider_change is not None and self.wider_change[2] == s.start \
            and _ZONE_SCOPE_AFTER.match(lookahead) is not None and _AND_THEN.fullmatch(window) is not None
        if q.kind == "percent" and not (F.GROWTH_CUE.search(window) or elliptical or another or signed or goal or
                                        _YOY_AHEAD.match(lookahead) or noun or and_of or zone_again):
            return
        if noun is not None and noun.group("noun").lower() in _FALLS and yoy > 0:
            yoy = -yoy
        if signed and signed.group(1) in "-−▼↓⬇" and yoy > 0:
            yoy = -yoy
        if _NEGATIVE_CUE.search(window[-40:], self.sentence_fold) and yoy > 0:
            yoy = -yoy
        if window.endswith(("-", "- ", "−", "− ")) and _CUE_THEN_MINUS.search(window[-40:]) and yoy > 0:
            yoy = -yoy  # 'Industrial fixed-asset investment: 126,500, growth -12.4%': the sign the cue is followed by
        lower = _YOY_AHEAD.match(lookahead)
        if lower is not None and (lower.group("than") or "").lower() in ("lower", "less") and yoy > 0:
            yoy = -yoy  # '3.1 percent lower than the previous year'
        # the year the change is against, when one is named: a year before the last is no year-on-year change
        # ('Compared with 2021, fixed asset investment increased by 31.5%', '24.9 percent higher than in 2021')
        against = _VERSUS_YEAR.search(window if _OPENS_COMPARED.match(window) or "compared" in window.lower()
                                      else _LAST_CLAUSE.split(window)[-1]) if _DIGIT.search(window) else None
        on_year = _ON_A_YEAR_AHEAD.match(lookahead) if against is None and lower is None else None
        versus = (int(against.group(2)), _PART_MONTHS.get((against.group("part") or "").lower())) if against else \
            (int(lower.group("year")), None) if lower is not None and lower.group("year") else \
            (int(on_year.group(1)), None) if on_year is not None else None
        metric = self._scoped(F.money_metric(window, ""), window, drafts)
        if metric is None:
            metric, firms_industry = self._measure_of_firms(drafts, window, s)
        else:
            firms_industry = None
        if metric is None and not drafts and self.item_metric is not None:
            metric = self.item_metric  # '  October: up 5.8%' under the indicator's name
        if metric is None and not drafts and self.drafts and _IT_GREW_OPENS.fullmatch(window):
            # 'In the second quarter alone, the figure grew 9.4 percent': the measure the sentence before ended with
            last = self.drafts[-1][0]
            if last.metric in F.FLOW_METRICS and s.start - last.end < 60:
                metric = last.metric
        if metric is None and not drafts and self.drafts and self.previous is not None \
                and _THAT_WAS_A_CHANGE.fullmatch(window):
            # 'Operating revenue came to 21.05 billion yuan. That was 15.6 percent more than in 2022.': the change of
            # the figure the sentence before ended on
            last, *rest = self.drafts[-1]
            if last.value is not None and last.yoy_pct is None and last.metric in F.FLOW_METRICS \
                    and last.start >= self.previous.start and not _DIGIT.search(self.text, last.end, s.start):
                tail = _YOY_TAIL.match(lookahead)
                self.drafts[-1] = (F.extend(last, yoy_pct=yoy, end=q.end + (tail.end() if tail else 0),
                                            versus=versus), *rest)
                return
        if metric is None and drafts and drafts[-1].metric in F.FLOW_METRICS and _IT_GREW_AGAIN.search(window):
            metric, industry_again = drafts[-1].metric, drafts[-1].industry
        else:
            industry_again = None
        goal_period = None
        if metric is None and goal:  # 'grew 16.3 percent, against a target of 12 percent': the year's goal for it
            goal_period = self._goal_period(goal, q)
            if goal_period is not None:
                metric = (drafts[-1] if drafts else self.drafts[-1][0]).metric
        if zone_again and metric is None:
            metric, industry_again = self.wider_change[:2]
        growth_of = _GROWTH_OF.search(window) or and_of
        named_after = _IN_WHAT.match(lookahead) if growth_of else \
            _CHANGE_IN_WHAT.match(lookahead) if _AN_ARTICLE_BEFORE.search(window) or target_of else None
        if named_after and (after := F.money_metric(named_after.group(1), "")) is not None:
            metric = after  # 'growth of more than 10 percent in the output value of industrial enterprises ...'
        if measure_growth is not None:
            metric = F.money_metric(measure_growth.group("what"), "")
        if F.GROWTH_TO_LEVEL.match(lookahead):  # 'exports grew 23.5 percent to 26.4 billion yuan'
            industry = F.industry_of(window, "") or F.industry_subject(window) or firms_industry
            self.pending = (metric, yoy, self._clause_start(s, boundary), industry)
            return
        industry = industry_again
        with_industry = _WITH_INDUSTRY.search(window) if metric is None and drafts else None
        if with_industry and drafts[-1].metric in F.INDUSTRY_SCOPED:
            # '... grew 9.4 percent, with the automobile and parts industry up 27.5 percent': that industry's
            industry = F.industry_subject(window + " grew") or F.industry_of(with_industry.group(), "")
            metric = drafts[-1].metric if industry else None
        if metric is None and drafts and drafts[-1].metric in F.INDUSTRY_SCOPED \
                and (that := _THAT_OF_GREW.search(window)) is not None \
                and (of := F.first_industry(that.group("of"))) is not None:
            # '..., and that of equipment manufacturing enterprises grew 9.4 percent': the same measure, an industry's
            metric, industry = drafts[-1].metric, of
        if metric is None and (subject := F.industry_subject(F.ASIDE.sub("", window))) is not None \
                and not _INVESTMENT_IN_BEFORE.search(window[-80:]):
            # 'the biomedicine industry grew 11.5 percent': that industry's output (or the measure just given)
            last = self._last_metric(drafts)
            metric, industry = (last if last in F.INDUSTRY_SCOPED else "industrial_output"), subject
        if metric is not None and drafts and metric == drafts[-1].metric and drafts[-1].value is not None \
                and industry is None and _MEASURE_NAMED_AFTER.fullmatch(window):
            metric = None  # 'paid 1.46 billion yuan in taxes, down 3.5 percent': the amount's own change
        if drafts and drafts[-1].yoy_pct is None and drafts[-1].end <= q.start and metric is None and industry is None:
            last = drafts[-1]
            if last.unit == "count" and _AMOUNT_WORD.search(self.text, last.end, q.start):
                return  # '58 foundries produced castings worth 3.12 billion yuan, up 15.8 percent': not the firms'
            end = q.end
            tail = _YOY_TAIL.match(lookahead)
            if tail:
                end = q.end + tail.end()
            drafts[-1] = F.extend(last, yoy_pct=yoy, end=end, versus=versus)
            return
        if metric is None and another:
            metric, industry = drafts[-1].metric, drafts[-1].industry
        possessor = None
        if metric is None and drafts and drafts[-1].yoy_pct is not None and drafts[-1].metric in F.FLOW_METRICS \
                and (whose := _WHILE_ITS_GREW.search(window)) is not None:
            # ('Industrial investment in Harqin ... rose 18.4 percent, while Aohan's grew 11.6 percent': the same
            # measure, another zone's, named by its possessive)
            at = q.start - len(window) + whose.start("name")
            named = self._mentions_between(at, at + len(whose.group("name")) + 1)
            if named and named[0].cluster != drafts[-1].entity:
                metric, industry, possessor = drafts[-1].metric, drafts[-1].industry, named[0].cluster
        if metric is None and drafts and drafts[-1].metric in F.FLOW_METRICS and _CHANGE_BEFORE.search(window):
            # '... up 3.8 percent, reversing a decline of 9.6 percent in the first quarter': the same measure's
            # change over another stretch, dated by its own period
            metric = drafts[-1].metric
        if metric is None or metric not in F.FLOW_METRICS:
            return
        if _PRICE_CHANGED.search(window[-80:]):
            return  # 'some firms had to cut prices by 3 to 5 percent': a price's change, no measure of the zone's
        if metric.startswith("industrial_output") and (_PHYSICAL_BEFORE.search(window[-80:])
                                                       or _PHYSICAL_AFTER.match(lookahead)):
            return  # 'the quantity of module output increased 21.3%', '... in volume terms': tonnes, not yuan
        if self._part_or_since_founding(metric, window, max(s.start, boundary), q.start):
            return
        if F.is_company_scope(window, self.known_names) or ("its " in window and self._its_firm(window, s)) or \
                self._it_the_firm(s) or \
                _SUBSET.search(self.text[max(s.start, q.start - _REACH): q.start], self.sentence_fold) or \
                self._their_combined(s, q):
            return
        if _ADJUSTED.search(_LAST_CLAUSE.split(window)[-1] if not _ADJUSTED_CLAUSE.search(window) else window):
            return  # 'excluding the refunds, it grew 5.7 percent': a change the page reckons, not the one reported
        last_clause = _LAST_CLAUSE.split(window)[-1]
        if self._wider_area(last_clause, q.start) or (
                _BARE_CHANGE_CLAUSE.fullmatch(last_clause) and not drafts
                and self._wider_area(self.text[max(s.start, boundary): q.start - len(last_clause)],
                                     q.start - len(last_clause))):
            # "Hunan's foreign trade grows 38.6%": the province's growth, not the zone's ('Yueyang's petrochemical
            # industry chain as a whole generated 182 billion yuan ..., up 6.9 percent': nor the change of its figure)
            return
        if _WIDER_SCOPE_AFTER.match(lookahead):
            # 'grew 10.7% for the city and 14.2% for the zone', 'grew 14.6 percent county-wide and 21.3 percent in
            # the development zone': the wider area's change (read as its sentence's, as before); the zone's
            # follows, of the same measure
            self.wider_change = (metric, industry_again, s.start, self._clause_start(s, boundary))
        start = self.wider_change[3] if zone_again else self._clause_start(s, boundary)
        end = q.end
        tail = _YOY_TAIL.match(lookahead)
        if tail:
            end += tail.end()
        if named_after is not None and metric == after:
            end = max(end, q.end + named_after.end())  # (what changed, named after the change, is its evidence)
        if measure_growth is not None:
            end = max(end, q.end + measure_growth.end())  # ('10 percent GDP growth')
        # the industry named in this clause ('... as VAT refunds to photovoltaic firms rose, while fixed-asset
        # investment increased 11.5 percent' is the zone's investment), as for an amount
        joined = list(_JOINED_CLAUSE.finditer(window))
        industry = industry or F.industry_of(window[joined[-1].end():] if joined else window, "")
        if industry is None and metric in F.INDUSTRY_SCOPED and drafts and drafts[-1].metric == "enterprises" \
                and drafts[-1].industry is not None and _THEIR_MEASURE.fullmatch(window):
            industry = drafts[-1].industry  # "the zone's 8 pharmaceutical enterprises saw their output value rise 9.3%"
        drafts.append(F.Draft(metric, None, None, q.qualifier, None, start, end, yoy_pct=yoy,
                              industry=industry, anchor=q.start, period=goal_period, target=goal_period is not None,
                              versus=versus, entity=self._the_zone() if zone_again else possessor))

    def _rate_moved_from(self, q: Quantity, yoy: float, window: str, lookahead: str, drafts) -> bool:
        """'rose 12.4 percent, accelerating from 10.2 percent in the first quarter': the same measure's rate
        over the stretch named after it (a rate the growth moved from, so no sign of its own; read before the
        comparisons, as '8.4 percentage points higher than the city average, and up from ...' has one)."""
        if q.kind == "percent" and not drafts and self.drafts and _ITS_PERIOD_AFTER.match(lookahead) \
                and (opening := _GROWTH_MOVED_OPENS.fullmatch(window)) is not None:
            # ('... up 5.2 percent year on year. Growth slowed from 11.6 percent in the first half as ...', 'Growth in
            # the output value of industrial enterprises above designated size accelerated from 5.2 percent in the
            # first quarter': the rate an earlier stretch had, of the measure it names or of the one just given)
            last = self.drafts[-1][0]
            metric = F.money_metric(opening.group("what"), "") if opening.group("what") else \
                last.metric if last.yoy_pct is not None else None
            if metric is None or metric not in F.FLOW_METRICS:
                return False
            own = next((p for p in self.set_aside if q.end <= p.start <= q.end + 25), None)
            start = q.start - len(window) + opening.start("growth")
            drafts.append(F.Draft(metric, None, None, q.qualifier, None, start, q.end, yoy_pct=yoy, anchor=q.start,
                                  period=own))
            return True
        if not (q.kind == "percent" and drafts and drafts[-1].yoy_pct is not None
                and drafts[-1].metric in F.FLOW_METRICS
                and _RATE_BEFORE.search(window) and _ITS_PERIOD_AFTER.match(lookahead)):
            return False
        last = drafts[-1]
        # ('up from 14.2 percent in the first quarter': a base's period, set aside from the sentence's)
        own = next((p for p in self.set_aside if q.end <= p.start <= q.end + 25), None)
        drafts.append(F.Draft(last.metric, None, None, q.qualifier, None, q.start, q.end, yoy_pct=yoy,
                              industry=last.industry, anchor=q.start, period=own))
        return True

    def _its_firm(self, window: str, s: Sentence) -> bool:
        """'Shenyang Hengxin Transmission Machinery Co., Ltd. delivered 1,260 sets of reducers in the first half,
        and its output value rose 41%': 'its' in a clause joined to a sentence whose subject is a firm."""
        if "its " not in window:
            return False
        joined = list(_JOINED_CLAUSE.finditer(window))
        if not joined or not window.startswith("its ", joined[-1].end()):
            return False
        return _FIRM_SUBJECT.match(self.text, s.start, s.end) is not None

    def _it_the_firm(self, s: Sentence) -> bool:
        """'Dandong Ruida Instrument Co., Ltd., founded in 1998, moved into the park in 2009. It makes 12,000 flaw
        detectors a year and reported revenue of 930 million yuan in 2023.': 'It' opening a sentence right after one
        whose subject is a firm, in the same paragraph, is that firm."""
        before = self.previous
        return before is not None and before.line_no == s.line_no and _IT_OPENS_A_SENTENCE.match(s.text) is not None \
            and _FIRM_SUBJECT.match(self.text, before.start, before.end) is not None

    def _industry_part_row(self, s: Sentence, q: Quantity) -> bool:
        """True when the figure is an industry's part, on a row of its own, of the money figure on the row before:
        '  of which: intelligent manufacturing: 128.7 (+13.5%)' under a list in '(Unit: 100 million yuan)'."""
        row = _INDUSTRY_PART_ROW.fullmatch(self.text, s.start, q.start)
        return row is not None and F.only_an_industry(row.group("name")) is not None and bool(self.drafts) \
            and self.drafts[-1][0].unit == "CNY" and self.drafts[-1][0].metric in _OF_INDUSTRIES

    def _above_size_part_row(self, s: Sentence, q: Quantity) -> str | None:
        """The measure of the firms above designated size's part, on a row of its own, of the output or added value on
        the row before: '  of which: enterprises above designated size ...... 598.10 (+9.1%)' under 'Gross industrial
        output value ...... 612.45 (+8.7%)'."""
        if not self.drafts or self.previous is None \
                or not _ABOVE_SIZE_PART_LABEL.fullmatch(self.text, self._line_start(s), q.start):
            return None
        last = self.drafts[-1][0]
        if last.metric not in ("industrial_output", "industrial_added_value") or last.industry is not None \
                or last.unit != "CNY" or last.start < self.previous.start:
            return None
        return last.metric + "_above_size"

    def _set_in_row_measure(self, s: Sentence, q: Quantity) -> str | None:
        """The measure of a labelled line set in under a list item of a measure, below its siblings ('    green
        building materials cluster: 2.53 billion yuan, down 4.2%' under '- Output value of industrial enterprises
        above designated size: 18.62 billion yuan, up 12.4%' and two lines like it): the item's measure, for the part
        or industry the line names, however far the item's words are."""
        line_start = self._line_start(s)
        label = _SET_IN_LABEL.match(self.text, line_start, q.end)
        if label is None or not self.drafts or F.money_metric(label.group("label"), ""):
            return None
        indent, at = label.end("indent") - line_start, line_start
        for _ in range(12):  # up over its siblings to the item
            if at == 0:
                return None
            above = self.text.rfind("\n", 0, at - 1) + 1
            line = self.text[above: at - 1]
            shift = len(line) - len(line.lstrip(" \t"))
            if shift == indent and _SET_IN_LABEL.match(line):
                at = above
                continue
            if shift >= indent or not _ITEM_OF_A_MEASURE.match(line):
                return None
            break
        else:
            return None
        item = next((d for d, *_ in reversed(self.drafts) if above <= d.start < at and d.value is not None), None)
        if item is None or item.metric is None or item.unit != (q.unit or "CNY") or item.industry is not None:
            return None
        return item.metric

    def _not_the_page_s_part(self, part: int) -> bool:
        """Whether a page is about its zone rather than the part ``part``: it names the part no more often than the
        zone, or it names another part about as often (a report of the zone that goes through its parts: 'the hardware
        park', 'the new materials park', eight or nine times each)."""
        named = self.times_named[part]
        return named <= self.times_named[self.primary] or any(
            c.part and i != part and 2 * self.times_named[i] >= named for i, c in enumerate(self.clusters))

    def _last_metric(self, drafts) -> str | None:
        """The metric stated last, in this sentence or before it."""
        if drafts:
            return drafts[-1].metric
        return self.drafts[-1][0].metric if self.drafts else None

    def _scoped(self, metric: str | None, window: str, drafts) -> str | None:
        """'The added value of these enterprises': the scope of the enterprises named just before.

        So too 'the output value' right after a figure of the output value above designated size
        ('... reached 41.27 billion yuan. In July alone, the output value was 6.93 billion yuan').
        """
        if metric not in ("industrial_output", "industrial_added_value"):
            return metric
        scope = self.above_size_scope or _ABOVE_SIZE.search(self.sentence_fold, self.sentence_fold) is not None
        # (a stretch of the measure the paragraph gives, with no figure of another measure between: 'Output value of
        # industrial enterprises above designated size ... fell 4.8 percent .... The decline was 6.2 percentage
        # points smaller than in the first quarter. In the second quarter alone output rose 0.9 percent')
        stretch = not drafts and bool(self.drafts) and _A_STRETCH_OPENS.match(window) is not None \
            and self.previous is not None and self.previous.line_no == self.sentence_line \
            and self.drafts[-1][0].start >= self.text.rfind("\n", 0, self.previous.start)
        if (scope or stretch) and (
                F.THESE_FIRMS.search(window)
                or ((_THE_SAME_MEASURE.fullmatch(last := _CLAUSE_OR_COLON.split(window)[-1])
                     or _WITH_THE_SAME_MEASURE.fullmatch(last))
                    and self._last_metric(drafts) == metric + "_above_size")
                # 'industrial enterprises above designated size realized main business income of ..., and
                # output value of ...': a second measure of the firms the sentence is about
                # (not the firms counted as an object: '... had 34 industrial enterprises above designated size and
                # produced total industrial output value of 3.05 billion yuan')
                or (drafts and _AND_MEASURE.fullmatch(_LAST_CLAUSE.split(window)[-1])
                    and (subject := _ABOVE_SIZE_SUBJECT.search(self.sentence_fold)) is not None
                    and not _COUNT_BEFORE_FIRMS.search(self.sentence_fold, max(0, subject.start() - 24),
                                                       subject.start()))
                # 'Its 58 food processing enterprises above designated size turned out output value of ...'
                # ('The area now has 196 industrial enterprises above designated size, whose output value grew 11.4
                # percent last year')
                or (self._last_metric(drafts) == "enterprises_above_size"
                    and (_THEY_MADE.fullmatch(window) or _WHOSE_MEASURE.fullmatch(_LAST_CLAUSE.split(window)[-1])))
                # ('The third quarter alone contributed 10.12 billion yuan of output value' after the output value above
                # designated size of the first three quarters: a stretch of it)
                or (not drafts and self._last_metric(drafts) == metric + "_above_size"
                    and _STRETCH_BROUGHT.search(window, self.sentence_fold) is not None)):
            return metric + "_above_size"
        return metric

    def _zone_place(self, possessive: str) -> bool:
        """True for 'Yangling's' when a zone of the text is named by Yangling alone: the zone's, not the city's.

        ('Taizhou's' beside 'Taizhou Medical High-tech Zone' is the city's.)
        """
        word = possessive[:-2]
        return " " not in word and any(c.place == (word.lower(),) for c in self.clusters)

    def _named_just_before(self, offset: int) -> bool:
        """True when an area is named, by its name, within the few words before ``offset``."""
        return any(m.explicit and m.end >= offset - 20 for m in self._mentions_between(offset - 200, offset))

    def _after_named_whose(self, clause: str, end: int) -> str:
        """The clause from a named area's 'whose' on: 'The company is one of 60 machinery makers in the Qingzhou
        Economic Development Zone, whose construction machinery industry generated ...' is the zone's figure."""
        whose = clause.rfind(", whose ")
        if whose < 0:
            return clause
        at = end - len(clause) + whose
        named = [m for m in self._mentions_between(at - 120, at) if m.end == at]
        return clause[whose + len(", whose "):] if named else clause

    def _clause_start(self, s: Sentence, boundary: int) -> int:
        """Where a fact's evidence starts: after the previous fact, without a leading connective."""
        start = boundary
        while start < s.end and self.text[start] in " ,;:\t)]":  # not the close of a list mark "(2)"
            start += 1
        lead = _LEADING_CONNECTIVE.match(self.text[start: start + 20])
        return start + (lead.end() if lead else 0)

    def _amount(self, q: Quantity, window, lookahead, drafts, s, clause_start, boundary):
        # a parenthesised conversion restates the amount before it
        if drafts and _OPEN_BRACKET.fullmatch(self.text[drafts[-1].end: q.start]):
            close = self.text.find(")", q.end, s.end)
            drafts[-1] = F.extend(drafts[-1], end=max(drafts[-1].end, close + 1 if close > 0 else q.end))
            return None
        if _PER_UNIT.search(window, self.sentence_fold) or _PER_UNIT.search(lookahead[:20], self.sentence_fold) \
                or _PER_BEFORE.search(window):
            return None  # ('Energy consumption per 10,000 yuan of industrial added value': a rate)
        if ('"' in window or "”" in window) and _QUOTED_NAME_THEN_BRACKET.search(window):
            return None  # ('"22 Luotang Industrial Investment MTN001" (RMB 800 million, coupon 3.65%)': the size of
            # what the quotes name, a bond or a fund, whatever words its name has
        clause = self.text[max(clause_start, q.start - _REACH): q.start]
        # (a project the clause before names is not this measure's subject: '... will speed up the rod project, and
        # strive to achieve output value above designated size of 25 billion yuan')
        scoped = clause
        if (joined := _LAST_JOINED.search(clause)) is not None \
                and F.money_metric(clause[joined.end():], "") is not None \
                and not _ITS_OR_THEIR.search(clause, joined.end()) \
                and (not F.is_company_scope(clause[: min(joined.start(), 40)], self.known_names)
                     # ('A cathode precursor plant ... went into production last summer, and the battery materials
                     # industry realized operating revenue of': a new subject of the zone's after the firm's clause)
                     or _INDUSTRY_OR_ZONE_OPENS.match(clause, joined.end()) is not None):
            # (not '..., and its sales revenue reached', nor 'One contract manufacturer ... shipped ..., and posted
            # revenue of': the firm's again)
            scoped = clause[joined.end():]
        if scoped.startswith(("With ", "with ")):
            # ('With a Japanese-funded reducer project due to inject registered capital in November, foreign capital
            # actually used by the park ... is expected to exceed ...': the circumstance, not the figure's subject)
            scoped = _WITH_OPENER.sub("", scoped, count=1)
        if "which" in scoped:  # ('The wind power equipment cluster, which includes a blade plant and a tower maker,
            # posted output of ...': the firms of the aside are not its subject)
            scoped = _WHICH_INCLUDES_ASIDE.sub(",", scoped)
        if F.is_company_scope(self._after_named_whose(scoped, q.start), self.known_names) \
                or ("its " in clause and self._its_firm(clause, s)) or self._it_the_firm(s) \
                or _FIRM_SAYS.match(self.text, q.end, s.end) or _BY_ONE_FIRM_AFTER.match(self.text, q.end, s.end):
            return None
        # (the subset a clause before names is not this measure's either: '... set up a white list of 1,200 key firms
        # for logistics passes, and strive for output value above designated size of 33 billion yuan')
        if _SUBSET.search(scoped, self.sentence_fold) or self._their_combined(s, q):
            return None
        if "of which" in clause and (zone_part := _THE_ZONE_S_PART.search(clause)) is not None \
                and (code := F.money_metric(clause[: zone_part.start()], "")) is not None \
                and (zone := self._the_zone()) is not None:
            # "The county's foreign trade reached 9.2 billion yuan, of which the zone contributed 6.11 billion yuan":
            # the zone's part of its county's total
            return F.Draft(code, q.value, q.unit or "CNY", q.qualifier, q, q.start - len(clause)
                           + zone_part.start("part"), q.end, anchor=q.start, entity=zone)
        together = _TOGETHER.search(clause, self.sentence_fold)
        if together and not _ONE_OF_THEM.search(clause, together.end()):
            # 'zones, which together generated 2.18 trillion yuan', 'Combined, the two zones produced', 'the 86
            # development zones realized': no one zone's figure (unless a clause about one of them follows:
            # 'the two zones set their goals for 2018: Xiamen Torch High-tech Zone strives for ...')
            return None
        if self._wider_area(scoped, q.start):
            return None  # 'Yantai as a whole produced a GDP of ...', 'the province's GDP': not the zone's
        # (not an aside's: 'The new materials industry, including copper foil and alloy wire, posted output value of')
        unasided = F.ASIDE.sub(lambda m: " " * len(m.group()), clause) if "," in clause else clause
        parts = list(F.PART_OF.finditer(unasided)) if _PART_OF.may_match(clause, self.sentence_fold) else []
        part = parts[-1] if parts else None
        if part is not None and part.group() == "Including" and _COUNTING_IN.match(unasided, part.start()):
            part = None  # 'Including the CIFIT deals, the zone's contracted investment ... reached': counting them in
        inherited = None
        measure_end = q.end
        if part is None and q.kind == "money" and drafts and drafts[-1].metric in _INVESTMENTS \
                and _WITH_A_PART.search(clause) and (invested := _INVESTED_IN_AFTER.match(lookahead)) is not None \
                and (target := F.invest_target(lookahead[invested.end():])) not in ("project_investment",
                                                                                   drafts[-1].metric):
            # 'Industrial investment grew by 26.3 per cent to RMB 4.06 billion, with RMB 1.72 billion going into
            # technological transformation': the part's own measure, what it went into
            stop = min((i for i in (self.text.find(mark, q.end + invested.end(), s.end) for mark in ",.;") if i >= 0),
                       default=s.end)
            return F.Draft(target, q.value, q.unit or "CNY", q.qualifier, q, q.start, stop, anchor=q.start)
        if part is not None and F.money_metric(clause[part.end():], "") is None and q.kind != "area" \
                and self._last_metric(drafts) in ("industrial_output", "industrial_added_value") \
                and F.lexicon.ABOVE_SIZE.search(clause[part.end():]):
            # 'output value of 36.2 billion yuan. Of this, enterprises above designated size contributed 29.84
            # billion yuan': theirs is the measure above designated size
            inherited = (self._last_metric(drafts) + "_above_size", None)
        elif part is not None and q.kind != "area" and _A_MONTH_OF_IT.fullmatch(clause, part.end()) \
                and self._last_metric(drafts) in F.FLOW_METRICS:
            # '1-3 month completed 142,650, increase 11.3%. Among them, March completed 56,820': that month's
            inherited = (self._last_metric(drafts), None)
        elif part is not None and F.money_metric(clause[part.end():], "") is None and q.kind != "area":
            # 'output value of 186.9 billion yuan, of which the new energy industry contributed 98.5
            # billion': an industry's share of the total keeps the total's metric
            industry = F.industry_of(clause[part.end():], lookahead)
            if industry is None and (part.group().lower().startswith("of t")
                                     or _BARE_CONTRIBUTED.fullmatch(clause, part.end())):
                # 'Of that, new energy vehicles contributed ...', '..., of which biomedicine contributed ...'
                industry = F.first_industry(clause[part.end():])
            if industry is None and (label := _PART_LABEL.fullmatch(clause, part.end())) is not None:
                # '  of which agricultural products processing: 19.3 billion yuan' under its item
                industry = F.only_an_industry(label.group("name") or label.group("name2"))
            if industry and self._last_metric(drafts) in _OF_INDUSTRIES:
                inherited = (self._last_metric(drafts), industry)
            elif (invested := _INVESTED_IN_AFTER.match(lookahead)) is not None \
                    and (target := F.invest_target(lookahead[invested.end():])) != "project_investment":
                # 'Industrial investment rose 18.9 percent, including 2.18 billion yuan invested in technological
                # transformation': the part's own measure, what it went into (its change after that phrase)
                inherited = (target, None)
                comma = self.text.find(",", q.end, min(s.end, q.end + 90))
                measure_end = comma if comma > 0 else measure_end
            elif self._another_area_s_part(q, clause, part, drafts, s):
                # "Baixiang County's GDP reached 12.86 billion yuan, of which the development zone contributed 4.72
                # billion yuan": the zone's figure of the measure just given
                inherited = (drafts[-1].metric, None)
            elif self.item is not None and self.item[2] is not None:
                # '   · of which Q2: 6.37 billion yuan' under '▶ Operating revenue: 11.43 billion yuan': a stretch of
                # the measure above
                inherited = (self.item[0], None)
            elif self._last_metric(drafts) is not None and any(
                    m.explicit and self.clusters[m.cluster].part
                    for m in self._mentions_between(q.start - len(clause) + part.end(), q.start)):
                # 'Of this, the Ping'erguan Port Area handled 9.37 billion yuan': a part of the zone's share of the
                # total just given, the same measure
                inherited = (self._last_metric(drafts), None)
            elif self._last_metric(drafts) is not None and (came := _CAME_FROM.match(self.text, q.end)) is not None \
                    and any(m.explicit and self.clusters[m.cluster].part
                            for m in self._mentions_between(came.end(), came.end() + 1)):
                # ('..., of which 1.36 billion yuan came from the southern section': the part named after its share)
                inherited = (self._last_metric(drafts), None)
            else:
                return None
        # (or below one: 'Enterprises with annual operating revenue below 20 million yuan may apply ...')
        if q.qualifier in ("at_least", "at_most") and _THRESHOLD.search(clause, self.sentence_fold) \
                and not re.search(r"\btotal\b", window, re.I) and _round_threshold(q.value) \
                and not _SIGN_PROJECTS_WORTH.search(window) and not _CONTRACTED_AT_LEAST.search(window[-60:]):
            # ('20 signed projects with contracted investment of more than 10 billion yuan': what they were signed
            # for, a total, not a class of projects)
            return None  # 'projects with an investment of more than 100 million yuan': a size class
        if q.qualifier == "at_least" and q.unit in ("CNY", "USD") and _round_threshold(q.value) \
                and _DEFINES.search(clause, self.sentence_fold):
            return None  # a note's definition: '... refer to enterprises whose annual main business income is 20
            # million yuan and above', 'Fixed-asset investment covers projects with a planned total investment of 5
            # million yuan and above'
        if _EACH.match(lookahead) or _FOR_EVERY.search(window):  # 'projects of more than 1 billion yuan each'
            return None  # ('an award of 1 million yuan for every 100 million yuan of investment': a rate's base)
        if _WHEN_COMPLETED.match(lookahead) or (
                "complete" in self.sentence_fold and _COMPLETED_BEFORE.search(self.text, s.start, q.start)):
            # ('When both phases are completed, the base will achieve annual output value of 4.5 billion yuan')
            return None  # '... is expected to produce 8 billion yuan of output a year when completed': a project's
        if _SHORT_OF.match(lookahead) or _A_GAP_OF.search(window[-40:]):
            # 'fell 3.2 billion yuan short of the target', 'The foreign capital gap of about 18.7 million US dollars
            # is the hardest task': a shortfall, no level
            return None
        if _CAPPED_AT.search(window[-40:]):
            return None  # 'a subsidy on the interest of loans ..., capped at RMB 3 million': an incentive's ceiling
        if _REFUND_OF.search(window[-60:]):
            return None  # 'Tax revenue fell in December because of a one-off VAT refund of about 2.3 million yuan'
        if q.kind == "bare" and (_THINGS_COUNTED.match(lookahead) or (q.scaled and _GOODS_AFTER.match(lookahead))):
            return None  # 'Smartphone output reached 103 million units', 'exported 1.6 million wigs': things, not yuan
        if q.kind == "area":
            found = self._area(q, window, s)
            if found is None and q.unit == "km2" and (shared := self._part_s_area(q, drafts)) is not None:
                return shared  # '... a planned area of 18.2 square kilometers: 10.9 square kilometers in the northern
                # section and ...'
            if found is None and q.unit == "km2" and not _in_square_meters(q) \
                    and not F.SPACE_AFTER.match(self.text, q.end) \
                    and (elided := self._area_elided(q, drafts)) is not None:
                # ('The valve park covers 6.5 square kilometers, the special vehicles park 5.8 square kilometers and
                # the logistics base 1.7 square kilometers': the next part's area, its verb left unsaid)
                found = F.Draft(elided[0], q.value, "km2", q.qualifier, q, q.start - len(window), q.end,
                                measure="stock", anchor=q.start)
            return found
        if inherited is None and drafts and drafts[-1].metric == "enterprises" and _FIRMS_TURNED_OUT.fullmatch(window):
            # 'The zone's 58 foundries produced castings worth 3.12 billion yuan', '42 food processing enterprises
            # turned out 1.18 billion yuan of flour': what the firms of an industry made, its output
            inherited = ("industrial_output", drafts[-1].industry)
        if drafts and (back := _OF_THAT_REFERENCE.match(window)) is not None:
            # ('... accounted for 830 million yuan of that output and the South Area 520 million yuan': the total
            # referred back to is no measure of the next amount)
            window = " " * back.end() + window[back.end():]
        metric = inherited[0] if inherited else self._scoped(F.money_metric(window, lookahead), window, drafts)
        if inherited is None and (last := drafts[-1] if drafts else self.drafts[-1][0] if self.drafts else None) \
                is not None and last.value is not None \
                and last.metric is not None and last.unit == (q.unit or "CNY") \
                and (_OF_THAT_REFERENCE.match(lookahead) or _OF_IT_AHEAD.match(lookahead)
                     or _OF_IT_BEFORE.search(self.text, max(s.start, last.end), q.start) is not None
                     or _WITH_A_PART_DOING.search(self.text, max(s.start, last.end), q.start) is not None
                     or (drafts and _PART_CONTRIBUTED.search(self.text, last.end, q.start) is not None
                         and not lookahead.lstrip().startswith("of "))) \
                and any(m.explicit and self.clusters[m.cluster].part
                        for m in self._mentions_between(max(s.start, last.end), q.start)):
            # 'The North Area accounted for 830 million yuan of that output', 'Of this, the Ping'erguan Port Area
            # handled 9.37 billion yuan', '..., of which the Processing Area completed 740 million yuan': a part's
            # share of the zone's total just given, the same measure (and 'the coking park still paid 1.57 billion
            # yuan of it', '..., and the Wuqi Industrial Park contributed 7.62 billion yuan')
            metric = last.metric
            if (named := _OF_THAT_MEASURE.match(lookahead)) is not None \
                    and not any(w in metric for w in _REFERRED_MEASURES[named.group(1).lower()]):
                # ('The crane park made 6.12 billion yuan of that revenue' after the zone's revenue and then its
                # added value: the measure the reference names, the last one given of it)
                earlier = [d for d in reversed(drafts) if d.value is not None] + [
                    d for d, *_ in reversed(self.drafts) if d.value is not None]
                metric = next((d.metric for d in earlier if d.metric is not None and d.unit == last.unit
                               and any(w in d.metric for w in _REFERRED_MEASURES[named.group(1).lower()])), metric)
        if metric is None and inherited is None and not drafts and self.previous is not None \
                and _PART_CONTRIBUTED.search(self.text, s.start, q.start) is not None \
                and not lookahead.lstrip().startswith("of ") \
                and any(m.explicit and self.clusters[m.cluster].part for m in self._mentions_between(s.start, q.start)):
            # ('... achieved output value of 41.6 billion yuan, up 6.8 percent, and their added value rose 5.3
            # percent. The coking park contributed 29.3 billion yuan, ...': a part's share of the total the sentence
            # before gave, its measure (not '... contributed 10.42 billion yuan of the park's output value')
            for earlier, *_ in reversed(self.drafts):
                if earlier.start < self.previous.start:
                    break
                if earlier.value is not None and earlier.metric is not None and earlier.unit == (q.unit or "CNY"):
                    metric = earlier.metric
                    break
        if inherited is None and (last := drafts[-1] if drafts else None) is not None and last.value is not None \
                and last.metric in ("industrial_output", "industrial_added_value") and last.unit == (q.unit or "CNY") \
                and _WITH_FIRMS_ABOVE_SIZE_DOING.search(self.text, max(s.start, last.end), q.start) is not None:
            # ('... industrial output value reached 7.86 billion yuan, ..., with enterprises above designated size
            # contributing 7.12 billion yuan of it': the firms above designated size's part, their own measure)
            metric = last.metric + "_above_size"
        if metric is None and inherited is None and not drafts and self.drafts \
                and (above := self.drafts[-1][0]).metric in ("industrial_output", "industrial_added_value") \
                and above.value is not None and self.text.count("\n", above.end, s.start) == 1 \
                and _ABOVE_SIZE_ROW.fullmatch(self.text, self._line_start(s), q.start):
            # '  above designated size   ¥7.95 billion   ▲ 12.8%' set in under 'Industrial output value   ¥8.87
            # billion': the firms above designated size's part of the measure above, their own measure
            metric = above.metric + "_above_size"
        if metric is None and inherited is None and (elided := self._industry_elided(q, window, lookahead, drafts)):
            metric, inherited = elided[0], elided
        if metric is None and inherited is None and (elided := self._area_elided(q, drafts)):
            metric, inherited = elided[0], elided
        if metric is None and not drafts and self.item_metric is not None:
            metric = self.item_metric  # '  October: 24.37, up 6.2%' under the indicator's name
        if metric is None and inherited is None and drafts and drafts[-1].value is not None \
                and drafts[-1].unit == (q.unit or "CNY") \
                and (_GOAL_IS.search(self.text, drafts[-1].end, q.start)
                     or _LIFT_IT_TO.search(self.text, drafts[-1].end, q.start)):
            # ('..., and aims to lift it to 40 billion yuan by 2025': the measure just given, raised to a goal)
            # ('Operating revenue was 35 billion yuan last year, and our goal for the whole of 2023 is 40 billion
            # yuan': the goal of the measure just given)
            metric, inherited = drafts[-1].metric, (drafts[-1].metric, drafts[-1].industry)
        own_period = None
        if metric is None and inherited is None and drafts and drafts[-1].value is not None \
                and drafts[-1].unit == (q.unit or "CNY") and drafts[-1].period is None \
                and drafts[-1].quantity is not None \
                and (after := self._stretches_after([drafts[-1].quantity, q], self.sentence_periods)) is not None:
            # ('... was 6.05 billion yuan in August and 44.91 billion yuan in the first eight months': the measure
            # just given, each amount for the stretch named after it)
            drafts[-1] = F.extend(drafts[-1], period=after[0])
            metric, inherited, own_period = drafts[-1].metric, (drafts[-1].metric, drafts[-1].industry), after[1]
        if metric is None and not drafts and inherited is None and self.drafts and self.previous is not None \
                and _THE_FIGURE_WAS.fullmatch(self.text, s.start, q.start) is not None \
                and (last := self.drafts[-1][0]).value is not None and last.unit == (q.unit or "CNY") \
                and last.start >= self.previous.start:
            # ('From January to November, the operating revenue of the park reached 27.6 billion yuan. Last year's
            # whole-year figure was 26.1 billion yuan': the measure the sentence before ended on, another stretch)
            metric, inherited = last.metric, (last.metric, last.industry)
        if metric is None and not drafts and inherited is None \
                and (sub := self._industry_sub_item(s) or self._listed_by_industry(s)) is not None:
            # '   – seafood processing: ¥7.62 billion' under '● Industrial output value: ¥18.9 billion'
            metric, inherited = sub[0], sub
        if metric is None and inherited is None and (above := self._above_size_part_row(s, q)) is not None:
            metric = above  # '  of which: enterprises above designated size ...... 598.10 (+9.1%)'
        if metric is None and inherited is None and not drafts and q.kind == "money" \
                and self.text[self._line_start(s)] in " \t" and (row := self._set_in_row_measure(s, q)) is not None:
            metric = row  # '    green building materials cluster: 2.53 billion yuan' under '- Output value ...: ...'
        if metric in ("industrial_output", "industrial_added_value") and _ABOVE_SIZE_AFTER.match(lookahead):
            metric += "_above_size"  # 'output value of 98.6 billion yuan (...) from industrial enterprises above ...'
        if metric in F.INDUSTRY_SCOPED and _COMBINED.search(window) and len(set(F.industries_in_order(window))) >= 2:
            return None  # 'the leading industries of tobacco, medicine and health, and food realized a combined output'
        if metric is None and _INVEST_VERB.search(window, self.sentence_fold) \
                and not F.IN_RESEARCH_AFTER.match(lookahead):
            # 'plans to invest 50 billion yuan in industrial projects' (not '... invested 1.86 billion yuan in research
            # and development', what firms spent on R&D)
            metric = F.invest_target(lookahead)
        if metric == "project_investment" and not inherited \
                and _PROJECT_ITEM.match(self.text, self._line_start(s), q.start) is not None:
            return None  # '1. Jiuxing Solar 50 MW photovoltaic plant, phase II: total investment 268 million yuan': one
            # project's, an item of a list of them
        if metric == "project_investment" and not inherited and _LABELLED_FIGURE_LINE.match(s.text) \
                and _PROJECT_SHEET_ABOVE.search(self.text, max(0, self._line_start(s) - 600), self._line_start(s)):
            return None  # 'Project name: 200,000 t/a PBAT project' over 'Construction unit: ...' and 'Total investment:
            # RMB 2.86 billion': one project's data sheet
        if metric == "project_investment" and not inherited and _ONE_PROJECT_WITH.search(window) is not None:
            return None  # 'the new energy vehicle parts industrial park with a total investment of 3.2 billion yuan',
            # '... Provincial Highway S214 (total investment 460 million yuan)': one project's, not the zone's projects'
        if metric == "project_investment" and q.value <= 100_000_000 and _PLANNED_OF.search(window):
            return None  # 'Fixed-asset investment excludes projects with a planned investment of 5 million yuan': a
            # statistics' size class, no project's or zone's investment
        if metric == "project_investment" and F.signed(
                self.text[max(clause_start, drafts[-1].end) if drafts else clause_start: q.start], lookahead):
            # the clause, not only the window after the last figure: 'We signed 37 projects with ...'
            metric = "contracted_investment"
        elif metric == "project_investment" and _COMBINED_INVESTMENT.search(window[-40:]):
            return None  # ('three projects with a combined investment of 2.8 billion yuan started construction'): a
            # bundle of projects, the zone's only when signed
        if part is not None and metric is not None and not inherited and metric == self._last_metric(drafts):
            industry = F.industry_of(clause[part.end():], lookahead) if metric in F.INDUSTRY_SCOPED else None
            if industry is None:
                return None  # 'tax revenue ..., of which industrial tax revenue was ...': a part, not a metric
            # '...; among them, the pharmaceutical industry realized output value 9.64 billion yuan': an industry's
            inherited = (metric, industry)
        pending, self.pending = self.pending, None
        # ('rose 8 percent to more than 73 billion yuan': the window ends with its qualifier's space)
        if pending is not None and F.GROWTH_TO_LEVEL.fullmatch(window.rstrip() + " "):
            metric = metric or pending[0]
        else:
            pending = None
        if (metric is None and drafts and (F.LIST_CONTINUES.fullmatch(window) or F.THEN_TO.fullmatch(window)
                                           or _THAT_OF.search(window, self.sentence_fold))
                and drafts[-1].value is not None and drafts[-1].unit == q.unit
                # (not the level of imports' change: '..., while imports rose 11.2 percent to 7.53 billion yuan')
                and not (pending is not None and _IMPORTS_ALONE.search(self.text, pending[2], q.start))):
            metric = drafts[-1].metric  # '... of 70 billion yuan in A and more than 40 billion yuan in B'
        # ... or on the line set in under it: '            equipment manufacturing 5.73 billion yuan, up 8.1%' under
        # '  of which: food and agricultural products processing 11.48 billion yuan, up 12.9%'
        listed = drafts[-1] if drafts else self._industry_line_above(s) if metric is None else None
        if metric is None and listed is not None and listed.industry is not None and listed.value is not None \
                and listed.unit == (q.unit or "CNY") and listed.metric in _OF_INDUSTRIES \
                and (named := _NEXT_INDUSTRY.fullmatch(window)) is not None \
                and (code := F.only_an_industry(named.group("name"))) is not None and code != listed.industry:
            # 'textiles and garments completed output value of 2.16 billion yuan, up 7.3 percent; agricultural
            # products processing 1.48 billion yuan, ...': the next industry's figure of the same measure
            metric, inherited = listed.metric, (listed.metric, code)
        goal_period = None
        if metric is None and drafts and drafts[-1].value is not None and drafts[-1].unit == (q.unit or "CNY") \
                and (goal := _ANNUAL_TARGET_OF.search(window)):
            # '..., completing 76.3 percent of the annual target of 15.2 billion yuan': the year's goal for it
            metric, goal_period = drafts[-1].metric, self._goal_period(goal, q)
        if metric is None and not drafts and self.drafts and _THAT_IS.match(self.text, s.start) \
                and (goal := _ANNUAL_TARGET_OF.search(window)):
            # 'Operating revenue reached 31.6 billion yuan. That is 79 percent of the plan's 2025 goal of 40 billion'
            last = self.drafts[-1][0]
            if last.value is not None and last.unit == (q.unit or "CNY") and last.end >= s.start - 200:
                metric, goal_period = last.metric, self._goal_period(goal, q)
        if metric is None and not drafts and _A_SHARE_OF.search(window) and (goal := _ANNUAL_TARGET_OF.search(window)):
            # 'Tax revenue has reached 68 percent of its 2025 target of 900 million yuan': the goal of the measure
            # the clause opens with
            metric = F.money_metric(self.text[clause_start: q.start - len(window)], "")
            goal_period = self._goal_period(goal, q) if metric is not None else None
        compared = None  # the figure a goal is set beside, when the goal's words name no time of their own
        if metric is None and drafts and drafts[-1].value is not None and drafts[-1].unit == (q.unit or "CNY") \
                and (goal_period := self._goal_again(q, window, lookahead)) is not None:
            metric = drafts[-1].metric  # '...; the plan aims for 2 billion yuan by 2025', 'beating the 3.5-billion-yuan
            # target'
            if _GOAL_SET_IN_PLAN.match(lookahead) and _GOAL_DEADLINE.match(lookahead) is None:
                # ('completed fixed-asset investment of 21.6 billion yuan over the five years, compared with the 20
                # billion yuan set in the plan': the goal of the stretch the figure covers)
                compared = drafts[-1]
        if metric is None and not drafts and self.drafts and self.previous is not None \
                and (verb := _PART_DID_BEFORE.search(window)) is not None \
                and (given := next((d for d in reversed(self.drafts) if d[0].value is not None), None)) is not None \
                and given[0].start >= self.previous.start and given[0].unit == (q.unit or "CNY") \
                and given[0].metric in F.FLOW_METRICS and given[1] is not None and self.clusters[given[1]].part:
            # ('The northern section produced 13.02 billion yuan of the zone's output value .... The southern section
            # reported 5.74 billion yuan': another part's figure of the measure the sentence before gave for one)
            named = [m for m in self._mentions_between(s.start, q.start - len(window) + verb.start()) if m.explicit]
            if len(named) == 1 and self.clusters[named[0].cluster].part and named[0].cluster != given[1] \
                    and _SUBJECT_NAME_BEFORE_VERB.fullmatch(self.text, s.start, named[0].start):
                metric = given[0].metric
        if metric is None and not drafts and self.drafts and _FIGURE_AGAIN_OPENS.match(window) \
                and (last := self.drafts[-1][0]).value is not None and last.unit == (q.unit or "CNY") \
                and 0 <= s.start - last.end < 60 \
                and (goal_period := self._goal_again(q, window, lookahead)) is not None:
            metric = last.metric  # ('... foreign capital of 21.8 million US dollars in the first ten months. The figure
            # already exceeds the park's full-year plan of 20 million US dollars.': the goal of the figure just given)
        if metric is None and drafts and drafts[-1].value is not None and drafts[-1].unit == (q.unit or "CNY") \
                and drafts[-1].quantity is not None and _ASIDE_LEVEL_BEFORE.search(
                    self.text, max(s.start, drafts[-1].quantity.start - 16), drafts[-1].quantity.start) \
                and _TO_BE_RAISED_TO.fullmatch(self.text, drafts[-1].quantity.end, q.start):
            # ('Output value of lightweight auto parts, 8.6 billion yuan in 2024, is expected to exceed 20 billion
            # yuan by 2030': the measure's goal, its level set in an aside)
            metric = drafts[-1].metric
        if metric is None and drafts and drafts[-1].value is not None and drafts[-1].unit == (q.unit or "CNY") \
                and (_IT_AGAIN.search(window) or _ALONE_AGAIN.search(window)):
            metric = drafts[-1].metric  # '...; in the fourth quarter alone, it reached 54.3 billion yuan'
        if metric is None and drafts and drafts[-1].value is not None and drafts[-1].unit == (q.unit or "CNY") \
                and _AFTER_AN_AMOUNT.search(window):
            # ('... was 3.41 billion yuan in April-June, up 12.6%, after 2.87 billion yuan in the first quarter', '...,
            # after a January-February total of 1.67 billion yuan'): the measure just given, for the stretch before
            metric = drafts[-1].metric
        if metric is None and not drafts and self.drafts \
                and _STRETCH_ALONE_OPENS.fullmatch(self.text, s.start, q.start):
            # ('▶ November alone: 2.21 billion yuan, down 2.6%' under the year so far's output value: that month's;
            # not a change given after it, 'down from 5.6% in January-October')
            last = next((d for d, *_ in reversed(self.drafts[-3:]) if d.value is not None), self.drafts[-1][0])
            if last.value is not None and last.unit == (q.unit or "CNY") and last.metric in F.FLOW_METRICS \
                    and 0 <= q.start - last.end < 300:
                metric = last.metric
        if metric is None and not drafts and self.drafts and _IT_AGAIN_OPENS.fullmatch(window):
            last = self.drafts[-1][0]  # 'its GDP was only about 58 billion yuan. Last year it reached 136.2 billion'
            if last.value is None and last.base_of is not None:
                last = last.base_of  # '... after falling 4.8 percent in Q1. In October alone, the figure'
            # (the sentence before, whatever it goes on to say: '... is expected to exceed 95 billion yuan for the
            # whole of 2025, about 12 percent of Shanghai's total, Hu said. It aims to push the figure past ...')
            if last.value is not None and last.unit == (q.unit or "CNY") and (
                    s.start - last.end < 60 or (self.previous is not None and last.start >= self.previous.start
                                                and s.start - last.end < 160)):
                metric = last.metric
        if metric is None and not drafts and self.drafts and self.drafts[-1][3] == "target" \
                and _ACHIEVED_BEFORE.search(window) and self.previous is not None:
            last = self.drafts[-1][0]  # 'The plan sets a target of 30 billion yuan of total industrial output value
            # in 2025. In 2023 the park achieved 21.7 billion yuan, ...': what was done of the goal just given
            if last.value is not None and last.unit == (q.unit or "CNY") and last.metric in F.FLOW_METRICS \
                    and last.start >= self.previous.start:
                metric = last.metric
        if metric is None and not drafts and self.previous is not None \
                and _IT_AGAIN_OPENS.fullmatch(_SPEAKER.sub("", window, count=1)) \
                and self.previous.text.rstrip(" \"”'").endswith("?"):
            # an interview's answer to the question before it: 'Last year's output value, for comparison?' then
            # 'Last year it was 1.93 billion yuan.'
            metric = F.money_metric(self.previous.text, "")
        if metric is None and not drafts and _ANSWER_OPENS.fullmatch(_SPEAKER.sub("", window, count=1)) \
                and (question := self._question_line(s)) is not None:
            # an answer whose figure the question before it measured: 'Host: Last year the park passed 30 billion
            # yuan in output for the first time, right?' then 'Director Hong: That's right. For the whole of 2017 it
            # was 31.2 billion yuan.', or '... How far will you go this year?' then 'This year our target is 40
            # billion yuan.'
            metric = F.money_metric(question, "")
        if metric is None and _STRETCH_BROUGHT.search(window, self.sentence_fold):
            # 'The third quarter brought 13.05 billion yuan', '..., while the fourth quarter alone contributed
            # 14.71 billion yuan': a stretch of the year as the subject, of the measure just given
            last = drafts[-1] if drafts else self.drafts[-1][0] if self.drafts else None
            if last is not None and last.value is not None and last.unit == (q.unit or "CNY") \
                    and last.metric in F.FLOW_METRICS and q.start - last.end < 300:
                metric = last.metric
        if metric is None and not drafts and self.drafts:
            metric = self._another_zone_again(q, window, s)
        if metric is None and drafts:
            metric = self._another_zone_after(q, window, drafts)
        if (metric is None and drafts and drafts[-1].value is not None and drafts[-1].unit == q.unit
                and _AFTER_A_NAME.search(window) and self._named_just_before(q.start)):
            # a ranking: 'SIP led with 351.5 billion yuan, followed by Kunshan ETDZ with 280.7 billion
            # yuan', 'ahead of Kunshan ETDZ (512.8 billion yuan)': the same measure, another zone
            metric = drafts[-1].metric
        if metric is None and _AFTER_A_DIFFERENCE.fullmatch(window):
            # 'Operating revenue was CNY 560 million higher than in 2024, reaching CNY 2.71 billion': the level of the
            # measure the clause opened with
            metric = self._scoped(F.money_metric(self.text[clause_start: q.start - len(window)], ""), window, drafts)
        if metric is None and (made := _INDUSTRY_FIRMS_MADE.search(window)) is not None \
                and (made_by := F.first_industry(made.group("what"))
                     or F.first_industry(made.group("what") + " industry")) is not None:
            # 'Its tea processing enterprises turned out products worth 3.58 billion yuan': the industry's output
            metric, inherited = "industrial_output", ("industrial_output", made_by)
        if metric is None and (contributed := _CONTRIBUTED.search(window)) is not None:
            # 'Output value above designated size reached 245 billion yuan. Chemical new materials contributed 58.1
            # billion yuan', 'Its leading industry, bamboo-based new materials, contributed 9.2 billion yuan': an
            # industry's part of the total just given
            last = drafts[-1] if drafts else self.drafts[-1][0] if self.drafts else None
            part_of = F.first_industry(window[: contributed.start()].strip()) if last is not None \
                and last.value is not None \
                and last.unit == (q.unit or "CNY") and last.metric in F.INDUSTRY_SCOPED \
                and q.start - last.end < 300 else None
            if part_of is not None:
                metric, inherited = last.metric, (last.metric, part_of)
        if metric is None and "sales" in window and _SALES_OF.search(window) \
                and F.industry_opening(self.text[s.start: q.start]):
            # 'Food and health products made from the local iron-stick yam, the park's characteristic industry,
            # brought in sales of 1.27 billion yuan': an industry's sales, its revenue (a firm's sales are not)
            metric = "operating_revenue"
        if metric is None and _OF_THAT.match(lookahead):
            # 'Auto and motorcycle parts contributed nearly 19 billion yuan of that': an industry's part of the
            # total just given
            last = drafts[-1] if drafts else self.drafts[-1][0] if self.drafts else None
            part_of = F.first_industry(window) if last is not None and last.value is not None \
                and last.unit == (q.unit or "CNY") and last.metric in F.INDUSTRY_SCOPED else None
            if part_of is not None:
                metric, inherited = last.metric, (last.metric, part_of)
            elif last is not None and last.value is not None and last.unit == (q.unit or "CNY") \
                    and last.metric in ("industrial_output", "industrial_added_value") \
                    and _ABOVE_SIZE_PART.search(window):
                # 'Enterprises above designated size accounted for 8.02 billion yuan of this': the firms above
                # designated size's part of the total just given, their own measure
                metric = last.metric + "_above_size"
        if metric is None and drafts and drafts[-1].metric in F.INDUSTRY_SCOPED and drafts[-1].value is not None \
                and (reaching := _WITH_REACHING.search(window)) is not None \
                and (part_of := F.first_industry(reaching.group("name"))) is not None:
            # 'output value above designated size of 35 billion yuan, with equipment manufacturing reaching 20
            # billion yuan': that industry's part of the measure just given
            metric, inherited = drafts[-1].metric, (drafts[-1].metric, part_of)
        subject = F.industry_subject(window) or (pending[3] if pending else None)
        cluster = self._cluster_of(window, lookahead) if metric is None and not subject else None
        if cluster is not None and (self._wider_area(clause := self.text[max(clause_start, q.start - _REACH): q.start],
                                                     q.start) or _AREA_WANTS.search(clause)):
            # 'the province plans to make carbon fiber a 100-billion-yuan industry', 'The whole city of Tonghua wants
            # its pharmaceutical industry to become ...': the wider area's goal, not the zone's
            return None
        if cluster is not None:  # 'a food industry cluster worth 50 billion yuan': the industry's output
            # (or the measure named after it: 'to become a 35-billion-yuan industry in terms of revenue')
            measured = _IN_TERMS_OF.match(lookahead)
            metric = (F.money_metric(measured.group("what"), "") if measured else None) or "industrial_output"
            inherited = (metric, cluster)
        if metric is None and subject:
            # 'the food processing industry realised 8.9 billion yuan': that industry's output
            # ('New building materials, our leading industry, produced nearly 1.4 billion yuan': output, whatever
            # measure came before)
            last = None if _MADE_BEFORE.search(window) else self._last_metric(drafts)
            metric = last if last in F.INDUSTRY_SCOPED else "industrial_output"
            inherited = (metric, subject)
        if metric is None and ":" in self.text[max(s.start, q.start - 4): q.start] \
                and (label := _LINE_LABEL.fullmatch(self.text, self._line_start(s), q.start)) is not None \
                and _DIGIT.search(label.group("label")):
            # '- Contracted investment of 23 new projects: 8.9 billion yuan': the label's measure, a count inside it
            metric = F.money_metric(label.group("label"), "")
        if metric is None:
            residents = F.RESIDENTS_AFTER.match(self.text, q.end)
            if residents and not F.NOT_RESIDENT.search(residents.group()):
                return F.Draft("population", q.value, "persons", q.qualifier, q, self._clause_start(s, boundary),
                               residents.end(), measure="stock", anchor=q.start)
            if F.nearest(F.POPULATION_ROWS, window) and not F.NOT_RESIDENT.search(window[-40:]):
                return F.Draft("population", q.value, "persons", q.qualifier, q,
                               self._clause_start(s, boundary), q.end, measure="stock", anchor=q.start)
            return None
        if metric == "operating_revenue" and self.company_news and not self._zone_named(clause_start, q.start) \
                and not any(d.metric is not None and d.metric.endswith("_above_size") for d in drafts):
            # (not after a measure of the firms above designated size, no one firm's: '... output value of its
            # industrial enterprises above designated size rose 6.2% to 18.9 billion yuan, and operating revenue
            # climbed 5.4% to 24.7 billion yuan' in a story on a firm's new line)
            return None  # 'Revenue rose 27.3% to 9.64 billion yuan' in a firm's results: the firm's
        if self._part_or_since_founding(metric, window, clause_start, q.start):
            return None
        if _PROJECT_AT_CAPACITY.search(self.text, clause_start, q.start):
            return None  # 'Once at full capacity, it is expected to generate annual output value of ...': a plant's
        unit = q.unit or "CNY"
        earlier = bool(F.THEN_TO.match(self.text, q.end)) and (
            bool(_FROM_AMOUNT.search(window, self.sentence_fold))
            # ('..., and tax revenue from 3.2 million yuan to 7.85 billion yuan over the same period', 'more than
            # tripled over the same period, from 4.9 billion yuan to ...': the change's verb said before, or left out)
            or (_FROM_BARE.search(window[-30:]) is not None
                and _CHANGED.search(self.text, s.start, q.start) is not None))
        later = bool(drafts and drafts[-1].earlier and F.THEN_TO.fullmatch(window))
        start = pending[2] if pending else self._clause_start(s, boundary)
        # the industry named in this clause: '... a green food industry cluster, and total industrial output
        # value will exceed 30 billion yuan' is the zone's whole output
        joined = list(_JOINED_CLAUSE.finditer(window))
        industry = inherited[1] if inherited else F.industry_of(window[joined[-1].end():] if joined else window,
                                                                 lookahead)
        industry = industry or (pending[3] if pending else None)
        if industry is None and metric in F.INDUSTRY_SCOPED and drafts and drafts[-1].metric == "enterprises" \
                and drafts[-1].industry is not None and _THEIR_MEASURE.fullmatch(window):
            # "The zone's 46 forest food enterprises saw their output value reach 1.48 billion yuan": the firms'
            # industry's
            industry = drafts[-1].industry
        return F.Draft(metric, q.value, unit, q.qualifier, q, start, measure_end, industry=industry,
                       cumulative=bool(_CUMULATIVE.search(window, self.sentence_fold) or _IN_TOTAL.match(lookahead)
                                       # ('... 30 billion yuan planned for the whole five years': the plan's sum)
                                       or WHOLE_PLAN.search(window[-40:]) or WHOLE_PLAN.search(lookahead[:40])),
                       anchor=q.start,
                       yoy_pct=pending[1] if pending else None, earlier=earlier, later=later,
                       period=goal_period or own_period,
                       target=goal_period is not None, part_of=compared)

    def _part_or_since_founding(self, metric: str, window: str, clause_start: int, at: int) -> bool:
        """Trade with one partner ('exports to countries along the Belt and Road rose 15.3 percent') is a part of
        the zone's trade; a total since the zone was founded ('Since its founding, the zone has paid cumulative
        taxes of 9.2 billion yuan') has no period of the catalogue's."""
        if metric in _TRADE_METRICS and _TRADE_PARTNER.search(window):
            return True
        if "since" not in self.sentence_fold and " years" not in self.sentence_fold:
            return False
        opening = max(self.text.rfind(".", 0, clause_start), self.text.rfind("\n", 0, clause_start)) + 1
        if _SINCE_FOUNDING.search(self.text, opening, at) is not None:
            return True
        # ('Since 1992 the zone has attracted foreign investment of 2.3 billion US dollars': a decade or more ago)
        since = _SINCE_LONG_AGO.search(self.text[opening: at])
        return since is not None and self.doc_date is not None and self.doc_date.year - int(since.group(1)) >= 10

    def _measure_of_firms(self, drafts, window: str, s: Sentence) -> tuple[str | None, str | None]:
        """The measure of the firms just counted, named before the count: 'Revenue of the zone's roughly 470 chip
        design, packaging and equipment companies climbed 21.3 per cent': revenue, of those firms' industry."""
        if not drafts or drafts[-1].unit != "count" or drafts[-1].quantity is None or _DIGIT.search(window) \
                or drafts[-1].quantity.start < s.start:
            return None, None
        before = self.text[s.start: drafts[-1].quantity.start]
        measure = _MEASURE_OF_THE.search(before)
        if measure is None:
            return None, None
        metric = F.money_metric(measure.group("measure"), "")
        return metric, drafts[-1].industry if metric in F.INDUSTRY_SCOPED else None

    @staticmethod
    def _cluster_of(window: str, lookahead: str) -> str | None:
        """The industry whose cluster an amount sizes: its output, as a goal usually sets it.

        'to build a functional food industry cluster worth 50 billion yuan', 'a cluster with a scale of ...',
        'a CNY100 billion new energy vehicle cluster'. A cluster of no one industry ('four industrial clusters
        each worth ...', 'an industrial chain cluster') sizes no industry's output.
        """
        before = _CLUSTER_WORTH.search(window)
        if before is not None:
            return F.first_industry(window[-160:])
        after = _CLUSTER_AFTER.match(lookahead)
        if after is not None and (named := F.first_industry(after.group("what"))) is not None:
            return named
        # 'build petroleum machinery into a 20-billion-yuan industrial cluster', 'we want equipment manufacturing to
        # become a 50-billion-yuan industry', 'make the crane industry a 50-billion-yuan cluster': the industry
        # named before the size is the one the goal sizes
        into = _MADE_INTO_A.search(window[-120:]) if _SIZED_THING.match(lookahead) else None
        return F.first_industry(into.group("what") or into.group("subject")) if into is not None else None

    def _area(self, q, window, s):
        if _in_square_meters(q):
            return None  # 'a technology business incubator covering 120,000 square meters': a building's floor space
        found = F.nearest(F._AREA, window)
        named = None
        if _ADJECTIVE_UNIT.search(self.text, q.start, q.end):
            # 'a 2.8-square-kilometer wetland park': the figure measures what follows it, whatever came before;
            # it is the zone's area only when the zone follows ('the 10-square-kilometer enclave', below)
            found = None
        if F.DEVELOPED_AFTER.match(self.text, q.end):
            # 'less than 40 square kilometres has been developed'; '... a planned area of 36.8 square
            # kilometers, 21.3 square kilometers of which has been built up': what follows names it
            found = ("area_built", len(window))
        if found is None and _AREA_OF_THE_ZONE.match(self.text, q.end) and _ARTICLE_BEFORE.search(window) \
                and not _TO_BE_BUILT.search(window):
            # 'The 106 sq km island', 'the 10-square-kilometer enclave' (not 'will start work on a 1,500-mu
            # industrial park': a project's site)
            found = ("area", len(window))
        if found is None and q.unit == "km2" and _EXPANDS_IT_TO.search(window) and self.previous is not None \
                and self.drafts and (last := self.drafts[-1][0]).unit == "km2" and last.value is not None \
                and last.start >= self.previous.start and last.metric in ("area", "area_planned", "area_built"):
            # ('The park's planned area is 12.5 square kilometers. The new plan expands it to 20 square kilometers by
            # 2030.': the goal of the area just given)
            found = (last.metric, len(window))
        founded = None
        if found is None and (founded := _FOUNDED_ON.search(window)):
            found = ("area", len(window))  # 'The park is founded on a site of 3.2 square kilometers': its area then
        if found is None and _ARTICLE_BEFORE.search(window) and self.text[q.end: q.end + 1].isspace():
            # 'the 7.26-square-kilometer Yantai Comprehensive Bonded Zone': the area of the zone named after it
            named = next((m for m in self._mentions_between(q.end + 1, q.end + 2) if m.explicit), None)
            found = ("area", len(window)) if named is not None else None
        if found is None:
            return None
        code, at = found
        # (what a clause before 'bringing ... to' dealt with is not what the total measures: '1,860 mu of land was
        # newly leveled, bringing the built-up area of the park to 19,350 mu')
        since = max(0, at - 40)
        since = max([since] + [m.end() for m in _RESULT_CLAUSE_OPENS.finditer(window, since, at)])
        excluded = F.AREA_EXCLUDED.search(window[since:])
        if excluded is not None and excluded.group().lower() in ("land area", "construction area") \
                and _KM2_WRITTEN.search(q.raw) and q.value >= 1 \
                and (code == "area_planned" or excluded.group().lower() == "land area"):
            # 'The zone covers a land area of 173.6 square kilometers' (not a plot's, in mu), 'a planned construction
            # area of 87 square kilometers' (not a building's floor space, in square meters)
            excluded = None
        if excluded is not None and code == "area_built" and excluded.group().lower() == "core area":
            excluded = None  # ('with a core area of 10.6 square kilometers already developed': what is built up)
        if excluded is not None or F.lexicon.AREA_FACILITY.search(window[at:]):
            return None
        if _START_UP_AREA.search(window[max(0, at - 30):]) and _WHOLE_AREA_BEFORE.search(self.text, s.start, q.start):
            return None  # 'a planned area of 24.6 square kilometers, with a starting area of 8.3': a part of it
        if (other := _OTHER_THING_COVERS.search(window)) is not None and not _ZONE_WORD.search(other.group("what")):
            return None  # '...; the neighbouring salt pans cover a further 190 sq km': something else's area
        grew_by = _GREW_BY_BEFORE.search(window[at:]) is not None
        if grew_by or _FROM_BEFORE.search(window):
            # 'expanded from 60 square kilometres to 110 square kilometres': the area now is the second (so too
            # 'expanded by 7.7 square kilometers to 20.4 square kilometers')
            then = F.THEN_TO.match(self.text, q.end)
            later = find_quantities(self.text, then.end(), s.end) if then else []
            if later and later[0].start == then.end() and later[0].kind == "area" and not grew_by \
                    and _TARGET_CUE.search(_PLANNED_WORDS.sub(" ", self.text[s.start: q.start]), self.sentence_fold):
                # ('It will ... expand the planned area from 32.8 square kilometers to 40 square kilometers': the
                # area now, then the goal, read next)
                return F.Draft(code, q.value, "km2", q.qualifier, q, self._clause_start(s, s.start), q.end,
                               measure="stock", anchor=q.start, earlier=True)
            if later and later[0].start == then.end() and later[0].kind == "area":
                q = later[0]
            elif grew_by:
                return None  # 'the zone's planned area was expanded by 7.7 square kilometers': the change alone
        if F.SPACE_AFTER.match(self.text, q.end):
            return None  # '1.2 million square meters of standard factory space': floor space, not land
        if _STILL_AVAILABLE.match(self.text, q.end) or _LAND_DEALT_WITH.match(self.text, q.end):
            return None  # 'only about 1.6 square kilometers of industrial land remains available': land not yet used
        if code == "area" and (re.search(r"planned|planning", window[max(0, at - 30):], re.I)
                               or _PLANNED_AFTER.match(self.text, q.end)):
            code = "area_planned"  # ('Area: 60.3 square kilometers (planned)', as an infobox writes it)
        # (the year it was founded in dates it: 'founded in 2005 on 1.6 square kilometers of terraced slopes')
        then = Period(q.start, q.start, None, (int(founded.group("year")), 12)) \
            if founded is not None and founded.group("year") else None
        return F.Draft(code, q.value, "km2", q.qualifier, q, self._clause_start(s, s.start),
                       named.end if named is not None else q.end, measure="stock", anchor=q.start,
                       entity=named.cluster if named is not None else None, period=then)

    def _count_just_given(self, s: Sentence, drafts=()) -> F.Draft | None:
        """The count the sentence gave last before this figure, or else the one the sentence read last gave last."""
        if drafts:
            last = drafts[-1]
            return last if last.unit == "count" and last.metric != "other" else None
        if not self.drafts or self.previous is None:
            return None
        last = self.drafts[-1][0]
        return last if last.unit == "count" and last.metric != "other" and last.start >= self.previous.start \
            and last.end <= s.start else None

    def _part_counted_alike(self, q: Quantity, s: Sentence) -> int | None:
        """Where an area named right before a bare number starts, when it follows a clause's joint as one of a
        list of parts ('; Xianxiang Park had 41 and Dingtang Park 27')."""
        named = self._mentions_between(s.start, q.start)
        if not named or not named[-1].explicit or _PART_HAD.fullmatch(self.text, named[-1].end, q.start) is None:
            return None
        joint = _PART_JOINT.search(self.text, max(s.start, named[-1].start - 12), named[-1].start)
        return named[-1].start if joint is not None else None

    def _part_counted_in(self, q: Quantity, s: Sentence) -> tuple[int, int] | None:
        """The area a bare number after 'of which' or 'including' is said to be in, and where its name ends ('of which
        148 were in Liangxu Park and 87 in Dalun Park')."""
        found = _COUNTED_IN.match(self.text, q.end, s.end)
        # (or 'of them' after the number: '..., 61 of them in the eastern section'; or none, a part of the zone named
        # right after the count: '124 industrial enterprises above designated size, 71 in the crane park and 38 in
        # the health materials park')
        part_after = False
        if _SUBSET_OPENS.search(self.text, max(s.start, q.start - 60), q.start) is None \
                and (found is None or found.group("of") is None):
            if found is None or not _PART_COUNT_BEFORE.search(self.text, max(s.start, q.start - 80), q.start):
                return None
            part_after = True
        named = self._mentions_between(found.end(), found.end() + 1) if found else []
        if not named or not named[0].explicit or named[0].cluster == self.primary \
                or self.clusters[named[0].cluster].type_class == "district" \
                or (part_after and not self.clusters[named[0].cluster].part):
            return None
        return named[0].cluster, named[0].end

    def _ordinal_counts(self, s: Sentence) -> list[Quantity]:
        """The ordinals of a sentence that state a count of the zone's firms: '..., becoming the park's fifth listed
        company', 'became our 100th national high-tech enterprise', '..., the zone's second' after the firms' title.
        ('The first' is left out: the firm that opens a count is news, not a count the page reports.)"""
        found = []
        for m in _ORDINAL_COUNT.finditer(self.text, s.start, s.end):
            word = m.group("n").lower()
            number = _ORDINALS.get(word) or int(word[:-2])
            found.append(Quantity(m.start("n"), m.end("n"), m.group("n"), number, number, "ordinal", None,
                                  "exact", False))
        return found

    def _ordinal_count(self, q: Quantity, s: Sentence) -> F.Draft | None:
        """The count an ordinal from ``_ordinal_counts`` states, of the firms named after it ('fifth listed company')
        or, with none after it, of the title named before it in the clause ('was named a national "little giant"
        enterprise, the park's second'); none for firms the catalogue does not count ('the 30th enterprise with
        output above 100 million yuan')."""
        named = _FIRMS_AFTER_ORDINAL.match(self.text, q.end, s.end)
        if named is not None:
            noun = named.group("noun")
            plural = {"enterprise": "enterprises", "company": "companies", "firm": "firms"}.get(noun.lower(), noun)
            code = F.count_label(named.group("label") + plural + (named.group("tail") or ""))
            end = named.end()
        else:
            code = F.count_in(self.text[self._clause_start(s, s.start): q.start])
            end = q.end
        if code is None or code == "enterprises" and named is None:
            return None
        return F.Draft(code, q.value, "count", "exact", q, self._clause_start(s, s.start), end, measure="stock",
                       anchor=q.start, past=True)

    def _count_or_people(self, q: Quantity, window, s, clause_start, drafts=()):
        if 1900 <= q.value <= 2100 and float(q.value).is_integer() and q.raw.isdigit():
            return None
        if _MEASURED_GOODS.match(self.text, q.end):
            return None  # 'Baijiu output of enterprises above designated size was 286,000 kiloliters': goods
        if not float(q.value).is_integer():
            return None  # 'Total profits of industrial enterprises above designated size 6.83': no count of firms
        if _MORE_THAN_AFTER.match(self.text, q.end):
            return None  # 'The number of high-tech enterprises was 5 higher than at the end of 2022': a change
        opens = s.start
        row = F.ROW_LABEL.match(self.text, s.start, q.start)
        if row is not None and row.end() < q.start and clause_start > row.end():
            # ('Provincial specialized and new SMEs: 21; national "little giant" enterprises: 3': a second row after a
            # semicolon, its own label)
            gap = self.text[clause_start: q.start]
            opens = clause_start + len(gap) - len(gap.lstrip())
            row = F.ROW_LABEL.match(self.text, opens, q.start)
        if row is None and not self.text[q.end: s.end].strip():
            # ('Enterprises above designated size          46': a two-column table's row, its label and its count)
            row = _SPACED_LABEL.fullmatch(self.text, s.start, q.start)
        # ('As of June 30: 127 industrial enterprises above designated size': a date for a label, the count's own
        # words after it)
        if row and not _AS_OF_LABEL.match(self.text, opens, q.start) \
                and (row.end() == q.start or (QUALIFIER_ONLY.fullmatch(self.text, row.end(), q.start)
                                              and F.count_label(row.group("label")))):
            # 'Enterprises above designated size: 312', 'Registered enterprises: c. 2,100'
            if F.CHANGE_OF_STOCK.search(self.text, opens, row.start("label") + 1) or F.CHANGE_OF_STOCK.search(
                    row.group("label")):
                return None  # '新增高新技术企业 Newly recognised high-tech enterprises: 30': a change in a stock
            if F.money_metric(row.group("label"), "") or F.AMOUNT_LABEL.match(row.group("label")):
                return None  # 'Operating income of enterprises above designated size: 612.8': an amount
                # (so too one outside the catalogue: 'Profits of enterprises above designated size: 108,600')
            code = F.count_label(row.group("label"))
            if code is None and _ABOVE_SIZE_ALONE.fullmatch(row.group("label")) and self._under_firms_heading(s):
                code = "enterprises_above_size"  # 'Above designated size: 118' under 'ENTERPRISES (end of year)'
            if code is None and F.PART_ABOVE_SIZE.fullmatch(row.group("label")) and self.drafts \
                    and self.drafts[-1][0].metric == "enterprises" and self.drafts[-1][0].end >= s.start - 2:
                # 'Electronic information enterprises: 73' over 'of which above designated size: 49': theirs
                return F.Draft("enterprises_above_size", q.value, "count", q.qualifier, q, opens, q.end,
                               measure="stock", anchor=q.start, industry=self.drafts[-1][0].industry)
            if code is None:
                # '- Auto parts: 58 enterprises, output ...': the industry's firms
                found = F.count_metric(self.text, q, opens, s.end)
                if found is not None and found[0] == "enterprises" and F.first_industry(row.group("label")):
                    return F.Draft("enterprises", q.value, "count", q.qualifier, q, opens, found[1],
                                   measure="stock", anchor=q.start, industry=F.first_industry(row.group("label")))
                # 'Green food processing enterprises: 74': the firms of the industry the label names
                industry = F.industry_firms(row.group("label"))
                if industry is not None:
                    return F.Draft("enterprises", q.value, "count", q.qualifier, q, opens, q.end,
                                   measure="stock", anchor=q.start, industry=industry)
                if found is not None and found[0] != "enterprises" and found[0] != "population":
                    # ('High-tech firms: 19 national high-tech enterprises': the count's own words name it)
                    return F.Draft(found[0], q.value, "count", q.qualifier, q, opens, found[1],
                                   measure="stock", anchor=q.start, industry=found[2])
                return None
            return F.Draft(code, q.value, "persons" if code == "population" else "count", q.qualifier, q,
                           opens, q.end, measure="stock", anchor=q.start,
                           industry=F.industry_firms(row.group("label")) if code == "enterprises" else None)
        labelled = self._label_then_count(q, clause_start)
        if labelled is not None:
            return labelled
        pop = F.nearest(F.POPULATION_ROWS, window)
        residents = F.RESIDENTS_AFTER.match(self.text, q.end)
        if (pop is not None and len(window) - pop[1] < 60) or residents:
            if F.NOT_RESIDENT.search(window[-60:]) or (residents and F.NOT_RESIDENT.search(residents.group())):
                return None
            end = residents.end() if residents else q.end
            return F.Draft("population", q.value, "persons", q.qualifier, q,
                           self._clause_start(s, clause_start), end, measure="stock", anchor=q.start)
        found = F.count_metric(self.text, q, s.start, s.end)
        if found is None and drafts and (part := self._part_counted_alike(q, s)) is not None \
                and (last := self._count_just_given(s, drafts)) is not None:
            # ('there were 186 industrial enterprises above designated size in the zone ...; Xianxiang Park had 41
            # and Dingtang Park 27': the same count for each of the parts named before the numbers)
            return F.Draft(last.metric, q.value, "count", q.qualifier, q, part, q.end, measure="stock",
                           anchor=q.start, industry=last.industry)
        if found is None and drafts and (part_in := self._part_counted_in(q, s)) is not None \
                and (last := self._count_just_given(s, drafts)) is not None:
            # ('331 industrial enterprises above designated size in the zone, of which 148 were in Liangxu Park and 87
            # in Dalun Park': the count of each part, named after the number)
            return F.Draft(last.metric, q.value, "count", q.qualifier, q, q.start, part_in[1], measure="stock",
                           anchor=q.start, industry=last.industry, entity=part_in[0])
        if found is None:
            # 'the number of national high-tech enterprises in the zone had reached 612'
            clause = self.text[max(clause_start, q.start - _REACH): q.start]
            if _THAT_NUMBER_TO.search(clause) is not None \
                    and (last := self._count_just_given(s, drafts)) is not None:
                # ('The zone had 52 enterprises above designated size at the end of 2022. It plans to lift that number
                # to 70 by the end of 2023.': the count just given, again)
                return F.Draft(last.metric, q.value, "count", q.qualifier, q, self._clause_start(s, clause_start),
                               q.end, measure="stock", anchor=q.start, industry=last.industry)
            from_to = _FROM_TO.search(clause, self.sentence_fold)
            if from_to is None:  # '..., and industrial enterprises above designated size from 214 to 302'
                from_to = _ELIDED_FROM_TO.search(clause)
                if from_to is not None and from_to.group("first") is not None and not _THEN_TO_NUMBER.match(
                        self.text, q.end):
                    from_to = None
            named = (from_to or _NUMBER_OF_TO.search(clause, self.sentence_fold)
                     or _COUNT_BEFORE.search(clause, self.sentence_fold)
                     # ('... raising the 2025 output target to 30 billion yuan and the high-tech enterprise target to
                     # 100': the goal for the firms the label names)
                     or (_COUNT_GOAL_OF.search(clause) if _CLAUSE_ENDS.match(self.text, q.end) else None)
                     # ('The number of industrial enterprises above designated size, 186 at the end of last year, is
                     # to rise to 200': the count then, in an aside after its label)
                     or (F.COUNT_IN_ASIDE.search(clause) if F.COUNT_ASIDE_ENDS.match(self.text, q.end) else None))
            label = named.group("label") if named else None
            if label and _SIZE_CLASS_LABEL.search(label):
                return None  # ('of which output value over 100 million yuan enterprises are 52': a size class)
            code = F.count_label(label) if label else None
            if named is None and _TOTAL_TO.search(clause, self.sentence_fold):
                # '19 enterprises were newly recognized as national high-tech enterprises, bringing the total to 214'
                # (the last of joined clauses names what: '..., bringing the zone's total to 7, and 19 enterprises
                # were newly listed as provincial specialized and new SMEs, for a total of 63')
                code = F.count_in(_JOINED_CLAUSE.split(clause)[-1]) or F.count_in(clause)
                if code in (None, "enterprises"):
                    # ('The results of the 2023 national high-tech enterprise recognition ... A total of 41
                    # enterprises in the park passed the recognition ..., bringing the park's total to 236': the
                    # firms of the title they passed, named earlier in the paragraph)
                    code = self._recognized_as(q.start) or code
                if code is None and self.drafts and (last := self.drafts[-1][0]).unit == "count" \
                        and last.metric != "other" and last.start > self.text.rfind("\n\n", 0, s.start) \
                        and _ITS_TOTAL.search(clause) is None:
                    # ('... became our 100th national high-tech enterprise. ... By the end of the year the total had
                    # reached 107': the total of what the paragraph counted last)
                    code = last.metric
            if code is None or (named and label and F.CHANGE_OF_STOCK.search(label)):
                return None
            first = from_to is not None and from_to.group("first") is not None
            return F.Draft(code, q.value, "count", q.qualifier, q, self._clause_start(s, clause_start), q.end,
                           measure="stock", anchor=q.start, earlier=first, later=from_to is not None and not first,
                           industry=F.industry_firms(label) if code == "enterprises" and label else None)
        code, phrase_end, industry = found
        if code == "enterprises" and (named_as := _COUNTED_AS.match(self.text, phrase_end)) is not None:
            # ('418 enterprises in the park are registered as technology-based SMEs': the firms of the class they are
            # counted as, and none the contract names when the class is none of its counts)
            code = F.count_label(named_as.group("label")) or F.count_in(named_as.group("label"))
            if code is None or code == "enterprises":
                return None
            industry = None
        if code == "enterprises" and industry is None and _WITH_COUNT.search(self.text, s.start, q.start):
            industry = F.industry_opening(s.text)  # 'Auto parts is the zone's leading industry, with 58 enterprises'
        if code == "enterprises" and industry is None \
                and (has := _INDUSTRY_HAS.fullmatch(self.text, s.start, q.start)) is not None:
            # ('The goji processing industry has 28 enterprises', 'Its IC equipment cluster, one of the largest in
            # northern China, gathers more than 80 enterprises': the firms of the industry that has them)
            industry = F.first_industry(has.group("subject"))
        # ('- Electronic information: printed circuit boards ...; 2023 output value RMB 11.26 billion, +14.2%; 63
        # enterprises.': the item's last part, the firms of the industry its label names)
        item_part = self._in_list_item(s) and _ITEM_PART_BEFORE.search(self.text, s.start, q.start) is not None \
            and _ITEM_PART_ENDS.match(self.text, phrase_end) is not None \
            and (label := F.ROW_LABEL.match(self.text, s.start, q.start)) is not None
        if item_part and code == "enterprises" and industry is None:
            industry = F.first_industry(label.group("label"))
        if self._wider_area(self.text[max(clause_start, q.start - _REACH): q.start], q.start):
            return None  # 'The region as a whole had 2,106 national high-tech enterprises'
        # a list of counts ('is home to 2 listed companies, 49 high-tech enterprises, ...')
        # keeps its verb far before the later items
        before = self.text[max(s.start, q.start - 5 * _REACH): q.start]
        if not (F.HAVE_CUE.search(before) or F.SETTLED_AFTER.match(self.text, phrase_end) or item_part
                or F.HOLD_TITLE.match(self.text, phrase_end)  # '87 companies hold Beijing's title of ...'
                or _OPERATE_THERE.match(self.text, phrase_end)  # 'More than 300 companies operate there'
                # ('Among them, industrial enterprises above designated size 126, national high-tech enterprises 178,
                # and 5 listed companies': the last item of a list of counts, its number first)
                or _AFTER_A_COUNTED_ITEM.search(before) is not None
                or _ITEM_OPENS_WITH.fullmatch(self.text, s.start, q.start) or F.OF_THEM.match(self.text, q.end)
                # ('As of June 30: 127 industrial enterprises above designated size, 64 high-tech enterprises and
                # ...': a line of counts under the day they were counted)
                or _AS_OF_LABEL.match(self.text, s.start, q.start)
                # ('Director Zhou: As of the end of June, 104 industrial enterprises above designated size, 46 high-tech
                # enterprises, 2 national little giants and 9 provincial specialized and new SMEs.': a sentence that
                # is nothing but the day and the counts)
                or _AS_OF_COUNTS.fullmatch(s.text) is not None
                # ('Q: How many companies are there?' then 'A: Around 3,000 enterprises, just over 330 of them above
                # designated size, and eighty-odd high-tech enterprises.': an answer that is nothing but the counts)
                or (_COUNTS_ONLY.fullmatch(s.text) is not None and self._question_line(s) is not None)
                # ('41 enterprises above designated size at year-end.': a yearbook's sentence that is nothing but the
                # count and when it was taken)
                or (_COUNTS_ONLY.fullmatch(s.text) is not None and _AT_YEAR_END.search(s.text) is not None)
                # ('Enterprises (end of 2025)' over '  108 national high-tech enterprises' and '  5 national little
                # giants / 37 provincial specialized and new SMEs': a fact sheet's lines, each nothing but counts)
                or (not self.text[self._line_start(s): s.start].strip() and _LINE_END.match(self.text, s.end)
                    and all(part.lstrip()[:1].isdigit() and _COUNTS_ONLY.fullmatch(part)
                            for part in _COUNT_SEPARATOR.split(s.text)))
                # (or one count alone on its line, its label holding commas: '15 municipal specialized, refined,
                # distinctive and innovative SMEs' under '71 industrial enterprises above designated size')
                or (not self.text[self._line_start(s): q.start].strip() and s.start == self._line_start(s)
                    and _LINE_END.match(self.text, phrase_end) is not None)
                # (or set apart by bars, a label holding commas: '132 industrial enterprises above designated size |
                # ... | 58 Shanghai specialized, refined, distinctive and innovative SMEs')
                or ("|" in s.text and _COUNTS_BARRED.fullmatch(s.text) is not None)
                # ('... silicon-based materials made by its 11 new materials enterprises contributed ...': the firms
                # of an industry, counted in passing)
                or _MADE_BY_ITS.search(before)
                # ('- Intelligent manufacturing (leading industry): robots and CNC machine tools. 38 enterprises; output
                # value of 8.2 billion yuan': a list item's figures, each opening its own part)
                or (self._in_list_item(s) and (not self.text[s.start: q.start].strip()
                                               or QUALIFIER_ONLY.fullmatch(self.text, s.start, q.start) is not None)
                    and _PART_ENDS.match(self.text, phrase_end) is not None)
                or F.OF_ITS_FIRMS.match(self.text, q.end)
                # '. Sixty-four are industrial enterprises above designated size', 'of which 9,742 were enterprises'
                or (F.ARE_FIRMS.match(self.text, q.end)
                    and F.opens_its_clause(self.text, q.start, s.start))
                or (code == "enterprises_above_size" and F.OF_THEM_ABOVE.match(self.text, q.end))  # '142 of them ...'
                # '196 enterprises were registered in the zone, 14 of them industrial enterprises above designated
                # size': a part of the firms the sentence counted
                or (_OF_THEM_PART.match(self.text, q.end) and _FIRMS_COUNTED.search(self.text, s.start, q.start))
                # '24 enterprises in the park had reached the designated size': what they are, said of them
                or (code == "enterprises_above_size" and _STATED_ABOVE.search(self.text, q.end, phrase_end))
                # 'Kangrui is one of more than 1,200 biomedicine and health enterprises on the island'
                or _ONE_OF_COUNT.search(before)
                # '168 industrial enterprises above designated size and 41 foreign-invested enterprises were operating
                # in the zone'
                or _LIST_THEN_SETTLED.match(self.text, phrase_end)
                # '14 electronic information enterprises transferred from Shenzhen have settled in the park'
                or _MOVED_IN_SETTLED.match(self.text, phrase_end)
                # 'The 38 auto parts enterprises above designated size produced ...': the zone's firms, named whole
                or (_THE_FIRMS_BEFORE.search(before) and _FIRMS_DID.match(self.text, phrase_end))
                # 'the output value of the 17 enterprises above designated size was 2.04 billion yuan': all of them
                or (code == "enterprises_above_size" and _OF_THE_FIRMS.search(before) is not None
                    and _THE_FIRMS_BEFORE.search(before) is not None)
                or _OF_WHICH_BEFORE.search(before)
                # ('52 industrial enterprises above designated size were operating in the park, along with 9 high-tech
                # enterprises and 4 provincial specialized and new SMEs': more of the zone's counts, joined on)
                or ((_ALONG_WITH.search(before) is not None or _AND_ANOTHER_COUNT.search(before) is not None)
                    and any(d.unit == "count" for d in drafts))
                # a goal of firms to have: 'we want more than 100 high-tech enterprises', 'strive for 300 enterprises
                # above designated size', 'The plan called for 70 national high-tech enterprises by the end of 2025'
                or _GOAL_FOR_COUNT.search(before[-40:])
                # ('the park aims for output value of about 950 million yuan and for 13 enterprises above designated
                # size by year-end': the goal's second object)
                or _GOAL_FOR_COUNT_AND.search(before[-160:])
                # 'now involves nearly 300 processing enterprises in the park', 'The 13 agricultural product
                # processing enterprises in the park, which make ...': the firms the zone has
                or ((located := _LOCATED_IN_THE_ZONE.match(self.text, phrase_end))
                    and not _CAPTION_NUMBER.search(before)
                    # ('14 enterprises in the zone have shipped ...', '12 enterprises in the zone passed the
                    # recognition': some of its firms that did something; 'All 137 ... in the park have resumed
                    # production': all of them)
                    and (not _SOME_FIRMS_DID.match(self.text, located.end()) or _ALL_BEFORE.search(before)))
                or self._of_the_count(before, code, q, phrase_end)
                # "Tea processing remains a featured industry, with 27 tea enterprises in the zone"
                or (industry is not None and _WITH_COUNT.search(before))
                # 'The zone ranked second, with 1,982 high-tech enterprises at the end of 2022': what the subject has,
                # unless the firms do something ('..., with 50 enterprises signing deals')
                or (_WITH_COUNT.search(before) and not _FIRMS_ACT_AFTER.match(self.text, phrase_end))
                # 'Seventeen companies based in the zone are listed on stock exchanges at home and abroad'
                or (code == "listed_companies" and _ARE_LISTED.match(self.text, phrase_end) is not None)
                # 'About 40 medical device companies in the zone make disposable infusion sets'
                or (industry is not None and _OPENS_CLAUSE.search(before)
                    and _THEY_WORK.match(self.text, phrase_end))
                # 'Of these, 158 are industrial enterprises above designated size ... and 64 are national ...'
                or (_ARE_AFTER.match(self.text, q.end) and _OF_THESE.search(before))):
            return None  # ('• 1,065 national high-tech enterprises' under 'Enterprises (end of 2022)': a stock)
        if _INCREMENT_BEFORE.search(before) and not _THEY_HOLD.match(self.text, phrase_end):
            # ('Another 87 companies hold Beijing's title of ...': another group of the firms, all it holds)
            return None  # 'we aim to add 20 listed companies': a change in a stock, not the stock
        if F.COUNT_OBJECT.search(before) and not F.COUNT_OBJECT_OK.search(before) \
                and not _GOAL_FOR_COUNT_AND.search(before[-160:]) \
                and not self._of_the_count(before, code, q, phrase_end):
            return None  # 'assigned to 422 enterprises': the firms are an object, not a stock
        after = self.text[phrase_end: min(s.end, phrase_end + _REACH)]
        if re.search(r"\b(?:top|fortune(?: global)?|global|world|china)\s*$", before, re.I) \
                or (re.match(r"^\s*with\b[^.;]{0,60}?\d", after, re.I) and not _WITH_THEIR_ALL.match(after)) \
                or _SIZE_CLASS_AFTER.match(after):
            return None  # 'top 500 enterprises', 'enterprises with an output value of ...': a subset
        if F.CHANGE_OF_STOCK.search(self.text[q.end: phrase_end]) or F.STOCK_CHANGE_AFTER.match(after):
            return None
        part = None
        if (in_part := _ARE_IN_A_PART.match(self.text, phrase_end)) is not None:
            # ('11 of the high-tech enterprises are in the Tibetan medicine park': the part's firms)
            named = self._mentions_between(in_part.end(), in_part.end() + 1)
            if named and named[0].explicit and self.clusters[named[0].cluster].part:
                part = named[0].cluster
        return F.Draft(code, q.value, "count", q.qualifier, q, q.start, phrase_end, measure="stock",
                       anchor=q.start, industry=industry, entity=part)

    # Periods no figure can yet be reported for, by the document's date: the text reports on neither.
    def _in_a_reason_after_figures(self, s: Sentence, p: Period) -> bool:
        """True for a period in a clause that gives a reason after the sentence's figures ('..., up 39.2 percent, as a
        new complex reached full capacity in the second quarter')."""
        reason = _REASON_CLAUSE.search(self.text, max(s.start, p.start - 160), p.start)
        if reason is None and (opens := _REASON_OPENS_WITH_TIME.search(self.text, max(s.start, p.start - 12),
                                                                       p.start)) is not None \
                and _TIME_S_THING_DONE.match(self.text, p.end, s.end):
            reason = opens  # ('..., while industrial investment declined 5.7 percent after last year's big
            # pharmaceutical plant was finished': the time of what the reason tells was done)
        if reason is None:
            return False
        if _DIGIT.search(self.text, s.start, reason.start()) is not None:
            return True
        # (or after a change told without a figure: 'Industrial investment in the Ulan Mulun park fell after two
        # mine-expansion projects were completed in 2023.' in a report on January-September 2024)
        return _MOVED_BEFORE.search(self.text, s.start, reason.start()) is not None \
            and _DIGIT.search(self.text, p.end, s.end) is None

    def _industry_line_above(self, s: Sentence) -> F.Draft | None:
        """The figure of an industry read last, when it is on the line right above this one and this line is set in
        under it (a list of industries' figures, one a line)."""
        line_start = self._line_start(s)
        if not self.drafts or not _SET_IN.fullmatch(self.text, line_start, s.start):
            return None
        last = self.drafts[-1][0]
        above = self.text.rfind("\n", 0, line_start - 1)
        return last if above < last.end < line_start else None

    def _industry_sub_item(self, s: Sentence) -> tuple[str, str] | None:
        """The measure and industry of an indented item that names an industry under an item of a measure of
        industries ('● Industrial output value: ¥18.9 billion, +6.8%' over '   – seafood processing: ¥7.62 billion,
        +12.4%'): that measure, of that industry."""
        item = _SUB_ITEM_LABEL.match(self.text, self._line_start(s))
        if item is None or not self.drafts or F.money_metric(item.group("label"), ""):
            return None
        last = self.drafts[-1][0]
        above = self.text.rfind("\n", 0, self._line_start(s) - 1) + 1
        industry = F.first_industry(item.group("label"))
        if industry is None or last.metric not in F.INDUSTRY_SCOPED or last.industry is not None \
                or not above <= last.start < self._line_start(s):
            return None
        return last.metric, industry

    def _listed_by_industry(self, s: Sentence) -> tuple[str, str] | None:
        """The measure and industry of an item under 'By industry:' right after a sentence that gives a measure of
        industries ('... the output value of industrial enterprises above designated size ... reached 52.36 billion
        yuan, ...' over 'By industry:' over '▶ Electronic information: 24.81 billion yuan, +13.6%'): that measure, of
        the industry the item names."""
        line_start = self._line_start(s)
        item = _LISTED_INDUSTRY_ITEM.match(self.text, line_start)
        if item is None or not self.drafts or F.money_metric(item.group("label"), ""):
            return None
        industry = F.first_industry(item.group("label"))
        if industry is None:
            return None
        at = line_start
        for _ in range(12):  # up the list to its 'By industry:' line
            above = self.text.rfind("\n", 0, max(0, at - 1)) + 1
            line = self.text[above: max(above, at - 1)]
            if _BY_INDUSTRY_LINE.fullmatch(line):
                break
            if at == 0 or _LISTED_INDUSTRY_ITEM.match(line) is None:
                return None
            at = above
        else:
            return None
        before = self.text.rfind("\n", 0, max(0, above - 1)) + 1  # the line over 'By industry:'
        # (the last amount: not a growth alone after it, '..., and their added value grew 9.8%')
        last = next((d for d, *_ in reversed(self.drafts) if d.end <= above and d.value is not None), None)
        if last is None or last.start < before or last.metric not in F.INDUSTRY_SCOPED or last.industry is not None:
            return None
        return last.metric, industry

    def _their_combined(self, s: Sentence, q: Quantity) -> bool:
        """'The zone has 12 little giants. Their combined sales revenue exceeded ...', '..., and their combined tax
        revenue rose 6.1 percent' after several zones: some firms' or zones' total, not the zone's (an industry's
        or two industries' own total is theirs: 'New energy equipment and hydrogen energy, ..., their combined
        output value reached ...')."""
        combined = _THEIR_COMBINED.search(self.text, max(s.start, q.start - _REACH), q.start)
        return combined is not None and not F.industries_in_order(self.text[s.start: combined.start()])

    def _clause_end(self, draft: F.Draft, s: Sentence) -> int:
        """Where what a draft's figure says ends: before the parts named after it ('..., among them a 5.6-billion-yuan
        project that broke ground on Sept. 28'), else at the sentence's end."""
        parts = _PARTS_AFTER.search(self.text, draft.end, s.end)
        return s.end if parts is None else parts.start()

    def _under_firms_heading(self, s: Sentence) -> bool:
        """True for a line in the block under a heading that names firms ('ENTERPRISES (end of year)')."""
        return self.heading_end > 0 and "\n\n" not in self.text[self.heading_end: s.start] \
            and _FIRMS_HEADING.match(self.text, self.text.rfind("\n", 0, self.heading_end) + 1) is not None

    def _begun_after(self, p: Period) -> bool:
        """Begun after the document's date: 'when it is completed in 2025' in April 2024, 'in the third quarter
        of this year' in January."""
        doc = self.doc_date
        return doc is not None and p.first is not None and p.first > (doc.year, doc.month or 12)

    def _stretches_of_the_year(self, found: list[Period], year_end: int) -> list[Period]:
        """The stretches a sentence that opens with a year names without one, in that year: 'In 2015, affected by
        the fall in prices, the district came under pressure in the first quarter' (2015's, not the page's year)."""
        year = next((p for p in found if p.end == year_end), None)
        if year is None or year.first is None or (year.first[1], year.last[1]) != (1, 12) \
                or year.first[0] != year.last[0]:
            return found
        y = year.first[0]
        return [replace(p, first=(y, p.first[1]), last=(y, p.last[1]))
                if p is not year and p.first is not None and p.first[0] == p.last[0] != y and not p.plan
                and not p.future_by and not _YEAR_OR_RELATIVE.search(self.text, p.start, p.end) else p for p in found]

    def _under_way(self, p: Period) -> bool:
        """Begun but not over by the document's date, unless it is the year itself: 'should lift output in the
        second half' in August; 'the impact of COVID-19 in the first quarter' in a February item."""
        doc = self.doc_date
        # (a stretch that ends in the document's month is under way until near that month's end: 'in the fourth
        # quarter' on December 9)
        return doc is not None and doc.month is not None and p.first is not None and not self._begun_after(p) \
            and (p.last > (doc.year, doc.month) or (p.last == (doc.year, doc.month) and p.first != p.last
                                                    and doc.day is not None and doc.day <= 25)) \
            and (p.first[1], p.last[1]) != (1, 12)

    def _part_of_report(self, p: Period, periods: list[Period]) -> bool:
        """A period that leaves the period the text reports on (or its sentence names first) as it is.

        A single month, or a stretch said to stand 'alone', inside it ('In July alone, ...' in a
        report on January-July); 'this year' in a report on the year so far ('turning positive for
        the first time this year').
        """
        report = self.report_period
        if p.first is None:
            return False
        if report is not None and report.first is not None and report.first[1] == 1 \
                and (p.first, p.last) == ((report.first[0], 1), (report.first[0], 12)) != (report.first, report.last) \
                and _THIS_YEAR.fullmatch(self.text, p.start, p.end):
            return True
        alone = p.first == p.last or _ALONE.match(self.text, p.end) is not None
        # ('The zone's own economy has kept pace. In the first three quarters, output ... grew 12.7 percent ...'
        # in a page on January-October: a stretch from January that opens its sentence sets what follows)
        opens = p.first[1] == 1 and _OPENING_WORDS.fullmatch(
            self.text, max(self.text.rfind(". ", 0, p.start) + 1, self.text.rfind("\n", 0, p.start) + 1), p.start)
        if report is None and self.report_year is not None and _ALONE.match(self.text, p.end) is not None:
            # ('...; in the fourth quarter alone, 8.34 billion yuan' in a yearbook on 2021 that names no period of
            # its own before: a stretch of the year it reports on)
            report = Period(p.start, p.start, (self.report_year, 1), (self.report_year, 12))
        for whole in [report, *(o for o in periods if o.start < p.start)]:
            if whole is None or whole.first is None or (whole.first, whole.last) == (p.first, p.last):
                continue
            # inside a report on part of a year, any shorter stretch of it: 'In the first half, output rose 3.8
            # percent, reversing a decline of 9.6 percent in the first quarter. Tax revenue ...' is the half's
            year_to_date = whole.first[1] == 1 and whole.last[0] == whole.first[0] and whole.last[1] < 12
            # ('The first quarter declined by 12.9 percent, while the output value in the second quarter rose 4.7
            # percent' in a report on the first half: two stretches of it set side by side, neither what follows)
            contrasted = opens and year_to_date and any(
                o is not p and o.first is not None and o.first > p.last and whole.first <= o.first
                and o.last <= whole.last for o in periods)
            if (alone or year_to_date and (not opens or contrasted)) and whole.first <= p.first \
                    and p.last <= whole.last:
                return True
            # ('In the first quarter output had fallen 18.4 percent as factories closed' in a review of the whole
            # year: a stretch of it recalled, in the past perfect; the review goes on with the year)
            if whole is report and whole.first[1] == 1 and whole.last[1] == 12 and whole.first[0] == whole.last[0] \
                    and whole.first <= p.first and p.last <= whole.last \
                    and _HAD_DONE.match(self.text, p.end, min(len(self.text), p.end + 60)) is not None:
                return True
        return False

    def _counts_dated_by_a_note_below(self, s: Sentence, year: int) -> None:
        """'Enterprises: 86' and 'Industrial enterprises above designated size: 23' over '(Enterprise figures as of
        end-2015)': the counts of the lines right above the note are at the end of that year, whatever the page's
        date."""
        block = self.text.rfind("\n\n", 0, s.start)
        at_end = Period(s.start, s.end, (year, 12), (year, 12), True)
        for i, (draft, entity, _, kind, _, heading) in enumerate(self.drafts):
            if draft.start > block and draft.end <= s.start and draft.unit == "count" and kind == "actual":
                self.drafts[i] = (draft, entity, at_end, kind, "sentence", heading)

    def _of_the_count(self, before: str, code: str, q: Quantity, phrase_end: int) -> bool:
        """"Of the zone's 97 industrial enterprises above designated size, 52 are food processors": a count named
        to be parted, unless it restates one given before or names a subset ('Of the 1,043 companies that received
        subsidies, ...')."""
        return _OF_THE_COUNT.search(before) is not None and not _SUBSET_AFTER.match(self.text, phrase_end) \
            and self._restated_count(code, q.value) is None

    def _restated_count(self, code: str, value: float | None) -> F.Draft | None:
        """The count given before that a count of firms restates: the same number of the same firms, or of
        firms of a kind when the later names them only as firms ('Industrial enterprises above designated size
        (end of year) | 131', then 'Of the 131 enterprises, ...')."""
        for d, *_ in reversed(self.drafts):
            if d.value == value and d.unit == "count" and (
                    d.metric == code or (code == "enterprises" and d.metric in _FIRMS_OF_A_KIND)):
                return d
        return None

    def _recognized_as(self, at: int) -> str | None:
        """The count metric of the last title firms were recognized as in the paragraph before `at`, if any."""
        opens = self.text.rfind("\n\n", 0, at) + 1
        if not _RECOGNIZED.search(self.text, opens, at):
            return None
        for m in reversed(list(_RECOGNITION_OF.finditer(self.text, opens, at))):
            label = m.group("label") or m.group("title")
            code = F.count_label(label) or F.count_in(label)
            if code is not None and code != "enterprises":
                return code
        return None

    def _count_against(self, q: Quantity, drafts: list[F.Draft]) -> F.Draft | None:
        """'It has 147 industrial enterprises above designated size, against 118 in Yunmeng (and 58 in Aohan)':
        another zone's count of what was just counted, the zone named by its place."""
        last = drafts[-1] if drafts else None
        if last is None or last.unit != "count" or last.value is None or q.kind != "bare" or q.scaled:
            return None
        against = _AGAINST_BEFORE.fullmatch(self.text, last.end, q.start)
        if against is None or (against.group("word").lower() == "and" and last.entity is None):
            return None
        place = _IN_PLACE.match(self.text, q.end)
        named = self._mentions_between(q.end, place.end()) if place else []
        if not named:
            return None
        return F.Draft(last.metric, q.value, "count", q.qualifier, q, q.start, place.end(), measure="stock",
                       anchor=q.start, industry=last.industry, entity=named[-1].cluster)

    def _industry_part(self, q: Quantity, drafts: list[F.Draft], s: Sentence | None = None) -> F.Draft | None:
        """'106 industrial enterprises above designated size, 38 of them in the aluminum sector', '..., 23 of which
        make wind power equipment': the firms of one industry among those just counted, counted the same way."""
        last = drafts[-1] if drafts else None
        whole = None
        if last is None and s is not None and (opens := _OF_THE_WHOLE.fullmatch(self.text, s.start, q.start)):
            # ('Of the 123 industrial enterprises above designated size, 52 are in the chemical industry' after the
            # 123 given before: the firms of one industry among those, counted as they were and when)
            whole = self._restated_count(F.count_in(opens.group()) or "enterprises",
                                         float(opens.group("n").replace(",", "")))
            last = whole
        elif last is None and s is not None and (opens := _OF_THE_NUMBER.fullmatch(self.text, s.start, q.start)):
            # ('... 318 national high-tech enterprises. Of the 318, 203 are in electronic information')
            n = float(opens.group("n").replace(",", ""))
            whole = last = next((d for d, *_ in reversed(self.drafts[-6:]) if d.unit == "count" and d.value == n
                                 and d.metric in _FIRMS_PARTED and d.industry is None), None)
        elif last is not None and last.industry is not None and last.part_of is not None:
            # ('..., 52 are in the chemical industry and 29 in new materials': the next industry's firms)
            whole = last.part_of
        if last is None or last.metric not in _FIRMS_PARTED or last.value is None \
                or (last.industry is not None and whole is None) \
                or q.value >= (whole or last).value \
                or not ((whole is not None and last is whole) or _NEXT_PART.fullmatch(self.text, last.end, q.start)):
            return None
        part = _INDUSTRY_PART.match(self.text, q.end)
        if part is None:
            return None
        stop = _PART_STOP.search(self.text, part.end(), min(len(self.text), part.end() + 80))
        end = stop.start() if stop else min(len(self.text), part.end() + 80)
        industry = F.first_industry(self.text[part.end(): end])
        if industry is None or industry == last.industry:
            return None
        return F.Draft(last.metric, q.value, "count", q.qualifier, q, q.start, end, measure="stock",
                       anchor=q.start, industry=industry, part_of=whole)

    def _industry_elided(self, q: Quantity, window: str, lookahead: str, drafts: list[F.Draft]) -> tuple | None:
        """'Cables and electrical equipment, the park's pillar industry, produced output value of 6.21 billion yuan
        last year. New materials, mainly cable insulation compounds and copper alloy wire, reached 2.35 billion yuan.':
        another industry's figure of the measure just given for one, its measure left unsaid; or an industry's part
        of the total just given ('Chemicals made up 31.8 billion yuan of the 2025 total')."""
        said, part = _INDUSTRY_REACHED.fullmatch(window), None
        if said is None and window.count(",") >= 3:
            # (an aside that lists what the industry makes: '; the electronic information industry, mostly circuit
            # boards, connectors and display modules transferred from the Greater Bay Area, reached 6.58 billion yuan')
            said = _INDUSTRY_REACHED.fullmatch(F.ASIDE.sub(lambda m: " " * len(m.group()), window))
        if said is None and (part := _INDUSTRY_MADE_UP.fullmatch(window)) is not None \
                and _OF_THE_TOTAL.match(lookahead):
            said = part
        if said is None:
            return None
        last = drafts[-1] if drafts else self.drafts[-1][0] if self.drafts else None
        if part is not None and said is part and last is not None and last.industry is None \
                and last.metric in F.INDUSTRY_SCOPED:
            industry = F.first_industry(said.group("what"))
            return (last.metric, industry) if industry is not None else None
        if last is not None and last.unit == "count" and last.industry is not None:
            # ('the TCM cluster produced output value of 12.7 billion yuan, ..., and now counts 52 pharmaceutical
            # enterprises. Vegetable processing and pickles, another traditional trade, generated 4.3 billion yuan':
            # the measure of the amount before the industry's firms)
            last = next((d for d in reversed(drafts or [d for d, *_ in self.drafts[-3:]])
                         if d.unit in ("CNY", "USD") and d.industry is not None), last)
        # (the industry the figure before was of may be known only once its sentence is read: 'Nonferrous metal deep
        # processing, built on ..., achieved output value of 13.07 billion yuan; the electronic information industry
        # ... reached 6.58 billion yuan')
        before = last.industry if last is not None else None
        if last is not None and before is None and last.metric in F.INDUSTRY_SCOPED and last.start < last.anchor:
            before = F.first_industry(self.text[last.start: last.anchor].split(",", 1)[0])
        if last is None or before is None or last.metric not in F.INDUSTRY_SCOPED \
                or "\n" in self.text[last.end: q.start] or q.start - last.end > 250:
            return None
        industry = F.first_industry(said.group("what"))
        return (last.metric, industry) if industry is not None and industry != before else None

    def _part_s_area(self, q: Quantity, drafts: list[F.Draft]) -> F.Draft | None:
        """A part's share of the area the sentence gave the whole, the part named after the figure ('The park has a
        planned area of 18.2 square kilometers: 10.9 square kilometers in the northern section and 7.3 in the southern
        section') or before it ('...; the core area accounts for 9.1 square kilometers and the eastern expansion area
        for 6.5', '... is split among the salt chemical park with 11.8 square kilometers, the new materials park with
        7.6 ...'): the part's own area, of the whole's measure."""
        total = next((d for d in drafts if d.unit == "km2" and d.value is not None and d.entity is None), None)
        if total is None or q.value >= total.value:
            return None
        part = None
        if (after := _IN_A_PART_AFTER.match(self.text, q.end)) is not None:
            part = next((m for m in self._mentions_between(after.start(), after.end() + 1) if m.start >= q.end), None)
        else:
            before = _PART_HAS_BEFORE.search(self.text, max(total.end, q.start - 30), q.start)
            if before is not None:
                part = next((m for m in reversed(self._mentions_between(total.end, before.start() + 1))
                             if m.end == before.start()), None)
        if part is None or not self.clusters[part.cluster].part or part.cluster == self.primary:
            return None
        start, end = min(q.start, part.start), max(q.end, part.end)
        return F.Draft(total.metric, q.value, "km2", q.qualifier, q, start, end, measure="stock", anchor=q.start,
                       entity=part.cluster)

    def _area_elided(self, q: Quantity, drafts: list[F.Draft]) -> tuple | None:
        """'Area A (Green Food Area) realized output value of 460 million yuan and Area B (Graphite New Materials
        Area) 810 million yuan': another area's figure of the measure just given, its verb and measure left unsaid,
        only the area's name between the two amounts."""
        last = drafts[-1] if drafts else None
        # (or an area's, its unit left out too: 'The North Area covers 9.1 square kilometers and the South Area 6.1')
        if last is None or last.value is None or last.industry is not None or not (
                (q.kind == "money" and last.unit == (q.unit or "CNY"))
                or (q.kind in ("bare", "area") and not q.scaled and last.unit == "km2")):
            return None
        end = last.quantity.end if last.quantity is not None else last.end
        named = [m for m in self._mentions_between(end, q.start) if m.explicit]
        if not named or end >= q.start:
            return None
        gap = list(self.text[end: q.start])
        for m in self._mentions_between(end, q.start):
            gap[m.start - end: m.end - end] = " " * (m.end - m.start)
        return (last.metric, None) if _ELIDED_GAP.fullmatch(_BRACKETS.sub(" ", "".join(gap))) else None

    def _industry_named_part(self, q: Quantity, drafts: list[F.Draft]) -> F.Draft | None:
        """'Enterprises above designated size: 96 (food 52, equipment 27, new materials 11)': each industry's firms
        among those just counted, the industry named before its number in brackets after the total."""
        last = drafts[-1] if drafts else None
        if last is None or last.unit != "count" or last.value is None:
            return None
        total = last if last.industry is None else next(
            (d for d in reversed(drafts) if d.industry is None and d.metric == last.metric and d.unit == "count"), None)
        gap = (_OPENS_A_PART if last is total else _NEXT_NAMED_PART).fullmatch(self.text, last.end, q.start)
        if total is None or total.value is None or q.value >= total.value or gap is None:
            return None
        industry = F.first_industry(gap.group("name"))
        if industry is None:
            return None
        return F.Draft(total.metric, q.value, "count", q.qualifier, q, gap.start("name"), q.end, measure="stock",
                       anchor=q.start, industry=industry)

    def _firms_of_an_industry_among(self, q: Quantity, s: Sentence) -> F.Draft | None:
        """'About 60 of its enterprises work in marine equipment', '11 of the 47 enterprises above designated size
        make power transmission equipment': the zone's firms of one industry, counted among its firms."""
        among = _OF_ITS_FIRMS_DO.match(self.text, q.end, s.end)
        if among is None:
            return None
        stop = _CLAUSE_STOP.search(self.text, among.end(), min(s.end, among.end() + 80))
        industry = F.first_industry(self.text[among.end(): stop.start() if stop else min(s.end, among.end() + 80)])
        if industry is None:
            return None
        metric = "enterprises_above_size" if among.group("above") else "enterprises"
        return F.Draft(metric, q.value, "count", q.qualifier, q, q.start, among.end(), measure="stock",
                       anchor=q.start, industry=industry)

    def _part_above_size(self, draft: F.Draft | None, drafts: list[F.Draft]) -> F.Draft | None:
        """'108 industrial enterprises above designated size, 37 of them food companies': the firms of one
        industry among the firms above designated size just counted are above designated size too."""
        if draft is not None and draft.metric == "enterprises" and draft.industry is not None \
                and (of_the := _OF_THE_COUNT_OPENS.search(self.text, max(0, draft.anchor - 24), draft.anchor)):
            # ('... 96 industrial enterprises above designated size. Of the 96, 57 are motor and electrical equipment
            # makers': the firms of one industry among those the count before counted, counted the same way)
            total = float(of_the.group(1).replace(",", ""))
            counted = next((d for d, *_ in reversed(self.drafts[-4:]) if d.unit == "count" and d.value == total), None)
            if counted is not None and counted.industry is None and counted.metric in _FIRMS_COUNTED_BY_KIND:
                return F.extend(draft, metric=counted.metric)
        if draft is not None and draft.metric == "enterprises" and draft.industry is not None and not drafts \
                and (of_the := _OF_THE_FIRMS_OPENS.search(self.text, max(0, draft.anchor - 160), draft.anchor)) \
                and (code := F.count_label(of_the.group("what"))) in _FIRMS_COUNTED_BY_KIND:
            # ('Of the 112 industrial enterprises above designated size at the end of 2024, 47 were food processing
            # enterprises', the 112 given before: the firms of one industry among those counted the same way)
            return F.extend(draft, metric=code)
        if draft is not None and draft.metric == "enterprises" and draft.industry is not None and not drafts \
                and self.previous is not None \
                and _OF_THESE_OPENS.search(self.text, max(0, draft.anchor - 24), draft.anchor):
            # ('... had 214 industrial enterprises above designated size, a net increase of 19. Of these, 132 were
            # leisure food enterprises': the firms of one industry among those the sentence before counted)
            counted = next((d for d, *_ in reversed(self.drafts[-4:]) if d.unit == "count"
                            and d.metric in _FIRMS_COUNTED_BY_KIND and d.start >= self.previous.start), None)
            if counted is not None and counted.industry is None and counted.value is not None \
                    and counted.value > draft.value:
                return F.extend(draft, metric=counted.metric)
        if draft is None or draft.metric != "enterprises" or draft.industry is None or not drafts:
            return self._above_size_of_them(draft, drafts)
        last = drafts[-1]
        if last.metric != "enterprises_above_size" or last.end > draft.anchor:
            return draft
        between = self.text[last.end: draft.anchor]
        # a second part after the first ('of which shoes and leather enterprises 46, electronic ... 29')
        listed = last.industry is not None and _NEXT_PART.fullmatch(between)
        if listed or _PART_OPENS.fullmatch(between) or (_NEXT_PART.fullmatch(between)
                                                          and _OF_THEM_AFTER.match(self.text, draft.anchor)) \
                or (_OPENER_REST.fullmatch(between)
                    and _OF_THE_BEFORE_COUNT.search(self.text, max(0, last.anchor - 80), last.anchor)):
            # ('Of the zone's 109 industrial enterprises above designated size at the end of June, 31 are salt
            # chemical and fine chemical firms': the sentence opened on the firms it parts)
            return F.extend(draft, metric="enterprises_above_size")
        return draft

    def _above_size_of_them(self, draft: F.Draft | None, drafts: list[F.Draft]) -> F.Draft | None:
        """'The park's 17 barium salt enterprises, 9 of them above designated size': the industry's firms above
        designated size, among the industry's firms just counted."""
        if draft is None or draft.metric != "enterprises_above_size" or draft.industry is not None or not drafts:
            return draft
        last = drafts[-1]
        if last.metric == "enterprises" and last.industry is not None and last.end <= draft.anchor \
                and _NEXT_PART.fullmatch(self.text, last.end, draft.anchor) \
                and F.OF_THEM_ABOVE.match(self.text, draft.quantity.end if draft.quantity else draft.anchor):
            return F.extend(draft, industry=last.industry)
        return draft

    def _elided_count(self, q: Quantity, drafts: list[F.Draft], s: Sentence) -> F.Draft | None:
        """'the Urumqi zone had 862 high-tech enterprises, the Changji zone 214 and the Shihezi zone 168':
        a zone's name, then its count of what the count before it counted."""
        if (not drafts or drafts[-1].unit != "count") and (
                now := _SO_FAR_IT_HAS.search(self.text, s.start, q.start)) is not None \
                and _CLAUSE_ENDS.match(self.text, q.end) is not None \
                and (code := F.count_in(self.text[s.start: now.start()])) not in (None, "population"):
            # ('Two enterprises were newly named specialised and new SMEs, so far the park has 5': the titles the
            # clause before gave, how many it has now)
            return F.Draft(code, q.value, "count", q.qualifier, q, now.start("said"), q.end, measure="stock",
                           anchor=q.start)
        if not drafts or drafts[-1].unit != "count" or drafts[-1].value is None:
            return None
        last = drafts[-1]
        if (deadline := _NEXT_DEADLINE.match(self.text, q.end)) is not None \
                and F.LIST_CONTINUES.fullmatch(self.text, last.end, q.start) is not None:
            # ('The number of industrial enterprises above designated size will reach 110 in 2025 and 130 by 2027':
            # the same count for a later year, the year named after it; 'had 50 ... in 2020 and 80 in 2023')
            year = int(deadline.group(1))
            return F.Draft(last.metric, q.value, "count", q.qualifier, q, q.start, q.end, measure="stock",
                           anchor=q.start, industry=last.industry,
                           period=Period(q.start, q.end, (year, 1), (year, 12), point=True))
        named = self._mentions_between(drafts[-1].end, q.start)
        if _ITS_COUNT_NOW.fullmatch(self.text, drafts[-1].end, q.start) is not None \
                and _CLAUSE_ENDS.match(self.text, q.end) is not None:
            # ('The zone aims to pass 100 industrial enterprises above designated size by the end of the year; it
            # currently has 83': how many it has now, after a goal or an earlier count)
            mark = max(self.text.rfind(";", drafts[-1].end, q.start), self.text.rfind(",", drafts[-1].end, q.start))
            start = len(self.text) - len(self.text[mark + 1:].lstrip())
            return F.Draft(drafts[-1].metric, q.value, "count", q.qualifier, q, start, q.end, measure="stock",
                           anchor=q.start, industry=drafts[-1].industry)
        # (or with its verb again: '... had 721 national high-tech enterprises and Fuzhou High-tech Zone had 283')
        if not named or not _ELIDED_VERB.fullmatch(self.text, named[-1].end, q.start) or not _ELIDED_BEFORE.fullmatch(
                self.text, drafts[-1].end, named[-1].start):
            return None
        return F.Draft(drafts[-1].metric, q.value, "count", q.qualifier, q, named[-1].start, q.end,
                       measure="stock", anchor=q.start, industry=drafts[-1].industry)

    def _count_goal(self, q: Quantity, window: str, drafts: list[F.Draft], lookahead: str = "") -> F.Draft | None:
        """'52 national high-tech enterprises at the end of 2022, already above the 2025 target of 45': the goal
        for the count just given, for the year it names (or the year reported on: or the deadline after it, 'against a
        goal of 80 by the end of the plan period')."""
        if not drafts or drafts[-1].unit != "count" or drafts[-1].value is None or q.scaled:
            return None
        goal = _ANNUAL_TARGET_OF.search(window)
        period = self._goal_period(goal, q) if goal is not None else self._goal_again(q, window, lookahead)
        if period is None:
            return None
        start = q.start - len(window) + (goal.start() if goal is not None else len(window) - len(window.lstrip()))
        year = period.last[0]
        return F.Draft(drafts[-1].metric, q.value, "count", q.qualifier, q, start,
                       q.end, measure="stock", anchor=q.start, industry=drafts[-1].industry,
                       period=Period(q.start, q.end, (year, 1), (year, 12), point=True), target=True)

    def _another_area_s_part(self, q: Quantity, clause: str, part: re.Match[str], drafts, s: Sentence) -> bool:
        """Whether the words after 'of which' name an area other than the one the total just given is about."""
        if not drafts or drafts[-1].value is None or drafts[-1].unit != (q.unit or "CNY"):
            return False
        named = self._mentions_between(q.start - len(clause) + part.end(), q.start)
        if not named or self.clusters[named[-1].cluster].type_class == "district":
            return False
        total = self._entity_at(drafts[-1].anchor, s)
        return total is not None and self.folded.get(total, total) != self.folded.get(named[-1].cluster,
                                                                                    named[-1].cluster)

    def _goal_again(self, q: Quantity, window: str, lookahead: str) -> Period | None:
        """The period of a goal for the measure just given, in words that do not name it: '...; the plan aims for
        2 billion yuan by 2025', '... and a target of 150', 'beating the 3.5-billion-yuan target', 'short of the
        planned 150 million dollars', 'the 25 billion yuan planned for the five years'. None for other words."""
        if not (_GOAL_CLAUSE.search(window) or _THE_PLANNED.search(window)
                or (_GOAL_NOUN_AFTER.match(lookahead) and _THE_BEFORE_GOAL.search(window))
                or (_PLAN_S_MARK.search(window) and re.match(r"-?\s*mark\b", lookahead))):
            return None
        deadline = _GOAL_DEADLINE.match(lookahead)
        span = self.plan_span
        if deadline is not None and deadline.group("year"):
            year = int(deadline.group("year"))
        elif deadline is not None and deadline.group("plan_end") and span is not None:
            year = span.last[0]
        elif deadline is not None and deadline.group("five") and span is not None and span.first is not None:
            return Period(q.start, q.end, (span.first[0], 1), (span.last[0], 12))
        elif deadline is not None and deadline.group("five") and self.doc_date is not None:
            # (a plan named only by its first years, 'the first three years of the 14th Five-Year Plan period
            # (2021-2023)': the Five-Year Plan of the page's year)
            first, last = plan_of_year(self.doc_date.year)
            return Period(q.start, q.end, (first, 1), (last, 12))
        elif deadline is not None and deadline.group("this") and self.doc_date is not None:
            year = self.doc_date.year
        elif deadline is not None and deadline.group("next") and self.doc_date is not None:
            year = self.doc_date.year + 1
        elif ahead := self._ahead_before(q):
            year = ahead.last[0]  # 'the two zones had set their goals for 2018: ... aims to exceed ...'
        elif span is not None and (self.doc_date is None or span.last[0] >= self.doc_date.year):
            year = span.last[0]  # a goal in the review of a plan under way is the plan's
        else:
            return self._year_of_goal(q, None)
        return self._year_of_goal(q, year)

    def _ahead_before(self, q: Quantity) -> Period | None:
        """The last period before ``q`` in its sentence that lies after what the text reports on."""
        before = [p for p in self.sentence_periods if p.end <= q.start and not p.plan]
        reported = self._ctx().reported_year or min((p.last[0] for p in before if not p.future_by), default=None)
        ahead = [p for p in before if p.future_by or (reported is not None and p.last[0] > reported)]
        return ahead[-1] if ahead else None

    def _goal_period(self, goal: re.Match[str], q: Quantity) -> Period | None:
        """The period of a goal given for the measure just stated (``_ANNUAL_TARGET_OF``): the year it names; a
        plan's goal, the plan's last year, or the whole plan for a five-year goal ('only 56 percent of the
        five-year target of 20 billion yuan' of investment); else the year reported on."""
        year = _goal_year(goal)
        plan = goal.group("plan") or goal.group("plan2") or goal.group("plan3")
        if year is None and not plan and (named_after := _GOAL_YEAR_AFTER.match(self.text, q.end)) is not None:
            year = int(named_after.group(1))  # '..., against a target of 14 billion yuan for 2025': the year after it
        if year is None and not plan and self.plan_span is not None and _PLAN_END_AFTER.match(self.text, q.end):
            year = self.plan_span.last[0]  # '..., against a goal of 80 by the end of the plan period': the plan's
        if year is None and not plan:
            # 'Last year the zone introduced ... 18.64 billion yuan, 124.3 percent of the annual goal of 15 billion
            # yuan': the goal of the year the figure beside it is of, not the page's
            named = [p for p in self.sentence_periods if p.end <= q.start and p.last is not None and not p.future_by
                     and not p.plan]
            # (not a plan's goal said after it: '..., surpassing the target of 55 billion yuan set in its 14th
            # Five-Year Plan')
            year = named[-1].last[0] if named and not any(p.plan and p.start >= q.end for p in self.sentence_periods) \
                else None
        if year is None and plan and self.plan_span is not None:
            span = self.plan_span
            if plan.lower() == "five-year" and span.first is not None:
                return Period(q.start, q.end, (span.first[0], 1), (span.last[0], 12))
            year = span.last[0]
        return self._year_of_goal(q, year)

    def _year_of_goal(self, q: Quantity, year: int | None) -> Period | None:
        """A goal's whole year: the one given, else the year the text reports on (else the page's)."""
        if year is None:
            ctx = self._ctx()
            year = ctx.reported_year or ctx.year
        return None if year is None else Period(q.start, q.end, (year, 1), (year, 12))

    def _another_zone_again(self, q: Quantity, window: str, s: Sentence) -> str | None:
        """The metric of the sentence before, when this one gives another zone's figure of it without
        naming the measure: 'The Dongli EDZ realized output value ... of 61.8 billion yuan. The Jinnan EDZ,
        smaller but faster-growing, registered 38.4 billion yuan'."""
        if not _ANOTHER_ZONE_VERB.search(window) or _DIGIT.search(window):
            return None
        last, whose = self.drafts[-1][0], self.drafts[-1][1]
        if last.value is None or last.unit != (q.unit or "CNY") or s.start - last.end > 300 or whose is None:
            return None
        named = [m for m in self._mentions_between(s.start, q.start) if m.explicit]
        if not named or named[0].cluster == whose or \
                self.clusters[named[0].cluster].type_class != self.clusters[whose].type_class:
            return None
        return last.metric

    def _another_zone_after(self, q: Quantity, window: str, drafts: list[F.Draft]) -> str | None:
        """The measure just given, when a clause of its own gives another zone's figure of it without
        naming the measure: 'The Xiangxi zone realized revenue of 32.4 billion yuan; the Luxi zone recorded
        26.9 billion yuan'."""
        last = drafts[-1]
        cut = max(window.rfind(";"), window.rfind(", while "), window.rfind(", whereas "), window.rfind(", and "))
        if cut < 0 or last.value is None or last.unit != (q.unit or "CNY") or not _ANOTHER_ZONE_VERB.search(window):
            return None
        clause = window[cut + 1:]
        if _DIGIT.search(clause):
            return None
        start = q.start - len(clause)
        named = {m.cluster for m in self._mentions_between(start, q.start)}
        before = {m.cluster for m in self._mentions_between(last.start, start)}
        if len(named) != 1 or named <= before:
            return None
        return last.metric

    def _same_measure_again(self, q: Quantity, drafts: list[F.Draft], s: Sentence) -> F.Draft | None:
        """'Area: 10 square kilometers (April 1993) -> 112.7 square kilometers (today)': the same measure
        again, at the date after it (an anniversary's 'then and now'); for areas, after 'and' too."""
        if drafts and drafts[-1].unit == "persons" and q.kind == "bare" and drafts[-1].value is not None \
                and _FROM_BARE.search(self.text, max(s.start, drafts[-1].anchor - 12), drafts[-1].anchor) \
                and _THEN_TO_DATED.fullmatch(self.text, drafts[-1].end, q.start):
            # 'Its resident population rose from 96,000 in 2018 to 128,000 at the end of 2021'
            return F.Draft(drafts[-1].metric, q.value, "persons", q.qualifier, q, drafts[-1].start, q.end,
                           measure="stock", anchor=q.start)
        if q.kind == "bare" and not q.scaled and drafts and drafts[-1].unit == "km2" \
                and (shared := self._part_s_area(q, drafts)) is not None:
            return shared  # '... 10.9 square kilometers in the northern section and 7.3 in the southern section'
        if q.kind == "bare" and drafts and drafts[-1].unit == "km2" and (elided := self._area_elided(q, drafts)):
            # 'The North Area covers 9.1 square kilometers and the South Area 6.1': another area's, the unit left out
            return F.Draft(elided[0], q.value, "km2", q.qualifier, q, drafts[-1].end, q.end, measure="stock",
                           anchor=q.start)
        if not drafts or drafts[-1].value is None or drafts[-1].measure != "stock" or \
                drafts[-1].unit != ("km2" if q.kind == "area" else "count"):
            return None
        if q.kind == "area" and (F.SPACE_AFTER.match(self.text, q.end) or q.value < 1 and q.value < q.number * 1e-5
                                 or _LAND_DEALT_WITH.match(self.text, q.end)):
            return None  # ('... to 25 square kilometers by 2028, and 300,000 square meters of standard factory
            # buildings will be built': a building's floor space, however it follows the zone's area; '..., and 1,230
            # mu of land had been approved but not yet supplied': plots)
        if drafts[-1].entity is not None and self.clusters[drafts[-1].entity].part:
            return None  # ('..., the Shagou Park accounts for 8.6 square kilometers, and 5.3 square kilometers of the
            # sub-park have been developed': a part's share of the area the sentence gave, no list of its own)
        if not (_THEN_ARROW.fullmatch(self.text, drafts[-1].end, q.start) or (
                q.kind == "area" and F.LIST_CONTINUES.fullmatch(self.text, drafts[-1].end, q.start)) or (
                # ('The built-up area of the park, currently 7.4 square kilometers, will be expanded to 10 square
                # kilometers': the measure's goal, its level now set in an aside)
                _NOW_BEFORE.search(self.text, max(s.start, drafts[-1].anchor - 16), drafts[-1].anchor)
                and _TO_BE_RAISED_TO.fullmatch(self.text, drafts[-1].end, q.start)) or (
                # 'a planned area of 44.7 square kilometers, compared with 31.2 square kilometers for Jinnan EDZ'
                _ANOTHER_AREA.fullmatch(self.text, drafts[-1].end, q.start)
                and self._named_after(q.end, s) is not None)):
            return None  # ('... to 24 square kilometers by 2025 and to 35 square kilometers by 2035': areas only)
        last = drafts[-1]
        return F.Draft(last.metric, q.value, last.unit, q.qualifier, q, last.start, q.end, measure="stock",
                       anchor=q.start, industry=last.industry)

    def _label_then_count(self, q: Quantity, clause_start: int) -> F.Draft | None:
        """'of which above-scale industrial enterprises 187, national high-tech enterprises 112': the
        label before the count, as translated Chinese writes it ('规上工业企业187家').

        Only when nothing follows the count in its clause: '187 national high-tech enterprises'
        names its firms after the number.
        """
        # ('above-scale industrial enterprises 196 households': '家' and '户', the measure word for firms,
        # as machine translation renders it)
        measure_word = _FIRMS_MEASURE_WORD.match(self.text, q.end)
        end = measure_word.end() if measure_word else q.end
        # ('规上工业企业167家 and 高新技术企业32家': the Chinese measure word closes its count, whatever follows)
        if not _CLAUSE_ENDS.match(self.text, end) and not (measure_word and measure_word.group().strip() in "家户") \
                and not _AND_THAT_OF.match(self.text, end):
            # ('..., that of national "little giant" enterprises at 3 and that of ... at 37': the next item after it)
            return None
        if (part := _ABOVE_SIZE_OF_WHICH.search(self.text, max(0, q.start - 40), q.start)) is not None:
            # 'food processing enterprises 87, of which above-scale 52': those of the firms just counted that are
            # above designated size
            firms = _FIRMS_COUNTED_BEFORE.search(self.text, max(0, part.start() - 120), part.start())
            if firms is None:
                return None
            return F.Draft("enterprises_above_size", q.value, "count", q.qualifier, q, part.start("of"), end,
                           measure="stock", anchor=q.start, industry=F.industry_firms(firms.group("label")))
        named = _LABEL_BEFORE.search(self.text, max(clause_start, q.start - 120), q.start)
        if named is None:
            return None
        group = "label" if named.group("label") is not None else "clabel"
        label = _LIST_OPENER.sub("", named.group(group))  # 'of which enterprises 1,860'
        if F.CHANGE_OF_STOCK.search(label) or _INCREMENT_BEFORE.search(label):
            return None  # 'newly-added high-tech enterprises 9': a change in the stock
        code = F.count_label(label)
        industry = F.industry_firms(label) if code == "enterprises" else None
        have = F.HAVE_CUE.search(label)
        if have is None and group == "clabel":  # ('园区现有各类企业1,450余家', '园区入驻企业86家': after the verb)
            have = _CHINESE_HAVE.search(label)
        if code is None and have is not None:  # 'The zone gathers all kinds of enterprises more than 1,600'
            kinds = label[have.end():].strip()
            code = F.count_label(kinds)
            if code is None and _ANY_FIRMS.fullmatch(kinds):
                code = "enterprises"
                industry = F.first_industry(kinds)
        if code is None or code == "population":
            return None
        return F.Draft(code, q.value, "count", q.qualifier, q, max(clause_start, named.start(group)), end,
                       measure="stock", anchor=q.start, industry=industry)

    # -- periods, kinds, entities ----------------------------------------------------------
    def _issue_date(self, s: Sentence, p: Period) -> bool:
        """A month that dates the document, on a header line of its own or after a place ('Management
        Committee' over 'March 2026', 'Hotan, Xinjiang, February 2023'): when it was issued, not a stretch it
        reports on."""
        doc = self.doc_date
        return (doc is not None and doc.month is not None and s.line_no <= 8 and p.first == p.last
                == (doc.year, doc.month) and p.end >= s.end - 1 and _PLACE_OR_NOTHING.fullmatch(
                    self.text, s.start, p.start) is not None)

    def _place(self, draft: F.Draft, s: Sentence, periods: list[Period]) -> None:
        if draft.industry == "modern_services" and draft.metric.startswith(("industrial_output",
                                                                           "industrial_added_value")):
            return  # 'Finance, the district's leading industry, realized added value of ...': no industry's output
        if self.section_industry is not None and draft.industry is None and s.line_no > self.section_industry[1] \
                and draft.metric in _SECTION_METRICS:
            draft.industry = self.section_industry[0]  # 'Output value (2022): RMB 14.2 billion' under its industry
        if draft.measure == "stock":
            # the tense of the figure's own clause: 'It covers 0.98 km2, and its trade reached ...'
            # ('10 square kilometers (April 1993) -> 112.7 square kilometers (today)': an arrow parts two clauses)
            start = max(s.start, draft.start - 80, *(self.text.rfind(mark, s.start, draft.anchor) + 1
                                                     for mark in _CLAUSE_MARKS if mark != ";"))
            stop = min((i for i in (self.text.find(mark, draft.end, s.end) for mark in _CLAUSE_MARKS) if i >= 0),
                       default=s.end)
            clause = self.text[start: stop]
            draft.past = bool(F.PAST_STOCK.search(clause)) and not F.PRESENT_STOCK.search(clause)
            if not draft.past and stop < s.end:
                # ('Enterprises: 1,124 registered, 87 above designated size (year-end)': the line's note dates
                # every count of its list)
                line_end = self.text.find("\n", stop, s.end)
                draft.past = _YEAR_END_NOTE.search(self.text, stop, s.end if line_end < 0 else line_end) is not None
            draft.present = bool(F.PRESENT_STOCK.search(clause))
            # ('The park currently has 136 enterprises; 27 of them were ... at the end of August': 'now' is the
            # first clause's)
            draft.now = bool(_NOW.search(clause, clause.rfind(";", 0, draft.anchor - start) + 1)
                             or (not periods and _NOW_IN_CHINESE.search(clause)))
            if draft.now and draft.earlier and _NOW.search(self.text, draft.anchor, stop) \
                    and not _NOW.search(self.text, start, draft.anchor):
                # ('... has grown from 61 at the end of 2020 to 88 today': 'today' is the later figure's)
                draft.now = False
            if not draft.now and not periods and start > s.start and _OF_WHICH_OPENS.match(self.text, start):
                # ('园区现有各类企业1,450余家，其中规上工业企业213家': the part of a count had now is had now)
                # (a figure's thousands comma ends no clause: '1,450余家')
                marks = [m.end() for m in _CLAUSE_MARK.finditer(self.text, s.start, start - 1)]
                before = self.text[marks[-1] if marks else s.start: start]
                draft.now = bool(_NOW.search(before) or _NOW_IN_CHINESE.search(before))
            if draft.unit == "km2" and _AREA_TO_CHANGE.match(self.text, draft.quantity.end if draft.quantity
                                                             else draft.end):
                # ('The park's planned area of 15.6 square kilometers will be expanded by 2.4 square kilometers', '...,
                # 9.3 square kilometers, will not change': the area it has now)
                draft.now = True
            last = self.drafts[-1][0] if self.drafts else None
            if not (draft.past or draft.present or draft.now) and last is not None and last.measure == "stock" \
                    and last.end >= s.start:  # '126 pharmaceutical enterprises, 48 of them above designated size'
                draft.past, draft.present, draft.now = last.past, last.present, last.now
            if draft.unit == "count" and draft.industry is not None and draft.part_of is None \
                    and (whole := _OF_THE_WHOLE.fullmatch(self.text, s.start, draft.anchor)) is not None \
                    and (given := self._restated_count(draft.metric, float(whole.group("n").replace(",", "")))):
                # 'Of the 131 enterprises, 57 are printing and dyeing firms' after the table's 131 firms above
                # designated size: the dyeing firms among them, counted as they were and when they were
                draft.metric, draft.part_of = given.metric, given
        # ('..., completing 107.1% of the annual target; of which export ...': a goal met is no goal set)
        # (not a goal that runs on to the figure: 'the zone beat its 2025 targets of 35 billion yuan in operating
        # revenue and 28 billion yuan in output value' lists two goals)
        reach = max(s.start, draft.anchor - _REACH)
        goals_met = [m.span() for m in _GOAL_MET.finditer(self.text, reach, draft.anchor) if m.end() < draft.anchor]
        full_before = self.text[reach: draft.anchor]
        for a, b in reversed(goals_met):
            full_before = full_before[: a - reach] + " " + full_before[b - reach:]
        if "," in full_before:  # ('New materials, which the zone will cultivate, reached ...': the aside's future)
            full_before = _WHAT_IT_IS_ASIDE.sub(lambda m: " " * len(m.group()), full_before)
            if " when" in full_before and (when := _PAST_YEAR_WHEN.search(full_before)) is not None \
                    and self.doc_date is not None and int(when.group(1)) < self.doc_date.year:
                # ('The targets build on 2025, when ... the park's total industrial output value was 5.8 billion
                # yuan': what that year saw, whatever goals the sentence opened with)
                full_before = full_before[when.end():]
        passed = None
        if " after " in full_before and (passed := _AFTER_IT_PASSED.search(full_before)) is not None:
            # ('Muyun Industrial Park sets 2026 goals after output passes 16 billion yuan': what the park did, after
            # which it set them, no goal and not the goals' year)
            since = draft.anchor - len(full_before) + passed.start()
            full_before = full_before[passed.start():]
            periods = [p for p in periods if p.start >= since]
        # (a stock the zone 'now has' under a heading of 'Firms and targets' is today's, not a goal)
        # ('(4) eight new industrial enterprises above designated size, bringing the total to 95;' under 'Main targets
        # for 2024': the total a goal brings, no past)
        # ('The park, which has a planned area of 15.2 square kilometers, is also accelerating ...' under 'Full-year
        # goals': what it has, said in passing)
        under_goals = self.heading_target and not (draft.measure == "stock" and (draft.now or _WHICH_HAS.search(
            self.text, max(s.start, draft.anchor - 60), draft.anchor) or (
            draft.past and not _BRINGING_TO.search(self.text, max(s.start, draft.anchor - _REACH), draft.anchor))))
        if under_goals and periods and self.doc_date is not None \
                and all(p.last[0] < self.doc_date.year for p in periods) \
                and _DONE.search(self.text, max(s.start, draft.anchor - _REACH), draft.anchor):
            # ('3. Development goals' over 'In 2021, the output value ... was 43.6 billion yuan, ...': the base year's
            # figure, what was done before the goals)
            under_goals = False
        # (a 'planned area' is no plan; 'will expand the planned area ... to 40 square kilometers' is)
        cue_text = _PLANNED_WORDS.sub(" ", full_before) if "lanned" in full_before else full_before
        if "(" in cue_text and "arget" in cue_text:
            # ('96 industrial enterprises above designated size (target 120) and 38 national high-tech enterprises':
            # the goal in brackets is the count's before it, no cue for the next)
            cue_text = _GOAL_IN_BRACKETS.sub(" ", cue_text)
        target = draft.target or (bool(_TARGET_CUE.search(cue_text, self.sentence_fold))
                                  or under_goals or self.plan_line == s.line_no)
        if goals_met and not target:
            # ('..., already above its 2025 goal of 60, and it has 38 ...': the year of a goal passed is the goal's)
            periods = [p for p in periods if not any(a <= p.start and p.end <= b for a, b in goals_met)]
        if target and not draft.target and self.arrow_goal is not None:
            target = False  # a chart's result, left of its arrow ('2024 RESULT -> 2025 GOAL')
        if target and not draft.target and self.estimate_at == s.start:
            target = False  # the year just reviewed, estimated
        if target and not draft.target and draft.measure == "stock" and _ALREADY.match(self.text, draft.end):
            target = False  # '... its next 100-billion-yuan cluster, with 40 drug and vaccine makers already on site'
        if target and not draft.target and draft.measure == "stock" \
                and _WITH_AN_AREA.search(self.text, max(s.start, draft.anchor - 40), draft.anchor) is not None:
            target = False  # 'Next steps: ... The park, with a planned area of 8.6 square kilometers, lies along ...'
        if target and not draft.target and draft.measure == "stock" and draft.now:
            # ('... aims to pass 100 industrial enterprises above designated size by the end of the year; it currently
            # has 83': the goal is the clause before's)
            own = max(self.text.rfind(mark, s.start, draft.anchor) for mark in (";", ","))
            if own > s.start and not _TARGET_CUE.search(self.text[own: draft.anchor], self.sentence_fold):
                target, periods = False, [p for p in periods if p.start > own]
        before = [p for p in periods if p.end <= draft.anchor]
        if len(before) >= 2 and _CONCESSION.search(self.sentence_fold):
            # ('In 2020, despite the impact of COVID-19 in the first quarter, the park's output value ... was 9.84
            # billion yuan': a stretch the concession names, not the figure's)
            before = [p for p in before if not (
                _CONCESSION_BEFORE.search(self.text, max(s.start, p.start - 80), p.start)
                and "," in self.text[p.end: draft.anchor])] or before
        if before and " of them " in self.sentence_fold:
            # ('112 industrial enterprises above designated size, eight of them added this year, and 63 high-tech
            # enterprises': the aside's date is its part's, not the next figure's)
            asides = [m.span() for m in _OF_THEM_ASIDE.finditer(self.text, s.start, draft.anchor)]
            before = [p for p in before if not any(a <= p.start and p.end <= b for a, b in asides)]
        if draft.period is not None:
            before, periods = [draft.period], [draft.period]
        # a period after the figure counts when it is attached to it ('... 26.4 billion yuan last
        # year'), not when a later clause brings it ('..., as consumption recovered in the second half')
        # ('passed 50 billion yuan in industrial output for the first time in 2011': the milestone's words are no
        # distance)
        after = [p for p in periods if p.start >= draft.anchor
                 and not _CLAUSE_BREAK.search(self.text[draft.end: p.start])
                 and p.start - draft.end - (18 if self.text.endswith("for the first time ", draft.end, p.start) else 0)
                 < 40]
        if target:
            # ('... is to reach a total industrial output value of 19 billion yuan, and 30 billion yuan by 2020; Shinan
            # Industrial Park is to grow ...': a deadline right after another amount is that amount's, not the
            # figure's before it, nor the next clause's)
            after = [p for p in after if not _AMOUNT_THEN.fullmatch(self.text, draft.end, p.start)]
            before = [p for p in before if not (p.future_by and ";" in self.text[p.end: draft.anchor] and any(
                _AMOUNT_THEN.fullmatch(self.text, k, p.start) for k in range(max(s.start, p.start - 30), p.start)))]
        if target and not before and not after:
            # a goal's deadline often closes its sentence: '... will double to 300, and the zone will cultivate
            # more than 10 listed companies by 2025' in a plan; outside a plan, another goal's in a clause of its
            # own is not this one's ('... to exceed 15 billion yuan, and build a ... cluster ... by 2026' in the
            # year's work report)
            in_plan = self.target_period is not None and self.target_period.plan
            after = [p for p in periods if p.start >= draft.anchor
                     and (in_plan or not _AND_ANOTHER_CLAUSE.search(self.text, draft.end, p.start))
                     and not _AMOUNT_THEN.fullmatch(self.text, draft.end, p.start)]
        if target and before and not draft.earlier and self.doc_date is not None \
                and not (before[-1].plan or before[-1].future_by) and before[-1].last[0] <= self.doc_date.year \
                and _TARGET_CUE.search(self.text[before[-1].end: draft.anchor], self.sentence_fold):
            # '... reached 128.4 billion yuan in 2023, and it aims to build a 100 billion yuan cluster by 2027':
            # the goal's clause opens after that year, and its own deadline follows the figure
            deadline = [p for p in periods if p.start >= draft.end and (p.future_by or p.plan)
                        and not _CLAUSE_BREAK.search(self.text[draft.end: p.start])]
            if deadline:
                before, after = [], deadline
        if target and before and after and (after[0].future_by or after[0].plan) \
                and not (before[-1].plan or before[-1].future_by) \
                and _THEN_THE_NEXT_ITEM.fullmatch(self.text, before[-1].end, draft.anchor):
            # ('... above 36 billion yuan in 2022 and to reach 50 billion yuan by the end of the 14th Five-Year Plan
            # period': the year before is the goal before's, this one's deadline follows it)
            before = []
        if target and before and not draft.earlier and not (before[-1].plan or before[-1].future_by) \
                and F.COUNT_THEN_ENDS.search(self.text, max(s.start, before[-1].start - 40), before[-1].start):
            # ('The number of ..., 186 at the end of last year, is to rise to 200': the date of the count before,
            # in an aside; the goal's is the line's, or this year's)
            before = []
        if target and not draft.earlier and before and self.doc_date is not None \
                and before[-1].last[0] < self.doc_date.year:
            # 'By 2025, the zone aims ... to increase the number of high-tech enterprises from 34 at the end of 2022
            # to 60, and to have 120 ...': a goal's deadline is not a year already past, but the one set before
            ahead = [p for p in before if p.last[0] >= self.doc_date.year]
            before = ahead[-1:] or before
        if target and draft.earlier:
            # 'the number of high-tech enterprises will rise from 486 to 700': 486 is today's
            target, before, after = False, [p for p in before if not (p.plan or p.future_by)], []
        period = before[-1] if before else (after[0] if after else None)
        # (not across a comma: '88 households，of which this year newly-recognized 9')
        attached = [p for p in after if p.start - draft.end < 12
                    and not _COMMA_BETWEEN.search(self.text, draft.end, p.start)] or \
            [p for p in self.set_aside if p.start >= draft.end
             and _ONLY_IN.fullmatch(self.text, draft.end, p.start) is not None]
        if attached:  # 'from 46 in 2015 to 152 in 2020': a date right after the figure is the figure's
            period = attached[0]
            if F.THEN_TO.match(self.text, period.end) or _ASIDE_THEN_TO.match(self.text, period.end):
                self.earlier_dated = period  # 'from 148 billion yuan in 2012 to ...', '... in 1993, the zone's ..., to'
            elif draft.later or F.THEN_TO.fullmatch(self.text, max(s.start, draft.anchor - 4), draft.anchor):
                self.later_dated = period  # ('..., to 41.5 billion yuan in 2022')
        elif draft.earlier and self.earlier_dated is not None and (
                self.earlier_dated.start >= s.start or self._same_span(s)):
            # '... from 148 billion yuan in 2012 to 302.5 billion yuan in 2021, while output grew from 116.3
            # billion yuan to 221.8 billion yuan': the second change runs over the same years
            period, draft = self.earlier_dated, F.extend(draft, earlier=False)
        elif draft.later and self.later_dated is not None and self.later_dated.start < s.start \
                and self.earlier_dated is not None and self._same_span(s):
            # ('Output first topped 10 billion yuan in 2011. Fiscal revenue grew from 3.2 million yuan to 2.37
            # billion yuan over the same period': to the span's last year, not the year the sentence before named)
            period = self.later_dated
        if not target and draft.metric in ("contracted_investment", "project_investment") \
                and self.doc_date is not None and self.doc_date.month is not None and (
                    (period is None and draft.metric == "contracted_investment"
                     and _SIGNING_DAY.search(self.text, s.start, self._clause_end(draft, s)))
                    # ('On November 25, the zone held an online "cloud signing" ceremony. ... Eight projects with a
                    # total investment of 3.65 billion yuan were signed': the day the sentence before set)
                    or (period is None and self.previous is not None and self.previous.line_no == s.line_no
                        and _ON_A_DAY.search(self.previous.text) and _EVENT.search(self.previous.text)
                        and _SIGNED_OR_STARTED.search(self.text, s.start, s.end))
                    # ('... at its 2024 investment promotion conference on Thursday': the year names the event)
                    or (period is not None and period.first == (self.doc_date.year, 1)
                        and period.last == (self.doc_date.year, 12)
                        and _ON_A_DAY.search(self.text, s.start, self._clause_end(draft, s)))):
            # 'The zone signed 22 projects worth 13.8 billion yuan on Friday': the day's signing, in the month
            # the page was written
            when = (self.doc_date.year, self.doc_date.month)
            period = Period(draft.anchor, draft.anchor, when, when)
        if target and self.plan_span is not None and self.plan_span.first is not None \
                and _FOR_THE_PLAN_PERIOD.match(self.text, draft.quantity.end if draft.quantity else draft.end):
            # ('47.5 percent of the 12 billion yuan planned for the whole plan period': the plan's years, not the year
            # the sentence opened with)
            period = self.plan_span
        line_period = self.line_period
        if period is None and target and line_period is not None and self.doc_date is not None \
                and not (line_period.future_by or line_period.plan) and line_period.last[0] < self.doc_date.year \
                and _FUTURE_GOAL.search(self.text, max(s.start, draft.anchor - _REACH), draft.anchor):
            # ('Last year it was 10.6 billion yuan. We also want exports to rise by more than 10 percent.': a goal
            # ahead, not for the year the sentence before recalled)
            line_period = None
        source = "sentence" if period is not None else "line" if line_period else \
            "heading" if self.heading_period else "report" if self.report_period else None
        if period is None and target and not line_period:
            if self.list_deadline is not None and self._in_list_item(s):
                period, source = self.list_deadline, "line"  # '(2) ... will reach 28 billion yuan' under 'By 2027:'
            elif self.heading_target and self.heading_period is not None:
                period, source = self.heading_period, "heading"
            elif self.target_period is not None and self.target_period.future_by and (
                    s.line_no - self.target_line <= 2
                    or (self.heading_target and self.target_line > self.heading_line)):
                # '... by 2027. The new energy industry is set to exceed 80 billion yuan': the deadline just named,
                # or named under the same goals heading ('Development Goals', '(1) ... By 2025, ...', '(3) ...')
                period, source = self.target_period, "line"
            elif draft.value is not None and (span := self.plan_span) is not None and span.first is not None \
                    and self.doc_date is not None and span.first[0] >= self.doc_date.year \
                    and span.last[0] > self.doc_date.year \
                    and (self.target_period is None or self.target_period.last[0] > self.doc_date.year):
                # ('... released its Three-Year Action Plan ... (2025-2027)' over '... will increase from 238 to 400':
                # a goal of a plan just begun, of its last year, unless the last goals named were the page's year's,
                # 'The main expected targets for 2021 are: ...')
                year = span.last[0]
                period, source = Period(draft.anchor, draft.anchor, (year, 1), (year, 12)), "line"
            elif self.doc_date is not None:  # 'the main expected targets are: GDP growth of 5.5%': this year's
                year = self.doc_date.year
                period, source = Period(draft.anchor, draft.anchor, (year, 1), (year, 12)), "line"
            elif self.target_period is not None:
                period, source = self.target_period, "line"
        if period is None:
            period = line_period or self.heading_period or self.report_period
            if period is not None and not target and draft.measure == "stock" and (
                    draft.present or draft.now or draft.earlier
                    # ('The park, with a planned area of 3.8 square kilometers, will focus on ...': what it has)
                    or _WITH_AN_AREA.search(self.text, max(s.start, draft.anchor - 40), draft.anchor) is not None) \
                    and self.doc_date is not None and period.last[0] > self.doc_date.year:
                # 'The zone, which covers 108 square kilometers, ...' after goals for 2030: today's; so is the area a
                # goal starts from ('an expansion of its planned area from 12.6 square kilometers to 20')
                period = None
            elif period is not None and period is self.line_period and not target and period.future_by \
                    and self.doc_date is not None and period.last[0] > self.doc_date.year \
                    and _DONE.search(self.text, max(s.start, draft.anchor - _REACH), draft.anchor):
                # ('... a smart plant that will double capacity by 2025. Automobile parts ... posted output of 3.12
                # billion yuan': what was done, not the deadline the sentence before set)
                period = self.heading_period or self.report_period
            elif period is not None and period is self.report_period and source == "report" and not target \
                    and draft.measure == "stock" and (doc := self.doc_date) is not None and doc.month is not None \
                    and (doc.year, doc.month) > period.last and self.previous is not None \
                    and self.previous.line_no == s.line_no and _ON_A_DAY.search(self.previous.text):
                # ('... debuted on the STAR Market on July 26. Its listing brought the number of listed companies in
                # the valley to 23' on a page of August on the first half: the count the day's event made, as of the
                # page, not of the stretch the page reports on)
                period = source = None
        if period is not None and period.future_by and not target and self.doc_date is not None \
                and period.last[0] > self.doc_date.year:
            target = True
        if period is not None and self.doc_date is not None and period.first and \
                period.first[0] > self.doc_date.year and not target:
            target = True
        if not target and period is not None and period.plan and _PLANNED_FOR_AFTER.match(
                self.text, draft.quantity.end if draft.quantity is not None else draft.end):
            target = True  # ('... set out industrial investment of 7 billion yuan planned for the whole five years')
        entity = draft.entity
        after = draft.quantity.end if draft.quantity is not None else draft.end
        if entity is None:  # (the draft itself is kept: a base found later refers to it by identity)
            entity = self._named_after(after, s)
        if entity is None and draft.measure == "stock" and (at := _OPERATE_IN.match(self.text, draft.end, s.end)):
            # 'More than 260 enterprises operate in the Zhenyuan zone': the firms' zone, named after them
            named = self._mentions_between(at.end(), at.end() + 1)
            if named and self.clusters[named[0].cluster].type_class != "district":
                entity = named[0].cluster
        referred = self._referred_after(after, s) if entity is None else None
        if referred is not None:
            entity = referred  # (as it is: the sentence tells it apart from the zone, so it is no part of it)
        elif entity is None:
            entity = self._host_measure(draft, self._entity_at(draft.anchor, s), s)
        else:
            entity = self.folded.get(entity, entity)
        if draft.industry is not None and self._industry_in_a_name(draft.industry, s):
            draft.industry = None  # 'The Tonglu Medical Device Industrial Park realized output value of ...'
        if self.item_dated:
            draft.written = self.doc_date  # (a digest's item: its own date, for what it says 'now')
        if self.respective_changes and draft.value is not None and draft.yoy_pct is None:
            # ('... and tax revenue grew 9.4%, 7.8%, 12.6% and 5.3% year on year respectively; above-size output value
            # reached 13.27 billion yuan and tax revenue 612 million yuan': each level with the change it was given)
            change = self.respective_changes.pop(draft.metric, None)
            if change is not None and change in self.drafts and change[1] == entity and change[2] is period:
                self.drafts.remove(change)
                draft.yoy_pct = change[0].yoy_pct
        # (the last field: the figure stands on a short line of its own, a heading's or a table row's, not in prose)
        self.drafts.append((draft, entity, period, "target" if target else "actual", source, s.heading))

    def _host_measure(self, draft: F.Draft, entity: int | None, s: Sentence) -> int | None:
        """On a county's or district's own page, a measure of a place ('GDP growth of about 8.5%', retail sales) that
        no name in its sentence gives to anyone is the page's place's, not the zone the sentences before talked about
        ('... the number of enterprises in the park will reach 120.' then 'The main expected targets for 2022 are: GDP
        growth of about 8.5%; ...'); a population may be a large zone's own, and is not moved."""
        before = draft.anchor if draft.anchor is not None else s.end
        # (and the other measures of a sentence that gives a place's: 'GDP growth of around 6.5%; general public
        # budget revenue growth of 6%; fixed-asset investment growth of 8%')
        if (draft.metric not in _MEASURES_OF_A_PLACE and not (
                draft.metric in _MEASURES_BESIDE_A_PLACE_S and _PLACE_MEASURE_NAMED.search(s.text))) \
                or entity is None:
            return entity
        # (the city whose own page this is, whichever zone the page is most about: '2024 Government Work Report of
        # Dongtai City (excerpt)' on its zones, then 'The main expected targets ... are: regional GDP to grow by ...')
        place = self.primary if self.primary is not None and self.clusters[self.primary].type_class == "district" \
            else next((i for i, c in enumerate(self.clusters) if c.page_city), None)
        if place is None or entity == place \
                or self.clusters[entity].entity_type not in _ZONE_TYPES \
                or self._mentions_between(s.start, before) or _IT_OR_THERE.search(self.text, s.start, before):
            return entity  # (not 'Its GDP ...' after the zone; not a district of another kind, 'Pingshan Central ...')
        return place

    def _same_span(self, s: Sentence) -> bool:
        """True when the sentence's change runs over the span the text gave last ('over the same period'); 'over
        the decade' only when that span began about ten years before the page."""
        same = _SAME_SPAN.search(s.text)
        if same is None or not same.group("decade"):
            return same is not None
        return self.doc_date is not None and 9 <= self.doc_date.year - self.earlier_dated.last[0] <= 11

    def _industry_in_a_name(self, industry: str, s: Sentence) -> bool:
        """True when the sentence names the industry only inside an area's name: the figure is the area's
        whole ('Enterprises in the Lianyungang Petrochemical Industrial Base generated operating revenue of ...')."""
        names = [m for m in self._mentions_between(s.start, s.end) if m.explicit]
        if not names:
            return False
        outside = list(self.text[s.start: s.end])
        for m in names:
            outside[m.start - s.start: m.end - s.start] = " " * (m.end - m.start)
        return F.names_industry(s.text, industry) and not F.names_industry("".join(outside), industry)

    def metric_facts(self) -> list[MetricFact]:
        out: list[MetricFact] = []
        strength: list[tuple] = []
        milestones: set[int] = set()  # the facts that state a milestone passed, by identity
        names: dict[int | None, str] = {}  # each entity's name (and the title) worked out once
        # each draft's period, resolved once (a base is dated from the figure it is compared with, read before it)
        periods = [None if draft.base_of is not None else self._resolve_period(draft, period, kind, source)
                   for draft, _, period, kind, source, _ in self.drafts]
        resolved = {id(draft): found for (draft, *_), found in zip(self.drafts, periods, strict=True)
                    if found is not None}
        goals = {id(draft) for draft, _, _, kind, _, _ in self.drafts if kind == "target"}
        for i, (draft, entity, _, kind, source, short_line) in enumerate(self.drafts):
            if draft.unit in ("CNY", "USD") and draft.value is not None and draft.value < _LEAST_AMOUNT:
                continue  # '| GDP | 118.6 |' under a caption whose unit was not read: no zone's amount is that small
            if draft.base_of is not None and id(draft.base_of) in goals and self.doc_date is not None \
                    and draft.dated[0] in ("a year before", "end of last year"):
                # ('... past 10 billion yuan by 2027, up from 6.1 billion yuan last year': the year before the
                # text's, not before the goal's)
                year = (self.report_year + 1 if self.report_year is not None else self.doc_date.year) - 1
                start, end = (None if draft.measure == "stock" else fmt((year, 1))), fmt((year, 12))
                kind = "actual"
            elif draft.base_of is not None:
                start, end = _earlier(resolved.get(id(draft.base_of)), draft.dated, draft.measure)
                kind = "actual"
                if end is None:
                    continue
            else:
                start, end = resolved.get(id(draft.part_of), periods[i]) if draft.part_of is not None \
                    else periods[i]
            if draft.versus is not None and end is not None and (
                    int(end[:4]) - 1 != draft.versus[0]
                    # (a quarter's change against another quarter: no year-on-year change)
                    or (draft.versus[1] is not None and start is not None
                        and (int(start[5:7]), int(end[5:7])) != draft.versus[1])):
                if draft.value is None:
                    continue  # 'Compared with 2021, it increased by 31.5%' in 2023: a change over two years
                draft = F.extend(draft, yoy_pct=None)
            if draft.earlier and draft.measure == "stock" and i + 1 < len(self.drafts) \
                    and self.drafts[i + 1][0].later and self.drafts[i + 1][0].metric == draft.metric \
                    and periods[i + 1] == (start, end):
                continue  # 'grew from 47 to 163' with no date for the 47: no fact at the later's date
            name = names.get(entity)
            if name is None:
                name = names[entity] = self.clusters[entity].name if entity is not None else _title(self.text)
            evidence = self.original[draft.start: draft.end]
            out.append(MetricFact(self.doc, name, draft.metric, draft.industry, start, end,
                                  draft.value, draft.unit, _round(draft.yoy_pct), kind,
                                  draft.qualifier, draft.start, draft.end, evidence))
            strength.append((not short_line, _SOURCE_RANK[source],
                             draft.quantity is None or draft.quantity.kind != "ordinal"))
            if draft.qualifier == "at_least" and _FIRST_TIME_AFTER.match(self.text, draft.end) is not None:
                milestones.add(id(out[-1]))
        return _dedupe(out, strength, milestones)

    def _resolve_period(self, draft, period: Period | None, kind, source) -> tuple[str | None, str | None]:
        doc = draft.written or self.doc_date
        if (draft.earlier or draft.later) and period is not None and period.since is not None \
                and period.first is not None and period.first[0] < period.last[0]:
            # 'From 2019 to 2022, output rose from 42.3 to 63.9 billion yuan': 2019's and 2022's figures
            year = period.since if draft.earlier else period.last[0]
            return (None if draft.measure == "stock" else fmt((year, 1))), fmt((year, 12))
        if draft.measure == "stock":
            # a stock takes its own sentence's date, a heading's ('Key indicators (2022):'),
            # or a target's deadline; a flow's period carried from earlier prose does not date it
            if draft.now and kind == "actual" and doc is not None and doc.month is not None:
                return None, fmt((doc.year, doc.month))  # '..., which now covers 86.4 square kilometres'
            if source == "heading" and draft.present and doc is not None and doc.month is not None:
                return None, fmt((doc.year, doc.month))  # 'the zone now has': today, whatever the heading says
            if (period is not None and doc is not None and doc.month is not None and kind == "actual"
                    and period.last == (doc.year, 12) and not period.point):
                return None, fmt((doc.year, doc.month))  # 'this year' is not over: the stock is of today
            if period is not None and (source in ("sentence", "heading") or kind == "target"):
                if period.point:
                    return None, fmt(period.last)
                return None, fmt(period.last)
            if source == "line" and period is not None and (draft.past or period.point and not draft.present):
                # 'By the end of last year, 9,800 firms were registered. The number of ... rose to 163'
                return None, fmt(period.last)
            if source == "report" and period is not None and draft.past:
                return None, fmt(period.last)  # 'the number of high-tech enterprises reached 96' in a year's report
            if self.stocks_as_of is not None and self.stocks_as_of[0] < draft.start and kind == "actual" \
                    and not (draft.now or draft.present):
                return None, fmt(self.stocks_as_of[1])  # under 'Counts are as of December 31, 2023'
            if doc is not None and doc.month is not None:
                return None, fmt((doc.year, doc.month))
            return None, None
        if period is None:
            if self.report_year is not None and kind == "actual" and draft.written is None:
                # a yearbook or a year's report that names no stretch for a figure: the year it is on
                return fmt((self.report_year, 1)), fmt((self.report_year, 12))
            if doc is not None and doc.month is not None and doc.month <= 2 and kind == "actual":
                # a page of January or February that names no period reports the year just ended ('Xunyi Industrial
                # Park's output tops 10 billion yuan' over a story on 2024, dated January 2025)
                return fmt((doc.year - 1, 1)), fmt((doc.year - 1, 12))
            if doc is not None and doc.month is not None:
                return fmt((doc.year, 1)), fmt((doc.year, doc.month))
            return None, None
        if draft.earlier and period.first and period.first[1] == 1 and period.last[1] == 12 \
                and period.first[0] == period.last[0]:
            year = period.first[0] - 1  # 'rose from 153.6 billion yuan to 161.9 billion': the year before
            return fmt((year, 1)), fmt((year, 12))
        if period.plan and kind == "target" and not draft.cumulative and not (
                draft.metric in _INVESTMENT_METRICS and (_OVER_THE_PLAN.match(self.text, period.start) or
                                                         _OVER_BEFORE.search(self.text, 0, period.start))):
            # (but 'During the 13th Five-Year Plan period it plans to complete fixed-asset investment of more than
            # 100 billion yuan': investment over the period is its total)
            return fmt((period.last[0], 1)), fmt(period.last)
        return fmt(period.first), fmt(period.last)


def _figure_beyond_periods(text: str, start: int, end: int, periods: list[Period]) -> bool:
    """Whether the text from ``start`` to ``end`` has a digit outside the periods named: a figure of some kind."""
    spans = [(p.start, p.end) for p in periods]
    return any(not any(a <= m.start() < b for a, b in spans) for m in _DIGIT.finditer(text, start, end))


def _in_square_meters(q: Quantity) -> bool:
    """An area under a square kilometer written in square meters: a building's floor space, no zone's land
    ('a technology business incubator covering 120,000 square meters')."""
    return q.value < 1 and bool(q.number) and q.value / q.number < 1e-5


def _count_word(word: str) -> int | None:
    """'five' -> 5, '10' -> 10: a count said in words or figures (the quantities' own table of words)."""
    return int(word) if word.isdigit() else WORD_NUMBERS.get(word.lower())


# (a heading's years and its section number, which leave it a heading with no figure of its own)
# (and its unit: 'Key indicators, 2024 (unit: 10,000 yuan)')
_YEARS_AND_NUMBERING = re.compile(r"^\s*(?:\d{1,2}[.、]|[IVX]{1,4}[.、]|\(\d{1,2}\))|\b(?:19|20)\d\d\b|"
                                  r"[(（]\s*units?\b[^)）]*[)）]", re.I)
_SUBSET_OPENS = re.compile(r"\b(?:of which|including|among them|among which|\d+ of them)\b,?[^;.]*$", re.I)
# a part a count is said to be in, after the count: '61 of them in the eastern section', '36 in the western'
_IN_A_PART = r"(?:(?:were|was|are|is)\s+)?(?:located\s+)?in\s+(?:the\s+)?"
# (or the verb's 'to' again: '... was home to 86 ..., 57 of them in the fine chemicals park, and to 38 ...')
_AND_THEN_A_FIGURE = re.compile(r",\s+and\s+(?:to\s+)?(?:about\s+|nearly\s+|more than\s+|over\s+)?")
_COUNTED_IN_BEFORE = re.compile(r"\d\s+(?:of\s+them\s+)?" + _IN_A_PART + "$")
_COUNTED_IN = re.compile(r"\s+(?P<of>of\s+them\s+)?" + _IN_A_PART)
# a count's parts right after it: '(124) industrial enterprises above designated size, (71 in ...)', '(71) in the crane
# park and (38 in ...)'
# an ordinal that states a count of the zone's firms: '..., becoming the park's fifth listed company', 'became our 100th
# national high-tech enterprise', 'the third listed company in the zone', '..., the park's second' after the firms'
# title (not another place's: 'the province's third listed company', nor 'the first': see ``_ordinal_counts``)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "fiftieth": 50,
             "hundredth": 100}
_ORDINAL_WORD = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b")
_ORDINAL_COUNT = re.compile(
    r"(?:\b(?:becom(?:e|es|ing)|became|as|(?:is|was) now)\s+(?:the|its|our|their|(?:the|this) (?:zone|park|area|base)"
    r"['’]s)|,\s+(?:the|this) (?:zone|park|area|base)['’]s(?=\s+\w+\s*(?:[.;]|$)))"
    r"\s+(?P<n>" + "|".join(_ORDINALS) + r"|\d{1,4}(?:st|nd|rd|th))\b"
    r"(?=\s+(?:[\w\"“”'’-]+\s+){0,5}?(?:enterprises?|company|companies|firms?)\b"
    r"|\s*(?:[.;]|,\s+(?:and|after|which|with)\b|$))", re.I)
# the firms after such an ordinal, and what makes them a class of their own ('above designated size')
# (not firms of a class the catalogue does not count: 'the 30th enterprise with output above 100 million yuan')
_FIRMS_AFTER_ORDINAL = re.compile(r"\s+(?P<label>(?:[\w\"“”'’-]+\s+){0,5}?)(?P<noun>enterprise|company|firm|"
                                  r"enterprises|companies|firms)\b(?P<tail>\s+above\s+designated\s+(?:size|scale))?"
                                  r"(?!\s+(?:with|whose|that|having|of)\b)", re.I)
# (not a firm's: '... put another 3,000 server racks into use, bringing its total to 12,000')
_ITS_TOTAL = re.compile(r"\b(?:its|their)\s+total\b", re.I)
# a figure revised ('... for 2019 has been revised to 18.66 billion yuan'): its year is recalled, not reported on
# (or restated: 'The figures for 2022 have been restated to the zone's boundaries as adjusted')
_REVISED = re.compile(r"\b(?:has|have|had|was|were) been (?:revised|restated)\b|"
                      r"\b(?:revised|restated) (?:to|down|up|upward|downward)\b", re.I)
# a question on a month on its own: 'And November by itself?', 'What about March on its own?'
_ASKED_ALONE = re.compile(r"\s(?:by itself|on its own|alone)\s*[?？]")
_PART_COUNT_BEFORE = re.compile(r"(?:\b(?:enterprises|firms|companies|SMEs)\b[^,;.\d]{0,40},|"
                                r"\d\s+in\s+(?:the\s+)?[^,;.\d]{2,60}?(?:,|\s+and))\s*$")
_PART_HAD = re.compile(r"\s+(?:had|has|have|counted|numbered)?\s*")
_PART_JOINT = re.compile(r"(?:[;,]|\band)\s+(?:the\s+)?$")
_NUMBERED_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.、]|[IVX]{1,4}[.、]|\(\d{1,2}\)|[（(][一二三四五六七八九十]{1,3}[)）]|"
                            r"[一二三四五六七八九十]{1,3}、)[ \t]*[A-Z\u4e00-\u9fff]")
# ('The average growth over the two years 2020 and 2021', before either year)
_AVERAGE_OVER = re.compile(r"\baverage\b(?:\s+annual)?(?:\s+growth|\s+increase|\s+rate)?\s+(?:over|across|for|of)\s+"
                           r"(?:the\s+)?(?:(?:two|three|past|last)\s+)?years?\s+(?:of\s+)?"
                           r"(?:(?:19|20)\d\d\s*(?:and|to|-|–)\s*)?$", re.I)
_MOMENTUM_OF = re.compile(r"\b(?:momentum|trend|pace|strength|good start|success)\s+(?:of|from)\s+$", re.I)
_FIRST_TIME_AFTER = re.compile(r"\s+for the first time\b", re.I)
# (or with the label between: '97 high-tech enterprises, 11 more high-tech enterprises than at the end of last year')
_MORE_THAN_AFTER = re.compile(r"\s+(?:more|higher|fewer|lower|less)\s+(?:[a-z][\w-]*\s+){0,6}?than\b", re.I)
_GOAL_IN_BRACKETS = re.compile(r"[(（]\s*(?:(?:19|20)\d\d\s+)?(?:target|goal)\s*[:：]?\s*[\d.,]+[^()（）]{0,20}[)）]",
                               re.I)
# a year right after a goal's amount ('a target of 14 billion yuan for 2025'), or after an estimate's words ('It is
# estimated that in 2019 ...')
# ('... of the target of 50 billion yuan set for 2025')
# ('..., against a target of 60 by the end of 2025')
_GOAL_YEAR_AFTER = re.compile(r"\s*(?:(?:set|fixed|planned|laid down)\s+)?(?:for|by|in)\s+(?:the\s+end\s+of\s+)?"
                              r"((?:19|20)\d\d)\b")


def _goal_year(goal: re.Match[str]) -> int | None:
    """The year an ``_ANNUAL_TARGET_OF`` goal names ('against a 2025 target of'), if it names one."""
    year = goal.group("year") or goal.group("year2")
    return int(year) if year else None


def _dated(when: re.Match[str]) -> tuple:
    """How a figure compared with a later one is dated by the words after it (``_BASE_WHEN``), for ``_earlier``."""
    if when.group("whole_year"):
        year = int(when.group("whole_year"))
        return "period", (year, 1), (year, 12)
    year = when.group("year") or when.group("period_year")  # 'in 2021', 'in the same period of 2023'
    if year:
        return "year", int(year), bool(when.group("end"))  # 'in 2021', 'at the end of 2021'
    return ("end of last year",) if when.group("eoy") else ("a year before",)


def _earlier(level: tuple[str | None, str | None] | None, dated: tuple,
             measure: str) -> tuple[str | None, str | None]:
    """The period of a figure compared with a later one (``level``, resolved), as ``_Reader._base`` dated it.

    >>> _earlier(("2022-01", "2022-06"), ("a year before",), "flow")
    ('2021-01', '2021-06')
    >>> _earlier((None, "2023-06"), ("end of last year",), "stock")
    (None, '2022-12')
    >>> _earlier(("2022-01", "2022-12"), ("year", 2021, False), "flow")
    ('2021-01', '2021-12')
    >>> _earlier((None, "2023-08"), ("year", 2019, False), "stock")
    (None, '2019-12')
    """
    if dated[0] == "period":  # its own period, named beside it: '(Q3: 4.91 billion yuan)'
        return (None, fmt(dated[2])) if measure == "stock" else (fmt(dated[1]), fmt(dated[2]))
    if level is None or level[1] is None:
        return None, None
    last_year, last_month = int(level[1][:4]), int(level[1][5:])
    if dated[0] == "last year":  # 'Last year's final figure was ...': the whole year before
        year = last_year - 1
        return (None, fmt((year, 12))) if measure == "stock" else (fmt((year, 1)), fmt((year, 12)))
    if dated[0] == "stretch":  # an earlier stretch of the same year: 'a fall of 11.6 percent in the first quarter'
        if measure == "stock" or dated[2] >= last_month:
            return None, None
        return fmt((last_year, dated[1])), fmt((last_year, dated[2]))
    if dated[0] == "end of last year" or (dated[0] == "year" and (dated[2] or measure == "stock")):
        # 'at the end of 2021'; a stock 'in 2019' ('24 enterprises, up from 19 in 2019') is counted at its end too
        year = last_year - 1 if dated[0] == "end of last year" else dated[1]
        return (None, fmt((year, 12))) if measure == "stock" else (None, None)
    shift = 1 if dated[0] == "a year before" else last_year - dated[1]
    if shift <= 0:
        return None, None
    first = None if level[0] is None else fmt((int(level[0][:4]) - shift, int(level[0][5:])))
    return first, fmt((last_year - shift, last_month))


def _ahead_of(found: Period, doc_date: DocDate | None) -> bool:
    """True when ``found`` has not ended by the document's date, or the document has none to tell."""
    if doc_date is None or found.last is None:
        return True
    return found.last > (doc_date.year, doc_date.month or 12)


def _recalls_earlier_year(found: Period, reporting: Period | None, doc_date: DocDate | None) -> bool:
    """True when ``found`` is an earlier year recalled in an article on part of its own year."""
    if reporting is None or doc_date is None or reporting.first is None:
        return False
    year_to_date = reporting.first == (doc_date.year, 1) and reporting.last[0] == doc_date.year \
        and reporting.last[1] < 12
    return year_to_date and found.last[0] < doc_date.year


# Cheap tests that let most sentences skip the expensive readers: a sentence with no
# digit and no number word states no figure; one without these words states no period.
# (A regex alternation of '\d' and words tries every word at every position: searching
# for a digit, then for the words in the folded sentence, gives the same answer faster.)
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = Prechecked(re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"dozen)\b|\bhalf an? (?:trillion|billion|million)\b", re.I))
_PERIOD_WORDS = ("year", "quarter", "half", "month", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                 "oct", "nov", "dec", "h1", "five")


def _may_state_a_number(text: str, folded: str) -> bool:
    return _DIGIT.search(text) is not None or _NUMBER_WORD.search(text, folded) is not None \
        or _ORDINAL_WORD.search(folded) is not None  # ('..., becoming the park's fifth listed company')


def _may_state_a_period(text: str, folded: str) -> bool:
    return _DIGIT.search(text) is not None or any(word in folded for word in _PERIOD_WORDS)


# The cue patterns searched in windows of a sentence, with their prechecks (see prefilter):
# a window is part of the sentence, so the sentence's folded text gates all its windows.
_TARGET_CUE = Prechecked(F.TARGET_CUE)
# an estimate ('It is expected that the park will complete ...', 'is expected to be 352 million yuan') of 'the (full)
# year', in a sentence that names no year of its own (``_estimates_the_year``); and the words of an aim
_ESTIMATE = re.compile(r"\bit is (?:expected|estimated) that\b|"
                       r"\b(?:is|are) (?:expected|estimated) to (?:be|reach|total|come to|exceed|top|hit|grow|increase|"
                       r"rise)\b", re.I)
_THE_YEAR = re.compile(r"\b(?:for|in|during|throughout) the (?:full |whole )?year\b|\b(?:full|whole)[- ]year\b", re.I)
_A_YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b")
_AIM = re.compile(r"\b(?:strive|striving|aim|aims|aiming|target|goal|plan|seek|this year|next year)\b", re.I)


def _estimates_the_year(text: str, just_ended: int | None = None) -> bool:
    """An estimate of 'the (whole) year' that names no year: 'It is expected that the whole year will reach ...',
    or one beside the year's other results, reported as done: 'The regional GDP is expected to reach 66.2 billion
    yuan, an increase of 4.1%; the general public budget revenue was 5.03 billion yuan, ...'; or one that names the
    year ``just_ended`` alone: 'It is estimated that in 2019 the whole zone will realize ...' early in 2020."""
    if (estimate := _ESTIMATE.search(text)) is None:
        return False
    named = {int(year) for year in _A_YEAR_NAMED.findall(text)}
    if named:
        return just_ended is not None and named == {just_ended} and _GOAL_YEAR_AFTER.match(text, estimate.end())
    return bool(_THE_YEAR.search(text) or _RESULTS_BESIDE.search(text, estimate.end()))




# a result reported as done in a clause of its own after an estimate: '; the general public budget revenue was'
_RESULTS_BESIDE = re.compile(r";\s*(?:the\s+)?[a-z][\w\s-]{2,60}?\b(?:was|were|increased|decreased|grew|rose|fell|"
                             r"reached|totall?ed)\b")


# an aside that says what the subject is or was chosen to be, between commas: ', which the zone will cultivate as an
# emerging industry,', ', listed by the zone as the emerging industries it will cultivate,'
_WHAT_IT_IS_ASIDE = re.compile(r",\s*(?:which|listed|named|designated|chosen|identified|selected|earmarked)\b"
                               r"[^,;:]{0,120},")
# how much of a goal had been met by a date: '..., and 40.3% of it had been completed by the end of May'
_SHARE_MET_BY = re.compile(r"\d\s*(?:%|percent|per cent) of (?:it|them|this|that|the (?:annual |yearly )?"
                           r"(?:target|goal|task|plan))\s+(?:had|has|have)\s+(?:already\s+)?been\s+"
                           r"(?:completed|fulfilled|achieved|met)\s+$", re.I)
# ('..., exceeding the annual goal of 20 million US dollars, and contracted foreign investment was 68 million': the
# goal and its amount, which make no figure after them a goal)
_GOAL_MET = re.compile(r"(?:\b(?:complet|fulfil|achiev|accomplish|reach)\w*\s+(?:about |over |more than |nearly )?)?"
                       r"[\d.]+\s*(?:%|percent|per cent)\s+of\s+(?:the|its)\s+"
                       r"(?:(?:adjusted|revised|raised|original) )?(?:annual |yearly |full-year |whole-year )?"
                       r"(?:targets?|plans?|goals?|tasks?)\b"
                       r"(?:\s+of\s+[^,;]*\d[^,;]*)?|"
                       # ('..., already above its 2025 goal of 60, and it has 38 ...': a goal passed)
                       r"(?:\b(?:exceed|beat|surpass|top|outstripp?)\w*|\balready (?:above|past|beyond|over))\s+"
                       r"(?:the|its|an?)\s+(?:(?:19|20)\d\d |annual |yearly |full-year |whole-year )?"
                       r"(?:targets?|goals?|tasks?)\s+of\s+[^,;]*\d[^,;]*|"
                       # ('up 6.4% year on year, 2.1 percentage points short of the annual target': a goal missed)
                       r"\b(?:short of|below|under|behind)\s+(?:the|its)\s+(?:annual |yearly |full-year |whole-year )?"
                       r"(?:targets?|goals?|plans?)\b",
                       re.I)
_ABOVE_SIZE = Prechecked(F.lexicon.ABOVE_SIZE)
_NEGATIVE_CUE = Prechecked(F.NEGATIVE_CUE)
_UNIT_STATEMENT = Prechecked(F.UNIT_STATEMENT)
# a note dating the page's counts that follow ('Unless stated otherwise, counts are as of December 31, 2023'; not a
# footnote under a table, 'Figures are as of the end of 2022', which dates the figures above it)
_YEAR_UNLESS_STATED = re.compile(r"[\s(（]*(?:(?:all\s+)?(?:figures|data|numbers)\s+(?:are\s+)?(?:for|of)\s+)?"
                                 r"(?P<y>(?:19|20)\d\d)\s*(?:figures\s+|data\s+)?,?\s*unless\s+(?:otherwise\s+)?"
                                 r"(?:stated|noted|specified|indicated)\b", re.I)
_COUNTS_AS_OF = re.compile(r"\bunless (?:otherwise )?(?:stated|noted|specified|indicated)(?: otherwise)?,? (?:all )?"
                           r"(?:counts|numbers|figures|data)(?: and areas)? (?:are|is) as (?:of|at) ", re.I)
_YEAR_END_BEFORE = re.compile(r"\b(?:at|by|as of) the end of\b|\byear-end\b", re.I)
# The least amount a zone's measure can be: below it, a figure is a price, a per-head or per-mu rate, or one whose
# unit was lost ('Exports (m US$)   86.4'); the labelled corpus has no zone's amount under a million
_LEAST_AMOUNT = 100_000
_COMPARISON = Prechecked(F.COMPARISON)
_SUBSET = Prechecked(F.SUBSET)
# 'their combined' measure: several firms' or zones' total (``_Reader._their_combined``)
# an indented item's label: '   – seafood processing: '
# a part's label, an industry's name alone: 'of which agricultural products processing: '
# ('of which: food and agricultural products processing 11.48 billion yuan': the colon before the name)
# the measures an industry's own figures are given in: its output and revenue, and its investment ('of which: food
# processing 1.42 billion yuan; equipment manufacturing 980 million yuan' under industrial investment)
_OF_INDUSTRIES = F.INDUSTRY_SCOPED | {"industrial_investment"}
_SET_IN = re.compile(r"[ \t]{4,}")
_PART_LABEL = re.compile(r"\s*(?:[:：]\s*(?P<name2>[A-Za-z][\w\s-]{2,60}?)\s+|"
                         # ('  of which: intelligent manufacturing: 128.7 (+13.5%)')
                         r"(?:[:：]\s*)?(?P<name>[A-Za-z][\w\s-]{2,60}?)\s*[:：]\s*)(?:RMB|CNY|¥|￥)?\s*")
# an industry's part of the row above, on a row of its own: 'of which: intelligent manufacturing: '
_SPAN_OF_YEARS = re.compile(r"\s+(?:years|months|quarters)\b(?!\s+(?:ago|earlier|before|later))", re.I)
_SALES_OF = re.compile(r"\b(?:brought in|generated|achieved|posted|recorded|reported|realized|realised|had)\s+"
                       r"(?:total\s+)?sales\s+of\s+(?:about |nearly |more than |over |some )?$", re.I)
# a figure passed, after which something else was done: '... sets 2026 goals after output passes 16 billion yuan'
_AFTER_IT_PASSED = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){0,5}?(?:passes|passed|passing|tops|topped|topping|hits|hit|"
                              r"crosses|crossed|surpasses|surpassed|breaks|broke|exceeds|exceeded)\s+"
                              r"(?:the\s+)?$")
# what was done of a goal just given: 'In 2023 the park achieved 21.7 billion yuan'
_ACHIEVED_BEFORE = re.compile(r"\b(?:achieved|completed|reached|reali[sz]ed|recorded)\s+"
                              r"(?:about |nearly |more than |over |some )?$")
# ', with RMB 1.72 billion going into ...': a part of the investment just given
_WITH_A_PART = re.compile(r",\s*with\s+$")
_INVESTMENTS = ("fixed_asset_investment", "industrial_investment", "project_investment")
_INDUSTRY_PART_ROW = re.compile(r"(?:of which|among them|including)\s*[:：]?\s*(?P<name>[A-Za-z][\w\s,&-]{2,60}?)"
                                r"\s*[:：]?\s*", re.I)
# an item of a list of industries' figures: '▶ Electronic information: 24.81 billion yuan, +13.6%'
_LISTED_INDUSTRY_ITEM = re.compile(r"[ \t]*" + F.BULLET + r"[ \t]*(?P<label>[A-Za-z][^:：\d\n]{2,60}):\s*")
_BY_INDUSTRY_LINE = re.compile(r"\s*(?:of which,?\s*)?by (?:industry|industries|sector|industrial chain)\s*[:：]\s*",
                               re.I)
_SUB_ITEM_LABEL = re.compile(r"[ \t]+[-–—•·*]\s*(?P<label>[a-z][^:：\d\n]{2,60}):\s*")
# a list item's last part after a semicolon: '...; 63 enterprises.'
_ITEM_PART_BEFORE = re.compile(r";\s*(?:about |nearly |more than |over |some )?$")
_ITEM_PART_ENDS = re.compile(r"\s*(?:[;.]|$)")
# what a project will yield once it is built: '... of output a year when completed', '... at full capacity'
# ('organizers expect it to handle goods worth 3 billion yuan a year once fully operating')
_FULLY_RUNNING = r"fully operational|fully (?:operating|running)|in full (?:production|operation)"
_WHEN_COMPLETED = re.compile(r"[^.;,]{0,40}?\b(?:when|once|after)\s+(?:it\s+is\s+|they\s+are\s+)?(?:completed|"
                             r"complete|finished|" + _FULLY_RUNNING + r"|put into (?:full )?production)\b|"
                             r"[^.;,]{0,40}?\bat full (?:capacity|production)\b|"
                             # ('is expected to reach annual output value of 3 billion yuan after completion')
                             r"[^.;,]{0,40}?\b(?:after|upon|on)\s+(?:its\s+|their\s+)?completion\b|"
                             # ('... annual output value of 2.5 billion yuan and tax of 120 million yuan after reaching
                             # full production')
                             r"[^.;]{0,80}?\b(?:after|upon|on|when)\s+reaching\s+(?:full|design(?:ed)?)\s+"
                             r"(?:production|capacity|output)\b", re.I)
_COMPLETED_BEFORE = re.compile(r"\b(?:when|once|after)\s+(?:[\w-]+\s+){0,3}(?:is|are)\s+(?:fully\s+)?completed\b"
                               r"(?:[^.;]|(?<=\d)\.(?=\d)){0,160}$", re.I)
_THEIR_COMBINED = re.compile(r"\btheir combined\b", re.I)
_PER_UNIT = Prechecked(F.PER_UNIT)
_PART_OF = Prechecked(F.PART_OF)
_THRESHOLD = Prechecked(F.THRESHOLD)
# what a note says to define its terms: the size class after it is the term's bound, not a figure of the zone
_DEFINES = Prechecked(re.compile(r"\b(?:refers? to|means?|(?:is |are )?defined as|i\.e\.|that is to say|"
                                 r"(?:statistical )?scope of|covers? (?:all )?(?:industrial )?(?:projects|enterprises|"
                                 r"firms|companies))\b", re.I))
_INVEST_VERB = Prechecked(F.INVEST_VERB)
# a part's amount named by what it went into: '2.18 billion yuan invested in technological transformation'
# ('..., including 1.18 billion yuan of investment in technological transformation')
# ('..., with RMB 1.72 billion going into technological transformation')
_INVESTED_IN_AFTER = re.compile(r"\s*(?:(?:(?:was |were |has been |had been )?invested|(?:of|in) investment) in|"
                                r"(?:going|went|gone|flowing|flowed) into|(?:was |were )?spent on)\s+", re.I)
_THAT_OF = Prechecked(F.THAT_OF)
_FROM_AMOUNT = Prechecked(F.FROM_AMOUNT)
_THEN_TO_DATED = re.compile(r"(?:\s+(?:in|at the end of|by the end of) (?:19|20)\d\d)?\s*to\s+"
                            r"(?:about |nearly |more than |over |some )?", re.I)
_FROM_BARE = re.compile(r"\bfrom\s+(?:about |nearly |more than |over |some )?$", re.I)
_CHANGED = re.compile(r"\b(?:" + F.CHANGED + r")\b", re.I)
_CUMULATIVE = Prechecked(F.CUMULATIVE)
_FROM_TO = Prechecked(F.FROM_TO)
_NUMBER_OF_TO = Prechecked(F.NUMBER_OF_TO)
_COUNT_BEFORE = Prechecked(F.COUNT_BEFORE)
_FIRMS_MEASURE_WORD = re.compile(r"\s*(?:households?|houses|companies|enterprises|余?家|余?户)(?![\w-])")
_TOTAL_TO = Prechecked(F.TOTAL_TO)

# How far from a number its metric phrase, qualifiers and cues may stand; it also keeps
# the work per number constant on a pathological one-line document.
_REACH = 300

# spaces of every width read as a space, and a soft hyphen (a word processor's break) as a hyphen: 'des\u00ad' at a
# line's end over 'ignated' is one word again
# (and an icon font's glyphs, which scraped pages keep in the private use area, as spaces too: '\uf201 Operating
# revenue' over a brochure's figure is the caption 'Operating revenue')
# (and a post's red triangles read as the arrows they are: '4.27 billion yuan, 🔺8.6%', 'Tax revenue ... 🔻3.5%')
_SPACES_AND_SOFT_HYPHENS = str.maketrans(
    {**{c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"}, "\u00ad": "-",
     **{code: " " for code in range(0xE000, 0xF900)}, "\U0001F53A": "▲", "\U0001F53B": "▼",
     # (and a text chart's bars as the space they fill: 'National high-tech enterprises ▮▮▮▮▮ 76')
     **{c: " " for c in "▮▯█▉▊▋▌▍▎▏▇▆▅▄▃▂▁░▒▓"}})

# a change named before what changed: 'growth of 8 percent in the output value of industrial enterprises ...'
_GROWTH_OF = re.compile(r"\b(?:growth|increase|rise)(?:\s+(?:targets?|goals?|rates?))?\s+of\s+"
                        r"(?:about |around |more than |over |at least |nearly )?$", re.I)
# ('growth of 7 percent in industrial output and of more than 10 percent in industrial investment': the second change)
_AND_OF = re.compile(r"^(?:\s*(?:in|for)\s+[^.;\d]{3,100}?)?,?\s*and\s+(?:of\s+)?"
                     r"(?:about |around |more than |over |at least |nearly )?$", re.I)
_WIDER_SCOPE_AFTER = re.compile(r"\s*(?:(?:for|in|across) the (?:whole |entire )?(?:city|county|province|"
                                r"prefecture|district|league|banner|region)(?: as a whole)?\b|"
                                r"(?:county|city|province|district)[- ]?wide\b)", re.I)
_ZONE_SCOPE_AFTER = re.compile(r"\s*(?:for|in) the (?:(?:development|economic|industrial|high-tech) )?(?:zone|park)\b",
                               re.I)
_AND_THEN = re.compile(r"[^.;\d]{0,40}?,?\s*(?:and|while|but|whereas)\s+", re.I)
_MEASURE_THEN_GROWTH = re.compile(r"\s*(?P<what>[A-Za-z][\w\s-]{1,60}?)\s+(?P<noun>growth|increase)\b", re.I)
_GOAL_OF_BEFORE = re.compile(r"\b(?:target|goal|aim)s?\s+(?:of|is|was)\s+(?:about |around |more than |over |at least |"
                             r"nearly )?$", re.I)
# ... or after it: 'The first quarter saw a 16.4 percent rise in industrial investment'
# (a high-tech zone's measure, its commas and all: 'technology, industry and trade revenue')
_TIT_REVENUE = r"(?:the )?(?i:technology,\s*industry,?\s+and\s+trade\s+(?:revenue|income))"
_AN_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.I)
_CHANGE_IN_WHAT = re.compile(r"\s*(?:year[- ]on[- ]year\s+)?(?:rise|increase|growth|jump|gain|decline|drop|fall)\s+"
                             r"in\s+(" + _TIT_REVENUE + r"|[^,.;]{3,100}?)(?=\s+(?:and|while|but)\s|[,.;]|$)", re.I)
_IN_WHAT = re.compile(r"\s*(?:year[- ]on[- ]year\s+)?(?:in|for)\s+(" + _TIT_REVENUE + r"|[^,.;]{3,100}?)"
                      r"(?=\s+(?:and|while|but)\s|[,.;]|$)")
# 'an increase of 21 from the end of 2016': the year a change is measured from.
# ('basically flat with 2019': the year compared with)
def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from ``start`` ends: the next comma, semicolon or full stop, or ``end``."""
    found = _CLAUSE_ENDS_AT.search(text, start, end)
    return found.start() if found else end


_CLAUSE_ENDS_AT = re.compile(r"[,;]|\.(?!\d)")
_COMPARISON_BASE = Prechecked(re.compile(r"\b(?:from|than|compared (?:with|to)|versus|over|same as|as much as|"
                                         r"(?:flat|level|on a par|on par|in line) with)\b"
                                         r"[a-z\s]{0,12}$|"
                                         # 'fell 12.4% to 19.3 billion yuan after a record 2022', 'from a record
                                         # high in 2022': the year the figure is measured against
                                         r"\b(?:after|from|than|compared (?:with|to)|on|over)\s+(?:a|an|the)\s+"
                                         r"(?:record|strong|weak|bumper|sluggish|difficult|exceptional|high|low)"
                                         r"(?:[- ]\w+)?(?: (?:in|of))?\s*$|"
                                         # ('down 7.8 percent from the record we set in 2023')
                                         r"\b(?:after|from|than|compared (?:with|to)|on|over)\s+(?:a|an|the)\s+"
                                         r"(?:record|peak)\b(?:\s+[a-z]+){1,4}?(?:\s+(?:in|of))?\s*$|"
                                         # 'more than double the figure of 2020'
                                         r"\bthe (?:figure|level|total|amount|value)(?: (?:of|for|in))?\s*$|"
                                         # 'up 28.4 percent on the previous year'; 'recovered to 91.3 percent of last
                                         # year's level'
                                         r"(?:per ?cent|%)\s+(?:on|of)\s+$|"
                                         # 'Part of that is the low base of last year'
                                         r"\bbase (?:of|in|from)\s*$|"
                                         r"\b(?:the )?same (?:period|quarter|month|half) (?:of )?$|"
                                         # 'the decline narrowing by 5.3 percentage points from January-June'
                                         r"\bpercentage points?\s+$|"
                                         # 'up from 75.96 billion yuan last year': the base's date
                                         r"\b(?:up|down|rising|falling|decreased|" + F.CHANGED + r")"
                                         r"(?:\s+(?:a\s+)?[a-z]+fold)?,? from (?:about |nearly )?[\d.,]+\s*"
                                         r"(?:[a-z]+\s+){0,3}(?:in\s+)?$|"
                                         # 'rose to 2.84 billion yuan from 2.03 billion yuan in 2020'
                                         r"\bto\s+[\d.,]+\s*(?:[a-z]+\s+){0,3}from (?:about |nearly )?[\d.,]+\s*"
                                         r"(?:[a-z]+\s+){0,3}(?:in\s+)?$|"
                                         # '..., against 22.94 billion yuan in the first half of last year'
                                         r"\b(?:against|compared (?:with|to)|versus|vs\.?|"
                                         # '..., and well below the 712 million yuan collected in 2022'
                                         r"(?:well |far |slightly |still )?(?:below|above|under) the) "
                                         r"(?:about |nearly )?[\d.,]+\s*"
                                         r"(?:[a-z]+\s+){0,3}(?:in\s+|for\s+)?$", re.I))
# 'Affected by the completion of several projects last year, investment fell': a cause's date
# 'in 2013 was approved by the State Council': the date of an event, in translated word order
# ('in 2006 approved as provincial-level development zone', machine-translated with no verb before the participle)
_OPENING_WORDS = re.compile(r"\s*(?:(?:in|during|for|from)\s+)?", re.I)
_NOTE_OPENS = re.compile(r"[ \t]*[(（]\s*notes?\s*[:：]", re.I)
# (or adopted: 'The 2025 plan figures are those adopted by the park management committee in January 2025')
_ISSUED_IN = re.compile(r"\b(?:published|released|issued|announced|made public|adopted by the "
                        r"(?:[\w-]+ ){1,5}?(?:committee|government|council|congress|meeting|board))\s+"
                        r"(?:(?:in|on)\s+)?"
                        r"(?:early |late |mid-)?$", re.I)
# measures of a place: a county's or district's own, seldom a zone's (see _host_measure)
_MEASURES_OF_A_PLACE = frozenset({"gdp", "retail_sales"})
_ITS_OFFICE_AFTER = re.compile(r"\s+(?:People['’]s\s+)?(?:Government|Party Committee|Bureau|"
                               # ('... subject to the district statistics bureau's final figures')
                               r"Administrative Committee|statistics bureau|statistical bureau)\b|"
                               # ('..., the Dulan County Development and Reform Bureau said on Tuesday')
                               r"\s+(?:[A-Z][\w-]*\s+){1,4}(?:and\s+(?:[A-Z][\w-]*\s+){1,3})?"
                               r"(?:Bureau|Commission|Office|Department|Administration)\b",
                               re.I)  # (or 'the Zhongjiang county government')
# the total just given referred back to: 'of that output', 'of the total'
_OF_THAT_REFERENCE = re.compile(r"\s*of (?:that|this|the) (?:total(?: output(?: value)?)?|output(?: value)?|figure|"
                                r"amount|trade|revenue|investment)\b", re.I)
_OF_THAT_MEASURE = re.compile(r"\s*of (?:that|this) (output|trade|revenue|investment)\b", re.I)
# the measures a reference by its noun may mean ('of that revenue': operating or main business revenue)
_REFERRED_MEASURES = {"output": ("output",), "trade": ("trade", "exports", "imports"), "revenue": ("revenue",),
                      "investment": ("investment",)}
# what stands between two amounts of one measure besides the second area's name: 'and', 'while', 'the'
# (after the first amount's change: '6.42 billion yuan, up 18.9 percent, and Area B 3.44 billion yuan'; after the
# total it is part of: '... 830 million yuan of that output and the South Area 520 million yuan')
_ABOVE_SIZE_ROW = re.compile(r"[ \t]+(?:of which[:：,]?\s*|incl(?:uding|\.)\s*)?(?:(?:industrial\s+)?enterprises\s+)?"
                             r"above[- ](?:designated|scale)(?:[- ](?:size|scale))?[ \t]*[:：]?[ \t]*", re.I)
# (a part's share: '... the coking park paid 1.57 billion yuan of it'; '..., of which the new materials park
# completed' is ``_PART_S_SHARE_BEFORE``)
_OF_IT_AFTER = re.compile(r"\d[^,;]*?\bof (?:it|that|this|the total)\b")
_OF_IT_AHEAD = re.compile(r"\s*of it\b")  # ('the coking park still paid 1.57 billion yuan of it')
# ('The coking park contributed 29.3 billion yuan', '...; the North Area contributed 57.3 billion yuan')
_PART_CONTRIBUTED = re.compile(r"\s(?:alone\s+)?contributed\s+(?:about |nearly |more than |over |some )?$")
_OF_IT_BEFORE = re.compile(r"\b[Oo]f (?:this|that|which|it|the total)\b")
# ('Fixed-asset investment in the park came to 3.12 billion yuan, ..., with the new materials park alone completing 1.08
# billion yuan'): a part's share of the total just given, its measure unsaid
_SHARE_DOING = (r"\s+(?:alone\s+)?(?:completing|contributing|accounting for|generating|reali[sz]ing)\s+"
                r"(?:about\s+|nearly\s+|over\s+)?$")
_WITH_A_PART_DOING = re.compile(r",\s*with\s+(?:the\s+)?[^,;.]{3,60}?" + _SHARE_DOING)
# (so too the firms above designated size's: '..., with enterprises above designated size contributing 7.12 billion
# yuan of it')
_WITH_FIRMS_ABOVE_SIZE_DOING = re.compile(r",\s*with\s+(?:the\s+|its\s+|their\s+)?(?:industrial\s+)?"
                                          r"(?:enterprises|firms)\s+above\s+designated\s+(?:size|scale)" + _SHARE_DOING)
_ELIDED_GAP = re.compile(r"(?:" + _OF_THAT_REFERENCE.pattern + r")?"
                         # (the measure after the first figure: '... turned out 13.85 billion yuan of industrial output,
                         # up 9.3 percent, and the west park 7.45 billion yuan')
                         r"(?:\s+(?:of|in)\s+(?:[a-z-]+\s+){0,3}?(?:output(?:\s+value)?|revenue|sales|investment|"
                         r"exports|imports|tax(?:es| revenue)?))?"
                         r"(?:\s*,?\s*(?:up|down|an? (?:increase|rise|decrease|drop) of|rising|growing|increasing|"
                         r"falling)\s+(?:by\s+)?[\d.]+\s*(?:%|percent|per cent)(?:\s+year[- ]on[- ]year)?)?"
                         # (the year after the first figure: '... realized output value of 13.9 billion yuan in 2024,
                         # the new energy park 3.42 billion yuan')
                         r"(?:\s+in\s+(?:19|20)\d\d)?"
                         # (where the first part lies, after its figure: '... occupies 22.4 square kilometers along the
                         # river; the intelligent terminal cluster 13.1, to the north of the railway; and ...')
                         r"(?:,?\s+(?:along|near|beside|around|(?:to the )?(?:north|south|east|west) of)\s+"
                         r"[^,;.\d]{2,60})?"
                         # (the part's place after its name: '..., and the Comprehensive Bonded Zone within the zone')
                         # (or a comma alone between the parts of a list: '..., up 12.6 percent, the new materials
                         # park 5.02 billion yuan, up 6.3 percent, and the cable park 3.87 billion yuan')
                         # (or a colon before the first part: 'The park's planned area is 20.5 square kilometers: the
                         # electronic components cluster 7.9 square kilometers, ...')
                         r"(?:\s*[,;:：]\s*(?:(?:and|while|whereas)\s+)?|\s*(?:and|while|whereas)\s+)(?:the\s+)?\s*"
                         r"(?:(?:with)?in\s+(?:the\s+(?:zone|park))?\s*)?"
                         # (and what the next part is, in passing: '... and the digital economy cluster, a compact area
                         # of offices and data centers, 3.8')
                         r"(?:,\s*(?:an?|the)\s+[^,;.\d]{3,80},\s*)?")
# (its words one space apart: a label, not the cells of a wider table's row)
_SPACED_LABEL = re.compile(r"[ \t]*(?P<label>[A-Za-z](?:[^:：.;\d\n\t ]| (?! )){2,100}?)[ \t]{3,}")
_ZONE_TYPES = frozenset({"industrial_park", "etdz", "high_tech_zone"})
_MEASURES_BESIDE_A_PLACE_S = frozenset({"public_budget_revenue", "fiscal_revenue", "fixed_asset_investment",
                                        "industrial_added_value_above_size", "foreign_trade"})
_PLACE_MEASURE_NAMED = re.compile(r"\bGDP\b|\bgross (?:regional|domestic) product\b|\bretail sales\b", re.I)
_IT_OR_THERE = re.compile(r"\b(?:its?|there)\b", re.I)
# what describes a part just named, up to a figure of its own: ', which covers ', ', a '
_ITS_OWN_CLAUSE = re.compile(r",\s*(?:which|that|an?)\b[^,;.]*", re.I)
_NOT_REPORTING_AFTER = re.compile(r"\s*,?\s*(?:it |the zone |which )?(?:(?:was|were|has been|had been) )?"
                                  r"(?:officially )?(?:approved|established|founded|set up|upgraded|recogni[sz]ed|"
                                  r"renamed|merged|launched|built|listed|named)\b|"
                                  # ('2006年经安徽省人民政府批准设立': approved and set up in 2006, half-translated)
                                  r"\s*年?[^，。；,;.]{0,20}?(?:设立|成立|建立|组建|获批|升级|更名)", re.I)
# ... or a clause ('fell 4.2 percent as several large projects were completed in 2022')
# (a colon ends the cause: '... as new wind farms were connected to the grid in the summer: in the third quarter alone,
# output value ...')
_CAUSE = Prechecked(re.compile(r"\b(?:(?:affected by|due to|because of|owing to|thanks to|driven by)\b[^,;:]{0,80}|"
                               # ('..., mainly because two large projects completed last year have not yet been
                               # replaced': the cause's time)
                               r"because\s+(?!of\b)[^,;:]{0,80}|"
                               r"(?:as|because|since)\s+(?!of\b|well\b)[^,;:]{0,60}\b(?:was|were|had|has|have)\b"
                               # ('..., as two large smelting projects were completed in 2020 and few new ones broke
                               # ground in the first half': the cause's stretch, not the figure's)
                               r"[^,;:]{0,80}|"
                               # ('... to 412 million yuan as the epidemic hit the first quarter': what hit, and when)
                               r"\b(?:as|when)\s+[^,;:]{0,40}\b(?:hit|struck|swept|disrupted|battered|halted|shut)\b"
                               r"[^,;:]{0,40})$", re.I))


# 'aims to sign projects worth more than 50 billion yuan': projects no number counts, the sum of them all
_CONTRACTED_AT_LEAST = re.compile(r"\bcontracted\s+investment\s+(?:of\s+)?(?:more than|over|at least|exceeding|above)"
                                  r"\s*(?:RMB|CNY|US\$|\$|¥)?\s*$", re.I)
_SIGN_PROJECTS_WORTH = re.compile(r"\b(?:sign|introduce|attract|land)\s+(?:new\s+)?projects\s+(?:worth|with (?:a )?"
                                  r"(?:total )?(?:contracted )?investment of)\s+(?:more than|over|at least)\s*$", re.I)


def _round_threshold(value: float) -> bool:
    """A size class is a round sum: 10 million, 50 million, 100 million, 1 billion yuan ... (not 70 billion).

    >>> [_round_threshold(v) for v in (1e8, 5e8, 2e9, 7e10, 31.5e9)]
    [True, True, True, False, False]
    """
    if value <= 0:
        return False
    exponent = math.floor(math.log10(value))
    return round(value / 10 ** exponent, 6) in (1, 2, 3, 5)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


_RUNNING_HEADER = re.compile(r"\S\s{3,}.*?(?:[·•\-–—]\s*\d{1,4}\s*[·•\-–—]|\bpage\s+\d{1,4})\s*$", re.I)


def _title(text: str) -> str:
    """What a page is about when it names no area the reader knows: its first line.

    A headline is cut to the name it opens with: 'Wenchang International Aerospace City sets
    higher goals for 2026' is about Wenchang International Aerospace City.

    >>> _title("Wenchang International Aerospace City sets higher goals for 2026\\n\\nThe city ...")
    'Wenchang International Aerospace City'
    >>> _title("\\nPublished: 2 Mar 2024\\n")
    'Published: 2 Mar 2024'

    A site's menu or breadcrumb above the headline is not the page's subject:

    >>> _title("Home > News > Park News\\n\\nA look back at 2021\\n")
    'A look back at 2021'

    So is a headline's name before its colon: 'Jinan Starting Zone: 2023 in review'.

    >>> _title("Jinan Starting Zone: 2023 in review\\n\\nJINAN -- ...")
    'Jinan Starting Zone'

    Nor is a printed page's running header, its page number set apart by wide gaps:

    >>> _title("Baise Yearbook 2017            Industry    · 143 ·\\n\\nXinshan Aluminium Base\\n")
    'Xinshan Aluminium Base'
    """
    lines = [line.strip()[:120] for line in text.splitlines() if line.strip()]
    # (nor a printed page's running header: 'BAISE YEARBOOK 2017          Industry    · 143 ·')
    for line in [line for line in lines if not is_boilerplate(line) and not _RUNNING_HEADER.search(line)] \
            or lines[:1]:
        name = _LEADING_NAME.match(line)
        if name and (_HEADLINE_VERB.match(line, name.end()) or line.startswith(":", name.end())):
            return name.group(1)
        return line
    return ""


def _header_end(text: str) -> int:
    """Where a page's first lines end: up to four lines that are not yet prose (none longer than 160 characters)."""
    header_end, lines = 0, 0
    while lines < 4 and header_end < len(text):  # the first lines, up to the first of prose
        stop = text.find("\n", header_end)
        stop = len(text) if stop < 0 else stop
        if stop - header_end > 160:
            break
        lines += bool(text[header_end: stop].strip())
        header_end = stop + 1
    return header_end


def _titled_zone(text: str, clusters, mentions) -> int | None:
    """The one zone (no district) named in the page's first lines, its title among them, if any."""
    header_end = _header_end(text)
    named = {m.cluster for m in mentions if m.explicit and m.start < header_end
             and clusters[m.cluster].entity_type not in ("district", "other") and not clusters[m.cluster].container}
    if not named and _ZONE_IN_TITLE.search(text, 0, header_end):
        # ('Our county economic development zone first three quarters main economic indicators run steadily': the
        # title calls it so, and the page names one zone)
        named = {i for i, c in enumerate(clusters) if c.entity_type not in ("district", "other") and not c.container}
    return named.pop() if len(named) == 1 else None


_SIZE_CLASS_LABEL = re.compile(r"\b(?:yuan|dollars)\s+(?:[\w-]+\s+){0,2}(?:enterprises|companies|firms)$", re.I)
_ARE_IN_A_PART = re.compile(r"\s+(?:are|were)\s+(?:located\s+)?in\s+(?:the\s+)?")
# a part's verb right before its figure: '(The southern section) reported (5.74 billion yuan)'
_PART_DID_BEFORE = re.compile(r"(?:,[^,;]{1,80},)?\s+(?:reported|produced|posted|made|took in|turned out|brought in|"
                              r"achieved|reali[sz]ed|recorded|generated|delivered)\s+"
                              r"(?:about |nearly |over |more than |some )?$")
_SUBJECT_NAME_BEFORE_VERB = re.compile(r"\s*(?:The\s+)?(?:older\s+|newer\s+)?")
# a sentence that opens on the figure the sentence before gave: 'The figure already exceeds ...', 'It is above ...'
_FIGURE_AGAIN_OPENS = re.compile(r"\s*(?:(?:The|This) (?:figure|amount|total|result)|It)\b")
# a circumstance a sentence opens with: 'With a Japanese-funded reducer project due in November, ...'
_WITH_OPENER = re.compile(r"\s*[Ww]ith\b[^,;]{3,120},\s*")
# an aside on where and when the subject was set up, up to the area it lies in (see _where)
# ('The national-level zone, on the northern bank of the Jiaojiang River estuary in Taizhou's Jiaojiang District,
# reported ...')
# (perhaps after what the zone is, and after the town and county it names first: ', a provincial-level industrial
# park set up in 2010 in Tuanlinpu Town, Duodao District,', ', set up in 2008 in Jiyi Township, Qingxu County, Taiyuan
# City,')
_SET_UP_IN_ASIDE = re.compile(r",\s*(?:an? [^,;.]{0,60}?\s)?(?:set up|founded|established|located|situated|built|"
                              r"launched|opened|approved|lying|sitting|(?:on|along|near|beside) the)\b"
                              r"(?:[^,;.]|\.(?=\d)){0,140}\bin (?:the )?(?:[A-Z][\w'’-]*['’]s )?"
                              # ('set up in 2010 in Zhasake Town of Ejin Horo Banner, Ordos City')
                              r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?:,\s*| of )){0,2}$")
# ... or within the predicate that says where it was founded: '... was founded in 2012 in Dingjia Subdistrict in the
# west of Bishan District and is about 40 minutes by car from ...' (the longer reach of _LOCATED_IN's 'set up in'; kept
# apart and tried on districts alone, as searching every mention's 120 characters with _LOCATED_IN cost 4 % of the
# extractor's time for the same output)
# ('... was established in 2011 in Mawang Sub-district, on the west bank of the Feng River in the north-west of
# Chang'an District': the places of the founding, one after another)
_FOUNDED_IN_A_PLACE = re.compile(r"\b(?:was|were|is|has been) (?:founded|set up|established|located|situated|built)\b"
                                 r"[^,;.]{0,80}(?:,\s*(?:on|in|at|near|along|beside)\b[^,;.]{0,60}){0,2}"
                                 r"\bin (?:the (?:[\w-]+ )?(?:north|south|east|west|northeast|northwest|north-east|"
                                 r"north-west|southeast|southwest|south-east|south-west|centre|center|heart|middle|"
                                 r"outskirts|suburbs) of )?$")


def _lede_zone(text: str, clusters, mentions) -> int | None:
    """The zone (no district) the first paragraph of prose opens with, its sentence's subject, if any; not on a page
    whose first lines name a district ('Statistical Bulletin of Yongchang County, 2022'), the district's own."""
    lede = PROSE_LINE.search(text)
    if lede is None:
        return None
    header_end = _header_end(text)
    if any(m.explicit and m.start < header_end and clusters[m.cluster].entity_type == "district" for m in mentions):
        return None
    first = next((m for m in mentions if m.explicit and lede.start() <= m.start < lede.end()), None)
    if first is None or first.start - lede.start() > 60:
        return None
    zone = clusters[first.cluster]
    if zone.entity_type in ("district", "other") or zone.container or zone.part \
            or not _LEDE_OPENS.fullmatch(text, lede.start(), first.start):
        return None
    return first.cluster


# what may open a story before its subject: a dateline ('NINGBO, Jan. 20 -- '), 'The '
# (or with its agency in brackets and a hyphen: 'CHONGQING (iChongqing) - ')
_LEDE_OPENS = re.compile(r"(?:[A-Z][A-Za-z ,.]{0,40}?(?:\([A-Za-z ]{1,30}\)\s*)?(?:--|—|–|:|\s-)\s*)?(?:The\s+)?")


def _primary(clusters, crumb: int | None = None) -> int | None:
    if not clusters:
        return None
    # (not a part of the area the text is about, however often it is named: 'the Zhaowangzhuang Intelligent
    # Equipment Park' in a piece on the Laiyang Zhaowangzhuang Industrial Park's three sub-parks)
    # (named as often as another, the zone the page's breadcrumb ends on: 'Home > Parks > Qingdao Xuejiadao Marine
    # Industry Park' under a site's name, 'Invest in Qingdao West Coast New Area')
    return max(range(len(clusters)), key=lambda i: (not clusters[i].container, not clusters[i].part,
                                                    clusters[i].mentions, i == crumb, -clusters[i].first_offset))


def _crumb_zone(text: str, clusters) -> int | None:
    """The zone the breadcrumb in the page's first lines ends on ('Home > Parks > Qingdao Xuejiadao Marine Industry
    Park'), if any (by its name: the reader takes no mention from page furniture)."""
    head = text[:600]
    if head.count(">") < 2:
        return None
    for line in head.splitlines():
        if line.count(">") >= 2 and line.lstrip().lower().startswith(("home", "homepage", "current location")):
            last = line[line.rindex(">") + 1:].strip()
            named = [i for i, c in enumerate(clusters)
                     if last in c.names and c.entity_type not in ("district", "other")]
            return named[0] if len(named) == 1 else None
    return None


def _host_page(text: str, clusters, mentions) -> int | None:
    """The district or county whose government's report this page is, by its first lines: 'Jiangxia District
    People's Government of Wuhan > ...' over 'Government Work Report of Jiangxia District (2024)'. Its report gives
    its own figures (GDP, retail sales) beside its zone's; a figure is the zone's where a sentence names the zone.
    (A county government's page about its zone says so in its own title, not a report's.)"""
    header_end = _header_end(text)
    if not _HOST_REPORT.search(text, 0, header_end):
        return None
    if _ZONE_IN_TITLE.search(text, 0, header_end):
        return None  # 'Our county economic development zone first three quarters ...': the page is about its zone
    named = {m.cluster for m in mentions if m.explicit and m.start < header_end}
    hosts = [i for i in named if clusters[i].entity_type == "district"]
    return hosts[0] if len(hosts) == 1 and len(named) == 1 else None


# the name of a county or a city, as opposed to an area of a zone
_HOST_NAME = re.compile(r"\b(?:County|City|Prefecture|League|Banner)$")


def _sub_areas(text: str, clusters, mentions, primary: int | None) -> dict[int, int]:
    """Districts named once in a park's profile are its functional areas, not other parks.

    'It is laid out in three districts ... Qinggang District lays out new
    materials' describes the park; folding such a district into the
    document's main park keeps its industries with the park. A district the
    page calls 'the whole district' is the area it reports on beside the park
    (a district government's page on its economy and its park), never a part
    of the park.
    """
    if primary is None or clusters[primary].entity_type == "district":
        return {}
    whole = {m.cluster for m in mentions if not m.explicit and _THE_WHOLE_AREA.match(text, m.start, m.end)
             and (text.startswith(("'s", "’s"), m.end) or _OF_BEFORE.search(text, max(0, m.start - 4), m.start))}
    # (nor the city whose own page it is, named once with 'City' and then as 'the city': 'Hejin Municipal People's
    # Government' over '... Hejin City coordinated ...; the added value ... of the city grew by 5.6%')
    # (nor a county the page goes on to call 'the county', whose own figures it gives: 'Maizhokunggar County, 68 km
    # east of downtown Lhasa, ...' then 'the county's gross regional product reached 6.14 billion yuan')
    whole |= {m.cluster for m in mentions if not m.explicit and _THE_COUNTY.match(text, m.start, m.end)
              and clusters[m.cluster].name.endswith(_COUNTY_WORDS)
              and (_ITS_PLACE_MEASURE.match(text, m.end)
                   or _PLACE_MEASURE_OF.search(text, max(0, m.start - 60), m.start))}
    return {i: primary for i, c in enumerate(clusters)
            if i != primary and c.entity_type == "district" and c.mentions == 1 and i not in whole
            and not c.page_city and not c.host}


_OF_BEFORE = re.compile(r"\bof\s+$")
_THE_COUNTY = re.compile(r"the\s+(?:county|banner)\b", re.I)
_COUNTY_WORDS = (" County", " Banner")
_PLACE_MEASURES = (r"(?:gross regional product|GDP|gross domestic product|general public budget revenue|fiscal revenue|"
                   r"fixed[- ]asset investment|(?:total )?retail sales(?: of consumer goods)?)")
_ITS_PLACE_MEASURE = re.compile(r"['’]s\s+(?:total\s+)?" + _PLACE_MEASURES + r"\b", re.I)
_PLACE_MEASURE_OF = re.compile(r"\b" + _PLACE_MEASURES + r"\s+(?:\(\w+\)\s+)?of\s+$", re.I)
_THE_WHOLE_AREA = re.compile(r"(?:the\s+)?(?:whole|entire)\s+(?:district|county)\b", re.I)


def _other_names(text: str, clusters, mentions, primary: int | None) -> dict[int, int]:
    """'Set up in 2009 and also known as the Suiping Industrial Cluster District, the zone ...': a name
    met only after 'known as' is another name of the page's zone (it becomes one of its aliases)."""
    if primary is None or "known as" not in text:
        return {}
    folded = {}
    for index, cluster in enumerate(clusters):
        named = [m for m in mentions if m.cluster == index and m.explicit]
        if index != primary and named and all(_KNOWN_AS.search(text, max(0, m.start - 40), m.start) for m in named):
            folded[index] = primary
            clusters[primary].names.extend(n for n in cluster.names if n not in clusters[primary].names)
    return folded


# a plan's span's own first word, or the word before it: 'during the 13th Five-Year Plan period', 'from 2026 to 2030',
# 'over 2025-2027'
_OVER_THE_PLAN = re.compile(r"(?:during|over|throughout|within|in|from)\b", re.I)
_OVER_BEFORE = re.compile(r"\b(?:during|over|throughout|within|in|from)\s+(?:the\s+)?\Z", re.I)
_OVER_SPAN = re.compile(r"\bover\s+(?:the\s+)?\Z", re.I)
_HOST_REPORT = re.compile(r"\bGovernment Work Report\b|\bReport on the Work of the Government\b|"
                          r"\bPlan for National Economic and Social Development\b|"
                          # ('Statistical Communiqué of Li County on the 2017 National Economic and Social Development')
                          r"\bStatistical Communiqu[eé] of\b[^\n]{3,60}\bon the (?:(?:19|20)\d\d )?National Economic "
                          r"and Social Development\b", re.I)
_PLANNED_AFTER = re.compile(r"\s*[(（]\s*planned\b", re.I)
_IN_TOTAL = re.compile(r"\s*(?:in total|in all|cumulatively|combined)\b", re.I)  # '48 billion yuan in total from ...'
_INVESTMENT_METRICS = frozenset({"fixed_asset_investment", "industrial_investment", "tech_upgrade_investment",
                                 "contracted_investment", "introduced_investment", "project_investment",
                                 "foreign_investment"})
_ZONE_BEFORE = re.compile(r"\b(?:zone|park|ETDZ|EDZ|HTZ)\s+$", re.I)
_FOR_EVERY = re.compile(r"\bfor (?:every|each)\s*$", re.I)
_YEARS_ROW = re.compile(r"\s*(?:(?:19|20)\d\d\s+){1,}(?:19|20)\d\d\s*")
_KNOWN_AS = re.compile(r"\b(?:also|formerly|previously|better|commonly|officially) known as (?:the )?$|"
                       r"\baka (?:the )?$|\bofficially (?:the )?$", re.I)
# (not 'Target completion at a glance (January-June 2024)': how far the year's goals are met, actuals)
# (nor progress against them: 'Firms ahead of target', 'Output behind schedule and target')
_TARGET_HEADING = re.compile(r"(?<!ahead of )(?<!behind )(?<!above )(?<!below )(?<!short of )(?<!on )"
                             r"\b(?:main |key |expected |development )?(?:targets?|goals?)\b"
                             # (not goals reviewed: 'Goals missed', 'Targets met and exceeded')
                             r"(?!\s+(?:completion|progress|fulfil|met\b|missed|achieved|reached|exceeded|completed|"
                             r"not met|fell short))|目标|"
                             # ('2023, WE AIM FOR', 'What we aim at in 2025')
                             r"\b(?:we|the (?:zone|park)) aims? (?:for|at)\b|"
                             # ('What we will do in 2025', 'What the park will achieve in 2026')
                             r"\bwhat (?:we|the (?:zone|park)) (?:will|plans? to|aims? to) (?:do|achieve|deliver)\b|"
                             # a heading that is the plan's label and nothing else: 'Plans for 2021', '2024 work plan'
                             # (not a title over a review and a plan: '2022 Work Summary and 2023 Plan')
                             r"^\W*(?:(?:19|20)\d\d\s+)?(?:work\s+)?plans?(?:\s+for\s+(?:19|20)\d\d)?[\s:：]*$", re.I)
# a comparison's base with its figure: 'from 8.34 billion yuan in 2020', 'after a decline of 4.6 percent in 2020'
# (``_COMPARISON_BASE`` drops from a sentence's periods those with words alone between: 'than in 2019'; these stay
# the base figure's own)
# ('compared with 18.2 billion yuan for the whole of 2020', 'more than double the 17.5 billion yuan of 2019')
# a base's figure, an amount or a share: 'about RMB 3.2 billion', '17.08 billion yuan', '9.4%'
_BASE_FIGURE = (r"(?:(?:about|nearly|around|some)\s+)?(?:(?:US\$|USD|CNY|RMB|\$|¥)\s?)?[\d.,]+\s*(?:%|percent|per cent|"
                r"(?:(?:billion|million|trillion|bn|mn|m|b)\b\s*)?(?:yuan|dollars|US dollars|usd|rmb)?)")
_SECOND_BASE = re.compile(r"\bfrom\s+" + _BASE_FIGURE + r"\s+(?:in|of)\s+"
                          r"(?:19|20)\d\d,?\s+and\s+" + _BASE_FIGURE + r"\s+(?:(?:in|of)\s+)?$", re.I)
_FIGURE_NOT_GIVEN = re.compile(r"['’]?s?\s+(?:figure|level|total|amount)\b")
# (or a multiple of the year's figure: 'nearly four times the 58 of 2016', 'nearly triple the 2017 figure')
_MULTIPLE = r"(?:double|triple|quadruple|twice|(?:two|three|four|five|six|\d+(?:\.\d+)?) times)"
_FIGURE_BASE = re.compile(r"\b(?:(?:from|against|compared with|versus|than|" + _MULTIPLE + r" the|"
                          r"(?:decline|drop|fall|growth|increase|rise|gain)\s+of)\s+(?:" + _BASE_FIGURE + r"\s+"
                          r"(?:(?:in|of|for(?: the (?:whole|full|entire)(?: year)?| all)?)\s+)?|(?:in|of)\s+)|"
                          + _MULTIPLE + r"(?: the)?\s+|"
                          # ('Changes in brackets are against January-March 2023 unless stated otherwise': the stretch
                          # the changes are of, itself)
                          r"\b(?:against|compared (?:with|to)|versus|relative to)\s+|"
                          # ('Output value 3.38 billion yuan, tripling from January-October 2022', 'up 8 percent from
                          # 2021'): the change's base, a period compared with
                          r"\b(?:(?:tripl|doubl|quadrupl)(?:ing|ed|es|e)|(?:up|down)\s+[\d.]+\s*(?:%|per ?cent))\s+"
                          r"(?:(?:from|on|over)\s+)?|"
                          # ('general public budget revenue to stay at last year's level': the level kept, no period)
                          r"\b(?:stay|stays|remain|remains|be kept|be held|hold|holds|stabili[sz]e)\s+"
                          r"(?:at|around|near)\s+"
                          r"(?:the\s+level\s+of\s+)?)$",
                          re.I)
# 'Hotan, Xinjiang Uygur ..., ', "Compiled by the Zone's Economic Development Bureau, "
_PLACE_OR_NOTHING = re.compile(r"(?:(?i:compiled|issued|prepared|published|edited|released) by [^,.;]{3,80},\s*)?"
                               r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*,\s*)*|"
                               # ('Edited by ... · Zhongzhou Ancient Books Publishing House · Published: November 2019')
                               r"[^\n]{0,200}?\b(?i:published|issued|released|printed|publication date)\s*(?:in\s+)?"
                               r"[:：]?\s*")
_INDUSTRY_SECTION = re.compile(r"\s*(?:\d{1,2}[.)、]\s*|[①-⑩]\s*|[-•▶■◆]\s*)?(?P<label>[A-Za-z][^:：.;\d()]{2,60}?)"
                               r"\s*(?:\([^()]{0,40}\))?\s*[:：]?\s*")
_SECTION_METRICS = frozenset({"industrial_output", "operating_revenue", "enterprises", "enterprises_above_size"})
_FIRST_ZONES = 1984  # the State Council approved the first national development zones in 1984
_PERIOD_ALONE = re.compile(r"[\s\W]*")  # a heading that is a period and nothing else: 'JANUARY-OCTOBER 2021'
_LABEL_HEADING = re.compile(r"[:：]\s*$|\([^()]{0,30}\b(?:19|20)\d\d\)|\bindicators?\b|\bkey (?:figures|data)\b|"
                            r"\bat a glance\b|"  # '2023 AT A GLANCE' over a list of figures
                            r"\b(?:19|20)\d\d (?:in review|in numbers|in figures|results)\s*$|"  # '2024 in review'
                            # ('ENTERPRISES, END-2023', 'Enterprises, end of 2023')
                            r"\bas of\b|\bat the end of\b|[(,]\s*end(?: of\b|-(?=(?:19|20)\d\d))|\bat end-|"
                            r"^\s*(?:latest|most recent|newest|update)\s*[:：]|"  # 'Latest: January-April 2024'
                            r"^\s*【", re.I)  # '【2025年一季度 First quarter of 2025】': a section's label
# what may come before a sentence's subject: 'In neighbouring Ningjin County, the county-level ...'
_OPENS_WITH = re.compile(r"\s*(?:(?:in|at|on|meanwhile|besides|also|moreover|elsewhere)\b[^,.;]{0,60},\s*|"
                         r"(?:in|at|within)\s+)?"
                         r"(?:the\s+)?(?:(?:[a-z]+-level|national|provincial|municipal|county)\s+)?", re.I)
_AFTER_A_NAME = re.compile(r"(?:\bwith|[(（])\s*(?:about |nearly |more than |over |some )?$", re.I)
# (searched before every amount, so first a cheap test for what every form of it holds: a
# possessive, 'as a whole', or the word city, province or municipality)
_ACROSS_A_PLACE = re.compile(r"\s*(?:Across|Throughout) (?:the (?:whole )?(?:city|province|county|region|country)|"
                             r"(?:" + "|".join(sorted({*F.lexicon.PROVINCES, *F.lexicon.CITIES})) + r")),")
_MAY_NAME_A_WIDER_AREA = re.compile(r"['’]s\b|as a whole| city| province|municipality|across | itself\b| cities\b|"
                                    r" counties\b|member park", re.I)
_OWN_CLAUSE_OPENS = re.compile(r"\s*(?:it\s+|the (?:zone|park|base|district)\s+)?(?:now\s+|currently\s+)?"
                               r"(?:has|have|covers|spans)\b", re.I)
_WIDER_AREA = re.compile(
    # (not '71 percent of the city's total': a share)
    r"(?<!of )\bthe (?:province|city|county|municipality|prefecture|country)['’]s\b|"
    # ('The autonomous region's industrial added value above designated size rose 7.8%')
    r"\b(?i:the autonomous region)['’]s\b|"
    # not 'operating revenue for 2024 as a whole': a year's; nor 'fixed-asset investment as a whole': a measure's
    # (nor 'For the first quarter as a whole, output value ... reached': a stretch's)
    r"(?<!\d{4} )(?<!year )(?<!investment )(?<!output )(?<!revenue )(?<!value )(?<!trade )(?<!exports )"
    r"(?<!quarter )(?<!half )(?<!months )(?<!period )"
    r"\bas a whole\b|"
    # 'Across Anhua County, the comprehensive output value of the dark tea industry ...'
    r"\b(?i:across) (?:the )?(?:[A-Z][\w'’-]+ )?(?i:county|city|province|prefecture)\b|"
    r"\b(?:in|of) [A-Z][a-z]+ (?:city|province|municipality)\b|"
    # ('The four cities recorded combined GDP of 1.05 trillion yuan'; or a part of the zone: 'The largest member
    # park, in Wuhu, posted output of 96 billion yuan')
    r"\b(?i:the (?:two|three|four|five|six|seven|eight|\d+) (?:cities|counties|prefectures|provinces))\b|"
    r"\b(?i:member parks?)\b|"
    # 'Jinan itself reported a GDP of ...' on a page about the Jinan zone: the city, not its zone
    r"\b(?!Zone\b|Park\b|Area\b|District\b|Base\b)[A-Z][a-z'’-]+ itself\b|"
    r"\b[A-Z][a-z'’-]+ (?:[Cc]ity|[Pp]rovince|municipality|county|district)['’]s\b|"
    r"\b(?:" + "|".join(sorted({*F.lexicon.PROVINCES, *F.lexicon.CITIES})) + r")['’]s\b|"
    # ('China's retail sales up 9% in August', a related link's headline: the country's measure; not 'north China's
    # Shanxi Province', 'China's first national-level airport zone', 'one-quarter of China's bauxite')
    r"(?<![a-z] )\bChina['’]s (?!first|second|third|only|top|most|\w+est\b|[A-Z])")
# ('The two platforms together turned out 17.81 billion yuan': a zone and a park beside it)
_TOGETHER = Prechecked(re.compile(r"\b(?:zones|parks|areas|ETDZs|HTZs|EDZs|platforms|cluster districts)\b[^.;]{0,40}"
                                  r"\b(?:together|"
                                  r"combined|jointly|in total)\b|"
                                  r"\b(?:together|combined|jointly)\b[^.;]{0,30}\b(?:zones|parks|areas|platforms)\b|"
                                  # a number of zones as the subject, not a part of them ('the smallest of the four
                                  # zones') nor a year ('founded in 1991 as one of the earliest parks')
                                  r"(?<!\bof )\b(?:both|the (?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
                                  r"(?<![\d.])(?!(?:19|20)\d\d\b)\d+|all(?: the)?|these) "
                                  r"(?:(?!of\b|as\b)[\w-]+ ){0,5}?(?:zones|parks|sub-parks|cluster districts)\b", re.I))
_ONE_OF_THEM = re.compile(r"[:;]\s*(?:the\s+)?[A-Z]")
_NOW = re.compile(r"\b(?:now|currently|at present|presently|today)\b", re.I)
# ... in Chinese, '园区现有各类企业1,450余家', when the sentence names no date ('截至10月底 ..., 园区现有规上工业企业
# 三十四家' is at the end of October)
_NOW_IN_CHINESE = re.compile(r"现有|现已|目前|当前")
# the verb before the firms a Chinese count counts: '园区现有各类企业1,450余家', '园区入驻企业86家'
_CHINESE_HAVE = re.compile(r"现有|共有|拥有|入驻|落户|聚集|集聚")
# where a clause ends (not at a figure's thousands comma, '1,450余家')
_CLAUSE_MARK = re.compile(r"[;；，]|,(?!\d)|->|→")
# a clause that goes on with a part of the count before it: '..., 其中规上工业企业213家', '..., of which 58 ...'
_OF_WHICH_OPENS = re.compile(r"\s*(?:其中|of which|among them|including)", re.I)
_WHICH_HAS = re.compile(r",\s*which\s+(?:has|covers|spans|boasts)\s+[^,;.]*$")
_YEAR_END_NOTE = re.compile(r"[(（](?:at |by )?(?:year[- ]end|end of (?:the )?year)[)）][\s.;]*$", re.I)
_CLAUSE_MARKS = (",", ";", "->", "→", "，", "；")  # where a stock's own clause ends, for its tense (full-width too)
_THEN_ARROW = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?:->|→)\s*(?:more than |over |about |nearly )?")
# an industry's firms that made something: 'Its tea processing enterprises turned out products worth '
# an industry named before its share of a count in brackets: ' (food ', then ', equipment '
_OPENS_A_PART = re.compile(r"\s*[(（]\s*(?P<name>[A-Za-z][\w\s&-]{1,40}?)\s*[:：]?\s*")
_NEXT_NAMED_PART = re.compile(r"\s*[,，;；]\s*(?:and\s+)?(?P<name>[A-Za-z][\w\s&-]{1,40}?)\s*[:：]?\s*")
# ('Corn processing firms made amino acids, starch sugars and feed worth 9.8 billion yuan': the firms opening it)
_INDUSTRY_FIRMS_MADE = re.compile(r"(?:\b(?:its|their|the(?: (?:zone|park)['’]s)?)\s+|^\s*(?=[A-Z]))"
                                  r"(?P<what>[\w\s-]{3,50}?)\s+"
                                  # (or the industry itself: 'The gold industry turned out products worth 46.2
                                  # billion yuan')
                                  r"(?:enterprises|companies|firms|makers|producers|industry|sector)\s+"
                                  r"(?:in the (?:zone|park)\s+)?"
                                  r"(?:turned out|produced|made|manufactured)\s+(?:[\w,\s-]{1,60}?\s+worth\s+)?"
                                  r"(?:about |nearly |more than |over |some )?$", re.I)
# a part of a total named by nothing but its name: '..., of which biomedicine contributed '
_BARE_CONTRIBUTED = re.compile(r"\s*(?:the\s+)?[A-Za-z][\w\s-]{2,50}?\s+contributed\s*"
                               r"(?:about |nearly |more than |over |some )?", re.I)
# what an industry's firms made: '58 foundries produced castings worth 3.12 billion yuan'
_FIRMS_TURNED_OUT = re.compile(r"\s*(?:turned out|produced|made|manufactured|churned out|contributed)\s+"
                               r"(?:[\w,\s-]{1,60}?\s+worth\s+)?(?:about |nearly |more than |over |some )?", re.I)
# what counted firms' figure is, said of them: ' saw their output value reach ', ' reported output value of ', ' saw
# their output value rise '
_THEIR_MEASURE = re.compile(r"\s*(?:saw|reported|recorded|posted|achieved|reali[sz]ed|generated)\s+(?:their\s+)?"
                            r"[^,.;\d]{0,40}?$", re.I)
# a price's change right before the figure: 'had to cut prices by 3 to ', 'the price of lithium carbonate fell by '
_PRICE_CHANGED = re.compile(r"\b(?:cut|cuts|lower|lowered|raise|raised|reduce|reduced)\s+(?:their\s+|its\s+|the\s+)?"
                            r"(?:[\w-]+\s+)?prices?\s+by\s+(?:about\s+|around\s+)?(?:[\d.]+\s*(?:to|-|–)\s*)?$|"
                            r"\bprices?\s+(?:of\s+[\w\s-]{1,30}?\s+)?(?:fell|rose|dropped|climbed|declined|increased|"
                            r"decreased|went up|went down|slumped|jumped)\s+(?:by\s+)?(?:about\s+|around\s+)?"
                            r"(?:[\d.]+\s*(?:to|-|–)\s*)?$", re.I)
_AFTER_COLON = re.compile(r"[:：]\s+")  # ('... dragged us down: with coke prices ...': what the colon opens)
_SCENE_PHRASE = re.compile(r"^[\s\"“']*(?:with|amid|despite)\b[^,;]{0,120},", re.I)
# ('New materials, mainly modified plastics and coatings, produced 2.26 billion yuan': made, as its part)
_CONTRIBUTED = re.compile(r"\b(?:contributed|accounted for|brought in|produced|turned out|delivered)\s+"
                          r"(?:about |nearly |more than |over |some )?$", re.I)
# the words of a goal of firms to have ('strive for 300 enterprises above designated size')
_GOAL_WORDS = r"wants?|strives? for|striving for|aims? for|aiming for|targets?|targeting|plans? for"
_GOAL_FOR_COUNT = re.compile(r"\b(?:" + _GOAL_WORDS + r"|wanted|call(?:s|ed)? for|planned for|to reach|to have)\s+"
                             r"(?:about |nearly |more than |over |at least |some |a total of )?$", re.I)
_COUNT_GOAL_OF = re.compile(r"\b(?:the|its|their)\s+(?:(?:19|20)\d\d\s+)?(?P<label>[\w\s-]{3,60}?)\s+(?:target|goal)\s+"
                            r"(?:to|of|at)\s+(?:about |more than |at least |over )?$", re.I)
_GOAL_FOR_COUNT_AND = re.compile(r"\b(?:" + _GOAL_WORDS + r"|goals? of)\s(?:[^.;]|\.(?=\d)){0,120}?\band\s+"
                                 r"(?:for\s+|to have\s+|to reach\s+)?"
                                 r"(?:about |nearly |more than |over |at least |some |a total of )?$", re.I)
_THAT_OF_GREW = re.compile(r"\bthat of (?:the )?(?P<of>[\w\s-]{3,60}?)\s+(?:grew|rose|increased|climbed|jumped|fell|"
                           r"declined|dropped|was (?:up|down))(?:\s+by)?\s*(?:about |nearly |more than |over )?$", re.I)
# an amount's unit, between a count of firms and a change after it
_AMOUNT_WORD = re.compile(r"\byuan\b|\bdollars?\b|\bRMB|US\$|¥|\bCNY\b|\bUSD\b", re.I)
# ('41.2 million weight boxes' of flat glass; 'a 13-million-tonne refinery', the measure joined to the figure)
# the units of physical output ('286,000 kiloliters' of baijiu), which no count of firms takes ('enterprises 76
# households' does) ...
_PHYSICAL_UNITS = (r"(?:metric[\s-])?tons?|tonnes?|teus?|kilowatts?|kwh|kilowatt-hours|barrels|cubic met(?:er|re)s|"
                   # ('the annual corn output of the city is about 3.9 billion jin': a weight, half a kilogram each)
                   r"(?:kilo|hecto)?lit(?:er|re)s|jin|catties|kilograms?|kg")
_MEASURED_GOODS = re.compile(r"[\s-]*(?:" + _PHYSICAL_UNITS + r")\b", re.I)
# ... and, with the goods and people a scaled figure may count, what a figure's measure may be joined to
_THINGS_COUNTED = re.compile(r"[\s-]*(?:" + _PHYSICAL_UNITS + r"|units?|sets?|pieces|vehicles|cars|kw|"
                             r"square met(?:er|re)s|visitors|passengers|tourists|households|doses|chips|wafers|"
                             r"(?:weight )?boxes)\b", re.I)
# ('In 2019, ... revenue of 4.12 billion yuan, up 21.6 percent. Revenue in 2018 was 3.39 billion yuan.': the year
# before the one reported on, recalled for a measure)
_MEASURE_IN_AN_EARLIER_YEAR = re.compile(r"\s*(?:the\s+)?[A-Za-z][\w\s-]{1,40}?\s+in\s+(?P<year>(?:19|20)\d\d)\s+"
                                         r"(?:was|stood at|had been|totall?ed|came to)\b", re.I)
_RECALLED_CLAUSE = re.compile(r"[;；]\s*(?:and\s+)?in [\w\s-]{3,40}?,?\s+(?:the figure|it)\s+"
                              r"(?:was|stood at|had been)\b", re.I)
_RECALLED_FIGURE = re.compile(r"\s*(?:the|that|this) (?:figure|number|total|level|amount)\s+(?:stood|was|had been)\b",
                              re.I)
_WHICH_BEFORE = re.compile(r",\s*(?:which|whose)\b[^,;\d]*$", re.I)
_ASIDE_CLOSES = re.compile(r"[^,;.\d]{0,40},")
# a difference from an earlier figure, said after an amount: 'CNY 560 million higher than in 2024'
_DIFFERENCE = r"(?:higher|more|lower|less|greater|bigger|smaller) than"
# ... and the level after it: ' higher than in 2024, reaching '
_AFTER_A_DIFFERENCE = re.compile(r"\s*" + _DIFFERENCE + r" [^,;]{0,40},\s*"
                                 r"(?:reaching|to reach|at|to)\s*(?:about |nearly |more than |over )?", re.I)
_A_GAP_OF = re.compile(r"\b(?:gap|shortfall|deficit)\s+of\s+(?:about |nearly |some |around |almost )?"
                       r"(?:RMB\s?|CNY\s?|USD\s?|US\$\s?|\$|¥)?$", re.I)
_SHORT_OF = re.compile(r"\s+short\s+of\b|"
                       # ('Operating revenue was CNY 560 million higher than in 2024, reaching CNY 2.71 billion': by how
                       # much it changed, its level after)
                       r"\s+" + _DIFFERENCE + r" (?:in |that of |"
                       r"the (?:previous|prior|same)|a year|last year|(?:19|20)\d\d)", re.I)
# a plural noun right after a figure with no currency: what it counts ('38 million bags'), unless it is money or people
# ('1.2 million aluminium wheel hubs': a noun's modifiers first)
_NOT_GOODS = r"(?:dollars|euros|yen|yuan|renminbi|people|residents|inhabitants|persons|workers|employees|jobs|years|" \
    r"times|points)\b"
_GOODS_AFTER = re.compile(r"\s+(?!" + _NOT_GOODS + r"|(?:of|in|to|for|from|and|or|worth|more|less|up|down)\b)"
                          r"(?:[a-z-]{2,}\s+){0,2}(?!" + _NOT_GOODS + r")[a-z]{2,}(?<!s)s\b")
_SOURCE_RANK = {"sentence": 4, "line": 3, "heading": 2, "report": 1, None: 0}
# Dates that are not the period an article reports on: founding, upgrades, a start.
_NOT_REPORTING = Prechecked(re.compile(r"\b(?:established|founded|set up|approved|upgraded|recogni[sz]ed|renamed|"
                                       # (not an 'integrated circuit' industry: no event)
                                       r"merged|integrated(?!\s+circuit)|expanded|enlarged|restructured|relocated|"
                                       r"since|launched|built|converted|became|reorgani[sz]ed|rated|"
                                       # ('Approved by the National Development and Reform Commission and the Civil
                                       # Aviation Administration of China in July 2016, the zone has ...')
                                       r"held|opened|inaugurated|started|began|"
                                       # ('falling short of the 50-billion-yuan goal set in 2021')
                                       r"(?:goal|target|plan)s? (?:it |was |were )?set)\b[^.;,]{0,150}$|"
                                       # ('After the integration of the Wuli Park, Anhai Park and ... in 2013, the
                                       # zone has a total area of 48.3 square kilometers': an event's year)
                                       r"\bafter (?:the|its) (?:integration|expansion|merger|restructuring|"
                                       r"reorgani[sz]ation|adjustment|upgrade|upgrading|approval|establishment)\b"
                                       r"[^.;]{0,120}$|"
                                       # ('园区为河北省省级工业园区，始建于2005年': founded in 2005, half-translated)
                                       r"(?:始建于|建于|成立于|设立于|始于|获批于|批准于|组建于)\s*$", re.I))




def _headline_output_named(facts: list[MetricFact], strength: list[tuple]) -> list[MetricFact]:
    """A headline's 'output' is the measure of output the body gives the same change for.

    'Yinzhou EDZ industrial output grows 9.6%' over 'output value of industrial enterprises above designated size
    ... up 9.6 percent': the headline restates the body's figure, for its period, in fewer words.
    """
    body = [f for f, (in_prose, *_) in zip(facts, strength, strict=True)
            if in_prose and f.metric in _OUTPUT_MEASURES and f.yoy_pct is not None and f.industry is None]
    if not body:
        return facts
    first_said = min(b.char_start for b in body)
    named = []
    for f, (in_prose, *_) in zip(facts, strength, strict=True):
        said = None
        if not in_prose and f.metric == "industrial_output" and f.value is None and f.yoy_pct is not None \
                and f.char_start < first_said:  # (above the body: a headline, not a list of goals below it)
            # the same change, or the body's rounded ('Yinping zone's output climbs 14%' over 14.2 percent); for
            # the zone the body gives it to, and without the industry a headline's opening words may suggest
            # ('Nonwovens keep Maozui park's lines running: first-half output up 14.6%')
            same = [b for b in body if b.kind == f.kind and _same_change(f.yoy_pct, f.qualifier, b.yoy_pct)]
            exact = [b for b in same if b.entity == f.entity] or same
            said = exact[0] if exact and len({(b.entity, b.metric) for b in exact}) == 1 else None
        named.append(f if said is None or (said.metric, said.entity, said.industry, said.period_end) == (
            f.metric, f.entity, f.industry, f.period_end) else
            replace(f, metric=said.metric, entity=said.entity, industry=None, period_start=said.period_start,
                    period_end=said.period_end))
    return named


def _same_change(headline: float, qualifier: str, body: float) -> bool:
    """Whether a headline's change restates the body's: the same, or the body's rounded to a whole percent.

    >>> _same_change(14.0, "exact", 14.2), _same_change(12.0, "at_least", 12.4), _same_change(14.0, "exact", 14.6)
    (True, True, False)
    """
    if headline == body:
        return True
    if headline != int(headline):
        return False
    return headline <= body < headline + 1 if qualifier == "at_least" else round(body) == headline


_OUTPUT_MEASURES = frozenset({"industrial_output", "industrial_output_above_size", "industrial_added_value_above_size"})


def _amount_key(fact: MetricFact) -> tuple:
    """What makes two amounts one fact, the amount to four significant figures: prose rounds what a table row under
    it gives exactly ('reached 5.864 billion yuan' over '| 586,420 |' in 10,000 yuan)."""
    return fact.entity, fact.metric, fact.industry, float(f"{fact.value:.4g}"), fact.unit, fact.kind


# the measures a headline's loose word may stand for: its 'output' is the body's output above designated size
_HEADLINE_MEASURE_ALSO = {"industrial_output": ("industrial_output_above_size",),
                          "industrial_added_value": ("industrial_added_value_above_size",)}


def _rounds(value: float, qualifier: str, exact: float) -> bool:
    """Whether a round figure with its qualifier says the exact one in fewer words: 'tops 21 billion' of 21.35
    billion, 'nearly 22 billion' of 21.8 billion.

    >>> _rounds(21e9, "at_least", 21.35e9), _rounds(21e9, "at_least", 25e9), _rounds(22e9, "approx", 21.8e9)
    (True, False, True)
    """
    if qualifier == "at_least":
        return value <= exact <= value * 1.1
    return abs(exact - value) <= value * 0.05


def _rounder(a: float, b: float) -> bool:
    """Whether ``a`` is said with fewer digits than ``b``: 6.9 billion against 6.93 billion, not the other way.

    >>> _rounder(6.9e9, 6.93e9), _rounder(4_523_600_000.0, 4.52e9)
    (True, False)
    """
    def zeros(n: float) -> int:
        digits = str(round(abs(n)))
        return len(digits) - len(digits.rstrip("0"))
    return zeros(a) > zeros(b)


def _same_rounded(a: float, b: float) -> bool:
    """Two amounts that differ by no more than rounding the larger-digit one leaves: 4.13e9 and 4.1265e9.

    >>> _same_rounded(4_130_000_000.0, 4_126_500_000.0), _same_rounded(4_130_000_000.0, 4_110_000_000.0)
    (True, False)
    """
    if a == b:
        return False  # the same amount is ``_dedupe``'s already
    digits = max(len(str(n)) - len(str(n).rstrip("0")) for n in (round(abs(a)), round(abs(b))) if n)
    return abs(a - b) <= 0.5 * 10 ** digits and abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _dedupe(facts: list[MetricFact], strength: list[tuple], milestones: frozenset | set = frozenset()
            ) -> list[MetricFact]:
    """One fact per statement: a heading that restates a body figure is not a second fact.

    Nor is a milestone (``milestones``, the ids of the facts that are one) that the text states exactly too: 'The
    gross regional product exceeded 150 billion yuan for the first time. ... a regional GDP of 151.63 billion yuan'.

    The same amount of two periods is two facts ('Tax revenue | 41,260 | -3.8 | 45,000' for 2022's target, '45,000'
    again as next year's), unless one of them is a heading's or a Chinese line's, which restates the body's
    figure whatever period its own words suggest.
    """
    facts = _headline_output_named(facts, strength)
    if not all(stated[2] for stated in strength):
        # ('... became the zone's third listed company in November' under 'Listed companies: 3'): an ordinal restates
        # the count the page gives, whatever period it suggests
        counted = {(f.entity, f.metric, f.value) for f, stated in zip(facts, strength, strict=True) if stated[2]}
        kept = [i for i, (f, stated) in enumerate(zip(facts, strength, strict=True))
                if stated[2] or (f.entity, f.metric, f.value) not in counted]
        facts, strength = [facts[i] for i in kept], [strength[i] for i in kept]
    best: dict[tuple, tuple[tuple, MetricFact]] = {}
    order: list[tuple] = []
    body_period: dict[tuple, str | None] = {}  # each amount's period as the body first states it
    # (``strength``: (in prose, not on a short line; the rank of the figure's source); a short line is a heading's
    # or a table row's, and only a heading's restates, so a short line's figure is restated only when its source
    # ranks below a sentence)
    for f, (in_prose, rank, *_) in zip(facts, strength, strict=True):
        if (in_prose or rank == _SOURCE_RANK["sentence"]) and f.value is not None and not F.HAN.search(f.evidence):
            body_period.setdefault(_amount_key(f), f.period_end)
    for fact, stated in zip(facts, strength, strict=True):
        if fact.value is None:
            key = (fact.entity, fact.metric, fact.industry, fact.period_end, fact.yoy_pct, fact.kind)
        else:
            key = _amount_key(fact)
            # (a heading's figure with a period of its own line is a figure of its own: a table's row under its
            # header, 'Tax revenue | 41,260 | -3.8 | 45,000' with the year's target)
            restated = (not stated[0] and stated[1] < _SOURCE_RANK["sentence"]) \
                or F.HAN.search(fact.evidence) is not None
            key = (*key, body_period[key] if restated and key in body_period else fact.period_end)
        # (of two statements alike, the one that gives the change too: '... 41.36 billion yuan ▲9.2%' over a chart's
        # '2022: 413.6')
        rank = (*stated, fact.period_end is not None, fact.yoy_pct is not None, len(fact.evidence))
        if key not in best:
            order.append(key)
            best[key] = (rank, fact)
        elif rank > best[key][0]:
            best[key] = (rank, fact)
    kept = [best[k][1] for k in order]
    # a bilingual page's Chinese line restates the English one: '生物医药产业产值1580亿元' under 'Output value of the
    # biomedicine industry was 158 billion yuan' (the industry's Chinese name is not read)
    of_industry = {(f.entity, f.metric, f.value, f.unit, f.kind) for f in kept if f.industry and f.value is not None}
    if of_industry:
        kept = [f for f in kept if f.industry or f.value is None or not F.HAN.search(f.evidence)
                or (f.entity, f.metric, f.value, f.unit, f.kind) not in of_industry]
    # (a sentence's goal of a change alone for another year is a goal of its own: 'GDP growth of about 8.5%' among
    # 2022's targets after 2021's 'GDP is expected to reach 10.23 billion yuan, an increase of 8.5%'; an actual
    # change is the level's restated, whatever period its own sentence suggests)
    valued: dict[tuple, set] = {}
    for f in kept:
        if f.value is not None:
            valued.setdefault((f.entity, f.metric, f.industry, f.yoy_pct, f.kind), set()).add(f.period_end)
    # ... and rounded to a whole percent: 'Zhijiang EDZ's chemical output rises 11% in H1' over '..., up 11.2 percent'
    rounded = {(f.entity, f.metric, f.industry, f.period_end, round(f.yoy_pct), f.kind) for f in kept
               if f.value is not None and f.yoy_pct is not None}
    # ... and a heading's change, whoever it names: 'Daya Bay petrochemical park output rises 6.2%' over 'Output at
    # China's Daya Bay Petrochemical Industrial Park ... rose 6.2% year on year to CNY 312.4bn in 2025'
    headings = {id(f) for f, (in_prose, *_) in zip(facts, strength, strict=True) if not in_prose}
    changed = {(f.metric, f.period_end, f.yoy_pct, f.kind) for f in kept if f.value is not None}
    # ... and a heading's round floor or estimate of a body figure: 'Jiangnan zone's output tops 21 billion yuan in
    # 2021' over 'total industrial output value of 21.35 billion yuan'
    body = {}
    for f in kept:
        if id(f) not in headings and f.value is not None:
            body.setdefault((f.entity, f.metric, f.industry, f.period_end, f.kind), []).append(f.value)
    # (a headline's 'output' is the body's measure above designated size too: 'Rencheng EDZ output tops 30 billion
    # yuan' over 'output value of industrial enterprises above designated size ... reached 31.62 billion yuan'; and its
    # figure may be the body's said short: 'Changyi zone's output reaches 6.9 bln yuan' over 6.93 billion)
    kept = [f for f in kept if id(f) not in headings or f.value is None
            or not any(_rounds(f.value, f.qualifier, value) if f.qualifier in ("at_least", "approx")
                       else f.qualifier == "exact" and _rounder(f.value, value) and _same_rounded(f.value, value)
                       for metric in (f.metric, *_HEADLINE_MEASURE_ALSO.get(f.metric, ()))
                       for value in body.get((f.entity, metric, f.industry, f.period_end, f.kind), ()))]
    if milestones:
        exact: dict[tuple, list[float]] = {}
        for f in kept:
            if f.qualifier == "exact" and f.value is not None:
                exact.setdefault((f.entity, f.metric, f.industry, f.period_end, f.kind), []).append(f.value)
        kept = [f for f in kept if id(f) not in milestones or not any(
            _rounds(f.value, f.qualifier, value) for value in exact.get(
                (f.entity, f.metric, f.industry, f.period_end, f.kind), ()))]
    # a table's exact figure restating the text's rounded one, with the same change: 'total industrial output value
    # of 4.13 billion yuan, up 14.2%' over 'Total industrial output value | 412,650 | 14.2' (10,000 yuan)
    seen: dict[tuple, list[float]] = {}
    restating = []
    for f in kept:
        key = (f.entity, f.metric, f.industry, f.period_start, f.period_end, f.yoy_pct, f.kind, f.unit)
        if f.value is not None and f.yoy_pct is not None and any(_same_rounded(f.value, v) for v in seen.get(key, ())):
            continue
        if f.value is not None and f.yoy_pct is not None:
            seen.setdefault(key, []).append(f.value)
        restating.append(f)
    kept = restating
    # an industry's figure restated with its measure's scope left out: '| Petrochemicals | 6 | 142,780 | ... | 20.0 |'
    # under a table of industries above designated size, then 'Petrochemicals grew 20.0 percent' (the 4 companies,
    # their output) in the prose under it
    # (whichever comes first, the figure with its amount is kept: 'Equipment manufacturing, the park's leading
    # industry, grew 12.6 percent' over '    of which: equipment manufacturing   7.12   58.90   12.6')
    scoped: dict[tuple, str] = {}
    for f in sorted(kept, key=lambda f: f.value is None):
        base = (f.entity, f.metric.removesuffix("_above_size"), f.industry, f.period_end, f.kind)
        keys = [(*base, f.value, None)] if f.value is not None else []
        keys += [(*base, None, f.yoy_pct)] if f.yoy_pct is not None else []
        if f.industry is not None and any(scoped.get(key, f.metric) != f.metric for key in keys):
            scoped[id(f)] = ""
            continue
        for key in keys:
            scoped.setdefault(key, f.metric)
    kept = [f for f in kept if id(f) not in scoped]
    # 'Yinchuan ETDZ: industrial output up 13.6%' in a title restates a body figure that has its level
    return [f for f in kept if f.value is not None or f.yoy_pct is None
            or ((f.period_end not in valued.get((f.entity, f.metric, f.industry, f.yoy_pct, f.kind), ())
                 if id(f) not in headings and f.kind == "target"
                 else (f.entity, f.metric, f.industry, f.yoy_pct, f.kind) not in valued)
                and (not f.yoy_pct.is_integer() or (f.entity, f.metric, f.industry, f.period_end, f.yoy_pct, f.kind)
                     not in rounded)
                and (id(f) not in headings or (f.metric, f.period_end, f.yoy_pct, f.kind) not in changed))]


def _entities(doc: str, text: str, clusters, reader: _Reader) -> list[EntityRecord]:
    places: Counter = count_places(text)
    records = []
    for index, cluster in enumerate(clusters):
        if index in reader.folded:
            continue
        attrs = entity_attributes(cluster, reader.sentences_of.get(index, []), places, text)
        aliases = tuple(n for n in cluster.names if n != cluster.name)
        records.append(EntityRecord(doc, cluster.name, aliases, cluster.entity_type, attrs["level"],
                                    attrs["province"], attrs["city"], attrs["established_year"]))
    return records


# Patterns of the hot paths above, compiled once (re.match(str, ...) looks its pattern up
# in re's cache at every call).
_PART_ENDS = re.compile(r"\s*[;,]")  # a list item's part ends at once: '38 enterprises; output value of ...'
_ITEM_OPENS_WITH = re.compile(r"\s*" + F.BULLET + r"\s*(?:about |nearly |more than |over |some |approximately )?", re.I)
_AREA_OF_THE_ZONE = re.compile(r"[\s-]*(?:(?:bonded|special|pilot|free trade|development|economic|industrial|"
                               r"high-tech)\s+)*(?:zone|park|island|enclave|new area|area|territory)\b", re.I)
# a clause whose subject, an article's noun phrase, covers the area: 'the neighbouring salt pans cover a further ...',
# 'the urban development boundary covers ...'
_OTHER_THING_COVERS = re.compile(
    r"(?:^|[;,]\s*|\b(?:and|while|whereas)\s+)(?P<what>(?:the|its|a|an)\s+[a-z][a-z\s-]{2,50}?)"
    r"\s+(?:covers?|covering|spans?)\s+(?:a further\s+|another\s+|an? (?:total )?area of\s+)?"
    r"(?:about |nearly |more than |over |some )?$")
# (or a zone's part: 'Of this, the northern section covers 10.7 square kilometers')
_ZONE_WORD = re.compile(r"\b(?:zones?|parks?|areas?|districts?|bases?|city|island|enclave|clusters?|estate|platform|"
                        r"hub|county|town|port|sections?|blocks?|sub-?parks?)\b")
# a unit joined to its figure by a hyphen, as an adjective: 'the 7.26-square-kilometer zone'
_ADJECTIVE_UNIT = re.compile(r"\d\s*-\s*[^\W\d_]")
_ARTICLE = r"\b(?:the|an?|its)\s+(?:about |nearly |some |roughly )?$"
_ARTICLE_BEFORE = re.compile(_ARTICLE, re.I)
_TO_BE_BUILT = re.compile(r"\b(?:build|building|construct(?:ing)?|work on|ground on|set up|setting up|launch(?:ing)?)"
                          r"\s+" + _ARTICLE, re.I)
_LIST_ITEM = re.compile(r"\s*(?:" + F.BULLET + r"|\(\d{1,2}\)|\d{1,2}[.)、]\s|[①-⑳])")
# between one zone's figure and another's of the same measure, each zone named after its figure
_ANOTHER_AREA = re.compile(r"(?:\s+(?:in|at|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}?)?\s*,?\s+"
                           r"(?:and|while|but|compared with|against|versus|vs\.?)\s+(?:by\s+)?", re.I)
# a firm's executive giving the figure gives the firm's: '... its revenue rose 34 percent to 3.1 billion yuan,
# said general manager Tian Yu', '..., said Ma Jianhua, the company's chairman'
# (a name is capitalised; the title may be too)
_FIRM_SAYS = re.compile(r"[^.;:\"“”]{0,40}?,\s*(?:said|says|according to)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s*)?"
                        r"(?:its\s+|the\s+(?:company's\s+|firm's\s+)?)?(?i:general manager|chairman|chairwoman|"
                        r"ceo|chief executive|founder)\b")
# ('..., with 3.2 billion yuan of output added by one display-module maker's new line alone': a firm's figure)
_BY_ONE_FIRM_AFTER = re.compile(r"\s+(?:of\s+(?:new\s+)?(?:output(?:\s+value)?|revenue|sales|exports)\s+)?(?:added|"
                                r"contributed|generated|brought|coming|that came)\s+(?:in\s+)?(?:by|from)\s+"
                                r"(?:one|a single|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:enterprise|company|firm|project|"
                                r"plant|factory|producer|manufacturer|maker)(?:['’]s)?\b", re.I)
# a share of a total a part is named after: '(of which 1.36 billion yuan) came from the southern section'
_CAME_FROM_WORDS = r"came from|went (?:in)?to|was (?:invested )?in"
_CAME_FROM = re.compile(r"\s+(?:" + _CAME_FROM_WORDS + r")\s+(?:the\s+)?", re.I)
# '8.2 percent in Dongli EDZ', '1.36 billion yuan came from the southern section'
# (a share 'of it': '..., 2.48 billion yuan of it in the new materials park')
_FIGURE_IN = re.compile(r"\s+(?:of (?:it|this|that|the total)\s+)?(?:in|at|for|" + _CAME_FROM_WORDS
                        + r")\s+(?:the\s+)?", re.I)
# a line under an indicator's name that opens with a period: '  October: 24.37, up 6.2%', '- Jan-Sep: +7.9%'
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
# the line under an indicator that gives the year so far: 'Cumulative: 6.48 billion yuan, +23.7%'
_SO_FAR_LABEL = re.compile(r"(?:cumulative(?:ly)?|accumulated|accumulative|year[- ]to[- ]date|ytd|so far this year|"
                           r"this year so far)(?: total)?", re.I)
_PERIOD_ITEM = re.compile(r"[ \t]*(?:[-•·*][ \t]*)?(?:of which[ \t]+)?(?P<label>[A-Za-z][\w -]{1,28}?)(?:[ \t]+alone)?"
                          r"[ \t]*[:：]")
# a labelled figure that heads a list of its periods: '▶ Operating revenue: 11.43 billion yuan, +12.1%'
_LABEL_AND_FIGURE = re.compile(r"[▶►▸•·*-]?[ \t]*(?P<label>[A-Za-z][^:：\d\n]{2,80}?)[ \t]*[:：][ \t]*"
                               r"(?:RMB|US\$|\$|¥)?[ \t]*[+\-]?\d")
# the parts named after a figure: '..., among them a 5.6-billion-yuan project that broke ground on Sept. 28'
_PARTS_AFTER = re.compile(r",\s*(?:among (?:them|which|these)|including|of which|the (?:largest|biggest) of which|"
                          r"one of (?:them|which))\b|;", re.I)
# a signing on one day: 'on Friday', 'on May 19', 'on the same day', 'yesterday' ...
_ON_A_DAY = re.compile(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the same day)\b|"
                       r"\bon (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|"
                       r"\byesterday\b|\btoday\b|\bthis (?:morning|afternoon|evening)\b|"
                       r"\bsigned (?:on (?:the )?(?:site|spot)|at the (?:ceremony|event|meeting))\b", re.I)
# ... or at an event: 'at a signing ceremony', 'at the investment fair'
_SIGNING_DAY = re.compile(_ON_A_DAY.pattern + r"|\b(?:at|during) (?:a|the|its) [\w\s-]{0,40}?(?:ceremony|conference|"
                          r"fair|expo|forum|event)\b|\bsigns\b", re.I)
# ... the event a sentence sets, and what the next says was done at it
_EVENT = re.compile(r"\b(?:ceremony|conference|signing|activity|event|fair|expo|forum)\b", re.I)
_SIGNED_OR_STARTED = re.compile(r"\b(?:signed|started construction|broke ground|put into production)\b", re.I)
_FOR_THE = re.compile(r"\s+(?:in|for)\s+(?=the\s)", re.I)  # '... for the county and ... for the zone'
_SENTENCE_PART_ENDS = re.compile(r"\s*(?:[.;]|$)")  # the name ends what the sentence says
_IN_PART_OF = re.compile(r"\bin\s+the\s+(?:[\w-]+\s+){1,3}of\s+$")
_LOCATED_IN = re.compile(r"\b(?:located|situated|based|lies|lying|sits|sitting|nestled)\s+(?:with)?in\s+(?:the\s+)?$|"
                         # 'lies in the southwest of Erqi District', 'is located on the eastern edge of ...'
                         r"\b(?:located|situated|lies|lying|sits|sitting|nestled)\s+(?:in|on|at)\s+the\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                         r"south-east|south-west|center|centre|edge|outskirts|part)\s+of\s+$|"
                         # 'is a national-level development zone in the Pudong New Area'
                         # ('The Sichuan Nanxi Economic Development Zone in Yibin's Nanxi District realized ...')
                         # (or in an aside: 'The park, in Longquanyi District on the eastern edge of Chengdu, beat ...')
                         r"\b(?:zone|park),?\s+in\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$|"
                         # ('..., 62 km north of the Wangqing county seat': a distance from a place)
                         r"\b\d[\d.,]*\s*(?:km|kilometers?|kilometres?|miles?)\s+(?:(?:due|to the)\s+)?(?:north|south|"
                         r"east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
                         r"south-west)\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$|"
                         # ('... a provincial-level economic development zone in the north of Qingdao's Jimo District')
                         r"\b(?:zone|park),?\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:north|south|east|west|northeast|"
                         r"northwest|southeast|southwest|center|centre|edge|outskirts|part)\s+of\s+(?:the\s+)?"
                         r"(?:[\w-]+['’]s\s+)?$|"
                         # 'a provincial-level zone set up in 1992 in Ganjingzi District'
                         r"\b(?:set up|established|founded|created|approved|built)(?:\s+in\s+(?:19|20)\d\d)?\s+in\s+"
                         r"(?:the\s+)?$|"
                         # a fact sheet's 'Location: Gaoyi County, Shijiazhuang'
                         r"(?:^|\n)\s*(?:location|address)\s*[:：]\s*$|"
                         # ('... on the northern outskirts of Qiabuqia Town, the seat of Gonghe County, ...')
                         r",\s+the\s+(?:county\s+|district\s+)?seat\s+of\s+$", re.I)
# a relative clause between commas that may list with commas of its own ('..., which make silicon carbide, graphite
# electrodes and activated carbon, realized ...')
_RELATIVE_ASIDE = r"\s*,\s*(?:which|that|whose)\s[^.;\d]{3,160}?,"
_FOR_THE_PLAN_PERIOD = re.compile(r"\s+(?:(?:planned|set|targeted|budgeted|expected)\s+)?(?:for|over|in)\s+the\s+"
                                  r"(?:whole\s+|entire\s+)?(?:plan(?:ning)?\s+period|period\s+of\s+the\s+plan)\b",
                                  re.I)
_WHICH_INCLUDES_ASIDE = re.compile(r",\s*which\s+(?:includes?|included|covers?|has|have|comprises?)\s[^.;\d]{3,160}?,")
_FIRMS_THEN_MEASURE = re.compile(r"(?:\s*,[^,.;]{0,120},|" + _RELATIVE_ASIDE
                                 + r")?(?:\s+in the (?:zone|park))?\s+(?:produced|reali[sz]ed|"
                                 r"reported|recorded|achieved|generated|posted|had|made|turned out)\b[^,.;\d]{0,60}")
# ('investment in the service industry grew 9.1%': the industry's investment, not its output)
_INVESTMENT_IN_BEFORE = re.compile(r"\binvestment in (?:the )?[\w\s-]{0,40}?(?:industry|industries|sector)\s+\w+\s*$",
                                   re.I)
_RESULT_VERBS = r"(?:bringing|taking|raising|lifting)"  # ('..., bringing the total to 214')
_RESULT_CLAUSE_OPENS = re.compile(r",\s+" + _RESULT_VERBS + r"\b", re.I)
_BRINGING_TO = re.compile(r"\b" + _RESULT_VERBS + r"\b[^.;]{0,80}?\bto\s+"
                          r"(?:about |nearly |more than |over )?$", re.I)
_AREA_TO_CHANGE = re.compile(r"\s*,?\s*(?:will|is to|is set to|is planned to)\s+(?:not\s+change|remain\s+unchanged|"
                             r"stay\s+(?:the\s+same|unchanged)|be\s+(?:expanded|enlarged|increased|extended)\s+by)\b",
                             re.I)
_FUTURE_GOAL = re.compile(r"\b(?:will|want|wants|expect|expects|aim|aims|plan|plans|hope|hopes|strive|strives|"
                          r"intend|intends)\b", re.I)
# ('Industrial enterprises above designated size contributed 18.93 billion yuan of output, an increase of 9.4 percent':
# the measure of the amount just given, named after it)
# (or the whole's measure a part's amount is of: 'The northern section produced 13.02 billion yuan of the zone's output
# value above designated size in 2021, up 15.8 percent')
_OF_THAT_TOTAL = re.compile(r"(?:" + _OF_THAT_REFERENCE.pattern + r"|\s*of output(?: value)?|"
                            r"\s*of the (?:zone|park)['’]s [a-z][\w -]{2,60}?(?:\s+in\s+(?:19|20)\d\d)?)(?=\s*,)", re.I)
_FROM_A_SHARE = re.compile(r"\bfrom\s*(?:about |nearly |more than |over |just )?$", re.I)
_SHARE_BEFORE = re.compile(r"\b(?:accounted for|accounting for|accounts? for|made up|makes? up|making up|share|"
                           r"proportion)\b", re.I)
_IN_BRACKETS_AFTER_A_NAME = re.compile(r"\b(?:Park|Zone|Area|Base|Cluster)\s*[(（]\s*$")
_SECTION_NUMBER = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})[.、]\s*")
# the place a zone lies in, named town first: 'lies in Leixi Town, Wenling County', 'located in Gaocun Town, Wuqing
# District, Tianjin'
# ('... is a municipal-level industrial park in Gaoliying Town, Shunyi District, set up in 1994.': what it is, where)
_LOCATED_IN_A_TOWN_OF = re.compile(r"(?:\b(?:located|situated|lies|lying|sits|sitting|based)\s+(?:with)?in|"
                                   r"\b(?:is|was)\s+an?\s+[^,.;]{0,60}?\b(?:park|zone|base)\s+in)\s+(?:the\s+)?"
                                   r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Town|Township|Village|Street|Subdistrict|"
                                   # ('is located in Alihe Town, the seat of the Oroqen Autonomous Banner')
                                   r"Sub-district|Industrial Park|Park|Zone)?(?:,\s*(?:the\s+(?:seat|capital)\s+of\s+"
                                   r"(?:the\s+)?)?|"
                                   # ('is located in Xinkou Town in the west of the district')
                                   r"\s+in\s+the\s+(?:north|south|east|west|(?:north|south)-?(?:east|west)|centre|"
                                   r"center)(?:ern)?(?:\s+part)?\s+of\s+(?:the\s+)?)$")
# the count just given, referred back to: 'lift that number to 70', 'raise the figure to', 'bring the total to'
_RAISE_TO = r"\b(?:lift|raise|increase|bring|grow|push|take|expand)\s+"
_THAT_NUMBER_TO = re.compile(r"(?:" + _RAISE_TO + r"(?:that|the|this)\s+(?:number|figure|count|total)\s+to|"
                             # ('The committee wants that number to reach 30 by the end of 2025')
                             r"\b(?:wants?|expects?|needs?|aims? for)\s+(?:that|this|the)\s+(?:number|figure|count|"
                             r"total)\s+to\s+(?:reach|exceed|top|pass|hit|(?:rise|climb|grow|increase) to)|"
                             # ('... had 94 industrial enterprises above designated size. By the end of March the
                             # number had reached 97': the same count, later)
                             r"\b(?:the|that|this)\s+(?:number|count)\s+(?:had\s+|has\s+)?(?:reached|(?:risen|rose|"
                             r"grown|grew|increased|climbed)\s+to|stood\s+at)|"
                             # ('In 2020 we had 39 enterprises above designated size; today the number is 71', '...;
                             # today there are 83'): the same count now
                             r"\b(?:today|now|currently|at present),?\s+(?:the\s+(?:number|count|total)\s+"
                             r"(?:is|stands\s+at)|there\s+are))\s+"
                             r"(?:about |around |over |more than |at least )?$", re.I)
# the amount just given, referred back to: 'and aims to lift it to', 'to push the figure above'
_LIFT_IT_TO = re.compile(_RAISE_TO + r"(?:it|that|this|the figure|this figure|that figure|the total)\s+"
                         r"(?:to|above|past|beyond|over)\s+(?:about |around |more than |over )?"
                         r"(?:RMB\s?|CNY\s?|USD\s?|US\$\s?|¥)?$", re.I)
# a verb in the past perfect: what had happened before the time reported on
_PAST_PERFECT = (r"\bhad\s+(?:been\s+)?(?:fallen|dropped|declined|slumped|shrunk|risen|grown|rebounded|"
                 r"recovered|plunged|contracted|slowed|stalled|stopped|halted|closed|"
                 # ('..., while the zone's exports for the whole of 2020 had come to 870 million yuan')
                 r"come to|reached|totall?ed|amounted to|stood at)\b")
_HAD_DONE = re.compile(r"[^.;:]*?" + _PAST_PERFECT, re.I)
_HAD_DONE_BEFORE = re.compile(_PAST_PERFECT + r"(?:[^,;.()]|\.(?=\d)){0,40}$", re.I)
# a stretch after an amount, then a second amount: ' in August and ' (the second of the same measure, for its own)
_IN_MONTH = re.compile(r"\bin (?P<month>" + F.MONTH_NAMES + r")", re.I)
_STRETCH_AND = re.compile(r"\s+(?:in|for|during|over)\s+[^,;.]{2,40}?\s+and\s+(?:RMB\s?|¥|US\$\s?)?", re.I)
# a sentence that gives the measure the sentence before ended on, for another stretch: 'Last year's whole-year figure
# was ', 'Zhan Guoqiang: The full-year total stood at '
_THE_FIGURE_WAS = re.compile(r"(?:[A-Z][\w.' -]{1,30}:\s+)?(?:(?:last|this) year's|the|its|that year's)\s+"
                             r"(?:(?:whole|full)[- ]year\s+|annual\s+|same[- ]period\s+)?(?:figure|total)\s+"
                             r"(?:was|had been|stood at|came to|reached|is)\s+"
                             r"(?:about |around |more than |over |nearly )?(?:RMB\s?|¥|US\$\s?)?", re.I)
# a goal for the measure the clause before gave, its amount alone: '..., and our goal for the whole of 2023 is '
_GOAL_IS = re.compile(r"[,;]\s*(?:and|while|but)?\s*(?:(?:our|its|the(?: zone's| park's)?|this year's|next year's)\s+"
                      r"(?:\w+\s+)?(?:goal|target|aim)\b[^,.;:]{0,40}?\s(?:is|was|has been set at|stands at)|"
                      # ('... reached 9.76 billion yuan in the first three quarters, and is expected to exceed 13.3
                      # billion yuan for the whole year': its subject left unsaid)
                      r"(?:is|are)\s+(?:expected|set|projected|forecast)\s+to\s+(?:reach|exceed|top|pass|surpass|hit))\s+"
                      r"(?:about |around |over |more than |at least )?(?:RMB\s?|CNY\s?|USD\s?|US\$\s?|¥)?$", re.I)
# where a figure comes from: 'according to the county statistics bureau', 'data from the district's ...'
_SOURCE_BEFORE = re.compile(r"\b(?:according to|data (?:from|of)|figures (?:from|of)|statistics (?:from|of)|"
                            r"(?:said|says|reported|published) by)\s+(?:the\s+)?$", re.I)
# a line that gives a figure its label: 'Fixed-asset investment: RMB 4.5 billion', '3. Tax revenue: 4.4 (+9.5%)' (not
# a caption's unit, '(unit: 100 million yuan)'); a few words may come before the figure ('Output value ...: growth of no
# less than 10%')
# a line set in under an item, labelled before a colon ('    new energy battery cluster: 6.35 billion yuan'), and the
# item of a measure over it ('- Output value ...: 18.62 billion yuan, up 12.4%')
_SET_IN_LABEL = re.compile(r"(?P<indent>[ \t]{2,})(?P<label>[^\s:：\d()（）-][^:：\d()（）\n]{1,60})"
                           r"[:：][ \t]*\D{0,4}\d")
_ITEM_OF_A_MEASURE = re.compile(r"[ \t]{0,3}(?:[-–—•·*●▪■◆]|\d{1,2}[.)、])[ \t]*[^:：\n]{3,90}[:：][ \t]*\D{0,4}\d")
_LABELLED_FIGURE_LINE = re.compile(r"\s*(?:\d{1,2}[.)、]\s*)?[^:：\d()（）\n]{2,80}[:：]\s*"
                                   r"(?:[^\s\d:：]+\s+){0,6}\D{0,3}\d")
_NO_FIGURE_BUT_A_YEAR = re.compile(r"(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d))*")
# (or a filled square: '■ Annual target' over its goals)
# ('🎯 Part 4 | What we will do in 2025': a numbered part of a post)
_EMOJI_HEADING = re.compile(r"\s*[\u25a0\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?\s*(?:(?:19|20)\d\d\s+)?"
                            r"(?:(?:Part|Section|Chapter) \d{1,2}\s*[|:：]\s*)?"
                            r"[A-Za-z][^\d]*(?:\s(?:19|20)\d\d)?[^\d]*")
_FIGURE_IN_BRACKETS = re.compile(r"[(（]\s*(?:RMB|CNY|US\$|USD|\$|¥)?\s*\d[\d.,]*\s*(?:(?:billion|million|trillion|bn|"
                                 r"100 million|hundred million|ten thousand|10,000)\s+)?(?:yuan|rmb|us dollars|dollars|"
                                 r"usd|percent|%)\s*$", re.I)
_CLOSING_BRACKET = re.compile(r"\s*[)）]")
_BRACKET_OPENS_BASE = re.compile(r"\s*[(（]\s*(?:about |nearly |more than |over )?")
# a sentence that opens with the year it is about: 'In 2015, ...', 'During 2019, ...'
# (after a yearbook entry's label: 'Economic Operation  In 2015, ...', '[Economic Operation] In 2018, ...')
_OPENS_WITH_A_YEAR = re.compile(r"\s*(?:[A-Z][A-Za-z ]{2,40}?(?: {2,}|\t)|[\[【][^\]】]{1,40}[\]】]\s*)?"
                                r"(?:In|During|Throughout)\s+(?P<year>(?:19|20)\d\d)\s*,")
# a period's own words that give its year: '2015', 'this year', 'last year', 'next year'
_YEAR_OR_RELATIVE = re.compile(r"(?:19|20)\d\d|\b(?:this|last|next|previous|current|same)\b", re.I)
_APPOSITIVE_PERIOD = re.compile(r"\s*,\s*")
# whom a zone answers to: 'What answer sheet did the zone hand in to the people of Lanling County?'
# what a zone is ranked among, and where they lie: 'one of the oldest development zones in ', 'the largest park of '
_RANKED_AMONG_ZONES_IN = re.compile(r"(?:\bone of\b|\bamong\b|\bthe \w+est\b)"
                                    r"[^.;,]{0,60}?\b(?:zones?|parks?|platforms?|bases?|clusters?|carriers?)\s+"
                                    r"(?:in|of)\s+$", re.I)
_ITS_PEOPLE = re.compile(r"\b(?:to|for|of|by)\s+the\s+(?:people|residents|citizens|masses)\s+of\s+$", re.I)
# what may open an interview's question line before the question: '9. ', 'Reporter: ', 'Q3: '
_ASKER = r"(?:Reporter|Journalist|Host|Question|Q\d{0,2})"  # who asks in an interview's transcript
_QUESTION_OPENS = re.compile(r"\s*(?:\d{1,2}[.、)]\s*|" + _ASKER + r"\s*[:：.]\s*)?")
# ... and a line that opens with the asker's turn, perhaps after its time: '[04:05] Host: '
_ASKER_OPENS = re.compile(r"\s*(?:\[[\d:]{4,8}\]\s*)?" + _ASKER + r"\s*[:：]", re.I)
_AREA_WORD_IN_QUESTION = re.compile(r"\b(?:county|district|city|province|town|region)\b", re.I)
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
_TURN_WORDS = re.compile(r"turned|returned|swung|switched|rebounded|bounced")
_TURNED_IN = re.compile(r"\b(?:turned|returned|swung|switched|rebounded|bounced back)\b[^.;]{0,40}?"
                        r"\b(?:in|from|during|since)\s+(?:the\s+)?$", re.I)
_BUT_AFTER_PERIOD = re.compile(r",\s+but\s")
_COMBINED_INVESTMENT = re.compile(r"\bcombined investment\b", re.I)
# one thing built, named in the singular, then what it costs: 'An offshore wind turbine blade base with a total
# investment of', 'the Jiangxi Ganfeng Food Industrial City, with a total investment of', 'S214 (total investment'
# (not the zone the projects are in: '23 projects have been under construction in the park with a total ...')
# (or after a firm's name: "Sichuan Longfeng New Energy's 200,000-tonne lithium iron phosphate precursor project, with
# a total investment of 4.6 billion yuan")
# a project's data sheet, by its first label: 'Project name: ...' on a line of its own, in the same block of lines
_QUOTED_NAME_THEN_BRACKET = re.compile(r"[\"”][ \t]*[(（][ \t]*(?:RMB|CNY|USD|US\$|\$|¥|HK\$)?[ \t]*$")
_PROJECT_SHEET_ABOVE = re.compile(r"^[ \t]*(?:[-•·*]\s*)?(?:project name|name of (?:the )?project)[ \t]*[:：][^\n]*\n"
                                  r"(?:[ \t]*[^\n\s][^\n]*\n){0,10}$", re.I | re.M)
_ONE_PROJECT_WITH = re.compile(r"(?:(?:(?<!\bin\s)(?<!\bat\s)(?<!within\s)\b(?:a|an|the)\s+|['’]s\s+)"
                               r"(?:[\w'’-]+\s+|\d[\d,]*[\w-]*\s+){1,8}?"
                               r"(?:project|park|base|city|plant|line|"
                               r"cent(?:er|re)|headquarters|factory|mill|hub|complex|facility|phase|section|road|"
                               r"avenue|bridge|highway|station|warehouse|port|terminal|workshop)"
                               r"\s*,?\s+with\s+(?:a|an)\s+|[A-Za-z\d]\s+[(（]\s*)(?:planned\s+)?(?:total\s+)?"
                               r"(?:planned\s+)?investment(?:\s+of)?\s*[:：]?\s*(?:about\s+|nearly\s+|more than\s+|"
                               r"over\s+|some\s+)?(?:RMB|CNY|US\$|\$|¥|yuan)?\s*$", re.I)
_WHILE_ITS_GREW = re.compile(r"\b(?:while|and|but|whereas)\s+"
                             r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+){0,4})"
                             r"['’]s\s+(?:grew|rose|increased|climbed|fell|declined|dropped|was up|was down)\s*"
                             r"(?:by\s+)?$", re.I)
_AVERAGE_RATE = re.compile(r"\b(?:average annual|annual average)\b", re.I)
_ZONE_IN_TITLE = re.compile(r"\b(?:development zone|industrial park|high-tech zone|industrial zone)\b", re.I)
_PART_OF_BEFORE = re.compile(r"\b(?:park|zone|area|platform|base|carrier)s? of (?:the )?$", re.I)
# the next industry of a list of industries' figures, its measure left out: '; agricultural products processing '
_NEXT_INDUSTRY = re.compile(r"[\s,;]*(?:and\s+|while\s+)?(?P<name>[A-Za-z][\w\s-]{2,50}?)\s*:?\s*"
                            r"(?:about |nearly |more than |over )?")
# a heading set in capitals: 'ENTERPRISES (end of year)', 'LAND', 'KEY FIGURES 2023'
_IN_CAPITALS = re.compile(r"[^a-z\n(（]*[A-Z]{3}[^a-z\n(（]*(?:[(（][^)）\n]*[)）])?[\s:：]*")
_IT_IS_OPENS = re.compile(r"[\s\"“']*It\s+(?:is|was|serves as|has become|became|remains)\b")
# where a product comes from: 'Juice, candied peel and pomelo tea from Rong County are sold in more than 20 countries'
# a line that only says where the zone lies: '– Qianxi County, Tangshan, Hebei' (the name, its city and province)
# a line that gives where the zone is: 'Location: Xiaopu Town, Changxing County, ...', '• Address: ...'
_SET_IN_FAR = re.compile(r"[ \t]{8,}\S")  # the rest of a label's value, set in under it
_PLACE_LABEL = re.compile(r"[ \t]*(?:" + F.BULLET + r")?[ \t]*(?:location|address|where(?: it is| we are)?|site)"
                          r"[ \t]*(?:[:：]|\.{3,})[^\n]*$", re.I)  # (or its dot leaders: 'Location ........ ')
_ADDRESS_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:" + F.BULLET + r"|–|—)?[ \t]*$")
_ADDRESS_AFTER = re.compile(r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+(?:City|Province|Prefecture))?){1,2}"
                            r"[ \t]*[.;]?[ \t]*(?:\n|$)")
_PRODUCT_FROM = re.compile(r"\b(?:products?|goods|tea|juice|fruit|produce|specialt(?:y|ies)|\w+s)\s+(?:grown |made |"
                           r"produced )?from\s+(?:the\s+)?$", re.I)
# a name in a clause that only sets the scene ('When the Shanghai FTZ was extended in 2015, the area became
# ...', '... created when Pudong was opened up'), or owning a part of itself that is the subject ('the free
# trade zone's Jinqiao section'): not what the next sentences are about
_SCENE_SETTING = re.compile(r"\b(?:when|after|before|once|until|while|although|though|because)\b[^,;]*$", re.I)
# 'accounting for 31.4% of the Haidong Industrial Park': the whole a share is of, not what the text is about
_SHARE_OF = re.compile(r"\b(?:accounting for|accounts? for|making up|makes? up|representing)\s+(?:about |nearly |over |"
                       r"more than )?[\d.]+\s*(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:total\s+(?:of|in)\s+"
                       r"(?:the\s+)?)?$", re.I)
# ... or said as a share's noun: 'its share of the county total'
_SHARE_OF_THE = re.compile(r"\bshare of (?:the\s+)?$", re.I)
_OWNS_A_PART = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:section|area|part|portion|sub-?zone|sub-?park)\b", re.I)
_LAST_CLAUSE = re.compile(r"[,;]")
# ('..., so the third quarter did the heavy lifting: output value in the third quarter alone was ...')
_CLAUSE_OR_COLON = re.compile(r"[,;:]")
# ('In the first half we were still 2.1 percent below last year, with output value of 710 million yuan')
_WHOSE_MEASURE = re.compile(r"\s*whose (?:output(?: value)?|added value)\s+(?:grew|rose|increased|fell|dropped|"
                            r"declined|was|reached|totall?ed)(?: by)?\s*", re.I)
# a quarter or a half of the year, opening what is said of it ('In the second quarter alone, ')
_PART_OF_THE_YEAR = r"(?:in|for|during) the (?:first|second|third|fourth|last|final) (?:quarter|half)(?: alone)?,? "
_A_STRETCH_OPENS = re.compile(r"\s*" + _PART_OF_THE_YEAR + r"|\s*(?:in|for|during) (?:January|February|March|April|"
                              r"May|June|July|August|September|October|November|December)(?: alone)?,? ", re.I)
_WITH_THE_SAME_MEASURE = re.compile(r"\s*with (?:the |its |their )?(?:output(?: value)?|added value) of\s*", re.I)
# (on the folded sentence)
_ABOVE_SIZE_SUBJECT = re.compile(r"enterprises above\s+designated\s+(?:size|scale)\b[^,;]{0,80}?\b(?:reali[sz]ed|"
                                 r"achieved|produced|recorded|posted|reported|generated|completed)\b")
# a count right before the firms a sentence names (not a year): the firms counted, as an object
_COUNT_BEFORE_FIRMS = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d(?:[\d,]*\d)?\s+(?:industrial\s+)?$")
# ('..., and realized industrial added value of 1.37 billion yuan': its verb again)
_AND_MEASURE = re.compile(r"\s*(?:and\s+)?(?:(?:reali[sz]ed|achieved|recorded|posted|completed|generated|produced)\s+)?"
                          r"(?:an? |the |total |their )?(?:industrial )?(?:output value|added value)"
                          r"(?: of)?\s*(?:about |nearly |more than |over )?", re.I)
_DAY_DATE = re.compile(r"[A-Za-z]\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
                       r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+(?:19|20)\d\d")
_SINCE = re.compile(r"since\b", re.I)
_SINCE_YEAR = re.compile(r"since\s+(?:19|20)\d\d\b", re.I)
# a change over the years of the change before it: '... went from 1.86 billion yuan to 2.73 billion yuan over the
# same period'
# (or the span the text has just given by its ends: 'over the decade', 'over those ten years')
_SAME_SPAN = re.compile(r"\b(?:over|during|in) (?:the same (?:period|years|span)\b(?! (?:of|last|a year))|"
                        r"(?P<decade>the (?:past |last )?decade|th(?:ose|ese) ten years)\b|th(?:ose|ese) years\b)",
                        re.I)
_ASIDE_THEN_TO = re.compile(F.ASIDE_ON_A_DATE + r"\s*to\s", re.I)
_SCENE_IN = re.compile(r"\b(?:on|one)\s+an?\s+(?:[\w-]+\s+){0,2}(?:morning|afternoon|evening|night|day)\s+"
                       r"(?:(?:in|of)\s+)?(?:early\s+|late\s+|mid-)?$", re.I)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+$")  # '25 January 2019': a day's date, no period
# (or with a noun between: 'Nanguan Industrial Park, the main carrier of the district's industry, realized ...')
# ('Qilu Software Park, the zone's flagship park, ...'; or what it is said to be: 'The Auto Parts Area remained the
# park's mainstay, turning out ...')
_APPOSITIVE_OWNER = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of|in|for)\s+)?|"
                               r"\s+(?:remained|remains|is|was|became|becomes|has become)\s+(?:still\s+)?")
_BUILT_BY = (r"(?:jointly\s+|co-)?(?:built|developed|run|operated|set up|established|founded|launched)"
             r"(?:\s+jointly)?(?:\s+(?:since|in)\s+(?:19|20)\d\d)?\s+by")
_ASIDE_BEFORE = re.compile(r",\s*(?:which|where|home to|adjacent to|next to|near|bordering|including|such as|"
                           r"(?:now )?(?:a )?part of|administered by|under|"
                           # 'Huangdai Industrial Park, in the north of Xiangcheng District, Suzhou, closed 2018 with'
                           r"(?:in|on|at) the (?:[\w-]+ )?(?:north|south|east|west|northeast|northwest|southeast|"
                           r"southwest|part|heart|centre|center|outskirts|suburbs|edge|bank|banks|shore|foot) of|"
                           # 'The Suzhou-Suqian Industrial Park, a cooperation park jointly built since 2006 by the
                           # China-Singapore Suzhou Industrial Park and ..., saw ...': its builder is an aside
                           r"(?:an? [\w\s-]{0,40}?)?" + _BUILT_BY + r"|"
                           # 'The Huzhen Industrial Park, our main platform for manufacturing in the south of the
                           # county, realized ...': what the zone is to the place, said between commas
                           r"(?:our|its|their|the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:platform|carrier|base|engine|hub)s?|"
                           # ('Guangchang Xujiang Industrial Park, founded in 2002 ... and the main carrier of the
                           # county's industry, realized ...': when it was founded, said between commas)
                           r"(?:founded|established|set up|opened|launched|approved)\s+in\s+(?:19|20)\d\d"
                           r")\b[^,;]*$", re.I)
_IN_THE_ZONE = re.compile(r"\s+(?:in|within|inside|of)\s+")
# ('... 2.1 times the level at the end of the 12th Five-Year Plan': the level's year after its noun)
_TIMES_THE = re.compile(r"\b(?:times|fold)\s+(?:the\s+|that\s+|its\s+)?(?:(?:level|figure|total|amount|size|scale)\s+"
                        r"(?:(?:of|at|in|at the end of|by the end of)\s+)?)?$", re.I)
_THAT = re.compile(r"\bthat\s*$")  # '3 times that of 2022': the base's year
# '..., up from 75.96 billion yuan last year', '..., compared with 312 million US dollars in the same period of
# last year', '... 1,063, up from 948 a year earlier': a figure, then the same figure for an earlier date
# the latest figure's own date between it and what it is compared with ('... 9.8 billion yuan last year from ...')
# ('a target of 30 billion yuan for 2025, up from 13.2 billion yuan in 2020': a goal's year)
_LEVEL_S_DATE = (r"\s+(?:in|at the end of|by the end of|for|by) (?:19|20)\d\d|\s+(?:this|last) year|"
                 # ('57 industrial enterprises ... at the end of September, up from 51 a year earlier')
                 r"\s+(?:in|at the end of|by the end of) " + F.MONTH_NAMES + r"(?:,? (?:19|20)\d\d)?")
# an amount, then the words up to a deadline after it: '30 billion yuan ' before 'by 2020'
# what may stand between a figure and its own date set aside from the sentence's ('... 16.21 billion yuan in the first
# half of last year to ...')
_ONLY_IN = re.compile(r"\s*(?:(?:in|during|for)\s+)?")
# a chart's caption over a span of years and its values, one a year: '..., 2019-2023 (100 million yuan): 171.5 | 168.2 |
# 198.7', '... at year-end, 2020-2024 - 86, 104, 131'
_SPAN_SERIES = re.compile(r"(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)\b[^\d\n]{0,40}?(?:\([^()\n]{1,30}\))?"
                          r"[^\d\n]{0,10}?(?:[:：]|\s[-–—]\s)\s*"
                          r"(?P<values>\d[\d,.]*(?:\s*(?:[|,;]|,?\s*and)\s*\d[\d,.]*)+)\s*[\]\"'.)]*\s*$")
# a chart's values, each after the year, month or quarter it is of: '2018: 286.4 | 2019: 312.9', 'Jan 5.1 | Feb 4.3',
# '2022 Q1 4,860, Q2 5,330; 2023 Q1 5,210' (after the caption's colon, or on a line of their own)
_SERIES_ITEM_LABEL = r"(?:(?:19|20)\d\d|Q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?)"
_SERIES_VALUE = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SERIES_ITEM = re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s+(?=Q[1-4]))?(?P<label>" + _SERIES_ITEM_LABEL +
                          r")(?:\s*[:：]\s*|\s+)(?P<value>" + _SERIES_VALUE + r")(?![\d,]*\.?\d)", re.I)
_SERIES_ITEM_TEXT = r"(?:(?:19|20)\d\d\s+(?=Q[1-4]))?" + _SERIES_ITEM_LABEL + r"(?:\s*[:：]\s*|\s+)" + _SERIES_VALUE
_SERIES_TAIL = re.compile(r"(?:(?<=[:：]\s)|(?<=[:：])|^\s*)" + _SERIES_ITEM_TEXT + r"(?:\s*[|;,]\s*" +
                          _SERIES_ITEM_TEXT + r")+\s*[.]?\s*$", re.I)
_SERIES_LINE = re.compile(r"\s*" + _SERIES_ITEM_TEXT + r"(?:\s*[|;,]\s*" + _SERIES_ITEM_TEXT + r")+\s*", re.I)
_FROM_JANUARY = r"(?:january|jan\.?)\s*(?:-|–|to|through)\s*"  # the first month of a span: 'January-', 'Jan. to '
# a chart's or an image's number before its caption: '[Image 3]', 'Chart 2:', 'Figure 4 -'
_CHART_NUMBER = re.compile(r"^\s*[\[(【]?\s*(?:image|chart|figure|fig\.|graph|picture|infographic)\s*\d{1,2}"
                           r"\s*[\])】:：.]?", re.I)
# the months a chart gives for each of its years: 'January-October of each year', 'first half of each year'
_EACH_YEAR_MONTHS = re.compile(r"\b(?:" + _FROM_JANUARY + r"(?P<month>" + F.MONTH_NAMES +
                               r")|(?:the )?first (?P<part>half|three quarters))(?: of)? (?:each|every) year\b", re.I)
_WITHIN_A_YEAR = re.compile(r"\b(?:" + F.MONTH_NAMES + r"|quarters?|half|months?)\b", re.I)
_AMOUNT_THEN = re.compile(r"\s*,?\s*(?:and|then|rising to|before reaching)?\s*(?:to\s+)?"
                          r"(?:about |more than |over |some )?\d(?:[\d,.]*\d)?\s*"
                          r"(?:%|percent|(?:billion|million|trillion)?\s*(?:yuan|dollars|US dollars)|billion|"
                          r"million)\s*", re.I)
# a base's months in a year of its own: 'in January-June 2023', 'at the end of June 2023'
_BASE_SPAN = re.compile(r"\s+(?:in |during |for )?(?:" + _FROM_JANUARY + r"|"
                        r"(?:at |by )?the end of )"
                        r"(?P<month>" + F.MONTH_NAMES + r"),?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# a base with no date of its own where its clause ends
_BASE_UNDATED_END = re.compile(r"\s*(?:[.;]|,\s+(?:helped|driven|thanks|as|mainly|largely|with)\b|$)", re.I)
_BASE_BEFORE = re.compile(r"(?:" + _LEVEL_S_DATE + r"|"
                          r"\s+(?:in|during|over) the (?:(?:first|second|third|fourth|last) )?"
                          r"(?:half|quarter|three quarters|\w+ months)(?: of (?:the year|(?:19|20)\d\d))?|"
                          # ('11.26 billion yuan in January-March, compared with 10.14 billion yuan ...')
                          r"\s+(?:in|during) " + F.MONTH_NAMES + r"\s*(?:-|–|to|through)\s*" + F.MONTH_NAMES +
                          r"(?:,? (?:19|20)\d\d)?)?[\s,;(]*"
                          # ('..., up 9.3 percent year on year, and up from 4.71 billion yuan in the first half')
                          r"(?:and\s+)?(?P<word>(?:up|down|rising|falling|increasing|decreasing)\s+from|"
                          r"compared (?:with|to)|against|versus|vs\.?|"
                          # ('..., up 15.2% over the 422 million yuan of the same period last year': after the change)
                          r"(?<=%)\s*(?:over|from)(?:\s+the)?|(?<=percent)\s*(?:over|from)(?:\s+the)?|"
                          # ('... will reach 45 billion yuan by 2027, from 21.3 billion yuan in 2024')
                          r"(?<=,\s)from)\s+"
                          r"(?:about |nearly |more than |over |some |just |only )?", re.I)
_THE_N_YEARS = re.compile(r"\b(?:over|in|during|across|for)\s+(?:the|those|these)\s+(?:past\s+)?"
                          r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b", re.I)
_FIRST_YEARS_OF_PLAN = re.compile(r"\b(?:in|during|over|for)\s+the\s+first\s+(?P<n>two|three|four|\d)\s+years\s+of\s+"
                                  r"(?:the|its)\s+(?:plan|(?:\d{2}th\s+|fourteenth\s+|fifteenth\s+)?five-year\s+plan)"
                                  r"(?:\s+period)?\b", re.I)
# ('31 food-processing enterprises in the zone', after a line on the county: the zone's)
_OPERATE_IN = re.compile(r"(?:\s+(?:now\s+)?(?:operate|are based|are located|are stationed|have settled|are registered|"
                         r"have gathered))?\s+in\s+", re.I)
_FROM_AFTER_TO = re.compile(r"(?:" + _LEVEL_S_DATE + r")?\s+(?P<word>from)\s+"
                            r"(?:about |nearly |more than |over |some )?", re.I)
_THE_YEAR_LEVEL_OF = re.compile(r"\bthe (?P<year>(?:19|20)\d\d) (?:level|figure|total|value) of\s+"
                                r"(?:about |nearly |more than |over |some )?$", re.I)
# the goal of the area the sentence before gave, referred to as 'it': 'The new plan expands it to 20 square kilometers'
_EXPANDS_IT_TO = re.compile(r"\b(?:expands?|expanding|enlarges?|enlarging|extends?|extending|raises?|raising|"
                            r"increases?|increasing)\s+it\s+to\s+(?:about |nearly |more than |over )?$", re.I)
# a level now, set in an aside, and the verb of the goal for it after the aside: '..., currently 7.4 square
# kilometers, will be expanded to 10 square kilometers'
_NOW_WORD = r"(?:currently|now|at present|today)"
_NOW_BEFORE = re.compile(r",\s*" + _NOW_WORD + r"\s+(?:about |nearly |more than |over |some )?$", re.I)
# (the now-word left out: 'Output value of lightweight auto parts, 8.6 billion yuan in 2024, is expected to ...')
_ASIDE_LEVEL_BEFORE = re.compile(r",\s*(?:" + _NOW_WORD + r"\s+)?(?:about |nearly |more than |over |some )?$", re.I)
_TO_BE_RAISED_TO = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*,\s*(?:will|is (?:to|set to|expected to|planned to)|"
                              r"are (?:to|set to|expected to)|should|would)\s+(?:be\s+)?"
                              r"(?:expanded|extended|enlarged|increased|raised|grow|reach|rise|expand|increase|exceed)"
                              r"\s+(?:to\s+)?(?:about |nearly |more than |over )?", re.I)
# ('nearly double the 63.8 billion yuan recorded in 2024')
_OF_THE_YEAR = re.compile(r"\s+(?:(?:recorded|registered|reported|achieved|realized|posted)\s+)?(?:of|in) "
                          r"(?P<year>(?:19|20)\d\d)\b", re.I)
_ROSE_TO = re.compile(r"\b(?:rose|grew|increased|climbed|jumped|surged|fell|declined|dropped|decreased|slipped)\s+"
                      r"(?:by\s+[\d.]+\s*(?:%|percent|per cent)\s+)?to\s+(?:about |nearly |more than |over )?$", re.I)
# ... or the base after its period: '142,650, same period of last year 128,170', '..., the same period last year: 37'
# a month that a figure so far is made of, after 'among them' or 'of which' (其中3月完成)
# (or a quarter of it: 'Of this, the second quarter alone contributed 2.91 billion yuan')
_A_MONTH_OF_IT = re.compile(r"\s*,?\s*(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December|(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter)"
                            r"(?:\s+alone)?\s*,?\s*(?:completed|was|reached|reali[sz]ed|recorded|achieved|came to|hit|"
                            r"stood at|contributed|brought|added)?\s*(?:about |nearly |more than |over )?", re.I)
_PART_THEN_MONTH = re.compile(r"\b(?:among them|of which)\b" + _A_MONTH_OF_IT.pattern + "$", re.I)
# a heading over a block of firms' counts, and a label there that needs it to say what it counts
_FIRMS_HEADING = re.compile(r"\W*(?:enterprises|firms|companies|market entities|business entities)\b", re.I)
_ABOVE_SIZE_ALONE = re.compile(r"(?:above|over) (?:the )?designated (?:size|scale)", re.I)
# a sentence whose subject is a firm, named in full: 'Shenyang Hengxin Transmission Machinery Co., Ltd. delivered',
# 'Dandong Ruida Instrument Co., Ltd., founded in 1998, moved ...', or by the name a report gives it: 'The Company is
# mainly engaged in land consolidation ... in the Luotang EDZ.'
_FIRM_SUBJECT = re.compile(r"[\s\"“']*(?:(?:[A-Z][\w&'’.-]*\s+){1,8}?(?:Co\.,?\s*Ltd\.?|Co\.|Company|Corporation|"
                           r"Group|Inc\.)|The (?:Company|Issuer|Group))(?:,|\s+(?:\([^()]*\)\s+)?[a-z])")
# ('It makes ...', 'In 2022 it recognized land consolidation revenue of ...')
_IT_OPENS_A_SENTENCE = re.compile(r"[\s\"“']*(?:It|(?:In|For|During)\s+[\w\s-]{2,30}?,?\s+it)\s+"
                                  r"(?!is\s+(?:expected|estimated|reported|understood|planned)\b)")
# a paragraph of plans, by its label: 'Next steps:', 'Work plan for 2024:', 'Plans for next year:'
_PLAN_LABEL = re.compile(r"[ \t]*(?:next steps?|work plans?(?: for [\w ]{2,20})?|plans? for (?:the )?next year|"
                         r"(?:next year|20\d\d)['’]s (?:work|plans?|tasks)|work arrangements? for [\w ]{2,20})"
                         r"[ \t]*[:：]", re.I)
# what a figure is compared with, named after it: '1.6 percentage points higher than the county average'
# ('..., compared with 6.2% for Nansha District as a whole': the figure of what the zone is compared with)
_PARAGRAPH_OPENS = re.compile(r"\n[ \t]*\n[ \t]*$")
# a part named after its share of an area ('10.9 square kilometers in the northern section', '7.3 in the south park')
# or before it ('the core area accounts for 9.1 ...', 'the eastern expansion area for 6.5', 'the new materials park
# with 7.6')
_IN_A_PART_AFTER = re.compile(r"[ \t]+(?:is[ \t]+|lies?[ \t]+)?in[ \t]+(?:the[ \t]+)?(?=[A-Za-z])")
_PART_HAS_BEFORE = re.compile(r"(?<=\S)[ \t]+(?:accounts?[ \t]+for|covers|occupies|takes[ \t]+up|with|for)[ \t]+"
                              r"(?:about[ \t]+|nearly[ \t]+|some[ \t]+)?$")
_ITEM_MARK = r"(?:[-–•·*▪◦]|\d{1,2}[.)])"
_TOP_ITEM_AFTER_SUB_ITEM = re.compile(r"\n[ \t]+" + _ITEM_MARK + r"[ \t][^\n]*\n(?:" + _ITEM_MARK + r"[ \t]*)?$")
# where a figure came from, no subject: '..., almost all of it from the Logistics and Processing Area', 'the rest
# from the South Area'
_SOURCE_OF_IT = re.compile(r"\b(?:all|most|much|half|some|part|the bulk|the rest|the remainder)\s+(?:of\s+(?:it|them|"
                           r"this|that)\s+)?(?:(?:came|coming|was|were)\s+)?from\s+(?:the\s+)?$", re.I)
# what a part named before is of, in an aside after its name: 'The Pandong Textile and Garment Area, the oldest part of
# the park, produced ...'
_PART_OF_IT = re.compile(r",\s*(?:the|a|one)\s+(?:[a-z-]+\s+){0,2}(?:part|section|corner)\s+of\s+(?:the\s+)?$")
# (or the one a difference in points is against: '..., or 1.7 percentage points below Huanan's growth')
_COMPARED_WITH_IT = re.compile(r"\b(?:than|compared (?:with|to)|percentage points? (?:below|above|behind|ahead of))\s+"
                               r"(?:that of\s+|those of\s+|in\s+|"
                               r"[-+]?\d[\d.,]*\s*(?:%|percent|per cent)\s+(?:for|in)\s+)?$", re.I)
_WHEN_THEN_BASE = re.compile(r"\s*[,;，]\s*(?P<when>(?:compared with |against |versus |vs\.? )?(?:in |during )?"
                             r"(?:the )?same period (?:of |in )?(?:last|the previous|the preceding) year)"
                             r"\s*(?:was\s+|of\s+|:\s*)?(?:RMB\s*|¥\s*)?", re.I)
_MONTH_NAMES = F.MONTH_NAMES
# (a month's change on its month: 'over February', not 'from May last year' nor 'from January to September')
_OVER_THE_MONTH_BEFORE = re.compile(
    r"\s*(?:(?:on|over|from|compared (?:with|to)|than)\s+(?:the\s+)?(?:previous|preceding|prior|last)\s+"
    r"(?:month|quarter)\b|(?:over|from|on|compared (?:with|to)|than)\s+" + _MONTH_NAMES + r"(?=\s*[,.;)]|\s*$)|"
    r",?\s*(?:month|quarter)[- ]on[- ](?:month|quarter)\b)", re.I)
_OVER_SEVERAL_YEARS = re.compile(r"\s*(?:in|over|during|within|across)\s+(?:the\s+(?:past|last|previous)\s+)?"
                                 r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b|"
                                 r"\s*(?:in|over)\s+(?:a|the\s+(?:past|last))\s+decade\b", re.I)
# ('The park was founded in 2002 on 1.3 square kilometers of riverside farmland', 'set up in 2015 on 2.7 sq km')
_FOUNDED_ON = re.compile(r"\b(?:(?:is|was|were) (?:founded|set up|established|built)|(?:began|started) life)\s+"
                         r"(?:in\s+(?P<year>(?:19|20)\d\d),?\s+)?on\s+(?:an?\s+(?:site|plot|area|stretch|patch|tract)\s+of\s+)?"
                         r"(?:about |some |just |only |nearly |roughly )?$", re.I)
# a transcript's speaker before what they say: 'TSERING DONDRUB: ', 'A: ', 'Reporter: '
# an answer's figure named by nothing but a verb: 'For the whole of 2017 it was', 'Last year we did', 'This year our
# target is', 'We aim for'
_ANSWER_OPENS = re.compile(r"(?:(?:last|this|next) year|(?:in|for) (?:the (?:whole|full) (?:year )?of )?(?:19|20)\d\d|"
                           r"for the (?:whole|full) year)?,?\s*(?:(?:it|we|the figure|the park|the zone)\s+"
                           r"(?:was|were|did|made|achieved|reached|realized|realised|posted|got|hit|came to|totaled|"
                           r"aim (?:for|at)|are aiming (?:for|at)|want|hope to (?:reach|break|top|pass))|"
                           r"(?:our|the) (?:target|goal|aim) (?:is|was))\s+"
                           r"(?:about |nearly |close to |more than |over |just over |just under |some |roughly )?$",
                           re.I)
_SPEAKER = re.compile(r"^\s*(?:[A-Z][A-Z.'’ -]{0,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[:：]\s*")
# a line of a block of figures: short, and no sentence ('Output value above designated size 408.6, YoY +21.4')
_SHORT_LINE = re.compile(r"[^\n]{1,80}(?<![.!?。])")
_YOY_LABEL = re.compile(r"\s*[,;]?\s*(?:yoy|y/y|y-o-y|year[- ]on[- ]year|growth)\s*[:：]?\s*(?:\+|(?P<down>[-−]))?\s*",
                        re.I)
_PERSON = re.compile(r"\b(?P<surname>[A-Z][a-z]{1,9}) [A-Z][a-z]{2,12}(?:-[a-z]{2,8})?,\s+(?:the\s+)?(?:deputy |vice |"
                     r"executive |party )?(?:director|chairman|chairwoman|secretary|head|manager|mayor|president|"
                     r"spokes(?:man|woman|person))\b")
_IN_ANOTHER = re.compile(r"\s+(?:in|for|at)\s+(?=(?:the\s+)?[A-Z])")
_COMPARES_OPENING = re.compile(r"[ \t]*(?:(?:that|this|it|the (?:figure|total|amount|level|sum))\s+"
                               r"(?P<word>compares|compared|was up from|was down from)\s+"
                               r"(?:with\s+|to\s+)?|"
                               # ('Last year's final figure was 2.78 billion yuan': the measure's, a year before)
                               r"(?P<last>last year['’]s (?:final |full-year |preliminary )?(?:figure|total)|the "
                               r"(?:final )?(?:figure|total) for last year)\s+(?:was|stood at|came to)\s+|"
                               # ('In the same period last year the figure was 1.32 billion yuan'; 'In the same period
                               # of 2019 it was 9.27 billion yuan', two years back in a report on 2021)
                               r"(?P<same>in the same period (?:of )?(?:last year|(?P<same_year>(?:19|20)\d\d)),? "
                               r"(?:the (?:figure|total)|it) (?:was|stood at|came to))"
                               r"\s+)"
                               r"(?:about |nearly |more than |over |some )?", re.I)
# the year before, as a yearbook abbreviates it: 'prev. yr', 'previous year'
_PREV_YEAR = r"prev(?:ious|\.)?\s*(?:yr|year)\.?"
_BASE_WHEN = re.compile(
    r"\s*(?:(?P<eoy>at the (?:end|close) of (?:last|the previous) year)|"
    r"(?:in |during |over |of )?(?:the )?same period (?:of )?(?:last|the previous|the preceding) year|"
    # ('vs RMB109.6bn in H1 2022': the same stretch of that year)
    r"(?:in |during |over )?(?:the same period (?:of|in)|H[12]|Q[1-4]|the first half of|the first (?:quarter|"
    r"three quarters) of) (?P<period_year>(?:19|20)\d\d)|"
    r"a year (?:earlier|ago|before)|(?:in |during )?(?:the )?(?:previous|preceding|prior) year|last year|"
    + _PREV_YEAR + r"|"
    # ('against 22.94 billion yuan in the first half of last year': the same stretch a year before)
    r"(?:in |during |over )?the (?:first|second|third|fourth|last) (?:half|quarter|three quarters|\w+ months) of "
    r"(?:last|the previous) year|"
    # ('compared with 18.2 billion yuan for the whole of 2020': that whole year, whatever the later figure's stretch)
    r"(?:(?:for|in|during) )?(?:the (?:whole|full|entire) (?:year )?(?:of )?|all of )(?P<whole_year>(?:19|20)\d\d)|"
    r"(?:in |(?P<end>at the end of |by the end of ))(?P<year>(?:19|20)\d\d))\b", re.I)
# another period's figure in brackets after the latest one: '(2022: RMB 36.9 bn)', '(2022: +21.5%)', '(Q3: 4.91
# billion yuan', '(first half: down 9.7%)'; a sign or word of change only before a change
# (a yearbook's '(prev. yr 42)', '(previous year 26.75 billion yuan)': the year before, with or without the colon)
_LABEL_IN_BRACKETS = re.compile(r"\s*[(（]\s*(?P<label>(?P<year>(?:19|20)\d\d)|"
                                r"(?P<prev>" + _PREV_YEAR + r")|[\w\s-]{2,30}?)(?:\s+alone)?\s*"
                                r"(?:[:：]|(?(prev)(?=\s)|(?!)))\s*"
                                r"(?:about |nearly |more than |over )?(?:RMB\s*|CNY\s*|US\$\s*|\$\s*|¥\s*)?"
                                r"(?P<sign>[+\-−▼▲↓↑]|(?:up|down|rose|fell|rising|falling)\b)?\s*(?:by\s+)?", re.I)
_LABEL_OPENS = re.compile(r"[(（]\s*\Z")
_LABEL_CLOSES = re.compile(r"(?:\s+alone)?\s*[:：]")
_ITS_CHANGE = re.compile(r"\s*,\s*(?P<sign>up|down|[+\-−])\s*(?:by\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)",
                         re.I)
_DOWN_SIGNS = ("-", "−", "▼", "↓", "down", "fell", "falling")
_CHANGE_NOUNS = r"decline|drop|fall|contraction|decrease|increase|rise|growth|gain|jump|expansion"
# an earlier change after the latest one: what may stand between them, and the words that introduce it, its noun
# after the figure ('after a 9.2 percent decline in 2022') or before it ('compared with growth of 2.8 percent in
# 2020', 'rebounding from a decline of 22.1 percent in the same period last year')
_BETWEEN_CHANGES = (r"(?:\s+(?:from|over|on) (?:a year (?:earlier|ago|before)|the previous year|last year)|"
                    r"\s+(?:in|during|for) (?:the )?[\w -]{2,40}?)?[\s,;]*")
# ('narrowing from a decline of 7.5 percent in the first half': the change of an earlier stretch, too)
_RECOVERING = r"recovering from|rebounding from|(?:narrowing|widening|easing|slowing|accelerating|picking up) from"
_COMPARED_WITH = r"(?:compared|as against) (?:with|to)|against|versus"
_COMPARED_WITH_BARE = re.compile(_BETWEEN_CHANGES + r"(?:" + _COMPARED_WITH + r")\s+", re.I)
_COMPARED_WITH_A = re.compile(_BETWEEN_CHANGES + r"(?:" + _COMPARED_WITH + "|" + _RECOVERING +
                              r"|after|following)\s+(?:an?\s+)?(?P<noun>" + _CHANGE_NOUNS + r")s?\s+of\s+", re.I)
# ... or said with a verb: 'rose 6.3 percent ..., after falling 9.8 percent in the first quarter'
_AFTER_MOVING = re.compile(_BETWEEN_CHANGES + r"(?:after|following|" + _RECOVERING + r")\s+"
                           r"(?P<noun>falling|dropping|declining|decreasing|contracting|sliding|slipping|rising|"
                           r"growing|increasing)\s+(?:by\s+)?", re.I)
# the stretches of a year that an earlier change of the same year is dated by, and their months
_STRETCHES = {"first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9), "first half": (1, 6),
              "first two months": (1, 2), "first three months": (1, 3), "first four months": (1, 4),
              "first five months": (1, 5), "first six months": (1, 6), "first three quarters": (1, 9)}
_SAME_YEAR_STRETCH = re.compile(r"\s*(?:in|during|over) the (?P<stretch>" + "|".join(_STRETCHES) + r")\b"
                                r"(?!\s+of\s+(?:last|the previous|(?:19|20)\d\d))", re.I)
_AFTER_A = re.compile(_BETWEEN_CHANGES + r"(?:after|following|on top of|" + _RECOVERING + r")\s+an?\s+", re.I)
# ... or months of it: 'after a 1.4 percent drop in January and February combined', 'following drops of 12.7 percent
# in March'
_MONTHS_STRETCH = re.compile(r"\s*(?:in|during|over)\s+(?P<m1>" + F.MONTH_NAMES + r")(?:\s*(?:and|-|–|to|through)\s*"
                             r"(?P<m2>" + F.MONTH_NAMES + r"))?(?:\s+combined)?\b(?!\s+(?:of\s+)?(?:last|19|20))",
                             re.I)
# ... or the change it eased from, said of its noun: '...; the decline narrowed from 6.0 percent in the first half'
_CHANGE_MOVED_FROM = re.compile(_BETWEEN_CHANGES + r"(?:and\s+)?(?:the|its)\s+(?P<noun>decline|drop|fall|contraction|"
                                r"decrease|increase|rise|growth|gain)\s+(?:narrowed|widened|eased|slowed|accelerated|"
                                r"quickened|picked up)\s+from\s+", re.I)
# ... and a second earlier change after the first: '... of 12.7 percent in March and 9.1 percent in April'
_AND_ANOTHER_CHANGE = re.compile(r"\s*,?\s*and\s+")
_WITH_REACHING = re.compile(r"^\s*,?\s*(?:with|and)\s+(?:the\s+|its\s+)?(?P<name>[\w\s-]{3,60}?)\s+"
                            # ('..., with new materials expected to contribute over 42 billion yuan')
                            r"(?:(?:expected|set|projected|forecast)\s+to\s+(?:contribute|reach|exceed|top|pass)|"
                            r"reaching|at|contributing|hitting|exceeding|topping)\s+"
                            r"(?:about |nearly |more than |over )?$", re.I)
_WITH_INDUSTRY = re.compile(r"\b(?:with|and|while)\s+(?:the\s+|its\s+)?[\w\s-]{3,60}?\s+(?:industry|industries|sector)"
                            r"\s+(?:up|rising|growing|increasing|down|falling)(?: by)?\s*$", re.I)
# ('turned out products worth 5.86 billion yuan', 'made goods valued at ...': output whatever measure came before)
_MADE_BEFORE = re.compile(r"\b(?:made|produced|turned out)\s+(?:(?:products|goods)\s+(?:worth|valued at)\s+)?"
                          r"(?:about |nearly |more than |over |some |around )?$", re.I)
# a zone's first stage ('with a starting area of 8 square kilometers'): its area when it began, a part beside the whole
# (or a part named after 'among them': 'a planned area of 18 square kilometers, among them the chemical industry
# concentrated area of 6.5 square kilometers')
_START_UP_AREA = re.compile(r"\bstart(?:ing|-up| up) area\b|\bconcentrat(?:ed|ion) area\b|\bamong (?:them|which)\b",
                            re.I)
_WHOLE_AREA_BEFORE = re.compile(r"\b(?:planned|planning|total) area\b|\bcovers\b", re.I)
_KM2_WRITTEN = re.compile(r"square kilomet|sq\.? ?km|km2|km²", re.I)
# a sentence on what the zone was when it began: 'When it was set up in 1993, the zone had 12 enterprises'
_AT_FOUNDING = re.compile(r"^\W*when\b[^.;]{0,80}?\b(?:established|founded|set up|launched|began|started)\b"
                          r"[^.;]{0,40}?,|\b(?:started out|started off|began) (?:with|as)\b|"
                          # 'The park was founded in August 2005, when it covered 1.8 square kilometers'
                          r"\b(?:was|were) (?:established|founded|set up|launched)\b[^.;,]{0,40}?,\s*when\b|"
                          r"\binitially\b|\boriginally\b", re.I)
_ARE_LISTED = re.compile(r"\s+" + F.LISTED_WHERE +
                         r"(?:are|were|have been)\s+(?:publicly\s+)?listed\b", re.I)
_SERIES_FIRST = re.compile(r"\s*[:：]\s*((?:19|20)\d\d)\s*,\s*$")
_SERIES_LABEL = re.compile(r"^\W*(?:\(?\d{1,2}[.)]\s*)?|\s*\((?:number|count|units?|家|个)\)\s*$", re.I)
_SERIES_YEAR = re.compile(r";\s*((?:19|20)\d\d)\s*[,:：]\s*$")  # '...; 2019, 112.7': a series' next year
_SINCE_LONG_AGO = re.compile(r"(?:^\W*|[,;:]\s*|\band\s+)[Ss]ince ((?:19|20)\d\d),?\s+(?:the (?:zone|park)|it)\b")
_TRADE_METRICS = frozenset({"exports", "foreign_trade"})
_TRADE_PARTNER = re.compile(r"\b(?:exports?|imports?|trade|shipments)\s+(?:to|with)\s+(?!the (?:world|outside)\b|"
                            r"(?:exceed|reach|top|grow|rise|fall|drop|decline|hit|pass|surpass|increase|double|be|"
                            r"recover|rebound|return|climb|stay|remain|more|over|about|around|nearly)\b)[^,;]{2,60}$",
                            re.I)
_SINCE_FOUNDING = re.compile(r"\bsince (?:its|the zone['’]s|the park['’]s) (?:founding|establishment|inception)\b|"
                             r"\bsince (?:it|the (?:zone|park)) was (?:founded|established|set up)\b|"
                             # ('Over the past 20 years, the zone has paid 38.4 billion yuan in taxes in total')
                             r"\b(?:over|in|during) the (?:past |last )?(?:[1-9]\d|ten|fifteen|twenty|thirty|forty) "
                             r"years\b", re.I)
_COMMA_BETWEEN = re.compile(r"[,，;；]")
_OF_THE_BEFORE_COUNT = re.compile(r"(?:^|[.!?]\s+|\n\s*)Of\s+(?:the|its|their|our)\b[^,;.\d]{0,60}$")
_OF_ITS_FIRMS_DO = re.compile(r"\s+of\s+(?:its|their|the|the (?:zone|park|district|area)['’]s)\s+(?:\d[\d,]*\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:enterprises|firms|companies)"
                              r"(?P<above>\s+above\s+designated\s+(?:size|scale))?\s+"
                              r"(?:(?:are|is)\s+(?:engaged\s+)?in|work\s+in|make|produce|manufacture|supply|"
                              r"belong\s+to)\s+", re.I)

_YEAR_BEFORE = r"(?:last year|the previous year|a year (?:earlier|before))"
_SAME_PERIOD_OPENS = re.compile(r"\s*(?:in|during|over|for) the same period (?:(?:of|in) ((?:19|20)\d\d)\b|"
                                r"(?:of |in )?" + _YEAR_BEFORE + r",)", re.I)
_AND_ITS_FIGURE = re.compile(r",\s+and\s+(?:its|their|the (?:zone|park)['’]s)\s+[^,;.]{3,80}?\d")
# a figure signed right after its label's colon, or after its amount's comma
_SIGNED_ALONE = re.compile(r"[:：,，]\s?[+\-−]")
_SAME_PERIOD_AFTER_A_CLAUSE = re.compile(r"(?<=;\s)(?:in|during|over|for) the same period (?:of |in )?"
                                         + _YEAR_BEFORE + r",", re.I)
_SAME_PERIOD_ALONE = re.compile(r"\s*(?:in|during|over|for) (the same period),", re.I)
_ITS_OR_THEIR = re.compile(r"\b(?:its|their|the company['’]s|the firm['’]s)\b", re.I)
# a clause of the zone's or an industry's, its subject first: 'the battery materials industry realized ...'
_INDUSTRY_OR_ZONE_OPENS = re.compile(r"(?:the|its)\s+(?:[\w-]+\s+){0,5}?"
                                     r"(?:industry|industries|sector|cluster|zone|park)\s+"
                                     r"(?:realized|realised|achieved|posted|reported|generated|produced|recorded|"
                                     r"reached|had|completed)\b", re.I)
# the last ', and ' of a clause (or an 'and' before the verb of a goal: '... speed up the copper rod project and strive
# to achieve ...')
_LAST_JOINED = re.compile(r"(?:,\s+and\s+|\s+and\s+(?=(?:strive|aim|work|try|seek)s?\s+(?:to|for)\b))"
                          r"(?!.*(?:,\s+and\s|\s+and\s+(?:strive|aim|work|try|seek)s?\s+(?:to|for)\b))", re.I)
# 'Of the 96, 57 are ...': a part of a count given before, by its number
_OF_THE_FIRMS_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)Of (?:the|its|their|the (?:park|zone)['’]s) \d[\d,]* "
                                 r"(?P<what>[^,;.\d]{3,80}?)(?:\s+(?:at|by|as of) (?:the end of )?[^,;.\d]{0,20}"
                                 r"(?:(?:19|20)\d\d)?)?,\s*$")
_OF_THESE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:Of|Among) (?:these|them|those|this number),\s*$")
_OF_THE_COUNT_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)Of (?:the|these|those) (\d[\d,]*),\s*$")
# (the firms a count of one industry's among them is counted as, by kind: 'Of the 96, 57 are ...')
_FIRMS_COUNTED_BY_KIND = ("enterprises_above_size", "high_tech_enterprises", "specialized_smes")
# between the goal before's year and the next goal's figure: '... in 2022 and to reach ', '... in 2022, and '
_THEN_THE_NEXT_ITEM = re.compile(r"\s*,?\s*(?:and|while)\s+(?:to\s+(?:reach|exceed|surpass|hit|top)\s+)?"
                                 r"(?:about |nearly |more than |over )?")
# a goal's year after the next count: '... 110 in 2025 and 130 by 2027'
_NEXT_DEADLINE = re.compile(r"\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b")
# (a date in it: 'Of the 112 industrial enterprises above designated size at the end of 2024, 47 were ...')
_OPENER_REST = re.compile(r"[^,;.\d]{0,60}(?:(?:19|20)\d\d[^,;.\d]{0,20})?,\s*")
_OF_THEM_PART = re.compile(r"\s+of\s+them\s+(?!(?:are|were|is|was|have|has|had)\b)", re.I)
_FIRMS_COUNTED = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:enterprises|companies|firms)\b", re.I)
# a part of the figure before, set apart by commas: ', eight of them added this year,'
_OF_THEM_ASIDE = re.compile(r",\s*(?:\d+|[a-z]+)\s+of\s+them\b[^,;]{0,60},", re.I)
_PLANNED_OF = re.compile(r"\bprojects? with (?:a )?(?:planned )?(?:total )?(?:planned )?investment of\s+"
                         r"(?:more than |over |above |at least |no less than )?$", re.I)
# ('Land revenue dropped sharply, but that goes to the district, not to us.': the area money is handed to, named in
# passing)
_GOES_TO_BEFORE = re.compile(r"\b(?:goes|go|went|flows?|flowed|passes|passed|belongs?|belonged)\s+(?:directly\s+|"
                             r"straight\s+)?to\s+(?:the\s+)?$", re.I)
_DASHED_ASIDE = re.compile(r"\s(?:--|—|–)\s[^—–\n]*?\s(?:--|—|–)\s")
_ASIDE_OPENED = re.compile(r"\w,\s+[^,;:.\d]*$")
_YEARS_AGO = re.compile(r"(?:\w+ years?|a decade) ago\b", re.I)
# (the period's words may open with its 'of': 'ahead of 2019' is 'ahead ' and 'of 2019')
# ('a decline 6.3 percentage points smaller than at the end of the first half')
_YEAR_COMPARED_WITH = re.compile(r"\b(?:ahead(?: of)?|beyond|back to|short(?: of)?|surpass(?:ed|ing)?|(?:\w+er|"
                                 r"more|less|fewer) than(?: in| at| that of| during)?(?: the end of)?)\s+(?:the\s+)?"
                                 r"(?:(?:pre-pandemic|pre-epidemic|previous|earlier)\s+)?"
                                 r"(?:levels?(?:\s+of)?\s+|figures?\s+(?:of|for)\s+)?$", re.I)
# ('With the park's roads and heating network largely finished in 2020, ...': when what sets the scene was done)
_DONE_WITH = re.compile(r"(?:^|[,;]\s*|\b)[Ww]ith\s+(?:the|its|their|most|much|all)\b[^,;.]{3,80}?\s"
                        r"(?:(?:largely|mostly|already|fully|all)\s+)?(?:finished|completed|done|built|opened|in place)"
                        r"\s+(?:(?:in|by)\s+)?$")
_YEARS_AGO_THEN = re.compile(r"\b(?:\w+ years?|a decade) ago,?\s*(?:in\s+)?$", re.I)
# ('In 2020, the base year, the figure had been 13.1 billion yuan')
_IT_WAS = r"reached|was|had been|stood at|totaled|totalled|came to|hit"  # 'it reached 54.3 billion yuan'
# ... or set right: 'The 2024 figure has been revised to 16.58 billion yuan', 'it was revised up to'
_THE_YEAR_FIGURE = re.compile(FIGURE_NOUN)
_IT_REVISED = r"(?:has been|have been|was|were|is) (?:revised|corrected|adjusted)(?: (?:up|down)(?:wards?)?)? to"
# ... or moved to: 'It fell to CN¥46.9 billion in 2019, and in 2021 it rose to CN¥52.6 billion'
_IT_MOVED = (r"(?:rose|grew|climbed|increased|jumped|surged|fell|dropped|declined|decreased|slipped|recovered|"
             r"rebounded)\s+to")
# 'we expect it to pass 25 billion', 'we expect more than 180 billion': a speaker's goal for the measure just given
# ... 'The zone, in a county-level city of Yantai, expects the figure to reach ...', 'it aims to lift the figure to'
# ('Park officials expect it to approach 21 billion yuan this year')
_WE_EXPECT = (r"(?:we|they|it|the zone|the park|the plan|(?:(?:park|zone) )?officials|"
              r"the (?:administrative |management )?committee"
              # 'The administrative committee of the Inner Mongolia Shanghaimiao Economic Development Zone expects'
              r"(?: of (?:the )?(?:[A-Z][\w'’-]*\s+){1,8}(?:Zone|Park|Area|District))?)(?:,[^,]{1,80},)?\s+"
              # 'we are aiming at', 'we aim at', 'We will still strive for 82 billion yuan for the whole year'
              r"(?:will\s+)?(?:still\s+)?(?:(?:are|is)\s+aiming\s+(?:at|for)\s+|aims?\s+at\s+|"
              r"(?:strive|strives|aim|aims)\s+for\s+|"
              # ('For the whole of 2021, the park aims to exceed 56 billion yuan', after last year's figure)
              # ('The park strives to complete 3 billion yuan in the whole year of 2020')
              r"(?:aims?|plans?|hopes?|strives?|expects?)\s+to\s+(?:reach|exceed|top|pass|cross|hit|surpass|complete|"
              r"achieve|reali[sz]e)\s+|"
              # ('by 2025 we want the park to reach 5 billion yuan')
              r"wants?\s+(?:(?:the (?:zone|park)|it)\s+)?to\s+(?:reach|exceed|top|pass|cross|hit|surpass)\s+|"
              r"(?:expects?|hopes?|wants?)\s+(?:(?:it|the figure|this figure|"
              # 'the park expects the full-year figure to exceed 38 billion yuan'
              r"the (?:full-year|whole-year|annual|year['’]s) (?:figure|total))\s+to\s+"
              # ('This year we expect it to stabilize at about 9.5 billion yuan')
              r"(?:reach|exceed|top|pass|hit|surpass|approach|stabili[sz]e (?:at|around)|hold (?:steady )?at|"
              r"stay at|remain at)\s+)?|"
              # ('the zone plans to lift it to 45 billion yuan this year')
              r"(?:aims?|plans?|hopes?|wants?|strives?|expects?)\s+(?:by\s+(?:19|20)\d\d\s+)?to\s+"
              # ('the plan aims to take it to 30 billion yuan by 2030', 'aims to double it to 30 billion yuan')
              r"(?:lift|raise|push|bring|increase|take|double|triple)\s+"
              r"(?:it|the figure|this figure|that figure)\s+"
              r"(?:to|past|above|beyond)\s+)")  # 'It aims to push the figure past 150 billion yuan by 2027'
_IT_AGAIN = re.compile(r"(?:^|[,;:]\s*)(?:and\s+)?"
                       # ('...; in the second quarter (April-June) it rose to ...': the stretch restated in brackets)
                       r"(?:(?:in [\w\s-]{3,40}(?:\([\w\s.,-]{2,30}\)\s*)?|(?:this|next|last) year|"
                       r"by (?:19|20)\d\d),?\s*)?"
                       # ('..., and in May alone they completed 1.34 billion yuan': the firms, the measure just given)
                       # ('...; in the first half of 2019 the figure was only 4.05 billion yuan')
                       r"(?:(?:it|the figure)\s+(?:" + _IT_WAS + "|" + _IT_MOVED + r")|"
                       r"they\s+(?:completed|reali[sz]ed|achieved|reached|posted)|" + _WE_EXPECT + r")\s*"
                       r"(?:about |nearly |more than |over |only |just )?$",
                       re.I)
# ... or the stretch alone and the figure: '...; in the fourth quarter alone, 8.34 billion yuan'
# a rule drawn under a heading: '━━━━━━━━━━', '==========', '----------'
_UNDERLINE = re.compile(r"[-=_—─━═~*·]{3,}")
# the amount an earlier stretch came to, after the latest: '..., after 2.87 billion yuan in the first quarter', '...,
# following a January-February total of 1.67 billion yuan'
_AFTER_AN_AMOUNT = re.compile(r"[,;]\s*(?:after|following)\s+(?:an?\s+)?"
                              r"(?:(?:[\w-]+\s+){0,3}?(?:total|figure)\s+of\s+)?"
                              r"(?:about |nearly |more than |over |only |just )?$", re.I)
_ALONE_AGAIN = re.compile(r"[,;]\s*(?:and\s+)?in [\w\s-]{3,40}? alone\s*,\s*(?:about |nearly |more than |over )?$",
                          re.I)
# ... and its change: 'In the second quarter alone, the figure grew 9.4 percent'
# (or a month or a quarter of its own: '..., and in September it rose 27.2 percent year on year')
_IT_GREW = (r"(?:(?:in [\w\s-]{3,30}? alone|(?:last|this) year|in (?:19|20)\d\d|in (?:January|February|March|April|"
            r"May|June|July|August|September|October|November|December)(?:[-–](?:January|February|March|April|May|"
            r"June|July|August|September|October|November|December))?(?: (?:19|20)\d\d)?|in the (?:first|second|"
            r"third|fourth) quarter),?\s*)?"
            r"(?:it|the figure|this figure)\s+(?:grew|rose|increased|climbed|jumped|surged|fell|"
            r"declined|dropped|decreased|was (?:up|down))(?:\s+by)?\s*"
            r"(?:about |nearly |more than |over )?$")
# ('That was 15.6 percent more than in 2022', 'This represents growth of 43.8% over ...', 'That is a drop of 4.5
# percent'): a sentence that opens on the change of the figure before it
_THAT_WAS_A_CHANGE = re.compile(r"[\s\"“']*(?:that|this|it|the figure)\s+(?:is|was|represents|represented|marks|"
                                r"marked|means|meant)\s+(?:(?:an?\s+)?(?:(?:year-on-year|annual)\s+)?(?:increase|"
                                r"growth|rise|gain|jump|drop|decline|decrease|fall)\s+of\s+|up\s+|down\s+)?"
                                r"(?:about |nearly |almost |more than |over |some )?$", re.I)
_IT_GREW_OPENS = re.compile(r"[\s\"“']*(?:" + _IT_GREW + "|"
                            # ('Growth had slowed to 3.3 percent in the first half': the change of the measure just
                            # given, for another stretch)
                            r"(?:its\s+)?growth(?:\s+rate)?\s+(?:had\s+|has\s+)?(?:slowed|eased|picked up|"
                            r"accelerated|quickened)\s+to\s*(?:about |nearly |more than |over )?$|"
                            # 'This year it aims to raise that figure by 8 percent': a goal for the measure just given
                            r"(?:(?:this|next) year,?\s*)?(?:it|we|the zone|the park)\s+(?:aims?|plans?|wants?|"
                            r"strives?|expects?)\s+to\s+(?:raise|lift|increase|grow|boost)\s+(?:that|the|this)\s+"
                            r"figure\s+by\s*(?:about |nearly |more than |over |at least )?$)", re.I)
# ... or a clause of its own: '... increased 13.5 percent, and in March alone it grew 16.2 percent'
_IT_GREW_AGAIN = re.compile(r"[,;]\s*(?:(?:and|while|but)\s+)?" + _IT_GREW, re.I)
# the sentence opens with 'it' and its verb: the measure the sentence before ended with
_ANOTHER_ZONE_VERB = re.compile(r"\b(?:registered|recorded|posted|reported|reali[sz]ed|achieved|came in at|generated|"
                                # ('..., and the Fenyang ETDZ is expected to top 45 billion yuan': its goal)
                                r"is expected to (?:top|reach|exceed|hit)|"
                                r"(?:will|is set to|aims to) (?:reach|exceed|top|hit)|(?:will )?strive for|aims? for|"
                                r"expects|targets|"
                                + _IT_WAS + r")\s+(?:about |nearly |more than |over |some )?$", re.I)
# ... or with 'the figure', or sets a goal for it: 'In March alone, the figure came to 2.71 billion yuan',
# 'For 2024, the management committee has set a target of 30 billion yuan'
_STRETCH_ALONE_OPENS = re.compile(r"[\s▶►•·*-]*(?:in\s+)?(?:(?:January|February|March|April|May|June|July|August|"
                                  r"September|October|November|December)|(?:the\s+)?(?:first|second|third|fourth)\s+"
                                  r"quarter|Q[1-4])\s+alone\s*[:：,]\s*(?:about |nearly |more than |over )?", re.I)
_STRETCH_BROUGHT = Prechecked(re.compile(
    r"(?:^|[,;]\s*(?:and\s+|while\s+|but\s+)?)[\s\"“']*(?:(?:the\s+)?(?:first|second|third|fourth|final|last)\s+"
    r"(?:quarter|half|three quarters)|"
    # 'June alone contributed 1.32 billion yuan', 'January contributed 1.56 billion yuan; February, shortened by the
    # holiday, contributed 1.18 billion yuan'
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:,[^,;]{1,50},)?)"
    r"(?:\s+alone)?\s+(?:brought|contributed|added|delivered|produced|generated|yielded|"
    r"saw)\s+(?:in\s+)?(?:about |nearly |more than |over )?$", re.I))
_IT_AGAIN_OPENS = re.compile(r"[\s\"“']*(?:(?:last|this|next) year|(?:in|by|for) (?:the end of )?(?:19|20)\d\d|"
                             r"for the (?:full|whole|entire) year|"  # 'For the full year, the park expects it to'
                             r"for the (?:whole|entirety) of (?:19|20)\d\d|"  # '"For the whole of 2024 we expect it to'
                             r"for the (?:full|whole) year of (?:19|20)\d\d|"  # 'For the whole year of 2019, the park'
                             # 'For 2018 as a whole, the zone expects it to exceed ...'
                             # ('In the first half of last year, the figure was 13.62 billion')
                             # ('In the first half of 2024 the figure had been 5.67 billion yuan')
                             r"in the [\w\s-]{3,30}? of (?:(?:last|this) year|(?:19|20)\d\d)|"
                             r"in [\w\s-]{3,30}? alone|"
                             # ('Five years ago, in 2020, the figure was only 15.8 billion yuan'; 'Four years later, the
                             # figure stood at 26.73 billion yuan for 2024')
                             # (the number before 'years' read as a figure of its own: the window opens after it)
                             r"(?:(?:\w+ )?years?|a decade) (?:ago|later)(?:,? in (?:19|20)\d\d)?)?"
                             r"(?:\s+as a whole)?,?\s*"
                             # ('In 2020, the base year of the plan, the figure was ...': an aside on the year)
                             r"(?:(?<=\d\d, )(?:the|a|its) [^,\d]{3,40},\s*)?"
                             # 'Yang said the park expects the figure to top 17 billion yuan'
                             r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:said|says|added|noted)(?: that)?,? )?"
                             r"(?:(?:it|the figure|this figure|the (?:19|20)\d\d figure)(?:\s+for [\w\s]{3,30}?)?\s+"
                             r"(?:" + _IT_WAS + r"|" + _IT_MOVED + r"|" + _IT_REVISED + r"|"
                             r"will (?:reach|exceed|top|surpass|be)|"
                             r"is (?:expected |meant |set |projected |planned )?to (?:reach|exceed|top)|"
                             r"(?:is )?striv(?:es|ing) for|aims? for|targets|"
                             # 'This year it aims to reach 55 billion yuan'
                             r"aims? to (?:reach|exceed|top|pass|hit|surpass)|(?:will )?strives? to (?:reach|exceed))|"
                             + _WE_EXPECT + r"|"
                             # ('The zone's 14th Five-Year Plan, drawn up in 2021, set a target of 30 billion yuan for
                             # 2025': an aside on the plan)
                             r"(?:the [\w\s'’-]{3,40}?|it|we|they)(?:,[^,;]{1,50},)?\s+(?:has |have )?set (?:a|an|the) "
                             r"(?:[\w-]+\s+)?target of|"
                             # 'It is expected that the whole year will reach 8.7 billion yuan' (全年预计达到)
                             r"(?:it is expected that )?the (?:whole|full) year (?:will|is expected to) "
                             r"(?:reach|exceed|top|be)|"
                             # "This year's target is 4.2 billion yuan", 'The goal for 2025 is ...'
                             # ('The target of year 2024 is to exceed 600,000 (10,000 yuan)', machine-translated)
                             # ("The plan's goal for 2025 is ...")
                             r"(?:(?:this|next) year['’]s|our|its|the(?: (?:plan|zone|park|program|programme)['’]s)?)"
                             # ('The midpoint goal is 45 billion yuan by 2027': a goal on the way to the one given)
                             r"(?: (?:midpoint|interim|mid-?term|intermediate|final|ultimate|overall|new))?"
                             r" (?:target|goal)"
                             r"(?: (?:for|of) (?:this year|next year|(?:the )?(?:year )?(?:19|20)\d\d))?"
                             r"(?: this year)? is"
                             r"(?: to (?:reach|exceed|top|hit|surpass|pass))?)"
                             r"\s*(?:only |just )?"
                             r"(?:about |around |approximately |roughly |nearly |more than |over |some )?", re.I)
# a firm's results: what makes a story one of a firm's results rather than of a zone ('self.company_news')
_COMPANY_RESULTS = re.compile(r"\bnet (?:profit|loss|income)\b|\bgross (?:profit )?margin\b|\bearnings per share\b|"
                              r"\bshareholders\b|\bquarter[- ]over[- ]quarter\b|\byear over year\b|"
                              r"\bshares (?:closed|rose|fell|gained|jumped|slipped|dropped)\b|"
                              r"\bmarket (?:value|capitali[sz]ation)\b|\bfinancial year\b|\bguidance\b", re.I)
_THE_ZONE = re.compile(r"\b(?:the|this|our) (?:zone|park|development zone|high-tech zone|new area)\b|"
                       r"\b(?:zone|park)['’]s\b|\benterprises in\b", re.I)
_PROJECT_AT_CAPACITY = re.compile(r"\b(?:once|when)\s+(?:it|they)\s+reach(?:es)?\s+(?:full\s+)?"
                                  r"(?:capacity|production)\b|"
                                  r"\b(?:once|when)\s+(?:it is\s+|they are\s+)?(?:at full capacity|" + _FULLY_RUNNING
                                  + r"|completed|up and running|operational|put into production)\b|"
                                  r"\bat full (?:capacity|production)\b|"
                                  # ('After completion, the park's annual output value will exceed 30 billion yuan',
                                  # said of a firm's industrial park just named)
                                  r"\b(?:after|upon|on) (?:its |their )?(?:completion|being completed|reaching "
                                  r"(?:full )?(?:capacity|production))\b", re.I)
# 'of which', 'of them', 'of these': a part of what was just counted (before a count, anywhere before it,
# opening a label)
_OF_WHICH = r"(?:of|among) (?:which|them|these|those)"
_PART_S_SHARE_BEFORE = re.compile(rf"\b{_OF_WHICH},?\s+(?:the\s+)?$", re.I)  # '..., of which the new materials park'
# a change alone in its clause, after the figure it is of: ', up 6.9 percent'
_BARE_CHANGE_CLAUSE = re.compile(r"\s*(?:up|down|an? (?:increase|decrease|rise|drop|fall) of|increasing|rising|"
                                 r"growing|falling)(?: by)?\s*(?:about |nearly |more than |over )?", re.I)
# firms counted by a size class after them: '12 enterprises had an output value of more than 1 billion yuan'
_SIZE_CLASS_AFTER = re.compile(r"\s*(?:each\s+)?(?:had|have|has|recorded|reported)\b[^.;]{0,60}?\b"
                               r"(?:more than|over|above|exceeding|in excess of|at least)\s+(?:RMB\s*|CNY\s*|¥\s*)?\d",
                               re.I)
_OF_THESE = re.compile(rf"\b{_OF_WHICH}\b", re.I)
# '... and 64 are national high-tech enterprises', not '11 were invested by listed companies'
_ONE_OF_COUNT = re.compile(r"\bis one of\s+(?:about |more than |over |nearly |some |the )?$", re.I)
_LIST_THEN_SETTLED = re.compile(r"\s+and\s+(?:about |more than |over |nearly )?\d[\d,]*\s+(?:[\w-]+\s+){0,6}?"
                                r"(?:enterprises|companies|firms)" + F.SETTLED_AFTER.pattern, re.I)
_MOVED_IN_SETTLED = re.compile(r"\s+(?:that |which )?(?:transferred|relocated|moved|coming) from [^,.;\d]{1,60}?"
                               + F.SETTLED_AFTER.pattern, re.I)
_STATED_ABOVE = re.compile(r"\b(?:are|were|reached)\s+(?:the\s+)?(?:above\s+)?designated (?:size|scale)$", re.I)
_ARE_AFTER = re.compile(r"\s+(?:are|were)\s+(?!(?:\w+ed\s+(?:by|in|at|from|to|with|for)|worth|from|in|at|by|of)\b)",
                        re.I)
# '8,600 enterprises, of which 1,472 are national high-tech enterprises': a part named by the number's own phrase
# another zone's count of the same, by its place: '..., against 118 in Yunmeng', '... and 58 in Aohan'
_AGAINST_BEFORE = re.compile(r"[\s,;]*(?P<word>against|compared with|versus|vs\.?|and)\s+(?:about |nearly |more than |"
                             r"over )?", re.I)
_IN_PLACE = re.compile(r"\s+(?:in|for|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,5}")
# ('..., and 76 prefabricated food enterprises now operate there')
_OPENS_CLAUSE = re.compile(r"(?:^|[;:]|,\s*(?:and|while|but)\b|^\s*and\b)\s*(?:about|some|nearly|more than|over|around|"
                           r"roughly)?\s*$", re.I)
_PHYSICAL_BEFORE = re.compile(r"\b(?:quantity|volume|tonnage|number of units) of [\w\s-]{0,30}?output\b|"
                              r"\bphysical output\b|\boutput (?:volume|quantity)\b", re.I)
_PHYSICAL_AFTER = re.compile(r"\s*(?:year[- ]on[- ]year\s+)?in (?:volume|physical|real) terms\b", re.I)
_SOME_FIRMS_DID = re.compile(r"\s+(?:(?:have|has|had)\s+(?:been\s+|now\s+|already\s+)?[a-z]+(?:ed|en|wn)\b|"
                             r"[a-z]+ed\b|trade\b|are (?:listed|preparing|planning)\b)", re.I)
_ALL_BEFORE = re.compile(r"\ball\s+(?:the\s+)?(?:about |nearly |more than |over |some )?$", re.I)
_CAPTION_NUMBER = re.compile(r"\b(?:table|figure|fig\.|chart|exhibit|annex|appendix|no\.)\s*$", re.I)  # 'Table 2'
_LOCATED_IN_THE_ZONE = re.compile(r"\s+(?:(?:located|based|operating|settled) )?in the (?:park|zone|development zone|"
                                  r"industrial park)\b(?![- ](?:area|district|zone|park|'s)\b)", re.I)
_THEY_WORK = re.compile(r"\s+(?:(?:based |located )?in the (?:zone|park|district)\s+)?(?:now\s+)?"
                        r"(?:make|produce|supply|turn out|work|operate|employ|export)\b", re.I)
_ARROW_GOAL_HEADER = re.compile(r"(?:->|→|⟶)\s*(?:(?P<year>(?:19|20)\d\d)\s+)?(?:goals?|targets?|plans?)\b", re.I)
# ('2019 -> 2020', 'Then (2012) -> Now (2022)')
_ARROW_YEARS = re.compile(r"\b((?:19|20)\d\d)\)?\s*(?:->|→|⟶)\s*(?:(?:now|today|then)\s*)?\(?((?:19|20)\d\d)\b", re.I)
# the year a figure is compared with, and what the figure was then, in a when-clause ('..., up 9.1% on 2022, when it
# had been 38.16 billion yuan')
_ON_THE_YEAR_WHEN_IT = re.compile(r"\s+(?:on|over|from|compared with|against)\s+(?P<year>(?:19|20)\d\d),?\s+when\s+"
                                  r"(?:it|the figure|the total|that figure)\s+(?:had been|was|had stood at|stood at|"
                                  r"had reached|amounted to|totall?ed)\s+"
                                  r"(?:(?:about|nearly|around|some|only|just)\s+)?", re.I)
_BASE_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:base|baseline|starting point)\b", re.I)
_RESULT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:results?|actual|achieved|completed)\b", re.I)
_ARROW_THEN = re.compile(r"\s*\)?\s*(?:->|→|⟶)\s*(?:about |above |over |more than |at least )?"
                         r"(?:(?P<down>[-−])|\+)?\s*", re.I)
_TO_A_FIGURE = re.compile(r"\s+to\s+\d")
_RANKED_CAPTION = re.compile(r"\b(?:top \d{1,2}|top (?:ten|five|twenty)|rank(?:ed|ing|s)?|leaders?|leading)\b", re.I)
_NUMBERED_ZONE_ITEM = re.compile(r"\s*\d{1,2}[.)、]\s+(?:[A-Z][\w'’-]*\s+){1,8}?(?:Zone|Park|Area|District)\b")
_ALREADY = re.compile(r"\s+(?:(?:are|were|have|has)\s+)?already\b", re.I)
_GREW_BY_BEFORE = re.compile(r"\b(?:expanded|enlarged|extended|increased|grew|added|adjusted)\s+by\s+"
                             r"(?:about |nearly |more than |over |some )?$", re.I)
# (not a measure's definition in brackets: 'The investment in fixed assets (excluding farmers) increased by 4.2%')
_ADJUSTED = re.compile(r"(?<![(（])\bexcluding\b|\bwould have\b|\bhad it not been\b", re.I)
_ADJUSTED_CLAUSE = re.compile(r"\bexcluding\b[^.;]{0,80},\s*(?:it|they|the \w+(?: \w+)?)\s+(?:would have\s+)?\w+"
                              r"(?:\s+by)?\s*$",
                              re.I)
# (or an industry's role and its firms: '- Semiconductors and optoelectronics: a leading industry with 86 enterprises')
_INDUSTRY_HAS = re.compile(r"\s*(?P<subject>[^,;:]{3,80}?\b(?:industry|sector|cluster|chain))(?:,[^,;]{1,80},)?\s+"
                           r"(?:now\s+)?(?:has|had|includes|gathers|counts|boasts|comprises)\s+"
                           r"(?:about |more than |over |nearly |some )?", re.I)
_WITH_COUNT = re.compile(r",\s*with\s+(?:about |more than |over |nearly |some )?$|"
                         r"\b(?:industry|industries|cluster|chain|sector)\s+with\s+"
                         r"(?:about |more than |over |nearly |some )?$", re.I)
_PARTICIPLE_ASIDE_OPENS = re.compile(r",\s*(?:[a-z]+ed by|led by|driven by|built around|home to)\s+[^,;.:\d]{0,40}$")
_PARTICIPLE_ASIDE_CLOSES = re.compile(r"[^,;.:\d]{0,50},\s*(?:[a-z]+ly\s+)?(?:rose|grew|increased|climbed|jumped|"
                                      r"surged|fell|declined|dropped|reached|realized|realised|generated|posted|"
                                      r"recorded|contributed|produced|totall?ed)\b")
_FIRMS_ACT_AFTER = re.compile(r"\s+(?:that|which|who|with|from|to|in (?:the )?(?:first|top)|"
                              r"(?:[a-z]+ly\s+)?[a-z]{3,}ing)\b|"
                              r"\s+(?:[a-z]+ed)\s+(?:by|to|in|at|on|as|for)\b|\s*[(（]", re.I)
# what all the firms counted have, no threshold that picks some: '28 enterprises with an annual processing capacity
# of 60,000 tonnes', '... with a combined output value of', '... with 3,200 workers'
_WITH_THEIR_ALL = re.compile(r"\s*with\s+(?:an?\s+)?(?:combined|total|joint|annual|yearly|\w+ing)?\s*(?:[\w-]+\s+)?"
                             r"capacity\b|\s*with\s+(?:an?\s+)?(?:combined|total|joint)\b|"
                             r"\s*with\s+(?:about |nearly |more than |over |some )?[\d,]+\s+"
                             r"(?:workers|employees|staff)\b", re.I)
_SUBSET_AFTER = re.compile(r"\s+(?:that|which|who|receiving|with)\b", re.I)
# a sentence that opens on the whole a count is part of: 'Of the 131 enterprises, ', 'Of the zone's 97 ..., '
_OF_THE_WHOLE = re.compile(r"\s*Of (?:the|its|the (?:zone|park)['’]s)\s+(?P<n>\d[\d,]*)\s+[^,;.\d]{3,80},\s*")
# the firms of one kind a count of 'enterprises' may restate
_FIRMS_OF_A_KIND = {"enterprises_above_size", "high_tech_enterprises"}
# the firms a count of some industry's may be part of ('Of the 21 little giants, nine make auto parts')
_FIRMS_PARTED = frozenset({"enterprises", *_FIRMS_OF_A_KIND, "little_giants", "specialized_smes"})
# (or with no article: 'Of 52 industrial enterprises above designated size at the end of March, 21 reported ...')
_OF_THE_COUNT = re.compile(r"(?:^|[.;:]\s*)of (?:(?:the|its|the (?:zone|park)['’]s)\s+)?"
                           r"(?:about |more than |over |roughly |nearly |some |around )?$", re.I)
# between a count and a part of it: ', of which', ', including', '，among them', then the part's label or none
_IN_ITS_ZONE = r"(?:\s+(?:in|of) (?:the|this|our) (?:zone|park|area|district))?"
# ... and when, or an aside on the count: '... taking the total to 286 at the end of 2023; 103 of them are ...', '164
# ... in the zone (newly added 18 since January), including 42 ...'
_AT_ITS_DATE = r"(?:\s+(?:at|by) the end of (?:19|20)\d\d|\s*\([^()\d]{0,30}\d[^()]{0,30}\))?"
_PART_OPENS = re.compile(rf"{_IN_ITS_ZONE}{_AT_ITS_DATE}\s*[,，;；]?\s*(?:and\s+)?"
                         rf"(?:{_OF_WHICH}|among (?:them|which)|including)\b"
                         r"(?:\s*:)?[^\d,.;，；。]{0,80}?\s*", re.I)
# (', of which 43 belong to the new energy battery industry')
_NEXT_PART = re.compile(rf"{_IN_ITS_ZONE}{_AT_ITS_DATE}\s*[,，;；]?\s*(?:and\s+)?(?:{_OF_WHICH}\s+)?", re.I)
# '38 of them in the aluminum sector', '23 of which make ...', '52 are food processors', '43 belong to the ... industry'
_INDUSTRY_PART = re.compile(rf"\s+(?:{_OF_WHICH}\s+)?(?:(?:are|were)\s+(?:in\s+)?|in\s+|make\s+|produce\s+|"
                            r"belong(?:s|ed)?\s+to\s+|(?:are|were)\s+engaged\s+in\s+|"
                            # ('Of the park's 236 high-tech enterprises, 62 work in new-type displays, ...')
                            r"(?:work|operate|specialize|specialise)\s+in\s+|(?:are|were)\s+active\s+in\s+)", re.I)
_CLAUSE_STOP = re.compile(r"[,;.，；。()]")
# a note under counts that dates them: '(Enterprise figures as of end-2015)', '(Counts at the end of 2023)'
# ('(Enterprise figures as of December 31, 2021)': the year's last day)
_COUNTS_AS_OF_NOTE = re.compile(r"[(（]\s*(?:enterprise|firm|company)?\s*(?:figures|counts|numbers|data)\s+"
                                r"(?:are\s+)?(?:as of|at)\s+(?:(?:the\s+)?end[- ](?:of\s+)?|December\s+31,?\s+|"
                                r"31\s+December\s+)(?P<y>(?:19|20)\d\d)\s*[)）]", re.I)
_FIRM_ITEM = re.compile(r"[ \t]*(?:[-•·*▪]|\d{1,2}[.)])[ \t]*[A-Z][\w&'’ ,()-]{2,80}?\b(?:Co\.|Ltd\.?)[ \t]*[:：]")
_OF_THE_NUMBER = re.compile(r"\s*Of (?:the|these|those) (?P<n>\d[\d,]*),\s*")  # 'Of the 318, 203 are in ...'
_PART_STOP = re.compile(r"[,;.，；。()]|\s+and\s+(?=\d)")  # (or the next part: '... chemicals and 29 in ...')
_RECOGNIZED = re.compile(r"\brecogni[sz]|\bcertifi|\baccredit", re.I)
_TITLED = r"recogni[sz]ed|certified|accredited"  # (firms given a title, in the two patterns below)
# a title firms pass: 'the 2023 national high-tech enterprise recognition', 'were recognized as little giants'
_RECOGNITION_OF = re.compile(r"\b(?P<label>[\w'’\"“” -]{3,60}?\b(?:enterprises?|firms?|companies|SMEs|giants?))\s+"
                             r"(?:recognition|certification|accreditation)\b|"
                             r"\b(?:" + _TITLED + r")\s+as\s+(?P<title>[^,;.()]{3,60})", re.I)
# the class firms just counted are counted as: '(418 enterprises) in the park are registered as technology-based SMEs'
_COUNTED_AS = re.compile(r"(?:\s+(?:in|at|of) (?:the|this|our) (?:park|zone)s?)?\s+(?:are|were|have been|had been)\s+"
                         r"(?:registered|rated|classified|designated|identified|" + _TITLED + r")\s+"
                         r"as\s+(?P<label>[^,;.()]{3,80})", re.I)
_OF_THEM_AFTER = re.compile(rf"\d[\d,]*\s+{_OF_WHICH}\b", re.I)  # '37 of them food companies'
_OF_WHICH_BEFORE = re.compile(rf"\b{_OF_WHICH}\s*,?\s*(?:(?:about|nearly|more than|over)\s+)?$", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:after|following|reversing|on top of)\s+an?\s+(?:" + _CHANGE_NOUNS + r")\s+of\s*$",
                            re.I)
# a growth rate the one before it moved from: 'accelerating from 10.2 percent', 'up from 14.2 percent'
_RATE_BEFORE = re.compile(r"[,;]\s*(?:and\s+)?(?:(?:accelerat|quicken|speed|pick|slow|eas|climb)\w*(?: up| down)?|"
                          r"up|down)\s+from\s*$", re.I)
# ... dated by the stretch named right after it: '... in the first quarter', '... in 2023'
_GROWTH_MOVED_OPENS = re.compile(r"\s*(?P<growth>(?:the\s+)?growth)(?:\s+(?:in|of)\s+(?P<what>[^,;.]{3,120}?))?\s+"
                                 r"(?:(?:has\s+|had\s+)?(?:slowed|accelerated|eased|quickened|picked up|sped up)"
                                 r"(?:\s+down)?\s+from|"
                                 # ('Growth had been 41.6 percent in the first quarter.')
                                 r"had\s+been)\s*", re.I)
_ITS_PERIOD_AFTER = re.compile(r"\s*(?:per ?cent|%)?\s*(?:in|for|during)\s+(?:the\s+(?:first|second|third|fourth)\b|"
                               r"(?:19|20)\d\d\b|january)", re.I)
_CHANGE_NOUN = re.compile(r"\s*(?P<noun>" + _CHANGE_NOUNS + r")\b", re.I)
# the date of such an earlier change is no period the article reports on
_EARLIER_CHANGE = Prechecked(re.compile(r"\b(?:(?:after|following|on top of|" + _RECOVERING + r")\s+an?\s+"
                                        r"[\d.]+\s*(?:%|per ?cent)\s*(?:" + _CHANGE_NOUNS + r")|"
                                        r"(?:" + _COMPARED_WITH + "|" + _RECOVERING + r")\s+(?:an?\s+)?(?:" +
                                        _CHANGE_NOUNS + r")\s+of\s+[\d.]+\s*(?:%|per ?cent))\s+(?:in|during|for)?\s*$",
                                        re.I))
# ('In March alone, their output value grew ...', '..., when output rose ...', 'output growth picked up to')
# (its stretch before it too: '..., and in June output value was 4.06 billion yuan')
_THE_SAME_MEASURE = re.compile(r"\s*(?:and )?(?:(?:in|for|during) [A-Z][a-z]+ )?"
                               # ('In the second quarter alone output rose 0.9 percent': a stretch of it)
                               r"(?:" + _PART_OF_THE_YEAR + r")?(?:when )?"
                               r"(?:the |its |their |the (?:zone|park)['’]s )?"
                               # ('In August ... output value of 5.73 billion yuan; from January to August,
                               # cumulative output value reached ...': the same firms' since January)
                               r"(?:cumulative |accumulated )?(?:output(?: value)?|added value)\s+"
                               # ('Output in January and February combined had grown by only 6.5 percent': its
                               # stretch named between)
                               r"(?:(?:in|for|during) (?:[\w-]+ ){1,5}?(?:(?:combined|together|alone) )?)?"
                               r"(?:(?:had|has|have) )?"
                               r"(?:was|reached|stood at|totaled|totalled|"
                               r"came to|hit|grew|grown|rose|risen|increased|was up|"
                               r"growth (?:picked up|accelerated|quickened) to)(?: by)?\s*"
                               r"(?:about |nearly |more than |over |only |just )?", re.I)
_THIS_YEAR = re.compile(r"this year|the current year", re.I)
# a run of capitalised words (with 'of', 'and', 'the' inside it), then a headline's lower-case verb
_LEADING_NAME = re.compile(r"((?:[A-Z][\w'’-]*)(?:\s+(?:(?:of|and|the|for)\s+)?[A-Z][\w'’-]*)+)")
# a headline's verb after its subject ('Yushan EDZ tops 2023 tasks, sets goals for this year'; 'Wenchang
# International Aerospace City sets higher goals'): a headline that says goals were set or met, not a heading of them
_HEADLINE_VERB = re.compile(r"(?:['’]s)?\s+[a-z]+(?:s|ed)\b")
# ('US$705 million (RMB 5.0 billion), +8.1%': after the figure's conversion too)
# ('RMB32.6bn (USD 4.5bn) in 2024, +8.4% y/y': the figure's own year may come between)
_CUE_THEN_MINUS = re.compile(r"\b(?:growth|increase|change|yoy|y/y|y-o-y|year[- ]on[- ]year)(?:\s+rate)?"
                             r"(?:\s+(?:of|was|is))?\s*[:：]?\s*[-−]\s*$", re.I)
_SIGN_AFTER_FIGURE = re.compile(r"\s*[)）]?(?:\s+in\s+(?:19|20)\d\d)?\s*[,，]\s*([+\-−])\s*")
# ... or in the next column of a fact sheet's row, after an amount that states its currency: 'Fixed-asset investment
# RMB 42.7 bn      +11.4%' (not a table's bare figures, whose columns the header names)
_SIGN_IN_NEXT_COLUMN = re.compile(r"(?:[ ]{2,}|\t+)([+\-−])\s*")
_CURRENCY_WRITTEN = re.compile(r"RMB|CNY|USD|US\$|\$|¥|yuan|dollars", re.I)
_ALONE = re.compile(r"\s+alone\b", re.I)
_ELIDED_VERB = re.compile(r"\s*(?:(?:had|has|have|counted|hosted|boasted)\s+)?"
                          r"(?:about |nearly |more than |over |some )?", re.I)
# ... or the count it has now, after its goal: '...; it currently has 83', ', and now has 83', '; Sheqi currently
# has 83'
_ITS_COUNT_NOW = re.compile(r"(?:\s+(?:by|at|in) (?:the end of )?(?:(?:the|this) year|(?:19|20)\d\d))?"
                            r"\s*[,;]\s*(?:and\s+|but\s+)?"
                            r"(?:it|the (?:zone|park)|[A-Z][\w'’-]+)?\s*(?:currently|now|already|so far)\s+"
                            r"(?:has|have|counts|had)\s+(?:about |nearly |more than |over |some )?")
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
_LABEL_WITH_CONTENT = re.compile(r"[:：]\s*\S")
_SO_FAR_IT_HAS = re.compile(r"[,;]\s*(?P<said>(?:and\s+|but\s+)?(?:(?:so far|now|currently|at present),?\s+"
                            r"(?:it|the (?:zone|park))|(?:it|the (?:zone|park))\s+(?:so far|now|currently))\s+"
                            r"(?:has|have|counts)\s+(?:about |nearly |more than |over |some )?(?:a total of )?)$", re.I)
# the zone's part of a wider area's total: ', of which the zone contributed 6.11 billion yuan'
_ZONE_PART_WORDS = (r",\s*(?P<part>of which (?:the|this|our) (?:zone|park|development zone|high-tech zone)(?:['’]s)?\s+"
                    r"(?:contributed|accounted for|made up|was|were|reached|reali[sz]ed|came to|totall?ed)\s+")
_THE_ZONE_S_PART = re.compile(_ZONE_PART_WORDS + r"(?:about |nearly |more than |over |some |almost )?)$", re.I)
_PLANNED_WORDS = re.compile(r"planned to cover|is planned|planned area", re.I)
_ELIDED_BEFORE = re.compile(r"[\s,;]*(?:(?:and|while|whereas)\s+)?(?:the\s+)?", re.I)
# a change in a count whose verb the sentence gave before: ', and the number of listed companies from five to 19'
_ELIDED_FROM_TO = re.compile(r"(?:,\s*|;\s*)(?:and\s+|while\s+)?(?:the\s+(?:total\s+)?number\s+of\s+)?"
                             r"(?P<label>[A-Za-z][^,.;:\d]{2,80}?\b(?:enterprises|companies|firms|giants?)"
                             r"(?:\s+above\s+designated\s+(?:size|scale))?)\s+from\s+" + F.FROM_COUNT, re.I)
_THEN_TO_NUMBER = re.compile(r"\s+to\s+(?:about |nearly |more than )?(?:\d|one|two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve)", re.I)
# ('listed companies 3 (of which main board 2)'; a line's end too: a spaced label's row over the next row)
_AND_THAT_OF = re.compile(r"\s+and\s+that\s+of\b", re.I)
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,;.，；。)）(（\n]|$)")
_LIST_OPENER = re.compile(rf"^(?:{_OF_WHICH}|among (?:them|which)|including)\s+", re.I)
# ('tea enterprises 126 households, of which above-scale 38 households': a part of the firms counted before, named by
# its size alone, as machine translation renders 其中规上38户)
_ABOVE_SIZE_OF_WHICH = re.compile(r"[,，]\s*(?P<of>of which|among them)\s+(?:the\s+)?"
                                  r"above[- ](?:scale|designated[- ]size)\s*$", re.I)
_FIRMS_COUNTED_BEFORE = re.compile(r"(?P<label>(?:[A-Za-z][\w-]*\s+){0,3}(?:enterprises|companies|firms))\s+[\d,]+"
                                   r"(?:\s*(?:households?|家|户))?\s*$", re.I)
# (the commas of the term 专精特新 count as the label's: 'provincial-level specialized, refined, characteristic and new
# small and medium-sized enterprises 23')
_LABEL_BEFORE = re.compile(r"(?:(?P<label>[A-Za-z](?:[^,.;:，；：\d()]|,(?=\s*(?:refined|fine|special\w*|sophisticated|"
                           r"distinctive|characteristic|unique|innovative|novel|new)\b)){0,100}?\b"
                           r"(?:enterprises|companies|firms|SMEs|giants?)"
                           r"(?:\s+above\s+designated\s+(?:size|scale))?)"
                           # ('High-tech enterprises (number)        58' in a fact box)
                           r"(?:\s*[(（](?:number|no\.|units?|count|家|个)[)）])?"
                           # ('enterprises above designated size（规上工业企业）67家': its Chinese name in brackets)
                           r"(?:\s*[(（][\u4e00-\u9fff]{2,16}[)）])?"
                           r"\s+(?:more than |over |about |nearly |exceeding |above |reached |totall?(?:ing|ed) |"
                           # ('..., that of national "little giant" enterprises at 3')
                           r"totals? |numbered |of |(?:stood |stands )?at )?|"
                           # ... or the Chinese a half-translated page leaves: '规上企业142家', '高新技术企业 58家'
                           # ('国家级专精特新"小巨人"企业 9家'; '上市公司（listed companies）6家', its gloss after it)
                           r"(?P<clabel>[\u4e00-\u9fff\"“”]{0,16}(?:企业|公司))"
                           r"(?:[(（][A-Za-z][^()（）\n]{0,40}[)）])?\s*(?:达到|达|约|近|超过|共|有|为)?)$", re.I)
_ANY_FIRMS = re.compile(r"(?:all kinds of |various |related )?[\w\s-]{0,60}?\b(?:enterprises|companies|firms)", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+|more than\s+|over\s+)?$", re.I)
# the rest of a quoted figure that a correction withdraws: '"6.84 billion yuan, up 21.1%" should read ...'
_INCENTIVE = re.compile(r"\b(?:can apply|may apply|eligible|entitled|awards?|subsid(?:y|ies|ised|ized)|rebates?|"
                        r"reward(?:s|ed)?|incentives?|bonus(?:es)?|qualify|qualifies)\b")
_QUALIFYING_SIZE = re.compile(r"\b(?:projects?|investing|investments?|investors|firms|enterprises|companies|"
                              r"manufacturers)\s+(?:with\s+(?:an?\s+)?(?:total\s+)?investment\s+)?(?:of\s+)?"
                              # ('Enterprises whose annual tax paid exceeds 10 million yuan are rewarded ...')
                              r"(?:(?:whose|with)\s+(?:[\w-]+\s+){1,4}?(?:exceeds?|reach(?:es)?|is|are)\s+"
                              r"(?:over|above|more than|at least)?|"
                              r"over|above|more than|exceeding|of at least|at least|no less than)\s*"
                              r"(?:RMB|CNY|US\$|USD|\$|¥)?\s*$", re.I)
# a transcript's speaker label: 'SOUNDBITE (GAO JIANMIN, General Manager, X Co.):', '[SOUNDBITE: Sun Peng, general
# manager, Weihai Haixin Carbon Fiber Co.]', 'SOUNDBITE — Tang Hao, production director, Yibin Jiali Battery Co.:'
# ... until the next label ('00:37 VOICE-OVER:', 'SUPER:', '[Natural sound]')
_TRANSCRIPT_LABEL = re.compile(r"SOUNDBITE\s*[(:,—–-]?\s*(?P<who>[^\n\])\"“]{3,160}?)\s*(?:[)\]]\s*:?|:)|"
                               r"\b(?:VOICE-OVER|SUPER|REPORTER|ANCHOR|STAND-?UP(?:PER)?|NATS?|NATURAL SOUND)\b",
                               re.I)
_FIRM_NAMED = re.compile(r"(?:\bCo\.|\b(?:Company|Group|Ltd|Corp|Inc|Factory)\b)")
_PROJECTS_OFFERED = re.compile(r"[ \t]*(?:[-•·*][ \t]*)?(?:projects? (?:recruitment|for investment|seeking "
                               r"investment|(?:up )?for (?:investment|cooperation))|investment (?:promotion )?projects|"
                               r"recruitment projects|projects to be (?:attracted|invited))[ \t]*[:：]", re.I)
_EARLIER_VERSION = re.compile(r"\b(?:an? )?(?:earlier|previous) version of (?:this|the) (?:article|story|report|"
                              r"release|page|text)\b", re.I)
_WITHDRAWN = re.compile(r"[^\"“”\n]{0,40}[\"”]\s+should (?:read|be|have been)\b", re.I)
# a line's label before its figure: '- Contracted investment of 23 new projects: '
_LINE_LABEL = re.compile(r"[ \t]*(?:[-•·*▶►]\s*)?(?P<label>[A-Za-z][^:：\n()]{2,80}?)\s*[:：]\s*"
                         r"(?:RMB\s*|US\$\s*|\$|¥)?")
# the firms named as the makers of what the sentence's subject is: '... made by its 11 new materials enterprises'
_MADE_BY_ITS = re.compile(r"\bmade by (?:its |the (?:zone|park)['’]s )?(?:about |nearly |more than |over |some )?$",
                          re.I)
# a date for a line's label: 'As of June 30: 127 industrial enterprises above designated size, ...'
# a sentence that is nothing but counts, each its number and label ('Around 3,000 enterprises, just over 330 of them
# above designated size, and eighty-odd high-tech enterprises.'), after a speaker's label; or after a day
_SPEAKER_LABEL = r"(?:[A-Z][\w.'’ -]{0,40}[:：]\s*)?"
_COUNT_ITEMS = (r"(?:(?:of which |among them |including )?"
                r"(?:about |around |more than |over |nearly |some |just over |roughly )?"
                r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)*)\s+"
                # (a label, not a clause: 'Six enterprises entered the above-size statistics last year')
                r"(?:(?!\b(?:was|were|had|has|have|will|entered|reached|added|joined|became|moved|settled|"
                r"signed|received|won|got|passed|grew|rose|made|did)\b)[^,.;:\d]){3,80}?"
                r"(?:,\s*(?:and\s+)?|\s+and\s+|\.?\s*$))+")
_COUNTS_ONLY = re.compile(_SPEAKER_LABEL + _COUNT_ITEMS, re.I)
# ('246 industrial enterprises above designated size  |  318 national high-tech enterprises  |  4 listed companies': a
# fact sheet's line of counts, each its figure first, set apart by bars; read as the counts it lists)
_COUNTS_BARRED = re.compile(r"(?:\s*(?:about |over |more than |nearly )?\d[\d,]*\+?\s+[A-Za-z\"“][^|\d]{2,80}?"
                            r"\s*(?:\||$)){2,}")
_CONCESSION = re.compile(r"\b(?:despite|in spite of|notwithstanding)\b")  # (on the folded sentence)
_CONCESSION_BEFORE = re.compile(r"\b(?:despite|in spite of|notwithstanding)\b[^,;]{0,80}$", re.I)
_WITH_AN_AREA = re.compile(r"\bwith an? (?:[\w-]+ ){0,2}area of (?:about |nearly |over |some )?$", re.I)
_AT_YEAR_END = re.compile(r"\s(?:at|by) (?:the )?(?:year[- ]end|end of the year)\.?\s*$", re.I)
_COUNT_SEPARATOR = re.compile(r"\s+[/|·•]\s+|;\s*")  # '5 national little giants / 37 provincial ... SMEs'
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_AS_OF_COUNTS = re.compile(_SPEAKER_LABEL + r"(?:as (?:of|at)|(?:at|by) the end of)\s+[\w .-]{2,30}?,\s*"
                           + _COUNT_ITEMS, re.I)
_AS_OF_LABEL = re.compile(r"\s*(?:as (?:of|at)|(?:at|by) the end of|end of|end-)\s*[\w ,.-]{2,30}[:：]", re.I)
# the last item of a list of counts whose labels come first: '..., national high-tech enterprises 178, and '
_AND_ANOTHER_COUNT = re.compile(r"\d[\d,]*\s+[^.;:\d]{3,80}?\b(?:enterprises|companies|firms|SMEs|giants)\s*,?\s+and\s+"
                                r"(?:about |nearly |more than |over |some )?$", re.I)
_ALONG_WITH = re.compile(r",\s*(?:along|together) with\s+(?:about |nearly |more than |over |some )?$", re.I)
_AFTER_A_COUNTED_ITEM = re.compile(r"\b(?:enterprises|companies|firms|SMEs|giants)\s+\d[\d,]*\s*,?\s+and\s+$", re.I)
# firms counted where the zone is: 'More than 300 companies operate there'
_OPERATE_THERE = re.compile(r"\s+(?:now\s+)?(?:operate|are (?:based|located|registered|operating))\s+"
                            r"(?:there|here)\b", re.I)
# firms that hold a title now: 'Another 87 companies hold Beijing's title of ...' (another group, no increment)
_THEY_HOLD = re.compile(r"\s+(?:now\s+)?(?:hold|carry|bear)\s", re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:add|adding|newly add(?:ed)?|another|a further|an additional)\s+"
                               r"(?:(?:more than|over|about|nearly|some|at least|no fewer than)\s+)?$", re.I)
# ('Fixed-asset investment          +14.8%': a fact sheet's row whose amount column is blank)
# ('Industrial added value above designated size: (+6.1%)': the change alone in brackets after the label too)
# ('Industrial added value above designated size ........ -- (+6.3%)': no amount, a dash in its place)
_LABEL_THEN_SIGN = re.compile(r"(?:[:：]\s*(?:(?:--|—|–|/)\s*)?(?:[(（]\s*)?|(?<=[A-Za-z)])\s+(?=[▲▼↑↓⬆⬇])|"
                              r"(?<=[A-Za-z)])[ ]{4,})"
                              r"([+\-−▲▼↑↓⬆⬇])\ufe0f?"
                              r"\s*$")
# a goal for the measure just given, in words that do not name it (``_goal_again``)
_GOAL_CLAUSE = re.compile(r"(?:\b(?:aims?|aiming|plans?|planning|wants?|intends?|strives?|seeks?|hopes?)\s+"
                          r"(?:(?:it|the figure)\s+)?"
                          # ('..., and aims to have 70 by the end of 2020': a count's goal)
                          r"(?:for|at|to\s+(?:reach|hit|exceed|top|pass|achieve|surpass|have))|"
                          # ('...; the plan calls for 280 by 2025')
                          r"\b(?:plan|target|goal|programme|program|outline)s?\s+calls?\s+for|"
                          # ('..., and for this year we expect to exceed 2.9 billion yuan', 'it is expected to top')
                          r"\b(?:we|it|they|the zone|the park)\s+(?:(?:is|are)\s+)?expect(?:s|ed)?\s+(?:it\s+)?to\s+"
                          r"(?:reach|hit|exceed|top|pass|cross|surpass|achieve)|"
                          # ('...; the whole year is expected to reach 26.2 billion yuan', '..., and the full-year
                          # figure is expected to exceed 1.9 billion yuan': a forecast in a report before the year ends)
                          r"\b(?:the\s+)?(?:whole|full)[- ]year(?:\s+(?:figure|total))?\s+(?:is|are)\s+(?:expected|"
                          r"estimated|projected|forecast)\s+to\s+(?:reach|hit|exceed|top|pass|surpass|achieve)|"
                          # ('..., and by 2025 it will reach 40 billion yuan')
                          r"\b(?:it|that figure|this figure|the figure)\s+(?:will|would|should|is to|is set to)\s+"
                          r"(?:reach|hit|exceed|top|pass|surpass|rise to|grow to|climb to)|"
                          r"\bsets?\s+(?:a|an|its|the)\s+(?:\w+\s+)?(?:goal|target)\s+of|"
                          # ('..., with an interim target of 24 billion yuan in 2026')
                          r"\b(?:and|against|with)\s+(?:a|an|the|its)\s+(?:interim\s+|mid-term\s+|annual\s+)?"
                          r"(?:goal|target)\s+of|"
                          # ('..., and the goal is 17 billion yuan next year')
                          r"\b(?:and|while)\s+(?:the|its|our)\s+(?:goal|target)\s+is|"
                          # ('The figure already exceeds the park's full-year plan of 20 million US dollars.')
                          r"\b(?:exceed(?:s|ed)?|beat(?:s)?|surpass(?:es|ed)?|tops?|topped|above|past)\s+(?:the|its)\s+"
                          r"(?:(?:zone|park)['’]s\s+)?(?:full-year |annual |yearly |whole-year )?"
                          r"(?:plan|target|goal)\s+of|"
                          # ('... strives to complete output value of 8.8 billion yuan for the whole year, and to
                          # exceed 15 billion yuan by 2027': the goal's verb again, for a later year)
                          r"^[^\d;]{0,30}?,\s*(?:and\s+)?to\s+(?:reach|exceed|top|pass|hit|surpass))"
                          r"\s*(?:about |around |approximately |roughly |nearly |more than |over |at least )?$", re.I)
_A_SHARE_OF = re.compile(r"^\s*of\s+(?:the|its)\b", re.I)  # after 'reached 68 percent'
_THE_PLANNED = re.compile(r"\b(?:the|its)\s+planned\s*$", re.I)
_THE_BEFORE_GOAL = re.compile(r"\b(?:the|its|plan['’]s|against)\s+$", re.I)
# (a milestone is no goal: 'the first industry to pass the 10-billion-yuan mark'; the plan's mark is)
# ('compared with the 20 billion yuan set in the plan')
_GOAL_SET_IN_PLAN = re.compile(r"\s+(?:set|laid down|fixed)\s+(?:in|by)\s+(?:the|its)\s+(?:[\w-]+\s+)?plan\b", re.I)
# ('85.6 percent of the 25 billion yuan targeted for 2025')
# ('... 7 billion yuan planned for the whole five years': a goal's amount, the words after it saying so)
_PLANNED_FOR_AFTER = re.compile(r"\s+(?:planned|targeted)\s+(?:for|by|over)\b", re.I)
_GOAL_NOUN_AFTER = re.compile(r"-?\s*(?:target|goal)\b|" + _PLANNED_FOR_AFTER.pattern + "|" + _GOAL_SET_IN_PLAN.pattern,
                              re.I)
_PLAN_S_MARK = re.compile(r"\bplan['’]s\s+$", re.I)
_PLAN_NAMED = re.compile(r"\b(?:plan|plans|planning|programme|program|outline)\b", re.I)
_PLAN_PERIOD_END = r"(?:by|at)\s+the\s+end\s+of\s+the\s+(?:plan|planning)\s+period"
_PLAN_END_AFTER = re.compile(r"\s+" + _PLAN_PERIOD_END, re.I)
# ('the 7 billion yuan goal set for 2025', 'the 2 billion yuan planned by the end of the plan period')
_GOAL_DEADLINE = re.compile(r"(?:-?\s*(?:target|goal|mark)\b)?(?:\s+planned|\s+targeted|\s+set(?=\s+for\b))?\s*,?\s*"
                            r"(?:(?:for|by|in)\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)\b|"
                            r"(?P<plan_end>" + _PLAN_PERIOD_END + r")|"
                            r"(?:for|over)\s+the\s+(?:whole\s+|entire\s+|full\s+)?(?P<five>five|5)\s+years|"
                            r"(?P<this>this year)|"
                            r"(?P<next>next year))", re.I)
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|became|becomes|remains|as)\s+(?:the\s+|an?\s+)?$", re.I)
_COUNTING_IN = re.compile(r"Including[^\d,.;]{1,80},")  # (not a footnote's 'Including 46 million yuan of ...')
# a reason given after the figures: '..., up 39.2 percent, as a new complex reached full capacity in ...'
# (or a concession: '..., up 6.8%, in spite of the collapse of export orders in the first half.')
# (an aside inside the reason too: '..., as spending on the port road and the customs yard, both finished last year,
# dropped out of the base')
_MOVED_BEFORE = re.compile(r"\b(?:fell|rose|dropped|declined|grew|increased|decreased|slowed|slumped|surged|jumped|"
                           r"recovered|rebounded|shrank|contracted)\b")
_REASON_CLAUSE = re.compile(r",\s*(?:(?:mainly|largely|partly|chiefly|mostly)\s+)?(?:as(?! well\b| of\b)|because|since|"
                            r"thanks to|due to|in spite of|despite)\s+(?:[^,;]*,){0,2}[^,;]*$|"
                            # ('... fell 2.4 percent to 3.96 billion yuan after fire truck deliveries were delayed in
                            # the first half': what happened before, a clause of its own)
                            # (or in the active: '... fell 3.4 percent to 1.05 billion yuan after several food
                            # firms completed their equipment upgrades in 2022')
                            r"\s(?:after|when)\s+(?:[\w'’-]+\s+){1,8}?(?:(?:was|were|had been|has been|have been)\s+)?"
                            r"\w+ed\b[^,;\d]*$|"
                            # (or named by what happened: '..., down 6.5 percent, after the completion of two large
                            # projects in 2022')
                            r",\s*(?:after|following|upon)\s+the\s+(?:completion|commissioning|start-?up|opening|"
                            r"shutdown|closure|relocation|expiry|end)\s+of\b[^,;]*$", re.I)
_REASON_OPENS_WITH_TIME = re.compile(r"\s(?:after|when|as|because|since)\s+$", re.I)
_TIME_S_THING_DONE = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,5}?(?:was|were|had been|has been|have been)\s+\w+(?:ed|en)\b")
_AFTER_A_CLAUSE = re.compile(r"[,;]\s*(?:after|following)\s+$", re.I)
_AFTER_THE_YEAR = re.compile(r"\b(?:after|following)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?years?\s*$", re.I)
# ('That leaves it 1.7 billion yuan short of the plan's 2025 goal of 20 billion yuan')
_THAT_IS = re.compile(r"[\s\"“']*(?:that|this|it|the figure)\s+(?:is|was|equals|amounts to|means|leaves it|puts it)\b",
                      re.I)
_ARROW_BEFORE = re.compile(r"([▲▼↑↓⬆⬇])\ufe0f?\s*$")
# ('2.87 billion yuan in the first quarter (+8.5%)': after the figure's stretch too)
_SIGNED_IN_BRACKETS = re.compile(r"(?:\s+(?:in|for|during)\s+(?:the\s+(?:first|second|third|fourth|last)\s+"
                                 r"(?:quarter|half|two quarters|three quarters)|" + F.MONTH_NAMES
                                 + r"|the\s+first\s+\w+\s+months)(?:\s+of\s+(?:19|20)\d\d)?)?"
                                 r"\s*[(（]\s*([+\-−])\s*", re.I)
_PERCENT_OF = re.compile(r"\s*of\b", re.I)
# a change stated against the year before, after its figure: '12.6 percent higher than in 2022'
_THAN_BEFORE = (r"(?P<than>higher|more|lower|less)\s+than\s+(?:in\s+|that of\s+|for\s+)?(?:the previous year|the year "
                r"before|the same period(?: of| in)?(?: last year| the previous year| a year (?:earlier|ago))?|"
                # ('11.6 percent more than in March 2022': the same month of the year before)
                r"last year|a year (?:earlier|before|ago)|(?:" + F.MONTH_NAMES + r"\s+)?(?P<year>(?:19|20)\d\d))")
# a change stated against a named year, before it: 'Compared with 2021, ...', 'over the same period of 2021, ...'
# ('Compared with the first quarter of 2019, output rose 21.4 percent', 'Against the fourth quarter of 2024, output
# was down 8.6 percent': a part of a year named, the change is against that part)
_VERSUS_YEAR = re.compile(r"\b(?:compared (?:with|to)|against|over)\s+(?:the same period (?:of|in)\s+|that of\s+|"
                          r"the (?P<part>(?:first|second|third|fourth) quarter|(?:first|second) half) of\s+)?"
                          r"((?:19|20)\d\d)\b(?!\s*(?:-|–|to|and)\s*\d)", re.I)
# ('rose 16.2 percent on 2020 to 5.64 billion yuan', 'grew 21 percent over 2019'): the year compared with, after it
_ON_A_YEAR_AHEAD = re.compile(r"\s*(?:on|over)\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to|and)\s*\d)")
_OPENS_COMPARED = re.compile(r"[\s\"“]*against\b", re.I)
_PART_MONTHS = {"first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
                "fourth quarter": (10, 12), "first half": (1, 6), "second half": (7, 12)}
_CHANGE_NOUN_AHEAD = re.compile(r"\s*(?:year[- ]on[- ]year\s+)?(?P<noun>" + _CHANGE_NOUNS + r")\b", re.I)
_FALLS = ("decline", "drop", "fall", "contraction", "decrease")
# (or right after the figure it is the change of: 'Tax revenue was 1.2 billion yuan, a 5.2 percent increase')
# ('..., including a 21.5 percent rise in industrial investment')
_A_BEFORE = re.compile(r"\b(?:posted|recorded|registered|saw|showed|reported|achieved|logged|marked|including)"
                       r"\s+an?\s$|"
                       r"^(?:\s+(?:for|in|over) [\w\s]{1,24})?\s*,\s*an?\s$", re.I)
_YOY_AHEAD = re.compile(r"^\s*(?:year[- ]on[- ]year|yoy|" + _THAN_BEFORE + ")", re.I)
_YOY_TAIL = re.compile(r"^\s*(?:year[- ]on[- ]year|year on year|yoy|y/y|y-o-y|" + _THAN_BEFORE + "|(?:" + _CHANGE_NOUNS
                       + r")\b)", re.I)
_LEADING_CONNECTIVE = re.compile(r"^(?:and|while|meanwhile|with)\s+", re.I)
_OPEN_BRACKET = re.compile(r"\s*[(（]\s*")
_EACH = re.compile(r"\s*each\b(?!\s+(?:year|quarter|month)\b)", re.I)  # (not 'each year': a yearly goal)
# land left over: '... of industrial land remains available', '6.3 km2 still available', '2 square kilometers unused'
# plots the zone deals in: '1,800 mu of land will be prepared for new projects', '... had been approved'
_LAND_DEALT_WITH = re.compile(r"\s*of\s+(?:[\w-]+\s+){0,2}?land\s+(?:(?:will|is to|are to|had|has|have|was|were)\s+)?"
                              r"(?:been\s+|be\s+)?(?:newly\s+)?(?:approved|prepared|supplied|reserved|acquired|"
                              r"requisitioned|transferred|sold|leased|set aside|provided|released|auctioned)\b", re.I)
_STILL_AVAILABLE = re.compile(r"\s*(?:of\s+(?:[\w-]+\s+){0,2}?land\s+)?(?:(?:remains?|is|are)\s+)?(?:still\s+|yet\s+)?"
                              r"(?:available|unused|undeveloped|vacant|left)\b", re.I)
# a list's item that names one project, plant or line, then its investment
_PROJECT_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)、]|[-•·*▸►▪■●◆])[ \t]*[^:：;\n]{3,120}?\b"
                           r"(?:project|plant|(?:production )?line|cent(?:er|re)|factory|phase(?: [IVX\d]+)?|mine|"
                           r"station|headquarters)\b[^:：;\n]{0,40}?[:：,][ \t]*(?:with[ \t]+(?:a[ \t]+)?)?"
                           r"total[ \t]+(?:planned[ \t]+)?investment(?:[ \t]+of)?[ \t]*"
                           r"(?:about[ \t]+|nearly[ \t]+|more than[ \t]+|over[ \t]+)?(?:RMB|CNY|¥)?[ \t]*$", re.I)
_PER_BEFORE = re.compile(r"\bper\s*$", re.I)
# a refund or rebate paid out: no measure of the zone ('a one-off VAT refund of about 2.3 million yuan')
_REFUND_OF = re.compile(r"\b(?:refunds?|rebates?)\s+(?:of|worth|totall?ing)\s+(?:about |nearly |some |"
                        r"more than |over )?(?:RMB|CNY|¥|US\$|\$)?\s*$", re.I)
_CAPPED_AT = re.compile(r"\b(?:capped at|(?:with )?a (?:cap|ceiling) of|(?:up to )?a maximum of)\s*"
                        r"(?:RMB|CNY|¥|US\$|\$)?\s*$", re.I)
_PER_AMOUNT_OF = re.compile(r"\bper\s+(?:[\d,.]+\s+)?(?:ten thousand\s+)?(?:yuan|rmb|mu|unit)\s+of\s+[^,;]{1,60}$",
                            re.I)
_AND_ANOTHER_CLAUSE = re.compile(r",\s*and\s+(?!by\b)[a-z]+")
_COMBINED = re.compile(r"\bindustries\b[^.;]*\bcombined\b", re.I)  # 'the leading industries of ... a combined output
# (after a conversion in brackets too: '$182 million (1.3 billion yuan) in foreign direct investment ..., up')
# ('paid 612 million yuan in taxes, 5.7 percent more than a year earlier': the change word after the figure)
_MEASURE_NAMED_AFTER = re.compile(r"\)?\s*(?:in|of) [\w\s-]{2,60}?,\s*(?:(?:an? )?(?:year[- ]on[- ]year )?"
                                  r"(?:up|down|increase|decrease|rise|fall|drop|decline|growth)\s*(?:of\s*|by\s*)?"
                                  # ('..., up nearly 30 percent': the change's own qualifier)
                                  r"(?:nearly|almost|about|around|over|more than|close to)?\s*)?",
                                  re.I)
_ADMIN_AFTER = re.compile(r"\s+(?:City|County|Prefecture|Province)['’]s\b")
# a measure of firms about to be counted: 'Revenue of the zone's roughly 470 ...', 'the output value of its 58 ...'
_MEASURE_OF_THE = re.compile(r"(?P<measure>[\w\s-]{3,60}?)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                             r"(?:(?:zone|park|area)['’]s\s+)?(?:roughly |about |some |nearly |more than |over )?$",
                             re.I)
_OF_THAT = re.compile(r"\s*of (?:that|this|it|the total)\b", re.I)
# the firms above designated size as the subject of a part: 'Enterprises above designated size accounted for'
_ABOVE_SIZE_PART = re.compile(r"\babove[- ](?:designated|scale)(?:[- ](?:size|scale))?\s+(?:\w+\s+)?"
                              r"(?:accounted for|contributed|made up|generated|produced)\s+(?:about |nearly |some )?$",
                              re.I)
_DEFINING_ASIDE = re.compile(r"\s[–—]\s*(?:those|that is|i\.e\.|namely|defined as|meaning)\b[^–—.]{0,160}[–—]|"
                             r"\((?:those|that is|i\.e\.|namely|defined as|meaning|with annual)\b[^()]{0,160}\)|"
                             # a size class of what is counted: 'Fixed assets investment (projects of 5 million yuan
                             # and above): 38,760', '(projects above 5 million yuan)', '(of projects over 5 million)'
                             r"[(（](?:of\s+)?(?:projects|enterprises|firms|companies)\s+"
                             r"(?:(?:of|with|worth|valued at)\s+)?(?:(?:above|over|more than|at least)\s+)?"
                             r"(?:RMB\s*|¥\s*)?[\d.,]+\s*(?:million|billion|"
                             r"hundred million|10,000|ten thousand)?\s*(?:yuan|RMB)?(?:\s+(?:and|or)\s+(?:above|more))?"
                             r"(?:\s+(?:in|of) (?:planned )?(?:total )?investment)?[)）]|"
                             # 'The zone, which produces about 85 percent of the district's industrial output, paid
                             # 1.46 billion yuan in taxes': a share said in passing
                             r",\s*which (?:produces|accounts for|contributes|makes up|generates)\b[^,;]{1,80},",
                             re.I)
# a goal for the year beside the figure: 'completing 76.3 percent of the annual target of 15.2 billion yuan',
# 'grew 16.3 percent, against a target of 12 percent', '12.6 billion yuan (annual target: 20 billion
# yuan)'
# ('against a 2025 target of 80 billion yuan', 'above the 2025 target of 45': the goal for the year it names)
# (a plan's too: 'the plan's 2025 goal of', 'against a plan goal of', 'the five-year target of', in a plan's review)
_ANNUAL_TARGET_OF = re.compile(r"(?:\b(?:the|its|an?) (?:(?P<plan>plan['’]s|plan|five-year) )?"
                               r"(?:(?:adjusted|revised|raised|original) )?"
                               r"(?:annual|full-year|yearly|whole-year|(?P<year>(?:19|20)\d\d)) |"
                               r"\b(?:the|its|an?) (?P<plan3>plan['’]s|plan|five-year) |"
                               r"\bagainst (?:a|the|its) (?:(?P<plan2>plan['’]s|plan|five-year) )?"
                               r"(?:(?:annual|full-year|yearly|(?P<year2>(?:19|20)\d\d)) )?|"
                               # '..., compared with a target of 41 billion yuan', '..., beating its target of ...'
                               # ('..., short of the city's target of 13 billion yuan': the goal the city set it)
                               r"\b(?:compared (?:with|to)|beating|exceeding|surpassing|topping|"
                               r"(?:falling |fell |just )?short of|missing|behind) "
                               r"(?:a|the|its|the (?:city|county|district|province)['’]s|this year['’]s) |"
                               # ('..., 80% of the target of US$60 million': the share of a goal that was met)
                               # (the window may open after the share: ' of the target of ')
                               r"(?:^\s*|%\s*|\bpercent\s+|\bper cent\s+)of (?:the|its) |"
                               r"\(\s*(?:annual|full-year|yearly) )(?:target|plan|goal|task)"
                               # ('(annual target 5.7 billion yuan, 102.3% completed)': in brackets, with no colon)
                               r"(?: of|\s*[:：]|(?<=target)(?= )|(?<=plan)(?= )|(?<=goal)(?= )|(?<=task)(?= ))"
                               r"\s*(?:growth of\s*)?(?:about |nearly |more than |over )?$", re.I)
# a period named as a goal's ('the target for the year', 'the budget for the full year'): not what the text reports on
# ('passing the 2025 target of 40 a year early': the year of a goal, which dates no line after it)
_GOAL_AFTER_YEAR = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?)\b", re.I)
# (the period may take the 'for' in: 'goal for 2025' read as 'for 2025')
# ('deployed the target tasks of 2024', 'the work plan for 2024')
_GOAL_FOR = re.compile(r"\b(?:target|goal|plan|budget)s?\s+(?:(?:tasks?|work)\s+)?(?:(?:for|of)\s+)?$", re.I)
# (after an opening year with no comma too: 'In 2022 the zone's 22 dairy enterprises ... generated')
# ('rely on the park's 38 garment and home-textile makers, which turned out ...')
_THE_FIRMS_BEFORE = re.compile(r"(?:^|[.;:,]\s*|\b(?:and|while|of|on|upon)\s+|\b(?:19|20)\d\d\s+)(?:the|its|their|our|"
                               r"the (?:zone|park|chain|cluster|industry|sector)['’]s)\s+"
                               r"(?:more than |over |about |nearly |some |roughly )?$", re.I)
# a row's label that names the firms above designated size set in under a row of output ('  of which: enterprises above
# designated size ......'), its dot leader too where the label's colon kept it from being made one
_ABOVE_SIZE_PART_LABEL = re.compile(r"[ \t]*(?:of which|including|among them)[ \t]*[:：]?[ \t]*(?:industrial[ \t]+)?"
                                    r"enterprises[ \t]+above[ \t]+designated[ \t]+(?:size|scale)[ \t]*[:：]?"
                                    r"(?:[ \t]*(?:\.{4,}|·{2,}|…+))?[ \t]*", re.I)
_ABOVE_SIZE_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:from|of|by) (?:the )?(?:\w+ )?(?:industrial )?"
                               r"enterprises above\s+designated\s+(?:size|scale)|"
                               # ('It turned out output value of 8.74 billion yuan above designated size in the six
                               # months')
                               r"above\s+designated\s+(?:size|scale)\b(?!\s+(?:enterprises|firms|companies)))", re.I)
# firms counted after an amount's measure: 'output value of the zone's 46 ...', 'Output of the sector's 94 ...'
_OF_THE_FIRMS = re.compile(r"\b(?:output(?: value)?|revenue|income|sales|taxes|tax revenue|exports|investment)\s+"
                           r"(?:of|from|by)\s+(?:the\s+)?(?:(?:zone|park|sector|industry|cluster|chain)['’]s\s+|"
                           r"its\s+|their\s+|our\s+|all(?:\s+the)?\s+)?"
                           r"(?:more than |over |about |nearly |some )?$", re.I)
_SHARE_CLAUSE = re.compile(r",\s*(?:which|that)\s+(?:(?:accounted|accounts|account) for|made up|makes up)\s+"
                           r"[^,;]{1,80},", re.I)
_SHARE_ASIDE = re.compile(r",\s*(?:which|that)\s+(?:(?:accounted|accounts|account) for|made up|makes up)\s+"
                          r"(?:about |nearly |more than |"
                          r"over |almost )?$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")
_FIRMS_AFTER = re.compile(r"[^,.;:()\d]{0,50}?\b(?:enterprises|companies|firms|makers|manufacturers|producers)\b",
                          re.I)
# what firms did with what they made, after them: '... enterprises (in the zone) produced / turned out ...'
_FIRMS_MADE = r"\s+(?:in the (?:zone|park)\s+)?(?:produced|reali[sz]ed|achieved|completed|generated|made|" \
    r"turned out|posted|recorded|reported"
# ('The 71 industrial enterprises above designated size in the zone realized gross output value of ...')
# (or the amount first, the measure after it: '... turned out 482 million yuan of output')
_THEY_MADE = re.compile(_FIRMS_MADE + r")\s+(?:(?:an? (?:total |gross )?|total |gross )?(?:cumulative )?"
                        r"(?:industrial )?(?:output value|added value)(?: of)?\s*)?"
                        r"(?:about |nearly |more than |over )?", re.I)
# ('Its 74 industrial enterprises above designated size, led by ceramics makers, paid ...': after an aside too)
# (a count of theirs in the aside too: '17 barium salt enterprises, 9 of them above designated size, turn out')
# ('The 12 enterprises of the equipment manufacturing chain employed ...', 'The 11 enterprises in the chain, from ... to
# ..., turned out ...': the firms of an industry's chain)
# ('The 12 firms making carbon fiber precursors, special coatings and modified plastics reported ...': what they make
# said first; 'the zone's 8 pharmaceutical enterprises saw their output value rise 9.3%')
_FIRMS_DID = re.compile(r"(?:\s+(?:of|in) the (?:[\w-]+\s+){0,4}?(?:chain|industry|sector|cluster))?"
                        r"(?:\s+(?:making|producing|that make|which make)\s+[^.;:\d]{3,100}?(?=\s+[a-z]+ed\b))?"
                        r"(?:\s*,(?:[^,.;\d]{3,100}|\s*\d{1,4}\s+of\s+(?:them|which)[^,.;\d]{3,40}|"
                        # ('Its 46 enterprises, led by five-spice beef, peanut and flour products, produced ...')
                        r"\s*(?:led by|such as|including)\s[^.;\d]{3,100}?),|"
                        # ('the park's 38 garment and home-textile makers, which turned out output value of ...')
                        r"\s*,\s*(?:which|that|who)\b|"
                        + _RELATIVE_ASIDE + ")?" + _FIRMS_MADE
                        + r"|employ|employed|account(?:ed)? for|contributed|climbed|rose|"
                        r"grew|increased|fell|reached|totall?ed|came to|paid|include|included|had|turn|turned|sold|"
                        # 'The zone's 38 electronic information enterprises range from a wafer line to ...'
                        # 'The zone's 27 lemon processing enterprises make juice, essential oil and pectin'
                        r"exported|supply|supplied|range|ranged|span|spanned|make|produce|manufacture|"
                        # ('The park's 27 logistics firms reported operating revenue of ...', 'All 137 ... enterprises
                        # above designated size in the park have resumed production')
                        r"reported|recorded|export|exported|sell|sold|saw|earned|brought in|"
                        # ('the park's 12 chili and food processing enterprises extract capsanthin': what they do)
                        r"extract|process|refine|assemble|brew|weave|package|grow|breed|design|develop)\b", re.I)
# imports on their own, not the trade they are part of ('imports and exports', 'exports and imports')
_IMPORTS_ALONE = re.compile(r"(?<!exports and )(?<!export and )\bimports?\b(?!\s*(?:and|&)\s*exports?)", re.I)
# a wider area's word ('the county's 200,000 mu of tea gardens'), not the zone's ('the zone's leading industry')
# ('..., 0.9 percentage points higher than the whole city of Zhucheng': what a figure is compared with)
_COMPARED_TO_BEFORE = re.compile(r"\b(?:higher|lower|faster|slower|more|less|above|below)\s+than\s+(?:that of\s+)?"
                                 r"(?:the\s+)?(?:(?:whole|entire)\s+)?(?:(?:city|county|district|province|region)\s+"
                                 r"(?:of\s+)?|(?:average|level)\s+of\s+(?:the\s+)?)?$", re.I)
# ('The park was set up by Liulin County in 2006 and ... Its planned area is ...': the county that set the park up, an
# agent named in passing)
_CAUSE_AFTER_A_FIGURE = re.compile(r"\d[^.;]*?,\s*(?:driven|helped|boosted|led|dragged|weighed down) by\b[^.;]*$|"
                                   r"\d[^.;]*?,\s*(?:due to|thanks to|because of|owing to|as a result of)\b[^.;]*$",
                                   re.I)
_SET_UP_BY = re.compile(r"\b(?:set up|established|founded|approved|built|launched|initiated|planned|run|managed|"
                        r"administered)\s+by\s+(?:the\s+)?$", re.I)
# ('..., 2.7 percentage points above the average for Xian'an District.': the area compared with, in passing)
_ABOVE_THE_AVERAGE = re.compile(r"\b(?:above|below|over|under|ahead of|behind)\s+the\s+(?:\w+\s+)?average\s+"
                                r"(?:for|of|in)\s+(?:the\s+)?(?:(?:whole|entire)\s+)?$", re.I)
_RANKED_AMONG = re.compile(r"\b(?:rank(?:s|ed|ing)?|placed|place|first|second|third|top|largest|highest|fastest)\b"
                           r"[^.;]{0,40}?\bamong\b[^.;]{0,50}\b(?:of|in)\s+(?:the\s+)?$", re.I)
_AREA_WORD = re.compile(r"(?:the\s+)?(?:county|city|prefecture|province|region|district|town)", re.I)
_WIDER_AREAS = "county|city|prefecture|province|region"
_WIDER_WORD = re.compile(rf"(?:the\s+)?(?:{_WIDER_AREAS})", re.I)
_WIDER_OR_DISTRICT = re.compile(rf"(?:the\s+)?(?:{_WIDER_AREAS}|district)", re.I)
_RELATIVE_SUBJECT_BEFORE = re.compile(r",\s*(?:which|that|as)\s+$", re.I)
# a year recalled, then what it saw: 'The targets build on 2025, when, ...'
_DONE = re.compile(r"\b(?:posted|reali[sz]ed|achieved|recorded|registered|reached|generated|completed|produced|"
                   r"turned out|was|were|grew|rose|increased|totall?ed|came to|amounted to|hit)\b", re.I)
_PAST_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d),\s+when\b")
# a page's note on when its figures were counted: '[Figures as of April 2021]', '(Data as of end-June 2023)'
_DATA_AS_OF_NOTE = re.compile(r"[\[(（]\s*(?:all\s+)?(?:figures|data|statistics|numbers)\s+(?:are\s+)?as of\b"
                              r"[^\])）]{0,40}[\])）]", re.I)
# an industry, then a verb that gives a figure without its measure: 'New materials, mainly ..., reached ', '..., while
# new materials came to '
_INDUSTRY_REACHED = re.compile(r"[\s,;]*(?:(?:while|and|whereas)\s+)?(?P<what>[A-Za-z][\w\s-]{2,60}?)"
                               # ('Vegetable processing and pickles, another traditional trade, generated 4.3 billion
                               # yuan', '..., a characteristic industry built on ..., added 1.12 billion yuan')
                               r"(?:,[^,;]{1,80},)?\s+(?:reached|came to|totall?ed|amounted to|stood at|hit|added|"
                               r"contributed|generated|delivered)\s+"
                               r"(?:about |nearly |more than |over |some |almost )?", re.I)
# an industry's part of a total just given: 'Chemicals made up ' ... ' of the 2025 total'
_INDUSTRY_MADE_UP = re.compile(r"[\s,;]*(?P<what>[A-Za-z][\w\s-]{2,60}?)\s+(?:made up|accounted for|contributed)\s+"
                               r"(?:about |nearly |more than |over |some |almost )?", re.I)
_OF_THE_TOTAL = re.compile(r"\s*of (?:the|that|this|its)\b[^.;,]{0,20}?\b(?:total|figure|sum)\b", re.I)
_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:and|while|whereas|but)\s+|;\s*", re.I)
# an industry cluster's size, before the amount ('cluster worth', 'into a cluster with a scale of') or after it
# ('a CNY100 billion new energy vehicle cluster')
_CLUSTER_WORTH = re.compile(r"\bclusters?\s+(?:worth|valued at|of|with (?:a|an) (?:scale|size|value) of)\s*"
                            r"(?:more than |over |about |nearly )?$", re.I)
_CLUSTER_AFTER = re.compile(r"\s*(?:-level\s+)?(?P<what>[a-z][\w\s,-]{0,60}?)\s+(?:industr(?:y|ial)\s+)?clusters?\b",
                            re.I)
_MADE_INTO_A = re.compile(r"\b(?:build|make|turn|grow|develop|transform)(?:s|ing)?\s+(?P<what>[^,.;:\d]{3,80}?)\s+"
                          r"(?:into\s+)?an?\s*$|"
                          r"(?:^|[,;:]\s*|\bwant\s+|\bfor\s+)(?P<subject>[^,.;:\d]{3,60}?)\s+(?:to\s+|will\s+)?become\s+an?\s*$",
                          re.I)
_AREA_WANTS = re.compile(r"(?:\b(?:the|its)\s+(?:whole\s+|entire\s+)?(?:province|city|county|municipality|prefecture|"
                         r"country|nation|district)\b(?:\s+of\s+[A-Z][\w'’-]+)?"
                         # ('Huizhou city has set a target of building a CNY 1 trillion ... cluster')
                         # (the subject, not where the zone lies: '... Zone in east China's Jiangsu province plans to')
                         r"|(?:^\s*|[,;]\s*)[A-Z][a-z'’-]+\s+(?:city|province|municipality)\b)"
                         r"\s+(?:also\s+|now\s+)?(?:plans|wants|aims|hopes|intends|will|is|has)\b", re.I)
# (or the cluster's measure after 'in': 'a target of 15 billion yuan in biomedicine cluster revenue')
_IN_TERMS_OF = re.compile(r"(?:\s*(?:-level\s+)?(?:[\w-]+\s+){0,4}?(?:industry|cluster|base)\s+(?:in terms of|by)\s+|"
                          r"\s+in\s+(?:[\w-]+\s+){0,3}?(?:industry|cluster|chain)\s+)"
                          r"(?P<what>(?:operating |sales |main business )?revenue|output(?: value)?|sales)\b", re.I)
_SIZED_THING = re.compile(r"\s*(?:-level\s+)?(?:industr(?:y|ial)\s+)?(?:clusters?|industry|base)\b", re.I)
# (or a bracketed aside with a part of its own: '117 (14 newly added this year)', the year the 14's; not a conversion,
# '5.2 billion yuan (758 million US dollars) in 2023')
_CLAUSE_BREAK = re.compile(r"[,;]|[(（]\s*(?:about |over |more than |nearly )?\d[^()（）]{0,20}?\b(?:new|newly|added|"
                           r"of them|of which)\b")
