"""Read which industries a sentence places in an area, and in what role.

An industry word counts only where the sentence talks about industries
(an 'industry', 'cluster', 'sector' or 'economy' nearby), so that 'big
data' in a slogan or 'New Materials Co., Ltd.' in a firm's name is not an
industry of the zone. The role is the nearest cue: 'leading', 'pillar' and
'dominated by' before the word, or 'as the characteristic industry' after.
"""

from __future__ import annotations

import re
from dataclasses import replace

from orchestration.extract import lexicon
from orchestration.extract.firstchar import guarded
from orchestration.extract.model import IndustryFact
from orchestration.extract.prefilter import GatedTable, Prechecked, fold

_PATTERNS = GatedTable((re.compile(p, re.I), code) for p, code in lexicon.INDUSTRIES)
_ROLE_BEFORE = [(re.compile(p, re.I), role) for p, role in lexicon.ROLE_BEFORE]
_EMERGING_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:to be (?:built|developed|cultivated)|in the future|will)\b", re.I)
_CONTEXT = Prechecked(re.compile(r"industr|cluster|sector|economy|\bchain\b|\bpillar|\bleading\b|\bemerging\b|"
                                 r"characteristic|cultivat|growth (?:engine|pole|driver|point|area)|"
                                 r"(?<!at )\bpresent in\b|"
                                 r"\bfuture industr|"
                                 # ('The zone is now courting investors in new energy vehicles and biomedicine')
                                 r"\bcourting\b|"
                                 # ('New building materials are present as well', 'Also present: papermaking')
                                 r"\b(?:[Aa]lso|still|(?:is|are)(?: also| still)?) present\b|\bpresent as well\b|"
                                 r"\balso home to\b|\bbuilt around\b|"
                                 r"\bcent(?:red|ered) on\b|\bfocus(?:es|ed)? on\b|"
                                 r"\bled by\b|\bbackbone\b|\bmainstays?\b|"
                                 r"\b(?:is|are|also|actively|vigorously) developing\b|"
                                 r"\brel(?:ies|y|ied) (?:mainly |chiefly |largely |heavily )?on\b|"
                                 # a label's role word, capitalised: 'Cultivating: hydrogen energy', 'Featured: tofu'
                                 # ('Leading firms include ...' names firms)
                                 r"\b(?:Leading(?! (?:firms|companies|enterprises))|Emerging|Characteristic|Pillar|"
                                 r"Cultivat\w*|[Ff]eatured)\b"))
_FACILITY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:projects?|cent(?:er|re)s?|plants?|factory|factories|"
                             r"company|companies(?! (?:are|were) also\b)|fabs?|production lines?)\b", re.I)
_CAPITALISED_ANYWHERE = re.compile(r"\b(?:[A-Z]{2,}s?|Chinese|Tibetan|Mongolian|Uyghur|Miao|"
                                   r"(?:Zhuang|Yao|Dai)(?= (?:and [A-Z][a-z]+ )?medicine))\b")
# only quotes, bullets or spaces before the word, or a label or a speaker's name and a colon
# ('Chen: Automobiles are ...')
# ... or a transcript's bracketed tag ('[VOICE-OVER] Textiles and garments, the park's leading industry, ...')
_LEADS_SENTENCE = re.compile(r"^(?:[^A-Za-z]*|[^:：]{1,40}[:：]\s*[\"“'‘]?|[\[(][A-Za-z][A-Za-z -]{1,30}[\])]\s*)$")
# A heading over a list of industries ('Leading industries', 'Emerging industries:') gives its role
_ROLE_HEADING = guarded(re.compile(  # guarded: see firstchar
    r"\b(leading|pillar|main|dominant|characteristic|featured|distinctive|emerging)\s+industr", re.I))
# ('develop it into a new pillar industry', 'the park's main emerging industry': still to come, so first)
_ROLE_WORDS = (r"(?:new|next|fresh|future) pillars?|main emerging|"
               # ('are our three pillars'; 'Electrical equipment, the zone's signature industry')
               # (not another place's: 'Fine chemicals and textiles, the old pillars of the city's economy, are still
               # present in the zone')
               r"leading|pillars?(?! of (?:the |its )?(?:city|county|province|country|region|nation)\b)|"
               r"dominant|main|mainstays?|backbone|characteristic|distinctive|featured|specialty|"
               r"signature(?= (?:industr|sectors?\b))|"
               # 'Auto parts are our number one industry', 'The chemical new materials industry, the zone's largest,'
               r"number one|No\. ?1|(?:largest|biggest)(?= (?:industry|sector|pillar|cluster)\b|,)|"
               r"emerging|(?:new|fresh|next) growth (?:engine|pole|area|point|driver)s?|growth points?|new tracks?|"
               r"future(?= industr)|"
               r"building up|built up|cultivat\w*|to be built|new industries|nurtur\w*|"
               r"foster\w*|being developed|newly developing|courting|"
               # ('Port logistics will serve as a supporting industry': there to serve the others, merely present; not
               # 'cigarettes and (its) supporting industries', the industry's own trades)
               r"(?<!its )(?<!and )(?<!their )supporting(?= (?:industr|sectors?\b|services?\b))")
