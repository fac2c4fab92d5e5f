// A name for each value of an enum, kept in one table: what Esprit writes
// and reads for the enum (packs, the database, reports, the protocol) or the
// translation key of each value. One table per enum, so a name is spelled
// in exactly one place, and lookups both ways go through it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace esprit {

template <class Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

// True when the table lists its enum's values in order, 0 first: write
// `static_assert(inEnumOrder(kTable))` beside every table nameIn() reads.
template <class Enum, std::size_t Count>
constexpr bool inEnumOrder(const EnumName<Enum> (&table)[Count]) {
  for (std::size_t index = 0; index < Count; ++index) {
    if (static_cast<std::size_t>(table[index].value) != index) return false;
  }
  return true;
}

// The name of a value, from a table in its enum's order: the value's name
// is at its index. A value outside the table (a corrupt cast) gets the first.
template <class Enum, std::size_t Count>
constexpr std::string_view nameIn(const EnumName<Enum> (&table)[Count], Enum value) {
  const auto index = static_cast<std::size_t>(value);
  return index < Count ? table[index].name : table[0].name;
}

// The value with this exact name; nullopt for an unknown one.
template <class Enum>
std::optional<Enum> parseName(std::span<const EnumName<Enum>> table, std::string_view name) {
  for (const auto& entry : table) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

// "single, true_false, multiple, ordering or hotspot": for messages.
template <class Enum>
std::string listNames(std::span<const EnumName<Enum>> table) {
  std::string list;
  for (std::size_t index = 0; index < table.size(); ++index) {
    if (index > 0) list += index + 1 == table.size() ? " or " : ", ";
    list += table[index].name;
  }
  return list;
}

}  // namespace esprit
