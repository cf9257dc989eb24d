#!/usr/bin/env python3
"""Summarizes a CallLatencyBenchmark / CallThroughputBenchmark JSON result (JMH -rf json) as Markdown:
time per call (mean, p99), allocation per call with the socket floor's (the in-process server's share)
subtracted, and ratios to the raw floor of the same transport."""
import json
import sys

FLOOR = {"NOVU_JDK": "RAW_JDK", "NOVU_APACHE": "RAW_APACHE", "RAW_JACKSON_JDK": "RAW_JDK",
         "RAW_JACKSON_APACHE": "RAW_APACHE", "COMMUNITY_SDK": "RAW_APACHE",
         # The builder's default: Apache HttpClient 5 here (the contender fails unless the builder picked it).
         "NOVU_DEFAULT": "RAW_APACHE"}


def load(path):
    rows = {}
    for r in json.load(open(path)):
        p = r["params"]
        key = (p.get("call"), p["contender"])
        m = r["primaryMetric"]
        pct = m.get("scorePercentiles", {})
        row = {"mode": r["mode"], "mean": m["score"], "p50": pct.get("50.0"), "p99": pct.get("99.0")}
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        row["alloc"] = alloc["score"] if alloc else None
        rows[key] = row
    return rows


def main(path):
    rows = load(path)
    calls = sorted({k[0] for k in rows}, key=["TRIGGER_SMALL", "TRIGGER_10KB", "SUBSCRIBERS_PAGE", "ERROR_422"].index)
    for call in calls:
        server = rows.get((call, "SOCKET_FLOOR"), {}).get("alloc") or 0
        print(f"\n{call} (server's share of allocation, from the socket floor: {server / 1024:.1f} kB)\n")
        print("| contender | mean (µs) | p50 (µs) | p99 (µs) | ×raw (mean) | ×raw (p50) | alloc/call, server excluded (kB) | ×raw (alloc) |")
        print("|---|--:|--:|--:|--:|--:|--:|--:|")
        for (c, who), row in sorted(rows.items(), key=lambda kv: list(FLOOR).index(kv[0][1]) if kv[0][1] in FLOOR else 9):
            if c != call:
                continue
            floor = rows.get((call, FLOOR.get(who, who)))
            ratio = f"{row['mean'] / floor['mean']:.2f}" if floor and who in FLOOR else ""
            ratio50 = f"{row['p50'] / floor['p50']:.2f}" if floor and who in FLOOR and row["p50"] else ""
            p50 = f"{row['p50']:,.0f}" if row["p50"] is not None else ""
            alloc = (row["alloc"] - server) if row["alloc"] is not None else None
            falloc = (floor["alloc"] - server) if floor and floor["alloc"] is not None else None
            aratio = f"{alloc / falloc:.2f}" if alloc is not None and falloc and who in FLOOR else ""
            p99 = f"{row['p99']:,.0f}" if row["p99"] is not None else ""
            astr = f"{alloc / 1024:,.1f}" if alloc is not None else ""
            print(f"| {who} | {row['mean']:,.0f} | {p50} | {p99} | {ratio} | {ratio50} | {astr} | {aratio} |")


if __name__ == "__main__":
    main(sys.argv[1])
