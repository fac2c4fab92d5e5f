#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a valid pack of N questions (default 10,000) for the load benchmark.

Every question type and scenario kind appears, with texts of realistic length,
so the file is about 1 KB per question like the shipped packs.
Usage: make_large_pack.py OUTPUT_FOLDER [QUESTIONS]
"""
import json
import os
import random
import sys

TAGS = ["clickbait", "emotional-language", "source-check", "lateral-reading", "misleading-chart",
        "sample-size", "correlation-causation", "fake-experts", "out-of-context", "date-check"]
WORDS = ("the city council said on tuesday that three schools will keep phones in lockers "
         "during lessons from january after a trial found pupils were less distracted and "
         "teachers reported calmer classrooms while parents asked how families would reach "
         "children in an emergency").split()


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def option(rng):
    """A six-word option of about 40 characters: options of even length, as
    good items have, so the pack draws no item-writing warning."""
    while True:
        text = sentence(rng, 6)
        if 34 <= len(text) <= 46:
            return text


def scenario(rng, index):
    kind = ["post", "article", "chat", "chart", "quote"][index % 5]
    base = {"id": f"s{index}", "kind": kind}
    if kind == "post":
        base.update(platform="Chirper", author={"name": "Daily Wonders", "handle": f"@daily{index}",
                    "verified": index % 2 == 0}, time="3 h", text=sentence(rng, 30) + " #news",
                    likes=rng.randint(0, 90000), shares=rng.randint(0, 9000), comments=rng.randint(0, 900))
    elif kind == "article":
        base.update(outlet="The Riverside Courier", address=f"https://courier.example/{index}",
                    headline=sentence(rng, 10), lede=sentence(rng, 35), date="2 March 2026", byline="By A. Writer")
    elif kind == "chat":
        base.update(title="Class 2B", messages=[{"from": "Sam", "text": sentence(rng, 14), "time": "08:12",
                    "forwarded": True}, {"from": "Me", "text": sentence(rng, 8), "time": "08:13", "self": True}])
    elif kind == "chart":
        base.update(chart="bar", title=sentence(rng, 5), labels=["2021", "2022", "2023", "2024"],
                    series=[{"name": "Reports", "values": [912, 931, 925, 940]}], value_label="per year",
                    source="Invented figures", misleading={"axis_from": 900})
    else:
        base.update(text=sentence(rng, 20), speaker="Someone Famous", role="writer", context=sentence(rng, 8))
    return base


def question(rng, index, scenario_count):
    kind = ["single", "true_false", "multiple", "ordering", "true_false"][index % 5]
    q = {"id": f"q{index}", "type": kind, "prompt": sentence(rng, 12)}
    if index % 3 != 0:
        q["scenario"] = f"s{index % scenario_count}"
    if kind in ("single", "multiple", "ordering"):
        q["options"] = [option(rng) for _ in range(4)]
    if kind == "single":
        q["answer"] = index % 4 + 1
    elif kind == "multiple":
        q["answer"] = [1, 3]
    elif kind == "true_false":
        q["answer"] = index % 2 == 0
        q["confidence"] = True
    q["explanation"] = sentence(rng, 45)
    q["techniques"] = [TAGS[index % len(TAGS)], TAGS[(index * 7) % len(TAGS)]]
    q["difficulty"] = ["easy", "medium", "hard"][index % 3]
    q["sources"] = [{"title": sentence(rng, 8), "publisher": "Esprit benchmark", "year": 2024,
                     "url": f"https://example.org/source/{index}"}]
    return q


def main():
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    rng = random.Random(20261124)
    scenario_count = max(5, count // 5)
    pack = {"esprit_pack": 1, "id": "esprit.benchmark", "version": "1.0.0", "title": "Benchmark pack",
            "language": "en", "description": "Generated for the load benchmark.",
            "scenarios": [scenario(rng, i) for i in range(scenario_count)],
            "questions": [question(rng, i, scenario_count) for i in range(count)]}
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "pack.json"), "w", encoding="utf-8") as out:
        json.dump(pack, out, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
