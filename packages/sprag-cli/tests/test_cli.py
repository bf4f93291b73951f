import sys

import pytest
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


def test_framework_command_without_spragkit_says_to_install_it():
    if any(entry.name == "dev" for entry in command_entries()):
        pytest.skip("spragkit is installed here; the sprag-cli nox session runs this alone")
    result = CliRunner().invoke(cli, ["dev"])
    assert result.exit_code == 1
    assert "pip install spragkit" in result.output


def test_help_lists_the_scaffolding_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert "new " in result.output and "add " in result.output


def test_unexpected_exception_is_one_line_with_a_verbose_hint():
    import click

    @click.command("boom")
    def boom():
        raise RuntimeError("kaboom")

    cli.add_command(boom)
    try:
        result = CliRunner().invoke(cli, ["boom"])
        assert result.exit_code == 1
        assert "error: unexpected error: RuntimeError: kaboom" in result.output
        assert "--verbose" in result.output
        assert "Traceback" not in result.output
        verbose = CliRunner().invoke(cli, ["--verbose", "boom"])
        assert verbose.exit_code == 1
        assert "Traceback (most recent call last)" in verbose.output
    finally:
        cli.commands.pop("boom")


def test_known_command_missing_from_an_installed_spragkit_does_not_blame_the_install(monkeypatch):
    cli_module = sys.modules["sprag_cli.cli"]

    monkeypatch.setattr(cli_module, "installed_version",
                        lambda dist: "0.2.0" if dist == "spragkit" else None)
    monkeypatch.setattr(cli_module, "command_entries",
                        lambda: [e for e in command_entries() if e.name != "pack"])
    result = CliRunner().invoke(cli, ["pack"])
    assert result.exit_code == 1
    assert "not installed" not in result.output
    assert "'sprag pack' is not available in the installed spragkit 0.2.0" in result.output
    assert "pip install -U spragkit" in result.output


def test_known_command_without_spragkit_still_says_to_install_it(monkeypatch):
    cli_module = sys.modules["sprag_cli.cli"]

    monkeypatch.setattr(cli_module, "installed_version", lambda dist: None)
    monkeypatch.setattr(cli_module, "command_entries", lambda: [])
    result = CliRunner().invoke(cli, ["pack"])
    assert result.exit_code == 1
    assert "comes with the framework, which is not installed" in result.output
    assert "pip install spragkit" in result.output


def test_command_entries_match_what_importlib_metadata_finds():
    from importlib import metadata

    found = {  # through distributions: entry_points(group=) and EntryPoint.dist need 3.10
        ep.name: (ep.value, dist.metadata["Name"])
        for dist in metadata.distributions()
        for ep in dist.entry_points
        if ep.group == "sprag.commands"
    }
    entries = command_entries()
    assert [e.name for e in entries] == sorted(found)
    for entry in entries:
        assert entry.distribution == found[entry.name][1]
        module, _, attr = found[entry.name][0].partition(":")
        assert entry.load() is getattr(__import__(module, fromlist=[attr]), attr)
