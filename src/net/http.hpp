#pragma once
/// A small HTTP client on libcurl: GET requests run a batch at a time with bounded parallelism, bounded
/// response bodies, retries with backoff (honouring Retry-After), redirects followed under a policy, and
/// basic-auth credentials that go to one origin only. It knows nothing of WordPress; errors are values.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace seolint::net {

/// Settings of a client, shared by all its requests.
struct ClientOptions {
  long timeout_seconds = 30;          ///< a whole request (each attempt)
  long connect_timeout_seconds = 15;  ///< at most timeout_seconds
  std::uint64_t max_response_bytes = 256ull << 20;
  int parallel = 4;                   ///< transfers under way at once (at least 1)
  int retries = 4;                    ///< per request, on 429, 5xx and transient transfer errors
  long max_retry_after_seconds = 60;  ///< a longer Retry-After is cut to this
  long backoff_ms = 500;              ///< the first wait without Retry-After; doubles each retry
  int max_redirects = 10;
  std::string user_agent;  ///< "" for "seolint/VERSION"
  std::string ca_file;     ///< extra CA bundle; certificate verification is always on
};

/// Which redirects a request follows; one it does not follow is answered as the 3xx response itself.
enum class Redirects {
  None,      ///< none
  SameHost,  ///< to the host of the request's URL (any scheme or port)
  Any,       ///< anywhere (http and https only)
};

/// Basic-auth credentials, sent to one origin only (and to its https upgrade when that origin is http):
/// never to another host after a redirect, never downgraded to http.
struct Credentials {
  std::string user, password;
  std::string origin;  ///< scheme://host:port as origin() gives it; "" for the origin of the request's URL
};

struct Request {
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;  ///< e.g. If-None-Match, Accept
  Redirects redirects = Redirects::SameHost;
  std::optional<Credentials> credentials;
};

/// Why a transfer produced no complete response; an HTTP status (404, 500) is not an error.
enum class ErrorKind {
  None,
  TooLarge,     ///< the body went over max_response_bytes
  Resolve,      ///< DNS
  Connect,      ///< refused or unreachable
  Timeout,      ///< transient
  Tls,          ///< certificate verification or the TLS handshake failed
  Interrupted,  ///< transient: the transfer broke off (partial body, nothing received, receive error)
  Send,         ///< transient: sending the request failed
  BadUrl,       ///< malformed, or not http or https
  Other,
};

struct Error {
  ErrorKind kind = ErrorKind::None;
  std::string detail;  ///< libcurl's words for it
  explicit operator bool() const { return kind != ErrorKind::None; }
};

struct Response {
  std::string url;  ///< the final URL, after the redirects followed
  int redirects = 0;
  int retries = 0;
  long status = 0;                             ///< as received; 0 when no response came (check error first)
  std::map<std::string, std::string> headers;  ///< lowercased names; repeated headers joined with ", "
  std::string body;
  Error error;
  /// A header's value, "" when absent; name in lower case.
  std::string header(const std::string& name) const;
};

class Client {
 public:
  explicit Client(ClientOptions options = {});
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  Response get(const Request& request);
  /// Runs every request, up to `parallel` at once; the responses are in the order of the requests.
  std::vector<Response> get_all(const std::vector<Request>& requests);

  std::size_t requests() const { return requests_; }       ///< requests asked for (not counting retries or redirects)
  std::size_t transfers() const { return transfers_; }     ///< HTTP transfers made
  std::uint64_t bytes_received() const { return bytes_; }  ///< response bodies

 private:
  struct Transfer;
  void run(std::vector<Transfer>& transfers, const std::vector<std::size_t>& which);
  bool follow_redirect(Transfer& t) const;
  long retry_delay_ms(const Transfer& t) const;

  ClientOptions options_;
  void* multi_;  ///< CURLM*
  std::size_t requests_ = 0, transfers_ = 0;
  std::uint64_t bytes_ = 0;
};

/// scheme://host:port of a URL, normalised (default ports made explicit); "" when it does not parse.
std::string origin(const std::string& url);
/// The host of a URL, lower case; "" when none.
std::string host(const std::string& url);
/// Percent-encodes everything but unreserved characters, for a query value or a path segment.
std::string escape(const std::string& s);
/// True for 429, 5xx and transient transfer errors: worth asking again.
bool retryable(const Response& r);

}  // namespace seolint::net
