"""The ``sprag`` command group.

sprag-cli owns the group, the scaffolding commands and the terminal conventions; the framework
commands (``dev``, ``build``, ``routes`` ...) arrive from spragkit through the
``sprag.commands`` entry-point group, so this package never imports the framework.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import List, Optional

import click

from ._plugins import SPRAG_DISTRIBUTIONS, command_entries, installed_version
from .terminal import SpragError, report_exception, verbose_option

FRAMEWORK_HINT = (
    "Only sprag-cli is installed. Install the framework for dev, build, serve, routes and "
    "the rest:  pip install spragkit"
)

#: Commands spragkit contributes; asked for without it, they get an install hint.
FRAMEWORK_COMMANDS = frozenset({"dev", "serve", "build", "routes", "doctor", "inspect", "pack"})


def framework_command_missing(name: str) -> SpragError:
    """The error for a framework command nobody contributed: not installed, or too old."""
    version = installed_version("spragkit")
    if version is None:
        return SpragError(
            f"'sprag {name}' comes with the framework, which is not installed",
            hint="pip install spragkit",
        )
    return SpragError(
        f"'sprag {name}' is not available in the installed spragkit {version}",
        hint="a newer spragkit may provide it (pip install -U spragkit); "
        "`sprag --help` lists the commands this install has",
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


#: The scaffolding commands, imported when asked for (``sprag build`` does not load them).
SCAFFOLD_COMMANDS = {"new": "sprag_cli.commands.new", "add": "sprag_cli.commands.add"}


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
        return sorted(set(self.commands) | set(SCAFFOLD_COMMANDS) | set(self._plugin_commands()))

    def get_command(self, ctx: click.Context, cmd_name: str) -> Optional[click.Command]:
        command = self.commands.get(cmd_name)
        if command is not None:
            return command
        if cmd_name in SCAFFOLD_COMMANDS:
            command = getattr(import_module(SCAFFOLD_COMMANDS[cmd_name]), cmd_name)
            self.add_command(command)
            return command
        entry = self._plugin_commands().get(cmd_name)
        if entry is None:
            if cmd_name in FRAMEWORK_COMMANDS:
                raise framework_command_missing(cmd_name)
            return None
        try:
            loaded = entry.load()
        except Exception as exc:  # a broken plugin must not take the whole CLI down
            raise SpragError(
                f"the '{cmd_name}' command from {entry.distribution} failed to load: "
                f"{type(exc).__name__}: {exc}",
                hint=f"reinstall {entry.distribution} (pip install -U {entry.distribution})",
            ) from exc
        if not isinstance(loaded, click.Command):
            raise click.ClickException(
                f"the '{cmd_name}' command from {entry.distribution} is not a click command; "
                f"reinstall {entry.distribution} or report it"
            )
        return loaded

    def invoke(self, ctx: click.Context) -> object:
        """Run the subcommand; an unexpected exception becomes one line plus a hint."""
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.Abort, click.exceptions.Exit):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as exc:
            raise report_exception(exc) from exc

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
@verbose_option
def cli(verbose: bool) -> None:
    """SPRAG: one Python language, two runtimes."""


def main(argv: Optional[List[str]] = None) -> None:
    """Console-script entry point: run one command, then end the process.

    Once the command is done, the process ends as soon as everything that can observe its
    end has happened: the ``atexit`` handlers (logging's flush among them) run, standard
    output and error are flushed, and the exit status is the command's. What is skipped is
    the interpreter's own teardown (clearing every module and a last garbage collection:
    ~20 ms of a ~200 ms ``sprag build``), which Python does not promise to finish anyway
    (``__del__`` of objects alive at exit is not guaranteed to run). When other threads are
    still running, the process exits the ordinary way and waits for them.
    """
    try:
        cli.main(args=argv, prog_name="sprag")
        status: object = 0
    except SystemExit as done:  # click's standalone mode always ends with one
        status = done.code
    _end(status)


def _end(status: object) -> None:
    """``sys.exit(status)`` without the interpreter teardown when it is safe to skip."""
    import atexit
    import os
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if threading.active_count() > 1 or run_exit_handlers is None:
        sys.exit(status)
    if status is None:
        code = 0
    elif isinstance(status, int):
        code = status
    else:  # sys.exit("message"): the message goes to stderr, the status is 1
        print(status, file=sys.stderr)
        code = 1
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):  # closed or replaced streams
            pass
    os._exit(code & 0xFF)
