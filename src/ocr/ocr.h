// ocr/: turning scan files into text. The interface the rest of cabut uses; only ocr/ sees
// Tesseract, only scan/ sees Leptonica and poppler.
//
// (Interface agreed between stages; the ocr/ implementer may add to it, but changes to
// what is here must keep extract/, app/ and inbox/ compiling.)
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/failure.h"
#include "ocr/page_text.h"

namespace cabut::ocr {

struct Options {
  std::string languages = "ind+eng";
  std::string tessdataDir;         // empty: Tesseract's default
  int jobs = 0;                    // worker threads (one engine each); 0 = number of cores
  int pageDeadlineSeconds = 120;   // per page, enforced through Tesseract's progress monitor
  long long maxPixels = 150000000; // per page, checked from the header before decoding
  int maxPages = 50;               // a file with more pages is refused
  int rasterDpi = 300;             // PDF pages without a usable text layer
  // Conversion outputs; empty = not written. For input "x/scan.tiff": DIR/scan.pdf, DIR/scan.txt.
  std::string searchablePdfDir;
  std::string plainTextDir;
};

// Called after each page is read (from worker threads, serialised by the Reader).
using Progress = std::function<void(int pagesDone, int pagesTotal)>;

// Owns the engine pool. Reusable for many files; thread-safe.
class Reader {
 public:
  explicit Reader(Options options);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Reads each file (pages of all files run in parallel on the pool). One result per path,
  // in order: the file's text, or a Failure (code + readable reason) when it cannot be read.
  std::vector<Result<FileText>> readFiles(const std::vector<std::string>& paths,
                                          const Progress& progress = {});

  Result<FileText> readFile(const std::string& path) { return std::move(readFiles({path})[0]); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cabut::ocr
