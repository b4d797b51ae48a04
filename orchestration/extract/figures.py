"""Read figures set out on lines of their own, as 'in numbers' pieces and infographics lay them out.

A mixin of the document reader (``pipeline._Reader``), as ``tables.TableReading`` is: a short
line that holds one figure ('218 billion yuan', '[2022] ¥61.8 billion  ↑ 11.6%') takes its
measure from a caption on the line above it or below it ('Operating revenue'), and several
figure lines may share one caption. It keeps its state in attributes the reader initialises:
``figure_alone`` (a figure whose caption may be the next line), ``caption_block`` (a caption
and the last figure line under it) and ``previous`` (the sentence read last), and calls the
reader's ``_place`` for every draft.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from orchestration.extract import facts as F
from orchestration.extract.periods import Period, find_periods
from orchestration.extract.quantities import Quantity, find_quantities
from orchestration.extract.segment import Sentence


class FigureLineReading:
    """The reader's figure lines; see the module docstring for the state it keeps."""

    def _figure_line(self, s: Sentence, periods: list[Period]) -> bool:
        """A figure alone on its line, as 'in numbers' pieces and infographics set figures out:
        '218 billion yuan' under its caption ('Operating revenue'), read now, or above it, read with
        the next line; a year's badge may date it and its change may follow ('[2022] ¥61.8 billion ↑ 11.6%'),
        several such lines under one caption. False for any other line."""
        # a chart of results beside goals: '¥38.2 billion, +9.1%  →  above ¥42 billion' under '2024 RESULT → 2025 GOAL'
        arrow = _ARROW.search(self.text, s.start, s.end) if self.arrow_goal is not None else None
        end = arrow.start() if arrow is not None else s.end
        if end - s.start > 60:
            return False  # a figure line is short: '[2022] ¥61.8 billion   ↑ 11.6%'
        line_start = self._line_start(s)
        line_end = self.text.find("\n", s.end)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[line_start: s.start].strip() or self.text[s.end: line_end].strip():
            return False  # not a whole line
        badge = _YEAR_BADGE.match(self.text, s.start)
        if badge is not None and arrow is None and self._badged_pair(s, badge):
            return True
        body = badge.end() if badge else s.start
        found = find_quantities(self.text, body, end)
        if periods and found:
            found = [q for q in found if not any(p.start <= q.start < p.end for p in periods)]
        # a date in brackets after the figure dates it: '58 (end of 2023)'
        when = _DATE_AFTER.fullmatch(self.text, found[-1].end, end) if found and periods else None
        when_period = [p for p in periods if p.start >= body]
        if when is not None and not (len(when_period) == 1 and when_period[0].start >= when.start()):
            when = None
        if not found or len(found) > 2 or (when_period and when is None):
            return False
        q, change = found[0], found[1] if len(found) == 2 else None
        between = _CHANGE_AFTER.fullmatch(self.text, q.end, change.start) if change is not None else None
        tail = self.text[(change or q).end: when.start() if when is not None else end]
        if change is None and tail.strip() == "+":  # '2,100+' under 'Enterprises': at least that many
            q, tail = replace(q, qualifier="at_least", end=q.end + tail.index("+") + 1), ""
        if not _FIGURE_MARK.fullmatch(self.text, body, q.start) or (tail.strip(" .;:") and not (
                change is not None and _CHANGE_TAIL.fullmatch(tail))) \
                or q.kind not in ("money", "area", "bare") \
                or (q.kind == "bare" and 1900 <= q.value <= 2100 and q.raw.isdigit()) \
                or (change is not None and (change.kind != "percent" or between is None
                                            # ('RMB 3.46 bn        +9.1% y/y': a second column's change)
                                            or "      " in self.text[q.end: change.start])):
            return False
        above, block = self.previous, self.caption_block
        # (not a caption already read under the figure above it: '🏢 127' over 'enterprises above designated size'
        # over '🔬 58' over 'national high-tech enterprises', each figure's caption below it)
        caption = above if above is not None and above.line_no == s.line_no - 1 and _CAPTION.fullmatch(above.text) \
            and above.line_no != self.caption_below \
            else block[0] if block is not None and block[1] == s.line_no - 1 else None
        if caption is None:
            if badge or change or arrow:
                return False
            self.figure_alone = (q, s)  # its caption may be the next line
            return True
        year = int(badge.group("year") or badge.group("year2")) if badge else None
        # a chart of three columns: 'RMB 8.62 bn → RMB 13.05 bn (+14.6% y/y) → RMB 18 bn' under '2020 base → 2022
        # result → 2025 goal'
        second = _ARROW.search(self.text, arrow.end(), s.end) if arrow is not None and self.arrow_base is not None \
            else None
        dated = Period(badge.start(), badge.end(), (year, 1), (year, 12)) if year else \
            when_period[0] if when is not None else (self.arrow_base if second is not None else self.arrow_result) \
            if arrow is not None else None
        seed = self._captioned(q, s, caption, own=dated)  # 'GDP' on the line above
        if seed is not None:
            if change is not None:
                seed = F.extend(seed, yoy_pct=-abs(change.value) if between.group("down") else change.value,
                                end=change.end)
            self._place(seed, s, [])
            if second is not None:
                self._result_between_arrows(seed, s, arrow.end(), second.start())
                self._goal_after_arrow(seed, s, second.end())
            elif arrow is not None:
                self._goal_after_arrow(seed, s, arrow.end())
        self.caption_block = (caption, s.line_no)  # '[2021] 58' then '[2022] 64' under one caption
        return True

    def _badged_pair(self, s: Sentence, badge: re.Match[str]) -> bool:
        """'2020: RMB 31.2 bn → 2025: RMB 50.6 bn' under its caption: each figure its year's (a year after the
        document's a goal's)."""
        later = _ARROW_THEN_BADGE.search(self.text, badge.end(), s.end)
        above = self.previous
        if later is None or above is None or above.line_no != s.line_no - 1 or not _CAPTION.fullmatch(above.text):
            return False
        first = find_quantities(self.text, badge.end(), later.start())
        second = find_quantities(self.text, later.end(), s.end)
        if len(first) != 1 or not second or first[0].kind not in ("money", "area", "bare") \
                or second[0].kind != first[0].kind:
            return False
        for q, year in ((first[0], int(badge.group("year") or badge.group("year2"))),
                        (second[0], int(later.group("year")))):
            seed = self._captioned(q, s, above, own=Period(q.start, q.start, (year, 1), (year, 12)))
            if seed is not None:
                ahead = self.doc_date is not None and year > self.doc_date.year
                self._place(F.extend(seed, target=True) if ahead else seed, s, [])
        self.caption_block = (above, s.line_no)
        return True

    def _result_between_arrows(self, seed: F.Draft, s: Sentence, start: int, end: int) -> None:
        """The middle column of a chart of three, the result: 'RMB 13.05 bn (+14.6% y/y)' between its arrows, for
        the measure of the figure left of it."""
        found = find_quantities(self.text, start, end)
        if not found or found[0].kind != (seed.quantity.kind if seed.quantity is not None else None):
            return
        figure = found[0]
        change = found[1] if len(found) > 1 and found[1].kind == "percent" else None
        self._place(F.extend(seed, value=figure.value, unit=figure.unit or seed.unit, qualifier=figure.qualifier,
                             quantity=figure, anchor=figure.start, end=(change or figure).end,
                             yoy_pct=change.value if change is not None else None, period=self.arrow_result,
                             base_of=None, dated=()), s, [])

    def _goal_after_arrow(self, seed: F.Draft, s: Sentence, start: int) -> None:
        """The goal right of a chart's arrow, for the measure of the figure left of it: 'above ¥42 billion',
        'growth of about 6.5%', '125'."""
        goal = next(iter(find_quantities(self.text, start, s.end)), None)
        draft = F.goal_after_arrow(seed, goal, self.arrow_goal) if goal is not None else None
        if draft is not None:
            self._place(draft, s, [])

    def _change_line(self, s: Sentence) -> tuple[re.Match[str] | None, Sentence | None]:
        """The change a short line holds alone ('↑ 10.7%'), and the line right above it; (None, None) else."""
        change = F.CHANGE_LINE.fullmatch(s.text) if len(s.text) <= 30 else None
        if change is None and len(s.text) <= 40 and (lead := _STRETCH_LEAD.match(s.text)) is not None:
            change = F.CHANGE_LINE.fullmatch(s.text, lead.end())  # ('Jan-Sep  ▼ 2.3%': the stretch, then the change)
        if change is None and "point" in s.text and (change := F.CHANGE_LINE.match(s.text)) is not None \
                and not _POINTS_COMPARED.fullmatch(s.text, change.end()):
            change = None  # ('▲ up 8.7%, 1.2 percentage points higher than the average of Zhongxiang': the change, and
            # how it compares)
        above = self.previous
        if change is None or above is None or above.line_no != s.line_no - 1:
            return None, None
        return change, above

    def _change_below(self, s: Sentence) -> bool:
        """A change on a line of its own under a figure and its caption, as slides set them out: '31.84' over
        'Operating revenue (billion yuan)' over '↑ 10.7%'. It is the figure's when the caption's line held the
        last figure read and gave it no change; False for any other line."""
        change, above = self._change_line(s)
        if change is None or not self.drafts:
            return False
        draft, *rest = self.drafts[-1]
        if draft.end != above.end or draft.yoy_pct is not None or draft.measure == "stock":
            return False
        value = float(change.group("value"))
        self.drafts[-1] = (F.extend(draft, yoy_pct=-value if change.group("down") else value, end=s.end), *rest)
        if (lead := _STRETCH_LEAD.match(s.text)) is not None and rest[2] == "actual" and draft.period is None:
            # ('21.37 billion yuan' over 'Jan-Sep  ▲ 5.9%': the stretch the figure is of, as the card names it)
            named = find_periods(lead.group(), s.start, self._ctx())
            if len(named) == 1 and named[0].first is not None:
                entity, _, *others = rest
                self.drafts[-1] = (self.drafts[-1][0], entity, named[0], *others)
        return True

    def _change_under_caption(self, s: Sentence, periods: list[Period]) -> bool:
        """A change on a line of its own under a caption with no figure, as fact sheets give a measure whose
        level they do not: 'Fixed-asset investment' over '▲ 14.6%'. The sign tells a change from a share.
        False for any other line."""
        change, above = self._change_line(s)
        if change is None or any(draft.end > above.start for draft, *_ in self.drafts[-1:]):
            return False
        # ('Fixed-asset investment, 2023' over 'Up 8.7 percent': the year the caption names)
        year = _CAPTION_YEAR.search(above.text)
        caption = above.text[:year.start()] if year else above.text
        code = F.money_metric(caption, "") if _CAPTION.fullmatch(caption) else None
        if code is None:
            return False
        value = float(change.group("value"))
        period = None if year is None else Period(above.start + year.start(1), above.start + year.end(1),
                                                  (int(year.group(1)), 1), (int(year.group(1)), 12))
        self._place(F.Draft(code, None, None, "exact", None, above.start, s.end, anchor=s.start,
                            yoy_pct=-value if change.group("down") else value, period=period,
                            industry=F.industry_of(caption, "")), s, periods)
        return True

    def _change_over_caption(self, s: Sentence, periods: list[Period]) -> bool:
        """A change alone on its line over the caption that says whose growth it is, as 'in numbers' pages set
        them out: '+22.7%' over 'Growth of industrial investment'. The sign tells a change from a share ('81.6%'
        over 'Forest coverage'). False for any other line."""
        change = F.CHANGE_LINE.fullmatch(s.text)
        if change is None:
            return False
        line_end = self.text.find("\n", s.end)
        if line_end < 0 or self.text[s.end: line_end].strip():
            return False
        below_end = self.text.find("\n", line_end + 1)
        below_end = len(self.text) if below_end < 0 else below_end
        caption = _GROWTH_CAPTION.fullmatch(self.text, line_end + 1, below_end)
        if caption is not None:
            label, caption_end = caption.group("of") or caption.group("before"), caption.end("caption")
        else:
            # ('▲ 7.9%' over 'Industrial added value above designated size', a tile of its own between blank
            # lines: the measure's change)
            plain = _CAPTION.fullmatch(self.text, line_end + 1, below_end)
            if plain is None or not _set_apart(self.text, self.text.rfind("\n", 0, s.start) + 1, below_end):
                return False
            label, caption_end = plain.group().strip(), below_end
        code = F.money_metric(label, "")
        if code is None:
            return False
        value = float(change.group("value"))
        self._place(F.Draft(code, None, None, "exact", None, s.start, caption_end, anchor=s.start,
                            yoy_pct=-value if change.group("down") else value,
                            industry=F.industry_of(label, "")), s, periods)
        return True

    def _figure_first(self, s: Sentence, periods: list[Period]) -> F.Draft | None:
        """A list item that opens with its figure and gives its caption after a colon, as 'in numbers'
        pieces write them: '- 106.8 billion yuan: operating revenue of enterprises in the park, up 26.5
        percent', '5,842: registered enterprises at the end of 2024'. The change after the caption is
        the figure's (``_read_numbers``, with this draft as its seed)."""
        if ":" not in s.text and "：" not in s.text and "—" not in s.text and "–" not in s.text \
                and "|" not in s.text:
            return None  # (most sentences: no caption after a colon, a dash or a bar)
        opens = _FIGURE_FIRST.match(self.text, s.start, s.end)
        if opens is None or opens.end() >= s.end or not _OPENS_A_FIGURE.match(self.text, opens.end()):
            return None
        found = find_quantities(self.text, opens.end(), s.end)
        if (tile := _TILE_IN_YUAN.match(self.text, opens.end(), s.end)) is not None:
            # '186 m    | yuan, tax revenue (up 6.1%)': the amount's unit after the bar that parts it from its
            # caption, as a page of key-figure tiles sets them
            digits, scaled = tile.group("number").replace(",", ""), tile.group("scale") is not None
            end = tile.end("scale") if scaled else tile.end("number")
            value = Decimal(digits) * (_TILE_SCALES[tile.group("scale").lower()] if scaled else 1)
            found = [Quantity(tile.start(), end, self.text[tile.start(): end], float(digits), float(value), "money",
                              "CNY", "exact", scaled)]
        if not found or found[0].start != opens.end() or any(p.start < found[0].start for p in periods):
            return None
        q = found[0]
        if q.kind == "bare" and q.raw.isdigit() and 1900 <= q.value <= 2100:
            return None  # '2016: The number of enterprises in the park reached 50': a timeline's year, no figure
        colon = tile if tile is not None else _CAPTION_AFTER.match(self.text, q.end, s.end)
        if colon is None or (colon.group().strip() == "|" and (
                (q.raw.startswith("0") and q.raw[1:2].isdigit()) or "|" in self.text[colon.end(): s.end])):
            # ('03 | Enterprises become stronger': a section's number before its heading, no figure; '48.6 billion
            # yuan | Gross industrial output value | +11.4%': a row of cells, read as one)
            return None
        if q.kind == "percent" and colon.group().strip() == "|" \
                and (growth := _TILE_GROWTH.fullmatch(self.text, colon.end(), s.end)) is not None:
            # '+9.4%   | added value of industrial enterprises above designated size', '+11.8% | output value, year on
            # year': a tile's change, of the measure its caption names
            code = F.money_metric(growth.group("label"), "")
            if code is None:
                return None
            if self.drafts and (last := self.drafts[-1][0]).metric == code and last.yoy_pct is None \
                    and last.value is not None and self.text.count("\n", last.end, s.start) == 1:
                # ('2.36 bn | yuan, total industrial output value' over '+11.8% | output value, year on year'): the
                # change of the tile above it
                self.drafts[-1] = (F.extend(last, yoy_pct=q.value), *self.drafts[-1][1:])
                return None
            return F.Draft(code, None, None, "exact", None, q.start, growth.end("label"), anchor=q.start,
                           yoy_pct=q.value, industry=F.industry_of(growth.group("label"), ""))
        end = colon.end() + len(re.split(r"[,;(]", self.text[colon.end(): s.end], maxsplit=1)[0].rstrip(" ."))
        caption = Sentence(colon.end(), end, self.text[colon.end(): end], s.line_no, False, False)
        draft = self._captioned(q, s, caption, periods)
        return None if draft is None else F.extend(draft, start=q.start)  # the evidence without the bullet

    def _captioned(self, q: Quantity, figure: Sentence, caption: Sentence, periods: list[Period] = (),
                   own: Period | None = None) -> F.Draft | None:
        """The draft of a figure on a line of its own, as its caption names it.

        Read at the caption's end when the caption is below it, so that the caption's own date and
        target words ('The operating revenue the zone aims to reach by 2025') date it.
        """
        label = caption.text[_FIGURE_MARK.match(caption.text).end():]  # ('🏭 Enterprises': the caption past its mark)
        if _SUBSET_CAPTION.search(label):
            return None  # 'Fortune Global 500 companies with operations in the zone'
        unit = self.unit_context or self.figure_unit
        if q.kind == "bare" and not q.scaled and unit is not None and not F.unit_in_label(label) \
                and F.money_metric(label, ""):
            q = F.in_unit(q, unit)  # '32.6' over its caption, under '(unit: 100 million yuan)'
            self.figure_unit = unit
        below = caption.start > figure.start
        start, end = (figure.start, caption.end) if below else (caption.start, figure.end)
        # read at the end of the caption's first clause: 'General public budget revenue in 2020, compared with
        # 1.5 billion yuan in 2010' is 2020's
        comma = self.text.find(",", caption.start, caption.end)
        anchor = (comma if comma > 0 else caption.end) if below else q.start
        dated = [p for p in periods if p.end <= anchor]
        if below and dated:
            own = dated[-1]  # the caption's date, not a later one it compares with
        if q.kind == "money" or (q.kind == "bare" and F.unit_in_label(label) and F.money_metric(label, "")):
            code = F.money_metric(label, "")
            if code is None:
                return None
            factor, unit = (1.0, q.unit or "CNY") if q.kind == "money" else F.unit_in_label(label)
            value = q.value if q.kind == "money" else float(Decimal(repr(q.number)) * Decimal(repr(factor)))
            return F.Draft(code, value, unit, q.qualifier, q, start, end, anchor=anchor,
                           industry=F.industry_of(label, ""), period=own)
        if q.kind == "percent" and (growth := _GROWTH_CAPTION.fullmatch(label)) is not None:
            # '13.2% — growth of fixed-asset investment': the measure's growth alone
            code = F.money_metric(growth.group("of") or growth.group("before"), "")
            return None if code is None else F.Draft(code, None, None, "exact", None, start, end, anchor=anchor,
                                                     yoy_pct=q.value, industry=F.industry_of(label, ""),
                                                     period=own)
        if q.kind == "area" or _IN_KM2.search(label):
            found = F.nearest(F._AREA, label)
            code = found[0] if found else "area" if re.search(r"\barea\b", label, re.I) else None
            return None if code is None else F.Draft(code, q.value, "km2", q.qualifier, q, start, end,
                                                     measure="stock", anchor=anchor, period=own)
        code = F.count_label(label) if q.kind == "bare" else None
        if code is None and q.kind == "bare" and F.PART_ABOVE_SIZE.fullmatch(label) and self.drafts \
                and self.drafts[-1][0].metric == "enterprises" and self.drafts[-1][0].end >= caption.start - 4:
            code = "enterprises_above_size"  # 'Of which above designated size' under the firms counted just above
        if code is None:
            return None
        return F.Draft(code, q.value, "persons" if code == "population" else "count", q.qualifier, q, start, end,
                       measure="stock", anchor=anchor, period=own)


