// `cabut extract`: scans in, one <extraction> XML document out (the fixed contract in
// ../shared/spec/extraction.md: element names, formats and exit codes must not change).
// Nothing but the XML goes to standard output; progress goes to standard error, and only
// when it is a terminal.
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>
#include <libxml/tree.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>

#include "app/command.h"
#include "common/xml_ptr.h"
#include "common/xml_text.h"

#include "app/ocr_options.h"
#include "extract/extract.h"
#include "ocr/ocr.h"

namespace cabut::app {
namespace {

using xml::u;

void appendError(xmlNodePtr root, const std::string& source, const Failure& failure) {
  xmlNodePtr error = xmlNewChild(root, nullptr, u("error"), nullptr);
  xmlNodeAddContent(error, u(xmlSafeText(failure.message).c_str()));
  xmlNewProp(error, u("source"), u(xmlSafeText(source).c_str()));
  xmlNewProp(error, u("code"), u(xmlSafeText(failure.code).c_str()));
}

class ExtractCommand final : public Command {
 public:
  ExtractCommand()
      : Command("extract", "FILE...",
                "Read scanned letters (PDF, TIFF, PNG, JPEG), find the letters in each file, "
                "classify them (request, recommendation, other) and print their fields as one "
                "XML document on standard output. Exit 0 when every file was read, 1 when some "
                "file could not be read (it gets an <error> element), 2 on bad usage, "
                "configuration or rules.") {}

 protected:
  void defineOptions(Poco::Util::OptionSet& options) override {
    Command::defineOptions(options);
    const auto add = [&](const char* name, const char* help, const char* argument,
                         const std::string& binding) {
      options.addOption(Poco::Util::Option(name, "", help)
                            .required(false)
                            .repeatable(false)
                            .argument(argument)
                            .binding(binding));
    };
    add("rules", "read extraction.xml from DIR (default: the shipped rules/)", "DIR", "rules.path");
    add("jobs", "worker threads, one OCR engine each (default: number of cores)", "N", "workers");
    add("pdf", "also write a searchable PDF and a plain-text file per input into DIR", "DIR",
        "extract.pdf");
  }

  int run(const std::vector<std::string>& args) override {
    if (args.empty()) {
      std::cerr << "cabut extract: give one or more scan files (see --help)\n";
      return kExitUsage;
    }
    auto vocabulary = extract::loadVocabulary(config().getString("rules.path"));
    if (!vocabulary) {
      std::cerr << "cabut extract: " << vocabulary.failure().message << "\n";
      return kExitUsage;
    }
    ocr::Options options = ocrOptionsFrom(config());
    if (options.jobs < 1) {
      std::cerr << "cabut extract: --jobs (workers) must be at least 1\n";
      return kExitUsage;
    }
    options.searchablePdfDir = config().getString("extract.pdf", "");
    options.plainTextDir = options.searchablePdfDir;

    ocr::Progress progress;
    if (isatty(STDERR_FILENO)) {
      progress = [](int done, int total) {
        std::fprintf(stderr, "\rcabut extract: pages %d/%d", done, total);
        if (done == total) std::fputc('\n', stderr);
        std::fflush(stderr);
      };
    }
    ocr::Reader reader(options);
    const auto files = reader.readFiles(args, progress);

    xml::DocPtr doc(xmlNewDoc(u("1.0")));
    xmlNodePtr root = xmlNewNode(nullptr, u("extraction"));
    xmlDocSetRootElement(doc.get(), root);
    bool allRead = true;
    std::vector<extract::Letter> letters;
    for (size_t i = 0; i < files.size(); ++i) {
      if (!files[i]) {
        appendError(root, args[i], files[i].failure());
        allRead = false;
        continue;
      }
      auto text = *files[i];
      text.source = args[i];  // `source` is the argument exactly as given
      for (auto& letter : extract::extractLetters(text, **vocabulary))
        letters.push_back(std::move(letter));
    }
    // The files given together are one case: the same signer across its letters.
    extract::reconcileCase(letters);
    for (const auto& letter : letters) extract::appendDocumentXml(root, letter);
    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpFormatMemoryEnc(doc.get(), &buffer, &size, "UTF-8", 1);
    xml::XmlCharPtr output(buffer);
    std::cout.write(reinterpret_cast<const char*>(output.get()), size);
    std::cout.flush();
    return allRead ? kExitOk : kExitSomeFailed;
  }
};

const RegisterCommand registration("extract", {"read scanned letters and print their fields",
                                               runCommand<ExtractCommand>});

}  // namespace
}  // namespace cabut::app
