"""Import tests run with the machine in a non-UTC zone (New York, with summer time): a parse
that followed ``TZ`` instead of the documented UTC would shift times and fail them."""

from __future__ import annotations

import time

import pytest


@pytest.fixture(autouse=True)
def machine_in_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
