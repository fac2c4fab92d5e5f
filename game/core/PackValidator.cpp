// Metadata, item lists, ids, and the checks that need the whole pack.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackValidator.hpp"

#include "ItemWritingChecks.hpp"
#include "LanguageTag.hpp"
#include "QuestionReader.hpp"
#include "ScenarioReader.hpp"

#include <algorithm>
#include <unordered_map>

namespace esprit {
namespace {

bool isPackId(std::string_view id) {
  if (id.size() < 3 || id.size() > 64) return false;
  if (!std::isalnum(static_cast<unsigned char>(id.front()))) return false;
  return std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return std::islower(c) || std::isdigit(c) || c == '.' || c == '-';
  });
}

bool isItemId(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_';
  });
}

void readMetadata(ObjectReader& reader, PackMetadata& metadata) {
  if (auto format = reader.field("esprit_pack"); !format) {
    reader.errorHere(
        "this file has no \"esprit_pack\": 1 at the top, so it does not look like an "
        "Esprit pack. Add \"esprit_pack\": 1 as its first field.");
  } else if (!format->isInteger()) {
    reader.errorAtValue(*format, reader.pointerTo("esprit_pack"),
                        "\"esprit_pack\" must be the number 1, without quotes.");
  } else if (format->asInteger() > kPackFormatVersion) {
    reader.errorAtValue(*format, reader.pointerTo("esprit_pack"),
                        "this pack was made for a newer version of Esprit (pack format " +
                            std::to_string(format->asInteger()) + "); this Esprit reads format " +
                            std::to_string(kPackFormatVersion) + ". Update Esprit to play it.");
  } else if (format->asInteger() < 1) {
    reader.errorAtValue(*format, reader.pointerTo("esprit_pack"), "\"esprit_pack\" must be 1.");
  }

  metadata.id = reader.text("id", Need::required,
                            "Add a stable name such as \"id\": \"my-school.fake-posts\".");
  if (!metadata.id.empty() && !isPackId(metadata.id)) {
    reader.errorAt(
        "id", "the pack id \"" + metadata.id +
                  "\" may only hold lower-case letters, "
                  "digits, . and -, from 3 to 64 characters, such as \"my-school.fake-posts\".");
  }
  metadata.version = reader.text("version", Need::required, "Add \"version\": \"1.0.0\".");
  metadata.title = reader.text("title", Need::required, "Add the title shown in the pack chooser.");
  metadata.language =
      reader.text("language", Need::required,
                  "Add the language of the questions, such as \"language\": \"fr-BE\".");
  if (!metadata.language.empty() && !isLanguageTag(metadata.language)) {
    reader.errorAt("language", "\"" + metadata.language +
                                   "\" is not a language tag. Use a tag such "
                                   "as \"en\", \"fr\", \"fr-BE\" or \"nl-BE\".");
  }
  metadata.description = reader.text("description", Need::optional);
  metadata.authors = reader.textList("authors", Need::optional, reader.limits().max_list_items);
  metadata.licence = reader.text("licence", Need::optional);
  metadata.min_age =
      static_cast<int>(reader.integer("min_age", Need::optional, 0, 120).value_or(0));
  metadata.max_age =
      static_cast<int>(reader.integer("max_age", Need::optional, 0, 120).value_or(0));
  if (metadata.max_age != 0 && metadata.max_age < metadata.min_age) {
    reader.errorAt("max_age", "\"max_age\" is below \"min_age\".");
  }
}

// Where each item id was first seen, to report duplicates with both places.
class IdRegister {
 public:
  explicit IdRegister(std::string noun) : noun_(std::move(noun)) {}

  // Returns false (and reports) when the id is malformed or already taken.
  // `id` must view the parsed tree, which outlives the register.
  bool claim(ObjectReader& reader, std::string_view id) {
    if (!isItemId(id)) {
      reader.errorAt("id", "the " + noun_ + " id \"" + std::string(id) +
                               "\" may only hold letters, digits, - and _ (at most 64).");
      return false;
    }
    auto [found, inserted] = first_offsets_.try_emplace(id, reader.field("id")->offset());
    if (!inserted) {
      const auto first = reader.sink().positionOf(found->second);
      reader.errorAt("id", "two " + noun_ + "s have the id \"" + std::string(id) +
                               "\" (the first is on line " + std::to_string(first.line) +
                               "). Give each " + noun_ + " its own id.");
      return false;
    }
    return true;
  }

 private:
  std::string noun_;
  std::unordered_map<std::string_view, std::size_t> first_offsets_;
};

std::vector<std::size_t> readScenarios(ObjectReader& pack_reader, const MediaPathChecker& media,
                                       Pack& pack, ViewSet& broken_ids) {
  std::vector<std::size_t> offsets;  // of each scenario kept, for later warnings
  auto list = pack_reader.list("scenarios", Need::optional, 0, pack_reader.limits().max_scenarios);
  if (!list) return offsets;
  IdRegister ids("scenario");
  for (std::size_t index = 0; index < list->size(); ++index) {
    auto item = pack_reader.groupItem(
        *list, "scenarios", index, "scenario " + std::to_string(index + 1), "\"id\" and \"kind\"");
    if (!item) continue;
    ObjectReader& reader = *item;
    const auto id = reader.text("id", Need::required, "Give it an id such as \"post-1\".");
    const bool id_ok = !id.empty() && ids.claim(reader, reader.field("id")->asString());
    if (!id.empty()) reader.setLabel("scenario " + id);
    auto content = readScenarioContent(reader, media);
    if (id_ok && content) {
      pack.scenarios.push_back({id, std::move(*content)});
      offsets.push_back(reader.object().offset());
    } else if (!id.empty()) {
      // It exists, just broken: questions using it are not blamed again.
      broken_ids.insert(reader.field("id")->asString());
    }
  }
  return offsets;
}

