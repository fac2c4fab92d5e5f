// Field reading with located, teacher-readable problems.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectReader.hpp"

#include <algorithm>
#include <numeric>

namespace esprit {

void ProblemSink::add(Severity severity, std::size_t offset, std::string pointer,
                      std::string message) {
  const auto position = source_.positionOf(offset);
  problems_.push_back(
      {severity, file_, position.line, position.column, std::move(pointer), std::move(message)});
}

std::string appendPointer(const std::string& pointer, std::string_view key) {
  // JSON pointer escaping: "~" becomes "~0" and "/" becomes "~1".
  std::string result = pointer;
  result += '/';
  for (char character : key) {
    if (character == '~') {
      result += "~0";
    } else if (character == '/') {
      result += "~1";
    } else {
      result += character;
    }
  }
  return result;
}

std::string appendPointer(const std::string& pointer, std::size_t index) {
  return pointer + '/' + std::to_string(index);
}

namespace {

std::string quoted(std::string_view key) { return "\"" + std::string(key) + "\""; }

std::string_view kindWithArticle(JsonKind kind) { return describeKind(kind); }

}  // namespace

ObjectReader::ObjectReader(JsonValue object, std::string pointer, std::string label,
                           ProblemSink& sink, const PackLimits& limits)
    : object_(object),
      pointer_(std::move(pointer)),
      label_(std::move(label)),
      sink_(sink),
      limits_(limits) {}

void ObjectReader::reportRepeatedFields() {
  // A repeated name is legal JSON, but only one of the two would count, so
  // the author would lose the other without noticing.
  const std::size_t count = object_.size();
  for (std::size_t later = 1; later < count; ++later) {
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      if (object_.keyAt(earlier) == object_.keyAt(later)) {  // lengths compared first
        const auto first = sink_.positionOf(object_.keyOffsetAt(earlier));
        sink_.error(object_.keyOffsetAt(later), appendPointer(pointer_, object_.keyAt(later)),
                    label_ + " has " + quoted(object_.keyAt(later)) +
                        " twice (the first is on line " + std::to_string(first.line) +
                        "). Keep only one.");
        break;
      }
    }
  }
}

void ObjectReader::reportMissing(std::string_view key, Need need, std::string_view hint) {
  if (need == Need::optional) return;
  std::string message = label_ + " has no " + quoted(key) + ".";
  if (!hint.empty()) message += " " + std::string(hint);
  if (need == Need::required) {
    errorHere(std::move(message));
  } else {
    warningHere(std::move(message));
  }
}

std::optional<JsonValue> ObjectReader::required(std::string_view key, std::string_view hint) {
  auto value = object_.find(key);
  if (!value) reportMissing(key, Need::required, hint);
  return value;
}

std::optional<ObjectReader> ObjectReader::groupItem(JsonValue list, std::string_view key,
                                                    std::size_t index, std::string label,
                                                    std::string_view fields) {
  const auto value = list.at(index);
  auto pointer = appendPointer(pointerTo(key), index);
  if (!value.isObject()) {
    errorAtValue(value, pointer,
                 label + " must be a group in { } with " + std::string(fields) + ".");
    return std::nullopt;
  }
  return ObjectReader(value, std::move(pointer), std::move(label), sink_, limits_);
}

void ObjectReader::forEachGroupItem(JsonValue list, std::string_view key,
                                    std::string_view item_noun, std::string_view fields,
                                    const std::function<void(ObjectReader&)>& read) {
  for (std::size_t index = 0; index < list.size(); ++index) {
    auto item =
        groupItem(list, key, index,
                  label_ + ", " + std::string(item_noun) + " " + std::to_string(index + 1), fields);
    if (item) read(*item);
  }
}

