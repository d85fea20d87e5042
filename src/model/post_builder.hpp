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
  static void set_root(Post& p, std::shared_ptr<const json::Value> root) { p.root_ = std::move(root); }
  /// The post's JSON object (REST), or null: for the readers and for saving it as read.
  static const json::Value* root(const Post& p) { return p.root_.get(); }
  static const std::shared_ptr<const json::Value>& shared_root(const Post& p) { return p.root_; }
  /// yoast_head_json, an object of the post's root, becomes a located document.
  static void set_yoast_json(Post& p, const json::Value& object) {
    JsonLd doc;
    doc.owner = p.root_;
    doc.top = &object;
    doc.map = std::make_shared<json::OffsetMap>(json::OffsetMap::identity(0));
    doc.pointer = "/yoast_head_json";
    p.yoast_json_ = std::move(doc);
  }
  /// Where the yoast_head string starts.
  static void set_yoast_head_at(Post& p, const Loc& at) { p.yoast_head_at_ = at; }
};

}  // namespace seolint
