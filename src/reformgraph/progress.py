"""Progress reporting: a small protocol the pipeline calls, rich in the CLI."""

from __future__ import annotations

from typing import Protocol

from .model import Problem


class Reporter(Protocol):
    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage begins (with `total` steps when it counts them)."""

    def advance(self, steps: int = 1) -> None:
        """One more step of the current stage is done."""

    def problem(self, problem: Problem) -> None:
        """An input was skipped; say so at once, the build goes on."""


class SilentReporter:
    """Collects problems and says nothing (tests, library use)."""

    def __init__(self) -> None:
        self.stages: list[str] = []
        self.problems: list[Problem] = []

    def stage(self, name: str, total: int | None = None) -> None:
        self.stages.append(name)

    def advance(self, steps: int = 1) -> None:
        pass

    def problem(self, problem: Problem) -> None:
        self.problems.append(problem)


class RichReporter:
    """A progress bar per counted stage, a spinner line per other stage.

    Problems are printed at once, one line each, naming the file.
    """

    def __init__(self, quiet: bool = False) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.console = Console(stderr=True, highlight=False)
        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=self.console, disable=quiet, transient=False,
        )
        self._task = None

    def __enter__(self) -> RichReporter:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._finish_task()
        self._progress.stop()

    def _finish_task(self) -> None:
        if self._task is not None:
            task = self._progress.tasks[-1]
            self._progress.update(self._task, total=task.total or 1, completed=task.total or 1)

    def stage(self, name: str, total: int | None = None) -> None:
        self._finish_task()
        self._task = self._progress.add_task(name, total=total)

    def advance(self, steps: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, steps)

    def problem(self, problem: Problem) -> None:
        self.console.print(f"[yellow]skipped[/] {problem.message}", markup=True)
