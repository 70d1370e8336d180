"""Shared fixtures: the bundled example story and paths into ../shared when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-fire"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEV_SET = SHARED / "data" / "multinews_dev.jsonl"


@pytest.fixture
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture
def seeds_dir() -> Path:
    if not any(SEEDS.glob("*.txt")):
        pytest.skip(f"the seed reports are not at {SEEDS}")
    return SEEDS


WIRE = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the "
    "evacuation of about 200 nearby homes."
)
STORY_A = (
    f"{WIRE}\n\nTwo workers were taken to hospital with burns, the fire service said.\n\n"
    "Fire chief Marta Lind said crews had the fire under control by 2 a.m. on Wednesday.\n\n"
    "Sign up to our newsletter\n\nThe cause of the fire is not yet known, police said."
)
STORY_B = (
    f"{WIRE.replace('tore', 'swept')}\n\nThe union said five workers were hurt and that the "
    "fire was still burning on Wednesday morning.\n\nThe terminal stores about 40,000 tonnes "
    "of wheat and barley for farmers in the western valleys.\n\nRead more: harbour news"
)


@pytest.fixture
def two_reports() -> list[str]:
    return [STORY_A, STORY_B]
