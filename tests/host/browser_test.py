# SPDX-License-Identifier: GPL-3.0-or-later
"""A real browser plays the class game: Debian's Chromium, driven through
chromium-driver by python3-selenium, joins by the form (the code filled in
from the QR code's address), answers by clicking (a hotspot by tapping its
picture), survives a refresh, and sees the reveal, through every question
type. Chromium runs headless with a fresh profile and may reach
127.0.0.1 only.

  xvfb-run -a /usr/bin/python3 browser_test.py ESPRIT SOURCE_ROOT WORK CHROMIUM CHROMEDRIVER [SHOTS]"""

import json
import os
import shutil
import sys
import tempfile
import time
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as wait_for
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from classroom_client import Host, right_answer  # noqa: E402

ESPRIT, SOURCE_ROOT, WORK, CHROMIUM, CHROMEDRIVER = sys.argv[1:6]
SHOTS = sys.argv[6] if len(sys.argv) > 6 else None
PACK = os.path.join(SOURCE_ROOT, "tests", "core", "packs", "valid", "every-kind")
with open(os.path.join(PACK, "pack.json")) as pack_file:
    PACK_JSON = json.load(pack_file)
with open(os.path.join(SOURCE_ROOT, "assets", "i18n", "classroom", "en.json")) as words_file:
    WORDS = json.load(words_file)
PHONE = (412, 915)  # CSS pixels of a common Android phone
TWELVE_MM_IN_CSS_PIXELS = 12 / 25.4 * 96


def start_browser(profile):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--no-default-browser-check", "--disable-default-apps", "--disable-extensions",
                 "--disable-domain-reliability", "--no-pings", "--hide-scrollbars",
                 "--user-data-dir=" + profile,
                 "--window-size=%d,%d" % PHONE,
                 # Every name but 127.0.0.1 fails to resolve, and no proxy is asked.
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                 "--no-proxy-server", "--lang=en-GB"):
        options.add_argument(flag)
    service = Service(executable_path=CHROMEDRIVER, service_args=["--allowed-ips=127.0.0.1"])
    return webdriver.Chrome(service=service, options=options)