# the role stated in the predicate after the industries: 'X and Y are the zone's two pillar industries',
# 'make X its leading industry', 'X, the zone's largest pillar', 'X as emerging industries'
_ROLE_PREDICATE = re.compile(
    r"^[^.;:]{0,160}?\b(?:as|are|is|were|was|been|remain(?:s|ed)?|constitutes?|forms?|be|becomes?|became|being|into|"
    r"its|their|"
    r"began|begun|started|"  # 'The lithium battery materials industry, which the zone began to cultivate in 2019'

    r"our|the zone's|the park's|the district's|two|three|four|five|six|seven|eight)\b(?:\s+[\w'’-]+){0,6}?\s+("
    + _ROLE_WORDS + r")\b", re.I)
# the role in an aside right after the word: 'X industry, the leading industry of the zone,',
# 'lithium battery materials, an emerging industry', 'hydrogen energy (emerging)'
# (a word or two of the trade may come first, and a place's name may own the role: 'Gold and precious metals
# processing, a characteristic industry', 'The beef cattle processing industry, Xinye's best-known featured industry')
_ROLE_APPOSITIVE = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?(?:\s+(?:industry|industries|sector|cluster))?"
                              # ('Lithium battery materials, the Sichuan Danling Economic Development Zone's leading
                              # industry': a zone's whole name owns it; 'Tea and pomelo processing, characteristic
                              # industries of Fengshun': no article before a plural)
                              # ('Pine resin processing, long a featured industry of Dingnan')
                              r"(?:\s*[,，]\s*(?:(?:long|still|now|once again|also)\s+)?"
                              r"(?:the\s+(?:(?-i:[A-Z])[\w-]*\s+){1,6}?(?-i:[A-Z])[\w-]*['’]s|the|an?|its|"
                              # ('Port logistics, another pillar industry')
                              r"our|another|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?|\s*\(\s*|"
                              r"\s*[,，]\s*(?=(?:" + _ROLE_WORDS + r")\s+(?:industries|sectors)\b))(" + _ROLE_WORDS +
                              r")\b", re.I)
# where a new clause with its own verb starts ('..., and it is cultivating', '..., and has developed'); a list's
# last item ('A, B, and C') does not
# ('Sugar refining and its downstream products remain the pillar industry': 'its' without a comma is the same subject)
_NEW_CLAUSE = re.compile(r"(?:,\s*|\b)(?:and|but)\s+(?:is|are|has|have|had|was|were|will|it|it's|"
                         r"the (?:zone|park|district|area|city))\b|,\s*(?:and|but)\s+its\b|\bwhile\b|,\s*with\b",
                         re.I)
# a label's industry and its role after the colon: 'Energy storage batteries: being cultivated as an emerging industry'
# (or a dash: 'Electronic information - the pillar industry', 'New energy vehicle components — leading industry')
_TO_BECOME = re.compile(r"[^.]{0,80}?\b(?:want|wants|aim|aims|plan|plans|hope|hopes|strive|strives|is set|are set)\s+"
                        r"(?:it|them|this|these)?\s*to\s+(?:become|grow into|develop into|turn into)\b[^.;]{0,40}?"
                        r"\b(?:leading|pillar|main|characteristic|featured)\b", re.I)
# a role's adjective that describes the products after a label, not the industry
_PRODUCT_ADJECTIVE = re.compile(r"(?:specialty|characteristic|distinctive|featured)\s+"
                                r"(?!industr|sectors?\b|clusters?\b|one\b|local\b|and\b|or\b)[a-z]", re.I)
_ROLE_AFTER_LABEL = re.compile(r"(?:\s+(?:industry|industries|sector|cluster))?(?:\s*[:：]\s*(?:[\w'’-]+\s+){0,4}?|"
                               r"(?:\s+[a-z][\w-]*)?\s+[-–—]{1,2}\s*(?:the |its |our )?(?:(?-i:[a-z])+ )?)("
                               + _ROLE_WORDS + r")\b", re.I)
