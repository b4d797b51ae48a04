"""Name the parks, zones and districts of a document and tell them apart.

A name is a run of capitalised words ending in a zone-type suffix
('... Economic and Technological Development Zone', '... High-tech Zone',
'... Industrial Park', '... District'). Names of one place and one type are
one entity (the short 'Pingxiang Economic Development Zone' is an alias of
the full name); 'the zone', 'the park' and 'the district' refer back to the
latest entity of a fitting type.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from orchestration.extract.firstchar import guarded
from orchestration.extract.lexicon import CITIES, MUNICIPALITIES, PREFECTURE_OF, PROVINCES, SHARED_CITY_NAMES
from orchestration.extract.prefilter import Prechecked

# the sides a zone's part may be named by ('Fangshunqiao North Area', 'The South Area')
_SIDE_WORDS = "North|South|East|West|Northern|Southern|Eastern|Western|Central"
_SUFFIXES: list[tuple[str, str]] = [
    (r"Economic(?:\s+and\s+|\s*&\s*|[- ])Technolog(?:ical|y)\s+Development\s+(?:Zone|Area)|"
     r"Economic\s+Development\s+Zone|Economic\s+and\s+Technological\s+Zone|ETDZ|EDZ", "etdz"),
    (r"High[- ]?[Tt]ech(?:nology)?\s+Industr(?:ial|y|ies)\s+Development\s+Zone|"
     r"Hi[- ]?[Tt]ech\s+Industr(?:ial|y|ies)\s+Development\s+Zone|"
     r"High[- ]and[- ]New[- ]Tech\w*\s+(?:Industr(?:ial|y)\s+)?Development\s+Zone|"
     r"Hi(?:gh)?[- ]?[Tt]ech(?:nology)?\s+Development\s+Zone|"
     r"High[- ]?[Tt]ech(?:nology)?\s+(?:Zone|Park)|Hi[- ]?[Tt]ech\s+(?:Zone|Park)|HTZ|"
     # ('Guangzhou Zhucun High-tech Industrial Zone', named the 'Zhucun High-tech Zone' too)
     r"High[- ]?[Tt]ech\s+Industrial\s+Zone", "high_tech_zone"),
    (r"(?:Comprehensive\s+)?Bonded\s+Zone|Bonded\s+Logistics\s+(?:Center|Centre|Park)|Export\s+Processing\s+Zone|"
     r"Port\s+Area|Science\s+(?:and\s+Technology\s+)?City|Sci-[Tt]ech\s+City|"
     r"(?:Taiwanese\s+|Taiwan\s+)?Investment\s+Zone|Eco-?[Cc]ity|Demonstration\s+City|"
     # zones named as a valley, an island or a city of one industry: 'China (Nanjing) Software Valley', 'Guangzhou
     # International Bio Island', 'China Medical City'
     r"(?:Software|Optics|Pharmaceutical|Medical|Hydrogen|Energy|Silicon|Chip|Bio|Biomedical|Drone|Robot|Photonics)"
     r"\s+Valley|Bio[- ]?Island|(?:Medical|Health)\s+City|"
     # a satellite city or a district built for science ('Huaizhou New City', 'Dushu Lake Science and Education
     # Innovation District')
     r"New\s+City|Innovation\s+District|"
     # ... or a cluster of areas under one plan ('Foshan Sanlongwan High-end Innovation Cluster')
     r"Innovation\s+Cluster", "other"),
    (r"Demonstration\s+(?:Zone|Area)|Pilot\s+(?:Free\s+Trade\s+)?Zone|Free\s+Trade\s+Zone|FTZ|"
     # ('Dalian Taiping Bay Cooperation and Innovation Zone')
     # ('Dongguan Yinping Cooperation Innovation Zone', without the 'and')
     r"New\s+Area|Cooperation\s+(?:(?:and\s+)?Innovation\s+)?(?:Zone|Area)", "demonstration_zone"),
    # ('Jinhua Jindong Xiaoshun Industrial Functional Zone', Zhejiang's name for a county's platform)
    # (or a zone's part by its side or its place in the zone: 'Fangshunqiao North Area', 'Xiacang Core Area',
    # 'Chutouling Sub-park', 'Weibei Sub-zone')
    (rf"(?:{_SIDE_WORDS}|Core)\s+Area|Sub-?[Pp]ark|Sub-?[Zz]one", "industrial_park"),
    # (or Henan's 'Lushi Guanpo Industrial Cluster', its 产业集聚区 without a noun for the area)
    (r"Industr(?:ial|y)\s+(?:Concentration|Cluster|Agglomeration|Functional)\s+(?:Zone|District|Area)|"
     r"Industrial\s+Cluster(?!\s+(?:Zone|District|Area))|"
     # ('Nanhai-Shiwo Industrial Cooperation Park': a park two places build together)
     # ('Chengdu Shuangliu Jiaolong Industrial Port', a park named as a port)
     r"Industr(?:ial|y)\s+(?:Transfer\s+|Services?\s+|Cooperation\s+)?(?:Park|Zone|Area|Estate|City|Base|Port)|"
     r"Science\s+(?:and\s+Technology\s+)?Park|"
     # ('Chongqing Nanpeng International Logistics and Trade Park')
     r"Technology\s+Park|Innovation\s+Park|Logistics\s+(?:and\s+Trade\s+)?Park|Software\s+Park|Eco-?[Pp]ark|Ecological\s+Park|Development\s+(?:Zone|Park)|"
     # ('Anji Tianhuangping Eco-Industrial Park')
     r"Eco-?[Ii]ndustrial\s+(?:Park|Zone)|"
     # ('Baise Xinshan Aluminium Industry Demonstration Park')
     r"Industry\s+Demonstration\s+(?:Park|Base)|"
     # ('Nehe Laolai Agricultural Products Processing Park', 'Zhaoyuan Food Processing Park')
     r"Processing\s+Park|"
     # ('Yiwu Chian Small and Micro Enterprise Park', Zhejiang's parks of workshops for small firms)
     r"(?:Small\s+and\s+Micro|Micro|SME)\s+Enterprises?\s+Park|"
     r"Econom(?:ic|y)\s+(?:Zone|Park)",
     "industrial_park"),
    # (and Inner Mongolia's: 'Evenk Autonomous Banner', 'Alxa Right Banner', 'Alxa League')
    (r"(?:District|County|district|county|Autonomous\s+Prefecture|Town|Township|Banner|League)", "district"),
]
# (guarded: tried only at the capitals and letters a suffix starts with, see firstchar)
_SUFFIX = guarded(re.compile(
    r"\b(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_SUFFIXES)) + r")\b"))
_SUFFIX_TYPES = [t for _, t in _SUFFIXES]
_SUFFIX_WORDS = {"Zone", "Park", "District", "County", "Area", "Estate", "Base", "City"}
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?]\s+)(?:The\s+)?$")  # what stands before a sentence's subject
_PAIRED_PLACES = re.compile(r"\b[A-Z][a-z]+-[A-Z][a-z]+\b")  # a park two places build: 'Waigang-Gaogou ... Park'
# (between two places of a zone's name: 'X District Y Industrial Park', 'Evenk Banner Bayantohai Industrial Park')
_ADMIN_WORDS = {"District", "County", "City", "Banner"}
_CITY_BEFORE = re.compile(r"(\S+) (?:City )?")  # 'Guilin City ' or 'Nanjing ' before a district's own name

# Capitalised words that start sentences or titles, never a place name.
_STOP = {
    "The", "A", "An", "In", "At", "As", "By", "From", "For", "With", "Within", "During", "Since",
    "Of", "On", "To", "And", "Or", "But", "It", "Its", "This", "That", "These", "Those", "Our",
    "Furthermore", "Meanwhile", "Moreover", "Also", "Statistics", "Established", "Founded",
    # a timeline's verb before the name: '2013  Renamed Jilin Jiangmifeng High-tech Industrial Development Zone'
    "Renamed", "Upgraded", "Approved", "Became", "Merged", "Incorporated", "Restructured",
    "Located", "After", "Before", "Up", "Until", "Now", "Home", "Updates", "Release", "Time",
    "Source", "Address", "Looking", "Secretary", "Party", "Director", "Mayor", "Chairman",
    "Host", "Undertaker", "Across", "Throughout", "Among", "Under", "Inside", "Outside", "Beyond", "Via",
    "SOURCE",  # a wire service's closing line: 'SOURCE Yangzhou Guangling Economic Development Zone'
    # an ordinal before a congress's district: 'the Third Session of the Seventh Nansha District People's Congress'
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
    "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth",
    # a page's heading before the name: 'About Hebei Lincheng Economic Development Zone', 'Welcome to ...'
    "About", "Welcome", "Overview", "Introducing", "Introduction", "Profile", "Discover", "Visit",
    # ... or a question or a call: 'Why Yingkou Coastal Industrial Base? Eight advantages for investors'
    "Why", "How", "What", "Where", "Choose", "Explore", "Invest",
    # ... or a clause's conjunction: 'When Yanchuan Industrial Park was set up in 2014, ...'
    "When", "While", "Once", "Although", "Though", "If", "Unlike", "Like", "Today", "Then", "Here",
    # ('Yet Xinchang Ru'ao Industrial Park, set up on the edge of the town in 2006, ...')
    "Yet", "So", "Still", "However", "Besides", "Instead", "Nevertheless", "Thus", "Hence", "Indeed",
    # ... or a plan's imperative heading: 'Chapter 9  Make Qijing Industrial Park the Main Battlefield of ...'
    "Make", "Making", "Build", "Develop", "Developing", "Support", "Supporting", "Promote", "Promoting",
    "Accelerate", "Strengthen", "Expand", "Upgrade", "Optimize", "Improve", "Deepen", "Push", "Create", "Foster",
    "Cultivate", "Boost", "Enhance", "Turn", "Transform",
}
# Words that alone make a name generic (an award or a category, not a place).
_GENERIC = {
    "National", "Provincial", "Municipal", "State", "State-level", "Key", "Top", "Advanced",
    "Modern", "Green", "New", "Small", "Comprehensive", "Pilot", "Demonstration", "Special",
    "Economic", "Industrial", "High-tech", "Hi-tech", "Free", "Bonded", "Development",
    "Province", "Provinces", "City", "Harmonious", "Intellectual", "Property", "Transformation",
    "Upgrading", "Recycling", "Central", "Eastern", "Western", "Southern", "Northern",
    # an administrative word alone: 'Information source: County Economic Development Zone Management Committee'
    "County", "District", "Prefecture", "Town", "Township", "Banner", "League",
}
_PROVINCE_NAMES = frozenset(PROVINCES)
# A name's letters include Latin-1's accented ones throughout this module ('À-ÖØ-Þ', 'ß-öø-ÿ'): pinyin's ü
# ('Lüliang', 'Ürümqi') and the odd French spelling; an ASCII-only class split 'Lüliang' and lost the name.
_CAP = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9'’-]*$")
_PROVINCE_IN_BRACKETS = re.compile(r"^\([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\)$")
_NON_ADMIN_DISTRICT = {"Central", "Business", "Financial", "Innovation", "Commercial", "Science",
                       "Technology", "Core", "Eco", "Industrial", "Cultural", "New", "Old"}

PLACE_ANAPHORA = guarded(re.compile(
    # (two words too: 'the Xiamen Torch zone' after the 'Xiamen Torch High-tech Industrial Development Zone')
    r"\b[Tt]he\s+(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\s+"
    r"(?P<kind>zone|park|district|new area)\b"))
ANAPHORA = guarded(re.compile(
    # (not an area's measure: 'The planned area is 5.2 square kilometers', 'the built-up area')
    # (not where money comes from: 'funds actually in place from outside the county')
    r"(?<!\boutside )(?<!\bbeyond )\b(?:the|this|our)\s+"
    r"(?P<kind>(?:(?!(?:planned|planning|built|total|land|construction|core|covered|floor|"
    r"developed|start|starting|urban)\b)(?-i:[a-zß-öø-ÿ]{3,}) )?"
    r"(?:development |high-tech |hi-tech |industrial |demonstration |economic |bonded )?"
    r"(?:zone|park|district|area|county|banner|valley|town|township)|etdz|edz|htz|"
    # ('the science city' after the 'Zijingang Science and Technology City'; not 'the city', the municipality)
    r"(?:science|sci-tech|new|medical) city)\b"
    # 'the county seat' is a town, 'the county-run tea park' a park, not the county
    r"(?!-|\s+(?:seat|town|government|level|capital)\b)", re.I))


_CITY_WORDS = frozenset(CITIES) | frozenset(PROVINCES) | frozenset(MUNICIPALITIES)


@dataclass
class Cluster:
    """One entity of a document: its names, type and where it is mentioned."""

    names: list[str] = field(default_factory=list)
    entity_type: str = "other"
    type_class: str = "other"
    place: tuple[str, ...] = ()
    first_offset: int = 0
    mentions: int = 0
    part: bool = False  # introduced as a part of another area ('the park consists of the X Industry City, ...')
    # first named as what holds the area the text is about ('Minhe Industrial Park, one of the parks that make
    # up the Haidong Industrial Park'): not what 'the park' after it means, nor the page's subject
    container: bool = False
    former: list[str] = field(default_factory=list)  # names the area had before it was renamed: aliases, not its name
    page_city: bool = False  # the city whose own page this is ('Hejin Municipal People's Government > ...')
    # a city named, with its word, as the owner of a figure of its own ('Delingha City's GDP reached ...' on a page
    # about its park): an area of its own, though named once
    host: bool = False

    @property
    def name(self) -> str:
        current = [n for n in self.names if n not in self.former] or self.names
        longest = max(current, key=lambda n: (len(n), -self.names.index(n)))
        if self.entity_type == "district" and (city := _CITY_BEFORE.match(longest)) is not None \
                and city.group(1) in _CITY_WORDS and longest[city.end():] in self.names:
            # a district is named without the city it belongs to when the text names it so too: 'Jianye District' on
            # a page headed 'Nanjing Jianye District People's Government', 'Diecai District' beside 'Guilin City
            # Diecai District' (a zone keeps its fullest name)
            return longest[city.end():]
        if self.entity_type != "district" and (held := _HOST_WORD_INSIDE.match(longest)) is not None \
                and f"{held.group(1)} {held.group(2)}" in self.names:
            # ('Fuping County Dancun Industrial Park Management Committee' over a page on the 'Fuping Dancun Industrial
            # Park': the zone's name, the county's word its committee's heading adds left out)
            return f"{held.group(1)} {held.group(2)}"
        return longest


_HOST_WORD_INSIDE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]*) (?:County|City|District) ([A-ZÀ-ÖØ-Þ].*)")


@dataclass(frozen=True)
class Mention:
    """A place in the text that names or refers to a cluster."""

    start: int
    end: int
    cluster: int
    explicit: bool


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """True for a name that is the whole of a quoted title (an award, a plan)."""
    before = text[max(0, start - 3): start]
    return bool(re.search(r"[“\"‘']\s*$", before))


_OFFICE_WORDS = frozenset({"Acting", "Deputy", "Executive", "Vice", "Former", "Standing"})
_OFFICE_AFTER = re.compile(r"\s+(?:Mayor|Magistrate|Head|Governor|Chief|Secretary|Director)\b")


_THE_TOWN = re.compile(r"\bthe town(?:ship)?\b", re.I)
_HOST_BEFORE_TOWN = re.compile(r"(?:[\w'’-]+\s+)+?(?:District|County|City)\s+(?=\S)")


def find_names(text: str, skip: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """Entity names in ``text``: (start, end, name, entity_type).

    >>> [n[2] for n in find_names("In 2021, Pingxiang Economic Development Zone achieved")]
    ['Pingxiang Economic Development Zone']
    >>> text = "between the Shanxi Transformation and Comprehensive Reform Demonstration Zone and Xiaodian district"
    >>> [n[2] for n in find_names(text)]
    ['Shanxi Transformation and Comprehensive Reform Demonstration Zone', 'Xiaodian District']
    """
    names = []
    # a town is an area of its own only on a page about it, which says 'the town' again and again ('The town's gross
    # regional product ...' in Shuiyang Town's work report); elsewhere it is where a park lies ('in Yinqiao Town')
    towns = len(_THE_TOWN.findall(text)) >= 3
    for m in _SUFFIX.finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        if not towns and m.group().startswith("Town"):
            continue
        index = next(i for i in range(len(_SUFFIX_TYPES)) if m.group(f"t{i}"))
        entity_type = _SUFFIX_TYPES[index]
        start = _extend_left(text, m.start(), entity_type != "district")
        if start is None:
            continue
        prefix = text[start: m.start()].split()
        if entity_type == "district":
            if not prefix or prefix[-1] in _SUFFIX_WORDS:
                continue
            if prefix[-1] in _OFFICE_WORDS and _OFFICE_AFTER.match(text, m.end()):
                continue  # 'Xu Jianguo, Acting District Mayor': an office, no district named Acting
            if text[m.start()].islower() and " ".join(prefix) in _PROVINCE_NAMES:
                continue  # 'a Henan county', 'Textile makers ... in Henan county': a county of the province
            if prefix[-1] in _NON_ADMIN_DISTRICT:
                entity_type = "other"
        name = re.sub(r"\s+", " ", text[start: m.end()])
        if entity_type == "district" and m.group().startswith("Town") and (
                host := _HOST_BEFORE_TOWN.match(text, start, m.start())) is not None:
            start, name = host.end(), re.sub(r"\s+", " ", text[host.end(): m.end()])  # 'Panyu District Shilou Town'
        if name.endswith((" district", " county")):
            name = name[:-len("district")] + name[-len("district"):].capitalize() if name.endswith("district") \
                else name[:-len("county")] + "County"
        part = _PART_OF.search(text, max(0, start - 60), start)
        # (not a district the park lies in: 'the Baishiyi Industrial Park of Jiulongpo District', as Chinese names a
        # park after its district)
        # (an area of a demonstration zone too: 'The Zhangqing Area of the Shanxi Transformation and Comprehensive
        # Reform Demonstration Zone'; a zone of a free trade zone: 'Songxian Linkage Innovation Zone of China (Henan)
        # Pilot Free Trade Zone')
        if part is not None and (part.group("kind") == "Park" or "Free Trade" in name or (
                part.group("kind") == "Area" and entity_type == "demonstration_zone")) and entity_type != "district" \
                and (part.group("kind") != "Zone" or "Free Trade" in name):
            # 'the Harbin Area of the China (Heilongjiang) Pilot Free Trade Zone': one of its areas; 'Pinggu Park
            # of Zhongguancun Science Park': one of the parks of a zone made of parks
            begin = part.start()
            while text[begin: text.index(" ", begin)] in _STOP:  # 'The Qinzhou Port Area of ...'
                begin = text.index(" ", begin) + 1
            if not text.startswith(part.group("kind"), begin) \
                    and not (part.group("kind") == "Park" and set(text[begin: part.start("kind")].split()) <= _SIDES):
                # ('The Park of ...' names no part; 'the North Park of the Chongqing Tuchang Industrial Park': the
                # zone named whole, its part only by its side, a name of its own where the text gives one)
                start = begin
                names = [n for n in names if n[1] <= start]  # 'Qinzhou Port Area' named as part of it
                name = re.sub(r"\s+", " ", text[start: m.end()])
                entity_type = "other" if part.group("kind") == "Area" else \
                    "industrial_park" if part.group("kind") == "Park" else entity_type
        if name.endswith(" Base") and _PROJECT_BEFORE.search(text, max(0, start - 150), start):
            continue  # 'the construction of ... Waterma New Energy Power Battery Industrial Base': a project's site
        if _HONORARY_BEFORE.search(text, max(0, start - 300), start):
            continue  # '... has won the honorary titles of ... Chongqing Agricultural Products Processing Industry
            # Demonstration Park': a title the zone holds, no area
        names.append((start, m.end(), name, entity_type))
    if has_parks(text):  # 'one zone, three parks': 'Wenquan Park', 'Nanhai Park' are its parks
        for m in _SUB_PARK.finditer(text):
            # (the whole capitalised run before 'Park': 'Shangtianti Non-metallic Materials Park', not 'Materials
            # Park')
            begin = _extend_left(text, m.end() - len("Park"))
            if begin is not None and begin < m.start():
                m = _SUB_PARK_FROM.match(text, begin) or m
            words = m.group(1).split()
            if len(words) == 2 and words[0] in _STOP:  # ('The North Park did most of the lifting': 'North Park')
                m = _SUB_PARK.match(text, m.start() + len(words[0]) + 1) or m
                words = m.group(1).split()
            # (a generic word among others: 'Modern Logistics Park', 'Nonferrous Metals New Materials Park' of a
            # zone of three parks; not a word alone, 'New Park')
            # (a side alone, when a part of that side is named in full: 'the Central Park' after the 'Changhua
            # Central Park')
            sided = set(words) <= _SIDES and any(n[2].endswith(f" {m.group()}") for n in names)
            if words[0] in _STOP or (all(w in _GENERIC for w in words) and not sided) or any(
                    a < m.end() and m.start() < b for a, b, *_ in names) or any(s <= m.start() < e for s, e in skip):
                continue
            names.append((m.start(), m.end(), m.group(), "industrial_park"))
        # ('The South Area is now the park's biggest growth engine.' after 'Fangshunqiao South Area (4.9 square
        # kilometers): ...': a part by its side alone)
        for m in _SIDE_AREA.finditer(text):
            if any(n[2].endswith(f" {m.group()}") for n in names) \
                    and not any(a < m.end() and m.start() < b for a, b, *_ in names) \
                    and not any(s <= m.start() < e for s, e in skip):
                names.append((m.start(), m.end(), m.group(), "industrial_park"))
        names.sort()
    # 'The Sino-Singapore Jilin Food Zone (SSJFZ)': a name of no known kind, but spelt out by the initials after it
    for m in _NAME_WITH_ACRONYM.finditer(text):
        initials = "".join(w[0] for w in re.split(r"[\s-]+", m.group("name")) if w[:1].isupper())
        # (the acronym in any case: a page's capitals are read in title case, 'SSJFZ' as 'Ssjfz')
        if initials == m.group("acronym").upper() \
                and not any(a < m.end("name") and m.start() < b for a, b, *_ in names) \
                and not any(s <= m.start() < e for s, e in skip):
            names.append((m.start(), m.end("name"), m.group("name"), "other"))
            names.sort()
    # 'Suiping County' inside 'Suiping County Industrial Concentration Zone' is part of the zone's name
    # (one sweep over the names in order of start, the longest first)
    kept, reach = [], -1
    for n in sorted(names, key=lambda n: (n[0], -n[1])):
        if n[1] > reach:
            kept.append(n)
            reach = n[1]
        elif kept and (kept[-1][0], kept[-1][1]) == (n[0], n[1]):
            kept.append(n)  # the same span named twice is left as it was
    keep = {id(n) for n in kept}
    names = [n for n in names if id(n) in keep]
    # 'Qinzhou Port Area' elsewhere in the text is that area of the free trade zone
    full = {found.group(1): n[2] for n in names if (found := _SUB_AREA.match(n[2]))}
    if full:
        names = [(a, b, full.get(name, name), ("other" if name.endswith("Area") else "industrial_park")
                  if name in full else kind) for a, b, name, kind in names]
    return names


_NAME_WITH_ACRONYM = re.compile(r"\b(?!The\b)(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,6}[ \t]+"
                                r"(?:Zone|Park|Area|Base|City|Port))[ \t]*"
                                r"[(（](?P<acronym>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]{2,7})[)）]")
_HONORARY_BEFORE = re.compile(r"\bhonou?rary titles?\b[^.;:]*$|"
                              r"\b(?:won|awarded|granted|conferred) the titles? of\b[^.;:]*$", re.I)
# 'the park consists of ...'; anchored at the end of the text before a name for _mark_parts
_PARTS_WORDS = (r"consists? of|consisting of|comprises?|comprising|(?:is )?(?:composed|made up) of|is divided into|"
                # ('... and is organized into three sub-parks: the Longhu Footwear and Sportswear Park, ...')
                # ('... a planned area of 68 km2, including the Bio-City, ...')
                r"divided into|(?:is )?(?:re)?organi[sz]ed into|includes|including|"
                # ('..., which grouped the park's scattered plots into the Zhaowangzhuang Food Industry Park, ...')
                r"(?:re)?grouped(?:\s+[\w'’-]+){0,5}\s+into|split into|"
                # ('... is divided by the Qiucun River into two areas, the Qiucun East Park and ...', '... is split by
                # the Tongyu Canal into two parts')
                r"(?:divided|split|separated)(?:\s+[\w'’-]+){1,5}\s+into|"
                # ('... follows the model of one zone, three parks: the Green Chemicals Park, ...')
                r"one\s+zone,?\s+(?:\w+\s+)?parks(?=\s*[:：])|"
                # ('The park adopts a "one park, two areas" layout of the Xiancun North Area and the Jiaoyuan Area')
                r"one\s+(?:zone|park),?\s+(?:two|three|four|five|six)\s+(?:parks|areas)[\"”'’]?\s+"
                r"(?:layout|pattern|structure|model)\s+(?:of|with)")
# a count of parts after the words that list them: 'consists of three parks', 'is split by the Tongyu Canal into two
# parts', 'is organized into three sub-parks'
# ('is made up of three specialized sub-parks.': a word for their kind between the count and the parts)
_COUNTED_PARTS = (rf"\b(?:{_PARTS_WORDS})\s+(?:two|three|four|five|six|[2-9])\s+"
                  r"(?:(?:speciali[sz]ed|specialty|thematic|functional|industrial|distinct|separate|major|main|key|"
                  r"characteristic|professional)\s+)?")
# a zone made of parks, whose parks are then named '<Place> Park' alone: 'one zone, three parks', 'sub-parks', 'three
# parks', 'parks under the zone', or a count after the words that list parts ('The park comprises two parts: the Liaolan
# North Park, ... and the Liaolan South Park'); read on the lower-cased text by has_parks
_HAS_PARKS_PLAIN = re.compile(r"one zone,? (?:\w+ )?parks\b|sub-?parks?\b|"
                              r"parks? (?:under|within|of) (?:the|its) (?:zone|high-tech zone)\b")
_PARTS_COUNT = re.compile(r"(?:two|three|four|five|six|seven|eight|several|multiple|[2-9])\s+(?:sub-?)?"
                          r"(?:parts|sections|areas|zones|parks)\b")
_SEVERAL_PARKS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|several|multiple) parks\b")
_PARTS_WORDS_BEFORE = re.compile(rf"\b(?:{_PARTS_WORDS})\s+$", re.I)


@lru_cache(maxsize=4)
def has_parks(text: str) -> bool:
    """Whether the text says its zone is made of parts or parks.

    One case-insensitive pattern of alternatives tried at every position cost about 5 % of the extractor's time; a
    count of parts is rare, so it is found first and the words that list the parts are looked for only before it.
    Cached: two passes over the names ask it of the same text.

    >>> has_parks("The zone consists of three parks: the Wenquan Park, ...")
    True
    >>> has_parks("The park holds 12 areas of land and 3 zones of trade.")
    False
    """
    folded = text.lower()
    if _HAS_PARKS_PLAIN.search(folded):
        return True
    for m in _PARTS_COUNT.finditer(folded):
        start = m.start()
        if _SEVERAL_PARKS.match(folded, start):
            return True
        if start and folded[start - 1].isspace() and not folded.startswith(("seven", "eight", "several", "multiple"),
                                                                             start) \
                and _PARTS_WORDS_BEFORE.search(folded, max(0, start - 250), start):
            return True
    return False


_SUB_PARK = re.compile(r"\b((?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?) Park\b")
# ('Kangyi Textile and Garment Park': an 'and' between two of its words)
_SUB_PARK_FROM = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?: (?:(?:and|&) )?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,4}) Park\b")
_SIDES = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                    "Northeast", "Northwest", "Southeast", "Southwest", "Middle", "Old", "New", "Main", "First",
                    "Second", "Third"})
_PART_OF = re.compile(r"\b(?:[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]+){1,3}(?P<kind>Area|Park|Zone)[ \t]+of\s+(?:the\s+)?$")
_SUB_AREA = re.compile(r"^((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,3}(?:Area|Park)) of ")
_PROJECT_BEFORE = re.compile(r"\b(?:construction of|to build|building|projects?|sites?)\b[^.;]{0,120}$", re.I)


def _word_before(text: str, pos: int, marks: frozenset = frozenset()) -> tuple[str, int] | None:
    """The word and one space right before ``pos`` (within 60 characters), and their length.

    What ``re.search(r"([^\\s]+)( )$", text[max(0, pos - 60): pos])`` finds (group 1 and
    the length of the match), by a backward scan instead of a regex tried at every
    position of the window; like '$', it looks past a newline that ends the window.
    """
    lo = max(0, pos - 60)
    end = pos
    if end > lo and text[end - 1] == "\n":
        end -= 1
    if end - lo < 2 or text[end - 1] != " ":
        return None
    space = end - 1
    start = space
    while start > lo and not text[start - 1].isspace() and text[start - 1] not in marks:
        start -= 1
    if start == space:
        return None
    return text[start:space], space - start + 1


_FULL_WIDTH_MARKS = frozenset("，。；：（）")


_TRADE_ADJECTIVE = re.compile(r"(?!Central$)[A-Z][a-z]+(?:al|ic|ics)")


def _extend_left(text: str, suffix_start: int, zone: bool = False) -> int | None:
    """Start of the capitalised run before a suffix, or None when there is none.

    A zone's name may follow a Chinese comma or bracket with no space ('... of 2025（一季度），Hunan Guidong
    Economic Development Zone'); a county's or district's so glued is the text's aside on its host, not read.
    """
    tokens: list[tuple[int, str]] = []
    pos = suffix_start
    marks = _FULL_WIDTH_MARKS if zone else frozenset()
    while True:
        found = _word_before(text, pos, marks)
        if found is None:
            break
        word, taken = found
        word_start = pos - taken
        if word in ("and", "&") and tokens and tokens[-1][1] not in _SUFFIX_WORDS:
            tokens.append((word_start, word))
            pos = word_start
            continue
        if re.match(r"^[“\"‘'][A-ZÀ-ÖØ-Þ]", word):
            return None  # the name opens a quoted title: an award or a plan, not a place
        if _PROVINCE_IN_BRACKETS.match(word):
            if tokens and tokens[-1][1] in ("and", "&"):
                break  # '... Gulang Industrial Park (Wuwei) and Gansu Huating ...': the name before ended there
            tokens.append((word_start, word))  # 'China (Guangxi) Pilot Free Trade Zone'
            pos = word_start
            continue
        if word[:1] in "(（【[" and _CAP.match(word[1:]) and word[1:] not in _STOP and ")" not in word \
                and "）" not in word and "】" not in word and "]" not in word:
            # 'Qingbaijiang District (Chengdu International Railway Port Economic and Technological Development
            # Zone)': the name opens the bracket; a yearbook's heading too, '【Dangyang Miaoqian Industrial Park】'
            tokens.append((word_start + 1, word[1:]))
            break
        if not _CAP.match(word) or word in _STOP or word.endswith(("'s", "’s")):
            break  # 'Chongqing's Liangjiang New Area': the possessive names where, not the zone
        if tokens and tokens[-1][1] in ("and", "&") and word in _SUFFIX_WORDS:
            break
        tokens.append((word_start, word))
        pos = word_start
    if tokens and _inside_quotes(text, tokens[-1][0], suffix_start):
        return None
    # 'in the West and Pingshan High-tech Zone': a lone word before 'and' is not part of the name
    # (but an English trade's word is: 'Metallurgical and New Materials Park', which no place's pinyin ends so)
    # (nor a province or city before 'and': '... Ar Horqin Industrial Park in Inner Mongolia and Zoige Industrial Park')
    for i, (_, word) in enumerate(tokens):
        if word in ("and", "&") and (len(tokens) - i - 1 < 2 or " ".join(w for _, w in reversed(tokens[i + 1:]))
                                     in _CITY_WORDS) \
                and not (len(tokens) - i - 1 == 1 and _TRADE_ADJECTIVE.fullmatch(tokens[-1][1])):
            tokens = tokens[:i]
            break
    # Drop generic words and dangling connectors at the front ('National', 'Small and').
    while tokens and (tokens[-1][1] in _GENERIC or tokens[-1][1] in ("and", "&")):
        tokens.pop()
    if not tokens:
        return None
    return tokens[-1][0]


# the trades named 'New ...': 'New Materials', 'New Energy'
_NEW_TRADES = frozenset({"materials", "material", "energy", "chemicals", "chemical", "building", "display", "power"})


def _place_of(name: str) -> tuple[str, ...]:
    words = re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9'’]+", name)
    place = []
    for i, word in enumerate(words):
        if word in _ADMIN_WORDS and place and i + 2 < len(words) and words[i + 1] not in _SUFFIX_WORDS \
                and words[i + 1][0].isupper():
            continue  # ('Nanming District Yunguan Industrial Park': the park of Yunguan in Nanming District)
        if word == "New" and place and i + 2 < len(words) and words[i + 1][:1].isupper() \
                and words[i + 1] not in _SUFFIX_WORDS and words[i + 1].lower() in _NEW_TRADES:
            # ('Migezhuang New Materials Industrial Park', a part of the 'Hejian Migezhuang Industrial Park' named
            # by its trade: a place of its own, not the whole's)
            place.append(word.lower())
            continue
        if word in _SUFFIX_WORDS or word.lower() in {"economic", "and", "technological", "development",
                                                    "high", "tech", "hi", "industrial", "industry",
                                                    "demonstration", "pilot", "free", "trade", "new",
                                                    "science", "technology", "logistics", "bonded",
                                                    "comprehensive", "national", "etdz", "edz", "htz", "ftz"}:
            break
        place.append(word.lower())
    return tuple(place)


def _type_class(entity_type: str) -> str:
    return entity_type


def _same(a: Cluster, place: tuple[str, ...], type_class: str) -> bool:
    if a.type_class != type_class or not place or not a.place:
        return False
    short, long_ = sorted((a.place, place), key=len)
    # 'Changchun Auto ETDZ' is 'Changchun Automobile ... Zone': a word may be cut short
    if all(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
           for x, y in zip(long_[-len(short):], short, strict=True)):
        return True
    # 'Jieyang Metal Eco-City' is 'Jieyang Sino-German Metal Eco-City': a word left out between the first and last
    words = iter(long_[1:-1])
    return len(short) >= 3 and short[0] == long_[0] and short[-1] == long_[-1] and all(w in words for w in short[1:-1])


def resolve_entities(text: str, skip: list[tuple[int, int]] = ()) -> tuple[list[Cluster], list[Mention]]:
    """Clusters of names and every mention (names and anaphora), in text order.

    ``skip`` lists spans (page furniture) where names are not looked for.
    """
    clusters: list[Cluster] = []
    mentions: list[Mention] = []
    for start, end, name, entity_type in find_names(text, skip):
        place = _place_of(name)
        sub = _SUB_AREA.match(name)
        # a free trade zone's area is none of the zones of its place; a zone's park ('Pinggu Park of
        # Zhongguancun Science Park') is the park its place names ('Zhongguancun Pinggu Park')
        tclass = _type_class(entity_type) if sub is None else \
            "sub_area" if sub.group(1).endswith("Area") else "industrial_park"
        # (a park's by its place is not a zone's of that place named by a trade: 'Situan Science and Innovation Park'
        # beside the 'Fengxian Situan Industrial Zone', one of its parts)
        # (nor is a park named by two trades the zone of its place: the 'Sanjiaji Trade and Logistics Park', one of
        # the parks of the 'Guanghe Sanjiaji Industrial Park')
        index = next((i for i, c in enumerate(clusters) if (_same(c, place, tclass) and not (
            " and " in name and name.endswith(" Park") and not any(n.endswith(" Park") and " and " in n
                                                                  for n in c.names)))
            or name in c.names), None)
        if index is None:
            clusters.append(Cluster([name], entity_type, tclass, place, start))
            index = len(clusters) - 1
        cluster = clusters[index]
        if name not in cluster.names:
            cluster.names.append(name)
        if len(place) > len(cluster.place):
            cluster.place = place
        clusters[index].mentions += 1
        mentions.append(Mention(start, end, index, True))
    _page_city(text, clusters, mentions)
    _cities_owning_figures(text, clusters, mentions)
    _short_park_names(clusters, mentions)
    if clusters:
        _mark_parts(text, clusters, mentions)
        _mark_containers(text, clusters, mentions)
        _second_names(text, clusters, mentions)
        _lettered_parts(text, clusters, mentions)
        _bracketed_parts(text, clusters, mentions)
        _parts_of_which(text, clusters, mentions)
        _parts_placed_inside(text, clusters, mentions)
        _listed_areas(text, clusters, mentions)
        _areas_after_count(text, clusters, mentions)
        _parts_without_place(text, clusters, mentions)
        _parts_by_side(text, clusters, mentions)
        _parts_in_lower_case(text, clusters, mentions)
        _parts_listed_in_lower_case(text, clusters, mentions)
        _former_names(text, clusters, mentions)
        _short_area_names(text, clusters, mentions)
        _parts_in_a_table(text, clusters, mentions)
        taken = {m.start for m in mentions}
        for m in PLACE_ANAPHORA.finditer(text):
            # 'the Fuzhou zone': the one area of that place named before
            words = m.group("place").lower().split()
            fitting = {i for i, c in enumerate(clusters) if all(word in c.place for word in words)}
            if len(fitting) > 1:  # ('the Gaogou zone' beside the Waigang-Gaogou cooperation park: Gaogou's own)
                fitting = {i for i in fitting if not _PAIRED_PLACES.search(clusters[i].name)} or fitting
            if len(fitting) > 1:  # 'the Ningjin park' beside Ningjin County: the one the noun names
                kind = m.group("kind").split()[-1]
                fitting = {i for i in fitting if clusters[i].entity_type in _EXACT_TYPES.get(kind, ())} or \
                    {i for i in fitting if clusters[i].entity_type in _KIND_TYPES.get(kind, ()) - {"district"}}
            if len(fitting) == 1 and m.start() not in taken:
                mentions.append(Mention(m.start(), m.end(), fitting.pop(), False))
                taken.add(m.start())
        for m in _TWO_PLACES.finditer(text):
            # 'Both the Liaobin and Huishan zones': each the one area of its place named before
            for group in (1, 2):
                place = m.group(group).lower()
                fitting = {i for i, c in enumerate(clusters) if place in c.place and c.entity_type != "district"}
                if len(fitting) == 1 and m.start(group) not in taken:
                    mentions.append(Mention(m.start(group), m.end(group), fitting.pop(), False))
                    taken.add(m.start(group))
        zones = [i for i, c in enumerate(clusters) if c.entity_type != "district" and len(c.place) == 1]
        if len({clusters[i].place for i in zones}) >= 2:
            # an item comparing zones of different places names each by its place: 'while Yunmeng's grew ...'
            for m in _PLACE_POSSESSIVE.finditer(text):
                place = m.group(1).lower()
                fitting = [i for i in zones if clusters[i].place == (place,)]
                if len(fitting) == 1 and m.start() not in taken and m.group(1) not in CITIES \
                        and m.group(1) not in PROVINCES:
                    mentions.append(Mention(m.start(), m.start() + len(m.group(1)), fitting[0], False))
                    taken.add(m.start())
        _bare_places(text, clusters, mentions, taken)
        for m in _FORMER_LATTER.finditer(text):
            pair = _pair_before(text, m.start(), mentions)
            if pair is not None and m.start() not in taken:
                mentions.append(Mention(m.start(), m.end(), pair[m.group(1).lower() == "latter"], False))
                taken.add(m.start())
        named = [(m.start, m.end) for m in mentions if m.explicit]
        for m in ANAPHORA.finditer(text):
            if m.start() in taken or any(a < m.end() and m.start() < b for a, b in named):
                continue  # (nor the words of a name: 'The coking park' of the zone's 'coking park')
            target = _antecedent(m.group("kind").lower(), m.start(), mentions, clusters, text)
            if target is not None:
                mentions.append(Mention(m.start(), m.end(), target, False))
    mentions.sort(key=lambda m: m.start)
    return clusters, mentions


# a city's own page, by its publisher ('Xintai Municipal People's Government > ...', 'Guiping Municipal Bureau of
# Statistics') or its title ('Statistical Communique of Fukang City on ...', 'Government Work Report of Xintai City')
# (a name may have an apostrophe in it: 'Tai'an', 'Lu’an'; the office may be the city's: 'Huozhou City People's
# Government')
_CITY_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’][a-z]+)?"
_CITY_PAGE = re.compile(r"\b(?P<name>" + _CITY_NAME + r") (?:Municipal|City) "
                        r"(?:People['’]s Government|Bureau of Statistics|Government|People['’]s Congress|"
                        r"Development and Reform (?:Bureau|Commission))\b|"
                        # ('Report on the Implementation of the ... Development Plan of Fengcheng City for ...')
                        r"\b(?:Communiqu[eé]|Work Report|Development Plan) of (?P<titled>" + _CITY_NAME + r") City\b")
# the city's own work report, or the news of it, by its title: '2021 Ji'an Municipal Government Work Report', 'Lu’an
# aims for 7% growth as parks take centre stage in work report', 'Qian'an's government work report: ...'
_CITY_REPORT = re.compile(r"^(?:(?:19|20)\d\d\s+|Read the (?:19|20)\d\d\s+)?(?P<name>(?-i:" + _CITY_NAME + ")" +
                          # (not a town's: 'Yaoqiao Town Government Work Report 2024')
                          r")\b(?!\s+(?:Town|Township|County|District|Sub-district|Subdistrict|Village)\b)"
                          r"[^\n]{0,80}?\b(?:government )?work report\b", re.I | re.M)
_ITS_REPORT = r"(?:Government )?Work Report\b|Statistical Communiqu"
_UNNAMED_REPORT = re.compile(r"^(?:(?:19|20)\d\d\s+)?(?:Report on the Work of the Government|Government Work Report)"
                             r"\b(?:\s*\((?:excerpts?|full text|(?:19|20)\d\d)\))?\s*$", re.I | re.M)
# (the words a title may open with that name no city: 'Our city's 2023 work report', 'Full text: ...')
_NOT_A_CITY = frozenset({"government", "report", "the", "read", "annual", "municipal", "city", "county", "full",
                         "main", "key", "interpretation", "graphic", "our", "this", "its", "a", "an", "new", "latest"})
_HEADER_CHARS = 400  # the publisher's line and the title, at most; they end where prose begins
PROSE_LINE = re.compile(r"^[^\n]{100,}", re.M)  # a line of prose, not a title's or a menu's


def _page_city(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """A county-level city's own page (its communique, its work report, its news of the economy), or a prefecture's
    own work report (or a newspaper's story of it), is about the city as well as its zones: the city is an entity of
    its own, named 'Fukang City', 'Anqiu' or 'Tai'an', and 'the city' is it, so that its figures are not taken for
    its zone's (nor dropped as a wider area's)."""
    prose = PROSE_LINE.search(text, 0, _HEADER_CHARS)
    header_end = prose.start() if prose else _HEADER_CHARS
    found = _CITY_PAGE.search(text, 0, header_end)
    reports = [m for m in _CITY_REPORT.finditer(text, 0, header_end)
               if m.group("name").lower() not in _NOT_A_CITY and text.count(m.group("name")) >= 3]
    if found is None and not reports:
        return
    # (a newspaper's story of the city's report names no office of the city's: its title names the city)
    name = found.group("name") or found.group("titled") if found is not None else reports[0].group("name")
    report = [m for m in reports if m.group("name").lower() == name.lower()] or [
        # ('Tai'an Municipal People's Government' over 'Report on the Work of the Government (Excerpt)': the report
        # of the government that publishes it, when it names no other place)
        m for m in _UNNAMED_REPORT.finditer(text, 0, header_end) if found is not None and found.group("name")]
    # (its own report by its title: 'Statistical Communique of Xiantao City on the 2023 ...' under its bureau's name)
    titled = any((m.group("titled") or "").lower() == name.lower() for m in _CITY_PAGE.finditer(text, 0, header_end))
    if name in PROVINCES or (name in CITIES and not report and not titled and not _CITY_OWN_ECONOMY.search(text)
                             and not any(_in_prose(text, m.start()) for m in re.finditer(
                                 _ITS_OWN_ECONOMY.format(re.escape(name)), text))):
        return  # (a prefecture's portal carries its counties' news: the page is about the zone it names; its own
        # work report is about the prefecture)
    if any(m.explicit and m.start < header_end for m in mentions):
        return  # ('Qinyang Municipal Bureau of Statistics' over 'Main Economic Indicators of Qinyang Industrial Cluster
        # District': the city's office publishes its zone's figures)
    full = f"{name} City" if f"{name} City" in text else name
    named = [(m.start, m.end) for m in mentions]
    # the name alone, or with 'City', where no zone's name goes on ('Xintai Economic Development Zone') and no
    # office of the city's ('Xintai Municipal Bureau of Statistics') is named; its report's title names the city
    # itself ('Yuzhou City Government Work Report 2021')
    found_at = [m for m in re.finditer(rf"\b{re.escape(name)}(?: City)?\b(?![ \t]+(?:Municipal|(?!{_ITS_REPORT})"
                                       r"[A-Z(]))", text)
                if not any(a <= m.start() < b for a, b in named)]
    if not found_at:
        return
    clusters.append(Cluster([full], "district", _type_class("district"), (name.lower(),), found_at[0].start(),
                            page_city=True))
    index = len(clusters) - 1
    clusters[index].mentions = len(found_at)
    mentions.extend(Mention(m.start(), m.start() + len(name) + (5 if m.group().endswith(" City") else 0), index, True)
                    for m in found_at)
    # (not in an aside after a zone's name: 'Tengzhuangzi Industrial Park of Huanghua City, the city's auto parts
    # base, achieved ...' is the park's figure)
    ends = [m.end for m in mentions if m.explicit and m.cluster != index]
    mentions.extend(Mention(m.start(), m.end(), index, False) for m in _THE_CITY.finditer(text)
                    if not (text.endswith(", ", 0, m.start()) and any(
                        0 <= m.start() - end <= 30 and "." not in text[end: m.start()] for end in ends)))
    mentions.sort(key=lambda m: m.start)


# a city named with its word as the owner of a measure of its own, in prose: 'Delingha City's GDP reached 10.8 billion
# yuan', 'Fengzhen City's general public budget revenue grew 6.8 percent' (not 'Jilin City's parks sign 86 projects')
_CITY_MEASURE = (r"(?:GDP|gross (?:regional|domestic) product|general public budget revenue|fiscal revenue|"
                 r"foreign trade|(?:total )?imports and exports|exports|(?:industrial )?(?:output value|added value)|"
                 r"industrial output|retail sales|fixed[- ]asset investment)")
_CITY_S_OWN_MEASURE = re.compile(r"\b(?P<name>" + _CITY_NAME + r") City['’]s (?:(?:regional|total|local|whole|own) )?"
                                 + _CITY_MEASURE + r"\b|"
                                 # ('The GDP of Haixi City reached ...', 'the gross regional product of Yuhuan City')
                                 r"\b(?<![Tt]han )(?<![Oo]f )(?:[Tt]he )?" + _CITY_MEASURE + r" of (?P<named>"
                                 + _CITY_NAME + r") City\b(?!['’]s)")


def _cities_owning_figures(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """A page about a zone may give its city's own figure in passing ('Delingha City's GDP reached 10.8 billion yuan in
    the first half'): the city, named with its word, is an area of its own, so that the figure is kept as the city's
    rather than dropped as a wider area's or taken for its zone's; only where the page has no cluster of that place
    that is a city or county already. It is mentioned only where it owns a figure: elsewhere 'Qianjiang City' is
    where the zone lies ('founded in 2016 in Haokou Town, Qianjiang City'), and what follows is the zone's."""
    if " City" not in text:
        return  # (both forms name the city with its word: most pages have none, and the pattern need not be tried)
    named = [(m.start, m.end) for m in mentions]
    owned: dict[str, list[int]] = {}
    for found in _CITY_S_OWN_MEASURE.finditer(text):
        name = found.group("name") or found.group("named")
        at = found.start("name" if found.group("name") else "named")
        if name not in PROVINCES and not any(a <= at < b for a, b in named) \
                and _in_prose(text, found.start()) \
                and not any(c.entity_type == "district" and c.place == (name.lower(),) for c in clusters):
            owned.setdefault(name, []).append(at)
    for name, found_at in owned.items():
        clusters.append(Cluster([f"{name} City"], "district", _type_class("district"), (name.lower(),), found_at[0],
                                mentions=len(found_at), host=True))
        index = len(clusters) - 1
        mentions.extend(Mention(at, at + len(name) + len(" City"), index, True) for at in found_at)
    mentions.sort(key=lambda m: m.start)


