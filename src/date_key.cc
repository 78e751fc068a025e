// Copyright (c) chorus developers.

#include "date_key.h"

#include <chrono>
#include <cstdio>

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// The n digits at s[at...] as a number; false when they are not all there.
bool Digits(std::string_view s, size_t at, size_t n, int* value) {
  if (s.size() < at + n) return false;
  int v = 0;
  for (size_t k = at; k < at + n; ++k) {
    if (!IsAsciiDigit(s[k])) return false;
    v = v * 10 + (s[k] - '0');
  }
  *value = v;
  return true;
}

struct Clock {
  int hour = 0, minute = 0, second = 0;
  std::string_view fraction;  // the digits after "." or ",", when given
  bool zoned = false;
  int offset = 0;  // minutes east of UTC, when zoned
};

// "HH:MM", then ":SS" and a fraction optional, at s[*i...]; moves *i on.
bool ReadClock(std::string_view s, size_t* i, Clock* c) {
  if (!Digits(s, *i, 2, &c->hour) || s.size() < *i + 5 || s[*i + 2] != ':' ||
      !Digits(s, *i + 3, 2, &c->minute) || c->hour > 23 || c->minute > 59)
    return false;
  *i += 5;
  if (*i >= s.size() || s[*i] != ':') return true;
  if (!Digits(s, *i + 1, 2, &c->second) || c->second > 60) return false;  // 60: a leap second
  *i += 3;
  if (*i >= s.size() || (s[*i] != '.' && s[*i] != ',')) return true;
  size_t end = *i + 1;
  while (end < s.size() && IsAsciiDigit(s[end])) ++end;
  if (end == *i + 1) return false;
  c->fraction = s.substr(*i + 1, end - *i - 1);
  *i = end;
  return true;
}

// "+HH:MM", "+HHMM" or "+HH" (or "-"), at s[*i...]; moves *i on.
bool ReadOffset(std::string_view s, size_t* i, int* minutes) {
  if (*i >= s.size() || (s[*i] != '+' && s[*i] != '-')) return false;
  int hours = 0, mins = 0;
  if (!Digits(s, *i + 1, 2, &hours) || hours > 23) return false;
  size_t end = *i + 3;
  if (end < s.size() && s[end] == ':') {
    if (!Digits(s, end + 1, 2, &mins)) return false;
    end += 3;
  } else if (Digits(s, end, 2, &mins)) {
    end += 2;
  }
  if (mins > 59) return false;
  *minutes = (s[*i] == '-' ? -1 : 1) * (hours * 60 + mins);
  *i = end;
  return true;
}

// "YYYY-MM-DDTHH:MM:SS[.fraction]", in UTC when the clock names its zone;
// false for a day the month does not have, or a year the shift to UTC
// takes out of 0000-9999.
bool TimeKey(int year, int month, int day, const Clock& c, std::string* key) {
  namespace ch = std::chrono;
  const ch::year_month_day date{ch::year{year}, ch::month{static_cast<unsigned>(month)},
                                ch::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return false;
  const ch::minutes at = ch::sys_days{date}.time_since_epoch() + ch::hours{c.hour} +
                         ch::minutes{c.minute} - ch::minutes{c.zoned ? c.offset : 0};
  const ch::sys_days utc_day{ch::floor<ch::days>(at)};
  const ch::year_month_day utc{utc_day};
  const long long minute_of_day = (at - utc_day.time_since_epoch()).count();
  const int y = static_cast<int>(utc.year());
  if (y < 0 || y > 9999) return false;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02d", y,
                static_cast<unsigned>(utc.month()), static_cast<unsigned>(utc.day()),
                minute_of_day / 60, minute_of_day % 60, c.second);
  *key = buf;
  if (!c.fraction.empty()) key->append(".").append(c.fraction);
  return true;
}

