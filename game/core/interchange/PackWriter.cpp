// Pack -> pack.json. nlohmann's ordered_json keeps keys in insertion order, so
// the order below is the order a teacher reads in docs/pack-format.md.
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

Json writePost(const PostScenario& post) {
  Json json;
  json["platform"] = post.platform;
  Json author;
  author["name"] = post.author.name;
  author["handle"] = post.author.handle;
  author["verified"] = post.author.verified;
  author["avatar"] = post.author.avatar;
  json["author"] = std::move(author);
  json["time"] = post.time;
  json["text"] = post.text;
  json["image"] = post.image;
  json["image_alt"] = post.image_alt;
  json["likes"] = post.likes;
  json["shares"] = post.shares;
  json["comments"] = post.comments;
  return json;
}

Json writeArticle(const ArticleScenario& article) {
  Json json;
  json["outlet"] = article.outlet;
  json["address"] = article.address;
  json["headline"] = article.headline;
  json["lede"] = article.lede;
  json["date"] = article.date;
  json["byline"] = article.byline;
  json["image"] = article.image;
  json["image_alt"] = article.image_alt;
  return json;
}

Json writeChat(const ChatScenario& chat) {
  Json json;
  json["title"] = chat.title;
  Json messages = Json::array();
  for (const ChatMessage& message : chat.messages) {
    Json entry;
    entry["from"] = message.from;
    entry["text"] = message.text;
    entry["time"] = message.time;
    if (message.self) entry["self"] = true;
    if (message.forwarded) entry["forwarded"] = true;
    messages.push_back(std::move(entry));
  }
  json["messages"] = std::move(messages);
  return json;
}

Json writeChart(const ChartScenario& chart) {
  Json json;
  json["chart"] = nameOf(chart.chart);
  json["title"] = chart.title;
  json["labels"] = chart.labels;
  Json series_list = Json::array();
  for (const ChartSeries& series : chart.series) {
    Json entry;
    entry["name"] = series.name;
    Json values = Json::array();
    for (const double value : series.values) values.push_back(writeNumber(value));
    entry["values"] = std::move(values);
    if (series.axis == ChartAxis::right) entry["axis"] = nameOf(series.axis);
    series_list.push_back(std::move(entry));
  }
  json["series"] = std::move(series_list);
  json["unit"] = chart.unit;
  json["value_label"] = chart.value_label;
  json["source"] = chart.source;
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
  Json json;
  json["file"] = image.file;
  json["alt"] = image.alt;
  json["caption"] = image.caption;
  json["credit"] = image.credit;
  return json;
}

Json writeQuote(const QuoteScenario& quote) {
  Json json;
  json["text"] = quote.text;
  json["speaker"] = quote.speaker;
  json["role"] = quote.role;
  json["context"] = quote.context;
  json["date"] = quote.date;
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
    case QuestionType::hotspot: {
      Json regions = Json::array();
      for (const HotspotRegion& region : question.regions) regions.push_back(writeRegion(region));
      json["regions"] = std::move(regions);
      json["answer"] = question.correct_regions;
      break;
    }
  }
  putText(json, "explanation", question.explanation);
  putList(json, "techniques", question.techniques);
  if (question.difficulty != Difficulty::medium)
    json["difficulty"] = nameOf(question.difficulty);
  if (!question.sources.empty()) {
    Json sources = Json::array();
    for (const Source& source : question.sources) sources.push_back(writeSource(source));
    json["sources"] = std::move(sources);
  }
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
  if (!pack.scenarios.empty()) {
    Json scenarios = Json::array();
    for (const Scenario& scenario : pack.scenarios) scenarios.push_back(writeScenario(scenario));
    json["scenarios"] = std::move(scenarios);
  }
  Json questions = Json::array();
  for (const Question& question : pack.questions) questions.push_back(writeQuestion(question));
  json["questions"] = std::move(questions);
  // Text that is not UTF-8 cannot reach here through the loader or the
  // importers; `replace` keeps a bad byte from ever throwing mid-save.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

Status savePack(const Pack& pack, const std::filesystem::path& folder) {
  return writeFileAtomicallyCreatingFolder(folder / "pack.json", writePackText(pack));
}

}  // namespace esprit::interchange