# the prefecture's own economy, in a sentence of its own portal ('From January to September, the city's gross
# regional product reached ...'): its figures are its own, even where the page goes on to its parks
_CITY_OWN_ECONOMY = re.compile(r"(?:^|[.;]\s+|,\s+)[Tt]he city['’]s (?:gross regional product|GDP|gross domestic "
                               r"product|general public budget revenue)\b", re.M)
# ... or by its name: 'the gross regional product of Ordos was 468.27 billion yuan', 'Ordos's GDP'
_ITS_OWN_ECONOMY = (r"\b(?:gross regional product|GDP|gross domestic product|general public budget revenue) of "
                    r"(?:the city of )?{0}\b|\b{0}['’]s (?:gross regional product|GDP|gross domestic product|general "
                    r"public budget revenue)\b")
_THE_CITY = re.compile(r"\b[Tt]he (?:whole |entire )?city\b(?![-\w])")


def _in_prose(text: str, at: int) -> bool:
    """Whether ``at`` is on a line of prose, not a link's or a headline's ('· Benxi's GDP grows 2.1% in first three
    quarters' among a portal's other news)."""
    return PROSE_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


_FORMER_LATTER = re.compile(r"\b[Tt]he (former|latter)\b")
_TWO_PLACES = re.compile(r"\b[Tt]he\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+and\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+(?:zones|parks)\b")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def _pair_before(text: str, offset: int, mentions: list[Mention]) -> tuple[int, int] | None:
    """The two areas 'the former' and 'the latter' refer to: those of the nearest sentence before
    ``offset`` (within three) that names two, in the order it names them ('Both the Liaobin and
    Huishan zones posted double-digit growth. The former, ...')."""
    end = offset
    for _ in range(3):
        breaks = list(_SENTENCE_BREAK.finditer(text, max(0, end - 600), end))
        while breaks and not text[breaks[-1].end(): end].strip():
            end = breaks.pop().start()  # the break that closes the sentence before
        start = breaks[-1].end() if breaks else max(0, end - 600)
        named = list(dict.fromkeys(m.cluster for m in mentions if start <= m.start < end))
        if len(named) == 2:
            return named[0], named[1]
        if len(named) > 2 or start == 0:
            return None
        end = start
    return None


