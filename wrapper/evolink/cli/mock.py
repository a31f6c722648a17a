"""``evolink mock``: the built-in mock server, exactly as ``python -m evolink.testing`` runs it.

The mock belongs to :mod:`evolink.testing`; this command only hands it the
arguments, so its options, startup line and behaviour cannot drift from the
module's (``evolink mock --help`` is the module's own help).
"""

from __future__ import annotations

import runpy
import sys
from collections.abc import Sequence

__all__ = ["run_mock"]


def run_mock(args: Sequence[str]) -> None:
    """Run the module ``evolink.testing`` as ``__main__`` with ``args`` as its command line."""
    sys.argv = ["evolink mock", *args]
    runpy.run_module("evolink.testing", run_name="__main__", alter_sys=False)
