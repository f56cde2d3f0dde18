"""Multi-touch attribution: journeys from the store; heuristic, Markov, Shapley and
data-driven models; bootstrap intervals; a simulator with planted truth to evaluate them."""

from socialscope.attribution.bootstrap import bootstrap_intervals
from socialscope.attribution.evaluate import calibrated_settings, evaluate_settings, score_credit
from socialscope.attribution.journeys import Journeys, build_journeys
from socialscope.attribution.markov import removal_effects
from socialscope.attribution.registry import MODELS, PATH_MODELS, AttributionModel, attribute, path_credit
from socialscope.attribution.simulate import SimulationSettings, simulate, write_simulation

__all__ = [
    "MODELS",
    "PATH_MODELS",
    "AttributionModel",
    "Journeys",
    "SimulationSettings",
    "attribute",
    "bootstrap_intervals",
    "build_journeys",
    "calibrated_settings",
    "evaluate_settings",
    "path_credit",
    "removal_effects",
    "score_credit",
    "simulate",
    "write_simulation",
]
