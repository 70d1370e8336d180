import re

from tests.benchmarks.conftest import RunScript


def test_store_upgrade_opens_a_small_schema_3_store(run_script: RunScript) -> None:
    out = run_script("store_upgrade", "--terms", 1000)
    first, second = out.splitlines()
    assert re.fullmatch(r"schema 3 store: 1000 terms, \d+ MB", first)
    assert re.fullmatch(
        r"upgraded to schema \d+ in [\d.]+ s: \d+ buckets, \d+ counts \(were \d+\)", second
    )
