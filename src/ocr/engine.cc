#include "ocr/engine.h"

#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/renderer.h>
#include <tesseract/resultiterator.h>
#include <algorithm>

#include "common/xml_text.h"

namespace cabut::ocr {
namespace {

Box boxAt(const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
  Box box;
  it.BoundingBox(level, &box.x0, &box.y0, &box.x1, &box.y1);
  return box;
}

}  // namespace

Engine::Engine() : api_(std::make_unique<tesseract::TessBaseAPI>()) {}

Engine::~Engine() {
  if (api_) api_->End();
}

std::optional<Failure> Engine::init(const std::string& tessdataDir, const std::string& languages) {
  // Tesseract parallelises inside a page with OpenMP; with one engine per core that only
  // oversubscribes. OMP_THREAD_LIMIT=1 is read when libgomp loads (before main), so when the
  // caller did not export it, this thread's parallel regions are made inactive instead.
  omp_set_max_active_levels(0);
  omp_set_num_threads(1);
  const char* dataPath = tessdataDir.empty() ? nullptr : tessdataDir.c_str();
  if (api_->Init(dataPath, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return Failure{"ocr-engine", "OCR engine cannot load the languages '" + languages +
                                     "' (is tesseract-ocr-ind installed?)"};
  }
  api_->SetPageSegMode(tesseract::PSM_AUTO);
  // Tesseract's own DPI guess is noisy on scans; the scan stage states the page's dpi.
  api_->SetVariable("debug_file", "/dev/null");
  return std::nullopt;
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
    return Failure{"ocr-timeout", "Reading page " + std::to_string(page.number) +
                                      " took longer than " + std::to_string(deadlineSeconds) +
                                      " s and was stopped"};
  }
  if (status != 0) {
    return Failure{"ocr-failed", "OCR engine could not read page " + std::to_string(page.number)};
  }
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (!it) return std::nullopt;  // nothing recognised: an empty page
  int block = -1;
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_BLOCK)) ++block;
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      Line line;
      line.box = boxAt(*it, tesseract::RIL_TEXTLINE);
      line.block = std::max(block, 0);
      text.lines.push_back(std::move(line));
    }
    const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!utf8 || utf8[0] == '\0' || text.lines.empty()) continue;
    Word word;
    word.text = xmlSafeText(utf8.get());
    word.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
    word.box = boxAt(*it, tesseract::RIL_WORD);
    text.lines.back().words.push_back(std::move(word));
  } while (it->Next(tesseract::RIL_WORD));
  std::erase_if(text.lines, [](const Line& line) { return line.words.empty(); });
  return std::nullopt;
}

bool Engine::addLastPageTo(tesseract::TessPDFRenderer& pdf) {
  return pdf.AddImage(api_.get());
}

std::string Engine::dataPath() const {
  const char* path = api_->GetDatapath();
  return path ? path : "";
}

}  // namespace cabut::ocr
