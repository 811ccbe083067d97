// ocr::Reader: a pool of workers, each owning one Tesseract engine, reading the pages of all
// requested files in parallel. Pages are queued in file and page order (FIFO), which the
// searchable-PDF ordering relies on.
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "ocr/engine.h"
#include "ocr/ocr.h"
#include "ocr/outputs.h"
#include "ocr/text_layer.h"

namespace cabut::ocr {
namespace {

struct FileJob {
  std::string path;
  std::string outputStem;  // name of its searchable PDF and text file
  std::unique_ptr<scan::Document> document;
  std::vector<PageText> pages;
  std::unique_ptr<SearchablePdf> pdf;
  std::mutex mutex;  // guards failure
  std::optional<Failure> failure;

  bool failed() {
    std::lock_guard lock(mutex);
    return failure.has_value();
  }

  void fail(Failure reason) {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::move(reason);  // the first problem is the one reported
  }
};

struct Batch {
  std::mutex mutex;
  std::condition_variable finished;
  int remaining = 0;
  int pagesDone = 0, pagesTotal = 0;
  const Progress* progress = nullptr;
};

struct Task {
  Batch* batch;
  FileJob* file;
  int page;  // 1-based
};

// Words with at least two letters or digits: specks and rules read as marks do not count.
int wordCount(const PageText& text) {
  int words = 0;
  for (const auto& line : text.lines)
    for (const auto& word : line.words) {
      int alnum = 0;
      for (char ch : word.text) alnum += std::isalnum(static_cast<unsigned char>(ch)) ? 1 : 0;
      if (alnum >= 2) ++words;
    }
  return words;
}

double meanConfidence(const PageText& text) {
  double sum = 0;
  int words = 0;
  for (const auto& line : text.lines)
    for (const auto& word : line.words) {
      sum += word.confidence;
      ++words;
    }
  return words == 0 ? 0.0 : sum / words;
}

// Words of three letters or more the engine is sure of.
int sureWords(const PageText& text) {
  int sure = 0;
  for (const auto& line : text.lines)
    for (const auto& word : line.words) {
      int letters = 0;
      for (char ch : word.text) letters += std::isalpha(static_cast<unsigned char>(ch)) ? 1 : 0;
      if (letters >= 3 && word.confidence >= 0.8f) ++sure;
    }
  return sure;
}

// Under this mean word confidence a page's reading is guesses: measured on generated
// letters, pages read the right way up average 0.45 and more (grainy phone photos
// included), a page read upside down 0.27.
constexpr double kGuessedPage = 0.35;

// A page needs this many lines read before their shape says it lies on its side.
constexpr size_t kMinSidewaysLines = 5;

// Fewer words than this on a page that is not blank: OCR did not find the text, as on a
// faint grey scan whose ink is close to its background (a letter page holds hundreds).
constexpr int kNearlyEmptyWords = 10;

scan::Limits limitsOf(const Options& options) {
  scan::Limits limits;
  limits.maxFileBytes = options.maxFileBytes;
  limits.maxPixels = options.maxPixels;
  limits.maxPages = options.maxPages;
  limits.rasterDpi = options.rasterDpi;
  return limits;
}

}  // namespace

struct Reader::Impl {
  Options options;
  std::mutex mutex;  // guards everything below
  std::condition_variable workAvailable, enginesReady;
  std::deque<Task> queue;
  bool stopping = false;
  int enginesStarted = 0;
  std::optional<Failure> engineFailure;
  std::string dataPath;
  std::vector<std::thread> workers;

  void work() {
    Engine engine;
    std::optional<Failure> initFailure = engine.init(options.tessdataDir, options.languages,
                                                     options.pageSegMode, options.engineVariables);
    {
      std::lock_guard lock(mutex);
      if (initFailure && !engineFailure) engineFailure = initFailure;
      if (!initFailure && dataPath.empty()) dataPath = engine.dataPath();
      ++enginesStarted;
    }
    enginesReady.notify_all();
    for (;;) {
      Task task{};
      {
        std::unique_lock lock(mutex);
        workAvailable.wait(lock, [&] { return stopping || !queue.empty(); });
        if (queue.empty()) return;
        task = queue.front();
        queue.pop_front();
      }
      readPage(initFailure ? nullptr : &engine, initFailure, task);
      finishPage(*task.batch);
    }
  }

