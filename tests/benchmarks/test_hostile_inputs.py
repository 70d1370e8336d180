from tests.benchmarks.conftest import RunScript


def test_hostile_inputs_runs_one_case_in_a_child_and_prints_its_row(run_script: RunScript) -> None:
    out = run_script("hostile_inputs", "--only", "undecodable-name-brief")
    header, row, *_ = out.splitlines()
    assert header.split() == ["case", "exit", "seconds", "peak", "MB", "skips", "traceback"]
    name, code, seconds, peak, skips, traceback = row.split()
    assert (name, code, traceback) == ("undecodable-name-brief", "0", "no")
    assert float(seconds) > 0 and float(peak) > 0 and int(skips) >= 0
