#!/usr/bin/env python3
"""Deterministic corpus generator for the seolint benchmark: the team's ../shared/bench/gen.py, extended.

    gen.py [OUT [TARGET_BYTES]]      exactly what ../shared/bench/gen.py writes (byte for byte): OUT/posts_NNN.json
                                     (JSON arrays of 100 posts) and OUT/all.ndjson, until the array files hold
                                     TARGET_BYTES (default 200,000,000: 188 files, 18,800 posts)
    --posts N                        exactly N posts instead of a byte target (the last array file may be shorter)
    --ndjson-only                    only OUT/all.ndjson, streamed (no array files): the same bytes the default
                                     call would write to all.ndjson for the same TARGET_BYTES or --posts
    --html N                         also write N rendered pages, OUT/html/page_NNNNNN.html, one per post of the
                                     same stream (post 0 first): doctype, <html lang>, the post's yoast_head in
                                     <head>, a site header, <main> with the post's title and content, a footer
    --html-only                      only the --html pages (no JSON)
    --manifest FILE                  write the counts (posts, files, bytes per format) as JSON to FILE

Posts are a pure function of their index: post i is the same whatever the options, so a smaller corpus is a
prefix of a bigger one. Everything is streamed: memory stays flat however large the output.

The tables and the post shape (make, enc) are read from ../shared/bench/gen.py when it exists, else from
bench/shared_gen.py, a verbatim copy; the seed post from ../shared/seed/, else fixtures/example/ (the same bytes).
"""
import argparse
import ast
import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED_NAME = "hancock-health-fr-50288.json"
NEEDED = ("SITE", "TITLES", "SENT", "LOCALE", "para", "content", "make", "enc")


def shared_dir(arg=None):
    return arg or os.environ.get("SEOLINT_SHARED_DIR") or os.path.join(ROOT, "..", "shared")


def sources(shared):
    """(generator source path, seed path): the shared ones when present, else the copies in this repository."""
    gen = os.path.join(shared, "bench", "gen.py")
    seed = os.path.join(shared, "seed", SEED_NAME)
    if not os.path.isfile(gen):
        gen = os.path.join(HERE, "shared_gen.py")
    if not os.path.isfile(seed):
        seed = os.path.join(ROOT, "fixtures", "example", SEED_NAME)
    return gen, seed


def load(gen_path, seed_path):
    """The generator's tables and functions, without running its main loop: only the top-level assignments to
    the tables and the function definitions are executed, with a private Random seeded as gen.py seeds it."""
    with open(gen_path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), gen_path)
    keep = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in NEEDED:
            keep.append(node)
        elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) and t.id in NEEDED for t in node.targets):
            keep.append(node)
    with open(seed_path, encoding="utf-8") as f:
        seed = json.load(f)
    ns = {"random": random.Random(42), "json": json, "copy": copy, "os": os, "seed": seed}
    exec(compile(ast.Module(body=keep, type_ignores=[]), gen_path, "exec"), ns)
    missing = [n for n in NEEDED if n not in ns]
    if missing:
        sys.exit("gen.py: %s does not define %s" % (gen_path, ", ".join(missing)))
    return ns


NAV = ("Services", "Locations", "Find a doctor", "Mayo Health Library", "Contact")


