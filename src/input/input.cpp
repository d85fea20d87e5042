// Chooses the reader for an input: the content decides, the file name only when the content cannot.
#include "seolint/input.hpp"

namespace seolint {

namespace {
bool has_extension(const std::string& path, std::initializer_list<std::string_view> exts) {
  for (auto ext : exts)
    if (path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return true;
  return false;
}

char first_char(std::string_view data) {
  std::size_t p = data.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  p = data.find_first_not_of(" \t\r\n", p);
  return p == std::string_view::npos ? 0 : data[p];
}
}  // namespace

void read_input(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
                const PostSink& on_post, const ErrorSink& on_error) {
  char c = first_char(source->data());
  bool html_name = has_extension(source->path(), {".html", ".htm", ".HTML", ".HTM"});
  bool xml_name = has_extension(source->path(), {".xml", ".XML"});
  if (looks_like_wxr(source->data()) || (xml_name && c == '<'))
    return xml_name && !explicit_path && !looks_like_wxr(source->data())
               ? void()  // a walked folder's sitemap.xml or phpunit.xml is not content
               : read_wxr(source, options, explicit_path, on_post, on_error);
  if (c == '<' || (html_name && c != '{' && c != '[' && c != 0)) return read_page(source, options, on_post, on_error);
  read_rest(source, options, explicit_path, on_post, on_error);
}

}  // namespace seolint
