// Pack metadata fields.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/MetadataForm.hpp"

#include "ui/Widgets.hpp"

namespace esprit::ui::editor {

void metadataForm(FormState& form, Pack& pack) {
  PackMetadata& metadata = pack.metadata;
  textField(form, "title", form.text("editor.pack.title"), metadata.title);
  textField(form, "id", form.text("editor.pack.id"), metadata.id);
  widgets::mutedText(form.text("editor.pack.id_help"));
  textField(form, "version", form.text("editor.pack.version"), metadata.version);
  textField(form, "language", form.text("editor.pack.language"), metadata.language);
  textField(form, "description", form.text("editor.pack.description"), metadata.description, 3);
  listField(form, "authors", form.text("editor.pack.authors"), metadata.authors);
  textField(form, "licence", form.text("editor.pack.licence"), metadata.licence);
  std::int64_t min_age = metadata.min_age, max_age = metadata.max_age;
  if (numberField(form, "min_age", form.text("editor.pack.min_age"), min_age)) {
    metadata.min_age = static_cast<int>(min_age);
  }
  if (numberField(form, "max_age", form.text("editor.pack.max_age"), max_age)) {
    metadata.max_age = static_cast<int>(max_age);
  }
  // Last, so that a long folder path never moves the fields above it.
  widgets::mutedText(
      form.context->translations.format("editor.pack.folder", {{"folder", pack.folder.string()}}));
}

}  // namespace esprit::ui::editor
