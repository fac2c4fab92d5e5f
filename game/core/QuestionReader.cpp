// Question fields and answers, by type.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionReader.hpp"

#include "ScenarioReader.hpp"
#include "Vocabulary.hpp"

#include <algorithm>
#include <set>

namespace esprit {
namespace {

std::optional<QuestionType> readType(ObjectReader& reader) {
  const std::string known = listNames(questionTypeNames());
  const auto type = reader.text("type", Need::required, "Add \"type\": " + known + ".");
  if (type.empty()) return std::nullopt;
  if (auto found = parseName(questionTypeNames(), type)) return found;
  std::string message =
      reader.label() + ": \"type\" is \"" + type + "\", which Esprit does not know.";
  std::vector<std::string_view> names;
  for (const auto& entry : questionTypeNames()) names.push_back(entry.name);
  auto suggestion = closestMatch(type, names);
  // Names other quiz tools use for the same types.
  static const std::pair<std::string_view, std::string_view> kOtherToolsNames[] = {
      {"multiple_choice", "single"},
      {"multiple-choice", "single"},
      {"multichoice", "single"},
      {"single_choice", "single"},
      {"choice", "single"},
      {"truefalse", "true_false"},
      {"true-false", "true_false"},
      {"boolean", "true_false"},
      {"multiple_answer", "multiple"},
      {"multiple_answers", "multiple"},
      {"checkbox", "multiple"},
      {"order", "ordering"},
      {"sort", "ordering"},
      {"sequence", "ordering"},
      {"hot_spot", "hotspot"}};
  for (const auto& [other, ours] : kOtherToolsNames) {
    if (type == other) suggestion = ours;
  }
  // "Multiple choice" means one right option in some tools and several in
  // others: the answer tells which of ours fits.
  if (auto answer = reader.field("answer"); suggestion == "single" && answer && answer->isArray()) {
    suggestion = "multiple";
  }
  if (!suggestion.empty()) {
    message += " Did you mean \"" + std::string(suggestion) + "\"?";
  }
  reader.errorAt("type", message + " Use " + known + ".");
  return std::nullopt;
}

std::string optionCount(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " option" : " options");
}

// A 1-based option number from the pack, as a 0-based index.
std::optional<std::size_t> readOptionNumber(ObjectReader& reader, JsonValue value,
                                            const std::string& pointer, std::size_t option_count) {
  if (!value.isInteger()) {
    reader.errorAtValue(value, pointer,
                        reader.label() + ": the answer must be an option number such as 2, not " +
                            std::string(describeKind(value.kind())) + ".");
    return std::nullopt;
  }
  const auto number = value.asInteger();
  if (number < 1 || static_cast<std::size_t>(number) > option_count) {
    reader.errorAtValue(value, pointer,
                        reader.label() + ": correct answer " + std::to_string(number) +
                            " does not exist; this question has " + optionCount(option_count) +
                            ". Options count from 1.");
    return std::nullopt;
  }
  return static_cast<std::size_t>(number - 1);
}

void readSingleAnswer(ObjectReader& reader, Question& question) {
  auto answer =
      reader.required("answer", "Add the number of the right option, such as \"answer\": 2.");
  if (!answer) return;
  if (auto index =
          readOptionNumber(reader, *answer, reader.pointerTo("answer"), question.options.size())) {
    question.correct_option = *index;
  }
}

void readMultipleAnswer(ObjectReader& reader, Question& question) {
  auto answer = reader.list("answer", Need::required, 1, question.options.size() + 1,
                            "Add the numbers of the right options, such as \"answer\": [1, 3].");
  if (!answer) return;
  std::set<std::size_t> picked;
  for (std::size_t position = 0; position < answer->size(); ++position) {
    const auto pointer = appendPointer(reader.pointerTo("answer"), position);
    auto index = readOptionNumber(reader, answer->at(position), pointer, question.options.size());
    if (!index) continue;
    if (!picked.insert(*index).second) {
      reader.errorAtValue(answer->at(position), pointer,
                          reader.label() + ": option " + std::to_string(*index + 1) +
                              " is listed twice in \"answer\".");
    }
  }
  question.correct_options.assign(picked.begin(), picked.end());
}

void readBinaryAnswer(ObjectReader& reader, Question& question) {
  auto answer = reader.required("answer",
                                "Add \"answer\": true when the content is real or reliable, "
                                "false when it is fake.");
  if (!answer) return;
  if (!answer->isBool()) {
    reader.errorAtValue(*answer, reader.pointerTo("answer"),
                        reader.label() +
                            ": \"answer\" must be true (real, reliable) or false "
                            "(fake, unreliable), without quotes.");
    return;
  }
  question.is_real = answer->asBool();
  const auto wording = reader.text("wording", Need::optional);
  if (auto known = parseName(binaryWordingNames(), wording)) {
    question.wording = *known;
  } else if (!wording.empty()) {
    reader.errorAt("wording", reader.label() + ": \"wording\" is \"" + wording + "\"; use " +
                                  listNames(binaryWordingNames()) + ".");
  }
}

bool isRegionId(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == ':';
  });
}

