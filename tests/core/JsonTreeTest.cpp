// The positional JSON tree: values, offsets, limits and syntax errors.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonTree.hpp"

#include <doctest/doctest.h>

using namespace esprit;

TEST_CASE("the tree keeps every value with the offset where it starts") {
  const std::string text =
      "{\n  \"name\": \"Ana\",\n  \"list\": [1, 2.5, true, null],\n  \"deep\": {\"k\": -3}\n}";
  auto parsed = JsonTree::parse(text, 16);
  REQUIRE(parsed.tree.has_value());
  const auto root = parsed.tree->root();
  REQUIRE(root.isObject());
  CHECK(root.size() == 3);
  CHECK(root.keyAt(0) == "name");
  CHECK(root.find("name")->asString() == "Ana");
  CHECK(root.find("name")->offset() == text.find("\"Ana\""));
  CHECK(root.keyOffsetAt(1) == text.find("\"list\""));
  const auto list = *root.find("list");
  REQUIRE(list.size() == 4);
  CHECK(list.offset() == text.find('['));
  CHECK(list.at(0).asInteger() == 1);
  CHECK(list.at(1).asNumber() == doctest::Approx(2.5));
  CHECK(list.at(1).offset() == text.find("2.5"));
  CHECK(list.at(2).asBool());
  CHECK(list.at(2).offset() == text.find("true"));
  CHECK(list.at(3).isNull());
  CHECK(root.find("deep")->find("k")->asInteger() == -3);
  CHECK(root.find("deep")->find("k")->offset() == text.find("-3"));
  CHECK_FALSE(root.find("absent").has_value());
}

TEST_CASE("nested containers keep their own children") {
  auto parsed = JsonTree::parse(R"([[1, [2, 3]], {"a": [4]}, 5])", 16);
  REQUIRE(parsed.tree.has_value());
  const auto root = parsed.tree->root();
  REQUIRE(root.size() == 3);
  CHECK(root.at(0).at(1).at(1).asInteger() == 3);
  CHECK(root.at(1).find("a")->at(0).asInteger() == 4);
  CHECK(root.at(2).asInteger() == 5);
}

TEST_CASE("escaped strings are decoded") {
  auto parsed = JsonTree::parse(R"({"text": "line\nnext \u00e9 \"q\""})", 16);
  REQUIRE(parsed.tree.has_value());
  CHECK(parsed.tree->root().find("text")->asString() == "line\nnext \xC3\xA9 \"q\"");
}

TEST_CASE("nesting deeper than the limit is refused with advice") {
  auto parsed = JsonTree::parse("[[[[1]]]]", 3);
  REQUIRE(parsed.error.has_value());
  CHECK(parsed.error->offset == 3);
  CHECK(parsed.error->message.find("levels deep") != std::string::npos);
}

TEST_CASE("a missing comma is reported where the parser stopped") {
  const std::string text = "{\"a\": 1 \"b\": 2}";
  auto parsed = JsonTree::parse(text, 16);
  REQUIRE(parsed.error.has_value());
  CHECK(parsed.error->offset == text.find("\"b\""));
  CHECK(parsed.error->message.find("comma") != std::string::npos);
}

TEST_CASE("text that ends too early says what is missing") {
  auto parsed = JsonTree::parse("{\"a\": [1, 2", 16);
  REQUIRE(parsed.error.has_value());
  CHECK(parsed.error->message.find("ends too early") != std::string::npos);
}

TEST_CASE("invalid UTF-8 inside a text is reported as an encoding problem") {
  auto parsed = JsonTree::parse("{\"a\": \"caf\xE9\"}", 16);
  REQUIRE(parsed.error.has_value());
  CHECK(parsed.error->message.find("UTF-8") != std::string::npos);
}

TEST_CASE("integers too large for 64 bits become floating numbers rather than wrapping") {
  auto parsed = JsonTree::parse("[18446744073709551615]", 16);
  REQUIRE(parsed.tree.has_value());
  CHECK_FALSE(parsed.tree->root().at(0).isInteger());
  CHECK(parsed.tree->root().at(0).asNumber() > 1e19);
}
