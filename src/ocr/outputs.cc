#include "ocr/outputs.h"

#include <tesseract/renderer.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>

namespace cabut::ocr {

namespace fs = std::filesystem;

std::vector<std::string> outputStems(const std::vector<std::string>& inputs) {
  std::vector<std::string> stems;
  std::set<std::string> taken;
  for (const auto& input : inputs) {
    const std::string stem = fs::path(input).stem().string();
    std::string unique = stem;
    for (int n = 2; !taken.insert(unique).second; ++n) unique = stem + "-" + std::to_string(n);
    stems.push_back(unique);
  }
  return stems;
}

std::string outputPath(const std::string& dir, const std::string& stem, const std::string& ext) {
  return (fs::path(dir) / stem).string() + "." + ext;
}

namespace {

// A unique temporary name beside the final one (same folder: the rename stays atomic). Unique
// per output too: two inputs with one name (a/scan.pdf, b/scan.tif) may be written at once.
std::string temporaryBase(const std::string& finalPath) {
  static std::atomic<unsigned> serial{0};
  const fs::path path(finalPath);
  const std::string name = "." + path.stem().string() + ".part-" + std::to_string(getpid()) + "-" +
                           std::to_string(serial++);
  return (path.parent_path() / name).string();
}

bool renameInto(const std::string& from, const std::string& to) {
  std::error_code error;
  fs::rename(from, to, error);
  if (error) fs::remove(from, error);
  return !error;
}

}  // namespace

bool writePlainText(const std::string& dir, const std::string& stem, const FileText& file) {
  const std::string finalPath = outputPath(dir, stem, "txt");
  const std::string temp = temporaryBase(finalPath) + ".txt";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    for (std::size_t i = 0; i < file.pages.size(); ++i) {
      if (i > 0) out << '\f';
      for (const Line& line : file.pages[i].lines) out << line.text() << '\n';
    }
    if (!out.flush()) return false;
  }
  return renameInto(temp, finalPath);
}

SearchablePdf::SearchablePdf(const std::string& dir, const std::string& stem,
                             const std::string& input, const std::string& dataPath)
    : finalPath_(outputPath(dir, stem, "pdf")) {
  std::error_code error;
  if (fs::equivalent(finalPath_, input, error)) finalPath_ = outputPath(dir, stem, "ocr.pdf");
  tempBase_ = temporaryBase(finalPath_);
  renderer_ = std::make_unique<tesseract::TessPDFRenderer>(tempBase_.c_str(), dataPath.c_str());
  ok_ = renderer_->BeginDocument(fs::path(input).stem().c_str());
}

SearchablePdf::~SearchablePdf() {
  if (renderer_) {
    renderer_.reset();
    std::error_code error;
    fs::remove(tempBase_ + ".pdf", error);
  }
}

void SearchablePdf::addInOrder(int number, Engine* engine) {
  std::unique_lock lock(mutex_);
  turn_.wait(lock, [&] { return nextPage_ == number; });
  if (engine && ok_) ok_ = engine->addLastPageTo(*renderer_);
  ++nextPage_;
  turn_.notify_all();
}

bool SearchablePdf::finish() {
  std::lock_guard lock(mutex_);
  if (!renderer_) return false;
  ok_ = renderer_->EndDocument() && ok_ && renderer_->happy();
  renderer_.reset();  // closes the file
  if (!ok_) {
    std::error_code error;
    fs::remove(tempBase_ + ".pdf", error);
    return false;
  }
  return renameInto(tempBase_ + ".pdf", finalPath_);
}

}  // namespace cabut::ocr
