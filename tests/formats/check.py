#!/usr/bin/python3
"""Reads seolint's CI formats back as their consumers do and checks them against the json report of the same run.

  check.py FORMAT run SEOLINT DIR ARGS...   run `seolint --format FORMAT ARGS...` in DIR, and the json and text
                                            formats for the oracle (findings, input errors from standard error,
                                            posts from the text summary)
  check.py FORMAT files OUTPUT ORACLE       an output and its oracle written beforehand (seolint_formats_craft)

FORMAT is junit, checkstyle, codequality or github. Exit 0 when every check passes, 1 when one fails.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))


class Failed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failed(message)


def same(got, want, what):
    """Equal as multisets; the difference is printed when not."""
    got, want = collections.Counter(got), collections.Counter(want)
    if got != want:
        lines = [f"{what} differ:"]
        lines += [f"  unexpected: {k!r} x{n}" for k, n in (got - want).items()]
        lines += [f"  missing:    {k!r} x{n}" for k, n in (want - got).items()]
        raise Failed("\n".join(lines[:40]))


# ---- the oracle ------------------------------------------------------------------------------------------------

def oracle_from_run(seolint, cwd, fmt, args):
    seolint = os.path.abspath(seolint)

    def run(f):
        return subprocess.run([seolint, "--format", f, *args], cwd=cwd, capture_output=True)

    out, js, text = run(fmt), run("json"), run("text")
    for p in (out, js, text):
        expect(p.returncode in (0, 1, 2), f"seolint exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    expect(out.returncode == js.returncode, f"--format {fmt} exited {out.returncode}, json {js.returncode}")
    summary = text.stdout.decode().rstrip("\n").split("\n")[-1]
    m = re.search(r"read ([\d,]+) posts? in ([\d,]+) files?", summary)
    expect(m, f"no post count in the text summary: {summary!r}")
    errors = []
    for line in js.stderr.decode().splitlines():
        if not line.startswith("seolint: error: "):
            continue
        e = line[len("seolint: error: "):]  # InputError::str(): "file:line:col: message" or "file: message"
        if m2 := re.fullmatch(r"(.+?):(\d+):(\d+): (.*)", e):
            errors.append({"file": m2[1], "line": int(m2[2]), "column": int(m2[3]), "message": m2[4]})
        elif m2 := re.fullmatch(r"(.+?): (.*)", e):
            errors.append({"file": m2[1], "line": 0, "column": 0, "message": m2[2]})
        else:
            raise Failed(f"unreadable input error on standard error: {line!r}")
    oracle = {"findings": json.loads(js.stdout), "errors": errors,
              "posts": int(m[1].replace(",", "")), "files": int(m[2].replace(",", ""))}
    return out.stdout, oracle


def counted(oracle):
    """The findings that count: a suppressed one (when the json report marks it) is left out of these formats."""
    return [f for f in oracle["findings"] if not f.get("suppressed") and not f.get("suppression")]


def error_str(e):
    if e["line"] == 0:
        return f"{e['file']}: {e['message']}"
    return f"{e['file']}:{e['line']}:{e['column']}: {e['message']}"


# ---- XML -------------------------------------------------------------------------------------------------------

XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_attr(s):
    """What an XML attribute can carry: other characters were replaced with U+FFFD by the writer."""
    return XML_INVALID.sub("\ufffd", s)


def xml_text(s):
    """Element text: as xml_attr, and a parser reads every CR (alone or before LF) as LF (XML 1.0, 2.11)."""
    return xml_attr(s).replace("\r\n", "\n").replace("\r", "\n")


def validate_xsd(data, xsd):
    """The schema through lxml and through xmllint, both."""
    schema = etree.XMLSchema(etree.parse(os.path.join(HERE, xsd)))
    doc = etree.fromstring(data)
    if not schema.validate(doc):
        raise Failed(f"{xsd} (lxml): " + "; ".join(str(e) for e in list(schema.error_log)[:10]))
    with tempfile.NamedTemporaryFile(suffix=".xml") as f:
        f.write(data)
        f.flush()
        p = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(HERE, xsd), f.name],
                           capture_output=True, text=True)
        expect(p.returncode == 0, f"{xsd} (xmllint): {p.stderr.strip()[:2000]}")
    return doc


def check_junit(data, oracle):
    root = validate_xsd(data, "junit-10.xsd")
    expect(root.tag == "testsuites", f"root element {root.tag}")
    # Read as Jenkins' junit plugin and GitLab do: every testcase of every testsuite; one with a <failure> failed,
    # one with an <error> errored, else it passed. The declared counts must agree with that reading.
    tests = failed = errored = 0
    failures, errors = [], []
    for suite in root.iter("testsuite"):
        cases = suite.findall("testcase")
        f = sum(1 for c in cases if c.find("failure") is not None)
        e = sum(1 for c in cases if c.find("error") is not None)
        name = suite.get("name")
        expect((int(suite.get("tests")), int(suite.get("failures")), int(suite.get("errors"))) == (len(cases), f, e),
               f"testsuite {name!r} declares tests/failures/errors {suite.get('tests')}/{suite.get('failures')}/"
               f"{suite.get('errors')}, has {len(cases)}/{f}/{e}")
        tests, failed, errored = tests + len(cases), failed + f, errored + e
        for c in cases:
            expect(c.get("classname") in (name, "seolint"), f"testcase classname {c.get('classname')!r} in {name!r}")
            for x in c.findall("failure"):
                failures.append((c.get("classname"), c.get("name"), x.get("message"), x.get("type"), x.text))
            for x in c.findall("error"):
                errors.append((c.get("classname"), x.get("message"), x.get("type"), x.text))
    expect((int(root.get("tests")), int(root.get("failures")), int(root.get("errors"))) == (tests, failed, errored),
           f"testsuites declares {root.get('tests')}/{root.get('failures')}/{root.get('errors')}, "
           f"has {tests}/{failed}/{errored}")
    findings = counted(oracle)
    posts_with_findings = {(f["file"], f["post"]["pointer"]) for f in findings}
    expect(tests == oracle["posts"] + len(oracle["errors"]),
           f"{tests} testcases for {oracle['posts']} posts and {len(oracle['errors'])} input errors")
    expect(failed == len(posts_with_findings), f"{failed} failed testcases, {len(posts_with_findings)} posts with findings")
    expect(errored == len(oracle["errors"]), f"{errored} errored testcases, {len(oracle['errors'])} input errors")
    same(failures,
         [(xml_attr(f["file"]), xml_attr(f["post"]["label"]), xml_attr(f["message"]), f["rule"],
           xml_text(f"{f['file']}:{f['region']['line']}:{f['region']['column']} {f['rule']}/{f['messageId']} "
                    f"{f['severity']}\n{f['message']}")) for f in findings],
         "failures")
    same(errors, [(xml_attr(e["file"]), xml_attr(e["message"]), "input-error", xml_text(error_str(e)))
                  for e in oracle["errors"]], "errors")
    return f"{tests} testcases ({failed} failed, {errored} errors), {len(failures)} failures"


CHECKSTYLE_SEVERITY = {"error": "error", "warning": "warning", "note": "info"}


def check_checkstyle(data, oracle):
    root = validate_xsd(data, "checkstyle-report-1.0.0.xsd")
    expect(root.tag == "checkstyle" and root.get("version") == "4.3", f"root {root.tag} version {root.get('version')}")
    # Read as warnings-ng's CheckStyleParser and reviewdog's checkstyle parser do: file/@name, then each error's
    # line, column, severity, message and source.
    names = [f.get("name") for f in root.findall("file")]
    expect(len(names) == len(set(names)), "a file is listed twice")
    got = []
    for f in root.findall("file"):
        for e in f.findall("error"):
            got.append((f.get("name"), int(e.get("line", 0)), int(e.get("column", 0)), e.get("severity"),
                        e.get("message"), e.get("source")))
    want = [(xml_attr(f["file"]), f["region"]["line"], f["region"]["column"], CHECKSTYLE_SEVERITY[f["severity"]],
             xml_attr(f["message"]), "seolint." + f["rule"]) for f in counted(oracle)]
    want += [(xml_attr(e["file"]), e["line"], e["column"], "error", xml_attr(e["message"]), "seolint.input")
             for e in oracle["errors"]]
    same(got, want, "errors")
    return f"{len(names)} files, {len(got)} errors"


# ---- JSON ------------------------------------------------------------------------------------------------------

CODEQUALITY_SEVERITY = {"error": "major", "warning": "minor", "note": "info"}


def check_codequality(data, oracle):
    issues = json.loads(data)
    with open(os.path.join(HERE, "gitlab-codequality.schema.json")) as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                for e in jsonschema.Draft7Validator(schema).iter_errors(issues)]
    expect(not problems, "GitLab Code Quality schema: " + "; ".join(problems[:10]))
    fingerprints = [i["fingerprint"] for i in issues]
    dupes = [fp for fp, n in collections.Counter(fingerprints).items() if n > 1]
    expect(not dupes, f"fingerprints not unique: {dupes[:5]}")
    findings = counted(oracle)
    expect(len(issues) == len(findings), f"{len(issues)} issues, {len(findings)} findings")
    for i, (issue, f) in enumerate(zip(issues, findings)):  # in output order
        want = (f["message"], f["rule"], CODEQUALITY_SEVERITY[f["severity"]], f["file"], f["region"]["line"])
        got = (issue["description"], issue["check_name"], issue["severity"], issue["location"]["path"],
               issue["location"]["lines"]["begin"])
        expect(got == want, f"issue {i}: {got!r}, finding {want!r}")
    return f"{len(issues)} issues, {len(set(fingerprints))} distinct fingerprints"


# ---- GitHub workflow commands ----------------------------------------------------------------------------------
# A port of actions/runner: ActionCommand.TryParseV2 and its unescaping (src/Runner.Common/ActionCommand.cs), and
# IssueCommandExtension.ValidateLinesAndColumns (src/Runner.Worker/ActionCommandManager.cs).

REGISTERED = {"error", "warning", "notice", "debug", "group", "endgroup", "add-mask", "echo", "add-matcher",
              "remove-matcher", "stop-commands", "set-output", "save-state", "set-env", "add-path"}
DATA_MAPPINGS = [("\r", "%0D"), ("\n", "%0A"), ("%", "%25")]
PROPERTY_MAPPINGS = [("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C"), ("%", "%25")]


def unescape(s, mappings):
    for token, replacement in mappings:  # in the runner's order; str.replace is C#'s left-to-right Replace
        s = s.replace(replacement, token)
    return s


def try_parse_v2(message):
    message = message.lstrip()
    if not message.startswith("::"):
        return None
    end = message.find("::", 2)
    if end < 0:
        return None
    info = message[2:end]
    space = info.find(" ")
    name = info if space < 0 else info[:space]
    if name not in REGISTERED:
        return None
    props = {}  # the runner's dictionary ignores case
    if space > 0:
        for prop in [p for p in info[space + 1:].strip().split(",") if p]:
            pair = [x for x in prop.split("=", 1) if x]
            if len(pair) == 2:
                props[pair[0].lower()] = unescape(pair[1], PROPERTY_MAPPINGS)
    return name, props, unescape(message[end + 2:], DATA_MAPPINGS)


def validate_lines_and_columns(props):
    def number(key):
        try:
            return int(props[key])
        except (KeyError, ValueError):
            return None

    line, end_line, col, end_col = number("line"), number("endline"), number("col"), number("endcolumn")
    if end_line is not None and line is None:
        props["line"], line = props["endline"], end_line
    if end_col is not None and col is None:
        props["col"], col = props["endcolumn"], end_col
    has_column = col is not None or end_col is not None
    if line is None and has_column:
        props.pop("col", None), props.pop("endcolumn", None)
    if end_line is not None and props.get("line") != props.get("endline") and has_column:
        props.pop("col", None), props.pop("endcolumn", None)
    if line is not None and end_line is not None and end_line < line:
        props.pop("line", None), props.pop("endline", None)
    if col is not None and end_col is not None and end_col < col:
        props.pop("col", None), props.pop("endcolumn", None)


GITHUB_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def check_github(data, oracle):
    text = data.decode("utf-8")
    expect(text.endswith("\n"), "no final newline")
    lines = re.split(r"\r\n|\r|\n", text[:-1])  # .NET ReadLine: CR, LF or CR LF end a line
    commands, plain = [], []
    for line in lines:
        parsed = try_parse_v2(line)
        (commands if parsed else plain).append(parsed or line)
    expect(plain == lines[-1:], f"lines that are not commands, besides the final summary: {plain[:-1][:5]!r}")
    findings = counted(oracle)
    c = collections.Counter(f["severity"] for f in findings)
    summary = (f"seolint: {len(findings):,} problem" if findings else "seolint: no problems")
    expect(plain[0].startswith(summary) and f"{c['error']:,} error" in plain[0], f"summary line {plain[0]!r}")
    want = []
    for f in findings:
        r = f["region"]
        props = {"file": f["file"], "line": str(r["line"]), "col": str(r["column"]), "title": f["rule"]}
        if r["endLine"] == r["line"] and r["endColumn"] > r["column"]:
            props.update(endline=str(r["endLine"]), endcolumn=str(r["endColumn"]))
        want.append((GITHUB_COMMAND[f["severity"]], props, f["message"]))
    for e in oracle["errors"]:
        props = {"file": e["file"], "title": "seolint input error"}
        if e["line"]:
            props.update(line=str(e["line"]), col=str(e["column"]))
        want.append(("error", props, e["message"]))
    expect(len(commands) == len(want), f"{len(commands)} commands, {len(want)} findings and input errors")
    for i, ((name, props, message), w) in enumerate(zip(commands, want)):
        before = dict(props)
        validate_lines_and_columns(props)
        expect(props == before, f"command {i}: the runner would drop {set(before) - set(props)}")
        expect((name, props, message) == w, f"command {i}:\n  got  {(name, props, message)!r}\n  want {w!r}")
    return f"{len(commands)} annotations and the summary {plain[0]!r}"


CHECKS = {"junit": check_junit, "checkstyle": check_checkstyle, "codequality": check_codequality,
          "github": check_github}


def main(argv):
    if len(argv) < 4 or argv[1] not in CHECKS or argv[2] not in ("run", "files"):
        print(__doc__, file=sys.stderr)
        return 2
    fmt, mode = argv[1], argv[2]
    try:
        if mode == "run":
            what = " ".join(argv[5:])
            data, oracle = oracle_from_run(argv[3], argv[4], fmt, argv[5:])
        else:
            what = argv[3]
            with open(argv[3], "rb") as f:
                data = f.read()
            with open(argv[4]) as f:
                oracle = json.load(f)
        print(f"ok {fmt} {what}: {CHECKS[fmt](data, oracle)}")
        return 0
    except (Failed, etree.XMLSyntaxError, json.JSONDecodeError, KeyError, ValueError) as e:
        print(f"FAIL {fmt} {what}: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
