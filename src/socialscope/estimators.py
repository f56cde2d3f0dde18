"""What every socialscope model shares: the scikit-learn estimator contract's fitted check,
saving/loading a fitted model as a joblib file, and the version that caches of its scores
are keyed by."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, TypeVar

from socialscope.errors import NotFittedError, UsageError

M = TypeVar("M")

__all__ = ["NotFittedError", "check_fitted", "file_digest", "load_model", "model_version", "save_model"]


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
    model.__dict__["_file_digest"] = file_digest(path)
    return model


def file_digest(path: str | Path) -> str:
    """The first 16 hex digits of the SHA-256 of a file (a model file: ~25 ms for 20 MB)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def model_version(model: Any) -> str:
    """What a model's scores depend on: its name, and the digest of the file it was loaded
    from (a model retrained under the same name gets a new version). Cached scores
    (:mod:`socialscope.store.text_scores`) are keyed by it, so a new version rescores."""
    digest = vars(model).get("_file_digest")
    return f"{model.name}@{digest}" if digest else str(model.name)
