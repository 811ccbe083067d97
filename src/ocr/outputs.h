// Conversion outputs of one input file (internal to ocr/): a searchable PDF (page images with
// an invisible text layer) and a plain-text file. Both are written under a temporary name and
// renamed when complete, so a reader of the folder never sees half a file.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ocr/engine.h"
#include "ocr/page_text.h"

namespace cabut::ocr {

// The output names of one run's inputs: each input's file name without its extension, with
// "-2", "-3"... added where two inputs share one ("a/scan.pdf", "b/scan.tif"), so one
// output never replaces another of the same run.
std::vector<std::string> outputStems(const std::vector<std::string>& inputs);

// DIR/<stem>.<extension>
std::string outputPath(const std::string& dir, const std::string& stem, const std::string& ext);

// Writes `file`'s lines as text to DIR/<stem>.txt, pages separated by form feeds. False on
// an I/O error.
bool writePlainText(const std::string& dir, const std::string& stem, const FileText& file);

// Built by one thread, fed by the workers: pages arrive in any order from the pool, but go
// into the PDF in page order (a worker waits for its turn; pages are queued in order, so the
// page it waits for is already being read by another worker).
class SearchablePdf {
 public:
  // Writes DIR/<stem>.pdf (DIR/<stem>.ocr.pdf when that is the input itself).
  SearchablePdf(const std::string& dir, const std::string& stem, const std::string& input,
                const std::string& dataPath);
  ~SearchablePdf();
  // Adds page `number` from the engine that just recognised it; `engine` null skips it.
  void addInOrder(int number, Engine* engine);
  // Ends the document and renames it into place. False when any step failed.
  bool finish();

 private:
  std::string tempBase_, finalPath_;
  std::unique_ptr<tesseract::TessPDFRenderer> renderer_;
  std::mutex mutex_;
  std::condition_variable turn_;
  int nextPage_ = 1;
  bool ok_ = true;
};

}  // namespace cabut::ocr
