#!/usr/bin/python3
# Draws the pictures of the "checking-a-source" pack (our own simple
# illustrations, no copied images) and writes them into both language folders.
# The assessment pack's pictures are draw_assessment.py's.
#
# Run from anywhere:  /usr/bin/python3 packaging/media/draw_checking-a-source.py
# Needs Debian's python3-pil. Every picture is 800x500 and saved with a small
# palette so it stays a few tens of KB.
# SPDX-License-Identifier: GPL-3.0-or-later

import math
import os
import random

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 500
REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FONT_FOLDER = "/usr/share/fonts/truetype/dejavu/"


def font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(FONT_FOLDER + name, size)
    except OSError:  # the drawing stays readable, only plainer, without DejaVu
        return ImageFont.load_default()


def vertical_gradient(draw, box, top_colour, bottom_colour):
    left, top, right, bottom = box
    for y in range(top, bottom):
        share = (y - top) / max(1, bottom - top - 1)
        colour = tuple(int(a + (b - a) * share) for a, b in zip(top_colour, bottom_colour))
        draw.line([(left, y), (right, y)], fill=colour)


def save(picture, pack, name):
    """Writes the picture into pack-en/media and pack-fr/media."""
    small = picture.convert("P", palette=Image.ADAPTIVE, colors=64)
    for language in ("en", "fr"):
        folder = os.path.join(REPOSITORY, "questions", f"{pack}-{language}", "media")
        os.makedirs(folder, exist_ok=True)
        small.save(os.path.join(folder, name), optimize=True)


# ---------------------------------------------------------------- checking-a-source

def draw_flooded_street():
    """A flooded street; the shop sign on the right is in Portuguese (the clue)."""
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    vertical_gradient(draw, (0, 0, WIDTH, 260), (120, 140, 160), (190, 200, 205))
    # Buildings on both sides of the street, drawn in perspective.
    draw.polygon([(0, 40), (250, 150), (250, 330), (0, 420)], fill=(205, 170, 130))
    draw.polygon([(800, 30), (540, 150), (540, 330), (800, 420)], fill=(230, 215, 185))
    for row in range(3):
        for column in range(3):
            x = 40 + column * 65
            y = 110 + row * 70 + column * 12
            draw.rectangle([x, y, x + 35, y + 45], fill=(80, 95, 110))
    for row in range(2):
        x = 600 + row * 80
        draw.rectangle([x, 110 - row * 10, x + 40, 160 - row * 10], fill=(90, 100, 115))
    draw.rectangle([250, 150, 540, 330], fill=(170, 175, 180))  # far end of the street
    # The shop sign: green cross and the word FARMÁCIA.
    sign = [580, 215, 798, 265]
    draw.rectangle(sign, fill=(20, 120, 70))
    draw.rectangle([595, 230, 615, 250], fill="white")
    draw.rectangle([600, 222, 610, 258], fill="white")
    draw.rectangle([590, 235, 620, 245], fill="white")
    draw.text((628, 228), "FARMÁCIA", font=font(23, bold=True), fill="white")
    # Brown flood water over the lower part.
    vertical_gradient(draw, (0, 320, WIDTH, HEIGHT), (140, 115, 80), (95, 75, 50))
    for wave in range(18):
        y = 335 + wave * 9
        for x in range(0, WIDTH, 60):
            draw.arc([x, y, x + 40, y + 8], 0, 180, fill=(165, 140, 105))
    # A car with water up to its windows.
    draw.rectangle([300, 330, 470, 380], fill=(170, 30, 40))
    draw.polygon([(330, 330), (350, 300), (430, 300), (450, 330)], fill=(150, 25, 35))
    draw.polygon([(340, 328), (355, 306), (385, 306), (385, 328)], fill=(170, 200, 220))
    draw.polygon([(392, 328), (392, 306), (425, 306), (440, 328)], fill=(170, 200, 220))
    vertical_gradient(draw, (280, 360, 490, 395), (130, 105, 72), (120, 98, 68))
    save(picture, "checking-a-source", "flooded-street.png")
    draw_search_card(picture, "flood-search.png", FLOOD_RESULTS)


