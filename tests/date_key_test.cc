// DateKey: the dates feeds give, read into keys that sort in time order.

#include "date_key.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace chorus {
namespace internal {

TEST_CASE("DateKey reads ISO 8601 and RFC 3339 dates", "[date]") {
  const std::pair<std::string, std::string> cases[] = {
      // Dates alone are kept as they are.
      {"1998", "1998"},
      {"1998-06", "1998-06"},
      {"1998-06-30", "1998-06-30"},
      {" 1998-06-30 ", "1998-06-30"},
      {"1998-06-31", "1998-06-31"},  // a date alone is not checked against its month
      // A time: seconds filled in, a fraction kept, no zone kept as local.
      {"1998-06-30T12:05", "1998-06-30T12:05:00"},
      {"1998-06-30 12:05:07", "1998-06-30T12:05:07"},
      {"1998-06-30T12:05:07.25", "1998-06-30T12:05:07.25"},
      {"1998-06-30T12:05:07,5Z", "1998-06-30T12:05:07.5"},
      {"1998-06-30t12:05:07z", "1998-06-30T12:05:07"},
      // A zone: the time in UTC, across a day, a month and a year.
      {"1998-06-30T12:00:00Z", "1998-06-30T12:00:00"},
      {"1998-06-30T12:00:00+02:00", "1998-06-30T10:00:00"},
      {"1998-06-30T12:00:00-0530", "1998-06-30T17:30:00"},
      {"1998-06-30T01:00+03", "1998-06-29T22:00:00"},
      {"1998-06-30T22:00:00-05:00", "1998-07-01T03:00:00"},
      {"1999-12-31T23:30:00-01:00", "2000-01-01T00:30:00"},
      {"2024-03-01T00:10:00+01:00", "2024-02-29T23:10:00"},  // a leap day
      {"1998-06-30T23:59:60Z", "1998-06-30T23:59:60"},       // a leap second
  };
  for (const auto& [date, want] : cases) {
    std::string key = "untouched";
    INFO(date);
    CHECK(DateKey(date, &key));
    CHECK(key == want);
  }
}

TEST_CASE("DateKey reads RFC 822 dates as RSS gives them", "[date]") {
  const std::pair<std::string, std::string> cases[] = {
      {"Tue, 14 Jan 2020 08:00:00 GMT", "2020-01-14T08:00:00"},
      {"Tue, 14 Jan 2020 08:00:00 +0300", "2020-01-14T05:00:00"},
      {"Tue, 14 Jan 2020 22:15 EST", "2020-01-15T03:15:00"},
      {"14 Jan 2020 08:00:00 -0000", "2020-01-14T08:00:00"},
      {"Tuesday, 4 JAN 2020 08:00:00 pdt", "2020-01-04T15:00:00"},
      {"Wed,  5 Feb 2020 10:00:00 UT", "2020-02-05T10:00:00"},
      {"Sat, 29 Feb 2020 23:00:00 -0200", "2020-03-01T01:00:00"},
      {"Mon, 13 Jan 2020 09:30:00", "2020-01-13T09:30:00"},  // no zone: as given
      {" Tue, 14 Jan 2020 08:00:00 GMT  ", "2020-01-14T08:00:00"},  // a feed's padding
  };
  for (const auto& [date, want] : cases) {
    std::string key;
    INFO(date);
    CHECK(DateKey(date, &key));
    CHECK(key == want);
  }
}

TEST_CASE("DateKey refuses what it cannot read, and leaves the key", "[date]") {
  for (const std::string date : {
           "", "1998-30-06", "1998-06-00", "1998-06-32", "19980630", "1998-6-30", "June 30, 1998",
           "98-06-30",
           "1998-06-30 garbage",        // a date, then something that is no time
           "1998-06-30T",               // a "T" and nothing
           "1998-06-30T24:00",          // hours 00-23
           "1998-06-30T12:60",          // minutes 00-59
           "1998-06-30T12:00:61",       // seconds 00-60
           "1998-06-30T12:00:00.",      // a point and no fraction
           "1998-06-30T12:00:00+2400",  // an offset past 23 hours
           "1998-06-30T12:00:00 Z",     // a space before the zone
           "1998-02-30T12:00:00Z",      // a day February does not have, with a time
           "0000-01-01T00:30:00+01:00",  // before year 0 in UTC
           "Tue, 14 Jan 2020",          // no time
           "Tue 14 Jan 2020 08:00 GMT",  // no comma after the day
           "Fun, 14 Jan 2020 08:00 GMT",  // no such day
           "14 Janu 2020 08:00 GMT",    // no such month
           "14 Jan 20 08:00 GMT",       // a two-digit year
           "14 Jan 2020 08:00 XYZ",     // no such zone
           "14 Jan 2020 08:00 +03",     // RFC 822 offsets have four digits
           "14 Jan 2020 08:00:00.5 GMT",  // no fraction in RFC 822
           "31 Apr 2020 08:00 GMT",     // a day April does not have
       }) {
    std::string key = "untouched";
    INFO('"' << date << '"');
    CHECK_FALSE(DateKey(date, &key));
    CHECK(key == "untouched");
    CHECK(DateOrderKey(date) == date);
  }
}

TEST_CASE("DateOrderKey sorts feed dates in time order", "[date]") {
  // As given, these sort by weekday name and by local clock; read, in time.
  const std::vector<std::string> dates = {
      "Mon, 13 Jan 2020 23:00:00 -0500",  // 14 Jan 04:00 UTC
      "Tue, 14 Jan 2020 03:00:00 GMT",
      "2020-01-14T05:30:00+02:00",        // 03:30 UTC
      "2020-01-14",
  };
  std::vector<std::string> keys;
  for (const std::string& d : dates) keys.push_back(DateOrderKey(d));
  CHECK(keys == std::vector<std::string>{"2020-01-14T04:00:00", "2020-01-14T03:00:00",
                                         "2020-01-14T03:30:00", "2020-01-14"});
  CHECK(keys[3] < keys[1]);  // a day alone before the times of that day
  CHECK(keys[1] < keys[2]);
  CHECK(keys[2] < keys[0]);
}

}  // namespace internal
}  // namespace chorus
