"""``socialscope classify …``: networking or marketing, for posts, messages and accounts."""

from __future__ import annotations

from pathlib import Path

import typer

from socialscope.cli.choices import AccountKind, DetailFormat, TextKind
from socialscope.cli.common import (
    OutputFormat,
    console,
    db_path,
    exit_on_error,
    print_frame,
    print_json,
    remember_trained_model,
)

app = typer.Typer(
    help="Networking or marketing? Classify posts, comments, messages and accounts, with explanations.",
    no_args_is_help=True,
)


@app.command("run")
def run(
    ctx: typer.Context,
    full: bool = typer.Option(False, "--full", help="Reclassify everything, not only new content."),
) -> None:
    """Classify new posts and interaction texts, then infer account kinds and their mix.

    Writes content_intent, interaction_intent and account_kinds. Example: socialscope classify run
    """
    from socialscope.classify.account_kind import account_kinds
    from socialscope.classify.content import classify_content
    from socialscope.store.connection import Store
    from socialscope.store.results import record_run, run_clock, write_result

    started = run_clock()
    # the same models as `analyze` (posts: the post model, other texts: the comment model),
    # so the two commands share one cache of scores
    with exit_on_error(), Store(db_path(ctx)) as store, console.status("classifying"), store.transaction():
        counts = classify_content(store, full=full)
        models = ", ".join(
            store.df(
                "SELECT DISTINCT model FROM (SELECT model FROM content_intent"
                " UNION ALL SELECT model FROM interaction_intent) ORDER BY model"
            )["model"]
        )
        kinds = account_kinds(store)
        summary = {**counts, "inferred_account_kinds": int((kinds["source"] == "inferred").sum())}
        run_id = record_run(store, "classify", {"full": full, "model": models}, summary, started=started)
        write_result(store, "account_kinds", kinds, run_id)
        mix = store.df("SELECT intent, count(*) AS posts FROM content_intent GROUP BY intent ORDER BY intent")
    console.print(
        ", ".join(f"{n:,} new rows in {t}" for t, n in counts.items()) + f" (models: {models}); "
        + ", ".join(f"{r.posts:,} {r.intent} posts" for r in mix.itertuples())
    )  # fmt: skip


@app.command("explain")
def explain(
    ctx: typer.Context,
    item_id: str = typer.Argument(..., help="A post id or an interaction id."),
    fmt: DetailFormat = typer.Option(DetailFormat.table, "--format", help="A table, or JSON."),
) -> None:
    """Why a post or message is networking or marketing: probability, words and rules.

    Example: socialscope classify explain p00000042
    """
    from socialscope.classify.content import explain_content
    from socialscope.errors import NotFoundError
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        try:
            result = explain_content(store, item_id)
        except LookupError as exc:
            raise NotFoundError(str(exc)) from None
    if fmt is DetailFormat.json:
        print_json(result)
        return
    console.print(f"[bold]{result['intent']}[/bold] ({result['probability']:.0%}, model {result['model']})")
    console.print(f"text: {result['text']}", markup=False)
    console.print(f"why:  {result['explanation']}", markup=False)


