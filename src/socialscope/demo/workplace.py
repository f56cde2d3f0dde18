"""An internal collaboration network: employees, departments, Slack messages and email.

Assumptions (documented in docs/demo.md): each department has one team lead (its liaison);
leads send half their messages to other departments, all to other leads. A few
brokers (programme managers in three departments) work across the first four departments. Everyone
else sends 5% of messages outside, as one-off DMs to random people — too rarely to form
ties. So the
departments without brokers hang on their lead: key-person risk is visible.
Four in ten emails get a reply in the same thread. Messages fall on working days in the
last 180 days of the window.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from socialscope.demo import vocabulary as vocab
from socialscope.demo.config import DemoConfig, at
from socialscope.demo.text import numbered, pick


def employees(cfg: DemoConfig, rng: np.random.Generator) -> pd.DataFrame:
    n = cfg.size(150, minimum=24)
    n_dept = len(vocab.DEPARTMENTS)
    dept = np.sort(rng.choice(n_dept, n, p=rng.dirichlet(np.full(n_dept, 4.0))))
    dept[:n_dept] = np.arange(n_dept)  # every department has someone
    first = pick(rng, vocab.FIRST_NAMES, n)
    last = pick(rng, vocab.LAST_NAMES, n)
    ids = numbered("slack:W", 0, n, 5)
    broker = (rng.random(n) < 0.12) & (dept < 3)
    liaison = np.zeros(n, dtype=bool)
    for d in range(n_dept):
        members = np.flatnonzero(dept == d)
        liaison[rng.choice(members)] = True
    title_names = ("Team Lead", "Program Manager", "Specialist")
    title_code = np.where(liaison, 0, np.where(broker, 1, 2))
    # one JSON string per (department, title) pair, then indexed: no loop over employees
    combos = np.array(
        [[json.dumps({"department": d, "title": t}) for t in title_names] for d in vocab.DEPARTMENTS], dtype=object
    )
    attributes = combos[dept, title_code]
    return pd.DataFrame(
        {
            "account_id": ids,
            "platform": "slack",
            "handle": pd.Series(first).str.cat(pd.Series(last), sep=".").to_numpy(dtype=object),
            "display_name": pd.Series(first)
            .str.title()
            .str.cat(pd.Series(last).str.title(), sep=" ")
            .to_numpy(dtype=object),
            "kind": "person",
            "is_own": False,
            "created_at": at(cfg, -rng.uniform(30, 2000, n)),
            "followers_count": None,
            "attributes": attributes,
            "_dept": dept,
            "_broker": broker,
            "_liaison": liaison,
        }
    )


def reorganised(rng: np.random.Generator, people: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Departments and leads after the mid-window reorganisation: half of Product becomes a
    new Growth team with its own lead, and Operations is folded into Finance."""
    names = [*vocab.DEPARTMENTS, "Growth"]
    dept = people["_dept"].to_numpy().copy()
    liaison = people["_liaison"].to_numpy().copy()
    product, operations, finance = names.index("Product"), names.index("Operations"), names.index("Finance")
    members = np.flatnonzero((dept == product) & ~liaison)
    if len(members) >= 2:  # a tiny world may have no one to split off
        movers = rng.choice(members, size=len(members) // 2, replace=False)
        dept[movers] = len(names) - 1
        liaison[rng.choice(movers)] = True
    liaison[(dept == operations) & liaison] = False
    dept[dept == operations] = finance
    used, dept = np.unique(dept, return_inverse=True)
    return dept, liaison, [names[u] for u in used]


def messages(cfg: DemoConfig, rng: np.random.Generator, people: pd.DataFrame) -> pd.DataFrame:
    """Slack messages and emails between employees over the last 180 days of the window,
    with a reorganisation half way (see :func:`reorganised`)."""
    activity = rng.gamma(2.0, 0.25, len(people))
    after_dept, after_liaison, after_names = reorganised(rng, people)
    phases = [
        (people["_dept"].to_numpy(), people["_liaison"].to_numpy(), list(vocab.DEPARTMENTS), cfg.days - 180),
        (after_dept, after_liaison, after_names, cfg.days - 90),
    ]
    return pd.concat(
        [_phase(cfg, rng, people, activity, dept, liaison, names, start, 90) for dept, liaison, names, start in phases],
        ignore_index=True,
    )


def _phase(
    cfg: DemoConfig,
    rng: np.random.Generator,
    people: pd.DataFrame,
    activity: np.ndarray,
    dept: np.ndarray,
    liaison: np.ndarray,
    names: list[str],
    start_day: int,
    days: int,
) -> pd.DataFrame:
    """Messages of ``days`` days from ``start_day`` under one organisation chart."""
    n = len(people)
    broker = people["_broker"].to_numpy()
    leads = np.flatnonzero(liaison)
    sent = rng.poisson(activity * days)
    sender = np.repeat(np.arange(n), sent)
    m = len(sender)
    cross = rng.random(m) < np.where(broker[sender] | liaison[sender], 0.5, 0.05)
    same_pool = [np.flatnonzero(dept == d) for d in range(dept.max() + 1)]
    recipient = np.empty(m, dtype=np.int64)
    for d, pool in enumerate(same_pool):
        rows = np.flatnonzero(~cross & (dept[sender] == d))
        recipient[rows] = pool[rng.integers(0, len(pool), len(rows))]
    rows = np.flatnonzero(cross)
    other = (dept[sender[rows]] + rng.integers(1, dept.max() + 1, len(rows))) % (dept.max() + 1)
    # brokers work between the first four departments only
    from_broker = broker[sender[rows]]
    other[from_broker] = (dept[sender[rows][from_broker]] + rng.integers(1, 4, from_broker.sum())) % 4
    sizes = np.array([len(p) for p in same_pool])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    flat = np.concatenate(same_pool)
    anyone = flat[offsets[other] + (rng.random(len(rows)) * sizes[other]).astype(np.int64)]
    lead_of = np.zeros(dept.max() + 1, dtype=np.int64)
    lead_of[dept[leads]] = leads
    to_lead = liaison[sender[rows]]
    recipient[rows] = np.where(to_lead, lead_of[other], anyone)
    keep = recipient != sender
    sender, recipient, cross = sender[keep], recipient[keep], cross[keep]
    m = len(sender)

    workday = rng.integers(0, days, m)
    weekday_shift = np.where((workday % 7) >= 5, -2, 0)
    offset = start_day + np.maximum(workday + weekday_shift, 0) + rng.normal(13, 2.2, m).clip(8, 18.5) / 24
    # specialists' rare cross-department contacts are one-off DMs, not email threads
    email = (rng.random(m) < 0.3) & ~(cross & ~broker[sender] & ~liaison[sender])
    thread = np.char.add(f"thread-{start_day}-", np.arange(m).astype(str)).astype(object)
    channel = np.where(
        email,
        thread,
        np.where(cross, "dm", "#" + pd.Series(np.asarray(names)[dept[sender]]).str.lower().to_numpy(dtype=object)),
    )
    ids = people["account_id"].to_numpy()
    text = pick(rng, vocab.WORK_MESSAGES, m)
    frame = pd.DataFrame(
        {
            "actor_account_id": ids[sender],
            "kind": np.where(email, "email", "message"),
            "post_id": None,
            "target_account_id": ids[recipient],
            "created_at": at(cfg, offset),
            "text": text,
            "channel": channel,
        }
    )
    replied = email & (rng.random(m) < 0.4)
    replies = pd.DataFrame(
        {
            "actor_account_id": ids[recipient[replied]],
            "kind": "email",
            "post_id": None,
            "target_account_id": ids[sender[replied]],
            "created_at": at(cfg, offset[replied] + rng.exponential(0.1, replied.sum())),
            "text": "Re: " + text[replied],
            "channel": channel[replied],
        }
    )
    return pd.concat([frame, replies], ignore_index=True)
