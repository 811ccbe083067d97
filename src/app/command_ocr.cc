// `cabut ocr`: the scan and OCR stages alone, for debugging and the OCR benchmark. Prints
// each page's lines (text) or words with boxes and confidences (--xml), and a timing summary
// on standard error. Exit codes as for extract: 0 all read, 1 some file unreadable, 2 usage.
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionCallback.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string_view>

#include "app/command.h"
#include "ocr/ocr.h"

namespace cabut::app {
namespace {

// Text from ocr/ is already valid XML characters; only markup needs escaping.
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string boxText(const ocr::Box& box) {
  return std::to_string(box.x0) + "," + std::to_string(box.y0) + "," + std::to_string(box.x1) +
         "," + std::to_string(box.y1);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

void printXml(const Result<ocr::FileText>& result, const std::string& path) {
  if (!result) {
    std::cout << "  <error source=\"" << escaped(path) << "\" code=\"" << result.failure().code
              << "\">" << escaped(result.failure().message) << "</error>\n";
    return;
  }
  std::cout << "  <file source=\"" << escaped(path) << "\">\n";
  for (const auto& page : result->pages) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", page.seconds);
    std::cout << "    <page number=\"" << page.number << "\" width=\"" << page.width
              << "\" height=\"" << page.height << "\" dpi=\"" << page.dpi << "\" origin=\""
              << page.origin << "\" blank=\"" << (page.blank ? "true" : "false") << "\" cleanup=\""
              << escaped(joined(page.cleanup)) << "\" seconds=\"" << seconds << "\">\n";
    for (const auto& line : page.lines) {
      std::cout << "      <line block=\"" << line.block << "\" bbox=\"" << boxText(line.box)
                << "\">";
      for (const auto& word : line.words) {
        char confidence[16];
        std::snprintf(confidence, sizeof confidence, "%.2f", word.confidence);
        std::cout << "<word confidence=\"" << confidence << "\" bbox=\"" << boxText(word.box)
                  << "\">" << escaped(word.text) << "</word>";
      }
      std::cout << "</line>\n";
    }
    std::cout << "    </page>\n";
  }
  std::cout << "  </file>\n";
}

void printText(const Result<ocr::FileText>& result, const std::string& path) {
  if (!result) {
    std::cout << "== " << path << ": error " << result.failure().code << ": "
              << result.failure().message << "\n";
    return;
  }
  for (const auto& page : result->pages) {
    std::cout << "== " << path << " page " << page.number << " (" << page.origin << "; "
              << joined(page.cleanup) << ")\n";
    for (const auto& line : page.lines) std::cout << line.text() << "\n";
  }
}

class OcrCommand final : public Command {
 public:
  OcrCommand()
      : Command("ocr", "FILE...",
                "Read scans (PDF, TIFF, PNG, JPEG) and print their text: the scan and OCR "
                "stages alone, without extraction. For debugging and benchmarks.") {}

 protected:
  void defineOptions(Poco::Util::OptionSet& options) override {
    Command::defineOptions(options);
    auto add = [&](const char* name, const char* help, const char* argument) {
      auto option = Poco::Util::Option(name, "", help).required(false).repeatable(false);
      if (argument) option.argument(argument);
      options.addOption(option.binding(std::string("ocrcmd.") + name));
    };
    add("jobs", "worker threads, one OCR engine each (default: number of cores)", "N");
    add("pdf", "also write a searchable PDF per input into DIR", "DIR");
    add("text", "also write a plain-text file per input into DIR", "DIR");
    add("xml", "print words with boxes and confidences as XML", nullptr);
    add("background", "page background: keep (default), normalise or whiten", "MODE");
    add("psm", "Tesseract page segmentation mode (default 3, automatic)", "N");
    options.addOption(
        Poco::Util::Option("set", "", "set a Tesseract parameter: --set name=value")
            .required(false)
            .repeatable(true)
            .argument("name=value")
            .callback(Poco::Util::OptionCallback<OcrCommand>(this, &OcrCommand::handleSet)));
    add("no-orient", "do not turn pages upright", nullptr);
    add("no-deskew", "do not straighten skewed pages", nullptr);
    add("remove-rules", "erase long horizontal lines (underlines, table rules)", nullptr);
  }

  int run(const std::vector<std::string>& args) override {
    if (args.empty()) {
      std::cerr << "cabut ocr: give one or more scan files (see --help)\n";
      return kExitUsage;
    }
    ocr::Options options;
    options.languages = config().getString("ocr.languages", options.languages);
    options.pageDeadlineSeconds = config().getInt("ocr.deadlineSeconds", 120);
    options.maxPixels = static_cast<long long>(config().getDouble("ocr.maxPixels", 150e6));
    options.maxPages = config().getInt("scan.maxPages", 50);
    options.rasterDpi = config().getInt("scan.rasterDpi", 300);
    options.jobs = config().getInt("ocrcmd.jobs", 0);
    options.searchablePdfDir = config().getString("ocrcmd.pdf", "");
    options.plainTextDir = config().getString("ocrcmd.text", "");
    options.cleanup.orient = !config().has("ocrcmd.no-orient");
    options.cleanup.deskew = !config().has("ocrcmd.no-deskew");
    options.cleanup.removeRules = config().has("ocrcmd.remove-rules");
    const std::string background = config().getString("ocrcmd.background", "keep");
    if (background == "keep") {
      options.cleanup.background = scan::Cleanup::Background::keep;
    } else if (background == "whiten") {
      options.cleanup.background = scan::Cleanup::Background::whiten;
    } else if (background == "normalise") {
      options.cleanup.background = scan::Cleanup::Background::normalise;
    } else {
      std::cerr << "cabut ocr: --background is keep, normalise or whiten\n";
      return kExitUsage;
    }
    options.pageSegMode = config().getInt("ocrcmd.psm", 3);
    options.engineVariables = engineVariables_;
    const bool xml = config().has("ocrcmd.xml");

    const auto started = std::chrono::steady_clock::now();
    ocr::Reader reader(options);
    const auto results = reader.readFiles(args);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    bool allRead = true;
    int pages = 0;
    if (xml) std::cout << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ocr>\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (!results[i]) allRead = false;
      if (results[i]) pages += static_cast<int>(results[i]->pages.size());
      xml ? printXml(results[i], args[i]) : printText(results[i], args[i]);
    }
    if (xml) std::cout << "</ocr>\n";
    std::fprintf(stderr, "cabut ocr: files=%zu pages=%d seconds=%.2f seconds_per_page=%.2f\n",
                 results.size(), pages, seconds, pages > 0 ? seconds / pages : 0.0);
    return allRead ? kExitOk : kExitSomeFailed;
  }

 private:
  void handleSet(const std::string&, const std::string& value) {
    const auto eq = value.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw Poco::Util::InvalidArgumentException("--set expects name=value");
    }
    engineVariables_.emplace_back(value.substr(0, eq), value.substr(eq + 1));
  }

  std::vector<std::pair<std::string, std::string>> engineVariables_;
};

const RegisterCommand registration("ocr", {"(debug) read scans and print their text",
                                           runCommand<OcrCommand>});

}  // namespace
}  // namespace cabut::app
