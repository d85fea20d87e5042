#!/usr/bin/env python3
"""A seeded random sample of the wide set's warnings and notes, for a person to label.

Usage: tests/corpus/wide_sample.py [SEOLINT] [WIDE_DIR] [N]
Prints label lines (`file post rule field verdict reason`) with the verdict left as `?` and the message as the
reason, to be replaced by a person who looked at each page. Findings are keyed as the corpus test keys them
(several findings with one key count once). The sample is the N keys with the smallest SHA-256 of
"SEED:key": the same output gives the same sample, and a key that stays keeps its place when others come or go,
so a fix elsewhere does not redraw the labelled sample.
"""
import json
import hashlib
import subprocess
import sys

SEED = 14  # the issue that asked for the sample; change it only to draw a new sample on purpose


def key_of(f, root):
    file = "corpus/wide/" + f["file"][len(root):].lstrip("/")
    post = "-"
    where = f["pointer"] or f["element"].split("#")[0]
    return "\t".join([file, post, f["rule"], where])


def main():
    seolint = sys.argv[1] if len(sys.argv) > 1 else "build/seolint"
    wide = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpus/wide"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    run = subprocess.run([seolint, "--format", "json", "--fail-on", "never", wide], capture_output=True, text=True)
    findings = json.loads(run.stdout)
    root = findings[0]["file"][: findings[0]["file"].rfind("/")] if findings else ""
    messages = {}
    for f in findings:
        if f["severity"] in ("warning", "note"):
            messages.setdefault(key_of(f, root), f"{f['severity']}: {f['message']}")
    rank = lambda key: hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()
    for key in sorted(sorted(messages, key=rank)[:n]):
        print(f"{key}\t?\t{messages[key]}")


if __name__ == "__main__":
    main()
