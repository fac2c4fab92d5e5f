#!/usr/bin/python3
# Draws the reverse-image-search cards of the assessment pack (our own drawings, no
# copied images), one set per language, into questions/assessment-<lang>/media/.
#
# Run from anywhere:  /usr/bin/python3 packaging/media/draw_assessment.py
# Needs Debian's python3-pil and fonts-dejavu-core. Each card is 800x500 and saved
# with a small palette so it stays a few tens of KB. A card shows what a checker
# really sees after a reverse image search: the searched picture and its earlier
# appearances, oldest first. The words on each card are repeated in the "alt"
# text of its scenario in pack.json, so keep both in step when you change one.
# SPDX-License-Identifier: GPL-3.0-or-later

import math
import os
import random

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 500
REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FONT_FOLDER = "/usr/share/fonts/truetype/dejavu/"
LANGUAGES = ("en", "fr", "nl", "de")

INK = (32, 33, 36)
GREY_INK = (95, 99, 104)
SITE_GREEN = (24, 110, 50)
CARD = (255, 255, 255)
PAGE = (238, 240, 243)
FRAME = (200, 204, 210)


def font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(FONT_FOLDER + name, size)
    except OSError:  # the card stays readable, only plainer, without DejaVu
        return ImageFont.load_default()


def wrap(draw, text, typeface, width):
    """Splits text into lines that fit in width pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = word if not line else line + " " + word
        if draw.textlength(candidate, font=typeface) <= width:
            line = candidate
        else:
            if line:
                lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def gradient(draw, box, top_colour, bottom_colour):
    left, top, right, bottom = box
    for y in range(top, bottom):
        share = (y - top) / max(1, bottom - top - 1)
        colour = tuple(int(a + (b - a) * share) for a, b in zip(top_colour, bottom_colour))
        draw.line([(left, y), (right, y)], fill=colour)


# ---------------------------------------------------------------- the searched pictures
# Each scene is drawn on a 400x300 canvas and shrunk to fit the card.

def scene_tornado(draw):
    gradient(draw, (0, 0, 400, 200), (80, 82, 95), (175, 170, 160))
    gradient(draw, (0, 200, 400, 300), (200, 175, 120), (170, 140, 90))
    for step in range(36):
        share = step / 35
        centre = 210 + math.sin(share * 3) * 14
        half = 95 * (1 - share) + 6
        y = 25 + share * 175
        grey = int(55 + 45 * share)
        draw.ellipse([centre - half, y - 8, centre + half, y + 8], fill=(grey, grey, grey + 6))
    draw.ellipse([185, 192, 240, 210], fill=(150, 125, 90))
    draw.line([(0, 230), (400, 226)], fill=(150, 120, 80), width=2)  # a dirt track
    for x in (40, 80, 330, 360):  # fence posts across the farmland
        draw.line([(x, 215), (x, 240)], fill=(90, 70, 50), width=3)


def scene_cycle_lane(draw):
    gradient(draw, (0, 0, 400, 120), (150, 195, 235), (215, 230, 245))
    draw.rectangle([0, 120, 400, 300], fill=(120, 170, 90))
    draw.polygon([(0, 300), (150, 120), (230, 120), (400, 300)], fill=(60, 110, 170))  # canal
    draw.polygon([(0, 300), (150, 120), (165, 120), (60, 300)], fill=(190, 60, 55))  # red lane
    for x in (250, 300, 350):  # young trees along the bank
        draw.line([(x, 200), (x, 150)], fill=(90, 70, 50), width=4)
        draw.ellipse([x - 18, 120, x + 18, 160], fill=(70, 140, 70))
    for cx, cy, scale in ((95, 215, 1.0), (130, 170, 0.7)):  # two cyclists
        r = 14 * scale
        draw.ellipse([cx - 22 * scale - r, cy - r, cx - 22 * scale + r, cy + r], outline=INK, width=3)
        draw.ellipse([cx + 22 * scale - r, cy - r, cx + 22 * scale + r, cy + r], outline=INK, width=3)
        draw.line([(cx - 22 * scale, cy), (cx, cy - 18 * scale), (cx + 22 * scale, cy)], fill=INK, width=3)
        draw.line([(cx, cy - 18 * scale), (cx, cy - 45 * scale)], fill=(230, 120, 40), width=int(7 * scale))
        draw.ellipse([cx - 7 * scale, cy - 60 * scale, cx + 7 * scale, cy - 46 * scale], fill=(220, 180, 150))


def scene_crowd(draw):
    draw.rectangle([0, 0, 400, 300], fill=(20, 18, 40))
    draw.rectangle([90, 40, 310, 120], fill=(60, 55, 90))  # the stage
    for x, colour in ((110, (250, 220, 90)), (200, (120, 200, 255)), (290, (250, 120, 200))):
        draw.polygon([(x, 40), (x - 60, 300), (x + 60, 300)], fill=tuple(c // 3 for c in colour))
        draw.ellipse([x - 8, 32, x + 8, 48], fill=colour)
    randomness = random.Random(7)
    for row in range(9):
        y = 135 + row * 19
        for index in range(30):
            x = index * 14 + randomness.randint(-4, 4) - (row % 2) * 7
            shade = 40 + row * 8
            draw.ellipse([x, y, x + 11, y + 11], fill=(shade, shade, shade + 20))


def scene_electric_bus(draw):
    gradient(draw, (0, 0, 400, 170), (170, 205, 235), (225, 235, 245))
    draw.rectangle([0, 220, 400, 300], fill=(120, 120, 125))
    draw.rectangle([0, 205, 400, 222], fill=(190, 190, 190))  # pavement
    draw.rounded_rectangle([40, 95, 300, 215], radius=14, fill=(60, 160, 90))
    for x in range(60, 280, 45):
        draw.rectangle([x, 110, x + 35, 150], fill=(200, 225, 240))
    for x in (85, 255):
        draw.ellipse([x - 18, 198, x + 18, 234], fill=(40, 40, 40))
    draw.ellipse([140, 160, 175, 195], fill="white")  # the plug symbol
    draw.rectangle([151, 167, 155, 175], fill=(60, 160, 90))
    draw.rectangle([160, 167, 164, 175], fill=(60, 160, 90))
    draw.rectangle([148, 175, 167, 185], fill=(60, 160, 90))
    draw.line([(345, 90), (345, 210)], fill=(90, 90, 90), width=4)  # bus stop sign
    draw.ellipse([322, 60, 368, 106], fill=(250, 200, 40))
    draw.text((333, 70), "12", font=font(22, bold=True), fill=INK)


def scene_wolf(draw):
    gradient(draw, (0, 0, 400, 170), (190, 205, 215), (225, 230, 225))
    draw.rectangle([0, 170, 400, 300], fill=(140, 150, 100))
    for x in range(0, 400, 38):  # the forest edge
        draw.polygon([(x, 175), (x + 19, 60 + (x * 7) % 40), (x + 38, 175)], fill=(45, 80, 55))
    body = (120, 120, 118)
    draw.ellipse([140, 190, 270, 240], fill=body)  # the wolf, facing left
    draw.polygon([(150, 205), (105, 185), (100, 200), (140, 222)], fill=body)
    draw.polygon([(100, 188), (112, 165), (118, 190)], fill=body)
    draw.polygon([(82, 200), (104, 190), (106, 206)], fill=(100, 100, 98))
    for x in (155, 175, 240, 258):
        draw.rectangle([x, 228, x + 9, 268], fill=body)
    draw.polygon([(265, 205), (315, 225), (300, 235), (262, 222)], fill=(105, 105, 103))


def scene_hail(draw):
    gradient(draw, (0, 0, 400, 110), (120, 125, 135), (170, 175, 180))
    draw.rectangle([0, 40, 120, 170], fill=(190, 170, 150))  # houses along the street
    draw.rectangle([280, 30, 400, 170], fill=(175, 165, 160))
    for x, y in ((20, 60), (70, 60), (300, 55), (350, 55)):
        draw.rectangle([x, y, x + 30, y + 35], fill=(90, 100, 115))
    draw.rectangle([0, 170, 400, 300], fill=(235, 238, 240))  # the white street
    for x, colour in ((40, (180, 40, 40)), (250, (40, 70, 150))):
        draw.rounded_rectangle([x, 200, x + 110, 245], radius=10, fill=colour)
        draw.rectangle([x + 20, 185, x + 85, 205], fill=colour)
        draw.rectangle([x + 20, 183, x + 85, 190], fill="white")  # hail on the roof
    randomness = random.Random(3)
    for _ in range(260):
        x, y = randomness.randint(0, 399), randomness.randint(0, 299)
        draw.ellipse([x, y, x + 3, y + 3], fill="white")


SCENES = {
    "tornado": scene_tornado,
    "cycle-lane": scene_cycle_lane,
    "crowd": scene_crowd,
    "electric-bus": scene_electric_bus,
    "wolf": scene_wolf,
    "hail": scene_hail,
}


def scene_picture(name):
    picture = Image.new("RGB", (400, 300), "white")
    SCENES[name](ImageDraw.Draw(picture))
    return picture


# ---------------------------------------------------------------- the words on each card

LABELS = {
    "en": {"title": "Reverse image search", "searched": "Searched picture",
           "found": "3 matches · oldest first"},
    "fr": {"title": "Recherche d'image inversée", "searched": "Image recherchée",
           "found": "3 résultats · du plus ancien au plus récent"},
    "nl": {"title": "Omgekeerd zoeken op afbeelding", "searched": "Gezochte afbeelding",
           "found": "3 resultaten · oudste eerst"},
    "de": {"title": "Bilder-Rückwärtssuche", "searched": "Gesuchtes Bild",
           "found": "3 Treffer · älteste zuerst"},
}

# For each card: (site, title, date) per match, oldest first, in each language.
CARDS = {
    "search-tornado.png": ("tornado", {
        "en": [("stormwatch.example", "Tornado crosses farmland in Kansas", "14 June 2019"),
               ("weather-pics.example", "The best storm photos of 2019", "2 January 2020"),
               ("Montrival, what's on (group)", "Tornado heading for Montrival!", "today")],
        "fr": [("stormwatch.example", "Une tornade traverse des terres agricoles au Kansas", "14 juin 2019"),
               ("weather-pics.example", "Les plus belles photos d'orages de 2019", "2 janvier 2020"),
               ("Montrival, ce qui se passe (groupe)", "Une tornade fonce sur Montrival !", "aujourd'hui")],
        "nl": [("stormwatch.example", "Tornado trekt over akkers in Kansas", "14 juni 2019"),
               ("weather-pics.example", "De mooiste stormfoto's van 2019", "2 januari 2020"),
               ("Wat is er te doen in Wolvenbeke (groep)", "Tornado op weg naar Wolvenbeke!", "vandaag")],
        "de": [("stormwatch.example", "Tornado zieht über Ackerland in Kansas", "14. Juni 2019"),
               ("weather-pics.example", "Die besten Unwetterfotos 2019", "2. Januar 2020"),
               ("Was ist los in Hohenvenn (Gruppe)", "Tornado rast auf Hohenvenn zu!", "heute")],
    }),
    "search-cycle-lane.png": ("cycle-lane", {
        "en": [("montrival-gazette.example", "New canal cycle lane opens · photo J. Peeters", "21 November 2026"),
               ("montrival.example (City of Montrival)", "The canal cycle lane is open", "21 November 2026"),
               ("Cycling in Montrival (group)", "Shared the Gazette's photo", "22 November 2026")],
        "fr": [("gazette-montrival.example", "La nouvelle piste cyclable du canal est ouverte · photo J. Peeters", "21 novembre 2026"),
               ("montrival.example (Ville de Montrival)", "La piste cyclable du canal est ouverte", "21 novembre 2026"),
               ("À vélo dans Montrival (groupe)", "A partagé la photo de la Gazette", "22 novembre 2026")],
        "nl": [("wolvenbeekse-bode.example", "Nieuw fietspad langs het kanaal open · foto J. Peeters", "21 november 2026"),
               ("wolvenbeke.example (Stad Wolvenbeke)", "Het fietspad langs het kanaal is open", "21 november 2026"),
               ("Fietsen in Wolvenbeke (groep)", "Deelde de foto van De Bode", "22 november 2026")],
        "de": [("hohenvenner-anzeiger.example", "Neuer Radweg am Kanal eröffnet · Foto J. Peeters", "21. November 2026"),
               ("hohenvenn.example (Stadt Hohenvenn)", "Der Radweg am Kanal ist offen", "21. November 2026"),
               ("Radfahren in Hohenvenn (Gruppe)", "Hat das Foto des Anzeigers geteilt", "22. November 2026")],
    }),
    "search-crowd.png": ("crowd", {
        "en": [("festival-news.example", "Record crowd at an open-air music festival abroad", "4 August 2018"),
               ("stock-photos.example", "Crowd at a summer festival", "12 May 2019"),
               ("Liège today (group)", "Thousands at yesterday's climate march!", "today")],
        "fr": [("festival-news.example", "Foule record à un festival de musique en plein air à l'étranger", "4 août 2018"),
               ("stock-photos.example", "Foule à un festival d'été", "12 mai 2019"),
               ("Liège aujourd'hui (groupe)", "Des milliers à la marche pour le climat d'hier !", "aujourd'hui")],
        "nl": [("festival-news.example", "Recordopkomst op openluchtfestival in het buitenland", "4 augustus 2018"),
               ("stock-photos.example", "Menigte op een zomerfestival", "12 mei 2019"),
               ("Gent vandaag (groep)", "Duizenden op de klimaatmars van gisteren!", "vandaag")],
        "de": [("festival-news.example", "Rekordandrang bei einem Open-Air-Festival im Ausland", "4. August 2018"),
               ("stock-photos.example", "Menschenmenge bei einem Sommerfestival", "12. Mai 2019"),
               ("Eupen heute (Gruppe)", "Tausende beim gestrigen Klimamarsch!", "heute")],
    }),
    "search-electric-bus.png": ("electric-bus", {
        "en": [("mosabus.example (press release)", "First electric buses on line 12", "15 February 2027"),
               ("vesdre-news.example", "Electric buses enter service · photo A. Benali", "15 February 2027"),
               ("Roche-en-Vesdre, our town (group)", "Shared the press photo", "16 February 2027")],
        "fr": [("mosabus.example (communiqué)", "Premiers bus électriques sur la ligne 12", "15 février 2027"),
               ("vesdre-info.example", "Les bus électriques entrent en service · photo A. Benali", "15 février 2027"),
               ("Roche-en-Vesdre, notre commune (groupe)", "A partagé la photo de presse", "16 février 2027")],
        "nl": [("ekelbus.example (persbericht)", "Eerste elektrische bussen op lijn 12", "15 februari 2027"),
               ("ekelbeek-vandaag.example", "Elektrische bussen rijden uit · foto A. Benali", "15 februari 2027"),
               ("Ekelbeek, onze gemeente (groep)", "Deelde de persfoto", "16 februari 2027")],
        "de": [("weserbus.example (Pressemitteilung)", "Erste Elektrobusse auf Linie 12", "15. Februar 2027"),
               ("weserbruecker-rundschau.example", "Elektrobusse im Einsatz · Foto A. Benali", "15. Februar 2027"),
               ("Weserbrück, unsere Gemeinde (Gruppe)", "Hat das Pressefoto geteilt", "16. Februar 2027")],
    }),
    "search-wolf.png": ("wolf", {
        "en": [("wildlife-photos.example", "Wolf at the forest edge, Bieszczady mountains, Poland", "3 March 2018"),
               ("nature-blog.example", "The wolves of Europe", "9 October 2020"),
               ("Parents of a Blanchefontaine school (group)", "A wolf in the playground this morning!", "today")],
        "fr": [("wildlife-photos.example", "Loup en lisière de forêt, monts Bieszczady, Pologne", "3 mars 2018"),
               ("nature-blog.example", "Les loups d'Europe", "9 octobre 2020"),
               ("Parents d'une école de Blanchefontaine (groupe)", "Un loup dans la cour ce matin !", "aujourd'hui")],
        "nl": [("wildlife-photos.example", "Wolf aan de bosrand, Bieszczadygebergte, Polen", "3 maart 2018"),
               ("nature-blog.example", "De wolven van Europa", "9 oktober 2020"),
               ("Ouders van een school in Bruggeveld (groep)", "Een wolf op de speelplaats vanochtend!", "vandaag")],
        "de": [("wildlife-photos.example", "Wolf am Waldrand, Bieszczady-Gebirge, Polen", "3. März 2018"),
               ("nature-blog.example", "Die Wölfe Europas", "9. Oktober 2020"),
               ("Eltern einer Schule in Eschenrath (Gruppe)", "Ein Wolf auf dem Schulhof heute Morgen!", "heute")],
    }),
    "search-hail.png": ("hail", {
        "en": [("blanchefontaine-weekly.example", "Hailstorm turns the centre white · photo M. Ouali", "20 April 2027"),
               ("blanchefontaine.example (municipality)", "Hail: streets cleared, drains checked", "20 April 2027"),
               ("Blanchefontaine, our town (group)", "Shared the Weekly's photo", "21 April 2027")],
        "fr": [("hebdo-blanchefontaine.example", "La grêle blanchit le centre · photo M. Ouali", "20 avril 2027"),
               ("blanchefontaine.example (commune)", "Grêle : rues dégagées, avaloirs contrôlés", "20 avril 2027"),
               ("Blanchefontaine, notre commune (groupe)", "A partagé la photo de l'Hebdo", "21 avril 2027")],
        "nl": [("bruggevelds-nieuws.example", "Hagelbui kleurt het centrum wit · foto M. Ouali", "20 april 2027"),
               ("bruggeveld.example (gemeente)", "Hagel: straten vrijgemaakt, riolen nagekeken", "20 april 2027"),
               ("Bruggeveld, onze gemeente (groep)", "Deelde de foto van Het Nieuws", "21 april 2027")],
        "de": [("eschenrather-nachrichten.example", "Hagelschauer färbt die Innenstadt weiß · Foto M. Ouali", "20. April 2027"),
               ("eschenrath.example (Gemeinde)", "Hagel: Straßen geräumt, Gullys geprüft", "20. April 2027"),
               ("Eschenrath, unsere Gemeinde (Gruppe)", "Hat das Foto der Nachrichten geteilt", "21. April 2027")],
    }),
}


def draw_card(scene_name, labels, matches, where):
    picture = Image.new("RGB", (WIDTH, HEIGHT), PAGE)
    draw = ImageDraw.Draw(picture)
    draw.rounded_rectangle([12, 12, WIDTH - 12, HEIGHT - 12], radius=12, fill=CARD, outline=FRAME, width=2)
    # Header: a magnifying glass and the tool's name.
    draw.ellipse([32, 28, 58, 54], outline=(66, 133, 244), width=4)
    draw.line([(55, 51), (66, 62)], fill=(66, 133, 244), width=5)
    draw.text((80, 28), labels["title"], font=font(26, bold=True), fill=INK)
    draw.line([(28, 76), (WIDTH - 28, 76)], fill=FRAME, width=2)
    # The searched picture, on the left.
    scene = scene_picture(scene_name)
    draw.text((32, 92), labels["searched"], font=font(17, bold=True), fill=GREY_INK)
    picture.paste(scene.resize((248, 186)), (32, 120))
    draw.rectangle([31, 119, 281, 307], outline=FRAME, width=2)
    # The matches, on the right, oldest first.
    left = 306
    draw.text((left, 92), labels["found"], font=font(17, bold=True), fill=GREY_INK)
    small = scene.resize((88, 66))
    y = 122
    for site, title, date in matches:
        draw.rounded_rectangle([left, y, WIDTH - 30, y + 110], radius=8, outline=FRAME, width=2)
        picture.paste(small, (left + 10, y + 10))
        text_left = left + 110
        text_width = WIDTH - 40 - text_left
        draw.text((text_left, y + 8), site, font=font(15), fill=SITE_GREEN)
        line_y = y + 30
        lines = wrap(draw, title, font(17, bold=True), text_width)
        if len(lines) > 2:
            raise SystemExit(f"{where}: the title \"{title}\" needs {len(lines)} lines on the card; "
                             "shorten it to fit two.")
        for line in lines:
            draw.text((text_left, line_y), line, font=font(17, bold=True), fill=INK)
            line_y += 22
        draw.text((text_left, y + 80), date, font=font(16), fill=GREY_INK)
        y += 120
    return picture


def save(picture, language, name):
    small = picture.convert("P", palette=Image.ADAPTIVE, colors=64)
    folder = os.path.join(REPOSITORY, "questions", f"assessment-{language}", "media")
    os.makedirs(folder, exist_ok=True)
    small.save(os.path.join(folder, name), optimize=True)


def main():
    for name, (scene_name, matches_by_language) in CARDS.items():
        for language in LANGUAGES:
            card = draw_card(scene_name, LABELS[language], matches_by_language[language],
                             f"{name} ({language})")
            save(card, language, name)


if __name__ == "__main__":
    main()
