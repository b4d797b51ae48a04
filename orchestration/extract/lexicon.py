"""The vocabulary of the genre: how press releases name metrics and industries.

Small tables of regular expressions, one row per way of saying a thing,
mapped to the codes of metrics.csv and industries.csv. They are ordered
data, not logic, so that a reviewer can read them and a new phrasing is a
one-line change.
"""

from __future__ import annotations

import re

from orchestration.extract.firstchar import guarded

# Metric phrases that stand before a money amount. The nearest phrase to the
# number wins; among phrases ending at the same place, the longest.
MONEY_METRICS: list[tuple[str, str]] = [
    # (each row ends with the Chinese name half-translated pages leave in: '规上工业总产值 96.8亿元')
    # ('The regional production total value realized 48.97 billion yuan', as 地区生产总值 is machine-translated)
    (r"\bgdp\b|gross (?:regional|domestic) product|regional (?:gdp|gross)|economic output|"
     # ('the whole district realize the area production total value 17.86 billion yuan')
     r"(?:regional|area|region) (?:total )?production (?:total )?value|生产总值", "gdp"),
    (r"(?:total |gross )?(?:industrial )?(?:output|production) value|output value|industrial output|"
     r"value of (?:industrial )?output|industrial production value|output|工业总产值|总产值|产值", "industrial_output"),
    # (not 'value-added tax', a tax)
    (r"(?:industrial )?(?:added value|value[- ]added(?! tax))(?: of (?:the )?industr\w*)?|"
     r"added value of industr\w*|工业增加值|增加值|"
     r"industr\w* increase value", "industrial_added_value"),  # ('The scale above industry increase value grow 8.4%')
    # ('technology, industry and trade revenue': 技工贸收入, a zone's revenue of all its firms; not 'The technology
    # contract turnover reached 860 million yuan', the value of contracts signed)
    (r"(?:operating|operation|business|sales|main business) (?:revenue|income)|"
     r"technolog(?:y|ical)[,，]?\s*industr(?:y|ial)(?:[,，]?\s*and)?\s*trade (?:total )?(?:revenue|income)|"
     r"technical[,，]?\s*industrial(?:[,，]?\s*and)?\s*trade (?:total )?(?:revenue|income)|revenue from "
     r"(?:main )?(?:business|operations|sales)|\brevenue\b|(?<!contract )(?<!contracts )(?<!transaction )turnover(?! of (?:the )?(?:technology |technical )?(?:contracts?|transactions?)\b)|营业收入|主营业务收入|技工贸(?:总)?收入|营收|"
     # (总收入 as machine translation gives it: 'the Park realized the total income of 6.28 billion yuan'; an
     # industry's 'realized income of 2.03 billion yuan')
     r"(?<!per capita )(?<!disposable )total income|(?:reali[sz]ed|achieved) (?:an? )?income|"
     # ('the park wants cluster sales to exceed 17 billion yuan': an industry's sales, not a firm's)
     r"(?:cluster|industry|chain)(?:['’]s)? sales\b",
     "operating_revenue"),
    (r"(?:total )?fiscal (?:total )?(?:revenue|income)|financ(?:ial|e) (?:total )?revenue|"
     r"revenue of (?:the )?(?:local )?finance|"
     r"财政(?:总)?收入", "fiscal_revenue"),
    # ('Public budget revenue was 1.93 billion yuan', 'local public budget revenue')
    (r"(?:general |local )?public budget(?:ary)? (?:revenue|income)|(?:public )?budgetary (?:financial )?revenue|"
     r"general budget (?:revenue|income)|local fiscal revenue|一般公共预算收入", "public_budget_revenue"),
    # longer forms first: an alternation stops at the first form that matches
    # (not what firms were spared: 'enjoyed tax reduction of 6.8 million yuan', 'tax refunds of ...')
    # (nor what customs collected at the zone's gate: 'Taxes collected by customs in the zone reached 1.24 billion yuan')
    # (nor a firm's 'profit and tax', 利税)
    (r"full[- ]caliber tax(?:es)?(?: revenue)?|tax(?:es)? revenue|tax(?:es)? paid|"
     # (nor one tax of several: 'Of which: value-added tax', 'corporate income tax', 'resource tax')
     r"(?<!customs )(?<!profit and )(?<!profits and )(?<!value-added )(?<!value added )(?<!income )(?<!resource )"
     r"(?<!property )(?<!stamp )(?<!consumption )\btax(?:es|ation)?\b"
     r"(?!\s+(?:and fees?\s+)?(?:reductions?|cuts?|refunds?|relief|rebates?|breaks?|incentives?|exemptions?|credits?|"
     r"deductions?|savings|burdens?|preferences?)\b)(?!\s+(?:collected|levied) (?:by|at) (?:the )?customs\b)|"
     r"税收(?:收入|总额)?",
     "tax_revenue"),
    (r"(?:investment in )?fixed[- ]assets?(?: investment)?|investment in fixed assets|固定资产投资|\bFAI\b",
     "fixed_asset_investment"),
    (r"industrial (?:fixed[- ]assets? )?investment|fixed[- ]assets? investment (?:of|in) industry|"
     r"investment in industr(?:y|ial)|"
     # ('Investment in the nonwoven industry reached 1.08 billion yuan': what was invested in one industry)
     r"investment in (?!(?:the |its )?(?:tertiary|service|primary|technolog|technical))(?:the |its )?[\w-]+"
     r"(?: [\w-]+){0,3} industry|工业投资",
     "industrial_investment"),
    # ('Tech upgrade investment', as a fact sheet shortens it)
    (r"(?:investment in (?:the )?)?(?:industrial )?(?:(?:technolog\w*|tech) (?:transformation|upgrad\w*|renovation)|"
     # (not what firms were granted for it: 'technological transformation subsidies totalling 23.5 million yuan')
     # ('investment in the technological transformation of industry increased by 26.5%')
     r"technical (?:transformation|renovation|upgrad\w*))(?: of (?:the )?industr(?:y|ies))?(?: investment)?"
     r"(?!\s+(?:special\s+)?(?:subsid\w*|funds?|awards?|rewards?|grants?|loans?)\b)", "tech_upgrade_investment"),
    (r"foreign (?:direct )?investment|(?:actual use of |actually (?:used|utili[sz]ed) )?foreign (?:capital|funds)|\bfdi\b|overseas investment|utiliz\w* foreign|"
     r"(?:实际(?:使用|利用)|利用)外资", "foreign_investment"),
    (r"exports?|export value|foreign trade exports|出口(?:总)?额|出口", "exports"),
    (r"imports? (?:and|&) exports?|foreign trade(?: volume| value)?|total trade|"
     # 'trade' alone as the subject of a figure ('Trade through the zone ... reached $1.46 billion', 'trade rose
     # 23.5 percent ... to $562 million', 'lift trade to $2 billion'), not a trade fair's or a trade centre's
     # (not a trade that grew up somewhere: 'the old base where Dongguang's carton machinery trade grew up')
     r"\btrade(?=(?: value| volume)?(?: through [^,.;]{1,80}?,?)? (?:rose|reached|grew(?! up)|increased|totaled|totalled|"
     r"was|hit|climbed|jumped|surged|soared|fell|dropped|declined|stood at|came to|amounted to)\b)|"
     r"\b(?:lift|raise|boost|push|grow|expand) trade(?= to\b)|进出口(?:总)?额|进出口|"
     # 'the zone handled trade of $22.7 billion'
     r"\b(?:handled|recorded|posted|achieved|saw) trade(?= (?:of|worth|valued at)\b)|"
     # a goal for it: 'Our goal is trade of 8 billion yuan', 'expects full-year trade through the area to exceed'
     r"\b(?:goal|target|aim) (?:is|was) trade(?= (?:of|worth)\b)|"
     r"\b(?:expects?|wants?) (?:(?:the |its |the (?:zone|park|area)['’]s )?(?:full-year |annual |total )?)?trade\b"
     r"(?=(?: [^,.;]{1,60}?)? to (?:exceed|reach|top|hit|pass)\b)",
     "foreign_trade"),
    (r"retail sales", "retail_sales"),
    (r"contract(?:ed|ual)? (?:(?:foreign|overseas|domestic) (?:direct )?)?(?:investment|value|capital)|"
     r"signed (?:investment|contracts?\b)|agreed investment|"
     r"signed [\w\s-]{0,40}?(?:total |planned )?investment|investment (?:was |were )?signed|"
     # ('Contracts for new projects signed last year were worth 9.8 billion yuan')
     r"\bcontracts (?:for [\w\s-]{1,30}?)?signed\b[\w\s-]{0,30}? (?:were|was) worth", "contracted_investment"),
    (r"actual(?:ly)? (?:paid-in |utili[sz]ed |used |in place )?(?:investment|capital|funds)|"
     # (not foreign capital's: 'foreign capital actually in place', 实际到位外资, is foreign investment)
     # ('1.74 billion yuan of funds from these and earlier projects is already in place')
     r"(?<!foreign )(?<!overseas )(?:funds|capital) (?:from (?:(?!foreign|overseas)[\w-]+ ){1,5})?(?:(?:was|were|is|are|has been|have been) )?"
     r"(?:actually |already )?in place|"
     r"domestic (?:capital|funds)|"
     r"in[- ]place (?:domestic )?(?:funds|capital)|"
     # machine translation's 'actual use of provincial outside funds', 'actually utilized out-province domestic funds'
     r"actual(?:ly)?\s+(?:utili[sz]ed\s+|used\s+|use\s+of\s+)(?:(?!foreign|overseas)[\w-]+\s+){0,3}?(?:funds|capital)|"
     r"investment (?:actually )?(?:in place|introduced)|actual(?:ly)? use of (?:domestic )?(?:capital|funds)|"
     r"(?:capital|funds|investment) from outside (?:the )?(?:province|city|region|county)|"
     r"(?:funds|capital) [\w\s]{0,40}?(?:were |was )?actually put in place|"
     # ('960 million yuan of introduced funds were put in place')
     r"introduced (?:domestic )?(?:funds|capital)(?= (?:were|was) put in place)|"
     # ('7.3 billion yuan of funds had been put in place by the end of October')
     r"(?:funds|capital)(?= (?:had |has |have )?(?:been |were |was )put in place)|"
     r"(?:bring|brought|bringing) in (?:funds|capital)(?: of)?|"
     # ('actually introduced funds of RMB 24.8 billion', 'funds actually introduced reached')
     r"actual(?:ly)? introduced (?:domestic )?(?:funds|capital)|(?:funds|capital) actually introduced|"
     # ('实际到位资金41.7亿元', '到位内资': funds actually in place, half-translated)
     r"(?:实际)?到位(?:资金|内资|省外资金)",
     "introduced_investment"),
    (r"(?:total|completed|planned|combined) investment|complet(?:e|ed|ing) (?:an |annual )?investment|investment of (?:key )?projects|"
     # ('signed 22 projects with an investment of 9.6 billion yuan')
     # ('the park signed nine projects in 2015 worth 46 billion yuan in total': their year between)
     r"project investment|projects(?: (?:in|during) (?:19|20)\d\d)? (?:worth|valued at)|"
     r"projects with (?:an |the )?investment|总投资", "project_investment"),
]

