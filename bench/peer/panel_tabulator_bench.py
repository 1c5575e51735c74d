"""Panel 1.6.1's Tabulator in remote pagination over a pandas DataFrame: the server's time for a
sort, a filter and a page fetch, the same queries as scenario 10 (BENCHMARKS.md §10), measured in
process like ours (no network, no browser). Set-up of Panel from source: bench/peer/README.md.

    PYTHONPATH=<panel site> /usr/bin/python3 bench/peer/panel_tabulator_bench.py [rows] [runs]

Panel computes a remote page in Tabulator._get_data: it filters and sorts the whole DataFrame again for
every page it sends (sort_values with a string tie-breaker column), so each figure is one such call.
"""
import json
import resource
import statistics
import sys
import time

import numpy as np
import pandas as pd
import panel as pn

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
PAGE = 100
BOROUGHS = np.array(["Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island", "EWR", "Unknown"])


def trips(rows):
    rng = np.random.default_rng(42)
    distance = np.round(rng.gamma(2.0, 1.6, rows), 2)
    return pd.DataFrame({
        "id": np.arange(rows, dtype=np.int64),
        "pickup": pd.to_datetime("2025-01-01") + pd.to_timedelta(rng.integers(0, 365 * 86400, rows), unit="s"),
        "borough": pd.Categorical(BOROUGHS[rng.choice(7, rows, p=[.45, .2, .2, .08, .03, .02, .02])]),
        "distance": distance,
        "fare": np.round(3 + distance * 2 + rng.integers(0, 500, rows) / 100, 2),
        "passengers": rng.integers(1, 7, rows),
        "card": rng.random(rows) < 0.7,
    })


def timed(table, runs, setup):
    times = []
    for run in range(runs + 1):   # the first run is not counted (warm-up)
        setup(run)
        t0 = time.perf_counter()
        data = table._get_data()
        elapsed = (time.perf_counter() - t0) * 1000
        if run > 0:
            times.append(elapsed)
    rows = len(next(iter(data[1].values())))
    return {"runs": runs, "p50ms": statistics.median(times), "minms": min(times), "maxms": max(times), "pageRows": rows}


def main():
    t0 = time.perf_counter()
    df = trips(ROWS)
    build_ms = (time.perf_counter() - t0) * 1000
    table = pn.widgets.Tabulator(df, pagination="remote", page_size=PAGE, show_index=False)
    out = {"rows": ROWS, "panel": pn.__version__, "pandas": pd.__version__, "buildMs": build_ms,
           "dataFrameBytes": int(df.memory_usage(deep=True).sum())}
    rng = np.random.default_rng(7)

    def sort_fare(run):
        table.sorters = [{"field": "fare", "dir": "desc"}]
        table.page = 1
    out["sortFareFirstPage"] = timed(table, RUNS, sort_fare)

    def sort_two(run):
        table.sorters = [{"field": "borough", "dir": "asc"}, {"field": "distance", "dir": "desc"}]
        table.page = 1
    out["sortBoroughDistance"] = timed(table, RUNS, sort_two)

    boroughs, distance = ["Brooklyn", "Queens"], (2.0, 5.0)   # what widgets bound with add_filter pass

    def filt(run):
        table.sorters = []
        table.page = 1
    table.add_filter(boroughs, "borough")
    table.add_filter(distance, "distance")
    out["filter"] = timed(table, RUNS, filt)
    table.remove_filter(boroughs)
    table.remove_filter(distance)

    def page(run):
        table.sorters = [{"field": "fare", "dir": "desc"}]
        table.page = int(rng.integers(1, ROWS // PAGE))
    out["pageFetchSortedRandomOffset"] = timed(table, RUNS, page)
    out["maxRssMiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