# a figure line's year badge ('[2022] ¥61.8 billion', '2021: 58') and its change after it ('↑ 11.6%', '▼ 2.6%')
# (or a year set apart by a wide gap or a tab, as a list of years under its caption sets it: '2018    9.6 billion yuan')
_YEAR_BADGE = re.compile(r"\s*[\[(【]\s*(?P<year>(?:19|20)\d\d)\s*[\])】]\s*|"
                         r"\s*(?P<year2>(?:19|20)\d\d)(?:\s*[:：]|\t| {2,})\s*")
# ('RMB 52.3 bn | +8.1%', as slides set it; '3.16 billion yuan, up 12.9%', as a picture's caption writes it)
_ARROW = re.compile(r"\s*(?:->|→|⟶)\s*")
_ARROW_THEN_BADGE = re.compile(r"\s*(?:->|→|⟶)\s*(?P<year>(?:19|20)\d\d)\s*[:：]\s*")
# ('RMB 58.4 bn (+7.7% y/y)': the change in brackets too)
# ('31.62 billion yuan   ▲ up 12.3%': the arrow and its word)
_POINTS_COMPARED = re.compile(r",\s*\d+(?:\.\d+)?\s*percentage points?\s+(?:higher|lower|above|below|faster|slower)\b"
                              r"[^\d\n]*", re.I)
