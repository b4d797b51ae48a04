"""Read the metric facts of one sentence.

The shape of the genre: a metric phrase, then an amount, then its change
('industrial operating revenue of RMB 68.57 billion, an increase of
19.42%'); a growth with no amount ('added value increased by 8.2%'); a count
after a verb of having ('is home to 49 high-tech enterprises'). The nearest
metric phrase before a number names it. What disqualifies a number is as
important as what qualifies it: a single firm's figure, a threshold that
projects must exceed, a per-unit ratio, a subset, a comparison in points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from orchestration.extract import lexicon
from orchestration.extract.firstchar import guarded
from orchestration.extract.periods import MONTHS
from orchestration.extract.prefilter import GatedTable, Prechecked, fold
from orchestration.extract.quantities import Quantity, find_quantities
from orchestration.extract.segment import HAN

# a month's name, as the periods read it
MONTH_NAMES = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"

# Tables of (pattern, code) rows with prechecks: ``candidates(fold(text))`` skips the rows
# whose required words the text lacks (see prefilter)
_MONEY = GatedTable((re.compile(p, re.I), code) for p, code in lexicon.MONEY_METRICS)
_AREA = GatedTable((re.compile(p, re.I), code) for p, code in lexicon.AREA_METRICS)
_COUNT = GatedTable((re.compile(p, re.I), code) for p, code in lexicon.COUNT_METRICS)
_INDUSTRY = GatedTable((re.compile(p, re.I), code) for p, code in lexicon.INDUSTRIES)

FLOW_METRICS = {code for _, code in lexicon.MONEY_METRICS} | {
    "industrial_output_above_size", "industrial_added_value_above_size"}

GROWTH_CUE = re.compile(
    r"increas|decreas|\bup\b|\bdown\b|\brose\b|\brises?\b|\brising\b|\bgrew\b|\bgrow|growth|"
    r"year[- ]on[- ]year|\byoy\b|\bfell\b|\bfall|declin|\bdrop|\bslid|\bjump|\bsurg|\bsoar|"
    # 'slipped 3.2 percent to 74 million yuan', 'dipped 0.8 percent', 'edged up 1.2 percent', 'plunged 40 percent'
    r"\bslip(?:s|p\w*)?\b|\bdip(?:s|p\w*)?\b|\bedge[sd]\b|\bplung|\btumbl|"
    r"\bclimb|\bexpan|\bshr[aiu]nk|\bcontract|增长|增幅|下降|减少|回落|"
    # 'aims to raise operating revenue by 8 percent', 'raised its operating revenue 13.8 percent to ...' (not 'raise
    # its share to 30 percent': a level)
    r"\b(?:rais|lift|boost)\w*\b[^.;]{0,80}(?:\bby\s*|(?<![.;\d])(?<!\bto)\s)"
    r"(?:more than |over |about |nearly |at least )?$", re.I)
# the firms above designated size named as a part of those counted before: 'of which above designated size', a row's
# or a caption's label ('Of which above designated size' over its figure)
PART_ABOVE_SIZE = re.compile(r"\s*(?:of which|among them|including)\s*,?\s*(?:those\s+|enterprises\s+)?"
                             r"(?:above|over) (?:the )?designated (?:size|scale)\s*[:：]?\s*", re.I)
NEGATIVE_CUE = re.compile(r"decreas|\bdown\b|\bfell\b|\bfall|declin|\bdrop|\bslid|\bshr[aiu]nk|\bcontract|"
                          r"\bslip(?:s|p\w*)?\b|\bdip(?:s|p\w*)?\b|\bplung|\btumbl|"
                          # ('recorded negative growth of 6.2 percent'; not 'turned from negative growth to ...')
                          r"(?<!from )\bnegative growth\b(?!\s+(?:to|into)\s+positive)|"
                          r"下降|减少|回落|负增长", re.I)
COMPARISON = re.compile(r"percentage points?|(?<!more )(?<!less )(?<!fewer )\bthan\b|average annual|annual average|"
                        # ('Compared with the first quarter of 2019, output grew by an average of 9.4 percent a year')
                        r"average growth|compound(?:ed)? annual|\bCAGR\b|\bby an average of\b|\baverage monthly\b|"
                        # ('Compared with December last year, the average monthly export value was down 6.2%': on a
                        # month, no year-on-year change)
                        r"\bcompared (?:with|to) " + MONTH_NAMES + r"|"
                        # ('..., a month-on-month decrease of 24.4%': on the month before, no year-on-year change)
                        r"\b(?:month|quarter)[- ]on[- ](?:month|quarter)\s+(?:[a-z]+\s+){1,2}(?:of\s+)?$|"
                        r"\bshare\b|accounted for|\bma(?:de|kes|king) up\b(?! of)|\bproportion\b|\bratio\b|"
                        r"(?<!growth )\brate of\b(?! increase)", re.I)
TARGET_CUE = re.compile(
    r"\bwill\b|\bshall\b|\bstrive|\baim(?:s|ing)? (?:to|at|for)\b|\bgoal\b|\bgoals\b|\bhop(?:es|ing) to\b|"
    # ('the emerging industry the park has targeted since last year': what it began, no goal)
    # (nor 'optical films and target materials': sputtering targets, a product)
    r"\btarget(?!ed (?:since|in|from|last|for years)| materials?\b)|"
    r"\bwants?\b|\bplans? (?:to|for)\b|\bcalls? for\b|\bexpected to\b|\bexpects?\b|\bprojected to\b|\bis set to\b|"
    # ('The plan set out that by 2020 output would reach 30 billion yuan, that fixed-asset investment over the five
    # years would total 60 billion yuan': a plan's goals, reported)
    r"\bwould (?:reach|total|exceed|top|hit|surpass|pass|double)\b|"
    # ('The plan foresees cumulative fixed-asset investment of 40 billion yuan over 2021-2025')
    r"\bforecast|\bstriving\b|\bforesees?\b|\benvisages?\b|\benvisions?\b|力争|预计|目标|计划|确保|"
    r"\bto be (?:achieved|reached)\b|\bby the end of the \w+ five|"
    # ('... give us confidence to reach total industrial output value of 8.2 billion yuan for the full year')
    r"\bconfiden(?:ce|t)(?: of| that)? (?:[\w']+ ){0,3}?(?:to )?(?:reach|reaching|exceed|exceeding|hit|hitting|top|"
    r"topping|achieve|achieving|surpass)\b|"
    r"\b(?:is|are) to (?:reach|exceed|hit|top|become|grow|rise|increase)\b|"
    # ('Output value above designated size is to grow 13 percent', '... should reach 30', 'The park plans fixed-asset
    # investment of 2.2 billion yuan')
    r"\bshould (?:reach|exceed|grow|rise|increase|top|hit)\b|\bplans\s+(?:[\w-]+\s+){1,4}?(?:of|worth)\b|"
    # a goal's infinitive in a list of them: '(6) the number of enterprises above designated size to reach 140'
    r"\bnumber of [^.;:]{1,80}? to (?:reach|exceed|pass|top|hit|surpass)\b", re.I)
CUMULATIVE = re.compile(r"\bin total\b|\bcumulative|\baccumulated|\ba total of\b|\baggregate", re.I)
PER_UNIT = re.compile(r"\beach square (?:kilomet|km)|"  # 'Each square kilometer of the zone produced ...'
                      # ('Per-square-kilometer trade reached 8.75 billion yuan', 'per-capita output')
                      r"\bper[ -](?:mu|capita|square|hectare|km|head|employee|person|enterprise|unit|worker|labou?rer|"
                      r"resident|household)\b|"
                      r"/mu\b|\baverage\b[^.;]{0,30}\bper\b|"
                      # ('亩均税收提高到15万元': tax per mu; 人均: per head)
                      r"亩均|人均|地均", re.I)
_KIND_OF_FIRM = (r"(?:high-tech|high and new technology|(?:foreign|overseas|Taiwan|Hong Kong|Macao|Japanese|Korean|"
                 r"German|European|American|US)-(?:funded|invested)|state-owned|private|listed) "
                 r"(?:enterprises|companies|firms)\b(?! above)")
SUBSET = re.compile(r"\b(?:zones|parks) (?:together|combined)\b|"

                    # 'The city aims to lift the industrial output of its development zones by 6 percent'
                    r"(?<!among )(?<!one of )\b(?:its|their) (?:[\w-]+ ){0,2}?(?:development|industrial|economic) "
                    r"(?:zones|parks)\b|\b(?:all|seven|eight|nine|ten|\d+) "
                    r"(?:[\w-]+ ){0,3}(?:zones|parks)\b|\btop \d+|\btop (?:ten|twenty|thirty|fifty|hundred)\b|"
                    r"\bkey (?:enterprises|companies|firms)\b|(?<!no\.)(?<!no\. )\b\d+ (?:largest|biggest|leading) |"
                    # ('The three largest enterprises in the park, led by ..., together contributed output value of')
                    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) (?:(?:largest|biggest) |"
                    r"leading (?:enterprises|companies|firms)\b)|"
                    # (not 'the zone's No.1 leading industry': a rank)
                    # 'the zone's high-tech enterprises realized operating revenue of ...', 'output value of foreign-
                    # funded enterprises': a kind of the zone's firms, not all of them
                    r"\b(?:output(?: value)?|revenue|income|sales|taxes|tax revenue|profits?|exports?) (?:of|by) "
                    r"(?:the (?:zone|park)['’]s |its )?(?:national )?" + _KIND_OF_FIRM + r"(?=[^,;]{0,60}$)|"
                    + _KIND_OF_FIRM + r"(?: in the (?:zone|park))? (?:realized|realised|achieved|posted|generated|"
                    # ('Taiwan-funded enterprises in the park have invested a total of 1.2 billion US dollars')
                    r"recorded|reported|paid|completed|(?:have |has )?invested)\b(?=[^,;]{0,60}$)", re.I)
# 'of which', 'among them': what follows is a part; it is a metric only if it names one
PART_OF = re.compile(r"\bof which\b|\bamong (?:them|which)\b|\bincluding\b|^\s*of (?:that|this|the total)\b", re.I)
# ('... are industrial legal entities with annual main business income of 20 million yuan or more': a class's floor)
THRESHOLD = re.compile(r"\b(?:enterprises|companies|firms|projects|(?:legal )?entities|"
                       # ('became the park's first industry with output of more than 10 billion yuan': a class of size)
                       r"(?:first|second|only|sole) (?:[\w-]+ )?(?:industry|cluster|chain|enterprise|company))\b"
                       # 'output of industrial enterprises above designated size of more than 36 billion': a scope
                       r"(?!\s+above[- ]designated[- ](?:size|scale)\s+(?:of|was|were)\b)"
                       # (nor the next item after them: 'to have 600 national high-tech enterprises and operating
                       # revenue of more than 100 billion yuan')
                       r"(?!\s+(?:and|as well as)\s)"
                       r"(?:(?!,\s*(?:and|while|but)\b)[^.;]){0,50}?"
                       r"\b(?:with|amounting to|worth|each|valued at|of|"
                       # an incentive's threshold: 'Projects investing more than RMB 500 million: ...', '... investing
                       # 50 million yuan or more'
                       r"investing(?:\s+(?:more than|over|at least|no less than|not less than))?)\b|"
                       # ('of which project investment above 5 million yuan increased 16.8%': a statistical scope)
                       r"\bprojects?\s+(?:investment\s+)?(?:above|over|exceeding|of more than)\s*$|"
                       # ('only two enterprises have revenue above 5 billion yuan': how many firms are that large)
                       r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:enterprises|companies|firms|of them|of which|of these)\s+(?:have|had|has)\s+"
                       r"(?:annual\s+)?(?:operating\s+)?"
                       r"(?:revenue|output(?: value)?|sales)\s+(?:above|over|exceeding|of more than|of over)\s*$", re.I)
# (searched in every clause before an amount: prechecked, see prefilter)
COMPANY = Prechecked(re.compile(r"\bCo\.,?\s*Ltd|\b[A-Z][a-z]+ Co\.?(?=[\s,])|\bCompany\b|\bCorporation\b|\bGroup\b|"
                                r"\bInc\.|\bLimited\b|"
                                # ('the Tarim Petrochemical Branch realized ...', 'Yanshan Petrochemical Plant')
                                r"\b[A-Z][\w-]+ (?:Branch|Factory|Plant|Refinery|Smelter|Steelworks)\b|"
                                # ('安徽恒美服饰有限公司...实现产值14.3亿元': a firm's, half-translated;
                                # '光伏组件项目总投资30亿元': one project's, not the projects counted before it,
                                # '32个重点项目总投资')
                                r"有限(?:责任)?公司|股份公司|集团公司|"
                                r"(?:^|[，,；;。：:])[^，,；;。：:\d个项]{1,20}项目(?:计划)?总投资\s*$"))
# (not a place's area, named after it: "Pudong's Hangtou Industrial Park realized ...")
POSSESSIVE = Prechecked(re.compile(r"\b((?:[A-Z][\w-]*\s)*[A-Z][\w-]*)['’]s\b"
                                   r"(?!\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:Park|Zone|Area|ETDZ|EDZ|HTZ)\b)"))
# (a pinyin name keeps its apostrophe: 'the southern part of Fu'an City', not 'Fu')
OF_NAME = Prechecked(re.compile(r"\bof ((?:[A-Z][\w-]*(?:['’](?!s\b)[a-z]\w*)?\s?)+)"))
# trades whose firms above designated size are no industrial firms (the statistics' other size classes)
_NOT_INDUSTRIAL_FIRMS = re.compile(r"\b(?:logistics|service|services|wholesale|retail|catering|accommodation|"
                                   r"construction|real estate|trade|trading)\s+(?:and\s+\w+\s+)?(?:enterprises|firms|"
                                   r"companies)\b", re.I)
HAVE_CUE = re.compile(
    r"\bthere (?:is|are|was|were)\b|\bamong them (?:are|were)\b|"
    # (not firms a zone has done away with: 'the park has closed or relocated 63 general manufacturing enterprises')
    r"\b(?:has|have|had)\b(?! been)(?!\s+(?:closed|relocated|shut|moved|phased|eliminated|demolished|removed|cleared|"
    r"rectified)\b)|\bhome to\b|\bboasts?\b|"
    r"\bhost(?:s|ing)?\b|\bhouses?\b|\bgather(?:s|ed|ing)?\b|\bnumber of\b|\btotal(?: number)? (?:of|to)\b|"
    r"\bbringing\b|\bbrings? together\b|\bbrought together\b|\binvolves\b|\bcultivat\w*\b|\bincluding\b|\bincludes\b|"
    r"\b(?:they|these|this|those) include\b|"  # ('..., 623 of them enterprises. They include 118 industrial ...')
    r"\bcomprises\b|\bowns?\b|\bcount(?:s|ed)?\b|"
    # ('By the end of April, all 46 industrial enterprises above designated size had resumed production': all of them)
    r"\ball\s+(?:the\s+(?:zone['’]s\s+|park['’]s\s+)?)?$|"
    r"\bnumbers\s+(?:about |nearly |more than |over |some )?$|"  # 'The equipment cluster ... numbers 118 enterprises'
    # ('At present, the park settled 34 enterprises', machine-translated 入驻)
    r"\bsettled\s+(?:about |nearly |more than |over |some )?$|"
    # ('Wengyang Industrial Park closed 2024 with 312 national high-tech enterprises': what it had at the year's end)
    r"\b(?:closed|ended|finished|rounded off)\s+(?:the\s+year|(?:19|20)\d\d)\s+with\s+"
    r"(?:about |nearly |more than |over |some )?$|"
    # a goal: 'to reach 70 national high-tech enterprises by 2025', 'the number of high-tech enterprises to pass 100'
    r"\b(?:to|will) (?:reach|exceed|top|pass|surpass)\b|"
    # ('has set a goal of 300 industrial enterprises above designated size', 'aims for 300 ...', 'The target is 300')
    r"\b(?:goal|target)s?\s+(?:of|is|was)\s+(?:about |nearly |more than |over |at least )?$|"
    r"\baim(?:s|ing)?\s+(?:for|at)\s+(?:about |nearly |more than |over |at least )?$", re.I)
# 'new' that names an industry, not firms new to the zone: '47 new energy enterprises', 'new materials'
NEW_INDUSTRY = r"(?![- ](?:energy|materials?|generation|displays?|infrastructure)\b)"
CHANGE_OF_STOCK = re.compile(r"^\s*(?i:more\s+)?(?:new|New)\b" + NEW_INDUSTRY +
                             r"|(?i:\bnewly\b|\badded\b|\bnet increase\b)|新认定|新增|净增|新引进|新培育|"
                             # ('During 2013, 14 enterprises reached designated size, bringing the total to 36': the
                             # year's newcomers to the class; not 'By the end of 2019, 24 enterprises in the park had
                             # reached the designated size', all that are in it)
                             r"(?i:(?<!had )(?<!have )(?<!has )\b(?:reached|attained|grew into|were upgraded to) "
                             r"(?:the )?designated (?:size|scale)\b)")
# the time a title was given, which makes 'have been recognised' the year's newcomers, not all that hold it
_WHEN_GIVEN = (r"[^.;]{0,120}\b(?:this year|last year|in (?:19|20)\d\d|during the (?:year|period)|so far this year|"
               r"since (?:January|the start))\b")
_TITLE_GIVEN = (r"recogni[sz]ed|approved|identified|rated|selected|certified|added|introduced|negotiated|signed|named|"
                r"listed|awarded|included")
STOCK_CHANGE_AFTER = re.compile(
    r"^[^.;,(（]{0,40}\b(?:(?:had|have|has) applied|(?:(?:were|was) (?:newly )?|(?:have|has|had) been newly )"
    r"(?:" + _TITLE_GIVEN + r")|"
    # ('have been recognised' by a time: the year's; without one, all that hold the title now, see HOLD_TITLE, as
    # 'By the end of 2015, 5 enterprises in the park had been recognised as ...' are)
    r"(?:have|has|had) been (?:" + _TITLE_GIVEN + r")(?=" + _WHEN_GIVEN + r")|"
    # ('with 7 parts suppliers signing up this year': the year's newcomers)
    r"(?:signing|signed) (?:up|on)\b|(?:moving|moved) in\b|"
    # ('..., with four enterprises newly added in the quarter': newcomers, without an auxiliary)
    r"newly (?:" + _TITLE_GIVEN + r"|registered|settled)\b|"
    # ('27 enterprises in the zone passed the recognition': the year's newly recognised)
    r"(?:passed|pass|won|received|obtained|gained) (?:the |their )?(?:recognition|certification|accreditation)\b)",
    re.I)
COUNT_OBJECT = re.compile(r"\b(?:to|for|from|by|among|of)\s+(?:more than |over |about |nearly )?$", re.I)
# ('has set a goal of 300 enterprises', 'are made by 34 processing firms in the park', 'has formed a cluster of 38
# enterprises')
COUNT_OBJECT_OK = re.compile(r"(?:home to|total of|number of|total to|\bis one of|\bcluster of|"
                             r"\b(?:goal|target)s? of|\baim(?:s|ing)? for|\bstriv(?:e|es|ing) for|\bcall(?:s|ed)? for|"
                             r"\bplan(?:s|ned)? for|"
                             r"\b(?:made|produced|processed|manufactured) by|"
                             # ('... was home to 86 industrial enterprises above designated size, ..., and to 38
                             # national high-tech enterprises': the same 'home to' again)
                             r"\bhome to\b[^.;]{3,160}?\band to)\s+"
                             r"(?:more than |over |about |nearly )?$", re.I)
ASIDE_ON_A_DATE = r"(?:,\s*(?:the|its|when|which)\b[^,.;()\d]{1,50},)"
LIST_CONTINUES = re.compile(
    # the last figure's own date may come between: '96 million yuan in 1994 and 108.6 billion yuan in 2022',
    # '10 square kilometers (April 1993) -> 112.7 square kilometers (today)'
    # and a goal's: '15 billion yuan by 2027 and 25 billion yuan by 2030', '... by 2025, doubling to ...'
    # or the area it is said to be of: '9.7 billion yuan for the county and 6.15 billion yuan for the zone'
    # (and an aside on that date: 'from 52 million yuan in 1993, the zone's first full year, to 61.8 billion yuan')
    r"(?:\s*\([^()]{1,30}\)|\s+in\s+(?:19|20)\d\d" + ASIDE_ON_A_DATE + r"?|\s+(?:at|by) the end of (?:19|20)\d\d|"
    r"\s+by\s+(?:19|20)\d\d|"
    # ('operating revenue of 23 billion yuan this year and 30 billion yuan by 2026')
    r"\s+(?:this|next|last) year|"
    # ('2.71 billion yuan in the first quarter, 3.05 billion yuan in the second, ...': each its quarter)
    r"\s+in the (?:first|second|third|fourth)(?: quarter| half| three quarters)?"
    # ('from 16.21 billion yuan in the first half of last year to 18.63 billion yuan ...')
    r"(?: of (?:last year|this year|the previous year|(?:19|20)\d\d))?|"
    r"\s+(?:for|in) the (?:county|city|district|(?:development |economic |industrial )?(?:zone|park)))?"
    # another industry's: '..., and the auto parts industry RMB 30 billion', '...; the sensors industry 2.94 billion'
    r"[\s,;]*(?:(?:and |as well as )?(?:in|of|the) [\w\s-]{2,50}?(?:industry|industries|sector))?[\s,]*"
    r"(?:and|as well as|while|->|→)?\s*"
    # (a later deadline of the same goal first: '... 14 billion yuan; by 2025, exceed 30 billion yuan', '..., and by
    # 2025 to exceed 30 billion yuan')
    r"(?:by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d,?\s+(?:to\s+)?)?"
    # (the last item's verb said again: '..., 2.83 billion yuan in 2019, and reached 3.05 billion yuan in 2020')
    # ('... to exceed 40 billion yuan in 2025 and to reach 80 billion yuan in 2030': the next goal's verb again)
    r"(?:(?:(?:doubling|tripling|rising|increasing|growing|climbing)\s+)?to\s+(?:(?:reach|exceed|surpass|hit|top)\s+)?|"
    r"(?:(?:exceed|reach|surpass)(?:ed|es)?|top(?:ped|s)?)\s+)?"
    r"(?:more than|over|about|nearly)?\s*", re.I)
POPULATION = lexicon.POPULATION
POPULATION_ROWS = GatedTable([(POPULATION, "population")])  # for ``nearest``
NOT_RESIDENT = lexicon.POPULATION_EXCLUDED
AREA_EXCLUDED = lexicon.AREA_EXCLUDED
# (a road's number: 'G80', 'S219'; not a possessive's s: "the zone's 26 auto parts makers")
_NO_BEFORE = re.compile(r"(?:\bNo\.?|#|\bRoad|\bphase|(?<!['’])\b[GS])\s*$", re.I)


UNIT_STATEMENT = re.compile(
    r"\bunits?\s*[:：]\s*(?P<unit>(?:rmb|cny|usd|us\$)\s*(?:10,000|10k\b|100 million|million|billion)|"
    r"(?:10,000|ten thousand|100 million|hundred million|million|billion)?\s*(?:yuan|rmb|us dollars|usd|dollars))",
    re.I)
# the unit of one measure in a table's note: '(enterprises: count; output: 100 million yuan)'
# ... or in a caption's brackets: '(output value in 100 million yuan)'
UNIT_IN_NOTE = re.compile(
    # ('(main business income in 100 million yuan; growth in %)')
    r"\b(?:output(?: value)?|amounts?|revenue|income|sales|figures|values?|investment|tax(?:es)?)"
    # ('(Amounts below in 100 million yuan)': those that follow)
    r"(?:\s+(?:below|here|that follow|in this (?:section|table|report)))?\s*"
    # ('(output value of industrial enterprises above designated size: 100 million yuan; growth: %)')
    r"(?:of [a-z][a-z -]{2,60}?)?(?:[:：]|\s+(?:is\s+|are\s+)?in\s)\s*"
    r"(?P<unit>(?:rmb|cny|usd|us\$)\s*(?:10,000|10k\b|100 million|million|billion)|"
    r"(?:10,000|ten thousand|100 million|hundred million|million|billion)\s*(?:yuan|rmb|us dollars|usd|dollars))"
    # ('(cumulative from January; amounts in 100 million yuan, growth in %)', '(Amounts in 10,000 yuan unless otherwise
    # stated)')
    r"\s*(?:[;,)）]|and\b|unless\b|except\b)", re.I)
_SCALES = (r"10,000|10000(?![\d,.])|10k\b|ten thousand|100 million|hundred million|100 ?m(?:ln|n)?\b|million|billion|"
           r"bn|mn|mln")
_UNIT_WORDS = re.compile(r"(?P<scale>" + _SCALES + r"|m(?=\s))?\s*(?P<cur>yuan|rmb|cny|us dollars|usd|dollars|us\$)",
                         re.I)
# (the yuan's sign too: 'CN¥ billion', as Wikipedia writes it, '¥ bn')
_CURRENCIES = r"(?P<cur>RMB\s?¥|CN¥|RMB|CNY|USD|US\$|¥|￥)"
_CURRENCY_THEN_SCALE = re.compile(_CURRENCIES + r"\s*(?P<scale>" + _SCALES + r")", re.I)
_UNIT_FACTORS = {"10,000": 1e4, "10000": 1e4, "10k": 1e4, "ten thousand": 1e4, "100 million": 1e8,
                 "hundred million": 1e8, "million": 1e6, "billion": 1e9, "bn": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6,
                 # 'GDP (RMB 100m)': a hundred million, as English tables of Chinese statistics write it
                 **{f"100{space}{m}": 1e8 for space in ("", " ") for m in ("m", "mn", "mln")}}


# ... or, without brackets, ending a data file's field name ('tax revenue 100m yuan', 'exports 10000 usd')
_UNIT_AT_END = re.compile(r"(?<!above)(?<!over)(?<!than)(?<!exceeding)(?<![\d,])\s((?:" + _SCALES +
                          r"|m|10000)\s*(?:yuan|rmb|cny|usd))\s*$", re.I)
# ... or after a comma at a label's end, a note on the change after it: 'Operating revenue, 2024, bn yuan (y/y)'
_UNIT_AFTER_COMMA = re.compile(r",\s*((?:" + _SCALES + r")\s*(?:yuan|rmb|cny|usd|us dollars))\s*"
                               r"(?:[(（][^()（）]{1,20}[)）])?\s*$", re.I)
# a line that states units and nothing else: 'Unit: USD 10,000 for foreign capital; ...', '(Unit: 100 million yuan, %)'
UNIT_LINE = re.compile(r"\s*[(（]?\s*(?:units?|单位)\s*[:：]", re.I)
UNIT_IN_BRACKETS = re.compile(r"[(（]\s*(?:unit\s*[:：]\s*)?((?:" + _SCALES +
                              r"|m)?\s*(?:yuan|rmb|us dollars|usd|dollars))\s*[)）]", re.I)  # ('(m yuan)': millions)


def table_number(cell: str) -> float | None:
    """The figure in a table cell, or None for '--' and text.

    >>> [table_number(c) for c in ("1,206.5", "+18.7%", "-3.4", "--", "RMB 9 billion", "↑6.8%", "↓ 4.2%")]
    [1206.5, 18.7, -3.4, None, None, 6.8, -4.2]

    A goal's floor is its figure ('≥430', '>250' in a plan's table of indicators):

    >>> [table_number(c) for c in ("≥430", "> 250", ">=12.6")]
    [430.0, 250.0, 12.6]
    """
    m = _TABLE_NUMBER.fullmatch(cell)
    if m is None:
        return None
    value = float(m.group(2).replace(",", "").replace(" ", ""))
    return -value if m.group(1) in ("↓", "▼") else value  # (a dashboard's arrows: '↑6.8%', '↓4.2%')


# (after a goal's floor: '≥430', '> 250')
_TABLE_NUMBER = re.compile(r"\s*(?:(?:[≥≧>]=?|不低于|不少于)\s*)?([+↑▲↓▼])?\s*"
                           r"(-?\d{1,3}(?: \d{3})+(?:\.\d+)?|-?\d[\d,]*(?:\.\d+)?)\s*%?\s*")


def table_amount(cell: str) -> Quantity | None:
    """A cell that states an amount with its unit: 'RMB 126.5 billion', 'USD 9.42 billion', '52.6 sq km'."""
    found = find_quantities(cell)
    if len(found) == 1 and found[0].kind in ("money", "area") and not cell[:found[0].start].strip() \
            and not cell[found[0].end:].strip():
        return found[0]
    return None


_TEN_THOUSAND = re.compile(r"^10000\s*")


def parse_unit(text: str) -> tuple[float, str] | None:
    """'10,000 yuan' -> (10000.0, 'CNY'); the factor and currency of a stated unit.

    >>> parse_unit("RMB 100 million"), parse_unit("US dollars")
    ((100000000.0, 'CNY'), (1.0, 'USD'))
    """
    first = _CURRENCY_THEN_SCALE.fullmatch(text.strip())  # 'RMB 100 million'
    if first:
        return _UNIT_FACTORS[first.group("scale").lower()], _currency(first.group("cur"))
    m = _UNIT_WORDS.fullmatch(_TEN_THOUSAND.sub("10,000 ", text.strip()))  # a data file's '10000 CNY'
    if m is None:
        return None
    factor = _UNIT_FACTORS.get((m.group("scale") or "").lower(), 1.0)
    return factor, "USD" if "dollar" in m.group("cur").lower() or m.group("cur").lower() in ("usd", "us$") else "CNY"


_CHINESE_UNITS = {"万美元": (1e4, "USD"), "亿美元": (1e8, "USD"), "万元": (1e4, "CNY"), "亿元": (1e8, "CNY")}
_CHINESE_UNIT = re.compile("|".join(_CHINESE_UNITS))
_CHINESE_STATEMENT = re.compile(r"(?:单位|\bunits?)\s*[:：]", re.I)


_CURRENCY_FIRST = re.compile(
    r"[(（]\s*" + _CURRENCIES + r"\s*(?P<scale>" + _SCALES + r"|m)\s*[)）]", re.I)  # '(US$ m)': millions


def _currency(sign: str) -> str:
    """'RMB', 'CN¥', '¥' -> 'CNY'; 'USD', 'US$' -> 'USD'."""
    return "USD" if "$" in sign or sign.upper() == "USD" else "CNY"


# a unit among a caption's other notes in its brackets: '(cumulative; 100 million yuan, growth in %)'
_UNIT_AMONG_NOTES = re.compile(r"[(（](?:[^()（）;；,，]{0,40}[;；,，])?\s*((?:" + _SCALES + r")\s*"
                               r"(?:yuan|rmb|us dollars|usd|dollars))\s*(?:[;；,，][^()（）]{0,60})?[)）]", re.I)
# what may follow the unit in its brackets: the year the figure is of, or a note that some rows differ ('(Unit: 100
# million yuan, except where noted)')
_AFTER_THE_UNIT = re.compile(r",\s*(?:(?:19|20)\d\d|(?:except|unless)\b[^)）]*?)\s*([)）])", re.I)


def caption_unit(text: str) -> tuple[float, str] | None:
    """The unit a caption states, in a unit's statement or in brackets: '(unit: 100 million yuan; growth in
    brackets)', '... (100 million yuan)'.

    >>> caption_unit("Output value, 2025 (unit: 100 million yuan; year-on-year growth in brackets)")
    (100000000.0, 'CNY')
    """
    stated = next((unit for m in UNIT_STATEMENT.finditer(text) if (unit := parse_unit(m.group("unit")))), None)
    return stated or unit_in_label(text)


def caption_measure(caption: str) -> tuple[str, tuple[float, str] | None, bool] | None:
    """The measure a chart's caption names, its unit, and whether it is a count (a stock): an amount in the
    caption's unit, else a count with no unit; None when it names neither.

    >>> caption_measure("Tax revenue by quarter (unit: 10,000 yuan)"), caption_measure("High-tech enterprises")
    (('tax_revenue', (10000.0, 'CNY'), False), ('high_tech_enterprises', None, True))
    """
    unit = caption_unit(caption)
    if unit is not None:
        code = money_metric(caption, "")
        return (code, unit, False) if code is not None else None
    code = count_label(caption)
    return (code, None, True) if code is not None else None


def unit_in_label(text: str) -> tuple[float, str] | None:
    """The unit a row label or header states: '(10,000 yuan)', '(万美元 US$10,000)', '(亿元)'.

    >>> unit_in_label("Foreign capital actually used (万美元 US$10,000)")
    (10000.0, 'USD')
    >>> unit_in_label("Output value (100 million yuan)")
    (100000000.0, 'CNY')
    >>> unit_in_label("Actual use of foreign capital (USD 100 million)")
    (100000000.0, 'USD')
    >>> unit_in_label("GDP (RMB 100m)"), unit_in_label("Foreign trade (US$ 100m)")
    ((100000000.0, 'CNY'), (100000000.0, 'USD'))
    >>> unit_in_label("(Unit: 100 million yuan, except where noted)")
    (100000000.0, 'CNY')
    """
    chinese = _CHINESE_UNIT.search(text)
    if chinese:
        return _CHINESE_UNITS[chinese.group()]
    if ", " in text:  # ('Tax revenue (RMB bn, 2023)': the unit, then the year the figure is of)
        text = _AFTER_THE_UNIT.sub(r"\1", text)
    stated = UNIT_IN_BRACKETS.search(text)
    if stated:
        return parse_unit(stated.group(1))
    currency_first = _CURRENCY_FIRST.search(text)  # '(USD 100 million)', '(RMB 10,000)'
    if currency_first:
        scale = currency_first.group("scale").lower()
        return _UNIT_FACTORS.get(scale, 1.0), _currency(currency_first.group("cur"))
    among = _UNIT_AMONG_NOTES.search(text)  # '(cumulative; 100 million yuan, growth in %)'
    if among:
        return parse_unit(among.group(1))
    field = _UNIT_AT_END.search(text)  # a data file's field name: 'operating_revenue_100m_yuan'
    if field is None and "," in text:
        # ('Operating revenue, 2024, bn yuan (y/y)': the unit after a comma, before a note on the change)
        field = _UNIT_AFTER_COMMA.search(text)
    return parse_unit(field.group(1)) if field else None


# one measure's unit in a unit line that states several: 'Unit: USD 10,000 for foreign capital; 100 million yuan for
# trade; %'
_UNIT_FOR = re.compile(r"(?:^|[:：;；,，(（]\s*)(?P<unit>(?:[^;；,，:：()（）]|(?<=\d),(?=\d{3}))+?)\s+for\s+"
                       r"(?P<what>[^;；,，()（）]{3,40})")


# ... or the measure first and its unit after a colon: '(Unit: 100 million yuan; foreign capital: US$10,000)'
_UNIT_AFTER_MEASURE = re.compile(r"[;；,，]\s*(?P<what>[A-Za-z][A-Za-z -]{2,40}?)\s*[:：]\s*"
                                 r"(?P<unit>(?:[^;；,，:：()（）]|(?<=\d),(?=\d{3}))+)")


# ... or the measures first and their unit after 'in': '(Output value and industrial investment in 100 million yuan;
# tax revenue in 10,000 yuan; growth ... in %)'
_MEASURE_IN_UNIT = re.compile(r"(?:^|[;；(（]\s*)(?P<what>[A-Za-z][A-Za-z -]{2,60}?)\s+in\s+"
                              r"(?P<unit>(?:[^;；,，:：()（）]|(?<=\d),(?=\d{3}))+)(?=\s*[;；)）]|\s*$)")


# ... or each measure, a comma, then its unit: '(unit: enterprises, number; output value, RMB 100 million)'
_MEASURE_COMMA_UNIT = re.compile(r"(?:[;；]|[(（]?\s*units?\s*[:：])\s*(?P<what>[A-Za-z][A-Za-z -]{2,40}?)\s*[,，]\s*"
                                 r"(?P<unit>(?:[^;；,，:：()（）]|(?<=\d),(?=\d{3}))+)(?=\s*[;；)）]|\s*$)", re.I)


def units_by_measure(text: str) -> list[tuple[str, tuple[float, str]]]:
    """The units a unit line states measure by measure, as (the measure's words, unit).

    >>> units_by_measure("Unit: USD 10,000 for foreign capital; 100 million yuan for trade; %")
    [('foreign capital', (10000.0, 'USD')), ('trade', (100000000.0, 'CNY'))]
    >>> units_by_measure("(Unit: 100 million yuan; foreign capital: US$10,000)")
    [('foreign capital', (10000.0, 'USD'))]
    >>> units_by_measure("(Output value and investment in 100 million yuan; tax revenue in 10,000 yuan; growth in %)")
    [('output value', (100000000.0, 'CNY')), ('investment', (100000000.0, 'CNY')), ('tax revenue', (10000.0, 'CNY'))]
    >>> units_by_measure("(unit: enterprises, number; output value, RMB 100 million)")
    [('output value', (100000000.0, 'CNY'))]
    """
    found = []
    for m in _UNIT_FOR.finditer(text):
        unit = parse_unit(m.group("unit").strip())
        if unit is not None:
            found.append((m.group("what").strip().lower(), unit))
    for m in _UNIT_AFTER_MEASURE.finditer(text):  # '(Unit: 100 million yuan; foreign capital: US$10,000)'
        unit = parse_unit(m.group("unit").strip())
        if unit is not None and not re.fullmatch(r"units?", m.group("what").strip(), re.I):
            found.append((m.group("what").strip().lower(), unit))
    if not found and ("," in text or "，" in text):
        for m in _MEASURE_COMMA_UNIT.finditer(text):
            unit = parse_unit(m.group("unit").strip())
            if unit is not None:
                found.append((m.group("what").strip().lower(), unit))
    if not found and " in " in text:
        for m in _MEASURE_IN_UNIT.finditer(text):
            unit = parse_unit(m.group("unit").strip())
            if unit is not None:
                found.extend((what.strip().lower(), unit) for what in m.group("what").split(" and ") if what.strip())
    return found


def unit_for_column(header: str, metric: str, parts: list[tuple[str, tuple[float, str]]]) -> tuple[float, str] | None:
    """The unit a column takes from a unit line stated measure by measure: the part that names the column's measure
    ('trade' for 'Imports and exports' and 'Of which: exports'), if any."""
    for what, unit in parts:
        named = money_metric(what, "") or ("foreign_trade" if re.search(r"\btrade\b", what) else None)
        if what in header.lower() or named == metric or (
                named == "foreign_trade" and metric in ("exports", "imports", "foreign_trade")):
            return unit
    return None


def chinese_unit_statement(text: str) -> tuple[float, str] | None:
    """'(单位 Unit: 亿元 100 million yuan)': a unit line that names the unit in Chinese."""
    if not _CHINESE_STATEMENT.search(text):
        return None
    chinese = _CHINESE_UNIT.search(text)
    return _CHINESE_UNITS[chinese.group()] if chinese else None


def unit_label(text: str, q: Quantity) -> tuple[float, str] | None:
    """The unit when a 'quantity' is only a parenthesised unit label: '(10,000 yuan)'."""
    if not (text[q.start - 1: q.start] in "(（" and text[q.end: q.end + 1] in ")）" and q.start > 0):
        return None
    if q.kind != "money" or q.qualifier != "exact":
        return None
    return parse_unit(q.raw)


def in_unit(q: Quantity, unit: tuple[float, str]) -> Quantity:
    """A bare table figure read in the unit its heading or row label states."""
    factor, currency = unit
    value = float(Decimal(repr(q.number)) * Decimal(repr(factor)))
    return replace(q, value=value, kind="money", unit=currency, scaled=True)


@dataclass
class Draft:
    """A metric fact before entity and document fields are filled in."""

    metric: str
    value: float | None
    unit: str | None
    qualifier: str
    quantity: Quantity | None
    start: int  # evidence start
    end: int  # evidence end
    yoy_pct: float | None = None
    industry: str | None = None
    measure: str = "flow"
    cumulative: bool = False
    anchor: int = 0  # where the number stands, for period and entity lookup
    past: bool = False  # stated in the past tense: a stock of the reported period, not of today
    present: bool = False  # stated in the present ('the zone now has'): a stock of the document's date
    now: bool = False  # 'now covers', 'currently has': today's stock, whatever date the sentence gives
    period: object = None  # a period the sentence gives this figure alone ('... respectively')
    earlier: bool = False  # 'rose from X to Y': X is the figure of the year before Y's
    later: bool = False  # ... and Y the figure that X rose to
    base_of: object = None  # 'up from X last year': the draft X is compared with (see pipeline._Reader._base)
    dated: tuple = ()  # ... and how X is dated from it
    entity: int | None = None  # the zone a table's column names, when the figure's column says whose it is
    target: bool = False  # a goal by where it stands (a table's 'Annual target' column), whatever the words
    # 'compared with 2021, ... up 31.5%': the year a change is stated against, and the months of the part of it named
    # ('compared with the first quarter of 2019')
    versus: tuple[int, tuple[int, int] | None] | None = None
    written: object = None  # the date of a digest's item the figure stands in, when it is not the document's
    # 'Of the 131 enterprises, 57 are dyeing firms': the count given before that this one is part of, dated as it is
    part_of: object = None


@lru_cache(maxsize=4096)
def nearest(patterns, text: str) -> tuple[str, int] | None:
    """The code whose phrase ends nearest the end of ``text``; the longer on ties.

    ``patterns`` is a ``prefilter.GatedTable`` of (pattern, code) rows. A pure function
    of its arguments, cached: the same window before a figure is asked about more than
    once (money_metric for a bare figure in a unit's table, then for the amount it
    becomes; the population test, then the count test), and a press release repeats
    its phrases ('the total output value of ... reached').
    """
    best = None
    for pattern, code, start in patterns.candidates(fold(text)):
        for m in pattern.finditer(text, start):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[0]:
                best = (key, code, m.start())
    if best is None:
        return None
    return best[1], best[2]


# sectors of the economy, and a class of industries across sectors ('the added value of high-tech industries'):
# a part of the total, of no industry of the catalogue
# ('the software and information services industry', 'the modern logistics services industry' are industries)
_NAMED_SERVICE = r"(?<!information )(?<!technology )(?<!logistics )(?<!financial )(?<!business )"
SECTOR_OF_ECONOMY = re.compile(r"\b(?:primary|secondary|tertiary|" + _NAMED_SERVICE + r"service|" + _NAMED_SERVICE +
                               r"services)\s+(?:industry|industries|sector)\b|"
                               # ('The output of the construction industry was 7.15 billion yuan': no factory's)
                               # ('The total output value of construction enterprises with qualification certificates')
                               r"\b(?:construction|building)\s+(?:industry|sector|enterprises|companies|firms)\b|"
                               r"\bhigh-tech(?:nology)? industries\b|"
                               # ('the added value of the financial industry was 42.6 billion yuan': a service sector's)
                               r"\b(?:financial|finance|real estate|wholesale and retail|retail|catering|accommodation|"
                               r"transportation|tourism)\s+(?:industry|industries|sector)\b", re.I)


# Streams of income named before 'revenue' or 'income' that are not operating revenue
_ONLINE = re.compile(r"(?:\be-commerce|\bonline)\s+$", re.I)
_NOT_OPERATING = re.compile(r"\b(?:technical|technology|technological|r&d|patent|licen[cs]ing|royalty|rental|"
                            r"land(?:-use)?(?: transfer| sales?)?|tourism|tourist|ticket|advertising|"
                            # ('Government fund revenue': a fiscal account, not firms' revenue)
                            r"non-tax|interest|(?:government(?:al)? )?fund|fund budget)\s+$", re.I)


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def metrics_in_order(text: str) -> list[str]:
    """The money metrics a subject names, in order: 'retail sales and total imports and exports'."""
    return _in_order(_MONEY, text)


def measures_in_order(text: str) -> list[str]:
    """The money metrics a subject lists, in order, each above designated size when its own item says so.

    >>> measures_in_order("the park's above-size industrial output value, industrial added value above designated "
    ...                   "size, fixed-asset investment and tax revenue grew ")
    ['industrial_output_above_size', 'industrial_added_value_above_size', 'fixed_asset_investment', 'tax_revenue']
    """
    spans = _spans_in_order(_MONEY, text)
    joints = [(m.start(), m.end()) for m in _ITEM_JOINT.finditer(text)]
    codes = []
    for i, (start, end, code) in enumerate(spans):
        left = max([j_end for _, j_end in joints if j_end <= start] + [spans[i - 1][1] if i else 0])
        right = min([j_start for j_start, _ in joints if j_start >= end]
                    + [spans[i + 1][0] if i + 1 < len(spans) else len(text)])
        if code in ("industrial_output", "industrial_added_value") and lexicon.ABOVE_SIZE.search(text, left, right):
            code += "_above_size"
        codes.append(code)
    return codes


_ITEM_JOINT = re.compile(r"[,;，；]|\band\b")


def industries_in_order(text: str) -> list[str]:
    """The industries a subject names, in order: 'food processing and equipment manufacturing'."""
    return _in_order(_INDUSTRY, text)


def _in_order(table, text: str) -> list[str]:
    """The codes of ``table``'s phrases in ``text``, in order; of phrases that overlap, the longer."""
    return [code for _, _, code in _spans_in_order(table, text)]


def _spans_in_order(table, text: str) -> list[tuple[int, int, str]]:
    """Where each of ``table``'s phrases in ``text`` starts and ends, with its code, in order (see ``_in_order``)."""
    found = []
    for pattern, code, start in table.candidates(fold(text)):
        for m in pattern.finditer(text, start):
            found.append((m.start(), m.end(), code))
    kept: list[tuple[int, int, str]] = []
    for start, end, code in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, code))
    return kept


