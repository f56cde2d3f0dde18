"""Forests of parent links (repost trees, reply threads) as NumPy arrays: roots and depths by
pointer doubling, and the cycles that links read from data can contain, found and broken
deterministically. Pure array code, used by analyses and by ``socialscope check`` alike."""

from __future__ import annotations

import numpy as np


def roots_and_depths(parent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Root and distance to the root of every node of a forest (parent −1 = root), by pointer
    doubling: each round jumps twice as far, so O(log depth) vectorised rounds.

    ``parent`` must be a forest: call :func:`break_cycles` first on links read from data. A
    cycle left in raises ``ValueError`` after ⌈log2 n⌉ + 1 rounds instead of looping forever.
    """
    n = len(parent)
    ancestor = np.where(parent >= 0, parent, np.arange(n))
    depth = (parent >= 0).astype(np.int64)
    for _ in range(max(n, 1).bit_length() + 1):
        further = ancestor[ancestor]
        moved = further != ancestor
        if not moved.any():
            return ancestor, depth
        depth = depth + np.where(moved, depth[ancestor], 0)
        ancestor = further
    raise ValueError("parent links contain a cycle; break it with break_cycles() first")


def cycle_members(parent: np.ndarray) -> list[np.ndarray]:
    """Every cycle of parent links (``parent[i] = j``; −1 = none), each as its members' indices
    in link order starting from its smallest index. Empty for a forest.

    After 2^k ≥ n doublings a node's ancestor is either a root (a fixed point) or a node on the
    cycle its chain runs into; each cycle is then walked once from such a node, so the work is
    O(n log n) however the cycles are shaped.
    """
    n = len(parent)
    ancestor = np.where(parent >= 0, parent, np.arange(n))
    for _ in range(max(n, 1).bit_length() + 1):
        ancestor = ancestor[ancestor]
    on_cycle_start = np.unique(ancestor[parent[ancestor] >= 0])
    seen = np.zeros(n, dtype=bool)
    cycles = []
    for start in on_cycle_start:
        if seen[start]:
            continue
        members = [int(start)]
        node = int(parent[start])
        while node != start:
            members.append(node)
            node = int(parent[node])
        members_array = np.array(members)
        seen[members_array] = True
        first = int(np.argmin(members_array))
        cycles.append(np.roll(members_array, -first))
    return cycles


def break_cycles(parent: np.ndarray) -> tuple[np.ndarray, int]:
    """The forest left when each cycle loses the link out of its smallest member, and the
    number of links cut. Deterministic: indices follow the post ids' sorted order in
    :func:`post_roots`, so the same data always breaks at the same post."""
    cycles = cycle_members(parent)
    if not cycles:
        return parent, 0
    fixed = parent.copy()
    fixed[[int(c[0]) for c in cycles]] = -1
    return fixed, len(cycles)
