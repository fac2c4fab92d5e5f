// The strict JSON parser behind JsonTree, and the tree's accessors.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTree.hpp"

#include "core/EnumNames.hpp"
#include "core/Utf8.hpp"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace esprit {
namespace {

// Bytes a string scan must stop at: the closing quote, a backslash, control
// characters (not allowed raw) and the lead bytes of multi-byte UTF-8. One
// table look-up per byte keeps plain ASCII text fast.
constexpr std::array<bool, 256> kStringStopBytes = [] {
  std::array<bool, 256> stops{};
  for (int byte = 0; byte < 0x20; ++byte) stops[byte] = true;
  for (int byte = 0x80; byte < 0x100; ++byte) stops[byte] = true;
  stops['"'] = true;
  stops['\\'] = true;
  return stops;
}();

// JSON's one-letter escapes and the character each stands for.
constexpr std::pair<char, char> kSimpleEscapes[] = {{'"', '"'},  {'\\', '\\'}, {'/', '/'},
                                                    {'b', '\b'}, {'f', '\f'},  {'n', '\n'},
                                                    {'r', '\r'}, {'t', '\t'}};

}  // namespace

// Recursive descent over the text, bounded by the nesting limit. Containers
// collect their children on a shared pending stack and move them into one
// contiguous slice when they close.
class JsonParser {
 public:
  JsonParser(std::string_view text, std::size_t max_depth)
      : begin_(text.data()),
        cursor_(text.data()),
        end_(text.data() + text.size()),
        max_depth_(max_depth) {
    tree_.nodes_.reserve(text.size() / 48 + 16);
    tree_.strings_.reserve(text.size() / 2);
  }

  JsonTree::ParseResult parse() {
    JsonTree::ParseResult result;
    // A byte-order mark is allowed at the very start; editors on Windows add it.
    if (end_ - cursor_ >= 3 && std::memcmp(cursor_, "\xEF\xBB\xBF", 3) == 0) cursor_ += 3;
    skipWhitespace();
    if (cursor_ == end_) {
      fail(offset(),
           "the file is empty. A pack is one group in { } holding \"esprit_pack\", \"id\", "
           "\"title\" and the \"questions\".");
    } else if (parseValue(0)) {
      skipWhitespace();
      if (atComment()) {
        failOnComment();
      } else if (cursor_ != end_) {
        fail(offset(),
             "there is more text after the end of the pack. The whole pack must be one "
             "{ ... }: check for a } too many above, or remove what follows.");
      }
    }
    if (error_) {
      result.error = std::move(error_);
    } else {
      result.tree = std::move(tree_);
    }
    return result;
  }

 private:
  std::size_t offset() const { return static_cast<std::size_t>(cursor_ - begin_); }

  bool fail(std::size_t at, std::string message) {
    if (!error_) error_ = JsonSyntaxError{at, std::move(message)};
    return false;
  }

  bool failAtEnd() {
    return fail(offset(),
                "the file ends too early: a closing }, ] or \" is missing. Check that every "
                "{ [ and \" you opened is closed.");
  }

  void skipWhitespace() {
#if defined(__SSE2__)
    // Pretty-printed packs indent every line: skip runs of blanks 16 at a time.
    if (cursor_ != end_ && (*cursor_ == ' ' || *cursor_ == '\n')) {
      const __m128i blank = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n');
      const __m128i tab = _mm_set1_epi8('\t'), carriage = _mm_set1_epi8('\r');
      while (end_ - cursor_ >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cursor_));
        const __m128i spaces =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, blank), _mm_cmpeq_epi8(bytes, newline)),
                         _mm_or_si128(_mm_cmpeq_epi8(bytes, tab), _mm_cmpeq_epi8(bytes, carriage)));
        const unsigned others = ~static_cast<unsigned>(_mm_movemask_epi8(spaces)) & 0xFFFFu;
        if (others != 0) {
          cursor_ += __builtin_ctz(others);
          return;
        }
        cursor_ += 16;
      }
    }