# ('... yuan of funds from these and earlier projects is already in place', not foreign capital's)
_FUNDS_IN_PLACE_AFTER = re.compile(r"\s*of\s+(?:(?:introduced|domestic)\s+)?(?:funds|capital)\b"
                                   r"(?:[\s,]+(?!foreign|overseas)[\w-]+){0,8}?\s+"
                                   r"(?:is|are|was|were|has been|have been|had been)\s+(?:already\s+|actually\s+)?"
                                   r"(?:put\s+)?in place\b")


# ('$182 million (1.3 billion yuan) in foreign direct investment': past the amount's conversion)
# ('15 billion yuan in technology, industry and trade revenue': a measure whose name lists its parts)
# ('RMB 6.9 billion of the park's output value above designated size': the part an industry accounted for)
_METRIC_AFTER = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:in|of|for|worth of)\s+(?:the\s+)?"
                           r"(?:(?:park|zone|area)['’]s\s+)?"
                           # (its last word whole: '1.18 billion yuan of investment in technological transformation')
                           r"([^\W\d_](?:[\w\s-]|,(?=\s+[a-z]+\s+and\b)){1,39}[^\W\d_]*)")
# (the measure ends where another clause's subject begins: '112 million US dollars of foreign capital and its imports
# and exports totaled ...')
# (or another goal's infinitive: 'US$40 million of foreign capital this year and to keep export growth above ...')
_ANOTHER_SUBJECT = re.compile(r"\s+and\s+(?:its|the|their|to)\b")


