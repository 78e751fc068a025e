// Sentence segmentation over original UTF-8 bytes. ICU's rule-based sentence
// iterator (UAX #29) runs on a UText over the bytes, so boundaries are byte
// offsets and no text is ever converted or copied out of place. Breaks
// after abbreviations are dropped as ICU's FilteredBreakIterator would drop
// them (break_suppressions.h), without its per-break cost, and so are the
// breaks of break_repairs.h that fall inside a sentence. Plain-ASCII
// paragraphs in English take a scanner with ICU's breaks (ascii_sentences.h).
// Tests: tests/sentence_segmenter_test.cc.

#include "sentence_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <atomic>

#include "analyzer.h"
#include "ascii_sentences.h"
#include "byte_masks.h"
#include "break_repairs.h"
#include "break_suppressions.h"
#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// Abbreviations after which a period does not end a sentence, in addition
// to ICU's locale data. Only forms that rarely end a sentence belong here.
const char* const kAbbreviations[] = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.",
    "Capt.", "Sgt.", "Cpl.", "Adm.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Rev.",
    "Sr.", "Jr.", "St.", "Mt.", "Ft.", "Gens.", "Reps.", "Sens.", "Pres.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "No.", "Nos.", "Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "vs.",
    "U.S.", "U.K.", "U.N.", "E.U.", "Calif.", "Fla.", "Ariz.", "Mass.",
    "Conn.", "Penn.", "Ill.", "Mich.", "Minn.", "Wash.", "Tenn.", "Ky.",
    "Va.", "Ga.", "Ala.", "Okla.", "Ore.", "Colo.", "Nev.", "Wis.", "Md.",
    "Mo.", "La.", "Miss.", "Ark.", "Kan.", "Neb.", "Del.", "Vt.", "Ind.",
};

}  // namespace

std::vector<std::string> NewsAbbreviations() {
  return std::vector<std::string>(std::begin(kAbbreviations), std::end(kAbbreviations));
}

namespace {

bool StartsLowercase(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && IsAsciiSpace(line[i])) ++i;
  return i < line.size() && line[i] >= 'a' && line[i] <= 'z';
}

// True when `s` holds a byte that can begin “, " or `` (0xE2, '"', '`'):
// sixteen bytes at a time.
bool MayOpenQuote(std::string_view s) {
  size_t i = 0;
  for (; i + 16 <= s.size(); i += 16) {
    const Bytes16 w = Load16(s.data() + i);
    if (Mask16(Bytes16(w == 0xE2) | Bytes16(w == '"') | Bytes16(w == '`')) != 0) return true;
  }
  for (; i < s.size(); ++i)
    if (s[i] == '\xE2' || s[i] == '"' || s[i] == '`') return true;
  return false;
}

// True when `s` opens a quotation it does not close (“ without ”, an odd
// number of ", `` without ''). Without a byte that begins an opening mark
// every count that could say so is 0 (most sentences).
bool LeavesQuoteOpen(std::string_view s) {
  if (!MayOpenQuote(s)) return false;
  return CountOccurrences(s, "\u201C") > CountOccurrences(s, "\u201D") ||
         CountOccurrences(s, "\"") % 2 == 1 ||
         CountOccurrences(s, "``") > CountOccurrences(s, "''");
}

// A quotation is kept in one sentence: a break inside it is undone, for at
// most this many breaks (an unclosed quote must not swallow a paragraph).
constexpr int kMaxBreaksInQuote = 3;

// Line ends, for line starts that never decrease: a '\n', a lone '\r' (old
// Mac files), or the end of the text. A CRLF line ends at its '\n' (the '\r'
// is trailing whitespace). The next '\n' and '\r' are kept, so each is
// searched once over the text however the lines fall (a file of lone CRs
// must not rescan the rest for a '\n' at every line).
class LineEnds {
 public:
  explicit LineEnds(std::string_view text)
      : text_(text), lf_(Find('\n', 0)), cr_(Find('\r', 0)) {}

  // The end of the line that starts at `pos`.
  size_t After(size_t pos) {
    if (lf_ < pos) lf_ = Find('\n', pos);
    if (cr_ < pos) cr_ = Find('\r', pos);
    return cr_ < lf_ && cr_ + 1 != lf_ ? cr_ : lf_;
  }

 private:
  size_t Find(char c, size_t pos) const {
    const size_t at = text_.find(c, pos);
    return at == std::string_view::npos ? text_.size() : at;
  }

  std::string_view text_;
  size_t lf_;
  size_t cr_;
};

}  // namespace

std::vector<std::pair<size_t, size_t>> SplitParagraphs(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t para_begin = std::string_view::npos;
  auto close = [&](size_t end) {
    if (para_begin == std::string_view::npos) return;
    size_t b = para_begin, e = end;
    TrimSpan(text, &b, &e);
    if (b < e) out.emplace_back(b, e);
    para_begin = std::string_view::npos;
  };
  LineEnds line_ends(text);
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t eol = line_ends.After(pos);
    std::string_view line = text.substr(pos, eol - pos);
    if (IsBlank(line)) {
      close(pos);
    } else {
      if (para_begin == std::string_view::npos) para_begin = pos;
      size_t next = eol + 1;
      const size_t next_eol = next < text.size() ? line_ends.After(next) : text.size();
      std::string_view next_line =
          next < text.size() ? text.substr(next, next_eol - next) : "";
      while (!line.empty() && IsAsciiSpace(line.back())) line.remove_suffix(1);
      bool soft = !next_line.empty() && !IsBlank(next_line) &&
                  !EndsWithSentencePunctuation(line, /*colon_counts=*/true) &&
                  (StartsLowercase(next_line) || line.size() >= 40);
      if (!soft) close(eol);
    }
    pos = eol + 1;
  }
  close(text.size());
  return out;
}