// ISO 8601 / RFC 3339 (see DateKey).
bool IsoKey(std::string_view s, std::string* key) {
  int year = 0, month = 0, day = 0;
  if (!Digits(s, 0, 4, &year)) return false;
  if (s.size() > 4 && (s[4] != '-' || !Digits(s, 5, 2, &month) || month < 1 || month > 12))
    return false;
  if (s.size() > 7 &&
      (s.size() < 10 || s[7] != '-' || !Digits(s, 8, 2, &day) || day < 1 || day > 31))
    return false;
  if (s.size() == 4 || s.size() == 7 || s.size() == 10) {
    *key = s;
    return true;
  }
  if (s.size() < 11 || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')) return false;
  size_t i = 11;
  Clock c;
  if (!ReadClock(s, &i, &c)) return false;
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    c.zoned = true;
    ++i;
  } else if (i < s.size()) {
    if (!ReadOffset(s, &i, &c.offset)) return false;
    c.zoned = true;
  }
  return i == s.size() && TimeKey(year, month, day, c, key);
}

constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::string_view kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::string_view kFullDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

// Zone names of RFC 822 (the military letters aside, which RFC 2822 says
// to read as unknown): hours east of UTC.
struct NamedZone {
  std::string_view name;
  int hours;
};
constexpr NamedZone kZones[] = {{"gmt", 0},  {"ut", 0},   {"utc", 0},  {"z", 0},
                                {"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5},
                                {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};

// The next run of ASCII letters at s[*i...] (maybe empty); moves *i on.
std::string_view Letters(std::string_view s, size_t* i) {
  const size_t b = *i;
  while (*i < s.size() && IsAsciiAlpha(s[*i])) ++*i;
  return s.substr(b, *i - b);
}

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
}

// RFC 822 / 2822 (see DateKey).
bool Rfc822Key(std::string_view s, std::string* key) {
  size_t i = 0;
  if (i < s.size() && IsAsciiAlpha(s[i])) {  // the day's name and a comma
    const std::string_view name = Letters(s, &i);
    if (!OneOfIgnoringCase(name, kDays) && !OneOfIgnoringCase(name, kFullDays)) return false;
    if (i >= s.size() || s[i] != ',') return false;
    ++i;
    SkipSpaces(s, &i);
  }
  int day = 0, year = 0;
  if (Digits(s, i, 2, &day)) i += 2;
  else if (Digits(s, i, 1, &day)) i += 1;
  else return false;
  if (i >= s.size() || s[i] != ' ') return false;
  SkipSpaces(s, &i);
  const std::string_view month_name = Letters(s, &i);
  int month = 0;
  for (int m = 0; m < 12; ++m)
    if (EqualsIgnoringAsciiCase(month_name, kMonths[m])) month = m + 1;
  if (month == 0 || i >= s.size() || s[i] != ' ') return false;
  SkipSpaces(s, &i);
  if (!Digits(s, i, 4, &year) || s.size() < i + 5 || s[i + 4] != ' ') return false;
  i += 4;
  SkipSpaces(s, &i);
  Clock c;
  if (!ReadClock(s, &i, &c) || !c.fraction.empty()) return false;
  SkipSpaces(s, &i);
  if (i < s.size()) {
    c.zoned = true;
    if (s[i] == '+' || s[i] == '-') {
      const size_t at = i;
      if (!ReadOffset(s, &i, &c.offset) || i != at + 5) return false;  // "+hhmm" only
    } else {
      const std::string_view name = Letters(s, &i);
      const NamedZone* zone = nullptr;
      for (const NamedZone& z : kZones)
        if (EqualsIgnoringAsciiCase(name, z.name)) zone = &z;
      if (zone == nullptr) return false;
      c.offset = zone->hours * 60;
    }
  }
  return i == s.size() && TimeKey(year, month, day, c, key);
}

}  // namespace

bool DateKey(std::string_view date, std::string* key) {
  // Spaces around the date (a feed's padding) are not part of it.
  while (!date.empty() && date.front() == ' ') date.remove_prefix(1);
  while (!date.empty() && date.back() == ' ') date.remove_suffix(1);
  return IsoKey(date, key) || Rfc822Key(date, key);
}

std::string DateOrderKey(const std::string& date) {
  std::string key;
  return DateKey(date, &key) ? key : date;
}

}  // namespace internal
}  // namespace chorus
