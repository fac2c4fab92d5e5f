#!/usr/bin/python3
# Draws the pictures of the "AI and synthetic media" pack (our own flat drawings of
# screens and posters, never passed off as photos) into questions/ai-and-synthetic-media-{en,fr}/media/.
# Run from anywhere: /usr/bin/python3 packaging/media/draw_ai-and-synthetic-media.py
# Hotspot rectangles in the packs depend on the boxes named below: keep them in step.
# SPDX-License-Identifier: GPL-3.0-or-later

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 500
REPOSITORY = Path(__file__).resolve().parents[2]
FONT_FOLDER = Path("/usr/share/fonts/truetype/dejavu")

TEXTS = {
    "en": {
        "search_bar": "Image search: results for your picture",
        "search_yours": "Your picture",
        "search_similar": "Similar pictures",
        "search_header": "Pages with this picture, oldest first",
        "search_rows": [
            ("ai-art-gallery.example", "Flooded village square, made with", "an image generator", "14 March 2023"),
            ("chirper.example/@millbrook_now", "Millbrook this morning, the whole", "square is under water", "2 days ago"),
            ("forum.example/weather", "Is this picture of Millbrook real?", "", "yesterday"),
        ],
        "poster_title": "Science Week at the library",
        "poster_subtitle": "Free workshops for ages 10 to 14, 3 to 8 March",
        "poster_library": "Millbrook Public Library",
        "poster_label": "Illustration made with AI",
        "panel_picture": "The picture",
        "panel_title": "Content Credentials",
        "panel_rows": [
            ("Signed by", "the maker of the app below"),
            ("App used", "an AI image generator"),
            ("What was done", "created with generative AI"),
            ("Signed on", "12 May 2025"),
        ],
        "panel_footer": ["This record travels inside the file.", "Edits after signing would show here."],
    },
    "fr": {
        "search_bar": "Recherche par image : résultats pour ton image",
        "search_yours": "Ton image",
        "search_similar": "Images similaires",
        "search_header": "Pages avec cette image, les plus anciennes d'abord",
        "search_rows": [
            ("ai-art-gallery.example", "Place de village inondée, réalisée", "avec un générateur d'images", "14 mars 2023"),
            ("chirper.example/@ourthebois_direct", "Ourthebois ce matin, toute la place", "est sous eau", "il y a 2 jours"),
            ("forum.example/meteo", "Cette photo d'Ourthebois est-elle vraie ?", "", "hier"),
        ],
        "poster_title": "Semaine des sciences à la bibliothèque",
        "poster_subtitle": "Ateliers gratuits pour les 10-14 ans, du 3 au 8 mars",
        "poster_library": "Bibliothèque communale d'Ourthebois",
        "poster_label": "Illustration générée par IA",
        "panel_picture": "L'image",
        "panel_title": "Content Credentials",
        "panel_rows": [
            ("Signé par", "l'éditeur de l'appli ci-dessous"),
            ("Appli utilisée", "un générateur d'images par IA"),
            ("Ce qui a été fait", "créée par IA générative"),
            ("Signé le", "12 mai 2025"),
        ],
        "panel_footer": ["Cette fiche voyage dans le fichier.", "Une retouche après signature s'y verrait."],
    },
}


