// Scenario fields, one reader per kind.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioReader.hpp"

#include "Vocabulary.hpp"

#include <algorithm>
#include <cmath>

namespace esprit {
namespace {

constexpr std::int64_t kLargestCount = 10'000'000'000;

PostScenario readPost(ObjectReader& reader, const MediaPathChecker& media) {
  reader.warnAboutUnknownFields({"id", "kind", "platform", "author", "time", "text", "image",
                                 "image_alt", "likes", "shares", "comments"});
  PostScenario post;
  post.platform = reader.text("platform", Need::optional);
  if (auto author = reader.group("author", Need::required)) {
    ObjectReader author_reader(*author, reader.pointerTo("author"), reader.label() + " (author)",
                               reader.sink(), reader.limits());
    author_reader.warnAboutUnknownFields({"name", "handle", "verified", "avatar"});
    post.author.name =
        author_reader.text("name", Need::required, "Add the name shown on the post.");
    post.author.handle = author_reader.text("handle", Need::optional);
    post.author.verified = author_reader.flag("verified", false);
    post.author.avatar = media.read(author_reader, "avatar", Need::optional);
  }
  post.time = reader.text("time", Need::optional);
  post.text = reader.text("text", Need::required, "Add the words of the post.");
  post.image = media.read(reader, "image", Need::optional);
  post.image_alt = reader.text("image_alt", post.image.empty() ? Need::optional : Need::recommended,
                               "Describe the picture for players who cannot see it.");
  post.likes = reader.integer("likes", Need::optional, 0, kLargestCount).value_or(0);
  post.shares = reader.integer("shares", Need::optional, 0, kLargestCount).value_or(0);
  post.comments = reader.integer("comments", Need::optional, 0, kLargestCount).value_or(0);
  return post;
}

ArticleScenario readArticle(ObjectReader& reader, const MediaPathChecker& media) {
  reader.warnAboutUnknownFields({"id", "kind", "outlet", "address", "headline", "lede", "date",
                                 "byline", "image", "image_alt"});
  ArticleScenario article;
  article.outlet = reader.text("outlet", Need::required, "Add the name of the news outlet.");
  article.address = reader.text("address", Need::optional);
  article.headline = reader.text("headline", Need::required, "Add the headline.");
  article.lede = reader.text("lede", Need::optional);
  article.date = reader.text("date", Need::optional);
  article.byline = reader.text("byline", Need::optional);
  article.image = media.read(reader, "image", Need::optional);
  article.image_alt =
      reader.text("image_alt", article.image.empty() ? Need::optional : Need::recommended,
                  "Describe the picture for players who cannot see it.");
  return article;
}

ChatScenario readChat(ObjectReader& reader) {
  reader.warnAboutUnknownFields({"id", "kind", "title", "messages"});
  ChatScenario chat;
  chat.title = reader.text("title", Need::optional);
  auto messages = reader.list("messages", Need::required, 1, reader.limits().max_messages,
                              "Add at least one message.");
  if (!messages) return chat;
  reader.forEachGroupItem(
      *messages, "messages", "message", "\"from\" and \"text\"",
      [&chat](ObjectReader& message_reader) {
        message_reader.warnAboutUnknownFields({"from", "text", "time", "self", "forwarded"});
        ChatMessage message;
        message.from = message_reader.text("from", Need::required, "Add who sent it.");
        message.text = message_reader.text("text", Need::required, "Add the message.");
        message.time = message_reader.text("time", Need::optional);
        message.self = message_reader.flag("self", false);
        message.forwarded = message_reader.flag("forwarded", false);
        chat.messages.push_back(std::move(message));
      });
  return chat;
}

void readChartSeries(ObjectReader& reader, ChartScenario& chart) {
  auto series = reader.list("series", Need::required, 1, reader.limits().max_chart_series,
                            "Add at least one series of values.");
  if (!series) return;
  reader.forEachGroupItem(
      *series, "series", "series", "\"name\" and \"values\"",
      [&reader, &chart](ObjectReader& series_reader) {
        const std::string& label = series_reader.label();
        series_reader.warnAboutUnknownFields({"name", "values", "axis"});
        ChartSeries line;
        line.name = series_reader.text("name", Need::optional);
        const auto axis = series_reader.text("axis", Need::optional);
        if (auto known = parseName(chartAxisNames(), axis)) {
          line.axis = *known;
        } else if (!axis.empty()) {
          series_reader.errorAt(
              "axis", label + ": \"axis\" is \"" + axis + "\"; use \"left\" or \"right\".");
        }
        if (auto values =
                series_reader.list("values", Need::required, 1, reader.limits().max_chart_labels)) {
          for (std::size_t position = 0; position < values->size(); ++position) {
            const auto number = values->at(position);
            if (!number.isNumber()) {
              series_reader.errorAtValue(
                  number, appendPointer(series_reader.pointerTo("values"), position),
                  label + ": value " + std::to_string(position + 1) + " must be a number, not " +
                      std::string(describeKind(number.kind())) + ".");
              continue;
            }
            line.values.push_back(number.asNumber());
          }
          if (!chart.labels.empty() && values->size() != chart.labels.size()) {
            series_reader.errorAt("values", label + " has " + std::to_string(values->size()) +
                                                " values but the chart has " +
                                                std::to_string(chart.labels.size()) +
                                                " labels. Give one value per label.");
          }
        }
        chart.series.push_back(std::move(line));
      });
}

void readChartMisleading(ObjectReader& reader, ChartScenario& chart) {
  auto misleading = reader.group("misleading", Need::optional);
  if (!misleading) return;
  ObjectReader options(*misleading, reader.pointerTo("misleading"),
                       reader.label() + " (misleading)", reader.sink(), reader.limits());
  options.warnAboutUnknownFields({"axis_from", "range", "dual_axis", "area_scaling"});
  chart.misleading.axis_from = options.number("axis_from", Need::optional);
  if (auto range = options.list("range", Need::optional, 2, 2)) {
    const auto first = range->at(0), last = range->at(1);
    if (!first.isInteger() || !last.isInteger()) {
      options.errorAt("range",
                      options.label() + ": \"range\" must be two label positions, such as [2, 5].");
    } else if (first.asInteger() < 0 || last.asInteger() <= first.asInteger() ||
               static_cast<std::size_t>(last.asInteger()) >= chart.labels.size()) {
      options.errorAt("range",
                      options.label() + ": \"range\" [" + std::to_string(first.asInteger()) + ", " +
                          std::to_string(last.asInteger()) + "] must count labels from 0 to " +
                          std::to_string(chart.labels.empty() ? 0 : chart.labels.size() - 1) +
                          ", first before last.");
    } else {
      chart.misleading.range = std::pair{static_cast<std::size_t>(first.asInteger()),
                                         static_cast<std::size_t>(last.asInteger())};
    }
  }
  chart.misleading.dual_axis = options.flag("dual_axis", false);
  chart.misleading.area_scaling = options.flag("area_scaling", false);

  const bool has_right_series =
      std::any_of(chart.series.begin(), chart.series.end(),
                  [](const ChartSeries& series) { return series.axis == ChartAxis::right; });
  if (chart.misleading.dual_axis && !has_right_series) {
    options.errorAt("dual_axis",
                    options.label() + ": \"dual_axis\" needs a series with \"axis\": \"right\".");
  }
  if (chart.misleading.area_scaling && chart.chart != ChartKind::bar) {
    options.errorAt("area_scaling",
                    options.label() + ": \"area_scaling\" works only on bar charts.");
  }
  if (chart.misleading.axis_from) {
    double smallest = INFINITY;
    for (const auto& series : chart.series) {
      for (double value : series.values) smallest = std::min(smallest, value);
    }
    if (*chart.misleading.axis_from > smallest) {
      options.errorAt("axis_from",
                      options.label() +
                          ": \"axis_from\" is above the smallest value of the "
                          "chart, so some bars would disappear. Start the axis at or below it.");
    }
  }
}

ChartScenario readChart(ObjectReader& reader) {
  reader.warnAboutUnknownFields({"id", "kind", "chart", "title", "labels", "series", "unit",
                                 "value_label", "source", "misleading"});
  ChartScenario chart;
  const auto kind =
      reader.text("chart", Need::required, "Add \"chart\": \"bar\" or \"chart\": \"line\".");
  if (auto known = parseName(chartKindNames(), kind)) {
    chart.chart = *known;
  } else if (!kind.empty()) {
    reader.errorAt("chart",
                   reader.label() + ": \"chart\" is \"" + kind + "\"; use \"bar\" or \"line\".");
  }
  chart.title = reader.text("title", Need::required, "Add a title above the chart.");
  chart.labels = reader.textList("labels", Need::required, reader.limits().max_chart_labels);
  readChartSeries(reader, chart);
  chart.unit = reader.text("unit", Need::optional);
  chart.value_label = reader.text("value_label", Need::optional);
  chart.source = reader.text("source", Need::optional);
  readChartMisleading(reader, chart);
  return chart;
}

ImageScenario readImage(ObjectReader& reader, const MediaPathChecker& media) {
  reader.warnAboutUnknownFields({"id", "kind", "file", "alt", "caption", "credit"});
  ImageScenario image;
  image.file = media.read(reader, "file", Need::required);
  image.alt = reader.text("alt", Need::required,
                          "Describe the picture in one sentence for players who cannot see it.");
  image.caption = reader.text("caption", Need::optional);
  image.credit = reader.text("credit", Need::optional);
  return image;
}

QuoteScenario readQuote(ObjectReader& reader, const MediaPathChecker& media) {
  reader.warnAboutUnknownFields(
      {"id", "kind", "text", "speaker", "role", "context", "date", "image"});
  QuoteScenario quote;
  quote.text = reader.text("text", Need::required, "Add the words quoted.");
  quote.speaker = reader.text("speaker", Need::required, "Add who is said to have said it.");
  quote.role = reader.text("role", Need::optional);
  quote.context = reader.text("context", Need::optional);
  quote.date = reader.text("date", Need::optional);
  quote.image = media.read(reader, "image", Need::optional);
  return quote;
}

}  // namespace

std::optional<ScenarioContent> readScenarioContent(ObjectReader& reader,
                                                   const MediaPathChecker& media) {
  const std::string known = listNames(scenarioKindNames());
  const auto kind = reader.text("kind", Need::required, "Add \"kind\": " + known + ".");
  if (const auto found = parseName(scenarioKindNames(), kind)) {
    switch (*found) {
      case ScenarioKind::post:
        return readPost(reader, media);
      case ScenarioKind::article:
        return readArticle(reader, media);
      case ScenarioKind::chat:
        return readChat(reader);
      case ScenarioKind::chart:
        return readChart(reader);
      case ScenarioKind::image:
        return readImage(reader, media);
      case ScenarioKind::quote:
        return readQuote(reader, media);
    }
  }
  reader.reportRepeatedFields();
  if (!kind.empty()) {
    std::vector<std::string_view> kinds;
    for (const auto& entry : scenarioKindNames()) kinds.push_back(entry.name);
    std::string message =
        reader.label() + ": \"kind\" is \"" + kind + "\", which Esprit does not know.";
    if (auto suggestion = closestMatch(kind, kinds); !suggestion.empty()) {
      message += " Did you mean \"" + std::string(suggestion) + "\"?";
    }
    reader.errorAt("kind", message + " Use " + known + ".");
  }
  return std::nullopt;
}

std::vector<std::string> hotspotPartsOf(const ScenarioContent& content) {
  struct PartLister {
    std::vector<std::string> operator()(const PostScenario&) const {
      return {"avatar", "name", "handle", "verified", "time", "text", "image", "counts"};
    }
    std::vector<std::string> operator()(const ArticleScenario&) const {
      return {"outlet", "address", "headline", "lede", "date", "byline", "image"};
    }
    std::vector<std::string> operator()(const ChatScenario& chat) const {
      std::vector<std::string> parts{"title"};
      for (std::size_t index = 1; index <= chat.messages.size(); ++index) {
        parts.push_back("message:" + std::to_string(index));
      }
      return parts;
    }
    std::vector<std::string> operator()(const ChartScenario& chart) const {
      return {"title", "axis", chart.chart == ChartKind::bar ? "bars" : "line", "source"};
    }
    std::vector<std::string> operator()(const ImageScenario&) const { return {}; }
    std::vector<std::string> operator()(const QuoteScenario&) const {
      return {"text", "speaker", "context"};
    }
  };
  return std::visit(PartLister{}, content);
}

}  // namespace esprit
