// The server's migrations (see CitySchema.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitySchema.hpp"

namespace esprit::city {
namespace {

// Version 1.
// - esprit_devices: one row per PC that pushed, known only by its random key.
//   `site` is for the city to fill in (which school or library the PC is in);
//   Esprit never writes it.
// - esprit_answers: one row per answer, keyed by the answer's random key, so
//   a push sent twice counts it once. Nothing names a player; the day is kept,
//   not the time.
// - esprit_probit, esprit_dprime, esprit_bias: d′ and c with the same
//   log-linear correction as the game (Hautus 1995), so an analyst gets the
//   report's figures in SQL. The inverse normal is Acklam's rational
//   approximation (relative error below 1.2e-9).
constexpr const char* kVersion1 = R"sql(
CREATE TABLE esprit_devices (
  device_key text PRIMARY KEY,
  site       text,
  first_push timestamptz NOT NULL DEFAULT now(),
  last_push  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE esprit_answers (
  answer_key    text PRIMARY KEY,
  device_key    text NOT NULL REFERENCES esprit_devices (device_key),
  class_code    text NOT NULL DEFAULT '',
  mode          text NOT NULL,
  pack_id       text NOT NULL,
  pack_version  text NOT NULL,
  question_id   text NOT NULL,
  question_type text NOT NULL,
  form          text NOT NULL DEFAULT '',
  techniques    text[] NOT NULL DEFAULT '{}',
  first_attempt boolean NOT NULL,
  correct       boolean NOT NULL,
  credit        double precision NOT NULL CHECK (credit BETWEEN 0 AND 1),
  confidence    double precision CHECK (confidence BETWEEN 0 AND 1),
  is_real       boolean,
  says_real     boolean,
  answered_on   date NOT NULL,
  received      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX esprit_answers_by_day ON esprit_answers (answered_on);
CREATE INDEX esprit_answers_by_device ON esprit_answers (device_key);
CREATE INDEX esprit_answers_by_question ON esprit_answers (pack_id, question_id);
CREATE INDEX esprit_answers_by_technique ON esprit_answers USING gin (techniques);

CREATE FUNCTION esprit_probit(p double precision) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  q double precision;
  r double precision;
  low constant double precision := 0.02425;
BEGIN
  IF p <= 0 OR p >= 1 THEN
    RETURN NULL;
  END IF;
  IF p < low THEN
    q := sqrt(-2 * ln(p));
    RETURN (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q
               - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q
               + 4.374664141464968e+00) * q + 2.938163982698783e+00)
         / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q
               + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
  END IF;
  IF p > 1 - low THEN
    RETURN -esprit_probit(1 - p);
  END IF;
  q := p - 0.5;
  r := q * q;
  RETURN (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r
             - 2.759285104469687e+02) * r + 1.383577518672690e+02) * r
             - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
       / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r
             - 1.556989798598866e+02) * r + 6.680131188771972e+01) * r
             - 1.328068155288572e+01) * r + 1);
END
$$;

-- A fake is the signal: a hit is a fake called fake, a false alarm a real
-- item called fake.
CREATE FUNCTION esprit_dprime(hits bigint, misses bigint, false_alarms bigint,
                              correct_rejections bigint)
RETURNS double precision LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT esprit_probit((hits + 0.5) / (hits + misses + 1.0))
       - esprit_probit((false_alarms + 0.5) / (false_alarms + correct_rejections + 1.0))
$$;

CREATE FUNCTION esprit_bias(hits bigint, misses bigint, false_alarms bigint,
                            correct_rejections bigint)
RETURNS double precision LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT -(esprit_probit((hits + 0.5) / (hits + misses + 1.0))
         + esprit_probit((false_alarms + 0.5) / (false_alarms + correct_rejections + 1.0))) / 2
$$;
)sql";

constexpr ServerMigration kMigrations[] = {
    {1, kVersion1},
};

}  // namespace

std::span<const ServerMigration> serverMigrations() { return kMigrations; }

int latestServerSchemaVersion() { return serverMigrations().back().version; }

}  // namespace esprit::city
