// ocr::Reader: real Tesseract on pages rendered by tests/scan/make_fixtures.py.
#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "ocr/ocr.h"
#include "scan/fixtures.h"

namespace cabut::ocr {
namespace {

using cabut::testing::fixture;
namespace fs = std::filesystem;

// Words printed on the fixture letter (make_fixtures.py LETTER) that OCR must get right.
const std::vector<std::string> kKeyWords = {"Pencabutan",       "Sertifikat",      "Elektronik",
                                            "7602011503900002", "mamujukab.go.id", "Kepegawaian"};

std::string pageText(const PageText& page) {
  std::string text;
  for (const Line& line : page.lines) text += line.text() + "\n";
  return text;
}

std::set<std::string> wordSet(const PageText& page) {
  std::set<std::string> words;
  for (const Line& line : page.lines) {
    for (const Word& word : line.words) words.insert(word.text);
  }
  return words;
}

void expectKeyWords(const PageText& page, const std::string& what) {
  const std::string text = pageText(page);
  for (const auto& word : kKeyWords) {
    EXPECT_NE(text.find(word), std::string::npos) << what << " lacks " << word << ":\n" << text;
  }
}

bool hasNote(const PageText& page, const std::string& note) {
  return std::find(page.cleanup.begin(), page.cleanup.end(), note) != page.cleanup.end();
}

Options twoJobs() {
  Options options;
  options.jobs = 2;
  return options;
}

FileText readOk(Reader& reader, const std::string& path) {
  auto result = reader.readFile(path);
  EXPECT_TRUE(result.ok()) << path << ": " << (result.ok() ? "" : result.failure().message);
  return result.ok() ? std::move(*result) : FileText{};
}

// Reads `file` of case `number` of the generated degraded set of `seed` (its first `number`
// cases generated into a fresh folder of the test data): empty, with a failure, when the
// generator fails.
FileText readGeneratedCase(const std::string& folder, int seed, int number,
                           const std::string& file) {
  const fs::path dir = fs::path(CABUT_TEST_DATA) / folder;
  fs::remove_all(dir);
  const std::string generate = "/usr/bin/python3 " + std::string(CABUT_SOURCE_DIR) +
                               "/samples/generator/generate.py --out " + dir.string() +
                               " --set degraded --seed " + std::to_string(seed) + " --count " +
                               std::to_string(number) + " --quiet >&2";
  if (std::system(generate.c_str()) != 0) {
    ADD_FAILURE() << "the generator failed (degraded seed " << seed << ")";
    return {};
  }
  const std::string caseFolder = (number < 10 ? "case0" : "case") + std::to_string(number);
  Reader reader(twoJobs());
  return readOk(reader, (dir / caseFolder / file).string());
}

TEST(OcrReader, ReadsWordsWithBoxesAndConfidences) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("letter.png"));
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_EQ(file.source, fixture("letter.png"));
  const PageText& page = file.pages[0];
  EXPECT_EQ(page.origin, "ocr");
  EXPECT_EQ(page.number, 1);
  EXPECT_FALSE(page.blank);
  EXPECT_GT(page.seconds, 0.0);
  expectKeyWords(page, "letter.png");
  double confidenceSum = 0;
  int words = 0;
  for (const Line& line : page.lines) {
    EXPECT_LE(line.box.x0, line.box.x1);
    for (const Word& word : line.words) {
      EXPECT_FALSE(word.text.empty());
      EXPECT_GE(word.confidence, 0.0f);
      EXPECT_LE(word.confidence, 1.0f);
      EXPECT_GE(word.box.x0, line.box.x0);
      EXPECT_LE(word.box.x1, page.width);
      EXPECT_LE(word.box.y1, page.height);
      confidenceSum += word.confidence;
      ++words;
    }
  }
  ASSERT_GT(words, 80);
  EXPECT_GT(confidenceSum / words, 0.8) << "a clean page should be read with confidence";
  // "Nomor : 800/112/II/2024/BKPSDM" is drawn 3 lines (270 px) below the first at x=250.
  auto nomor = std::find_if(page.lines.begin(), page.lines.end(),
                            [](const Line& line) { return line.text().starts_with("Nomor"); });
  ASSERT_NE(nomor, page.lines.end()) << pageText(page);
  EXPECT_NEAR(nomor->box.x0, 250, 15);
  EXPECT_NEAR(nomor->box.y0, 260 + 3 * 90, 30);
}