def draw_crowd_with_watermark():
    """A crowd at a march; a stock-photo watermark dated 2016 is the clue. Only its
    search card is saved: no question shows a drawing as if it were the photo itself."""
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    vertical_gradient(draw, (0, 0, WIDTH, 180), (150, 190, 230), (215, 230, 240))
    draw.rectangle([0, 150, WIDTH, 200], fill=(120, 130, 120))  # far buildings
    randomness = random.Random(7)  # the same crowd every time the script runs
    colours = [(200, 60, 60), (60, 110, 190), (240, 200, 60), (70, 160, 90),
               (150, 90, 160), (230, 130, 60), (90, 90, 90), (240, 240, 240)]
    skin = [(240, 200, 170), (200, 150, 110), (140, 95, 60), (225, 180, 140)]
    for row in range(9):
        y = 190 + row * 34
        size = 10 + row * 2
        for index in range(int(WIDTH / (size * 1.6)) + 2):
            x = index * size * 1.6 + randomness.randint(-6, 6) - (row % 2) * size * 0.8
            draw.ellipse([x, y + size, x + size * 1.5, y + size * 3.2],
                         fill=randomness.choice(colours))
            draw.ellipse([x + size * 0.3, y, x + size * 1.2, y + size],
                         fill=randomness.choice(skin))
    # Two placards with a drawn planet, no words.
    for x, y in ((180, 120), (560, 135)):
        draw.line([(x + 45, y + 70), (x + 45, y + 140)], fill=(110, 80, 50), width=5)
        draw.rectangle([x, y, x + 90, y + 70], fill="white", outline=(60, 60, 60), width=2)
        draw.ellipse([x + 25, y + 10, x + 65, y + 50], fill=(60, 140, 210))
        draw.ellipse([x + 33, y + 18, x + 50, y + 32], fill=(80, 170, 90))
    # The watermark, bottom right, half transparent.
    overlay = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    overlay_draw = ImageDraw.Draw(overlay)
    overlay_draw.rectangle([470, 430, 790, 485], fill=(255, 255, 255, 150))
    overlay_draw.text((482, 440), "© StockPix 2016", font=font(28, bold=True),
                      fill=(40, 40, 40, 230))
    picture = Image.alpha_composite(picture.convert("RGBA"), overlay).convert("RGB")
    draw_search_card(picture, "crowd-search.png", CROWD_RESULTS)


# A reverse-image-search result card: what a checker really sees. The searched picture
# sits on the left as a thumbnail; on the right, pages where it appeared, oldest first.
# Each language gets its own card because the card's words are part of the picture.
THUMBNAIL_LEFT, THUMBNAIL_TOP, THUMBNAIL_SCALE = 20, 90, 0.475
RESULTS_LEFT, RESULTS_TOP, RESULT_HEIGHT = 420, 118, 118

CARD_WORDS = {
    "en": {"search": "Search by image", "yours": "Your picture",
           "heading": "Pages with matching images, oldest first"},
    "fr": {"search": "Recherche par image", "yours": "Votre image",
           "heading": "Pages avec des images correspondantes, les plus anciennes d'abord"},
}
FLOOD_RESULTS = {
    "en": [("Cheias na Baixa: ruas alagadas", "jornal-do-porto.example", "3 November 2014"),
           ("Temporal deixa cidade debaixo de água", "noticias-norte.example", "4 November 2014"),
           ("Riverside this morning after the storm!", "chirper.example · @stormchaser_be_01", "Today")],
    "fr": [("Cheias na Baixa: ruas alagadas", "jornal-do-porto.example", "3 novembre 2014"),
           ("Temporal deixa cidade debaixo de água", "noticias-norte.example", "4 novembre 2014"),
           ("Rivebourg ce matin après la tempête !", "chirper.example · @stormchaser_be_01", "Aujourd'hui")],
}
CROWD_RESULTS = {
    "en": [("Crowd with Earth placards (stock photo)", "stockpix.example", "Uploaded 12 April 2016"),
           ("Why young people march for the climate", "green-notes.example", "8 March 2019"),
           ("Yesterday's climate march in Brussels: 100,000 people!", "chirper.example · @planet_now_be", "Today")],
    "fr": [("Foule avec pancartes de la Terre (banque d'images)", "stockpix.example", "Mise en ligne le 12 avril 2016"),
           ("Pourquoi les jeunes marchent pour le climat", "notes-vertes.example", "8 mars 2019"),
           ("La marche pour le climat d'hier à Bruxelles : 100 000 personnes !", "chirper.example · @planet_now_be", "Aujourd'hui")],
}


