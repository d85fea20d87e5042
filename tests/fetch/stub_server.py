#!/usr/bin/python3
"""A stand-in for a WordPress REST API on loopback, one behaviour per site prefix, for seolint fetch tests.

/ok        three pages of posts (X-WP-TotalPages), page 2 answers 503 + Retry-After once; pages; credentials
/links     no X-WP-TotalPages: pagination by Link rel="next" only
/plain     pretty permalinks off: only ?rest_route= answers
/html      the API answers with an HTML login page
/away      redirects to another host
/big       an answer larger than seolint's --max-response-size 1
/hop       Link rel="next" points to another host (localhost instead of 127.0.0.1)
Prints the port on standard output, then serves until killed.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

USER, PASSWORD = "seolint", "abcd efgh ijkl mnop qrst uvwx"
TYPES = {"post": {"rest_base": "posts"}, "page": {"rest_base": "pages"}}
failed_once = set()


def post(i, status="publish"):
    return {"id": i, "slug": f"post-{i}", "status": status, "type": "post", "link": f"https://stub.example/post-{i}/",
            "title": {"rendered": f"Post {i}"}, "featured_media": 0 if i % 2 else 7,
            "content": {"rendered": f"<p>Text {i}</p>"}}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, body, headers=None, ctype="application/json; charset=UTF-8"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def authorized(self):
        import base64
        expect = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        return self.headers.get("Authorization") == expect

    def do_GET(self):
        url = urlparse(self.path)
        q = parse_qs(url.query)
        site, _, rest = url.path.lstrip("/").partition("/")
        route = None
        if rest.startswith("wp-json"):
            route = rest[len("wp-json"):] or "/"
        elif "rest_route" in q:
            route = q["rest_route"][0]
        if site == "away":
            return self.send(302, "", {"Location": "http://other.invalid/wp-json/wp/v2/types"})
        if site == "html":
            return self.send(200, "<html><body>Log in</body></html>", ctype="text/html")
        if route is None or (site == "plain" and rest.startswith("wp-json")):
            return self.send(404, json.dumps({"code": "rest_no_route"}))
        if route == "/wp/v2/types":
            return self.send(200, json.dumps(TYPES))
        if route == "/wp/v2/users/me":
            return self.send(200, '{"id":1}') if self.authorized() else self.send(401, '{"code":"rest_not_logged_in"}')
        if site == "big":
            return self.send(200, json.dumps([post(1)]) + " " * (2 << 20))
        statuses = q.get("status", ["publish"])[0].split(",")
        if set(statuses) - {"publish"} and not self.authorized():
            return self.send(400, '{"code":"rest_invalid_param"}')
        page = int(q.get("page", ["1"])[0])
        items = [post(i) for i in range(1, 251)] if route == "/wp/v2/posts" else [post(i) for i in range(1001, 1031)]
        if "draft" in statuses:
            items += [post(i, "draft") for i in range(2001, 2004)]
        pages = (len(items) + 99) // 100
        if page > pages:
            return self.send(400, '{"code":"rest_post_invalid_page_number"}')
        key = (site, route, page)
        if site == "ok" and page == 2 and key not in failed_once:
            failed_once.add(key)
            return self.send(503, '{"code":"busy"}', {"Retry-After": "1"})
        headers = {"X-WP-Total": str(len(items))}
        self.server.auth_seen.append((url.path, bool(self.headers.get("Authorization"))))
        if site == "hop" and page < pages:
            headers["Link"] = f'<http://localhost:{self.server.server_port}{self.path}>; rel="next"'
        elif site == "links":
            if page < pages:
                base = self.path.replace(f"page={page}", f"page={page + 1}")
                headers["Link"] = f'<http://127.0.0.1:{self.server.server_port}{base}>; rel="next"'
        else:
            headers["X-WP-TotalPages"] = str(pages)
        self.send(200, json.dumps(items[(page - 1) * 100:page * 100]), headers)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.auth_seen = []
print(server.server_port, flush=True)
server.serve_forever()
