"""GA4 BigQuery export: the ``events_*`` table exported as JSON Lines (``bq extract
--destination_format NEWLINE_DELIMITED_JSON``) or Parquet, read by DuckDB.

Per event: ``event_timestamp`` (microseconds), ``user_pseudo_id``, ``event_name``,
``event_params`` (a list of ``{key, value: {string_value|int_value|double_value}}``),
``traffic_source`` (the user's first source) and ``collected_traffic_source`` (this event's
``manual_source`` / ``manual_medium`` / ``manual_campaign_name``).

- Touchpoints: every ``session_start`` (and any event carrying its own campaign source), with
  source / medium / campaign from ``collected_traffic_source``, else the event's ``source`` /
  ``medium`` / ``campaign`` params, landing page = ``page_location``, referrer = ``page_referrer``.
- Conversions: events named in ``events`` (default: generate_lead and sign_up → lead,
  qualify_lead → opportunity, close_convert_lead → customer, purchase → purchase; override with
  ``--event NAME=STAGE``), value = ``ecommerce.purchase_revenue``, else the ``value`` param.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from socialscope.errors import InputError, Problem, UsageError
from socialscope.ingest.records import Part
from socialscope.store.schema import CONVERSION_STAGES

DEFAULT_EVENTS = {"generate_lead": "lead", "sign_up": "lead", "qualify_lead": "opportunity",
                  "close_convert_lead": "customer", "purchase": "purchase"}  # fmt: skip


def detect_file(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in (".jsonl", ".json", ".ndjson", ".parquet"):
        return False
    try:
        columns = set(_read(path, limit=1).columns)
    except InputError:
        return False
    return {"event_timestamp", "user_pseudo_id", "event_name"} <= columns


def _read(path: Path, *, limit: int | None = None) -> pd.DataFrame:
    literal = "'" + str(path).replace("'", "''") + "'"
    reader = f"read_parquet({literal})" if path.suffix.lower() == ".parquet" else \
        f"read_json({literal}, format='newline_delimited', sample_size=-1)"  # fmt: skip
    param = "list_filter(event_params, lambda p: p.key = '{k}')[1].value"
    value = "coalesce({p}.string_value, CAST({p}.int_value AS VARCHAR), CAST({p}.double_value AS VARCHAR))"

    def get(key: str) -> str:
        return value.format(p=param.format(k=key))

    sql = f"""
        SELECT row_number() OVER () AS _row, CAST(event_timestamp AS VARCHAR) AS event_timestamp,
               CAST(user_pseudo_id AS VARCHAR) AS user_pseudo_id, event_name,
               {get("source")} AS param_source, {get("medium")} AS param_medium, {get("campaign")} AS param_campaign,
               {get("page_location")} AS page_location, {get("page_referrer")} AS page_referrer,
               {get("value")} AS param_value, {get("transaction_id")} AS transaction_id
        FROM {reader} {f"LIMIT {limit}" if limit else ""}"""
    con = duckdb.connect()
    try:
        frame = con.execute(sql).df()
        extra_cols = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()}
        for struct, fields in (("collected_traffic_source", ("manual_source", "manual_medium", "manual_campaign_name")),
                               ("ecommerce", ("purchase_revenue",))):  # fmt: skip
            if struct in extra_cols:
                got = con.execute(
                    f"SELECT {', '.join(f'CAST({struct}.{f} AS VARCHAR) AS {f}' for f in fields)} FROM {reader} "
                    f"{f'LIMIT {limit}' if limit else ''}"
                ).df()
                for f in fields:
                    frame[f] = got[f].to_numpy()
        return frame
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        raise InputError(Problem(str(path), None, None, f"not a readable GA4 export: {message}")) from None
    finally:
        con.close()


def parse(path: str, events: dict[str, str] | None = None) -> list[Part]:
    source = Path(path)
    events = {**DEFAULT_EVENTS, **(events or {})}
    bad = sorted({s for s in events.values() if s not in CONVERSION_STAGES})
    if bad:
        raise UsageError(f"conversion stages must be {', '.join(CONVERSION_STAGES)}; got {', '.join(bad)}")
    frame = _read(source)
    for column in ("manual_source", "manual_medium", "manual_campaign_name", "purchase_revenue"):
        if column not in frame:
            frame[column] = None
    micros = pd.to_numeric(frame["event_timestamp"], errors="coerce")
    at = pd.to_datetime(micros, unit="us", errors="coerce").dt.strftime("%Y-%m-%dT%H:%M:%S.%f")
    frame["occurred_at"] = at.where(micros.notna(), frame["event_timestamp"])
    source_ = frame["manual_source"].fillna(frame["param_source"])
    medium = frame["manual_medium"].fillna(frame["param_medium"])
    touch = (frame["event_name"] == "session_start") | source_.notna()
    touchpoints = pd.DataFrame({
        "_row": frame["_row"], "visitor_id": frame["user_pseudo_id"], "occurred_at": frame["occurred_at"],
        "source": source_.fillna("(direct)"), "medium": medium.fillna("(none)"),
        "campaign": frame["manual_campaign_name"].fillna(frame["param_campaign"]),
        "referrer": frame["page_referrer"], "landing_page": frame["page_location"],
    })[touch]  # fmt: skip
    converting = frame["event_name"].isin(list(events))
    conversions = pd.DataFrame({
        "_row": frame["_row"], "visitor_id": frame["user_pseudo_id"], "occurred_at": frame["occurred_at"],
        "stage": frame["event_name"].map(events), "value": frame["purchase_revenue"].fillna(frame["param_value"]),
        "extra": [{"event_name": e, "transaction_id": t} for e, t in zip(frame["event_name"], frame["transaction_id"], strict=True)],
    })[converting]  # fmt: skip
    note = f"{int(touch.sum()):,} touchpoints, {int(converting.sum()):,} conversions from {len(frame):,} events"
    return [Part("touchpoints", str(source), touchpoints), Part("conversions", str(source), conversions, note=note)]
