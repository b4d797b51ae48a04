"""The analyst report: one static, self-contained HTML page over the built warehouse.

``write_report(con, out_dir)`` reads the dbt marts through a DuckDB connection
(SELECTs only) and writes ``out_dir/index.html``: league tables, growth per
park, progress towards stated targets, a scorecard per park, and an evidence
viewer that shows each document with every extracted fact highlighted. Every
figure whose fact is shown in the viewer links to its highlight, so a reader
can check any number against the sentence it came from.

Why Altair / Vega-Lite for the charts: the charts are declarative specs (data
+ encodings) rather than drawing code, Altair validates them against the
Vega-Lite schema when they are built, and both projects are well kept.
vl-convert-python ships the Vega, Vega-Lite and Vega-Embed JavaScript as one
bundle, so the page carries that bundle inline exactly once and opens with no
network at all (no CDN, no fonts, no files beside it): it can be mailed,
archived or opened on an air-gapped machine. Each chart is a small JSON spec
rendered by one ``vegaEmbed`` call into its own ``<div>``, which keeps plain
HTML headings and tables between charts.

Why this escaping approach: everything shown comes from press releases and
the warehouse built from them, so it is untrusted. Text put into HTML goes
through ``html.escape`` (in ``_e``) at the point where it is formatted - one
rule, no hand-written escaping or tag stripping - so a document that contains
``<script>`` shows it as text. Data for scripts (chart specs, the facts behind
the highlights) is serialised with ``json.dumps`` and made safe inside a
``<script type="application/json">`` by Jinja's ``htmlsafe_json_dumps``, which
escapes ``<``, ``>``, ``&`` and ``'`` as ``\\u`` sequences, so ``</script>`` can
never close the block; the page's own JavaScript only ever reads that JSON
and writes it with ``textContent``, never ``innerHTML``.

Every ranking group and every park with growth has a chart, yet the page
stays small: one league chart per metric, whose menu (a Vega-Lite parameter
bound to a ``<select>``, with a filter on it) picks the period, and one growth
chart whose menu picks the park. So the number of charts does not grow with
the corpus, only their data does, and that is capped too: the top
``LEAGUE_TOP`` parks of each ranking group, ``MAX_GROWTH_METRICS`` metrics per
park, and the documents in the viewer (those that back the figures above come
first). A warehouse of 10,000 documents still gives a page of a few megabytes.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import html
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import altair as alt
import duckdb
import vl_convert
from jinja2.utils import htmlsafe_json_dumps

from orchestration import settings

Row = dict[str, Any]

LEAGUE_TOP = 15
MAX_GROWTH_METRICS = 6
MAX_TARGET_BARS = 60
MAX_DOCUMENTS = 200

STATUS_COLORS = {
    "achieved": "#2e7d32",
    "on_track": "#1565c0",
    "at_risk": "#ef6c00",
    "off_track": "#c62828",
    "not_judgeable": "#8a8a8a",
}
STATUS_ORDER = ["off_track", "at_risk", "on_track", "achieved", "not_judgeable"]
MONEY_UNITS = {"CNY", "USD"}
PARK_TYPES = {"etdz": "Economic and technological development zone", "high_tech_zone": "High-tech zone",
              "industrial_park": "Industrial park"}
# scorecard figures: (column prefix, label); output's metric is in output_metric
SCORECARD_FIGURES = [
    ("output", "Industrial output"),
    ("operating_revenue", "Operating revenue"),
    ("gdp", "GDP"),
    ("fiscal_revenue", "Fiscal revenue"),
    ("enterprises", "Enterprises"),
    ("high_tech_enterprises", "High-tech enterprises"),
]
EMBED_OPTIONS = {"actions": {"export": True, "source": False, "compiled": False, "editor": False}}


# --------------------------------------------------------------------------- formatting


def _e(value: Any) -> str:
    """HTML-escape anything for text or a quoted attribute; None shows as empty."""
    return "" if value is None else html.escape(str(value), quote=True)


def _num(value: float, digits: int = 1) -> str:
    """A number with thousands separators, without a pointless '.0'."""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _money_scale(max_abs: float) -> tuple[float, str]:
    """Divisor and word for amounts of money, so charts and tables read '498.7 bn'."""
    for divisor, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if max_abs >= divisor:
            return divisor, word
    return 1.0, ""


def _amount(value: float | None, unit: str | None) -> str:
    """A value with its unit, the way an analyst writes it (plain text, not escaped)."""
    if value is None:
        return "—"
    if unit in MONEY_UNITS:
        divisor, word = _money_scale(abs(value))
        scaled = value / divisor
        return f"{_num(scaled, 2)} {word} {unit}" if word else f"{_num(value, 2)} {unit}"
    if unit == "count":
        return _num(value)
    if unit == "km2":
        return f"{_num(value, 2)} km²"
    if unit == "persons":
        return f"{_num(value)} persons"
    if unit in ("percent", "%"):
        return f"{value:.1f}%"
    return f"{_num(value, 2)} {unit}" if unit else _num(value, 2)


def _pct(value: float | None, signed: bool = True) -> str:
    if value is None:
        return "—"
    return f"{value:+.1f}%" if signed else f"{value:.1f}%"


def _scale_for_chart(unit: str | None, values: Iterable[float]) -> tuple[float, str]:
    """Divisor and axis unit for one chart (money in mn/bn/tn, others as they are)."""
    finite = [abs(v) for v in values if v is not None]
    if unit in MONEY_UNITS:
        divisor, word = _money_scale(max(finite, default=0.0))
        return divisor, f"{word} {unit}".strip()
    return 1.0, {"km2": "km²", None: ""}.get(unit, unit or "")


def _label(code: str | None, labels: dict[str, str]) -> str:
    if code is None:
        return ""
    return labels.get(code) or code.replace("_", " ")


# --------------------------------------------------------------------------- reading


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
    """Run a query and fetch it whole (DuckDB 2 needs a result fetched before the next query)."""
    cursor = con.execute(sql, list(params or []))
    fetched = cursor.fetchall()
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in fetched]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Warehouse:
    """The connection plus the columns of each table, so the report adapts to what was built."""

    con: duckdb.DuckDBPyConnection
    columns: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for row in _rows(self.con, "select table_name, column_name from information_schema.columns "
                                   "where table_schema = current_schema() order by table_name, ordinal_position"):
            self.columns.setdefault(row["table_name"], []).append(row["column_name"])

    def has(self, table: str, *cols: str) -> bool:
        present = self.columns.get(table)
        return present is not None and all(c in present for c in cols)

    def select(self, table: str, wanted: Sequence[str], where: Sequence[str] = (), order: str = "",
               params: Sequence[Any] | None = None, top: tuple[Sequence[str], int] | None = None) -> list[Row]:
        """SELECT the wanted columns that exist (absent ones come back as None).

        A condition in ``where`` is written as 'column: sql' and kept only when
        its column exists, so an older warehouse still gives a report.
        ``top`` = (group columns, n) keeps the first n rows of each group in
        ``order`` and gives each row its group's size (``group_rows``): the
        page shows a few rows of each group, and at 100,000 documents fetching
        every row into Python cost a second.
        """
        present = self.columns.get(table)
        if not present:
            return []
        cols = [c for c in wanted if c in present]
        if not cols:
            return []
        conditions = []
        for condition in where:
            column, _, sql = condition.partition(":")
            if column.strip() in present:
                conditions.append(sql.strip())
        order_by = [_ident(c.strip()) for c in order.split(",") if c.strip() in present]
        selected = [_ident(c) for c in cols]
        group = ""
        if top is not None:
            keys = [_ident(c) for c in top[0] if c in present]
            group = "partition by " + ", ".join(keys) if keys else ""
            selected.append(f"count(*) over ({group}) as group_rows")
        sql = f"select {', '.join(selected)} from {_ident(table)}"
        if conditions:
            sql += " where " + " and ".join(conditions)
        if top is not None:
            within = " order by " + ", ".join(f"{c} nulls last" for c in order_by) if order_by else ""
            sql += f" qualify row_number() over ({group}{within}) <= {int(top[1])}"
        if order_by:
            sql += " order by " + ", ".join(order_by)
        rows = _rows(self.con, sql, params)
        if len(cols) == len(wanted):  # the usual case: no second dict per row (a quarter of a million at 100,000)
            return rows
        keep = [*wanted, "group_rows"] if top is not None else wanted
        return [{c: row.get(c) for c in keep} for row in rows]

    def count(self, table: str, where: str = "") -> int | None:
        if table not in self.columns:
            return None
        return _rows(self.con, f"select count(*) as n from {_ident(table)} {where}")[0]["n"]

    def labels(self, table: str, key: str, label: str) -> dict[str, str]:
        if not self.has(table, key, label):
            return {}
        return {r[key]: r[label] for r in self.select(table, [key, label]) if r[label]}


# --------------------------------------------------------------------------- charts


@lru_cache(maxsize=1)
def _vega_bundle() -> str:
    """Vega + Vega-Lite + Vega-Embed as one script (from vl-convert), for the Vega-Lite version Altair writes.

    vl-convert assembles the bundle in about 3 s, a tenth of a small build, so
    it is kept on disk per vl-convert and Vega-Lite version (``settings.cache_dir``).
    """
    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    cached = settings.cache_dir() / f"vega-bundle-{vl_convert.__version__}-vl{version}.js"
    with contextlib.suppress(OSError):
        return cached.read_text(encoding="utf-8")
    try:
        bundle = vl_convert.javascript_bundle(vl_version=version)
    except (ValueError, RuntimeError):  # a vl-convert that lacks this exact version: its latest reads the spec
        bundle = vl_convert.javascript_bundle()
    # inside a <script>, only '</script' could end it early; '<\/' means the same in JavaScript strings
    bundle = re.sub(r"</(script)", r"<\\/\1", bundle, flags=re.IGNORECASE)
    with contextlib.suppress(OSError):  # a read-only home: no cache, same page
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f".{cached.name}.{os.getpid()}")
        partial.write_text(bundle, encoding="utf-8")
        os.replace(partial, cached)
    return bundle


def _script_json(value: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: escaped by Jinja, without the spaces of ``json.dumps``.

    The spaces after ',' and ':' are a tenth of chart data; the page carries megabytes of it.
    """
    return htmlsafe_json_dumps(value, separators=(",", ":"))