#endif
    while (cursor_ != end_ &&
           (*cursor_ == ' ' || *cursor_ == '\n' || *cursor_ == '\r' || *cursor_ == '\t')) {
      ++cursor_;
    }
  }

  std::uint32_t addNode(JsonKind kind, std::size_t at) {
    JsonTree::Node node;
    node.kind = kind;
    node.offset = static_cast<std::uint32_t>(at);
    tree_.nodes_.push_back(node);
    return static_cast<std::uint32_t>(tree_.nodes_.size() - 1);
  }

  bool atComment() const {
    return end_ - cursor_ >= 2 && cursor_[0] == '/' && (cursor_[1] == '/' || cursor_[1] == '*');
  }

  bool failOnComment() {
    return fail(offset(),
                "JSON does not allow comments (// or /* */). Remove the comment; a note for "
                "other teachers can go in the pack's \"description\".");
  }

  bool parseValue(std::size_t depth) {
    if (cursor_ == end_) return failAtEnd();
    if (atComment()) return failOnComment();
    const std::size_t start = offset();
    switch (*cursor_) {
      case '{':
        return parseObject(depth);
      case '[':
        return parseArray(depth);
      case '"': {
        const auto node = addNode(JsonKind::string, start);
        std::uint32_t first = 0, count = 0;
        if (!parseString(first, count)) return false;
        tree_.nodes_[node].first = first;
        tree_.nodes_[node].count = count;
        return true;
      }
      case 't':
        return parseLiteral("true", JsonKind::boolean, true);
      case 'f':
        return parseLiteral("false", JsonKind::boolean, false);
      case 'n':
        return parseLiteral("null", JsonKind::null, false);
      case '\'':
        return fail(start, "texts must be in double quotes \"like this\", not single quotes.");
      case '}':
      case ']':
        return fail(start,
                    "a value is missing here: perhaps a comma too many just before this bracket.");
      case ',':
        return fail(start,
                    "a comma is in the wrong place: two commas in a row, or a comma where a value "
                    "should be. Remove it, or add the missing value.");
      default:
        if (*cursor_ == '-' || (*cursor_ >= '0' && *cursor_ <= '9')) return parseNumber();
        return fail(start,
                    "this is not valid JSON: a text must be in double quotes, and true, false and "
                    "null are written in lower case. Check for a missing quote just before.");
    }
  }

  bool parseLiteral(std::string_view word, JsonKind kind, bool value) {
    const std::size_t start = offset();
    if (static_cast<std::size_t>(end_ - cursor_) < word.size() ||
        std::string_view(cursor_, word.size()) != word) {
      return fail(start,
                  "this is not valid JSON: a text must be in double quotes, and true, false and "
                  "null are written in lower case. Check for a missing quote just before.");
    }
    cursor_ += word.size();
    const auto node = addNode(kind, start);
    tree_.nodes_[node].number.boolean = value;
    return true;
  }

  bool parseNumber() {
    const std::size_t start = offset();
    const char* first = cursor_;
    auto digits = [this] {
      const char* before = cursor_;
      while (cursor_ != end_ && *cursor_ >= '0' && *cursor_ <= '9') ++cursor_;
      return cursor_ != before;
    };
    auto bad = [&] {
      return fail(start,
                  "a number is written wrongly. Use a dot for decimals (3.5, not 3,5), no "
                  "leading zeros and no quotes around numbers.");
    };
    if (*cursor_ == '-') ++cursor_;
    if (cursor_ == end_) return bad();
    if (*cursor_ == '0') {
      ++cursor_;
      if (cursor_ != end_ && *cursor_ >= '0' && *cursor_ <= '9') return bad();
    } else if (!digits()) {
      return bad();
    }
    bool is_integer = true;
    if (cursor_ != end_ && *cursor_ == '.') {
      ++cursor_;
      is_integer = false;
      if (!digits()) return bad();
    }
    if (cursor_ != end_ && (*cursor_ == 'e' || *cursor_ == 'E')) {
      ++cursor_;
      is_integer = false;
      if (cursor_ != end_ && (*cursor_ == '+' || *cursor_ == '-')) ++cursor_;
      if (!digits()) return bad();
    }
    if (is_integer) {
      std::int64_t value = 0;
      auto [end, error] = std::from_chars(first, cursor_, value);
      if (error == std::errc{} && end == cursor_) {
        tree_.nodes_[addNode(JsonKind::integer, start)].number.integer = value;
        return true;
      }
    }
    // Too large for 64 bits, or a fraction: keep it as a double rather than wrap.
    double value = 0;
    auto [end, error] = std::from_chars(first, cursor_, value);
    if (error == std::errc::result_out_of_range) {
      value =
          *first == '-' ? -std::numeric_limits<double>::max() : std::numeric_limits<double>::max();
    } else if (error != std::errc{} || end != cursor_) {
      return bad();
    }
    tree_.nodes_[addNode(JsonKind::floating, start)].number.floating = value;
    return true;
  }

  static int hexValue(char digit) {
    if (digit >= '0' && digit <= '9') return digit - '0';
    if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
    if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
    return -1;
  }

  bool readHex4(unsigned& code) {
    if (end_ - cursor_ < 4) return false;
    code = 0;
    for (int index = 0; index < 4; ++index) {
      const int digit = hexValue(cursor_[index]);
      if (digit < 0) return false;
      code = code * 16 + static_cast<unsigned>(digit);
    }
    cursor_ += 4;
    return true;
  }

  bool parseEscape() {
    const std::size_t start = offset();  // at the backslash
    ++cursor_;
    if (cursor_ == end_) return failAtEnd();
    const char escaped = *cursor_++;
    for (const auto& [letter, character] : kSimpleEscapes) {
      if (escaped == letter) {
        tree_.strings_ += character;
        return true;
      }
    }
    if (escaped != 'u') {
      return fail(start,
                  std::string("\\") + escaped +
                      " is not a JSON escape. Write \\\\ for a backslash, \\n for a line break, "
                      "\\\" for a quote.");
    }
    auto bad_unicode = [&] {
      return fail(start,
                  "a \\u escape must be followed by four hexadecimal digits, and a surrogate "
                  "pair must be complete (\\uD83D\\uDE00). Or type the character itself.");
    };
    unsigned code = 0;
    if (!readHex4(code)) return bad_unicode();
    if (code >= 0xD800 && code <= 0xDBFF) {
      unsigned low = 0;
      if (end_ - cursor_ < 2 || cursor_[0] != '\\' || cursor_[1] != 'u') return bad_unicode();
      cursor_ += 2;
      if (!readHex4(low) || low < 0xDC00 || low > 0xDFFF) return bad_unicode();
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return bad_unicode();
    }
    appendUtf8(tree_.strings_, code);
    return true;
  }

  // Length of the valid UTF-8 sequence at the cursor, or 0 (RFC 3629: no
  // overlong forms, no surrogates, nothing above U+10FFFF).
  std::size_t utf8SequenceLength() const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(cursor_);
    const std::size_t available = static_cast<std::size_t>(end_ - cursor_);
    const unsigned char lead = bytes[0];
    auto continuation = [&](std::size_t index) {
      return index < available && (bytes[index] & 0xC0) == 0x80;
    };
    if (lead >= 0xC2 && lead <= 0xDF) return continuation(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
      if (!continuation(1) || !continuation(2)) return 0;
      if (lead == 0xE0 && bytes[1] < 0xA0) return 0;   // overlong
      if (lead == 0xED && bytes[1] >= 0xA0) return 0;  // surrogate
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      if (!continuation(1) || !continuation(2) || !continuation(3)) return 0;
      if (lead == 0xF0 && bytes[1] < 0x90) return 0;   // overlong
      if (lead == 0xF4 && bytes[1] >= 0x90) return 0;  // above U+10FFFF
      return 4;
    }
    return 0;
  }

  // Moves the cursor over bytes that need no attention inside a string.
  void skipPlainStringBytes() {
#if defined(__SSE2__)
    // Sixteen bytes at a time: a signed compare below 0x20 catches control
    // characters and every byte of 0x80 and above in one go.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end_ - cursor_ >= 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cursor_));
      const __m128i stops =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                       _mm_cmplt_epi8(bytes, space));
      const int mask = _mm_movemask_epi8(stops);
      if (mask != 0) {
        cursor_ += __builtin_ctz(static_cast<unsigned>(mask));
        return;
      }
      cursor_ += 16;
    }
