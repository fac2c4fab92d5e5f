// Building read-aloud text from scenarios and questions.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpokenText.hpp"

#include "Vocabulary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <type_traits>

namespace esprit {
namespace {

// Adds a sentence, with a space between sentences; empty parts add nothing.
void addSentence(std::string& text, const std::string& sentence) {
  if (sentence.empty()) return;
  if (!text.empty()) text += ' ';
  text += sentence;
}

// Ends a pack's own text with a full stop when it has no closing mark, so
// the voice pauses before the next part.
std::string closed(std::string_view text) {
  std::string result(text);
  while (!result.empty() && (result.back() == ' ' || result.back() == '\n')) result.pop_back();
  if (result.empty()) return result;
  const char last = result.back();
  const bool has_mark = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' ||
                        result.ends_with("…") || result.ends_with("»") || result.ends_with("”") ||
                        last == '"' || last == ')';
  if (!has_mark) result += '.';
  return result;
}

std::string say(const Translations& words, std::string_view key,
                const std::vector<TextArgument>& arguments = {}) {
  return words.format(key, arguments);
}

std::string spokenPost(const PostScenario& post, const Translations& words) {
  std::string text =
      say(words, "speech.post", {{"platform", post.platform}, {"name", post.author.name}});
  if (!post.author.handle.empty())
    addSentence(text, say(words, "speech.handle", {{"handle", post.author.handle}}));
  if (post.author.verified) addSentence(text, say(words, "speech.verified"));
  if (!post.time.empty()) addSentence(text, say(words, "speech.posted", {{"time", post.time}}));
  addSentence(text, closed(post.text));
  if (!post.image.empty()) {
    addSentence(text, post.image_alt.empty() ? say(words, "speech.picture_undescribed")
                                             : say(words, "speech.picture",
                                                   {{"description", closed(post.image_alt)}}));
  }
  addSentence(text, say(words, "speech.reactions",
                        {{"likes", std::to_string(post.likes)},
                         {"shares", std::to_string(post.shares)},
                         {"comments", std::to_string(post.comments)}}));
  return text;
}

std::string spokenArticle(const ArticleScenario& article, const Translations& words) {
  std::string text = say(words, "speech.article", {{"outlet", article.outlet}});
  if (!article.address.empty())
    addSentence(text, say(words, "speech.address", {{"address", article.address}}));
  addSentence(text, say(words, "speech.headline", {{"headline", closed(article.headline)}}));
  addSentence(text, closed(article.lede));
  if (!article.byline.empty())
    addSentence(text, say(words, "speech.byline", {{"byline", article.byline}}));
  if (!article.date.empty())
    addSentence(text, say(words, "speech.dated", {{"date", article.date}}));
  if (!article.image.empty()) {
    addSentence(text,
                article.image_alt.empty()
                    ? say(words, "speech.picture_undescribed")
                    : say(words, "speech.picture", {{"description", closed(article.image_alt)}}));
  }
  return text;
}

std::string spokenChat(const ChatScenario& chat, const Translations& words) {
  std::string text = say(words, "speech.chat", {{"title", chat.title}});
  for (const auto& message : chat.messages) {
    if (message.forwarded) addSentence(text, say(words, "speech.forwarded"));
    const std::string who = message.self ? say(words, "speech.you") : message.from;
    addSentence(text, say(words, message.time.empty() ? "speech.message" : "speech.message_at",
                          {{"from", who}, {"time", message.time}, {"text", closed(message.text)}}));
  }
  return text;
}

std::string spokenChart(const ChartScenario& chart, const Translations& words) {
  const std::string& language = words.language();
  std::string text =
      say(words, chart.chart == ChartKind::line ? "speech.chart_line" : "speech.chart_bar",
          {{"title", closed(chart.title)}});
  if (!chart.value_label.empty())
    addSentence(text, say(words, "speech.chart_measure", {{"measure", closed(chart.value_label)}}));
  if (chart.misleading.axis_from) {
    addSentence(text, say(words, "speech.chart_axis_from",
                          {{"value", spokenNumber(*chart.misleading.axis_from, language)}}));
  }
  // Only the labels the chart shows, as a sighted player sees it.
  std::size_t first = 0;
  std::size_t last = chart.labels.empty() ? 0 : chart.labels.size() - 1;
  if (chart.misleading.range) {
    first = std::min(chart.misleading.range->first, last);
    last = std::min(chart.misleading.range->second, last);
  }
  for (const auto& series : chart.series) {
    std::string values;
    for (std::size_t index = first; index <= last && index < series.values.size(); ++index) {
      if (!values.empty()) values += "; ";
      if (index < chart.labels.size()) values += chart.labels[index] + ": ";
      values += spokenNumber(series.values[index], language);
      if (!chart.unit.empty()) values += " " + chart.unit;
    }
    const bool right_axis = chart.misleading.dual_axis && series.axis == ChartAxis::right;
    addSentence(text, say(words, right_axis ? "speech.chart_series_right" : "speech.chart_series",
                          {{"series", series.name}, {"values", values}}));
  }
  if (chart.misleading.area_scaling) addSentence(text, say(words, "speech.chart_area"));
  if (!chart.source.empty())
    addSentence(text, say(words, "speech.chart_source", {{"source", closed(chart.source)}}));
  return text;
}

std::string spokenImage(const ImageScenario& image, const Translations& words) {
  std::string text = image.alt.empty()
                         ? say(words, "speech.picture_undescribed")
                         : say(words, "speech.picture", {{"description", closed(image.alt)}});
  if (!image.caption.empty())
    addSentence(text, say(words, "speech.caption", {{"caption", closed(image.caption)}}));
  if (!image.credit.empty())
    addSentence(text, say(words, "speech.credit", {{"credit", closed(image.credit)}}));
  return text;
}

std::string spokenQuote(const QuoteScenario& quote, const Translations& words) {
  std::string text = say(words, "speech.quote", {{"text", closed(quote.text)}});
  std::string who = quote.speaker;
  if (!quote.role.empty()) who += (who.empty() ? "" : ", ") + quote.role;
  if (!who.empty()) addSentence(text, say(words, "speech.quote_by", {{"speaker", who}}));
  addSentence(text, closed(quote.context));
  if (!quote.date.empty()) addSentence(text, say(words, "speech.dated", {{"date", quote.date}}));
  return text;
}

std::string binaryOption(const Translations& words, BinaryWording wording, bool real) {
  return words.text(binaryAnswerKey(wording, real));
}

std::string numbered(const Translations& words, std::size_t number, std::string_view text) {
  return say(words, "speech.option", {{"number", std::to_string(number)}, {"text", closed(text)}});
}

// The options in the order the player sees them, numbered as they are shown.
void addShownOptions(std::string& text, const Question& question,
                     const std::vector<std::size_t>& shown_order, const Translations& words) {
  for (std::size_t shown = 0; shown < shown_order.size(); ++shown) {
    const std::size_t option = shown_order[shown];
    if (option < question.options.size())
      addSentence(text, numbered(words, shown + 1, question.options[option]));
  }
}

}  // namespace

std::string spokenNumber(double value, std::string_view language) {
  char buffer[64];
  // At most two decimals, without trailing zeros: 12.50 → 12.5, 3.00 → 3.
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  const std::string base(language.substr(0, language.find_first_of("-_")));
  if (base == "fr" || base == "nl" || base == "de")
    std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string spokenScenario(const Scenario& scenario, const Translations& words) {
  return std::visit(
      [&words](const auto& content) -> std::string {
        using Content = std::decay_t<decltype(content)>;
        if constexpr (std::is_same_v<Content, PostScenario>) return spokenPost(content, words);
        if constexpr (std::is_same_v<Content, ArticleScenario>)
          return spokenArticle(content, words);
        if constexpr (std::is_same_v<Content, ChatScenario>) return spokenChat(content, words);
        if constexpr (std::is_same_v<Content, ChartScenario>) return spokenChart(content, words);
        if constexpr (std::is_same_v<Content, ImageScenario>) return spokenImage(content, words);
        if constexpr (std::is_same_v<Content, QuoteScenario>) return spokenQuote(content, words);
        return {};
      },
      scenario.content);
}

std::string spokenQuestion(const Question& question, const Scenario* scenario,
                           const SpokenQuestionParts& parts, const Translations& words) {
  std::string text =
      say(words, "speech.question",
          {{"number", std::to_string(parts.number)}, {"total", std::to_string(parts.total)}});
  addSentence(text, closed(question.prompt));
  if (scenario != nullptr) addSentence(text, spokenScenario(*scenario, words));
  switch (question.type) {
    case QuestionType::true_false:
      addSentence(text, say(words, "speech.choose_one"));
      addSentence(text, numbered(words, 1, binaryOption(words, question.wording, true)));
      addSentence(text, numbered(words, 2, binaryOption(words, question.wording, false)));
      if (parts.asks_confidence) addSentence(text, say(words, "speech.how_sure"));
      break;
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
      addSentence(
          text, say(words, question.type == QuestionType::single_choice ? "speech.choose_one"
                                                                        : "speech.choose_several"));
      addShownOptions(text, question, parts.shown_order, words);
      break;
    case QuestionType::ordering:
      addSentence(text, say(words, "speech.put_in_order"));
      addShownOptions(text, question, parts.shown_order, words);
      break;
    case QuestionType::hotspot:
      addSentence(text, say(words, "speech.choose_part"));
      for (std::size_t index = 0; index < question.regions.size(); ++index) {
        const auto& region = question.regions[index];
        const std::string& label = !region.label.empty()  ? region.label
                                   : !region.part.empty() ? region.part
                                                          : region.id;
        addSentence(text, numbered(words, index + 1, label));
      }
      break;
  }
  return text;
}

}  // namespace esprit
