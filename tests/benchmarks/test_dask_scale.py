from pathlib import Path

from newsfuse.settings import Settings
from tests.benchmarks.conftest import ImportScript


def test_dask_scale_briefs_the_repeated_input_locally_and_on_one_worker(
    import_script: ImportScript, stories_jsonl: Path, tmp_path: Path
) -> None:
    # Not main: it starts four local Dask clusters (8 s); one keeps the Dask path checked.
    dask_scale = import_script("dask_scale")

    path = dask_scale.repeated_input(stories_jsonl, 2, tmp_path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 6
    settings = Settings(words=40)
    done, seconds = dask_scale.run_local(path, settings)
    assert (done, seconds > 0) == (6, True)
    done, seconds, peaks = dask_scale.run_dask(path, 1, settings)
    assert (done, seconds > 0, len(peaks)) == (6, True, 1)