# the word's own predicate says it is merely there: 'and farm machinery makers are also present' (no verb between)
# (nor another clause: '..., and farm machinery makers are also present' is not said of the industries before it)
_PRESENT_AFTER = re.compile(r"(?:(?!\b(?:is|are|was|were|has|have|as|remains?)\b|,\s*(?:and|but|while)\b)"
                            # ('Farm machinery is still present': an old industry that stayed)
                            r"[^.;:]){0,100}?(?:\b(?:is|are)\s+(?:also\s+|still\s+)?(?:present|located|found)\b|"
                            # ('textile machinery makers have also settled here', 'Buyi batik workshops also have a
                            # place in the park')
                            r"\b(?:have|has)\s+also\s+(?:settled|set up shop|moved in)\b|"
                            # ('..., and modern logistics serving the corridor has also taken shape')
                            r"\b(?:have|has)\s+(?:also\s+)?(?:taken shape|begun to take shape)\b(?!\s+as\b)|"
                            r"\balso\s+(?:have|has)\s+a\s+place\b)", re.I)
_AND_TAIL = re.compile(r"\s+and\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*[,，]|\s+[-–—])")
# (not '..., with tea as its featured one,': a role of its own)
# (after the rest of the industry's words: 'Nonferrous metals deep processing, with silver, lead and zinc at its core,
# remains ...'; a bracket in it one piece: ', with green food processing (tea, rice and sesame products) as ...')
_WITH_ASIDE = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?,\s*with\b(?!(?:[^,.;:()]|\([^()]*\))*\bas\b)"
                         r"(?:[^,.;:()]|\([^()]*\)){1,80},", re.I)
_AND_ANOTHER = re.compile(r",\s*and\s+", re.I)
# two words of one industry: 'carbon fibre and composites', 'salt lake chemical and coal chemical industry'
_JOINED = re.compile(r"\s+(?:and|&)\s+(?:[a-z][\w-]*\s+){0,2}|\s*[/、]\s*", re.I)
_ROLE_OF_WORD = [(re.compile(p, re.I), role) for p, role in (
    (r"^(?:new|next|fresh|future) pillar|^main emerging", "emerging"),
    (r"leading|pillar|dominant|main|mainstay|backbone|number one|No\. ?1|largest|biggest", "leading"),
    (r"characteristic|distinctive|featured|specialty|signature", "characteristic"),
    (r"^supporting", "present"),
    (r"emerging|growth|cultivat|built|building|tracks?|new industries|nurtur|foster|develop", "emerging"))]


def heading_role(line: str) -> str | None:
    """The role a heading line gives to the industries listed under it."""
    m = _ROLE_HEADING.search(line)
    return _role_of(m.group(1)) if m else None


def _role_of(word: str) -> str:
    return next((role for pattern, role in _ROLE_OF_WORD if pattern.search(word)), "emerging")


