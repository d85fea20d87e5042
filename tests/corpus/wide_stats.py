#!/usr/bin/env python3
"""Findings per rule and severity on the wide set: findings, pages, and the share of pages each fires on.

Usage: tests/corpus/wide_stats.py [SEOLINT] [WIDE_DIR]   (defaults: build/seolint, ../shared/corpus/wide)
Reads seolint's JSON output; prints a Markdown table, rules by severity then by pages.
"""
import collections
import json
import os
import subprocess
import sys

ORDER = {"error": 0, "warning": 1, "note": 2}


def main():
    seolint = sys.argv[1] if len(sys.argv) > 1 else "build/seolint"
    wide = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpus/wide"
    pages = sum(1 for name in os.listdir(wide) if name.endswith(".html"))
    run = subprocess.run([seolint, "--format", "json", "--fail-on", "never", wide], capture_output=True, text=True)
    if run.stderr:
        print(run.stderr, file=sys.stderr, end="")
    findings = json.loads(run.stdout)
    count = collections.Counter()
    on = collections.defaultdict(set)
    for f in findings:
        key = (f["rule"], f["severity"])
        count[key] += 1
        on[key].add(f["file"])
    print(f"{len(findings)} findings on {pages} pages; exit status {run.returncode}\n")
    print("| rule | severity | findings | pages | share of pages |")
    print("|---|---|---:|---:|---:|")
    for key in sorted(count, key=lambda k: (ORDER[k[1]], -len(on[k]), k[0])):
        print(f"| {key[0]} | {key[1]} | {count[key]} | {len(on[key])} | {100 * len(on[key]) / pages:.1f}% |")


if __name__ == "__main__":
    main()