TEST(OcrReader, TurnedPagesComeBackUpright) {
  Reader reader(twoJobs());
  const std::vector<std::string> paths = {fixture("letter-r90.png"), fixture("letter-r180.png"),
                                          fixture("letter-r270.png")};
  const auto results = reader.readFiles(paths);
  ASSERT_EQ(results.size(), 3u);
  const std::array<const char*, 3> expected = {"rotated 90", "rotated 180", "rotated 270"};
  for (std::size_t i = 0; i < results.size(); ++i) {
    ASSERT_TRUE(results[i].ok()) << paths[i];
    const PageText& page = results[i]->pages.at(0);
    EXPECT_TRUE(hasNote(page, expected[i])) << paths[i];
    EXPECT_LT(page.width, page.height) << paths[i];
    expectKeyWords(page, paths[i]);
  }
}

TEST(OcrReader, SkewedPageReadsAsWellAsStraight) {
  Reader reader(twoJobs());
  const auto results = reader.readFiles({fixture("letter.png"), fixture("letter-skew3.png")});
  ASSERT_TRUE(results[0].ok());
  ASSERT_TRUE(results[1].ok());
  const auto straight = wordSet(results[0]->pages.at(0));
  const auto skewed = wordSet(results[1]->pages.at(0));
  const auto shared = std::count_if(straight.begin(), straight.end(),
                                    [&](const std::string& word) { return skewed.count(word); });
  EXPECT_GE(static_cast<double>(shared) / static_cast<double>(straight.size()), 0.95);
  expectKeyWords(results[1]->pages.at(0), "letter-skew3.png");
}

TEST(OcrReader, MultiPageTiffWithBlankBackAndProgress) {
  Reader reader(twoJobs());
  std::vector<std::pair<int, int>> reports;
  const auto results = reader.readFiles(
      {fixture("pages.tif")}, [&](int done, int total) { reports.emplace_back(done, total); });
  ASSERT_TRUE(results.at(0).ok());
  const auto& pages = results[0]->pages;
  ASSERT_EQ(pages.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(pages[static_cast<std::size_t>(i)].number, i + 1);
  expectKeyWords(pages[0], "page 1");
  EXPECT_TRUE(pages[1].blank);
  EXPECT_TRUE(pages[1].lines.empty());
  expectKeyWords(pages[2], "page 3 (upside down)");
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports.back(), std::make_pair(3, 3));
}

TEST(OcrReader, PdfTextLayerIsUsedInsteadOfOcr) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("text.pdf"));
  ASSERT_EQ(file.pages.size(), 1u);
  const PageText& page = file.pages[0];
  EXPECT_EQ(page.origin, "text-layer");
  const std::string text = pageText(page);
  EXPECT_NE(text.find("Perihal : Permohonan Pencabutan Sertifikat Elektronik"), std::string::npos)
      << text;
  EXPECT_NE(text.find("NIP : 19900315 201503 1 002"), std::string::npos) << text;
  EXPECT_FLOAT_EQ(page.lines.at(0).words.at(0).confidence, 1.0f);
}

TEST(OcrReader, ImageOnlyPdfIsRasterisedAndRead) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("image.pdf"));
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_EQ(file.pages[0].origin, "ocr");
  expectKeyWords(file.pages[0], "image.pdf");
}

TEST(OcrReader, FadedPageIsRead) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("faded.png"));
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_FALSE(file.pages[0].blank);
  expectKeyWords(file.pages[0], "faded.png");
}

TEST(OcrReader, FaintPageReadAsEmptyIsReadAgainWithItsBackgroundNormalised) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("faint-streaked.png"));
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_FALSE(file.pages[0].blank);
  EXPECT_TRUE(hasNote(file.pages[0], "background normalised (no text as scanned)"));
  expectKeyWords(file.pages[0], "faint-streaked.png");
}

