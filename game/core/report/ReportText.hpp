// Every word the teacher reports print, in English and French, kept in one
// data table (ReportText.cpp), and the number formats of each language.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace esprit::report {

enum class Language { english, french };

// "en", "en-GB", "fr", "fr-BE" …; nullopt for a language reports do not speak.
std::optional<Language> parseLanguage(std::string_view tag);
const char* languageTag(Language language);

enum class Text {
  report_title,
  class_label,
  all_classes,
  generated_on,
  summary_players,
  summary_sessions,
  summary_answers,
  how_to_read,
  no_answers,
  questions_title,
  questions_intro,
  techniques_title,
  techniques_intro,
  players_title,
  players_intro,
  discernment_title,
  discernment_intro,
  discernment_none,
  column_player,
  column_class,
  column_session,
  column_session_started,
  column_mode,
  column_pack,
  column_pack_version,
  column_question,
  column_question_type,
  column_form,
  column_prompt,
  column_techniques,
  column_technique,
  column_answer,
  column_correct,
  column_credit,
  column_points,
  column_confidence,
  column_seconds,
  column_answered_at,
  column_players_answered,
  column_right_first_try,
  column_share_right,
  column_mean_credit,
  column_mean_seconds,
  column_questions,
  column_answers,
  column_sessions,
  column_attempts,
  column_right_attempts,
  column_first_correct,
  column_last_correct,
  column_best_credit,
  column_first_form,
  column_sensitivity_before,
  column_sensitivity_after,
  column_sensitivity_change,
  column_bias_before,
  column_bias_after,
  column_bias_change,
  column_items,
  whole_class,
  series_before,
  series_after,
  chart_share_right,
  chart_technique_share,
  chart_player_share,
  chart_sensitivity,
  no_technique,
  column_answer_data,
  answer_real,
  answer_fake,
  answer_confidence,  // "{}" stands for the percentage
  answer_nothing,
  answer_outside,
  answer_option,  // "{}" stands for the option's number
  count,          // not a text: the number of entries
};

std::string_view reportText(Text key, Language language);

// 0.75 → "75%" in English, "75 %" in French (with a narrow no-break space).
std::string formatPercent(double share, Language language);
// 1.234 with 2 digits → "1.23" / "1,23". `decimal_comma` overrides the language.
std::string formatDecimal(double value, int digits, bool decimal_comma);
// Signed, for changes: "+0.42", "−0.10" (a real minus sign in HTML text).
std::string formatChange(double value, int digits, Language language);

}  // namespace esprit::report
