// seolint fetch: the WordPress REST API over net::Client: discovery, credentials, pagination, languages, --save.
#include "input/wordpress.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "model/post_builder.hpp"
#include "net/http.hpp"
#include "seolint/text/language.hpp"

namespace seolint {

namespace {
using Clock = std::chrono::steady_clock;
using net::Response;

/// How the site's REST API is addressed: /wp-json/ROUTE, or ?rest_route=ROUTE when permalinks are plain.
struct Api {
  std::string base;  ///< site URL without a trailing slash (a language prefix included)
  bool pretty = true;
  std::string extra;  ///< extra query, e.g. lang=fr
  std::string url(const std::string& route, std::string query = "") const {
    if (!extra.empty()) query += (query.empty() ? "" : "&") + extra;
    if (pretty) return base + "/wp-json" + route + (query.empty() ? "" : "?" + query);
    return base + "/?rest_route=" + route + (query.empty() ? "" : "&" + query);
  }
};

using net::escape;

/// What went wrong with a response, in words a user can act on; "" when it is a usable JSON answer.
std::string problem(const Response& r) {
  using net::ErrorKind;
  switch (r.error.kind) {
    case ErrorKind::None: break;
    case ErrorKind::TooLarge: return "the response is larger than the limit (raise it with --max-response-size)";
    case ErrorKind::Resolve: return "cannot resolve the host name (DNS): check the site URL";
    case ErrorKind::Connect: return "connection refused: is the site up, and is this the right port?";
    case ErrorKind::Timeout: return "timed out (raise it with --timeout)";
    case ErrorKind::Tls:
      return "TLS certificate verification failed (" + r.error.detail + "); give the site's CA with --ca-file";
    case ErrorKind::Interrupted: return "the transfer was interrupted (" + r.error.detail + ")";
    default: return r.error.detail;
  }
  if (r.status >= 300 && r.status <= 399)
    return "redirected to " + r.header("location") + ", outside the site (allow it with --follow-redirects)";
  if (r.status == 401 || r.status == 403)
    return "HTTP " + std::to_string(r.status) +
           ": not allowed; set SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD to a user's application password "
           "(Users > Profile > Application Passwords)";
  if (r.status == 404)
    return "HTTP 404: no REST API here (is it disabled, or is the site URL or its language prefix wrong? "
           "seolint tried /wp-json/ and ?rest_route=)";
  if (r.status == 429) return "HTTP 429: too many requests, still after retries";
  if (r.status != 200) return "HTTP " + std::to_string(r.status);
  std::size_t p = r.body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (p == std::string::npos || (r.body[p] != '[' && r.body[p] != '{'))
    return "the answer is not JSON (" + r.header("content-type") +
           "): the REST API may be disabled, or a login or firewall page answered";
  return "";
}

class Fetcher {
 public:
  Fetcher(const FetchOptions& o, const ReadOptions& read, const PostSink& on_post, const ErrorSink& on_error,
          FetchStats& stats)
      : o_(o),
        read_(read),
        on_post_(on_post),
        on_error_(on_error),
        stats_(stats),
        http_(client_options(o)),
        site_origin_(net::origin(o.site)) {}

  void run() {
    auto started = Clock::now();
    if (o_.site.find('@') != std::string::npos && o_.site.find('@') < o_.site.find('/', o_.site.find("://") + 3))
      return fail("the site URL",
                  "credentials do not belong in the URL: set SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD");
    if (!o_.save_path.empty()) {
      save_.open(o_.save_path, std::ios::binary | std::ios::trunc);
      if (!save_) return fail(o_.save_path, "cannot write the --save file");
    }
    Api api{o_.site, true, ""};
    while (!api.base.empty() && api.base.back() == '/') api.base.pop_back();
    if (!discover(api) || !check_credentials(api)) return;
    std::vector<Api> variants = languages(api);
    for (std::size_t v = 0; v < variants.size(); ++v) {
      for (const auto& type : o_.types) fetch_type(variants[v], type);
      if (v == 0 && o_.all_languages) add_prefixes(api, variants);
    }
    if (progress_shown_) std::fputs("\r\x1b[K", stderr);
    stats_.requests = http_.requests();
    stats_.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  }

 private:
  static net::ClientOptions client_options(const FetchOptions& o) {
    net::ClientOptions c;
    c.timeout_seconds = o.timeout_seconds;
    c.max_response_bytes = o.max_response_bytes;
    c.parallel = o.parallel;
    c.retries = o.retries;
    c.ca_file = o.ca_file;
    return c;
  }

