"""Multi-touch attribution: journeys from the store, heuristic, Markov and Shapley models."""

from socialscope.attribution.journeys import Journeys, build_journeys
from socialscope.attribution.markov import removal_effects
from socialscope.attribution.registry import MODELS, AttributionModel, attribute

__all__ = ["MODELS", "AttributionModel", "Journeys", "attribute", "build_journeys", "removal_effects"]
