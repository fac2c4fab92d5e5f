// One plain-text rendering per scenario kind.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/ScenarioText.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace esprit::classroom {
namespace {

void line(std::ostringstream& out, const std::string& text) {
  if (!text.empty()) out << text << '\n';
}

std::string number(double value) {
  std::ostringstream out;
  if (std::abs(value - std::round(value)) < 1e-9) {
    out << static_cast<long long>(std::llround(value));
  } else {
    out << value;
  }
  return out.str();
}

struct Teller {
  std::ostringstream& out;

  void operator()(const PostScenario& post) const {
    std::string who = post.author.name;
    if (!post.author.handle.empty()) who += " (" + post.author.handle + ")";
    if (post.author.verified) who += " ✓";
    if (!post.platform.empty()) who = post.platform + " · " + who;
    if (!post.time.empty()) who += " · " + post.time;
    line(out, who);
    line(out, post.text);
    if (!post.image_alt.empty()) line(out, "[" + post.image_alt + "]");
    out << "♥ " << post.likes << "  ⇄ " << post.shares << "  💬 " << post.comments << '\n';
  }
  void operator()(const ArticleScenario& article) const {
    line(out, article.address);
    line(out, article.outlet);
    line(out, article.headline);
    line(out, article.lede);
    std::string by = article.byline;
    if (!article.date.empty()) by += (by.empty() ? "" : " · ") + article.date;
    line(out, by);
    if (!article.image_alt.empty()) line(out, "[" + article.image_alt + "]");
  }
  void operator()(const ChatScenario& chat) const {
    line(out, chat.title);
    for (const auto& message : chat.messages) {
      std::string head = message.from;
      if (message.forwarded) head += " (forwarded)";
      if (!message.time.empty()) head += " " + message.time;
      out << head << ": " << message.text << '\n';
    }
  }
  void operator()(const ChartScenario& chart) const {
    line(out, chart.title);
    for (const auto& series : chart.series) {
      std::string values;
      // Only what the drawn chart shows: a cherry-picked range stays picked.
      std::size_t first = 0, last = series.values.empty() ? 0 : series.values.size() - 1;
      if (chart.misleading.range) {
        first = chart.misleading.range->first;
        last = std::min(last, chart.misleading.range->second);
      }
      for (std::size_t index = first; index <= last && index < series.values.size(); ++index) {
        const std::string label = index < chart.labels.size() ? chart.labels[index] : "";
        values += (values.empty() ? "" : ", ") + label + ": " + number(series.values[index]) +
                  (chart.unit.empty() ? "" : " " + chart.unit);
      }
      out << (series.name.empty() ? "" : series.name + " — ") << values << '\n';
    }
    if (!chart.source.empty()) line(out, chart.source);
  }
  void operator()(const ImageScenario& image) const {
    line(out, "[" + image.alt + "]");
    line(out, image.caption);
    line(out, image.credit);
  }
  void operator()(const QuoteScenario& quote) const {
    line(out, "“" + quote.text + "”");
    std::string who = quote.speaker;
    if (!quote.role.empty()) who += ", " + quote.role;
    line(out, who);
    std::string when = quote.context;
    if (!quote.date.empty()) when += (when.empty() ? "" : " · ") + quote.date;
    line(out, when);
  }
};

}  // namespace

std::string scenarioText(const Scenario& scenario) {
  std::ostringstream out;
  std::visit(Teller{out}, scenario.content);
  std::string text = out.str();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace esprit::classroom