TEST(OcrReader, GrainyFaintPageIsReadWithItsGrainSmoothedAndContrastStretched) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("faint-grainy.png"));
  ASSERT_EQ(file.pages.size(), 1u);
  // Normalising alone leaves the grain as strong as the print: it still reads empty.
  EXPECT_TRUE(hasNote(file.pages[0], "grain smoothed, contrast stretched (no text as scanned)"));
  expectKeyWords(file.pages[0], "faint-grainy.png");
}

TEST(OcrReader, ThinStreaksDownAFaintPageGoBeforeOcr) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("faint-thin-streaks.png"));
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_TRUE(hasNote(file.pages[0], "streaks removed"));
  // With the streaks the page reads empty. A letter a streak crossed may lose a stroke
  // ("=lektronik"): the words checked are clear of them.
  const std::string text = pageText(file.pages[0]);
  for (const char* word : {"Pencabutan", "Sertifikat", "7602011503900002", "Kepegawaian"})
    EXPECT_NE(text.find(word), std::string::npos) << word << ":\n" << text;
}

TEST(OcrReader, PageReadAsScannedIsNotReadAgain) {
  Reader reader(twoJobs());
  const FileText file = readOk(reader, fixture("faded.png"));
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_FALSE(hasNote(file.pages[0], "background normalised (no text as scanned)"));
}

TEST(OcrReader, LinesPassedOverInABandOfInkAreReadAgain) {
  // A generated colour scan (degraded seed 17, case 7) whose signature block the layout
  // analysis passes over: the title's lines under the stamp and the scribble, between the
  // date line and the signer's name, are not read in the first pass.
  const FileText file = readGeneratedCase("ocr-bands", 17, 7, "SKM_C00866.tif");
  ASSERT_EQ(file.pages.size(), 2u);
  const std::string text = pageText(file.pages[1]);
  const size_t date = text.find("18 Januari 2024"), name = text.find("Rahmi Djalil");
  ASSERT_NE(date, std::string::npos) << text;
  ASSERT_NE(name, std::string::npos) << text;
  const size_t title = text.find("DINAS SOSIAL", date);
  EXPECT_LT(title, name) << text;
}

TEST(OcrReader, ASignatureBlockAtTheFootThatTheLayoutPassesOverIsReadAgain) {
  // A generated phone photo (degraded seed 56, case 3, upside down) whose signature block,
  // under a grey stamp and a black scribble, is the last thing on the page: the layout
  // analysis passes over all of it, and no line read below it bounds a band.
  const FileText file = readGeneratedCase("ocr-foot", 56, 3, "01-IMG_20240126_1565.png");
  ASSERT_EQ(file.pages.size(), 1u);
  const std::string text = pageText(file.pages[0]);
  const size_t closing = text.find("terima kasih");
  ASSERT_NE(closing, std::string::npos) << text;
  EXPECT_NE(text.find("19661218 200012 1 033", closing), std::string::npos) << text;
}

TEST(OcrReader, ALineWhoseFirstWordsTheScribbleCrossesIsReadWhole) {
  // A generated phone photo (degraded seed 21, case 5) whose signature's strokes run
  // through the first words of the signer's name: the first pass reads only the rest
  // ("ULYANI, S.Pd.I., M.Pd.").
  const FileText file = readGeneratedCase("ocr-crossed", 21, 5, "IMG_20240422_1457.pdf");
  ASSERT_EQ(file.pages.size(), 1u);
  const std::string text = pageText(file.pages[0]);
  EXPECT_NE(text.find("SRI MULYANI, S.Pd.I., M.Pd."), std::string::npos) << text;
}

TEST(OcrReader, ALineWhoseMiddleTheScribbleCrossesIsReadWhole) {
  // A generated scan (degraded seed 18, case 5) whose signature's loops run through the
  // middle of the signer's name: the first pass keeps the words on either side and drops
  // the letters between ("SIMON TAN NG, S.E., M.Kom." for "SIMON TANDIRERUNG, ...").
  const FileText file = readGeneratedCase("ocr-gapped", 18, 5, "IMG_20240212_1863.pdf");
  ASSERT_EQ(file.pages.size(), 1u);
  const std::string text = pageText(file.pages[0]);
  EXPECT_NE(text.find("SIMON TANDI"), std::string::npos) << text;
  EXPECT_NE(text.find("RUNG, S.E., M.Kom."), std::string::npos) << text;
}

