#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that questions/pack.schema.json agrees with Esprit's validator.

Every pack the validator accepts (the shipped packs, the valid test packs and
the broken test packs that only earn warnings) must pass the schema, and every
broken test pack whose rule a JSON Schema can express must fail it. The packs
whose rule no schema can express are listed below with the reason, so that a
new broken pack is checked against the schema unless someone says why not.

With --verdicts (the esprit_pack_verdicts helper built beside this test), it
also changes the valid test packs one field at a time, about two thousand ways
(every field removed, set to null, set to an empty text, and random changes), and
checks that no variant the validator accepts is refused by the schema.

Exit 0 when they agree, 1 when they do not, 77 (ctest's "skipped") when
python3-jsonschema is not installed.
"""
import argparse
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

SKIPPED = 77

# Broken packs that break a rule the schema cannot express, with the reason.
BEYOND_THE_SCHEMA = {
    "35-duplicate-question-id": "two questions with one id: a schema cannot compare the ids of different items",
    "36-duplicate-scenario-id": "two scenarios with one id: a schema cannot compare the ids of different items",
    "37-duplicate-key": "a field written twice: JSON readers keep only one of the two, so a schema never sees the other",
    "38-missing-scenario": "a question naming a scenario that does not exist: a reference between items",
    "40-single-answer-too-big": "an answer beyond the number of options: compares two fields",
    "41-multiple-answer-too-big": "an answer beyond the number of options: compares two fields",
    "48-rectangle-off-the-picture": "x + width passes 1: a sum of two fields",
    "49-hotspot-answer-not-a-region": "an answer naming none of the question's regions: a reference between fields",
    "50-part-on-a-picture": "a named part on an image: depends on the kind of the scenario the question refers to",
    "51-chart-values-count": "one value per label: compares the lengths of two lists",
    "53-axis-from-above-smallest": "axis_from above the smallest value: compares a field with the data",
    "54-range-out-of-bounds": "a range beyond the last label: compares a field with the number of labels",
    "62-media-file-missing": "a media file that is not there: only the file system knows",
    "63-media-link-outside": "a link that points outside the pack folder: only the file system knows",
    "80-media-not-really-a-picture": "a web page saved as .png: only the file's first bytes tell",
}

# Broken packs that only earn warnings: the pack still plays, so the schema
# must accept it.
WARNINGS_ONLY = {
    "66-missing-explanation",
    "67-missing-sources",
    "68-unknown-technique",
    "69-unused-scenario",
    "70-answer-always-second",
    "71-real-fake-unbalanced",
    "72-unknown-field",
    "73-confidence-on-single",
    "74-options-on-true-false",
}


class NotJson(Exception):
    pass


def refuse_constant(name):
    raise ValueError(name + " is not JSON")


def read_pack(path):
    """The pack's JSON, or NotJson when the validator's parser would stop first."""
    with open(path, "rb") as stream:
        raw = stream.read()
    try:
        # Esprit accepts a byte order mark, as editors on Windows write one.
        text = raw.decode("utf-8-sig")
        return json.loads(text, parse_constant=refuse_constant)
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise NotJson(str(error)) from error


def pointer_of(error):
    return "/" + "/".join(str(part) for part in error.absolute_path)


def schema_errors(validator, pack):
    return sorted(validator.iter_errors(pack), key=lambda error: list(map(str, error.absolute_path)))


def pack_folders(directory):
    return sorted(
        os.path.join(directory, name)
        for name in os.listdir(directory)
        if os.path.isfile(os.path.join(directory, name, "pack.json"))
    )


# Values a variant puts in place of a field: every JSON type, limits and their
# neighbours, texts that look like ids, paths, addresses and enum words.
REPLACEMENTS = [
    None, True, False, 0, -1, 1, 2, 11, 120, 121, 1.5, 0.5, 1.00005, 10000000001,
    "", " ", "\t", "x", "x" * 10001, "a b", "ok-id", "ok\n", "A", "B", "bar", "line", "right",
    "easy", "real_fake", "fr-BE", "handle", "text", "title", "message:1", "message:0",
    "media/street.png", "media/x.png", "media/../x.png", "/x.png", "media\\x.png", "C:x.png",
    "media/.png", "media/x.svg", "https://example.org/a", "www.example.org", "ftp://example.org",
    [], ["a"], [1, 1], [0, 1], [1, 0], {}, {"id": "x"},
]


def paths_in(node, prefix=()):
    """Every place in the tree, as a tuple of keys and indexes."""
    yield prefix
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from paths_in(child, prefix + (key,))


def changed_copy(pack, place, change):
    """A copy of the pack with `change(parent, key)` applied at `place`."""
    variant = copy.deepcopy(pack)
    parent = variant
    for key in place[:-1]:
        parent = parent[key]
    change(parent, place[-1])
    return variant


def remove(parent, key):
    del parent[key]


def set_to(value):
    def change(parent, key):
        parent[key] = copy.deepcopy(value)
    return change


def repeat_at_end(parent, key):
    parent.append(copy.deepcopy(parent[key]))


def add_unknown_field(parent, key):
    parent[key]["a_field_esprit_does_not_know"] = 1


def variants_of(pack, chooser, random_count):
    """Yields (place, change described, variant): at every place the field
    removed, set to null and set to an empty text, then `random_count` random
    changes drawn from REPLACEMENTS and list edits."""
    places = [place for place in paths_in(pack) if place]
    for place in places:
        yield place, "removed", changed_copy(pack, place, remove)
        yield place, "set to null", changed_copy(pack, place, set_to(None))
        yield place, "set to \"\"", changed_copy(pack, place, set_to(""))
    for _ in range(random_count):
        place = chooser.choice(places)
        target = pack
        for key in place:
            target = target[key]
        roll = chooser.random()
        if roll < 0.1 and isinstance(place[-1], int):
            yield place, "repeated at the end of its list", changed_copy(pack, place, repeat_at_end)
        elif roll < 0.2 and isinstance(target, dict):
            yield place, "with an unknown field", changed_copy(pack, place, add_unknown_field)
        else:
            value = chooser.choice(REPLACEMENTS)
            yield place, "set to " + json.dumps(value)[:40], changed_copy(pack, place, set_to(value))


def check_variants(validator, verdicts_program, techniques, base_folders, per_pack, disagreements):
    """Changes each base pack one field at a time; the schema must accept every
    variant the validator accepts. Returns how many the validator accepted, how
    many both refused, and how many only the validator refused (its checks
    beyond the schema)."""
    chooser = random.Random(2026)  # the same variants on every run
    accepted = refused_by_both = refused_by_validator_only = 0
    helper = subprocess.Popen([verdicts_program, techniques], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="esprit-schema-") as work:
        for base in base_folders:
            folder = os.path.join(work, os.path.basename(base))
            shutil.copytree(base, folder, symlinks=True)
            pack = read_pack(os.path.join(base, "pack.json"))
            for place, change, variant in variants_of(pack, chooser, per_pack):
                with open(os.path.join(folder, "pack.json"), "w", encoding="utf-8") as stream:
                    json.dump(variant, stream, ensure_ascii=False)
                helper.stdin.write(folder + "\n")
                helper.stdin.flush()
                verdict = helper.stdout.readline().split("\t")[0]
                schema_accepts = not any(True for _ in validator.iter_errors(variant))
                where = os.path.basename(base) + " /" + "/".join(map(str, place))
                if verdict == "valid":
                    accepted += 1
                    if not schema_accepts:
                        error = schema_errors(validator, variant)[0]
                        disagreements.append(where + " " + change + ": the validator accepts it but the "
                                             "schema says at " + pointer_of(error) + ": " + error.message[:200])
                elif verdict == "invalid":
                    if schema_accepts:
                        refused_by_validator_only += 1
                    else:
                        refused_by_both += 1
                else:
                    disagreements.append(where + " " + change + ": esprit_pack_verdicts gave no verdict")
    helper.stdin.close()
    helper.wait()
    return accepted, refused_by_both, refused_by_validator_only


def check_accepted_packs(validator, folders, disagreements):
    """Packs the validator accepts must pass the schema."""
    for folder in folders:
        try:
            pack = read_pack(os.path.join(folder, "pack.json"))
        except NotJson as error:
            disagreements.append(folder + ": the validator accepts it but it does not read as JSON: " + str(error))
            continue
        for error in schema_errors(validator, pack)[:5]:
            disagreements.append(folder + ": the validator accepts it but the schema says at " +
                                 pointer_of(error) + ": " + error.message)


def check_broken_packs(validator, broken_dir, disagreements):
    """Each broken pack is refused by the schema, unless it only earns warnings
    (then accepted) or its rule is beyond the schema (then listed). Returns counts."""
    counts = {"not JSON": 0, "refused": 0, "warnings only, accepted": 0, "beyond the schema": 0}
    folders = pack_folders(broken_dir)
    for folder in folders:
        name = os.path.basename(folder)
        try:
            pack = read_pack(os.path.join(folder, "pack.json"))
        except NotJson:
            counts["not JSON"] += 1  # the parser, not the schema, catches these
            continue
        errors = schema_errors(validator, pack)
        if name in WARNINGS_ONLY:
            counts["warnings only, accepted"] += 1
            for error in errors[:5]:
                disagreements.append(name + ": only warnings for the validator, but the schema says at " +
                                     pointer_of(error) + ": " + error.message)
        elif name in BEYOND_THE_SCHEMA:
            counts["beyond the schema"] += 1
            if errors:
                disagreements.append(name + ": listed as beyond the schema, yet the schema refuses it (at " +
                                     pointer_of(errors[0]) + ": " + errors[0].message +
                                     "). Take it off the list in " + os.path.basename(__file__) + ".")
        elif errors:
            counts["refused"] += 1
        else:
            disagreements.append(name + ": the validator refuses it but the schema accepts it. Make the "
                                 "schema catch it, or add it to BEYOND_THE_SCHEMA with the reason.")
    present = {os.path.basename(folder) for folder in folders}
    for name in sorted((set(BEYOND_THE_SCHEMA) | WARNINGS_ONLY) - present):
        disagreements.append(name + ": listed in " + os.path.basename(__file__) + " but not in " + broken_dir)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("schema")
    parser.add_argument("questions_dir")
    parser.add_argument("valid_dir")
    parser.add_argument("broken_dir")
    parser.add_argument("--verdicts", help="the esprit_pack_verdicts program")
    parser.add_argument("--techniques", help="assets/techniques.json, needed with --verdicts")
    parser.add_argument("--variants-per-pack", type=int, default=250)
    arguments = parser.parse_args()
    try:
        import jsonschema
    except ImportError:
        print("skipped: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
        return SKIPPED

    with open(arguments.schema, encoding="utf-8") as stream:
        schema = json.load(stream)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    disagreements = []

    shipped = pack_folders(arguments.questions_dir)
    valid = pack_folders(arguments.valid_dir)
    check_accepted_packs(validator, shipped + valid, disagreements)
    print("%d shipped packs and %d valid test packs checked against the schema" % (len(shipped), len(valid)))
    counts = check_broken_packs(validator, arguments.broken_dir, disagreements)
    print("broken test packs: " + ", ".join("%d %s" % (count, what) for what, count in counts.items()))
    if arguments.verdicts:
        accepted, both, validator_only = check_variants(
            validator, arguments.verdicts, arguments.techniques, valid, arguments.variants_per_pack, disagreements)
        print("variants of the valid test packs with one field changed: %d accepted by the validator, "
              "%d refused by both, %d refused by the validator only (checks beyond the schema)"
              % (accepted, both, validator_only))

    if disagreements:
        print("the schema and the validator disagree:")
        for line in disagreements:
            print("  " + line)
        return 1
    print("the schema and the validator agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
