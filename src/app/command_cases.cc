// `cabut cases`: what the store holds, for operators and scripts: cases with their state,
// verdict, holders and source files, and the files that are in no case (duplicates,
// quarantined, still being read).
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "app/command.h"
#include "app/serve_settings.h"
#include "common/xml_ptr.h"
#include "common/xml_text.h"
#include "store/store.h"

namespace cabut::app {
namespace {

struct Listing {
  std::vector<store::CaseRow> cases;
  std::map<long long, std::vector<store::FileRow>> filesOfCase;
  std::vector<store::FileRow> loose;
};

std::string filesText(const std::vector<store::FileRow>& files) {
  std::string out;
  for (const auto& file : files)
    if (file.state == store::FileState::filed || file.state == store::FileState::quarantined)
      out += (out.empty() ? "" : ", ") + file.inboxPath +
             (file.state == store::FileState::quarantined ? " (quarantined)" : "");
  return out;
}

std::string firstOf(const std::string& list, char separator) {
  return list.substr(0, list.find(separator));
}

void printTable(const Listing& listing) {
  std::cout << std::left << std::setw(6) << "CASE" << std::setw(17) << "STATE" << std::setw(11)
            << "VERDICT" << std::setw(20) << "HOLDER NIP" << std::setw(28) << "HOLDER"
            << "FILES\n";
  for (const auto& c : listing.cases)
    std::cout << std::setw(6) << c.id << std::setw(17) << store::caseStateName(c.state)
              << std::setw(11) << c.verdict << std::setw(20) << firstOf(c.holderNips, ' ')
              << std::setw(28) << firstOf(c.holderNames, '|').substr(0, 27)
              << filesText(listing.filesOfCase.at(c.id)) << "\n";
  if (listing.loose.empty()) return;
  std::cout << "\n"
            << std::setw(6) << "FILE" << std::setw(13) << "STATE" << std::setw(40) << "NAME"
            << "NOTE\n";
  for (const auto& f : listing.loose) {
    std::string note = f.reasonCode.empty() ? "" : f.reasonCode + ": " + f.reason;
    if (f.duplicateOf != 0) note = "duplicate of file #" + std::to_string(f.duplicateOf);
    std::cout << std::setw(6) << f.id << std::setw(13) << store::fileStateName(f.state)
              << std::setw(40) << f.inboxPath << note << "\n";
  }
}

xmlNodePtr child(xmlNodePtr parent, const char* name, const std::string& text = "") {
  xmlNodePtr node = xmlNewChild(parent, nullptr, xml::u(name), nullptr);
  if (!text.empty()) xmlNodeAddContent(node, xml::u(xmlSafeText(text).c_str()));
  return node;
}

void attribute(xmlNodePtr node, const char* name, const std::string& value) {
  xmlSetProp(node, xml::u(name), xml::u(xmlSafeText(value).c_str()));
}

xmlNodePtr fileElement(xmlNodePtr parent, const store::FileRow& f) {
  xmlNodePtr file = child(parent, "file", f.inboxPath);
  attribute(file, "id", std::to_string(f.id));
  attribute(file, "state", store::fileStateName(f.state));
  attribute(file, "sha256", f.sha256);
  if (f.duplicateOf) attribute(file, "duplicate-of", std::to_string(f.duplicateOf));
  if (!f.reasonCode.empty()) {
    attribute(file, "reason-code", f.reasonCode);
    attribute(file, "reason", f.reason);
  }
  return file;
}

void printXml(const Listing& listing) {
  xml::DocPtr doc(xmlNewDoc(xml::u("1.0")));
  xmlNodePtr root = xmlNewNode(nullptr, xml::u("cases"));
  xmlDocSetRootElement(doc.get(), root);
  for (const auto& c : listing.cases) {
    xmlNodePtr node = child(root, "case");
    attribute(node, "id", std::to_string(c.id));
    attribute(node, "state", store::caseStateName(c.state));
    attribute(node, "verdict", c.verdict);
    attribute(node, "origin", c.origin);
    attribute(node, "created", std::to_string(c.created));
    std::vector<std::string> nips, names;
    std::istringstream nipList(c.holderNips);
    for (std::string nip; nipList >> nip;) child(node, "holder-nip", nip);
    std::istringstream nameList(c.holderNames);
    for (std::string name; std::getline(nameList, name, '|');)
      if (!name.empty()) child(node, "holder-name", name);
    if (!c.missing.empty()) child(node, "missing", c.missing);
    for (const auto& f : listing.filesOfCase.at(c.id)) fileElement(node, f);
  }
  xmlNodePtr loose = child(root, "files");
  for (const auto& f : listing.loose) fileElement(loose, f);
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc.get(), &buffer, &size, "UTF-8", 1);
  xml::XmlCharPtr owned(buffer);
  std::cout.write(xml::c(owned.get()), size);
}

class CasesCommand final : public Command {
 public:
  CasesCommand()
      : Command("cases", "",
                "List the cases in the store (state, verdict, holder, source files) and the "
                "files that are in no case. Reads the store `cabut serve` uses (store.connector, "
                "store.connection, work.path). Exit 2 when the store cannot be opened.") {}

 protected:
  void defineOptions(Poco::Util::OptionSet& options) override {
    Command::defineOptions(options);
    options.addOption(Poco::Util::Option("state", "s", "only cases (and files) in state S")
                          .required(false)
                          .repeatable(false)
                          .argument("S")
                          .binding("cases.state"));
    options.addOption(Poco::Util::Option("format", "f", "table (default) or xml")
                          .required(false)
                          .repeatable(false)
                          .argument("FORMAT")
                          .binding("cases.format"));
  }

  int run(const std::vector<std::string>& args) override {
    const std::string format = config().getString("cases.format", "table");
    const std::string state = config().getString("cases.state", "");
    if (!args.empty() || (format != "table" && format != "xml")) {
      std::cerr << "cabut cases: usage: cabut cases [--state S] [--format table|xml]\n";
      return kExitUsage;
    }
    if (!state.empty() && !store::caseStateFromName(state) && !store::fileStateFromName(state)) {
      std::cerr << "cabut cases: unknown state '" << state << "'\n";
      return kExitUsage;
    }
    const ServeSettings settings = readServeSettings(config());
    auto store = store::Store::open(settings.store);
    if (!store) {
      std::cerr << "cabut cases: " << store.failure().message << "\n";
      return kExitUsage;
    }
    Listing listing;
    auto cases = (*store)->cases(store::caseStateFromName(state) ? state : "", false);
    auto loose = (*store)->looseFiles(store::fileStateFromName(state) ? state : "");
    if (!cases || !loose) {
      std::cerr << "cabut cases: " << (cases ? loose.failure() : cases.failure()).message << "\n";
      return kExitUsage;
    }
    // A state names either cases or files: list only what it names.
    if (state.empty() || store::caseStateFromName(state)) listing.cases = *cases;
    if (state.empty() || store::fileStateFromName(state)) listing.loose = *loose;
    for (const auto& c : listing.cases) {
      auto files = (*store)->filesOfCase(c.id);
      listing.filesOfCase[c.id] = files ? *files : std::vector<store::FileRow>{};
    }
    if (format == "xml")
      printXml(listing);
    else
      printTable(listing);
    return kExitOk;
  }
};

const RegisterCommand registration("cases", {"list cases and loose files in the store",
                                             runCommand<CasesCommand>});

}  // namespace
}  // namespace cabut::app
