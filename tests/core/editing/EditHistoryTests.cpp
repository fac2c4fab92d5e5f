// Undo and redo over pack snapshots.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditHistory.hpp"

#include <doctest/doctest.h>

using esprit::Pack;
using esprit::editing::EditHistory;

namespace {
Pack titled(const std::string& title) {
  Pack pack;
  pack.metadata.title = title;
  return pack;
}
}  // namespace

TEST_CASE("undo goes back through each recorded edit and redo comes forward again") {
  EditHistory history(titled("a"));
  CHECK(history.record(titled("b")));
  CHECK(history.record(titled("c")));
  CHECK(history.undo().metadata.title == "b");
  CHECK(history.undo().metadata.title == "a");
  CHECK_FALSE(history.canUndo());
  CHECK(history.undo().metadata.title == "a");
  CHECK(history.redo().metadata.title == "b");
  CHECK(history.redo().metadata.title == "c");
  CHECK_FALSE(history.canRedo());
}

TEST_CASE("recording the same pack again adds no step") {
  EditHistory history(titled("a"));
  CHECK_FALSE(history.record(titled("a")));
  CHECK_FALSE(history.canUndo());
}

TEST_CASE("a new edit after undo forgets what could have been redone") {
  EditHistory history(titled("a"));
  history.record(titled("b"));
  history.undo();
  history.record(titled("x"));
  CHECK_FALSE(history.canRedo());
  CHECK(history.undo().metadata.title == "a");
}

TEST_CASE("the saved state is known, also after undoing back to it") {
  EditHistory history(titled("a"));
  CHECK(history.isSaved());
  history.record(titled("b"));
  CHECK_FALSE(history.isSaved());
  history.markSaved();
  CHECK(history.isSaved());
  history.undo();
  CHECK_FALSE(history.isSaved());
  history.redo();
  CHECK(history.isSaved());
}

TEST_CASE("a full history drops its oldest states and never claims an unreachable save") {
  EditHistory history(titled("0"), 3);
  history.record(titled("1"));
  history.record(titled("2"));
  history.record(titled("3"));
  CHECK(history.size() == 3);
  history.undo();
  history.undo();
  CHECK(history.current().metadata.title == "1");
  CHECK_FALSE(history.canUndo());
  CHECK_FALSE(history.isSaved());
}
