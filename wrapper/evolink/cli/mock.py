"""``evolink mock``: the built-in mock server, run by ``python -m evolink.testing``'s own entry point.

The mock belongs to :mod:`evolink.testing`; this command only hands its
arguments to that module's ``main``, so the options, the startup line and the
behaviour cannot drift apart (``evolink mock --help`` is the module's help).
"""

from __future__ import annotations

from collections.abc import Sequence

from .exit_codes import CommandError, ExitCode

__all__ = ["run_mock"]

# What the ``mock`` extra installs; without it the server cannot start.
_EXTRA = frozenset({"starlette", "uvicorn"})


def run_mock(args: Sequence[str]) -> int:
    """Serve until Ctrl-C; returns the module's exit code."""
    try:
        from evolink.testing.__main__ import main

        return main(list(args), prog="evolink mock")
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in _EXTRA:
            raise
        raise CommandError(ExitCode.ERROR, f"the mock server needs {exc.name}: pip install 'evolink[mock]'") from None
