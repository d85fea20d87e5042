// html: one self-contained page for editors. The run and a summary with SVG charts are written here as
// HTML; the posts travel as JSON in the page and a small script lists them (paginated, collapsed, filtered),
// building every node with textContent, so nothing from a post is ever parsed as markup. The rules' docs
// are an appendix; each finding clones its "why it matters" and "how to fix it" from there.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <random>

#include "seolint/engine.hpp"
#include "seolint/registry.hpp"
#include "report/common.hpp"
#include "seolint/report.hpp"
#include "seolint_version.hpp"
#include "text/language.hpp"

namespace seolint {

// The page's stylesheet and script: src/report/assets/, embedded by cmake/embed.cmake.
extern const std::string_view kReportCss, kReportJs;

namespace {


// ---- Small formatting helpers ----



const char* kSeverityTitle[] = {"Off", "Notes", "Warnings", "Errors"};

std::string locale_name(const std::string& code) {
  return code.empty() ? "Not declared" : text::language_name(code) + " (" + code + ")";
}

/// A JSON string for the data block: '<' is escaped too, so no "</script>" can end the block.
void json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (u < 0x20 || c == '<' || c == '>' || c == '&') out += "\\u00", out += kHex[u >> 4], out += kHex[u & 15];
    else out += c;
  }
  out += '"';
}

std::string utc_time(std::chrono::system_clock::time_point t, const char* format) {
  std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

/// A nonce for the Content-Security-Policy: only the page's own style and script run.
std::string nonce() {
  std::random_device rd;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x%08x%08x%08x", rd(), rd(), rd(), rd());
  return buf;
}

// ---- Rule docs: a small markdown subset, escaped ----

/// Inline markdown: `code`, **bold**, [text](url) (a link only to http(s) pages or another rule's page).
std::string inline_md(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '`') {
      std::size_t end = s.find('`', i + 1);
      if (end != std::string_view::npos) {
        out += "<code>" + html_escape(s.substr(i + 1, end - i - 1)) + "</code>";
        i = end + 1;
        continue;
      }
    } else if (s.substr(i, 2) == "**") {
      std::size_t end = s.find("**", i + 2);
      if (end != std::string_view::npos) {
        out += "<strong>" + inline_md(s.substr(i + 2, end - i - 2)) + "</strong>";
        i = end + 2;
        continue;
      }
    } else if (s[i] == '[') {
      std::size_t mid = s.find("](", i), end = mid == std::string_view::npos ? mid : s.find(')', mid);
      if (end != std::string_view::npos) {
        std::string_view label = s.substr(i + 1, mid - i - 1), url = s.substr(mid + 2, end - mid - 2);
        std::string_view stem = url.substr(url.rfind('/') + 1);
        if (stem.ends_with(".md") && find_rule(stem.substr(0, stem.size() - 3)))
          out += "<a href=\"#rule-" + html_escape(stem.substr(0, stem.size() - 3)) + "\">" + inline_md(label) + "</a>";
        else if (is_web_url(url))
          out += "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\">" + inline_md(label) + "</a>";
        else out += inline_md(label);
        i = end + 1;
        continue;
      }
    }
    out += html_escape(s.substr(i, 1));
    ++i;
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  while (!s.empty()) {
    std::size_t nl = s.find('\n');
    lines.push_back(s.substr(0, nl));
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
  }
  return lines;
}

std::vector<std::string_view> table_cells(std::string_view row) {
  std::vector<std::string_view> cells;
  std::size_t i = row.find('|');
  while (i != std::string_view::npos) {
    std::size_t next = row.find('|', i + 1);
    if (next == std::string_view::npos) break;
    std::string_view cell = row.substr(i + 1, next - i - 1);
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    cells.push_back(cell);
    i = next;
  }
  return cells;
}