# Modifiers that move output / added value to the 'above designated size' codes.
ABOVE_SIZE = re.compile(
    # ('Output above desig. size', a table's label cut to fit its column)
    r"above[- ](?:designated|desig\.)[- ](?:size|scale)|designated[- ](?:size|scale)|above[- ]scale|above[- ]size|"
    r"above the (?:designated )?"
    # ('the scale above industrial output value', 'the regulation above industry output value': 规模以上)
    r"(?:size|scale)|\bscale industr\w*|\b(?:scale|regulation) above\b|"
    # ('规模工业总产值', short for 规模以上工业)
    r"\bregular industr\w*|\bscaled\b|規上|规上|规模以上|规模工业|"
    # ('the output value of the regulated industrial enterprises': 规上工业企业, as machine translation renders it; and
    # 'the park regulated industrial output value': 规上工业产值)
    r"\bregulated (?:industrial )?enterprises\b|\bregulated industrial (?=output|added value)", re.I)

# Phrases before an area.
AREA_METRICS: list[tuple[str, str]] = [
    (r"total (?:land )?area|covers?(?: a total area)?|covering|spans?|spanning|administers|governs|"
     r"area of|jurisdiction(?:al)? area|(?:has )?jurisdiction over|administrative area|occupies|occupying|takes? up|taking up|\barea\b|(?:总|辖区)?面积", "area"),
    # ('The park plans area 42.6 square kilometers', as machine translation gives 规划面积)
    (r"(?:planned (?:area|to cover)|planning area|plann?ed [\w\s]{0,20}area|is planned|"
     r"planned to cover an area|plans (?:an? )?(?:total )?area|plans to cover)(?: of)?|规划(?:总)?面积", "area_planned"),
    # ('the completed area of 4.85 sq. km', as machine translation gives 建成面积)
    (r"(?:built[- ]up area|built area|completed area|has built(?: an area)?|developed area|"
     r"area (?:already )?(?:built|developed)|"
     r"construction land)(?: of)?|建成区?(?:面积)?", "area_built"),
    (r"(?:has|have) been (?:developed|built)(?: so far)?|developed so far", "area_built"),
    # ('..., has developed 5.2 square kilometers', '..., already built up 1.85 square kilometers')
    (r"(?:has|have|had) (?:already )?(?:developed|built up)|already (?:built up|developed)", "area_built"),
    # ('has completed the construction 1.45 square kilometers', 'now has completed 2.1 square kilometers of
    # construction', machine-translated 已建成)
    (r"(?:has|have|had) (?:now )?(?:already )?completed(?: the construction(?: of)?)?", "area_built"),
]
# Areas that are never an area metric of the zone.
AREA_EXCLUDED = re.compile(
    r"construction area|floor (?:area|space)|building area|land area|plot|"
    r"(?:innovation|office|industrial|factory|plant|standard)\s+(?:space|workshops?|plants?|buildings?)|"
    r"\bworkshop|\bproject\b|\bland\b|\bphase\b|\bwarehous\w*|"
    r"\bcore area\b|"  # 'a planned area of 106.7 km2, including a core area of ...': a part
    # ('renovated 42 old residential compounds covering 1.26 million square meters': housing, not the zone)
    r"\bresidential\b|\bhousing\b|"
    # a county's farms and orchards, an expo's halls: 'Laoling's jujube orchards cover some 300,000 mu'
    r"\borchards?\b|\bvineyards?\b|\bplantations?\b|\bplanting area\b|\b(?:tea )?gardens?\b|\bfarmland\b|\bforests?\b|"
    r"\bgrasslands?\b|\bpastures?\b|\bsowing\b|\birrigation\b|\bexpo\b|\bexhibition area\b|"
    # a crop's land: 'a main potato producing area ..., with 550,000 mu', 'wine grapes cover 4,600 mu'
    r"\bproducing (?:area|region|base)\b|\bgrapes\b|\bcrops?\b|\bplanted\b|\bpaddy\b|\bfields\b|"
    # ('Heilongjiang soybean area to reach 70 million mu')
    r"\b(?:soybean|soya|rice|corn|maize|wheat|grain|cotton|potato|rapeseed|vegetable|sugarcane|cane) (?:area|acreage)\b",
    re.I)
