// The HTTP client on libcurl's multi interface: batches, limits, retries, redirects and credentials.
#include "net/http.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <boost/url.hpp>
#include <charconv>
#include <chrono>
#include <thread>

#include "seolint_version.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::net {

std::string Response::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

/// One request's state across its attempts and redirects, and while curl runs it.
struct Client::Transfer {
  const Request* request = nullptr;
  Response response;
  std::string credentials_origin;  ///< where the request's credentials may go; "" without credentials
  std::uint64_t limit = 0;
  CURLcode code = CURLE_OK;
  bool too_big = false;
  curl_slist* headers = nullptr;

  static std::size_t on_body(char* data, std::size_t size, std::size_t n, void* self) {
    auto* t = static_cast<Transfer*>(self);
    if (t->response.body.size() + size * n > t->limit) return t->too_big = true, 0;
    t->response.body.append(data, size * n);
    return size * n;
  }
  static std::size_t on_header(char* data, std::size_t size, std::size_t n, void* self) {
    auto* t = static_cast<Transfer*>(self);
    std::string_view line(data, size * n);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return size * n;
    std::string& value = t->response.headers[text::lower_ascii(line.substr(0, colon))];
    if (!value.empty()) value += ", ";  // repeated headers (Link) join
    value += text::trim(line.substr(colon + 1));
    return size * n;
  }
};

namespace {

Error error_of(CURLcode code, bool too_big) {
  if (too_big) return {ErrorKind::TooLarge, "the response is larger than the limit"};
  ErrorKind kind = ErrorKind::Other;
  switch (code) {
    case CURLE_OK: return {};
    case CURLE_COULDNT_RESOLVE_HOST: kind = ErrorKind::Resolve; break;
    case CURLE_COULDNT_CONNECT: kind = ErrorKind::Connect; break;
    case CURLE_OPERATION_TIMEDOUT: kind = ErrorKind::Timeout; break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR: kind = ErrorKind::Tls; break;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING: kind = ErrorKind::Interrupted; break;
    case CURLE_SEND_ERROR: kind = ErrorKind::Send; break;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL: kind = ErrorKind::BadUrl; break;
    default: break;
  }
  return {kind, curl_easy_strerror(code)};
}

/// May credentials scoped to `allowed` (an origin) go to url? Its own origin, or its https upgrade.
bool may_send_credentials(const std::string& allowed, const std::string& url) {
  std::string o = origin(url);
  if (o.empty()) return false;
  if (o == allowed) return true;
  if (allowed.rfind("http://", 0) != 0) return false;
  std::string host_port = allowed.substr(7);
  return o == "https://" + host_port.substr(0, host_port.rfind(':')) + ":443";
}

}  // namespace

std::string origin(const std::string& url) {
  auto n = text::normalize_url(url);
  auto u = n ? boost::urls::parse_uri(*n) : boost::system::result<boost::urls::url_view>();
  if (!u) return "";
  std::string port = u->has_port() ? std::string(u->port()) : u->scheme() == "https" ? "443" : "80";
  return std::string(u->scheme()) + "://" + std::string(u->encoded_host()) + ":" + port;
}

std::string host(const std::string& url) { return text::url_host(url); }

std::string escape(const std::string& s) {
  char* e = curl_easy_escape(nullptr, s.c_str(), static_cast<int>(s.size()));
  std::string out = e ? e : "";
  curl_free(e);
  return out;
}

bool retryable(const Response& r) {
  switch (r.error.kind) {
    case ErrorKind::None: return r.status == 429 || (r.status >= 500 && r.status <= 599);
    case ErrorKind::Timeout:
    case ErrorKind::Interrupted:
    case ErrorKind::Send: return true;
    default: return false;
  }
}

Client::Client(ClientOptions options) : options_(std::move(options)) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  multi_ = curl_multi_init();
  if (options_.user_agent.empty()) options_.user_agent = "seolint/" SEOLINT_VERSION;
}

Client::~Client() {
  curl_multi_cleanup(static_cast<CURLM*>(multi_));
  curl_global_cleanup();
}

Response Client::get(const Request& request) { return std::move(get_all({request}).front()); }

