// Live fetching from the WordPress REST API with libcurl: discovery, credentials, pagination, retries.
#include "seolint/fetch.hpp"

#include <curl/curl.h>
#include <unistd.h>

#include <boost/url.hpp>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "model/post_builder.hpp"
#include "seolint_version.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
using Clock = std::chrono::steady_clock;

struct Response {
  std::string url;
  int redirects = 0;  ///< followed so far for this request
  long status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  ///< lowercased names
  CURLcode code = CURLE_OK;
  bool too_big = false;
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

/// One request's state while curl runs it.
struct Transfer {
  Response* response;
  std::uint64_t limit;
  static std::size_t on_body(char* data, std::size_t size, std::size_t n, void* self) {
    auto* t = static_cast<Transfer*>(self);
    if (t->response->body.size() + size * n > t->limit) return t->response->too_big = true, 0;
    t->response->body.append(data, size * n);
    return size * n;
  }
  static std::size_t on_header(char* data, std::size_t size, std::size_t n, void* self) {
    auto* t = static_cast<Transfer*>(self);
    std::string line(data, size * n);
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) return size * n;
    std::string& value = t->response->headers[text::lower_ascii(line.substr(0, colon))];
    value += (value.empty() ? "" : ", ") + std::string(text::trim(line.substr(colon + 1)));  // repeated headers (Link) join
    return size * n;
  }
};