class BrowserTest(unittest.TestCase):
    def setUp(self):
        self.data = os.path.join(WORK, "data")
        shutil.rmtree(self.data, ignore_errors=True)
        # The whole pack (every question type), in an order that opens on a post.
        self.host = Host(ESPRIT, PACK, self.data, extra=["--questions", "0", "--seed", "2"])
        self.profile = tempfile.mkdtemp(prefix="esprit-chromium-")
        self.browser = start_browser(self.profile)
        self.browser.set_page_load_timeout(30)
        self.wait = WebDriverWait(self.browser, 20)
        self.taps_on_pictures = 0

    def tearDown(self):
        self.browser.quit()
        self.host.stop()
        shutil.rmtree(self.profile, ignore_errors=True)

    def shot(self, name):
        if SHOTS:
            os.makedirs(SHOTS, exist_ok=True)
            # The whole page, as tall as it is, at the phone's width.
            height = self.browser.execute_script("return document.documentElement.scrollHeight")
            self.browser.set_window_size(PHONE[0], max(PHONE[1], height + 120))
            self.browser.save_screenshot(os.path.join(SHOTS, name + ".png"))
            self.browser.set_window_size(*PHONE)

    def visible(self, element_id):
        return self.wait.until(wait_for.visibility_of_element_located((By.ID, element_id)))

    def click_text(self, text):
        for button in self.browser.find_elements(By.CSS_SELECTOR, "#answer-area button"):
            if text in button.text:
                button.click()
                return
        self.fail("no button says " + text)

    def answer_by_clicking(self, question):
        right = right_answer(question, PACK_JSON)
        kind = question["type"]
        if kind == "single":
            self.click_text(next(o["label"] for o in question["options"] if o["id"] == right))
        elif kind == "true_false":
            wording = {"reliable_unreliable": "reliable", "true_false": "true"}.get(question["wording"], "real")
            self.click_text(WORDS["binary.%s.%s" % (wording, "yes" if right else "no")])
        elif kind == "multiple":
            for option in question["options"]:
                if option["id"] in right:
                    self.click_text(option["label"])
        elif kind == "hotspot":
            region = next(r for r in question["regions"] if r["id"] == right)
            if question["image"] and "x" in region:
                # A tap on the picture, in the middle of the region's box.
                picture = self.browser.find_element(By.CSS_SELECTOR, "#scenario img")
                width, height = picture.size["width"], picture.size["height"]
                ActionChains(self.browser).move_to_element_with_offset(
                    picture, (region["x"] + region["width"] / 2 - 0.5) * width,
                    (region["y"] + region["height"] / 2 - 0.5) * height).click().perform()
                pressed = [button.text for button in self.browser.find_elements(
                    By.CSS_SELECTOR, "#answer-area button[aria-pressed=true]")]
                self.assertEqual(pressed, [region["label"]])
                self.assertTrue(self.browser.find_elements(By.CSS_SELECTOR, "#scenario .tap-mark"))
                self.taps_on_pictures += 1
            else:
                self.click_text(region["label"])
        elif kind == "ordering":
            order = [item["id"] for item in question["items"]]
            for target in range(len(order)):
                while order.index(target + 1) != target:
                    at = order.index(target + 1)
                    rows = self.browser.find_elements(By.CSS_SELECTOR, "#answer-area .order-row")
                    rows[at].find_elements(By.TAG_NAME, "button")[0].click()
                    order[at - 1], order[at] = order[at], order[at - 1]
        buttons = self.browser.find_elements(By.CSS_SELECTOR, "#answer-area button, #send")
        for button in buttons:
            if button.is_displayed():
                self.assertGreaterEqual(button.size["height"], TWELVE_MM_IN_CSS_PIXELS - 0.5, button.text)
        self.browser.find_element(By.ID, "send").click()
        self.wait.until(wait_for.text_to_be_present_in_element((By.ID, "answer-state"), WORDS["question.sent"]))

    def test_a_student_joins_by_the_form_answers_by_clicking_and_comes_back_after_a_refresh(self):
        host = self.host
        # A second student, through the protocol, to learn each question's id.
        watcher = host.joined("Watcher")
        self.browser.get("http://127.0.0.1:%d/?code=%s" % (host.port, host.code))
        self.assertEqual(self.browser.find_element(By.ID, "code").get_attribute("value"), host.code)
        self.shot("student-join")
        nickname = "Zoë & Co"
        self.browser.find_element(By.ID, "name").send_keys(nickname)
        self.browser.find_element(By.ID, "join-button").click()
        self.visible("lobby")
        self.assertEqual(self.browser.find_element(By.ID, "who").text, nickname)
        self.assertEqual(host.state()[1]["players"], 2)
        self.shot("student-lobby")

        for number in range(len(PACK_JSON["questions"])):
            host.next()
            stream = host.events(watcher)
            _, _, question = stream.next_event()
            stream.close()
            self.visible("question")
            self.wait.until(wait_for.text_to_be_present_in_element((By.ID, "question-prompt"), question["prompt"]))
            if question["image"]:
                picture = self.browser.find_element(By.CSS_SELECTOR, "#scenario img")
                self.wait.until(lambda _: self.browser.execute_script(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0", picture))
            if number == 0:
                self.shot("student-question")
            self.answer_by_clicking(question)
            self.assertEqual(host.state()[1]["answers"], 1)
            if number == 0:
                self.shot("student-question-sent")
                # A refresh: same game, same nickname, the answer still shown as sent.
                self.browser.refresh()
                self.visible("question")
                self.wait.until(wait_for.text_to_be_present_in_element((By.ID, "answer-state"), WORDS["question.sent"]))
                self.assertEqual(self.browser.find_element(By.ID, "who").text, nickname)
                self.assertFalse(self.browser.find_element(By.ID, "join").is_displayed())
            host.next()
            self.visible("reveal")
            self.wait.until(wait_for.text_to_be_present_in_element((By.ID, "reveal-verdict"), "+"))
            if number == 0:
                self.shot("student-reveal")
        self.assertEqual(host.state()[1]["answers"], 1)
        self.assertEqual(self.taps_on_pictures, 2)  # both hotspot questions of the pack
        host.next()
        self.visible("end")
        self.shot("student-end")
        # French, chosen on the page, for the join form of a new visitor.
        self.browser.find_element(By.CSS_SELECTOR, "button[data-language=fr]").click()
        self.wait.until(wait_for.text_to_be_present_in_element((By.CSS_SELECTOR, "#end h1"), "Merci"))
        self.assertEqual(self.browser.execute_script("return document.documentElement.lang"), "fr")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
