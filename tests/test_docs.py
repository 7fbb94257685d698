"""Documentation that cannot drift: every command has help and a README
example, every key of the app is in the README's key table."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tui.cli import cli
from tui.keys import KEYS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_readme_opens_with_the_two_setup_commands():
    first_block = README.split("```sh", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(first_block) == 2
    assert "pip install ." in first_block[0] and first_block[0].endswith("docket")
    assert "pip install --no-compile '.[test]'" in first_block[1] and first_block[1].endswith("pytest")
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert first_block[1] in ci  # CI runs exactly the README's test command


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_and_a_readme_example(name: str):
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20, f"{name} lacks help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} lacks help text"
    if name != "open":  # `docket` alone opens the app
        assert f"docket {name}" in README, f"`docket {name}` is missing from the README"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.parametrize("where, key, what", KEYS)
def test_every_key_is_in_the_readme(where: str, key: str, what: str):
    assert f"| {where} | `{key}` | {what} |" in README