void readRegion(ObjectReader& region_reader, const Scenario* scenario, Question& question) {
  const std::string& label = region_reader.label();
  region_reader.warnAboutUnknownFields({"id", "part", "x", "y", "width", "height", "label"});
  HotspotRegion region;
  region.id =
      region_reader.text("id", Need::required, "Give the region a short id such as \"handle\".");
  if (!region.id.empty() && !isRegionId(region.id)) {
    region_reader.errorAt(
        "id", label + ": the id \"" + region.id + "\" may only hold letters, digits, - and _.");
  }
  region.label = region_reader.text("label", Need::optional);
  region.part = region_reader.text("part", Need::optional);
  const bool is_image = scenario && std::holds_alternative<ImageScenario>(scenario->content);
  if (!region.part.empty()) {
    if (scenario && !is_image) {
      const auto parts = hotspotPartsOf(scenario->content);
      if (std::find(parts.begin(), parts.end(), region.part) == parts.end()) {
        std::string list;
        for (const auto& part : parts) list += (list.empty() ? "" : ", ") + part;
        region_reader.errorAt(
            "part", label + ": a " + std::string(nameOf(scenarioKindOf(scenario->content))) +
                        " has no part \"" + region.part + "\". Use one of: " + list + ".");
      }
    } else if (is_image) {
      region_reader.errorAt("part",
                            label +
                                ": on a picture, a region is a rectangle: give x, y, "
                                "width and height (fractions from 0 to 1) instead of \"part\".");
    }
  } else {
    auto x = region_reader.number("x", Need::required);
    auto y = region_reader.number("y", Need::required);
    auto width = region_reader.number("width", Need::required);
    auto height = region_reader.number("height", Need::required);
    if (x && y && width && height) {
      const bool inside = *x >= 0 && *y >= 0 && *width > 0 && *height > 0 &&
                          *x + *width <= 1.0001 && *y + *height <= 1.0001;
      if (!inside) {
        region_reader.errorHere(label +
                                ": the rectangle must lie on the picture: x, y, width and "
                                "height are fractions from 0 to 1, and x + width and "
                                "y + height may not pass 1.");
      }
      region.x = static_cast<float>(*x);
      region.y = static_cast<float>(*y);
      region.width = static_cast<float>(*width);
      region.height = static_cast<float>(*height);
    }
    if (scenario && !is_image) {
      region_reader.errorHere(label + ": rectangles work only on an image scenario; on a " +
                              std::string(nameOf(scenarioKindOf(scenario->content))) +
                              " name a part instead, such as \"part\": \"text\".");
    }
  }
  if (!region.id.empty()) {
    const bool repeated =
        std::any_of(question.regions.begin(), question.regions.end(),
                    [&region](const HotspotRegion& other) { return other.id == region.id; });
    if (repeated) {
      region_reader.errorAt("id", label + ": two regions have the id \"" + region.id + "\".");
    }
  }
  question.regions.push_back(std::move(region));
}