/// Requests with bounded parallelism, retries on 429/5xx and same-site redirects.
class Http {
 public:
  explicit Http(const FetchOptions& o) : o_(o), host_(text::url_host(o.site)), origin_(origin(o.site)) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    multi_ = curl_multi_init();
  }
  ~Http() {
    curl_multi_cleanup(multi_);
    curl_global_cleanup();
  }
  Http(const Http&) = delete;
  Http& operator=(const Http&) = delete;

  Response get(const std::string& url) { return std::move(get_all({url}).front()); }

  /// Fetches every URL (answers in the same order).
  std::vector<Response> get_all(const std::vector<std::string>& urls) {
    std::vector<Response> out(urls.size());
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < urls.size(); ++i) out[i].url = urls[i], pending.push_back(i);
    for (int attempt = 0; !pending.empty(); ++attempt) {
      run(out, pending);
      std::vector<std::size_t> again;
      long wait = 0;
      for (std::size_t i : pending) {
        Response& r = out[i];
        if (follow_redirect(r)) again.push_back(i);
        else if (attempt < o_.retries && retryable(r)) again.push_back(i), wait = std::max(wait, delay(r, attempt));
      }
      if (!again.empty() && wait) std::this_thread::sleep_for(std::chrono::milliseconds(wait));
      pending = std::move(again);
    }
    requests += urls.size();
    return out;
  }
  std::size_t requests = 0;

 private:
  static bool retryable(const Response& r) {
    if (r.code == CURLE_OK) return r.status == 429 || (r.status >= 500 && r.status <= 599);
    return r.code == CURLE_OPERATION_TIMEDOUT || r.code == CURLE_PARTIAL_FILE || r.code == CURLE_RECV_ERROR ||
           r.code == CURLE_GOT_NOTHING || r.code == CURLE_SEND_ERROR;
  }

  /// Milliseconds to wait: Retry-After when the server says (at most a minute), else 0.5 s doubling.
  static long delay(const Response& r, int attempt) {
    std::string after = r.header("retry-after");
    long seconds = 0;
    auto [end, ec] = std::from_chars(after.data(), after.data() + after.size(), seconds);
    if (ec == std::errc() && end != after.data()) return std::clamp(seconds, 0L, 60L) * 1000;
    if (ec == std::errc::result_out_of_range) return 60000;
    return 500L << std::min(attempt, 6);
  }

  /// Follows a redirect within the site (or anywhere when allowed); false when there is none to follow.
  bool follow_redirect(Response& r) {
    if (r.code != CURLE_OK || r.status < 300 || r.status > 399 || r.header("location").empty()) return false;
    if (r.redirects >= 10) return false;
    std::string next = r.header("location");
    if (next.find("://") == std::string::npos) {  // relative: against the request's origin
      std::string origin = r.url.substr(0, r.url.find('/', r.url.find("://") + 3));
      next = next[0] == '/' ? origin + next : r.url.substr(0, r.url.rfind('/') + 1) + next;
    }
    if (!o_.follow_other_hosts && text::url_host(next) != host_) return false;
    int count = r.redirects + 1;
    r = Response{};
    r.url = next;
    r.redirects = count;
    return true;
  }

 public:
  /// scheme://host:port, normalised, for deciding where credentials may go.
  static std::string origin(const std::string& url) {
    auto n = text::normalize_url(url);
    auto u = n ? boost::urls::parse_uri(*n) : boost::system::result<boost::urls::url_view>();
    if (!u) return "";
    std::string port = u->has_port() ? std::string(u->port()) : u->scheme() == "https" ? "443" : "80";
    return std::string(u->scheme()) + "://" + std::string(u->encoded_host()) + ":" + port;
  }
  /// True when url is on the site (same host), so it may be requested without --follow-redirects.
  bool on_site(const std::string& url) const { return o_.follow_other_hosts || text::url_host(url) == host_; }

 private:
  /// Credentials go to the site's own origin, and to its https upgrade; never elsewhere, never downgraded.
  bool may_send_credentials(const std::string& url) const {
    std::string o = origin(url);
    return o == origin_ || (o == "https://" + host_ + ":443" && origin_.rfind("http://", 0) == 0);
  }

  void run(std::vector<Response>& out, const std::vector<std::size_t>& which) {
    std::vector<Transfer> transfers(which.size());
    std::size_t next = 0, running_count = 0;
    auto start = [&](std::size_t k) {
      Response& r = out[which[k]];
      std::string url = r.url;
      int redirects = r.redirects;
      r = Response{};
      r.url = url;
      r.redirects = redirects;
      transfers[k] = {&r, o_.max_response_bytes};
      CURL* h = easy(url, transfers[k]);
      curl_easy_setopt(h, CURLOPT_PRIVATE, &transfers[k]);
      curl_multi_add_handle(multi_, h);
      ++running_count;
    };
    while (next < which.size() && running_count < static_cast<std::size_t>(std::max(1, o_.parallel))) start(next++);
    while (running_count > 0) {
      int still = 0;
      curl_multi_perform(multi_, &still);
      CURLMsg* msg;
      int left = 0;
      while ((msg = curl_multi_info_read(multi_, &left))) {
        if (msg->msg != CURLMSG_DONE) continue;
        Transfer* t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        t->response->code = msg->data.result;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_RESPONSE_CODE, &t->response->status);
        curl_multi_remove_handle(multi_, msg->easy_handle);
        curl_easy_cleanup(msg->easy_handle);
        --running_count;
        if (next < which.size()) start(next++);
      }
      if (running_count > 0) curl_multi_poll(multi_, nullptr, 0, 1000, nullptr);
    }
  }

  CURL* easy(const std::string& url, Transfer& t) {
    CURL* h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // redirects are followed here, within the site
    curl_easy_setopt(h, CURLOPT_TIMEOUT, o_.timeout_seconds);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, std::min(o_.timeout_seconds, 15L));
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h, CURLOPT_USERAGENT, "seolint/" SEOLINT_VERSION);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Transfer::on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &Transfer::on_header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    if (!o_.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, o_.ca_file.c_str());
    if (!o_.user.empty() && may_send_credentials(url)) {
      curl_easy_setopt(h, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
      curl_easy_setopt(h, CURLOPT_USERNAME, o_.user.c_str());
      curl_easy_setopt(h, CURLOPT_PASSWORD, o_.password.c_str());
    }
    return h;
  }

  const FetchOptions& o_;
  std::string host_, origin_;
  CURLM* multi_;
};

/// How the site's REST API is addressed: /wp-json/ROUTE, or ?rest_route=ROUTE when permalinks are plain.
struct Api {
  std::string base;   ///< site URL without a trailing slash (a language prefix included)
  bool pretty = true;
  std::string extra;  ///< extra query, e.g. lang=fr
  std::string url(const std::string& route, std::string query = "") const {
    if (!extra.empty()) query += (query.empty() ? "" : "&") + extra;
    if (pretty) return base + "/wp-json" + route + (query.empty() ? "" : "?" + query);
    return base + "/?rest_route=" + route + (query.empty() ? "" : "&" + query);
  }
};

std::string escape(const std::string& s) {
  char* e = curl_easy_escape(nullptr, s.c_str(), static_cast<int>(s.size()));
  std::string out = e ? e : "";
  curl_free(e);
  return out;
}