# A facility named between the area phrase and the figure: 'has built ... an incubator of 80,000 square metres'
AREA_FACILITY = re.compile(r"incubator|\bcent(?:re|er)\b|\bplatform\b|\bhall\b|\bbuilding\b|\boffice\b|\bwarehouses?\b",
                           re.I)

# Count phrases after a number, checked in order.
COUNT_METRICS: list[tuple[str, str]] = [
    (r"listed (?:compan(?:y|ies)|enterprises?|firms?)|(?:companies|enterprises) listed|market-listed|上市(?:公司|企业)",
     "listed_companies"),
    (r"provincial[\w\s,\"“”'-]{0,40}(?:little|small)[\s\"“”'-]*giant", "specialized_smes"),
    (r"(?:little|small)[\s\"“”'-]*giants?|小巨人", "little_giants"),
    (r"specializ\w*|specialis\w*|professional, innovative|sophisticated|distinctive and innovative|"
     r"refined,? (?:special|distinctive)|专精特新", "specialized_smes"),
    (r"(?:national )?high[- ]?(?:and new[- ])?tech(?:nology)?[- ]enterprises?|hi-tech enterprises?|"
     r"high-new tech|高新技术企业", "high_tech_enterprises"),
    # ('38 regulated industrial enterprises': 规上, as a brochure translates it)
    (r"above\s+designated\s+(?:size|scale)|above[- ](?:scale|size)|above the (?:size|scale)|designated[- ](?:size|scale)|"
     r"(?:regulation|scale) above|规上|"
     # (and as machine translation renders 规上工业企业: 'the number of regulations industrial enterprises', 'the
     # number of regulations on industrial enterprises', '29 regulations enterprises')
     r"regulated (?:industrial )?enterprises|regulations? (?:on )?(?:industrial )?enterprises",
     "enterprises_above_size"),
    (r"^(?:(?:registered|resident|settled|operating|market|various|kinds of|industrial|"
     r"(?:chinese|domestic) and (?:foreign|overseas)(?:-funded|-invested)?)\s+)*"  # 'Chinese and foreign companies'
     r"(?:enterprises|companies|firms|businesses)(?:\s+of (?:all|various) (?:kinds|types))?$|"
     r"^(?:all kinds of|various)\s+(?:enterprises|companies)$|^(?:各类)?企业$", "enterprises"),
]
COUNT_HEAD = re.compile(
    # (singular after 1: '17 high-tech enterprises and 1 listed company')
    r"(?:\b(?:enterprises|companies|firms|company|enterprise|firm|businesses|SMEs|giants?|"
    r"entities|manufacturers|makers|producers|"
    r"wineries|suppliers|foundries)\b|\bent\.(?=\s|$)|企业|公司)"  # ('Above-size ent.', a table's header cut short)
    r"(?:\s+(?:of (?:all|various) (?:kinds|types)|above\s+(?:the\s+)?designated\s+(?:size|scale)|"
    r"above[- ](?:the\s+)?(?:scale|size)))?",
    re.I)

POPULATION = re.compile(r"(?:permanent|resident|total|usual)? ?population", re.I)
# ('a sports center will serve a population of about 120,000': the people a facility serves, not the residents)
POPULATION_EXCLUDED = re.compile(r"registered|household|employ\w*|working|floating|migrant|hukou|\bserv(?:e|es|ing)\b",
                                 re.I)