/// Block markdown: paragraphs, fenced code, tables, lists. A paragraph id goes on the first paragraph;
/// rows of a table whose first cell is `id` get the id row_prefix + id (the Messages table).
std::string blocks_md(std::string_view md, const std::string& first_paragraph_id = "",
                      const std::string& row_prefix = "") {
  std::string out, para;
  bool first = true;
  auto flush = [&] {
    if (para.empty()) return;
    out += first && !first_paragraph_id.empty() ? "<p id=\"" + html_escape(first_paragraph_id) + "\">" : "<p>";
    out += inline_md(para) + "</p>\n";
    para.clear();
    first = false;
  };
  auto lines = split_lines(md);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.starts_with("```")) {
      flush();
      std::string code;
      while (++i < lines.size() && !lines[i].starts_with("```")) code += std::string(lines[i]) + "\n";
      out += "<pre><code>" + html_escape(code) + "</code></pre>\n";
    } else if (line.starts_with("|")) {
      flush();
      out += "<div class=\"table-wrap\"><table>\n";
      bool head = true;
      for (; i < lines.size() && lines[i].starts_with("|"); ++i) {
        auto cells = table_cells(lines[i]);
        if (!cells.empty() && cells[0].starts_with("---")) continue;
        std::string id;
        if (!head && !row_prefix.empty() && cells.size() > 1 && cells[0].size() > 2 && cells[0].front() == '`')
          id = " id=\"" + html_escape(row_prefix + std::string(cells[0].substr(1, cells[0].size() - 2))) + "\"";
        out += "<tr" + id + ">";
        for (std::size_t c = 0; c < cells.size(); ++c)
          out += std::string(head ? "<th>" : c + 1 == cells.size() ? "<td class=\"cell-text\">" : "<td>") +
                 inline_md(cells[c]) + (head ? "</th>" : "</td>");
        out += "</tr>\n";
        head = false;
      }
      --i;
      out += "</table></div>\n";
    } else if (line.starts_with("- ") || line.starts_with("* ")) {
      flush();
      out += "<ul>\n";
      for (; i < lines.size() && (lines[i].starts_with("- ") || lines[i].starts_with("* ")); ++i)
        out += "<li>" + inline_md(lines[i].substr(2)) + "</li>\n";
      --i;
      out += "</ul>\n";
    } else if (line.starts_with("### ")) {
      flush();
      out += "<h5>" + inline_md(line.substr(4)) + "</h5>\n";
    } else if (line.empty()) {
      flush();
    } else {
      para += (para.empty() ? "" : " ") + std::string(line);
    }
  }
  flush();
  return out;
}

/// The doc's "## Title" sections in order, and the text before the first.
struct DocSection {
  std::string_view title, body;
};
std::vector<DocSection> doc_sections(std::string_view doc) {
  std::vector<DocSection> out;
  if (doc.starts_with("# ")) doc.remove_prefix(std::min(doc.size(), doc.find('\n')));
  std::string_view title = "";
  while (true) {
    std::size_t next = doc.find("\n## ");
    out.push_back({title, doc.substr(0, next)});
    if (next == std::string_view::npos) break;
    doc.remove_prefix(next + 4);
    std::size_t eol = doc.find('\n');
    title = doc.substr(0, eol);
    doc.remove_prefix(eol == std::string_view::npos ? doc.size() : eol);
  }
  return out;
}

void rule_article(std::string& out, const Rule& rule) {
  std::string id(rule.meta.id);
  std::string_view doc = rule_doc(id);
  out += "<article class=\"rule card\" id=\"rule-" + html_escape(id) + "\">\n<h3><code>" + html_escape(id) +
         "</code></h3>\n";
  if (doc.empty()) {
    out += "<p>" + html_escape(rule.meta.summary) + "</p>\n</article>\n";
    return;
  }
  bool examples_open = false;
  for (const auto& [title, body] : doc_sections(doc)) {
    bool example = title == "Incorrect" || title == "Correct";
    if (example && !examples_open) out += "<details class=\"examples\"><summary>Examples</summary>\n", examples_open = true;
    if (!example && examples_open) out += "</details>\n", examples_open = false;
    if (!title.empty()) out += std::string(example ? "<h5>" : "<h4>") + inline_md(title) + (example ? "</h5>\n" : "</h4>\n");
    if (title == "Why it matters") out += blocks_md(body, "why-" + id);
    else if (title == "Messages") out += blocks_md(body, "", "fix-" + id + "--");
    else out += blocks_md(body);
  }
  if (examples_open) out += "</details>\n";
  out += "</article>\n";
}

// ---- The run and the summary ----

