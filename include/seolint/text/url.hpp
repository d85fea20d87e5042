#pragma once
/// URL normalisation and the classes of difference between two URLs.
#include <optional>
#include <string>
#include <string_view>

namespace seolint::text {

/// Normalised form: scheme and host lowercased, default port dropped, percent-encoding uppercased,
/// unreserved characters decoded, raw Unicode percent-encoded, empty path as "/". Nothing when not a URL.
std::optional<std::string> normalize_url(std::string_view url);
/// s with every byte outside printable ASCII, and every byte in also, written %XX.
std::string percent_encode(std::string_view s, std::string_view also);
/// The URL without its #fragment.
std::string_view without_fragment(std::string_view url);
/// ref resolved against the absolute URL base (RFC 3986: "#x", "/p", "//host/p", "../p"); nothing when base is
/// not an absolute http(s) URL or ref does not parse. An absolute ref comes back as it is.
std::optional<std::string> resolve_url(std::string_view base, std::string_view ref);
/// True when an image src holds no picture of its own, only a lazy loader's stand-in: a short inline data: URL,
/// "//:0", about:blank, "#", javascript:void(0), nothing, or a spacer, blank or loading image ("1x1.gif",
/// "spacer.gif", "loading.svg") that a script replaces.
bool is_placeholder_src(std::string_view src);
/// The host of an absolute URL, lowercased, or "".
std::string url_host(std::string_view url);

enum class UrlDiff { Same, LanguagePrefix, SchemeOrHost, TrailingSlash, OtherPage };
struct UrlComparison {
  UrlDiff diff = UrlDiff::Same;
  std::string prefix;  ///< the language segment ("/fr/") for LanguagePrefix
  bool prefix_on_first = false;
};
/// The message id rules use for a class of difference ("language-prefix", "host-only", "trailing-slash",
/// "other-page").
const char* url_diff_message(UrlDiff d);
/// Compares two URLs after normalisation and says how they differ.
UrlComparison compare_urls(std::string_view a, std::string_view b);

}  // namespace seolint::text
