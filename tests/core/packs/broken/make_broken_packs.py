#!/usr/bin/env python3
# Writes the broken-pack corpus: one small valid pack (BASE), and one folder per
# rule, each a copy of BASE with exactly one mistake. BrokenPackTest.cpp says
# what Esprit must report for each. Run it again after changing BASE or a case.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

BASE = """{
  "esprit_pack": 1,
  "id": "esprit.test-broken",
  "version": "1.0.0",
  "title": "A small pack to break",
  "language": "en",
  "description": "The valid pack every broken test pack starts from.",
  "authors": ["Esprit tests"],
  "licence": "CC0-1.0",
  "min_age": 12,
  "scenarios": [
    {
      "id": "post-lemon",
      "kind": "post",
      "platform": "Chirper",
      "author": { "name": "Natural Health Today", "handle": "@natural_health_2day", "verified": false },
      "time": "3 h",
      "text": "Hot lemon water cures the flu in 24 hours #health",
      "likes": 15300,
      "shares": 4200,
      "comments": 830
    },
    {
      "id": "chart-thefts",
      "kind": "chart",
      "chart": "bar",
      "title": "Thefts reported in Riverside",
      "labels": ["2021", "2022", "2023", "2024"],
      "series": [ { "name": "Thefts", "values": [912, 931, 925, 940] } ],
      "value_label": "reports per year",
      "source": "Invented figures for this exercise",
      "misleading": { "axis_from": 900 }
    },
    {
      "id": "image-flood",
      "kind": "image",
      "file": "media/flood.png",
      "alt": "A street under water with a shark fin near a car",
      "caption": "Shark swims down the high street after the storm!"
    }
  ],
  "questions": [
    {
      "id": "q-lemon-step",
      "type": "single",
      "scenario": "post-lemon",
      "prompt": "What is the best first step to check this post?",
      "options": ["Count its likes", "Look up what health agencies say", "Ask the account", "Share it to ask friends"],
      "answer": 2,
      "explanation": "Likes only show that a post is popular, not that it is true.",
      "techniques": ["lateral-reading"],
      "difficulty": "easy",
      "sources": [ { "title": "Lateral reading", "publisher": "Esprit tests", "year": 2023, "url": "https://example.org/lateral" } ]
    },
    {
      "id": "q-flood-real",
      "type": "true_false",
      "scenario": "image-flood",
      "prompt": "Is this picture reliable?",
      "answer": false,
      "wording": "reliable_unreliable",
      "confidence": true,
      "explanation": "The same shark picture is shared after every storm.",
      "techniques": ["reverse-image"],
      "sources": [ { "title": "Shark pictures", "publisher": "Esprit tests", "year": 2024, "url": "https://example.org/shark" } ]
    },
    {
      "id": "q-thefts-flags",
      "type": "multiple",
      "scenario": "chart-thefts",
      "prompt": "Select everything that makes this chart misleading.",
      "options": ["The axis starts at 900", "The bars are blue", "Small changes look huge"],
      "answer": [1, 3],
      "explanation": "Starting the axis at 900 turns a change of 3 % into bars twice as tall.",
      "techniques": ["misleading-chart"],
      "sources": [ { "title": "Truncated axes", "publisher": "Esprit tests", "year": 2022, "url": "https://example.org/axis" } ]
    },
    {
      "id": "q-lemon-tap",
      "type": "hotspot",
      "scenario": "post-lemon",
      "prompt": "Tap what shows the account is not a health authority.",
      "regions": [
        { "id": "handle", "part": "handle", "label": "the handle" },
        { "id": "counts", "part": "counts", "label": "the like and share counts" }
      ],
      "answer": ["handle"],
      "explanation": "A health authority would not call itself natural_health_2day.",
      "techniques": ["impersonation"],
      "sources": [ { "title": "Fake accounts", "publisher": "Esprit tests", "year": 2025, "url": "https://example.org/accounts" } ]
    }
  ]
}
"""


