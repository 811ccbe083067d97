// Name, office and e-mail comparisons the checklist relies on.
#include "rules/text_similarity.h"

#include <gtest/gtest.h>

#include "rules/vocabulary_terms.h"

namespace cabut::rules {
namespace {

TEST(Names, TitlesAreStripped) {
  EXPECT_EQ(nameWithoutTitles("Dr. H. Muhammad Rizal, S.Kom., M.Si."), "muhammad rizal");
  EXPECT_EQ(nameWithoutTitles("Dra. Hj. Sitti Aminah, M.Si."), "sitti aminah");
  EXPECT_EQ(nameWithoutTitles("ANDI MAPPASELING, S.Psi."), "andi mappaseling");
  EXPECT_EQ(nameWithoutTitles("Baharuddin Rahman"), "baharuddin rahman");
}

TEST(Names, SimilarDespiteTitlesCaseAndOcrErrors) {
  EXPECT_TRUE(namesSimilar("Muhammad Rizal, S.Kom.", "MUHAMMAD RIZAL", 0.8));
  EXPECT_TRUE(namesSimilar("Muhammad Rizal, S.Kom.", "Muhamrnad Riza1, S.Kom", 0.8));
  EXPECT_TRUE(namesSimilar("Sitti Aminah", "Sitti  Arninah", 0.8));
  EXPECT_FALSE(namesSimilar("Muhammad Rizal", "Andi Mappaseling", 0.8));
  EXPECT_FALSE(namesSimilar("Muhammad Rizal", "Muhammad Ridwan Saleh", 0.8));
  EXPECT_FALSE(namesSimilar("", "", 0.8));
}

TEST(Offices, UnitMatchesOfficeNamedInTitle) {
  EXPECT_GE(
      officeOverlap("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                    "badan kepegawaian dan pengembangan sumber daya manusia kabupaten mamuju"),
      0.99);
  EXPECT_GE(officeOverlap("Sekretariat, Dinas Komunikasi Informatika dan Persandian",
                          "dinas komunikasi informatika dan persandian"),
            0.8);
  EXPECT_LT(officeOverlap("Dinas Kesehatan", "badan perencanaan pembangunan daerah"), 0.5);
  EXPECT_EQ(officeOverlap("", "dinas kesehatan"), 0.0);
}

TEST(Email, OfficialDomainsAndSubdomains) {
  EXPECT_TRUE(emailDomainAllowed("rizal@mamujukab.go.id", "go.id"));
  EXPECT_TRUE(emailDomainAllowed("rizal@diskominfo.mamujukab.go.id", "go.id"));
  EXPECT_TRUE(emailDomainAllowed("RIZAL@MAMUJUKAB.GO.ID", "go.id"));
  EXPECT_TRUE(emailDomainAllowed("a@b.co.id", "go.id, co.id"));
  EXPECT_FALSE(emailDomainAllowed("rizal@gmail.com", "go.id"));
  EXPECT_FALSE(emailDomainAllowed("rizal@notgo.id", "go.id"));
  EXPECT_FALSE(emailDomainAllowed("rizal@go.id.evil.com", "go.id"));
  EXPECT_FALSE(emailDomainAllowed("@mamujukab.go.id", "go.id"));
  EXPECT_FALSE(emailDomainAllowed("a@b@mamujukab.go.id", "go.id"));
  EXPECT_FALSE(emailDomainAllowed("rizal.mamujukab.go.id", "go.id"));
  EXPECT_FALSE(emailDomainAllowed("rizal@mamujukab.go.id", ""));
}

TEST(Titles, HeadOfOfficeVocabulary) {
  TitleVocabulary heads{
      {"plt", "plh"}, {"kepala", "camat", "sekretaris daerah"}, {"kepala bidang", "kepala seksi"}};
  std::string office;
  EXPECT_GT(heads.titleLength("KEPALA DINAS KESEHATAN", &office), 0u);
  EXPECT_EQ(office, "dinas kesehatan");
  EXPECT_GT(heads.titleLength("Plt. Kepala Badan Keuangan"), 0u);
  EXPECT_GT(heads.titleLength("Camat Tapalang"), 0u);
  EXPECT_GT(heads.titleLength("Sekretaris Daerah"), 0u);
  EXPECT_EQ(heads.titleLength("Kepala Bidang Persandian"), 0u);
  EXPECT_EQ(heads.titleLength("Plt. Kepala Seksi Pelayanan"), 0u);
  EXPECT_EQ(heads.titleLength("Sekretaris Camat"), 0u);
  EXPECT_EQ(heads.titleLength("Kepalanya"), 0u);
  EXPECT_EQ(heads.titleLength("Analis Kepegawaian"), 0u);
  EXPECT_EQ(heads.titleLength(""), 0u);
}

}  // namespace
}  // namespace cabut::rules