/// Labels for the offending values of a message, and whether they are two versions of one thing.
struct ValueView {
  std::string_view rule, message;  ///< message "" for every message of the rule
  std::string_view first, second;  ///< second "" for a list shown as one value
  bool compare;                    ///< highlight the part the two values differ in
  unsigned languages;              ///< bit i: value i is a language code, shown by name (bit 0: a whole list)
};
constexpr ValueView kValueViews[] = {
    {"canonical-schema-mismatch", "", "Canonical URL", "Schema URL", true, 0},
    {"mixed-locale", "declared", "Declared languages", "", false, 1},
    {"mixed-locale", "written", "Declared language", "Written language", false, 3},
    {"untranslated-title", "other-language", "Title", "Declared language", false, 2},
};

const ValueView* value_view(const Finding& f) {
  for (const auto& v : kValueViews)
    if (v.rule == f.rule && (v.message.empty() || v.message == f.message_id)) return &v;
  return nullptr;
}

/// One horizontal bar chart row: label (a filter button), an SVG bar of stacked segments, the count.
void bar_row(std::string& out, const std::string& attrs, const std::string& button, const std::string& label,
             const Tally::Counts& counts, std::size_t max) {
  std::size_t total = counts[1] + counts[2] + counts[3];
  out += "<li " + attrs + " data-count=\"" + std::to_string(total) + "\"><button type=\"button\" class=\"chart-label\" " +
         button + ">" + html_escape(label) + "</button><svg class=\"bar\" viewBox=\"0 0 100 10\" " +
         "preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect class=\"track\" width=\"100\" height=\"10\"/>";
  double x = 0;
  for (int s = 3; s >= 1; --s) {
    if (!counts[s] || !max) continue;
    double w = 100.0 * static_cast<double>(counts[s]) / static_cast<double>(max);
    char rect[160];
    std::snprintf(rect, sizeof rect, "<rect class=\"fill-%s\" x=\"%.3f\" width=\"%.3f\" height=\"10\"/>", severity_name(static_cast<Severity>(s)), x, w);
    out += rect;
    x += w;
  }
  out += "</svg><span class=\"chart-count\">" + with_commas(total) + "</span></li>\n";
}

std::size_t max_total(const std::vector<std::pair<std::string, Tally::Counts>>& rows) {
  std::size_t m = 0;
  for (const auto& [key, c] : rows) m = std::max(m, c[1] + c[2] + c[3]);
  return m;
}

void charts(std::string& out, const Tally& t) {
  out += "<div class=\"charts\">\n<figure class=\"chart\" id=\"chart-severity\"><figcaption>By severity</figcaption>"
         "<ul class=\"bars\">\n";
  std::size_t max = std::max({t.severity[1], t.severity[2], t.severity[3]});
  for (int s = 3; s >= 1; --s) {
    Tally::Counts only{};
    only[s] = t.severity[s];
    bar_row(out, std::string("data-summary-severity=\"") + severity_name(static_cast<Severity>(s)) + "\"",
            std::string("data-set-severity=\"") + severity_name(static_cast<Severity>(s)) + "\"", kSeverityTitle[s], only, max);
  }
  out += "</ul></figure>\n<figure class=\"chart\" id=\"chart-rule\"><figcaption>By rule</figcaption><ul class=\"bars\">\n";
  for (const auto& [rule, c] : t.rules)
    bar_row(out, "data-summary-rule=\"" + html_escape(rule) + "\"", "data-set-rule=\"" + html_escape(rule) + "\"", rule,
            c, max_total(t.rules));
  out += "</ul></figure>\n<figure class=\"chart\" id=\"chart-locale\"><figcaption>By declared language</figcaption>"
         "<ul class=\"bars\">\n";
  for (const auto& [locale, c] : t.locales)
    bar_row(out, "data-summary-locale=\"" + html_escape(locale) + "\"", "data-set-locale=\"" + html_escape(locale) + "\"",
            locale_name(locale), c, max_total(t.locales));
  out += "</ul></figure>\n</div>\n";
}

std::string post_title(const PostRef& p) { return p.title.empty() ? p.label : p.title; }

