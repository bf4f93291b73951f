from click.testing import CliRunner

from sprag_cli import cli
from sprag_cli._plugins import command_entries


def test_help_works_with_only_the_cli_and_names_the_framework_package():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output
    if not command_entries():
        assert "pip install spragkit" in result.output


def test_version_lists_installed_sprag_packages():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert "sprag-cli 0.2" in result.output
    assert "Python 3." in result.output


def test_unknown_command_fails_with_a_usage_error():
    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2
    assert "No such command" in result.output
