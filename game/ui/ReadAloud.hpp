// Read-aloud on the screens: the speaker button (drawn as shapes, crisp at
// any size), the key that does the same, starting and stopping the voice,
// and telling the player what to install when speech-dispatcher is missing.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Translations.hpp"

#include <string>

namespace esprit::ui {

struct Context;

// Starts reading `text` in `language`, or stops when reading already. When
// speech cannot work, opens a dialog saying what to install instead.
void toggleReading(Context& context, const std::string& text, const std::string& language);

// The speaker button ("Read aloud", or "Stop reading" while the voice
// speaks); nothing when the read-aloud setting is off. Returns true when
// pressed. Call showSpeechProblem once per frame on the same screen.
bool readAloudButton(Context& context);
float readAloudButtonWidth(const Context& context);

// The dialog toggleReading opens when speech cannot work.
void showSpeechProblem(Context& context);

// The language a round's text is read in: the pack's (its base, "fr" for
// "fr-BE"), else the interface's.
std::string readingLanguage(const Context& context);

// The joining words ("Question 2 of 8", "Option 1") in the reading language,
// so that a French pack is read in French words in an English interface.
const Translations& readingWords(Context& context);

}  // namespace esprit::ui
