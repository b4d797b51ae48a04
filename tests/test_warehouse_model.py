"""The warehouse model on a small fixture corpus: one fact stated by two documents is one row.

Three short releases about the same park: two state the same 2022 GDP, two
disagree on the number of high-tech enterprises, and one document is newer.
"""

import pytest

from tests.conftest import build_corpus

RELEASE_A = """Suzhou Industrial Park posts steady growth
Updated: 2023-01-20
In 2022, Suzhou Industrial Park achieved a gross regional product of 351.5 billion yuan, up 2.3 percent.
As of the end of 2022, there were 2,100 national high-tech enterprises in the park.
"""

RELEASE_B = """China-Singapore Suzhou Industrial Park: a year in review
Updated: 2023-03-02
In 2022, the gross regional product of Suzhou Industrial Park reached 351.5 billion yuan, an increase of 2.3%.
As of the end of 2022, there were 2,200 national high-tech enterprises in the park.
"""

RELEASE_C = """Suzhou Industrial Park exports
Updated: 2023-01-20
In 2022, exports of Suzhou Industrial Park reached 380 billion yuan, up 5 percent.
"""


@pytest.fixture(scope="module")
def pair_build(tmp_path_factory):
    build = build_corpus(tmp_path_factory.mktemp("pair"), {
        "a_review.txt": RELEASE_A, "b_year_in_review.txt": RELEASE_B, "c_exports.txt": RELEASE_C})
    assert build.result.returncode == 0, build.result.stdout + build.result.stderr
    return build


def test_a_figure_from_two_documents_is_one_fact(pair_build):
    rows = pair_build.query("""
        select p.park_name, f.value, f.source_count, f.source_docs, f.has_conflict
        from fct_park_metric f join dim_park p using (park_id)
        where f.metric = 'gdp' and f.fiscal_year = 2022
    """)
    assert rows == [("China-Singapore Suzhou Industrial Park", 351_500_000_000, 2,
                     ["a_review.txt", "b_year_in_review.txt"], False)]


def test_disagreeing_documents_are_flagged_and_the_latest_wins(pair_build):
    rows = pair_build.query("""
        select value, source_count, has_conflict, doc from fct_park_metric
        where metric = 'high_tech_enterprises'
    """)
    assert rows == [(2200, 2, True, "b_year_in_review.txt")]


def test_one_park_across_documents(pair_build):
    # the fullest name any document uses is the park's name; the others are its aliases
    assert pair_build.query("select park_name, aliases, n_documents from dim_park") == [
        ("China-Singapore Suzhou Industrial Park", ["Suzhou Industrial Park"], 3)]
