"""CLI choices are Enums: every option taking a fixed set of values lists them in --help and
refuses anything else with Typer's usage error (exit 2) naming the allowed values; the sets
are the analysis registries' own."""

from __future__ import annotations

import inspect
import typing
from enum import Enum

import pytest
import typer
from typer.models import OptionInfo
from typer.testing import CliRunner

from socialscope.cli import choices
from socialscope.cli.main import app

runner = CliRunner()


def _callbacks(typer_app: typer.Typer, path: list[str]):
    """(command path, function) of every command and runnable group callback, read from the app."""
    callback = typer_app.registered_callback
    if path and callback is not None and typer_app.info.invoke_without_command:
        yield path, callback.callback
    for command in typer_app.registered_commands:
        yield [*path, command.name or command.callback.__name__.replace("_", "-")], command.callback
    for group in typer_app.registered_groups:
        yield from _callbacks(group.typer_instance, [*path, group.name])


def _enum_options() -> list[tuple[list[str], str, type[Enum]]]:
    found = []
    for path, function in _callbacks(app, []):
        hints = typing.get_type_hints(function)
        for name, parameter in inspect.signature(function).parameters.items():
            hint = hints.get(name)
            enum = (typing.get_args(hint) or [None])[0] if typing.get_origin(hint) is list else hint
            if isinstance(enum, type) and issubclass(enum, Enum):
                assert isinstance(parameter.default, OptionInfo), f"{path} {name}: an Enum argument; test it too"
                found.append((path, parameter.default.param_decls[0], enum))
    return found


ENUM_OPTIONS = _enum_options()


def _plain(output: str) -> str:
    """Typer's error box without its frame and line breaks."""
    return " ".join(output.translate({ord(c): " " for c in "│╭╮╰╯─"}).split())


def test_the_walk_finds_the_choices_of_every_command_group():
    commands = {" ".join(path) for path, _, _ in ENUM_OPTIONS}
    assert {"import", "attribution", "network top", "marketing campaigns", "digest", "token create"} <= commands
    assert len(ENUM_OPTIONS) >= 45


@pytest.mark.parametrize(("path", "flag", "enum"), ENUM_OPTIONS, ids=[f"{' '.join(p)} {f}" for p, f, _ in ENUM_OPTIONS])
def test_a_wrong_choice_is_a_usage_error_naming_the_allowed_values(path, flag, enum):
    result = runner.invoke(app, [*path, flag, "no-such-choice"])
    assert result.exit_code == 2, result.output
    message = _plain(result.output)
    assert f"Invalid value for '{flag}'" in message
    assert all(f"'{member.value}'" in message for member in enum), message


def test_help_lists_the_choices():
    wide = {"COLUMNS": "200"}  # one line per option, so a list of choices is not broken
    help_text = runner.invoke(app, ["marketing", "campaigns", "--help"], env=wide).output
    assert "<campaign|platform|ad|day|week|month|total>" in help_text
    help_text = runner.invoke(app, ["network", "export", "--help"], env=wide).output
    assert "<graphml|gexf|csv>" in help_text


def test_the_choices_are_the_registries():
    from socialscope.attribution import MODELS
    from socialscope.ingest.formats import FORMATS
    from socialscope.network.edges import GRAPHS

    assert [m.value for m in choices.GraphName] == list(GRAPHS)
    assert [m.value for m in choices.ExportFormatName] == list(FORMATS)
    assert [m.value for m in choices.AttributionModelName] == ["all", *MODELS]


def test_a_choice_reaches_the_analysis_as_its_value(demo_db, tmp_path):
    import json
    import shutil

    from socialscope.store.connection import Store

    db = str(tmp_path / "c.duckdb")
    shutil.copy(demo_db, db)
    out = runner.invoke(app, ["--db", db, "marketing", "campaigns", "--by", "platform", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert {"platform", "roas"} <= set(json.loads(out.output)[0])
    with Store(db, read_only=True) as store:
        assert store.has_table("campaign_kpis_by_platform")
        params = store.scalar("SELECT params FROM analysis_runs WHERE analysis = 'campaigns' ORDER BY finished_at DESC")
    assert json.loads(params) == {"by": "platform"}