ROWS = "rows"  # the dataset of a chart whose rows are added by Charts.add
VALIDATE_CHARTS = False  # tests turn it on (Charts.add)


@dataclass
class Charts:
    """Chart specs of the page; each becomes a <div> and a JSON block read by one vegaEmbed call."""

    specs: list[dict[str, Any]] = field(default_factory=list)

    def add(self, chart: alt.TopLevelMixin | dict[str, Any], rows: list[Row] | None = None, css: str = "chart") -> str:
        """The chart's <div> and spec; ``rows`` become the dataset its ``alt.Data(name=ROWS)`` names.

        The rows join the spec after Altair has written it: Altair validates
        and deep-copies every value a chart holds, which took most of the
        report's time at 10,000 documents for data it does not need to see.
        The spec is not validated against Vega-Lite's JSON schema on every
        build (a second of a build at 100,000 documents, for charts whose
        code did not change): tests/test_report.py validates every chart.
        """
        spec = chart if isinstance(chart, dict) else chart.to_dict(validate=VALIDATE_CHARTS)
        if rows is not None:
            spec.setdefault("datasets", {})[ROWS] = rows
        div_id = f"chart-{len(self.specs)}"
        self.specs.append(spec)
        return (f'<div class="{_e(css)}" id="{div_id}"></div>'
                f'<script type="application/json" data-chart="{div_id}">{_script_json(spec)}</script>')


# --------------------------------------------------------------------------- links to facts


@dataclass
class Links:
    """Which facts have a highlight on the page; only those get a link (so no link is ever dangling)."""

    shown: set[str] = field(default_factory=set)

    def href(self, fact_id: str | None) -> str | None:
        return f"#fact-{fact_id}" if fact_id and fact_id in self.shown else None

    def a(self, fact_id: str | None, text: str, title: str | None = None) -> str:
        """Escaped text, linked to the fact's highlight when it is shown."""
        href = self.href(fact_id)
        title_attr = f' title="{_e(title)}"' if title else ""
        if href is None:
            return f"<span{title_attr}>{_e(text)}</span>" if title else _e(text)
        return f'<a class="fact-link" href="{_e(href)}"{title_attr}>{_e(text)}</a>'


# --------------------------------------------------------------------------- section data


@dataclass(eq=False)  # compared by identity: a group is one object of the page
class LeagueGroup:
    """One ranking group (metric, period grain, period, unit): its parks, best first."""

    key: tuple[Any, ...]
    rows: list[Row]
    size: int

    @property
    def first(self) -> Row:
        return self.rows[0]

    @property
    def period(self) -> str:
        grain = (self.key[1] or "").replace("_", " ")
        return f"{self.key[2]} ({grain})" if grain and grain != self.key[2] else str(self.key[2] or "")

    def menu_order(self) -> tuple[Any, ...]:
        """Newest year first, full years before parts of a year, undated last: how a reader scans a menu."""
        year = self.first["fiscal_year"]
        return (year is None, -(year or 0), self.key[1] != "full_year", str(self.key[2]), str(self.key[3]))

    def weight(self) -> tuple[Any, ...]:
        """The group a chart opens on: the most parks, then full years (what parks compare on), then the latest."""
        return (self.size, self.key[1] == "full_year", self.first["fiscal_year"] or 0, str(self.key))


@dataclass
class MetricLeague:
    """Ranking groups that share a chart (its menu in this order) and the one the chart opens on.

    ``metric`` is None for the one chart of the metrics that never rank two
    parks in a period: a bar each, so one menu over all of them says as much
    as a chart per metric would, in a fraction of the page.
    """

    metric: str | None
    groups: list[LeagueGroup]

    @property
    def default(self) -> LeagueGroup:
        return max(self.groups, key=LeagueGroup.weight)


def _league_groups(wh: Warehouse) -> list[MetricLeague]:
    """Every park-wide ranking group, by metric; metrics with the largest group first.

    A group of one park is kept too (its menu entry says so): the section
    promises a league table per metric and period, and dropping a period would
    hide that the warehouse holds it. Metrics whose groups all have one park
    share a last chart.
    """
    t = "mart_park_rankings"
    if not wh.has(t, "park_name", "metric", "value", "value_rank"):
        return []
    period_col = "ranking_period" if wh.has(t, "ranking_period") else "fiscal_year"
    rows = wh.select(t, ["fact_id", "park_id", "park_name", "metric", "industry", "period_grain", period_col,
                         "period_label", "fiscal_year", "unit", "value", "stated_value", "stated_unit", "value_rank",
                         "n_parks_ranked", "growth_pct", "growth_rank", "n_parks_with_growth"],
                     where=["industry: industry is null"], order="metric, value_rank, park_name",
                     top=(["metric", "period_grain", period_col, "unit"], LEAGUE_TOP))
    groups: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in rows:
        groups[(row["metric"], row["period_grain"], row[period_col], row["unit"])].append(row)
    by_metric: dict[str, list[LeagueGroup]] = defaultdict(list)
    for key, members in groups.items():  # each group's first LEAGUE_TOP parks, best first
        size = max([r["n_parks_ranked"] or 0 for r in members] + [members[0]["group_rows"]])
        by_metric[key[0]].append(LeagueGroup(key, members, size))
    leagues = [MetricLeague(metric, sorted(found, key=LeagueGroup.menu_order)) for metric, found in by_metric.items()]
    leagues.sort(key=lambda m: (-m.default.size, str(m.metric)))
    singles = [m for m in leagues if m.default.size < 2]
    if len(singles) > 1:
        leagues = [m for m in leagues if m.default.size >= 2]
        leagues.append(MetricLeague(None, [g for m in sorted(singles, key=lambda m: str(m.metric)) for g in m.groups]))
    return leagues


@dataclass
class GrowthPark:
    """A park's park-wide growth rows as charted (full years when it has them, its commonest metrics)."""

    park_id: str
    name: str
    rows: list[Row]
    n_rows: int  # all its growth rows, before the choice of grain and metrics