def industry_mentions(doc, text, sentence, entity_at, known_names, listed_role=None) -> list[IndustryFact]:
    """Industry facts of one sentence, one per industry, in text order.

    ``listed_role`` is the role a heading above gives to a list item ('Leading industries').
    """
    body = sentence.text
    if not listed_role and not _CONTEXT.search(body):
        return []  # every industry word needs industry context in its sentence
    taken: list[tuple[int, int, str]] = []
    for pattern, code, start in _PATTERNS.candidates(fold(body)):
        for m in pattern.finditer(body, start):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            taken.append((m.start(), m.end(), code))
            if (also := _ALSO_NAMES.fullmatch(m.group())) is not None:
                taken.append((m.start(), m.end(), also.lastgroup))
    out: list[IndustryFact] = []
    seen: dict[str, int] = {}  # each industry's first word's end
    asides = _COVERS_WORDS.search(body) is not None  # (most sentences have no aside on what an industry covers)
    for start, end, code in sorted(taken):
        word = body[start:end]
        if _in_a_name(word) and not _LEADS_SENTENCE.match(body[:start]):
            continue  # part of a proper name: a firm, a base, a plan
        before = body[max(0, start - 150): start]
        after = body[end: end + 160]
        if not (_CONTEXT.search(before) or _CONTEXT.search(after) or _CONTEXT.search(word) or listed_role):
            continue
        if _FACILITY_AFTER.match(body, end):
            continue  # 'a pharmaceutical logistics distribution center project': a facility, not an industry
        if asides and any(e <= start and c != code and _WHAT_IT_COVERS.fullmatch(body, e, start) is not None
                          for _, e, c in taken):
            # ('The new materials industry, including copper foil and high-end alloy wire, posted ...': what
            # another industry makes, said in an aside on it)
            continue
        if _SERVICE_INDUSTRY.fullmatch(word) and any(c != code and e <= start for _, e, c in taken):
            continue  # 'Logistics is developing as a featured service industry': the kind of the industry named
        if code in seen:
            # ('Carbon fibre and composite materials, the leading industry of the zone': the role in an aside after
            # the industry's last word, joined to its first)
            index = next((i for i, f in enumerate(out) if f.industry == code), None)
            # ('Automobiles and auto parts: the zone's first pillar industry': a label's role after its last word)
            aside = _ROLE_APPOSITIVE.match(body, end) or _ROLE_AFTER_LABEL.match(body, end) \
                if index is not None and seen[code] < start else None
            if aside and _JOINED.fullmatch(body, seen[code], start) \
                    and lexicon.ROLE_STRENGTH[_role_of(aside.group(1))] > lexicon.ROLE_STRENGTH[out[index].role]:
                out[index] = replace(out[index], role=_role_of(aside.group(1)))
            continue
        seen[code] = end
        # (a list item's own words first: '- Emerging: new energy storage' under 'Leading industries')
        role = _cued_role(body, start, end) or (listed_role if listed_role and start < 60 else "present")
        owner = _OWNER_AFTER_ROLE.match(body, end)
        # ('Barium salt chemicals, the pillar industry of the Tianzhu Industrial Park, are ...': the zone the aside
        # names owns it, whatever area the text before was about)
        entity = entity_at(sentence.start + (owner.end() if owner else start), sentence)
        if entity is None:
            continue
        out.append(IndustryFact(doc, entity, code, role, sentence.start, sentence.end, sentence.text))
    return out


# a name that also names a second industry ('New chemical materials, the zone's leading industry': chemicals too),
# where the lexicon, for a figure's industry, reads only the first
_ALSO = {"chemicals": r"new chemical materials?"}
_ALSO_NAMES = re.compile("|".join(f"(?P<{code}>{words})" for code, words in _ALSO.items()), re.I)
_OWNER_AFTER_ROLE = re.compile(r",\s*(?:the|an?|another|its)\s+(?:[\w-]+\s+){0,2}?(?:industry|industries|pillar|sector)"
                               r"\s+of\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,6}?(?:Park|Zone|Area)\b", re.I)
# an aside on what an industry named just before covers, up to an industry word of its own
# ('Equipment manufacturing, which supplies valves, pumps and clean energy equipment parts to ..., is the leading
# industry': what it makes, in a relative clause)
_COVER_WORDS = r"including|such as|cent(?:red|ered) on|built (?:on|around)|covering|led by|mainly|chiefly|from"
_COVERS_WORDS = re.compile(r",\s*(?:" + _COVER_WORDS + r"|which|that)\b", re.I)  # (the cheap test first)
_WHAT_IT_COVERS = re.compile(r"(?:\s+(?:industry|industries|sector|cluster)\s*,\s*(?:" + _COVER_WORDS + r")\b|"
                             r"(?:\s+(?:industry|industries|sector|cluster))?\s*,\s*(?:which|that)\s+(?:supplies|makes|"
                             r"produces|turns out|provides)\b[^;.]{0,40}?)[^,;.]{0,80}?", re.I)
_SERVICE_INDUSTRY = re.compile(r"service industry", re.I)


def _in_a_name(word: str) -> bool:
    """Industry words that open with a capital mid-sentence are part of a proper name ('New Materials Co.').

    An acronym or a people's name does not make a name ('TCM', 'Chinese herbal medicine'), nor do place
    names inside the words ('processing of Weining potatoes and other agricultural products').
    """
    return _CAPITALISED_ANYWHERE.sub("", word).lstrip()[:1].isupper()


# the role right after the industry, with no verb or comma between: 'with biomedicine an emerging sector', 'made new
# energy vehicles a strategic emerging industry'
_ROLE_RIGHT_AFTER = re.compile(r"(?:\s+(?:industry|industries|sector))?\s+an?\s+(?:[\w-]+\s+){0,2}?(" + _ROLE_WORDS +
                               r")\s+(?:industry|sector|cluster)\b", re.I)


