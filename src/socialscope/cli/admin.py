"""``socialscope check | backup | restore | forget``: keeping a store sound and erasing a person."""

from __future__ import annotations

from pathlib import Path

import typer

from socialscope.cli.common import EXIT_DATA, console, db_path, exit_on_error


def check_command(ctx: typer.Context) -> None:
    """Check the store's integrity: unique keys, required fields, references, no result rows
    from an unfinished run. Exit code 1 when a check fails.

    Example: socialscope check
    """
    from rich.table import Table

    from socialscope.store.connection import Store
    from socialscope.store.maintenance import check_store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        checks = check_store(store)
    table = Table(title=f"Integrity of {db_path(ctx)}")
    for column in ("check", "result", "detail"):
        table.add_column(column)
    for check in checks:
        table.add_row(check.name, "[green]ok[/green]" if check.ok else "[red]FAILED[/red]", check.detail)
    console.print(table)
    failed = [c for c in checks if not c.ok]
    console.print(f"{len(checks) - len(failed)} of {len(checks)} checks passed")
    if failed:
        raise typer.Exit(EXIT_DATA)


def backup_command(
    ctx: typer.Context, target: Path = typer.Argument(..., help="A new (or empty) folder for the backup.")
) -> None:
    """Back the whole store up to a folder (Parquet files + schema, via DuckDB EXPORT DATABASE).

    Example: socialscope backup backups/2026-11-22
    """
    from socialscope.store.connection import Store
    from socialscope.store.maintenance import backup_store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        backup_store(store, target)
    console.print(f"backed up {db_path(ctx)} to {target}")


def export_command(
    ctx: typer.Context, target: Path = typer.Argument(..., help="A folder for the Parquet files (created if missing).")
) -> None:
    """Write the nine canonical tables as `TARGET/<table>.parquet`: the input of
    `socialscope analyze --engine spark --input TARGET`, or of any tool that reads Parquet.

    Example: socialscope export exports/2026-11
    """
    from socialscope.store.connection import Store
    from socialscope.store.maintenance import export_tables

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        counts = export_tables(store, target)
    console.print(f"exported {sum(counts.values()):,} rows in {len(counts)} tables to {target}")


def restore_command(
    ctx: typer.Context,
    source: Path = typer.Argument(..., help="A folder written by `socialscope backup`."),
    force: bool = typer.Option(False, "--force", help="Replace the store if it exists."),
) -> None:
    """Restore a backup into the store file (a new file unless --force).

    Example: socialscope --db restored.duckdb restore backups/2026-11-22
    """
    from socialscope.store.maintenance import restore_store

    with exit_on_error():
        restore_store(source, db_path(ctx), force=force)
    console.print(f"restored {source} into {db_path(ctx)}")


def forget_command(
    ctx: typer.Context,
    account: str = typer.Argument(..., help="The account id to erase, e.g. slack:U061A1R2R."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
) -> None:
    """Erase a person everywhere: account, follows, posts, interactions by or to them, and every
    derived row (metrics, intents, sentiment, profiles), in one transaction.

    Example: socialscope forget email:someone@example.com --yes
    """
    from socialscope.store.connection import Store
    from socialscope.store.maintenance import forget_account

    if not yes and not typer.confirm(f"Erase every trace of {account}?"):
        raise typer.Exit(0)
    with exit_on_error(), Store(db_path(ctx)) as store:
        deleted = forget_account(store, account)
    console.print(f"erased {account}: " + ", ".join(f"{n:,} from {t}" for t, n in deleted.items()))


def pseudonym_command(value: str = typer.Argument(..., help="An identifier as imported, e.g. x:17920070.")) -> None:
    """Print the pseudonym an identifier gets under the key in $SOCIALSCOPE_PSEUDONYMISE_KEY,
    to find a person in a pseudonymised store.

    Example: SOCIALSCOPE_PSEUDONYMISE_KEY=~/keys/people.key socialscope pseudonym email:ana@example.com
    """
    from socialscope.config import pseudonymisation_key
    from socialscope.errors import UsageError
    from socialscope.store.pseudonymise import pseudonym

    with exit_on_error():
        key = pseudonymisation_key()
        if key is None:
            raise UsageError("set SOCIALSCOPE_PSEUDONYMISE_KEY to the key file used at import")
    typer.echo(pseudonym(key, value))