def wrapped(draw, text, size, width, bold=False):
    """Splits text into lines that fit the width, so long titles stay inside their box."""
    lines, line = [], ""
    for word in text.split():
        candidate = (line + " " + word).strip()
        if draw.textlength(candidate, font=font(size, bold)) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return lines + [line]


def draw_search_card(searched, name, results):
    for language, words in CARD_WORDS.items():
        card = Image.new("RGB", (WIDTH, HEIGHT), (250, 250, 252))
        draw = ImageDraw.Draw(card)
        draw.rectangle([0, 0, WIDTH, 62], fill=(236, 238, 242))
        draw.rounded_rectangle([20, 12, 500, 50], 19, fill="white", outline=(190, 195, 205), width=2)
        draw.rounded_rectangle([34, 22, 58, 40], 4, outline=(90, 110, 140), width=2)  # camera icon
        draw.ellipse([41, 26, 51, 36], outline=(90, 110, 140), width=2)
        draw.text((70, 20), words["search"], font=font(18), fill=(60, 60, 70))
        size = (int(WIDTH * THUMBNAIL_SCALE), int(HEIGHT * THUMBNAIL_SCALE))
        card.paste(searched.resize(size, Image.LANCZOS), (THUMBNAIL_LEFT, THUMBNAIL_TOP))
        draw.rectangle([THUMBNAIL_LEFT - 1, THUMBNAIL_TOP - 1, THUMBNAIL_LEFT + size[0],
                        THUMBNAIL_TOP + size[1]], outline=(150, 155, 165), width=1)
        draw.text((THUMBNAIL_LEFT, THUMBNAIL_TOP + size[1] + 8), words["yours"], font=font(15),
                  fill=(90, 90, 100))
        heading = wrapped(draw, words["heading"], 15, WIDTH - RESULTS_LEFT - 20, bold=True)
        for index, line in enumerate(heading):
            draw.text((RESULTS_LEFT, 74 + index * 18), line, font=font(15, bold=True), fill=(40, 40, 50))
        for index, (title, site, date) in enumerate(results[language]):
            top = RESULTS_TOP + index * RESULT_HEIGHT
            draw.rounded_rectangle([RESULTS_LEFT - 8, top, WIDTH - 12, top + RESULT_HEIGHT - 12], 8,
                                   fill="white", outline=(215, 218, 225))
            y = top + 8
            for line in wrapped(draw, title, 16, WIDTH - RESULTS_LEFT - 30, bold=True)[:2]:
                draw.text((RESULTS_LEFT, y), line, font=font(16, bold=True), fill=(30, 60, 150))
                y += 21
            draw.text((RESULTS_LEFT, y + 4), site, font=font(14), fill=(20, 110, 60))
            draw.text((RESULTS_LEFT, y + 26), date, font=font(14), fill=(90, 90, 100))
        small = card.convert("P", palette=Image.ADAPTIVE, colors=96)
        folder = os.path.join(REPOSITORY, "questions", f"checking-a-source-{language}", "media")
        os.makedirs(folder, exist_ok=True)
        small.save(os.path.join(folder, name), optimize=True)


if __name__ == "__main__":
    draw_flooded_street()
    draw_crowd_with_watermark()