// Where a question kept in the pack was written, for warnings found later.
struct QuestionPlace {
  JsonValue value;
  std::size_t index = 0;  // in the "questions" list, counting those left out
};

// Returns the scenario ids every question object names, even questions that
// could not be read, so their scenarios are not also reported as unused.
ViewSet readQuestions(ObjectReader& pack_reader, const Taxonomy& taxonomy,
                      const ViewSet& broken_scenario_ids, Pack& pack,
                      std::vector<QuestionPlace>& places) {
  ViewSet referenced;
  auto list = pack_reader.list("questions", Need::required, 1, pack_reader.limits().max_questions,
                               "Add a list of questions: \"questions\": [ ... ].");
  if (!list) return referenced;
  ScenarioIndex scenarios_by_id;
  scenarios_by_id.reserve(pack.scenarios.size());
  for (const auto& scenario : pack.scenarios) scenarios_by_id.emplace(scenario.id, &scenario);
  const QuestionContext context{scenarios_by_id, broken_scenario_ids, taxonomy};
  IdRegister ids("question");
  pack.questions.reserve(list->size());
  for (std::size_t index = 0; index < list->size(); ++index) {
    auto item =
        pack_reader.groupItem(*list, "questions", index, "question " + std::to_string(index + 1),
                              "\"id\", \"type\" and \"prompt\"");
    if (!item) continue;
    ObjectReader& reader = *item;
    const auto value = reader.object();
    if (auto scenario = value.find("scenario"); scenario && scenario->isString()) {
      referenced.emplace(scenario->asString());
    }
    const auto id = reader.text("id", Need::required, "Give it an id such as \"q1\".");
    const bool id_ok = !id.empty() && ids.claim(reader, reader.field("id")->asString());
    if (!id.empty()) reader.setLabel("question " + id);
    auto question = readQuestion(reader, context);
    if (id_ok && question) {
      question->id = id;
      pack.questions.push_back(std::move(*question));
      places.push_back({value, index});
    }
  }
  return referenced;
}

void warnAboutUnusedScenarios(ObjectReader& reader, const Pack& pack,
                              const std::vector<std::size_t>& scenario_offsets,
                              const ViewSet& referenced) {
  for (std::size_t index = 0; index < pack.scenarios.size(); ++index) {
    const auto& id = pack.scenarios[index].id;
    if (referenced.count(id) == 0) {
      reader.sink().warning(scenario_offsets[index], "/scenarios/" + std::to_string(index),
                            "scenario " + id +
                                " is not used by any question. Use it in a question "
                                "or remove it.");
    }
  }
}

void reportItemWriting(ObjectReader& reader, const std::vector<ItemWritingWarning>& warnings,
                       const std::vector<QuestionPlace>& places) {
  for (const auto& warning : warnings) {
    if (!warning.question) {
      reader.warningAt("questions", warning.message);
      continue;
    }
    const QuestionPlace& place = places[*warning.question];
    const auto pointer = appendPointer(reader.pointerTo("questions"), place.index);
    const auto field = warning.field.empty() ? std::nullopt : place.value.find(warning.field);
    if (field) {
      reader.warningAtValue(*field, appendPointer(pointer, warning.field), warning.message);
    } else {
      reader.warningAtValue(place.value, pointer, warning.message);
    }
  }
}

}  // namespace

Pack validatePackTree(JsonValue root, ProblemSink& sink, const MediaPathChecker& media,
                      const Taxonomy& taxonomy, const PackLimits& limits) {
  Pack pack;
  if (!root.isObject()) {
    sink.error(root.offset(), "",
               "a pack must be one group in { } holding \"esprit_pack\", "
               "\"id\", \"title\" and the \"questions\"; this file holds " +
                   std::string(describeKind(root.kind())) + ".");
    return pack;
  }
  ObjectReader reader(root, "", "the pack", sink, limits);
  reader.warnAboutUnknownFields({"esprit_pack", "id", "version", "title", "language", "description",
                                 "authors", "licence", "min_age", "max_age", "scenarios",
                                 "questions"});
  readMetadata(reader, pack.metadata);
  ViewSet broken_scenario_ids;
  const auto scenario_offsets = readScenarios(reader, media, pack, broken_scenario_ids);
  std::vector<QuestionPlace> question_places;
  const auto referenced =
      readQuestions(reader, taxonomy, broken_scenario_ids, pack, question_places);
  warnAboutUnusedScenarios(reader, pack, scenario_offsets, referenced);
  reportItemWriting(reader, checkQuestionWriting(pack), question_places);
  // Comparing questions with each other needs them all: a question left out
  // by an error would skew every count.
  if (!sink.hasErrors()) reportItemWriting(reader, checkPackWriting(pack), question_places);
  return pack;
}

}  // namespace esprit
