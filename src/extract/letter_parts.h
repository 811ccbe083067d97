// The parts of one letter's text and the parsers that find them. Internal to extract/;
// declared together so the unit tests can drive each parser on its own.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/rows.h"
#include "extract/vocabulary.h"

namespace cabut::extract {

// The rows of one letter, over one or more pages of a file.
struct LetterRows {
  int firstPage = 1, lastPage = 1;
  std::vector<Row> rows;
};

// Splits a file's non-blank pages into letters (split.cc).
std::vector<LetterRows> splitLetters(const ocr::FileText& file, const Vocabulary& vocabulary);
// True when the top of `rows` (one page) looks like the start of a letter.
bool startsLetter(const std::vector<Row>& pageRows, const Vocabulary& vocabulary);

// "Label : value" on row `index` (key_value.cc). Values that wrap (subject, position, unit,
// reason) take in the aligned rows below; `lastRow` is the last row used.
struct KeyValue {
  std::string field;  // the label's field, empty when the key is no known label
  std::string key;    // as printed
  Field value;        // as printed, spaces normalised
  std::vector<ocr::Word> valueWords;
  size_t row = 0, lastRow = 0;
};
std::optional<KeyValue> keyValue(const std::vector<Row>& rows, size_t index,
                                 const Vocabulary& vocabulary);
// ": 800/112/II/2024" with the label before the colon lost to OCR (printed faint, or in a
// colour the scan dropped): the value after the leading colon, wrapped rows taken in. The
// caller tells what it is by the value.
std::optional<KeyValue> unlabelledValue(const std::vector<Row>& rows, size_t index,
                                        const Vocabulary& vocabulary);
// True when the row starts with a stop phrase (the body resumes: "Demikian ...").
bool isStopRow(const Row& row, const Vocabulary& vocabulary);

// Letter number, date and subject (header_fields.cc).
struct HeaderFields {
  Field number, date, subject;
};
HeaderFields headerFields(const LetterRows& letter, const Vocabulary& vocabulary);
// The first date in the text of `words` (page/box/confidence from them), or an empty Field.
Field dateField(const std::vector<ocr::Word>& words, int page, const Vocabulary& vocabulary);

// request / recommendation / other (classify.cc).
Kind classify(const LetterRows& letter, const Field& subject, const Vocabulary& vocabulary);

// Certificate holders (holders_list.cc, holders_table.cc, holders_text.cc). `used` marks
// the rows a parser consumed so later parsers (signature, reasons) skip them.
struct HolderScan {
  std::vector<Person> holders;
  // The first list follows "yang bertanda tangan di bawah ini": it describes the signer
  // when other holders follow (a personal request's signer is its holder).
  bool firstDescribesSigner = false;
  std::vector<bool> used;
};
HolderScan colonListHolders(const LetterRows& letter, const Vocabulary& vocabulary);
std::vector<Person> tableHolders(const LetterRows& letter, const Vocabulary& vocabulary,
                                 std::vector<bool>& used);
// True when `row` names a holder table's columns (No, Nama, NIP, Jabatan, ...).
bool isTableHeader(const Row& row, const Vocabulary& vocabulary);
std::vector<Person> runningTextHolders(const LetterRows& letter, const Vocabulary& vocabulary,
                                       const std::vector<bool>& used);

// Sets each holder's reason: their own reason value mapped to a code, else the reason the
// body states, else `unspecified` (reasons.cc).
void assignReasons(std::vector<Person>& holders, const LetterRows& letter,
                   const Vocabulary& vocabulary, const std::vector<bool>& used);
// The code for a stated reason, or `unspecified`.
std::string reasonCode(const std::string& printed, const Vocabulary& vocabulary);

// The signature block at the end of the letter (signatory.cc).
struct SignatureBlock {
  Person signer;
  bool titleClosed = false;  // the title was read to its closing comma: it is whole
};
SignatureBlock signatureBlock(const LetterRows& letter, const Vocabulary& vocabulary,
                              const std::vector<bool>& used);
// True when the folded `word` is the end of an office-head title's first word that the
// stamp cut short ("pala" of "kepala") (title_repair.cc).
bool cutFromTitleWord(const std::string& word, const Vocabulary& vocabulary);
// Replaces the title words the engine was unsure of (under the stamp) by the letterhead's
// office and region names where the words around them agree (title_repair.cc).
void repairTitleFromLetterhead(std::vector<ocr::Word>& title, const LetterRows& letter,
                               const Vocabulary& vocabulary);
// Corrects the block's reading of the signer from the same person printed in the body
// (`people`: the described signer and the holders): a NIP that fails its check but is
// within two digits of theirs, a name that reads worse, a title cut short by the stamp
// (signer_repair.cc). A whole title keeps its own end: the body may add the region.
void repairSignerFromBody(SignatureBlock& block, const std::vector<Person>& people,
                          const Vocabulary& vocabulary);

// E-mail addresses whose "@" OCR lost ("budi.dinsosomajenekab.go.id"): when the address
// ends in a domain the letter shows elsewhere (letterhead, other holders), the character
// before that domain was the "@" (email_repair.cc).
void repairEmails(std::vector<Person>& holders, const LetterRows& letter);

// True when a part of the address's user name spells a word of the name, or an initial
// and a word ("nnurjannah" of "Nurjannah, S.Psi.", "ulfa" of "Ulfa Rahmi Said")
// (email_repair.cc).
bool nameSpeltInEmail(const std::string& name, const std::string& email);

// The office's name as the letterhead prints it under the government's ("DINAS PENANAMAN
// MODAL DAN PELAYANAN" / "TERPADU SATU PINTU"): its sure words, in order; empty when the
// letter shows no such letterhead (title_repair.cc).
std::vector<std::string> letterheadOfficeWords(const LetterRows& letter,
                                               const Vocabulary& vocabulary);

// A holder's unit or a signer's title whose end a wrapped cell or a stamp lost ("Dinas
// Penanaman Modal dan") where its last words begin the office's name as
// letterheadOfficeWords gives it: that name whole (office_name.cc).
void completeWithOffice(Field& value, const std::vector<std::string>& office);

// A holder's NIP and NIK whose birth dates differ in one digit: the misread one takes the
// other's, where only one of them gives an age at appointment servants have, or the other
// was read surer (birth_dates.cc).
void agreeBirthDates(Person& holder);

// Holders' positions mended with the vocabulary's position words and grades
// (position_repair.cc).
void repairPositions(std::vector<Person>& holders, const Vocabulary& vocabulary);

// An NIP read whole: 18 digits.
bool isValidNip(const Field& nip);

// An NIP reading whose dates cannot be ("7975..." for "1975..."), or not 18 digits.
bool isImplausibleNip(const Field& nip);

// The one NIP of `sure` within two edits of an implausible reading: a digit misread or
// lost under a stamp; two staff NIPs that close would need the same birth date and
// appointment month. Empty when none or several are that near (signer_reconcile.cc).
std::string nipNearOnlyOne(const Field& nip, const std::vector<std::string>& sure);

// `field` as read in another letter of the case, for this one: no place on this letter's
// pages, and a little less sure (signer_reconcile.cc).
Field readInAnotherLetter(Field field);

// True when a reading looks like a printed name: name words, then degrees after commas.
// A reading a scribble went through has stray marks, digits, lone letters or degrees
// that are no degree ("S.Vd." still passes: that is the NIP's job to catch)
// (signer_reconcile.cc).
bool readsAsName(const Field& name);

// A Balinese name whose lone "I" (men) or "Ni" (women) before the birth-order name
// ("Wayan", "Made") OCR lost: put back as the NIP's gender digit says (person_fields.cc).
void restoreBalineseArticle(Person& person, const Vocabulary& vocabulary);

// The titles before a name and the degrees after it spelt as the vocabulary lists them,
// where one reading is a single misread from exactly one ("M.T." read "ML.") (name_titles.cc).
void repairNameTitles(Field& name, const Vocabulary& vocabulary);

// Holder field setters shared by lists and tables: normalise and keep the printed text.
void setPersonField(Person& person, const std::string& field, Field value);

}  // namespace cabut::extract
