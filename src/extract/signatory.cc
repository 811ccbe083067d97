// The signature block: working up from the signer's NIP line at the end of the letter: the
// name above it (rank lines skipped), then, above the space for the signature and stamp,
// the title lines ("Kepala Dinas ...,", "Plt. Camat ...") up to the closing, the date line
// or the "a.n." line.
#include <Poco/RegularExpression.h>

#include <algorithm>
#include <cctype>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {
namespace {

struct Place {
  size_t row = 0, segment = 0;
};

// The words of `row` inside the block's column [x0, x1), as one segment (a stamp or a
// signature may cut a line into pieces).
std::optional<Segment> blockPart(const Row& row, int x0, int x1) {
  std::vector<ocr::Word> words;
  // A segment belongs to the block when it lies mostly inside the column (a centred title
  // line may be wider than the NIP line; a smudge left of the block is not in it).
  for (const auto& segment : row.segments) {
    const int inside = std::min(segment.box.x1, x1) - std::max(segment.box.x0, x0);
    if (inside * 2 > segment.box.x1 - segment.box.x0)
      words.insert(words.end(), segment.words.begin(), segment.words.end());
  }
  if (words.empty()) return std::nullopt;
  return makeSegment(std::move(words));
}

// A body line reaching across the page from the left margin is not in the block.
bool isBodyLine(const Segment& segment, const Row& row, int x0) {
  return segment.box.x0 < x0 - 2 * row.height && segment.box.x0 < row.pageWidth / 4 &&
         segment.box.x1 - segment.box.x0 > row.pageWidth / 2;
}

bool isRankLine(const Segment& segment, const Vocabulary& vocabulary) {
  // A line ending in a comma closes a title, whose first word may be cut so that it reads
  // like a rank ("Pemba[ngunan] Daerah," like "Pembina"); a rank read whole stays one
  // ("Pembina Tingkat I ," with a speck).
  const bool wholeRank =
      std::any_of(vocabulary.ranks.begin(), vocabulary.ranks.end(), [&](const Phrase& rank) {
        return segment.folded.size() >= rank.size() &&
               std::equal(rank.begin(), rank.end(), segment.folded.begin());
      });
  if (wholeRank) return true;
  if (segment.text.ends_with(",")) return false;
  if (Vocabulary::anyPhrase(segment.folded, vocabulary.ranks, true)) return true;
  size_t length = 0;
  if (vocabulary.labelPrefix(segment.folded, &length) == "rank") return true;
  // A rank's grade ("IV/b", "III/a") or the words of a rank that OCR cut up ("Pe bing
  // Utama Muda").
  static const Poco::RegularExpression grade("\\b(?:I{1,3}|IV|1V|lV)\\s*/\\s*[a-eA-E]\\b");
  if (grade.match(segment.text)) return true;
  static const std::vector<Phrase> rankWords = {
      {"utama", "muda"}, {"utama", "madya"}, {"tingkat", "i"}, {"muda", "tingkat"}};
  return Vocabulary::anyPhrase(segment.folded, rankWords);
}

// Signature scribbles and stamps read as a few low-confidence characters, or as scraps
// of two letters ("Sp) RE"): a title's line has a word of three letters or more.
bool isNoise(const Segment& segment) {
  int letters = 0;
  size_t longest = 0;
  double confidence = 0;
  for (const auto& word : segment.words) confidence += word.confidence;
  for (const auto& word : segment.folded) {
    letters += static_cast<int>(word.size());
    longest = std::max(longest, word.size());
  }
  confidence /= static_cast<double>(std::max<size_t>(1, segment.words.size()));
  return letters < 3 || longest < 3 || confidence < 0.45;
}

// NIP line: "NIP. 1978...", "NIP : 1978...", "NIP 1978..." (digits in the segment or the next).
// Right to left: beside a "Mengetahui" block on the left, the letter's signer is on the right.
// With `cut`, a labelled NIP of which the stamp or a smudge left eight digits or more
// ("NIP: 19780714 2007 ZEROS") marks the line too; the Field is then empty.
std::optional<Field> nipOnRow(const Row& row, const Vocabulary& vocabulary, size_t* segmentIndex,
                              bool cut = false) {
  for (size_t k = row.segments.size(); k > 0; --k) {
    const size_t s = k - 1;
    const Segment& segment = row.segments[s];
    size_t length = 0;
    if (segment.folded.empty()) continue;
    // "NP: 1978...", "NlP 1978...": a label one letter off counts when what follows is a
    // whole NIP whose dates hold.
    const bool labelled = vocabulary.labelPrefix(segment.folded, &length) == "nip";
    const bool misread = !labelled && segment.folded.front().size() <= 4 &&
                         editDistance(segment.folded.front(), "nip", 1) <= 1;
    if (!labelled && !misread) continue;
    std::vector<ocr::Word> digits;
    bool afterLabel = false;
    for (const auto& word : segment.words) {
      // A speck before the label ("~ NIP. 1971...") is not the label.
      if (!afterLabel && foldedWords(word.text).empty()) continue;
      if (!afterLabel) {
        // The label word may carry digits glued on: "NIP.1978..."
        const auto firstDigit = word.text.find_first_of("0123456789");
        afterLabel = true;
        if (firstDigit != std::string::npos && firstDigit >= 3) {
          ocr::Word rest = word;
          rest.text = word.text.substr(firstDigit);
          digits.push_back(rest);
        }
        continue;
      }
      if (trim(word.text, ":.").empty()) continue;
      digits.push_back(word);
    }
    // The digits after gaps a stamp or a smudge put among them ("NIP.  96FT PLO  198903").
    if (digits.empty())
      for (size_t next = s + 1; next < row.segments.size(); ++next)
        digits.insert(digits.end(), row.segments[next].words.begin(),
                      row.segments[next].words.end());
    Field field = fieldFrom(digits, row.page);
    field.value = trim(field.value, ":. ");
    const auto nip = normaliseNip(field.value);
    const auto digitCount = std::count_if(field.value.begin(), field.value.end(), [](char ch) {
      return std::isdigit(static_cast<unsigned char>(ch)) != 0;
    });
    if (nip.value.empty() && cut && labelled && digitCount >= 8) {
      if (segmentIndex) *segmentIndex = s;
      Field where;  // no value: only where the digits stand
      where.box = field.box;
      return where;
    }
    if (nip.value.empty() || (misread && nip.confidence < 1.0)) continue;
    field.printed = field.value;
    field.value = nip.value;
    field.confidence *= nip.confidence;
    if (segmentIndex) *segmentIndex = s;
    return field;
  }
  return std::nullopt;
}

// A closing OCR split or joined differently ("Horn hat saya", "Hormatsaya"): the letters
// of the whole segment within two edits of a closing phrase's.
bool closingByLetters(const Segment& segment, const Vocabulary& vocabulary) {
  const std::string letters = foldedLetters(segment.text);
  if (letters.size() < 8) return false;
  for (const auto& closing : vocabulary.closings) {
    std::string phrase;
    for (const auto& word : closing) phrase += word;
    if (phrase.size() >= 8 && editDistance(letters, phrase, 2) <= 2) return true;
  }
  return false;
}

// A closing whose first words the signature covers ("Ya| mengajukan,"): a short line
// ending in the distinctive last word of a short closing ("mengajukan", "pemohon").
bool closingByLastWord(const Segment& segment, const Vocabulary& vocabulary) {
  if (segment.folded.empty() || segment.folded.size() > 3) return false;
  const std::string& last = segment.folded.back();
  for (const auto& closing : vocabulary.closings) {
    // Longer closings end in words an office's name may end in ("... elektronik").
    if (closing.size() <= 2 && closing.back().size() >= 7 &&
        editDistance(last, closing.back(), 1) <= 1)
      return true;
  }
  return false;
}

// A closing whose later words are misread ("Yang Keghjukan,"): a short line beginning with
// the first word of a closing of several words ("yang", "hormat"); no title begins so. A
// long first word may have a letter misread too ("Hormdt 484,").
bool closingByFirstWord(const Segment& segment, const Vocabulary& vocabulary) {
  if (segment.folded.empty() || segment.folded.size() > 3) return false;
  const std::string& first = segment.folded.front();
  return std::any_of(vocabulary.closings.begin(), vocabulary.closings.end(),
                     [&](const Phrase& closing) {
                       if (closing.size() < 2 || closing.front().size() < 4) return false;
                       const int slack = closing.front().size() >= 6 ? 1 : 0;
                       return editDistance(first, closing.front(), slack) <= slack;
                     });
}

bool endsTitleSearch(const Row& row, const Segment& segment, const Vocabulary& vocabulary) {
  if (Vocabulary::anyPhrase(segment.folded, vocabulary.closings, true)) return true;
  if (closingByFirstWord(segment, vocabulary)) return true;
  if (closingByLetters(segment, vocabulary) || closingByLastWord(segment, vocabulary)) return true;
  // "a.n. Bupati ...": the abbreviation has its dots ("aN" is a smudge, not "a.n.").
  if (Vocabulary::anyPhrase(segment.folded, vocabulary.onBehalf, true) &&
      ((segment.folded.size() > 1 && segment.folded[0] == "atas") ||
       segment.text.substr(0, segment.text.find(' ')).find('.') != std::string::npos))
    return true;
  if (isStopRow(row, vocabulary)) return true;
  // The place and date line ("Mamuju, 14 Februari 2024"): a title holds no date, and no
  // year either (the line with its day or month lost to the stamp, "Makassar » Desember
  // 2023", "Mamuju. 7 Mer 2024"; a speck after a title's comma may read as a digit,
  // "Mamuju, 5", no year).
  static const Poco::RegularExpression year("(?<![\\d/.])(?:19|20)\\d\\d(?![\\d/])");
  Poco::RegularExpression::Match found;
  return !normaliseDate(segment.text, vocabulary).value.empty() ||
         year.match(segment.text, 0, found) > 0;
}

// Specks of the stamp's rim read before the title on its row ("SN N Sekretaris Daerah"):
// leading words of one or two characters, or ones the engine barely saw.
size_t leadingSpecks(const Segment& segment) {
  size_t specks = 0;
  while (specks + 1 < segment.words.size()) {
    const auto& word = segment.words[specks];
    if (foldedLetters(word.text).size() > 2 && word.confidence >= 0.4f) break;
    ++specks;
  }
  return specks;
}

// An acting prefix the stamp or the engine bent ("It." or "P1t." for "Plt."): a short word
// with its dot, one edit from the vocabulary's prefix once a capital I is read as l. Only
// asked of the word just before an office-head title or opening the title. Returns the
// prefix as spelled in the vocabulary ("plt"), or empty.
std::string bentActingPrefix(const ocr::Word& word, const Vocabulary& vocabulary) {
  if (!word.text.ends_with(".") || word.text.size() > 5) return {};
  const auto folded = foldedWords(word.text);
  if (folded.size() != 1 || folded.front().size() < 2) return {};
  std::string letters = folded.front();
  std::replace(letters.begin(), letters.end(), 'i', 'l');
  std::replace(letters.begin(), letters.end(), '1', 'l');
  // "Pih." is "Plh.", not the "Plt." one edit further.
  for (int distance = 0; distance <= 1; ++distance) {
    for (const auto& acting : vocabulary.acting) {
      if (acting.size() == 1 && acting.front().size() >= 3 &&
          editDistance(letters, acting.front(), 1) <= distance)
        return acting.front();
    }
  }
  return {};
}

// Where the title begins in `segment`: 0, or after the stamp's specks; npos when the
// segment does not begin with an office-head title or an acting prefix.
size_t titleStart(const Segment& segment, const Vocabulary& vocabulary) {
  // "pala Dinas ...": the title's first word cut short by the stamp (title repair mends it).
  auto cutTitle = [&](const std::vector<std::string>& words) {
    return words.size() > 1 && words.front().size() >= 4 &&
           cutFromTitleWord(words.front(), vocabulary);
  };
  auto startsWith = [&](const std::vector<std::string>& words) {
    return Vocabulary::anyPhrase(words, vocabulary.titles, true) ||
           Vocabulary::anyPhrase(words, vocabulary.acting, true) || cutTitle(words);
  };
  if (startsWith(segment.folded)) return 0;
  size_t specks = leadingSpecks(segment);
  // One short word the engine was not sure of, before a title: the stamp's ("Vie Kepala").
  if (specks == 0 && segment.words.size() > 1 && foldedLetters(segment.words[0].text).size() <= 3 &&
      segment.words[0].confidence < 0.75f)
    specks = 1;
  if (specks == 0) return std::string::npos;
  std::vector<ocr::Word> rest(segment.words.begin() + static_cast<long>(specks),
                              segment.words.end());
  return startsWith(makeSegment(std::move(rest)).folded) ? specks : std::string::npos;
}

bool startsWithTitle(const Segment& segment, const Vocabulary& vocabulary) {
  return titleStart(segment, vocabulary) != std::string::npos;
}

// The words the letter opens with on its first page (its letterhead and what follows,
// up to 60 words), folded.
std::vector<std::string> openingWords(const LetterRows& letter) {
  std::vector<std::string> words;
  for (const auto& row : letter.rows) {
    if (row.page != letter.rows.front().page || words.size() > 60) break;
    for (const auto& word : row.folded()) words.push_back(word);
  }
  return words;
}

// Whether `words` holds `last` and `next` (folded) one after the other: two words of the
// office's name as the letterhead prints it.
bool printedTogether(const std::vector<std::string>& words, const std::string& last,
                     const std::string& next) {
  if (last.empty() || next.empty()) return false;
  for (size_t k = 0; k + 1 < words.size(); ++k)
    if (sameWord(last, words[k]) && sameWord(next, words[k + 1])) return true;
  return false;
}

// Officials such as a Bupati sign without an NIP: the last title line ending in a comma
// ("BUPATI MAMUJU,") in the right half of the page, and the first legible line below the
// space for the signature is the name.
SignatureBlock signerWithoutNip(const LetterRows& letter, const Vocabulary& vocabulary,
                                const std::vector<bool>& used) {
  SignatureBlock block;
  Person& signer = block.signer;
  const auto& rows = letter.rows;
  for (size_t i = rows.size(); i > 0 && rows.size() - i < 25; --i) {
    const Row& row = rows[i - 1];
    if (used[i - 1]) break;
    const Segment& title = row.segments.back();
    if (title.box.x0 * 3 < row.pageWidth || !title.text.ends_with(",") ||
        !startsWithTitle(title, vocabulary))
      continue;
    for (size_t below = i; below < rows.size() && below < i + 5; ++below) {
      const Segment& line = rows[below].segments.back();
      if (rows[below].page != row.page || line.box.x1 < title.box.x0) continue;
      if (isNoise(line) || line.folded.size() < 2) continue;
      if (isStopRow(rows[below], vocabulary) ||
          Vocabulary::anyPhrase(line.folded, vocabulary.stops))
        break;
      signer.position = fieldFrom(title.words, row.page);
      signer.position.value = trim(signer.position.value, ",;:");
      signer.name = fieldFrom(line.words, rows[below].page);
      signer.name.value = cleanName(signer.name.value);
      block.titleClosed = true;
      return block;
    }
    break;
  }
  return block;
}

}  // namespace

