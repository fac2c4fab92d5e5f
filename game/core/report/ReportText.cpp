// The words of the teacher reports in each language, as data.
#include "ReportText.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace esprit::report {
namespace {

struct TextEntry {
  Text key;
  const char* english;
  const char* french;
};

// One row per Text, in the enum's order (checked below at compile time).
constexpr TextEntry kTexts[] = {
    {Text::report_title, "Esprit class report", "Rapport de classe Esprit"},
    {Text::class_label, "Class", "Classe"},
    {Text::all_classes, "All classes", "Toutes les classes"},
    {Text::generated_on, "Made on", "Créé le"},
    {Text::summary_players, "players", "joueurs"},
    {Text::summary_sessions, "sessions", "sessions"},
    {Text::summary_answers, "answers", "réponses"},
    {Text::how_to_read,
     "Shares count each player's first answer to each question, so practising a question again "
     "does not hide that it was hard at first.",
     "Les pourcentages comptent la première réponse de chaque joueur à chaque question : refaire "
     "une question ne cache pas qu'elle était difficile au départ."},
    {Text::no_answers, "No answers have been recorded yet.",
     "Aucune réponse n'a encore été enregistrée."},
    {Text::questions_title, "Questions: how many got it right",
     "Questions : combien ont bien répondu"},
    {Text::questions_intro,
     "The share of players who answered right is the question's difficulty: the lower the bar, "
     "the harder the question. Hardest questions are worth discussing in class.",
     "La part des joueurs qui ont bien répondu mesure la difficulté de la question : plus la barre "
     "est courte, plus la question est difficile. Les plus difficiles méritent une discussion en "
     "classe."},
    {Text::techniques_title, "Techniques", "Techniques"},
    {Text::techniques_intro,
     "How well the class recognises each manipulation technique or scientific idea, hardest "
     "first. The mean credit also counts half-right answers, such as picking some of the red "
     "flags.",
     "Dans quelle mesure la classe reconnaît chaque technique de manipulation ou notion "
     "scientifique, de la plus difficile à la plus facile. Le crédit moyen compte aussi les "
     "réponses en partie justes, comme repérer une partie des signaux d'alerte."},
    {Text::players_title, "Players", "Joueurs"},
    {Text::players_intro,
     "Each player's share of right first answers, with their sessions and points.",
     "La part de premières réponses justes de chaque joueur, avec ses sessions et ses points."},
    {Text::discernment_title, "Discernment before and after (assessment forms A and B)",
     "Discernement avant et après (formes A et B de l'évaluation)"},
    {Text::discernment_intro,
     "Sensitivity (d′) measures how well a player tells reliable content from manipulation: "
     "0 is guessing, 1 is good, 2 or more is very good. Bias (c) shows a leaning: below 0 the "
     "player calls too much content fake, above 0 they trust too much. A good course raises d′ "
     "without pushing the bias below 0. Before is the form played first.",
     "La sensibilité (d′) mesure à quel point un joueur distingue un contenu fiable d'une "
     "manipulation : 0 revient au hasard, 1 est bien, 2 ou plus est très bien. Le biais (c) montre "
     "un penchant : sous 0, le joueur juge trop de contenus faux ; au-dessus de 0, il fait trop "
     "confiance. Un bon cours augmente d′ sans faire passer le biais sous 0. « Avant » est la "
     "forme jouée en premier."},
    {Text::discernment_none,
     "No player has played both forms (A and B) of the assessment pack esprit.assessment yet.",
     "Aucun joueur n'a encore joué les deux formes (A et B) du paquet d'évaluation "
     "esprit.assessment."},
    {Text::column_player, "Player", "Joueur"},
    {Text::column_class, "Class", "Classe"},
    {Text::column_session, "Session", "Session"},
    {Text::column_session_started, "Session started", "Début de la session"},
    {Text::column_mode, "Mode", "Mode"},
    {Text::column_pack, "Pack", "Paquet"},
    {Text::column_pack_version, "Pack version", "Version du paquet"},
    {Text::column_question, "Question", "Question"},
    {Text::column_question_type, "Question type", "Type de question"},
    {Text::column_form, "Form", "Forme"},
    {Text::column_prompt, "Prompt", "Énoncé"},
    {Text::column_techniques, "Techniques", "Techniques"},
    {Text::column_technique, "Technique", "Technique"},
    {Text::column_answer, "Answer", "Réponse"},
    {Text::column_correct, "Correct", "Juste"},
    {Text::column_credit, "Credit", "Crédit"},
    {Text::column_points, "Points", "Points"},
    {Text::column_confidence, "Confidence", "Confiance"},
    {Text::column_seconds, "Seconds", "Secondes"},
    {Text::column_answered_at, "Answered at (UTC)", "Répondu le (UTC)"},
    {Text::column_players_answered, "Players", "Joueurs"},
    {Text::column_right_first_try, "Right", "Justes"},
    {Text::column_share_right, "Share right", "Part de justes"},
    {Text::column_mean_credit, "Mean credit", "Crédit moyen"},
    {Text::column_mean_seconds, "Mean seconds", "Secondes en moyenne"},
    {Text::column_questions, "Questions", "Questions"},
    {Text::column_answers, "Answers", "Réponses"},
    {Text::column_sessions, "Sessions", "Sessions"},
    {Text::column_attempts, "Attempts", "Essais"},
    {Text::column_right_attempts, "Right attempts", "Essais justes"},
    {Text::column_first_correct, "First correct", "Premier essai juste"},
    {Text::column_last_correct, "Last correct", "Dernier essai juste"},
    {Text::column_best_credit, "Best credit", "Meilleur crédit"},
    {Text::column_first_form, "Form played first", "Forme jouée en premier"},
    {Text::column_sensitivity_before, "d′ before", "d′ avant"},
    {Text::column_sensitivity_after, "d′ after", "d′ après"},
    {Text::column_sensitivity_change, "Change in d′", "Évolution de d′"},
    {Text::column_bias_before, "Bias before", "Biais avant"},
    {Text::column_bias_after, "Bias after", "Biais après"},
    {Text::column_bias_change, "Change in bias", "Évolution du biais"},
    {Text::column_items, "Real-or-fake items (before / after)",
     "Items vrai ou faux (avant / après)"},
    {Text::whole_class, "Whole class (answers pooled)", "Toute la classe (réponses regroupées)"},
    {Text::series_before, "before", "avant"},
    {Text::series_after, "after", "après"},
    {Text::chart_share_right, "Share of players who answered each question right",
     "Part des joueurs qui ont bien répondu à chaque question"},
    {Text::chart_technique_share, "Share right per technique", "Part de justes par technique"},
    {Text::chart_player_share, "Share of right first answers per player",
     "Part de premières réponses justes par joueur"},
    {Text::chart_sensitivity, "Sensitivity d′ before and after, per player",
     "Sensibilité d′ avant et après, par joueur"},
    {Text::no_technique, "(no technique)", "(sans technique)"},
    {Text::column_answer_data, "Answer (data)", "Réponse (données)"},
    {Text::answer_real, "real", "vrai"},
    {Text::answer_fake, "fake", "faux"},
    {Text::answer_confidence, "({} sure)", "(sûr à {})"},
    {Text::answer_nothing, "(nothing selected)", "(rien de coché)"},
    {Text::answer_outside, "(outside every part)", "(hors de toute zone)"},
    {Text::answer_option, "option {}", "option {}"},
};

constexpr bool tableFollowsEnum() {
  if (std::size(kTexts) != static_cast<std::size_t>(Text::count)) return false;
  for (std::size_t index = 0; index < std::size(kTexts); ++index) {
    if (static_cast<std::size_t>(kTexts[index].key) != index) return false;
  }
  return true;
}
static_assert(tableFollowsEnum(), "kTexts needs one row per Text, in the enum's order");

}  // namespace