/// What went wrong with a response, in words a user can act on; "" when it is a usable JSON answer.
std::string problem(const Response& r) {
  if (r.too_big) return "the response is larger than the limit (raise it with --max-response-size)";
  switch (r.code) {
    case CURLE_OK: break;
    case CURLE_COULDNT_RESOLVE_HOST: return "cannot resolve the host name (DNS): check the site URL";
    case CURLE_COULDNT_CONNECT: return "connection refused: is the site up, and is this the right port?";
    case CURLE_OPERATION_TIMEDOUT: return "timed out (raise it with --timeout)";
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
      return std::string("TLS certificate verification failed (") + curl_easy_strerror(r.code) +
             "); give the site's CA with --ca-file";
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING: return std::string("the transfer was interrupted (") + curl_easy_strerror(r.code) + ")";
    default: return curl_easy_strerror(r.code);
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
      : o_(o), read_(read), on_post_(on_post), on_error_(on_error), stats_(stats), http_(o) {}

  void run() {
    auto started = Clock::now();
    if (o_.site.find('@') != std::string::npos && o_.site.find('@') < o_.site.find('/', o_.site.find("://") + 3))
      return fail("the site URL", "credentials do not belong in the URL: set SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD");
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
    stats_.requests = http_.requests;
    stats_.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  }

 private:
  void fail(const std::string& where, const std::string& why) { on_error_({where, {}, why}); }

  /// Finds how the REST API is addressed; reads the post types' REST bases on the way.
  bool discover(Api& api) {
    Response r = http_.get(api.url("/wp/v2/types"));
    if (!problem(r).empty() || r.status != 200) {
      Api plain = api;
      plain.pretty = false;
      Response q = http_.get(plain.url("/wp/v2/types"));
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
                             "SEOLINT_WP_APP_PASSWORD (an application password)"), false;
      return true;
    }
    Response r = http_.get(api.url("/wp/v2/users/me"));
    if (r.code == CURLE_OK && (r.status == 401 || r.status == 403))
      return fail(r.url, "authentication failed (HTTP " + std::to_string(r.status) +
                             "): check SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD; over plain http WordPress "
                             "ignores application passwords unless WP_ENVIRONMENT_TYPE is local"), false;
    if (auto why = problem(r); !why.empty()) return fail(r.url, why), false;
    return true;
  }

  /// The language variants to fetch: Polylang's languages, else the default (prefixes come later).
  std::vector<Api> languages(const Api& api) {
    if (!o_.all_languages) return {api};
    Response r = http_.get(api.url("/pll/v1/languages"));
    json::Value langs;
    json::Error err;
    std::vector<Api> out;
    if (problem(r).empty() && json::parse(r.body, 0, read_.limits, langs, err) && langs.is_array())
      for (const auto& l : langs.items)
        if (const json::Value* slug = l.find_string("slug")) out.push_back({api.base, api.pretty, "lang=" + escape(slug->text)});
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
    if (base == bases_.end()) return fail(api.url("/wp/v2/types"), "the site has no REST-visible post type '" + type + "'");
    std::string route = "/wp/v2/" + base->second;
    Response first = http_.get(api.url(route, query(1)));
    if (!deliver(first)) return;
    std::string total = first.header("x-wp-totalpages");
    if (total.empty()) return follow_links(first);
    int pages = std::atoi(total.c_str());
    total_pages_ += pages;
    for (int from = 2; from <= pages; from += std::max(1, o_.parallel)) {
      std::vector<std::string> urls;
      for (int p = from; p < from + std::max(1, o_.parallel) && p <= pages; ++p) urls.push_back(api.url(route, query(p)));
      for (auto& r : http_.get_all(urls))
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
      if (!http_.on_site(next))
        return fail(r.url, "the next page is on another host (" + next + "); allow it with --follow-redirects");
      r = http_.get(next);
      if (!deliver(r)) return;
    }
  }

  /// Hands a page's posts on (and to --save); false when the page is a problem.
  bool deliver(const Response& r) {
    if (r.status == 400 && r.body.find("rest_post_invalid_page_number") != std::string::npos) return false;
    if (auto why = problem(r); !why.empty()) return fail(r.url, why), false;
    ++stats_.pages;
    auto src = std::make_shared<const Source>(r.url, r.url, r.body);
    read_rest(src, read_, false, [&](Post&& p) {
      ++stats_.posts;
      save(p);
      if (o_.all_languages) note_prefixes(p);
      on_post_(std::move(p));
    }, on_error_);
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
  Http http_;
  std::map<std::string, std::string> bases_;
  std::set<std::string> prefixes_;
  std::string own_prefix_;
  std::ofstream save_;
  int total_pages_ = 0;
  bool progress_shown_ = false;
  Clock::time_point start_ = Clock::now();
};
}  // namespace

void fetch_site(const FetchOptions& options, const ReadOptions& read, const PostSink& on_post,
                const ErrorSink& on_error, FetchStats& stats) {
  Fetcher(options, read, on_post, on_error, stats).run();
}

}  // namespace seolint