# a measure named right after its amount, up to the clause's end or its date: '28 billion yuan output in 2020'
_METRIC_RIGHT_AFTER = re.compile(r"^\s+([^\W\d_][\w -]{1,39}?)(?=\s*(?:[,.;:)]|$)|\s+(?:in|for|during|this|last|"
                                 r"was|were|is|are|and|up|down|rising|increasing|growing|an?)\b)")
_SIZE_FIRST = re.compile(r"(?:industrial\s+)?above[- ](?:designated|scale)(?:[- ](?:size|scale))?\s+", re.I)
_SPACE_RUN = re.compile(r"\s{2,}")
# ('Industrial enterprises above designated size in the Guizhou Hezhang Economic Development Zone achieved output
# value of': the firms, then the zone's long name, then their measure)
_ABOVE_SIZE_IN_THE_ZONE = re.compile(r"above[- ]designated[- ](?:size|scale)\s+(?:in|of|at)\s+(?:the\s+)?"
                                     # ('... in Dengkou Industrial Park cumulatively realized')
                                     r"[A-Z][^,.;]{3,90}?\b(?:Zone|Park|Area|ETDZ|EDZ|HTZ)\s+(?:[a-z]+ly\s+)?"
                                     r"(?:achieved|realized|realised|posted|recorded|"
                                     r"generated|completed|contributed|produced)\s+(?:a\s+|an\s+|total\s+)*$")
_NEW_CLAUSE = re.compile(r",\s*(?:and|while|but)\s")


# the window after an amount opening with its measure ('[5.2 billion yuan] in total industrial output value and '):
# that amount's, not the next one's
_NAMED_AFTER_AN_AMOUNT = re.compile(r"\s+(?:in|of|worth of)\s+\S")


_SALES_OUTPUT = re.compile(r"\bsales output value\b", re.I)


IN_RESEARCH_AFTER = re.compile(r"\s+(?:in|on|for)\s+(?:research and development|R&D)\b", re.I)


