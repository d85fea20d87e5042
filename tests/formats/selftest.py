#!/usr/bin/python3
"""Proves check.py has teeth: the crafted outputs pass, and each broken copy of them fails.

  selftest.py DIR    (DIR as written by seolint_formats_craft)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402

# (format, what is wrong, mutation of the output bytes)
MUTATIONS = [
    ("junit", "declared test count off by one", lambda d: d.replace(b'tests="7"', b'tests="6"', 1)),
    ("junit", "a failure dropped", lambda d: re.sub(rb"\s*<failure [^>]*>[^<]*</failure>", b"", d, count=1)),
    ("junit", "a testcase without its name (schema)", lambda d: d.replace(b"<testcase name=", b"<testcase nom=", 1)),
    ("junit", "a time that is not a number (schema)", lambda d: d.replace(b'<testsuite name=', b'<testsuite time="1s" name=', 1)),
    ("junit", "a control character (not XML)", lambda d: d.replace(b"title-length/", b"title-length\x01/", 1)),
    ("junit", "an input error as a failure", lambda d: d.replace(b"<error message=", b"<failure message=", 1)
     .replace(b"</error>", b"</failure>", 1)),
    ("checkstyle", "a severity Checkstyle does not have (schema)", lambda d: d.replace(b'severity="info"', b'severity="note"', 1)),
    ("checkstyle", "line 0 (schema: positive)", lambda d: d.replace(b'line="1"', b'line="0"', 1)),
    ("checkstyle", "a wrong source", lambda d: d.replace(b'source="seolint.title-length"', b'source="title-length"', 1)),
    ("checkstyle", "an error dropped", lambda d: re.sub(rb"\s*<error [^>]*/>", b"", d, count=1)),
    ("codequality", "a fingerprint repeated", lambda d: mutate_json(d, lambda a: a[1].update(fingerprint=a[0]["fingerprint"]))),
    ("codequality", "no check_name (schema)", lambda d: mutate_json(d, lambda a: a[0].pop("check_name"))),
    ("codequality", "a path prefixed with ./ (schema)", lambda d: mutate_json(d, lambda a: a[0]["location"].update(path="./x.json"))),
    ("codequality", "a severity GitLab does not have (schema)", lambda d: mutate_json(d, lambda a: a[0].update(severity="warning"))),
    ("codequality", "no line (schema)", lambda d: mutate_json(d, lambda a: a[0]["location"].pop("lines"))),
    ("github", "a comma left unescaped in a property", lambda d: d.replace(b"%2C", b",", 1)),
    ("github", "colons left unescaped in a property", lambda d: d.replace(b"%3A%3A", b"::", 1)),
    ("github", "a newline left unescaped in the message", lambda d: d.replace(b"%0A", b"\n", 1)),
    ("github", "a percent sign left unescaped", lambda d: d.replace(b"%250A", b"%0A", 1)),
    ("github", "columns across lines (the runner drops them)", lambda d: d.replace(b"line=2,col=3,", b"line=2,col=3,endLine=4,endColumn=1,", 1)),
    ("github", "the summary line missing", lambda d: d[:d.rstrip(b"\n").rfind(b"\n") + 1]),
]


def mutate_json(data, change):
    issues = json.loads(data)
    change(issues)
    return json.dumps(issues).encode()


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(os.path.join(argv[1], "crafted.oracle.json")) as f:
        oracle = json.load(f)
    status = 0
    outputs = {}
    for fmt, run in check.CHECKS.items():
        with open(os.path.join(argv[1], f"crafted.{fmt}"), "rb") as f:
            outputs[fmt] = f.read()
        try:
            run(outputs[fmt], oracle)
            print(f"ok {fmt}: the crafted output passes")
        except Exception as e:  # noqa: BLE001 - any failure here is the selftest's failure
            print(f"FAIL {fmt}: the crafted output fails: {type(e).__name__}: {e}")
            status = 1
    for fmt, what, mutate in MUTATIONS:
        bad = mutate(outputs[fmt])
        if bad == outputs[fmt]:
            print(f"FAIL {fmt}: mutation '{what}' changed nothing")
            status = 1
            continue
        try:
            check.CHECKS[fmt](bad, oracle)
            print(f"FAIL {fmt}: {what}: accepted")
            status = 1
        except Exception as e:  # noqa: BLE001
            print(f"ok {fmt}: {what}: rejected ({type(e).__name__}: {str(e).splitlines()[0][:100]})")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
