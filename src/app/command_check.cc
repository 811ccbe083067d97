// `cabut check`: one case from the files of one case folder, judged by the checklist.
// Contract: /work/shared/spec/check.md (output and exit codes are fixed).
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/command.h"
#include "cases/case.h"
#include "cases/xml_file.h"
#include "rules/identity_numbers.h"
#include "rules/rules.h"
#include "rules/rules_config.h"

#include "app/ocr_options.h"
#include "extract/extract.h"
#include "ocr/ocr.h"

namespace cabut::app {
namespace {

namespace fs = std::filesystem;

// A folder stands for its files, sorted by name (hidden files skipped, no recursion).
std::vector<std::string> expandPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(path, error)) {
      const std::string name = entry.path().filename().string();
      if (!name.starts_with(".") && !entry.is_directory(error)) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    const std::string prefix = path.ends_with("/") ? path : path + "/";
    for (const auto& name : names) files.push_back(prefix + name);
  }
  return files;
}

// An earlier `cabut extract` output or case document is taken as it is (no OCR): this is
// how a stored case is checked again after the checklist changed.
bool isExtractedXml(const std::string& path) {
  return path.ends_with(".xml");
}

class CheckCommand final : public Command {
 public:
  CheckCommand()
      : Command("check", "PATH...",
                "Assemble one case from the scans given (or the files of one folder), check it "
                "against the checklist and print the case XML with its verdict. Exit 0 when "
                "every file was read, 1 when one could not be, 2 on bad usage, configuration "
                "or rules.") {}

 protected:
  void defineOptions(Poco::Util::OptionSet& options) override {
    Command::defineOptions(options);
    options.addOption(rules::rulesDirOption());
    options.addOption(
        Poco::Util::Option("today", "t", "compare dates against YYYY-MM-DD (default: today)")
            .required(false)
            .repeatable(false)
            .argument("YYYY-MM-DD")
            .binding("check.today"));
  }

  int run(const std::vector<std::string>& args) override {
    if (args.empty()) {
      std::cerr << "cabut check: give the files or the folder of one case (see --help)\n";
      return kExitUsage;
    }
    auto today = rules::systemToday();
    if (config().has("check.today")) {
      const auto given = rules::parseIsoDate(config().getString("check.today"));
      if (!given) {
        std::cerr << "cabut check: --today expects a date YYYY-MM-DD\n";
        return kExitUsage;
      }
      today = *given;
    }
    auto checklist = rules::loadConfiguredChecklist(config());
    if (!checklist) {
      std::cerr << "cabut check: " << checklist.failure().message << "\n";
      return kExitUsage;
    }

    cases::Case theCase;
    bool allRead = true;
    std::vector<std::string> scans;
    for (const auto& path : expandPaths(args)) {
      if (!isExtractedXml(path)) {
        scans.push_back(path);
        continue;
      }
      auto doc = xml::readFile(path);
      auto copied = doc ? theCase.addDocumentsFrom(doc->get(), path) : Result<int>(doc.failure());
      if (!copied) {
        theCase.addError(path, copied.failure());
        allRead = false;
      }
    }
    if (!readScans(scans, theCase)) allRead = false;

    rules::Evaluator(*checklist, today).check(theCase);
    std::cout << theCase.toXml() << std::flush;
    return allRead ? kExitOk : kExitSomeFailed;
  }

 private:
  // OCR + extraction of each scan into the case; false when one could not be read.
  bool readScans(const std::vector<std::string>& scans, cases::Case& theCase) {
    if (scans.empty()) return true;
    auto vocabulary = extract::loadVocabulary(config().getString("rules.path"));
    if (!vocabulary) throw Poco::Util::InvalidArgumentException(vocabulary.failure().message);
    ocr::Options options = ocrOptionsFrom(config());
    ocr::Reader reader(options);
    bool allRead = true;
    auto files = reader.readFiles(scans);
    std::vector<extract::Letter> letters;
    for (size_t i = 0; i < files.size(); ++i) {
      if (!files[i]) {
        theCase.addError(scans[i], files[i].failure());
        allRead = false;
        continue;
      }
      for (auto& letter : extract::extractLetters(*files[i], **vocabulary))
        letters.push_back(std::move(letter));
    }
    extract::reconcileCase(letters);
    for (const auto& letter : letters) theCase.addLetter(letter);
    return allRead;
  }
};

const RegisterCommand registration("check", {"check one case against the checklist",
                                             runCommand<CheckCommand>});

}  // namespace
}  // namespace cabut::app
