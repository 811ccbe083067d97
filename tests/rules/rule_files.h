// Writing throw-away checklists and cases for the rules tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace cabut::rules::testing {

inline const std::string kSourceRules = std::string(CABUT_SOURCE_DIR) + "/rules";

// A fresh folder under the build tree's test data, removed first if it exists.
inline std::filesystem::path freshDir(const std::string& name) {
  const auto dir = std::filesystem::path(CABUT_TEST_DATA) / "rules" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void writeFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

// A checklist holding `body` (params, vocabularies, rules) in a fresh folder; returns the
// folder (with the project's checklist.xsd beside it).
inline std::string checklistDir(const std::string& name, const std::string& body) {
  const auto dir = freshDir(name);
  std::filesystem::copy_file(kSourceRules + "/checklist.xsd", dir / "checklist.xsd");
  writeFile(dir / "checklist.xml",
            "<?xml version=\"1.0\"?>\n<checklist version=\"1\">\n" + body + "\n</checklist>\n");
  return dir.string();
}

// One rule element with the given attributes, test and message.
inline std::string rule(const std::string& id, const std::string& test,
                        const std::string& message = "gagal",
                        const std::string& extraAttributes = "",
                        const std::string& category = "validity") {
  return "<rule id=\"" + id + "\" step=\"3\" severity=\"block\" category=\"" + category + "\" " +
         extraAttributes + "><title>" + id + "</title><assert test=\"" + test + "\">" + message +
         "</assert></rule>";
}

}  // namespace cabut::rules::testing
