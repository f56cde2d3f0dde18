"""Parameters of a demo world."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np


@dataclass(frozen=True)
class DemoConfig:
    """Size, seed and time window of a generated world.

    ``scale`` multiplies every population (persons, visitors, employees); 1.0 is about 3,000
    people, 30,000 interactions and 4,000 web visitors. The window is fixed (not "today") so
    a seed always gives the same world.
    """

    scale: float = 1.0
    seed: int = 7
    start: date = date(2025, 1, 1)
    days: int = 365

    def size(self, base: float, minimum: int = 1) -> int:
        return max(minimum, int(round(base * self.scale)))

    @property
    def start_ts(self) -> np.datetime64:
        return np.datetime64(self.start.isoformat(), "s")

    @property
    def end_ts(self) -> np.datetime64:
        return self.start_ts + np.timedelta64(self.days, "D")


SECONDS_PER_DAY = 86_400


def at(cfg: DemoConfig, day_offsets: np.ndarray) -> np.ndarray:
    """Timestamps (datetime64[s]) at fractional day offsets from the window start."""
    return cfg.start_ts + (np.asarray(day_offsets) * SECONDS_PER_DAY).astype("timedelta64[s]")