TEST(OcrReader, TwoPiecesOfALineAStampSplitAreReadAgainAsOneLine) {
  // A generated scan (degraded seed 19, case 16) whose stamp splits the signer's title
  // into "Kep" and "kasi dan": read again apart, each piece would hold the words between.
  const FileText file = readGeneratedCase("ocr-split", 19, 16, "b-doc00863.pdf");
  ASSERT_EQ(file.pages.size(), 1u);
  const std::string text = pageText(file.pages[0]);
  const size_t title = text.find("Kepala Dinas Komunikasi dan\n", text.find("berlaku."));
  ASSERT_NE(title, std::string::npos) << text;
  EXPECT_EQ(text.find("Dinas Komuni", title + 10), std::string::npos) << text;
}

TEST(OcrReader, LinesAGreyStampCrossesAreReadAgainWithoutIt) {
  // A generated grey copy (degraded seed 11, case 16) whose stamp's rings run through the
  // signer's title: the first pass reads "#NGEMBANGAN SUMBER DAYA" and "JPIA KABUPATEN
  // MAMASA," for its second and third lines.
  const FileText file = readGeneratedCase("ocr-stamped", 11, 16, "a-scan-4272.pdf");
  ASSERT_EQ(file.pages.size(), 1u);
  const auto& notes = file.pages[0].cleanup;
  EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const std::string& note) {
    return note.starts_with("marks lighter than the print: ");
  }));
  const std::string text = pageText(file.pages[0]);
  EXPECT_NE(text.find("DAN PENGEMBANGAN SUMBER DAYA\n"), std::string::npos) << text;
  EXPECT_NE(text.find("MANUSIA KABUPATEN MAMASA,\n"), std::string::npos) << text;
}

TEST(OcrReader, APageReadAsGuessesIsReadTurnedHalfRoundToo) {
  // A generated grainy scan (degraded seed 24, case 6) that the orientation detector turns
  // upside down, sure of itself: read that way it is all guesses.
  const FileText file = readGeneratedCase("ocr-guessed", 24, 6, "pencabutan_16042024.pdf");
  ASSERT_EQ(file.pages.size(), 2u);
  EXPECT_TRUE(hasNote(file.pages[0], "turned 180 (read as guesses the other way)"));
  const std::string text = pageText(file.pages[0]);
  EXPECT_NE(text.find("BADAN KEPEGAWAIAN"), std::string::npos) << text;
  // A page read the right way up is not turned.
  EXPECT_FALSE(hasNote(file.pages[1], "turned 180 (read as guesses the other way)"));
}

TEST(OcrReader, APageWhoseLinesWereReadStandingIsReadTurned) {
  // A generated scan (degraded seed 39, case 19) lying on its side that the orientation
  // detector took for upright: its lines were read as vertical text, each taller than wide.
  const FileText file = readGeneratedCase("ocr-sideways", 39, 19, "rekomendasi-5383.tif");
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_TRUE(hasNote(file.pages[0], "turned 270 (its lines read standing)"));
  const std::string text = pageText(file.pages[0]);
  EXPECT_NE(text.find("BADAN PERENCANAAN PEMBANGUNAN DAERAH"), std::string::npos) << text;
}

TEST(OcrReader, BadInputsFailAloneWithTheirCodes) {
  Reader reader(twoJobs());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"bad/empty.pdf", "empty-file"},
      {"bad/truncated.pdf", "corrupt-pdf"},
      {"bad/corrupt.pdf", "corrupt-pdf"},
      {"bad/encrypted.pdf", "encrypted-pdf"},
      {"bad/random.pdf", "unsupported-type"},
      {"bad/huge.png", "too-many-pixels"},
      {"bad/zero.png", "empty-image"},
      {"bad/zero.tif", "empty-image"},
      {"bad/many.pdf", "too-many-pages"},
      {"bad/missing.png", "not-found"},
      {"bad", "not-a-file"},
      {"text.pdf", ""}};
  std::vector<std::string> paths;
  for (const auto& [name, code] : cases) paths.push_back(fixture(name));
  const auto results = reader.readFiles(paths);
  ASSERT_EQ(results.size(), cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (cases[i].second.empty()) {
      EXPECT_TRUE(results[i].ok()) << cases[i].first;
    } else {
      ASSERT_FALSE(results[i].ok()) << cases[i].first;
      EXPECT_EQ(results[i].failure().code, cases[i].second) << cases[i].first;
    }
  }
}

