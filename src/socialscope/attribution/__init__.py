"""Multi-touch attribution: journeys from the store; heuristic, Markov, Shapley and
data-driven models; bootstrap intervals; a simulator with planted truth to evaluate them."""

import lazy_loader

# The public API, imported on first use (lazy_loader): importing one submodule, or the
# CLI at start-up, does not load the whole package and its libraries.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "bootstrap": ["bootstrap_intervals"],
        "evaluate": ["calibrated_settings", "evaluate_settings", "score_credit"],
        "journeys": ["Journeys", "build_journeys"],
        "markov": ["removal_effects"],
        "registry": ["AttributionModel", "MODELS", "PATH_MODELS", "attribute", "path_credit"],
        "simulate": ["SimulationSettings", "simulate", "write_simulation"],
    },
)
