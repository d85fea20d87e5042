// Chooses the reader for an input: the content decides, the file name only when the content cannot.
#include "input/html_document.hpp"
#include "input/sniff.hpp"
#include "input/stream.hpp"
#include "seolint/input.hpp"

namespace seolint {

void guard_body(Post& post, const ReadOptions& options, const ErrorSink& on_error) {
  if (!post.content_html ||
      html::too_deep(post.content_html->value, options.limits.max_depth) == std::string_view::npos)
    return;
  on_error({post.source->display(), post.source->position(post.content_html->loc.begin),
            "post body nested deeper than " + std::to_string(options.limits.max_depth) +
                " elements (raise it with --max-depth); its text is not read"});
  post.content_html.reset();
}

void read_input(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
                const PostSink& on_post, const ErrorSink& on_error) {
  char c = sniff::first_char(source->data());
  bool html_name = sniff::has_extension(source->path(), sniff::kHtml);
  bool xml_name = sniff::has_extension(source->path(), sniff::kXml);
  if (looks_like_wxr(source->data()) || (xml_name && c == '<'))
    return xml_name && !explicit_path && !looks_like_wxr(source->data())
               ? void()  // a walked folder's sitemap.xml or phpunit.xml is not content
               : read_wxr(source, options, explicit_path, on_post, on_error);
  if (c == '<' || (html_name && c != '{' && c != '[' && c != 0)) return read_page(source, options, on_post, on_error);
  read_rest(source, options, explicit_path, on_post, on_error);
}

}  // namespace seolint
