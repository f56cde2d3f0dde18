"""What every socialscope model shares: the scikit-learn estimator contract's fitted check,
saving/loading a fitted model as a joblib file, and the version that caches of its scores
are keyed by."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from socialscope.errors import NotFittedError, UsageError

M = TypeVar("M")

__all__ = [
    "ModelFile",
    "NotFittedError",
    "check_fitted",
    "file_digest",
    "load_model",
    "model_version",
    "save_model",
]


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
    """What a model's scores depend on: the digest of the file it was loaded from (a model
    retrained under the same name gets a new version), else its name (a model built in memory,
    e.g. VADER's rules). Cached scores (:mod:`socialscope.store.text_scores`) are keyed by it,
    so a new version rescores."""
    digest = vars(model).get("_file_digest")
    return f"file@{digest}" if digest else str(model.name)


class ModelFile(Generic[M]):
    """A saved model that is loaded only when first used: its version (:func:`model_version`
    of what it loads) comes from the file's digest, so a re-run that finds nothing new to
    score never pays for unpickling the model and building its indexes (~10 s for the
    sentiment model)."""

    def __init__(self, path: str | Path, load: Callable[[], M]) -> None:
        self.path = Path(path)
        self._load = load
        self._model: M | None = None
        self._version: str | None = None

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = f"file@{file_digest(self.path)}"
        return self._version

    def get(self) -> M:
        if self._model is None:
            self._model = self._load()
        return self._model
