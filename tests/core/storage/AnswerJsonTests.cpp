// Answers survive the trip to their JSON text and back.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AnswerJson.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::storage;

TEST_CASE("every kind of answer reads back as it was written") {
  const std::vector<AnswerChoice> answers = {
      SingleChoiceAnswer{2},
      BinaryAnswer{true, 0.75},
      BinaryAnswer{false, std::nullopt},
      MultipleChoiceAnswer{{0, 3, 4}},
      OrderingAnswer{{2, 0, 1, 3}},
      HotspotAnswer{"handle \"quoted\""},
      HotspotAnswer{""},
  };
  for (const auto& answer : answers) {
    const std::string text = answerToJson(answer);
    auto back = answerFromJson(text);
    REQUIRE_MESSAGE(back.ok(), text);
    CHECK(back->index() == answer.index());
    CHECK(answerToJson(*back) == text);
  }
  CHECK(answerToJson(BinaryAnswer{false, 0.8}) ==
        R"({"confidence":0.8,"says_real":false,"type":"true_false"})");
}

TEST_CASE("unreadable answer text is an error value, not an exception") {
  for (const char* text : {"", "{", "[]", R"({"type":"dance"})", R"({"type":"single"})",
                           R"({"type":"ordering","order":[1,-2]})"}) {
    auto answer = answerFromJson(text);
    CHECK_FALSE(answer.ok());
    if (!answer.ok()) CHECK(answer.error().kind == ErrorKind::damaged);
  }
}