# foods whose processing is the food industry: 'crayfish processing enterprises', 'edible fungus processing'
_FOODS = (r"crayfish|shrimps?|fish|rice|grain|chil(?:i|li|ies)|peppers?|edible fung(?:us|i)|mushrooms?|fruits?|"
          r"vegetables?|poultry|eggs?|nuts?|sugar|potato(?:es)?|corn|soybeans?|beef|pork|mutton|cattle|dairy|halal food|"
          r"apples?|pears?|kiwi ?fruits?|citrus|oranges?|walnuts?|peanuts?|sweet potato(?:es)?|mangoe?s?|bananas?|"
          r"pineapples?|lychees?|longans?|jujubes?|dates|tomato(?:es)?|lil(?:y|ies)|cottonseeds?|"
          # (held-out and corpus pages' featured foods: 'Shatian pomelo processing', 'Black fungus processing')
          r"ducks?|chickens?|geese|pomelos?|(?:black )?fungus|sesame|camellia(?: oil)?|millet|buckwheat|raisins?|"
          r"melons?|mustard greens?|pickles?|flour|noodles?|seed corn|livestock(?: products)?|farm produce|"
          r"(?:agricultural and )?livestock products|berr(?:y|ies)|plums?|lemons?|chestnuts?|yams?|konjac|bamboo shoots?|"
          # ('Processing of figs, grapes and apricots', 'the processing of white lotus', '... of Yao black pigs')
          r"figs?|grapes?|apricots?|lotus(?: seeds?| roots?)?|(?:black )?pigs|hogs|oysters?")