def tiny_png():
    """A 1x1 grey PNG, so the image scenario has a real picture to find."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def replace(text, old, new):
    if text.count(old) != 1:
        raise SystemExit("the text to replace must occur exactly once: " + repr(old))
    return text.replace(old, new)


def question(text, question_id):
    """The text of one question of BASE, from its { to its }."""
    start = text.index('    {\n      "id": "' + question_id + '"')
    end = text.index("\n    }", start) + len("\n    }")
    return text[start:end]


def extra_single(number, answer):
    return (',\n    {\n      "id": "q-extra-' + str(number) + '",\n      "type": "single",\n'
            '      "prompt": "Which of these is a primary source, number ' + str(number) + '?",\n'
            '      "options": ["A blog about the study", "The study itself", "A post sharing it"],\n'
            '      "answer": ' + str(answer) + ',\n'
            '      "explanation": "The study itself is where the claim comes from.",\n'
            '      "techniques": ["primary-source"],\n'
            '      "sources": [ { "title": "Primary sources", "publisher": "Esprit tests", "year": 2024, '
            '"url": "https://example.org/primary" } ]\n    }')


def extra_fake(number):
    return (',\n    {\n      "id": "q-extra-fake-' + str(number) + '",\n      "type": "true_false",\n'
            '      "scenario": "post-lemon",\n'
            '      "prompt": "Is claim ' + str(number) + ' of this post true?",\n'
            '      "answer": false,\n'
            '      "explanation": "No drink cures the flu in a day.",\n'
            '      "techniques": ["fake-experts"],\n'
            '      "sources": [ { "title": "Flu facts", "publisher": "Esprit tests", "year": 2024, '
            '"url": "https://example.org/flu" } ]\n    }')


LAST_QUESTION_END = '      "sources": [ { "title": "Fake accounts", "publisher": "Esprit tests", "year": 2025, "url": "https://example.org/accounts" } ]\n    }'
SINGLE_OPTIONS = '"options": ["Count its likes", "Look up what health agencies say", "Ask the account", "Share it to ask friends"]'
HOTSPOT_REGIONS = ('      "regions": [\n'
                   '        { "id": "handle", "part": "handle", "label": "the handle" },\n'
                   '        { "id": "counts", "part": "counts", "label": "the like and share counts" }\n'
                   '      ],\n')


def edits(*pairs):
    """A case made of text replacements, each of which must match once."""
    def apply(text):
        for old, new in pairs:
            text = replace(text, old, new)
        return text
    return apply


def delete_line(line):
    return edits((line + "\n", ""))


# Folder name -> function that breaks BASE (text in, text or bytes out), and
# an optional function that prepares the folder's media/ beyond flood.png.
CASES = {
    # Broken JSON.
    "01-missing-comma": edits(('"title": "A small pack to break",', '"title": "A small pack to break"')),
    "02-trailing-comma": edits(('"Share it to ask friends"]', '"Share it to ask friends",]')),
    "03-unclosed-bracket": edits(('      "answer": [1, 3],\n', '      "answer": [1, 3,\n')),
    "04-unquoted-text": edits(('"platform": "Chirper"', '"platform": Chirper')),
    "05-single-quotes": edits(('"time": "3 h"', "'time': '3 h'")),
    "06-raw-line-break": edits(('cures the flu in 24 hours', 'cures the flu\nin 24 hours')),
    "07-file-ends-early": lambda text: text[:text.index('"explanation": "Starting the axis') + len('"explanation": "Starting the axis')],
    "08-text-after-end": lambda text: text + '{ "id": "q-extra", "type": "single" }\n',
    "09-invalid-utf8": lambda text: replace(text, "the high street", "the caf\u00e9 street").encode("utf-8").replace(b"caf\xc3\xa9", b"caf\xe9"),
    # Wrong types.
    "10-title-is-a-number": edits(('"title": "A small pack to break"', '"title": 42')),
    "11-answer-is-text": edits(('"answer": 2,', '"answer": "2",')),
    "12-options-is-text": edits((SINGLE_OPTIONS, '"options": "Count its likes, Look up what health agencies say, Ask the account"')),
    "13-likes-is-text": edits(('"likes": 15300', '"likes": "15.3k"')),
    "14-verified-is-text": edits(('"verified": false', '"verified": "no"')),
    "15-techniques-is-text": edits(('"techniques": ["lateral-reading"]', '"techniques": "lateral-reading"')),
    "16-chart-value-is-text": edits(('"values": [912, 931, 925, 940]', '"values": [912, "931", 925, 940]')),
    "17-question-is-text": edits(('    {\n      "id": "q-lemon-step"', '    "q-lemon-step",\n    {\n      "id": "q-lemon-step"')),
    "18-pack-is-a-list": lambda text: "[\n" + text.rstrip("\n") + "\n]\n",
    "19-min-age-is-text": edits(('"min_age": 12', '"min_age": "12 years"')),
    # Missing required fields.
    "20-missing-esprit-pack": delete_line('  "esprit_pack": 1,'),
    "21-missing-pack-id": delete_line('  "id": "esprit.test-broken",'),
    "22-missing-title": delete_line('  "title": "A small pack to break",'),
    "23-missing-language": delete_line('  "language": "en",'),
    "24-missing-questions": lambda text: text[:text.index(',\n  "questions"')] + "\n}\n",
    "25-missing-prompt": delete_line('      "prompt": "What is the best first step to check this post?",'),
    "26-missing-type": delete_line('      "type": "single",'),
    "27-missing-answer": delete_line('      "answer": 2,'),
    "28-missing-options": delete_line("      " + SINGLE_OPTIONS + ","),
    "29-missing-kind": delete_line('      "kind": "chart",'),
    "30-missing-image-alt": delete_line('      "alt": "A street under water with a shark fin near a car",'),
    "31-missing-version": delete_line('  "version": "1.0.0",'),
    # Pack-wide rules.
    "32-newer-format": edits(('"esprit_pack": 1', '"esprit_pack": 2')),
    "33-bad-pack-id": edits(('"id": "esprit.test-broken"', '"id": "My Pack!"')),
    "34-bad-language-tag": edits(('"language": "en"', '"language": "English"')),
    "35-duplicate-question-id": edits(('"id": "q-thefts-flags"', '"id": "q-lemon-step"')),
    "36-duplicate-scenario-id": edits(('"id": "image-flood"', '"id": "post-lemon"'), ('"scenario": "image-flood"', '"scenario": "post-lemon"')),
    "37-duplicate-key": edits(('      "difficulty": "easy",\n', '      "difficulty": "easy",\n      "prompt": "What should you check first?",\n')),
    "38-missing-scenario": edits(('"scenario": "chart-thefts"', '"scenario": "chart-theft"')),
    # Answers.
    "39-single-answer-zero": edits(('"answer": 2,', '"answer": 0,')),
    "40-single-answer-too-big": edits(('"answer": 2,', '"answer": 5,')),
    "41-multiple-answer-too-big": edits(('"answer": [1, 3]', '"answer": [1, 4]')),
    "42-multiple-answer-repeated": edits(('"answer": [1, 3]', '"answer": [3, 1, 3]')),
    "43-true-false-answer-text": edits(('"answer": false,', '"answer": "false",')),
    "44-unknown-question-type": edits(('"type": "multiple"', '"type": "multipel"')),
    "45-unknown-scenario-kind": edits(('"kind": "post"', '"kind": "tweet"')),
    # Hotspots.
    "46-hotspot-without-scenario": edits(('      "scenario": "post-lemon",\n      "prompt": "Tap', '      "prompt": "Tap')),
    "47-hotspot-unknown-part": edits(('"part": "counts"', '"part": "likes"')),
    "48-rectangle-off-the-picture": edits(
        ('"scenario": "post-lemon",\n      "prompt": "Tap what shows the account is not a health authority."',
         '"scenario": "image-flood",\n      "prompt": "Tap the part of the picture that looks pasted in."'),
        (HOTSPOT_REGIONS,
         '      "regions": [\n'
         '        { "id": "fin", "x": 0.55, "y": 0.4, "width": 0.15, "height": 0.2, "label": "the shark fin" },\n'
         '        { "id": "car", "x": 0.8, "y": 0.5, "width": 0.3, "height": 0.2, "label": "the car" }\n'
         '      ],\n'),
        ('"answer": ["handle"]', '"answer": ["fin"]')),
    "49-hotspot-answer-not-a-region": edits(('"answer": ["handle"]', '"answer": ["avatar"]')),
    "50-part-on-a-picture": edits(
        ('"scenario": "post-lemon",\n      "prompt": "Tap what shows the account is not a health authority."',
         '"scenario": "image-flood",\n      "prompt": "Tap the part of the picture that looks pasted in."'),
        (HOTSPOT_REGIONS,
         '      "regions": [\n'
         '        { "id": "fin", "x": 0.55, "y": 0.4, "width": 0.15, "height": 0.2, "label": "the shark fin" },\n'
         '        { "id": "car", "part": "image", "label": "the car" }\n'
         '      ],\n'),
        ('"answer": ["handle"]', '"answer": ["fin"]')),
    # Charts.
    "51-chart-values-count": edits(('"values": [912, 931, 925, 940]', '"values": [912, 931, 925]')),
    "52-dual-axis-without-right-series": edits(('"misleading": { "axis_from": 900 }', '"misleading": { "axis_from": 900, "dual_axis": true }')),
    "53-axis-from-above-smallest": edits(('"axis_from": 900', '"axis_from": 920')),
    "54-range-out-of-bounds": edits(('"misleading": { "axis_from": 900 }', '"misleading": { "axis_from": 900, "range": [1, 4] }')),
    # Limits.
    "55-too-few-options": edits((SINGLE_OPTIONS + ',\n      "answer": 2', '"options": ["Look up what health agencies say"],\n      "answer": 1')),
    "56-too-many-options": edits((SINGLE_OPTIONS, '"options": ["Count its likes", "Look up what health agencies say", "Ask the account", "Share it to ask friends", '
                                                  '"Read the comments", "Check the date", "Look at the picture", "Ask a teacher", '
                                                  '"Search the claim", "Wait a day", "Ask a pharmacist"]')),
    "57-text-too-long": edits(('"explanation": "Likes only show that a post is popular, not that it is true."',
                               '"explanation": "Likes only show that a post is popular, not that it is true.' + " Popular is not true." * 500 + '"')),
    "58-nesting-too-deep": edits(('"authors": ["Esprit tests"]', '"authors": ' + "[" * 16 + '"Esprit tests"' + "]" * 16)),
    # Media.
    "59-media-path-with-dots": edits(('"file": "media/flood.png"', '"file": "media/../../01-missing-comma/media/flood.png"')),
    "60-media-absolute-path": edits(('"file": "media/flood.png"', '"file": "/home/teacher/flood.png"')),
    "61-media-backslash": edits(('"file": "media/flood.png"', '"file": "media\\\\flood.png"')),
    "62-media-file-missing": edits(('"file": "media/flood.png"', '"file": "media/flood-photo.png"')),
    "63-media-link-outside": edits(('"file": "media/flood.png"', '"file": "media/street.png"')),
    "64-media-not-a-picture": edits(('"file": "media/flood.png"', '"file": "media/flood.svg"')),
    "65-source-url-without-http": edits(('"url": "https://example.org/shark"', '"url": "www.example.org/shark"')),
    # Warnings: the pack still plays.
    "66-missing-explanation": delete_line('      "explanation": "The same shark picture is shared after every storm.",'),
    "67-missing-sources": edits((',\n      "sources": [ { "title": "Truncated axes", "publisher": "Esprit tests", "year": 2022, "url": "https://example.org/axis" } ]', '')),
    "68-unknown-technique": edits(('"techniques": ["misleading-chart"]', '"techniques": ["misleading-charts"]')),
    "69-unused-scenario": edits(('\n  ],\n  "questions"',
                                 ',\n    {\n      "id": "quote-einstein",\n      "kind": "quote",\n'
                                 '      "text": "Insanity is doing the same thing over and over.",\n'
                                 '      "speaker": "Albert Einstein"\n    }\n  ],\n  "questions"')),
    "70-answer-always-second": edits((LAST_QUESTION_END, LAST_QUESTION_END + extra_single(1, 2) + extra_single(2, 2) + extra_single(3, 2))),
    "71-real-fake-unbalanced": edits((LAST_QUESTION_END, LAST_QUESTION_END + "".join(extra_fake(n) for n in range(1, 6)))),
    "72-unknown-field": edits(('"difficulty": "easy"', '"dificulty": "easy"')),
    "73-confidence-on-single": edits(('      "answer": 2,\n', '      "answer": 2,\n      "confidence": true,\n')),
    "74-options-on-true-false": edits(('      "answer": false,\n', '      "options": ["Reliable", "Unreliable"],\n      "answer": false,\n')),
    # More errors, found by teachers coming from other quiz tools.
    "75-type-from-another-quiz-format": edits(('"type": "multiple"', '"type": "multiple_choice"')),
    "76-bad-question-id": edits(('"id": "q-thefts-flags"', '"id": "q thefts flags"')),
    "77-unknown-difficulty": edits(('"difficulty": "easy"', '"difficulty": "very easy"')),
    "78-comment": edits(('  "version": "1.0.0",\n', '  // raise the version when questions change\n  "version": "1.0.0",\n')),
    "79-bad-scenario-id": edits(('"id": "post-lemon"', '"id": "post lemon"'), ('"scenario": "post-lemon",\n      "prompt": "What', '"scenario": "post lemon",\n      "prompt": "What'),
                                ('"scenario": "post-lemon",\n      "prompt": "Tap', '"scenario": "post lemon",\n      "prompt": "Tap')),
    "80-media-not-really-a-picture": lambda text: text,  # flood.png holds a web page: see FAKE_PICTURES
}

# Cases whose pack.json is valid but whose media/flood.png is not a picture.
FAKE_PICTURES = {
    "80-media-not-really-a-picture": b"<!DOCTYPE html>\n<html><body>Saved from a browser, not a picture</body></html>\n",
}


def write_case(name, breaker):
    folder = os.path.join(HERE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "media"))
    with open(os.path.join(folder, "media", "flood.png"), "wb") as picture:
        picture.write(FAKE_PICTURES.get(name, tiny_png()))
    if name == "63-media-link-outside":
        # A link to a picture of another pack: it exists, but outside this one.
        os.symlink("../../../valid/every-kind/media/street.png", os.path.join(folder, "media", "street.png"))
    broken = breaker(BASE)
    if isinstance(broken, str):
        broken = broken.encode("utf-8")
    if broken == BASE.encode("utf-8") and name not in FAKE_PICTURES:
        raise SystemExit(name + " changes nothing")
    with open(os.path.join(folder, "pack.json"), "wb") as pack:
        pack.write(broken)


def main():
    for name in sorted(os.listdir(HERE)):
        if os.path.isdir(os.path.join(HERE, name)) and name not in CASES:
            shutil.rmtree(os.path.join(HERE, name))
    for name, breaker in CASES.items():
        write_case(name, breaker)
    print(len(CASES), "broken packs written")


if __name__ == "__main__":
    main()
