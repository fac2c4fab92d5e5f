# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the classroom pictures in docs/classroom.md: the projector window
(lobby with the QR code, a question, the reveal, the end) hosted by a real
`esprit host` on 127.0.0.1 with simulated students, and the student's page
on a phone-sized Chromium (through browser_test.py).

  tests/host/make-doc-screenshots.sh BUILD_FOLDER"""

import json
import os
import random
import shutil
import sys
import time

from PIL import Image, ImageGrab

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from classroom_client import Host  # noqa: E402

ESPRIT, SOURCE_ROOT, WORK, OUT = sys.argv[1:5]
PACK = os.path.join(SOURCE_ROOT, "questions", "spotting-manipulation-en")
NAMES = ["Amina", "Bram", "Chloé", "Dries", "Elif", "Femke", "Gaspard", "Hind", "Ilias",
         "Jana", "Kobe", "Lotte", "Mehdi", "Nora", "Oscar", "Pauline", "Quentin", "Rania"]


def grab(name, settle=1.5):
    time.sleep(settle)  # the window sleeps between frames when nothing moves
    screen = ImageGrab.grab(xdisplay=os.environ["DISPLAY"])
    # Xvfb's root window is black; the game's window is the rest.
    box = screen.convert("L").point(lambda value: 255 if value > 8 else 0).getbbox()
    picture = screen.crop(box) if box else screen
    picture.save(os.path.join(OUT, name + ".png"))
    print("saved", name, picture.size)


def main():
    random.seed(4)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)
    host = Host(ESPRIT, PACK, WORK, extra=["--questions", "5", "--seed", "7", "--window", "1280x720",
                                           "--class", "2B"], headless=False)
    try:
        tokens = {name: host.joined(name) for name in NAMES[:14]}
        grab("host-lobby", settle=3)
        for number in range(2):
            host.next()
            stream = host.events(tokens["Amina"])
            _, _, question = stream.next_event()
            stream.close()
            for name, token in list(tokens.items())[:11]:
                if question["type"] == "true_false":
                    answer = random.random() < 0.7
                elif question["type"] == "single":
                    answer = random.choice([option["id"] for option in question["options"]])
                elif question["type"] == "multiple":
                    answer = [option["id"] for option in question["options"] if random.random() < 0.5]
                elif question["type"] == "ordering":
                    answer = [item["id"] for item in question["items"]]
                else:
                    answer = random.choice([region["id"] for region in question["regions"]])
                host.answer(token, question["question"], answer,
                            0.8 if question.get("confidence") else None)
            if number == 0:
                grab("host-question")
            host.next()
            if number == 0:
                grab("host-reveal")
        host.end()
        grab("host-end")
    finally:
        host.stop()


if __name__ == "__main__":
    main()
