// The daemon's seam to the reading stages: one file in, the letters found in it out, as the
// <extraction> XML the store keeps. The real reader runs scan/ocr/extract; an <extraction>
// or <case> XML file dropped in the inbox (an earlier `cabut extract` output) is taken as
// already read.
#pragma once

#include <Poco/Util/AbstractConfiguration.h>

#include <memory>
#include <string>
#include <vector>

#include "common/failure.h"
#include "store/store.h"

namespace cabut::app {

struct FileReading {
  std::string documentsXml;         // <extraction> with one <document> per letter
  int letters = 0;                  // <document> elements
  int pages = 0;                    // pages read
  std::vector<double> pageSeconds;  // time spent on each page (OCR or text layer)
};

class FileReader {
 public:
  virtual ~FileReader() = default;
  // Reads the file at `path`; `source` is the name its documents carry. Thread-safe.
  virtual Result<FileReading> read(const std::string& path, const std::string& source) = 0;
};

// Throws Poco::Exception when the configuration (rules, vocabulary) cannot be loaded.
std::unique_ptr<FileReader> makeFileReader(const Poco::Util::AbstractConfiguration& config);

// The holders' NIPs and names a letter is grouped by (request and recommendation letters).
store::GroupingKeys groupingKeysOf(const std::string& documentsXml);

}  // namespace cabut::app
