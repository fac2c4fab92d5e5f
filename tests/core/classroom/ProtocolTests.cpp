// What a request body may hold, names that are refused, answers on the wire,
// and the per-address rate limit.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/Protocol.hpp"
#include "core/classroom/RateLimiter.hpp"
#include "core/classroom/Secrets.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::classroom;

namespace {

int statusOf(const std::variant<nlohmann::json, Reply>& read) {
  return std::holds_alternative<Reply>(read) ? std::get<Reply>(read).status : 200;
}

Question choice(QuestionType type, std::size_t options) {
  Question question;
  question.id = "q";
  question.type = type;
  for (std::size_t index = 0; index < options; ++index)
    question.options.push_back("option " + std::to_string(index + 1));
  return question;
}

}  // namespace

TEST_CASE("a body must be one JSON object of known fields, and no bigger than 4 KB") {
  CHECK(statusOf(readBody(R"({"code":"1","nickname":"A"})", {"code", "nickname"})) == 200);
  CHECK(statusOf(readBody("not json", {"code"})) == 400);
  CHECK(statusOf(readBody("[1,2]", {"code"})) == 400);
  const auto unknown = readBody(R"({"code":"1","admin":true})", {"code", "nickname"});
  REQUIRE(statusOf(unknown) == 400);
  CHECK(std::get<Reply>(unknown).body["error"].get<std::string>().find("admin") !=
        std::string::npos);
  CHECK(statusOf(readBody(std::string(kMaxBodyBytes + 1, ' '), {"code"})) == 413);
}

TEST_CASE(
    "nicknames are trimmed, and names with markup, control or invisible characters are refused") {
  CHECK(*checkNickname("  Amina ") == "Amina");
  CHECK(*checkNickname("Zoë-Lou") == "Zoë-Lou");
  CHECK_FALSE(checkNickname("   ").ok());
  CHECK_FALSE(checkNickname("<b>Max</b>").ok());
  CHECK_FALSE(checkNickname("Max\nBob").ok());
  CHECK_FALSE(checkNickname("Max\x7f").ok());
  CHECK_FALSE(checkNickname("Max\xe2\x80\xae"
                            "dab")
                  .ok());                              // right-to-left override
  CHECK_FALSE(checkNickname("Max\xe2\x80\x8b").ok());  // zero-width space
  CHECK_FALSE(checkNickname("\xc3\x28").ok());         // not UTF-8
  CHECK_FALSE(checkNickname("Ma\xe2\x82").ok());       // cut short
  CHECK(checkNickname(std::string(kMaxNicknameCharacters, 'a')).ok());
  CHECK_FALSE(checkNickname(std::string(kMaxNicknameCharacters + 1, 'a')).ok());
  // Characters, not bytes: 24 accented letters are fine.
  std::string accented;
  for (std::size_t index = 0; index < kMaxNicknameCharacters; ++index) accented += "é";
  CHECK(checkNickname(accented).ok());
}

TEST_CASE("answers on the wire use 1-based option numbers, booleans, lists and region ids") {
  const Question single = choice(QuestionType::single_choice, 3);
  auto picked = answerFromWire(single, 2, nullptr, false);
  REQUIRE(picked.ok());
  CHECK(std::get<SingleChoiceAnswer>(*picked).option == 1);
  CHECK(answerToWire(*picked) == 2);
  CHECK_FALSE(answerFromWire(single, 0, nullptr, false).ok());
  CHECK_FALSE(answerFromWire(single, 4, nullptr, false).ok());
  CHECK_FALSE(answerFromWire(single, "2", nullptr, false).ok());

  Question binary = choice(QuestionType::true_false, 0);
  const nlohmann::json sure = 0.9;
  auto said = answerFromWire(binary, false, &sure, true);
  REQUIRE(said.ok());
  CHECK(std::get<BinaryAnswer>(*said).confidence == doctest::Approx(0.9));
  const nlohmann::json too_sure = 1.5;
  CHECK_FALSE(answerFromWire(binary, false, &too_sure, true).ok());
  CHECK_FALSE(answerFromWire(binary, false, &sure, false).ok());  // not asked for

  const Question multiple = choice(QuestionType::multiple_choice, 4);
  auto several = answerFromWire(multiple, nlohmann::json::array({3, 1}), nullptr, false);
  REQUIRE(several.ok());
  CHECK(answerToWire(*several) == nlohmann::json::array({1, 3}));
  CHECK_FALSE(answerFromWire(multiple, nlohmann::json::array({1, 1}), nullptr, false).ok());
  CHECK(sameAnswer(*several,
                   *answerFromWire(multiple, nlohmann::json::array({1, 3}), nullptr, false)));

  const Question ordering = choice(QuestionType::ordering, 3);
  CHECK(answerFromWire(ordering, nlohmann::json::array({3, 1, 2}), nullptr, false).ok());
  CHECK_FALSE(answerFromWire(ordering, nlohmann::json::array({3, 1}), nullptr, false).ok());

  Question hotspot = choice(QuestionType::hotspot, 0);
  hotspot.regions.push_back(HotspotRegion{"handle", "handle"});
  CHECK(answerFromWire(hotspot, "handle", nullptr, false).ok());
  CHECK(answerFromWire(hotspot, "", nullptr, false).ok());  // a tap outside every region
  CHECK_FALSE(answerFromWire(hotspot, "nowhere", nullptr, false).ok());
}

TEST_CASE("codes are six digits and tokens 32 hex digits, all different") {
  const auto code = newJoinCode();
  CHECK(looksLikeJoinCode(code));
  const auto first = newToken(), second = newToken();
  CHECK(looksLikeToken(first));
  CHECK(first != second);
  CHECK_FALSE(looksLikeToken("../../etc/passwd"));
}

TEST_CASE("the rate limit lets a burst through, refuses a flood, and refills with time") {
  RateLimiter limiter(RateLimit{10, 5});
  const auto start = RateLimiter::Clock::now();
  for (int request = 0; request < 5; ++request) CHECK(limiter.allow("10.0.0.2", start));
  CHECK_FALSE(limiter.allow("10.0.0.2", start));
  CHECK(limiter.allow("10.0.0.3", start));  // another device is not held back
  CHECK(limiter.allow("10.0.0.2", start + std::chrono::milliseconds(150)));
  RateLimiter off(RateLimit{0, 0});
  for (int request = 0; request < 1000; ++request) REQUIRE(off.allow("10.0.0.2", start));
}