def font(size_fraction, bold=False):
    """A DejaVu font whose size is a fraction of the picture height."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_FOLDER / name), max(8, round(HEIGHT * size_fraction)))


def box(left, top, right, bottom):
    """A rectangle given in fractions of the picture, as hotspot regions are."""
    return [WIDTH * left, HEIGHT * top, WIDTH * right, HEIGHT * bottom]


def centred_text(draw, centre_x, top, text, text_font, fill):
    left, _, right, _ = draw.textbbox((0, 0), text, font=text_font)
    draw.text((centre_x - (right - left) / 2, top), text, font=text_font, fill=fill)


def draw_flooded_square(draw, area):
    """A small flat drawing of a village square under water, with a canoe: the viral picture."""
    left, top, right, bottom = area
    width, height = right - left, bottom - top
    draw.rectangle(area, fill=(170, 200, 225))
    # Houses along the back of the square.
    colours = [(214, 170, 130), (236, 214, 170), (190, 140, 120), (226, 190, 150)]
    for index, colour in enumerate(colours):
        house_left = left + width * (0.02 + 0.245 * index)
        house = [house_left, top + height * 0.22, house_left + width * 0.22, top + height * 0.62]
        draw.rectangle(house, fill=colour)
        draw.polygon([(house[0] - 3, house[1]), ((house[0] + house[2]) / 2, top + height * 0.08),
                      (house[2] + 3, house[1])], fill=(150, 70, 60))
        for window in range(2):
            window_left = house[0] + width * (0.03 + 0.09 * window)
            draw.rectangle([window_left, top + height * 0.32, window_left + width * 0.05, top + height * 0.42],
                           fill=(80, 95, 115))
    # Water over the lower half, with ripples.
    draw.rectangle([left, top + height * 0.55, right, bottom], fill=(120, 150, 170))
    for ripple in range(5):
        y = top + height * (0.62 + 0.07 * ripple)
        for step in range(4):
            x = left + width * (0.05 + 0.24 * step + 0.06 * (ripple % 2))
            draw.arc([x, y, x + width * 0.12, y + height * 0.04], 0, 180, fill=(160, 185, 200), width=2)
    # A red canoe with two paddlers.
    canoe = [left + width * 0.30, top + height * 0.74, left + width * 0.70, top + height * 0.84]
    draw.ellipse(canoe, fill=(200, 50, 40))
    for paddler in (0.42, 0.58):
        x = left + width * paddler
        draw.ellipse([x - 7, top + height * 0.63, x + 7, top + height * 0.69], fill=(235, 195, 160))
        draw.rectangle([x - 6, top + height * 0.69, x + 6, top + height * 0.77], fill=(40, 90, 160))


def draw_reverse_search(texts):
    """A reverse-image-search result: the oldest match is an AI art gallery, not the town's flood."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (250, 250, 252))
    draw = ImageDraw.Draw(image)
    draw.rectangle(box(0, 0, 1, 0.11), fill=(228, 232, 240))
    draw.rounded_rectangle(box(0.03, 0.025, 0.97, 0.085), radius=14, fill=(255, 255, 255), outline=(190, 195, 205))
    draw.text((WIDTH * 0.06, HEIGHT * 0.035), texts["search_bar"], font=font(0.034), fill=(60, 64, 72))
    # The player's picture (hotspot "thumb": x 0.03-0.33, y 0.16-0.60).
    draw.text((WIDTH * 0.03, HEIGHT * 0.145), texts["search_yours"], font=font(0.03, bold=True), fill=(40, 40, 48))
    draw_flooded_square(draw, box(0.03, 0.21, 0.33, 0.58))
    # Three smaller look-alikes under it.
    draw.text((WIDTH * 0.03, HEIGHT * 0.64), texts["search_similar"], font=font(0.028), fill=(90, 90, 100))
    for index in range(3):
        left = 0.03 + 0.102 * index
        draw_flooded_square(draw, box(left, 0.71, left + 0.092, 0.85))
    # Results (hotspot rows: x 0.37-0.97; y 0.23-0.45, 0.48-0.70, 0.73-0.95).
    draw.text((WIDTH * 0.37, HEIGHT * 0.145), texts["search_header"], font=font(0.03, bold=True), fill=(40, 40, 48))
    for index, (site, line_one, line_two, date) in enumerate(texts["search_rows"]):
        top = 0.23 + 0.25 * index
        draw.rounded_rectangle(box(0.37, top, 0.97, top + 0.22), radius=10, fill=(255, 255, 255),
                               outline=(215, 218, 226))
        draw_flooded_square(draw, box(0.385, top + 0.03, 0.485, top + 0.19))
        text_left = WIDTH * 0.505
        draw.text((text_left, HEIGHT * (top + 0.02)), site, font=font(0.026), fill=(30, 110, 60))
        draw.text((text_left, HEIGHT * (top + 0.075)), line_one, font=font(0.03, bold=True), fill=(30, 50, 140))
        if line_two:
            draw.text((text_left, HEIGHT * (top + 0.125)), line_two, font=font(0.03, bold=True), fill=(30, 50, 140))
        draw.text((text_left, HEIGHT * (top + 0.175)), date, font=font(0.026), fill=(100, 100, 110))
    return image


