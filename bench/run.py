"""`make bench`: what evolink adds on top of the network, as ratios against a reference run side by side.

Every row measures evolink and its reference in the same process (or the same
interpreter binary), interleaved, and reports medians: absolute times on a shared
machine are noise, ratios are not. Rows print as a table and are written to
``bench/results.json``. Nothing here fails on a timing; a missed goal is shown as
such.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rows import Row  # noqa: E402


def median_seconds(fn: Callable[[], object], *, repeat: int, number: int) -> float:
    """Median over ``repeat`` rounds of the time per call of ``number`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def main() -> int:
    from calls import bench_calls
    from downloads import bench_downloads
    from imports import bench_imports
    from polling import bench_polling

    sections: list[Callable[[], list[Row]]] = [bench_imports, bench_calls, bench_polling]
    sections += [bench_downloads]  # issue 17, rows 1-4
    from batches import bench_batches

    sections += [bench_batches]  # issue 16's shared batch; issue 17, rows 6-7
    extra = os.environ.get("EVOLINK_BENCH_ONLY")
    rows: list[Row] = []
    for section in sections:
        if extra and extra not in section.__name__:
            continue
        found = section()
        for row in found:
            print(row.line(), flush=True)
        rows += found
    try:
        from live import bench_live
    except ImportError as exc:  # the live rows need the mock server
        print(f"(live rows skipped: {exc})")
    else:
        if not extra or extra in "bench_live":
            for row in bench_live():
                print(row.line(), flush=True)
                rows.append(row)
    out = HERE / "results.json"
    out.write_text(json.dumps([row.as_dict() for row in rows], indent=2) + "\n")
    print(f"\n{sum(r.met for r in rows)}/{len(rows)} goals met; written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
