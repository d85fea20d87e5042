#pragma once
/// PostSummary's fields, described once: for each, its name in a summaries file and where its value is.
/// The summaries file's writer and reader (engine/summary_json.cpp) walk these tables, and the file format's
/// version is checked against them (summaries::schema()). A new field of PostSummary is its member, one Field
/// in table(const PostSummary*) below, and the line in summarize() (model/summary.cpp) that fills it.
#include <functional>
#include <string_view>
#include <tuple>
#include <utility>

#include "seolint/site.hpp"

namespace seolint::summary_fields {

/// One member of a value as a summaries file holds it: its name ("" in an array) and get, a member pointer
/// or a function from the value (const or not) to the member or a view of it.
template <class Get>
struct Field {
  std::string_view name;
  Get get;
  std::string_view need = "";  ///< why the member is required ("" when it may be left out)
};
// Spelt out for compilers without C++20's deduction for aggregates (clang before 17).
template <class Get>
Field(std::string_view, Get, std::string_view = "") -> Field<Get>;

/// The member of value that field f describes.
template <class F, class T>
constexpr decltype(auto) get(const F& f, T& value) {
  return std::invoke(f.get, value);
}

/// Two numbers of a value written as [a, b]: a placed value's byte offsets, its Loc's begin and end.
template <class T>
struct Two {
  T& a;
  T& b;
};
template <class T>
Two(T&, T&) -> Two<T>;

/// How a value with a table is written: an object of named members, or an array of its fields in order.
enum class Shape { Object, Array };

/// The table of a type: its shape, the error when a value has another (wrong), for an object the noun its
/// missing required members are reported with, and its fields in file order.
template <class... F>
struct Table {
  Shape shape;
  std::string_view wrong, noun;
  std::tuple<F...> list;
};
template <class... F>
constexpr Table<F...> object(std::string_view wrong, std::string_view noun, F... fields) {
  return {Shape::Object, wrong, noun, {fields...}};
}
template <class... F>
constexpr Table<F...> array(std::string_view wrong, F... fields) {
  return {Shape::Array, wrong, "", {fields...}};
}

// The tables, one overload of table() for each type a summary holds.

constexpr auto table(const PostSummary*) {
  return object(
      "a summary line must be a JSON object", "a summary", Field{"ref", &PostSummary::ref, "the post's reference"},
      Field{"id", &PostSummary::id}, Field{"link", &PostSummary::link}, Field{"site", &PostSummary::site},
      Field{"language", &PostSummary::language}, Field{"slug", &PostSummary::slug}, Field{"url", &PostSummary::url},
      Field{"title", &PostSummary::title}, Field{"description", &PostSummary::description},
      Field{"canonical", &PostSummary::canonical}, Field{"link_at", &PostSummary::link_at},
      Field{"alternates", &PostSummary::alternates}, Field{"translations", &PostSummary::translations},
      Field{"translation_ids", &PostSummary::translation_ids}, Field{"directives", &PostSummary::directives});
}

// A placed value's Loc is written flat: its byte offsets, its pointer and its element.
constexpr auto loc_offsets = [](auto& p) { return Two{p.loc.begin, p.loc.end}; };
constexpr auto loc_pointer = [](auto& p) -> auto& { return p.loc.pointer; };
constexpr auto loc_element = [](auto& p) -> auto& { return p.loc.element; };

constexpr auto table(const Placed*) {
  return object("a placed value must be an object", "a placed value", Field{"value", &Placed::value},
                Field{"offsets", loc_offsets}, Field{"pointer", loc_pointer}, Field{"element", loc_element},
                Field{"start", &Placed::start}, Field{"end", &Placed::end});
}

constexpr auto table(const PostRef*) {
  return object("\"ref\" must be an object", "\"ref\"", Field{"index", &PostRef::index, "the post's order in the run"},
                Field{"file", &PostRef::file}, Field{"label", &PostRef::label}, Field{"identity", &PostRef::identity},
                Field{"pointer", &PostRef::pointer}, Field{"title", &PostRef::title}, Field{"url", &PostRef::url},
                Field{"locale", &PostRef::locale}, Field{"status", &PostRef::status}, Field{"id", &PostRef::id},
                Field{"slug", &PostRef::slug});
}

constexpr auto table(const SiteDirective*) {
  return array("expected a directive [rule, reason, used]", Field{"", &SiteDirective::rule},
               Field{"", &SiteDirective::reason}, Field{"", &SiteDirective::used});
}

constexpr auto table(const Position*) {
  return array("expected an array of two numbers", Field{"", &Position::line}, Field{"", &Position::column});
}

template <class T>
constexpr auto table(const Two<T>*) {
  return array("expected an array of two numbers", Field{"", [](auto& t) -> auto& { return t.a;
}
}  // namespace seolint::summary_fields
, Field{"", [](auto& t) -> auto& {return t.b;
}
});
}

/// [hreflang, href], [language, target].
template <class A, class B>
constexpr auto table(const std::pair<A, B>*) {
  return array("expected a pair [string, value]", Field{"", &std::pair<A, B>::first},
               Field{"", &std::pair<A, B>::second});
}

/// The table of T.
template <class T>
inline constexpr auto kTable = table(static_cast<const T*>(nullptr));

/// Calls each(field) for every field of T's table, in order, while it returns true; false when one did not.
template <class T, class Each>
constexpr bool all_fields(Each&& each) {
  return std::apply([&](const auto&... f) { return (each(f) && ...); }, kTable<T>.list);
}

}  // namespace seolint::summary_fields