_ROLE_CLOSES_THE_LINE = re.compile(r"[(（]\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(" + _ROLE_WORDS +
                                   r")\s+(?:industry|industries|sector|cluster)\s*[)）][\s.;]*?(?=\n|$)", re.I)
_LINE_MARKS = " \t•·*-–—>→▸►▪■●◆"


def _role(body: str, start: int, end: int) -> str:
    return _cued_role(body, start, end) or "present"


def _cued_role(body: str, start: int, end: int) -> str | None:
    """The role the words around an industry give it, if any do."""
    aside = _ROLE_APPOSITIVE.match(body, end) or _ROLE_AFTER_LABEL.match(body, end) \
        or _ROLE_RIGHT_AFTER.match(body, end)
    if aside is None and not body[body.rfind("\n", 0, start) + 1: start].strip(_LINE_MARKS) \
            and (closing := _ROLE_CLOSES_THE_LINE.search(body, end)) is not None \
            and "\n" not in body[end: closing.start()]:
        # ('Optoelectronics and electronic information: output value RMB 11.4 billion, ↑ 15.2% (leading industry)':
        # a fact sheet's line labelled by the industry, its role in brackets at the line's end)
        return _role_of(closing.group(1))
    if _TO_BECOME.match(body, end) is not None:
        return "emerging"  # 'Anode materials ... are what we push hardest; we want them to become our second leading
        # industry': a role still to come
    if aside is not None and aside.re is _ROLE_AFTER_LABEL and ":" in body[end: aside.start(1)] \
            and _PRODUCT_ADJECTIVE.match(body, aside.start(1)):
        aside = None  # 'New materials: specialty silicon and rare-earth functional materials': what it makes
    if aside is None and (tail := _AND_TAIL.match(body, end)) is not None:
        # ('Processing of plateau vegetables and malting barley, a characteristic industry of the zone')
        aside = _ROLE_APPOSITIVE.match(body, tail.end()) or _ROLE_AFTER_LABEL.match(body, tail.end())
    if aside:
        return _role_of(aside.group(1))
    if _PRESENT_AFTER.match(body, end):
        return "present"  # '..., and modern logistics is also present': whatever role the clause before gave others
    best = None
    clause = body.rfind(";", 0, start) + 1  # a cue does not reach across a semicolon,
    colon = body.rfind(":", 0, start)
    if colon >= 0:  # unless the semicolons part the items of a list after a colon
        clause = min(clause, body.rfind(";", 0, colon) + 1)
    # nor into a clause of its own (within the item: 'three leading industries: new materials, with plastic film at
    # its core; equipment manufacturing; ...' keeps its cue past the first item's aside)
    item = body.rfind(";", colon, start) + 1 if colon >= 0 and clause < colon else clause
    for m in _NEW_CLAUSE.finditer(body, max(clause, item), start):
        clause = m.start()
    for pattern, role in _ROLE_BEFORE:
        for m in pattern.finditer(body, clause, start):
            if best is None or m.end() > best[0]:
                best = (m.end(), role)
    after = _ROLE_PREDICATE.search(body[end:])
    # a predicate after the word is the word's own ('X and Y are its pillar industries') unless
    # a clause of its own comes between: in 'its leading industries are X and Y, and it is
    # cultivating Z', 'cultivating' is said of Z, and X and Y keep the cue before them
    # ('Smart manufacturing, with industrial robots and machine vision systems, has been listed as an emerging
    # industry': an aside on what it makes is no clause of its own)
    with_aside = _WITH_ASIDE.match(body, end)
    if after and not _NEW_CLAUSE.search(body, with_aside.end() if with_aside else end, end + after.start(1)) and not (
            # ('Its leading industries are A and B (tea, konjac), and big data services are being cultivated ...':
            # the predicate after ', and' is another subject's, and A and B keep the cue before them)
            best is not None and _AND_ANOTHER.search(body, end, end + after.start(1))):
        return _role_of(after.group(1))
    if best is not None:
        return best[1]
    if _EMERGING_AFTER.search(body[end:]):
        return "emerging"
    return None


def strongest(facts: list[IndustryFact]) -> list[IndustryFact]:
    """One fact per entity and industry: the strongest role, first stated."""
    best: dict[tuple[str, str], IndustryFact] = {}
    for fact in facts:
        key = (fact.entity, fact.industry)
        if key not in best or lexicon.ROLE_STRENGTH[fact.role] > lexicon.ROLE_STRENGTH[best[key].role]:
            best[key] = fact
    return list(best.values())
