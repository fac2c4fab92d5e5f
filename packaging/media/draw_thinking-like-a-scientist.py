#!/usr/bin/python3
# Draws the illustrations of the "Thinking like a scientist" pack, in English and
# in French, into questions/thinking-like-a-scientist-{en,fr}/media/.
# Run from anywhere: /usr/bin/python3 packaging/media/draw_thinking-like-a-scientist.py
# Hotspot rectangles in the packs depend on the layout below: keep them in step.
# SPDX-License-Identifier: GPL-3.0-or-later

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 500
REPOSITORY = Path(__file__).resolve().parents[2]
FONT_FOLDER = Path("/usr/share/fonts/truetype/dejavu")

TEXTS = {
    "en": {
        "plant_title": "Science fair: does music help plants grow?",
        "pot_a": "Pot A: music",
        "pot_b": "Pot B: silence",
        "window": "window",
        "ad_brand": "GlowSkin Serum",
        "ad_claim": "CLINICALLY PROVEN!",
        "ad_badge": ["9 out of 10", "saw clearer skin", "in 7 days*"],
        "ad_offer": "Only 29.99 - order today",
        "ad_footnote": "*Online survey of 10 customers who had already bought the serum.",
        "pre_banner": "PREPRINT - this article has not been peer-reviewed",
        "pre_server": "health-preprints.example",
        "pre_title": ["Fizzy-drink extract improves memory", "in teenagers: a pilot study"],
        "pre_authors": "K. Verbeke, J. Moreau, P. Osei",
        "pre_abstract": "Abstract",
        "pre_figure": "Figure 1",
    },
    "fr": {
        "plant_title": "Expo-sciences : la musique aide-t-elle les plantes ?",
        "pot_a": "Pot A : musique",
        "pot_b": "Pot B : silence",
        "window": "fenêtre",
        "ad_brand": "Sérum GlowSkin",
        "ad_claim": "CLINIQUEMENT PROUVÉ !",
        "ad_badge": ["9 sur 10", "ont une peau plus nette", "en 7 jours*"],
        "ad_offer": "Seulement 29,99 - commandez",
        "ad_footnote": "*Sondage en ligne auprès de 10 clients qui avaient déjà acheté le sérum.",
        "pre_banner": "PREPRINT - cet article n'a pas été relu par des pairs",
        "pre_server": "health-preprints.example",
        "pre_title": ["Un extrait de soda améliore la mémoire", "des ados : une étude pilote"],
        "pre_authors": "K. Verbeke, J. Moreau, P. Osei",
        "pre_abstract": "Résumé",
        "pre_figure": "Figure 1",
    },
}


