#pragma once
/// What the readers (src/input) set on a post that rules never see: the kind of input and its raw JSON.
#include <memory>
#include <utility>

#include "seolint/post.hpp"

namespace seolint {

class PostBuilder {
 public:
  static void mark_page(Post& p) { p.kind_ = Post::Kind::Page; }
  static void mark_export(Post& p) { p.kind_ = Post::Kind::Wxr; }
  /// The post's JSON object (REST), kept as a located document whose offsets are the file's.
  static void set_root(Post& p, std::shared_ptr<const json::Value> root) {
    JsonLd doc;
    doc.top = root.get();
    doc.owner = std::move(root);
    doc.map = std::make_shared<json::OffsetMap>(json::OffsetMap::identity(0));
    p.root_ = std::move(doc);
  }
  /// The post's JSON object (REST), or null: for the readers and for saving it as read.
  static const json::Value* root(const Post& p) { return p.root_ ? p.root_->top : nullptr; }
  /// A value of the post's JSON (set_root first) as a document of its own at pointer (yoast_head_json.schema).
  static JsonLd located(const Post& p, const json::Value& value, std::string pointer) {
    JsonLd doc = *p.root_;
    doc.top = &value;
    doc.pointer = std::move(pointer);
    return doc;
  }
  /// Where the yoast_head string starts.
  static void set_yoast_head_at(Post& p, const Loc& at) { p.yoast_head_at_ = at; }
};

}  // namespace seolint