def money_metric(window: str, lookahead: str) -> str | None:
    """Which money metric a phrase before (or right after) an amount names."""
    if "  " in window or "\xa0" in window:  # a phrase a PDF's page break cut ('and foreign' | ... | 'capital
        # actually used was'), or a word hyphenated across lines ('contracted in-' | 'vestment'): one space
        window = _SPACE_RUN.sub(" ", window)
    if _SIGN_AMOUNT_BEFORE.search(window[-40:]) and _OF_PROJECTS_AFTER.match(lookahead):
        return "contracted_investment"  # 'We aim to sign more than 60 billion yuan of projects this year'
    if IN_RESEARCH_AFTER.match(lookahead):
        return None  # 'Enterprises in the zone invested 1.86 billion yuan in research and development': R&D spending
    if _FUNDS_IN_PLACE_AFTER.match(lookahead):
        return "introduced_investment"  # '1.74 billion yuan of funds from these and earlier projects is already in
        # place': what of the money is in place, whatever was named before (its words too long for _METRIC_AFTER)
    found = nearest(_MONEY, window)
    scope = None  # where 'above designated size' is looked for
    after = _METRIC_AFTER.match(lookahead)
    if after is None and found is None and (right := _METRIC_RIGHT_AFTER.match(lookahead)) is not None \
            and (named := nearest(_MONEY, right.group(1))) is not None and named[1] == 0:
        # 'The zone achieved 28 billion yuan output in 2020', 'RMB 13 billion main business income': the measure
        # right after the amount, as translated Chinese and headlines write it (no 'of' between)
        found = named
    # (or in a phrase set apart before the clause of the figure: 'On the revenue side, enterprises in the park paid
    # 143 million yuan in taxes')
    # (or when the measure before it was named after an amount before it, its own: 'targets of 5.2 billion yuan in
    # total industrial output value and 3 billion yuan in fixed-asset investment')
    if after and (found is None or _NEW_CLAUSE.search(window, found[1]) or "," in window[found[1]:]
                  or (found[1] <= 24 and _NAMED_AFTER_AN_AMOUNT.match(window) is not None)):
        # the measure named after the figure, or in a clause of its own after the one that named another: '...
        # up 31.2%, mostly ore imports and steel exports, and companies there paid 4.82 billion yuan in taxes'
        named_after = nearest(_MONEY, _ANOTHER_SUBJECT.split(after.group(1), maxsplit=1)[0])
        # ('60 billion yuan of above-designated-size output': the firms' size class may come first)
        size_first = _SIZE_FIRST.match(after.group(1))
        if named_after and named_after[1] <= 12 + (size_first.end() if size_first else 0):
            found = named_after
            # 'makers above designated size turned out RMB 21.3 billion of output', '45 billion yuan in
            # industrial output value above designated size'
            scope = window[-60:] + " " + re.split(r"[,.;]", lookahead[:90], maxsplit=1)[0]
    if found is None and (_ABOVE_SIZE_FIRMS_MADE.search(window) or _ABOVE_SIZE_RIGHT_AFTER.match(lookahead)):
        return "industrial_output_above_size"  # 'Industrial enterprises above designated size produced 52.8 billion'
    if found is None:
        return None
    code, at = found
    if SECTOR_OF_ECONOMY.search(window[max(0, at - 40): at + 60]):
        return None  # 'the added value of the tertiary industry': a share of GDP, not a catalogue metric
    if code == "operating_revenue" and _NOT_OPERATING.search(window[max(0, at - 30): at]):
        return None  # 'technical revenue', 'rental income': one stream of income, not the zones' revenue
    if code in ("foreign_trade", "exports", "retail_sales") and _ONLINE.search(window[max(0, at - 30): at]):
        return None  # 'cross-border e-commerce import and export', 'online retail sales': one channel's, not the zone's
    if code == "project_investment" and signed(window, lookahead):
        code = "contracted_investment"
    if code == "industrial_output" and _SALES_OUTPUT.search(window, max(0, at - 6), at + 18):
        return None  # 'Sales output value' (销售产值): the output sold, a measure of its own
    if code in ("industrial_output", "industrial_added_value") and (lexicon.ABOVE_SIZE.search(
            window[max(0, at - 60):] if scope is None else scope) or (
            _ABOVE_SIZE_IN_THE_ZONE.search(window, max(0, at - 160), at) if scope is None
            # ('... above designated size in the Dawangdian Industrial Park contributed 18.93 billion yuan of output')
            else _ABOVE_SIZE_IN_THE_ZONE.search(window, max(0, len(window) - 200)))):
        code += "_above_size"
    return code


# a change on a line or in a cell of its own, signed: '↑ 10.7%', '▼ 3.1 %', 'down 2.4%', '+9.1% YoY', '-18.0% y/y' (the
# sign tells it from a share: '81.6%')
# ('year on year: +6.3%', 'YoY -2.9%': its label before the change)
CHANGE_LINE = re.compile(r"\s*(?:(?:y-?o-?y|yoy|y/y|year[- ]on[- ]year|change|growth)\s*[:：]?\s*)?"
                         r"(?:[↑▲+](?:\s*up\b)?|up\b|(?P<down>[↓▼−-](?:\s*down\b)?|down\b))\s*(?P<value>\d+(?:\.\d+)?)\s*"
                         r"(?:%|percent\b|pct\b)\s*(?:y-?o-?y|yoy|y/y|year[- ]on[- ]year)?\s*", re.I)


_SIGN_AMOUNT_BEFORE = re.compile(r"\bsign(?:s|ed|ing)?\s+(?:about |nearly |more than |over |at least |some |"
                                 r"a total of )?$", re.I)
_OF_PROJECTS_AFTER = re.compile(r"\s*(?:worth\s+)?of\s+(?:new\s+|investment\s+|industrial\s+|major\s+|key\s+)*"
                                r"(?:projects|deals|contracts)\b", re.I)


# what the firms above designated size made, said with no measure's name
# (as an official says it: 'Enterprises above designated size did 9.86 billion, up 4.1 percent')
_ABOVE_SIZE_FIRMS_MADE = re.compile(r"\benterprises\s+above\s+designated\s+(?:size|scale)\s+"
                                    r"(?:in\s+the\s+(?:zone|park)\s+)?(?:produced|made|turned out|contributed|did|"
                                    r"reali[sz]ed|achieved)\s+(?:(?:goods|products) worth\s+)?"
                                    r"(?:about |nearly |more than |over )?$", re.I)
# ... or after the amount: 'in the end we did 41.26 billion yuan above designated size in 2023'
_ABOVE_SIZE_RIGHT_AFTER = re.compile(r"\s+above\s+designated\s+(?:size|scale)\b(?!\s+(?:enterprises|firms|companies))",
                                     re.I)


def signed(clause: str, lookahead: str) -> bool:
    """Projects signed, so their investment is contracted: 'We signed 37 projects with a total
    investment of ...', '... with a total investment of 12.6 billion yuan were signed on Friday'."""
    return bool(_SIGNED.search(clause) or _SIGNED_AFTER.match(lookahead))


_SIGNED = re.compile(r"\bsign(?:s|ed|ing)?\b|\bcontracted\b|签约|协议", re.I)
_SIGNED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:were|was|have been|had been|being) signed\b|"
                           # ('with 18 projects and a total investment of 9.26 billion yuan signed on the spot')
                           r"\s+signed (?:on the spot|on site|at|during|that day)\b|"
                           # (a headline's present tense: '16 projects worth 12.7 billion yuan sign up for ...')
                           r"\s+sign (?:up|on)\b",
                           re.I)
# ('Automobiles and auto parts, the zone's leading industry, contributed ...': after an aside that calls it one)
# what an industry as a subject did with its figure
_SUBJECT_VERBS = (r"contributed|realised|realized|achieved|reached|generated|posted|recorded|grew|rose|increased|"
                  r"made|produced|totaled|totalled|amounted|will reach|will exceed|exceeded|topped|"
                  # ('By 2025 we want the battery industry to exceed 50 billion yuan': a goal's verb)
                  r"to (?:exceed|reach|hit|pass|top|surpass)|passed|surpassed|"
                  # ('Food processing, the zone's traditional industry, remained stable at 3.04 billion yuan')
                  r"(?:remained|stayed)(?: stable| steady| flat)? at|stood at")
INDUSTRY_SUBJECT = re.compile(r"\b(?:industry|industries|sector|cluster|chains?)\b,?[^,.;]{0,30}?\b(?:" + _SUBJECT_VERBS
                              + r"|fell|declined|dropped|decreased)\b", re.I)
SPACE_AFTER = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:space|floor|buildings?|workshops?|plants?|housing|offices?|"
                         r"factor(?:y|ies)|incubators?|"
                         # ('the lake park at the centre of the new area, 2,100 mu of water surface': a lake's)
                         r"water(?:\s+surface)?|wetlands?|lakes?)\b", re.I)
# ('..., of which 18.2 sq km is built up', '..., with 9.8 square kilometers built up')
# ('..., of which 7.4 square kilometers has now been built up')
# ('By the end of September 2023, 9.8 square kilometers of the planned area had been built up')
DEVELOPED_AFTER = re.compile(r"(?:\s*(?:of land\s+|of (?:which|it|this)\s+|of (?:the|its) (?:planned|total) area\s+)?"
                             r"(?:(?:has|have|had)(?: now| so far)? been|is|are|was|were)"
                             r"\s+(?:already\s+)?(?:developed|built up|built)|[ \t]+built[- ]up|"
                             # ('with a core area of 10.6 square kilometers already developed')
                             r"\s+already\s+(?:developed|built up|built))\b", re.I)
INVEST_VERB = re.compile(r"\binvest(?:ed|ing|s)?\s+(?:a total of\s+|about\s+|more than\s+|over\s+)?$", re.I)


# an industry, an aside that says it is one, then the verb: 'Biomedicine, the other pillar, grew', 'The food processing
# industry, centering on sugar refining and dairy products, grew'
_SUBJECT_ASIDE = re.compile(r"(?:^|[.;:]\s*|\b(?:while|and|but|whereas)\s+)(?P<head>[^,.;:\d]{3,70}?),\s*"
                            r"(?P<aside>[^.;:\d]{3,120}?),\s*(?:" + _SUBJECT_VERBS + r"|climbed|jumped|surged|fell|"
                            r"declined|dropped|produced|"
                            # ('Food processing, the zone's largest industry, turned out products worth 8.8 billion')
                            r"turned out(?: (?:products|goods) (?:worth|valued at))?)\s*(?:by\s+)?"
                            r"(?:about |nearly |more than |over )?$", re.I)
_ROLE_ASIDE = re.compile(r"\b(?:industry|industries|pillar|sector|cluster|chain|leading|featured|characteristic|"
                         r"emerging|cent(?:er|re)(?:ed|ing) on|led by|built on|based on|rooted in|"
                         # (what the industry takes in: 'Machinery manufacturing, including forklift parts and mining
                         # equipment, grew 19.8 percent')
                         r"including|such as)\b", re.I)


_BY_INDUSTRY_LEAD = re.compile(r"\b[Bb]y (?:industry|sector)\s*[,:：]\s*")


def industry_subject(window: str) -> str | None:
    """The industry that is the subject of 'the X industry realised ...', if any.

    So too an industry whose aside says it is one ('Biomedicine, the other pillar, grew ...').

    >>> industry_subject("Biomedicine, the zone's other pillar, grew ")
    'biomedicine'
    >>> industry_subject("Exports, the zone's other engine, grew ") is None
    True
    """
    if "," in window:  # ('Photovoltaic materials, by contrast, grew 46.3 percent': a connective, no aside)
        window = _CONNECTIVE_ASIDE.sub("", window)
        # ('By industry, denim and apparel, the park's traditional pillar, produced ': the list's lead-in, no aside)
        window = _BY_INDUSTRY_LEAD.sub("", window)
    verb = INDUSTRY_SUBJECT.search(window[-120:]) or _INDUSTRY_FIRMS_MADE.search(window[-120:])
    if verb is not None:
        subject = window[-120:][: verb.start() + len(verb.group().split()[0]) + 1]
        named = _one_industry(subject[-70:])
        if named is not None:
            return named
    # ('The new materials industry, which the district is cultivating as an emerging industry, grew ': the
    # 'industry' before the verb closes the aside, the subject is before it)
    # (the last clause's: '..., while the equipment industry, which ..., grew ' is not ' in the first half's)
    aside = _SUBJECT_ASIDE.search(_CLAUSE_JOINED.split(window[-240:])[-1])
    if aside is None or not _ROLE_ASIDE.search(aside.group("aside")):
        return _bare_industry_subject(window[-120:]) if verb is None else None
    return _one_industry(aside.group("head")[-70:])


# ('Garment enterprises made 7.35 billion yuan in the period': an industry's firms, what they made)
# (or what they make did: 'Valves, pumps and liquor-making machinery made by its 15 equipment enterprises brought in
# 1.93 billion yuan')
_INDUSTRY_FIRMS_MADE = re.compile(r"\b(?:enterprises|firms|companies|makers|producers)\b[^,.;\d]{0,30}?"
                                  r"\b(?:made|produced|turned out|contributed|brought in|generated)\s+"
                                  r"(?:(?:output value of|output of)\s+)?(?:about |nearly |more than |over )?$", re.I)
_CLAUSE_JOINED = re.compile(r",\s*(?=(?:while|whereas|but)\s)", re.I)
_CONNECTIVE_ASIDE = re.compile(r",\s*(?:by contrast|in contrast|meanwhile|however|for its part|in turn|likewise|"
                               r"on the other hand|too|also|in particular|notably)\s*,", re.I)


def _bare_industry_subject(window: str) -> str | None:
    """An industry named alone as the subject of its growth: 'Selenium-rich tea and other food processing rose ',
    'Smart equipment grew ' (the subject is nothing but the industry's name, so it is no measure's nor firm's).

    >>> _bare_industry_subject("From January to May, tea and other food processing rose ")
    'food_processing'
    >>> _bare_industry_subject("Exports of machinery rose ") is None
    True
    """
    bare = _BARE_SUBJECT.search(window)
    return None if bare is None else only_an_industry(bare.group("head"))


def only_an_industry(phrase: str) -> str | None:
    """The industry a phrase names when it names nothing else ('selenium-rich tea and other food processing')."""
    spans = [m.span() for pattern, _, start in _INDUSTRY.candidates(fold(phrase))
             for m in pattern.finditer(phrase, start)]
    if not spans:
        return None
    rest = list(phrase)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    if any(w.lower() not in _SUBJECT_FILLER and "-" not in w for w in "".join(rest).split()):
        return None
    return _one_industry(phrase)


# a measure of an industry named by nothing but its name, at the end of a caption or before the verb: 'output value
# of textiles and garments', 'Output value of walnut and fruit processing rose '
_MEASURE_OF_INDUSTRY = re.compile(r"\b(?:output(?: value)?|operating revenue|revenue|sales(?: revenue)?) of "
                                  r"(?:the )?(?P<name>[^,.;:\d]{3,50}?)\s*(?:(?:rose|grew|increased|climbed|jumped|"
                                  r"surged|fell|declined|dropped|reached|was|totall?ed|came to)\s*(?:by\s+)?)?$", re.I)


# the subject of a growth after a clause opens, and the words that may stand beside an industry's name in it
_BARE_SUBJECT = re.compile(r"(?:^|[,;:.]\s*|\b(?:while|and|but|whereas)\s+)(?P<head>[A-Za-z][^,.;:\d]{2,60}?)\s+"
                           # ('...; equipment manufacturing realized 548 million yuan, up 57.2%')
                           r"(?:grew|rose|increased|climbed|jumped|surged|fell|declined|dropped|contributed|"
                           r"reali[sz]ed|achieved|produced|generated|turned out)\s*(?:by\s+)?$")
_SUBJECT_FILLER = {"and", "other", "the", "its", "related", "products", "processing", "manufacturing", "industry",
                   "industries", "sector", "chain", "cluster", "output", "of"}


def _one_industry(phrase: str) -> str | None:
    """The one industry a phrase names, a name inside or overlapping a later one left out ('new energy storage':
    energy storage, the compound's head, not new energy as well); None for none or several.

    >>> _one_industry("The new energy storage industry"), _one_industry("The new energy and biomedicine industries")
    ('energy_storage_materials', None)
    """
    spans = [(m.start(), m.end(), code) for pattern, code, start in _INDUSTRY.candidates(fold(phrase))
             for m in pattern.finditer(phrase, start)]
    codes = {code for a, b, code in spans
             if not any((c <= a and b <= d and (c, d) != (a, b)) or (c < b and a < d and d > b) for c, d, _ in spans)}
    return codes.pop() if len(codes) == 1 else None


