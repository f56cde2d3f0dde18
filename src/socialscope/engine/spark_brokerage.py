"""Burt's structural holes (Burt 1992) as Spark DataFrame joins over each account's ego network.

The Spark twin of :mod:`socialscope.network.brokerage`, with the same definitions: mutual
tie weights w_ij (w(u,v) + w(v,u) on directed graphs), p_ij = w_ij / Σ_k w_ik,
m_jq = w_jq / max_k w_jk, and for each account i with contacts N(i):

- constraint      C_i = Σ_{j∈N(i)} (p_ij + Σ_q p_iq p_qj)²
- effective size  E_i = |N(i)| − Σ_{j∈N(i)} Σ_{q≠j} p_iq m_jq
- hierarchy       H_i = Σ_j r_ij ln r_ij / (N ln N), r_ij = c_ij / (C_i / N), N = |N(i)|

Only ties between two contacts of i contribute to the sums over q, so each ego's pairs of
contacts (q, j) are joined with the ties: |N(i)|·(|N(i)|−1) rows per ego. The **degree cap**
``max_contacts`` bounds that work: accounts with more contacts get nulls (as the embedded
engine leaves hubs out above its work limit — a brand with 100,000 followers has a constraint
of ~0 anyway), so the job costs at most ``max_contacts`` × 2·ties rows and in practice
Σ_{i: |N(i)| ≤ cap} |N(i)|². Below the cap the values are exact.
"""

from __future__ import annotations

from typing import Any

from socialscope.engine.spark_graph import _undirected

MAX_CONTACTS = 1000


def structural_holes(edges: Any, *, max_contacts: int = MAX_CONTACTS) -> Any:
    """``id``, ``contacts``, ``constraint``, ``effective_size`` and ``hierarchy`` of every
    account in ``edges`` (``s``, ``d``, ``w``); the three measures are null above
    ``max_contacts`` contacts, and hierarchy is null with fewer than two."""
    from pyspark.sql import functions as F

    from socialscope.engine.spark_graph import checkpoint

    edges = edges.withColumn("w", F.col("w").cast("double"))  # Spark types the literal 1.0 as a DECIMAL
    w = checkpoint(_undirected(edges).select(F.col("s").alias("i"), F.col("d").alias("j"), "w"))
    per = w.groupBy("i").agg(F.count("*").alias("contacts"), F.sum("w").alias("strength"), F.max("w").alias("top"))
    ties = checkpoint(
        w.join(per, "i").select(
            "i", "j", "contacts", (F.col("w") / F.col("strength")).alias("p"), F.col("w").alias("raw")
        )
    )
    # m_jq needs j's strongest tie: m_jq = w_jq / max_k w_jk
    between = ties.select(F.col("i").alias("q"), F.col("j"), F.col("p").alias("p_qj"), "raw").join(
        per.select(F.col("i").alias("j"), F.col("top")), "j"
    )
    between = between.select("q", "j", "p_qj", (F.col("raw") / F.col("top")).alias("m_jq"))
    egos = ties.where(F.col("contacts") <= max_contacts)
    pairs = egos.select("i", F.col("j").alias("q"), F.col("p").alias("p_iq")).join(egos.select("i", "j"), "i")
    # only pairs of contacts that are tied themselves contribute (q ≠ j: no self-ties)
    through = pairs.join(between, ["q", "j"])
    indirect = through.groupBy("i", "j").agg(
        F.sum(F.col("p_iq") * F.col("p_qj")).alias("indirect"), F.sum(F.col("p_iq") * F.col("m_jq")).alias("redundant")
    )
    c = (
        egos.join(indirect, ["i", "j"], "left")
        .select(
            "i",
            "contacts",
            ((F.col("p") + F.coalesce("indirect", F.lit(0.0))) ** 2).alias("c"),
            F.coalesce("redundant", F.lit(0.0)).alias("redundant"),
        )
        .transform(checkpoint)
    )
    totals = c.groupBy("i").agg(
        F.first("contacts").alias("contacts"), F.sum("c").alias("constraint"), F.sum("redundant").alias("redundant")
    )
    # hierarchy from each contact's share of the constraint (terms with r = 0 contribute 0)
    r = c.join(totals.select("i", "constraint"), "i").select(
        "i", (F.col("c") / (F.col("constraint") / F.col("contacts"))).alias("r")
    )
    spread = r.groupBy("i").agg(F.sum(F.when(F.col("r") > 0, F.col("r") * F.log("r")).otherwise(0.0)).alias("rlnr"))
    measured = totals.join(spread, "i").select(
        F.col("i").alias("id"),
        "constraint",
        (F.col("contacts") - F.col("redundant")).alias("effective_size"),
        F.when(F.col("contacts") > 1, F.col("rlnr") / (F.col("contacts") * F.log("contacts"))).alias("hierarchy"),
    )
    return per.select(F.col("i").alias("id"), "contacts").join(measured, "id", "left")