# a place's name alone opening a sentence, a heading or a clause ('Xichong scored highest.', 'Zizhong: the top
# scorer', 'Jingyan and Jiang'an reported ...'), not before another capitalised word ('Xichong County')
_BARE_SUBJECT = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=[.;!?]\s\s))(?P<one>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,})"
                           r"(?:\s+and\s+(?P<two>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,}))?"
                           r"(?=\s+[a-zß-öø-ÿ]|\s*[:,]|['’]s\s+[a-zß-öø-ÿ])", re.M)


# ... or after a comma, before its verb: 'For 2024, Erdaohu aims to ...', '..., while Naomaohu expects about 17.5
# billion yuan' (not a list of places: 'in the Linquan, Yingshang, Guoyang and Sixian zones')
_BARE_SUBJECT_AFTER_COMMA = re.compile(r"(?<=,\s)(?:(?:while|whereas)\s)?(?P<one>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,})(?P<two>)"
                                       r"(?=\s+(?!and\b|or\b|zones?\b|parks?\b)[a-zß-öø-ÿ]|['’]s\s+[a-zß-öø-ÿ])")


# ... or after a comparison's figure: 'against 118 in Yunmeng', '62 in Harqin and 58 in Aohan'
# ... or opening a sentence with where: 'At Erdaohu, new energy equipment makers turned out ...'
_IN_A_BARE_PLACE = re.compile(r"(?:(?<=\d in )|(?<=\bAt )|(?<=\bIn ))(?P<one>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,})(?P<two>)"
                              r"(?=\s*[.,;)]|\s+and\b)")