  void readPage(Engine* engine, const std::optional<Failure>& initFailure, const Task& task) {
    FileJob& file = *task.file;
    Engine* pdfSource = nullptr;
    if (!engine) {
      file.fail(*initFailure);
    } else if (file.failed()) {
      // The file is already refused (a page timed out or was damaged): spare its other pages.
    } else {
      const auto started = std::chrono::steady_clock::now();
      auto page = file.document->page(task.page, file.pdf != nullptr);
      if (page && !page->orientationKnown) {
        scan::turn(*page, engine->uprightTurn(*page), options.cleanup);
      }
      if (!page) {
        file.fail(page.failure());
      } else {
        PageText& text = file.pages[static_cast<std::size_t>(task.page - 1)];
        text.number = task.page;
        text.width = page->width;
        text.height = page->height;
        text.dpi = page->dpi;
        text.blank = page->blank;
        text.cleanup = page->cleanup;
        const bool hasLayer = !page->textLayer.empty();
        text.origin = hasLayer ? "text-layer" : "ocr";
        if (hasLayer) text.lines = linesFromLayer(page->textLayer);
        const bool needText = !hasLayer && !page->blank;
        const bool needPdf = file.pdf && !page->image.empty();
        if (needText || needPdf) {
          PageText pdfOnly;
          auto failure =
              engine->recognise(*page, options.pageDeadlineSeconds, needText ? text : pdfOnly);
          if (!failure && needText) failure = rereadFaintPage(*engine, *page, text);
          if (!failure && needText) failure = rereadGuessedPage(*engine, *page, needPdf, text);
          if (!failure && needText) failure = rereadSidewaysPage(*engine, *page, needPdf, text);
          if (failure) {
            file.fail(*failure);
          } else if (needPdf) {
            pdfSource = engine;
          }
        }
        text.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      }
    }
    if (file.pdf) file.pdf->addInOrder(task.page, pdfSource);
  }

  // The page as scanned reads (nearly) empty: read it again with its background
  // normalised, and when that is still empty with its contrast stretched too; a reading
  // is kept when it finds more (the clean-up list says so).
  // Background normalisation is off by default because it reads worse on most pages.
  std::optional<Failure> rereadFaintPage(Engine& engine, const scan::Page& page, PageText& text) {
    const int words = wordCount(text);
    if (options.cleanup.background != scan::Cleanup::Background::keep || words >= kNearlyEmptyWords)
      return std::nullopt;
    if (auto failure = readAgainIfMore(engine, scan::withNormalisedBackground(page), text))
      return failure;
    if (wordCount(text) >= kNearlyEmptyWords) return std::nullopt;
    return readAgainIfMore(engine, scan::withStretchedContrast(page), text);
  }

  // A page read as guesses (most words unsure): the orientation detector may have been
  // sure and wrong (a grainy page it turned upside down). The page turned half round is
  // read too and kept when it gives more words the engine is sure of.
  std::optional<Failure> rereadGuessedPage(Engine& engine, const scan::Page& page, bool forPdf,
                                           PageText& text) {
    if (wordCount(text) < kNearlyEmptyWords || meanConfidence(text) >= kGuessedPage)
      return std::nullopt;
    return readTurnedIfSurer(engine, page, forPdf, {180}, 2.0, "read as guesses the other way",
                             text);
  }

  // A page whose lines were mostly read standing upright (taller than twice their width)
  // lies on its side: the orientation detector could not tell, and the layout analysis
  // read its lines as vertical text (often well: the letters are upright to it). It is read
  // turned either way, and the turn kept that reads more words surely.
  std::optional<Failure> rereadSidewaysPage(Engine& engine, const scan::Page& page, bool forPdf,
                                            PageText& text) {
    const auto standing = std::count_if(text.lines.begin(), text.lines.end(), [](const Line& line) {
      return line.box.y1 - line.box.y0 > 2 * (line.box.x1 - line.box.x0);
    });
    if (text.lines.size() < kMinSidewaysLines ||
        standing * 2 <= static_cast<long>(text.lines.size()))
      return std::nullopt;
    return readTurnedIfSurer(engine, page, forPdf, {90, 270}, 1.0, "its lines read standing", text);
  }

  // Reads `page` turned by each of `turns` (degrees clockwise) and keeps the reading with
  // the most sure words when it has more than `factor` times as many as `text`.
  std::optional<Failure> readTurnedIfSurer(Engine& engine, const scan::Page& page, bool forPdf,
                                           std::initializer_list<int> turns, double factor,
                                           const std::string& why, PageText& text) {
    std::optional<PageText> best;
    int bestTurn = 0;
    for (const int degrees : turns) {
      const scan::Page turned = scan::turnedCopy(page, degrees, why);
      if (turned.image.empty()) continue;
      PageText again = text;
      again.lines.clear();
      if (auto failure = engine.recognise(turned, options.pageDeadlineSeconds, again))
        return failure;
      again.cleanup = turned.cleanup;
      again.width = turned.width;
      again.height = turned.height;
      if (!best || sureWords(again) > sureWords(*best)) {
        best = std::move(again);
        bestTurn = degrees;
      }
    }
    if (!best) return std::nullopt;
    const bool kept = sureWords(*best) > factor * std::max(1, sureWords(text));
    if (kept) text = std::move(*best);
    // The searchable PDF takes the engine's last page: the page as it was kept.
    if (!forPdf || (kept && bestTurn == *(turns.end() - 1))) return std::nullopt;
    PageText scratch;
    if (!kept) return engine.recognise(page, options.pageDeadlineSeconds, scratch);
    return engine.recognise(scan::turnedCopy(page, bestTurn, why), options.pageDeadlineSeconds,
                            scratch);
  }

