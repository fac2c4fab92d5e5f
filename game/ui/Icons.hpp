// The symbols the UI writes as text, in one place, so the font atlas can be
// built with exactly these glyphs (they come from DejaVu Sans, see Fonts.cpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace esprit::ui::icon {

inline constexpr const char* kCheck = "\u2713";       // ✓ right answer
inline constexpr const char* kCross = "\u2717";       // ✗ wrong answer
inline constexpr const char* kHalf = "\u25D0";        // ◐ partly right
inline constexpr const char* kStar = "\u2605";        // ★ streak
inline constexpr const char* kUp = "\u25B2";          // ▲ move up
inline constexpr const char* kDown = "\u25BC";        // ▼ move down
inline constexpr const char* kWarning = "\u26A0";     // ⚠ pack problem
inline constexpr const char* kBoxEmpty = "\u2610";    // ☐ not selected
inline constexpr const char* kBoxChecked = "\u2611";  // ☑ selected
inline constexpr const char* kDot = "\u25CF";         // ● chosen option
inline constexpr const char* kCircle = "\u25CB";      // ○ option not chosen
inline constexpr const char* kArrowLeft = "\u2190";   // ← back
inline constexpr const char* kArrowRight = "\u2192";  // → next
inline constexpr const char* kFolder = "\u25A4";      // ▤ folder button
inline constexpr const char* kBook = "\u2261";        // ≡ sources
inline constexpr const char* kMinus = "\u2212";       // − less (Debian's Noto Sans lacks it)

// Code points of every symbol above, for the font atlas: pairs of
// [first, last], ending with 0 as ImGui expects.
inline constexpr unsigned short kSymbolRanges[] = {
    0x2190, 0x2193, 0x2212, 0x2212, 0x2261, 0x2261, 0x25A4, 0x25A4, 0x25B2,
    0x25B2, 0x25BC, 0x25BC, 0x25CB, 0x25CB, 0x25CF, 0x25D0, 0x2605, 0x2605,
    0x2610, 0x2611, 0x26A0, 0x26A0, 0x2713, 0x2713, 0x2717, 0x2717, 0,
};

}  // namespace esprit::ui::icon