def _growth_parks(wh: Warehouse) -> list[GrowthPark]:
    """Park-wide growth of every park that has some; the longest records first.

    The choice of what to chart is made in SQL: at 100,000 documents a
    warehouse holds some 150,000 growth rows, and fetching them all into
    Python to keep a few thousand cost half a second of every build.
    """
    t = "mart_park_growth"
    if not wh.has(t, "park_id", "park_name", "metric", "period_grain", "growth_pct"):
        return []
    wanted = ["fact_id", "park_id", "park_name", "metric", "industry", "unit", "period_grain", "period_label",
              "period_end_month", "fiscal_year", "value", "growth_pct", "growth_source", "stated_yoy_pct",
              "computed_yoy_pct", "prior_period_label"]
    present = set(wh.columns[t])
    columns = ", ".join(_ident(c) if c in present else f"null as {_ident(c)}" for c in wanted)
    park_wide = "and industry is null" if "industry" in present else ""
    order = ", ".join(_ident(c) for c in ("park_name", "metric", "period_end_month") if c in present)
    # per park: full years when it has them, else every grain; then its commonest metrics (ties by name)
    rows = _rows(wh.con, f"""
        with growth as (
            select {columns}, coalesce(park_id, park_name, '(unnamed park)') as park
            from {_ident(t)}
            where growth_pct is not null {park_wide}
        ),
        by_park as (
            select *,
                count(*) over (partition by park) as park_rows,
                count(*) filter (where period_grain = 'full_year') over (partition by park) as full_year_rows
            from growth
        ),
        charted as (
            select *, count(*) over (partition by park, metric) as metric_rows
            from by_park
            where period_grain = 'full_year' or full_year_rows = 0
        )
        select * exclude (full_year_rows, metric_rows)
        from charted
        qualify dense_rank() over (partition by park order by metric_rows desc, metric) <= {MAX_GROWTH_METRICS}
        order by {order}
    """)
    by_park: dict[str, list[Row]] = defaultdict(list)
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for row in rows:
        park = row.pop("park")
        counts[park] = row.pop("park_rows")
        by_park[park].append(row)
        names[park] = row["park_name"] or "(unnamed park)"
    # two parks of one name keep apart in the menu: the id tells them apart
    repeated = {n for n, k in Counter(names.values()).items() if k > 1}
    parks = [GrowthPark(park, names[park] + (f" ({park})" if names[park] in repeated else ""), park_rows,
                        counts[park])
             for park, park_rows in by_park.items()]
    parks.sort(key=lambda p: (-p.n_rows, p.name))
    return parks


def _targets(wh: Warehouse) -> list[Row]:
    t = "mart_target_progress"
    if not wh.has(t, "park_name", "metric", "status"):
        return []
    rows = wh.select(t, ["target_fact_id", "actual_fact_id", "park_name", "metric", "industry", "qualifier",
                         "target_period_label", "target_value", "target_unit", "actual_period_label",
                         "actual_value_in_target_unit", "progress_pct", "required_cagr_pct", "recent_growth_pct",
                         "recent_growth_source", "status", "not_judgeable_reason", "evidence", "doc"],
                     order="park_name, metric, target_period_label")
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    rows.sort(key=lambda r: (order.get(r["status"], len(order)), r["park_name"] or "", r["metric"] or ""))
    return rows


def _scorecards(wh: Warehouse) -> list[Row]:
    """One row per park; adds '<figure>_fact_id' (from the mart, else matched in fct_park_metric) for links."""
    t = "mart_park_scorecard"
    if not wh.has(t, "park_name"):
        return []
    rows = wh.select(t, wh.columns[t], order="park_name")
    missing = [f for f, _ in SCORECARD_FIGURES if not wh.has(t, f"{f}_fact_id") and wh.has(t, f"{f}_value")]
    if missing and rows and wh.has("fct_park_metric", "fact_id", "park_id", "metric", "period_label", "value"):
        clauses = []
        for figure in missing:
            if not wh.has(t, f"{figure}_period_label"):
                continue
            metric = "s.output_metric" if figure == "output" else f"'{figure}'"
            clauses.append(f"(f.metric = {metric} and f.period_label = s.{figure}_period_label "
                           f"and f.value = s.{figure}_value)")
        if clauses and wh.has(t, "park_id") and (wh.has(t, "output_metric") or "output" not in missing):
            kind = "and f.kind = 'actual' " if wh.has("fct_park_metric", "kind") else ""
            industry = "and f.industry is null " if wh.has("fct_park_metric", "industry") else ""
            order = "f.doc_date desc nulls last, " if wh.has("fct_park_metric", "doc_date") else ""
            matched = _rows(wh.con, f"""
                select s.park_id, f.metric, f.period_label, f.fact_id
                from mart_park_scorecard s join fct_park_metric f on f.park_id = s.park_id
                where ({' or '.join(clauses)}) {kind}{industry}
                order by s.park_id, f.metric, f.period_label, {order}f.fact_id""")
            first: dict[tuple[Any, ...], str] = {}
            for m in matched:
                first.setdefault((m["park_id"], m["metric"], m["period_label"]), m["fact_id"])
            for row in rows:
                for figure in missing:
                    metric = row.get("output_metric") if figure == "output" else figure
                    key = (row.get("park_id"), metric, row.get(f"{figure}_period_label"))
                    row[f"{figure}_fact_id"] = first.get(key)
    return rows


# --------------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class Span:
    """One highlight: a fact's character range in a document and its DOM id."""

    start: int
    end: int
    dom_id: str
    css: str
    order: int


def highlight(text: str, spans: Sequence[Span]) -> str:
    """Escaped text with every span wrapped in <mark>, well-formed whatever the overlaps.

    Spans that contain each other nest (the longer outside). A span that
    crosses another is split: the open marks are closed at the boundary and
    reopened after it, the first piece keeping the id and the later pieces
    marked ``cont``; every piece carries ``data-fact`` so a click on any piece
    finds its fact. Offsets are Python str indices and are clipped to the
    text; an empty span still gets an (empty) mark so links to it work.

    >>> highlight("a<b>c", [Span(1, 4, "fact-1", "f", 0)])
    'a<mark id="fact-1" class="f" data-fact="fact-1" tabindex="0">&lt;b&gt;</mark>c'
    """
    n = len(text)
    opens: dict[int, list[Span]] = defaultdict(list)
    empties: dict[int, list[Span]] = defaultdict(list)
    for span in spans:
        start = min(max(span.start, 0), n)
        end = min(max(span.end, start), n)
        clipped = Span(start, end, span.dom_id, span.css, span.order)
        (empties if start == end else opens)[start].append(clipped)
    for starting in opens.values():
        starting.sort(key=lambda s: (-s.end, s.order, s.dom_id))
    bounds = sorted({0, n} | set(opens) | set(empties) | {s.end for group in opens.values() for s in group})

    def tag(span: Span, first: bool) -> str:
        id_attr = f' id="{_e(span.dom_id)}"' if first else ""
        css = span.css if first else f"{span.css} cont"
        return f'<mark{id_attr} class="{_e(css)}" data-fact="{_e(span.dom_id)}" tabindex="0">'

    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for bound in bounds:
        out.append(_e(text[pos:bound]))
        pos = bound
        ending = [i for i, s in enumerate(stack) if s.end == bound]
        if ending:
            k = ending[0]
            reopen = [s for s in stack[k:] if s.end != bound]
            out.append("</mark>" * (len(stack) - k))
            del stack[k:]
            for span in reopen:
                out.append(tag(span, first=False))
                stack.append(span)
        for span in empties.get(bound, []):
            out.append(tag(span, first=True) + "</mark>")
        for span in opens.get(bound, []):
            out.append(tag(span, first=True))
            stack.append(span)
    out.append(_e(text[pos:]))
    return "".join(out)


@dataclass
class Fact:
    """A highlighted fact of a document: where it is, how it is shown, and the fields the panel lists."""

    dom_id: str
    source: str  # 'fact' (fct_park_metric), 'mention' (stg_metric_mentions), 'industry' (stg_industry_mentions)
    doc: str
    start: int
    end: int
    title: str
    fields: list[tuple[str, str]]
    cells: tuple[str, str, str, str, str]  # what, value, period, kind, who (plain text)


SOURCE_LABELS = {"fact": "metric fact", "mention": "metric mention", "industry": "industry mention"}
SOURCE_ORDER = {"fact": 0, "mention": 1, "industry": 2}


def _offset(value: Any) -> int:
    return int(value) if value is not None else 0


