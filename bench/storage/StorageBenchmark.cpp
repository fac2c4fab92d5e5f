// Measures the results store on a real file: the cost of recording one answer
// (each its own synced transaction) and of building the teacher reports for a
// class of 30 players × 100 questions.
// Usage: esprit_bench_storage [FOLDER] [ANSWERS] [REPORT_RUNS]
//   FOLDER  where to create the scratch database (default: a new folder under
//           the system's temporary folder); it must be on the disk to measure.
// Prints medians: microseconds per answer, milliseconds per report.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/CsvReport.hpp"
#include "core/report/HtmlReport.hpp"
#include "core/report/ReportModel.hpp"
#include "core/storage/ResultStore.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace esprit;
using Clock = std::chrono::steady_clock;

constexpr int kClassPlayers = 30;
constexpr int kClassQuestions = 100;
constexpr int kQuestionsPerSession = 20;
constexpr const char* kTechniques[] = {
    "clickbait",       "emotional-language", "fake-experts", "cherry-picking", "source-check",
    "lateral-reading", "misleading-chart",   "base-rates",   "out-of-context", "date-check"};

struct Percentiles {
  double median = 0;
  double ninetieth = 0;
};

Percentiles percentiles(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return {samples[samples.size() / 2], samples[samples.size() * 9 / 10]};
}

double elapsed(Clock::time_point start, double unit_per_second) {
  return std::chrono::duration<double>(Clock::now() - start).count() * unit_per_second;
}

// 100 questions: every third one real-or-fake, the rest single choice, over
// ten techniques, with prompts of a realistic length.
Pack classPack() {
  Pack pack;
  pack.metadata = {"bench.class", "1.0.0", "Benchmark pack", "en", "", {}, "", 12, 0};
  for (int index = 0; index < kClassQuestions; ++index) {
    Question question;
    question.id = "q" + std::to_string(index + 1);
    question.type = index % 3 == 0 ? QuestionType::true_false : QuestionType::single_choice;
    question.prompt = "Question " + std::to_string(index + 1) +
                      ": a post shared 4,200 times claims that lemon water cures the flu. "
                      "What should you check first?";
    question.options = {"The author", "The date", "Other sources", "The number of likes"};
    question.correct_option = static_cast<std::size_t>(index % 4);
    question.is_real = index % 2 == 0;
    question.asks_confidence = true;
    question.techniques = {kTechniques[index % std::size(kTechniques)]};
    pack.questions.push_back(std::move(question));
  }
  return pack;
}

Answer answerFor(const Question& question, bool right) {
  Answer answer;
  answer.seconds_taken = 6.5;
  if (question.type == QuestionType::true_false) {
    answer.choice = BinaryAnswer{right == question.is_real, 0.7};
  } else {
    answer.choice =
        SingleChoiceAnswer{right ? question.correct_option : (question.correct_option + 1) % 4};
  }
  return answer;
}

Evaluation evaluationFor(bool right) {
  Evaluation evaluation;
  evaluation.correct = right;
  evaluation.credit = right ? 1 : 0;
  evaluation.points = right ? kPointsPerQuestion : 0;
  return evaluation;
}

template <class Value>
Value orExit(storage::Result<Value> result) {
  if (!result.ok()) {
    std::fprintf(stderr, "esprit_bench_storage: %s\n", result.error().message.c_str());
    std::exit(1);
  }
  return std::move(result).value();
}

void orExit(const storage::Status& status) {
  if (!status.ok()) {
    std::fprintf(stderr, "esprit_bench_storage: %s\n", status.error().message.c_str());
    std::exit(1);
  }
}

