// image-alt-missing: body images without alt text, or with a file name for alt text; a featured image without.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "seolint/rule.hpp"
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

std::string src_of(const Image& img) {
  if (img.src && !img.src->value.empty()) return img.src->value;
  if (img.srcset) return img.srcset->value.substr(0, img.srcset->value.find(' '));
  return "(no src)";
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  for (const auto& img : post.images) {
    if (is_pixel(img)) continue;
    std::string src = src_of(img);
    if (!img.alt) sink.report("no-alt", img.loc, {{"src", src}}, {}, {src});
    else if (is_file_name(img.alt->value))
      sink.report("file-name-alt", img.alt->loc, {{"src", src}, {"alt", img.alt->value}}, {}, {src, img.alt->value});
  }
  if (post.featured_alt && post.featured_alt->value.find_first_not_of(" \t\r\n") == std::string::npos) {
    std::string src = post.featured_url ? post.featured_url->value : "";
    sink.report("featured-no-alt", post.featured_alt->loc, {{"src", src}}, {}, {src});
  }
}

}  // namespace

extern const Rule image_alt_missing{kMeta, check};

}  // namespace seolint::rules
