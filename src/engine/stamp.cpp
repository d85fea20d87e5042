// What the engine stamps on findings (declared in seolint/engine.hpp): the post, positions, fingerprint, and
// the one output order. The engine and the seolint-disable comments (suppress.cpp) both use these.
#include <algorithm>
#include <cstdint>
#include <tuple>

#include "seolint/engine.hpp"

namespace seolint {

namespace {
/// JSON pointer without array indexes, so fingerprints survive reordering.
std::string field_of(const Loc& loc) {
  std::string out;
  for (std::string_view p : {std::string_view(loc.pointer), std::string_view(loc.element)}) {
    std::size_t i = 0;
    while (i < p.size()) {
      std::size_t next = p.find('/', i + 1);
      if (next == std::string_view::npos) next = p.size();
      std::string_view seg = p.substr(i, next - i);
      bool index = seg.size() > 1 && seg[0] == '/' &&
                   std::all_of(seg.begin() + 1, seg.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!index) out.append(seg);
      i = next;
    }
    out += '|';
  }
  return out;
}
}  // namespace

std::string fingerprint(const Finding& f) {
  std::string key = f.rule + '\n' + f.message_id + '\n' + f.post.identity + '\n' + field_of(f.loc);
  for (const auto& v : f.values) key += '\n' + v;
  std::uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
  for (unsigned char c : key) a = (a ^ c) * 0x100000001b3ull, b = (b ^ c) * 0x100000001b3ull;  // both in one pass
  char out[33];
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 16; ++i) out[i] = kHex[(a >> (60 - 4 * i)) & 15], out[16 + i] = kHex[(b >> (60 - 4 * i)) & 15];
  return std::string(out, 32);
}

std::string fingerprint_field(const Loc& loc) { return field_of(loc); }

bool output_order(const Finding& a, const Finding& b) {
  return std::tie(a.post.index, a.start.line, a.start.column, a.rule, a.message_id, a.message) <
         std::tie(b.post.index, b.start.line, b.start.column, b.rule, b.message_id, b.message);
}

PostRef post_reference(const Post& post, std::size_t index) {
  PostRef ref{post.source->display(), post.label(), post.identity(), post.pointer, index, {}, {}, {}, {}};
  if (post.title_rendered) ref.title = post.title_rendered->value;
  else if (post.head.title) ref.title = post.head.title->value;
  if (auto url = post.page_url()) ref.url = url->value;
  ref.locale = post.declared_language();
  ref.status = post.status;
  ref.id = post.id, ref.slug = post.slug;
  return ref;
}

void stamp(Finding& f, const Post& post, const PostRef& ref) {
  f.start = post.source->position(f.loc.begin);
  f.end = post.source->position(std::max(f.loc.end, f.loc.begin));
  for (auto& r : f.related) {
    r.start = post.source->position(r.loc.begin);
    r.end = post.source->position(std::max(r.loc.end, r.loc.begin));
  }
  f.post = ref;
  f.fingerprint = fingerprint(f);
}

}  // namespace seolint
