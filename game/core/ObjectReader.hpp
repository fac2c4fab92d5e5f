// Reads the fields of one JSON object of a pack, reporting every missing,
// mistyped, oversized or unknown field as a located problem instead of
// stopping. The validators read packs only through it, so every message has
// the same shape: "question q7: "answer" must be a whole number, not a text".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonTree.hpp"
#include "PackLimits.hpp"
#include "Problem.hpp"
#include "SourceText.hpp"

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace esprit {

// Collects problems, turning byte offsets into lines and columns.
class ProblemSink {
 public:
  ProblemSink(const SourceText& source, std::string file, std::vector<Problem>& problems)
      : source_(source), file_(std::move(file)), problems_(problems) {}

  void add(Severity severity, std::size_t offset, std::string pointer, std::string message);
  void error(std::size_t offset, std::string pointer, std::string message) {
    add(Severity::error, offset, std::move(pointer), std::move(message));
  }
  void warning(std::size_t offset, std::string pointer, std::string message) {
    add(Severity::warning, offset, std::move(pointer), std::move(message));
  }
  TextPosition positionOf(std::size_t offset) const { return source_.positionOf(offset); }
  const std::string& file() const { return file_; }
  bool hasErrors() const { return esprit::hasErrors(problems_); }

 private:
  const SourceText& source_;
  std::string file_;
  std::vector<Problem>& problems_;
};

// Whether a field must be there: missing required fields are errors,
// missing recommended ones warnings.
enum class Need { optional, recommended, required };

std::string appendPointer(const std::string& pointer, std::string_view key);
std::string appendPointer(const std::string& pointer, std::size_t index);

class ObjectReader {
 public:
  // `label` names the object in messages: "question q7", "the pack".
  ObjectReader(JsonValue object, std::string pointer, std::string label, ProblemSink& sink,
               const PackLimits& limits);

  std::optional<JsonValue> field(std::string_view key) const { return object_.find(key); }
  // The field, of any kind; a missing one is an error that ends with `hint`.
  std::optional<JsonValue> required(std::string_view key, std::string_view hint);
  bool has(std::string_view key) const { return object_.find(key).has_value(); }

  // Each reader reports a problem and returns the fallback (or nullopt) when
  // the field is missing or has the wrong type. `hint` ends the "missing"
  // message with what to add.
  std::string text(std::string_view key, Need need, std::string_view hint = {});
  bool flag(std::string_view key, bool fallback);
  std::optional<std::int64_t> integer(std::string_view key, Need need, std::int64_t minimum,
                                      std::int64_t maximum);
  std::optional<double> number(std::string_view key, Need need);
  std::optional<JsonValue> list(std::string_view key, Need need, std::size_t minimum,
                                std::size_t maximum, std::string_view hint = {});
  std::optional<JsonValue> group(std::string_view key, Need need);
  std::vector<std::string> textList(std::string_view key, Need need, std::size_t maximum,
                                    std::string_view hint = {});

  // A reader for item `index` of `list`, this object's field `key`, named
  // `label` in messages ("question q7, source 2"). An item that is not a
  // group in { } is reported with the `fields` it should hold and gives nullopt.
  std::optional<ObjectReader> groupItem(JsonValue list, std::string_view key, std::size_t index,
                                        std::string label, std::string_view fields);
  // Calls `read` with a reader for each group in `list`, this object's field
  // `key`, named after this object and the item ("question q7, source 2" for
  // `item_noun` "source"); items that are not groups are reported as above.
  void forEachGroupItem(JsonValue list, std::string_view key, std::string_view item_noun,
                        std::string_view fields, const std::function<void(ObjectReader&)>& read);

  // Checks a string value already in hand against the limits: the field
  // `key` itself, or its item `index` when the field is a list. The pointer
  // and wording are built only when there is something to report.
  std::optional<std::string> textValue(JsonValue value, std::string_view key,
                                       std::optional<std::size_t> index = {});

  // Warns about fields Esprit does not read, suggesting the closest known one,
  // and reports repeated fields. Call it once the label names the object.
  void warnAboutUnknownFields(std::initializer_list<std::string_view> known);
  // Reports fields written twice; warnAboutUnknownFields already does.
  void reportRepeatedFields();

  void errorAt(std::string_view key, std::string message);
  void warningAt(std::string_view key, std::string message);
  void errorAtValue(JsonValue value, const std::string& pointer, std::string message) {
    sink_.error(value.offset(), pointer, std::move(message));
  }
  void warningAtValue(JsonValue value, const std::string& pointer, std::string message) {
    sink_.warning(value.offset(), pointer, std::move(message));
  }
  void errorHere(std::string message) {
    sink_.error(object_.offset(), pointer_, std::move(message));
  }
  void warningHere(std::string message) {
    sink_.warning(object_.offset(), pointer_, std::move(message));
  }

  std::string pointerTo(std::string_view key) const { return appendPointer(pointer_, key); }
  const std::string& pointer() const { return pointer_; }
  const std::string& label() const { return label_; }
  // Once the object's id is known, messages name it by id.
  void setLabel(std::string label) { label_ = std::move(label); }
  JsonValue object() const { return object_; }
  ProblemSink& sink() { return sink_; }
  const PackLimits& limits() const { return limits_; }

 private:
  std::optional<JsonValue> typed(std::string_view key, Need need, JsonKind expected,
                                 std::string_view hint = {});
  void reportMissing(std::string_view key, Need need, std::string_view hint);

  JsonValue object_;
  std::string pointer_;
  std::string label_;
  ProblemSink& sink_;
  const PackLimits& limits_;
};

// Edit distance, for "did you mean" suggestions.
std::size_t editDistance(std::string_view a, std::string_view b);
// The closest candidate within two edits, or "".
std::string_view closestMatch(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace esprit
