"""Progress of long steps (crawl, embedding, ranking) for whoever is watching.

Assets report through `report()`; the `byway` CLI listens and draws progress bars, while in the
Dagster UI nothing listens and the assets' own log lines tell the story. A process-wide list of
listeners is enough: `byway run` materializes in-process, one run at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[str, int, int | None, str], None]
_listeners: list[Listener] = []


def report(task: str, done: int, total: int | None = None, detail: str = "") -> None:
    """`done` of `total` units of `task` are finished (total None: not known yet)."""
    for listener in list(_listeners):
        listener(task, done, total, detail)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)