def industry_opening(sentence: str) -> str | None:
    """The industry a sentence opens with, when it is its subject and the sentence says it is one
    ('Green food processing is the zone's first pillar industry.', 'The photovoltaic industry continued
    to lead growth.'); not an area's sentence that lists industries ('Caofeidian ETDZ ... is built
    around steel, ...')."""
    # ('Equipment manufacturing contributed output value of ...': the verb and the measure say it is one)
    named_one = _INDUSTRY_WORD.search(sentence) is not None
    # ('Output of the new materials industry, built on ..., surged': the industry the measure is of)
    opening = _OPENING.match(sentence).end()
    # (a word or two may come first: 'Green food processing', 'High-end equipment manufacturing')
    spans = [(m.start(), m.end(), code) for pattern, code, start in _INDUSTRY.candidates(fold(sentence[:80]))
             if (m := pattern.search(sentence, start)) is not None
             and _ONE_OR_TWO_WORDS.fullmatch(sentence, opening, m.start()) and not _NAMED_AREA.match(sentence, m.end())
             and (named_one or _PRODUCED_MEASURE.match(sentence, m.end()))]
    # (a name inside a longer one is the longer one's: 'Intelligent logistics equipment' names no logistics)
    found = {code for a, b, code in spans if not any(a2 <= a and b <= b2 and b2 - a2 > b - a for a2, b2, _ in spans)}
    return found.pop() if len(found) == 1 else None


_ONE_OR_TWO_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}")
_PRODUCED_MEASURE = re.compile(r"\s+(?:contributed|realized|realised|achieved|produced|generated|posted|recorded|"
                               r"reported)\s+(?:an?\s+|total\s+)?(?:industrial\s+)?"
                               r"(?:output|operating revenue|revenue)\b", re.I)
_OPENING = re.compile(r"\s*(?:(?:total\s+)?(?:output(?:\s+value)?|operating\s+revenue|revenue|exports|sales)\s+of\s+)?"
                      # ('The park's leading industry is yak and Tibetan sheep products processing, with output value
                      # of 540 million yuan')
                      r"(?:(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:leading|pillar|main|dominant|characteristic|featured|"
                      r"largest)\s+industry\s+(?:is|was|remains)\s+)?"
                      r"(?:the\s+)?", re.I)


def industry_called(sentence: str) -> str | None:
    """The one industry a sentence names and gives a role ('... but equipment manufacturing is now its
    leading industry.', '... clean energy equipment, which the zone has been building as an emerging
    industry since 2022.'), for the sentence after it that says 'Its output value'."""
    if not _ROLE_INDUSTRY.search(sentence):
        return None
    found = set(industries_in_order(sentence))
    return found.pop() if len(found) == 1 else None


_ROLE_INDUSTRY = re.compile(r"\b(?:leading|pillar|emerging|characteristic|featured|dominant|main)\s+industry\b",
                            re.I)
# ('The Textile City expects ...': an area's name, not the textile industry)
_NAMED_AREA = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:City|Park|Zone|Area|Base|District|County)\b")


def invest_target(lookahead: str) -> str:
    """What 'invest X yuan in ...' invests in."""
    target = lookahead[:60].lower()
    if "fixed asset" in target:
        return "fixed_asset_investment"
    if "technolog" in target:
        return "tech_upgrade_investment"
    if "industr" in target:
        return "industrial_investment"
    return "project_investment"


def count_in(clause: str) -> str | None:
    """The most specific count metric a clause names ('... recognized as high-tech enterprises')."""
    for pattern, code, _ in _COUNT.candidates(fold(clause)):
        if code != "enterprises" and pattern.search(clause):
            return code
    return "enterprises" if re.search(r"\benterprises\b|\bcompanies\b", clause, re.I) else None


# metrics an industry inside the zone has a share of
INDUSTRY_SCOPED = {"industrial_output", "industrial_output_above_size", "operating_revenue",
                   "industrial_added_value", "industrial_added_value_above_size"}


_MEASURE_WORD = re.compile(r"\w\s+(?:output|exports|revenue)\b", re.I)  # 'Medical device output rose'
# ('Auto parts are the second pillar, with output of 5.4 billion yuan')
_INDUSTRY_WORD = re.compile(r"industr|sector|cluster|enterprises|companies|firms|pillar", re.I)


_PREPOSITION = re.compile(r"\s*(?:in|of|from|for)\b")
_CLAUSE_END = re.compile(r"[,;(（]")


def industry_of(window: str, lookahead: str) -> str | None:
    """The one industry a figure is about, when the phrase names exactly one."""
    # after the figure only 'in the X industry' names its industry
    # ('..., of which the new energy vehicle industry contributed ...' names a part, not this figure's industry)
    after = _CLAUSE_END.split(lookahead[:60], 1)[0] if _PREPOSITION.match(lookahead) else ""
    if not (_INDUSTRY_WORD.search(after) or _INDUSTRY_WORD.search(window[-90:]) or _MEASURE_WORD.search(window[-90:])):
        named = _MEASURE_OF_INDUSTRY.search(window[-90:]) if " of " in window[-90:] else None
        return only_an_industry(named.group("name")) if named else None
        # (no 'industry', 'sector', firms or a measure after a name: nothing else to look up)
    for text, heads in ((after, _INDUSTRY_HEAD), (window[-90:], _INDUSTRY_OR_FIRMS_HEAD)):
        if not text:
            continue  # every industry phrase needs some text (each row has required literals)
        found = []
        for pattern, code, start in _INDUSTRY.candidates(fold(text)):
            for m in pattern.finditer(text, start):
                # the head may be part of the industry's own phrase ('chemical industry', 'aluminum industry')
                head = heads.match(text, m.end())
                if head is not None and head.groupdict().get("measure") \
                        and first_industry(text[max(0, m.start() - 30): m.end()]) != code:
                    continue  # 'wind power equipment output': the phrase names more than one industry
                if head is not None or _HEAD_ENDS.search(m.group()):
                    found.append((m.start(), m.end(), code))
        # (a name inside a longer one is not another industry: 'titanium' in 'the vanadium and titanium industry')
        codes = {code for a, b, code in found
                 if not any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in found)}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


# after an industry's name: 'industry' ('automobile and parts industry'), or, before the
# metric, the firms of that industry ('above-size new materials enterprises achieved')
# ... or an aside that calls it one: 'Photovoltaic materials and new energy, the zone's leading industry, realized'
# ('New materials, the second pillar, recorded ...', 'Biomedicine, the second of the zone's three leading industries,')
_RANKED_INDUSTRY = (r",\s*(?:(?:now|still|long|today)\s+)?(?:the\s+)?"
                    r"(?:(?:first|second|third|largest|biggest) of (?:the\s+)?)?"
                    r"(?:[\w-]+['’]s\s+|its\s+)?(?:(?:two|three|four|five|six)\s+)?"
                    r"(?:leading|pillar|featured|characteristic|main|dominant|largest|"
                    r"biggest|first|second|third|core|traditional)\s+(?:[\w-]+\s+)?(?:industry|industries|pillar)\b|"
                    # ('Meat and food processing, the zone's pillar, contributed ...')
                    r",\s*(?:the\s+)?(?:[\w-]+['’]s\s+|its\s+)pillar\b")
# ... and what is done with it between: 'the tea processing industry', 'nonferrous metal smelting and processing,
# the zone's largest pillar industry'
_DONE = r"(?:smelting|processing|manufacturing|production)"
_WORK = rf"(?:\s+{_DONE}(?:\s+and\s+{_DONE})?)?"
_HEAD_WORDS = r"industr\w*|sector|segment|cluster"  # ('the fine chemicals segment')
# (one shape for both: the words that may come between, then the head)
# ('New energy vehicle parts, the zone's leading industry, realized ...': the industry's parts)
_HEAD = r"\s*(?:and [\w-]+ )?" + _WORK + r"(?:\s*(?:{words})|(?:\s+(?:parts|components))?(?:" + _RANKED_INDUSTRY + \
    "){measure})"
_INDUSTRY_HEAD = re.compile(_HEAD.format(words=_HEAD_WORDS, measure=""), re.I)
_HEAD_ENDS = re.compile(rf"\b(?:{_HEAD_WORDS})$", re.I)
# ... and, before the figure, the measure itself right after the industry's name: 'Medical device output rose 11.5%'
_INDUSTRY_OR_FIRMS_HEAD = re.compile(_HEAD.format(words=_HEAD_WORDS + "|enterprises|companies|firms",
                                                  measure=r"|\s+(?P<measure>output|exports|revenue)\b|"
                                                  # 'Chinese herbal medicine processing realized output value 870
                                                  # million yuan', as machine translation words it
                                                  r"\s+(?:realized|realised|achieved|completed|made|produced|posted|recorded|generated)\s+(?:an?\s+|the\s+)?"
                                                  r"(?P<measure2>output value|operating revenue)\b"), re.I)


# ('Sales revenue of Tibetan medicine enterprises': a capital word that names a kind of firm, not a firm)
_KIND_OF_FIRMS_AFTER = re.compile(r"[a-z][\w -]{0,40}?\b(?:enterprises|companies|firms|industry|industries|makers|"
                                  r"producers)\b")


# a clause of when something happens before the area's total: 'When a ... project starts production in 2027, total
# industrial output value is expected to exceed ...'
_WHEN_CLAUSE_THEN_TOTAL = re.compile(r"\s*(?:when|once|after|as soon as)\b[^,;]{1,160},\s*"
                                     r"(?=(?:the (?:park|zone)['’]s\s+)?total\b)", re.I)


def is_company_scope(window: str, known_names: set[str]) -> bool:
    """True when the phrase is about one firm or project rather than the area.

    Firms named in an aside do not make it so: 'The construction machinery industry, anchored by
    XCMG Group, generated ...' is the industry's figure; 'XCMG itself reported ...' is the firm's.

    >>> is_company_scope("The machinery industry, anchored by XCMG Group, generated output value of ", set())
    False
    >>> is_company_scope("XCMG itself reported operating revenue of ", set())
    True
    >>> is_company_scope("Meridian, listed on the Singapore Exchange, reported revenue of ", set())
    True
    """
    if "," in window and (cause := _OPENING_CAUSE.match(window)) is not None:
        window = window[cause.end():]  # ('Affected by the completion of the Anguo power plant expansion, ...')
    if "own" in window and (own := _THE_ZONE_S_OWN.search(window)) is not None:
        window = window[own.end():]  # ('Its operator ... booked revenue of $1.9 billion - close to the zone's own')
    if "total" in window and (when := _WHEN_CLAUSE_THEN_TOTAL.match(window)) is not None:
        # ('When a lithium carbonate project starts production in 2027, total industrial output value is expected
        # to exceed ...': the project sets the time; the total is the area's)
        window = window[when.end():]
    if "," in window and (firm := _FIRM_APPOSITIVE.search(window)) is not None \
            and not _known(firm.group("name"), known_names) and not _AREA_WORD.search(firm.group("name")):
        return True
    if "whose" in window and (whose := _NAME_WHOSE.search(window)) is not None \
            and not _known(whose.group(1), known_names) and not _AREA_WORD.search(whose.group(1)):
        return True  # 'Led by Sino-Platinum Metals, whose revenue exceeded 30 billion yuan': the firm's revenue
    if "," in window:
        window = _WHAT_IT_IS_BUILDING.sub(",", ASIDE.sub(",", window))
    if COMPANY.search(window) or ONE_FIRM.search(window):
        return True
    for m in _ITSELF.finditer(window):
        if not any(m.group(1) in known or known in m.group(1) for known in known_names):
            return True
    # ('Huayu alone exported refractories worth 96 million U.S. dollars': a firm's part; not 'In March alone')
    for m in _ALONE.finditer(window) if "alone" in window else ():
        if not _NO_FIRM_ALONE.search(m.group(1)) and not _known(m.group(1), known_names) \
                and not _AREA_WORD.search(m.group(1)):
            return True
    for m in _REPORTED.finditer(window):  # 'Tianmu reported revenue of ...', 'Havbryn, listed in Oslo, reported'
        # (not an industry: 'Biomedicine, the zone's leading industry, generated operating revenue of')
        # (nor the firms at large, opening a sentence: 'Enterprises realized operating income of 4.91 billion yuan')
        if not _known(m.group(1), known_names) and m.group(1) not in _FIRMS_AT_LARGE \
                and not (first_industry(m.group(1)) and m.group(1).split()[-1] not in _FIRM_WORDS):
            return True
    for m in POSSESSIVE.finditer(window):
        if not _known(m.group(1), known_names):
            return True
    for m in OF_NAME.finditer(window):
        name = m.group(1).strip()
        if _DEMONYM.fullmatch(name) and window[m.end():m.end() + 1].islower():
            continue  # ('Processing of Russian soybeans': a people's adjective before its noun, no firm)
        if _NO_FIRM_NAME.match(name):
            continue  # ('despite the impact of COVID-19 in the first quarter': a disease, no firm)
        if name and not _known(name, known_names) and name not in lexicon.COUNTRIES and not _AREA_WORD.search(name) \
                and not _PLACE_NOUN_BEFORE.search(window, 0, m.start()) \
                and not (_NAMED_SCENE.search(window, 0, m.start()) and window[m.end():].lstrip().startswith(",")) \
                and not _KIND_OF_FIRMS_AFTER.match(window, m.end()):
            return True  # ('... of Haier Group'; not '... from the Republic of Korea', '... the edge of Baochang Town')
    return any(not _an_area(m.group(1), known_names) for m in _ONE_OF_THEM.finditer(window))


_NAME_WHOSE = re.compile(r"\b((?:[A-Z][\w-]*\s)*[A-Z][\w-]*),\s*whose\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:revenue|sales|output|exports|profits?)\b")
_NO_FIRM_NAME = re.compile(r"(?:COVID|SARS|H1N1|Omicron)\b")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|an|ic|i)")
_THE_ZONE_S_OWN = re.compile(r"\b(?:the|its) (?:zone|park)['’]s own\b", re.I)
# ('The zone lies opposite the city of Blagoveshchensk, with ...': a place, no firm)
# (or what a place holds: 'built on the lead, zinc and silver resources of Huangshaping')
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:city|town|county|district|province|port|village|region|island|"
                                r"resources|deposits|reserves|mines)\s*$", re.I)


def _an_area(name: str, known_names: set[str]) -> bool:
    """The name is an area's: one of the document's areas, or holds one's name of two words or more
    ('Hubei Hongtai Petroleum Machinery' holds a province's name, and is a firm's)."""
    return name in known_names or any(len(known.split()) >= 2 and known in name for known in known_names)


# an aside naming firms or places that are not the subject: ', anchored by XCMG Group,', ', led by
# BOE and TCL,', ', such as Inspur,', ', which sits across a channel from Macau's Cotai Strip,'
# what the zone makes of the industry that is the subject, whatever firm the aside names ('The electronic information
# industry, which the park has been building up as an emerging industry since a smartphone component plant opened in
# 2023, posted output value of ...')
_WHAT_IT_IS_BUILDING = re.compile(r",\s*which (?:the|its) (?:park|zone|district|county|city) (?:has been |is |was )?"
                                  r"(?:building|cultivating|developing|nurturing|fostering|growing)\b[^,;]{1,140},",
                                  re.I)
ASIDE = re.compile(r",\s*(?:anchored|led|driven|represented|headed|spearheaded) by [^,;]{1,60},|"
                   r",\s*home to [^,;]{1,60},|"
                   # ('Electronic information, the second pillar industry, with makers of LED lighting and printed
                   # circuit boards, saw output value slip ...': the industry's firms, in passing)
                   r",\s*with (?:its )?(?:makers|producers|manufacturers|suppliers) of [^,;]{1,80},|"
                   # ('..., from decoction-piece workshops to a maker of astragalus injections, realized ...': a range)
                   r",\s*from [^,;]{1,100}? to [^,;]{1,100},|"
                   # ('The Suzhou Industrial Park, founded in 1994 as a flagship intergovernmental project between China
                   # and Singapore, recorded GDP of ...': what the zone began as)
                   r",\s*(?:founded|established|set up|launched|approved|created|built) (?:in (?:19|20)\d\d )?as "
                   r"[^,;]{1,100},|"
                   r",\s*(?:such as|including|e\.g\.) [^,;]{1,60},|"
                   # ('Exports, mostly construction machinery, trucks and daily goods bound for Mongolia's Khovd and
                   # Govi-Altai provinces, rose ...': what the goods are and where they go)
                   r",\s*(?:mostly|mainly|largely|chiefly|primarily) (?:[^,;]{1,80},\s*){0,3}?[^,;]{1,100}?"
                   # (or where they came from: '..., mostly circuit boards and display modules transferred from the
                   # Greater Bay Area, reached ...')
                   r"\b(?:bound for|shipped to|sold to|destined for|transferred from|relocated from|moved from) "
                   r"[^,;]{1,80},|"
                   r",\s*(?:which|where) (?:sits|lies|is located|is situated|borders|faces|neighbou?rs)\b[^,;]{1,80},|"

                   # (or opening the clause: 'Located in the west of Yingkou on the coast of Liaodong Bay, it has')
                   r"(?:,|^)\s*(?:located|situated|sitting|lying|nestled) [^,;]{1,80},|"
                   # ', on the west coast of Jiaozhou Bay,', ', in the north of the city,'
                   r",\s*(?:on|at|in|near|along) the (?:[\w-]+ ){0,3}(?:coast|banks?|shore|side|edge|outskirts|foot|"
                   r"mouth|north|south|east|west|centre|center|heart) of [^,;]{1,60},", re.I)
