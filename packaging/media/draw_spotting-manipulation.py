#!/usr/bin/python3
"""Draws the illustrations of the "Spotting manipulation" pack (our own drawings,
no photo is copied) and writes them into both language folders of the pack."""

import os

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 500
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# Each language folder gets its own copy; only the banner's words differ.
BANNER_TEXT_BY_FOLDER = {
    "questions/spotting-manipulation-en": "SUMMER FESTIVAL 2016",
    "questions/spotting-manipulation-fr": "FÊTE D'ÉTÉ 2016",
}

SKY_GREY = (150, 160, 172)
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


def draw_shark_street(banner_text):
    """Flooded high street with an obviously pasted shark (manipulated media).
    It has no banner, so banner_text is unused."""
    del banner_text
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


def draw_old_flood(banner_text):
    """A real-looking flood photo from another year (out of context)."""
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    water_line = 360
    draw_street(draw, water_line)
    draw_half_sunk_car(draw, 90, water_line + 10)
    banner_box = (170, 185, 630, 250)
    draw_festival_banner(draw, banner_box, banner_text)
    return picture, {"banner": region_fraction(banner_box),
                     "water": region_fraction((0, water_line, WIDTH, HEIGHT))}


def main():
    drawings = {"shark-street.png": draw_shark_street, "old-flood.png": draw_old_flood}
    for file_name, draw_picture in drawings.items():
        for folder, banner_text in BANNER_TEXT_BY_FOLDER.items():
            picture, regions = draw_picture(banner_text)
            media_folder = os.path.join(REPOSITORY, folder, "media")
            os.makedirs(media_folder, exist_ok=True)
            picture.save(os.path.join(media_folder, file_name), optimize=True)
            print(folder, file_name, regions)


if __name__ == "__main__":
    main()
