"""Shared fixtures: the seed model is trained once per test session (about a second)."""

from __future__ import annotations

import pytest

from lingassist.categorize.model import Model, train_with_seed


@pytest.fixture(scope="session")
def seed_model() -> Model:
    return train_with_seed()
