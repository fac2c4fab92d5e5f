// The in-memory form of a question pack: what the loader builds from pack.json
// once the validator has accepted it. Plain data; docs/pack-format.md is the
// teacher-facing description of the same fields.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace esprit {

// The pack format version this build reads and writes.
inline constexpr int kPackFormatVersion = 1;

struct Source {
  std::string title;
  std::string publisher;
  int year = 0;
  std::string url;
};

struct PostAuthor {
  std::string name;
  std::string handle;
  bool verified = false;
  std::string avatar;  // media path inside the pack, empty for initials
};

struct PostScenario {
  std::string platform;  // invented network name shown on the card
  PostAuthor author;
  std::string time;  // as the network would show it: "3 h", "12 March"
  std::string text;
  std::string image;  // media path, may be empty
  std::string image_alt;
  std::int64_t likes = 0;
  std::int64_t shares = 0;
  std::int64_t comments = 0;
};

struct ArticleScenario {
  std::string outlet;
  std::string address;  // the address bar, exactly as shown
  std::string headline;
  std::string lede;
  std::string date;
  std::string byline;
  std::string image;
  std::string image_alt;
};

struct ChatMessage {
  std::string from;
  std::string text;
  std::string time;
  bool self = false;       // drawn on the right, like the player's own messages
  bool forwarded = false;  // shows the "forwarded" mark
};

struct ChatScenario {
  std::string title;
  std::vector<ChatMessage> messages;
};

enum class ChartKind { bar, line };
enum class ChartAxis { left, right };

struct ChartSeries {
  std::string name;
  std::vector<double> values;
  ChartAxis axis = ChartAxis::left;
};

// The ways a chart can be made misleading on purpose.
struct ChartMisleading {
  std::optional<double> axis_from;  // truncated axis: value axis starts here, not at 0
  std::optional<std::pair<std::size_t, std::size_t>>
      range;                  // cherry-picked: show labels [first, last] only (0-based)
  bool dual_axis = false;     // right-hand series gets its own independently scaled axis
  bool area_scaling = false;  // bars drawn as shapes scaled in two dimensions
};

struct ChartScenario {
  ChartKind chart = ChartKind::bar;
  std::string title;
  std::vector<std::string> labels;
  std::vector<ChartSeries> series;
  std::string unit;
  std::string value_label;
  std::string source;
  ChartMisleading misleading;
};

struct ImageScenario {
  std::string file;  // media path inside the pack
  std::string alt;
  std::string caption;
  std::string credit;
};

struct QuoteScenario {
  std::string text;
  std::string speaker;
  std::string role;
  std::string context;
  std::string date;
  std::string image;
};

using ScenarioContent = std::variant<PostScenario, ArticleScenario, ChatScenario, ChartScenario,
                                     ImageScenario, QuoteScenario>;

struct Scenario {
  std::string id;
  ScenarioContent content;
};

enum class QuestionType { single_choice, true_false, multiple_choice, ordering, hotspot };

// How a true/false item is worded on its two buttons. The answer itself is
// always "is this real / reliable / true?".
enum class BinaryWording { real_fake, reliable_unreliable, true_false };

enum class Difficulty { easy, medium, hard };

// A tappable part of a scenario. Either a named part of a rendered scenario
// ("handle", "address", "message:2") or a rectangle on an image, in fractions
// of the image's width and height.
struct HotspotRegion {
  std::string id;
  std::string part;
  float x = 0, y = 0, width = 0, height = 0;
  std::string label{};  // said in the feedback: "the address bar"

  bool isRectangle() const { return part.empty(); }
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::single_choice;
  std::string scenario_id;  // empty for a stand-alone question
  std::string prompt;
  std::vector<std::string> options;  // single, multiple; ordering lists them in the right order

  std::size_t correct_option = 0;            // single choice, 0-based
  std::vector<std::size_t> correct_options;  // multiple choice, 0-based, sorted
  bool is_real = false;                      // true/false: the content is real / reliable / true
  BinaryWording wording = BinaryWording::real_fake;
  bool asks_confidence = false;              // true/false only
  std::vector<HotspotRegion> regions;        // hotspot
  std::vector<std::string> correct_regions;  // hotspot: tapping any one of these is right

  std::string explanation;
  std::vector<std::string> techniques;
  Difficulty difficulty = Difficulty::medium;
  std::vector<Source> sources;
  std::string form;  // "A", "B" or "C" in an assessment pack, empty otherwise
};

struct PackMetadata {
  std::string id;
  std::string version;
  std::string title;
  std::string language;
  std::string description;
  std::vector<std::string> authors;
  std::string licence;
  int min_age = 0;
  int max_age = 0;  // 0 when the pack sets no upper age
};

struct Pack {
  PackMetadata metadata;
  std::vector<Scenario> scenarios;
  std::vector<Question> questions;
  std::filesystem::path folder;  // media paths resolve against this

  const Scenario* findScenario(std::string_view id) const;
  const Question* findQuestion(std::string_view id) const;
  // An assessment pack gives its questions to form A, B or C, played apart.
  bool hasAssessmentForms() const;
  bool hasForm(std::string_view form) const;
};

}  // namespace esprit