def _evidence_facts(wh: Warehouse, docs: Sequence[str], metric_labels: dict[str, str],
                    industry_labels: dict[str, str]) -> list[Fact]:
    """The facts of the chosen documents from fct_park_metric, stg_metric_mentions and stg_industry_mentions."""
    if not docs:
        return []
    in_docs = ["doc: doc in (select unnest(?::varchar[]))"]
    parks = wh.labels("dim_park", "park_id", "park_name")
    facts: list[Fact] = []
    for r in wh.select("fct_park_metric", ["fact_id", "doc", "char_start", "char_end", "evidence", "metric",
                                           "industry", "value", "unit", "period_label", "kind", "qualifier",
                                           "yoy_pct", "park_id", "metric_mention_id", "source_count"],
                       where=in_docs, order="doc, char_start, fact_id", params=[list(docs)]):
        if not r["fact_id"]:
            continue
        what = _label(r["metric"], metric_labels) + (f" · {_label(r['industry'], industry_labels)}"
                                                     if r["industry"] else "")
        park = parks.get(r["park_id"] or "", r["park_id"] or "")
        facts.append(Fact(
            f"fact-{r['fact_id']}", "fact", r["doc"], _offset(r["char_start"]), _offset(r["char_end"]),
            f"Metric fact: {what}",
            [("park", park), ("metric", r["metric"] or ""), ("industry", r["industry"] or ""),
             ("value", _amount(r["value"], r["unit"])), ("raw value", "" if r["value"] is None else repr(r["value"])),
             ("unit", r["unit"] or ""), ("period", r["period_label"] or ""), ("kind", r["kind"] or ""),
             ("qualifier", r["qualifier"] or ""), ("yoy", _pct(r["yoy_pct"]) if r["yoy_pct"] is not None else ""),
             ("sources", "" if r["source_count"] is None else str(r["source_count"])),
             ("fact_id", r["fact_id"]), ("mention", r["metric_mention_id"] or ""),
             ("span", f"{r['char_start']}–{r['char_end']}"), ("evidence", r["evidence"] or "")],
            (what, _amount(r["value"], r["unit"]), r["period_label"] or "", r["kind"] or "", park)))
    for r in wh.select("stg_metric_mentions", ["metric_mention_id", "doc", "char_start", "char_end", "evidence",
                                               "metric", "industry", "value", "unit", "period_label",
                                               "period_start_text", "period_end_text", "kind", "qualifier",
                                               "yoy_pct", "entity"],
                       where=in_docs, order="doc, char_start, metric_mention_id", params=[list(docs)]):
        if not r["metric_mention_id"]:
            continue
        what = _label(r["metric"], metric_labels) + (f" · {_label(r['industry'], industry_labels)}"
                                                     if r["industry"] else "")
        period = r["period_label"] or " – ".join(p for p in (r["period_start_text"], r["period_end_text"]) if p)
        facts.append(Fact(
            f"fact-mention-{r['metric_mention_id']}", "mention", r["doc"], _offset(r["char_start"]),
            _offset(r["char_end"]), f"Metric mention: {what}",
            [("entity", r["entity"] or ""), ("metric", r["metric"] or ""), ("industry", r["industry"] or ""),
             ("value", _amount(r["value"], r["unit"])), ("unit", r["unit"] or ""), ("period", period),
             ("period start", r["period_start_text"] or ""), ("period end", r["period_end_text"] or ""),
             ("kind", r["kind"] or ""), ("qualifier", r["qualifier"] or ""),
             ("yoy", _pct(r["yoy_pct"]) if r["yoy_pct"] is not None else ""),
             ("mention", r["metric_mention_id"]), ("span", f"{r['char_start']}–{r['char_end']}"),
             ("evidence", r["evidence"] or "")],
            (what, _amount(r["value"], r["unit"]), period, r["kind"] or "", r["entity"] or "")))
    for r in wh.select("stg_industry_mentions", ["industry_mention_id", "doc", "char_start", "char_end", "evidence",
                                                 "industry", "role", "entity"],
                       where=in_docs, order="doc, char_start, industry_mention_id", params=[list(docs)]):
        if not r["industry_mention_id"]:
            continue
        what = _label(r["industry"], industry_labels)
        facts.append(Fact(
            f"fact-industry-{r['industry_mention_id']}", "industry", r["doc"], _offset(r["char_start"]),
            _offset(r["char_end"]), f"Industry mention: {what}",
            [("entity", r["entity"] or ""), ("industry", r["industry"] or ""), ("role", r["role"] or ""),
             ("mention", r["industry_mention_id"]), ("span", f"{r['char_start']}–{r['char_end']}"),
             ("evidence", r["evidence"] or "")],
            (what, "", "", r["role"] or "", r["entity"] or "")))
    # one highlight per id (a repeated row must not give a page two equal ids)
    unique: dict[str, Fact] = {}
    for f in facts:
        unique.setdefault(f.dom_id, f)
    return list(unique.values())


def _round_robin(lists: Sequence[Sequence[str | None]]) -> list[str]:
    """Interleave lists and drop repeats, so each section gets some of a capped budget."""
    seen: dict[str, None] = {}
    for i in range(max((len(x) for x in lists), default=0)):
        for items in lists:
            if i < len(items) and items[i]:
                seen.setdefault(items[i], None)  # type: ignore[arg-type]
    return list(seen)


def _choose_documents(wh: Warehouse, wanted_facts: Sequence[Sequence[str | None]],
                      max_documents: int) -> tuple[list[Row], int]:
    """Documents for the viewer: those holding the facts the sections show first, then the rest by name."""
    sources = [t for t in ("fct_park_metric", "stg_metric_mentions", "stg_industry_mentions") if wh.has(t, "doc")]
    if not sources or not wh.has("stg_documents", "doc", "document_text"):
        return [], 0
    decodable = "and d.is_decodable " if wh.has("stg_documents", "is_decodable") else ""
    union = " union ".join(f"select doc from {t}" for t in sources)
    with_facts = [r["doc"] for r in _rows(wh.con, f"""
        select d.doc from stg_documents d
        where d.document_text is not null {decodable}and d.doc in ({union})
        order by d.doc""")]
    priority: list[str] = []
    fact_ids = _round_robin(wanted_facts)
    if fact_ids and wh.has("fct_park_metric", "fact_id", "doc"):
        doc_of = {r["fact_id"]: r["doc"] for r in _rows(
            wh.con, "select fact_id, doc from fct_park_metric where fact_id in (select unnest(?::varchar[]))",
            [fact_ids])}
        priority = [doc_of[f] for f in fact_ids if doc_of.get(f)]
    available = set(with_facts)
    ordered = list(dict.fromkeys([d for d in priority if d in available] + with_facts))[:max_documents]
    wanted = ["doc", "document_text", "doc_date"]
    rows = {r["doc"]: r for r in wh.select("stg_documents", wanted, where=["doc: doc in (select unnest(?::varchar[]))"],
                                           params=[ordered])}
    chosen = [rows[d] for d in sorted(ordered) if d in rows]
    return chosen, len(with_facts)


# --------------------------------------------------------------------------- sections


def _unit_name(unit: str | None) -> str:
    return {"km2": "km²", None: "—", "": "—"}.get(unit, unit or "—")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _columnar(records: list[Row], shared: Row) -> Row:
    """Records as one object of parallel lists plus the fields they share; a flatten transform makes rows again.

    Row-by-row chart data repeats every field name (and the park or metric)
    in every row; written once per group the data is a third of the size,
    which matters when every group and every park is on the page.
    """
    out = dict(shared)
    for key in records[0] if records else ():
        out[key] = [r[key] for r in records]
    return out


def _short(value: float) -> float:
    """A plotted number to 6 significant digits: the bar looks the same, the JSON is shorter."""
    return float(f"{value:.6g}")


@dataclass
class LeagueChartInputs:
    """What one metric's league chart shows: its rows and the values of its parameters."""

    rows: list[Row]
    titles: list[str]  # one per group, above the bars (it names the scale)
    menu: list[str]  # one per group: the menu's labels
    parks: list[str]  # park names, written once; rows point into the list
    default: int  # the group the chart opens on
    x_title: str
    menu_name: str


def _league_inputs(league: MetricLeague, links: Links, metric_labels: dict[str, str]) -> LeagueChartInputs:
    names: dict[str, int] = {}
    data: list[Row] = []
    titles: list[str] = []
    menu: list[str] = []
    for i, g in enumerate(league.groups):
        unit = g.key[3]
        top = g.rows[:LEAGUE_TOP]
        divisor, axis_unit = _scale_for_chart(unit, (r["value"] for r in top))
        shown = f"top {len(top)} of {g.size} parks" if len(top) < g.size else _plural(g.size, "park")
        metric = "" if league.metric else f"{_label(g.key[0], metric_labels)} · "
        titles.append(f"{metric}{g.period} · {shown} · {axis_unit or 'unit —'}")
        menu.append(f"{metric}{g.period} · {_unit_name(unit)} · {_plural(g.size, 'park')}")
        records = []
        for r in top:
            label = _amount(r["value"], unit)
            stated = _amount(r["stated_value"], r["stated_unit"])
            records.append({
                "p": names.setdefault(r["park_name"] or "", len(names)),
                "value": _short((r["value"] or 0) / divisor),
                "label": label,
                "rank": r["value_rank"],
                "stated": "" if stated == label else stated,  # shown as the value when they agree
                "period": r["period_label"] or "",
                "growth": _pct(r["growth_pct"]),
                "href": links.href(r["fact_id"]),
            })
        data.append(_columnar(records, {"group": i, "size": g.size}))
    return LeagueChartInputs(
        rows=data, titles=titles, menu=menu, parks=list(names), default=league.groups.index(league.default),
        x_title=_label(league.metric, metric_labels) if league.metric else "value",
        menu_name="Period: " if league.metric else "Metric and period: ")