TEST(OcrReader, PageDeadlineStopsOcr) {
  Options options = twoJobs();
  options.pageDeadlineSeconds = 1;  // dense.png holds four letters: far more than 1 s of OCR
  Reader reader(options);
  const auto result = reader.readFile(fixture("dense.png"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.failure().code, "ocr-timeout");
}

TEST(OcrReader, MissingLanguageIsAnEngineFailure) {
  Options options = twoJobs();
  options.languages = "xyz";
  Reader reader(options);
  const auto result = reader.readFile(fixture("letter.png"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.failure().code, "ocr-engine");
}

std::string run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 4096> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
  return out;
}

TEST(OcrReader, WritesSearchablePdfAndText) {
  const fs::path dir = fs::temp_directory_path() / ("cabut-ocr-out-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  Options options = twoJobs();
  options.searchablePdfDir = dir.string();
  options.plainTextDir = dir.string();
  Reader reader(options);
  const auto results = reader.readFiles({fixture("pages.tif"), fixture("text.pdf")});
  ASSERT_TRUE(results[0].ok());
  ASSERT_TRUE(results[1].ok());

  const std::string pdfText = run("pdftotext '" + (dir / "pages.pdf").string() + "' -");
  EXPECT_EQ(std::count(pdfText.begin(), pdfText.end(), '\f'), 3) << "one form feed per page";
  EXPECT_NE(pdfText.find("Pencabutan"), std::string::npos) << pdfText;
  const std::string info = run("pdfinfo '" + (dir / "pages.pdf").string() + "'");
  const auto pagesAt = info.find("Pages:");
  ASSERT_NE(pagesAt, std::string::npos) << info;
  EXPECT_EQ(std::stoi(info.substr(pagesAt + 6)), 3) << info;
  EXPECT_TRUE(fs::exists(dir / "text.pdf"));

  std::ifstream text(dir / "pages.txt");
  std::stringstream content;
  content << text.rdbuf();
  const std::string plain = content.str();
  EXPECT_NE(plain.find("Sertifikat"), std::string::npos);
  EXPECT_EQ(std::count(plain.begin(), plain.end(), '\f'), 2);
  for (const auto& entry : fs::directory_iterator(dir)) {
    EXPECT_FALSE(entry.path().filename().string().starts_with(".")) << "temporary file left";
  }
  fs::remove_all(dir);
}

TEST(OcrReader, InputsWithOneNameGetOutputsOfTheirOwn) {
  // Two folders' "text.pdf" in one run: the second's outputs must not replace the first's.
  const fs::path dir = fs::temp_directory_path() / ("cabut-ocr-same-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "a");
  fs::create_directories(dir / "b");
  fs::create_directories(dir / "out");
  fs::copy_file(fixture("text.pdf"), dir / "a" / "text.pdf");
  fs::copy_file(fixture("pages.tif"), dir / "b" / "text.tif");
  Options options = twoJobs();
  options.searchablePdfDir = (dir / "out").string();
  options.plainTextDir = (dir / "out").string();
  Reader reader(options);
  const auto results =
      reader.readFiles({(dir / "a" / "text.pdf").string(), (dir / "b" / "text.tif").string()});
  ASSERT_TRUE(results[0].ok());
  ASSERT_TRUE(results[1].ok());
  auto pages = [](const fs::path& pdf) {
    const std::string info = run("pdfinfo '" + pdf.string() + "'");
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
  };
  EXPECT_EQ(pages(dir / "out" / "text.pdf"), pages(dir / "a" / "text.pdf"));
  EXPECT_EQ(pages(dir / "out" / "text-2.pdf"), 3) << "the TIFF's three pages";
  EXPECT_TRUE(fs::exists(dir / "out" / "text.txt"));
  EXPECT_TRUE(fs::exists(dir / "out" / "text-2.txt"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace cabut::ocr