struct SentenceSegmenter::Rep {
  std::unique_ptr<icu::BreakIterator> prototype;  // the plain sentence iterator
  std::unique_ptr<BreakSuppressions> suppressions;
  bool ascii_fast_path = false;  // ascii_sentences.h holds for this locale
  bool english = false;  // BreakFallsInsideName applies (its openers are English)
  uint64_t serial = 0;  // names this segmenter in the per-thread cache
};

namespace {

std::atomic<uint64_t> next_serial{1};

// The calling thread's clone of the iterator of segmenter `serial`. Cloning
// costs about as much as splitting a short article, so a thread clones once
// and reuses its clone until it segments with another segmenter.
icu::BreakIterator* ThreadIterator(const icu::BreakIterator& prototype, uint64_t serial) {
  thread_local uint64_t cached_serial = 0;
  thread_local std::unique_ptr<icu::BreakIterator> cached;
  if (cached_serial != serial || cached == nullptr) {
    cached.reset(prototype.clone());
    cached_serial = serial;
  }
  return cached.get();
}

// The breaks `it` finds in `text`, as ICU's next() returns them.
void IcuBreaks(icu::BreakIterator* it, std::string_view text, std::vector<int32_t>* breaks) {
  breaks->clear();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next())
    breaks->push_back(end);
  utext_close(ut);
}

}  // namespace

SentenceSegmenter::SentenceSegmenter(std::unique_ptr<Rep> rep)
    : rep_(std::move(rep)) {}
SentenceSegmenter::~SentenceSegmenter() = default;

Status SentenceSegmenter::Create(const std::string& locale_name,
                                 std::unique_ptr<SentenceSegmenter>* out) {
  UErrorCode status = U_ZERO_ERROR;
  auto rep = std::make_unique<Rep>();
  rep->serial = next_serial.fetch_add(1);
  rep->prototype.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locale_name.c_str()), status));
  if (U_FAILURE(status) || rep->prototype == nullptr) {
    return Status::InvalidArgument("cannot create ICU sentence iterator for locale '" +
                                   locale_name + "': " + u_errorName(status));
  }
  rep->suppressions = std::make_unique<BreakSuppressions>(locale_name, NewsAbbreviations());
  rep->ascii_fast_path = locale_name == "en";  // the locale it is tested against
  rep->english = IsEnglishLocale(locale_name);
  out->reset(new SentenceSegmenter(std::move(rep)));
  return Status::OK();
}

Segmentation SentenceSegmenter::Segment(std::string_view text) const {
  Segmentation seg;
  icu::BreakIterator* it = nullptr;  // made on first use
  std::vector<int32_t> breaks;
  std::string copy;  // the paragraph with soft line breaks made spaces
  for (auto [pb, pe] : SplitParagraphs(text)) {
    Paragraph para{pb, pe, seg.sentences.size(), 0};
    std::string_view joined = text.substr(pb, pe - pb);
    // Two memchr scans: find_first_of tests each byte against the set.
    if (joined.find('\n') != std::string_view::npos ||
        joined.find('\r') != std::string_view::npos) {
      copy.assign(joined);
      for (char& c : copy)
        if (c == '\n' || c == '\r') c = ' ';
      joined = copy;
    }
    // ICU's breaks, from the ASCII scanner where it applies.
    if (!rep_->ascii_fast_path || !ScanAsciiSentenceBreaks(joined, &breaks)) {
      if (it == nullptr) it = ThreadIterator(*rep_->prototype, rep_->serial);
      IcuBreaks(it, joined, &breaks);
    }
    int32_t start = 0;
    int merged = 0;
    for (int32_t end : breaks) {
      if (rep_->suppressions->Suppresses(joined, static_cast<size_t>(end)) &&
          !(rep_->english && BreakFollowsCompanyOrState(joined, static_cast<size_t>(end))))
        continue;
      if ((rep_->english && (BreakFallsInsideName(joined, static_cast<size_t>(end)) ||
                             BreakFallsBeforeNamedSpeechTag(joined, static_cast<size_t>(end)) ||
                             BreakFallsInsideDatelineOrTime(joined, static_cast<size_t>(end)))) ||
          BreakFallsBeforeSpeechTag(joined, static_cast<size_t>(end)))
        continue;
      std::string_view piece = joined.substr(start, end - start);
      if (merged < kMaxBreaksInQuote && end < static_cast<int32_t>(joined.size()) &&
          LeavesQuoteOpen(piece)) {
        ++merged;
        continue;  // keep the quotation together: extend to the next break
      }
      size_t b = pb + static_cast<size_t>(start), e = pb + static_cast<size_t>(end);
      TrimSpan(text, &b, &e);
      if (b < e) seg.sentences.push_back({b, e, seg.paragraphs.size()});
      start = end;
      merged = 0;
    }
    para.num_sentences = seg.sentences.size() - para.first_sentence;
    seg.paragraphs.push_back(para);
  }
  return seg;
}

}  // namespace internal
}  // namespace chorus