def _league_chart(inputs: LeagueChartInputs) -> alt.LayerChart:
    """One metric's league chart: a menu of all its ranking groups, the chosen one's top parks as bars.

    The menu is a Vega-Lite parameter bound to a ``<select>`` whose options
    are group numbers (labels say period, unit and parks), and a filter keeps
    the chosen group's bars, so the page carries one chart per metric however
    many periods there are. Amounts are scaled per group (mn / bn / tn), so the
    title, which names the scale, is an expression over a parameter holding
    each group's title; park names are in a parameter too, written once per
    chart. The untrusted text is always data, never expression code.
    """
    choice = alt.param(name="period_choice", value=inputs.default,
                       bind=alt.binding_select(options=list(range(len(inputs.menu))), labels=inputs.menu,
                                               name=inputs.menu_name))
    heading = alt.param(name="period_titles", value=inputs.titles)
    parks = alt.param(name="park_names", value=inputs.parks)
    base = alt.Chart().encode(
        y=alt.Y("park:N", sort="-x", title=None, axis=alt.Axis(labelLimit=280)),
        x=alt.X("value:Q", title=inputs.x_title),
        tooltip=[alt.Tooltip("park:N"), alt.Tooltip("rank_of:N", title="rank"), alt.Tooltip("label:N", title="value"),
                 alt.Tooltip("stated:N"), alt.Tooltip("period:N"), alt.Tooltip("growth:N")],
        href=alt.Href("href:N"),
    )
    return alt.layer(
        base.mark_bar(color="#3b6ea8", cursor="pointer"),
        base.mark_text(align="left", dx=3, fontSize=11).encode(text="label:N"),
        data=alt.Data(name=ROWS),
    ).transform_filter(alt.datum.group == choice).transform_flatten(
        ["p", "value", "label", "rank", "stated", "period", "growth", "href"],
    ).transform_calculate(
        park=f"{parks.name}[datum.p]", rank_of="datum.rank + ' of ' + datum.size",
        stated="datum.stated || datum.label",
    ).add_params(choice, heading, parks).properties(
        title=alt.TitleParams(alt.ExprRef(f"{heading.name}[{choice.name}]"), anchor="start", fontSize=13),
        width=380, height=alt.Step(20))


@dataclass
class LeagueSpecs:
    """League chart specs: Altair writes the first; the others are copies with their own values.

    The charts differ only in their parameters' values and the x axis title.
    Altair deep-copies and checks a chart at every step of building it, which
    made the league charts about half the report's time at 100,000 documents;
    a copy of a written spec costs almost nothing. tests/test_report.py checks
    that every copy equals the spec Altair writes for that chart.
    """

    template: dict[str, Any] | None = None

    def spec(self, inputs: LeagueChartInputs) -> dict[str, Any]:
        if self.template is None:
            self.template = _league_chart(inputs).to_dict(validate=VALIDATE_CHARTS)
        spec = copy.deepcopy(self.template)
        params = {p["name"]: p for p in spec["params"]}
        params["period_choice"]["value"] = inputs.default
        params["period_choice"]["bind"].update(options=list(range(len(inputs.menu))), labels=inputs.menu,
                                               name=inputs.menu_name)
        params["period_titles"]["value"] = inputs.titles
        params["park_names"]["value"] = inputs.parks
        for layer in spec["layer"]:
            layer["encoding"]["x"]["title"] = inputs.x_title
        return spec


def _league_section(leagues: list[MetricLeague], links: Links, charts: Charts,
                    metric_labels: dict[str, str]) -> str:
    parts = ['<section id="league"><h2>League tables</h2>']
    if not leagues:
        parts.append('<p class="empty">No park-wide ranking in this warehouse.</p>')
        return "".join(parts) + "</section>"
    n_groups = sum(len(m.groups) for m in leagues)
    n_metrics = len({g.key[0] for league in leagues for g in league.groups})
    shared = (", and one chart for the metrics that never rank two parks in a period"
              if any(league.metric is None for league in leagues) else "")
    parts.append(f'<p class="note">{_plural(n_groups, "park-wide ranking group")} of '
                 f'{_plural(n_metrics, "metric")}: one chart per metric, whose menu picks the period (it opens on '
                 f'the group with the most parks){shared}; the top {LEAGUE_TOP} parks of each group. The table beside '
                 f'a chart is the group it opens on; the list below gives every group with its number of parks. '
                 f'Click a bar or a figure for its evidence.</p>')
    specs = LeagueSpecs()
    for league in leagues:
        inputs = _league_inputs(league, links, metric_labels)
        g = league.default
        unit = g.key[3]
        caption = f"{g.period} · {_unit_name(unit)} · {_plural(g.size, 'park')} ranked"
        rows_html = "".join(
            f"<tr><td class='num'>{_e(r['value_rank'])}</td><td>{_e(r['park_name'])}</td>"
            f"<td class='num'>{links.a(r['fact_id'], _amount(r['value'], unit))}</td>"
            f"<td>{_e(r['period_label'])}</td><td class='num'>{_e(_pct(r['growth_pct']))}</td></tr>"
            for r in g.rows[:LEAGUE_TOP])
        if league.metric:
            heading = (f'{_e(_label(league.metric, metric_labels))} '
                       f'<span class="muted">({_e(_plural(len(league.groups), "period"))})</span>')
        else:
            n_shared = len({s.key[0] for s in league.groups})
            heading = (f'Metrics with one park per period <span class="muted">({_e(_plural(n_shared, "metric"))}, '
                       f'{_e(_plural(len(league.groups), "period"))})</span>')
            caption = f"{_label(g.key[0], metric_labels)} · {caption}"
        parts.append(
            f'<h3>{heading}</h3>'
            f'<div class="pair">{charts.add(specs.spec(inputs), inputs.rows)}'
            f'<table class="data compact"><caption>{_e(caption)}</caption><thead><tr><th>#</th><th>Park</th>'
            f'<th>Value</th><th>Period</th><th>Growth</th></tr></thead><tbody>{rows_html}</tbody></table></div>')
    rows_html = "".join(
        f"<tr><td>{_e(_label(g.key[0], metric_labels))}</td><td>{_e(g.period)}</td><td>{_e(_unit_name(g.key[3]))}</td>"
        f"<td class='num'>{g.size:,}</td><td>{_e(g.first['park_name'])}</td>"
        f"<td class='num'>{links.a(g.first['fact_id'], _amount(g.first['value'], g.key[3]))}</td></tr>"
        for league in leagues for g in league.groups)
    parts.append(
        f'<details class="table"><summary>All {_plural(n_groups, "ranking group")}</summary><div class="scroll">'
        '<table class="data groups"><thead><tr><th>Metric</th><th>Period</th><th>Unit</th><th>Parks ranked</th>'
        f'<th>First</th><th>Its value</th></tr></thead><tbody>{rows_html}</tbody></table></div></details>')
    return "".join(parts) + "</section>"


def _growth_chart(parks: list[GrowthPark], links: Links,
                  metric_labels: dict[str, str]) -> tuple[alt.LayerChart, list[Row]]:
    """One growth chart for every park: a menu (parks by name) picks the park, a filter keeps its points.

    It opens on the park with the longest record (the first of ``parks``).
    The data is one object per park and metric (see ``_columnar``).
    """
    menu = sorted(range(len(parks)), key=lambda i: (parks[i].name.casefold(), i))
    data: list[Row] = []
    for i, park in enumerate(parks):
        by_metric: dict[str, list[Row]] = defaultdict(list)
        for r in park.rows:
            by_metric[r["metric"]].append(r)
        for metric, rows in by_metric.items():
            data.append(_columnar([{
                "period": r["period_label"] or "",
                "order": str(r["period_end_month"] or r["fiscal_year"] or "")[:7],
                "growth": r["growth_pct"],
                "value": _amount(r["value"], r["unit"]),
                "stated": _pct(r["stated_yoy_pct"]),
                "computed": _pct(r["computed_yoy_pct"]),
                "source": r["growth_source"] or "",
                "href": links.href(r["fact_id"]),
            } for r in rows], {"park": i, "metric": _label(metric, metric_labels)}))
    choice = alt.param(name="park_choice", value=0, bind=alt.binding_select(
        options=menu, labels=[f"{parks[i].name} ({_plural(parks[i].n_rows, 'figure')})" for i in menu],
        name="Park: "))
    base = alt.Chart().encode(
        x=alt.X("period:O", sort=alt.EncodingSortField(field="order", op="min"), title=None),
        y=alt.Y("growth:Q", title="growth, % year on year"),
        color=alt.Color("metric:N", title=None, legend=alt.Legend(orient="bottom", columns=2, labelLimit=260)),
    )
    zero = alt.Chart(alt.Data(values=[{"y": 0}])).mark_rule(color="#999").encode(y="y:Q")
    points = base.mark_point(filled=True, size=45, cursor="pointer").encode(
        tooltip=[alt.Tooltip("metric:N"), alt.Tooltip("period:N"), alt.Tooltip("value:N"),
                 alt.Tooltip("growth:Q", format="+.1f", title="growth %"), alt.Tooltip("stated:N"),
                 alt.Tooltip("computed:N"), alt.Tooltip("source:N")],
        href=alt.Href("href:N"))
    # the park's data on an inner layer, so the line and the points share it (the page carries it once)
    park = alt.layer(base.mark_line(strokeWidth=1.5), points, data=alt.Data(name=ROWS)).transform_filter(
        alt.datum.park == choice).transform_flatten(
        ["period", "order", "growth", "value", "stated", "computed", "source", "href"])
    chart = alt.layer(zero, park).add_params(choice).properties(
        title=alt.TitleParams("Growth of the park chosen in the menu", anchor="start", fontSize=13),
        width=640, height=260)
    return chart, data


