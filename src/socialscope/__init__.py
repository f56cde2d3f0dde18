"""socialscope: social analytics that measures networking and marketing side by side.

Data flows one way: ingest -> store -> analysis -> report / web / cli.
"""

from socialscope.errors import (
    InputError,
    MissingDependencyError,
    NotFoundError,
    Problem,
    SocialscopeError,
    StoreError,
    UsageError,
)
from socialscope.workspace import Workspace, open

__version__ = "0.1.0"

__all__ = [
    "InputError",
    "MissingDependencyError",
    "NotFoundError",
    "Problem",
    "SocialscopeError",
    "StoreError",
    "UsageError",
    "Workspace",
    "__version__",
    "open",
]