def draw_robot_reading(draw, area):
    """A friendly robot reading under a lamp: the poster's illustration."""
    left, top, right, bottom = area
    width, height = right - left, bottom - top
    draw.rounded_rectangle(area, radius=18, fill=(40, 52, 96))
    for star in range(9):
        x = left + width * (0.08 + 0.1 * star)
        y = top + height * (0.08 + 0.06 * (star % 3))
        draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=(255, 236, 150))
    # Lamp and its light cone.
    draw.polygon([(left + width * 0.78, top + height * 0.28), (left + width * 0.52, bottom - height * 0.05),
                  (left + width * 0.98, bottom - height * 0.05)], fill=(90, 96, 140))
    draw.line([(left + width * 0.86, bottom - height * 0.05), (left + width * 0.86, top + height * 0.26)],
              fill=(200, 200, 210), width=5)
    draw.pieslice([left + width * 0.70, top + height * 0.18, left + width * 0.90, top + height * 0.36], 180, 360,
                  fill=(250, 200, 80))
    # Robot body, head, eyes and antenna.
    body = [left + width * 0.22, top + height * 0.50, left + width * 0.58, bottom - height * 0.05]
    draw.rounded_rectangle(body, radius=14, fill=(180, 196, 210), outline=(120, 136, 150), width=3)
    head = [left + width * 0.27, top + height * 0.22, left + width * 0.53, top + height * 0.48]
    draw.rounded_rectangle(head, radius=12, fill=(200, 214, 226), outline=(120, 136, 150), width=3)
    for eye in (0.34, 0.46):
        x = left + width * eye
        draw.ellipse([x - 9, top + height * 0.31, x + 9, top + height * 0.39], fill=(60, 180, 220))
    draw.line([(left + width * 0.40, head[1]), (left + width * 0.40, top + height * 0.14)], fill=(120, 136, 150),
              width=3)
    draw.ellipse([left + width * 0.39, top + height * 0.11, left + width * 0.41, top + height * 0.15],
                 fill=(240, 90, 80))
    # An open book held in front of the body.
    book_top = top + height * 0.60
    draw.polygon([(left + width * 0.18, book_top), (left + width * 0.40, book_top + height * 0.05),
                  (left + width * 0.40, book_top + height * 0.26), (left + width * 0.18, book_top + height * 0.21)],
                 fill=(250, 250, 240), outline=(150, 120, 80))
    draw.polygon([(left + width * 0.40, book_top + height * 0.05), (left + width * 0.62, book_top),
                  (left + width * 0.62, book_top + height * 0.21), (left + width * 0.40, book_top + height * 0.26)],
                 fill=(244, 244, 232), outline=(150, 120, 80))


