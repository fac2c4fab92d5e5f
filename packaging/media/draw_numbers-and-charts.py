#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the pictures of the "Numbers and charts" pack, in English and in French.

Run from the repository root:  /usr/bin/python3 packaging/media/draw_numbers-and-charts.py
It writes the same file names into questions/numbers-and-charts-en/media/ and
questions/numbers-and-charts-fr/media/, each with its own language on the picture.
Hotspot rectangles in the packs point at these drawings, so keep the boxes below in
step with the "regions" of the questions if you move anything.
"""

import os

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 500
FONT_FOLDER = "/usr/share/fonts/truetype/dejavu/"
PACK_FOLDERS = {
    "en": "questions/numbers-and-charts-en/media",
    "fr": "questions/numbers-and-charts-fr/media",
}

# Every word drawn on a picture, per language, so both versions share one layout.
TEXTS = {
    "en": {
        "ad_headline": "9 out of 10 dentists",
        "ad_headline2": "recommend SparkleGum!",
        "ad_tagline": "Fresh breath. Strong teeth. Science says so.",
        "ad_pack": "SparkleGum",
        "ad_footnote": "*Survey of 10 dentists, paid for by SparkleGum Ltd.",
        "pie_title": "What do students want in the new canteen?",
        "pie_labels": ["Pizza 45%", "Pasta 40%", "Salads 35%"],
        "pie_note": "Class survey - several answers allowed",
        "bags_title": "Our club's budget has DOUBLED!",
        "bags_small": "2015: 1 million euros",
        "bags_big": "2025: 2 million euros",
        "bags_note": "Riverside Sports Club newsletter",
    },
    "fr": {
        "ad_headline": "9 dentistes sur 10",
        "ad_headline2": "recommandent SparkleGum !",
        "ad_tagline": "Haleine fraîche. Dents solides. C'est scientifique.",
        "ad_pack": "SparkleGum",
        "ad_footnote": "*Sondage auprès de 10 dentistes, payé par SparkleGum SA.",
        "pie_title": "Que veulent les élèves dans la nouvelle cantine ?",
        "pie_labels": ["Pizza 45 %", "Pâtes 40 %", "Salades 35 %"],
        "pie_note": "Sondage de la classe - plusieurs réponses possibles",
        "bags_title": "Le budget de notre club a DOUBLÉ !",
        "bags_small": "2015 : 1 million d'euros",
        "bags_big": "2025 : 2 millions d'euros",
        "bags_note": "Lettre d'info du Club sportif de Rivebourg",
    },
}


def load_font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(os.path.join(FONT_FOLDER, name), size)


def draw_centred_text(draw, centre_x, top, text, font, fill):
    text_width = draw.textlength(text, font=font)
    draw.text((centre_x - text_width / 2, top), text, font=font, fill=fill)


def draw_dentist_advert(texts):
    """An advert whose impressive claim rests on a tiny, paid survey in the footnote.

    Hotspot boxes used by the packs (x, y, width, height as fractions): headline
    (0.05, 0.06, 0.90, 0.26), gum pack (0.11, 0.43, 0.30, 0.37), tooth (0.58, 0.42, 0.22, 0.42),
    footnote (0.04, 0.87, 0.60, 0.08).
    """
    picture = Image.new("RGB", (WIDTH, HEIGHT), (224, 244, 250))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, WIDTH, HEIGHT // 80), fill=(0, 150, 200))
    draw_centred_text(draw, WIDTH / 2, 40, texts["ad_headline"], load_font(52, True), (0, 70, 120))
    draw_centred_text(draw, WIDTH / 2, 105, texts["ad_headline2"], load_font(44, True), (0, 70, 120))
    # The gum pack: a rounded box with the brand on it.
    pack = (90, 215, 330, 400)
    draw.rounded_rectangle(pack, radius=24, fill=(90, 200, 160), outline=(20, 110, 80), width=5)
    draw_centred_text(draw, (pack[0] + pack[2]) / 2, 290, texts["ad_pack"], load_font(34, True),
                      (255, 255, 255))
    # A smiling tooth beside the pack.
    tooth_left, tooth_top = 470, 210
    draw.polygon([(tooth_left + 20, tooth_top + 130), (tooth_left + 60, tooth_top + 210),
                  (tooth_left + 85, tooth_top + 140), (tooth_left + 110, tooth_top + 210),
                  (tooth_left + 150, tooth_top + 130)], fill=(255, 255, 255),
                 outline=(150, 150, 150))
    draw.rounded_rectangle((tooth_left, tooth_top, tooth_left + 170, tooth_top + 150), radius=50,
                           fill=(255, 255, 255), outline=(150, 150, 150), width=4)
    draw.ellipse((tooth_left + 50, tooth_top + 50, tooth_left + 68, tooth_top + 68), fill=(40, 40, 40))
    draw.ellipse((tooth_left + 102, tooth_top + 50, tooth_left + 120, tooth_top + 68), fill=(40, 40, 40))
    draw.arc((tooth_left + 50, tooth_top + 60, tooth_left + 120, tooth_top + 110), 20, 160,
             fill=(40, 40, 40), width=5)
    draw_centred_text(draw, 555, 425, texts["ad_tagline"], load_font(17), (0, 70, 120))
    # The footnote is small and pale on purpose: that is where the claim falls apart.
    draw.text((46, 446), texts["ad_footnote"], font=load_font(15), fill=(120, 140, 150))
    return picture


def draw_pie_over_one_hundred(texts):
    """A pie chart whose labels add up to 120 %, because students could tick several answers.

    No hotspot uses it yet; should one be added, the boxes are: pie (0.08, 0.20, 0.40, 0.64),
    labels (0.55, 0.25, 0.44, 0.42), note (0.15, 0.91, 0.70, 0.07).
    """
    picture = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    draw_centred_text(draw, WIDTH / 2, 25, texts["pie_title"], load_font(26, True), (40, 40, 40))
    shares = [45, 40, 35]
    colours = [(230, 110, 80), (250, 190, 70), (110, 180, 110)]
    pie_box = (70, 100, 390, 420)
    start_angle = -90.0
    for share, colour in zip(shares, colours):
        # Slices are drawn from the labels' total, so each looks smaller than its label says.
        sweep = 360.0 * share / sum(shares)
        draw.pieslice(pie_box, start_angle, start_angle + sweep, fill=colour, outline=(255, 255, 255),
                      width=4)
        start_angle += sweep
    label_font = load_font(30, True)
    for row, (label, colour) in enumerate(zip(texts["pie_labels"], colours)):
        top = 130 + row * 80
        draw.rectangle((450, top + 4, 482, top + 36), fill=colour)
        draw.text((500, top), label, font=label_font, fill=(40, 40, 40))
    draw_centred_text(draw, WIDTH / 2, 462, texts["pie_note"], load_font(16), (120, 120, 120))
    return picture


def draw_money_bag(draw, centre_x, bottom, height, amount_symbol):
    """A money bag whose height AND width grow together, so its area grows with the square."""
    width = height * 0.8
    body = (centre_x - width / 2, bottom - height * 0.8, centre_x + width / 2, bottom)
    draw.ellipse(body, fill=(200, 160, 70), outline=(120, 90, 30), width=4)
    neck_width = width * 0.35
    draw.polygon([(centre_x - neck_width / 2, bottom - height * 0.75),
                  (centre_x + neck_width / 2, bottom - height * 0.75),
                  (centre_x + neck_width * 0.8, bottom - height),
                  (centre_x - neck_width * 0.8, bottom - height)], fill=(200, 160, 70),
                 outline=(120, 90, 30))
    symbol_font = load_font(int(height * 0.35), True)
    draw_centred_text(draw, centre_x, bottom - height * 0.6, amount_symbol, symbol_font, (120, 90, 30))


def draw_money_bags(texts):
    """Two bags for 1 and 2 million: the second is twice as tall and twice as wide, four times the ink.

    Hotspot boxes used by the packs: title (0.08, 0.02, 0.84, 0.10),
    small bag (0.13, 0.54, 0.16, 0.29), big bag (0.53, 0.28, 0.29, 0.55).
    """
    picture = Image.new("RGB", (WIDTH, HEIGHT), (250, 248, 240))
    draw = ImageDraw.Draw(picture)
    draw_centred_text(draw, WIDTH / 2, 18, texts["bags_title"], load_font(32, True), (60, 40, 20))
    ground = 410
    small_height = 130
    draw_money_bag(draw, 170, ground, small_height, "€")
    draw_money_bag(draw, 540, ground, small_height * 2, "€")
    draw.line((40, ground + 2, WIDTH - 40, ground + 2), fill=(150, 140, 120), width=3)
    draw_centred_text(draw, 170, ground + 15, texts["bags_small"], load_font(20, True), (60, 40, 20))
    draw_centred_text(draw, 540, ground + 15, texts["bags_big"], load_font(20, True), (60, 40, 20))
    draw_centred_text(draw, WIDTH / 2, 470, texts["bags_note"], load_font(14), (130, 120, 100))
    return picture


PICTURES = {
    "dentists-advert.png": draw_dentist_advert,
    "canteen-pie.png": draw_pie_over_one_hundred,
    "budget-money-bags.png": draw_money_bags,
}


def main():
    for language, folder in PACK_FOLDERS.items():
        os.makedirs(folder, exist_ok=True)
        for file_name, draw_picture in PICTURES.items():
            path = os.path.join(folder, file_name)
            # A palette keeps these flat drawings to a few tens of kilobytes.
            draw_picture(TEXTS[language]).convert("P", palette=Image.ADAPTIVE, colors=64).save(
                path, optimize=True)
            print(f"wrote {path} ({os.path.getsize(path) // 1024} KB)")


if __name__ == "__main__":
    main()
