#include "app/serve_metrics.h"

#include <sstream>

namespace cabut::app {

void Metrics::fileRead(const std::vector<double>& pageSeconds) {
  ++filesRead_;
  pagesRead_ += static_cast<long long>(pageSeconds.size());
  std::lock_guard lock(mutex_);
  for (double seconds : pageSeconds) {
    ++ocrCount_;
    ocrSum_ += seconds;
    for (size_t i = 0; i < kBuckets.size(); ++i)
      if (seconds <= kBuckets[i]) ++bucketCounts_[i];
  }
}

void Metrics::error(const std::string& kind) {
  std::lock_guard lock(mutex_);
  ++errors_[kind];
}

std::string Metrics::render(store::Store& store) {
  std::ostringstream out;
  out << "# HELP cabut_files_received_total Files taken from the inbox by this daemon.\n"
         "# TYPE cabut_files_received_total counter\n"
      << "cabut_files_received_total " << filesReceived_ << "\n"
      << "# HELP cabut_files_read_total Files read (OCR or text layer) by this daemon.\n"
         "# TYPE cabut_files_read_total counter\n"
      << "cabut_files_read_total " << filesRead_ << "\n"
      << "# HELP cabut_pages_read_total Pages OCR'd or read from a text layer.\n"
         "# TYPE cabut_pages_read_total counter\n"
      << "cabut_pages_read_total " << pagesRead_ << "\n";

  auto depth = store.queueDepth();
  auto cases = store.caseCounts();
  auto files = store.fileCounts();
  if (!depth || !cases || !files) error("store");
  if (depth)
    out << "# HELP cabut_queue_depth Files in the work queue (not yet in a case, duplicates or "
           "quarantine).\n# TYPE cabut_queue_depth gauge\ncabut_queue_depth "
        << *depth << "\n";
  if (cases) {
    out << "# HELP cabut_cases Cases by state.\n# TYPE cabut_cases gauge\n";
    for (const auto& count : *cases)
      out << "cabut_cases{state=\"" << count.state << "\"} " << count.count << "\n";
  }
  if (files) {
    out << "# HELP cabut_files Files by state.\n# TYPE cabut_files gauge\n";
    for (const auto& count : *files)
      out << "cabut_files{state=\"" << count.state << "\"} " << count.count << "\n";
  }

  std::lock_guard lock(mutex_);
  out << "# HELP cabut_ocr_page_seconds Time to read one page.\n"
         "# TYPE cabut_ocr_page_seconds histogram\n";
  for (size_t i = 0; i < kBuckets.size(); ++i)
    out << "cabut_ocr_page_seconds_bucket{le=\"" << kBuckets[i] << "\"} " << bucketCounts_[i]
        << "\n";
  out << "cabut_ocr_page_seconds_bucket{le=\"+Inf\"} " << ocrCount_ << "\n"
      << "cabut_ocr_page_seconds_sum " << ocrSum_ << "\n"
      << "cabut_ocr_page_seconds_count " << ocrCount_ << "\n"
      << "# HELP cabut_errors_total Errors by kind (failure code).\n"
         "# TYPE cabut_errors_total counter\n";
  for (const auto& [kind, count] : errors_)
    out << "cabut_errors_total{kind=\"" << kind << "\"} " << count << "\n";
  return out.str();
}

}  // namespace cabut::app
