#!/usr/bin/python3
"""Read the multitool's `validate` output log and decide pass/fail (the multitool exits 0 regardless).

Usage: multitool_check.py INPUT OUT.sarif. Prints every finding; exit 1 on any error or warning.
"""
import json
import re
import sys


# Advice seolint cannot follow, each with its reason: informationUri must be an absolute URL, and seolint
# has no public home page to name (DESIGN: helpUri and friends only when a docs base URL is configured).
ALLOWED = {("SARIF2005", "informationUri")}


def allowed(rule_id, text):
    return any(rule_id == r and needle in text for r, needle in ALLOWED)


def fmt(template, args):
    # .NET composite format: {0} is an argument, {{ and }} are literal braces.
    def sub(m):
        if m.group(1) is None:
            return m.group(0)[0]
        i = int(m.group(1))
        return str(args[i]) if i < len(args) else m.group(0)
    return re.sub(r"\{\{|\}\}|\{(\d+)\}", sub, template)


def level_of(result, rules):
    # SARIF 3.27.10: absent level comes from kind, then the rule's default, then "warning".
    if "level" in result:
        return result["level"]
    if result.get("kind", "fail") != "fail":
        return "none"
    rule = rule_of(result, rules)
    return rule.get("defaultConfiguration", {}).get("level", "warning")


def rule_of(result, rules):
    i = result.get("ruleIndex", -1)
    if 0 <= i < len(rules):
        return rules[i]
    return next((r for r in rules if r.get("id") == result.get("ruleId")), {})


def text_of(message, rule):
    if "text" in message:
        return message["text"]
    template = rule.get("messageStrings", {}).get(message.get("id", ""), {}).get("text")
    args = message.get("arguments", [])
    return fmt(template, args) if template else f"{message.get('id')} {args}"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: multitool_check.py INPUT OUT.sarif")
    src, out = sys.argv[1:]
    with open(out, encoding="utf-8") as f:
        log = json.load(f)
    bad = 0
    for run in log.get("runs", []):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        for res in run.get("results", []):
            level = level_of(res, rules)
            region = (res.get("locations") or [{}])[0].get("physicalLocation", {}).get("region", {})
            where = f"({region.get('startLine', '?')},{region.get('startColumn', '?')})"
            text = text_of(res.get("message", {}), rule_of(res, rules))
            ok = allowed(res.get("ruleId"), text)
            print(f"{src}{where}: multitool: {level} {res.get('ruleId')}: {text}" + (" (allowed)" if ok else ""))
            bad += level in ("error", "warning") and not ok
        # Tool trouble (file skipped, unreadable...) shows up only as notifications.
        for inv in run.get("invocations", []):
            if inv.get("executionSuccessful") is False:
                print(f"{src}: multitool: error: execution not successful")
                bad += 1
            for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
                level = n.get("level", "warning")
                print(f"{src}: multitool: {level} (notification): {n.get('message', {}).get('text', '')}")
                bad += level in ("error", "warning")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
