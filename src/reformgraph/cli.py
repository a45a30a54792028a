"""The `reformgraph` command line: commands registered from `commands/`.

Every command raises `ReformgraphError` for what the user can fix; here it
becomes one line on stderr and the exit code of `errors.EXIT_CODES`. Set
REFORMGRAPH_DEBUG=1 to see the traceback of an unexpected error.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

import click
import typer
from rich.console import Console

from . import __version__
from .errors import ReformgraphError, exit_code_for

EXIT_INTERNAL = 70
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="reformgraph",
    help=(
        "Build a knowledge graph of the debate on public-sector governance "
        "(trust reforms, New Public Management, principles, institutions, people) "
        "from Swedish, Danish, Norwegian and English texts; query it with SPARQL; "
        "explain every fact; draw network pages."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def handled(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn user errors into one line and an exit code, never a traceback."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, click.ClickException):
            raise  # typer's own ways of ending a command
        except ReformgraphError as error:
            stderr.print(f"[bold red]error:[/] {error}", markup=True, highlight=False)
            raise typer.Exit(exit_code_for(error)) from None
        except KeyboardInterrupt:
            stderr.print("interrupted")
            raise typer.Exit(130) from None
        except Exception as error:  # a bug: still one line, traceback on request
            if os.environ.get("REFORMGRAPH_DEBUG"):
                raise
            stderr.print(
                f"[bold red]internal error:[/] {type(error).__name__}: {error} "
                "(set REFORMGRAPH_DEBUG=1 for the traceback, and please report it)",
                markup=True,
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return run


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reformgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Knowledge graphs of the Nordic public-sector reform debate."""


def _register() -> None:
    from .commands import build, evaluate, explain, push, query, serve, validate

    for module, name in (
        (build, "build"), (query, "query"), (explain, "explain"), (validate, "validate"),
        (evaluate, "evaluate"), (serve, "serve"), (push, "push"),
    ):
        app.command(name)(handled(getattr(module, name)))


def main() -> None:
    _register()
    app()


if __name__ == "__main__":
    main()