def page(ns, p):
    """A rendered WordPress page for post p, as a theme would serve it."""
    site = ns["SITE"]
    lang = p["yoast_head_json"]["og_locale"].replace("_", "-")
    nav = "".join('<li><a href="%s/%s/">%s</a></li>' % (site, n.lower().replace(" ", "-"), n) for n in NAV)
    return (
        '<!doctype html>\n<html lang="%s">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "%s\n"
        '<link rel="stylesheet" id="theme-css" href="%s/wp-content/themes/hancock/style.css?ver=6.4.2" media="all">\n'
        "</head>\n"
        '<body class="post-template-default single single-post postid-%d single-format-standard">\n'
        '<header class="site-header"><a class="site-title" href="%s/">Hancock Health</a>'
        '<nav class="main-navigation"><ul>%s</ul></nav></header>\n'
        '<main id="main" class="site-main">\n'
        '<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry">\n'
        '<h1 class="entry-title">%s</h1>\n<div class="entry-content">\n%s\n</div>\n</article>\n</main>\n'
        '<footer class="site-footer"><p>&copy; Hancock Health</p></footer>\n'
        "</body>\n</html>\n"
        % (lang, p["yoast_head"], site, p["id"], site, nav, p["id"], p["id"], p["title"]["rendered"],
           p["content"]["rendered"]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", default="corpus")
    ap.add_argument("target", nargs="?", type=int, default=200 * 1000 * 1000, help="bytes of array files")
    ap.add_argument("--posts", type=int, help="exactly N posts instead of a byte target")
    ap.add_argument("--ndjson-only", action="store_true", help="only all.ndjson")
    ap.add_argument("--html", type=int, default=0, metavar="N", help="also N rendered HTML pages under html/")
    ap.add_argument("--html-only", action="store_true", help="only the --html pages")
    ap.add_argument("--manifest", metavar="FILE", help="write the counts as JSON to FILE")
    ap.add_argument("--shared", metavar="DIR", help="the shared folder (default $SEOLINT_SHARED_DIR or ../shared)")
    a = ap.parse_args(argv)
    if a.html_only and not a.html:
        ap.error("--html-only needs --html N")
    if a.html_only and a.ndjson_only:
        ap.error("--html-only and --ndjson-only exclude each other")
    if (a.posts is not None and a.posts < 0) or a.html < 0:
        ap.error("counts must not be negative")

    gen_path, seed_path = sources(shared_dir(a.shared))
    ns = load(gen_path, seed_path)
    make, enc = ns["make"], ns["enc"]
    default = a.posts is None and not a.ndjson_only and not a.html

    write_json = not a.html_only
    write_arrays = write_json and not a.ndjson_only
    os.makedirs(a.out, exist_ok=True)
    if a.html:
        os.makedirs(os.path.join(a.out, "html"), exist_ok=True)

    def json_done(i, total):
        if not write_json:
            return True
        return i >= a.posts if a.posts is not None else total >= a.target

    total = 0; f = 0; i = 0          # as in gen.py: total counts the bytes of the array files
    json_posts = 0; nd_bytes = 0; html_bytes = 0; html_done = 0
    nd = open(os.path.join(a.out, "all.ndjson"), "w", buffering=1 << 20) if write_json else None
    try:
        while not json_done(i, total) or html_done < a.html:
            json_batch = not json_done(i, total)
            if json_batch:          # batches of 100 posts, as gen.py; --posts may end on a shorter one
                n = 100 if a.posts is None else min(100, a.posts - i)
            else:                   # the JSON is complete: only pages are still wanted
                n = min(100, a.html - html_done)
            raw = [make(i + k) for k in range(n)]
            for k, p in enumerate(raw):
                if i + k < a.html:
                    text = page(ns, p).encode("utf-8")
                    with open(os.path.join(a.out, "html", "page_%06d.html" % (i + k)), "wb") as h:
                        h.write(text)
                    html_bytes += len(text)
                    html_done += 1
            i += n
            if json_batch:
                posts = [enc(p) for p in raw]
                s = "[" + ",".join(posts) + "]"
                if write_arrays:
                    with open(os.path.join(a.out, "posts_%03d.json" % f), "w") as out:
                        out.write(s)
                lines = "\n".join(posts) + "\n"
                nd.write(lines)
                nd_bytes += len(lines)
                total += len(s); f += 1
                json_posts = i
    finally:
        if nd:
            nd.close()
    if default:
        print("files", f, "posts", i, "bytes", total)
    else:
        print("posts %d array-files %d array-bytes %d ndjson-bytes %d html-pages %d html-bytes %d" % (
            json_posts, f if write_arrays else 0, total if write_arrays else 0, nd_bytes, html_done, html_bytes))
    if a.manifest:
        m = {"posts": json_posts, "array_files": f if write_arrays else 0, "array_bytes": total if write_arrays else 0,
             "ndjson_bytes": nd_bytes if write_json else 0, "html_pages": html_done, "html_bytes": html_bytes,
             "generator": os.path.relpath(gen_path, ROOT), "seed": os.path.relpath(seed_path, ROOT)}
        with open(a.manifest, "w") as out:
            json.dump(m, out, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main()