std::optional<JsonValue> ObjectReader::typed(std::string_view key, Need need, JsonKind expected,
                                             std::string_view hint) {
  auto value = object_.find(key);
  if (!value || (value->isNull() && need != Need::required)) {
    if (!value || value->isNull()) reportMissing(key, need, hint);
    return std::nullopt;
  }
  const bool matches = value->kind() == expected ||
                       (expected == JsonKind::floating && value->kind() == JsonKind::integer);
  if (!matches) {
    errorAtValue(*value, pointerTo(key),
                 label_ + ": " + quoted(key) + " must be " +
                     std::string(kindWithArticle(expected)) + ", not " +
                     std::string(kindWithArticle(value->kind())) + ".");
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> ObjectReader::textValue(JsonValue value, std::string_view key,
                                                   std::optional<std::size_t> index) {
  auto pointer = [&] { return index ? appendPointer(pointerTo(key), *index) : pointerTo(key); };
  auto what = [&] {
    return index ? "item " + std::to_string(*index + 1) + " of " + quoted(key) : quoted(key);
  };
  if (!value.isString()) {
    errorAtValue(value, pointer(),
                 label_ + ": " + what() + " must be a text in quotes, not " +
                     std::string(describeKind(value.kind())) + ".");
    return std::nullopt;
  }
  const auto text = value.asString();
  if (text.size() > limits_.max_string_bytes) {
    errorAtValue(value, pointer(),
                 label_ + ": " + what() + " is " + std::to_string(text.size()) +
                     " bytes long; the limit is " + std::to_string(limits_.max_string_bytes) +
                     ". Shorten it or split it.");
    return std::nullopt;
  }
  return std::string(text);
}

std::string ObjectReader::text(std::string_view key, Need need, std::string_view hint) {
  auto value = typed(key, need, JsonKind::string, hint);
  if (!value) return {};
  auto text = textValue(*value, key);
  if (text && text->find_first_not_of(" \t\n\r") == std::string::npos && need != Need::optional) {
    reportMissing(key, need, hint);
  }
  return text.value_or(std::string{});
}

bool ObjectReader::flag(std::string_view key, bool fallback) {
  auto value = typed(key, Need::optional, JsonKind::boolean);
  return value ? value->asBool() : fallback;
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, Need need,
                                                  std::int64_t minimum, std::int64_t maximum) {
  auto value = typed(key, need, JsonKind::integer);
  if (!value) return std::nullopt;
  const auto number = value->asInteger();
  if (number < minimum || number > maximum) {
    errorAtValue(*value, pointerTo(key),
                 label_ + ": " + quoted(key) + " is " + std::to_string(number) +
                     "; it must be from " + std::to_string(minimum) + " to " +
                     std::to_string(maximum) + ".");
    return std::nullopt;
  }
  return number;
}

std::optional<double> ObjectReader::number(std::string_view key, Need need) {
  auto value = typed(key, need, JsonKind::floating);
  if (!value) return std::nullopt;
  return value->asNumber();
}

std::optional<JsonValue> ObjectReader::list(std::string_view key, Need need, std::size_t minimum,
                                            std::size_t maximum, std::string_view hint) {
  auto value = typed(key, need, JsonKind::array, hint);
  if (!value) return std::nullopt;
  if (value->size() < minimum) {
    errorAtValue(*value, pointerTo(key),
                 label_ + ": " + quoted(key) + " has " + std::to_string(value->size()) +
                     (value->size() == 1 ? " item" : " items") + "; it needs at least " +
                     std::to_string(minimum) + ".");
    return std::nullopt;
  }
  if (value->size() > maximum) {
    errorAtValue(*value, pointerTo(key),
                 label_ + ": " + quoted(key) + " has " + std::to_string(value->size()) +
                     " items; the limit is " + std::to_string(maximum) + ".");
    return std::nullopt;
  }
  return value;
}

std::optional<JsonValue> ObjectReader::group(std::string_view key, Need need) {
  return typed(key, need, JsonKind::object);
}

std::vector<std::string> ObjectReader::textList(std::string_view key, Need need,
                                                std::size_t maximum, std::string_view hint) {
  std::vector<std::string> texts;
  auto value = list(key, need, need == Need::required ? 1 : 0, maximum, hint);
  if (!value) return texts;
  texts.reserve(value->size());
  for (std::size_t index = 0; index < value->size(); ++index) {
    auto item = textValue(value->at(index), key, index);
    if (item) texts.push_back(std::move(*item));
  }
  return texts;
}

void ObjectReader::warnAboutUnknownFields(std::initializer_list<std::string_view> known) {
  reportRepeatedFields();
  const std::span<const std::string_view> candidates(known.begin(), known.size());
  for (std::size_t position = 0; position < object_.size(); ++position) {
    const auto key = object_.keyAt(position);
    if (std::find(candidates.begin(), candidates.end(), key) != candidates.end()) continue;
    std::string message =
        label_ + ": Esprit does not know the field " + quoted(key) + " and ignores it.";
    if (auto suggestion = closestMatch(key, candidates); !suggestion.empty()) {
      message += " Did you mean " + quoted(suggestion) + "?";
    }
    sink_.warning(object_.keyOffsetAt(position), appendPointer(pointer_, key), std::move(message));
  }
}

void ObjectReader::errorAt(std::string_view key, std::string message) {
  auto value = object_.find(key);
  sink_.error(value ? value->offset() : object_.offset(), pointerTo(key), std::move(message));
}

void ObjectReader::warningAt(std::string_view key, std::string message) {
  auto value = object_.find(key);
  sink_.warning(value ? value->offset() : object_.offset(), pointerTo(key), std::move(message));
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string_view closestMatch(std::string_view word, std::span<const std::string_view> candidates) {
  std::string_view best;
  if (word.empty()) return best;
  std::size_t best_distance = 3;
  for (auto candidate : candidates) {
    const auto distance = editDistance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace esprit