void top_posts(std::string& out, const Report& r, const Tally& t) {
  std::vector<std::size_t> order(t.posts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](std::size_t i) { return std::make_tuple(t.posts[i].severity[3], t.posts[i].count); };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
  order.resize(std::min<std::size_t>(order.size(), 10));
  out += "<div class=\"top\"><h3>Posts with the most problems</h3>\n<ol class=\"top-posts\">\n";
  for (std::size_t i : order) {
    const PostRef& p = r.findings[t.posts[i].first].post;
    out += "<li><a href=\"#post-" + std::to_string(i) + "\">" + html_escape(post_title(p)) +
           "</a> <span class=\"muted\">" + html_escape(counts_text(t.posts[i].severity)) +
           (p.locale.empty() ? "" : " · " + html_escape(p.locale)) + "</span></li>\n";
  }
  out += "</ol></div>\n";
}

/// A list of at most `shown` items, the rest behind "and N more".
std::string short_list(const std::vector<std::string>& items, std::size_t shown) {
  std::string out = "<ul class=\"plain\">";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i == shown) out += "</ul><details><summary>and " + with_commas(items.size() - shown) + " more</summary><ul class=\"plain\">";
    out += "<li>" + items[i] + "</li>";
  }
  return out + (items.size() > shown ? "</ul></details>" : "</ul>");
}

void run_section(std::string& out, const Report& r) {
  const RunSummary& run = r.run;
  out += "<section class=\"card run\" id=\"run\" aria-label=\"About this run\"><div class=\"run-grid\">\n";
  std::string when = run.started == std::chrono::system_clock::time_point{}
                         ? std::string("not recorded")
                         : "<time datetime=\"" + utc_time(run.started, "%Y-%m-%dT%H:%M:%SZ") + "\">" +
                               utc_time(run.started, "%Y-%m-%d %H:%M UTC") + "</time>";
  out += "<div><h3>When</h3><p>" + when + "</p><h3>seolint</h3><p>version " +
         html_escape(SEOLINT_VERSION) + "</p></div>\n";
  std::vector<std::string> inputs;
  for (const auto& in : run.inputs) inputs.push_back("<code>" + html_escape(in) + "</code>");
  out += "<div><h3>Inputs</h3><p>" + plural(run.posts, "post") + " in " + plural(run.files, "file") + "</p>" +
         short_list(inputs, 3) + "</div>\n";
  std::vector<std::string> config;
  for (auto line : split_lines(run.configuration)) config.push_back(html_escape(line));
  out += "<div class=\"wide\"><h3>Configuration</h3>" + short_list(config, 20) + "</div>\n</div>\n";
  if (!r.errors.empty()) {
    std::vector<std::string> errors;
    for (const auto& e : r.errors) errors.push_back("<code>" + html_escape(e.str()) + "</code>");
    out += "<div class=\"run-errors\"><h3 class=\"bad\">Could not be read: " + plural(r.errors.size(), "input") +
           "</h3>" + short_list(errors, 10) + "</div>\n";
  }
  out += "</section>\n";
}

void summary_section(std::string& out, const Report& r, const Tally& t) {
  out += "<section class=\"card\" id=\"summary\"><h2>Summary</h2>\n";
  if (t.total() == 0) {
    out += "<p class=\"all-good\">No problems found in " + plural(r.run.posts, "post") + ".</p></section>\n";
    return;
  }
  charts(out, t);
  top_posts(out, r, t);
  out += "</section>\n";
}

void filters(std::string& out, const Tally& t) {
  out += "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter the findings\">\n"
         "<fieldset class=\"severities\"><legend>Severity</legend>";
  for (int s = 3; s >= 1; --s)
    out += std::string("<label class=\"sev-toggle sev-") + severity_name(static_cast<Severity>(s)) + "\"><input type=\"checkbox\" name=\"severity\" value=\"" +
           std::to_string(s) + "\" checked> " + kSeverityTitle[s] + " <span class=\"muted\">" + with_commas(t.severity[s]) +
           "</span></label>";
  out += "</fieldset>\n<label class=\"field\">Rule <select id=\"filter-rule\"><option value=\"\">All rules</option>";
  for (const auto& [rule, c] : t.rules)
    out += "<option value=\"" + html_escape(rule) + "\">" + html_escape(rule) + " (" + with_commas(c[1] + c[2] + c[3]) + ")</option>";
  out += "</select></label>\n<label class=\"field\">Language <select id=\"filter-locale\"><option value=\"*\">All languages</option>";
  for (const auto& [locale, c] : t.locales)
    out += "<option value=\"" + html_escape(locale) + "\">" + html_escape(locale_name(locale)) + " (" +
           with_commas(c[1] + c[2] + c[3]) + ")</option>";
  out += "</select></label>\n<label class=\"field grow\">Search <input type=\"search\" id=\"filter-text\" "
         "placeholder=\"Title, address, message…\" autocomplete=\"off\"></label>\n</form>\n";
}

