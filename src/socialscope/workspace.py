"""The Python API: one object per store, mirroring the CLI.

>>> import socialscope
>>> # with socialscope.open("socialscope.duckdb") as ws:
>>> #     ws.demo(scale=0.1); ws.analyze(); ws.query("SELECT count(*) FROM posts")
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socialscope.config import default_db_path
from socialscope.errors import NotFoundError
from socialscope.store.connection import Store, run_read_only_query

if TYPE_CHECKING:
    import pandas as pd

    from socialscope.ingest.tabular import ImportReport
    from socialscope.pipeline import RunResult


class Workspace:
    """A store plus the operations users run on it. Results come back as pandas frames."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path else default_db_path()
        self.store = Store(self.path, read_only=read_only)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def import_files(self, table: str, files: Sequence[str | Path], **options: Any) -> ImportReport:
        """See :func:`socialscope.ingest.import_files` for the options."""
        from socialscope.ingest.tabular import import_files

        return import_files(self.store, table, files, **options)

    def demo(self, *, scale: float = 1.0, seed: int = 7) -> dict[str, int]:
        """Replace the store's contents with a generated demo world; returns row counts."""
        from socialscope.demo import DemoConfig, generate, load_demo

        config = DemoConfig(scale=scale, seed=seed)
        return load_demo(self.store, generate(config), config)

    def analyze(self, names: list[str] | None = None, *, full: bool = False) -> list[RunResult]:
        """Run the analyses (all, or ``names``) whose inputs changed since their last run;
        ``full`` recomputes everything (:func:`socialscope.pipeline.run_analyses`)."""
        from socialscope.pipeline import run_analyses

        return run_analyses(self.store, names=names, full=full)

    def network(self, graph: str = "follows", **options: Any) -> Any:
        """Compute and store every network metric of ``graph``; returns the
        :class:`~socialscope.network.NetworkResult` (metrics, communities, risk as frames).
        Options as :func:`socialscope.network.analyze_network`."""
        from socialscope.network.analysis import analyze_and_write

        result, _ = analyze_and_write(self.store, graph, **options)
        return result

    def person(self, account: str, graph: str = "follows") -> dict[str, Any]:
        """A person's network profile (after :meth:`network`)."""
        from socialscope.network.profile import person_profile

        return person_profile(self.store, account, graph=graph)

    def top(self, by: str = "influence", graph: str = "follows", n: int = 10) -> pd.DataFrame:
        """The accounts ranking highest by a metric, ``risk`` or ``influence``."""
        from socialscope.network.analysis import top_accounts

        return top_accounts(self.store, graph, by, n)

    def campaigns(self, by: str = "campaign") -> pd.DataFrame:
        """Campaign KPIs grouped by campaign, platform, ad, day, week, month or total."""
        from socialscope.marketing.kpis import campaign_kpis

        return campaign_kpis(self.ibis(), by=by).to_pandas()

    def channels(self) -> pd.DataFrame:
        """Touchpoints per GA4 default channel, each typed push, pull or mixed."""
        from socialscope.marketing.channels import channel_summary

        return channel_summary(self.ibis()).to_pandas()

    def funnel(self, by: str = "channel", touch: str = "last_non_direct") -> pd.DataFrame:
        """Lead → opportunity → customer by channel, type (push/pull) or campaign."""
        from socialscope.marketing.funnel import funnel

        return funnel(self.ibis(), by=by, touch=touch).to_pandas()

    def customers(self, **options: Any) -> Any:
        """Retention, repeat purchases, CLV and CAC vs CLV (a CustomerReport of frames)."""
        from socialscope.marketing.customers import customer_report

        return customer_report(self.store, **options)

    def attribution(
        self, models: list[str] | None = None, *, by: str = "channel", lookback_days: int = 30, **params: Any
    ) -> pd.DataFrame:
        """Conversions and value credited per channel (or campaign) under each model; ``by``
        may also be ``account`` or ``community`` (rule-based models: who referred the buyers)."""
        from socialscope.attribution import attribute, build_journeys
        from socialscope.attribution.network import account_credit, community_credit

        key = by if by in ("channel", "campaign") else "channel"
        journeys = build_journeys(self.store, by=key, lookback_days=lookback_days)
        if by == "account":
            return account_credit(journeys, model=(models or ["linear"])[0], **params)
        if by == "community":
            return community_credit(journeys, model=(models or ["linear"])[0], **params)
        return attribute(journeys, models, **params)

    def sentiment(self, by: str = "account", variant: str = "talkwalker") -> pd.DataFrame:
        """Score every text (if not yet scored) and summarise net sentiment per group."""
        from socialscope.engagement.sentiment import score_store, sentiment_summary

        if not self.store.has_table("post_sentiment"):
            with self.store.transaction():
                score_store(self.store)
        return sentiment_summary(self.store, by=by, variant=variant)

    def topics(self, by: str = "community", *, graph: str = "interactions", n: int = 10) -> pd.DataFrame:
        """Distinctive terms (class-based TF-IDF) of each community's or campaign's posts, one
        row per term; communities come from ``analyze`` / ``network()``."""
        from socialscope.engagement.topics import topics

        return topics(self.store, by=by, graph=graph, n=n)

    def languages(self) -> pd.DataFrame:
        """Texts per detected language, scored and unscored (after ``sentiment()`` or ``analyze()``)."""
        from socialscope.engagement.language import language_summary

        return language_summary(self.store)

    def classify(self, *, full: bool = False) -> pd.DataFrame:
        """Classify new posts and messages as networking or marketing (``content_intent``,
        ``interaction_intent``) and return every account's kind and networking/marketing mix."""
        from socialscope.classify.account_kind import account_kinds
        from socialscope.classify.content import classify_content

        with self.store.transaction():
            classify_content(self.store, full=full)
        return account_kinds(self.store)

    def engagement(self, by: str = "account", *, split_intent: bool = False) -> pd.DataFrame:
        """Engagement sums and rates per group; ``split_intent`` splits networking from marketing."""
        from socialscope.engagement.rates import engagement_report

        return engagement_report(self.store.ibis(), by=by, split_intent=split_intent).to_pandas()

    def response(self, *, own_only: bool = True, window_hours: float = 168.0) -> pd.DataFrame:
        """Brand response rate and median/p90 response time to comments and mentions."""
        from socialscope.engagement.response import response_report

        return response_report(self.store, own_only=own_only, window_hours=window_hours)

    def cadence(self, *, own_only: bool = False) -> pd.DataFrame:
        """Posting cadence per account."""
        from socialscope.engagement.cadence import posting_cadence

        return posting_cadence(self.store, own_only=own_only)

    def top_posts(self, n: int = 10, by: str = "engagements") -> pd.DataFrame:
        """The best original posts by engagements, engagement rate by reach, reach, shares or comments."""
        from socialscope.engagement.cadence import top_posts

        return top_posts(self.store, n=n, by=by)

    def daily_engagement(self, *, own_only: bool = True) -> pd.DataFrame:
        """Daily engagement rate per account and day, with the mean per account (day null)."""
        from socialscope.engagement.cadence import daily_engagement_rate

        return daily_engagement_rate(self.store, own_only=own_only)

    def import_export(self, path: str | Path, fmt: str = "auto") -> Any:
        """Import a platform export (X, Mastodon, Slack, mbox, LinkedIn, Facebook, Google Ads)."""
        from socialscope.ingest.formats import import_export

        return import_export(self.store, path, fmt)

    def status(self) -> dict[str, Any]:
        from socialscope.report.status import store_status

        return store_status(self.store)

    def table(self, name: str) -> pd.DataFrame:
        """A whole table as a pandas frame."""
        if name not in self.store.tables():
            raise NotFoundError(f"no table '{name}' in {self.path}; see ws.status() for the tables there are")
        return self.store.df(f'SELECT * FROM "{name}"')

    def query(self, sql: str) -> pd.DataFrame:
        """Read-only SQL over the store (writes are refused)."""
        if self.store.read_only:
            return run_read_only_query(self.path, sql)
        return _query_on_open_store(self.store, sql)

    def ibis(self) -> Any:
        """An Ibis backend over the store for building your own portable expressions."""
        return self.store.ibis()


def _query_on_open_store(store: Store, sql: str) -> pd.DataFrame:
    """The statement checks of :func:`run_read_only_query`, on a store this process holds open
    (DuckDB lets one process open a file either read-write or read-only, not both)."""
    import duckdb

    from socialscope.errors import StoreError
    from socialscope.store.connection import check_read_only

    check_read_only(sql)
    cursor = store.con.cursor()
    try:
        result = None
        for statement in check_read_only(sql):
            result = cursor.execute(statement.query)
        return result.df()
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc
    finally:
        cursor.close()


def open(path: str | Path | None = None, *, read_only: bool = False) -> Workspace:  # noqa: A001
    """Open (creating if needed) the store at ``path`` (default ``$SOCIALSCOPE_DB`` or
    ``./socialscope.duckdb``)."""
    return Workspace(path, read_only=read_only)
