// The notes left beside files that did not become part of a case, for the clerk who finds
// them: Bahasa Indonesia first, then English.
#include <map>

#include "inbox/inbox.h"

namespace cabut::inbox {
namespace {

struct Wording {
  const char* indonesian;
  const char* english;
};

// Reasons by failure code (inbox refusals and the scan/ocr stage's codes).
const std::map<std::string, Wording>& wordings() {
  static const std::map<std::string, Wording> table = {
      {"symlink",
       {"Tautan simbolik (symbolic link) tidak pernah diikuti; yang dipindahkan hanya "
        "tautannya.",
        "A symbolic link is never followed; only the link itself was moved."}},
      {"not-a-regular-file",
       {"Bukan berkas biasa (misalnya FIFO, soket atau perangkat), jadi tidak dibaca.",
        "Not a regular file (a FIFO, socket or device), so it was not read."}},
      {"file-too-large",
       {"Berkas terlalu besar untuk sebuah surat pindaian.",
        "The file is too large for a scanned letter."}},
      {"unreadable",
       {"Berkas tidak dapat dibuka atau dibaca (izin akses?).",
        "The file could not be opened or read (permissions?)."}},
      {"empty-file", {"Berkas kosong (0 bita).", "The file is empty (0 bytes)."}},
      {"unsupported-type",
       {"Jenis berkas tidak didukung: kirim PDF, TIFF, PNG atau JPEG.",
        "Unsupported file type: send PDF, TIFF, PNG or JPEG."}},
      {"corrupt-pdf", {"PDF rusak atau terpotong.", "The PDF is corrupt or truncated."}},
      {"encrypted-pdf",
       {"PDF terkunci dengan kata sandi (terenkripsi).",
        "The PDF is password-protected (encrypted)."}},
      {"corrupt-image", {"Gambar rusak atau terpotong.", "The image is corrupt or truncated."}},
      {"empty-image", {"Gambar tanpa piksel (0 x 0).", "The image has no pixels (0 x 0)."}},
      {"too-many-pixels",
       {"Gambar terlalu besar (jumlah piksel melebihi batas).",
        "The image is too large (more pixels than allowed)."}},
      {"too-many-pages",
       {"Terlalu banyak halaman untuk satu berkas surat.", "Too many pages for one letter file."}},
      {"not-xml", {"Berkas XML tidak sah.", "Not a well-formed XML file."}},
  };
  return table;
}

}  // namespace

std::string quarantineNote(const store::FileRow& file, const Failure& reason) {
  const auto found = wordings().find(reason.code);
  const Wording wording = found != wordings().end() ? found->second
                                                    : Wording{"Berkas tidak dapat diproses.",
                                                              "The file could not be processed."};
  return std::string("Berkas dikarantina / File quarantined: ") + file.name + "\n\n" +
         wording.indonesian + "\n" + wording.english + "\n\nRincian / Details: " + reason.message +
         "\nKode / Code: " + reason.code + "\nBerkas #" + std::to_string(file.id) +
         ", diterima dari kotak masuk / received from the inbox as: " + file.inboxPath + "\n";
}

std::string duplicateNote(const store::FileRow& duplicate, const store::FileRow& original) {
  const std::string caseText = original.caseId != 0
                                   ? "kasus #" + std::to_string(original.caseId)
                                   : "kasusnya belum ditentukan saat catatan ini ditulis";
  const std::string caseEnglish = original.caseId != 0
                                      ? "case #" + std::to_string(original.caseId)
                                      : "its case was not decided yet when this note was written";
  return "Berkas duplikat / Duplicate file: " + duplicate.name + "\n\n" +
         "Isi berkas ini sama persis (SHA-256) dengan berkas #" + std::to_string(original.id) +
         " \"" + original.name + "\" (" + caseText + "), jadi tidak diproses dua kali.\n" +
         "This file has exactly the same bytes (SHA-256) as file #" + std::to_string(original.id) +
         " \"" + original.name + "\" (" + caseEnglish +
         "), so it was not processed twice.\n\nSHA-256: " + duplicate.sha256 +
         "\nDuplikat dari kasus / Duplicates case: " +
         (original.caseId != 0 ? std::to_string(original.caseId) : "-") + "\n";
}

}  // namespace cabut::inbox