# Industries, by the words a text uses for them. Order matters where one
# phrase contains another (new energy vehicles before new energy).
INDUSTRIES: list[tuple[str, str]] = [
    (r"new[- ]energy (?:vehicles?|automobiles?|cars?|\(automotive\)|automotive)|electric vehicles?|"
     r"power batter(?:y|ies) for vehicles|new[- ]energy (?:and )?(?:intelligent(?:ly)? )?(?:and )?connected vehicles?|"
     r"intelligent(?:ly)? connected (?:new[- ]energy )?vehicles?|\bNEVs?\b|"
     r"new[- ]energy (?:logistics|commercial|passenger|special) vehicles?|fuel[- ]cell vehicles?", "new_energy_vehicles"),
    (r"(?:advanced )?energy[- ]storage(?: materials?| batter(?:y|ies))?|battery materials?|"
     r"lithium[- ](?:ion )?batter(?:y|ies)(?: cathode)?(?: materials?)?|cathode materials?|"
     r"blade batter(?:y|ies)|power batter(?:y|ies)|new energy batter(?:y|ies)(?: materials?)?|new energy materials?|"
     r"(?:lithium )?battery separators?|separator (?:films?|chain)|(?:graphite )?anode materials?|"
     # ('the battery industry', 'storage batteries and battery materials': batteries as an industry, not a product)
     r"storage batter(?:y|ies)|batter(?:y|ies)(?= (?:industry|industries|sector|cluster|chain|manufacturing)\b)|"
     # ('Batteries contributed about 19 billion yuan': batteries alone as a subject; not 'scrap lead-acid batteries',
     # what a recycler takes in)
     r"^batter(?:y|ies)$",
     "energy_storage_materials"),
    (r"electronic information|(?:next|new)[- ]generation (?:of )?information technolog(?:y|ies)|"
     r"integrated circuits?|semiconductors?|display panels?|new displays?|electronics|electronic components|"
     r"optoelectronic\w*(?: information)?|intelligent terminals?|semiconductor lighting|\bICs?\b|(?<!apple )(?<!potato )(?<!banana )(?<!wood )chips?\b|"
     r"\bPCBs?\b|printed circuit boards?|\bIoT\b|internet of things|communication (?:terminals|equipment)|"
     r"electro-?acoustics?|"
     # 'Information and communications technology, biomedicine and artificial intelligence are its ... industries'
     r"information and communications? technolog(?:y|ies)|\bICT\b",
     "electronic_information"),
    # ('wind power and new energy equipment industry': the energy's, not equipment manufacturing's)
    (r"(?:new energy|wind power|photovoltaic|solar|hydrogen(?: energy)?|offshore wind(?: power)?) equipment|"
     # (not 'clean energy chemicals', a kind of chemicals)
     r"new energy|clean energy(?! chemical)|photovoltaics?|\bPV\b|\bsolar\b|wind power|hydrogen energy|\bhydrogen\b|"
     r"biomass energy",
     "new_energy"),
    # ('Rare earth new materials are the zone's leading industry': the materials made of the metal)
    (r"rare earth (?:new |functional |permanent[- ]magnet(?:ic)? )?materials?|(?:rare earth )?permanent[- ]magnets?"
     r"(?: materials?)?|"
     r"new materials?|composite materials?|glass fib(?:er|re)|magnesium alloys?|graphene|"
     # ('the green silicon industry', 'industrial silicon', 'silicon carbide': the material; not a solar cell's
     # monocrystalline silicon, which is new energy's)
     r"\b(?:green|industrial|organic) silicon\b(?! valley)|\bsilicon(?:e\b|[- ]based(?: new)? materials?\b| carbide\b|"
     r" materials?\b|(?= (?:industry|industries)\b))|advanced materials|nano-?materials?|(?:new )?fib(?:er|re) materials?|"
     r"(?:green|new|new-type) building materials?|new chemical materials?|"
     # ('special metal materials', 'new functional materials', 'functional film', 'new textile materials', 'the
     # high-end calcium carbonate industry')
     r"(?:special|high-end|advanced|new) (?:functional |metal )materials?|functional (?:materials?|films?|fib(?:er|re)s?)|"
     r"(?:new|functional) textile materials?|calcium carbonate|carbon fib(?:er|re)s?|titanium(?: alloys?)?|"
     r"bio-?based materials?|refractor(?:y|ies)(?: materials?)?|new metal materials?|superhard materials?|"
     r"(?:new )?glass materials?|basalt fib(?:er|re)s?|\bgraphite\b(?! anode)|"
     # (not building ceramics and tiles, which the genre leaves without a code)
     r"(?:advanced|industrial|special|fine|electronic|technical|daily-use|precision) ceramics?|"
     r"(?<!building )\bceramic(?= (?:enterprises|companies|firms|makers|materials)|$)",
     "new_materials"),
    (r"biomedic\w*|bio-?medicine|biological medicine|pharmaceutic\w*|traditional chinese medicine|\bTCM\b|"
     r"bio-?industry|biotech\w*|life sciences?|(?<=food and )medicine|medicine and health|"
     # (the medicine of a minority people, two maybe: 'a Zhuang and Yao medicine industrial park')
     r"(?:(?:chinese|tibetan|mongolian|uyghur|miao|zhuang|yao|dai|ethnic) "
     r"(?:and (?:tibetan|mongolian|uyghur|miao|zhuang|yao|dai) )?)(?:herbal )?medicines?|herbal medicines?|"
     r"(?:chinese )?herbal extracts?|"
     r"(?:innovative )?chemical (?:drugs|pharmaceuticals?)|vaccines?|\b[a-z]+ medicine\b|decoction pieces|"
     r"(?:proprietary|patent) (?:chinese )?medicines|(?:chinese )?medicinal (?:herbs?|materials?|plants?)",
     "biomedicine"),
    (r"medical (?:devices?|equipment|instruments?|consumables)|\bdental\b", "medical_devices"),
    (r"energy (?:conservation|saving) and environmental protection|energy[- ]saving and environment\w*|"
     r"environmental protection|recycling|waste (?:disposal|treatment)|circular economy|"
     r"comprehensive utili[sz]ation|solid waste|(?:recycled|renewable) resources", "energy_saving_environmental"),
    (r"intelligent manufacturing|smart manufacturing|robotics?|robots", "intelligent_manufacturing"),
    (r"(?:high-end |intelligent |advanced )?equipment manufacturing|(?:intelligent|smart) equipment|power equipment|"
     r"power transmission(?: and transformation)? equipment|"
     r"agricultural machinery|"
     # ('Intelligent logistics equipment is its leading industry': the equipment's makers, not logistics)
     r"(?:intelligent )?(?:mechanical|logistics|packaging|printing|food processing) "
     r"equipment|"
     r"electrical equipment|rail transit equipment|"
     r"engineering machinery|construction machinery|high-end equipment|"
     # ('made by its 15 equipment enterprises': equipment alone before its firms)
     # (or alone, the words before a count's noun: 'equipment' of '15 equipment enterprises')
     r"(?:^|(?<=\d )|(?<=\bits )|(?<=\bthe )|(?<=\bof ))equipment(?= (?:enterprises|companies|firms|makers|"
     r"manufacturers)\b)|^equipment$|"
     r"(?:precision|general|heavy|hoisting|mining|textile|packaging) machinery|electrical machinery|"
     r"machine tools?|\bcranes?(?: and (?:parts|hoisting)| manufacturing| industry)|\bmotors\b|"
     r"marine (?:engineering )?equipment|aviation (?:manufacturing|equipment|industry)|aerospace|"
     r"(?:petroleum|oil(?:field)?|drilling|mining)(?: and safety)? (?:equipment|machinery)|"
     r"\bdrones?\b|\bUAVs?\b|unmanned aerial vehicles?|commercial space|\bmachinery\b|"
     r"instruments? and meters?|instrumentation|\bvalves?\b|"
     r"\bfasteners?\b|electric motors?|electromechanical|shipbuilding|ship repair(?:ing)?|"
     r"\bbearings?(?: and precision parts)?\b|precision parts|(?<!copper )wires? and cables?|refrigeration(?: equipment)?(?=$| (?:enterprises|companies|firms|makers|"
     r"industry|equipment))|\bcables?(?= (?:enterprises|companies|"
     r"firms|makers|manufacturers|industry))|"
     # 'Casting is now the pillar industry of the zone', 'Forging and flanges form the zone's pillar industry'
     r"\bcastings?\b|\bforgings?\b|\bfoundr(?:y|ies)\b|\bflanges?\b",
     "equipment_manufacturing"),
    (r"digital economy|big data|\bsoftware\b|artificial intelligence|cloud computing|digital health(?:care)?|"
     r"data cent(?:er|re)s?|digital creative(?: industr(?:y|ies))?|digital content",
     "digital_economy"),
    (r"food(?!-grade)(?: processing)?|(?:prepared|prefabricated|pre-made) (?:dishes|foods?|meals)|vinegar|condiments?|seasonings?|"
     r"aquatic products? processing|seafood processing|"
     r"agricultural (?:and sideline )?products? (?:deep )?processing|"
     r"processing of (?:[\w'-]+,? ){0,8}?(?:agricultural|aquatic) products|"
     r"grain and oil processing|processing of (?:imported )?(?:timber and )?grain|"
     r"ecological food|\bmeat\b|\btea\b|\bdairy\b|wine ?making|wineries|wine processing|\bwines?\b|grape growing|"
     r"sugar (?:refining|making)|functional sugars?|(?:fruit |vegetable |fruit and vegetable )?juices?(?: processing)?|\btofu\b|"
     # 'the processing of Ningdu yellow chicken', 'the processing of Mongolian beef, mutton and cashmere'
     r"processing of (?:[\w'-]+ ){0,3}?(?:chickens?|ducks?|geese|beef|mutton|pork|fish|meat|milk|dairy)\b|"
     # 'Processing of Aksu's famous apples, red dates and walnuts', 'the processing of walnuts, jujubes and other
     # local farm products'
     r"processing of (?:[\w'’-]+,? ){0,4}?(?:" + _FOODS + r"|(?:local )?farm products)\b|"
     r"\bliquor\b|\bbaijiu\b|brewing|wolfberr(?:y|ies)|\bgoji\b|highland barley|coarse grains?|"
     r"agricultural processing|(?:plateau|specialty) agricultural products|fruit (?:and vegetable )?processing|"
     # a food and its processing, or two: 'crayfish processing', 'chili and food processing'
     r"(?:" + _FOODS + r")(?:,? and (?:other )?(?:" + _FOODS + r"|food))? (?:deep )?processing",
     "food_processing"),
    (r"cigarettes?|tobacco", "tobacco"),
    (r"textiles?(?: and)? (?:clothing|apparel|garments?)|light textile|\bsilk\b|garments?|carpets?|textiles?|"
     r"embroidery|sweaters|knitwear|woollen|woolen|chemical fib(?:re|er)s?|non-?woven(?: fabrics?)?|cashmere|"
     r"\bclothing\b|leather goods|\bleather\b|\bfur\b|footwear|\bshoes?(?: making| and apparel)?\b|\bapparel\b|"
     r"\bdenim\b|"
     r"(?:bags and )?luggage|down and feathers?(?: products)?|rope and net(?: making)?",
     "textiles_apparel"),
    (r"alumin(?:i)?um (?:deep[- ])?processing|alumin(?:i)?um (?:industry|sector)|alumin(?:i)?um (?:profiles?|foil|sheets?|plates?)|"
     r"nonferrous metals?|non-ferrous metals?|rare earth|(?:nonferrous|non-ferrous) (?:smelting|metallurgy)|"
     r"gold (?:industry|mining|smelting|refining)|gold and silver (?:smelting|refining|processing)|"
     r"(?:copper|nickel|zinc|lead and zinc) (?:smelting|processing)|(?:rare and )?precious metals|ferroalloys?|"
     r"copper (?:industry|products|foil|rods?)|"
     # a base metal's firms or trade: '52 copper enterprises', 'magnesium processing'
     # ('Copper-based deep processing', 'aluminium-based new materials')
     r"(?:copper|alumin(?:i)?um|zinc|nickel|titanium|tungsten|molybdenum|antimony|(?:electrolytic )?manganese)"
     r"(?:-based)?"
     # (or alone: the words before a count's noun, 'copper' of '52 copper enterprises')
     # (or the subject of its role: 'Aluminum remains the zone's pillar industry')
     r"(?= (?:processing|deep processing|smelting|enterprises|companies|firms|industry|products)\b|$|"
     r" (?:remains|is|has long been) (?:the|its|our) (?:[\w'’-]+ ){0,2}?(?:leading|pillar|main|dominant)\b)",
     "nonferrous_metals"),
    (r"(?:petro|fine )?chemicals?(?: industry)?|petrochemic\w*|(?:new-type |compound )?fertili[sz]ers?|"
     r"pine resin(?: processing)?|turpentine", "chemicals"),  # (forest chemicals: 'Pine resin processing')
    (r"(?:modern |cold[- ]chain |e-commerce |third-party )?logistics", "logistics"),
    (r"modern services?|headquarters economy|business services|financial services|"
     r"culture and tourism|cultural tourism|technology services|service industry|commerce and trade|"
     r"(?:eco-?|wine |rural |cultural |medical |red )?tourism|(?:aircraft |financial )?leasing|"
     r"cross-border e-commerce|supply[- ]chain finance|commodity trading|testing and certification|"
     r"(?:digital |green )?finance|film and television|music and culture|cultural and creative",
     "modern_services"),
    (r"automobiles?|auto parts|automotive|internal combustion engines?|(?<!marine )engine parts|transportation equipment|\bauto industry|vehicle (?:production|making)|"
     r"motorcycles?(?: parts)?|auto and motorcycle parts|special[- ]purpose vehicles?|special(?:ized)? vehicles?|"
     r"\bbicycles?\b|"
     r"\bcar (?:industry|manufacturing|making)|wire harness(?:es)?",
     "automotive"),
    # more of the genre's words, from the industries the labelled corpus's pages named and the vocabulary missed
    (r"(?:green|lightweight) alumin(?:i)?um(?! alloy)|alumin(?:i)?um and (?:its )?deep[- ]processing|\balumina\b(?!-)|"
     r"(?:zinc and lead|lead and zinc)(?: smelting)?|renewable metals|nonferrous ores|"
     # ('the vanadium and titanium industry', 'vanadium-titanium smelting'): the metals of Panzhihua's kind of ore
     r"vanadium(?:-| and )titanium(?! dioxide| new materials?)|"
     # two metals and their working: 'Molybdenum and vanadium deep processing', 'Gold and zinc mining and deep
     # processing', 'gold and vanadium smelting', 'Aluminum and metal processing'
     r"(?:gold|silver|copper|alumin(?:i)?um|zinc|lead|nickel|molybdenum|vanadium|tungsten|antimony|tin) and "
     r"(?:gold|silver|copper|alumin(?:i)?um|zinc|lead|nickel|molybdenum|vanadium|tungsten|antimony|tin|metal) "
     r"(?:mining and )?(?:deep )?(?:processing|smelting|mining)", "nonferrous_metals"),
    (r"(?:\blamb|garlic|citrus|chili|lotus(?: seeds?)?|figs?|grapes?|apricots?|oysters?|corn starch|starch|"
     r"rice noodles?|rice and flour products)(?:,? and [\w\s-]{1,30}?)? (?:deep[- ])?processing|"
     r"\blamb processing|\brice noodles?\b|\bluosifen\b|bird['’]?s nest|monk fruit|luo han guo|\bzhacai\b|pickled mustard tuber|"
     r"\bsugar (?:industry|cane)|cane sugar|mineral water|\bpickles?\b(?= (?:industry|processing))|"
     # a local food as the trade: 'Linyou walnuts are the park's characteristic industry', 'Red dates, apples and
     # walnuts (featured)', 'Apple and red-date processing', 'natural drinking water is the park's leading industry'
     r"\bred[- ]dates?\b|\bjujubes?\b|\bwalnuts?\b|prickly ash|dried sweet potato(?:es)?|(?:natural )?drinking water|"
     r"(?:agricultural and )?livestock product processing|marine (?:food|products?)(?: processing)?",
     "food_processing"),
    (r"\bhanfu\b|\bramie\b|(?:printing and )?dyeing\b|summer cloth|\bbrocade\b|\bbatik\b|hair products|\bdown processing|children['’]s wear",
     "textiles_apparel"),
    (r"\bmou?lds?\b(?: making)?|welding equipment|(?:power )?transmission (?:and distribution )?equipment|"
     r"power transformers?|general aviation|aircraft (?:manufacturing|assembly|parts)|aviation parts|"
     r"ice and snow equipment|"
     r"general equipment|equipment parts|marine engines|\bpumps\b|oil and gas(?: field)? equipment|\bboilers?\b|"
     r"power generation equipment|(?:electric|power|hand) tools|\bhardware(?= (?:and|tools|products)\b)|"
     r"thermal equipment|instruments and equipment|motors? and electrical appliances?|"
     # ('Commercial kitchen and catering equipment is the park's leading industry')
     r"kitchen (?:and catering )?(?:equipment|machinery)", "equipment_manufacturing"),
    (r"alloy materials|special alloys?|magnetic materials|"
     r"biodegradable (?:packaging )?materials|(?:new )?packaging materials|waterproof building materials|"
     r"optical glass|display materials|electronic materials", "new_materials"),
    (r"\bbiomass(?: power| energy| power generation| fuels?)?|straw-based (?:fuels?|bio-natural gas)", "new_energy"),
    (r"sodium-ion batter(?:y|ies)|vanadium (?:flow batter(?:y|ies)|electrolyte)", "energy_storage_materials"),
    (r"3D printing|additive manufacturing", "intelligent_manufacturing"),
    (r"elderly care|health care services|\banimation\b|professional services|financial technology|\bfintech\b|"
     r"cultur(?:e|al) and creative industr(?:y|ies)", "modern_services"),
    (r"smart agriculture|computing power(?: (?:and data services|industry|cent(?:er|re)s?))?|(?<!sensing )data services|"
     r"data (?:labell?ing|annotation)", "digital_economy"),
    # a livestock trade named by its animals: 'the two featured industries of beef cattle and new energy'
    (r"beef cattle(?: (?:industry|breeding|processing|chain))?|(?:meat )?sheep (?:industry|breeding)|"
     r"(?:beef|mutton|pork|meat) processing|slaughtering and (?:deep[- ])?processing|"
     # ('yak and Tibetan sheep products processing', 'yak meat processing')
     r"\byak\b(?: and [\w -]{1,30}?)?(?: meat| dairy)?(?: products?)? (?:deep[- ])?processing", "food_processing"),
    (r"smart terminals?(?: components)?|electronic (?:product )?assembly|new-type displays?|"
     # ('the assembly of electronic products', 'electronic devices', 'smart sensors', 'photoelectric displays')
     r"electronic (?:products?|devices?)|(?:smart |intelligent )?sensors?|photoelectric displays?|circuit boards?|"
     r"multilayer ceramic capacitors|electronic audio|optical lens(?:es)?|camera modules?", "electronic_information"),
    (r"\bginseng\b|\bginkgo\b|innovative drugs|\bnotoginseng\b|\bsanqi\b|life and health|^medicines?\b",
     "biomedicine"),
]

