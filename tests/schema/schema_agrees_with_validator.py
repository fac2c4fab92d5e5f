#!/usr/bin/python3
"""Checks that questions/pack.schema.json agrees with Esprit's validator.

Every pack the validator accepts (the shipped packs, the valid test packs and
the broken test packs that only earn warnings) must pass the schema, and every
broken test pack whose rule a JSON Schema can express must fail it. The packs
whose rule no schema can express are listed below with the reason, so that a
new broken pack is checked against the schema unless someone says why not.

Usage: schema_agrees_with_validator.py SCHEMA QUESTIONS_DIR VALID_DIR BROKEN_DIR
Exit 0 when they agree, 1 when they do not, 77 (ctest's "skipped") when
python3-jsonschema is not installed.
"""
import json
import os
import sys

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


def main(arguments):
    if len(arguments) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, questions_dir, valid_dir, broken_dir = arguments[1:]
    try:
        import jsonschema
    except ImportError:
        print("skipped: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
        return SKIPPED

    with open(schema_path, encoding="utf-8") as stream:
        schema = json.load(stream)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    disagreements = []

    def expect_valid(folder):
        try:
            pack = read_pack(os.path.join(folder, "pack.json"))
        except NotJson as error:
            disagreements.append(folder + ": the validator accepts it but it does not read as JSON: " + str(error))
            return
        for error in schema_errors(validator, pack)[:5]:
            disagreements.append(folder + ": the validator accepts it but the schema says at " +
                                 pointer_of(error) + ": " + error.message)

    shipped = pack_folders(questions_dir)
    valid = pack_folders(valid_dir)
    for folder in shipped + valid:
        expect_valid(folder)

    counts = {"not JSON": 0, "rejected": 0, "warnings only, accepted": 0, "beyond the schema": 0}
    for folder in pack_folders(broken_dir):
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
                disagreements.append(name + ": listed as beyond the schema, yet the schema rejects it (at " +
                                     pointer_of(errors[0]) + ": " + errors[0].message +
                                     "). Take it off the list in " + os.path.basename(__file__) + ".")
        elif errors:
            counts["rejected"] += 1
        else:
            disagreements.append(name + ": the validator rejects it but the schema accepts it. Make the "
                                 "schema catch it, or add it to BEYOND_THE_SCHEMA with the reason.")

    listed = set(BEYOND_THE_SCHEMA) | WARNINGS_ONLY
    present = {os.path.basename(folder) for folder in pack_folders(broken_dir)}
    for name in sorted(listed - present):
        disagreements.append(name + ": listed in " + os.path.basename(__file__) + " but not in " + broken_dir)

    print("schema agreement: %d shipped packs and %d valid test packs pass the schema" % (len(shipped), len(valid)))
    print("broken test packs: " + ", ".join("%d %s" % (count, what) for what, count in counts.items()))
    if disagreements:
        print("the schema and the validator disagree:")
        for line in disagreements:
            print("  " + line)
        return 1
    print("the schema and the validator agree")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
