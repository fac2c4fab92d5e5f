// Choosing a player before playing, resuming, and weak-spots rounds.
#include "ui/PlayFlow.hpp"

#include "core/storage/WeakSpots.hpp"
#include "ui/Context.hpp"
#include "ui/ScreenStack.hpp"

namespace esprit::ui {
namespace {

// A practice round is short: a few minutes, like a normal round.
constexpr std::size_t kWeakSpotQuestions = 10;

// Puts a freshly built session in place as the round being played.
bool installRound(Context& context, std::shared_ptr<const PackEntry> entry,
                  const SessionOptions& options) {
  auto session = std::make_unique<Session>(*entry->result.pack, options);
  if (session->questionCount() == 0) return false;
  context.round.entry = std::move(entry);
  context.round.options = options;
  context.round.form = options.form;
  context.round.session = std::move(session);
  context.round.last_answer.reset();
  context.round.last_evaluation.reset();
  context.media.usePack(context.round.pack().folder);
  return true;
}

}  // namespace

std::shared_ptr<const PackEntry> findPlayablePack(const Context& context, const std::string& id,
                                                  const std::string& version) {
  if (!context.packs) return nullptr;
  for (const auto& entry : context.packs->entries()) {
    if (!entry->result.usable()) continue;
    const auto& metadata = entry->result.pack->metadata;
    if (metadata.id == id && metadata.version == version) return entry;
  }
  return nullptr;
}

void goToPackChooser(Context& context, ScreenStack& stack) {
  if (context.records.available() && !context.records.player()) {
    context.flow.chooser_after_player = true;
    stack.push(ScreenId::players);
    return;
  }
  stack.push(ScreenId::pack_chooser);
}

void playPack(Context& context, ScreenStack& stack, std::shared_ptr<const PackEntry> entry) {
  if (!entry || !entry->result.usable()) return;
  if (context.records.available() && !context.records.player()) {
    context.flow.pack_after_player = std::move(entry);
    stack.push(ScreenId::players);
    return;
  }
  if (auto unfinished = context.records.unfinishedOn(*entry->result.pack, context.round.form)) {
    context.flow.resume_offer = std::move(unfinished);
    context.flow.resume_pack = std::move(entry);
    stack.push(ScreenId::resume);
    return;
  }
  if (context.startRound(std::move(entry))) stack.push(ScreenId::play);
}

bool offerResume(Context& context, ScreenStack& stack) {
  for (auto& summary : context.records.unfinishedSessions()) {
    if (summary.answered == 0) continue;
    auto entry = findPlayablePack(context, summary.pack_id, summary.pack_version);
    if (!entry) continue;
    context.flow.resume_offer = std::move(summary);
    context.flow.resume_pack = std::move(entry);
    stack.push(ScreenId::resume);
    return true;
  }
  return false;
}

bool resumeOffered(Context& context) {
  storage::ResultStore* store = context.records.store();
  if (store == nullptr || !context.flow.resume_offer || !context.flow.resume_pack) return false;
  const storage::SessionId id = context.flow.resume_offer->id;
  auto state = store->resumeState(id);
  auto answers = store->sessionAnswers(id);
  if (!state || !answers) return false;
  if (!installRound(context, context.flow.resume_pack, storage::resumeOptions(*state)))
    return false;

  // Replaying the stored answers through the engine restores the score,
  // the streak and the results exactly; it stops at the first answer that
  // does not fit, so a changed pack never gets a wrong answer replayed.
  Session& session = *context.round.session;
  for (const auto& stored : *answers) {
    if (session.finished() || stored.position != static_cast<int>(session.position()) ||
        session.currentQuestion().id != stored.question_id) {
      break;
    }
    if (!std::holds_alternative<Evaluation>(session.submit(stored.answer))) break;
    session.advance();
  }
  context.records.adoptSession(context.round.session.get(), id);
  if (session.finished()) (void)store->finishSession(id);
  context.flow.resume_offer.reset();
  context.flow.resume_pack.reset();
  return true;
}

bool startWeakSpotRound(Context& context, std::shared_ptr<const PackEntry> entry) {
  storage::ResultStore* store = context.records.store();
  const auto& player = context.records.player();
  if (store == nullptr || !player || !entry || !entry->result.usable()) return false;
  auto history = store->practiceHistory(player->id);
  if (!history) return false;
  const std::uint64_t seed = context.takeSeed();
  const auto chosen =
      storage::chooseWeakSpotRound(*entry->result.pack, *history, kWeakSpotQuestions, seed);
  if (chosen.question_ids.empty()) return false;
  SessionOptions options;
  options.seed = seed;
  options.ask_confidence = context.settings.confidence;
  options.question_ids = chosen.question_ids;
  if (!installRound(context, std::move(entry), options)) return false;
  context.records.markPractice(context.round.session.get());
  return true;
}

}  // namespace esprit::ui
