from newsfuse.documents import Sentence
from newsfuse.rank.candidates import bounded_pool, lead_quotas


def sentences(article: str, texts: list[str]) -> list[Sentence]:
    return [Sentence(article, i, 0, len(t), t) for i, t in enumerate(texts)]


def test_a_story_under_the_cap_keeps_every_candidate_as_it_is() -> None:
    per_article = [sentences("1", ["a b", "a b"]), sentences("2", ["c d"])]
    pool = bounded_pool(per_article, cap=3)
    assert pool.candidates == (*per_article[0], *per_article[1])
    assert pool.copies == {} and not pool.capped


def test_over_the_cap_copies_merge_into_the_printing_nearest_a_report_top() -> None:
    wire = "The port reopened on Friday after the storm."
    first = sentences("1", ["Ships queued outside.", "Ferries ran late.", wire])
    second = sentences("2", [wire.upper(), "Tugs stood by."])
    pool = bounded_pool([first, second], cap=3)
    kept_wire = next(p for p, s in enumerate(pool.candidates) if s.text == wire.upper())
    assert pool.candidates[kept_wire].article_id == "2"
    assert pool.copies == {kept_wire: (first[2],)}
    assert len(pool.candidates) == 3 and pool.merged == 1 and pool.skipped == 1
    assert pool.available == len(pool.candidates) + pool.merged + pool.skipped


def test_over_the_cap_every_report_keeps_its_lead_in_reading_order() -> None:
    per_article = [sentences(str(a), [f"report {a} line {i}" for i in range(50)]) for a in range(8)]
    pool = bounded_pool(per_article, cap=20)
    assert len(pool.candidates) == 20
    by_report = {a: [s.index for s in pool.candidates if s.article_id == str(a)] for a in range(8)}
    assert all(indices == list(range(len(indices))) for indices in by_report.values())
    assert {len(indices) for indices in by_report.values()} == {2, 3}


def test_lead_quotas_fit_the_cap_and_share_it_evenly() -> None:
    for lengths, cap in [([10, 2, 10], 9), ([1] * 30, 7), ([0, 5], 3), ([3, 3], 100)]:
        quotas = lead_quotas(lengths, cap)
        assert sum(quotas) == min(cap, sum(lengths))
        assert all(0 <= q <= n for q, n in zip(quotas, lengths, strict=True))
        short_of_all = [q for q, n in zip(quotas, lengths, strict=True) if q < n]
        assert not short_of_all or max(short_of_all) - min(short_of_all) <= 1
