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
  if (osd_) osd_->End();
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
  const char* dataPath = tessdataDir.empty() ? nullptr : tessdataDir.c_str();
  if (api_->Init(dataPath, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return Failure{"ocr-engine", "OCR engine cannot load the languages '" + languages +
                                     "' (is tesseract-ocr-ind installed?)"};
  }
  api_->SetPageSegMode(static_cast<tesseract::PageSegMode>(pageSegMode));
  // Tesseract prints parameter and page warnings ("Estimating resolution...") otherwise.
  api_->SetVariable("debug_file", "/dev/null");
  for (const auto& [name, value] : variables) {
    if (!api_->SetVariable(name.c_str(), value.c_str())) {
      return Failure{"ocr-engine", "Unknown OCR engine parameter '" + name + "'"};
    }
  }
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
    if (!utf8 || text.lines.empty()) continue;
    Word word;
    word.text = xmlSafeText(utf8.get());
    if (word.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    word.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
    word.box = boxAt(*it, tesseract::RIL_WORD);
    text.lines.back().words.push_back(std::move(word));
  } while (it->Next(tesseract::RIL_WORD));
  std::erase_if(text.lines, [](const Line& line) { return line.words.empty(); });
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
