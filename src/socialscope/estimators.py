"""What every socialscope model shares: the scikit-learn estimator contract's fitted check,
and saving/loading a fitted model as a joblib file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from socialscope.errors import NotFittedError, UsageError

M = TypeVar("M")

__all__ = ["NotFittedError", "check_fitted", "load_model", "save_model"]


def check_fitted(model: Any) -> None:
    """Learned state ends in ``_`` (scikit-learn's convention); none means ``fit`` never ran."""
    if not any(k.endswith("_") and not k.startswith("_") for k in vars(model)):
        raise NotFittedError(f"{type(model).__name__} is not fitted yet: call fit() first")


def save_model(model: Any, path: str | Path) -> Path:
    import joblib

    check_fitted(model)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=3)
    return path


def load_model(path: str | Path, kind: type[M], what: str) -> M:
    """The model saved at ``path``; a ``ValueError`` when the file holds something else."""
    import joblib

    model = joblib.load(path)
    if not isinstance(model, kind):
        raise UsageError(f"{path} is not a socialscope {what} model")
    return model