# an opening phrase that sets the scene with a name, up to its comma: 'Despite the impact of COVID-19, the zone
# achieved', 'With the support of Huawei, ...', 'In the face of Sino-US Trade Friction, ...'
_NAMED_SCENE = re.compile(r"(?:^|,)\s*(?:despite|amid|under|with|in the face of|affected by|hit by|due to|thanks to|"
                      r"owing to|because of|overcoming|in the wake of)\b[^,;]*$|"
                      # 'Relying on the Wuchang fish, lotus root and freshwater pearls of Liangzi Lake, the park has
                      # gathered ...': what the zone draws on, a list of things maybe
                      r"^\s*(?:relying on|based on|drawing on|building on|backed by|leaning on|depending on|"
                      r"taking advantage of|making (?:full )?use of)\b[^;]*$", re.I)
# a cause the sentence opens with, up to its comma: what moved the figure, not whose it is ('Affected by the completion
# of the Anguo power plant expansion, fixed-asset investment was 9.63 billion yuan')
_OPENING_CAUSE = re.compile(r"\s*(?:affected by|hit by|due to|because of|owing to|thanks to|driven by|despite|amid|"
                            r"in the face of|in the wake of)\b[^,;:]{1,120},(?=\s*\S)", re.I)
_ALONE = re.compile(r"\b((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)\s+alone\b")
_NO_FIRM_ALONE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Q[1-4]|H[12]|In|During|For|This|That|Last|The|It|They|We)\b|"
                            # ('Exports alone amounted to 3.96 billion US dollars': a measure's part, no firm)
                            r"^(?:Exports|Imports|Output|Revenue|Sales|Investment|Tax(?:es)?)$")
_ITSELF = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+itself\b")
# a name that reports its own results: a listed firm's, not an area's ('the zone reported' names no firm)
# (also 'Weichai Power achieved operating revenue of ...': a name no zone has, then what it made)
_REPORTED = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)(?:,[^,;]{1,80},)?\s+(?:reported|posted|booked|"
                       r"announced|achieved|realized|realised|generated)\s+"
                       r"(?:(?:a|an|its|record|first-half|annual|quarterly|operating|main business)\s+)*"
                       r"(?:net\s+)?"
                       r"(?:revenue|sales|turnover|profit|loss|earnings|income)\b")
# a name with an aside that says it is a firm: 'Dongfang Boiler, one of China's largest makers of industrial boilers,
# has ...', 'Goertek, a global leader in acoustic components and smart hardware, reported ...'
# ('Zhongtian Optoelectronics (Dongguan), one of the zone's largest exporters, said ...': the firm's branch's place)
_FIRM_APPOSITIVE = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)(?:\s*\([A-Z][\w ]{1,30}\))?,"
                              r"\s*(?:one of|a|an|the)\s+"
                              r"(?:(?!\b(?:has|have|had|is|are|was|were|will)\b)[^,;]){0,50}?\b(?:makers?|"
                              r"producers?|manufacturers?|compan(?:y|ies)|firms?|suppliers?|leaders?|giants?|"
                              # ('Haixin Microelectronics, the anchor tenant, is investing'; 'Lingxin Semiconductor, a
                              # power-device designer that moved its headquarters ..., reported revenue of')
                              r"enterprises?|exporters?|tenants?|designers?|developers?|foundr(?:y|ies)|"
                              r"chipmakers?|start-?ups?)\b[^,;]{0,60},\s*[a-z][^,;]*$")
# (and the places of geography: 'on the west bank of Houshi Bay')
_AREA_WORD = re.compile(r"\b(?:Zone|Park|Area|District|County|City|Base|Town|Port|Island|Valley|Cluster|Lake|River|"
                        r"Mountains?|Bay|Sea|Harbou?r|Gulf|Strait|Peninsula|Plain|Delta|Estuary|Coast)\b|^(?:The|"
                        r"Next|First|Second|Third|Then|Meanwhile|Also|Besides|Moreover|Furthermore|Finally|Overall|"
                        r"However|Today|Now|Currently|Last year|This year|In addition)$|^The\b")
_NOT_FIRMS = set(lexicon.PROVINCES) | set(lexicon.CITIES) | lexicon.COUNTRY_WORDS | {
    m.capitalize() for m in ("january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december",
                             # ('Including Wednesday's projects, the zone has signed ...': a day's, no firm's)
                             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "yesterday", "today")} | {
    "The", "This", "That", "It", "Its", "In", "By", "As", "Province", "City", "County", "District",
    "Zone", "Park", "National", "Provincial", "Municipal", "State", "RMB", "CNY", "USD", "US", "GDP"}


def _known(name: str, known_names: set[str]) -> bool:
    words = set(name.split())
    if name.split()[-1] in _FIRM_WORDS:
        return False  # 'Hubei Xingyu Chemical's sales revenue': a firm, whatever place its name begins with
    if words & _NOT_FIRMS:
        return True
    return any(name in known or known in name for known in known_names)


_FIRMS_AT_LARGE = {"Enterprises", "Companies", "Firms", "Businesses"}
_FIRM_WORDS = {"Chemical", "Chemicals", "Group", "Co", "Corp", "Corporation", "Company", "Technology",
               "Technologies", "Electronics", "Pharmaceutical", "Pharmaceuticals", "Motors", "Holdings", "Steel",
               "Textile", "Textiles", "Machinery", "Biotech", "Optoelectronics", "Ltd"}
_NOT_A_NOUN_PHRASE = re.compile(
    r"[;.()\d]|,\s*(?:a|an|the|and|up|down|which|while|with|of|nearly|about|more than|over)\b|"
    # ('8 were re-recognized ..., bringing the number of valid national high-tech enterprises to 164': the firms
    # named after 'bringing' are the total's)
    r",\s*(?:bringing|taking|raising|lifting|pushing)\b|"
    # ('1,420 college graduates joined companies in the zone': people counted, not the firms they joined)
    r"\b(?:graduates|students|talents|people|persons|workers|employees|staff|residents|visitors|experts|"
    r"academicians|researchers|joined|hired|recruited|employed)\b")


_CJK_MEASURES = "多余家个户"
_CJK_MEASURE = re.compile(r"[多余]?[家个户](?=\s|[(（]|$)")


# the next item's label, its number after it: '... will reach 200 and national high-tech enterprises 100'
_AND_NEXT_LABELLED = re.compile(r"\s+(?:and|while)\s+(?P<label>[^,;.\d]{3,80}?)\s+"
                                r"(?:about |nearly |more than |over )?\d")
# (or 'that of', the number left out: '... to more than 100 and that of industrial enterprises above designated size
# to 160')
_AND_THE_NUMBER_OF = re.compile(r"\s+(?:and|while)\s+(?:(?:the\s+)?(?:number|total)|that)\s+of\b", re.I)


def count_metric(text: str, q: Quantity, sentence_start: int,
                 sentence_end: int) -> tuple[str, int, str | None] | None:
    """The count metric of a bare number, by the noun phrase after it; with that phrase's end and industry.

    >>> t = "The zone now has more than 40 pharmaceutical and medical device enterprises."
    >>> from orchestration.extract.quantities import find_quantities
    >>> count_metric(t, find_quantities(t, 0, len(t))[0], 0, len(t))[::2]
    ('enterprises', 'biomedicine')
    """
    rest = text[q.end: min(sentence_end, q.end + 160)]
    if rest[:1] in _CJK_MEASURES:  # '300多家 enterprises', '1,260余家 enterprises': a half-translated page's
        measure = _CJK_MEASURE.match(rest)  # measure word, blanked (offsets kept)
        if measure is not None:
            rest = " " * measure.end() + rest[measure.end():]
    if rest[:1] in (",", "，") or _MEASURE_THEN_BREAK.match(rest) or _AND_THE_NUMBER_OF.match(rest) or (
            (labelled := _AND_NEXT_LABELLED.match(rest)) is not None
            and lexicon.COUNT_HEAD.search(labelled.group("label")) is not None):
        # ('... will reach 200 and national high-tech enterprises 100': the next item's label, its number after it)
        # ('... will reach 60 and the number of national high-tech enterprises 18': the next item's label)
        # '187, national high-tech enterprises 112': the next item's label, not this one's ('... newly-recognized 9
        # households；national-level "little giant" enterprises 5 households' too)
        return None
    above = OF_THEM_ABOVE.match(rest)
    if above:  # '126 pharmaceutical enterprises, 48 of them above designated size'
        return "enterprises_above_size", q.end + above.end(), None
    them = OF_THEM.match(rest)  # '1,800 enterprises ..., and 52 of them are national high-tech enterprises'
    if them is None and opens_its_clause(text, q.start, sentence_start):
        them = ARE_FIRMS.match(rest)
    if them is not None and _LISTED_NEXT.match(rest, them.end()) \
            and "listed" not in text[max(sentence_start, q.start - 60): q.start].lower():
        # (not '83 listed companies, 12 of which are listed on the STAR Market': a part of the listed)
        # ('The zone has 120 enterprises. Two of them are listed on the Shenzhen Stock Exchange': a part, listed)
        return "listed_companies", q.end + them.end() + len("listed"), None
    its = OF_ITS_FIRMS.match(rest) if them is None else None
    if its is not None:
        if _LISTED_AFTER.match(rest, its.end() - 1):
            return "listed_companies", q.end + its.end() + len("listed"), None  # 'Three of its companies are listed'
        them = its
    if (titled_at := _title_held(rest, them.end() if them else 0)) is not None:
        # '..., and 9 held national high-tech enterprise status': the title is all the noun there is
        return titled_at[0], q.end + titled_at[1], None
    head = lexicon.COUNT_HEAD.search(rest, them.end() if them else 0)
    if head is None:
        return None
    phrase = rest[them.end() if them else 0: head.end()]
    if head.group().lower() in ("company", "enterprise", "firm") and (
            q.value != 1 or not ("listed" in phrase.lower() or _LISTED_AFTER.match(rest, head.end()))):
        # the singular counts one listed company ('17 high-tech enterprises and 1 listed company'); not '30
        # enterprise service centres', nor the subject of a story ('one meat company in the zone slaughtered ...')
        return None
    if _NOT_A_NOUN_PHRASE.search(phrase) \
            or len(phrase.split()) > 16:
        return None
    if (title := HOLD_TITLE.match(rest, head.end())) is not None \
            and (titled := count_in(rest[title.end(): title.end() + 100])) not in (None, "enterprises"):
        # '47 firms hold the provincial title of specialized, refined, distinctive and innovative SMEs': the title's
        return titled, q.end + head.end(), None
    if (titled_at := _title_held(rest, head.end())) is not None:
        # '31 enterprises held national high-tech enterprise certificates': the title the certificates give
        return titled_at[0], q.end + titled_at[1], None
    if _LISTED_AFTER.match(rest, head.end()):  # '2 companies listed on the A-share market'
        return "listed_companies", q.end + head.end(), None
    if (entered := _ENTERED_IN.match(rest, head.end())) is not None:
        # '412 enterprises have been entered in the national database of technology-based SMEs': those the list
        # names, a kind with a code or none
        titled = count_in(rest[entered.end(): entered.end() + 100])
        return None if titled in (None, "enterprises") else (titled, q.end + head.end(), None)
    if (above := ARE_ABOVE.match(rest, head.end())) is not None:
        # 'of these, 38 enterprises are above designated size', '24 enterprises in the park had reached the designated
        # size'
        return "enterprises_above_size", q.end + above.end(), None
    for pattern, code, _ in _COUNT.candidates(fold(phrase)):
        target = phrase.strip() if code == "enterprises" else phrase
        if pattern.search(target):
            if code == "enterprises_above_size" and _NOT_INDUSTRIAL_FIRMS.search(phrase):
                return None  # ('41 logistics enterprises above designated size': a service trade's size class)
            return code, q.end + head.end(), None
    # '126 rare earth enterprises', '40 pharmaceutical and medical device enterprises': firms of one industry
    words = phrase[: head.start()].strip() or head.group()  # ('26 wineries': the head names the industry)
    # a comma only in a list of the industry's trades ('470 chip design, packaging and equipment companies')
    listed = "," not in words or re.search(r",[\w\s-]+\band\b[\w\s-]+$", words) is not None
    if words and len(words.split()) <= 6 and listed and not _INDUSTRY_COUNT_EXCLUDED.search(words):
        industry = first_industry(words)
        if industry is not None:
            return "enterprises", q.end + head.end(), industry
        # '186 casting and related enterprises', '17 barium salt enterprises', '1,900 toy makers': firms of a trade
        # the vocabulary has no code for are still the zone's firms of that trade; not two or three firms named
        # in passing ('two gearbox makers'), nor firms marked by their owners, size or rank
        if q.value > 3 and not head.group().lower().startswith("entities") and trade_firms(words):
            return "enterprises", q.end + head.end(), None
    return None


_ENTERED_IN = re.compile(r"\s+(?:(?:in|of) the (?:zone|park)\s+)?(?:(?:that|which)\s+)?(?:(?:have|has)\s+been\s+)?"
                         r"(?:entered|registered|included|"
                         r"put|listed)\s+(?:in|into|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:database|list|catalogue|"
                         r"register|pool)\s+(?:of\s+)?", re.I)


# what a count of firms is said to hold, after its noun or with none of its own: '31 enterprises held national
# high-tech enterprise certificates', '9 held national high-tech enterprise status' (not 'the title of ...': HOLD_TITLE)
_HOLD_A_TITLE = re.compile(r"\s*(?:now\s+)?(?:hold|holds|held|have|had|have obtained|obtained|won|enjoy|enjoyed|carry|"
                           r"carried)\s+(?:the\s+)?(?P<title>(?:[\w'’\"“”-]+\s+){1,7}?)(?:enterprises?\s+)?"
                           r"(?:certificates?|certification|qualifications?|accreditation|status|title|designation)\b"
                           r"(?!\s+(?:of|as)\b)", re.I)


def _title_held(rest: str, at: int) -> tuple[str, int] | None:
    """The count metric of the title firms are said to hold right at ``at``, and where the phrase ends."""
    held = _HOLD_A_TITLE.match(rest, at)
    if held is None:
        return None
    titled = count_in(held.group("title").strip() + " enterprises")
    return None if titled in (None, "enterprises") else (titled, held.end())


# what firms are said to hold after their count: 'hold the provincial title of', 'have been given the status of'
HOLD_TITLE = re.compile(r"\s+(?:now\s+)?(?:hold|holds|held|have|had|carry|bear|won|have won|have been given)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:title|status|designation|label)s?\s+(?:of|as)\s+|"
                         # ('12 firms recognised by Tianjin as specialized, refined, distinctive and innovative SMEs':
                         # the title they hold, not the year's newly recognised)
                         # (by whom, as such a title is given: not '27 zone enterprises recognized as national
                         # high-tech enterprises in 2023', the year's)
                         r"\s+(?:are\s+)?recogni[sz]ed\s+by\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+as\s+|"
                         # ('14 enterprises have been named national or provincial specialised and new SMEs': all
                         # that hold the title by now; not '... have been newly recognised', nor the year's)
                         r"(?:\s+(?:in|of) the (?:zone|park))?\s+(?:have|has|had)\s+been\s+(?:recogni[sz]ed|named|"
                         r"certified|rated|designated|identified)(?:\s+as)?\s+"
                         r"(?!" + _WHEN_GIVEN + r")",
                         re.I)


# the words of a trade before a count's noun: a few plain words ('casting and related', 'printing and packaging
# equipment') ...
# ('bicycle and children's vehicle': a possessive inside the trade's name)
_TRADE_WORDS = re.compile(r"[a-z][a-z-]*(?:['’]s)?(?:\s+(?:and\s+|&\s+)?[a-z][a-z-]*(?:['’]s)?){0,4}")
# ... that do not mark firms by ownership, size, rank, role or stage rather than by what they make
_NOT_A_TRADE = re.compile(r"\b(?:funded|invested|owned|private|domestic|state|small|medium|micro|sized|registered|"
                          r"other|all|these|those|the|its|their|our|of|in|with|to|for|by|at|on|new|newly|such|more|"
                          r"some|many|several|local|overseas|global|world|famous|well-known|renowned|quality|"
                          r"backbone|core|key|leading|major|large|largest|big|biggest|top|(?<!-)chain|partner|member|listed|"
                          r"tech|technology|innovative|startup|start-up|incubat\w*|settled|resident|operating|"
                          r"contracted|signed|relocated|introduced|attracted|targeted|cooperative|service|unicorn|"
                          r"regulated|bonded|processing-trade|export\w*|demonstration|pilot|benchmark|model|gazelle|"
                          r"brand\w*|platform|headquarters)\b", re.I)


