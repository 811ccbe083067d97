// One Tesseract engine (internal to ocr/): initialised once, used by one worker thread at a
// time, reads one cleaned page image into words and lines.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/failure.h"
#include "ocr/page_text.h"
#include "scan/scan.h"

namespace tesseract {
class ETEXT_DESC;
class TessBaseAPI;
class TessPDFRenderer;
}  // namespace tesseract

namespace cabut::ocr {

class Engine {
 public:
  Engine();
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Loads the languages ("ind+eng") from `tessdataDir` (empty: Tesseract's default).
  // `variables` are Tesseract parameters; an unknown one is a Failure ("ocr-engine").
  std::optional<Failure> init(const std::string& tessdataDir, const std::string& languages,
                              int pageSegMode,
                              const std::vector<std::pair<std::string, std::string>>& variables);

  // Recognises page.image within `deadlineSeconds`; fills `text.lines`. Failure
  // "ocr-timeout" when the deadline passes, "ocr-failed" when Tesseract gives up.
  // Regions the layout analysis set aside as pictures (a signature block under a scribble
  // or a stamp), and bands between the lines it read, or below the last, that hold ink (a
  // block it passed over without calling it a picture), are read again as plain blocks of
  // text, and what reads as text is kept.
  std::optional<Failure> recognise(const scan::Page& page, int deadlineSeconds, PageText& text);

  // Clockwise degrees (0, 90, 180, 270) that turn the page upright, by Tesseract's
  // orientation detector (osd.traineddata, loaded on first use); 0 when it is unsure.
  int uprightTurn(const scan::Page& page);

  // Adds the page last recognised (image plus invisible text) to a searchable PDF.
  bool addLastPageTo(tesseract::TessPDFRenderer& pdf);

  // The tessdata folder in use (the PDF renderer loads its font from there).
  std::string dataPath() const;

 private:
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  // Reads regions of the last page again (pictures, bands of ink), as single text blocks.
  // regions[firstBand...] are bands, whose lines must read as words.
  std::optional<Failure> rereadRegions(const scan::Page& page, const std::vector<Box>& regions,
                                       size_t firstBand, int deadlineSeconds,
                                       tesseract::ETEXT_DESC& monitor, PageText& text);

  // Reads again, as one single line, the lines of a row along which ink runs on past their
  // words or between two of them, keeping a reading that holds their words whole, in
  // order, with more sure letters.
  std::optional<Failure> rereadPartlyRead(const scan::Page& page, int deadlineSeconds,
                                          tesseract::ETEXT_DESC& monitor, PageText& text);
  // Reads again, without the marks lighter than the print (a stamp, a signature in a grey
  // scan), the lines those marks cross, keeping that reading where it has more sure letters.
  std::optional<Failure> rereadMarked(const scan::Page& page, int deadlineSeconds,
                                      tesseract::ETEXT_DESC& monitor, PageText& text);
  bool loadRegionEngine();  // false when the second engine cannot be loaded

  std::unique_ptr<tesseract::TessBaseAPI> osd_;  // null until a page needs it
  // Second engine for picture regions, so the first keeps the page for the searchable PDF.
  std::unique_ptr<tesseract::TessBaseAPI> regions_;  // null until a page needs it
  bool regionsFailed_ = false;
  std::string languages_;
  std::vector<std::pair<std::string, std::string>> variables_;
  bool osdFailed_ = false;
  std::string tessdataDir_;
};

}  // namespace cabut::ocr
