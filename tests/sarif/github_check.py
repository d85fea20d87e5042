#!/usr/bin/python3
"""Check what GitHub code scanning needs from a SARIF upload beyond the 2.1.0 schema.

Usage: github_check.py FILE. Prints one line per problem with its JSON path; exit 1 on any.
Sources: GitHub docs "SARIF support for code scanning" (required properties, upload limits).
"""
import json
import sys

MAX_RUNS, MAX_RESULTS, MAX_RULES = 20, 25_000, 25_000  # GitHub rejects uploads above these.


def get(obj, dotted):
    """obj['a']['b'] for 'a.b', or None when any step is missing."""
    for key in dotted.split("."):
        if not isinstance(obj, dict) or key not in obj:
            return None
        obj = obj[key]
    return obj


def check(doc):
    problems = []

    def need(obj, dotted, where):
        v = get(obj, dotted)
        if v is None or v == "" or v == {} or v == []:
            problems.append(f"{where}.{dotted}: required by GitHub, missing or empty")
        return v

    def walk(obj, where):
        # This project promises no security-severity anywhere (it is not a security tool).
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k == "security-severity":
                    problems.append(f"{where}.{k}: security-severity is not allowed")
                walk(v, f"{where}.{k}")
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                walk(v, f"{where}[{i}]")

    walk(doc, "$")
    runs = doc.get("runs") if isinstance(doc, dict) else None
    if not isinstance(runs, list):
        return problems + ["$.runs: missing or not an array"]
    if len(runs) > MAX_RUNS:
        problems.append(f"$.runs: {len(runs)} runs, GitHub allows {MAX_RUNS}")
    for ri, run in enumerate(runs):
        rp = f"$.runs[{ri}]"
        need(run, "tool.driver.name", rp)
        need(run, "tool.driver.semanticVersion", rp)
        rules = get(run, "tool.driver.rules") or []
        if len(rules) > MAX_RULES:
            problems.append(f"{rp}.tool.driver.rules: {len(rules)} rules, GitHub allows {MAX_RULES}")
        ids = {}
        for i, rule in enumerate(rules):
            p = f"{rp}.tool.driver.rules[{i}]"
            for prop in ("id", "shortDescription.text", "fullDescription.text",
                         "help.text", "help.markdown", "defaultConfiguration.level"):
                need(rule, prop, p)
            if rule.get("id") in ids:
                problems.append(f"{p}.id: duplicate of rules[{ids[rule['id']]}]")
            ids.setdefault(rule.get("id"), i)
        results = run.get("results") or []
        if len(results) > MAX_RESULTS:
            problems.append(f"{rp}.results: {len(results)} results, GitHub allows {MAX_RESULTS}")
        for i, res in enumerate(results):
            p = f"{rp}.results[{i}]"
            rule_id = need(res, "ruleId", p)
            need(res, "message.text", p)
            need(res, "partialFingerprints", p)
            if rule_id is not None and rule_id not in ids:
                problems.append(f"{p}.ruleId: '{rule_id}' is not in tool.driver.rules")
            if "ruleIndex" in res:
                k = res["ruleIndex"]
                if not (isinstance(k, int) and 0 <= k < len(rules) and rules[k].get("id") == rule_id):
                    problems.append(f"{p}.ruleIndex: {k} does not point at the rule '{rule_id}'")
            phys = [(j, loc["physicalLocation"]) for j, loc in enumerate(res.get("locations") or [])
                    if isinstance(loc, dict) and "physicalLocation" in loc]
            if not phys:
                problems.append(f"{p}.locations: needs at least one physicalLocation")
            for j, pl in phys:
                need(pl, "artifactLocation.uri", f"{p}.locations[{j}].physicalLocation")
                need(pl, "region.startLine", f"{p}.locations[{j}].physicalLocation")
            for j, loc in enumerate(res.get("relatedLocations") or []):
                if not isinstance(loc, dict) or "id" not in loc:
                    problems.append(f"{p}.relatedLocations[{j}].id: required by GitHub, missing")
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: github_check.py FILE")
    path = sys.argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: github: cannot read JSON: {e}")
        return 1
    problems = check(doc)
    for msg in problems:
        print(f"{path}: github: {msg}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
