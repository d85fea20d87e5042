#!/usr/bin/python3
"""Validate a SARIF file against the SARIF 2.1.0 JSON schema (draft 2020-12).

Usage: schema_check.py SCHEMA FILE. Prints one line per error with its JSON path; exit 1 on any.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: schema_check.py SCHEMA FILE")
    schema_path, path = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    # A broken schema would make every file "valid": check it first.
    Draft202012Validator.check_schema(schema)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: schema: cannot read JSON: {e}")
        return 1
    # The format checker adds uuid/date checks the multitool may not make.
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    for e in errors:
        msg = e.message if len(e.message) <= 300 else e.message[:300] + "..."
        print(f"{path}: schema: {e.json_path}: {msg}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
