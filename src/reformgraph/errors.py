"""Every error a user can cause, and the one table from error to exit code.

The CLI catches `ReformgraphError`, prints `str(error)` as one line and exits
with `EXIT_CODES[type(error)]` (the nearest listed base class wins).
"""

from __future__ import annotations


class ReformgraphError(Exception):
    """Base of all errors reported to the user as one line."""


class InputError(ReformgraphError):
    """A path or input text that cannot be used (missing, empty, binary...)."""


class ResourceMissing(ReformgraphError):
    """A data file of the installation is missing."""


class RuleError(ReformgraphError):
    """A lexicon or pattern data file does not validate."""


class QueryError(ReformgraphError):
    """A SPARQL query that does not parse or cannot run."""


class ValidationFailed(ReformgraphError):
    """The built data does not conform to the SHACL shapes."""


class InconsistentGraph(ReformgraphError):
    """The reasoner found the ontology plus data inconsistent."""


class StoreError(ReformgraphError):
    """A triple store (embedded or remote) refused or failed."""


# Exit codes. 3 is reserved for "built, but some inputs were skipped".
EXIT_OK = 0
EXIT_SKIPPED_INPUT = 3
EXIT_CODES: dict[type[ReformgraphError], int] = {
    ReformgraphError: 1,
    InputError: 2,
    ResourceMissing: 4,
    RuleError: 4,
    QueryError: 5,
    ValidationFailed: 6,
    InconsistentGraph: 7,
    StoreError: 8,
}


def exit_code_for(error: ReformgraphError) -> int:
    for cls in type(error).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 1
