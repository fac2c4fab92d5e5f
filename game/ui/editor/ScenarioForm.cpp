// Scenario fields, one block per kind.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ScenarioForm.hpp"

#include "core/editing/PackDrafts.hpp"
#include "ui/Icons.hpp"
#include "ui/editor/ChartTableForm.hpp"
#include "ui/editor/MediaField.hpp"

#include <imgui.h>

namespace esprit::ui::editor {
namespace {

std::string words(const FormState& form, const std::string& field) {
  return form.text("editor.scenario." + field);
}

void postFields(FormState& form, const Pack& pack, PostScenario& post) {
  textField(form, "platform", words(form, "platform"), post.platform);
  textField(form, "author/name", words(form, "author_name"), post.author.name);
  textField(form, "author/handle", words(form, "author_handle"), post.author.handle);
  checkField(form, "author/verified", words(form, "verified"), post.author.verified);
  textField(form, "time", words(form, "time"), post.time);
  textField(form, "text", words(form, "post_text"), post.text, 4);
  numberField(form, "likes", words(form, "likes"), post.likes);
  numberField(form, "shares", words(form, "shares"), post.shares);
  numberField(form, "comments", words(form, "comments"), post.comments);
  mediaField(form, pack, "image", words(form, "image"), post.image);
  textField(form, "image_alt", words(form, "image_alt"), post.image_alt);
  mediaField(form, pack, "author/avatar", words(form, "avatar"), post.author.avatar);
}

void articleFields(FormState& form, const Pack& pack, ArticleScenario& article) {
  textField(form, "outlet", words(form, "outlet"), article.outlet);
  textField(form, "address", words(form, "address"), article.address);
  textField(form, "headline", words(form, "headline"), article.headline, 2);
  textField(form, "lede", words(form, "lede"), article.lede, 3);
  textField(form, "date", words(form, "date"), article.date);
  textField(form, "byline", words(form, "byline"), article.byline);
  mediaField(form, pack, "image", words(form, "image"), article.image);
  textField(form, "image_alt", words(form, "image_alt"), article.image_alt);
}

void chatFields(FormState& form, ChatScenario& chat) {
  textField(form, "title", words(form, "chat_title"), chat.title);
  formHeading(words(form, "messages"));
  std::optional<std::size_t> removed;
  std::optional<std::pair<std::size_t, int>> moved;
  for (std::size_t index = 0; index < chat.messages.size(); ++index) {
    ChatMessage& message = chat.messages[index];
    const std::string prefix = beginEntryCard("messages", index);
    textField(form, prefix + "from", words(form, "from"), message.from);
    textField(form, prefix + "text", words(form, "message_text"), message.text, 2);
    textField(form, prefix + "time", words(form, "time"), message.time);
    checkField(form, prefix + "self", words(form, "self"), message.self);
    ImGui::SameLine();
    checkField(form, prefix + "forwarded", words(form, "forwarded"), message.forwarded);
    if (ImGui::Button(icon::kUp)) moved = {{index, -1}};
    ImGui::SameLine();
    if (ImGui::Button(icon::kDown)) moved = {{index, +1}};
    ImGui::SameLine();
    if (chat.messages.size() > 1 &&
        ImGui::Button((std::string(icon::kCross) + " " + form.text("editor.remove")).c_str())) {
      removed = index;
    }
    endEntryCard();
  }
  problemUnder(form, "messages");
  if (moved) {
    editing::moveItem(chat.messages, moved->first, moved->second);
    form.immediate(true);
  }
  if (removed) {
    chat.messages.erase(chat.messages.begin() + static_cast<std::ptrdiff_t>(*removed));
    form.immediate(true);
  }
  if (chat.messages.size() < 100 && ImGui::Button(words(form, "add_message").c_str())) {
    chat.messages.push_back(ChatMessage{});
    form.immediate(true);
  }
}

void chartFields(FormState& form, ChartScenario& chart) {
  int kind = chart.chart == ChartKind::bar ? 0 : 1;
  if (choiceField(form, "chart", words(form, "chart_kind"),
                  {words(form, "chart_bar"), words(form, "chart_line")}, kind)) {
    chart.chart = kind == 0 ? ChartKind::bar : ChartKind::line;
  }
  textField(form, "title", words(form, "chart_title"), chart.title);
  formHeading(words(form, "chart_data"));
  chartTableForm(form, chart);
  textField(form, "unit", words(form, "unit"), chart.unit);
  textField(form, "value_label", words(form, "value_label"), chart.value_label);
  textField(form, "source", words(form, "chart_source"), chart.source);
  chartMisleadingForm(form, chart);
}

void imageFields(FormState& form, const Pack& pack, ImageScenario& image) {
  mediaField(form, pack, "file", words(form, "file"), image.file);
  textField(form, "alt", words(form, "alt"), image.alt, 2);
  textField(form, "caption", words(form, "caption"), image.caption, 2);
  textField(form, "credit", words(form, "credit"), image.credit);
}

void quoteFields(FormState& form, const Pack& pack, QuoteScenario& quote) {
  textField(form, "text", words(form, "quote_text"), quote.text, 3);
  textField(form, "speaker", words(form, "speaker"), quote.speaker);
  textField(form, "role", words(form, "role"), quote.role);
  textField(form, "context", words(form, "context"), quote.context, 2);
  textField(form, "date", words(form, "date"), quote.date);
  mediaField(form, pack, "image", words(form, "portrait"), quote.image);
}

}  // namespace

void scenarioForm(FormState& form, Pack& pack, std::size_t index) {
  Scenario& scenario = pack.scenarios[index];
  std::string id = scenario.id;
  if (textField(form, "id", words(form, "id"), id)) editing::renameScenario(pack, index, id);
  int kind = static_cast<int>(scenario.content.index());
  std::vector<std::string> kinds;
  for (auto each : editing::kScenarioKinds) {
    kinds.push_back(form.text("editor.kind." + std::string(nameOf(each))));
  }
  if (choiceField(form, "kind", words(form, "kind"), kinds, kind)) {
    editing::changeScenarioKind(scenario, editing::kScenarioKinds[kind]);
  }
  ImGui::Separator();
  std::visit(
      [&](auto& content) {
        using Content = std::decay_t<decltype(content)>;
        if constexpr (std::is_same_v<Content, PostScenario>)
          postFields(form, pack, content);
        else if constexpr (std::is_same_v<Content, ArticleScenario>)
          articleFields(form, pack, content);
        else if constexpr (std::is_same_v<Content, ChatScenario>)
          chatFields(form, content);
        else if constexpr (std::is_same_v<Content, ChartScenario>)
          chartFields(form, content);
        else if constexpr (std::is_same_v<Content, ImageScenario>)
          imageFields(form, pack, content);
        else
          quoteFields(form, pack, content);
      },
      scenario.content);
}

}  // namespace esprit::ui::editor