  // Reads `cleaned` and keeps that reading in `text` when it finds more words.
  std::optional<Failure> readAgainIfMore(Engine& engine, const scan::Page& cleaned,
                                         PageText& text) {
    if (cleaned.image.empty()) return std::nullopt;
    PageText again = text;
    again.lines.clear();
    if (auto failure = engine.recognise(cleaned, options.pageDeadlineSeconds, again))
      return failure;
    if (wordCount(again) > wordCount(text)) {
      again.cleanup = cleaned.cleanup;
      text = std::move(again);
    }
    return std::nullopt;
  }

  void finishPage(Batch& batch) {
    std::lock_guard lock(batch.mutex);
    ++batch.pagesDone;
    if (batch.progress && *batch.progress) (*batch.progress)(batch.pagesDone, batch.pagesTotal);
    if (--batch.remaining == 0) batch.finished.notify_all();
  }

  // Opens every file (cheap: headers only) before any page is queued.
  std::vector<std::unique_ptr<FileJob>> openAll(const std::vector<std::string>& paths) {
    std::vector<std::unique_ptr<FileJob>> files;
    const scan::Limits limits = limitsOf(options);
    const std::vector<std::string> stems = outputStems(paths);
    for (size_t i = 0; i < paths.size(); ++i) {
      const std::string& path = paths[i];
      auto file = std::make_unique<FileJob>();
      file->path = path;
      file->outputStem = stems[i];
      auto document = scan::open(path, limits, options.cleanup);
      if (!document) {
        file->failure = document.failure();
      } else {
        file->document = std::move(*document);
        file->pages.resize(static_cast<std::size_t>(file->document->pageCount()));
      }
      files.push_back(std::move(file));
    }
    return files;
  }

  Result<FileText> collect(FileJob& file) {
    if (file.failure) return *file.failure;
    FileText text;
    text.source = file.path;
    text.pages = std::move(file.pages);
    if (file.pdf && !file.pdf->finish()) {
      return Failure{"output-failed",
                     "Searchable PDF could not be written to " + options.searchablePdfDir};
    }
    if (!options.plainTextDir.empty() &&
        !writePlainText(options.plainTextDir, file.outputStem, text)) {
      return Failure{"output-failed", "Text file could not be written to " + options.plainTextDir};
    }
    return text;
  }
};

Reader::Reader(Options options) : impl_(std::make_unique<Impl>()) {
  setenv("OMP_THREAD_LIMIT", "1", 1);
  impl_->options = std::move(options);
  int jobs = impl_->options.jobs;
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  for (int i = 0; i < jobs; ++i) impl_->workers.emplace_back([this] { impl_->work(); });
}

Reader::~Reader() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopping = true;
  }
  impl_->workAvailable.notify_all();
  for (auto& worker : impl_->workers) worker.join();
}

std::vector<Result<FileText>> Reader::readFiles(const std::vector<std::string>& paths,
                                                const Progress& progress) {
  Impl& impl = *impl_;
  auto files = impl.openAll(paths);
  {
    std::unique_lock lock(impl.mutex);
    impl.enginesReady.wait(
        lock, [&] { return impl.enginesStarted == static_cast<int>(impl.workers.size()); });
  }
  Batch batch;
  batch.progress = &progress;
  for (auto& file : files) {
    if (!file->document) continue;
    batch.pagesTotal += file->document->pageCount();
    if (!impl.options.searchablePdfDir.empty()) {
      file->pdf = std::make_unique<SearchablePdf>(impl.options.searchablePdfDir, file->outputStem,
                                                  file->path, impl.dataPath);
    }
  }
  batch.remaining = batch.pagesTotal;
  if (batch.pagesTotal > 0) {
    {
      std::lock_guard lock(impl.mutex);
      for (auto& file : files) {
        if (!file->document) continue;
        for (int page = 1; page <= file->document->pageCount(); ++page) {
          impl.queue.push_back(Task{&batch, file.get(), page});
        }
      }
    }
    impl.workAvailable.notify_all();
    std::unique_lock lock(batch.mutex);
    batch.finished.wait(lock, [&] { return batch.remaining == 0; });
  }
  std::vector<Result<FileText>> results;
  results.reserve(files.size());
  for (auto& file : files) results.push_back(impl.collect(*file));
  return results;
}

}  // namespace cabut::ocr