std::vector<Response> Client::get_all(const std::vector<Request>& requests) {
  std::vector<Transfer> transfers(requests.size());  // not resized below: curl holds pointers into it
  std::vector<std::size_t> pending;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    Transfer& t = transfers[i];
    t.request = &requests[i];
    t.response.url = requests[i].url;
    t.limit = options_.max_response_bytes;
    if (const auto& c = requests[i].credentials)
      t.credentials_origin = c->origin.empty() ? origin(requests[i].url) : c->origin;
    pending.push_back(i);
  }
  requests_ += requests.size();
  while (!pending.empty()) {
    run(transfers, pending);
    std::vector<std::size_t> again;
    long wait = 0;
    for (std::size_t i : pending) {
      Transfer& t = transfers[i];
      if (follow_redirect(t)) {
        again.push_back(i);
      } else if (t.response.retries < options_.retries && retryable(t.response)) {
        wait = std::max(wait, retry_delay_ms(t));
        ++t.response.retries;
        again.push_back(i);
      }
    }
    if (!again.empty() && wait > 0) std::this_thread::sleep_for(std::chrono::milliseconds(wait));
    pending = std::move(again);
  }
  std::vector<Response> out;
  out.reserve(transfers.size());
  for (auto& t : transfers) out.push_back(std::move(t.response));
  return out;
}

/// Retry-After in seconds when the server gives it (at most max_retry_after_seconds), else the backoff.
long Client::retry_delay_ms(const Transfer& t) const {
  std::string after = t.response.header("retry-after");
  long seconds = 0;
  auto [end, ec] = std::from_chars(after.data(), after.data() + after.size(), seconds);
  if (ec == std::errc() && end != after.data()) return std::clamp(seconds, 0L, options_.max_retry_after_seconds) * 1000;
  if (ec == std::errc::result_out_of_range) return options_.max_retry_after_seconds * 1000;
  return options_.backoff_ms << std::min(t.response.retries, 6);
}

/// Points the transfer at the redirect's target when the policy allows it; false when there is none to follow.
bool Client::follow_redirect(Transfer& t) const {
  Response& r = t.response;
  std::string location = r.header("location");
  if (r.error || r.status < 300 || r.status > 399 || location.empty()) return false;
  if (t.request->redirects == Redirects::None || r.redirects >= options_.max_redirects) return false;
  auto base = boost::urls::parse_uri(r.url);
  auto ref = boost::urls::parse_uri_reference(location);
  if (!base || !ref) return false;
  boost::urls::url next;
  if (!boost::urls::resolve(*base, *ref, next)) return false;
  std::string target(next.buffer());
  if (next.scheme() != "http" && next.scheme() != "https") return false;
  if (t.request->redirects == Redirects::SameHost && host(target) != host(t.request->url)) return false;
  r.url = std::move(target);
  ++r.redirects;
  return true;
}

void Client::run(std::vector<Transfer>& transfers, const std::vector<std::size_t>& which) {
  auto* multi = static_cast<CURLM*>(multi_);
  const ClientOptions& o = options_;
  std::size_t next = 0, running = 0;
  auto start = [&](Transfer& t) {
    Response& r = t.response;
    r.status = 0, r.headers.clear(), r.body.clear(), r.error = {};
    t.code = CURLE_OK, t.too_big = false;
    CURL* h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, r.url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // redirects are followed here, under the request's policy
    curl_easy_setopt(h, CURLOPT_TIMEOUT, o.timeout_seconds);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, std::min(o.timeout_seconds, o.connect_timeout_seconds));
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h, CURLOPT_USERAGENT, o.user_agent.c_str());
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Transfer::on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &Transfer::on_header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(h, CURLOPT_PRIVATE, &t);
    if (!o.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, o.ca_file.c_str());
    for (const auto& [name, value] : t.request->headers)
      t.headers = curl_slist_append(t.headers, (name + ": " + value).c_str());
    if (t.headers) curl_easy_setopt(h, CURLOPT_HTTPHEADER, t.headers);
    if (!t.credentials_origin.empty() && may_send_credentials(t.credentials_origin, r.url)) {
      curl_easy_setopt(h, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
      curl_easy_setopt(h, CURLOPT_USERNAME, t.request->credentials->user.c_str());
      curl_easy_setopt(h, CURLOPT_PASSWORD, t.request->credentials->password.c_str());
    }
    curl_multi_add_handle(multi, h);
    ++running, ++transfers_;
  };
  std::size_t parallel = static_cast<std::size_t>(std::max(1, o.parallel));
  while (next < which.size() && running < parallel) start(transfers[which[next++]]);
  while (running > 0) {
    int still = 0;
    curl_multi_perform(multi, &still);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      Transfer* t = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
      t->code = msg->data.result;
      t->response.error = error_of(t->code, t->too_big);
      curl_easy_getinfo(msg->easy_handle, CURLINFO_RESPONSE_CODE, &t->response.status);
      bytes_ += t->response.body.size();
      curl_multi_remove_handle(multi, msg->easy_handle);
      curl_easy_cleanup(msg->easy_handle);
      curl_slist_free_all(t->headers);
      t->headers = nullptr;
      --running;
      if (next < which.size()) start(transfers[which[next++]]);
    }
    if (running > 0) curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
  }
}

}  // namespace seolint::net
