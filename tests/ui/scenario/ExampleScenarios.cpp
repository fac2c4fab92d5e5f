// Hand-built scenarios of every kind and every misleading chart option.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleScenarios.hpp"

namespace esprit::test {
namespace {

Scenario makeScenario(std::string id, ScenarioContent content) {
  return {std::move(id), std::move(content)};
}

ChartScenario theftChart() {
  ChartScenario chart;
  chart.chart = ChartKind::bar;
  chart.title = "Thefts reported in Riverside";
  chart.labels = {"2021", "2022", "2023", "2024"};
  chart.series = {{"Thefts", {912, 931, 925, 940}, ChartAxis::left}};
  chart.value_label = "reports per year";
  chart.source = "Invented figures for this exercise";
  return chart;
}

}  // namespace

std::filesystem::path galleryPackFolder() { return ESPRIT_GALLERY_PACK; }

std::vector<Scenario> exampleScenarios() {
  std::vector<Scenario> scenarios;

  PostScenario lemon;
  lemon.platform = "Chirper";
  lemon.author = {"Natural Health Today", "@natural_health_2day", false, ""};
  lemon.time = "3 h";
  lemon.text =
      "Doctors HATE this! Hot lemon water cures the flu in 24 hours 🍋 #health #NoPharma "
      "https://nat-health.example/lemon-water-cure-revealed";
  lemon.likes = 15300;
  lemon.shares = 4200;
  lemon.comments = 830;
  scenarios.push_back(makeScenario("post-miracle-lemon", lemon));

  PostScenario museum;
  museum.platform = "Pixelgram";
  museum.author = {"Musée de la Rivière", "@musee_riviere", true, "media/avatar-museum.png"};
  museum.time = "12 mars";
  museum.text =
      "Nouvelle exposition « L'eau et la ville » : entrée gratuite pour les élèves le mercredi. "
      "Merci à @ecole_centrale pour les dessins ! #exposition #Rivière "
      "www.musee-riviere.example/expo";
  museum.image = "media/flood-street.png";
  museum.image_alt = "A street after a flood, with water up to the car doors";
  museum.likes = 1250000;
  museum.shares = 999;
  museum.comments = 12;
  scenarios.push_back(makeScenario("post-museum", museum));

  ArticleScenario phones;
  phones.outlet = "The Riverside Courier";
  phones.address = "https://riverside-courier.example/education/phone-ban";
  phones.headline = "City schools to trial phone-free lessons";
  phones.lede =
      "Three secondary schools will keep phones in lockers during lessons from January, the city "
      "council said on Tuesday.";
  phones.date = "14 November 2026";
  phones.byline = "By Amina Diallo";
  phones.image = "media/flood-street.png";
  phones.image_alt = "A street after a flood";
  scenarios.push_back(makeScenario("article-school-phones", phones));

  ArticleScenario lookalike;
  lookalike.outlet = "BBC Newz";
  lookalike.address = "http://bbc-newz.example.info/breaking/schools-closed-forever-aliens";
  lookalike.headline =
      "BREAKING: All schools closed FOREVER after scientists discover shocking truth";
  lookalike.lede = "You won't believe what they found in the cafeteria.";
  lookalike.date = "";
  lookalike.byline = "";
  scenarios.push_back(makeScenario("article-lookalike", lookalike));

  ChatScenario family;
  family.title = "Family ❤";
  family.messages = {
      {"Uncle Marc",
       "Forward this to everyone!! 5G towers spread the virus, a nurse told my friend", "08:12",
       false, true},
      {"Léa", "Is that true? 😮", "08:13", false, false},
      {"Me", "Where does it come from? I can't find it on any news site.", "08:15", true, false},
      {"Uncle Marc", "Everyone knows it", "08:16", false, false},
  };
  scenarios.push_back(makeScenario("chat-family-5g", family));

  scenarios.push_back(makeScenario("chart-honest", theftChart()));

  ChartScenario truncated = theftChart();
  truncated.misleading.axis_from = 900;
  scenarios.push_back(makeScenario("chart-truncated", truncated));

  ChartScenario cherry;
  cherry.chart = ChartKind::line;
  cherry.title = "Average temperature in June";
  cherry.labels = {"2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"};
  cherry.series = {
      {"Riverside", {18.2, 18.9, 19.1, 18.4, 19.6, 19.9, 19.4, 20.3, 20.8, 21.0}, ChartAxis::left}};
  cherry.unit = "°C";
  cherry.value_label = "average in June";
  cherry.source = "Invented figures for this exercise";
  cherry.misleading.range = std::pair<std::size_t, std::size_t>{2, 4};
  scenarios.push_back(makeScenario("chart-cherry-picked", cherry));

  ChartScenario dual;
  dual.chart = ChartKind::line;
  dual.title = "Ice cream sold and sunburns treated";
  dual.labels = {"Apr", "May", "Jun", "Jul", "Aug", "Sep"};
  dual.series = {{"Ice creams sold", {12000, 18000, 26000, 31000, 29000, 15000}, ChartAxis::left},
                 {"Sunburns treated", {40, 52, 61, 66, 64, 47}, ChartAxis::right}};
  dual.value_label = "per month";
  dual.source = "Invented figures for this exercise";
  dual.misleading.dual_axis = true;
  scenarios.push_back(makeScenario("chart-dual-axis", dual));

  ChartScenario area;
  area.chart = ChartKind::bar;
  area.title = "Bikes sold: us against the others";
  area.labels = {"Rival A", "Rival B", "Us"};
  area.series = {{"Bikes", {400, 450, 600}, ChartAxis::left}};
  area.unit = "";
  area.value_label = "bikes sold in 2025";
  area.source = "Invented figures for this exercise";
  area.misleading.area_scaling = true;
  scenarios.push_back(makeScenario("chart-area", area));

  ChartScenario grouped;
  grouped.chart = ChartKind::bar;
  grouped.title = "Hours online per day, by age";
  grouped.labels = {"12–13", "14–15", "16–17"};
  grouped.series = {{"School days", {2.5, 3.1, 3.8}, ChartAxis::left},
                    {"Weekends", {4.2, 5.0, 5.6}, ChartAxis::left}};
  grouped.unit = "h";
  grouped.value_label = "hours per day";
  grouped.source = "Invented survey of 300 pupils";
  scenarios.push_back(makeScenario("chart-grouped", grouped));

  ImageScenario flood;
  flood.file = "media/flood-street.png";
  flood.alt = "A street under water with a shark fin near a car";
  flood.caption = "Shark swims down the high street after the storm!";
  flood.credit = "Shared 40,000 times";
  scenarios.push_back(makeScenario("image-flood", flood));

  ImageScenario missing;
  missing.file = "media/does-not-exist.png";
  missing.alt = "A crowd in front of the town hall";
  missing.caption = "Thousands protest against the new bus lanes";
  missing.credit = "Photo: unknown";
  scenarios.push_back(makeScenario("image-missing", missing));

  QuoteScenario einstein;
  einstein.text = "Insanity is doing the same thing over and over and expecting different results.";
  einstein.speaker = "Albert Einstein";
  einstein.role = "physicist";
  einstein.context = "Shared on a motivation page, no source given";
  einstein.date = "";
  scenarios.push_back(makeScenario("quote-einstein", einstein));

  QuoteScenario mayor;
  mayor.text = "Nous ouvrirons trois nouvelles pistes cyclables avant l'été, c'est promis.";
  mayor.speaker = "Claire Dubois";
  mayor.role = "maire de Riverside (personnage inventé)";
  mayor.context = "Conseil communal, compte rendu officiel";
  mayor.date = "3 février 2026";
  scenarios.push_back(makeScenario("quote-mayor", mayor));

  QuoteScenario museum_quote;
  museum_quote.text = "Every drawing in this exhibition was made by a pupil of the city's schools.";
  museum_quote.speaker = "Musée de la Rivière";
  museum_quote.role = "city museum";
  museum_quote.context = "Exhibition leaflet";
  museum_quote.date = "March 2026";
  museum_quote.image = "media/avatar-museum.png";
  scenarios.push_back(makeScenario("quote-with-portrait", museum_quote));

  return scenarios;
}

}  // namespace esprit::test