std::vector<std::string> sessionQuestions(int first) {
  std::vector<std::string> ids;
  for (int index = first; index < first + kQuestionsPerSession; ++index) {
    ids.push_back("q" + std::to_string(index % kClassQuestions + 1));
  }
  return ids;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path folder;
  if (argc > 1) {
    folder = argv[1];
  } else {
    std::string pattern = (std::filesystem::temp_directory_path() / "esprit-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return 1;
    folder = pattern;
  }
  const int answers_to_time = argc > 2 ? std::max(10, std::atoi(argv[2])) : 1000;
  const int report_runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
  const Pack pack = classPack();
  std::error_code ignored;
  std::filesystem::create_directories(folder, ignored);

  // 1. Recording answers one by one, as a game does.
  const auto answer_file = folder / "bench-answers.sqlite";
  std::filesystem::remove(answer_file, ignored);
  {
    auto store = orExit(storage::ResultStore::open(answer_file));
    const auto player = orExit(store.createPlayer("bench"));
    std::vector<double> microseconds;
    storage::SessionId session = 0;
    for (int index = 0; index < answers_to_time; ++index) {
      const int position = index % kQuestionsPerSession;
      if (position == 0) {
        storage::NewSession started{player.id, "solo", {}, sessionQuestions(index)};
        session = orExit(store.startSession(started, pack));
      }
      const Question& question = pack.questions[static_cast<std::size_t>(index % kClassQuestions)];
      const bool right = index % 3 != 0;
      const auto start = Clock::now();
      orExit(store.recordAnswer(session, position, question, answerFor(question, right),
                                evaluationFor(right)));
      microseconds.push_back(elapsed(start, 1e6));
    }
    const auto timing = percentiles(microseconds);
    std::printf(
        "record one answer (own transaction, WAL, synchronous=FULL): median %.0f us, "
        "90th percentile %.0f us, over %d answers\n",
        timing.median, timing.ninetieth, answers_to_time);
  }

  // 2. A class of 30 players who each answered the 100 questions, in 5 sessions.
  const auto class_file = folder / "bench-class.sqlite";
  std::filesystem::remove(class_file, ignored);
  {
    auto store = orExit(storage::ResultStore::open(class_file));
    for (int player_index = 0; player_index < kClassPlayers; ++player_index) {
      const auto player =
          orExit(store.createPlayer("player " + std::to_string(player_index + 1), "2B"));
      for (int first = 0; first < kClassQuestions; first += kQuestionsPerSession) {
        storage::NewSession started{player.id, "classroom", {}, sessionQuestions(first)};
        const auto session = orExit(store.startSession(started, pack));
        for (int position = 0; position < kQuestionsPerSession; ++position) {
          const Question& question = pack.questions[static_cast<std::size_t>(first + position)];
          const bool right = (player_index * 7 + first + position) % 5 < 3;
          orExit(store.recordAnswer(session, position, question, answerFor(question, right),
                                    evaluationFor(right)));
        }
        orExit(store.finishSession(session));
      }
    }
  }

  std::vector<double> open_times;
  std::vector<double> query_times;
  std::vector<double> csv_times;
  std::vector<double> html_times;
  std::size_t csv_bytes = 0;
  std::size_t html_bytes = 0;
  std::size_t answer_rows = 0;
  for (int run = 0; run < report_runs; ++run) {
    auto start = Clock::now();
    auto store = orExit(storage::ResultStore::open(class_file, storage::OpenOptions{false, false}));
    open_times.push_back(elapsed(start, 1e3));

    // Each report is timed whole, as the command builds it: query, model, text.
    start = Clock::now();
    auto rows = orExit(store.reportRows({std::string("2B"), std::nullopt}));
    query_times.push_back(elapsed(start, 1e3));

    start = Clock::now();
    rows = orExit(store.reportRows({std::string("2B"), std::nullopt}));
    auto model = report::buildReportModel(rows, "2B");
    const std::string csv = report::buildCsv(rows, model, {});
    csv_times.push_back(elapsed(start, 1e3));

    start = Clock::now();
    rows = orExit(store.reportRows({std::string("2B"), std::nullopt}));
    model = report::buildReportModel(rows, "2B");
    const std::string html = report::buildHtmlReport(model, {});
    html_times.push_back(elapsed(start, 1e3));

    csv_bytes = csv.size();
    html_bytes = html.size();
    answer_rows = rows.size();
  }
  std::printf("class of %d players x %d questions (%zu answers), median of %d runs:\n",
              kClassPlayers, kClassQuestions, answer_rows, report_runs);
  std::printf("  open the database (with quick_check): %.1f ms\n", percentiles(open_times).median);
  std::printf("  read the answer rows alone:           %.1f ms\n", percentiles(query_times).median);
  std::printf("  CSV report, one row per answer:       %.1f ms (%zu KB)\n",
              percentiles(csv_times).median, csv_bytes / 1024);
  std::printf("  HTML report with charts:              %.1f ms (%zu KB)\n",
              percentiles(html_times).median, html_bytes / 1024);
  if (argc <= 1) std::filesystem::remove_all(folder, ignored);
  return 0;
}