// ---- The data the script lists ----

void values_json(std::string& out, const Finding& f) {
  const ValueView* view = value_view(f);
  out += '[';
  auto add = [&](std::string_view label, std::string_view pre, std::string_view diff, std::string_view post) {
    if (out.back() != '[') out += ',';
    out += '[';
    json_string(out, label), out += ',', json_string(out, pre), out += ',', json_string(out, diff), out += ',';
    json_string(out, post);
    out += ']';
  };
  auto is_language = [&](std::size_t i) {
    return view && (view->second.empty() ? view->languages & 1 : view->languages >> std::min<std::size_t>(i, 31) & 1);
  };
  auto shown = [&](std::size_t i) {
    return is_language(i) && !f.values[i].empty() ? locale_name(f.values[i]) : f.values[i];
  };
  if (view && view->second.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < f.values.size(); ++i) joined += (joined.empty() ? "" : ", ") + shown(i);
    if (!f.values.empty()) add(view->first, joined, "", "");
  } else if (view && view->compare && f.values.size() == 2) {
    Difference d = differing_part(f.values[0], f.values[1]);
    for (int i = 0; i < 2; ++i) {
      std::string_view v = f.values[i];
      add(i ? view->second : view->first, v.substr(0, d.prefix), v.substr(d.prefix, v.size() - d.prefix - d.suffix),
          v.substr(v.size() - d.suffix));
    }
  } else {
    for (std::size_t i = 0; i < f.values.size(); ++i)
      add(view ? (i == 0 ? view->first : i == 1 ? view->second : "Value") : "Value", shown(i), "", "");
  }
  out += ']';
}

std::string field_of(const Loc& loc) {
  return loc.pointer + (loc.pointer.empty() || loc.element.empty() ? "" : " ") + loc.element;
}

/// {"rules":[{id, severity}], "posts":[[title,url,live,locale,language,status,file,label,pointer]],
///  "findings":[[post,severity,rule,message id,message,line,column,field,values,related]]}
std::string data_json(const Report& r, const Tally& t) {
  std::string out = "{\"rules\":[";
  std::map<std::string, std::size_t> rule_index;
  for (const Rule* rule : r.run.rules) {
    if (!rule_index.empty()) out += ',';
    rule_index.emplace(std::string(rule->meta.id), rule_index.size());
    json_string(out, rule->meta.id);
  }
  out += "],\"posts\":[";
  std::map<std::string, std::string> language_names;
  for (std::size_t i = 0; i < t.posts.size(); ++i) {
    const PostRef& p = r.findings[t.posts[i].first].post;
    auto [name, fresh] = language_names.try_emplace(p.locale);
    if (fresh) name->second = locale_name(p.locale);
    out += i ? ",[" : "[";
    for (const std::string* s : {&p.title, &p.url}) json_string(out, *s), out += ',';
    out += is_web_url(p.url) ? "1," : "0,";
    const std::string& language = name->second;
    for (const std::string* s : {&p.locale, &language, &p.status, &p.file, &p.label, &p.pointer}) {
      json_string(out, *s);
      out += s == &p.pointer ? "]" : ",";
    }
  }
  out += "],\"findings\":[";
  for (std::size_t pi = 0; pi < t.posts.size(); ++pi) {
    for (std::size_t i = t.posts[pi].first; i < t.posts[pi].first + t.posts[pi].count; ++i) {
      const Finding& f = r.findings[i];
      auto rule = rule_index.find(f.rule);
      out += i ? ",[" : "[";
      out += std::to_string(pi) + "," + std::to_string(static_cast<int>(f.severity)) + "," +
             (rule == rule_index.end() ? std::string("-1") : std::to_string(rule->second)) + ",";
      json_string(out, f.message_id), out += ',';
      json_string(out, f.message);
      out += "," + std::to_string(f.start.line) + "," + std::to_string(f.start.column) + ",";
      json_string(out, field_of(f.loc)), out += ',';
      values_json(out, f);
      out += ",[";
      for (std::size_t k = 0; k < f.related.size(); ++k) {
        const Related& rel = f.related[k];
        out += k ? ",[" : "[";
        json_string(out, rel.message);
        out += "," + std::to_string(rel.start.line) + "," + std::to_string(rel.start.column) + ",";
        json_string(out, field_of(rel.loc));
        out += ']';
      }
      out += "]]";
    }
  }
  out += "]}";
  return out;
}

}  // namespace