def font(size_fraction, bold=False):
    """A DejaVu font whose size is a fraction of the picture height."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_FOLDER / name), max(8, round(HEIGHT * size_fraction)))


def centred_text(draw, centre_x, top, text, text_font, fill):
    left, _, right, _ = draw.textbbox((0, 0), text, font=text_font)
    draw.text((centre_x - (right - left) / 2, top), text, font=text_font, fill=fill)


def draw_pot_with_plant(draw, centre_x, ground_y, plant_height):
    pot_half = WIDTH * 0.05
    pot_height = HEIGHT * 0.12
    draw.polygon(
        [(centre_x - pot_half, ground_y - pot_height), (centre_x + pot_half, ground_y - pot_height),
         (centre_x + pot_half * 0.75, ground_y), (centre_x - pot_half * 0.75, ground_y)],
        fill=(196, 106, 62), outline=(120, 60, 30))
    stem_top = ground_y - pot_height - plant_height
    draw.line([(centre_x, ground_y - pot_height), (centre_x, stem_top)], fill=(40, 130, 50), width=5)
    leaf = WIDTH * 0.035
    for step in range(3):
        y = stem_top + plant_height * (0.15 + 0.3 * step)
        draw.ellipse([centre_x - leaf * 2, y - leaf / 2, centre_x, y + leaf / 2], fill=(70, 170, 70))
        draw.ellipse([centre_x, y - leaf / 2 + leaf, centre_x + leaf * 2, y + leaf * 1.5], fill=(70, 170, 70))


def draw_plant_test(texts):
    """Two pots: A by a sunny window with a speaker, B in a dark corner (the unfair difference)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (236, 232, 220))
    draw = ImageDraw.Draw(image)
    floor_y = HEIGHT * 0.82
    draw.rectangle([0, floor_y, WIDTH, HEIGHT], fill=(180, 150, 110))
    # Dark corner on the right third of the room.
    draw.rectangle([WIDTH * 0.62, 0, WIDTH, floor_y], fill=(120, 118, 112))
    # Window with sun rays (region x 0.03-0.30, y 0.10-0.60).
    window = [WIDTH * 0.04, HEIGHT * 0.12, WIDTH * 0.28, HEIGHT * 0.52]
    draw.rectangle(window, fill=(170, 215, 250), outline=(90, 70, 50), width=6)
    draw.line([((window[0] + window[2]) / 2, window[1]), ((window[0] + window[2]) / 2, window[3])],
              fill=(90, 70, 50), width=4)
    draw.ellipse([WIDTH * 0.07, HEIGHT * 0.16, WIDTH * 0.15, HEIGHT * 0.29], fill=(255, 215, 60))
    for ray in range(4):
        start_x = WIDTH * (0.16 + 0.03 * ray)
        draw.line([(start_x, HEIGHT * 0.30), (start_x + WIDTH * 0.07, floor_y - HEIGHT * 0.14)],
                  fill=(255, 225, 110), width=4)
    centred_text(draw, (window[0] + window[2]) / 2, window[3] + HEIGHT * 0.02, texts["window"],
                 font(0.035), (60, 50, 40))
    # Pot A with a speaker beside it.
    pot_a_x = WIDTH * 0.36
    draw_pot_with_plant(draw, pot_a_x, floor_y, HEIGHT * 0.22)
    speaker = [WIDTH * 0.44, floor_y - HEIGHT * 0.16, WIDTH * 0.52, floor_y]
    draw.rounded_rectangle(speaker, radius=8, fill=(50, 50, 60))
    draw.ellipse([WIDTH * 0.455, floor_y - HEIGHT * 0.13, WIDTH * 0.505, floor_y - HEIGHT * 0.05],
                 fill=(110, 110, 130))
    for note in range(3):
        note_x = WIDTH * (0.50 + 0.03 * note)
        note_y = floor_y - HEIGHT * (0.24 + 0.05 * note)
        draw.ellipse([note_x, note_y, note_x + 12, note_y + 9], fill=(30, 30, 30))
        draw.line([(note_x + 11, note_y + 4), (note_x + 11, note_y - 18)], fill=(30, 30, 30), width=2)
    # Pot B in the dark corner.
    pot_b_x = WIDTH * 0.80
    draw_pot_with_plant(draw, pot_b_x, floor_y, HEIGHT * 0.12)
    label_font = font(0.038, bold=True)
    centred_text(draw, pot_a_x, floor_y + HEIGHT * 0.04, texts["pot_a"], label_font, (30, 30, 30))
    centred_text(draw, pot_b_x, floor_y + HEIGHT * 0.04, texts["pot_b"], label_font, (30, 30, 30))
    centred_text(draw, WIDTH / 2, HEIGHT * 0.02, texts["plant_title"], font(0.042, bold=True), (20, 20, 20))
    return image