def trade_firms(words: str) -> bool:
    """True when the words before a count's noun name a trade ('casting and related', 'barium salt').

    >>> trade_firms("cross-border e-commerce"), trade_firms("foreign-funded"), trade_firms("export-oriented")
    (True, False, False)
    """
    return _TRADE_WORDS.fullmatch(words) is not None and not _NOT_A_TRADE.search(words)


def industry_firms(label: str) -> str | None:
    """The industry of a label that names its firms ('Green food processing enterprises'), if it names one.

    >>> industry_firms("Green food processing enterprises"), industry_firms("Foreign-funded enterprises")
    ('food_processing', None)
    """
    head = _FIRMS_AT_END.search(label)
    words = label[: head.start()].strip() if head else ""
    if not words or len(words.split()) > 6 or _INDUSTRY_COUNT_EXCLUDED.search(words) or "," in words:
        return None
    return first_industry(words)


_FIRMS_AT_END = re.compile(r"\b(?:enterprises|companies|firms|makers|manufacturers|producers)\s*$", re.I)
# '126 pharmaceutical enterprises, 48 of them above designated size', '78 enterprises, including 21 above
# designated size'
OF_THEM_ABOVE = re.compile(r"\s+(?:of (?:them|which) )?(?:(?:are|were) )?above[- ]designated[- ](?:size|scale)\b",
                            re.I)
# '2 companies listed on the A-share market', 'seven companies in the zone are listed'
# ('5 companies based in the zone are listed on the Shanghai, Shenzhen and Beijing stock exchanges')
# ('Nine companies based in Kaifu are listed on stock exchanges': the district the page is about, named)
LISTED_WHERE = r"(?:(?:based |registered |headquartered )?in (?:the (?:zone|park|area|district)|[A-Z][\w'’-]+)\s+)?"
_LISTED_AFTER = re.compile(r"\s+" + LISTED_WHERE + r"(?:(?:are|were|have been|had been|is|was|has been)\s+)?"
                           # ('Eleven companies based in the zone are now listed')
                           r"(?:(?:now|already)\s+)?(?:publicly\s+)?listed\b", re.I)
ARE_ABOVE = re.compile(r"\s+(?:(?:in|of) (?:the|this|our) (?:zone|park|area)\s+)?(?:are|were|(?:have |had )?reached)\s+"
                       r"(?:the\s+)?(?:above\s+)?designated (?:size|scale)\b", re.I)
_MEASURE_THEN_BREAK = re.compile(r"\s*(?:households?|家|户)\s*[,，;；]", re.I)
OF_THEM = re.compile(r"\s+of (?:them|which|these) (?:are|were)\s+", re.I)
_LISTED_NEXT = re.compile(r"(?:publicly\s+)?listed\b", re.I)
# ... or of the zone's firms, now: 'Twenty-six of its firms are national "little giant" enterprises', 'Three of its
# companies are listed' (not '19 of the park's enterprises are above designated size', read by its head below)
OF_ITS_FIRMS = re.compile(r"\s+of (?:its|their|our|the (?:zone|park)['’]s) (?:firms|companies|enterprises) (?:are|"
                           # ('6 of its firms had been named national specialized and new "little giant" enterprises')
                           # (not 'were named' nor 'have been recognized ... this year': the year's new ones)
                           r"had been (?:named|recogni[sz]ed as|rated as))\s+"
                           r"(?!(?:the\s+)?(?:above\s+)?designated)", re.I)
# ... or said with the count opening its clause: '. Sixty-four are industrial enterprises above designated size and 49
# are national high-tech enterprises', 'of which 9,742 were enterprises' (not '..., 14 are aluminum processing
# enterprises' after 'Of the 41 industrial enterprises above designated size', a part of those)
ARE_FIRMS = re.compile(r"\s+(?:are|were)\s+(?!(?:invested|owned|funded|located|based|signed|built|set|run|by)\b)", re.I)
OPENS_ITS_CLAUSE = re.compile(r"(?:^|[.;!?:]\s+|\n\s*|\band\s+|\bof which\s+)$", re.I)
# ... or after a sentence's opening 'Of the zone's 486 registered enterprises, '
_OF_THE_OPENER = re.compile(r"\s*Of\s+(?:the|its|their|our)\b[^,;.]{3,120},\s*$")


def opens_its_clause(text: str, at: int, sentence_start: int) -> bool:
    """A count at ``at`` opens its clause: 'Sixty-four are ...', '...; 52 are ...', 'Of the zone's 486 registered
    enterprises, 33 are ...' (what it counts follows it)."""
    return OPENS_ITS_CLAUSE.search(text, max(0, at - 12), at) is not None \
        or (text.startswith(("Of ", "of "), sentence_start)
            and _OF_THE_OPENER.fullmatch(text, sentence_start, at) is not None)
# what makes firms of an industry a subset rather than the zone's firms of that industry
_INDUSTRY_COUNT_EXCLUDED = re.compile(
    r"\bnew\b" + NEW_INDUSTRY + r"|\b(?:newly|key|leading|top|large|major|foreign|more|other|"
    r"such)\b", re.I)


def names_industry(text: str, code: str) -> bool:
    """True when ``text`` names the industry ``code`` somewhere."""
    return any(found == code and pattern.search(text, start)
               for pattern, found, start in _INDUSTRY.candidates(fold(text)))


def first_industry(phrase: str) -> str | None:
    """The industry a short phrase names first ('pharmaceutical and medical device': biomedicine)."""
    # the first named; of two named at one place, the longer ('new energy vehicles', not 'new energy')
    found = [(m.start(), m.start() - m.end(), code) for pattern, code, start in _INDUSTRY.candidates(fold(phrase))
             for m in pattern.finditer(phrase, start)]
    return min(found)[2] if found else None


# '... by about 8 percent and industrial investment by more than 15 percent', '... grew 9.7 percent and industrial
# investment 38.4 percent': the verb of the change before
ELLIPTICAL_GROWTH = re.compile(r"^[\s,;]*(?:and|while|with)\s+(?![\w\s-]*\b(?:accounting|accounted|account|share|"
                               r"proportion|ratio|rate)\b)[\w\s-]{3,60}?(?:\s+by)?\s*"
                               r"(?:about |nearly |more than |over |at least |around )?$", re.I)
MILESTONE = re.compile(r"^[\s,-]*(?:mark|threshold|milestone|level for the first time|for the first time)\b", re.I)
# a count and when it was counted, in an aside after its label ('..., 186 at the end of last year, ...')
_ABOUT = r"(?:about |nearly |more than |over )?"
_COUNTED_AT = r"(?:at the end of|by the end of|as of|in)"
COUNT_THEN = _ABOUT + r"\d[\d,]*\s+" + _COUNTED_AT + r"\s+"
COUNT_THEN_ENDS = re.compile(r"(?:^|,)\s*" + _ABOUT + r"\d[\d,]*\s+(?:" + _COUNTED_AT + r"\s+)?$", re.I)
COUNT_IN_ASIDE = re.compile(r"(?P<label>[^,.;:\d]{0,80}?\b(?:enterprises|companies|firms|SMEs|giants?)\b"
                            r"(?:\s+above\s+(?:designated\s+)?(?:size|scale))?),\s+" + _ABOUT + "$", re.I)
COUNT_ASIDE_ENDS = re.compile(r"\s+" + _COUNTED_AT + r"\s+[^,.;]{2,30},\s+(?:is|are|was|were|will|has|have|had|"
                              r"should|to)\b", re.I)
COUNT_BEFORE = re.compile(
    r"(?P<label>[^,.;:\d]{0,80}?\b(?:enterprises|companies|firms|SMEs|giants?|makers|producers|manufacturers|"
    r"processors)\b(?:\s+(?:above\s+(?:designated\s+)?(?:size|scale)|"
    # (a zone, even a long name and its province, may stand between: 'national high-tech enterprises in the Cangzhou
    # High-tech Industrial Development Zone in north China's Hebei Province rose to 213')
    r"of all kinds))?)(?:[^,.;\d]{0,40}?|\s+in\s+(?:the\s+)?(?-i:[A-Z])[^,.;\d]{0,100}?|"
    # (or the count before, in an aside: 'The number of industrial enterprises above designated size, 186 at the end
    # of last year, is to rise to 200')
    r",\s+" + COUNT_THEN + r"[^,.;]{2,30},\s+(?:(?:is|are)\s+(?:expected\s+|set\s+)?to\s+|will\s+|should\s+)?)"
    # ('among them the industrial enterprises above designated size are 38', machine-translated)
    r"\b(?:reached|totaled|totalled|numbered|(?:now|will|to|together) number|(?<=[a-z] )number|stood at|was|were|"
    r"are|is|hit|"
    r"(?:rose|risen|increased|grew|grown|climbed|double|doubled|rise|increase|grow)(?: by (?:a net )?\d+)?"
    # 'doubled from a year earlier to 24': the change's base named between the verb and its result
    r"(?:,?\s+(?:from|over|on) (?:a year earlier|the (?:previous|prior) year|a year ago|last year)|"
    r"\s+year[- ]on[- ]year)?,? to|came to|"
    r"amounted to|"
    r"reaching|totaling|totalling|stands at|will reach|will exceed|reach|exceed|exceeding|surpassing|"
    r"reaches|exceeds|tops|passes|surpasses|"  # '2016 - The number of ... enterprises reaches 100.' (a milestone)
    # ('The number of listed companies stays at two')
    r"(?:stays|stayed|remains|remained)(?: unchanged| steady| stable)? at|"
    # ('Its registered enterprises have exceeded 1,900', 'The number of enterprises has surpassed 400')
    r"(?:has|have|had) (?:exceeded|surpassed|topped|passed|reached)|exceeded|surpassed|topped|"
    r"(?:to|will) (?:pass|surpass|top))\s*"  # 'the number of high-tech enterprises to pass 100'
    r"(?:about |nearly |more than |over |approximately |at least )?$", re.I)
# (or the verb said once for two: 'raise output value to 80 billion yuan and the number of ... to 200')
# ('We want to double the number of enterprises above designated size to about 120 by 2030')
NUMBER_OF_TO = re.compile(r"\b(?:(?:bring|raise|increase|lift|push|doubl|tripl|expand|grow)\w*|brought|took|taking|"
                          r"takes?)\s+"
                          r"(?:[^.;:]{3,120}?\band\s+)?(?:(?:the|its|their|our|the (?:zone|park)['’]s)\s+number|"
                          r"(?<=\band )that)\s+of\s+"
                          r"(?P<label>[^,.;\d]{3,80}?)\s+to\s+(?:more than |over |about |nearly |at least )?$", re.I)
# what comes between 'from' and a count: nothing (the count is the first figure), or the first figure, its
# own date and 'to' (the count is the second): 'from 41 at the end of 2015 to 87', 'from fewer than 10,000 to',
# 'from five to'
_ROUGHLY = r"(?:about |nearly |more than |over |fewer than |less than )?"
FROM_COUNT = (r"(?:" + _ROUGHLY + r"(?P<first>$)|" + _ROUGHLY + r"(?:\d[\d,.]*|[a-z]+)"
              # ('... is to rise from 12 today to 30': the count now, then the goal)
              r"(?:\s+(?:in|at the end of|by the end of|as of)\s+\d{4}|\s+(?:today|now|at present|currently))?"
              r"\s+to\s+(?:about |nearly |more than |over )?$)")
FROM_TO = re.compile(
    r"(?P<label>[^,.;:\d]{0,80}?\b(?:enterprises|companies|firms|SMEs|giants?)\b"
    r"(?:\s+above\s+designated\s+(?:size|scale))?)"
    # (the zone's name may stand between: '... in the Luchuan Michang Industrial Park rose from 12 in 2018 to 30')
    r"[^,.;\d]{0,60}?\b(?:increased|rose|risen|grew|grown|went up|went|gone|jumped|climbed|doubled|tripled|"
    r"quadrupled|"
    r"surged|soared|(?:will |to )(?:rise|increase|grow|double|triple))(?:\s+(?:a\s+)?[a-z]+fold)?,?\s+from\s+"
    + FROM_COUNT, re.I)
TOTAL_TO = re.compile(r"(?:\b(?:bringing|taking|raising|lifting|pushing|brought|took|raised|lifted|pushed) "
                      # ('..., lifting the number to 13': the count the clause before added to)
                      r"(?:the|its|the [\w'’]+) (?:total(?: number)?|number|count)"
                      # ('bringing the total in the zone to 52')
                      # (a label in quotes: 'bringing the park's total of national "little giant" enterprises to four')
                      r"(?: of [\w\s\"“”-]{0,60}| in the (?:zone|park|district|county|city))? to|"
                      # 'newly-added above-scale industrial enterprises 9, the total number reached 156'
                      r"\bthe total(?: number)?(?: of [\w\s-]{0,60})? "
                      # ('By the end of the year the total had reached 107')
                      r"(?:(?:had|has) )?(?:reached|reaches|will reach|rose to|increased to|came to|stood at)|"
                      # '12 enterprises were newly recognized as high-tech enterprises, for a total of 64'
                      r",\s*for a (?:new )?total of)"
                      r"\s*(?:about |nearly |more than |over )?$", re.I)
# (within a paragraph: the day of 'Updated: 2023-08-01' is no count of the 'Population (2020 census)' below it)
RESIDENTS_AFTER = re.compile(r"(?:[ \t]+\n?|\n)[ \t]*(?:(?:permanent|resident|registered|household|usual|floating)\s+)?"
                             r"(?:residents|inhabitants|population)\b|"
                             # 'About 36,000 people live in the zone'
                             r"\s+people\s+(?:now\s+)?(?:live|reside)\s+(?:in|within)\s+(?:the|this|its)\s+"
                             r"(?:zone|park|area|district)\b", re.I)
# '260 enterprises have (now) settled', '6 hydrogen companies already in operation', '2,800 firms operate here'
_NOW = r"(?:\s+(?:now|already|currently))?"
# (after an aside on what they make: '80 battery supply-chain companies, from electrolyte makers to separator
# producers, have set up in the zone')
SETTLED_AFTER = re.compile(r"(?:,\s+(?:from|including|such as)\b[^,.;\d]{3,80},)?" + _NOW
                           + r"\s+(?:(?:have|has|had)" + _NOW + r"\s+(?:settled|gathered|registered|located|"
                           r"been registered|set up|moved|entered (?:the|this) (?:zone|park))\b|"
                           r"(?:are|were)" + _NOW + r"\s+(?:located|registered|based|"
                           r"stationed|settled|operating|gathered|in operation|in production)\b|"
                           r"operat(?:e|ing)\s+(?:in|here)\b|"
                           r"in operation\b)", re.I)
# ('year-end': a count at the end of the year reported, 'Enterprises above designated size (year-end) | 52')
PAST_STOCK = re.compile(r"\b(?:was|were|reached|totaled|totalled|numbered|stood at|had|came to|amounted to|"
                        r"year[- ]end)\b|"
                        r"\b(?:rose|increased|grew|climbed|expanded|extended|bringing|taking|raising|lifting)\b[^.;]{0,80}?"
                        r"\bto\b|"
                        # ('A net increase of 48 ... brought the total to 312', '37 newly recognized ones brought the
                        # number of valid ... enterprises to 168')
                        r"\b(?:brought|took|raised|lifted) (?:the|its) total\b[^.;]{0,40}?\bto\b|"
                        r"\b(?:brought|took|raised|lifted) (?:the|its) number of\b[^.;]{0,80}?\bto\b",
                        re.I)
PRESENT_STOCK = re.compile(r"\b(?:there (?:is|are)|has|have|so far|currently|now|at present|is home to|boasts|"
                           # ('Our planned area is 29.8 square kilometres': what it is now)
                           r"covers|spans|stands at|(?:area|population)(?: of the (?:park|zone|base|district))? is)\b",
                           re.I)
