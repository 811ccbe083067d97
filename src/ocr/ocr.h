// ocr/: turning scan files into text. The interface the rest of cabut uses; only ocr/ sees
// Tesseract, only scan/ sees Leptonica and poppler.
//
// (Interface agreed between stages; the ocr/ implementer may add to it, but changes to
// what is here must keep extract/, app/ and inbox/ compiling.)
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/failure.h"
#include "ocr/page_text.h"
#include "scan/scan.h"

namespace cabut::ocr {

struct Options {
  std::string languages = "ind+eng";
  std::string tessdataDir;               // empty: Tesseract's default
  int jobs = 0;                          // worker threads (one engine each); 0 = number of cores
  int pageDeadlineSeconds = 120;         // per page, enforced through Tesseract's progress monitor
  long long maxPixels = 150000000;       // per page, checked from the header before decoding
  int maxPages = 50;                     // a file with more pages is refused
  int rasterDpi = 300;                   // PDF pages without a usable text layer
  long long maxFileBytes = 512LL << 20;  // larger files are refused unread
  int pageSegMode = 3;                   // Tesseract's page segmentation mode (3: automatic layout)
  // Tesseract parameters set on every engine, e.g. {"thresholding_method", "2"} (Sauvola).
  std::vector<std::pair<std::string, std::string>> engineVariables;
  scan::Cleanup cleanup;  // page clean-up steps (all on by default)
  // Conversion outputs; empty = not written. For input "x/scan.tiff": DIR/scan.pdf, DIR/scan.txt
  // (DIR/scan-2.pdf for a second input named "scan" in the same run).
  std::string searchablePdfDir;
  std::string plainTextDir;
};

// Called after each page is read (from worker threads, serialised by the Reader).
using Progress = std::function<void(int pagesDone, int pagesTotal)>;

// Owns the engine pool. Reusable for many files; thread-safe.
//
// Tesseract's internal OpenMP threads only oversubscribe a pool that already runs one engine
// per core: the constructor sets OMP_THREAD_LIMIT=1 for child processes and each worker makes
// its OpenMP regions single-threaded. Scripts still export OMP_THREAD_LIMIT=1, as libgomp reads
// it when the program loads.
//
// Failure codes (stable): those of scan::open ("not-found", "unreadable", "not-a-file",
// "empty-file", "file-too-large", "unsupported-type", "corrupt-pdf", "encrypted-pdf",
// "corrupt-image", "empty-image", "too-many-pixels", "too-many-pages"), and "ocr-engine"
// (languages missing), "ocr-timeout" (a page passed its deadline), "ocr-failed",
// "output-failed" (the searchable PDF or text file could not be written).
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