def draw_library_poster(texts):
    """A library poster whose AI illustration is labelled as such: honest use of AI."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (255, 246, 226))
    draw = ImageDraw.Draw(image)
    # Title (hotspot "title": x 0.03-0.97, y 0.03-0.19) and subtitle.
    centred_text(draw, WIDTH / 2, HEIGHT * 0.05, texts["poster_title"], font(0.06, bold=True), (150, 60, 30))
    centred_text(draw, WIDTH / 2, HEIGHT * 0.15, texts["poster_subtitle"], font(0.034), (80, 60, 40))
    # Illustration (hotspot "robot": x 0.22-0.78, y 0.25-0.83).
    draw_robot_reading(draw, box(0.22, 0.25, 0.78, 0.82))
    # Library name (hotspot "library": x 0.03-0.55, y 0.86-0.97).
    draw.text((WIDTH * 0.03, HEIGHT * 0.89), texts["poster_library"], font=font(0.032, bold=True), fill=(80, 60, 40))
    # The AI label (hotspot "label": x 0.62-0.97, y 0.86-0.97).
    draw.rounded_rectangle(box(0.62, 0.87, 0.97, 0.96), radius=8, fill=(235, 228, 212), outline=(170, 160, 140))
    centred_text(draw, WIDTH * 0.795, HEIGHT * 0.89, texts["poster_label"], font(0.027), (70, 60, 50))
    return image


def draw_mountain_lake(draw, area):
    """A calm landscape: the picture whose record the panel shows."""
    left, top, right, bottom = area
    width, height = right - left, bottom - top
    for row in range(int(height)):
        share = row / max(1, height - 1)
        colour = tuple(int(a + (b - a) * share) for a, b in zip((120, 170, 230), (250, 210, 170)))
        draw.line([(left, top + row), (right, top + row)], fill=colour)
    draw.polygon([(left, top + height * 0.62), (left + width * 0.30, top + height * 0.20),
                  (left + width * 0.55, top + height * 0.55), (left + width * 0.75, top + height * 0.28),
                  (right, top + height * 0.62)], fill=(110, 110, 140))
    draw.polygon([(left + width * 0.25, top + height * 0.27), (left + width * 0.30, top + height * 0.20),
                  (left + width * 0.35, top + height * 0.27)], fill=(250, 250, 250))
    draw.rectangle([left, top + height * 0.62, right, bottom], fill=(70, 130, 170))
    for ripple in range(4):
        y = top + height * (0.70 + 0.07 * ripple)
        draw.line([(left + width * 0.15, y), (left + width * 0.85, y)], fill=(120, 170, 200), width=2)


def draw_credentials_panel(texts):
    """A provenance record ("Content Credentials") shown beside the picture it describes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (243, 244, 247))
    draw = ImageDraw.Draw(image)
    draw.text((WIDTH * 0.04, HEIGHT * 0.05), texts["panel_picture"], font=font(0.032, bold=True), fill=(40, 40, 48))
    draw_mountain_lake(draw, box(0.04, 0.13, 0.44, 0.72))
    # The panel (x 0.50-0.96, y 0.05-0.95).
    draw.rounded_rectangle(box(0.50, 0.05, 0.96, 0.95), radius=14, fill=(255, 255, 255), outline=(200, 204, 214),
                           width=2)
    draw.ellipse(box(0.525, 0.085, 0.565, 0.15), fill=(30, 30, 36))
    centred_text(draw, WIDTH * 0.545, HEIGHT * 0.095, "cr", font(0.03, bold=True), (255, 255, 255))
    draw.text((WIDTH * 0.58, HEIGHT * 0.09), texts["panel_title"], font=font(0.038, bold=True), fill=(30, 30, 36))
    for index, (name, value) in enumerate(texts["panel_rows"]):
        top = 0.20 + 0.15 * index
        draw.line([(WIDTH * 0.52, HEIGHT * (top - 0.015)), (WIDTH * 0.94, HEIGHT * (top - 0.015))],
                  fill=(225, 228, 234), width=2)
        draw.text((WIDTH * 0.53, HEIGHT * top), name, font=font(0.027), fill=(110, 110, 120))
        draw.text((WIDTH * 0.53, HEIGHT * (top + 0.05)), value, font=font(0.031, bold=True), fill=(30, 30, 36))
    for index, line in enumerate(texts["panel_footer"]):
        draw.text((WIDTH * 0.53, HEIGHT * (0.83 + 0.05 * index)), line, font=font(0.024), fill=(110, 110, 120))
    return image


DRAWINGS = {
    "reverse-search.png": draw_reverse_search,
    "library-poster.png": draw_library_poster,
    "credentials-panel.png": draw_credentials_panel,
}


def main():
    for language, texts in TEXTS.items():
        media_folder = REPOSITORY / "questions" / f"ai-and-synthetic-media-{language}" / "media"
        media_folder.mkdir(parents=True, exist_ok=True)
        for file_name, draw in DRAWINGS.items():
            # A small palette keeps these flat drawings to a few tens of kilobytes.
            picture = draw(texts).quantize(colors=64)
            picture.save(media_folder / file_name, optimize=True)
            print(media_folder / file_name)


if __name__ == "__main__":
    main()