SignatureBlock signatureBlock(const LetterRows& letter, const Vocabulary& vocabulary,
                              const std::vector<bool>& used) {
  SignatureBlock block;
  Person& signer = block.signer;
  const auto& rows = letter.rows;
  size_t nipRow = rows.size(), nipSegment = 0;
  // A whole NIP first; else one cut short still shows where the block is.
  for (const bool cut : {false, true}) {
    for (size_t i = rows.size(); i > 0 && nipRow == rows.size(); --i) {
      if (used[i - 1]) continue;
      if (auto nip = nipOnRow(rows[i - 1], vocabulary, &nipSegment, cut)) {
        signer.nip = *nip;
        nipRow = i - 1;
      }
    }
    if (nipRow != rows.size()) break;
  }
  if (nipRow == rows.size()) return signerWithoutNip(letter, vocabulary, used);
  const Row& anchor = rows[nipRow];
  const int margin = 3 * std::max(anchor.height, 10);
  // The NIP line from its label to its last digit (gaps a stamp put among the digits may
  // leave the label a segment of its own).
  const int x0 = anchor.segments[nipSegment].box.x0 - margin;
  const int x1 = std::max(anchor.segments[nipSegment].box.x1, signer.nip.box.x1) + margin;

  // The name: the nearest text above the NIP line in the block, past rank lines.
  size_t nameRow = nipRow;
  for (size_t i = nipRow; i > 0 && nipRow - i < 4; --i) {
    const Row& row = rows[i - 1];
    if (row.page != anchor.page || used[i - 1]) break;
    if (rows[i].box.y0 - row.box.y1 > 4 * std::max(row.height, anchor.height)) break;
    const auto part = blockPart(row, x0, x1);
    if (!part) continue;
    if (isBodyLine(*part, row, x0) || isStopRow(row, vocabulary) ||
        Vocabulary::anyPhrase(part->folded, vocabulary.closings, true))
      break;
    if (isRankLine(*part, vocabulary)) continue;
    // The title's last line ("... Bencana Daerah,"): the name under it was not read. (A
    // name may end in a degree read with a comma, "S.T,".)
    const std::string& lastWord = part->words.back().text;
    if (lastWord.ends_with(",") && lastWord.find('.') == std::string::npos &&
        foldedLetters(lastWord).size() >= 4)
      break;
    int letters = 0;
    for (const auto& word : part->folded) letters += static_cast<int>(word.size());
    if (letters < 4) continue;
    signer.name = fieldFrom(part->words, row.page);
    signer.name.value = cleanName(signer.name.value);
    nameRow = i - 1;
    break;
  }
  // No name (a stamp over it): the title lines may still be readable above the NIP.

  // Title lines: groups of adjacent rows above the name, up to the closing / date line.
  std::vector<std::vector<size_t>> groups;  // nearest group first; rows bottom-up
  std::vector<Segment> parts(rows.size());
  // The letter's print (its median row, a little over): a NIP line the stamp's rim or a
  // scribble made taller is no measure of it.
  std::vector<int> heights;
  for (const auto& row : rows) heights.push_back(row.height);
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                   heights.end());
  const int printHeight = heights[heights.size() / 2] * 6 / 5;
  size_t previous = nameRow;
  for (size_t i = nameRow; i > 0 && nameRow - i < 12; --i) {
    const Row& row = rows[i - 1];
    if (row.page != rows[nameRow].page || used[i - 1]) break;
    const auto part = blockPart(row, x0, x1);
    if (!part) continue;
    if (endsTitleSearch(row, *part, vocabulary) || isBodyLine(*part, row, x0)) break;
    if (isRankLine(*part, vocabulary)) continue;  // below a name that was not read
    // Stamp lettering is small; scribbles read as a few unsure characters. (The name's
    // row may be tall with the scribble through it: the NIP line's height is the measure.)
    const int lineHeight = std::min({rows[nameRow].height, anchor.height, printHeight});
    if (isNoise(*part) || row.height * 3 < lineHeight * 2) {
      previous = i - 1;
      continue;
    }
    parts[i - 1] = *part;
    const bool adjacent = !groups.empty() && previous == i &&
                          rows[previous].box.y0 - row.box.y1 < row.height * 11 / 5;
    if (!adjacent) groups.emplace_back();
    groups.back().push_back(i - 1);
    previous = i - 1;
  }
  // The stamp's lettering read as a line of its own under the title: rows below the
  // group's last line ending in the title's comma are not the title's.
  // (A comma inside the office's name, "Komunikasi, Informatika, / Statistik ...", is no
  // closing: the letterhead prints the two words around it together.)
  const auto opening = openingWords(letter);
  for (auto& group : groups) {
    const auto closing = std::find_if(group.begin(), group.end(), [&](size_t row) {
      if (!parts[row].text.ends_with(",")) return false;
      const auto below = std::find(group.begin(), group.end(), row);
      return below == group.begin() || !printedTogether(opening, parts[row].folded.back(),
                                                        parts[*(below - 1)].folded.front());
    });
    if (closing != group.begin() && closing != group.end() && closing - group.begin() <= 2)
      group.erase(group.begin(), closing);
  }
  // The nearest group that opens with an office-head title; else the nearest that ends
  // in the title's comma (its first words lost), which stamp lettering may do too.
  auto found = std::find_if(groups.begin(), groups.end(), [&](const std::vector<size_t>& group) {
    return startsWithTitle(parts[group.back()], vocabulary);
  });
  if (found == groups.end())
    found = std::find_if(groups.begin(), groups.end(), [&](const std::vector<size_t>& group) {
      return parts[group.front()].text.ends_with(",");
    });
  const std::vector<size_t>* chosen = found == groups.end() ? nullptr : &*found;
  if (chosen && chosen->size() <= 4) {
    std::vector<ocr::Word> words;
    for (auto it = chosen->rbegin(); it != chosen->rend(); ++it)
      words.insert(words.end(), parts[*it].words.begin(), parts[*it].words.end());
    size_t titleAt = titleStart(parts[chosen->back()], vocabulary);
    if (titleAt != std::string::npos && titleAt > 0) {
      // "It. Kepala ...": the word taken for a speck is the acting prefix, bent.
      const std::string acting = bentActingPrefix(words[titleAt - 1], vocabulary);
      if (!acting.empty()) {
        --titleAt;
        words[titleAt].text = casedLike(acting, words[titleAt + 1].text) + ".";
        words[titleAt].confidence *= 0.8f;
      }
    } else if (titleAt == 0 && words.size() > 1) {
      // "Pit. Kepala ...": the title search matched the bent prefix; it is spelt again.
      const std::string acting = bentActingPrefix(words[0], vocabulary);
      if (!acting.empty() && foldedLetters(words[0].text) != acting) {
        words[0].text = casedLike(acting, words[1].text) + ".";
        words[0].confidence *= 0.8f;
      }
    }
    if (titleAt != std::string::npos)
      words.erase(words.begin(), words.begin() + static_cast<long>(titleAt));
    // Scribbles beside the title's closing comma: "Kepala Dinas Sosial, oo, yA"
    for (size_t k = words.size(); k > 0; --k) {
      const auto& word = words[k - 1];
      if (!word.text.ends_with(",") || word.text.size() <= 3 || word.confidence < 0.6f) continue;
      const bool noiseAfter = std::all_of(
          words.begin() + static_cast<long>(k), words.end(),
          [](const ocr::Word& after) { return after.text.size() <= 3 || after.confidence < 0.6f; });
      if (noiseAfter) words.resize(k);
      break;
    }
    repairTitleFromLetterhead(words, letter, vocabulary);
    // A speck of the stamp glued to the first letter: "»Kepala".
    if (!words.empty()) {
      std::string first = withoutLeadingMarks(words.front().text);
      if (!first.empty()) words.front().text = std::move(first);
    }
    block.titleClosed = !words.empty() && words.back().text.ends_with(",");
    signer.position = fieldFrom(words, rows[chosen->front()].page);
    signer.position.value = trim(signer.position.value, ",;:");
  }
  return block;
}

}  // namespace cabut::extract
