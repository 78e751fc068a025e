// Web and e-mail addresses a sentence points its reader to ("For more, see
// http://...", "Visit the paper's site on the Web: www.example.org)",
// "... can be downloaded from the maker's site (www.example.com)."): web
// furniture, of no use in a digest that quotes it. candidate_rules.h does
// not choose such a sentence; its words still count as evidence. A sentence
// that goes on after its address (a gloss on a name: "the site
// (www.example.org) offers ...", "On a fan site, www.example.net, a writer
// wrote ...") reports something and stays a candidate. Read over DUC 2003
// and 2006 candidates and the 1,000 bench digests (eleventh session,
// docs/quality.md). Tests: tests/web_addresses_test.cc.

#ifndef CHORUS_SRC_WEB_ADDRESSES_H_
#define CHORUS_SRC_WEB_ADDRESSES_H_

#include <string_view>

namespace chorus {
namespace internal {

// True when `text` (collapsed) opens or ends with an address. Words are
// split at spaces; a word is an address when it holds "://" after one or
// more ASCII letters ("http://", "https://", "ftp://"), or opens with
// "www." (after any of "(\"'`-<", in any ASCII case), or holds '@' with an
// ASCII letter or digit before it and, after it, a '.' then an ASCII
// letter ("desk@example.org"). The address opens the text when it is the
// first word, and ends it when it is the last (closing punctuation stays in
// the word: "www.example.org).", "http://example.org/a.html."). "Amazon.com"
// (no "www."), "@harbour" and "a@b" (no dot) are not addresses.
bool OpensOrEndsWithWebAddress(std::string_view text);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_WEB_ADDRESSES_H_