def _growth_section(parks: list[GrowthPark], links: Links, charts: Charts, metric_labels: dict[str, str]) -> str:
    parts = ['<section id="growth"><h2>Growth by park</h2>']
    if not parks:
        parts.append('<p class="empty">No park-wide growth in this warehouse.</p>')
        return "".join(parts) + "</section>"
    parts.append(f'<p class="note">{_plural(len(parks), "park")} with growth; the menu under the chart picks one '
                 f'(it opens on {_e(parks[0].name)}, the longest record). Year-on-year growth in percent, the stated '
                 f'figure else the one computed from the same months a year earlier; full years when a park has '
                 f'them, at most {MAX_GROWTH_METRICS} metrics each. The table gives the latest growth of every park '
                 f'and metric.</p>')
    rows_html = []
    for park in sorted(parks, key=lambda p: p.name.casefold()):
        latest: dict[str, Row] = {}
        for r in park.rows:
            latest[r["metric"]] = r  # rows come ordered by period end: the last one is the latest
        for m, r in sorted(latest.items(), key=lambda kv: str(kv[0])):
            rows_html.append(
                f"<tr><td>{_e(park.name)}</td><td>{_e(_label(m, metric_labels))}</td><td>{_e(r['period_label'])}</td>"
                f"<td class='num'>{links.a(r['fact_id'], _pct(r['growth_pct']))}</td>"
                f"<td>{_e(r['growth_source'])}</td></tr>")
    parts.append(
        f'{charts.add(*_growth_chart(parks, links, metric_labels), "chart wide")}'
        f'<details class="table" open><summary>Latest growth of {_plural(len(parks), "park")}</summary>'
        '<div class="scroll"><table class="data"><thead><tr><th>Park</th><th>Metric</th><th>Latest period</th>'
        f'<th>Growth</th><th>Source</th></tr></thead><tbody>{"".join(rows_html)}</tbody></table></div></details>')
    return "".join(parts) + "</section>"


def _target_label(r: Row, metric_labels: dict[str, str], industry_labels: dict[str, str]) -> str:
    industry = f" ({_label(r['industry'], industry_labels)})" if r["industry"] else ""
    return f"{r['park_name']} · {_label(r['metric'], metric_labels)}{industry} · {r['target_period_label']}"


def _targets_section(targets: list[Row], links: Links, charts: Charts, metric_labels: dict[str, str],
                     industry_labels: dict[str, str]) -> str:
    parts = ['<section id="targets"><h2>Target progress</h2>']
    if not targets:
        parts.append('<p class="empty">No stated targets in this warehouse.</p>')
        return "".join(parts) + "</section>"
    counts = Counter(r["status"] for r in targets)
    parts.append('<p class="note">' + " · ".join(
        f'<span class="status s-{_e(s)}">{_e(s)}</span> {n}' for s, n in sorted(
            counts.items(), key=lambda kv: STATUS_ORDER.index(kv[0]) if kv[0] in STATUS_ORDER else 99)) + "</p>")
    judged = [r for r in targets if r["progress_pct"] is not None]
    by_status: dict[str, list[Row]] = defaultdict(list)
    for r in sorted(judged, key=lambda r: r["progress_pct"]):
        by_status[r["status"] or ""].append(r)
    picked: list[Row] = []
    for i in range(MAX_TARGET_BARS):  # round-robin over statuses so every status is in the chart
        for status in sorted(by_status, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99):
            if i < len(by_status[status]) and len(picked) < MAX_TARGET_BARS:
                picked.append(by_status[status][i])
    if picked:
        seen: Counter[str] = Counter()
        data = []
        for r in picked:
            label = _target_label(r, metric_labels, industry_labels)
            seen[label] += 1
            if seen[label] > 1:
                label += f" #{seen[label]}"
            data.append({"target": label, "progress": r["progress_pct"], "status": r["status"] or "",
                         "goal": _amount(r["target_value"], r["target_unit"]),
                         "actual": _amount(r["actual_value_in_target_unit"], r["target_unit"]),
                         "actual_period": r["actual_period_label"] or "", "href": links.href(r["target_fact_id"])})
        data.sort(key=lambda d: (STATUS_ORDER.index(d["status"]) if d["status"] in STATUS_ORDER else 99,
                                 d["progress"]))
        statuses = [s for s in STATUS_ORDER if s in counts] + sorted(s for s in counts if s not in STATUS_ORDER)
        bars = alt.Chart(alt.Data(name=ROWS)).mark_bar(cursor="pointer").encode(
            y=alt.Y("target:N", sort=[d["target"] for d in data], title=None, axis=alt.Axis(labelLimit=420)),
            x=alt.X("progress:Q", title="progress towards the target, %"),
            color=alt.Color("status:N", scale=alt.Scale(domain=statuses,
                                                        range=[STATUS_COLORS.get(s, "#bbb") for s in statuses]),
                            legend=alt.Legend(orient="top", title=None)),
            tooltip=[alt.Tooltip("target:N"), alt.Tooltip("status:N"),
                     alt.Tooltip("progress:Q", format=".1f", title="progress %"), alt.Tooltip("goal:N"),
                     alt.Tooltip("actual:N"), alt.Tooltip("actual_period:N", title="actual as of")],
            href=alt.Href("href:N"))
        goal = alt.Chart(alt.Data(values=[{"x": 100}])).mark_rule(strokeDash=[4, 3], color="#333").encode(x="x:Q")
        chart = (bars + goal).properties(width=520, height=alt.Step(16), title=alt.TitleParams(
            "Progress of stated targets", subtitle=f"{len(picked)} of {len(judged)} judgeable targets "
            f"(each status, least progress first); the dashed line is 100%", anchor="start"))
        parts.append(charts.add(chart, data, "chart wide"))
    rows_html = []
    for r in targets:
        reason = r["not_judgeable_reason"] or ""
        target = links.a(r["target_fact_id"], _amount(r["target_value"], r["target_unit"]), r["evidence"])
        actual = links.a(r["actual_fact_id"], _amount(r["actual_value_in_target_unit"], r["target_unit"]))
        rows_html.append(
            f"<tr><td>{_e(r['park_name'])}</td>"
            f"<td>{_e(_label(r['metric'], metric_labels))}"
            f"{'<br><small>' + _e(_label(r['industry'], industry_labels)) + '</small>' if r['industry'] else ''}</td>"
            f"<td class='num'>{target}"
            f"<br><small>{_e(r['qualifier'])} by {_e(r['target_period_label'])}</small></td>"
            f"<td class='num'>{actual}"
            f"<br><small>{_e(r['actual_period_label'])}</small></td>"
            f"<td class='num'>{_e(_pct(r['progress_pct'], signed=False))}</td>"
            f"<td class='num'>{_e(_pct(r['required_cagr_pct']))}</td>"
            f"<td class='num'>{_e(_pct(r['recent_growth_pct']))}</td>"
            f"<td><span class='status s-{_e(r['status'])}'>{_e(r['status'])}</span></td>"
            f"<td>{_e(reason)}</td></tr>")
    parts.append(
        f'<details class="table" open><summary>All {len(targets)} targets</summary><div class="scroll">'
        '<table class="data"><thead><tr><th>Park</th><th>Metric</th><th>Target</th><th>Actual (target unit)</th>'
        '<th>Progress</th><th>Required CAGR</th><th>Recent growth</th><th>Status</th><th>Why not judgeable</th></tr>'
        f'</thead><tbody>{"".join(rows_html)}</tbody></table></div></details>')
    return "".join(parts) + "</section>"


