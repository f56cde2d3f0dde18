"""The canonical social data model: every table, column, type and natural key.

This module is the single source of truth; ``docs/data-model.md`` describes the same tables
for people. Names here are a contract: columns may be added, never renamed. Every canonical
table also has an ``extra`` JSON column holding the source columns no field was mapped to, so
an import loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Logical types -> DuckDB types and the phrase used in error messages.
SQL_TYPES = {
    "text": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "timestamp": "TIMESTAMP",
    "date": "DATE",
    "json": "JSON",
}
TYPE_PHRASES = {
    "integer": "is not an integer",
    "number": "is not a number",
    "boolean": "is not a boolean (true/false, yes/no, 1/0)",
    "timestamp": "is not a timestamp (ISO 8601 e.g. 2024-05-01T09:30:00Z, RFC 2822, epoch seconds; "
    "other forms need --time-format)",
    "date": "is not a date (YYYY-MM-DD)",
    "json": "is not valid JSON",
}


@dataclass(frozen=True)
class Column:
    """One canonical column."""

    name: str
    type: str = "text"
    required: bool = False
    choices: tuple[str, ...] | None = None
    default: str | None = None  # SQL literal used when the source has no value
    doc: str = ""

    @property
    def sql_type(self) -> str:
        return SQL_TYPES[self.type]


@dataclass(frozen=True)
class Table:
    """One canonical table with its natural key.

    ``key`` columns identify a row: re-importing a row with the same key replaces it, so
    importing a file twice never duplicates data. When ``generated_key`` is set and the
    source has no value for it, the key is a hash of ``hash_columns``.

    ``period`` names the key columns ``(start, end, day)`` of a table whose rows cover a span
    of time: a row's period is ``start``–``end``, or the one ``day``. Rows that agree on the
    other key columns may cover the same period (the newer replaces the older) or disjoint
    ones (they add up), but never overlapping, different ones: that would count a day twice.
    """

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    doc: str
    generated_key: str | None = None
    hash_columns: tuple[str, ...] = field(default_factory=tuple)
    period: tuple[str, str, str] | None = None

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def create_sql(self) -> str:
        cols = [f'"{c.name}" {c.sql_type}' for c in self.columns] + ['"extra" JSON']
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" ({", ".join(cols)})'


def _c(name: str, type: str = "text", **kw: object) -> Column:
    return Column(name, type, **kw)  # type: ignore[arg-type]


ACCOUNT_KINDS = ("person", "brand", "organization", "unknown")
INTERACTION_KINDS = (
    "like",
    "comment",
    "reply",
    "share",
    "mention",
    "click",
    "message",
    "email",
    "reaction",
)
CONVERSION_STAGES = ("lead", "opportunity", "customer", "purchase")

ACCOUNTS = Table(
    "accounts",
    (
        _c("account_id", required=True, doc="Unique id, by convention 'platform:native_id'."),
        _c("platform"),
        _c("handle", doc="@handle without the @."),
        _c("display_name"),
        _c("kind", choices=ACCOUNT_KINDS, default="'unknown'"),
        _c("is_own", "boolean", default="false", doc="True for the user's own brand accounts."),
        _c("created_at", "timestamp"),
        _c("followers_count", "integer"),
        _c("attributes", "json", doc="Structured profile facts, e.g. department for employees."),
    ),
    key=("account_id",),
    doc="People, brands and organisations on any platform (also employees in collaboration data).",
)
FOLLOWS = Table(
    "follows",
    (
        _c("src_account_id", required=True, doc="The follower."),
        _c("dst_account_id", required=True, doc="The account followed."),
        _c("platform", default="''"),
        _c("followed_at", "timestamp"),
    ),
    key=("src_account_id", "dst_account_id", "platform"),
    doc="Directed follow edges: src follows dst. Undirected edge lists are stored both ways.",
)
FOLLOWER_SNAPSHOTS = Table(
    "follower_snapshots",
    (
        _c("account_id", required=True),
        _c("date", "date", required=True),
        _c("followers", "integer"),
        _c("following", "integer"),
    ),
    key=("account_id", "date"),
    doc="Follower and following counts of an account on a date.",
)
POSTS = Table(
    "posts",
    (
        _c("post_id", required=True),
        _c("account_id", doc="Author."),
        _c("platform"),
        _c("created_at", "timestamp"),
        _c("text"),
        _c("url"),
        _c("reply_to_post_id"),
        _c("repost_of_post_id", doc="The post this one re-shares (its immediate parent)."),
        _c("campaign_id"),
        _c("is_paid", "boolean", default="false"),
        _c("impressions", "integer"),
        _c("reach", "integer"),
        _c("likes", "integer"),
        _c("comments", "integer"),
        _c("shares", "integer"),
        _c("clicks", "integer"),
        _c("saves", "integer"),
    ),
    key=("post_id",),
    doc="Posts with their platform-reported counters.",
)
INTERACTIONS = Table(
    "interactions",
    (
        _c("interaction_id", doc="Hash of the other columns when the source has no id."),
        _c("actor_account_id", required=True),
        _c("kind", required=True, choices=INTERACTION_KINDS),
        _c("post_id"),
        _c("target_account_id"),
        _c("created_at", "timestamp"),
        _c("text"),
        _c("channel", doc="Slack channel, email thread or similar."),
    ),
    key=("interaction_id",),
    generated_key="interaction_id",
    hash_columns=(
        "actor_account_id",
        "kind",
        "post_id",
        "target_account_id",
        "created_at",
        "text",
        "channel",
    ),
    doc="Who did what to whom: likes, comments, shares, mentions, messages, emails.",
)
CAMPAIGNS = Table(
    "campaigns",
    (
        _c("campaign_id", required=True),
        _c("platform"),
        _c("name"),
        _c("objective"),
        _c("start_date", "date"),
        _c("end_date", "date"),
        _c("budget", "number"),
        _c("currency"),
    ),
    key=("campaign_id",),
    doc="Paid campaigns.",
)
AD_STATS = Table(
    "ad_stats",
    (
        _c("campaign_id", required=True),
        _c("ad_id"),
        _c("date", "date", doc="The day a daily row covers; null for period totals."),
        _c("impressions", "integer"),
        _c("reach", "integer"),
        _c("clicks", "integer"),
        _c("spend", "number"),
        _c("conversions", "number", doc="A number: ad platforms report fractional conversions."),
        _c("conversion_value", "number"),
        _c("currency"),
        _c("period_start", "date", doc="First day of a period total (date is null); null for daily rows."),
        _c("period_end", "date", doc="Last day of a period total, inclusive."),
    ),
    key=("campaign_id", "ad_id", "date", "period_start", "period_end"),
    doc="Ad delivery and results per campaign, ad and day (or reporting period).",
    period=("period_start", "period_end", "date"),
)
TOUCHPOINTS = Table(
    "touchpoints",
    (
        _c("visitor_id", required=True),
        _c("occurred_at", "timestamp", required=True),
        _c("source"),
        _c("medium"),
        _c("campaign", doc="utm_campaign; matches campaigns.campaign_id when known."),
        _c("referrer"),
        _c("landing_page"),
        _c("channel", doc="Channel group; derived from source/medium when absent."),
        _c("cost", "number"),
    ),
    key=("visitor_id", "occurred_at", "source", "medium", "campaign", "referrer", "landing_page"),
    doc="A visitor's contacts with marketing channels.",
)
CONVERSIONS = Table(
    "conversions",
    (
        _c("conversion_id", doc="Hash of the other columns when the source has no id."),
        _c("visitor_id", required=True),
        _c("occurred_at", "timestamp"),
        _c("stage", required=True, choices=CONVERSION_STAGES),
        _c("value", "number"),
        _c("currency"),
    ),
    key=("conversion_id",),
    generated_key="conversion_id",
    hash_columns=("visitor_id", "occurred_at", "stage", "value", "currency"),
    doc="Funnel events: lead, opportunity, customer, purchase.",
)

CANONICAL_TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        ACCOUNTS,
        FOLLOWS,
        FOLLOWER_SNAPSHOTS,
        POSTS,
        INTERACTIONS,
        CAMPAIGNS,
        AD_STATS,
        TOUCHPOINTS,
        CONVERSIONS,
    )
}

# Bookkeeping tables: what was imported and which analysis runs wrote which results.
META_TABLES_SQL = (
    """CREATE TABLE IF NOT EXISTS import_log (
        import_id VARCHAR, table_name VARCHAR, file VARCHAR, file_sha256 VARCHAR,
        file_bytes BIGINT, format VARCHAR, rows_read BIGINT, rows_new BIGINT,
        rows_replaced BIGINT, imported_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS analysis_runs (
        run_id VARCHAR, analysis VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP,
        params JSON, summary JSON, inputs JSON)""",
    # stores made before runs recorded what they read (socialscope.incremental)
    "ALTER TABLE analysis_runs ADD COLUMN IF NOT EXISTS inputs JSON",
    "CREATE TABLE IF NOT EXISTS workspace_meta (key VARCHAR PRIMARY KEY, value JSON)",
    """CREATE TABLE IF NOT EXISTS api_tokens (
        token_id VARCHAR PRIMARY KEY, name VARCHAR, role VARCHAR, secret_sha256 VARCHAR,
        created_at TIMESTAMP, revoked_at TIMESTAMP)""",
)
META_TABLES = ("import_log", "analysis_runs", "workspace_meta", "api_tokens")


def get_table(name: str) -> Table:
    """The canonical table called ``name``; a clear error listing the choices otherwise."""
    try:
        return CANONICAL_TABLES[name]
    except KeyError:
        choices = ", ".join(CANONICAL_TABLES)
        raise KeyError(f"unknown table '{name}'; choose one of: {choices}") from None