@app.command("evaluate")
def evaluate(
    ctx: typer.Context,
    labeled: Path = typer.Argument(..., help="CSV with a text column and a label column (networking/marketing)."),
    text_column: str = typer.Option("text", "--text-column", help="Column holding the text."),
    label_column: str = typer.Option("label", "--label-column", help="Column holding the label."),
    texts: TextKind = typer.Option(
        TextKind.post, "--texts", help="post (the post model) or comment (comments, replies, messages)."
    ),
    fmt: DetailFormat = typer.Option(DetailFormat.table, "--format", help="Tables, or JSON."),
) -> None:
    """Score the active model on your labelled texts: macro-F1, precision, recall, confusion matrix.

    Labels may be networking/marketing, ham/spam, 0/1 or personal/promotional.
    Example: socialscope classify evaluate labelled.csv --text-column CONTENT --label-column CLASS --texts comment
    """
    from socialscope.classify.evaluation import evaluate_model
    from socialscope.classify.intent import active_model, shipped_model
    from socialscope.classify.labelled import load_labelled_csv
    from socialscope.store.connection import Store

    texts = texts.value
    with exit_on_error():
        labelled = load_labelled_csv(labeled, text_column=text_column, label_column=label_column)
        if db_path(ctx).exists():
            with Store(db_path(ctx), read_only=True) as store:
                model = active_model(store, kind=texts)
        else:
            model = shipped_model(kind=texts)
        scores = evaluate_model(model, labelled)
    if fmt is DetailFormat.json:
        print_json(
            {
                "model": model.name,
                "texts": scores["texts"],
                "macro_f1": scores["macro_f1"],
                "accuracy": scores["accuracy"],
                "per_class": scores["per_class"].to_dict(orient="records"),
                "confusion": scores["confusion"].to_dict(),
            }
        )
        return
    console.print(
        f"model {model.name} on {scores['texts']:,} texts: "
        f"macro-F1 {scores['macro_f1']:.4f}, accuracy {scores['accuracy']:.4f}"
    )
    print_frame(scores["per_class"], OutputFormat.table, title="Per class")
    print_frame(
        scores["confusion"].reset_index(), OutputFormat.table, title="Confusion matrix (rows: true, columns: predicted)"
    )


@app.command("train")
def train(
    ctx: typer.Context,
    labeled: Path = typer.Argument(..., help="CSV with a text column and a label column (networking/marketing)."),
    text_column: str = typer.Option("text", "--text-column", help="Column holding the text."),
    label_column: str = typer.Option("label", "--label-column", help="Column holding the label."),
    out: Path = typer.Option(None, "--out", help="Where to save the model (default: beside the store)."),
) -> None:
    """Fit the intent model on your own labelled texts; `classify run` uses it from then on
    (and reclassifies everything once, since the model changed).

    Example: socialscope classify train our_posts_labelled.csv
    """
    import hashlib

    from socialscope.classify.intent import MODEL_META_KEY, IntentModel
    from socialscope.classify.labelled import load_labelled_csv

    with exit_on_error():
        labelled = load_labelled_csv(labeled, text_column=text_column, label_column=label_column)
        digest = hashlib.sha256(Path(labeled).read_bytes()).hexdigest()[:8]
        model = IntentModel(name=f"custom-{digest}").fit(labelled["text"], labelled["intent"])
        target = remember_trained_model(ctx, model, out, "intent", MODEL_META_KEY)
    console.print(f"trained on {len(labelled):,} texts; saved {target}; `socialscope classify run` now uses it")


@app.command("accounts")
def accounts(
    ctx: typer.Context,
    kind: AccountKind = typer.Option(None, "--kind", help="Only accounts of this kind."),
    inferred_only: bool = typer.Option(False, "--inferred", help="Only accounts whose kind was inferred."),
    top: int = typer.Option(20, "--top", help="How many, most posts first (0 = all)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Account kinds (given or inferred, with probability and evidence) and each account's
    networking/marketing mix with the engagement per post each earns.

    Example: socialscope classify accounts --kind brand
    """
    from socialscope.errors import NotFoundError
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        if not store.has_table("account_kinds"):
            raise NotFoundError("no account kinds yet: run 'socialscope classify run'")
        frame = store.df("SELECT * EXCLUDE (run_id) FROM account_kinds ORDER BY posts DESC, account_id")
    if kind:
        frame = frame[frame["kind"] == kind.value]
    if inferred_only:
        frame = frame[frame["source"] == "inferred"]
    if fmt is OutputFormat.table:
        frame = frame[["handle", "kind", "probability", "source", "posts", "marketing_share",
                       "networking_engagement", "marketing_engagement"]]  # fmt: skip
    print_frame(frame.head(top) if top else frame, fmt, title="Account kinds")
