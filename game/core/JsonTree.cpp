// Builds a JsonTree from nlohmann's SAX events, tracking byte offsets with an
// iterator that reports how far the parser has read.
#include "JsonTree.hpp"

#include <nlohmann/json.hpp>

#include <iterator>
#include <limits>

namespace esprit {
namespace {

// An input iterator over the text that publishes its position, so the SAX
// handler knows where the parser is when each event arrives.
struct PositionReportingIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* current = nullptr;
  const char** reported = nullptr;

  reference operator*() const { return *current; }
  PositionReportingIterator& operator++() {
    ++current;
    *reported = current;
    return *this;
  }
  PositionReportingIterator operator++(int) {
    auto before = *this;
    ++*this;
    return before;
  }
  bool operator==(const PositionReportingIterator& other) const { return current == other.current; }
};

bool isSeparator(char character) {
  return character == ' ' || character == '\t' || character == '\n' || character == '\r' ||
         character == ',' || character == ':';
}

// Turns nlohmann's technical parse message into advice a teacher can act on.
std::string explainSyntaxError(const std::string& technical, bool at_end) {
  auto contains = [&technical](std::string_view part) {
    return technical.find(part) != std::string::npos;
  };
  if (contains("ill-formed UTF-8") || contains("invalid UTF-8")) {
    return "this text is not valid UTF-8. Save the file with the UTF-8 encoding "
           "(in most editors: Save as, then Encoding: UTF-8).";
  }
  if (contains("control character")) {
    return "a text contains a line break or tab. Inside quotes, write a line break as \\n "
           "and a tab as \\t.";
  }
  if (at_end || contains("unexpected end of input")) {
    return "the file ends too early: a closing }, ] or \" is missing. "
           "Check that every { [ and \" you opened is closed.";
  }
  if (contains("invalid literal")) {
    return "this is not valid JSON: a text must be in double quotes, and true, false and null "
           "are written in lower case. Check for a missing quote or comma just before.";
  }
  if (contains("expected ',' or '}'") || contains("expected ',' or ']'")) {
    return "a comma is missing between two items, or a bracket is not closed.";
  }
  if (contains("unexpected ','")) {
    return "a comma is in the wrong place: two commas in a row, or a comma just before } or ]. "
           "Remove it, or add the missing value.";
  }
  if (contains("unexpected '}'") || contains("unexpected ']'")) {
    return "a value is missing here: perhaps a comma too many just before this bracket.";
  }
  if (contains("unexpected ':'")) {
    return "a colon is in the wrong place: a field is written \"name\": value, inside { }.";
  }
  if (contains("expected end of input")) {
    return "there is more text after the end of the pack. The whole pack must be one { ... }.";
  }
  if (contains("invalid string")) {
    return "a text in quotes is broken: check its backslashes (write \\\\ for one backslash) "
           "and its \\u escapes.";
  }
  if (contains("invalid number")) {
    return "a number is written wrongly. Use a dot for decimals (3.5, not 3,5) and no leading zeros.";
  }
  // Keep nlohmann's own description, without its code prefix.
  std::string detail = technical;
  if (auto colon = detail.find(": "); detail.rfind("[json.exception", 0) == 0 && colon != std::string::npos) {
    detail = detail.substr(colon + 2);
  }
  return "this is not valid JSON (" + detail + "). Check for a missing comma, quote or bracket.";
}

}  // namespace

class JsonTreeBuilder final : public nlohmann::json_sax<nlohmann::json> {
 public:
  JsonTreeBuilder(std::string_view text, std::size_t max_depth, const char** position)
      : text_(text), max_depth_(max_depth), position_(position) {}