#endif
    while (cursor_ != end_ && !kStringStopBytes[static_cast<unsigned char>(*cursor_)]) ++cursor_;
  }

  bool parseString(std::uint32_t& first, std::uint32_t& count) {
    ++cursor_;  // opening quote
    first = static_cast<std::uint32_t>(tree_.strings_.size());
    const char* run = cursor_;  // plain bytes not yet copied
    for (;;) {
      skipPlainStringBytes();
      if (cursor_ == end_) return failAtEnd();
      const auto byte = static_cast<unsigned char>(*cursor_);
      if (byte == '"') {
        tree_.strings_.append(run, cursor_);
        ++cursor_;
        break;
      }
      if (byte == '\\') {
        tree_.strings_.append(run, cursor_);
        if (!parseEscape()) return false;
        run = cursor_;
      } else if (byte == '\n' || byte == '\r' || byte == '\t') {
        return fail(offset(),
                    "a text contains a line break or tab. Inside quotes, write a line break "
                    "as \\n and a tab as \\t (or close the quote if it was forgotten).");
      } else if (byte < 0x20) {
        return fail(
            offset(),
            "a text contains an invisible control character (code " + std::to_string(byte) +
                "), often pasted from another program. Delete it and retype the text around it.");
      } else {
        const std::size_t length = utf8SequenceLength();
        if (length == 0) {
          return fail(offset(),
                      "this text is not valid UTF-8. Save the file with the UTF-8 encoding "
                      "(in most editors: Save as, then Encoding: UTF-8).");
        }
        cursor_ += length;
      }
    }
    count = static_cast<std::uint32_t>(tree_.strings_.size() - first);
    return true;
  }

  bool enter(std::size_t depth) {
    if (depth < max_depth_) return true;
    return fail(offset(), "the pack nests lists and groups more than " +
                              std::to_string(max_depth_) +
                              " levels deep. A pack never needs that many: check the brackets.");
  }

  void closeContainer(std::uint32_t node, std::size_t first_pending) {
    auto& container = tree_.nodes_[node];
    container.first = static_cast<std::uint32_t>(tree_.children_.size());
    container.count = static_cast<std::uint32_t>(pending_.size() - first_pending);
    tree_.children_.insert(tree_.children_.end(),
                           pending_.begin() + static_cast<std::ptrdiff_t>(first_pending),
                           pending_.end());
    pending_.resize(first_pending);
  }

  struct OpenContainer {
    std::uint32_t node;
    std::size_t first_pending;
  };

  // Starts the array or object whose bracket is at the cursor; nothing when
  // it would nest too deeply (the problem is already reported).
  std::optional<OpenContainer> openContainer(JsonKind kind, std::size_t depth) {
    if (!enter(depth)) return std::nullopt;
    OpenContainer container{addNode(kind, offset()), pending_.size()};
    ++cursor_;
    skipWhitespace();
    return container;
  }

  // Closes the container when its closing bracket is at the cursor.
  bool closesHere(char bracket, const OpenContainer& container) {
    if (cursor_ == end_ || *cursor_ != bracket) return false;
    ++cursor_;
    closeContainer(container.node, container.first_pending);
    return true;
  }

  // The value of a list item or a field, then the space after it: the cursor
  // is left on what must come next, a comma or the closing bracket.
  bool parseMember(JsonTree::Child child, std::size_t depth) {
    child.node = static_cast<std::uint32_t>(tree_.nodes_.size());
    if (!parseValue(depth + 1)) return false;
    pending_.push_back(child);
    skipWhitespace();
    return cursor_ != end_ || failAtEnd();
  }

  // A list or a group: items, each read by `parseItem` with the space after
  // it, separated by commas up to the closing bracket.
  template <class ParseItem>
  bool parseContainer(JsonKind kind, char closing, std::size_t depth, const char* missing_comma,
                      ParseItem parseItem) {
    const auto container = openContainer(kind, depth);
    if (!container) return false;
    if (closesHere(closing, *container)) return true;
    for (;;) {
      skipWhitespace();
      if (!parseItem()) return false;
      if (*cursor_ == ',') {
        ++cursor_;
        continue;
      }
      if (closesHere(closing, *container)) return true;
      if (atComment()) return failOnComment();
      return fail(offset(), missing_comma);
    }
  }

  bool parseArray(std::size_t depth) {
    return parseContainer(
        JsonKind::array, ']', depth,
        "a comma is missing between two items of this list, or its ] is missing.", [&] {
          if (cursor_ != end_ && *cursor_ == ']') {
            return fail(offset(),
                        "there is a comma just before this ]. Remove the comma after the last "
                        "item.");
          }
          return parseMember(JsonTree::Child{}, depth);
        });
  }

  bool parseObject(std::size_t depth) {
    return parseContainer(
        JsonKind::object, '}', depth,
        "a comma is missing between two fields, or the } that closes this group is missing.", [&] {
          if (cursor_ == end_) return failAtEnd();
          if (atComment()) return failOnComment();
          if (*cursor_ != '"') {
            if (*cursor_ == '}') {
              return fail(
                  offset(),
                  "there is a comma just before this }. Remove the comma after the last field.");
            }
            if (*cursor_ == '\'') {
              return fail(offset(),
                          "field names must be in double quotes \"like_this\", not single quotes.");
            }
            return fail(offset(),
                        "a field name in double quotes was expected here, such as \"title\". Check "
                        "for a missing quote, or a missing } above.");
          }
          JsonTree::Child child;
          child.key_offset = static_cast<std::uint32_t>(offset());
          if (!parseString(child.key_first, child.key_count)) return false;
          skipWhitespace();
          if (cursor_ == end_) return failAtEnd();
          if (*cursor_ != ':') {
            return fail(offset(),
                        "a colon is missing after the field name: write \"name\": value.");
          }
          ++cursor_;
          skipWhitespace();
          return parseMember(child, depth);
        });
  }

  const char* begin_;
  const char* cursor_;
  const char* end_;
  std::size_t max_depth_;
  std::vector<JsonTree::Child> pending_;
  JsonTree tree_;
  std::optional<JsonSyntaxError> error_;
};

