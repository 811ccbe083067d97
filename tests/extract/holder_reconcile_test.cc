// The same NIP held in the request and the recommendation of a case: each field takes the
// reading that looks least damaged, then the fuller one, then the surer one.
#include <gtest/gtest.h>

#include "extract/extract.h"

namespace cabut::extract {
namespace {

Field field(const std::string& value, double confidence = 0.9) {
  Field f;
  f.value = value;
  f.confidence = confidence;
  f.page = 1;
  f.box = ocr::Box{10, 20, 300, 50};
  return f;
}

const std::string kNip = "199001152015031002";

Person holder(const std::string& name, const std::string& email, const std::string& position,
              const std::string& nip = kNip) {
  Person person;
  person.nip = field(nip);
  if (!name.empty()) person.name = field(name);
  if (!email.empty()) person.email = field(email);
  if (!position.empty()) person.position = field(position);
  return person;
}

Letter listing(std::vector<Person> holders, int page = 1) {
  Letter letter;
  letter.kind = Kind::request;
  for (auto& person : holders) {
    person.name.page = page;
    letter.holders.push_back(std::move(person));
  }
  return letter;
}

TEST(ReconcileHolders, CellCutShortTakesTheFullerReading) {
  std::vector<Letter> letters{
      listing({holder("Syamsul Kadir", "", "Penyuluh Sosial Muda")}),
      listing({holder("Syamsul Bahri Kadir, S.IP.", "", "Penyuluh Sosial Ahli Muda")}, 2)};
  letters[1].holders[0].position.confidence = 0.5;
  reconcileHolders(letters);
  for (const auto& letter : letters) {
    EXPECT_EQ(letter.holders[0].name.value, "Syamsul Bahri Kadir, S.IP.");
    EXPECT_EQ(letter.holders[0].position.value, "Penyuluh Sosial Ahli Muda");
  }
  // Each letter keeps its own place.
  EXPECT_EQ(letters[0].holders[0].name.page, 1);
}

TEST(ReconcileHolders, TheNameTheAddressSpellsWinsOverASurerMisreading) {
  // The list read "Narjannah" surely, the table "Nurjannah" less so; the address spells
  // the holder's name, with an initial before it.
  std::vector<Letter> letters{
      listing({holder("Narjannah, S.Psi.", "nnurjannah@makassarkota.go.id", "Analis")}),
      listing({holder("Nurjannah, S.Psi.", "", "Analis")}, 2)};
  letters[1].holders[0].name.confidence = 0.6;
  reconcileHolders(letters);
  for (const auto& letter : letters) EXPECT_EQ(letter.holders[0].name.value, "Nurjannah, S.Psi.");
  // Without an address to say, the surer reading stands.
  std::vector<Letter> unsaid{listing({holder("Narjannah, S.Psi.", "", "Analis")}),
                             listing({holder("Nurjannah, S.Psi.", "", "Analis")}, 2)};
  unsaid[1].holders[0].name.confidence = 0.6;
  reconcileHolders(unsaid);
  EXPECT_EQ(unsaid[1].holders[0].name.value, "Narjannah, S.Psi.");
}

TEST(ReconcileHolders, TwoWholeNipsADigitApartForOneNameTakeTheSurerReading) {
  // The first letter's reading at 0.97, the second's at 0.91: what the second ends with.
  const auto secondAfter = [](const std::string& name, const std::string& nip) {
    std::vector<Letter> letters{
        listing({holder("Nasrullah Kadir, A.Md.", "", "Analis", "199103222015031028")}),
        listing({holder(name, "", "Analis", nip)}, 2)};
    letters[0].holders[0].nip.confidence = 0.97;
    letters[1].holders[0].nip.confidence = 0.91;
    reconcileHolders(letters);
    EXPECT_EQ(letters[0].holders[0].nip.value, "199103222015031028");
    return letters[1].holders[0].nip;
  };
  const Field taken = secondAfter("Nasrullah Kadir. A.Md", "199103222015031624");
  EXPECT_EQ(taken.value, "199103222015031028");
  EXPECT_EQ(taken.printed, "199103222015031624");
  // The degree's comma lost: the name read with it is the same name.
  EXPECT_EQ(secondAfter("Nasrullah Kadir. Sos.", "199103222015031624").value, "199103222015031028");
  // Another name, or numbers three digits apart, are two people.
  EXPECT_EQ(secondAfter("Syahrir, S.K.M.", "199103222015031624").value, "199103222015031624");
  EXPECT_EQ(secondAfter("Nasrullah Kadir, A.Md.", "199103222015731624").value,
            "199103222015731624");
}

TEST(ReconcileHolders, AHolderWhoseNipWasLostTakesItFromTheSameNameInTheOtherLetter) {
  std::vector<Letter> letters{
      listing({holder("Nurmiati S.Kom", "", "Pranata Komputer", ""),
               holder("Irmawati, S.Stat.", "", "Analis", "1971080")}),
      listing({holder("Nurmiati, S.Kom.", "nurmiati81@gowakab.go.id", "Pranata Komputer"),
               holder("Irmawati, S.Stat.", "", "Analis", "197108081995032184")},
              2)};
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].nip.value, kNip);
  EXPECT_LT(letters[0].holders[0].nip.confidence, 0.9);
  // A field this letter does not show stays empty.
  EXPECT_EQ(letters[0].holders[0].email.value, "");
  EXPECT_EQ(letters[0].holders[1].nip.value, "197108081995032184");
  // A name too short to tell people apart, or read alike for two NIPs, lends none.
  letters = {listing({holder("Ani", "", "Analis", "")}), listing({holder("Ani", "", "Analis")})};
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].nip.value, "");
  letters = {listing({holder("Hasanah", "", "Analis", "")}),
             listing({holder("Hasanah", "", "Analis"),
                      holder("Hasnah", "", "Analis", "198001012005012001")})};
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].nip.value, "");
}