_CHANGE_AFTER = re.compile(r"\s*[,|]?\s*[(（]?\s*(?:[↑▲+](?:\s*up\b)?|up\b|(?P<down>[↓▼−-](?:\s*down\b)?|down\b))?\s*"
                           r"(?:by\s+)?", re.I)
_CHANGE_TAIL = re.compile(r"\s*(?:y/y|y-o-y|yoy|year[- ]on[- ]year)?\s*[)）]?[\s.;:]*", re.I)
_DATE_AFTER = re.compile(r"\s*[(（][^()（）\d]{0,20}(?:19|20)\d\d[)）]\s*[.;]?\s*")
# the caption under a change alone on its line that names the measure it is the growth of ('Growth of industrial
# investment', 'Industrial investment growth')
def _set_apart(text: str, start: int, end: int) -> bool:
    r"""Whether the lines from ``start`` to ``end`` stand between blank lines (or the text's start and end): a tile
    of their own.

    >>> text = "GDP\n12.3\n\n▲ 7.9%\nTax revenue\n\nExports"
    >>> _set_apart(text, text.index("▲"), text.index("Tax") + 11), _set_apart(text, 0, 8)
    (True, True)
    >>> _set_apart(text, text.index("12.3"), text.index("12.3") + 4)
    False
    """
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    above_blank = not before or not before[:-1].rstrip(" \t") or before[:-1].rstrip(" \t").endswith("\n")
    below_blank = not after or not after[1:].lstrip(" \t") or after[1:].lstrip(" \t").startswith("\n")
    return above_blank and below_blank


