"""Render a component with a key, so items of a list keep their state when it changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def keyed(key: str, component: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """``component(*args, key=key)``: Flet pops ``key``, but its typing does not know it."""
    return component(*args, key=key, **kwargs)  # type: ignore[arg-type]
