// Holders written as colon lists ("Nama : ...", "NIP : ...", repeated per holder). A list
// after "yang bertanda tangan di bawah ini" that is followed by another list describes the
// signer, not a holder.
#include <algorithm>
#include <cctype>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

// Words after an unknown label's colon that, with a colon at the end, make the row a
// sentence introducing a list, not one of its rows.
constexpr size_t kSentenceWords = 6;

bool isPersonField(const std::string& field) {
  return field == "name" || field == "nip" || field == "nik" || field == "email" ||
         field == "position" || field == "unit" || field == "reason" || field == "rank";
}

struct ListBlock {
  std::vector<Person> people;
  size_t firstRow = 0, lastRow = 0;
};

std::vector<Phrase> bodyPhrases(const Vocabulary& vocabulary) {
  std::vector<Phrase> phrases;
  for (const auto& kind : vocabulary.bodyKinds)
    phrases.insert(phrases.end(), kind.phrases.begin(), kind.phrases.end());
  return phrases;
}

// "Yang bertanda tangan di bawah ini:" just before the list: the list is the signer. When
// the sentence names the signer in its own words and goes on to the request ("... ini
// Kepala Badan ..., dengan ini merekomendasikan pencabutan ... berikut:"), the list is
// the holder.
bool mentionsSigner(const LetterRows& letter, size_t firstRow, const std::vector<Phrase>& body) {
  static const std::vector<Phrase> signer = {{"bertanda", "tangan"}, {"yang", "bertandatangan"}};
  for (size_t i = firstRow; i > 0 && firstRow - i < 3; --i) {
    if (Vocabulary::anyPhrase(letter.rows[i - 1].folded(), body)) return false;
    if (Vocabulary::anyPhrase(letter.rows[i - 1].folded(), signer)) return true;
  }
  return false;
}

}  // namespace

HolderScan colonListHolders(const LetterRows& letter, const Vocabulary& vocabulary) {
  HolderScan scan;
  scan.used.assign(letter.rows.size(), false);
  const std::vector<Phrase> bodyWording = bodyPhrases(vocabulary);
  std::vector<ListBlock> blocks;
  ListBlock* open = nullptr;
  std::vector<std::string> seen;  // fields of the person being filled
  for (size_t i = 0; i < letter.rows.size(); ++i) {
    auto kv = keyValue(letter.rows, i, vocabulary);
    // "... atas / nama: ran”": a sentence wrapped after "atas"; a name is printed with
    // capitals.
    if (kv && kv->field == "name" &&
        std::none_of(kv->value.value.begin(), kv->value.value.end(),
                     [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); }))
      kv.reset();
    if (!kv || !isPersonField(kv->field)) {
      // An unknown label inside a list ("No. HP", "Tempat/Tgl. Lahir") keeps it open; the
      // body's sentence that introduces the holders ("dengan ini: merekomendasikan
      // pencabutan ...", a colon in it) does not.
      // (So does a sentence introducing the next list whose misread words hide the body's
      // wording and hold a colon: "Memberikan r :komendasi pencab stan ... berikut:".)
      const bool body = Vocabulary::anyPhrase(letter.rows[i].folded(), bodyWording) ||
                        (kv && kv->valueWords.size() >= kSentenceWords &&
                         trim(letter.rows[kv->lastRow].text()).ends_with(":"));
      if (kv && kv->field.empty() && open && kv->key.size() < 30 && !body) {
        for (size_t r = i; r <= kv->lastRow; ++r) scan.used[r] = true;
        open->lastRow = kv->lastRow;
        i = kv->lastRow;
        continue;
      }
      // One unreadable short row inside a list (a smudged label) does not end it; a short
      // sentence of the body's wording ("Dengan ini memberikan rekomendasi kepada") does.
      const bool nextIsList =
          i + 1 < letter.rows.size() && !kv && letter.rows[i].folded().size() <= 6 && !body && [&] {
            const auto next = keyValue(letter.rows, i + 1, vocabulary);
            return next && isPersonField(next->field);
          }();
      if (!(open && nextIsList)) open = nullptr;
      continue;
    }
    if (!open) {
      blocks.push_back({{}, i, i});
      open = &blocks.back();
      seen.clear();
    }
    // A label already filled for this person starts the next person; so does a name after
    // a person's other fields, whose own "Nama" row was not read (a list begins with it).
    const bool repeated = std::find(seen.begin(), seen.end(), kv->field) != seen.end();
    const bool nameAfterOthers = kv->field == "name" && seen.size() >= 2;
    if (open->people.empty() || repeated || nameAfterOthers) {
      open->people.emplace_back();
      seen.clear();
    }
    seen.push_back(kv->field);
    setPersonField(open->people.back(), kv->field, kv->value);
    for (size_t r = i; r <= kv->lastRow; ++r) scan.used[r] = true;
    open->lastRow = kv->lastRow;
    i = kv->lastRow;
  }
  // A person in a list has a name; a lone "NIP : ..." is a signature's NIP line. A NIP
  // with the holder's other fields is a holder whose "Nama" label OCR lost ("Woe Nama 2 oe").
  // (One of them a holder's own: a NIK, an address or a reason; a signer describing
  // themself gives a post and a unit too.)
  const auto holderWithoutName = [](const Person& p) {
    const int own = p.nik.found() + p.email.found() + p.reason.found();
    return p.nip.found() && own >= 1 && own + p.position.found() + p.unit.found() >= 2;
  };
  // A name alone that does not read as one is a stamp's lettering or a signature block's
  // line taken for a "Nama" row ("Naa ogee sn KOTA PALL,").
  const auto strayName = [](const Person& p) {
    return p.name.found() && !p.nip.found() && !p.nik.found() && !p.email.found() &&
           !p.position.found() && !p.unit.found() && !p.reason.found() && !readsAsName(p.name);
  };
  for (auto& block : blocks) {
    std::erase_if(block.people, [&](const Person& p) {
      return (!p.name.found() && !holderWithoutName(p)) || strayName(p);
    });
    if (block.people.empty())
      for (size_t r = block.firstRow; r <= block.lastRow; ++r) scan.used[r] = false;
  }
  std::erase_if(blocks, [](const ListBlock& block) { return block.people.empty(); });
  for (auto& block : blocks)
    for (auto& person : block.people) scan.holders.push_back(std::move(person));
  scan.firstDescribesSigner = !blocks.empty() && blocks.front().people.size() == 1 &&
                              mentionsSigner(letter, blocks.front().firstRow, bodyWording);
  return scan;
}

}  // namespace cabut::extract