void readHotspot(ObjectReader& reader, const Scenario* scenario, Question& question) {
  if (question.scenario_id.empty()) {
    reader.errorHere(reader.label() +
                     " is a hotspot question, so it needs a \"scenario\" to tap on.");
  }
  auto regions = reader.list(
      "regions", Need::required, 1, reader.limits().max_regions,
      "List the parts the player can tap, such as {\"id\": \"handle\", \"part\": \"handle\"}.");
  if (regions) {
    reader.forEachGroupItem(*regions, "regions", "region", "\"id\" and \"part\"",
                            [scenario, &question](ObjectReader& region_reader) {
                              readRegion(region_reader, scenario, question);
                            });
  }
  auto answer = reader.list("answer", Need::required, 1, reader.limits().max_regions,
                            "List the ids of the right regions, such as \"answer\": [\"handle\"].");
  if (!answer) return;
  for (std::size_t position = 0; position < answer->size(); ++position) {
    const auto pointer = appendPointer(reader.pointerTo("answer"), position);
    auto id = reader.textValue(answer->at(position), "answer", position);
    if (!id) continue;
    const bool known = std::any_of(question.regions.begin(), question.regions.end(),
                                   [&id](const HotspotRegion& region) { return region.id == *id; });
    if (!known && regions) {
      std::string ids;
      for (const auto& region : question.regions) ids += (ids.empty() ? "" : ", ") + region.id;
      reader.errorAtValue(answer->at(position), pointer,
                          reader.label() + ": the answer \"" + *id +
                              "\" is not the id of one of its regions. Use one of: " + ids + ".");
      continue;
    }
    if (std::find(question.correct_regions.begin(), question.correct_regions.end(), *id) !=
        question.correct_regions.end()) {
      reader.errorAtValue(
          answer->at(position), pointer,
          reader.label() + ": the region \"" + *id + "\" is listed twice in \"answer\".");
      continue;
    }
    question.correct_regions.push_back(std::move(*id));
  }
}

void readSources(ObjectReader& reader, Question& question) {
  auto sources = reader.list("sources", Need::recommended, 0, reader.limits().max_list_items,
                             "Add at least one source a teacher can check: "
                             "{\"title\", \"publisher\", \"year\", \"url\"}.");
  if (!sources) return;
  if (sources->size() == 0) {
    reader.warningAt("sources",
                     reader.label() + " has no source. Add at least one a teacher can check.");
    return;
  }
  reader.forEachGroupItem(
      *sources, "sources", "source", "\"title\", \"publisher\", \"year\" and \"url\"",
      [&question](ObjectReader& source_reader) {
        source_reader.warnAboutUnknownFields({"title", "publisher", "year", "url"});
        Source source;
        source.title =
            source_reader.text("title", Need::required, "Add the title of the page or study.");
        source.publisher =
            source_reader.text("publisher", Need::recommended, "Add who published it.");
        source.year =
            static_cast<int>(source_reader.integer("year", Need::optional, 1400, 2100).value_or(0));
        source.url = source_reader.text("url", Need::optional);
        if (!source.url.empty() && source.url.rfind("https://", 0) != 0 &&
            source.url.rfind("http://", 0) != 0) {
          source_reader.errorAt(
              "url", source_reader.label() + ": the address must start with https:// or http://.");
        }
        question.sources.push_back(std::move(source));
      });
}

void readTechniques(ObjectReader& reader, const Taxonomy& taxonomy, Question& question) {
  question.techniques =
      reader.textList("techniques", Need::recommended, reader.limits().max_list_items,
                      "Add the techniques it teaches, such as [\"clickbait\"]; "
                      "docs/pack-format.md lists them.");
  if (auto list = reader.field("techniques"); list && list->isArray() && list->size() == 0) {
    reader.warningAt(
        "techniques",
        reader.label() + " has no technique tag. Add at least one, such as \"clickbait\".");
  }
  auto list = reader.field("techniques");
  for (std::size_t index = 0; index < question.techniques.size(); ++index) {
    const auto& tag = question.techniques[index];
    if (taxonomy.contains(tag)) continue;
    std::vector<std::string_view> known;
    for (const auto& technique : taxonomy.techniques()) known.push_back(technique.id);
    std::string message = reader.label() + ": the technique \"" + tag +
                          "\" is not in Esprit's list. It still works as your own tag.";
    if (auto suggestion = closestMatch(tag, known); !suggestion.empty()) {
      message += " Did you mean \"" + std::string(suggestion) + "\"?";
    }
    const auto pointer = appendPointer(reader.pointerTo("techniques"), index);
    if (list && list->isArray() && index < list->size()) {
      reader.warningAtValue(list->at(index), pointer, std::move(message));
    } else {
      reader.warningAt("techniques", std::move(message));
    }
  }
}

}  // namespace