  bool null() override { return addScalar(JsonKind::null); }
  bool boolean(bool value) override {
    auto& node = addScalarNode(JsonKind::boolean);
    node.number.boolean = value;
    return true;
  }
  bool number_integer(number_integer_t value) override {
    addScalarNode(JsonKind::integer).number.integer = value;
    return true;
  }
  bool number_unsigned(number_unsigned_t value) override {
    if (value > static_cast<number_unsigned_t>(std::numeric_limits<std::int64_t>::max())) {
      addScalarNode(JsonKind::floating).number.floating = static_cast<double>(value);
    } else {
      addScalarNode(JsonKind::integer).number.integer = static_cast<std::int64_t>(value);
    }
    return true;
  }
  bool number_float(number_float_t value, const string_t&) override {
    addScalarNode(JsonKind::floating).number.floating = value;
    return true;
  }
  bool string(string_t& value) override {
    auto& node = addScalarNode(JsonKind::string);
    node.first = static_cast<std::uint32_t>(tree_.strings_.size());
    node.count = static_cast<std::uint32_t>(value.size());
    tree_.strings_ += value;
    return true;
  }
  bool binary(binary_t&) override { return addScalar(JsonKind::null); }

  bool start_object(std::size_t) override { return openContainer(JsonKind::object); }
  bool end_object() override { return closeContainer(); }
  bool start_array(std::size_t) override { return openContainer(JsonKind::array); }
  bool end_array() override { return closeContainer(); }

  bool key(string_t& name) override {
    pending_key_offset_ = startOfNextToken();
    pending_key_first_ = static_cast<std::uint32_t>(tree_.strings_.size());
    pending_key_count_ = static_cast<std::uint32_t>(name.size());
    tree_.strings_ += name;
    consumed_until_ = reportedOffset();
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& problem) override {
    const std::string technical = problem.what();
    // Point at the start of the unexpected token, where a teacher would look;
    // but at the very byte for encoding problems inside a text.
    std::size_t offset = position > 0 ? std::min(position - 1, text_.size()) : 0;
    const bool about_a_byte = technical.find("UTF-8") != std::string::npos ||
                              technical.find("control character") != std::string::npos;
    if (!about_a_byte && last_token.size() <= position &&
        text_.substr(position - last_token.size(), last_token.size()) == last_token) {
      offset = position - last_token.size();
    }
    error_ = JsonSyntaxError{offset, explainSyntaxError(technical, position >= text_.size())};
    return false;
  }

  JsonTree takeTree() { return std::move(tree_); }
  std::optional<JsonSyntaxError> takeError() { return std::move(error_); }

 private:
  std::size_t reportedOffset() const { return static_cast<std::size_t>(*position_ - text_.data()); }

  // The previous event ended at consumed_until_; the next token starts after
  // the whitespace, commas and colons that follow it.
  std::size_t startOfNextToken() const {
    std::size_t offset = consumed_until_;
    while (offset < text_.size() && isSeparator(text_[offset])) ++offset;
    return offset;
  }

  JsonTree::Node& addScalarNode(JsonKind kind) {
    JsonTree::Node node;
    node.kind = kind;
    node.offset = static_cast<std::uint32_t>(startOfNextToken());
    consumed_until_ = reportedOffset();
    attach(static_cast<std::uint32_t>(tree_.nodes_.size()));
    tree_.nodes_.push_back(node);
    return tree_.nodes_.back();
  }

  bool addScalar(JsonKind kind) {
    addScalarNode(kind);
    return true;
  }

  // Records the node as a child of the container being built, if any.
  void attach(std::uint32_t node) {
    if (open_.empty()) return;
    pending_.push_back({node, pending_key_first_, pending_key_count_,
                        static_cast<std::uint32_t>(pending_key_offset_)});
  }

  bool openContainer(JsonKind kind) {
    if (open_.size() >= max_depth_) {
      error_ = JsonSyntaxError{startOfNextToken(),
                               "the pack nests lists and groups more than " +
                                   std::to_string(max_depth_) +
                                   " levels deep. A pack never needs that many: check the "
                                   "brackets."};
      return false;
    }
    JsonTree::Node node;
    node.kind = kind;
    node.offset = static_cast<std::uint32_t>(startOfNextToken());
    consumed_until_ = reportedOffset();
    const auto index = static_cast<std::uint32_t>(tree_.nodes_.size());
    attach(index);
    tree_.nodes_.push_back(node);
    open_.push_back({index, pending_.size()});
    return true;
  }