# ... or alone as the first sentence of a paragraph, what the paragraph is about: 'Biancheng. The park lies ...'
_BARE_LABEL = re.compile(r"^(?P<one>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,})(?P<two>)(?=\.[ \t]+[A-ZÀ-ÖØ-Þ])", re.M)


def _bare_places(text: str, clusters: list[Cluster], mentions: list[Mention], taken: set[int]) -> None:
    """A page on several zones names each by its place alone once it has been introduced.

    Only where two or more zones of different places are named, and only for a place one zone alone
    holds: on a page about one zone, 'Fumin' alone is as likely the county as its park.
    """
    zones = [i for i, c in enumerate(clusters) if c.entity_type != "district" and c.place and not c.part]
    by_place: dict[str, list[int]] = {}
    for i in zones:
        by_place.setdefault(clusters[i].place[-1], []).append(i)
    for place, fitting in by_place.items():  # ('Gaogou' beside the Waigang-Gaogou cooperation park: Gaogou's own)
        by_place[place] = [i for i in fitting if not _PAIRED_PLACES.search(clusters[i].name)] or fitting
    if len(by_place) < 2:
        return
    # (nor a place a district of the page is named for: "Wuhou's gross regional product" beside Wuhou District and
    # the Chengdu Wuhou Industrial Park is the district's)
    districts = {name.split()[-2].lower() for c in clusters if c.entity_type == "district" for name in c.names
                 if len(name.split()) >= 2}
    named = [(m.start, m.end) for m in mentions]
    for m in [*_BARE_SUBJECT.finditer(text), *_BARE_SUBJECT_AFTER_COMMA.finditer(text),
              *_IN_A_BARE_PLACE.finditer(text), *_BARE_LABEL.finditer(text)]:
        for group in ("one", "two"):
            word = m.group(group)
            if word is not None and word[-2:] in ("'s", "’s"):
                word = word[:-2]  # "Naomaohu's output": the place, not its possessive
            if word is None or word in CITIES or word in PROVINCES:
                continue
            fitting = by_place.get(word.lower(), []) if word.lower() not in districts else []
            if fitting and re.search(rf"\b{re.escape(word.lower())}\b", text):
                continue  # a word the text also writes in lower case is no place ('Agricultural big data ...')
            start = m.start(group)
            if len(fitting) == 1 and start not in taken and not any(a <= start < b for a, b in named):
                mentions.append(Mention(start, start + len(word), fitting[0], False))
                taken.add(start)


# (not "Pudong's Jinqiao ...", an owner, nor "of Pudong's total", a share)
_PLACE_POSSESSIVE = re.compile(r"(?<!\bof )\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)['’]s\b(?!\s+[A-ZÀ-ÖØ-Þ])")
# the types a noun names first ('the park' is an industrial park before it is a zone called a park)
_EXACT_TYPES = {"park": {"industrial_park"}, "county": {"district"}, "district": {"district"}}
_SECOND_NAME_AFTER = re.compile(r"\s*[(（]\s*([A-ZÀ-ÖØ-Þ][A-Z&]{1,7})\s*[)）]|"
                            r",?\s*(?:better |also |commonly )?known as (?:the )?"
                            r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){1,4})")


# a part of a zone set out by a letter or a number before its name: 'Area A, the Changbu Electronic Information
# Industrial Park, which ...', 'Area B (Baichihe Automotive Parts Industrial Park), 9.8 square kilometers'
_LETTERED_LABEL = re.compile(r"(?<![\w-])(?:Area|Zone|Park|Block|Section|Cluster) (?:[A-H]|I{1,3}|IV|One|Two|Three|"
                             r"Four)\b")
_LETTERED_PART_BEFORE = re.compile(rf"(?P<label>{_LETTERED_LABEL.pattern})(?:\s*[(（]\s*|,\s+)(?:the\s+)?$")


def _lettered_parts(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'Area A, the Changbu Electronic Information Industrial Park, ...': the part's letter names it wherever the
    text uses it again ('Area A realised operating revenue of 6.42 billion yuan')."""
    if _LETTERED_LABEL.search(text) is None:
        return
    taken = [(m.start, m.end) for m in mentions]
    for mention in [m for m in mentions if m.explicit]:
        found = _LETTERED_PART_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        if found is None:
            continue
        label = found.group("label")
        if any(label in c.names for c in clusters) or any(s <= found.start() < e for s, e in taken):
            continue  # (a name taken once; not a letter inside a name, 'Chunkou Area A')
        cluster = clusters[mention.cluster]
        cluster.names.append(label)
        # (a part by its letter, of the area named before it: 'the park' after it is still the whole)
        cluster.part = cluster.part or any(c is not cluster and c.entity_type != "district"
                                           and c.first_offset < mention.start for c in clusters)
        _mentioned_wherever(text, label, mention.cluster, clusters, mentions, taken)
    # parts named by their letters alone, two or more of one noun: "the park's Zone A (vehicle assembly) and Zone B
    # (parts and components) realized ..."
    taken = [(m.start, m.end) for m in mentions]
    alone: dict[str, dict[str, int]] = {}  # each noun's labels, with where each is first named
    for found in _LETTERED_LABEL.finditer(text):
        label = found.group()
        if not any(s <= found.start() < e for s, e in taken) and not any(label in c.names for c in clusters):
            alone.setdefault(label.split()[0], {}).setdefault(label, found.start())
    for labels in alone.values():
        if len(labels) < 2 or not clusters:
            continue
        for label, first in labels.items():
            clusters.append(Cluster([label], "other", _type_class("other"), (), first, part=True))
            _mentioned_wherever(text, label, len(clusters) - 1, clusters, mentions, taken)
        mentions.sort(key=lambda m: m.start)


def _mentioned_wherever(text: str, words: str, index: int, clusters: list[Cluster], mentions: list[Mention],
                        taken: list[tuple[int, int]]) -> None:
    """Every use of ``words`` as a whole (not inside another name, ``taken``) a mention of cluster ``index``."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", text):
        if not any(s <= m.start() < e for s, e in taken):
            _add_mention(m.start(), m.end(), index, clusters, mentions, taken)


def _add_mention(start: int, end: int, index: int, clusters: list[Cluster], mentions: list[Mention],
                 taken: list[tuple[int, int]]) -> None:
    """A mention of cluster ``index`` by name at ``start``-``end``, its span now taken."""
    mentions.append(Mention(start, end, index, True))
    taken.append((start, end))
    clusters[index].mentions += 1


# a part by its letter or side with its own name in brackets: 'Area A (Green Food Area)', 'North Area (Kangsu Coal
# and Chemical Area)', 'Area C (Logistics and New Materials Area)'
_BRACKETED_PART = re.compile(rf"(?P<label>{_LETTERED_LABEL.pattern}|(?<![\w-])(?:{_SIDE_WORDS}) (?:Area|Park|Zone))"
                             r"\s*[(（]\s*(?P<name>[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,5} (?:Area|Park|Zone))"
                             r"\s*[)）]")