def _scorecard_section(cards: list[Row], links: Links, metric_labels: dict[str, str]) -> str:
    parts = ['<section id="scorecards"><h2>Park scorecards</h2>']
    if not cards:
        parts.append('<p class="empty">No park scorecards in this warehouse.</p>')
        return "".join(parts) + "</section>"
    parts.append(f'<p class="note">{len(cards)} parks: the latest park-wide figure of each key metric, its rank '
                 f'among the parks with a comparable figure, and its growth.</p><div class="cards">')
    for c in cards:
        where = ", ".join(str(x) for x in (c.get("city"), c.get("province")) if x)
        park_type = _label(c.get("park_type"), PARK_TYPES)
        meta = [x for x in (park_type, c.get("level"), where) if x]
        if c.get("established_year"):
            meta.append(f"est. {c['established_year']}")
        if c.get("area_km2") is not None:
            as_of = f" ({c['area_period_label']})" if c.get("area_period_label") else ""
            meta.append(f"{_num(c['area_km2'], 2)} km²{as_of}")
        if c.get("n_documents") is not None:
            meta.append(f"{c['n_documents']} document{'' if c['n_documents'] == 1 else 's'}")
        figures = []
        for figure, label in SCORECARD_FIGURES:
            value = c.get(f"{figure}_value")
            if value is None:
                continue
            unit = c.get(f"{figure}_unit")
            if figure == "output" and c.get("output_metric"):
                label = _label(c["output_metric"], metric_labels)
            rank = c.get(f"{figure}_rank")
            rank_text = f"#{rank} of {c.get(f'{figure}_n_parks_ranked')}" if rank is not None else ""
            growth = ""
            if figure == "output" and c.get("output_growth_pct") is not None:
                growth = _pct(c["output_growth_pct"])
            shown = links.a(c.get(f"{figure}_fact_id"), _amount(value, unit))
            figures.append(f"<tr><th>{_e(label)}</th><td class='num'>{shown}</td>"
                           f"<td>{_e(c.get(f'{figure}_period_label'))}</td><td>{_e(rank_text)}</td>"
                           f"<td class='num'>{_e(growth)}</td></tr>")
        latest = ""
        if c.get("latest_growth_pct") is not None:
            latest = (f"<p><b>Latest growth:</b> {_e(_label(c.get('latest_growth_metric'), metric_labels))} "
                      f"{_e(_pct(c['latest_growth_pct']))} ({_e(c.get('latest_growth_source'))}, "
                      f"{_e(c.get('latest_growth_period_label'))})</p>")
        industries = (f"<p><b>Leading industries:</b> {_e(c['leading_industries'])}</p>"
                      if c.get("leading_industries") else "")
        table = (f"<table class='data compact'><tbody>{''.join(figures)}</tbody></table>" if figures
                 else "<p class='empty'>No key figure yet.</p>")
        parts.append(f'<article class="card"><h3>{_e(c.get("park_name"))}</h3>'
                     f'<p class="meta">{_e(" · ".join(str(m) for m in meta))}</p>{table}{latest}{industries}</article>')
    parts.append("</div>")
    return "".join(parts) + "</section>"


def _evidence_section(documents: list[Row], n_with_facts: int, facts: list[Fact]) -> str:
    parts = ['<section id="evidence"><h2>Evidence</h2>']
    if not documents:
        parts.append('<p class="empty">No document with extracted facts in this warehouse.</p>')
        return "".join(parts) + "</section>"
    capped = (f" (capped at {len(documents)}: the documents behind the figures above first, then by name)"
              if len(documents) < n_with_facts else "")
    parts.append(
        f'<p class="note">{len(documents)} of {n_with_facts} documents with facts{capped}. Highlights: '
        '<mark class="f f-fact">metric fact</mark> <mark class="f f-mention">metric mention</mark> '
        '<mark class="f f-industry">industry mention</mark>; click one for its fields.</p>'
        '<p><label>Filter documents <input id="doc-filter" type="search" placeholder="file name"></label></p>')
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc].append(f)
    for i, d in enumerate(documents):
        doc_facts = sorted(by_doc.get(d["doc"], []), key=lambda f: (f.start, SOURCE_ORDER[f.source], f.dom_id))
        spans = [Span(f.start, f.end, f.dom_id, f"f f-{f.source}", SOURCE_ORDER[f.source]) for f in doc_facts]
        text = d["document_text"] or ""
        rows_html = "".join(
            f"<tr><td><a class='fact-link' href='#{_e(f.dom_id)}'>{_e(SOURCE_LABELS[f.source])}</a></td>"
            f"<td>{_e(f.cells[0])}</td><td class='num'>{_e(f.cells[1])}</td><td>{_e(f.cells[2])}</td>"
            f"<td>{_e(f.cells[3])}</td><td>{_e(f.cells[4])}</td><td class='num'>{f.start}–{f.end}</td></tr>"
            for f in doc_facts)
        counts = Counter(f.source for f in doc_facts)
        summary = ", ".join(f"{n} {SOURCE_LABELS[s]}{'s' if n != 1 else ''}" for s, n in sorted(
            counts.items(), key=lambda kv: SOURCE_ORDER[kv[0]]))
        parts.append(
            f'<details class="doc" id="doc-{i}" data-doc="{_e(d["doc"])}"><summary><b>{_e(d["doc"])}</b> '
            f'<span class="muted">{_e(d.get("doc_date"))} · {_e(summary)}</span></summary>'
            f'<pre class="doc-text">{highlight(text, spans)}</pre>'
            f'<table class="data compact facts"><thead><tr><th>Fact</th><th>What</th><th>Value</th><th>Period</th>'
            f'<th>Kind / role</th><th>Park / entity</th><th>Chars</th></tr></thead><tbody>{rows_html}</tbody>'
            f'</table></details>')
    return "".join(parts) + "</section>"


# --------------------------------------------------------------------------- page

CSS = """
:root { --ink:#1d2430; --muted:#5f6b7a; --line:#dde3ea; --bg:#f6f8fa; --accent:#3b6ea8; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
       color:var(--ink); background:#fff; }
header { background:var(--bg); border-bottom:1px solid var(--line); padding:20px 32px; }
header h1 { margin:0 0 4px; font-size:24px; }
main { padding:8px 32px 64px; max-width:1400px; }
section { margin-top:32px; }
h2 { font-size:20px; border-bottom:2px solid var(--accent); padding-bottom:4px; }
h3 { font-size:15px; margin:0 0 4px; }
nav ol { margin:8px 0 0; padding-left:20px; columns:2; max-width:520px; }
a { color:var(--accent); }
.stats { display:flex; flex-wrap:wrap; gap:8px 24px; margin:8px 0 0; padding:0; list-style:none; }
.stats b { font-size:18px; }
.note, .muted, .meta { color:var(--muted); }
.empty { color:var(--muted); font-style:italic; }
.pair { display:flex; flex-wrap:wrap; gap:16px 32px; align-items:flex-start; margin:16px 0 28px; }
.grid, .cards { display:grid; grid-template-columns:repeat(auto-fill,minmax(560px,1fr)); gap:20px; }
.cards { grid-template-columns:repeat(auto-fill,minmax(400px,1fr)); }
.panel, .card { border:1px solid var(--line); border-radius:8px; padding:12px 14px; background:#fff; }
.card p { margin:6px 0; }
.chart { min-height:40px; }
table.data { border-collapse:collapse; font-size:13px; }
table.data th, table.data td { border-bottom:1px solid var(--line); padding:3px 8px; text-align:left;
                               vertical-align:top; }
table.data thead th { background:var(--bg); position:sticky; top:0; }
table.data caption { text-align:left; font-weight:600; padding-bottom:4px; }
table.compact { margin-top:8px; }
td.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
.scroll { max-height:640px; overflow:auto; border:1px solid var(--line); }
.status { display:inline-block; padding:0 6px; border-radius:10px; color:#fff; background:#999; font-size:12px; }
.s-achieved { background:#2e7d32; } .s-on_track { background:#1565c0; } .s-at_risk { background:#ef6c00; }
.s-off_track { background:#c62828; } .s-not_judgeable { background:#8a8a8a; }
details.doc { border:1px solid var(--line); border-radius:6px; margin:6px 0; padding:4px 10px; }
details.doc[open] { background:#fcfcfd; }
details summary { cursor:pointer; }
pre.doc-text { white-space:pre-wrap; word-wrap:break-word; font:14px/1.7 Georgia,"Times New Roman",serif;
               background:#fff; border-left:3px solid var(--line); padding:8px 14px; max-width:980px; }
mark.f { color:inherit; padding:0; cursor:pointer; border-radius:2px; }
mark.f-fact { background:#fff1a8; box-shadow:inset 0 -2px #d4a800; }
mark.f-mention { background:rgba(90,150,255,.20); }
mark.f-industry { background:rgba(60,190,110,.25); }
mark.current, mark.f:focus { outline:2px solid #c62828; }
#fact-panel { position:fixed; right:16px; bottom:16px; width:380px; max-height:60vh; overflow:auto; background:#fff;
              border:1px solid var(--line); border-radius:8px; box-shadow:0 6px 24px rgba(0,0,0,.18); padding:10px 14px;
              font-size:13px; z-index:10; }
#fact-panel h4 { margin:8px 0 4px; }
#fact-panel dl { display:grid; grid-template-columns:auto 1fr; gap:2px 10px; margin:0; }
#fact-panel dt { color:var(--muted); } #fact-panel dd { margin:0; overflow-wrap:anywhere; }
#fact-panel button { float:right; border:0; background:none; font-size:18px; cursor:pointer; }
"""