std::optional<Question> readQuestion(ObjectReader& reader, const QuestionContext& context) {
  reader.warnAboutUnknownFields({"id", "type", "scenario", "prompt", "options", "answer", "wording",
                                 "confidence", "regions", "explanation", "techniques", "difficulty",
                                 "sources", "form"});
  Question question;
  const auto type = readType(reader);

  question.scenario_id = reader.text("scenario", Need::optional);
  const Scenario* scenario = nullptr;
  if (!question.scenario_id.empty()) {
    auto found = context.scenarios_by_id.find(question.scenario_id);
    if (context.broken_scenario_ids.count(question.scenario_id) > 0) {
      // Reported where the scenario is; its parts cannot be checked.
    } else if (found == context.scenarios_by_id.end()) {
      reader.errorAt("scenario",
                     reader.label() + " refers to the scenario \"" + question.scenario_id +
                         "\", which does not exist. Check its id, or add that scenario.");
    } else {
      scenario = found->second;
    }
  }
  question.prompt = reader.text("prompt", Need::required, "Add the question the player reads.");

  const bool has_options = type == QuestionType::single_choice ||
                           type == QuestionType::multiple_choice || type == QuestionType::ordering;
  // The answer is checked against the options only when they could be read,
  // so that one mistake is reported once, without knock-on problems.
  bool options_usable = false;
  if (has_options) {
    question.options = reader.textList("options", Need::required, reader.limits().max_options,
                                       "Add the choices: \"options\": [\"first\", \"second\"].");
    auto options = reader.field("options");
    options_usable = options && options->isArray() && options->size() == question.options.size() &&
                     options->size() >= reader.limits().min_options;
    if (options && options->isArray() && options->size() < reader.limits().min_options) {
      reader.errorAt("options", reader.label() + " has " + optionCount(options->size()) +
                                    "; it needs at least " +
                                    std::to_string(reader.limits().min_options) + ".");
    }
  } else if (reader.has("options") && type) {
    reader.warningAt("options", reader.label() + ": a " + std::string(nameOf(*type)) +
                                    " question does not use \"options\"; they are ignored.");
  }

  switch (type.value_or(QuestionType::single_choice)) {
    case QuestionType::single_choice:
      // Until an answer is read, point past the options so that a bad one
      // never counts in the pack-wide position check.
      question.correct_option = question.options.size();
      if (type && options_usable) readSingleAnswer(reader, question);
      break;
    case QuestionType::multiple_choice:
      if (options_usable) readMultipleAnswer(reader, question);
      break;
    case QuestionType::true_false:
      readBinaryAnswer(reader, question);
      break;
    case QuestionType::ordering:
      if (reader.has("answer")) {
        reader.warningAt("answer", reader.label() +
                                       ": an ordering question takes its options in the "
                                       "right order, so \"answer\" is ignored.");
      }
      break;
    case QuestionType::hotspot:
      readHotspot(reader, scenario, question);
      break;
  }
  question.asks_confidence = reader.flag("confidence", false);
  if (question.asks_confidence && type && type != QuestionType::true_false) {
    reader.warningAt("confidence", reader.label() +
                                       ": confidence is asked only on true_false "
                                       "questions; it is ignored here.");
    question.asks_confidence = false;
  }

  question.explanation = reader.text("explanation", Need::recommended,
                                     "Add why the answer is right: players learn from it.");
  readTechniques(reader, context.taxonomy, question);
  const auto difficulty = reader.text("difficulty", Need::optional);
  if (auto known = parseName(difficultyNames(), difficulty)) {
    question.difficulty = *known;
  } else if (!difficulty.empty()) {
    reader.errorAt("difficulty", reader.label() + ": \"difficulty\" is \"" + difficulty +
                                     "\"; use " + listNames(difficultyNames()) + ".");
  }
  readSources(reader, question);
  question.form = reader.text("form", Need::optional);
  if (!question.form.empty() && question.form != "A" && question.form != "B" &&
      question.form != "C") {
    reader.errorAt("form", reader.label() + ": \"form\" is \"" + question.form +
                               "\"; use \"A\", \"B\" or \"C\".");
  }
  if (!type) return std::nullopt;
  question.type = *type;
  return question;
}

}  // namespace esprit
