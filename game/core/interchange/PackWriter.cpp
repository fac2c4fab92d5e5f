// Pack -> pack.json. nlohmann's ordered_json keeps keys in insertion order, so
// the order below is the order a teacher reads in docs/pack-format.md.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/PackWriter.hpp"

#include "core/AtomicFile.hpp"
#include "core/Vocabulary.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <system_error>

namespace esprit::interchange {
namespace {

using Json = nlohmann::ordered_json;

// Whole numbers are written without ".0" so charts read as the teacher typed them.
Json writeNumber(double value) {
  constexpr double kLargestExactInteger = 9007199254740992.0;  // 2^53
  if (std::isfinite(value) && std::trunc(value) == value &&
      std::fabs(value) < kLargestExactInteger) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

// Region coordinates are floats; printing them as doubles would show
// 0.550000011920929. The shortest float text, read back as a double, keeps 0.55.
Json writeFraction(float value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  double as_double = value;
  std::from_chars(buffer, result.ptr, as_double);
  return writeNumber(as_double);
}

void putText(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

void putList(Json& object, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) object[key] = values;
}

template <class Item, class Write>
Json writeList(const std::vector<Item>& items, Write write) {
  Json list = Json::array();
  for (const Item& item : items) list.push_back(write(item));
  return list;
}

Json writePost(const PostScenario& post) {
  const PostAuthor& author = post.author;
  return {{"platform", post.platform},
          {"author",
           {{"name", author.name},
            {"handle", author.handle},
            {"verified", author.verified},
            {"avatar", author.avatar}}},
          {"time", post.time},
          {"text", post.text},
          {"image", post.image},
          {"image_alt", post.image_alt},
          {"likes", post.likes},
          {"shares", post.shares},
          {"comments", post.comments}};
}

Json writeArticle(const ArticleScenario& article) {
  return {{"outlet", article.outlet},     {"address", article.address},
          {"headline", article.headline}, {"lede", article.lede},
          {"date", article.date},         {"byline", article.byline},
          {"image", article.image},       {"image_alt", article.image_alt}};
}

Json writeMessage(const ChatMessage& message) {
  Json json = {{"from", message.from}, {"text", message.text}, {"time", message.time}};
  if (message.self) json["self"] = true;
  if (message.forwarded) json["forwarded"] = true;
  return json;
}

Json writeChat(const ChatScenario& chat) {
  return {{"title", chat.title}, {"messages", writeList(chat.messages, writeMessage)}};
}

Json writeSeries(const ChartSeries& series) {
  Json json = {{"name", series.name}, {"values", writeList(series.values, writeNumber)}};
  if (series.axis == ChartAxis::right) json["axis"] = nameOf(series.axis);
  return json;
}

Json writeChart(const ChartScenario& chart) {
  Json json = {{"chart", nameOf(chart.chart)}, {"title", chart.title},
               {"labels", chart.labels},       {"series", writeList(chart.series, writeSeries)},
               {"unit", chart.unit},           {"value_label", chart.value_label},
               {"source", chart.source}};
  Json misleading = Json::object();
  if (chart.misleading.axis_from)
    misleading["axis_from"] = writeNumber(*chart.misleading.axis_from);
  if (chart.misleading.range) {
    misleading["range"] = {chart.misleading.range->first, chart.misleading.range->second};
  }
  if (chart.misleading.dual_axis) misleading["dual_axis"] = true;
  if (chart.misleading.area_scaling) misleading["area_scaling"] = true;
  if (!misleading.empty()) json["misleading"] = std::move(misleading);
  return json;
}

Json writeImage(const ImageScenario& image) {
  return {{"file", image.file},
          {"alt", image.alt},
          {"caption", image.caption},
          {"credit", image.credit}};
}

Json writeQuote(const QuoteScenario& quote) {
  Json json = {{"text", quote.text},
               {"speaker", quote.speaker},
               {"role", quote.role},
               {"context", quote.context},
               {"date", quote.date}};
  putText(json, "image", quote.image);
  return json;
}

struct ScenarioWriter {
  Json operator()(const PostScenario& post) const { return writePost(post); }
  Json operator()(const ArticleScenario& article) const { return writeArticle(article); }
  Json operator()(const ChatScenario& chat) const { return writeChat(chat); }
  Json operator()(const ChartScenario& chart) const { return writeChart(chart); }
  Json operator()(const ImageScenario& image) const { return writeImage(image); }
  Json operator()(const QuoteScenario& quote) const { return writeQuote(quote); }
};

Json writeScenario(const Scenario& scenario) {
  Json json;
  json["id"] = scenario.id;
  json["kind"] = nameOf(scenarioKindOf(scenario.content));
  Json fields = std::visit(ScenarioWriter{}, scenario.content);
  for (auto& [key, value] : fields.items()) json[key] = std::move(value);
  return json;
}

Json writeRegion(const HotspotRegion& region) {
  Json json;
  json["id"] = region.id;
  if (region.isRectangle()) {
    json["x"] = writeFraction(region.x);
    json["y"] = writeFraction(region.y);
    json["width"] = writeFraction(region.width);
    json["height"] = writeFraction(region.height);
  } else {
    json["part"] = region.part;
  }
  putText(json, "label", region.label);
  return json;
}

Json writeSource(const Source& source) {
  Json json;
  json["title"] = source.title;
  putText(json, "publisher", source.publisher);
  if (source.year != 0) json["year"] = source.year;
  putText(json, "url", source.url);
  return json;
}

Json writeQuestion(const Question& question) {
  Json json;
  json["id"] = question.id;
  json["type"] = nameOf(question.type);
  putText(json, "scenario", question.scenario_id);
  json["prompt"] = question.prompt;
  switch (question.type) {
    case QuestionType::single_choice:
      json["options"] = question.options;
      json["answer"] = question.correct_option + 1;
      break;
    case QuestionType::multiple_choice: {
      json["options"] = question.options;
      Json answer = Json::array();
      for (const std::size_t option : question.correct_options) answer.push_back(option + 1);
      json["answer"] = std::move(answer);
      break;
    }
    case QuestionType::true_false:
      json["answer"] = question.is_real;
      json["wording"] = nameOf(question.wording);
      if (question.asks_confidence) json["confidence"] = true;
      break;
    case QuestionType::ordering:
      json["options"] = question.options;
      break;
    case QuestionType::hotspot:
      json["regions"] = writeList(question.regions, writeRegion);
      json["answer"] = question.correct_regions;
      break;
  }
  putText(json, "explanation", question.explanation);
  putList(json, "techniques", question.techniques);
  if (question.difficulty != Difficulty::medium) json["difficulty"] = nameOf(question.difficulty);
  if (!question.sources.empty()) json["sources"] = writeList(question.sources, writeSource);
  putText(json, "form", question.form);
  return json;
}

}  // namespace

std::string writePackText(const Pack& pack) {
  const PackMetadata& metadata = pack.metadata;
  Json json;
  json["esprit_pack"] = kPackFormatVersion;
  json["id"] = metadata.id;
  json["version"] = metadata.version;
  json["title"] = metadata.title;
  json["language"] = metadata.language;
  putText(json, "description", metadata.description);
  putList(json, "authors", metadata.authors);
  putText(json, "licence", metadata.licence);
  if (metadata.min_age != 0) json["min_age"] = metadata.min_age;
  if (metadata.max_age != 0) json["max_age"] = metadata.max_age;
  if (!pack.scenarios.empty()) json["scenarios"] = writeList(pack.scenarios, writeScenario);
  json["questions"] = writeList(pack.questions, writeQuestion);
  // Text that is not UTF-8 cannot reach here through the loader or the
  // importers; `replace` keeps a bad byte from ever throwing mid-save.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

Status savePack(const Pack& pack, const std::filesystem::path& folder) {
  return writeFileAtomicallyCreatingFolder(folder / "pack.json", writePackText(pack));
}

}  // namespace esprit::interchange