# the page's own behaviour; reads the JSON blocks, writes with textContent only (never innerHTML)
SCRIPT = """
(function () {
  var facts = JSON.parse(document.getElementById('facts-data').textContent);
  var panel = document.getElementById('fact-panel');
  var body = document.getElementById('fact-panel-body');
  var current = [];
  function show(ids, el) {
    body.replaceChildren();
    ids.forEach(function (id) {
      var fact = facts[id];
      if (!fact) { return; }
      var h = document.createElement('h4'); h.textContent = fact.title; body.appendChild(h);
      var dl = document.createElement('dl');
      fact.fields.forEach(function (kv) {
        if (!kv[1]) { return; }
        var dt = document.createElement('dt'); dt.textContent = kv[0];
        var dd = document.createElement('dd'); dd.textContent = kv[1];
        dl.appendChild(dt); dl.appendChild(dd);
      });
      body.appendChild(dl);
    });
    current.forEach(function (m) { m.classList.remove('current'); });
    current = el ? [el] : [];
    current.forEach(function (m) { m.classList.add('current'); });
    panel.hidden = false;
  }
  function chain(mark) {
    var ids = [];
    for (var m = mark; m; m = m.parentElement && m.parentElement.closest('mark[data-fact]')) {
      if (ids.indexOf(m.dataset.fact) < 0) { ids.push(m.dataset.fact); }
    }
    return ids;
  }
  function reveal() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (err) { return; }
    var el = id && document.getElementById(id);
    if (!el) { return; }
    for (var d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) { d.open = true; }
    el.scrollIntoView({block: 'center'});
    if (el.dataset.fact) { show([el.dataset.fact], el); }
  }
  document.addEventListener('click', function (event) {
    var mark = event.target.closest('mark[data-fact]');
    if (mark) { show(chain(mark), mark); return; }
    var link = event.target.closest('a[href^="#fact-"]');
    if (link) { setTimeout(reveal, 0); }
  });
  document.addEventListener('keydown', function (event) {
    var mark = event.target.closest && event.target.closest('mark[data-fact]');
    if (mark && event.key === 'Enter') { show(chain(mark), mark); }
  });
  document.getElementById('fact-panel-close').addEventListener('click', function () { panel.hidden = true; });
  window.addEventListener('hashchange', reveal);
  var filter = document.getElementById('doc-filter');
  if (filter) {
    filter.addEventListener('input', function () {
      var q = filter.value.toLowerCase();
      document.querySelectorAll('details.doc').forEach(function (d) {
        d.hidden = q !== '' && d.dataset.doc.toLowerCase().indexOf(q) < 0;
      });
    });
  }
  var options = JSON.parse(document.getElementById('embed-options').textContent);
  document.querySelectorAll('script[type="application/json"][data-chart]').forEach(function (node) {
    var target = document.getElementById(node.dataset.chart);
    vegaEmbed(target, JSON.parse(node.textContent), options).catch(function (err) {
      target.textContent = 'This chart could not be drawn: ' + err;
    });
  });
  reveal();
})();
"""


def _header(wh: Warehouse, generated_at: dt.datetime, n_facts_shown: int, n_docs_shown: int) -> str:
    def count(table: str, where: str = "") -> str:
        n = wh.count(table, where)
        return "—" if n is None else f"{n:,}"

    decodable = "where is_decodable" if wh.has("stg_documents", "is_decodable") else ""
    stats = [
        ("documents", count("stg_documents")), ("readable documents", count("stg_documents", decodable)),
        ("parks", count("dim_park")), ("metric facts", count("fct_park_metric")),
        ("metric mentions", count("stg_metric_mentions")), ("industry mentions", count("stg_industry_mentions")),
        ("targets", count("mart_target_progress")),
    ]
    toc = [("league", "League tables"), ("growth", "Growth by park"), ("targets", "Target progress"),
           ("scorecards", "Park scorecards"), ("evidence", "Evidence")]
    return (
        "<header><h1>zonescope — industrial parks report</h1>"
        f'<p class="muted">Made {_e(generated_at.strftime("%Y-%m-%d %H:%M UTC"))} from the built warehouse; '
        f"{n_facts_shown:,} highlights in {n_docs_shown:,} documents of the evidence viewer.</p>"
        '<ul class="stats">' + "".join(f"<li><b>{_e(v)}</b> {_e(k)}</li>" for k, v in stats) + "</ul>"
        '<nav aria-label="Contents"><ol>' + "".join(f'<li><a href="#{a}">{_e(t)}</a></li>' for a, t in toc)
        + "</ol></nav></header>")


def render_report(con: duckdb.DuckDBPyConnection, *, max_documents: int = MAX_DOCUMENTS,
                  generated_at: dt.datetime | None = None) -> str:
    """The whole page as a string (``write_report`` writes it); reads the warehouse with SELECTs only."""
    wh = Warehouse(con)
    generated_at = generated_at or dt.datetime.now(dt.UTC)
    metric_labels = wh.labels("dim_metric", "metric", "metric_label")
    industry_labels = wh.labels("dim_industry", "industry", "industry_label")

    leagues = _league_groups(wh)
    growth = _growth_parks(wh)
    targets = _targets(wh)
    cards = _scorecards(wh)

    # the documents of the viewer: first those holding the facts the sections show (a few from each section),
    # the groups and the park the charts open on before the others
    opening = [league.default for league in leagues]
    wanted = [
        [r["fact_id"] for g in opening + [g for league in leagues for g in league.groups if g not in opening]
         for r in g.rows[:LEAGUE_TOP]],
        [c.get(f"{f}_fact_id") for c in cards for f, _ in SCORECARD_FIGURES],
        [r[k] for r in targets for k in ("target_fact_id", "actual_fact_id")],
        [r["fact_id"] for park in growth for r in park.rows],
    ]
    documents, n_with_facts = _choose_documents(wh, wanted, max_documents)
    facts = _evidence_facts(wh, [d["doc"] for d in documents], metric_labels, industry_labels)
    links = Links({f.dom_id.removeprefix("fact-") for f in facts if f.source == "fact"})

    charts = Charts()
    body = "".join([
        _league_section(leagues, links, charts, metric_labels),
        _growth_section(growth, links, charts, metric_labels),
        _targets_section(targets, links, charts, metric_labels, industry_labels),
        _scorecard_section(cards, links, metric_labels),
        _evidence_section(documents, n_with_facts, facts),
    ])
    facts_json = _script_json({f.dom_id: {"title": f.title, "fields": f.fields} for f in facts})
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>zonescope report</title><style>{CSS}</style></head><body>"
        f"{_header(wh, generated_at, len(facts), len(documents))}<main>{body}</main>"
        '<aside id="fact-panel" hidden aria-live="polite"><button type="button" id="fact-panel-close" '
        'aria-label="Close">×</button><div id="fact-panel-body"></div></aside>'
        f'<script type="application/json" id="facts-data">{facts_json}</script>'
        f'<script type="application/json" id="embed-options">{_script_json(EMBED_OPTIONS)}</script>'
        f"<script>{_vega_bundle()}</script>"
        f"<script>{SCRIPT}</script></body></html>\n")


def write_report(con: duckdb.DuckDBPyConnection, out_dir: Path, *, max_documents: int = MAX_DOCUMENTS,
                 generated_at: dt.datetime | None = None) -> Path:
    """Write the report to ``out_dir/index.html`` and return that path.

    The file is written beside its final name and renamed into place, so a
    reader (or a web server) never sees half a page.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    page = render_report(con, max_documents=max_documents, generated_at=generated_at)
    target = out_dir / "index.html"
    partial = out_dir / f".index.html.{os.getpid()}.tmp"
    partial.write_text(page, encoding="utf-8")
    os.replace(partial, target)
    return target


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m orchestration.report WAREHOUSE OUT_DIR``: the report of a warehouse file, opened read-only."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--max-documents", type=int, default=MAX_DOCUMENTS)
    args = parser.parse_args(argv)
    con = duckdb.connect(str(args.warehouse), read_only=True)
    try:
        print(write_report(con, args.out_dir, max_documents=args.max_documents))
    finally:
        con.close()


if __name__ == "__main__":
    main()