std::optional<Language> parseLanguage(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_."));
  if (primary == "en" || primary == "EN" || primary == "C" || primary == "POSIX") {
    return Language::english;
  }
  if (primary == "fr" || primary == "FR") return Language::french;
  return std::nullopt;
}

const char* languageTag(Language language) { return language == Language::french ? "fr" : "en"; }

std::string_view reportText(Text key, Language language) {
  const TextEntry& entry = kTexts[static_cast<std::size_t>(key)];
  return language == Language::french ? entry.french : entry.english;
}

std::string formatDecimal(double value, int digits, bool decimal_comma) {
  if (!std::isfinite(value)) return "";
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  std::string formatted = text;
  if (formatted == "-0" || formatted.find_first_not_of("-0.") == std::string::npos) {
    formatted.erase(0, formatted[0] == '-' ? 1 : 0);  // no "-0.00"
  }
  if (decimal_comma) {
    for (char& character : formatted) {
      if (character == '.') character = ',';
    }
  }
  return formatted;
}

std::string formatPercent(double share, Language language) {
  const std::string number = formatDecimal(share * 100.0, 0, language == Language::french);
  // French typography puts a narrow no-break space (U+202F) before %.
  return language == Language::french ? number + "\u202F%" : number + "%";
}

std::string formatChange(double value, int digits, Language language) {
  std::string number = formatDecimal(std::fabs(value), digits, language == Language::french);
  if (number.find_first_not_of("0.,") == std::string::npos) return number;  // no sign on zero
  return (value < 0 ? "\u2212" : "+") + number;
}

}  // namespace esprit::report
