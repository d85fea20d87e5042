// html: the rules' docs (docs/rules/<id>.md) as the page's appendix, from the small markdown subset they use,
// every piece of text escaped.
#include <algorithm>

#include "report/html.hpp"
#include "seolint/registry.hpp"

namespace seolint::html {

namespace {

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
          out += std::string(head                    ? "<th>"
                             : c + 1 == cells.size() ? "<td class=\"cell-text\">"
                                                     : "<td>") +
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

}  // namespace

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
    if (example && !examples_open)
      out += "<details class=\"examples\"><summary>Examples</summary>\n", examples_open = true;
    if (!example && examples_open) out += "</details>\n", examples_open = false;
    if (!title.empty())
      out += std::string(example ? "<h5>" : "<h4>") + inline_md(title) + (example ? "</h5>\n" : "</h4>\n");
    if (title == "Why it matters") out += blocks_md(body, "why-" + id);
    else if (title == "Messages") out += blocks_md(body, "", "fix-" + id + "--");
    else out += blocks_md(body);
  }
  if (examples_open) out += "</details>\n";
  out += "</article>\n";
}

}  // namespace seolint::html