  /// A GET of the site: redirects within its host (anywhere with --follow-redirects), credentials to its origin.
  net::Request request(const std::string& url) const {
    net::Request r{url, {}, o_.follow_other_hosts ? net::Redirects::Any : net::Redirects::SameHost, {}};
    if (!o_.user.empty() && !site_origin_.empty()) r.credentials = net::Credentials{o_.user, o_.password, site_origin_};
    return r;
  }
  Response get(const std::string& url) { return http_.get(request(url)); }
  /// True when url is on the site (same host), so it may be requested without --follow-redirects.
  bool on_site(const std::string& url) const { return o_.follow_other_hosts || net::host(url) == net::host(o_.site); }

  void fail(const std::string& where, const std::string& why) { on_error_({where, {}, why}); }

  /// Finds how the REST API is addressed; reads the post types' REST bases on the way.
  bool discover(Api& api) {
    Response r = get(api.url("/wp/v2/types"));
    if (!problem(r).empty() || r.status != 200) {
      Api plain = api;
      plain.pretty = false;
      Response q = get(plain.url("/wp/v2/types"));
      if (!problem(q).empty()) return fail(r.url, problem(r)), false;
      api = plain, r = std::move(q);
    }
    json::Value types;
    json::Error err;
    if (!json::parse(r.body, 0, read_.limits, types, err) || !types.is_object())
      return fail(r.url, "the post types answer is not a JSON object"), false;
    for (const auto& m : types.members)
      if (const json::Value* base = m.value.find_string("rest_base")) bases_[m.key] = base->text;
    return true;
  }

  /// Checks credentials first: WordPress treats a wrong application password on public routes as anonymous.
  bool check_credentials(const Api& api) {
    bool private_status = false;
    for (const auto& s : o_.statuses) private_status |= s != "publish";
    if (o_.user.empty()) {
      if (private_status)
        return fail(o_.site, "statuses other than publish need credentials: set SEOLINT_WP_USER and "
                             "SEOLINT_WP_APP_PASSWORD (an application password)"),
               false;
      return true;
    }
    Response r = get(api.url("/wp/v2/users/me"));
    if (!r.error && (r.status == 401 || r.status == 403))
      return fail(r.url, "authentication failed (HTTP " + std::to_string(r.status) +
                             "): check SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD; over plain http WordPress "
                             "ignores application passwords unless WP_ENVIRONMENT_TYPE is local"),
             false;
    if (auto why = problem(r); !why.empty()) return fail(r.url, why), false;
    return true;
  }

  /// The language variants to fetch: Polylang's languages, else the default (prefixes come later).
  std::vector<Api> languages(const Api& api) {
    if (!o_.all_languages) return {api};
    Response r = get(api.url("/pll/v1/languages"));
    json::Value langs;
    json::Error err;
    std::vector<Api> out;
    if (problem(r).empty() && json::parse(r.body, 0, read_.limits, langs, err) && langs.is_array())
      for (const auto& l : langs.items)
        if (const json::Value* slug = l.find_string("slug"))
          out.push_back({api.base, api.pretty, "lang=" + escape(slug->text)});
    if (out.empty()) out.push_back(api);
    return out;
  }

  /// WPML and TranslatePress serve each language under a prefix (/fr/wp-json/…): the prefixes the first
  /// language's posts link to become more variants.
  void add_prefixes(const Api& api, std::vector<Api>& variants) {
    if (variants.size() > 1) return;  // Polylang answered
    for (const auto& seg : prefixes_) {
      if (seg == own_prefix_) continue;
      Api v = api;
      std::string root = api.base.substr(0, api.base.size() - (own_prefix_.empty() ? 0 : own_prefix_.size() - 1));
      v.base = root + seg.substr(0, seg.size() - 1);
      variants.push_back(v);
    }
  }

  void note_prefixes(const Post& p) {
    auto note = [&](const std::string& url) {
      std::string seg = text::url_language_segment(url);
      if (!seg.empty()) prefixes_.insert(seg);
    };
    if (p.link) {
      note(p.link->value);
      if (own_prefix_.empty()) own_prefix_ = text::url_language_segment(p.link->value);
    }
    for (const auto& t : p.translations) note(t.target);
    for (const auto& a : p.head.alternates) note(a.href.value);
  }

  std::string query(int page) const {
    std::string q = "per_page=100&page=" + std::to_string(page) + "&_embed=1&orderby=id&order=asc";
    std::string statuses;
    for (const auto& s : o_.statuses) statuses += (statuses.empty() ? "" : ",") + s;
    if (statuses != "publish") q += "&status=" + escape(statuses);
    if (!o_.modified_after.empty()) q += "&modified_after=" + escape(o_.modified_after);
    return q;
  }