  // Moves the finished container's children from the pending stack into
  // one contiguous slice.
  bool closeContainer() {
    const auto [index, first_pending] = open_.back();
    open_.pop_back();
    auto& node = tree_.nodes_[index];
    node.first = static_cast<std::uint32_t>(tree_.children_.size());
    node.count = static_cast<std::uint32_t>(pending_.size() - first_pending);
    tree_.children_.insert(tree_.children_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(first_pending),
                           pending_.end());
    pending_.resize(first_pending);
    consumed_until_ = reportedOffset();
    return true;
  }

  struct OpenContainer {
    std::uint32_t node;
    std::size_t first_pending;
  };

  std::string_view text_;
  std::size_t max_depth_;
  const char** position_;
  std::size_t consumed_until_ = 0;
  std::uint32_t pending_key_first_ = 0;
  std::uint32_t pending_key_count_ = 0;
  std::size_t pending_key_offset_ = 0;
  std::vector<OpenContainer> open_;
  std::vector<JsonTree::Child> pending_;
  JsonTree tree_;
  std::optional<JsonSyntaxError> error_;
};

JsonTree::ParseResult JsonTree::parse(std::string_view text, std::size_t max_depth) {
  const char* position = text.data();
  JsonTreeBuilder builder(text, max_depth, &position);
  // Roughly one value per 12 bytes of a typical pack; saves regrowing.
  PositionReportingIterator first{text.data(), &position};
  PositionReportingIterator last{text.data() + text.size(), &position};
  const bool parsed = nlohmann::json::sax_parse(first, last, &builder);
  ParseResult result;
  if (parsed) {
    result.tree = builder.takeTree();
  } else {
    result.error = builder.takeError();
    if (!result.error) result.error = JsonSyntaxError{0, "this file could not be read as JSON."};
  }
  return result;
}

JsonKind JsonValue::kind() const { return tree_->nodes_[index_].kind; }
bool JsonValue::asBool() const { return tree_->nodes_[index_].number.boolean; }
std::int64_t JsonValue::asInteger() const { return tree_->nodes_[index_].number.integer; }

double JsonValue::asNumber() const {
  const auto& node = tree_->nodes_[index_];
  return node.kind == JsonKind::integer ? static_cast<double>(node.number.integer)
                                        : node.number.floating;
}

std::string_view JsonValue::asString() const {
  const auto& node = tree_->nodes_[index_];
  return std::string_view(tree_->strings_).substr(node.first, node.count);
}

std::size_t JsonValue::size() const {
  const auto& node = tree_->nodes_[index_];
  return (node.kind == JsonKind::array || node.kind == JsonKind::object) ? node.count : 0;
}

JsonValue JsonValue::at(std::size_t position) const {
  const auto& node = tree_->nodes_[index_];
  return JsonValue(tree_, tree_->children_[node.first + position].node);
}

std::string_view JsonValue::keyAt(std::size_t position) const {
  const auto& child = tree_->children_[tree_->nodes_[index_].first + position];
  return std::string_view(tree_->strings_).substr(child.key_first, child.key_count);
}

std::size_t JsonValue::keyOffsetAt(std::size_t position) const {
  return tree_->children_[tree_->nodes_[index_].first + position].key_offset;
}

std::optional<JsonValue> JsonValue::find(std::string_view key) const {
  if (!isObject()) return std::nullopt;
  for (std::size_t position = 0; position < size(); ++position) {
    if (keyAt(position) == key) return at(position);
  }
  return std::nullopt;
}

std::size_t JsonValue::offset() const { return tree_->nodes_[index_].offset; }

std::string_view describeKind(JsonKind kind) {
  switch (kind) {
    case JsonKind::null: return "null";
    case JsonKind::boolean: return "true or false";
    case JsonKind::integer: return "a whole number";
    case JsonKind::floating: return "a number";
    case JsonKind::string: return "a text in quotes";
    case JsonKind::array: return "a list in [ ]";
    case JsonKind::object: return "a group in { }";
  }
  return "a value";
}

}  // namespace esprit