_GROWTH_CAPTION = re.compile(r"[ \t]*(?P<caption>(?:(?:year-on-year |annual )?(?:growth|increase|rise)(?: rate)?"
                             r" (?:of|in) (?P<of>[A-Za-z][^\d\n]{2,60}?)|(?P<before>[A-Za-z][^\d\n]{2,60}?)"
                             r" growth(?: rate)?))[ \t.]*", re.I)
# the caption of a figure set out on its own line: a short label with no figure ('GDP', 'High-tech firms')
# (a section mark may open it: '▌ Operating revenue')
# ('🔧 Industrial investment' over '¥3.35 billion ↑ 21.4%': an emoji before the caption, as before a figure)
# (a date in brackets may end it: 'Enterprises (end of November 2016)')
# ('[ Gross domestic product ]': a data card's caption in brackets, not an image's '[icon: factory]')
_CAPTION = re.compile(r"\s*\[\s*[A-Za-z][^\d:：\[\]]{1,60}?\s*\]\s*|"
                      r"\s*(?:(?:[▌■●◆▶►▸]|" + F.BULLET + r")\s*)?[A-Za-z][^\d]{1,60}?"
                      # ('Contracted investment (100 million yuan)', 'Foreign capital actually used (US$ 10,000)': its
                      # unit in brackets, digits and all)
                      r"(?:\s*[(（](?:US\$|USD|RMB)?\s*(?:100 million|10,000|ten thousand)\s*"
                      r"(?:yuan|US dollars|USD)?[)）])?"
                      r"(?:\s*[(（](?:(?:at |as of )?(?:the )?end of )?[A-Za-z]*\s*(?:19|20)\d\d[)）])?[:：]?\s*")
