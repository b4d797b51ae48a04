"""Write N realistic documents of the genre with their reference answers, deterministically.

Bulletins, profile pages and plan interviews about parks across many cities
and years, in varied phrasings (amounts in billions, '100 million yuan' and
RMB, growth before or after the level, growth without a level, counts, areas,
targets), with page furniture and figures that are not the area's (a firm's
sales, phone numbers, highway numbers). Every stated fact is recorded with
its offsets as the document is written, so recall and precision can be
measured at any scale.

    python -m benchmarks.corpus OUT_DIR --docs 1000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

CITIES = ["Wuhu", "Hefei", "Nanchang", "Ganzhou", "Jiujiang", "Changsha", "Zhuzhou", "Xiangtan", "Yueyang",
          "Wuhan", "Xiangyang", "Yichang", "Zhengzhou", "Luoyang", "Xinxiang", "Taiyuan", "Datong", "Jinan",
          "Qingdao", "Yantai", "Weifang", "Zibo", "Weihai", "Nanjing", "Wuxi", "Changzhou", "Nantong",
          "Yangzhou", "Xuzhou", "Hangzhou", "Ningbo", "Jiaxing", "Shaoxing", "Chengdu", "Mianyang", "Deyang",
          "Yibin", "Leshan", "Kunming", "Qujing", "Guiyang", "Zunyi", "Nanning", "Liuzhou", "Xi'an", "Baoji",
          "Lanzhou", "Yinchuan", "Hohhot", "Baotou", "Shenyang", "Dalian", "Changchun", "Harbin", "Fuzhou",
          "Xiamen", "Quanzhou", "Guangzhou", "Foshan", "Dongguan"]
KINDS = [("Economic and Technological Development Zone", "Economic Development Zone", "etdz"),
         ("High-tech Industrial Development Zone", "High-tech Zone", "high_tech_zone"),
         ("Industrial Park", "Industrial Park", "industrial_park")]
FLOWS = [  # metric, phrases, typical size in billions
    ("gdp", ["the gross regional product", "the regional GDP", "GDP"], 40, 400),
    ("industrial_output_above_size", ["the output value of industrial enterprises above designated size",
                                      "the total output value of industries above designated size"], 60, 600),
    ("industrial_output", ["the total industrial output value", "the industrial output value"], 50, 500),
    ("operating_revenue", ["the operating revenue of enterprises in the zone", "the industrial operating revenue"],
     80, 900),
    ("fiscal_revenue", ["the total fiscal revenue", "the fiscal revenue"], 3, 40),
    ("public_budget_revenue", ["the general public budget revenue"], 1, 15),
    ("tax_revenue", ["the tax revenue", "the full-caliber tax revenue"], 2, 30),
    ("fixed_asset_investment", ["the investment in fixed assets", "the fixed-asset investment"], 10, 120),
    ("exports", ["the exports", "the foreign trade exports"], 5, 90),
    ("foreign_trade", ["the total imports and exports", "the total import and export volume"], 10, 150),
    ("retail_sales", ["the total retail sales of consumer goods"], 5, 60),
]
GROWTH_ONLY = [("industrial_added_value_above_size", "the added value of industries above designated size"),
               ("industrial_investment", "the industrial investment"),
               ("tech_upgrade_investment", "the investment in technological transformation")]
COUNTS = [("enterprises", "enterprises of all kinds", 500, 9000),
          ("enterprises_above_size", "industrial enterprises above designated size", 80, 600),
          ("high_tech_enterprises", "national high-tech enterprises", 40, 900),
          ("listed_companies", "listed companies", 2, 40)]
INDUSTRIES = [("electronic information", "electronic_information"), ("new materials", "new_materials"),
              ("biomedicine", "biomedicine"), ("equipment manufacturing", "equipment_manufacturing"),
              ("new energy vehicles", "new_energy_vehicles"), ("food processing", "food_processing"),
              ("modern logistics", "logistics"), ("fine chemicals", "chemicals"),
              ("photovoltaics", "new_energy"), ("medical devices", "medical_devices")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NOISE = ["Home | News | Investment | Industries | Contact Us", "Address: No. {n} Keji Road | Tel: 0{a}-{b}",
         "Copyright {y} All Rights Reserved. ICP No. {b}-1", "Editor: Wang Li | Source: the management committee"]


@dataclass
class Document:
    """A document being written, and the reference facts it states."""

    name: str
    text: str = ""
    metrics: list[dict] = field(default_factory=list)
    industries: list[dict] = field(default_factory=list)

    def line(self, text: str = "") -> None:
        self.text += text + "\n"

    def sentence(self, text: str, facts: list[dict] = (), industries: list[dict] = ()) -> None:
        start = len(self.text)
        self.text += text + " "
        for fact in facts:
            self.metrics.append({**fact, "doc": self.name, "char_start": start, "char_end": start + len(text),
                                 "evidence": text})
        for fact in industries:
            self.industries.append({**fact, "doc": self.name, "char_start": start,
                                    "char_end": start + len(text), "evidence": text})


def _amount(rng: random.Random, billions: float) -> tuple[str, float]:
    """A money amount as the genre writes it, and its value in yuan."""
    style = rng.random()
    if style < 0.5:
        return f"{billions:.2f} billion yuan", billions * 1e9
    if style < 0.7:
        return f"RMB {billions:.1f} billion", round(billions, 1) * 1e9
    if style < 0.85:
        return f"{billions * 10:.1f} 100 million yuan", round(billions * 10, 1) * 1e8
    return f"{billions:.2f} billion yuan (${billions / 7:.2f} billion)", billions * 1e9


def _fact(entity, metric, value, unit, start, end, yoy=None, kind="actual", qualifier="exact", industry=None):
    return {"entity": entity, "metric": metric, "industry": industry, "period_start": start, "period_end": end,
            "value": value, "unit": unit, "yoy_pct": yoy, "kind": kind, "qualifier": qualifier}


def write_document(index: int, rng: random.Random) -> tuple[Document, dict]:
    city = rng.choice(CITIES)
    full, short, kind = rng.choice(KINDS)
    park = f"{city} {full}"
    alias = f"{city} {short}" if short != full else None
    year = rng.randint(2012, 2024)
    month = rng.randint(2, 12)
    half = rng.random() < 0.3
    doc = Document(f"gen_{index:06d}_{city.lower().replace(chr(39), '')}.txt")
    doc.line(rng.choice(NOISE).format(n=rng.randint(1, 999), a=rng.randint(10, 99), b=rng.randint(1000000, 9999999),
                                      y=year))
    doc.line(f"{park} {'posts first-half growth' if half else 'reviews a year of steady growth'}")
    doc.line(f"Updated: {year + (0 if half else 1)}-{(7 if half else month):02d}-{rng.randint(1, 28):02d}")
    doc.line()
    dated_month = (year, 7) if half else (year + 1, month)
    start, end = (f"{year}-01", f"{year}-06") if half else (f"{year}-01", f"{year}-12")
    period = f"In the first half of {year}" if half else f"In {year}"
    founded = rng.randint(1984, 2010)
    doc.sentence(f"Founded in {founded}, {park} is a {rng.choice(['national', 'provincial'])}-level zone in {city}.")
    first = True
    for metric, phrases, low, high in rng.sample(FLOWS, rng.randint(3, 6)):
        billions = rng.uniform(low, high) * (0.5 if half else 1)
        text, value = _amount(rng, billions)
        growth = round(rng.uniform(-8, 25), 1)
        name = alias if alias and rng.random() < 0.3 else park
        up = f"up {growth}%" if growth >= 0 else f"down {-growth}%"
        phrase = rng.choice(phrases)
        if first:
            sentence = f"{period}, {name} recorded {phrase.replace('the ', '', 1)} of {text}, {up} year on year."
            first = False
        elif rng.random() < 0.25 and growth > 0:
            sentence = f"{phrase[0].upper() + phrase[1:]} grew {growth} percent to {text}."
        else:
            sentence = f"{phrase[0].upper() + phrase[1:]} reached {text}, {up}."
        doc.sentence(sentence, [_fact(park, metric, round(value), "CNY", start, end, growth)])
    for metric, phrase in rng.sample(GROWTH_ONLY, rng.randint(0, 2)):
        growth = round(rng.uniform(1, 20), 1)
        doc.sentence(f"Meanwhile, {phrase} increased by {growth}%.",
                     [_fact(park, metric, None, None, start, end, growth)])
    usd = round(rng.uniform(50, 900), 1)
    doc.sentence(f"Foreign capital actually utilized amounted to {usd} million US dollars.",
                 [_fact(park, "foreign_investment", usd * 1e6, "USD", start, end)])
    doc.line()
    firm = (f"{rng.choice(['Huaxin', 'Jinlong', 'Tianhe', 'Ruifeng'])} "
            f"{rng.choice(['Precision', 'Materials', 'Motors'])} Co., Ltd.")
    doc.sentence(f"{firm} achieved sales of {rng.uniform(1, 9):.1f} billion yuan, the largest in the zone.")
    for metric, phrase, low, high in rng.sample(COUNTS, rng.randint(1, 3)):
        n = rng.randint(low, high)
        doc.sentence(f"The zone now has {n:,} {phrase}.", [_fact(park, metric, n, "count", None,
                                                                  f"{dated_month[0]}-{dated_month[1]:02d}")])
    area = round(rng.uniform(10, 150), 1)
    doc.sentence(f"It covers a total area of {area} square kilometers.",
                 [_fact(park, "area", area, "km2", None, f"{dated_month[0]}-{dated_month[1]:02d}")])
    doc.line()
    leading = rng.sample(INDUSTRIES, 2)
    doc.sentence(f"The zone has formed {leading[0][0]} and {leading[1][0]} as its two leading industries.",
                 industries=[{"entity": park, "industry": code, "role": "leading"} for _, code in leading])
    if rng.random() < 0.6:
        target_year = max(year + 2, 2025)
        metric, phrases, low, high = rng.choice(FLOWS[:4])
        billions = round(rng.uniform(low, high) * 1.5)
        doc.sentence(f"By {target_year}, {rng.choice(phrases)} will exceed {billions} billion yuan.",
                     [_fact(park, metric, billions * 1e9, "CNY", f"{target_year}-01", f"{target_year}-12",
                            kind="target", qualifier="at_least")])
    doc.line()
    doc.line(f"Tel: 0{rng.randint(10, 99)}-{rng.randint(10000000, 99999999)} | Expressway G{rng.randint(1, 99)} exit")
    entity = {"doc": doc.name, "entity": park, "aliases": [alias] if alias else [], "entity_type": kind}
    return doc, entity


def generate(out: Path, n: int, seed: int = 7) -> Path:
    """Write OUT/docs/*.txt and OUT/gold.*.jsonl; returns the gold prefix."""
    rng = random.Random(seed)
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    with open(out / "gold.metrics.jsonl", "w", encoding="utf-8") as metrics, \
            open(out / "gold.industries.jsonl", "w", encoding="utf-8") as industries, \
            open(out / "gold.entities.jsonl", "w", encoding="utf-8") as entities, \
            open(out / "gold.docs.txt", "w", encoding="utf-8") as listed:
        for i in range(n):
            doc, entity = write_document(i, rng)
            (docs / doc.name).write_text(doc.text, encoding="utf-8")
            listed.write(doc.name + "\n")
            metrics.writelines(json.dumps(m) + "\n" for m in doc.metrics)
            industries.writelines(json.dumps(f) + "\n" for f in doc.industries)
            entities.write(json.dumps(entity) + "\n")
    return out / "gold"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.out, args.docs, args.seed))


if __name__ == "__main__":
    main()
