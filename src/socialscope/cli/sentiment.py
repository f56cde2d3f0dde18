"""``socialscope sentiment …``: score texts, train on your labels, summarise net sentiment."""

from __future__ import annotations

from pathlib import Path

import typer

from socialscope.cli.choices import GraphName, NetSentimentVariant, SentimentGrouping, SentimentModelName
from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_frame, remember_trained_model

app = typer.Typer(
    help="Sentiment of posts, comments and messages; net sentiment by account, community, campaign, week.",
    no_args_is_help=True,
)


@app.command("score")
def score(
    ctx: typer.Context,
    model_name: SentimentModelName = typer.Option(
        None, "--model", help="A named model (socialscope is the shipped one); default: your trained model if any."
    ),
) -> None:
    """Score every post and interaction text; texts in languages the model does not cover are
    stored as unscored.

    Example: socialscope sentiment score --model vader
    """
    from socialscope.engagement.sentiment import SENTIMENT_MODELS, score_store
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx)) as store:
        model = SENTIMENT_MODELS[model_name.value].load() if model_name else None  # None: the active model file
        with console.status("scoring texts"), store.transaction():
            counts = score_store(store, model)
        unscored, name = store.con.execute(
            "SELECT count(*) FILTER (WHERE NOT scored), mode(model) FROM"
            " (SELECT scored, model FROM post_sentiment UNION ALL SELECT scored, model FROM interaction_sentiment)"
        ).fetchone()
    console.print(
        ", ".join(f"{n:,} new or edited texts scored in {t}" for t, n in counts.items())
        + f" (model: {name}; {unscored:,} unscored: language not covered)"
    )


@app.command("languages")
def languages(
    ctx: typer.Context,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Texts per detected language (after `sentiment score` or `analyze`), and whether the
    active sentiment model covers it.

    Example: socialscope sentiment languages --format csv
    """
    from socialscope.engagement.language import language_summary
    from socialscope.errors import NotFoundError
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        try:
            frame = language_summary(store)
        except LookupError as exc:
            raise NotFoundError(str(exc)) from None
    print_frame(frame, fmt, title="Texts by language")


@app.command("train")
def train(
    ctx: typer.Context,
    labeled: Path = typer.Argument(..., help="CSV with a text column and a label column (negative/neutral/positive)."),
    text_column: str = typer.Option("text", "--text-column", help="Column holding the text."),
    label_column: str = typer.Option("label", "--label-column", help="Column holding the label."),
    out: Path = typer.Option(None, "--out", help="Where to save the model (default: beside the store)."),
) -> None:
    """Fit a sentiment model on your own labelled texts; `sentiment score` uses it from then on.

    Example: socialscope sentiment train Tweets.csv --text-column text --label-column airline_sentiment
    """
    import pandas as pd

    from socialscope.engagement.sentiment import MODEL_META_KEY, TextSentimentModel
    from socialscope.errors import InputError, Problem

    with exit_on_error():
        try:
            frame = pd.read_csv(labeled, usecols=[text_column, label_column]).dropna()
        except (OSError, ValueError) as exc:
            raise InputError(Problem(str(labeled), None, None, str(exc))) from exc
        try:
            model = TextSentimentModel().fit(frame[text_column], frame[label_column])
        except ValueError as exc:
            raise InputError(Problem(str(labeled), None, label_column, str(exc))) from exc
        target = remember_trained_model(ctx, model, out, "sentiment", MODEL_META_KEY)
    console.print(f"trained on {len(frame):,} texts; saved {target}; `socialscope sentiment score` now uses it")


@app.command("summary")
def summary(
    ctx: typer.Context,
    by: SentimentGrouping = typer.Option(SentimentGrouping.account, "--by", help="Net sentiment per group."),
    variant: NetSentimentVariant = typer.Option(
        NetSentimentVariant.talkwalker, "--variant", help="talkwalker: (pos−neg)/(pos+neg); symanto: (pos−neg)/all."
    ),
    graph: GraphName = typer.Option(GraphName.follows, "--graph", help="Whose communities, with --by community."),
    drop_alert: float = typer.Option(0.1, "--drop-alert", help="With --by week: flag a fall larger than this."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Net sentiment per group in a named variant, with the counts behind it.

    Example: socialscope sentiment summary --by week --variant symanto
    """
    from socialscope.engagement.sentiment import sentiment_summary
    from socialscope.errors import NotFoundError
    from socialscope.store.connection import Store

    by, variant, graph = by.value, variant.value, graph.value
    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        try:
            frame = sentiment_summary(store, by=by, variant=variant, graph=graph, drop_alert=drop_alert)
        except LookupError as exc:
            raise NotFoundError(str(exc)) from None
    if by == "community":
        from socialscope.report.privacy import suppress_small_groups

        frame = suppress_small_groups(frame, graph, size="members")
    print_frame(frame, fmt, title=f"Net sentiment by {by} ({variant})")
