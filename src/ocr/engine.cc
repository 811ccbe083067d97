#include "ocr/engine.h"

#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/renderer.h>
#include <tesseract/resultiterator.h>
#include <algorithm>
#include <cctype>
#include <span>

#include "common/xml_text.h"

namespace cabut::ocr {
namespace {

Box boxAt(const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
  Box box;
  it.BoundingBox(level, &box.x0, &box.y0, &box.x1, &box.y1);
  return box;
}

// `box` with `pad` pixels of room around it, within the page.
Box padded(const Box& box, int pad, const scan::Page& page) {
  return {std::max(0, box.x0 - pad), std::max(0, box.y0 - pad), std::min(page.width, box.x1 + pad),
          std::min(page.height, box.y1 + pad)};
}

// Sure letters a reading without a page's light marks must add to replace the first.
constexpr int kMinMarkedGain = 2;

// A word's letters and digits.
int lettersOf(const Word& word) {
  int letters = 0;
  for (unsigned char c : word.text) letters += std::isalnum(c) ? 1 : 0;
  return letters;
}

// A word the engine is fairly sure of.
constexpr float kSureConfidence = 0.6f;

// Appends the lines and words under `it` to `lines` (Tesseract's blocks numbered from `block`).
void appendLines(tesseract::ResultIterator& it, int block, std::vector<Line>& lines) {
  const size_t first = lines.size();
  --block;
  it.Begin();
  do {
    if (it.IsAtBeginningOf(tesseract::RIL_BLOCK)) ++block;
    if (it.IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      Line line;
      line.box = boxAt(it, tesseract::RIL_TEXTLINE);
      line.block = std::max(block, 0);
      lines.push_back(std::move(line));
    }
    const std::unique_ptr<char[]> utf8(it.GetUTF8Text(tesseract::RIL_WORD));
    if (!utf8 || lines.size() == first) continue;
    Word word;
    word.text = xmlSafeText(utf8.get());
    if (word.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    word.confidence = std::clamp(it.Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
    word.box = boxAt(it, tesseract::RIL_WORD);
    lines.back().words.push_back(std::move(word));
  } while (it.Next(tesseract::RIL_WORD));
  std::erase_if(lines, [](const Line& line) { return line.words.empty(); });
}

// The regions the layout analysis took for pictures, when they are big enough to hold a
// line of text: a signature block crossed by a scribble or a stamp often ends up there.
std::vector<Box> pictureRegions(tesseract::ResultIterator& it, const scan::Page& page) {
  std::vector<Box> regions;
  const int minSide = std::max(page.dpi, 72) / 6;  // about one line of 12-point text
  it.Begin();
  do {
    if (!PTIsImageType(it.BlockType())) continue;
    Box box = boxAt(it, tesseract::RIL_BLOCK);
    if (box.x1 - box.x0 < 2 * minSide || box.y1 - box.y0 < minSide) continue;
    // A signature block is a small part of the page; a region spanning much of it holds
    // lines the first pass read (a frame or a dark edge around them) and would cost a
    // second reading of the whole page.
    const long long area = static_cast<long long>(box.x1 - box.x0) * (box.y1 - box.y0);
    if (area * 5 > static_cast<long long>(page.width) * page.height) continue;
    // Nor does it reach across the page: that is the scanner's dark edge or a rule.
    if ((box.x1 - box.x0) * 10 > page.width * 7) continue;
    // A little room around it: the layout cut runs close to the strokes.
    regions.push_back(padded(box, minSide / 4, page));
  } while (it.Next(tesseract::RIL_BLOCK));
  return regions;
}

int medianLineHeight(const std::vector<Line>& lines) {
  std::vector<int> heights;
  for (const auto& line : lines) heights.push_back(line.box.y1 - line.box.y0);
  if (heights.size() < 3) return 0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                   heights.end());
  return heights[heights.size() / 2];
}

// How far below the last line read a signature block may stand, in lines: the closing, a
// title of three lines, the signature's space, a name, a rank and the NIP.
constexpr int kFootLines = 14;

// Bands between the lines read, taller than two and a half lines, that hold marks as tall
// as a third of a line: a stamp or a scribble over a signature block can make the layout
// analysis pass over its title and name without calling the block a picture.
std::vector<Box> unreadBands(const scan::Page& page, const std::vector<Line>& lines) {
  const int lineHeight = medianLineHeight(lines);
  if (lineHeight <= 0) return {};
  std::vector<std::pair<int, int>> spans;  // the lines' vertical extents, merged
  int left = page.width, right = 0;
  for (const auto& line : lines) {
    spans.emplace_back(line.box.y0, line.box.y1);
    left = std::min(left, line.box.x0);
    right = std::max(right, line.box.x1);
  }
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<int, int>> merged;
  for (const auto& span : spans) {
    if (!merged.empty() && span.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, span.second);
    else
      merged.push_back(span);
  }
  std::vector<Box> bands;
  for (size_t k = 1; k < merged.size(); ++k) {
    const int y0 = merged[k - 1].second, y1 = merged[k].first;
    if ((y1 - y0) * 2 < lineHeight * 5) continue;
    // Within the text's columns: a phone photo's dark surround is no ink of the letter.
    const auto ink = scan::inkIn(page, {left - lineHeight, y0, right + lineHeight, y1},
                                 std::max(2, lineHeight / 3));
    if (!ink || (ink->y1 - ink->y0) * 2 < lineHeight) continue;
    bands.push_back(padded({ink->x0, ink->y0, ink->x1, ink->y1}, lineHeight / 4, page));
  }
  // Below the last line read: a signature block under a stamp and a scribble at the foot
  // of the letter, with nothing read after it to bound a band.
  const int y0 = merged.back().second, y1 = std::min(page.height, y0 + lineHeight * kFootLines);
  if ((y1 - y0) * 2 >= lineHeight * 5) {
    const auto ink = scan::inkIn(page, {left - lineHeight, y0, right + lineHeight, y1},
                                 std::max(2, lineHeight / 3));
    if (ink && (ink->y1 - ink->y0) * 2 >= lineHeight)
      bands.push_back(padded({ink->x0, ink->y0, ink->x1, ink->y1}, lineHeight / 4, page));
  }
  return bands;
}

// A line re-read from a picture region is kept when it reads as the page's text, not as a
// scribble's strokes or a stamp's small round lettering: a word of three letters or more
// that the engine is fairly sure of, in a line about as tall as the page's other lines.
bool readsAsText(const Line& line, int pageLineHeight) {
  const int height = line.box.y1 - line.box.y0;
  if (pageLineHeight > 0 && (height * 10 < pageLineHeight * 6 || height > pageLineHeight * 3))
    return false;
  for (const auto& word : line.words) {
    if (lettersOf(word) >= 3 && word.confidence >= 0.5f) return true;
  }
  return false;
}

// Lines sharing `line`'s row: their middles lie within its height.
bool sharesRow(const Line& line, const Line& other) {
  const int middle = (other.box.y0 + other.box.y1) / 2;
  return &line != &other && middle > line.box.y0 && middle < line.box.y1;
}

// Where ink runs on from `line` along its row, past what its words cover (dir -1 to the
// left, +1 to the right), up to a gap wider than the line is tall or another line read on
// that row: a name crossed by a signature's strokes loses its first words to the layout
// analysis, which still reads the rest of the line.
int inkRunsTo(const scan::Page& page, const Line& line, const std::vector<Line>& lines, int dir) {
  const int height = line.box.y1 - line.box.y0;
  int limit = dir < 0 ? 0 : page.width;
  for (const auto& other : lines) {
    if (!sharesRow(line, other)) continue;
    if (dir < 0 && other.box.x1 <= line.box.x0) limit = std::max(limit, other.box.x1);
    if (dir > 0 && other.box.x0 >= line.box.x1) limit = std::min(limit, other.box.x0);
  }
  const int edge = dir < 0 ? line.box.x0 : line.box.x1;
  const int x0 = dir < 0 ? limit : edge, x1 = dir < 0 ? edge : limit;
  if (x1 <= x0) return edge;
  const auto columns =
      scan::inkColumns(page, {x0, line.box.y0, x1, line.box.y1}, std::max(2, height / 3));
  int reached = edge, gap = 0;
  const int count = static_cast<int>(columns.size());
  for (int k = 0; k < count && gap <= height; ++k) {
    const int column = dir < 0 ? count - 1 - k : k;
    if (!columns[static_cast<size_t>(column)]) {
      ++gap;
      continue;
    }
    gap = 0;
    reached = x0 + column + (dir < 0 ? 0 : 1);
  }
  return reached;
}

// Columns of ink inside the gaps between `line`'s words that are wider than a line is
// tall: a signature's scribble across a name makes the layout analysis drop the letters
// under it and keep the rest ("SIMON TAN NG," for "SIMON TANDIRERUNG,"). A table's rule
// in the gap between two cells is a few columns only.
int inkInGaps(const scan::Page& page, const Line& line) {
  const int height = line.box.y1 - line.box.y0;
  int ink = 0;
  for (size_t k = 1; k < line.words.size(); ++k) {
    const int x0 = line.words[k - 1].box.x1 + 1, x1 = line.words[k].box.x0 - 1;
    if (x1 - x0 < height) continue;
    const auto columns =
        scan::inkColumns(page, {x0, line.box.y0, x1, line.box.y1}, std::max(2, height / 3));
    ink += static_cast<int>(std::count(columns.begin(), columns.end(), true));
  }
  return ink;
}

// Letters in words the engine is fairly sure of: how much of a line was read.
int sureLetters(const Line& line) {
  int letters = 0;
  for (const auto& word : line.words) {
    if (word.confidence >= kSureConfidence) letters += lettersOf(word);
  }
  return letters;
}

// Bars the engine read in a line: a table's rules between its cells.
int bars(const Line& line) {
  int count = 0;
  for (const auto& word : line.words)
    count += static_cast<int>(std::count(word.text.begin(), word.text.end(), '|'));
  return count;
}

// A word's letters and digits, lower case.
std::string foldedLetters(const Word& word) {
  std::string letters;
  for (unsigned char c : word.text) {
    if (std::isalnum(c)) letters += static_cast<char>(std::tolower(c));
  }
  return letters;
}

// A line's letters and digits, lower case: what a second reading must keep of the first.
std::string foldedLetters(const Line& line) {
  std::string letters;
  for (const auto& word : line.words) letters += foldedLetters(word);
  return letters;
}

// Finds each word of `line` (its folded letters) in `reread`, in order, from `at` on:
// where the last one ends, npos when one is missing. Where the first reading lost letters
// between two words, the second holds them between.
size_t findWordsInOrder(const std::string& reread, const Line& line, size_t at) {
  for (const auto& word : line.words) {
    const std::string letters = foldedLetters(word);
    if (letters.empty() || at == std::string::npos) continue;
    at = reread.find(letters, at);
    if (at != std::string::npos) at += letters.size();
  }
  return at;
}

// A band holds a stamp's lettering and a scribble's strokes besides the lines passed over
// ("3 BKPSOM 5", "WV N DAERAH KABUPATEN"): a line of it is kept when most of its words
// (marks aside) are words of three letters or more, or groups of three digits or more, the
// engine is fairly sure of.
bool readsAsWords(const Line& line) {
  int counted = 0, words = 0;
  for (const auto& word : line.words) {
    int letters = 0, others = 0;
    for (unsigned char c : word.text) {
      if (std::isalpha(c))
        ++letters;
      else if (std::isdigit(c))
        ++others;
    }
    if (letters + others == 0) continue;  // a mark: no word
    ++counted;
    // A number's groups count (an NIP's "19661218 200012 1 033").
    const bool lettered = others == 0 && letters >= 3;
    const bool digits = letters == 0 && others >= 3;
    if ((lettered || digits) && word.confidence >= kSureConfidence) ++words;
  }
  return words > 0 && words * 2 > counted;
}

// A picture region's box may reach over lines the first pass read (its outline is not a
// rectangle): those are not read twice.
bool overlapsAny(const Line& line, std::span<const Line> lines) {
  const long long area =
      static_cast<long long>(line.box.x1 - line.box.x0) * (line.box.y1 - line.box.y0);
  for (const auto& other : lines) {
    const int w = std::min(line.box.x1, other.box.x1) - std::max(line.box.x0, other.box.x0);
    const int h = std::min(line.box.y1, other.box.y1) - std::max(line.box.y0, other.box.y0);
    if (w <= 0 || h <= 0) continue;
    const long long otherArea =
        static_cast<long long>(other.box.x1 - other.box.x0) * (other.box.y1 - other.box.y0);
    if (static_cast<long long>(w) * h * 4 > std::min(area, otherArea)) return true;
  }
  return false;
}

bool intersects(const Box& a, const Box& b) {
  return std::min(a.x1, b.x1) > std::max(a.x0, b.x0) && std::min(a.y1, b.y1) > std::max(a.y0, b.y0);
}

bool contains(const Box& outer, const Box& inner) {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 &&
         inner.y1 <= outer.y1;
}

// The areas to read again around `marks`: each mark's box grown by the lines it crosses
// (whole, so a line is never read in part), boxes that then overlap merged.
std::vector<Box> markedAreas(const std::vector<scan::Region>& marks,
                             const std::vector<Line>& lines) {
  std::vector<Box> areas;
  for (const auto& mark : marks) areas.push_back(Box{mark.x0, mark.y0, mark.x1, mark.y1});
  for (bool grown = true; grown;) {
    grown = false;
    for (auto& area : areas)
      for (const auto& line : lines)
        if (intersects(line.box, area) && !contains(area, line.box)) {
          area = unite(area, line.box);
          grown = true;
        }
    for (size_t i = 0; i < areas.size() && !grown; ++i)
      for (size_t j = i + 1; j < areas.size() && !grown; ++j)
        if (intersects(areas[i], areas[j])) {
          areas[i] = unite(areas[i], areas[j]);
          areas.erase(areas.begin() + static_cast<long>(j));
          grown = true;
        }
  }
  return areas;
}

// Into reading order: before the first line of the page that starts below it.
void insertInReadingOrder(std::vector<Line>& lines, Line line) {
  const auto below = std::find_if(lines.begin(), lines.end(),
                                  [&](const Line& other) { return other.box.y0 > line.box.y0; });
  lines.insert(below, std::move(line));
}

// A word with letters the engine is unsure of.
bool hasUnsureWord(const Line& line) {
  return std::any_of(line.words.begin(), line.words.end(), [](const Word& word) {
    return word.confidence < kSureConfidence && lettersOf(word) > 0;
  });
}

void moveBy(Line& line, int dx, int dy) {
  const auto move = [dx, dy](Box& box) {
    box = {box.x0 + dx, box.y0 + dy, box.x1 + dx, box.y1 + dy};
  };
  move(line.box);
  for (auto& word : line.words) move(word.box);
}

bool centredIn(const Box& box, const Box& area) {
  const int x = (box.x0 + box.x1) / 2, y = (box.y0 + box.y1) / 2;
  return x >= area.x0 && x < area.x1 && y >= area.y0 && y < area.y1;
}

// Loads `languages` into `api` with `pageSegMode` and the parameters `variables`.
std::optional<Failure> load(tesseract::TessBaseAPI& api, const std::string& tessdataDir,
                            const std::string& languages, int pageSegMode,
                            const std::vector<std::pair<std::string, std::string>>& variables) {
  const char* dataPath = tessdataDir.empty() ? nullptr : tessdataDir.c_str();
  if (api.Init(dataPath, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return Failure{"ocr-engine", "OCR engine cannot load the languages '" + languages +
                                     "' (is tesseract-ocr-ind installed?)"};
  }
  api.SetPageSegMode(static_cast<tesseract::PageSegMode>(pageSegMode));
  // Tesseract prints parameter and page warnings ("Estimating resolution...") otherwise.
  api.SetVariable("debug_file", "/dev/null");
  for (const auto& [name, value] : variables) {
    if (!api.SetVariable(name.c_str(), value.c_str())) {
      return Failure{"ocr-engine", "Unknown OCR engine parameter '" + name + "'"};
    }
  }
  return std::nullopt;
}

Failure pageTimeout(int pageNumber, int deadlineSeconds) {
  return Failure{"ocr-timeout", "Reading page " + std::to_string(pageNumber) +
                                    " took longer than " + std::to_string(deadlineSeconds) +
                                    " s and was stopped"};
}

}  // namespace

Engine::Engine() : api_(std::make_unique<tesseract::TessBaseAPI>()) {}

Engine::~Engine() {
  if (osd_) osd_->End();
  if (regions_) regions_->End();
  if (api_) api_->End();
}

std::optional<Failure> Engine::init(
    const std::string& tessdataDir, const std::string& languages, int pageSegMode,
    const std::vector<std::pair<std::string, std::string>>& variables) {
  // Tesseract parallelises inside a page with OpenMP; with one engine per core that only
  // oversubscribes. OMP_THREAD_LIMIT=1 is read when libgomp loads (before main), so when the
  // caller did not export it, this thread's parallel regions are made inactive instead.
  omp_set_max_active_levels(0);
  omp_set_num_threads(1);
  tessdataDir_ = tessdataDir;
  languages_ = languages;
  variables_ = variables;
  return load(*api_, tessdataDir, languages, pageSegMode, variables);
}

std::optional<Failure> Engine::recognise(const scan::Page& page, int deadlineSeconds,
                                         PageText& text) {
  api_->SetImage(page.image.pix());
  api_->SetSourceResolution(page.dpi);
  tesseract::ETEXT_DESC monitor;
  if (deadlineSeconds > 0) monitor.set_deadline_msecs(deadlineSeconds * 1000);
  const int status = api_->Recognize(&monitor);
  if (monitor.deadline_exceeded()) {
    api_->Clear();
    return pageTimeout(page.number, deadlineSeconds);
  }
  if (status != 0) {
    return Failure{"ocr-failed", "OCR engine could not read page " + std::to_string(page.number)};
  }
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (!it) return std::nullopt;  // nothing recognised: an empty page
  std::vector<Box> regions = pictureRegions(*it, page);
  appendLines(*it, 0, text.lines);
  const size_t firstBand = regions.size();
  for (const Box& band : unreadBands(page, text.lines)) regions.push_back(band);
  if (!regions.empty()) {
    if (auto failure = rereadRegions(page, regions, firstBand, deadlineSeconds, monitor, text))
      return failure;
  }
  if (auto failure = rereadPartlyRead(page, deadlineSeconds, monitor, text)) return failure;
  return rereadMarked(page, deadlineSeconds, monitor, text);
}

bool Engine::loadRegionEngine() {
  if (!regions_ && !regionsFailed_) {
    regions_ = std::make_unique<tesseract::TessBaseAPI>();
    if (load(*regions_, tessdataDir_, languages_, tesseract::PSM_SINGLE_BLOCK, variables_)) {
      regions_.reset();
      regionsFailed_ = true;
    }
  }
  return regions_ != nullptr;
}

std::optional<Failure> Engine::rereadPartlyRead(const scan::Page& page, int deadlineSeconds,
                                                tesseract::ETEXT_DESC& monitor, PageText& text) {
  const size_t count = text.lines.size();
  std::vector<Box> reach(count);           // each line's box widened to the ink along its row
  std::vector<int> unread(count, 0);       // columns of ink beyond and between its words
  std::vector<bool> gapped(count, false);  // ink between its words
  std::vector<size_t> group(count);        // lines read again together: the first of the group
  bool any = false;
  for (size_t i = 0; i < count; ++i) {
    const Line& line = text.lines[i];
    group[i] = i;
    reach[i] = line.box;
    const int height = line.box.y1 - line.box.y0;
    if (height <= 0) continue;
    reach[i].x0 = inkRunsTo(page, line, text.lines, -1);
    reach[i].x1 = inkRunsTo(page, line, text.lines, +1);
    const int between = inkInGaps(page, line);
    gapped[i] = between >= height;
    unread[i] = (line.box.x0 - reach[i].x0) + (reach[i].x1 - line.box.x1) + between;
    // Less than a short word's width is a stray mark or the words' own edges.
    any |= unread[i] >= height * 3 / 2;
  }
  if (!any) return std::nullopt;
  // Ink running on from one line to the next on its row ("Kep" ... "kasi dan" with the rest
  // under a stamp) makes them one line, read again once: read apart, each reading would
  // hold the words between them.
  const auto root = [&group](size_t k) {
    while (group[k] != k) k = group[k];
    return k;
  };
  for (size_t i = 0; i < count; ++i) {
    const Line& line = text.lines[i];
    const int height = line.box.y1 - line.box.y0;
    for (size_t j = 0; j < count; ++j) {
      const Line& other = text.lines[j];
      if (!sharesRow(line, other)) continue;
      const bool touched = (other.box.x0 >= line.box.x1 && other.box.x0 - reach[i].x1 <= height) ||
                           (other.box.x1 <= line.box.x0 && reach[i].x0 - other.box.x1 <= height);
      if (touched) group[std::max(root(i), root(j))] = std::min(root(i), root(j));
    }
  }
  struct Reread {
    std::vector<size_t> members;  // left to right
    Box box;
    bool gapped = false;  // a member lost letters between its words
  };
  std::vector<Reread> rereads;
  for (size_t i = 0; i < count; ++i) {
    if (root(i) != i) continue;
    Reread reread{{}, reach[i]};
    int widened = 0;
    for (size_t k = i; k < count; ++k) {
      if (root(k) != i) continue;
      reread.members.push_back(k);
      const Box& line = text.lines[k].box;
      reread.box = {std::min(reread.box.x0, reach[k].x0), std::min(reread.box.y0, line.y0),
                    std::max(reread.box.x1, reach[k].x1), std::max(reread.box.y1, line.y1)};
      widened += unread[k];
      reread.gapped = reread.gapped || gapped[k];
    }
    const int height = reread.box.y1 - reread.box.y0;
    if (height <= 0 || widened < height * 3 / 2) continue;
    std::sort(reread.members.begin(), reread.members.end(),
              [&text](size_t a, size_t b) { return text.lines[a].box.x0 < text.lines[b].box.x0; });
    reread.box = padded(reread.box, height / 4, page);
    rereads.push_back(std::move(reread));
  }
  if (rereads.empty() || !loadRegionEngine()) return std::nullopt;
  regions_->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  regions_->SetImage(page.image.pix());
  regions_->SetSourceResolution(page.dpi);
  const int pageLineHeight = medianLineHeight(text.lines);
  std::vector<bool> merged(count, false);
  for (const auto& [members, box, lostBetween] : rereads) {
    regions_->SetRectangle(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
    if (regions_->Recognize(&monitor) != 0 || monitor.deadline_exceeded()) break;
    std::unique_ptr<tesseract::ResultIterator> it(regions_->GetIterator());
    if (!it) continue;
    Line& first = text.lines[members.front()];
    std::vector<Line> lines;
    appendLines(*it, first.block, lines);
    if (lines.size() != 1) continue;
    // Kept when it reads as text, holds the first readings whole, in order, and more
    // besides: a scribble's strokes read as letters the engine is unsure of, and a reading
    // across a table's next cell or a stamp can spoil the words the first pass got right.
    // A reading across a table's rule joins cells the first pass kept apart.
    const std::string reread = foldedLetters(lines[0]);
    int sure = 0, barsBefore = 0;
    size_t at = 0;
    for (size_t k : members) {
      const Line& line = text.lines[k];
      sure += sureLetters(line);
      barsBefore += bars(line);
      if (lostBetween) {
        at = findWordsInOrder(reread, line, at);
        continue;
      }
      const std::string letters = foldedLetters(line);
      at = at == std::string::npos ? at : reread.find(letters, at);
      if (at != std::string::npos) at += letters.size();
    }
    if (at == std::string::npos || !readsAsText(lines[0], pageLineHeight) ||
        sureLetters(lines[0]) < sure + 2 || bars(lines[0]) > barsBefore)
      continue;
    first.words = std::move(lines[0].words);
    first.box = lines[0].box;
    for (size_t k = 1; k < members.size(); ++k) merged[members[k]] = true;
  }
  regions_->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  regions_->Clear();
  size_t kept = 0;
  for (size_t i = 0; i < count; ++i) {
    if (merged[i]) continue;
    if (kept != i) text.lines[kept] = std::move(text.lines[i]);
    ++kept;
  }
  text.lines.resize(kept);
  if (monitor.deadline_exceeded()) return pageTimeout(page.number, deadlineSeconds);
  return std::nullopt;
}

std::optional<Failure> Engine::rereadMarked(const scan::Page& page, int deadlineSeconds,
                                            tesseract::ETEXT_DESC& monitor, PageText& text) {
  // A page read without a doubt has nothing to gain (most clean pages: the pass is skipped).
  if (std::none_of(text.lines.begin(), text.lines.end(), hasUnsureWord)) return std::nullopt;
  const std::vector<scan::Region> marks = scan::lightMarks(page);
  if (marks.empty() || !loadRegionEngine()) return std::nullopt;
  const int pageLineHeight = std::max(1, medianLineHeight(text.lines));
  int kept = 0;
  for (const Box& found : markedAreas(marks, text.lines)) {
    // Room for the edge strokes of the lines at its edges, not for more lines.
    const Box area = padded(found, pageLineHeight / 8, page);
    int block = -1;
    bool doubtful = true;
    for (const auto& line : text.lines) {
      if (!centredIn(line.box, area)) continue;
      if (block < 0) {
        block = line.block;
        doubtful = false;
      }
      // A stamp's lettering reads as lines of unsure marks beside the text; what is worth
      // reading again is text in doubt.
      doubtful = doubtful || (hasUnsureWord(line) && readsAsText(line, pageLineHeight));
    }
    if (!doubtful) continue;
    const auto core = scan::printCoreIn(page, {area.x0, area.y0, area.x1, area.y1});
    if (!core) continue;
    regions_->SetImage(core->image.pix());
    regions_->SetSourceResolution(page.dpi);
    regions_->SetRectangle(area.x0 - core->at.x0, area.y0 - core->at.y0, area.x1 - area.x0,
                           area.y1 - area.y0);
    if (regions_->Recognize(&monitor) != 0 || monitor.deadline_exceeded()) break;
    std::unique_ptr<tesseract::ResultIterator> it(regions_->GetIterator());
    if (!it) continue;
    if (block < 0) block = text.lines.empty() ? 0 : text.lines.back().block + 1;
    std::vector<Line> lines;
    appendLines(*it, block, lines);
    for (auto& line : lines) moveBy(line, core->at.x0, core->at.y0);
    // Line by line: a second reading stands for the first readings on its row when it has
    // more sure letters than they have together (the thinned print of a colour scan, whose
    // marks were already faded, reads worse); a row only it read is added when it reads as
    // words (a stamp's darker lettering stays in the thinned print too).
    for (auto& line : lines) {
      std::vector<size_t> row;
      int sureBefore = 0;
      for (size_t k = 0; k < text.lines.size(); ++k) {
        const Line& old = text.lines[k];
        if (!centredIn(old.box, area) || !intersects(old.box, line.box)) continue;
        if (!sharesRow(line, old) && !sharesRow(old, line)) continue;
        row.push_back(k);
        sureBefore += sureLetters(old);
      }
      if (row.empty() ? !readsAsText(line, pageLineHeight) || !readsAsWords(line)
                      : sureLetters(line) < sureBefore + kMinMarkedGain)
        continue;
      for (auto k = row.rbegin(); k != row.rend(); ++k)
        text.lines.erase(text.lines.begin() + static_cast<long>(*k));
      insertInReadingOrder(text.lines, std::move(line));
      ++kept;
    }
  }
  regions_->Clear();
  if (kept > 0)
    text.cleanup.push_back("marks lighter than the print: " + std::to_string(kept) +
                           " lines read again without them");
  if (monitor.deadline_exceeded()) return pageTimeout(page.number, deadlineSeconds);
  return std::nullopt;
}

std::optional<Failure> Engine::rereadRegions(const scan::Page& page,
                                             const std::vector<Box>& regions, size_t firstBand,
                                             int deadlineSeconds, tesseract::ETEXT_DESC& monitor,
                                             PageText& text) {
  if (!loadRegionEngine()) return std::nullopt;
  const int firstBlock = text.lines.empty() ? 0 : text.lines.back().block + 1;
  // Each region's lines read from `image`; fewer readings than regions when the page's
  // deadline (which covers these passes too) ran out.
  const auto readAll = [&](Pix* image) {
    std::vector<std::vector<Line>> readings;
    regions_->SetImage(image);
    regions_->SetSourceResolution(page.dpi);
    for (size_t r = 0; r < regions.size(); ++r) {
      const Box& region = regions[r];
      regions_->SetRectangle(region.x0, region.y0, region.x1 - region.x0, region.y1 - region.y0);
      if (regions_->Recognize(&monitor) != 0 || monitor.deadline_exceeded()) break;
      std::vector<Line> lines;
      if (std::unique_ptr<tesseract::ResultIterator> it(regions_->GetIterator()); it)
        appendLines(*it, firstBlock + static_cast<int>(r), lines);
      readings.push_back(std::move(lines));
    }
    return readings;
  };
  auto readings = readAll(page.image.pix());
  // A stamp or a scribble is what hid these regions' lines from the layout analysis; in a
  // grey scan it is lighter than the print and goes when only dark ink is kept. Where the
  // region is a table or a faint photo instead, the thinned print reads worse: each region
  // keeps the reading with more letters the engine is sure of.
  if (const scan::Page dark = scan::withDarkInkOnly(page); !dark.image.empty()) {
    auto darkReadings = readAll(dark.image.pix());
    const auto sure = [](const std::vector<Line>& lines) {
      int letters = 0;
      for (const auto& line : lines) letters += sureLetters(line);
      return letters;
    };
    for (size_t r = 0; r < darkReadings.size() && r < readings.size(); ++r)
      if (sure(darkReadings[r]) > sure(readings[r])) readings[r] = std::move(darkReadings[r]);
  }
  regions_->Clear();
  if (monitor.deadline_exceeded()) return pageTimeout(page.number, deadlineSeconds);
  std::vector<Line> found;
  const int pageLineHeight = medianLineHeight(text.lines);
  for (size_t r = 0; r < readings.size(); ++r) {
    // A band may cover a picture region's lines again: those are not read twice (the
    // region's own lines may touch each other and all stay).
    const size_t foundBefore = found.size();
    for (auto& line : readings[r]) {
      const std::span<const Line> earlier(found.data(), foundBefore);
      if (readsAsText(line, pageLineHeight) && (r < firstBand || readsAsWords(line)) &&
          !overlapsAny(line, text.lines) && !overlapsAny(line, earlier))
        found.push_back(std::move(line));
    }
  }
  for (auto& line : found) insertInReadingOrder(text.lines, std::move(line));
  return std::nullopt;
}

int Engine::uprightTurn(const scan::Page& page) {
  // Below this Tesseract's orientation guess is a coin toss (upright letters score 14..28).
  constexpr float kMinOrientationConfidence = 3.0f;
  if (!osd_ && !osdFailed_) {
    osd_ = std::make_unique<tesseract::TessBaseAPI>();
    const char* dataPath = tessdataDir_.empty() ? nullptr : tessdataDir_.c_str();
    if (osd_->Init(dataPath, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      osd_.reset();
      osdFailed_ = true;
    } else {
      osd_->SetPageSegMode(tesseract::PSM_OSD_ONLY);
      osd_->SetVariable("debug_file", "/dev/null");
    }
  }
  if (!osd_) return 0;
  osd_->SetImage(page.image.pix());
  osd_->SetSourceResolution(page.dpi);
  int degrees = 0;
  float confidence = 0, scriptConfidence = 0;
  const char* script = nullptr;
  const bool detected =
      osd_->DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence);
  osd_->Clear();
  if (!detected || confidence < kMinOrientationConfidence) return 0;
  // Tesseract reports how far the image is turned (counter-clockwise): turn it back.
  return (360 - degrees) % 360;
}

bool Engine::addLastPageTo(tesseract::TessPDFRenderer& pdf) {
  return pdf.AddImage(api_.get());
}

std::string Engine::dataPath() const {
  const char* path = api_->GetDatapath();
  return path ? path : "";
}

}  // namespace cabut::ocr