void report_html(const Report& r, std::ostream& out, const ReportOptions&) {
  Tally t = tally(r.findings);
  std::string n = nonce();
  std::string headline = t.total() ? plural(t.total(), "problem") + " in " + plural(t.posts.size(), "post")
                                   : std::string("No problems");
  std::string page;
  page.reserve(1 << 16);
  page += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'nonce-" + n +
          "'; script-src 'nonce-" + n + "'; base-uri 'none'; form-action 'none'\">\n"
          "<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"seolint " +
          html_escape(SEOLINT_VERSION) + "\">\n<title>SEO review: " + headline + "</title>\n<style nonce=\"" + n + "\">" +
          "\n" + std::string(kReportCss) + "</style>\n</head>\n<body>\n<header class=\"page-head\"><div class=\"wrap\">"
          "<p class=\"kicker\">seolint · SEO review</p>\n<h1>" + headline + "</h1>\n<p class=\"lead\">";
  for (int s = 3; s >= 1; --s)
    page += std::string("<span class=\"pill sev-") + severity_name(static_cast<Severity>(s)) + "\">" + plural(t.severity[s], severity_name(static_cast<Severity>(s))) + "</span> ";
  page += "<span class=\"muted\">· read " + plural(r.run.posts, "post") + " in " + plural(r.run.files, "file");
  if (!r.errors.empty()) page += ", " + plural(r.errors.size(), "input") + " could not be read";
  page += "</span></p>\n<nav class=\"jump\"><a href=\"#summary\">Summary</a><a href=\"#posts\">Posts</a>"
          "<a href=\"#rules\">Rules</a></nav></div></header>\n<main class=\"wrap\">\n";
  run_section(page, r);
  summary_section(page, r, t);
  if (t.total()) {
    page += "<section id=\"posts\"><h2>Posts and their problems</h2>\n";
    filters(page, t);
    page += "<div class=\"list-bar\"><p id=\"status\" aria-live=\"polite\"></p><span class=\"list-actions\">"
            "<button type=\"button\" id=\"filter-reset\">Clear filters</button><button type=\"button\" id=\"expand-all\">Expand all</button><button type=\"button\" id=\"collapse-all\">"
            "Collapse all</button></span></div>\n<div id=\"post-list\"></div>\n<nav class=\"pager\" id=\"pager\" "
            "aria-label=\"Pages\"></nav>\n<noscript><p class=\"card\">The list of posts needs JavaScript. The summary "
            "above is complete without it.</p></noscript>\n</section>\n";
  }
  page += "<section id=\"rules\"><h2>The rules</h2>\n<p class=\"muted\">What each rule checks, why it matters and "
          "how to fix what it reports.</p>\n";
  for (const Rule* rule : r.run.rules) rule_article(page, *rule);
  page += "</section>\n</main>\n<footer class=\"wrap muted\">Made by seolint " + html_escape(SEOLINT_VERSION) +
          ". This page is self-contained: it works offline and loads nothing.</footer>\n";
  out << page;
  out << "<script type=\"application/json\" id=\"report-data\">";
  out << data_json(r, t);
  out << "</script>\n<script nonce=\"" << n << "\">\n" << kReportJs << "</script>\n</body>\n</html>\n";
}

}  // namespace seolint
