// image-alt-missing: body images without alt text, or with a file name for alt text; a featured image without.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "seolint/rule.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-alt", Severity::Warning,
     "image {src} has no alt attribute: screen readers read its file name and image search cannot tell what it "
     "shows (use alt=\"\" for a decorative image)"},
    {"file-name-alt", Severity::Warning, "image {src} has the file name {alt} for alt text: describe the picture"},
    {"featured-no-alt", Severity::Warning, "the featured image {src} has empty alt text: describe the picture"},
};

constexpr RuleMeta kMeta{"image-alt-missing",
                         "Images need alt text that describes them, not a missing alt or a file name.",
                         "images",
                         kMessages,
                         {}};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

/// "IMG_1234.jpg", "photo.png", "DSC01234", "2014-04-01 14.52.47": what a camera or an upload names a file.
bool is_file_name(std::string_view alt) {
  std::string a = text::lower_ascii(alt);
  while (!a.empty() && std::isspace(static_cast<unsigned char>(a.back()))) a.pop_back();
  if (a.empty() || (a.find(' ') != std::string::npos && a.find('.') == std::string::npos)) return false;
  for (std::string_view ext :
       {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".heic", ".avif"})
    if (a.size() > ext.size() && a.ends_with(ext) && a.find(' ') == std::string::npos) return true;
  for (std::string_view prefix : {"img_", "img-", "dsc_", "dscn", "dsc", "pxl_", "dji_", "gopr"})
    if (a.starts_with(prefix) &&
        all_digits(a.substr(prefix.size(), std::min<std::size_t>(4, a.size() - prefix.size()))) &&
        a.size() - prefix.size() >= 4)
      return true;
  // A camera's date and time: "2014-04-01 14.52.47".
  int y, mo, d, h, mi, s;
  char tail;
  return std::sscanf(a.c_str(), "%4d-%2d-%2d %2d.%2d.%2d%c", &y, &mo, &d, &h, &mi, &s, &tail) == 6;
}

/// A tracking pixel (width or height 0 or 1) is not an image anyone sees.
bool is_pixel(const Image& img) {
  for (const auto& d : {img.width, img.height})
    if (d && (d->value == "0" || d->value == "1" || d->value == "0px" || d->value == "1px")) return true;
  return false;
}

/// Hidden from readers on purpose (role="presentation"/"none", aria-hidden="true"), or not shown at all.
bool is_hidden(const Image& img) {
  auto is = [](const std::optional<Text>& t, std::initializer_list<std::string_view> values) {
    if (!t) return false;
    std::string v = text::lower_ascii(text::trim(t->value));
    return std::find(values.begin(), values.end(), v) != values.end();
  };
  return img.hidden || is(img.role, {"presentation", "none"}) || is(img.aria_hidden, {"true"});
}

/// A request that counts a visit or an ad view rather than shows a picture (the trackers that send no size).
bool is_beacon(std::string_view src) {
  std::string s = text::lower_ascii(src);
  for (std::string_view tracker :
       {"scorecardresearch.com/", "google-analytics.com/", "facebook.com/tr", "doubleclick.net/", "adition.com/",
        "flashtalking.com/", "awin1.com/", "analytics.", "stroeermediabrands.de/pub/t."})
    if (s.find(tracker) != std::string::npos) return true;
  return false;
}

/// The first URL of a src or srcset value.
std::string first_url(std::string_view v) {
  v = text::trim(v);
  if (text::lower_ascii(v.substr(0, 5)) == "data:") return std::string(v);  // its comma is not a separator
  return std::string(v.substr(0, v.find_first_of(" \t\r\n,")));
}

/// The picture an <img> shows, whatever loads it, as written: its lazy source, else a real src, else its srcset;
/// "" for a placeholder with nothing behind it.
std::string shown_url(const Image& img) {
  if (img.lazy_src && !text::is_placeholder_src(img.lazy_src->value)) return first_url(img.lazy_src->value);
  if (img.src && !text::is_placeholder_src(img.src->value)) return first_url(img.src->value);
  if (img.srcset && !text::is_placeholder_src(img.srcset->value)) return first_url(img.srcset->value);
  return "";
}

/// The file name of shown_url, without its query: a lazy image and its <noscript> copy, or one picture in several
/// crops (".../16-9/bike.jpg", ".../4-3/bike.jpg"), are one picture.
std::string picture_of(std::string_view url) {
  if (text::lower_ascii(url.substr(0, 5)) == "data:") return std::string(url);
  url = url.substr(0, url.find_first_of("?#"));
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return std::string(url.substr(url.find_last_of('/') + 1));
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  std::vector<std::string> reported;  // one picture, one finding: a picture shown twice or in several crops is one
  for (const auto& img : post.images) {
    // What readers and search engines (which run scripts) never see: a <noscript> copy or tracker, a hidden image.
    if (img.in_noscript || is_pixel(img) || is_hidden(img)) continue;
    std::string src = shown_url(img), picture = picture_of(src);
    if (src.empty() || is_beacon(src)) continue;
    if (!img.alt) {
      if (std::find(reported.begin(), reported.end(), picture) != reported.end()) continue;
      reported.push_back(picture);
      sink.report("no-alt", img.loc, {{"src", src}}, {}, {src});
    } else if (is_file_name(img.alt->value)) {
      sink.report("file-name-alt", img.alt->loc, {{"src", src}, {"alt", img.alt->value}}, {}, {src, img.alt->value});
    }
  }
  if (post.featured_alt && post.featured_alt->value.find_first_not_of(" \t\r\n") == std::string::npos) {
    std::string src = post.featured_url ? post.featured_url->value : "";
    sink.report("featured-no-alt", post.featured_alt->loc, {{"src", src}}, {}, {src});
  }
}

}  // namespace

extern const Rule image_alt_missing{kMeta, check};

}  // namespace seolint::rules
