// A read-only JSON document that remembers where each value starts in the
// text, so every problem in a pack can name its line and column. Packs are
// untrusted and may be large, so the tree has its own strict parser (RFC 8259,
// UTF-8 checked, nesting bounded) that builds flat arrays: one node per value,
// children stored contiguously, strings in one buffer. nlohmann's parser keeps
// no positions, and even its SAX interface alone takes longer on a
// 10,000-question pack than Python's whole json.load (bench/README.md).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit {

enum class JsonKind : std::uint8_t { null, boolean, integer, floating, string, array, object };

// Where parsing stopped, when the text is not JSON (or nests too deeply).
struct JsonSyntaxError {
  std::size_t offset = 0;  // byte offset into the text
  std::string message;     // for a teacher: what is wrong and how to mend it
};

class JsonTree;

// A cheap handle to one value of a JsonTree.
class JsonValue {
 public:
  JsonValue(const JsonTree* tree, std::uint32_t index) : tree_(tree), index_(index) {}

  JsonKind kind() const;
  bool isNull() const { return kind() == JsonKind::null; }
  bool isBool() const { return kind() == JsonKind::boolean; }
  bool isNumber() const { return kind() == JsonKind::integer || kind() == JsonKind::floating; }
  bool isInteger() const { return kind() == JsonKind::integer; }
  bool isString() const { return kind() == JsonKind::string; }
  bool isArray() const { return kind() == JsonKind::array; }
  bool isObject() const { return kind() == JsonKind::object; }

  bool asBool() const;
  std::int64_t asInteger() const;  // integers only
  double asNumber() const;         // integers and floats
  std::string_view asString() const;

  // Arrays and objects: the number of elements or members.
  std::size_t size() const;
  JsonValue at(std::size_t position) const;            // array element or object member value
  std::string_view keyAt(std::size_t position) const;  // object member name
  std::optional<JsonValue> find(std::string_view key) const;

  // Byte offset of the value's first character in the text.
  std::size_t offset() const;
  // Byte offset of the member name, for an object member found by position.
  std::size_t keyOffsetAt(std::size_t position) const;

 private:
  const JsonTree* tree_;
  std::uint32_t index_;
};

// The JSON type as a teacher would say it: "a text", "a number", "a list".
std::string_view describeKind(JsonKind kind);

class JsonTree {
 public:
  struct ParseResult;
  // Parses `text`; the tree copies what it keeps, so `text` may go away after.
  static ParseResult parse(std::string_view text, std::size_t max_depth);

  JsonValue root() const { return JsonValue(this, 0); }
  std::size_t nodeCount() const { return nodes_.size(); }

 private:
  friend class JsonValue;
  friend class JsonParser;

  struct Node {
    JsonKind kind = JsonKind::null;
    std::uint32_t offset = 0;
    // string: slice of strings_; array/object: slice of children_
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    union {
      bool boolean;
      std::int64_t integer;
      double floating;
    } number{.integer = 0};
  };
  struct Child {
    std::uint32_t node = 0;
    std::uint32_t key_first = 0;  // name in strings_ (objects only)
    std::uint32_t key_count = 0;
    std::uint32_t key_offset = 0;
  };

  std::vector<Node> nodes_;
  std::vector<Child> children_;
  std::string strings_;
};

struct JsonTree::ParseResult {
  std::optional<JsonTree> tree;
  std::optional<JsonSyntaxError> error;
};

}  // namespace esprit
