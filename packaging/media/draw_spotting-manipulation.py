#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the illustrations of the "Spotting manipulation" pack (our own drawings,
no photo is copied) and writes them into every language folder of the pack."""

import os

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 500
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# Each language folder gets its own copy; only the words drawn in the pictures differ.
WORDS_BY_FOLDER = {
    "questions/spotting-manipulation-en": {
        "banner": "SUMMER FESTIVAL 2016",
        "search_title": "Reverse image search",
        "your_picture": "Your picture",
        "results": [
            ("chirper.example · today",
             "“A shark in Valbourg's high street after the storm”, and 40 similar posts"),
            ("factcheck.example · 2011",
             "Fact check: the “flood shark” picture is edited; the shark comes from another photo"),
            ("photo-archive.example · 2005",
             "Great white shark swimming at sea (original photo)"),
        ],
    },
    "questions/spotting-manipulation-fr": {
        "banner": "FÊTE D'ÉTÉ 2016",
        "search_title": "Recherche d'image inversée",
        "your_picture": "Ton image",
        "results": [
            ("chirper.example · aujourd'hui",
             "«\u00a0Un requin dans la grand-rue de Valbourg après la tempête\u00a0», et 40 posts semblables"),
            ("verification.example · 2011",
             "Vérification : la photo du «\u00a0requin de l'inondation\u00a0» est retouchée ; le requin vient d'une autre photo"),
            ("archives-photo.example · 2005",
             "Grand requin blanc photographié en mer (photo d'origine)"),
        ],
    },
    "questions/spotting-manipulation-nl": {
        "banner": "ZOMERFEEST 2016",
        "search_title": "Omgekeerd zoeken op afbeelding",
        "your_picture": "Jouw afbeelding",
        "results": [
            ("chirper.example · vandaag",
             "\u201cEen haai in de Hoogstraat van Oudenveld na het noodweer\u201d, en 40 gelijkaardige berichten"),
            ("factcheck.example · 2011",
             "Factcheck: de foto van de \u201coverstromingshaai\u201d is bewerkt; de haai komt van een andere foto"),
            ("fotoarchief.example · 2005",
             "Witte haai op zee gefotografeerd (originele foto)"),
        ],
    },
    "questions/spotting-manipulation-de": {
        "banner": "SOMMERFEST 2016",
        "search_title": "Umgekehrte Bildersuche",
        "your_picture": "Dein Bild",
        "results": [
            ("chirper.example · heute",
             "\u201eEin Hai in der Hauptstraße von Weidenrath nach dem Unwetter\u201c und 40 ähnliche Beiträge"),
            ("faktencheck.example · 2011",
             "Faktencheck: Das Bild vom \u201eHochwasser-Hai\u201c ist bearbeitet; der Hai stammt von einem anderen Foto"),
            ("fotoarchiv.example · 2005",
             "Weißer Hai im offenen Meer fotografiert (Originalfoto)"),
        ],
    },
}

SKY_GREY = (150, 160, 172)
CARD_BACKGROUND = (246, 246, 248)
CARD_BAR = (52, 58, 70)
CARD_LINE = (200, 202, 208)
RESULT_GREY = (110, 112, 120)
SEA_BLUE = (60, 110, 150)
STAMP_RED = (190, 30, 40)
BRICK = (168, 98, 78)
STONE = (196, 186, 170)
WINDOW = (70, 86, 104)
FLOOD_WATER = (112, 124, 104)
RIPPLE = (150, 160, 140)
SHARK_GREY = (92, 104, 118)
SHARK_BELLY = (214, 218, 222)
CAR_RED = (176, 40, 44)
BANNER_YELLOW = (246, 206, 70)
INK = (30, 30, 34)


def region_fraction(box):
    """Returns a hotspot rectangle as fractions of the picture, as the pack format wants."""
    left, top, right, bottom = box
    return {
        "x": round(left / WIDTH, 3),
        "y": round(top / HEIGHT, 3),
        "width": round((right - left) / WIDTH, 3),
        "height": round((bottom - top) / HEIGHT, 3),
    }


def draw_street(draw, water_line):
    """A row of town houses whose lower part stands in flood water."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=SKY_GREY)
    house_colours = [BRICK, STONE, BRICK, STONE, BRICK]
    house_width = WIDTH // len(house_colours)
    for index, colour in enumerate(house_colours):
        left = index * house_width
        roof_top = 70 + (index % 2) * 30
        draw.rectangle([left, roof_top, left + house_width, water_line], fill=colour, outline=INK)
        draw.polygon([(left, roof_top), (left + house_width // 2, roof_top - 45),
                      (left + house_width, roof_top)], fill=(90, 70, 66), outline=INK)
        for row in range(2):
            for column in range(2):
                window_left = left + 30 + column * 70
                window_top = roof_top + 30 + row * 80
                draw.rectangle([window_left, window_top, window_left + 40, window_top + 50],
                               fill=WINDOW, outline=INK)
    draw.rectangle([0, water_line, WIDTH, HEIGHT], fill=FLOOD_WATER)
    for ripple_row in range(water_line + 20, HEIGHT, 28):
        for ripple_left in range((ripple_row // 7) % 60, WIDTH, 120):
            draw.arc([ripple_left, ripple_row, ripple_left + 60, ripple_row + 12], 200, 340,
                     fill=RIPPLE, width=2)


def draw_half_sunk_car(draw, left, water_line):
    """The roof of a red car sticking out of the water."""
    draw.rounded_rectangle([left, water_line - 40, left + 190, water_line + 10], radius=18,
                           fill=CAR_RED, outline=INK)
    draw.rectangle([left + 30, water_line - 32, left + 90, water_line - 8], fill=WINDOW)
    draw.rectangle([left + 100, water_line - 32, left + 160, water_line - 8], fill=WINDOW)
    draw.rectangle([left - 10, water_line + 4, left + 200, water_line + 30], fill=FLOOD_WATER)


def draw_pasted_shark(draw, box):
    """A shark far too big and too sharp-edged for the scene: the pasted element."""
    left, top, right, bottom = box
    body_top = top + (bottom - top) // 2
    draw.polygon([(left, body_top + 30), (left + 60, body_top), (right - 40, body_top + 6),
                  (right, body_top + 30), (right - 40, bottom - 8), (left + 60, bottom - 4)],
                 fill=SHARK_GREY, outline=(255, 255, 255))
    draw.polygon([(left + 70, bottom - 20), (right - 60, bottom - 18), (right - 50, bottom - 6),
                  (left + 80, bottom - 4)], fill=SHARK_BELLY)
    fin_middle = (left + right) // 2
    draw.polygon([(fin_middle - 50, body_top + 2), (fin_middle + 5, top),
                  (fin_middle + 40, body_top + 4)], fill=SHARK_GREY, outline=(255, 255, 255))
    draw.polygon([(right - 10, body_top + 30), (right + 30, body_top - 10),
                  (right + 22, body_top + 30), (right + 30, bottom - 6)], fill=SHARK_GREY,
                 outline=(255, 255, 255))
    draw.ellipse([left + 40, body_top + 14, left + 52, body_top + 26], fill=INK)


def draw_shark_street():
    """Flooded high street with a pasted shark: the picture a player searches for."""
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    water_line = 330
    draw_street(draw, water_line)
    draw_half_sunk_car(draw, 560, water_line + 20)
    shark_box = (150, 300, 470, 420)
    draw_pasted_shark(draw, shark_box)
    return picture, {"shark": region_fraction((shark_box[0], shark_box[1], shark_box[2] + 30,
                                                shark_box[3])),
                     "car": region_fraction((550, water_line - 30, 760, water_line + 40))}


def draw_festival_banner(draw, box, text):
    """A street banner whose printed year gives the photo's real date away."""
    left, top, right, bottom = box
    draw.line([(left, top + 10), (0, top - 20)], fill=INK, width=3)
    draw.line([(right, top + 10), (WIDTH, top - 20)], fill=INK, width=3)
    draw.rectangle(box, fill=BANNER_YELLOW, outline=INK, width=3)
    font = ImageFont.truetype(FONT_BOLD, (bottom - top) // 2)
    text_width = draw.textlength(text, font=font)
    draw.text(((left + right - text_width) / 2, top + (bottom - top) / 4), text,
              fill=INK, font=font)


def draw_old_flood(words):
    """A real-looking flood photo from another year (out of context)."""
    banner_text = words["banner"]
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    water_line = 360
    draw_street(draw, water_line)
    draw_half_sunk_car(draw, 90, water_line + 10)
    banner_box = (170, 185, 630, 250)
    draw_festival_banner(draw, banner_box, banner_text)
    return picture, {"banner": region_fraction(banner_box),
                     "water": region_fraction((0, water_line, WIDTH, HEIGHT))}


def wrap_text(draw, text, font, width):
    """Splits text into lines that fit the given width in pixels."""
    lines, line = [], ""
    for word in text.split(" "):  # not split(): no-break spaces must hold
        candidate = (line + " " + word).strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def draw_shark_at_sea(size):
    """A small drawing of a shark in open water: the older picture the shark was cut from."""
    thumbnail = Image.new("RGB", (size, size), SEA_BLUE)
    draw = ImageDraw.Draw(thumbnail)
    for ripple_top in range(8, size, 14):
        draw.arc([4, ripple_top, size - 4, ripple_top + 10], 200, 340, fill=(110, 160, 190), width=1)
    middle = size // 2
    draw.polygon([(10, middle + 6), (middle, middle - 6), (size - 16, middle + 2), (size - 6, middle - 8),
                  (size - 8, middle + 14), (middle, middle + 16)], fill=SHARK_GREY)
    draw.polygon([(middle - 8, middle - 4), (middle + 2, middle - 22), (middle + 10, middle - 4)],
                 fill=SHARK_GREY)
    return thumbnail


def draw_search_card(words):
    """A reverse-image-search result card: what a checker really sees, not a photo to judge."""
    picture = Image.new("RGB", (WIDTH, HEIGHT), CARD_BACKGROUND)
    draw = ImageDraw.Draw(picture)
    title_font = ImageFont.truetype(FONT_BOLD, 26)
    label_font = ImageFont.truetype(FONT_BOLD, 18)
    site_font = ImageFont.truetype(FONT_REGULAR, 15)
    result_font = ImageFont.truetype(FONT_BOLD, 16)
    draw.rectangle([0, 0, WIDTH, 70], fill=CARD_BAR)
    draw.text((24, 20), words["search_title"], fill=(255, 255, 255), font=title_font)

    shared_box = (16, 100, 352, 450)
    draw.rectangle(shared_box, fill=(255, 255, 255), outline=CARD_LINE, width=2)
    draw.text((30, 112), words["your_picture"], fill=INK, font=label_font)
    shared_picture, _ = draw_shark_street()
    shared_picture = shared_picture.resize((308, 193))
    picture.paste(shared_picture, (30, 150))

    street_thumbnail = shared_picture.resize((80, 80))
    edited_thumbnail = street_thumbnail.copy()
    stamp = ImageDraw.Draw(edited_thumbnail)
    stamp.line([(6, 6), (74, 74)], fill=STAMP_RED, width=6)
    stamp.line([(74, 6), (6, 74)], fill=STAMP_RED, width=6)
    thumbnails = [street_thumbnail, edited_thumbnail, draw_shark_at_sea(80)]

    regions = {"picture": region_fraction(shared_box)}
    row_ids = ["posts", "factcheck", "original"]
    for index, ((site, title), thumbnail) in enumerate(zip(words["results"], thumbnails)):
        top = 100 + index * 120
        row_box = (368, top, 784, top + 110)
        draw.rectangle(row_box, fill=(255, 255, 255), outline=CARD_LINE, width=2)
        picture.paste(thumbnail, (380, top + 15))
        draw.text((474, top + 10), site, fill=RESULT_GREY, font=site_font)
        for line_index, line in enumerate(wrap_text(draw, title, result_font, 300)[:4]):
            draw.text((474, top + 32 + line_index * 19), line, fill=INK, font=result_font)
        regions[row_ids[index]] = region_fraction(row_box)
    return picture, regions


def main():
    drawings = {"shark-search.png": draw_search_card, "old-flood.png": draw_old_flood}
    for folder, words in WORDS_BY_FOLDER.items():
        media_folder = os.path.join(REPOSITORY, folder, "media")
        os.makedirs(media_folder, exist_ok=True)
        for file_name, draw_picture in drawings.items():
            picture, regions = draw_picture(words)
            picture.save(os.path.join(media_folder, file_name), optimize=True)
            print(folder, file_name, regions)


if __name__ == "__main__":
    main()