_STRETCH_LEAD = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s*[-–~]\s*[A-Z][a-z]{2,8}\.?|Q[1-4]|H[12]|YTD)"
                           r"(?:\s+(?:19|20)\d\d)?\s+")  # 'Jan-Sep  ▲ 5.9%': the stretch, then the change
_CAPTION_YEAR = re.compile(r",?\s*((?:19|20)\d\d)\s*$")
_SUBSET_CAPTION = re.compile(r"\b(?:top|fortune|global 500|world|largest|biggest)\b", re.I)
_IN_KM2 = re.compile(r"square kilomet|sq\.? ?km|km2|km²", re.I)
# a list item that opens with its figure, its caption after a colon: '- 106.8 billion yuan: operating revenue'
# (or a post's numbered figures: '1️⃣ 3.18 billion yuan — total industrial output value ...', '② 136 — enterprises')
# what may stand before a figure alone on its line: a bullet, a dash or an arrow, an emoji ('💰 ¥17.82 billion')
_FIGURE_MARK = re.compile(r"\s*(?:" + F.BULLET + r"|[–—>→])?\s*")
# (a tile's change may carry its sign: '+11.8%   | output value, year on year')
_FIGURE_FIRST = re.compile(r"[ \t]*(?:" + F.BULLET + r"[ \t]*|\d{1,2}\ufe0f?\u20e3[ \t]*|[\u2460-\u2473][ \t]*|"
                           r"\+(?=\d[\d.]*%[ \t]+\|))?")