TEST(ReconcileHolders, MarksReadIntoACellAreNoWordsItLost) {
  std::vector<Letter> letters{listing({holder("Wayan Sukadana", "", "Sekretaris")}),
                              listing({holder("II Wayan Sukadana", "", "Sekretaris eens")})};
  letters[1].holders[0].name.confidence = 0.6;
  letters[1].holders[0].position.confidence = 0.6;
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].name.value, "Wayan Sukadana");
  EXPECT_EQ(letters[0].holders[0].position.value, "Sekretaris");
  EXPECT_EQ(letters[1].holders[0].position.value, "Sekretaris");
}

TEST(ReconcileHolders, SameWordsInAnotherOrderStayAsThisLetterPrintsThem) {
  std::vector<Letter> letters{listing({holder("", "", "Pranata Komputer Ahli Pertama")}),
                              listing({holder("", "", "Komputer Ahli Pertama Pranata")})};
  letters[0].holders[0].position.confidence = 0.6;
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer Ahli Pertama");
}

TEST(ReconcileHolders, DamagedWordsGiveWayToClearOnes) {
  std::vector<Letter> letters{listing({holder("trwan, S.Kep.", "", "")}, 3),
                              listing({holder("Irwan,-S.Kep.", "", "")}, 3),
                              listing({holder("Irwan, S.Kep.", "", "")}, 3)};
  letters[0].holders[0].name.confidence = 0.95;
  letters[2].holders[0].name.confidence = 0.5;
  reconcileHolders(letters);
  // A name word without its capital is as damaged as one with a mark.
  EXPECT_EQ(letters[0].holders[0].name.value, "Irwan, S.Kep.");
  EXPECT_EQ(letters[1].holders[0].name.value, "Irwan, S.Kep.");
}

TEST(ReconcileHolders, DamagedWordsInNamesAndPositionsGiveWayToClearOnes) {
  std::vector<Letter> letters{
      listing({holder("Lidya Pongsapan, 5:H.", "", "Kepala Bidang Rehabilitasi kSosial")}),
      listing({holder("Lidya Pongsapan, S.H.", "", "Kepala Bidang Rehabilitasi Sosial")})};
  letters[1].holders[0].name.confidence = 0.6;
  letters[1].holders[0].position.confidence = 0.6;
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].name.value, "Lidya Pongsapan, S.H.");
  EXPECT_EQ(letters[0].holders[0].position.value, "Kepala Bidang Rehabilitasi Sosial");
}

TEST(ReconcileHolders, AddressInTheOfficesSharedDomainWins) {
  std::vector<Letter> letters{
      listing({holder("Masita", "masita@makassarkata.go.id", ""),
               holder("Samuel", "samuel@makassarkota.go.id", "", "198502032010011004")}),
      listing({holder("Masita", "masita@makassarkota.go.id", "")})};
  letters[1].holders[0].email.confidence = 0.5;
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].email.value, "masita@makassarkota.go.id");
}

TEST(ReconcileHolders, EqualShapesTakeTheSurerReading) {
  std::vector<Letter> letters{listing({holder("Eko Susilg, S.Sos.", "", "")}),
                              listing({holder("Eko Susilo, S.Sos.", "", "")})};
  letters[0].holders[0].name.confidence = 0.7;
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].name.value, "Eko Susilo, S.Sos.");
}

