"""Evaluation: ROUGE with pinned settings, classic baselines, and the harness that runs them."""