# (or after a bar, as key-figure tiles set them: '161      | enterprises settled in the park')
_CAPTION_AFTER = re.compile(r"[ \t]*(?:[:：]|[ \t][—–][ \t]|(?<=[ \t])\|(?=[ \t]))[ \t]*(?=[A-Za-z])")
# a tile's amount with its unit after the bar: '2.36 bn  | yuan, total industrial output value', '742 m | yuan, ...'
_TILE_IN_YUAN = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)(?:[ \t]?(?P<scale>bn|billion|mn|m|million)\b)?"
                           r"[ \t]+\|[ \t]+(?:yuan|RMB|CNY)[ \t]*,[ \t]*(?=[A-Za-z])", re.I)
_TILE_SCALES = {"bn": Decimal("1e9"), "billion": Decimal("1e9"), "mn": Decimal("1e6"), "m": Decimal("1e6"),
                "million": Decimal("1e6")}
# a tile's change and the measure it is of: 'output value, year on year', 'added value of industrial enterprises above
# designated size'
_TILE_GROWTH = re.compile(r"[ \t]*(?P<label>[A-Za-z][^\d|\n]{2,80}?)(?:,?[ \t]+(?:year[- ]on[- ]year|y/y|yoy))?"
                          r"[ \t.]*", re.I)
_OPENS_A_FIGURE = re.compile(r"[\d¥$￥]|RMB|USD|CNY|US\$")