def draw_cream_advert(texts):
    """A glossy advert whose only evidence is a tiny survey in the small print."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (252, 236, 240))
    draw = ImageDraw.Draw(image)
    draw.text((WIDTH * 0.05, HEIGHT * 0.06), texts["ad_brand"], font=font(0.08, bold=True), fill=(150, 40, 90))
    draw.text((WIDTH * 0.05, HEIGHT * 0.22), texts["ad_claim"], font=font(0.065, bold=True), fill=(30, 30, 30))
    # Bottle (region x 0.10-0.30, y 0.38-0.85).
    draw.rounded_rectangle([WIDTH * 0.13, HEIGHT * 0.48, WIDTH * 0.27, HEIGHT * 0.84], radius=14,
                           fill=(255, 255, 255), outline=(150, 40, 90), width=4)
    draw.rectangle([WIDTH * 0.17, HEIGHT * 0.40, WIDTH * 0.23, HEIGHT * 0.48], fill=(150, 40, 90))
    centred_text(draw, WIDTH * 0.20, HEIGHT * 0.62, "GS", font(0.07, bold=True), (150, 40, 90))
    # Badge (region x 0.45-0.90, y 0.36-0.78).
    draw.ellipse([WIDTH * 0.50, HEIGHT * 0.36, WIDTH * 0.86, HEIGHT * 0.80], fill=(255, 200, 40),
                 outline=(200, 120, 0), width=5)
    badge_lines = texts["ad_badge"]
    centred_text(draw, WIDTH * 0.68, HEIGHT * 0.45, badge_lines[0], font(0.075, bold=True), (40, 30, 10))
    centred_text(draw, WIDTH * 0.68, HEIGHT * 0.57, badge_lines[1], font(0.036), (40, 30, 10))
    centred_text(draw, WIDTH * 0.68, HEIGHT * 0.64, badge_lines[2], font(0.036), (40, 30, 10))
    draw.text((WIDTH * 0.05, HEIGHT * 0.34), texts["ad_offer"], font=font(0.035), fill=(90, 60, 70))
    # Small print (region x 0.02-0.98, y 0.90-0.98).
    draw.text((WIDTH * 0.03, HEIGHT * 0.92), texts["ad_footnote"], font=font(0.024), fill=(140, 120, 125))
    return image


def draw_preprint_page(texts):
    """First page of an article with the 'not peer-reviewed' banner the sharer ignored."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    page = [WIDTH * 0.08, HEIGHT * 0.03, WIDTH * 0.92, HEIGHT * 0.99]
    draw.rectangle(page, fill=(255, 255, 255), outline=(200, 200, 200))
    # Banner (region x 0.08-0.92, y 0.04-0.15).
    draw.rectangle([page[0], HEIGHT * 0.04, page[2], HEIGHT * 0.14], fill=(200, 40, 40))
    centred_text(draw, WIDTH / 2, HEIGHT * 0.065, texts["pre_banner"], font(0.034, bold=True), (255, 255, 255))
    draw.text((page[0] + WIDTH * 0.03, HEIGHT * 0.17), texts["pre_server"], font=font(0.026), fill=(120, 120, 120))
    # Title (region x 0.10-0.90, y 0.22-0.38).
    title_font = font(0.048, bold=True)
    draw.text((page[0] + WIDTH * 0.03, HEIGHT * 0.23), texts["pre_title"][0], font=title_font, fill=(20, 20, 20))
    draw.text((page[0] + WIDTH * 0.03, HEIGHT * 0.30), texts["pre_title"][1], font=title_font, fill=(20, 20, 20))
    draw.text((page[0] + WIDTH * 0.03, HEIGHT * 0.40), texts["pre_authors"], font=font(0.03), fill=(60, 60, 120))
    # Abstract as grey lines (region x 0.10-0.55, y 0.48-0.95).
    draw.text((page[0] + WIDTH * 0.03, HEIGHT * 0.49), texts["pre_abstract"], font=font(0.032, bold=True),
              fill=(20, 20, 20))
    for line in range(7):
        y = HEIGHT * (0.57 + 0.055 * line)
        length = WIDTH * (0.42 if line % 3 else 0.36)
        draw.rectangle([page[0] + WIDTH * 0.03, y, page[0] + WIDTH * 0.03 + length, y + HEIGHT * 0.018],
                       fill=(200, 200, 200))
    # Small bar chart figure (region x 0.58-0.90, y 0.48-0.95).
    figure = [WIDTH * 0.60, HEIGHT * 0.50, WIDTH * 0.89, HEIGHT * 0.92]
    draw.rectangle(figure, outline=(150, 150, 150), width=2)
    draw.rectangle([WIDTH * 0.65, HEIGHT * 0.70, WIDTH * 0.72, HEIGHT * 0.88], fill=(120, 150, 200))
    draw.rectangle([WIDTH * 0.77, HEIGHT * 0.58, WIDTH * 0.84, HEIGHT * 0.88], fill=(230, 120, 60))
    centred_text(draw, (figure[0] + figure[2]) / 2, HEIGHT * 0.93, texts["pre_figure"], font(0.026),
                 (100, 100, 100))
    return image


DRAWINGS = {
    "plant-test.png": draw_plant_test,
    "cream-advert.png": draw_cream_advert,
    "preprint-page.png": draw_preprint_page,
}


def main():
    for language, texts in TEXTS.items():
        media_folder = REPOSITORY / "questions" / f"thinking-like-a-scientist-{language}" / "media"
        media_folder.mkdir(parents=True, exist_ok=True)
        for file_name, draw in DRAWINGS.items():
            # A small palette keeps these flat drawings to a few tens of kilobytes.
            picture = draw(texts).quantize(colors=64)
            picture.save(media_folder / file_name, optimize=True)
            print(media_folder / file_name)


if __name__ == "__main__":
    main()
