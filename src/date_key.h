// Copyright (c) chorus developers.
//
// Article dates as feeds give them, read into one form that sorts in time
// order as text. The chronological order (sentence_orderer.h) and the lead
// baseline's "most recent article" compare these keys; a date that cannot
// be read is compared as it is, with the loader's warning.
// Tests: tests/date_key_test.cc.

#ifndef CHORUS_SRC_DATE_KEY_H_
#define CHORUS_SRC_DATE_KEY_H_

#include <string>
#include <string_view>

namespace chorus {
namespace internal {

// Reads `date` and sets *key to a string that sorts in time order:
//   * ISO 8601 / RFC 3339 (Atom feeds, sitemaps): "YYYY", "YYYY-MM",
//     "YYYY-MM-DD" (month 01-12, day 01-31; kept as they are), and a full
//     date then "T" or " " and "HH:MM", ":SS" and a fraction (".123" or
//     ",123") optional, then a zone ("Z", "+HH:MM", "+HHMM", "+HH") or none;
//   * RFC 822 / 2822 (RSS's pubDate): "[Tue, ]14 Jan 2020 08:00[:00]" then a
//     zone ("+0300", "GMT", "UT", "UTC", "Z", "EST", "EDT", "CST", "CDT",
//     "MST", "MDT", "PST", "PDT") or none; month names in any case.
// Spaces around `date` are left out. A date with a time gives
// "YYYY-MM-DDTHH:MM:SS" (and its fraction), in UTC when it names its zone,
// as given when it does not. Returns false for anything else (a time that
// is not one, "31 Feb", "June 30, 1998"), leaving *key alone.
bool DateKey(std::string_view date, std::string* key);

// DateKey's key, or `date` itself when it has none: what the orderings
// compare.
std::string DateOrderKey(const std::string& date);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_DATE_KEY_H_
