#!/usr/bin/env python3
"""ctest smoke test of the benchmark harness: never asserts on a timing, only that the harness ran.

    smoke_test.py harness SEOLINT WORKDIR SHARED   bench/run --quick with SEOLINT: its corpora were generated,
                                                   every row was timed, the table and the Markdown were written
    smoke_test.py shared WORKDIR                   from that run: the floor rows and the generator's identity
                                                   with ../shared/bench/gen.py; exit 77 (skipped) when
                                                   ../shared/bench was missing, so a skipped part never passes
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def harness(seolint, work, shared):
    os.makedirs(work, exist_ok=True)
    result = os.path.join(work, "quick.json")
    md = os.path.join(work, "quick.md")
    for p in (result, md):
        if os.path.exists(p):
            os.remove(p)
    # --mem-limit 0: the corpora are small, and a sanitizer build reserves terabytes of address space.
    cmd = [sys.executable, os.path.join(HERE, "run"), "--quick", "--seolint", seolint, "--cache",
           os.path.join(work, "cache"), "--shared", shared, "--markdown", md, "--json", result, "--mem-limit", "0"]
    print("$ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, capture_output=True, text=True)
    print(p.stdout)
    print(p.stderr, file=sys.stderr)
    if p.returncode != 0:
        fail("bench/run exited %d" % p.returncode)
    if "corpus  format  posts" not in p.stdout or "check" not in p.stdout:
        fail("no table on standard output")
    with open(result) as f:
        res = json.load(f)
    formats = {r["format"] for r in res["rows"]}
    if formats != {"array", "ndjson", "html"}:
        fail("rows for %s, expected array, ndjson and html" % sorted(formats))
    for r in res["rows"]:
        s = r["seolint"]
        if "error" in s:
            fail("seolint failed on %s %s: %s" % (r["corpus"], r["format"], s["error"]))
        if not (r["posts"] > 0 and r["bytes"] > 0 and s["s"] > 0 and s["rss_mb"] > 0):
            fail("an empty measurement: %s" % r)
        if not r["findings"]:     # the generated posts have known defects: a SARIF without results linted nothing
            fail("no SARIF results for %s %s" % (r["corpus"], r["format"]))
    if len(res["checks"]) != 7:
        fail("%d checks, expected 7" % len(res["checks"]))
    for c in res["checks"]:
        if c["status"] not in ("PASS", "FAIL", "SKIP"):
            fail("check %s: status %s" % (c["check"], c["status"]))
        if c["status"] == "PASS":   # a quick run is no measurement of a target: it must never pass one
            fail("check %s passed in a quick run" % c["check"])
    if "error" in res["startup"] or not res["startup"]["median_ms"] > 0:
        fail("no start-up measurement")
    with open(md) as f:
        text = f.read()
    if "| corpus | format | posts |" not in text or res["machine"]["commit"] not in text:
        fail("the Markdown table is incomplete")
    print("PASS: the harness ran: %d rows, %d checks" % (len(res["rows"]), len(res["checks"])))


def shared_part(work):
    try:
        with open(os.path.join(work, "quick.json")) as f:
            res = json.load(f)
    except (OSError, ValueError) as e:
        fail("no result from the harness test (%s)" % e)
    if res["floor"] is None:
        print("SKIP: the floor was not run: %s" % res["floor_skip"])
        sys.exit(SKIP)
    ident = res["gen_identity"]
    if ident["status"] == "SKIP":
        print("SKIP: generator identity not checked: %s" % ident["detail"])
        sys.exit(SKIP)
    if ident["status"] != "PASS":
        fail("bench/gen.py's default call differs from ../shared/bench/gen.py's: %s" % ident["detail"])
    # The floor runs beside the one-thread rows; the --jobs 2 rows compare with those, not with the floor.
    json_rows = [r for r in res["rows"] if r["format"] in ("array", "ndjson") and (r.get("jobs") or 1) == 1]
    for r in json_rows:
        f = r["floor"]
        if not f or not f["s"] > 0 or f["posts"] != r["posts"]:
            fail("no floor measurement for %s %s" % (r["corpus"], r["format"]))
    print("PASS: the floor ran on %d corpora; %s" % (len(json_rows), ident["detail"]))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "harness":
        harness(os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) == 3 and sys.argv[1] == "shared":
        shared_part(os.path.abspath(sys.argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
