// Abbreviation suppressions on plain sentence breaks, with ICU's decisions
// (the rules are in break_suppressions.h). Tests:
// tests/break_suppressions_test.cc.

#include "break_suppressions.h"

#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <set>

namespace chorus {
namespace internal {

namespace {

constexpr int kPartial = 1;
constexpr int kMatch = 2;

struct BundleCloser {
  void operator()(UResourceBundle* b) const { ures_close(b); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

// The locale's SentenceBreak exceptions, read as ICU's builder reads them:
// nothing when the bundle would be the default locale's.
std::vector<icu::UnicodeString> IcuLocaleEntries(const std::string& locale) {
  std::vector<icu::UnicodeString> out;
  UErrorCode status = U_ZERO_ERROR;
  Bundle bundle(ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale.c_str(),
                          &status));
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return out;
  Bundle exceptions(ures_getByKey(bundle.get(), "exceptions", nullptr, &status));
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return out;
  Bundle breaks(ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status));
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return out;
  for (int32_t i = 0; i < ures_getSize(breaks.get()); ++i) {
    UErrorCode s = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* str = ures_getStringByIndex(breaks.get(), i, &length, &s);
    if (U_SUCCESS(s)) out.emplace_back(str, length);
  }
  return out;
}

std::string Utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<std::string> BreakSuppressions::LocaleEntries(const std::string& locale) {
  std::vector<std::string> out;
  for (const icu::UnicodeString& s : IcuLocaleEntries(locale)) out.push_back(Utf8(s));
  return out;
}

BreakSuppressions::BreakSuppressions(const std::string& locale,
                                     const std::vector<std::string>& extra) {
  // ICU keeps the entries as a set ordered by UTF-16 code units; the order
  // decides which entry of a shared first part is seen first.
  std::set<icu::UnicodeString> set;
  for (icu::UnicodeString& s : IcuLocaleEntries(locale)) set.insert(std::move(s));
  for (const std::string& s : extra) set.insert(icu::UnicodeString::fromUTF8(s));
  const std::vector<icu::UnicodeString> entries(set.begin(), set.end());
  num_entries_ = entries.size();
  // 0: a whole entry matched backwards; else it is read forwards.
  std::vector<int> reduced(entries.size(), 0);
  auto add_backward = [&](const icu::UnicodeString& s, int value) {
    std::string key = Utf8(s);
    max_backward_ = std::max(max_backward_, key.size());
    if (!key.empty()) {
      last_byte_[static_cast<unsigned char>(key.back())] = true;
      if (first_bytes_.size() <= key.size()) first_bytes_.resize(key.size() + 1);
      const unsigned char first = static_cast<unsigned char>(key[0]);
      first_bytes_[key.size()][first >> 6] |= uint64_t{1} << (first & 63);
    }
    backward_.emplace(std::move(key), value);
  };
  for (size_t i = 0; i < entries.size(); ++i) {
    const int32_t dot = entries[i].indexOf(static_cast<UChar>(0x2E));
    if (dot < 0 || dot + 1 == entries[i].length()) continue;
    bool shared = false;  // another entry already stands for this first part
    for (size_t j = 0; j < entries.size(); ++j) {
      if (j == i || entries[i].compare(0, dot + 1, entries[j], 0, dot + 1) != 0) continue;
      if (reduced[j] == 0)
        reduced[j] = 1;
      else
        shared = true;
    }
    if (!shared && reduced[i] == 0) {
      add_backward(icu::UnicodeString(entries[i], 0, dot + 1), kPartial);
      reduced[i] = 1;
    }
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    if (reduced[i] == 0)
      add_backward(entries[i], kMatch);
    else
      forward_.push_back(Utf8(entries[i]));
  }
  std::sort(forward_.begin(), forward_.end());
}

// Whether reading `rest` from its start, one code point at a time, stops on
// a full forward entry that no entry extends, or the text ends on a prefix
// of an entry.
bool BreakSuppressions::ForwardMatch(std::string_view rest) const {
  size_t i = 0;
  while (i < rest.size()) {
    U8_FWD_1(rest.data(), i, rest.size());
    const std::string_view read = rest.substr(0, i);
    auto it = std::lower_bound(forward_.begin(), forward_.end(), read);
    const bool listed = it != forward_.end() && *it == read;
    if (listed) ++it;
    const bool extends = it != forward_.end() && it->size() > read.size() &&
                         std::string_view(*it).substr(0, read.size()) == read;
    if (!extends) return listed;
    // The text ends on a proper prefix of an entry: ICU counts that as a
    // match (USTRINGTRIE_MATCHES is any result but NO_MATCH).
    if (i == rest.size()) return true;
  }
  return false;
}

bool BreakSuppressions::Suppresses(std::string_view text, size_t pos) const {
  if (backward_.empty() || pos == 0 || pos >= text.size()) return false;
  size_t end = text[pos - 1] == ' ' ? pos - 1 : pos;
  if (end == 0 || !last_byte_[static_cast<unsigned char>(text[end - 1])]) return false;
  // The longest entry ending at `end`.
  for (size_t length = std::min(max_backward_, end); length > 0; --length) {
    const unsigned char first = static_cast<unsigned char>(text[end - length]);
    if ((first_bytes_[length][first >> 6] >> (first & 63) & 1) == 0) continue;
    auto it = backward_.find(text.substr(end - length, length));
    if (it == backward_.end()) continue;
    if (it->second == kMatch) return true;
    return ForwardMatch(text.substr(end - length));
  }
  return false;
}

}  // namespace internal
}  // namespace chorus