def _bracketed_parts(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'Area A (Green Food Area) realized output value of ...': a part of the zone named in brackets after its letter
    or side, a name of no place that no other rule finds; the name and the label are one part wherever the text
    uses either."""
    if not clusters or ("(" not in text and "（" not in text):
        return
    for found in _BRACKETED_PART.finditer(text):
        label, name = found.group("label"), found.group("name")
        taken = [(m.start, m.end) for m in mentions]
        if any(s < found.end("name") and found.start("name") < e for s, e in taken) \
                or any(name in c.names for c in clusters):
            continue  # (a name some rule found already)
        index = next((i for i, c in enumerate(clusters) if label in c.names), None)
        if index is None:
            # (an 'Area' is no park: 'the park' after 'North Area (Maoling Area), ...' is still the whole)
            kind = "industrial_park" if name.endswith("Park") else "other"
            clusters.append(Cluster([name, label], kind, _type_class(kind), (), found.start()))
            index = len(clusters) - 1
        else:
            clusters[index].names.append(name)
        cluster = clusters[index]
        cluster.part = cluster.part or any(c is not cluster and c.entity_type != "district"
                                           and c.first_offset < found.start() for c in clusters)
        for words in (name, label):
            _mentioned_wherever(text, words, index, clusters, mentions, taken)
    mentions.sort(key=lambda m: m.start)


# a list of a zone's areas named by their sides or trades alone: 'It consists of the North Area in Wuchagou Town, the
# South Area beside the city proper, and the Arxan Port Area on the China-Mongolia border'
# (or counted in a list of its own: '... 11.4 square kilometers in two parts: the Port Area, with 2.6 square
# kilometers, and the Logistics and Processing Area, ...')
_AREAS_LISTED = re.compile(r"(?:\b(?:consists? of|comprises?|is (?:composed|made up) of|is divided into)\s+(?:the\s+)?"
                           r"(?:two|three|four|five)?\s*(?:(?:areas|parts|sections)\s*[:：]\s*)?|"
                           r"\b(?:in|into|over) (?:two|three|four|five) (?:areas|parts|sections)\s*[:：]\s*|"
                           # (or in the sentence after the one that counts them: 'The park is divided into two
                           # parts. The Weizheng Phase I Area, which covers ..., and the Weizheng Phase II Expansion
                           # Area, ...')
                           r"\b(?:consists? of|comprises?|is (?:composed|made up) of|(?:is )?divided into)\s+"
                           r"(?:two|three|four|five) (?:areas|parts|sections)\.[ \t]+(?=The\s))"
                           r"(?P<list>(?:[^.;\n]|\.(?=\d)){10,400})", re.I)
# an area's name of capitalised words ('Weizheng Phase II Expansion Area', 'Pandong Hardware and Machinery Area')
_AREA_NAME = r"(?P<name>(?:(?!Area\b)[A-Z][\w'’-]*\s(?:and\s(?=[A-Z]))?){1,5}Area)\b"
_LISTED_AREA = re.compile(r"(?:^|,\s*(?:and\s+)?|\band\s+)(?:[Tt]he\s+)?" + _AREA_NAME)


def _listed_areas(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """The areas a zone is said to consist of, named by their sides or trades alone ('the North Area', 'the Arxan
    Port Area'), no rule's name: each a part of its own, wherever the text names it again."""
    if not clusters or " Area" not in text:
        return
    for found in _AREAS_LISTED.finditer(text):
        listed = [m for m in _LISTED_AREA.finditer(found.group("list"))]
        taken = [(m.start, m.end) for m in mentions]
        # (not one named already with its place: 'the Port Area' after the 'Guanlei Port Area')
        names = [m.group("name") for m in listed
                 if not any(s < found.start("list") + m.end("name") and found.start("list") + m.start("name") < e
                            for s, e in taken)
                 and not any(n.endswith(" " + m.group("name")) for c in clusters for n in c.names)]
        if len(listed) < 2 or not names or any(any(n in c.names for c in clusters) for n in names):
            continue  # (a list of two areas or more, those no rule found not a name some rule found already)
        for name in names:
            clusters.append(Cluster([name], "other", _type_class("other"), (), found.start("list"), part=True))
            _mentioned_wherever(text, name, len(clusters) - 1, clusters, mentions, taken)
        mentions.sort(key=lambda m: m.start)


# a part by its side, then its own name: 'The eastern section, which is the Zhouying Chemical Industrial Park ...',
# 'The western section, known as the Zhouying Equipment Manufacturing Industrial Park, ...'
_SIDE_THEN_NAME = re.compile(r"(?<![\w-])[Tt]he (?P<side>(?:eastern|western|northern|southern|central|north|south|east|"
                             r"west|old|new) (?:section|area|part|park|zone)),?\s+(?:which is|known as|also known as|"
                             r"called|namely|i\.e\.,?)\s+(?:the\s+)?$")


def _parts_by_side(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """A part named by its side and then by its own name ('The eastern section, which is the Zhouying Chemical
    Industrial Park ..., produced ...'): a part of the zone named before it, and 'the eastern section' wherever the text
    says it again is that part."""
    if " section" not in text and " area" not in text and " part" not in text:
        return
    taken = [(m.start, m.end) for m in mentions]
    added = False
    for m in [m for m in mentions if m.explicit]:
        said = _SIDE_THEN_NAME.search(text, max(0, m.start - 60), m.start)
        if said is None:
            continue
        cluster = clusters[m.cluster]
        if not any(c is not cluster and c.entity_type != "district" and c.first_offset < said.start()
                   for c in clusters):
            continue  # (a part of a whole named before it)
        cluster.part = True
        before = len(mentions)
        _mentioned_wherever(text, said.group("side"), m.cluster, clusters, mentions, taken)
        side = said.group("side").split()[0]
        if side.endswith("ern"):
            # ('61 of them in the eastern section and 36 in the western, ...': the side alone, its noun left out)
            for alone in re.finditer(rf"(?<=\bthe ){side}(?=\s*(?:[,;.)]|(?:and|as|but|while|with)\b))", text):
                if not any(s <= alone.start() < e for s, e in taken):
                    _add_mention(alone.start(), alone.end(), m.cluster, clusters, mentions, taken)
        added = added or len(mentions) > before
    if added:
        mentions.sort(key=lambda m: m.start)


# a part named by its trade in lower case after its full name: 'the auto parts park' (the 'Migezhuang Auto Parts
# Industrial Park'), 'the hardware area' (the 'Pandong Hardware and Machinery Area'), 'the food park'
_LOWER_CASE_PART = re.compile(r"(?<![\w-])[Tt]he (?P<name>[a-z][\w-]*(?: [a-z][\w-]*){0,3} (?:park|area|section|zone))"
                              r"(?![\w-])")
_PART_NOUNS = frozenset({"Park", "Area", "Section", "Zone"})
# words too common to name a part alone ('the new park', 'the north area', 'the industrial park')
_NOT_A_PART_WORD = frozenset({"new", "old", "high", "tech", "high-tech", "hi-tech", "modern", "green", "smart",
                              "advanced", "eco", "science", "technology", "economic", "development", "industrial",
                              "industry", "core", "main", "central", "north", "south", "east", "west", "northern",
                              "southern", "eastern", "western", "international", "comprehensive", "national",
                              "provincial", "whole", "entire", "first", "second", "third", "phase", "i", "ii", "iii"})


def _parts_in_lower_case(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """A part of a zone named again by its trade in lower case ('the auto parts park', 'the new materials park', 'the
    cable park' after the 'Migezhuang Cable and Wire Industrial Park'): a mention of that part, when the words belong
    to one part only."""
    found = list(_LOWER_CASE_PART.finditer(text))
    if not found:
        return
    owners: dict[str, set[int]] = {}
    for index, cluster in enumerate(clusters):
        if not cluster.part or cluster.entity_type == "district":
            continue
        for name in cluster.names:
            words = name.split()
            if len(words) < 3 or words[-1] not in _PART_NOUNS:
                continue
            trade = words[1:-1]  # (not its place, the first word)
            while trade and trade[-1] in ("Industrial", "Industry"):
                trade.pop()
            for a in range(len(trade)):
                for b in range(a + 1, len(trade) + 1):
                    run = [w.lower() for w in trade[a:b]]
                    if run[0] in ("and", "&") or run[-1] in ("and", "&") or all(w in _NOT_A_PART_WORD for w in run):
                        continue
                    owners.setdefault(f"{' '.join(run)} {words[-1].lower()}", set()).add(index)
    taken = [(m.start, m.end) for m in mentions]
    added = False
    for m in found:
        which = owners.get(m.group("name"))
        start, end = m.start("name"), m.end("name")
        if which is None or len(which) != 1 or any(s < end and start < e for s, e in taken):
            continue
        _add_mention(start, end, next(iter(which)), clusters, mentions, taken)
        added = True
    if added:
        mentions.sort(key=lambda m: m.start)


# an area that opens a sentence: 'The Pandong Hardware and Machinery Area, along the railway, ...'
# (or the next of them after a semicolon: '...; the Intelligent Equipment Area, laid out in 2017 to the west, ...; and
# the Trade and Logistics Area along the canal ...')
_AREA_OPENS = re.compile(r"(?:^|(?<=[.;!?])[ \t]+)(?:The |(?<=;\s)(?:and )?the )" + _AREA_NAME, re.M)


def _areas_after_count(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """The areas named one to a sentence after the sentence that counts them ('The park is divided into three areas.
    The Pandong Hardware and Machinery Area, ..., produced ... The Pandong Textile and Garment Area, ...'), names no
    rule finds, in the same paragraph: each a part of its own, wherever the text names it again."""
    if " Area" not in text:
        return
    for told in _PARTS_COUNTED.finditer(text):
        end = text.find("\n\n", told.end())
        paragraph_end = len(text) if end < 0 else end
        names = list(dict.fromkeys(m.group("name") for m in _AREA_OPENS.finditer(text, told.end(), paragraph_end)))
        taken = [(m.start, m.end) for m in mentions]
        if len(names) < 2 or any(any(n in c.names or any(c_name.endswith(" " + n) for c_name in c.names)
                                     for c in clusters) for n in names):
            continue  # (two areas or more, none some rule found already)
        for name in names:
            clusters.append(Cluster([name], "other", _type_class("other"), (), text.index(name, told.end()),
                                    part=True))
            _mentioned_wherever(text, name, len(clusters) - 1, clusters, mentions, taken)
        mentions.sort(key=lambda m: m.start)


# a zone's parts listed by their sides or trades in lower case, no name of their own: 'The park consists of the
# northern section along ..., and the southern section next to ...', '... three specialized parks: the auto parts park
# east of the town, the agricultural products processing park in the south, and ...', 'a layout of "two parks and one
# base": the valve park, the special vehicles park and the logistics base'
_LOWER_PARTS_LISTED = re.compile(r"\b(?:consists? of|comprises?|is (?:composed|made up) of|(?:is )?(?:divided|split) "
                                 r"into|(?:layout|pattern) of [^:.;\n]{0,40}[:：]|"
                                 # ('Its land is organized around three industrial clusters: the auto parts cluster
                                 # along Xingshi Avenue, ...')
                                 r"\b(?P<n>two|three|four|five) (?:[\w-]+ )?(?:parts|sections|parks|clusters|areas)"
                                 r"\s*[:：])"
                                 # (items set apart by semicolons too: '... made up of the salt chemical park, where
                                 # brine ... is turned into soda ash; the new materials park, ...; and the logistics
                                 # port area on the Han River')
                                 r"(?P<list>(?:[^.;\n]|\.(?=\d)|;(?=\s+(?:and\s+)?(?:the|an?)\s)){10,400})", re.I)
# ... or one to a sentence after the sentence that counts them: 'The park ... is made up of two parts. The eastern
# section, the older part around the town center, is where ...'
# (the parts may be qualified, and what is not a part set beside them: 'is organised into three industrial
# clusters.', 'is organised around two specialised parks and a service core.')
# ('The park consists of two sub-parks.')
_LOWER_PARTS_COUNTED = re.compile(r"\b(?P<n>two|three|four|five) (?:[a-z][\w-]* ){0,2}?(?:sub-?)?"
                                  r"(?P<noun>parts|sections|parks|clusters|areas)(?: and an? [a-z][\w -]{0,30}?)?"
                                  r"\.(?=[ \t])")
# ... or two in a story's title, one the other's partner: 'Crane park and health materials park keep Changyuan's
# Shejia zone on a growth track'
_HEADLINE_PARTS = re.compile(r"^([A-Z][a-z][\w-]*(?: [a-z][\w-]*){0,3} park) and ((?:[a-z][\w-]* ){1,4}park)\b"
                             r"(?![^\n]{0,80}\bparks\b)(?=[^\n]{0,80}\b(?:zone|park|area)\b)", re.M)
# ... or the shares of a total given just before, each a part named in lower case: 'Of this, the hardware park, ...,
# turned out 18.92 billion yuan, ..., and the new materials park, ..., 12.56 billion yuan'
_SHARES_OF_PARTS = re.compile(r"\b[Oo]f (?:this|that|it|the total|which),?\s+the (?P<name>(?:[a-z][\w-]*\s){1,4}?"
                              r"(?:park|section|cluster))(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?!\d)|\n")
# the words one of the two patterns above needs, looked for before either is tried
_LISTING_WORDS = ("consist", "compris", "composed", "made up", "divided", "split", "layout", "pattern", " parts",
                  " sections", " parks", " clusters", " areas")
_LOWER_PART_NOUN = r"(?:park|section|cluster|area|base|zone)"
# (or brought in by 'a', 'an': '... three specialised parks: an oil and gas chemical park that refines ..., an oilfield
# equipment park, and an agricultural products processing park')
_LOWER_PART_ITEM = re.compile(r"(?:^\s*|[:：]\s*|[,;]\s*(?:and\s+)?|\s+and\s+)(?:the|an?) "
                              r"(?P<name>(?:[a-z][\w-]*\s){1,4}?" + _LOWER_PART_NOUN + r")(?![\w-])")
# ... each then named by 'the' and the counted noun, in the paragraph that counts them, some of its words perhaps
# capitalized, a place's or a people's ('The Shuangjiao area, the original park ...; the Hekou expansion area, ...',
# 'The Tibetan medicine park'); the parts' nouns if the count says 'parts'
_LOWER_PART_NAMED = re.compile(r"(?<![\w-])[Tt]he (?P<name>(?:[A-Za-z][\w-]*\s){1,4}?" + _LOWER_PART_NOUN
                               + r")(?![\w-])")
_PHRASE_WORDS = frozenset({"of", "the", "its", "this", "that", "our", "a", "an", "whole", "entire"})
_COUNTED_NOUN = {"parks": "park", "sections": "section", "clusters": "cluster", "areas": "area"}
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_SIDES_LOWER = frozenset(side.lower() for side in _SIDE_WORDS.split("|"))


def _a_part_s_own_words(name: str) -> bool:
    """'new energy battery cluster', 'valve park': two words or more, one of them no word too common to name a part
    ('the new park', 'the first phase area'), and no phrase ('the core of the park')."""
    words = name.lower().split()
    return len(words) >= 2 and any(w not in _NOT_A_PART_WORD for w in words[:-1]) \
        and not _PHRASE_WORDS.intersection(words)


def _parts_listed_in_lower_case(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """The parts a zone is said to consist of, named by their sides or trades in lower case alone ('the coking park',
    'the northern section'), names of no place or rule: each a part of its own as the text writes it ('coking park'),
    wherever the text names it again, when the list names two or more and no part found already."""
    if not clusters or "the " not in text:
        return
    lower = text.lower()  # (the patterns are tried only where their words are: most pages have none)
    lists: list[tuple[int, list[str]]] = []
    listing = any(word in lower for word in _LISTING_WORDS)
    counted: set[int] = set()  # (the lists whose count says how many parts they name)
    for found in _LOWER_PARTS_LISTED.finditer(text) if listing else ():
        listed = [m.group("name") for m in _LOWER_PART_ITEM.finditer(found.group("list"))]
        if found.group("n") and len(set(listed)) == _COUNT_WORDS[found.group("n").lower()]:
            counted.add(found.start("list"))
        lists.append((found.start("list"), listed))
    for told in _LOWER_PARTS_COUNTED.finditer(text) if listing else ():
        end = text.find("\n\n", told.end())
        noun = _COUNTED_NOUN.get(told.group("noun"))
        named = [m.group("name") for m in _LOWER_PART_NAMED.finditer(text, told.end(), len(text) if end < 0 else end)
                 if noun is None or m.group("name").endswith(" " + noun)]
        # (a part's own words may open with a common one: 'The new energy battery cluster', 'The green building
        # materials cluster'; not 'the new park', 'the first phase area', nor what is said of one: 'the core of the
        # park')
        named = [name for name in named if _a_part_s_own_words(name) or name.split()[0].lower() in _SIDES_LOWER]
        lists.append((told.end(), list(dict.fromkeys(named))[: _COUNT_WORDS[told.group("n")]]))
    for told in _SHARES_OF_PARTS.finditer(text) if "f th" in text or "f which" in text else ():
        # ('Of this, the hardware park, ..., turned out 18.92 billion yuan, ..., and the new materials park, ..., 12.56
        # billion yuan': the total's shares, two parts or more of one noun named in lower case)
        end = _SENTENCE_END.search(text, told.end())
        noun = told.group("name").rsplit(" ", 1)[-1]
        named = [m.group("name") for m in _LOWER_PART_NAMED.finditer(text, told.start("name") - 4,
                                                                      end.start() if end else len(text))
                 if m.group("name").endswith(" " + noun)]
        named = [name for name in named if name[0].islower() and _a_part_s_own_words(name)]
        if len(set(named)) >= 2:
            counted.add(told.start("name"))
            lists.append((told.start("name"), list(dict.fromkeys(named))))
    for told in _HEADLINE_PARTS.finditer(text, 0, _HEADER_CHARS) if " park and " in text[:_HEADER_CHARS] else ():
        # (named again in the story as they are in its title: 'the crane park', 'the health materials park')
        named = [told.group(1)[0].lower() + told.group(1)[1:], told.group(2)]
        if all(re.compile(r"(?<![\w-])[Tt]he " + re.escape(name) + r"(?![\w-])").search(text, told.end())
               for name in named):
            lists.append((told.end(), named))
    for at, listed in lists:
        # (words too common to name a part alone name one in a list its count tells the length of: 'two parts: the
        # core area around Taimei town, ..., and the eastern expansion area, ...')
        names = list(dict.fromkeys(name for name in listed
                                   if at in counted and len(name.split()) >= 2
                                   or any(w not in _NOT_A_PART_WORD or w in _SIDES_LOWER for w in name.split()[:-1])))
        if len(names) < 2 or len(names) != len(set(listed)) \
                or any(c.part and any(n.lower().endswith(" " + name) or n == name for n in c.names)
                       for c in clusters for name in names):
            continue  # (two parts or more, each a part's own words, none a part found already)
        taken = [(m.start, m.end) for m in mentions]
        first = len(clusters)
        for name in names:
            kind = "industrial_park" if name.endswith(("park", "section", "cluster", "zone")) else "other"
            clusters.append(Cluster([name], kind, _type_class(kind), (), text.index(name, at), part=True))
            _mentioned_wherever(text, name, len(clusters) - 1, clusters, mentions, taken)
            _mentioned_wherever(text, name[0].upper() + name[1:], len(clusters) - 1, clusters, mentions, taken)
        # ... and by the last words of its name when they are no other part's: 'the chemical park' for the 'oil and
        # gas chemical park', 'the equipment park' for the 'oilfield equipment park'
        tails: dict[str, set[int]] = {}
        for index, name in enumerate(names, start=first):
            words = name.split()
            for k in range(2, len(words)):
                if words[-k].lower() not in _NOT_A_PART_WORD and words[-k] not in ("and", "&"):
                    tails.setdefault(" ".join(words[-k:]), set()).add(index)
        for tail, which in tails.items():
            if len(which) == 1 and tail not in names:
                for m in re.finditer(r"(?<![\w-])[Tt]he (" + re.escape(tail) + r")(?![\w-])", text):
                    if not any(a <= m.start(1) < b for a, b in taken):
                        _add_mention(m.start(1), m.end(1), next(iter(which)), clusters, mentions, taken)
        mentions.sort(key=lambda m: m.start)
        return


# the words before a part's share of the total just given: '..., of which the Chinggil Industrial Area, ...,
# realized 1.96 billion yuan'
_OF_WHICH_BEFORE = re.compile(r"\bof which\s+(?:the\s+)?$")
# a part named for the share of a whole told of it after the amount ('..., of which 1.31 billion yuan went into the
# new materials park'): named in passing (the pipeline's next sentences are the whole's again) ...
# (or 'of it' after the amount: '..., 2.48 billion yuan of it in the new materials park')
SHARE_S_PART_BEFORE = re.compile(r"[,;]\s*(?:of which\b(?:[^,;.]|\.(?=\d))*?|(?:[^,;.]|\.(?=\d))*?\d[^,;.]*?\bof "
                                 r"(?:it|this|that|the total)\s+(?:\w+\s+){0,2}?)\b(?:in|into|to|by|from)\s+"
                                 r"(?:the\s+)?$")
# ... or after a count ('..., 64 of them in the salt chemical park')
_COUNT_S_PART_BEFORE = re.compile(r"\d\s+(?:of\s+[^,;.\d]{1,80}?\s+)?(?:were\s+|are\s+)?in\s+(?:the\s+)?$")


def _parts_of_which(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """An area first named after 'of which' in a sentence that gave a zone's total ('The zone achieved industrial
    output value of 2.24 billion yuan, ..., of which the Chinggil Industrial Area ... realized 1.96 billion yuan') is
    a part of that zone: 'the zone' after it is still the whole."""
    if "of which" in text:
        _parts_first_named(clusters, mentions, lambda m: _OF_WHICH_BEFORE.search(text, max(0, m.start - 16), m.start))


def _parts_first_named(clusters: list[Cluster], mentions: list[Mention], as_a_part: Callable[[Mention], object]
                       ) -> None:
    """Marks as a part each area whose first mention, named, is ``as_a_part`` (a test of that mention), when another
    area that is no district and no part was named before it: the whole it is a part of."""
    first: dict[int, Mention] = {}
    for m in mentions:
        first.setdefault(m.cluster, m)
    for index, m in first.items():
        cluster = clusters[index]
        if not m.explicit or cluster.part or cluster.entity_type == "district" or not as_a_part(m):
            continue
        if any(c is not cluster and c.entity_type != "district" and not c.part and c.first_offset < m.start
               for c in clusters):
            cluster.part = True


# where an area named lies inside the whole just named: '... in the southern part of the park', 'within the zone',
# 'on the zone's eastern edge'
_PLACES_IN = r"(?:part|section|corner|end|edge|side|area|half)"
_PLACED_INSIDE_AFTER = re.compile(r",?\s+(?:(?:located|sited|set)\s+)?(?:(?:with)?in|on|at)\s+the\s+"
                                  r"(?:(?:[a-z-]+\s+){0,2}" + _PLACES_IN + r"\s+of\s+the\s+(?:park|zone)\b|"
                                  r"(?:park|zone)(?:['’]s\s+(?:[a-z-]+\s+){0,2}" + _PLACES_IN + r")?\b)")


def _parts_placed_inside(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """A park first placed inside a zone named before it ('The Mica New Materials Industrial Park in the
    southern part of the park now gathers 43 enterprises') is one of its parts: 'the park' after it is still the
    whole."""
    if " the park" in text or " the zone" in text:
        _parts_first_named(clusters, mentions, lambda m: _PLACED_INSIDE_AFTER.match(text, m.end))


def _parts_without_place(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'the Arxan Port Area', 'the Beijingzi Comprehensive Bonded Zone': an area of the zone's own place that is no
    zone of a kind (a port area, a bonded zone) is one of the zone's parts ('the zone' after it is still the whole),
    and the text names it again without the place ('The Port Area is small', 'the Comprehensive Bonded Zone within
    the zone'): the short name is that part wherever the text uses it, unless it names another area too."""
    for index, cluster in enumerate(clusters):
        words = cluster.name.split()
        # (a bonded zone is a part only where the text puts it inside: 'the Comprehensive Bonded Zone within the
        # zone'; a page of its own names it first and most)
        if len(words) < 3 or words[-1] not in ("Area", "Park", "Zone") or not (
                cluster.part or cluster.entity_type == "other" and (words[-1] == "Area" or re.search(
                    r"\b(?:" + re.escape(" ".join(words[1:])) + r")\s+(?:with)?in\s+the\s+(?:zone|park)\b", text))):
            continue
        wholes = [c for c in clusters if c is not cluster and not c.part and c.entity_type != "district"
                  and any(words[0] in n.split()[:-1] for n in c.names)]
        if not wholes:
            continue
        cluster.part = True
        short = " ".join(words[1:])
        if any(short in c.names for c in clusters):
            continue
        before = cluster.mentions
        _mentioned_wherever(text, short, index, clusters, mentions, [(m.start, m.end) for m in mentions])
        if cluster.mentions > before:  # (a name the text never uses alone is no name to look for later)
            cluster.names.append(short)
            mentions.sort(key=lambda m: m.start)


# a table of a zone's parts, by the head of its first column ('| Zone | Location | Registered enterprises |',
# '| Functional area | Planned area (km2) |') ...
# (or set out with tabs: 'Block<TAB>Planned area (km2)<TAB>...')
_PARTS_TABLE_HEAD = re.compile(r"^(?:[ \t]*\|[ \t]*|(?=[^\n|]*\t))(?:(?:functional|sub-?|industrial)[ \t]*)?(?:zones?|"
                               r"parks?|areas?|sections?|clusters?|blocks?)(?:[ \t]*\||[ \t]*\t)", re.I | re.M)
# ... and a row's first cell that names one: '| Auto Parts Zone | east of Gongye Road | 118 |', 'Biomedical
# Block<TAB>2.4<TAB>...'
_PART_ROW = re.compile(r"(?:[ \t]*\|[ \t]*|(?=[^\n|]*\t))(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?"
                       r"[A-Z][\w'’-]*){0,5} (?:Zone|Park|Area|Section|Cluster|Block))(?:[ \t]*\||[ \t]*\t)")


def _parts_in_a_table(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'| Zone | Location | Registered enterprises |' over '| Instrument Industrial Zone | ... |', '| Auto Parts Zone |
    ... |' (or a table set out with tabs, 'Block<TAB>...' over 'Biomedical Block<TAB>2.4<TAB>...'): on a page about
    one zone, the areas a table of zones names row by row are its parts (a profile's functional zones), named by
    trade, not place; 'the park' after the table is the whole again. A name the text finds nowhere else ('Auto Parts
    Zone', no zone of a kind) is an area of its own here too."""
    if "|" not in text and "\t" not in text:
        return
    for head in _PARTS_TABLE_HEAD.finditer(text):
        wholes = [c for c in clusters if not c.part and c.entity_type != "district" and c.first_offset < head.start()]
        if len(wholes) != 1:
            continue  # (a table ranking a city's zones, or one under a page on no zone, lists no zone's parts)
        rows: list[tuple[int, int, str]] = []
        at = text.find("\n", head.end())
        while at >= 0:
            line_end = text.find("\n", at + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[at + 1: line_end]
            if not line.lstrip().startswith("|") and "\t" not in line:
                break
            if (row := _PART_ROW.match(text, at + 1, line_end)) is not None:
                rows.append((row.start("name"), row.end("name"), row.group("name")))
            at = line_end if line_end < len(text) else -1
        if len(rows) < 2:
            continue
        taken = [(m.start, m.end) for m in mentions]
        for start, end, name in rows:
            named = next((m for m in mentions if m.start == start), None)
            if named is not None:
                clusters[named.cluster].part = True
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            index = next((i for i, c in enumerate(clusters) if name in c.names), None)
            if index is None:
                clusters.append(Cluster([name], "industrial_park", "industrial_park", (), start, part=True))
                index = len(clusters) - 1
            _add_mention(start, end, index, clusters, mentions, taken)
        mentions.sort(key=lambda m: m.start)


def _second_names(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'Suzhou Industrial Park (SIP)', '..., better known as China Medical City': that name names
    the same area wherever the text uses it again."""
    named = {text[m.start: m.end]: m for m in mentions if m.explicit}
    for mention in named.values():
        found = _SECOND_NAME_AFTER.match(text, mention.end)
        if found is None:
            continue
        second = found.group(1) or found.group(2)
        other = next((i for i, c in enumerate(clusters) if second in c.names), None)
        if found.group(2) and other is not None and other != mention.cluster:
            # '..., better known as China Medical City', a name found on its own too: one area by both names
            _merge(clusters, mentions, other, mention.cluster)
            return _second_names(text, clusters, mentions)  # (the indices moved: look again)
        if second in {"ETDZ", "HTZ", "EDZ", "FTZ"} or other is not None:
            continue  # a type's abbreviation names no one zone; a name is taken once
        cluster = clusters[mention.cluster]
        cluster.names.append(second)
        for m in re.finditer(r"(?<![\w(（])" + re.escape(second) + r"(?![\w)）])", text):
            mentions.append(Mention(m.start(), m.end(), mention.cluster, True))
            cluster.mentions += 1


# the words before a name the area had before ('Jiangxi Zhangshu Economic Development Zone, formerly known as
# Zhangshu Industrial Park', 'set up in 2018 on the basis of the former Kelan County Industrial Park', 'Founded in 2003
# as the Minggang Industrial Cluster District and renamed in 2012')
_FORMER_BEFORE = re.compile(r"(?:\bformerly(?:\s+(?:known as|called|named))?|\b(?:on the basis of|from|out of|upgraded "
                            r"from|renamed from)\s+the\s+former)\s+(?:the\s+)?$", re.I)
_SET_UP_AS = re.compile(r"\b(?:set up|founded|established|started|created|launched)(?:\s+in\s+(?:19|20)\d\d)?\s+as\s+"
                        r"(?:the\s+)?$", re.I)
_RENAMED_AFTER = re.compile(r",?\s+(?:and|but)\s+(?:was\s+)?renamed\b")


def _former_names(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """A name the text says the area had before is another name of that area: its figures, if any, are the area's,
    under its present name."""
    if "ormer" not in text and "renamed" not in text:
        return  # (most pages name no earlier name: one look at the text, not one a mention)
    for m in mentions:
        if not m.explicit:
            continue
        window = max(0, m.start - 60)
        if _FORMER_BEFORE.search(text, window, m.start) is None and not (
                _SET_UP_AS.search(text, window, m.start) and _RENAMED_AFTER.match(text, m.end)):
            continue
        # (the area the sentence names before: 'Jiayu Park, formerly the Jiayu Economic Development Zone, ...', not one
        # of the sentences before)
        sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        subject = next((n.cluster for n in reversed(mentions) if n.explicit and sentence_start <= n.start
                        and n.end <= m.start and clusters[n.cluster].type_class != "district"), None)
        if subject is None or subject == m.cluster or clusters[m.cluster].type_class == "district":
            continue
        former = clusters[m.cluster]
        clusters[subject].former.extend(n for n in former.names if n not in clusters[subject].names)
        named = clusters[subject].mentions  # (how often the text names the area by its present name, as before)
        _merge(clusters, mentions, m.cluster, subject)
        clusters[subject - (subject > m.cluster)].mentions = named
        return _former_names(text, clusters, mentions)  # (the indices moved: look again)


def _short_park_names(clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'the Materials Park' for the 'Kangyi Bio-based New Materials Park', 'the Textile Park' for the 'Kangyi Textile
    and Garment Park': a park named by a word or two of the full name of one other park in the text is that park."""
    for index in range(len(clusters) - 1, -1, -1):
        cluster = clusters[index]
        if cluster.entity_type != "industrial_park" or "Industrial" in cluster.name \
                or not all(_SHORT_PARK.fullmatch(n) for n in cluster.names):
            continue
        words = {w.lower() for n in cluster.names for w in n.split()[:-1]}
        # (not a place's park beside one of its parts: 'Qiaoguan Industrial Park', 'Qiaoguan Agricultural Machinery
        # Industrial Park')
        firsts = {n.split()[0] for n in cluster.names}
        fuller = [i for i, c in enumerate(clusters) if i != index and c.type_class != "district"
                  and any(len(n.split()) > len(cluster.name.split()) and n.endswith(" " + cluster.name.split()[-1])
                          and n.split()[0] not in firsts and words <= {w.lower() for w in n.split()} for n in c.names)]
        if len(fuller) == 1:
            _merge(clusters, mentions, index, fuller[0])


_SHORT_PARK = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)? (?:Park|Area)")
_SIDE_AREA = re.compile(rf"(?<=\b[Tt]he )(?:{_SIDE_WORDS}) Area\b")


def _merge(clusters: list[Cluster], mentions: list[Mention], gone: int, into: int) -> None:
    """Cluster ``gone`` is another name of ``into``: its names and mentions become ``into``'s, and it is removed."""
    kept = clusters[into]
    kept.names.extend(n for n in clusters[gone].names if n not in kept.names)
    kept.mentions += clusters[gone].mentions
    kept.first_offset = min(kept.first_offset, clusters[gone].first_offset)
    del clusters[gone]
    moved = {gone: into - (into > gone)}
    mentions[:] = [Mention(m.start, m.end, moved.get(m.cluster, m.cluster - (m.cluster > gone)), m.explicit)
                   for m in mentions]


def _short_area_names(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'The Harbin Area covers 79.86 square kilometers': a free trade zone's area by its short name,
    with its city left out too ('the Airport Area' for the 'Tianjin Airport Area of the China (Tianjin)
    Pilot Free Trade Zone')."""
    for index, cluster in enumerate(clusters):
        found = _SUB_AREA.match(cluster.name)
        if found is None:
            continue
        words = found.group(1).split()
        shorts = [found.group(1)] + ([" ".join(words[1:])] if len(words) >= 3 and words[0] in CITIES else [])
        for short in shorts:
            if any(short in c.names for c in clusters):
                continue
            cluster.names.append(short)
            taken = [(m.start, m.end) for m in mentions]
            for m in re.finditer(r"(?<![\w])" + re.escape(short) + r"(?![\w])(?! of\b)", text):
                if not any(s <= m.start() < e for s, e in taken):
                    mentions.append(Mention(m.start(), m.end(), index, True))
                    cluster.mentions += 1


_ZONE_WORDS = {"Zone", "Area", "ETDZ", "HTZ", "EDZ", "FTZ"}
_KIND_TYPES = {
    "zone": {"etdz", "high_tech_zone", "demonstration_zone", "industrial_park", "other"},
    "park": {"industrial_park", "high_tech_zone", "etdz"},
    "district": {"district", "other"},
    "county": {"district"},
    "banner": set(),  # ('the banner': only an area whose name ends so, 'Evenk Autonomous Banner')
    # ('the town': only an area whose name ends so, never the district a town's park lies in)
    "town": set(),
    "township": set(),
    "area": {"etdz", "high_tech_zone", "demonstration_zone", "industrial_park", "district", "other"},
    # 'the ETDZ': the development zone the text names in full
    "etdz": {"etdz"},
    "edz": {"etdz"},
    "htz": {"high_tech_zone"},
    "city": {"other"},
    "valley": set(),  # ('the valley' after the 'Xianhu Hydrogen Valley': only an area whose name ends so)
}


# (guarded: asked of every whole text, where an alternation of cues tried at every position cost 2 % of the time)
PARTS_CUE = guarded(re.compile(rf"\b(?:{_PARTS_WORDS})\b", re.I))
# ('The park has three sub-parks.': a zone's sub-parks counted as what it has)
_HAS_SUB_PARKS = (r"\b(?:has|have|had)\s+(?:two|three|four|five|six|[2-9])\s+(?:(?:speciali[sz]ed|thematic|functional)"
                  r"\s+)?sub-?parks")
_PARTS_COUNTED = re.compile(rf"(?:{_COUNTED_PARTS}(?:sub-?)?(?:parks|areas|zones|parts|sections)|{_HAS_SUB_PARKS})"
                            r"\s*[.:]", re.I)
# (a figure's decimal point is no sentence's end: '... the Changhua Central Park, which covers 6.3 square kilometers,
# and the Changhua North Park')
_PARTS_CUE = re.compile(rf"\b(?:{_PARTS_WORDS})\b(?:[^.;]|\.(?=\d))*$", re.I)
_SUB_PARKS_COUNTED = re.compile(rf"{_COUNTED_PARTS}sub-?(?:parks|areas|zones)\b|{_HAS_SUB_PARKS}\b", re.I)


def _mark_parts(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """Areas first named in a list of another area's parts ('... the park consists of the Textile and
    Garment Industry City, the Electronics Industrial Zone and ...') are parts: 'the park' after them
    still means the whole, which the text named before them."""
    if has_parks(text):
        # ('The park is really two parks.' on the Linnanchang Industrial Park, then 'The Linnanchang Intelligent
        # Equipment Park ...', 'The Linnanchang Green Food Park ...': parks named after the zone's place and a trade, in
        # a text that counts its parks, are its parts)
        wholes = [c for c in clusters if c.entity_type in ("industrial_park", "etdz", "high_tech_zone")
                  and not c.part and any(_WHOLE_ZONE_NAME.search(n) for n in c.names)]
        for c in clusters:
            if c.entity_type == "industrial_park" and not c.part and not _WHOLE_ZONE_NAME.search(c.name) \
                    and c.name.endswith(" Park") and any(
                        w is not c and w.first_offset < c.first_offset and c.name.split()[0].lower() in w.place
                        for w in wholes):
                c.part = True
    seen: set[int] = set()
    if PARTS_CUE.search(text) is None and (" sub-park" not in text or _SUB_PARKS_COUNTED.search(text) is None):
        return  # (no list of parts anywhere, no count of sub-parks: one look at the text, not one a name)
    counted = _PARTS_COUNTED.search(text) is not None  # (and a sentence that counts them, once)
    for m in mentions:
        # (any of its mentions, not only its first: 'Tuchang Industrial Park output tops 10 billion yuan as North
        # Park's display makers ramp up' over '... It is made up of two parks: the Tuchang North Park ... and ...')
        if clusters[m.cluster].part:
            continue
        seen.add(m.cluster)
        sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        # the whole was named before ('It consists of ...': the area 'it' refers to); the parts are named in the
        # sentence of the cue, or in the sentences after 'The park comprises two sub-parks.', in the same paragraph
        if len(seen) > 1 and (_PARTS_CUE.search(text, sentence_start, m.start) or (
                counted and (told := _PARTS_COUNTED.search(text, max(0, m.start - 600), m.start)) is not None
                # (or the list under 'is divided into three areas:' after a blank line)
                and "\n\n" not in (text[told.end(): m.start].lstrip() if text[told.end() - 1] in ":："
                                    else text[told.end(): m.start]))):
            clusters[m.cluster].part = True
    if (said := _SUB_PARKS_COUNTED.search(text)) is not None:
        # ('It now consists of three sub-parks ...', then a table or a section naming 'Jingguan North Park', 'Jingguan
        # Riverside Logistics Park'): an area first named after that, after the place of an area named before it
        # (the whole: the area last referred to before the cue, 'It' being the park just named)
        before = [m.cluster for m in mentions if m.start < said.start()
                  and clusters[m.cluster].entity_type != "district"]
        whole = clusters[before[-1]] if before else None
        named_after = {m.cluster for m in mentions if m.start > said.end()}
        for i, c in enumerate(clusters):
            if whole is not None and c is not whole and i in named_after and c.entity_type != "district" and any(
                    word in whole.place and word.capitalize() not in CITIES and word.capitalize() not in PROVINCES
                    for word in c.place):
                c.part = True


# a zone's name as a whole's ('... Industrial Park', '... Development Zone', '... High-tech Zone'), not a part's
_WHOLE_ZONE_NAME = re.compile(r"\b(?:Industrial Park|Development Zone|High-tech Zone|Industrial Zone|"
                              r"Cluster District)$")
# what comes right before an area named as the whole that holds another
_CONTAINER_CUE = re.compile(r"\b(?:one of the [\w\s-]{0,30}?(?:that make up|that form|making up|of|in)|"
                            r"(?:a |one )?part of|belongs? to|belonging to|"
                            r"under the (?:jurisdiction|administration) of|"
                            # '..., a cooperation park jointly built since 2006 by the China-Singapore Suzhou
                            # Industrial Park and ...': the partner that built it
                            r"(?:jointly\s+|co-)?(?:built|developed|run|operated|set up|established|founded|launched)"
                            r"(?:\s+jointly)?(?:\s+(?:since|in)\s+(?:19|20)\d\d)?\s+by(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+['’]s)?)"
                            r"\s+(?:the\s+)?$", re.I)
# ... or as what an area lies in: 'Nanchang Comprehensive Bonded Zone ..., located in Nanchang ETDZ', 'Trade
# through the 1.4-square-kilometer zone, which sits inside the Yichang High-tech Zone'
# ... or as the one that manages it: '... and was folded into the management of Ningxiang High-tech Industrial Park'
_MANAGED_CUE = re.compile(r"\b(?:(?:folded|brought|placed|put|incorporated)\s+(?:into|under)\s+the\s+(?:unified\s+)?"
                          r"(?:management|administration|jurisdiction)\s+of|(?:managed|administered)\s+by)\s+"
                          r"(?:the\s+)?$", re.I)
_INSIDE_CUE = re.compile(r"(?:\b(?:is|are|lies|sits|which)\s+(?:(?:lies|sits)\s+)?)?\b(?:located in(?:side)?|inside|"
                         r"within)\s+(?:the\s+)?$", re.I)


_AREA_NOUN = re.compile(r"\b(?:zone|park|area)\b", re.I)
_DISTANCE_FROM = re.compile(r"\b(?:kilometers?|kilometres?|km|miles?)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west|"
                            r"northeast|northwest|southeast|southwest)(?:\s+of)?|from|away\s+from)\s+(?:the\s+)?$",
                            re.I)
_MERGED_CUE = re.compile(r"\b(?:merged (?:with|into)|incorporated|absorbed)\s+(?:the\s+)?$", re.I)


def _mark_containers(text: str, clusters: list[Cluster], mentions: list[Mention]) -> None:
    """Areas first named as the whole another area belongs to, right after that area is named:
    'Ferroalloys remain the pillar industry of Minhe Industrial Park, one of the parks that make up the
    Haidong Industrial Park.'"""
    seen: set[int] = set()
    for i, m in enumerate(mentions):
        if m.cluster in seen:
            continue
        seen.add(m.cluster)
        near = [n for n in mentions[:i] if n.cluster != m.cluster and m.start - n.end < 160]
        if _named_as_container(text, m.start, near, others_named=len(seen) > 1):
            clusters[m.cluster].container = True


def _named_as_container(text: str, start: int, near: list[Mention], others_named: bool) -> bool:
    """Whether the name at ``start`` is first named as the whole another area belongs to ('..., one of the parks
    that make up the Haidong Industrial Park', '... jointly built by the China-Singapore Suzhou Industrial Park'),
    as one taken into the area the text is about ('In 2015 it was merged with Dongguan Ecological Park, and the
    combined park ...'), or as the one an area lies in ('..., located in Nanchang ETDZ')."""
    if near and _CONTAINER_CUE.search(text, max(0, start - 60), start):
        return True
    if not others_named:
        return False
    if _MERGED_CUE.search(text, max(0, start - 40), start) or _MANAGED_CUE.search(text, max(0, start - 60), start):
        return True
    # an area lies in it, not a project ('eight of them to be located in the Hubei Dawu EDZ')
    return _INSIDE_CUE.search(text, max(0, start - 40), start) is not None and (
        any(start - n.end < 80 for n in near) or _AREA_NOUN.search(text, max(0, start - 60), start) is not None)


def _district_is_the_zone(fitting: list[int], clusters: list[Cluster]) -> bool:
    """True when 'the district' can only be a zone called a district: Henan's 'Nanle Industrial Cluster District'
    beside Nanle County, its county (no administrative area the text names is a district).

    >>> zone = Cluster(names=["Nanle Industrial Cluster District"], entity_type="industrial_park")
    >>> county = Cluster(names=["Nanle County"], entity_type="district")
    >>> _district_is_the_zone([1, 0], [zone, county]), _district_is_the_zone([0], [county])
    (True, False)
    >>> host = Cluster(names=["Jian'an District"], entity_type="district")
    >>> cluster = Cluster(names=["Jian'an Jiangguanchi Industrial Cluster District"], entity_type="industrial_park")
    >>> _district_is_the_zone([1, 0], [cluster, host]), _district_is_the_zone([1, 0], [zone, host])
    (True, False)
    """
    named_district = [clusters[i] for i in fitting if clusters[i].name.endswith(" District")]
    zones = [c for c in named_district if c.entity_type != "district"]
    # (nor one whose name opens with the zone's: 'Jian'an District' beside the 'Jian'an Jiangguanchi Industrial Cluster
    # District', whose own report names its host district in full where it means it)
    return bool(zones) and all(c.entity_type != "district" or any(
        z.name.startswith(c.name.removesuffix("District")) for z in zones) for c in named_district)


def _antecedent(kind: str, offset: int, mentions: list[Mention], clusters: list[Cluster], text: str) -> int | None:
    wanted = _KIND_TYPES.get(kind.split()[-1], set())
    # (not an area named for how far away it is: 'Shangtianti Park, about 14 kilometers south of Minggang Park, ...
    # The park has a planned area of ...')
    # (nor one named as what is no more: 'Founded in 2020 on the former Zhuhai High-tech Zone's northern campus, the
    # Tangjiawan cooperation zone ...')
    previous = [m for m in mentions if m.explicit and m.start < offset
                and not _DISTANCE_FROM.search(text, max(0, m.start - 40), m.start)
                and not text.endswith(("the former ", "The former "), max(0, m.start - 11), m.start)]
    # (or whose own name ends with the noun: 'the district' for the 'Zhongmou Automobile Industrial Cluster District')
    noun = kind.split()[-1].capitalize()
    fitting = [m.cluster for m in reversed(previous) if clusters[m.cluster].entity_type in wanted
               or clusters[m.cluster].name.rsplit(" ", 1)[-1] == noun]
    if noun in ("County", "District"):
        # (not a prefecture-level area, nor a banner, which is 'the banner': 'ores mined in the county' on a page that
        # names the Hinggan League and the Jalaid Banner)
        fitting = [i for i in fitting if clusters[i].name.rsplit(" ", 1)[-1] not in ("League", "Prefecture", "Banner")]
    # 'the park' is the whole, not one of its parts, unless the paragraph is about that part
    paragraph = text.rfind("\n\n", 0, offset)
    # (not named in the list of parts itself: 'The park comprises two parts: the Liaolan North Park, ... and the
    # Liaolan South Park, .... The park covers ...')
    # (nor one named inside a sentence about the whole, after 'of which': 'Exports of the whole park reached ...,
    # of which the auto parts park accounted for ... Fixed-asset investment in the park ...')
    # (nor a part a share of the whole is told of: '..., of which 1.31 billion yuan went into the new materials park',
    # '112 industrial enterprises above designated size in the park, 64 of them in the salt chemical park')
    named_here = {m.cluster for m in previous if m.start > paragraph and not _PARTS_CUE.search(
        text, max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1, m.start)
        and not _OF_WHICH_BEFORE.search(text, max(0, m.start - 16), m.start)
        and not (clusters[m.cluster].part and (SHARE_S_PART_BEFORE.search(text, max(0, m.start - 120), m.start)
                                               or _COUNT_S_PART_BEFORE.search(text, max(0, m.start - 120), m.start)))}
    if len(parts_here := {i for i in named_here if clusters[i].part}) >= 2:
        named_here -= parts_here  # (a paragraph naming several parts in turn is about none of them alone)
    elif parts_here and _ABOUT_THE_WHOLE.match(text, paragraph + 1):
        # ('In 2023, the park realized total industrial output value of ..., of which the photovoltaic materials park
        # contributed .... The Tibetan medicine park achieved .... Operating revenue of the park reached ...': a
        # paragraph that opens on the whole is about it, whichever part it names on the way)
        named_here -= parts_here
    fitting = [i for i in fitting if not clusters[i].part or i in named_here] or fitting
    if kind.startswith(("whole ", "entire ")):  # ('Exports of the whole park ...' after its parts' figures)
        fitting = [i for i in fitting if not clusters[i].part] or fitting
        kind = kind.split(" ", 1)[1]
    # (nor the whole another area belongs to, unless a sentence of the paragraph is about it: 'Waigang Industrial Park,
    # some 330 km to the east, is ... The park produced ...' after the cooperation park it jointly builds)
    subjects = {m.cluster for m in previous if m.start > paragraph and _SENTENCE_OPENS.search(
        text, max(0, m.start - 4), m.start)}
    fitting = [i for i in fitting if not clusters[i].container or i in subjects] or fitting
    words = kind.split()
    if len(words) > 1:
        # 'the demonstration zone', 'the high-tech zone', 'this national high-tech zone': the area whose
        # name says so (a level is not in the name)
        keys = [w.replace("-", "") for w in words[:-1] if w not in _LEVELS]
        named = [i for i in fitting if any(k in clusters[i].name.lower().replace("-", "") for k in keys)]
        # ('the medical high-tech zone' beside two high-tech zones: the one whose name says both)
        every = [i for i in named if all(k in clusters[i].name.lower().replace("-", "") for k in keys)]
        fitting = every or named or fitting
    # 'the park' after a park and a development zone: the park
    exact = _EXACT_TYPES.get(words[-1], set())
    if words[-1] == "district" and _district_is_the_zone(fitting, clusters):
        exact = {clusters[i].entity_type for i in fitting if clusters[i].entity_type != "district"}
    fitting = [i for i in fitting if clusters[i].entity_type in exact] or fitting
    if words[-1] == "area":  # ('the area' after the 'Lushan Liangwa Industrial Agglomeration Area' in Lushan County)
        fitting = [i for i in fitting if clusters[i].name.split()[-1] == "Area"] or fitting
    if words[-1] == "zone":  # 'the zone' after a zone and a software park or a new area around it: the zone
        fitting = [i for i in fitting if clusters[i].name.split()[-1] in _ZONE_WORDS - {"Area"}] or \
            [i for i in fitting if clusters[i].name.split()[-1] in _ZONE_WORDS] or fitting
    if text.startswith(("this ", "This "), offset) and fitting:
        return fitting[0]  # 'Tai'an High-tech Zone. In this national high-tech zone, ...': the one just named
    if len(words) == 1 and fitting:
        # 'In the high-tech zone, GDP grew ... The zone had ...': the area referred to just before,
        # by name or as 'the high-tech zone', when it fits
        recent = max((m for m in mentions if m.start < offset and m.cluster in fitting), key=lambda m: m.start)
        if offset - recent.end < _RECENT and not recent.explicit:
            return recent.cluster
        # ('1. Ruili Border Economic Cooperation Zone' over 'Located in Ruili, ..., the zone remained ...': the zone
        # a section's heading names; or a yearbook's heading in brackets before its text, '【Dangyang Miaoqian
        # Industrial Park】 The park is in Miaoqian Town ...')
        line_end = text.find("\n", recent.end)
        line_start = text.rfind("\n", 0, recent.start) + 1
        # (or an item that opens with the name as a sentence of its own: '(3) Dongyang Qianxiang Industrial Park.
        # Magnetic materials are the leading industry of the park, ...')
        if offset - recent.end < _RECENT and _HEADING_BEFORE_NAME.fullmatch(text, line_start, recent.start) \
                and (_HEADING_AFTER_NAME.fullmatch(text, recent.end, len(text) if line_end < 0 else line_end)
                     or (text[line_start: recent.start].strip() and _NAME_ALONE_AFTER.match(text, recent.end))):
            return recent.cluster
        # (a yearbook's heading in brackets before its section's text, '【Dangyang Miaoqian Industrial Park】 The park
        # is in Miaoqian Town ...': the park it names, to the next such heading)
        section = text.rfind("【", 0, offset)
        if section >= 0:
            headed = [m for m in mentions if section < m.start < offset and m.cluster in fitting
                      and _BRACKET_HEADING_OPENS.fullmatch(text, section + 1, m.start)
                      and _BRACKET_HEADING_CLOSES.match(text, m.end)]
            if headed:
                return headed[0].cluster
    # ('Heguan: special vehicles drive new growth' over 'In Qingzhou, the Heguan Industrial Park is building its name
    # on special-purpose vehicles, ... Output value of enterprises above designated size in the park was ...': a
    # roundup's paragraph on one zone, the subject of its sentence, the only one the paragraph names)
    if len(words) == 1 and fitting and paragraph >= 0:
        # ('Danghu. Pinghu's main park sits ... The park's output value ...': the zone a paragraph opens with, named
        # alone as a sentence of its own)
        opener = next((m for m in mentions if paragraph < m.start < offset and not text[paragraph: m.start].strip()),
                      None)
        if opener is not None and opener.cluster in fitting and _NAME_ALONE_AFTER.match(text, opener.end):
            return opener.cluster
        # ('Zhalainuoer: the port's workshop' over 'About 25 kilometers east of ..., the Zhalainuoer park has turned
        # ... which the park is cultivating': a roundup's section headed by one zone's name and a title after a
        # colon or a dash is about that zone, whatever the table above it named last)
        heading = text.rfind("\n\n", 0, paragraph)
        line = text[heading + 2: paragraph] if heading >= 0 else ""
        if 0 < len(line.strip()) <= 80 and "\n" not in line.strip() and not line.rstrip().endswith("."):
            head = next((m for m in mentions if heading + 2 <= m.start < paragraph), None)
            if head is not None and head.cluster in fitting \
                    and _HEADING_BEFORE_NAME.fullmatch(text, heading + 2, head.start) \
                    and _TITLED_AFTER_NAME.match(text, head.end):
                return head.cluster
        said = [m for m in previous if m.start > paragraph and m.cluster in fitting]
        if said and len({m.cluster for m in said}) == 1 and _SUBJECT_NAME_BEFORE.fullmatch(
                text, max(text.rfind(". ", 0, said[0].start) + 2, text.rfind("\n", 0, said[0].start) + 1),
                said[0].start):
            return said[0].cluster
    # ('..., the Dianshi Industrial Park ... completed .... In the Baijie Energy and Chemical Industrial Park,
    # industrial investment reached .... The park added five ...': the zone the sentence before was about, named as
    # its subject or the place its sentence opens on, is no mention in passing)
    last = next((m for m in reversed(previous) if m.cluster in fitting), None) if len(words) == 1 else None
    if last is not None and offset - last.end < _RECENT and last.start > paragraph \
            and not any(m.start > last.end for m in mentions if m.start < offset) \
            and _SUBJECT_OR_PLACE_BEFORE.fullmatch(
                text, max(text.rfind(". ", 0, last.start) + 2, text.rfind("\n", 0, last.start) + 1), last.start) \
            and text.rfind(". ", last.end, offset) >= 0:
        return last.cluster
    # ('Dengjiapu park climbs 25 places in Hunan's 2023 park evaluation' over '... the Yongxing Bianjiang Industrial
    # Park in Chenzhou rose 31 places ...', then a heading, 'From braised tofu to circuit boards', over '... is the
    # park's characteristic industry': a section a heading opens, naming no area before it, is about the area the
    # page's title names, not the one named last in the section before)
    if len(words) == 1 and len(fitting) >= 2 and paragraph >= 0 and (titled := _titled_cluster(
            text, offset, paragraph, mentions, fitting)) is not None:
        return titled
    # an area named once in passing ('only X High-tech Zone grew faster') is rarely what
    # 'the zone' means later: prefer one the text keeps talking about
    for index in fitting:
        if clusters[index].mentions >= 2:
            return index
    return fitting[0] if fitting else None


def _titled_cluster(text: str, offset: int, paragraph: int, mentions: list[Mention], fitting: list[int]) -> int | None:
    """The one fitting area the page's title names, when ``offset`` is in a section a heading of its own opens and no
    area is named by its name between the heading and it; else None."""
    prose = PROSE_LINE.search(text)
    if prose is None or paragraph <= prose.start():
        return None
    end = paragraph
    for _ in range(_SECTION_PARAGRAPHS):
        start = text.rfind("\n\n", 0, end)
        if start < prose.start():
            return None
        block = text[start + 2: end].strip()
        if any(start < m.start < offset and m.explicit for m in mentions):
            return None
        if block and "\n" not in block and len(block) <= 80 and not block.endswith((".", ":", "：", ";", "?", "？")):
            titled = {m.cluster for m in mentions if m.start < prose.start() and m.cluster in fitting}
            return titled.pop() if len(titled) == 1 else None
        end = start
    return None


_SECTION_PARAGRAPHS = 6  # the paragraphs back from an anaphor that its section's heading may stand above


# a paragraph that opens on the whole zone: 'In 2023, the park realized ...', 'The zone's exports ...'
# (perhaps under a heading of its own: 'Main indicators (2023)'; not one that goes on to its parts: 'The park includes
# two parts. The Xiuren section, the main area, has ...')
_ABOUT_THE_WHOLE = re.compile(r"\s*(?:[^\n.]{1,60}\n)?(?:(?:In|By|For|During) [^,.;]{2,40},\s*)?[Tt]he (?:whole )?"
                              r"(?:zone|park)\b(?!-)(?![^.\n]{0,40}\b(?:parts|sections|areas|clusters|sub-?parks)\b)")
_RECENT = 300  # characters: about the sentence before
# what may stand before a name that is its sentence's subject: 'In Qingzhou, the ', "Zhucheng's ", 'The '
_SUBJECT_NAME_BEFORE = re.compile(r"\s*(?:(?:In|At) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,\s*)?(?:[Tt]he\s+)?"
                                  r"(?:[A-Z][\w'’-]*['’]s\s+)?")
# ... or the place it opens on: 'In the ', 'At the '
_SUBJECT_OR_PLACE_BEFORE = re.compile(r"\s*(?:In|At) (?:the )?|" + _SUBJECT_NAME_BEFORE.pattern)
# a heading that is a zone's name alone, perhaps numbered, perhaps with a note in brackets: '1. Ruili Border Economic
# Cooperation Zone', '3. China-Laos Mohan-Boten Economic Cooperation Zone (Mohan area)'
_HEADING_BEFORE_NAME = re.compile(r"\s*(?:\(?\d{1,2}[.)、]\s*|[IVX]{1,4}\.\s+|[-•·*#]+\s*)?(?:The\s+)?")
_NAME_ALONE_AFTER = re.compile(r"[.:：][ \t]+[A-Z]")
_TITLED_AFTER_NAME = re.compile(r"\s*(?:[:：]|\s[-–—]|\s?—)\s*\S")  # ('Zhalainuoer: the port's workshop')
_HEADING_AFTER_NAME = re.compile(r"\s*(?:[(（][^()（）\n]{1,40}[)）])?\s*:?\s*")
_LEVELS = frozenset({"national", "state", "provincial", "municipal", "county"})
_BRACKET_HEADING_OPENS = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){0,3}")  # (after the '【')
_BRACKET_HEADING_CLOSES = re.compile(r"\s*】")


# a level that qualifies the zone itself: 'a national-level development zone', 'the first
# municipal-level characteristic industrial park', 'parks above provincial level'
_LEVEL_CUE = guarded(re.compile(
    r"\b(national|state|provincial|municipal|county)[- ]level\s+(?:[\w&-]+\s+){0,6}?(?:zone|park|new area)\b|"
    r"\b(?:a|an|the|as)(?:\s+(?:first|only|second|new))?\s+(national|state|provincial|municipal|county)"
    r"\s+(?:[\w&-]+\s+){0,6}?(?:zone|park|new area)\b|"
    r"\b(?:among|one of)\b[^.;]{0,30}?\b(national|state|provincial|municipal)(?:[- ]level)?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:zones|parks)\b|"
    r"\b(?:zones?|parks?) (?:at or )?(?:above|at) (?:the )?(national|state|provincial|municipal|county)[- ]level\b",
    re.I))  # guarded: see firstchar
# (searched in every sentence about an entity: prechecked, see prefilter)
_NATIONAL = Prechecked(re.compile(r"approved by the State Council|State Council approved|"
                                  r"upgraded\b[^.;]{0,30}?\b(?:to|into|as) (?:a )?(?:national|state)\b", re.I))
_FOUNDED = [Prechecked(re.compile(r"\b(?:established|founded|set up|inaugurated|launched|created)\b[^.;]{0,40}?"
                                  r"\b(?:in|on)\s+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\.?\s+)?(?:\d{1,2},?\s+)?"
                                  r"((?:19|20)\d\d)", re.I)),
            Prechecked(re.compile(r"\b((?:19|20)\d\d)\b[^.;]{0,40}?\b(?:approved the establishment|was established|"
                                  r"was founded|was set up)", re.I)),
            Prechecked(re.compile(r"\bapproved\b[^.;]{0,40}?\bin\s+((?:19|20)\d\d)", re.I))]


_BY_THE_PROVINCE = re.compile(r"\bapproved by the (?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+ )?provincial "
                              r"(?:people['’]s )?government\b", re.I)
_ZONES_OF_A_LEVEL = re.compile(r"\b(provincial|national|state|municipal)[- ]level (?:development |industrial |"
                               r"economic development |high-tech )?(?:zones|parks)\b", re.I)
_COUNTY_UNDER = re.compile(r"\b(?P<county>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)(?: County| City)?, an? "
                           r"(?:county-level city|county|district)\s+"
                           r"(?:under(?: the jurisdiction of)?|administered by)\s+"
                           r"(?P<city>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)")
# the city named right after a zone's name: '... Industrial Park in Wuwei', '..., also in Jinzhong', '... in the Linxia
# Hui Autonomous Prefecture', '... (Tacheng Prefecture)', '... (Lu'an, Anhui)'
_CITY_AFTER_NAME = (r"(?:,?\s+(?:also\s+)?in\s+(?:the\s+)?|\s*[(（]\s*)(?P<city>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)"
                    r"(?=\s*(?:[,.;:)）]|City\b|League\b|Prefecture\b|(?:[A-Z][a-z]+\s+){1,3}Autonomous\b|$))")
_OWNER_BEFORE = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:'s|’s)\s+$")


def entity_attributes(cluster: Cluster, sentences_text: list[str], doc_places: Counter, text: str) -> dict:
    """Level, province, city and founding year of a cluster, from the sentences about it.

    A level written right before one of its names ('the county-level Ningjin ... Park') is
    looked for in the whole ``text``: the sentence may be counted as another area's.
    """
    level = None
    if re.search(r"\b(?:National|State-level)\b", cluster.name) or any(_NATIONAL.search(s) for s in sentences_text):
        level = "national"
    if level is None and "level" in text:  # 'the provincial-level Qinghe Economic Development Zone'
        level = _level_before_name(text, cluster.names)
    for sentence in sentences_text:
        if level is not None:
            break  # found: later sentences change nothing
        m = _LEVEL_CUE.search(sentence)
        if m:
            word = next(g for g in m.groups() if g).lower()
            level = {"state": "national"}.get(word, word)
    if level is None and any(_BY_THE_PROVINCE.search(s) for s in sentences_text):
        level = "provincial"  # 'The zone was approved by the provincial government in 1992'
    if level is None and "level" in text and cluster.entity_type not in ("district", "other"):
        # 'The city's three provincial-level development zones ...': the level of every zone the item is about
        levels = {m.group(1).lower() for m in _ZONES_OF_A_LEVEL.finditer(text)}
        if len(levels) == 1:
            (word,) = levels
            level = {"state": "national"}.get(word, word)
    if level is None and re.search(r"\bCounty\b", cluster.name):
        level = "county"
    if level is None and re.search(r"Economic(?: and |-)Technological Development (?:Zone|Area)|\bETDZ\b",
                                   cluster.name):
        # the State Council's name for its zones (经济技术开发区); provincial ones are Economic Development Zones
        level = "national"
    if cluster.entity_type == "district":
        level = None  # an administrative district has no zone level
    founded = None
    for pattern in _FOUNDED:
        found = next((f for f in map(pattern.search, sentences_text) if f), None)
        if found:
            founded = int(found.group(1))
            break
    words = re.findall(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+", cluster.name)
    province = next((w for w in words if w in PROVINCES), None)
    city = None
    for w in words:
        if w in CITIES:
            city = PREFECTURE_OF.get(w, w)
            province = province or CITIES[w]
            break
    if city is None and province is None:
        # "Beijing's Zhongguancun Daxing Biomedicine Industrial Base": the place that owns the name
        owner = _OWNER_BEFORE.search(text, 0, max(text.find(cluster.name), 0))
        if owner is not None and (owner.group(1) in CITIES or owner.group(1) in PROVINCES):
            place = owner.group(1)
            city = PREFECTURE_OF.get(place, place) if place in CITIES else None
            province = CITIES.get(place) if place in CITIES else place
    if " under " in text and (city is None and province is None or city in words):
        # ('..., the zone lies in Gaizhou, a county-level city under Yingkou, ...': the prefecture a county of the
        # zone's name is said to be under, whatever other cities the page names more; so too when the county shares
        # its name with a prefecture: 'Jinzhou, a county-level city under Shijiazhuang', not Jinzhou in Liaoning)
        for said in _COUNTY_UNDER.finditer(text):
            if said.group("county") in words and said.group("city") in CITIES:
                city = PREFECTURE_OF.get(said.group("city"), said.group("city"))
                province = CITIES[said.group("city")]
                break
    if city is None:
        # ('the Minqin Xuebai Industrial Park in Wuwei rose 15 places', '3  Shawan Sandaohezi Industrial Park (Tacheng
        # Prefecture)', 'Jinzhai Maotanchang Industrial Park (Lu'an, Anhui)'): the city a page of many zones names
        # right after one of its names, before the city the page names most
        for name in cluster.names:
            if name not in text or len(name.split()) < 2:
                continue
            for said in re.finditer(re.escape(name) + _CITY_AFTER_NAME, text):
                place = said.group("city")
                if place in CITIES and place not in PROVINCES and province in (None, CITIES[place]):
                    city, province = PREFECTURE_OF.get(place, place), CITIES[place]
                    if place in SHARED_CITY_NAMES:
                        # ('Maolin Industrial Park (Yulin City)' on a page about Guangxi: the province the page
                        # names most of those that have a city of that name)
                        named = [(n, p) for p, n in doc_places.items() if p in SHARED_CITY_NAMES[place]]
                        province = max(named)[1] if named else province
                    break
            if city is not None:
                break
    if city is None and province is None:
        cities = [(n, c) for c, n in doc_places.items() if c in CITIES and c not in PROVINCES]
        if cities:
            city = PREFECTURE_OF.get(max(cities)[1], max(cities)[1])
            province = CITIES[max(cities)[1]]
        else:
            provinces = [(n, p) for p, n in doc_places.items() if p in PROVINCES]
            province = max(provinces)[1] if provinces else None
    if city is None and province in MUNICIPALITIES:
        city = province
    if city is None and province is not None and cluster.entity_type != "demonstration_zone":
        # 'Guizhou Shuanglong Airport Economic Zone' on a page that names Guiyang: the city of its province
        # the page names most (a province's pilot zone or new area may span several of its cities)
        cities = [(n, c) for c, n in doc_places.items() if CITIES.get(c) == province and c not in PROVINCES]
        if cities:
            city = PREFECTURE_OF.get(max(cities)[1], max(cities)[1])
    return {"level": level, "province": province, "city": city, "established_year": founded}


@lru_cache(maxsize=4)
def _level_words(text: str) -> tuple[re.Match[str], ...]:
    """The level words of a document, found once for all its areas."""
    return tuple(_LEVEL_WORD.finditer(text))


_LEVEL_WORD = re.compile(r"\b(national|state|provincial|municipal|county)[- ]level\s+", re.I)


def _level_before_name(text: str, names: list[str]) -> str | None:
    """The level written right before one of ``names`` (at most two words between them)."""
    for m in _level_words(text):
        following = text[m.end(): m.end() + 300]
        # 'three national-level development platforms -- the X Zone, the Y Zone and ...': each of them
        listed = _LEVEL_LIST.match(following)
        reach = following[: following.find(".", listed.end())] if listed else following[:120]
        for name in names:
            at = reach.find(name)
            if at >= 0 and (listed or reach[:at].count(" ") <= 2):
                word = m.group(1).lower()
                return "national" if word == "state" else word
    return None


_LEVEL_LIST = re.compile(r"[\w\s-]{0,40}?\b(?:zones|parks|platforms|areas)\s*(?:--|—|:|,)")


def count_places(text: str) -> Counter:
    """How often the document names each known province and city."""
    return Counter(word for word in _CAPITALISED.findall(text) if word in _PLACES)


_PLACES = frozenset(CITIES) | frozenset(PROVINCES)
# A capitalised word ('\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+'), written to start with the capital so that the
# engine skips to capitals: '(?<!\w.)' after it is the '\b' before it.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w.)[a-zß-öø-ÿ'’]+(?: Mongolia)?")
