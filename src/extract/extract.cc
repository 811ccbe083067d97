// extractLetters: split, then for each letter its header fields, kind, holders (colon
// lists, tables, running text), reasons and signatory.
#include "extract/extract.h"

#include <optional>

#include "extract/letter_parts.h"

namespace cabut::extract {
namespace {

Letter extractLetter(const std::string& source, const LetterRows& rows,
                     const Vocabulary& vocabulary) {
  Letter letter;
  letter.source = source;
  letter.firstPage = rows.firstPage;
  letter.lastPage = rows.lastPage;
  const auto header = headerFields(rows, vocabulary);
  letter.letterNumber = header.number;
  letter.letterDate = header.date;
  letter.subject = header.subject;
  letter.kind = classify(rows, header.subject, vocabulary);

  auto scan = colonListHolders(rows, vocabulary);
  auto table = tableHolders(rows, vocabulary, scan.used);
  letter.holders = std::move(scan.holders);
  letter.holders.insert(letter.holders.end(), table.begin(), table.end());
  if (letter.holders.size() == static_cast<size_t>(scan.firstDescribesSigner)) {
    auto named = runningTextHolders(rows, vocabulary, scan.used);
    letter.holders.insert(letter.holders.end(), named.begin(), named.end());
  }
  std::optional<Person> signerDescribed;
  if (scan.firstDescribesSigner && letter.holders.size() > 1) {
    signerDescribed = letter.holders.front();
    letter.holders.erase(letter.holders.begin());
  }
  // "Saya yang bertanda tangan di bawah ini" and no one else: the holder asks for their
  // own certificate and signs the letter themself.
  const bool signsForThemself = scan.firstDescribesSigner && letter.holders.size() == 1;
  assignReasons(letter.holders, rows, vocabulary, scan.used);
  for (auto& holder : letter.holders) agreeBirthDates(holder);
  repairEmails(letter.holders, rows);
  repairPositions(letter.holders, vocabulary);
  const auto office = letterheadOfficeWords(rows, vocabulary);
  for (auto& holder : letter.holders) completeWithOffice(holder.unit, office);

  SignatureBlock block = signatureBlock(rows, vocabulary, scan.used);
  if (signerDescribed) {
    // "Yang bertanda tangan di bawah ini": fills what the signature block did not show.
    const Person& described = *signerDescribed;
    if (!block.signer.nip.found()) block.signer.nip = described.nip;
    if (!block.signer.name.found()) block.signer.name = described.name;
    if (!block.signer.position.found()) block.signer.position = described.position;
  }
  if (signsForThemself) {
    const Person& self = letter.holders.front();
    if (!block.signer.nip.found()) block.signer.nip = self.nip;
    if (!block.signer.name.found()) block.signer.name = self.name;
  }
  std::vector<Person> people = letter.holders;
  if (signerDescribed) people.insert(people.begin(), *signerDescribed);
  repairSignerFromBody(block, people, vocabulary);
  completeWithOffice(block.signer.position, office);
  letter.signatory = std::move(block.signer);
  repairNameTitles(letter.signatory.name, vocabulary);
  for (auto& holder : letter.holders) repairNameTitles(holder.name, vocabulary);
  restoreBalineseArticle(letter.signatory, vocabulary);
  for (auto& holder : letter.holders) restoreBalineseArticle(holder, vocabulary);
  return letter;
}

}  // namespace

std::vector<Letter> extractLetters(const ocr::FileText& file, const Vocabulary& vocabulary) {
  std::vector<Letter> letters;
  for (const auto& rows : splitLetters(file, vocabulary)) {
    Letter letter = extractLetter(file.source, rows, vocabulary);
    // The contract scores only the kind of `other` documents; their fields would be noise.
    if (letter.kind == Kind::other) {
      Letter bare;
      bare.source = letter.source;
      bare.firstPage = letter.firstPage;
      bare.lastPage = letter.lastPage;
      letter = std::move(bare);
    }
    letters.push_back(std::move(letter));
  }
  if (letters.empty()) {
    Letter blank;
    blank.source = file.source;
    blank.kind = Kind::other;
    if (!file.pages.empty()) {
      blank.firstPage = file.pages.front().number;
      blank.lastPage = file.pages.back().number;
    }
    letters.push_back(std::move(blank));
  }
  return letters;
}

}  // namespace cabut::extract
