"""The ``sprag`` command group.

sprag-cli owns the group, the scaffolding commands and the terminal conventions; the framework
commands (``dev``, ``build``, ``routes`` ...) arrive from spragkit through the
``sprag.commands`` entry-point group, so this package never imports the framework.
"""

from __future__ import annotations

import sys
from typing import List, Optional

import click

from ._plugins import SPRAG_DISTRIBUTIONS, command_entries, installed_version

FRAMEWORK_HINT = (
    "Only sprag-cli is installed. Install the framework for dev, build, serve, routes and "
    "the rest:  pip install spragkit"
)


def _print_versions(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    for dist in SPRAG_DISTRIBUTIONS:
        version = installed_version(dist)
        if version is not None:
            click.echo(f"{dist} {version}")
    click.echo(f"Python {sys.version.split()[0]}")
    ctx.exit()


class SpragGroup(click.Group):
    """A click group that adds the commands installed packages contribute."""

    def _plugin_commands(self) -> dict:
        found = {}
        for entry in command_entries():
            if entry.name in self.commands:
                continue
            found[entry.name] = entry
        return found

    def list_commands(self, ctx: click.Context) -> List[str]:
        return sorted(set(self.commands) | set(self._plugin_commands()))

    def get_command(self, ctx: click.Context, cmd_name: str) -> Optional[click.Command]:
        command = self.commands.get(cmd_name)
        if command is not None:
            return command
        entry = self._plugin_commands().get(cmd_name)
        if entry is None:
            return None
        loaded = entry.load()
        if not isinstance(loaded, click.Command):
            raise click.ClickException(
                f"the '{cmd_name}' command from {entry.distribution} is not a click command; "
                f"reinstall {entry.distribution} or report it"
            )
        return loaded

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if not self._plugin_commands():
            formatter.write_paragraph()
            formatter.write_text(FRAMEWORK_HINT)
        super().format_epilog(ctx, formatter)


@click.group(cls=SpragGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_versions,
    help="Show the version of every installed SPRAG package and exit.",
)
def cli() -> None:
    """SPRAG: one Python language, two runtimes."""


def main(argv: Optional[List[str]] = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name="sprag")
