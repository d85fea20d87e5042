#pragma once
/// A parsed HTML document (gumbo) and what the readers take from it.
#include <gumbo.h>

#include <memory>
#include <string_view>
#include <vector>

#include "seolint/post.hpp"

namespace seolint::html {

/// Parses once with gumbo; the tree lives as long as the document.
class Document {
 public:
  explicit Document(std::string_view html);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  const GumboNode* root() const { return out_->root; }
  const GumboNode* document() const { return out_->document; }
  std::string_view html() const { return html_; }

 private:
  std::string_view html_;
  GumboOutput* out_;
};

/// The offset of the first tag nested deeper than limit elements, or npos. gumbo slows down badly on deep
/// nesting, so pages are measured with this cheap scan before they are parsed.
std::size_t too_deep(std::string_view html, std::size_t limit);

/// The attribute of e named name, or null.
const GumboAttribute* attribute(const GumboElement& e, const char* name);
/// An attribute's value as located text: the offset of its first character, inside the quotes.
Text attribute_text(std::string_view html, const GumboAttribute* a, const json::OffsetMap& map,
                    const std::string& pointer, const std::string& element);
/// Every element with this tag under root, in document order.
std::vector<const GumboNode*> find_all(const GumboNode* root, GumboTag tag);

/// Head data (title, meta, links, JSON-LD, html lang); map turns offsets in the HTML into file offsets.
void read_head(const Document& doc, const std::shared_ptr<const json::OffsetMap>& map, const std::string& pointer,
               const json::Limits& limits, Head& head);

}  // namespace seolint::html
