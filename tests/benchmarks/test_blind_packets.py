import json
from pathlib import Path

from tests.benchmarks.conftest import RunScript


def test_blind_packets_writes_a_packet_and_the_key(
    run_script: RunScript, stories_jsonl: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "blind"
    out = run_script(
        "blind_packets", "--data", stories_jsonl, "--out", out_dir, "--clusters", 1,
        "--held-out", 3, "--words", 40,
    )  # fmt: skip
    assert out.startswith("wrote 1 packets to ")
    key = json.loads((out_dir / "key.json").read_text(encoding="utf-8"))
    ((cluster, letters),) = key.items()
    assert sorted(letters) == ["A", "B", "C"]
    packet = (out_dir / "packets" / f"{cluster}.md").read_text(encoding="utf-8")
    assert all(letter in packet for letter in letters)