JsonTree::ParseResult JsonTree::parse(std::string_view text, std::size_t max_depth) {
  return JsonParser(text, max_depth).parse();
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
  return {tree_->strings_.data() + node.first, node.count};
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
  return {tree_->strings_.data() + child.key_first, child.key_count};
}

std::size_t JsonValue::keyOffsetAt(std::size_t position) const {
  return tree_->children_[tree_->nodes_[index_].first + position].key_offset;
}

std::optional<JsonValue> JsonValue::find(std::string_view key) const {
  const auto& node = tree_->nodes_[index_];
  if (node.kind != JsonKind::object) return std::nullopt;
  // Validation looks fields up by name all the time: compare lengths first.
  const char* strings = tree_->strings_.data();
  for (std::uint32_t position = node.first; position < node.first + node.count; ++position) {
    const auto& child = tree_->children_[position];
    if (child.key_count == key.size() &&
        std::memcmp(strings + child.key_first, key.data(), key.size()) == 0) {
      return JsonValue(tree_, child.node);
    }
  }
  return std::nullopt;
}

std::size_t JsonValue::offset() const { return tree_->nodes_[index_].offset; }

namespace {

// Words for a message that tells an author what they wrote instead.
constexpr EnumName<JsonKind> kKindDescriptions[] = {
    {JsonKind::null, "null"},
    {JsonKind::boolean, "true or false"},
    {JsonKind::integer, "a whole number"},
    {JsonKind::floating, "a number"},
    {JsonKind::string, "a text in quotes"},
    {JsonKind::array, "a list in [ ]"},
    {JsonKind::object, "a group in { }"},
};
static_assert(inEnumOrder(kKindDescriptions), "one description per JSON kind, in order");

}  // namespace

std::string_view describeKind(JsonKind kind) { return nameIn(kKindDescriptions, kind); }

}  // namespace esprit