  void fetch_type(const Api& api, const std::string& type) {
    auto base = bases_.find(type);
    if (base == bases_.end())
      return fail(api.url("/wp/v2/types"), "the site has no REST-visible post type '" + type + "'");
    std::string route = "/wp/v2/" + base->second;
    Response first = get(api.url(route, query(1)));
    if (!deliver(first)) return;
    std::string total = first.header("x-wp-totalpages");
    if (total.empty()) return follow_links(first);
    int pages = std::atoi(total.c_str());
    total_pages_ += pages;
    for (int from = 2; from <= pages; from += std::max(1, o_.parallel)) {
      std::vector<net::Request> batch;
      for (int p = from; p < from + std::max(1, o_.parallel) && p <= pages; ++p)
        batch.push_back(request(api.url(route, query(p))));
      for (auto& r : http_.get_all(batch))
        if (!deliver(r)) return;  // later pages would leave a hole: stop this type here
    }
  }

  /// Without X-WP-TotalPages, the API's own Link: <…>; rel="next" headers.
  void follow_links(Response r) {
    for (int guard = 0; guard < 100000; ++guard) {
      std::string link = r.header("link");
      std::size_t rel = link.find("rel=\"next\"");
      if (rel == std::string::npos) return;
      std::size_t open = link.rfind('<', rel), close = link.find('>', open);
      if (open == std::string::npos || close == std::string::npos) return;
      std::string next = link.substr(open + 1, close - open - 1);
      if (!on_site(next))
        return fail(r.url, "the next page is on another host (" + next + "); allow it with --follow-redirects");
      r = get(next);
      if (!deliver(r)) return;
    }
  }

  /// Hands a page's posts on (and to --save); false when the page is a problem.
  bool deliver(const Response& r) {
    if (r.status == 400 && r.body.find("rest_post_invalid_page_number") != std::string::npos) return false;
    if (auto why = problem(r); !why.empty()) return fail(r.url, why), false;
    ++stats_.pages;
    auto src = std::make_shared<const Source>(r.url, r.url, r.body);
    read_rest(
        src, read_, false,
        [&](Post&& p) {
          ++stats_.posts;
          save(p);
          if (o_.all_languages) note_prefixes(p);
          on_post_(std::move(p));
        },
        on_error_);
    show_progress();
    return true;
  }

  /// The post's JSON exactly as fetched, one line (white space outside strings is the only newline).
  void save(const Post& p) {
    if (!save_.is_open() || !PostBuilder::root(p)) return;
    std::string line(p.source->slice(PostBuilder::root(p)->begin, PostBuilder::root(p)->end));
    for (char& c : line)
      if (c == '\n' || c == '\r') c = ' ';
    save_ << line << '\n';
    if (!save_) fail(o_.save_path, "cannot write the --save file (disk full?)"), save_.close();
  }

  void show_progress() {
    if (!o_.progress) return;
    double s = std::chrono::duration<double>(Clock::now() - start_).count();
    double rate = s > 0 ? stats_.posts / s : 0;
    std::string eta;
    if (total_pages_ > static_cast<int>(stats_.pages) && stats_.pages)
      eta = ", about " + std::to_string(static_cast<int>(s / stats_.pages * (total_pages_ - stats_.pages))) + " s left";
    std::fprintf(stderr, "\r\x1b[Kfetched %zu pages, %zu posts, %.0f posts/s%s", stats_.pages, stats_.posts, rate,
                 eta.c_str());
    progress_shown_ = true;
  }

  const FetchOptions& o_;
  const ReadOptions& read_;
  const PostSink& on_post_;
  const ErrorSink& on_error_;
  FetchStats& stats_;
  net::Client http_;
  std::string site_origin_;  ///< where the credentials may go (and to its https upgrade)
  std::map<std::string, std::string> bases_;
  std::set<std::string> prefixes_;
  std::string own_prefix_;
  std::ofstream save_;
  int total_pages_ = 0;
  bool progress_shown_ = false;
  Clock::time_point start_ = Clock::now();
};
}  // namespace

void read_credentials(FetchOptions& options) {
  if (const char* u = std::getenv("SEOLINT_WP_USER")) options.user = u;
  if (const char* p = std::getenv("SEOLINT_WP_APP_PASSWORD")) options.password = p;
}

void fetch_site(const FetchOptions& options, const ReadOptions& read, const PostSink& on_post,
                const ErrorSink& on_error, FetchStats& stats) {
  Fetcher(options, read, on_post, on_error, stats).run();
}

}  // namespace seolint