ONE_FIRM = Prechecked(re.compile(r"\b(?:a|an|one|the|this|that|each|its)\s+(?:[\w,.'’-]+\s+){0,6}?"
                                 r"(?:enterprise|company|project|plant|factory|producer|manufacturer|maker|fab|"
                                 # (not the adjective or adverb: 'started 2024 on a firm footing', 'kept a firm pace',
                                 # 'the whole zone held firm to the line of')
                                 r"(?<!held )(?<!hold )(?<!holds )(?<!stood )(?<!stand )(?<!stands )firm"
                                 r"(?!\s+(?:footing|foundation|ground|basis|start|pace|grip|hold|momentum|recovery|"
                                 r"trend|commitment|support|upward|belief|resolve)\b)|"
                                 # ('the biggest steel processor alone expects revenue of')
                                 r"processor|"
                                 # ('a leading sportswear brand headquartered here reported revenue of', 'a carmaker')
                                 r"(?:\w+wear|apparel|fashion|clothing|shoe|footwear|dairy|liquor|beverage) brand|"
                                 r"(?:car|auto|chip|drug|steel)maker|"
                                 # ('One operator, Guizhou Yunshu Data, reported revenue'; not 'The park's operator
                                 # said it aims for', the zone's manager)
                                 r"investor|developer|supplier|(?<!park's )(?<!zone's )operator|"
                                 r"production line|production base)\b(?!s)"
                                 # (a modifier of an event or office: 'an investment promotion and project signing
                                 # ceremony', 'the enterprise service center')
                                 r"(?!\s+(?:signing|promotion|ceremony|conference|fair|week|meeting|attraction|"
                                 # (nor a place of firms: 'a supplier base for carmakers', 'a supplier park')
                                 r"service|services|office|bureau|management|construction|base|hub|cluster|park|zone|"
                                 r"network|chain)\b)|"
                                 # ('Hunan Xinchuang Optoelectronics, the zone's largest exporter, shipped ...')
                                 # ('One firm, Guangzhou Lanshi Garments, said its own exports rose 30%': the firm
                                 # named in commas after the word, which may be all the window holds of it)
                                 r"\b(?:firm|company|enterprise|maker|manufacturer|producer|exporter)\s*,\s*"
                                 r"(?![^,;]*\b(?:Zone|Park|Area|District|County|City)\b)(?-i:[A-Z])[^,;]{2,60},|"
                                 r"\bthe (?:(?:zone|park|area|district)['’]s )?(?:largest|biggest|leading|top|main) "
                                 r"(?:exporter|taxpayer|employer|supplier)\b|\bits parent\b|"
                                 # 'Zoomlion, one of the world's largest construction machinery makers,'
                                 r"\bone of the (?:world|country|china|nation)['’]s (?:[\w-]+\s+){0,5}?"
                                 r"(?:companies|firms|makers|manufacturers|producers|suppliers|enterprises)\b", re.I))
# '82 petroleum machinery companies. One of them, Hubei Hongtai ..., signed ...': a firm, unless the name is an
# area's ('One of them, Kunshan ETDZ, ...' after a count of zones)
_ONE_OF_THEM = re.compile(r"\b(?i:one) of (?:them|these|those),\s+((?:[A-Z][\w&-]*\s)*[A-Z][\w&-]*)")
# the verbs of a change from one figure to another ('rose from X to Y', 'has grown a hundredfold, from X to Y',
# 'went from X in 1993 to Y last year')
CHANGED = (r"rose|risen|increased|grew|grown|climbed|jumped|went up|gone up|went|fell|fallen|dropped|declined|"
           r"doubled|tripled|quadrupled|expanded|surged|soared")
FROM_AMOUNT = re.compile(r"\b(?:" + CHANGED + r")(?:\s+(?:a\s+)?[a-z]+fold)?,?\s+from\s+"
                         r"(?:about |nearly |more than |over )?$", re.I)
THEN_TO = re.compile(r"\s*to\s+(?:reach\s+)?(?:about |nearly |more than |over )?", re.I)
# ('... lift the output value of the electronic information industry to 8 billion yuan and that of the lithium
# battery materials industry to 2 billion yuan': the goal's 'to' again)
THAT_OF = re.compile(r"\bthat of (?:the )?[\w\s'’-]{2,50}?\s+"
                     r"(?:was|were|reached|stood at|totaled|totalled|came to|to)\s*"
                     r"(?:about |nearly |more than |over )?$", re.I)
GROWTH_TO_LEVEL = re.compile(r"^\s*(?:above\s*)?(?:year[- ]on[- ]year\s*|y-o-y\s*|y/y\s*|yoy\s*)?[,，]?\s*"
                             # 'grew 4.9 percent last year to 21.36 billion yuan': the level's period between
                             # (or set off by a comma: 'Output rose 3.1 percent last year, to 41.6 billion yuan')
                             r"(?:(?:last|this) year,?\s+|in (?:19|20)\d\d,?\s+|"
                             # 'jumped 48 percent from a year earlier to $57 million', as the wire writes it
                             r"(?:from|over|on) (?:a year earlier|the (?:previous|prior) year|a year ago|"
                             r"the same (?:period|time) (?:of |a )?(?:last )?year(?: earlier)?)\s+|"
                             # ('rose 16.2 percent on 2020 to 5.64 billion yuan': the year before named)
                             r"(?:on|over) (?:19|20)\d\d\s+|"
                             # 'grew 38.4 percent in output value to 9.7 billion yuan'
                             r"in (?:its )?(?:output(?: value)?|(?:operating )?revenue|sales)\s+|"
                             # 'rose 23.5 percent in the first four months to $562 million'
                             # ('fell 8.2% in the half year to RMB 2.06 billion', 'in the quarter')
                             r"in the (?:(?:first|second|third|fourth|last) )?(?:half|quarter|three quarters|"
                             r"(?:[a-z]+ |\d{1,2} )?months)(?:[- ]year)?(?: of (?:the|this) year)?\s+|"
                             r"(?:from )?january(?: to |-|–)[a-z]+\s+)?"
                             # 'growth 12% above，strive to reach 19 billion yuan', as translated
                             r"(?:(?:strive\s+)?to\s+(?:reach\s+|hit\s+)?|"
                             # 'increase about 10%, reaching about 39.5 billion yuan'
                             r"(?:thus\s+)?(?:reaching|hitting|totall?ing)\s+|"
                             # 'grew 9.3 percent, with output value of 1.92 billion yuan'
                             r"with\s+(?:an?\s+|its\s+|total\s+)?(?:industrial\s+)?(?:output(?:\s+value)?|"
                             r"(?:operating\s+)?revenue|sales)\s+(?:of|reaching|at)\s+|"
                             # 'growth more than 12%, strive to break through 430 100 million yuan'
                             r"(?:and\s+)?(?:strive to\s+)?(?:break through|exceed)\s+)"
                             r"(?:about |nearly |more than |over |approximately |above |around |roughly )?", re.I)
# 'the added value of these enterprises', 'Their added value rose': the firms named just before
THESE_FIRMS = re.compile(r"\b(?:these|such|those) (?:enterprises|companies|firms)\b|\bof them\b|^\s*their\b|"
                         r"^(?:\s*(?:year[- ]on[- ]year|yoy|in (?:19|20)\d\d|last year|this year))?[\s,;]*"
                         r"(?:and|while)\s+their\b|"
                         # '..., with their added value up 10.2 percent', '; their added value grew 8.7 percent'
                         # (', and their industrial added value rose 17.9 percent')
                         r"(?:^|[,;]\s*)(?:with\s+|and\s+)?their\s+(?:industrial\s+)?"
                         r"(?:added value|output value|output)\b", re.I)
# 'Registered enterprises: 540', or with dot leaders as key-figure lists set them out:
# 'National high-tech enterprises ........ 94'
# a list item's mark: a bullet, or an emoji as a post writes it ('▪️ 76 industrial enterprises ...', '🏭 ...')
BULLET = r"(?:[-•·*▸►▶▷▪■□●○◦◆◇]|[\u2600-\u27bf\u2b50\u2b55\U0001F300-\U0001FAFF])\ufe0f?"
ROW_LABEL = re.compile(
    # (a bilingual label's Chinese first: '国家高新技术企业 National high-tech enterprises: 137')
    # (or an emoji, as a post writes it: '🏭 Industrial enterprises above designated size: 141')
    r"\s*(?:" + BULLET + r"\s*|\(?\d{1,2}[.)、]\s*)?"
    r"(?:[\u4e00-\u9fff\"“”（）()]+\s+)?"
    r"(?P<label>[A-Za-z][^:：.;]{2,100}?)\s*(?:[:：]|\.{3,}|…+|[➜→]|(?<=\s)[-–—|](?=\s))\s*"
    r"(?:about |nearly |more than |over )?")


_NUMBER_OF = re.compile(r"^\s*(?:the\s+)?(?:total\s+)?number\s+of\s+", re.I)


_LABEL_OPENER = re.compile(r"^[\s\-–—:|]*(?:(?:and|while|but|whereas)\s+)?")


_NOT_LATIN = re.compile(r"[^\x00-\x7f]+")


def english_of(label: str) -> str:
    """A bilingual label read by its English ('指标 Indicator' -> 'Indicator'); the label itself when it has none.

    (A label in English alone keeps its dashes and signs: 'Jan–Oct 2019' is a stretch of months.)

    >>> english_of("指标 Indicator"), english_of("Jan–Oct 2019")
    ('Indicator', 'Jan–Oct 2019')
    """
    if not HAN.search(label):
        return label
    latin = _NOT_LATIN.sub(" ", label).strip()
    # (a Chinese label's quotes are no English: '专精特新"小巨人"企业' is read as itself)
    return latin if _A_LETTER.search(latin) else label


_A_LETTER = re.compile(r"[A-Za-z]")


# ('The enterprises in the district totaled 8,760'; 'Its registered enterprises have exceeded 1,900': the area's)
_THE_FIRMS_OPEN = re.compile(r"^\s*(?:(?:the|all(?: the)?)\s+(?=(?:enterprises|companies|firms)\b)|"
                             r"(?:its|their|the (?:zone|park)['’]s)\s+(?=(?:registered\s+)?(?:enterprises|companies|"
                             r"firms)\b))", re.I)


# an amount of firms named before them, no count of them: 'Total profits of enterprises above designated size'
# ('Sales output value of enterprises above designated size': the output they sold)
AMOUNT_LABEL = re.compile(r"\W*(?:total\s+)?(?:profits?|wages|payroll|electricity consumption|energy consumption|"
                          r"turnover|assets|liabilities|r&d (?:spending|expenditure|investment)|sales output value)"
                          r"\s+of\b", re.I)


def count_label(label: str) -> str | None:
    """The count metric a table row's label names ('High-tech enterprises' -> high_tech_enterprises)."""
    # ('2016 - The number of enterprises ...': a timeline's dash before it; ', and the number of enterprises ...': a
    # joined clause's conjunction)
    label = _LABEL_OPENER.sub("", label)
    if HAN.search(label):  # '入驻企业 Enterprises in the park': a bilingual label is read by its English
        label = english_of(label)
    if re.search(r"\b(?:population|residents)\b", label, re.I):
        return None if lexicon.POPULATION_EXCLUDED.search(label) else "population"
    head = lexicon.COUNT_HEAD.search(label)
    if head is None:
        return None
    phrase = _NUMBER_OF.sub("", label[: head.end()])  # 'The number of registered enterprises'
    phrase = _THE_FIRMS_OPEN.sub("", phrase)  # ('The enterprises in the district totaled 8,760')
    words = phrase.split()
    for pattern, code, _ in _COUNT.candidates(fold(phrase)):
        if pattern.search(phrase.strip() if code == "enterprises" else phrase):
            return code
    if len(words) <= 4 and re.search(r"number of (?:enterprises|companies)", phrase, re.I):
        return "enterprises"
    # 'The number of cross-border e-commerce enterprises registered in the zone rose to 1,580': a trade's firms
    trade = phrase[: head.start() - (len(label[: head.end()]) - len(phrase))].strip()
    if trade and not head.group().lower().startswith("entities") and (
            first_industry(trade) is not None or trade_firms(trade)) and not _INDUSTRY_COUNT_EXCLUDED.search(trade):
        return "enterprises"
    return None


_OVER_YEARS = re.compile(r"\b(?:over|in|during|across)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:[\w-]+\s+)?"
                         r"(?:years|decades)\b|\bsince\s+(?:its\s+\w+\s+in\s+)?(?:19|20)\d\d\b", re.I)


def growth_value(q: Quantity, text: str, year: int | None = None) -> float | None:
    """yoy_pct of a percent / fold / times quantity, or None when it is not a growth.

    ``year`` is the year of the figure the quantity follows, when known: a multiple of the
    year before it is a year-on-year change too ('3.2 billion yuan in 2023, 2.3 times the figure
    of 2022'), a multiple of an earlier year is not ('3.4 times the 2012 figure').

    >>> from orchestration.extract.quantities import find_quantities
    >>> text = "output of 2.4 billion yuan, nearly three times the figure of 2022"
    >>> q = [q for q in find_quantities(text) if q.kind == "times"][0]
    >>> growth_value(q, text, 2023), growth_value(q, text, 2024), growth_value(q, text)
    (200.0, None, None)
    """
    if q.kind == "percent":
        return q.value
    if q.kind == "fold":
        if _OVER_YEARS.search(text, max(0, q.start - 150), q.start):
            return None  # 'over the three decades, output has grown more than 1,100-fold': no year-on-year change
        return q.value * 100
    if q.kind == "times" and (base := _TIMES_THE_BASE.match(text, q.end, q.end + 70)) is not None \
            and ((named := base.group("year") or base.group("year2")) is None
                 or (year is not None and int(named) == year - 1)):
        return (q.value - 1) * 100
    if q.kind == "times" and _GREW_BY_TIMES.search(text, max(0, q.start - 40), q.start):
        # 'increased by 2.1 times', 'registered a rise of 1.2 times' (增长2.1倍): the increase, as '4.4-fold' is
        return q.value * 100
    return None


# what a multiple is of: the year before ('that of a year earlier', 'the figure for the same period last year') or a
# year named, which is the year before only if the figure's year follows it ('the figure of 2022', 'the 2022 level')
_TIMES_THE_BASE = re.compile(r"\s*(?:(?:that|the (?:figure|level|amount|value|total))\s+(?:of|for|in)\s+(?:the same "
                             r"period (?:of )?)?(?:a year (?:earlier|ago|before)|last year|the previous year|"
                             r"(?P<year>(?:19|20)\d\d)\b)|the (?P<year2>(?:19|20)\d\d) (?:figure|level|total)\b)", re.I)
_GREW_BY_TIMES = re.compile(r"\b(?:increased|grew|rose|jumped|surged|soared|expanded|climbed)(?: by)?\s+"
                            r"(?:about |nearly |more than |over )?$|"
                            r"\ban? (?:rise|increase|growth|jump|surge) of\s+(?:about |nearly |more than |over )?$",
                            re.I)


# Searched in every window before or after a figure: guarded by their first characters
# (the same matches, fewer positions tried; see firstchar)
(GROWTH_CUE, SECTOR_OF_ECONOMY, INDUSTRY_SUBJECT, PAST_STOCK, PRESENT_STOCK, CHANGE_OF_STOCK, HAVE_CUE,
 THESE_FIRMS, COUNT_OBJECT, _INDUSTRY_WORD, _NO_BEFORE) = map(guarded, (
    GROWTH_CUE, SECTOR_OF_ECONOMY, INDUSTRY_SUBJECT, PAST_STOCK, PRESENT_STOCK, CHANGE_OF_STOCK, HAVE_CUE,
    THESE_FIRMS, COUNT_OBJECT, _INDUSTRY_WORD, _NO_BEFORE))


def extend(draft: Draft, **changes) -> Draft:
    """A copy of ``draft`` with ``changes``: dataclasses.replace, without re-running __init__."""
    new = object.__new__(type(draft))  # copy.copy, without its generic reduce protocol
    new.__dict__.update(draft.__dict__)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def goal_after_arrow(figure: Draft, goal: Quantity, period, falling: bool = False) -> Draft | None:
    """The goal right of a chart's arrow, for the measure of the figure left of it.

    A percentage is a goal for growth ('-> +15%'), an amount or a count a goal for the level ('-> ¥800 million',
    '-> 140'); anything else ('-> 3rd') sets no goal for the measure. ``period`` is the year the chart's goals
    are for; ``falling`` marks a percentage under a downward arrow.
    """
    if goal.kind == "percent":
        draft = extend(figure, value=None, unit=None, yoy_pct=-goal.value if falling else goal.value)
    elif (goal.kind == "money" and figure.unit in ("CNY", "USD")) or (goal.kind == "bare" and figure.unit == "count") \
            or (goal.kind == "area" and goal.unit == figure.unit):
        draft = extend(figure, value=goal.value, unit=goal.unit or figure.unit, yoy_pct=None)
    else:
        return None
    return extend(draft, qualifier=goal.qualifier, quantity=goal, end=goal.end, anchor=goal.start, target=True,
                  period=period, base_of=None, dated=())
