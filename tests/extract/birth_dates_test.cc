// A holder's NIP and NIK state one birth date; one digit of it misread in either is put
// back from the other.
#include <gtest/gtest.h>

#include "extract/letter_parts.h"

namespace cabut::extract {
namespace {

Field reading(const std::string& value, double confidence) {
  Field field;
  field.value = value;
  field.confidence = confidence;
  return field;
}

Person holder(const std::string& nip, double nipConfidence, const std::string& nik,
              double nikConfidence) {
  Person person;
  person.nip = reading(nip, nipConfidence);
  person.nik = reading(nik, nikConfidence);
  agreeBirthDates(person);
  return person;
}

TEST(BirthDates, TheNiksYearThatMakesNoServantIsTheNipsYear) {
  // A woman born 30 August 1986, appointed January 2008: the NIK read "36" for her year,
  // surer than the NIP, but no one born in 1936 was appointed in 2008.
  const auto person = holder("198608302008012034", 0.24, "7604087008360083", 0.89);
  EXPECT_EQ(person.nik.value, "7604087008860083");
  EXPECT_EQ(person.nik.printed, "7604087008360083");
  EXPECT_EQ(person.nip.value, "198608302008012034");
}

TEST(BirthDates, TheNipsDigitReadLessSurelyTakesTheNiks) {
  const auto person = holder("197410311997121267", 0.10, "7306033110710180", 0.91);
  EXPECT_EQ(person.nip.value, "197110311997121267");
  EXPECT_EQ(person.nik.value, "7306033110710180");
  // An NIP that makes its holder 16 at appointment is the misread one, however sure.
  EXPECT_EQ(holder("199903152015032012", 0.89, "7306045503900364", 0.89).nip.value,
            "199003152015032012");
}

TEST(BirthDates, NeitherSurerNorImpossibleOrMoreThanADigitApartStays) {
  EXPECT_EQ(holder("199908092018121005", 0.45, "7602070908900273", 0.49).nip.value,
            "199908092018121005");
  EXPECT_EQ(holder("197410311997121267", 0.10, "7306033110650180", 0.91).nip.value,
            "197410311997121267");
  // The day's 40 alone differs: the gender, the NIP's own digit says it.
  EXPECT_EQ(holder("198608302008011034", 0.2, "7604087008860083", 0.9).nip.value,
            "198608302008011034");
}

}  // namespace
}  // namespace cabut::extract