ROLE_BEFORE: list[tuple[str, str]] = [
    (r"leading|pillar|dominant|dominated|main industr|mainstay|backbone|\bled by|built around|"
     r"focus(?:es|ed) on(?! (?:developing|building))|\bspeciali[sz](?:es|ed|ing) in|"
     # 'Chenxi relies on coal chemicals and building materials', 'The zone relies mainly on optoelectronics'
     r"\brel(?:ies|y|ied) (?:mainly |chiefly |largely |heavily )?on", "leading"),
    (r"characteristic|distinctive|featured|specialty", "characteristic"),
    (r"emerging|to be built|will (?:develop|build|focus|cultivate)|plan(?:s|ned)? to|cultivat\w*|"
     r"creating|building(?! (?:materials?|ceramics|products|blocks)\b)|focus(?:es|ing)? on (?:developing|building)|striv\w*|"
     r"future|nurtur\w*|foster\w*|planning|courting|"
     # ('The zone is also accelerating the layout of new energy storage and biomedicine industries')
     r"(?:accelerat\w*|speed\w* up|optimi[sz]\w*) the layout of|"
     # ('it will attract makers of power batteries', 'is to build up', 'the zone will also expand its ... industries')
     r"(?:to|will|working to|aims? to|seeks? to)\s+(?:also\s+)?(?:attract|build up|expand|transform)|"
     r"\b(?:is|are|also|actively|vigorously|will|to)\s+develop(?:ing)?\b|the development of|newly developing|"
     r"new industries", "emerging"),
]
ROLE_STRENGTH = {"leading": 4, "characteristic": 3, "emerging": 2, "present": 1}