TEST(ReconcileHolders, FieldThisLetterDoesNotShowStaysEmpty) {
  std::vector<Letter> letters{listing({holder("Eko Susilo", "", "Analis")}),
                              listing({holder("Eko Susilo", "eko@palukota.go.id", "Analis")})};
  letters[1].holders[0].nik = field("7271011501900002");
  reconcileHolders(letters);
  EXPECT_FALSE(letters[0].holders[0].email.found());
  EXPECT_FALSE(letters[0].holders[0].nik.found());
}

TEST(ReconcileHolders, NameNotReadTakesTheOtherLettersReading) {
  // Every list names its holders: a name column the engine lost is the other letter's.
  std::vector<Letter> letters{listing({holder("", "", "Perencana Ahli Muda")}),
                              listing({holder("Syamsiah Nasir, S.IP., M.E", "", "")}),
                              listing({holder("", "", "Analis", "198001012005011001")}),
                              listing({holder("xx Jl", "", "", "198001012005011001")})};
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].name.value, "Syamsiah Nasir, S.IP., M.E");
  EXPECT_FALSE(letters[2].holders[0].name.found());  // marks are no name
}

Field stated(const std::string& code, const std::string& printed) {
  Field reason = field(code);
  reason.printed = printed;
  return reason;
}

Field unread() {
  Field reason;
  reason.value = "unspecified";
  reason.confidence = 0.5;
  return reason;
}

TEST(ReconcileHolders, ReasonNotReadTakesTheOneTheOtherLetterStates) {
  std::vector<Letter> letters{
      listing({holder("Irwan", "", ""), holder("Hasnah", "", "", "198001012005012001")}),
      listing({holder("Irwan", "", "")}),
      listing({holder("Irwan", "", ""), holder("Hasnah", "", "", "198001012005012001")})};
  letters[0].holders[0].reason = unread();
  letters[0].holders[1].reason = stated("superseded", "Lupa passphrase");
  letters[1].holders[0].reason = stated("cessationOfOperation", "Pensiun");
  // This letter states no reason for anyone: "unspecified" is what it says.
  letters[2].holders[0].reason = unread();
  letters[2].holders[1].reason = unread();
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].reason.value, "cessationOfOperation");
  EXPECT_EQ(letters[0].holders[0].reason.page, 0);
  EXPECT_EQ(letters[0].holders[1].reason.value, "superseded");
  EXPECT_EQ(letters[2].holders[0].reason.value, "unspecified");
}

TEST(ReconcileHolders, AReasonReadGarbledTakesTheOneTheOtherLetterStates) {
  std::vector<Letter> letters{listing({holder("Irwan", "", "")}),
                              listing({holder("Irwan", "", "")})};
  letters[0].holders[0].reason = stated("unspecified", "Perubahan eriail");
  letters[1].holders[0].reason = stated("superseded", "Perubahan alamat email");
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].reason.value, "superseded");
  EXPECT_EQ(letters[1].holders[0].reason.value, "superseded");
}

TEST(ReconcileHolders, NipMisreadIntoOneThatCannotBeIsTheOtherLettersClearOne) {
  // A day "33" and a 19th digit with one misread: neither NIP can be; the other letter lists
  // each clearly. A plausible misreading ("...011906") is not for this step to doubt.
  std::vector<Letter> letters{
      listing({holder("Ribka", "", "", "199001332011122029"),
               holder("Yohanis", "", "", "1107202251996041002"),
               holder("Hasan", "", "", "197003201995011906")}),
      listing({holder("Ribka Tandi, S.Kom.", "", "", "199001232011122029"),
               holder("Yohanis Kamasi, S.Stat.", "", "", "197202251996041002"),
               holder("Hasan", "", "", "197003201995011006")},
              2)};
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].nip.value, "199001232011122029");
  EXPECT_EQ(letters[0].holders[0].name.value, "Ribka Tandi, S.Kom.");
  EXPECT_EQ(letters[0].holders[1].nip.value, "197202251996041002");
  EXPECT_EQ(letters[0].holders[2].nip.value, "197003201995011906");
}

TEST(ReconcileHolders, OtherNipsAndUnreadNipsAreOtherPeople) {
  std::vector<Letter> letters{listing({holder("Syamsul Kadir", "", "", "198502032010011004")}),
                              listing({holder("Syamsul Bahri Kadir", "", "")}),
                              listing({holder("Syamsul Kadir", "", "", "1985020320100")}),
                              listing({holder("Syamsul Bahri Kadir", "", "", "1985020320100")})};
  reconcileHolders(letters);
  EXPECT_EQ(letters[0].holders[0].name.value, "Syamsul Kadir");
  EXPECT_EQ(letters[2].holders[0].name.value, "Syamsul Kadir");
}

}  // namespace
}  // namespace cabut::extract