# Provinces and province-level municipalities, and cities with their province:
# used to fill an entity's province and city and to tell place names from firms.
PROVINCES = [
    "Anhui", "Beijing", "Chongqing", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou",
    "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan", "Inner Mongolia", "Jiangsu",
    "Jiangxi", "Jilin", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanghai",
    "Shanxi", "Sichuan", "Tianjin", "Tibet", "Xinjiang", "Yunnan", "Zhejiang",
]
MUNICIPALITIES = {"Beijing", "Chongqing", "Shanghai", "Tianjin"}
# Prefecture-level cities (and leagues, autonomous prefectures) by province, as English
# texts spell them; a city named in a zone's name or its article gives its province.
_PREFECTURES = {
    "Anhui": "Hefei, Wuhu, Bengbu, Huainan, Ma'anshan, Maanshan, Huaibei, Tongling, Anqing, Huangshan, Chuzhou, "
             "Fuyang, Suzhou (Anhui), Lu'an, Luan, Bozhou, Chizhou, Xuancheng",
    "Fujian": "Fuzhou, Xiamen, Putian, Sanming, Quanzhou, Zhangzhou, Nanping, Longyan, Ningde",
    "Gansu": "Lanzhou, Jiayuguan, Jinchang, Baiyin, Tianshui, Wuwei, Zhangye, Pingliang, Jiuquan, Qingyang, "
             "Dingxi, Longnan, Linxia, Gannan",
    "Guangdong": "Guangzhou, Shaoguan, Shenzhen, Zhuhai, Shantou, Foshan, Jiangmen, Zhanjiang, Maoming, Zhaoqing, "
                 "Huizhou, Meizhou, Shanwei, Heyuan, Yangjiang, Qingyuan, Dongguan, Zhongshan, Chaozhou, Jieyang, "
                 "Yunfu",
    "Guangxi": "Nanning, Liuzhou, Guilin, Wuzhou, Beihai, Fangchenggang, Qinzhou, Guigang, Yulin (Guangxi), Baise, "
               "Hezhou, Hechi, Laibin, Chongzuo",
    "Guizhou": "Guiyang, Liupanshui, Zunyi, Anshun, Bijie, Tongren, Qiandongnan, Qiannan, Qianxinan",
    "Hainan": "Haikou, Sanya, Sansha, Danzhou",
    "Hebei": "Shijiazhuang, Tangshan, Qinhuangdao, Handan, Xingtai, Baoding, Zhangjiakou, Chengde, Cangzhou, "
             "Langfang, Hengshui",
    "Heilongjiang": "Harbin, Qiqihar, Jixi, Hegang, Shuangyashan, Daqing, Yichun (Heilongjiang), Jiamusi, "
                    "Qitaihe, Mudanjiang, Heihe, Suihua, Daxing'anling",
    "Henan": "Zhengzhou, Kaifeng, Luoyang, Pingdingshan, Anyang, Hebi, Xinxiang, Jiaozuo, Puyang, Xuchang, Luohe, "
             "Sanmenxia, Nanyang, Shangqiu, Xinyang, Zhoukou, Zhumadian, Jiyuan",
    "Hubei": "Wuhan, Huangshi, Shiyan, Yichang, Xiangyang, Ezhou, Jingmen, Xiaogan, Jingzhou, Huanggang, Xianning, "
             "Suizhou, Enshi, Xiantao, Tianmen",
    "Hunan": "Changsha, Zhuzhou, Xiangtan, Hengyang, Shaoyang, Yueyang, Changde, Zhangjiajie, Yiyang, Chenzhou, "
             "Yongzhou, Huaihua, Loudi, Xiangxi",
    "Inner Mongolia": "Hohhot, Baotou, Wuhai, Chifeng, Tongliao, Ordos, Hulunbuir, Bayannur, Ulanqab, Hinggan, "
                      "Xilingol, Alxa",
    "Jiangsu": "Nanjing, Wuxi, Xuzhou, Changzhou, Suzhou, Nantong, Lianyungang, Huai'an, Huaian, Yancheng, "
               "Yangzhou, Zhenjiang, Taizhou (Jiangsu), Suqian",
    "Jiangxi": "Nanchang, Jingdezhen, Pingxiang, Jiujiang, Xinyu, Yingtan, Ganzhou, Ji'an, Yichun, Fuzhou (Jiangxi), "
               "Shangrao",
    "Jilin": "Changchun, Jilin City, Siping, Liaoyuan, Tonghua, Baishan, Songyuan, Baicheng, Yanbian",
    "Liaoning": "Shenyang, Dalian, Anshan, Fushun, Benxi, Dandong, Jinzhou, Yingkou, Fuxin, Liaoyang, Panjin, "
                "Tieling, Chaoyang, Huludao",
    "Ningxia": "Yinchuan, Shizuishan, Wuzhong, Guyuan, Zhongwei",
    "Qinghai": "Xining, Haidong, Golmud, Haixi, Haibei, Huangnan, Golog",
    "Shaanxi": "Xi'an, Xian, Tongchuan, Baoji, Xianyang, Weinan, Yan'an, Yanan, Hanzhong, Yulin, Ankang, Shangluo, "
               "Yangling",
    "Shandong": "Jinan, Qingdao, Zibo, Zaozhuang, Dongying, Yantai, Weifang, Jining, Tai'an, Taian, Weihai, Rizhao, "
                "Linyi, Dezhou, Liaocheng, Binzhou, Heze",
    "Shanxi": "Taiyuan, Datong, Yangquan, Changzhi, Jincheng, Shuozhou, Jinzhong, Yuncheng, Xinzhou, Linfen, Lvliang, Lüliang",
    "Sichuan": "Chengdu, Zigong, Panzhihua, Luzhou, Deyang, Mianyang, Guangyuan, Suining, Neijiang, Leshan, "
               "Nanchong, Meishan, Yibin, Guang'an, Guangan, Dazhou, Ya'an, Yaan, Bazhong, Ziyang, Aba, Garze, "
               "Liangshan",
    "Tibet": "Lhasa, Shigatse, Chamdo, Nyingchi, Shannan, Nagqu, Ngari",
    "Xinjiang": "Urumqi, Karamay, Turpan, Hami, Changji, Bortala, Korla, Bayingolin, Aksu, Kashgar, Hotan, Ili, "
                "Yining, Tacheng, Altay, Shihezi, Kizilsu",
    "Yunnan": "Kunming, Qujing, Yuxi, Baoshan, Zhaotong, Lijiang, Pu'er, Puer, Lincang, Chuxiong, Honghe, "
              "Wenshan, Xishuangbanna, Dali, Dehong, Nujiang, Diqing",
    "Zhejiang": "Hangzhou, Ningbo, Wenzhou, Jiaxing, Huzhou, Shaoxing, Jinhua, Quzhou, Zhoushan, Taizhou, Lishui",
    "Beijing": "Beijing", "Chongqing": "Chongqing", "Shanghai": "Shanghai", "Tianjin": "Tianjin",
}
# A name two provinces share is listed with its province in brackets in the less known one,
# and left out here: the better known city keeps the name.
CITIES: dict[str, str] = {
    city: province for province, names in _PREFECTURES.items() for city in names.split(", ") if " (" not in city
}
# ... and the provinces of each name two provinces share: 'Yulin' is in Shaanxi and in Guangxi
SHARED_CITY_NAMES: dict[str, set[str]] = {}
for _province, _names in _PREFECTURES.items():
    for _city in _names.split(", "):
        if " (" in _city:
            _name = _city.split(" (")[0]
            SHARED_CITY_NAMES.setdefault(_name, {CITIES.get(_name, _province)}).add(_province)
COUNTRY_WORDS = {"China", "Chinese", "Asia", "Asian", "World"}
# Countries a zone's trade, investors and partners come from: 'much of it from the Republic of Korea' is no firm
COUNTRIES = {
    "Korea", "Japan", "Singapore", "Germany", "France", "Italy", "Spain", "Britain", "the United Kingdom",
    "the United States", "America", "Canada", "Mexico", "Brazil", "Chile", "Australia", "New Zealand", "Russia",
    "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Mongolia", "Vietnam", "Laos", "Cambodia", "Myanmar", "Thailand",
    "Malaysia", "Indonesia", "the Philippines", "India", "Pakistan", "Bangladesh", "Israel", "Turkey", "Iran",
    "Saudi Arabia", "the United Arab Emirates", "Egypt", "South Africa", "the Netherlands", "Belgium",
    "Switzerland", "Austria", "Sweden", "Finland", "Denmark", "Norway", "Poland", "Hungary", "Serbia",
}
# County-level cities and districts whose prefecture is what analysts group by.
PREFECTURE_OF = {"Ningxiang": "Changsha", "Kunshan": "Suzhou", "Yiwu": "Jinhua", "Qianjiang": "Chongqing",
                 "Liuyang": "Changsha", "Zhangjiagang": "Suzhou", "Jiangyin": "Wuxi", "Cixi": "Ningbo",
                 "Yangling": "Xianyang", "Alxa": "Alxa League", "Xilingol": "Xilingol League",
                 "Hinggan": "Hinggan League", "Korla": "Bayingolin",
                 "Gannan": "Gannan Tibetan Autonomous Prefecture"}
# County-level cities and districts often named in zone names, with their province
CITIES.update({"Ningxiang": "Hunan", "Kunshan": "Jiangsu", "Yiwu": "Zhejiang", "Qianjiang": "Chongqing",
               "Liuyang": "Hunan", "Zhangjiagang": "Jiangsu", "Jiangyin": "Jiangsu", "Cixi": "Zhejiang"})

# Searched in every window before or after a figure: guarded by their first characters
# (the same matches, fewer positions tried; see firstchar)
ABOVE_SIZE, AREA_EXCLUDED, AREA_FACILITY, COUNT_HEAD, POPULATION_EXCLUDED = map(
    guarded, (ABOVE_SIZE, AREA_EXCLUDED, AREA_FACILITY, COUNT_HEAD, POPULATION_EXCLUDED))
