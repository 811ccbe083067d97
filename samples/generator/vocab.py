"""Vocabulary for the sample letters: regions, offices, names, titles, ranks, positions,
reasons and month names. Plain data; no randomness here."""

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
# Old spellings still seen on real letters.
MONTHS_ALT = {2: "Pebruari", 11: "Nopember"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# Regions that send letters. code = 4-digit BPS code (NIK prefix, two more digits for the
# kecamatan); kec = (name, abbreviation used in letter numbers).
REGIONS = [
    dict(kind="KABUPATEN", name="Mamuju", province="Sulawesi Barat", capital="Mamuju", code="7604",
         domain="mamujukab.go.id", phone="(0426)", postal="91511",
         streets=["Jalan Soekarno-Hatta", "Jalan K.H. Abdul Malik Pattana Endeng", "Jalan Ahmad Yani",
                  "Jalan Pongtiku", "Jalan Yos Sudarso"],
         kec=[("Simboro", "SMB"), ("Mamuju", "MMJ"), ("Kalukku", "KLK"), ("Tapalang", "TPL"),
              ("Papalang", "PPL"), ("Sampaga", "SPG"), ("Tommo", "TMO"), ("Kalumpang", "KLP")],
         kominfo="Dinas Komunikasi, Informatika dan Persandian", kominfo_abbr="Diskominfosandi"),
    dict(kind="KABUPATEN", name="Majene", province="Sulawesi Barat", capital="Majene", code="7601",
         domain="majenekab.go.id", phone="(0422)", postal="91411",
         streets=["Jalan Gatot Subroto", "Jalan Jenderal Sudirman", "Jalan Rusman Dayat", "Jalan Ammana Wewang"],
         kec=[("Banggae", "BGE"), ("Banggae Timur", "BGT"), ("Pamboang", "PBG"), ("Sendana", "SDN"),
              ("Malunda", "MLD"), ("Tammerodo Sendana", "TMR")],
         kominfo="Dinas Komunikasi, Informatika, Statistik dan Persandian", kominfo_abbr="Diskominfo-SP"),
    dict(kind="KABUPATEN", name="Polewali Mandar", province="Sulawesi Barat", capital="Polewali", code="7602",
         domain="polewalimandarkab.go.id", phone="(0428)", postal="91311",
         streets=["Jalan Budi Utomo", "Jalan H. Andi Depu", "Jalan Manunggal", "Jalan Ahmad Yani"],
         kec=[("Polewali", "PLW"), ("Wonomulyo", "WNM"), ("Campalagian", "CPL"), ("Tinambung", "TNB"),
              ("Balanipa", "BLN"), ("Mapilli", "MPL"), ("Binuang", "BNG"), ("Matakali", "MTK")],
         kominfo="Dinas Komunikasi dan Informatika", kominfo_abbr="Diskominfo"),
    dict(kind="KABUPATEN", name="Mamasa", province="Sulawesi Barat", capital="Mamasa", code="7603",
         domain="mamasakab.go.id", phone="(0428)", postal="91362",
         streets=["Jalan Poros Mamasa", "Jalan Demmajannang", "Jalan Emy Saelan"],
         kec=[("Mamasa", "MMS"), ("Sumarorong", "SMR"), ("Messawa", "MSW"), ("Pana", "PNA"), ("Tabulahan", "TBL")],
         kominfo="Dinas Komunikasi, Informatika dan Persandian", kominfo_abbr="Diskominfo"),
    dict(kind="KABUPATEN", name="Pasangkayu", province="Sulawesi Barat", capital="Pasangkayu", code="7605",
         domain="pasangkayukab.go.id", phone="(0457)", postal="91571",
         streets=["Jalan Ir. Soekarno", "Jalan Trans Sulawesi", "Jalan Kartini"],
         kec=[("Pasangkayu", "PSK"), ("Bambalamotu", "BBM"), ("Sarudu", "SRD"), ("Baras", "BRS")],
         kominfo="Dinas Komunikasi, Informatika dan Persandian", kominfo_abbr="Diskominfo"),
    dict(kind="KABUPATEN", name="Mamuju Tengah", province="Sulawesi Barat", capital="Tobadak", code="7606",
         domain="mamujutengahkab.go.id", phone="(0426)", postal="91563",
         streets=["Jalan Poros Tobadak", "Jalan Trans Sulawesi", "Jalan Benteng Kayu Mangiwang"],
         kec=[("Tobadak", "TBD"), ("Topoyo", "TPY"), ("Budong-Budong", "BDG"), ("Karossa", "KRS"), ("Pangale", "PGL")],
         kominfo="Dinas Komunikasi dan Informatika", kominfo_abbr="Diskominfo"),
    dict(kind="KOTA", name="Makassar", province="Sulawesi Selatan", capital="Makassar", code="7371",
         domain="makassarkota.go.id", phone="(0411)", postal="90111",
         streets=["Jalan Jenderal Ahmad Yani", "Jalan A.P. Pettarani", "Jalan Urip Sumoharjo", "Jalan Balaikota"],
         kec=[("Tamalate", "TML"), ("Panakkukang", "PNK"), ("Rappocini", "RPC"), ("Biringkanaya", "BRK"),
              ("Ujung Pandang", "UPD"), ("Mariso", "MRS")],
         kominfo="Dinas Komunikasi dan Informatika", kominfo_abbr="Diskominfo"),
    dict(kind="KOTA", name="Parepare", province="Sulawesi Selatan", capital="Parepare", code="7372",
         domain="pareparekota.go.id", phone="(0421)", postal="91111",
         streets=["Jalan Jenderal Sudirman", "Jalan Veteran", "Jalan Bau Massepe"],
         kec=[("Bacukiki", "BCK"), ("Soreang", "SRG"), ("Ujung", "UJG"), ("Bacukiki Barat", "BCB")],
         kominfo="Dinas Komunikasi dan Informatika", kominfo_abbr="Diskominfo"),
    dict(kind="KOTA", name="Palu", province="Sulawesi Tengah", capital="Palu", code="7271",
         domain="palukota.go.id", phone="(0451)", postal="94111",
         streets=["Jalan Balai Kota Selatan", "Jalan Moh. Hatta", "Jalan Sam Ratulangi"],
         kec=[("Palu Barat", "PBR"), ("Palu Timur", "PTM"), ("Mantikulore", "MTK"), ("Tatanga", "TTG")],
         kominfo="Dinas Komunikasi, Informatika, Persandian dan Statistik", kominfo_abbr="Diskominfo"),
    dict(kind="KABUPATEN", name="Gowa", province="Sulawesi Selatan", capital="Sungguminasa", code="7306",
         domain="gowakab.go.id", phone="(0411)", postal="92111",
         streets=["Jalan Masjid Raya", "Jalan Sultan Hasanuddin", "Jalan Andi Mallombassang"],
         kec=[("Somba Opu", "SBO"), ("Pallangga", "PLG"), ("Bontonompo", "BTN"), ("Bajeng", "BJG"), ("Parangloe", "PRL")],
         kominfo="Dinas Komunikasi, Informatika, Statistik dan Persandian", kominfo_abbr="Diskominfo"),
    dict(kind="PROVINSI", name="Sulawesi Barat", province="Sulawesi Barat", capital="Mamuju", code="7604",
         domain="sulbarprov.go.id", phone="(0426)", postal="91512",
         streets=["Jalan Abdul Malik Pattana Endeng", "Jalan Martadinata"],
         kec=[],
         kominfo="Dinas Komunikasi, Informatika, Statistik dan Persandian", kominfo_abbr="Diskominfo-SP"),
]

# Offices (perangkat daerah). head: the title of the head of office; {kec} is filled for a kecamatan.
# jobs: positions typical of the office (added to GENERIC_JOBS).
OFFICES = [
    dict(kind="DINAS", name="Dinas Komunikasi, Informatika dan Persandian", abbr="Diskominfosandi", sub="diskominfo",
         code="000.5.2", kominfo=True,
         jobs=["Sandiman Ahli Muda", "Sandiman Ahli Pertama", "Pranata Hubungan Masyarakat Ahli Muda",
               "Kepala Bidang Persandian", "Kepala Bidang Aplikasi Informatika", "Pranata Komputer Ahli Muda"]),
    dict(kind="BADAN", name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", abbr="BKPSDM", sub="bkpsdm",
         code="800.1.4", jobs=["Analis Kepegawaian Ahli Muda", "Analis Kepegawaian Ahli Pertama",
                               "Kepala Bidang Mutasi dan Promosi", "Analis Sumber Daya Manusia Aparatur Ahli Muda"]),
    dict(kind="DINAS", name="Dinas Pendidikan dan Kebudayaan", abbr="Disdikbud", sub="disdikbud", code="800.1.6",
         jobs=["Guru Ahli Pertama", "Guru Ahli Muda", "Pengawas Sekolah Ahli Madya", "Kepala Bidang Pembinaan SD",
               "Pamong Belajar Ahli Pertama"],
         subunits=["SD Negeri {n} {cap}", "SMP Negeri {n} {cap}", "UPTD SPF SD Negeri {n} {cap}"]),
    dict(kind="DINAS", name="Dinas Kesehatan", abbr="Dinkes", sub="dinkes", code="440",
         jobs=["Perawat Ahli Pertama", "Bidan Terampil", "Apoteker Ahli Pertama", "Kepala Puskesmas",
               "Epidemiolog Kesehatan Ahli Muda", "Administrator Kesehatan Ahli Pertama"],
         subunits=["UPTD Puskesmas {kec}", "UPTD Puskesmas {cap}", "UPTD Instalasi Farmasi"]),
    dict(kind="BADAN", name="Badan Pengelolaan Keuangan dan Aset Daerah", abbr="BPKAD", sub="bpkad", code="900.1",
         jobs=["Kepala Bidang Perbendaharaan", "Analis Keuangan Pusat dan Daerah Ahli Muda",
               "Pengelola Barang Milik Daerah", "Verifikator Keuangan"]),
    dict(kind="BADAN", name="Badan Perencanaan Pembangunan Daerah", abbr="Bappeda", sub="bappeda", code="000.8",
         jobs=["Perencana Ahli Muda", "Perencana Ahli Pertama", "Kepala Bidang Perencanaan Infrastruktur"]),
    dict(kind="DINAS", name="Dinas Kependudukan dan Pencatatan Sipil", abbr="Disdukcapil", sub="disdukcapil",
         code="400.12", jobs=["Administrator Database Kependudukan Ahli Pertama", "Kepala Bidang Pelayanan Pendaftaran Penduduk",
                              "Pengadministrasi Registrasi Kependudukan"]),
    dict(kind="DINAS", name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", abbr="DPMPTSP", sub="dpmptsp",
         code="500.16", jobs=["Penata Perizinan Ahli Pertama", "Kepala Bidang Pelayanan Perizinan", "Analis Perizinan"]),
    dict(kind="BADAN", name="Badan Pendapatan Daerah", abbr="Bapenda", sub="bapenda", code="900.1.13",
         jobs=["Kepala Bidang Pajak Daerah", "Penilai Pajak Bumi dan Bangunan", "Pengolah Data Pendapatan"]),
    dict(kind="DINAS", name="Dinas Pekerjaan Umum dan Penataan Ruang", abbr="DPUPR", sub="pupr", code="600",
         jobs=["Teknik Jalan dan Jembatan Ahli Pertama", "Penata Ruang Ahli Muda", "Kepala Bidang Bina Marga"]),
    dict(kind="DINAS", name="Dinas Sosial", abbr="Dinsos", sub="dinsos", code="400.9",
         jobs=["Pekerja Sosial Ahli Pertama", "Penyuluh Sosial Ahli Muda", "Kepala Bidang Rehabilitasi Sosial"]),
    dict(kind="SETDA", name="Sekretariat Daerah", abbr="Setda", sub="setda", code="800.1.11.1",
         head="Sekretaris Daerah",
         jobs=["Kepala Bagian Organisasi", "Analis Hukum Ahli Pertama", "Kepala Bagian Umum",
               "Perancang Peraturan Perundang-undangan Ahli Muda", "Kepala Bagian Pengadaan Barang dan Jasa"]),
    dict(kind="INSPEKTORAT", name="Inspektorat Daerah", abbr="Inspektorat", sub="inspektorat", code="700.1",
         head="Inspektur", jobs=["Auditor Ahli Pertama", "Auditor Ahli Muda",
                                  "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda"]),
    dict(kind="RSUD", name="Rumah Sakit Umum Daerah", abbr="RSUD", sub="rsud", code="445",
         head="Direktur", jobs=["Dokter Ahli Pertama", "Perawat Ahli Muda", "Kepala Bagian Tata Usaha",
                                "Perekam Medis Terampil"]),
    dict(kind="KECAMATAN", name="Kecamatan {kec}", abbr="KEC-{ka}", sub="kec{kl}", code="487",
         head="Camat {kec}", jobs=["Sekretaris Camat", "Kepala Seksi Pemerintahan", "Kepala Seksi Pelayanan Umum",
                                   "Lurah {kel}", "Pengadministrasi Pemerintahan"]),
    dict(kind="BADAN", name="Badan Penanggulangan Bencana Daerah", abbr="BPBD", sub="bpbd", code="360",
         head="Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
         jobs=["Analis Bencana Ahli Pertama", "Kepala Seksi Kedaruratan dan Logistik"]),
]

KELURAHAN = ["Binanga", "Karema", "Rimuku", "Mamunyu", "Simboro", "Bebanga", "Sinyonyoi", "Labuang",
             "Pangali-Ali", "Lembang", "Ujung Bulu", "Tamalanrea"]

GENERIC_JOBS = ["Pranata Komputer Ahli Pertama", "Pranata Komputer Terampil", "Kepala Subbagian Umum dan Kepegawaian",
                "Kepala Subbagian Keuangan", "Bendahara Pengeluaran", "Sekretaris", "Arsiparis Ahli Pertama",
                "Pengadministrasi Perkantoran", "Penata Layanan Operasional", "Pengolah Data dan Informasi",
                "Pengelola Keuangan", "Analis Kebijakan Ahli Muda", "Kepala Subbagian Perencanaan"]

# Pangkat (rank) and golongan.
RANKS_HEAD = [("Pembina Utama Madya", "IV/d"), ("Pembina Utama Muda", "IV/c"), ("Pembina Tingkat I", "IV/b"),
              ("Pembina", "IV/a")]
RANKS_CAMAT = [("Pembina", "IV/a"), ("Penata Tingkat I", "III/d"), ("Pembina Tingkat I", "IV/b")]
RANKS_STAFF = [("Penata Muda", "III/a"), ("Penata Muda Tingkat I", "III/b"), ("Penata", "III/c"),
               ("Penata Tingkat I", "III/d"), ("Pengatur", "II/c")]
RANK_SHORT = {"Pembina Tingkat I": ["Pembina Tk. I", "Pembina Tingkat I"],
              "Penata Tingkat I": ["Penata Tk. I", "Penata Tingkat I"],
              "Penata Muda Tingkat I": ["Penata Muda Tk. I", "Penata Muda Tingkat I"]}

# ---------------------------------------------------------------- names
# Each group: male given names, female given names, second names / surnames, religion.
NAME_GROUPS = {
    "bugis": dict(
        religion="islam",
        male=["Muhammad Rizal", "Syamsul Bahri", "Hasanuddin", "Baharuddin", "Kaharuddin", "Haeruddin", "Sudirman",
              "Ridwan", "Arifin", "Hamzah", "Irwan", "Rahmat", "Syahrir", "Jamaluddin", "Asdar", "Awaluddin",
              "Firman", "Ilham", "Akbar", "Fadli", "Zulkifli", "Nasrullah", "Muhlis", "Amiruddin", "Taufik",
              "Yusuf", "Syarifuddin", "Burhanuddin", "Mustari", "Darwis", "Abdul Rahman", "Ahmad Syarif",
              "Andi Muhammad Arsyad", "Andi Ilham", "Muh. Aswar", "Abd. Rahman", "Sahabuddin", "Nurdin"],
        female=["Sitti Aminah", "Nurhaliza", "Hasnah", "Nurhayati", "Darmawati", "Rosmiati", "Jumriani", "Fitriani",
                "Asriani", "Nurlina", "Marwah", "Hasniah", "Sahria", "Hardianti", "Rahmawati", "Suriani",
                "Kasmawati", "Nurjannah", "Harlina", "Mardiana", "Andi Besse Tenri", "Irmawati", "Sukmawati",
                "Wahidah", "Syamsiah", "Nur Afni", "Ulfa Rahmi", "Andi Nurul Fadhilah", "St. Hajrah"],
        second=["Syam", "Rahman", "Hamid", "Arsyad", "Tahir", "Said", "Latif", "Mansur", "Basri", "Kadir",
                "Amir", "Ramli", "Hasyim", "Makmur", "Saleh", "Jufri", "Nasir", "Djalil", "Anwar", "Halim"]),
    "mandar": dict(
        religion="islam",
        male=["Muhammad Idris", "Ahmad Taufiq", "Yahya", "Abd. Waris", "Sukri", "Hamsah", "Usman", "Ismail",
              "Muhammad Yasir", "Andi Mappaseling", "Ilyas", "Ridwan Alimuddin", "Muh. Ichwan", "Hatta"],
        female=["Hasmawati", "Nurmiati", "Sitti Rahmah", "Hadijah", "Rusnawati", "Andi Ruskiah", "Nurbaya",
                "Masita", "Salmawati", "Hariani"],
        second=["Pattola", "Mandar", "Idham", "Kamaruddin", "Pawelloi", "Djafar", "Sahabuddin", "Tammalele"]),
    "toraja": dict(
        religion="kristen",
        male=["Yohanis", "Daniel", "Markus", "Yulianus", "Paulus", "Samuel", "Yakobus", "Petrus", "Simon",
              "Ferdinan", "Demianus", "Yosef", "Thomas", "Lukas", "Frans"],
        female=["Ester", "Maria", "Lidya", "Agustina", "Yohana", "Debora", "Ribka", "Magdalena", "Kristina",
                "Marthina", "Yuliana", "Meilani"],
        second=["Palimbong", "Tandiarrang", "Pasande", "Rante", "Pongsapan", "Sampe", "Bua", "Lembang",
                "Tangdilintin", "Bonggalangi", "Tandirerung", "Sambira", "Parura", "Kamasi", "Pakiding"]),
    "jawa": dict(
        religion="islam",
        male=["Budi Santoso", "Agus Prasetyo", "Eko Susilo", "Bambang Triyono", "Joko Purnomo", "Wahyu Hidayat",
              "Slamet Riyadi", "Teguh Wibowo", "Hadi Susanto", "Sugeng Raharjo", "Dedi Kurniawan", "Arief Setiawan"],
        female=["Sri Wahyuni", "Dwi Lestari", "Endang Suryani", "Retno Wulandari", "Siti Aminah", "Tri Handayani",
                "Rina Kusumawati", "Endah Puspitasari", "Sri Mulyani", "Yuni Astuti"],
        second=[]),
    "minahasa": dict(
        religion="kristen",
        male=["Jeffry Rumondor", "Ronald Sumampouw", "Stevi Mandagi", "Hendrik Lumentut", "Max Rondonuwu"],
        female=["Novita Tumbelaka", "Meyti Lumentut", "Grace Wowor", "Vivi Runtuwene"],
        second=[]),
    "bali": dict(
        religion="hindu",
        male=["I Made Suarta", "I Ketut Wirawan", "I Nyoman Sudarsana", "I Gede Arsana", "I Wayan Sukadana"],
        female=["Ni Luh Putu Ariani", "Ni Made Sukerti", "Ni Ketut Sriasih", "Ni Wayan Sudiani"],
        second=[]),
}
NAME_GROUP_WEIGHTS = [("bugis", 40), ("mandar", 22), ("toraja", 14), ("jawa", 14), ("minahasa", 5), ("bali", 5)]

# Degrees (back titles); (title, typical for heads)
DEGREES_S1 = ["S.Kom.", "S.E.", "S.H.", "S.Sos.", "S.Pd.", "S.T.", "S.IP.", "S.Ak.", "S.Kep.", "S.K.M.", "S.Psi.",
              "S.Stat.", "S.A.P.", "S.Pd.I."]
DEGREES_D3 = ["A.Md.", "A.Md.Kom.", "A.Md.Kep.", "A.Md.Keb."]
DEGREES_S2 = ["M.Si.", "M.M.", "M.Pd.", "M.Kes.", "M.T.", "M.H.", "M.A.P.", "M.Kom.", "M.E."]

# ---------------------------------------------------------------- reasons
# code -> list of (long clause, short label). {subj} "yang bersangkutan"/"saya", {poss} possessive,
# {dest} destination office. The long clause follows "dikarenakan" / "karena" / "sehubungan dengan".
REASONS = {
    "affiliationChanged": [
        ("{subj} telah mutasi ke {dest}", "Mutasi"),
        ("{subj} pindah tugas ke {dest}", "Pindah tugas"),
        ("{subj} telah pindah instansi ke {dest}", "Pindah instansi"),
        ("adanya rotasi jabatan sehingga {subj} dipindahkan ke {dest}", "Rotasi jabatan"),
        ("adanya perubahan jabatan {poss}", "Perubahan jabatan"),
        ("{subj} tidak lagi menjabat pada jabatan tersebut", "Tidak lagi menjabat"),
    ],
    "keyCompromise": [
        ("kunci privat sertifikat elektronik {poss} hilang", "Kunci privat hilang"),
        ("perangkat (laptop) yang menyimpan sertifikat elektronik {poss} hilang", "Perangkat hilang"),
        ("akun sertifikat elektronik {poss} disalahgunakan oleh pihak lain", "Akun disalahgunakan"),
        ("passphrase sertifikat elektronik {poss} telah diketahui pihak lain", "Passphrase diketahui pihak lain"),
        ("kunci privat {poss} diduga bocor", "Kunci privat bocor"),
    ],
    "superseded": [
        ("{subj} lupa passphrase", "Lupa passphrase"),
        ("adanya perubahan data nama {poss}", "Perubahan data nama"),
        ("adanya perubahan NIK {poss}", "Perubahan NIK"),
        ("adanya perubahan alamat email {poss}", "Perubahan email"),
        ("adanya penambahan gelar akademik {poss}", "Perubahan gelar"),
        ("diperlukan penerbitan ulang sertifikat elektronik {poss}", "Penerbitan ulang"),
    ],
    "cessationOfOperation": [
        ("{subj} telah memasuki masa pensiun", "Pensiun"),
        ("{subj} telah pensiun", "Pensiun"),
        ("{subj} telah meninggal dunia", "Meninggal dunia"),
        ("{subj} telah diberhentikan dengan hormat sebagai Pegawai Negeri Sipil", "Diberhentikan"),
        ("{subj} berhenti atas permintaan sendiri", "Berhenti"),
    ],
    "unspecified": [
        ("permintaan {subj}", "Permintaan sendiri"),
        ("alasan pribadi {poss}", "Alasan pribadi"),
    ],
}
# Reasons that the holder cannot write about himself.
NOT_PERSONAL = ("meninggal", "diberhentikan")
REASON_WEIGHTS = [("affiliationChanged", 30), ("superseded", 25), ("keyCompromise", 15),
                  ("cessationOfOperation", 18), ("unspecified", 5), (None, 7)]

SUBJECTS_REQUEST = ["Permohonan Pencabutan Sertifikat Elektronik",
                    "Permohonan Pencabutan Sertifikat Elektronik",
                    "Permohonan Pencabutan Sertifikat Elektronik (TTE)",
                    "Pencabutan Sertifikat Elektronik",
                    "Permohonan Revoke Sertifikat Elektronik",
                    "Permohonan Pencabutan Sertifikat Elektronik BSrE"]
SUBJECTS_RECOMMENDATION = ["Rekomendasi Pencabutan Sertifikat Elektronik",
                           "Surat Rekomendasi Permohonan Pencabutan Sertifikat Elektronik",
                           "Rekomendasi Permohonan Pencabutan Sertifikat Elektronik",
                           "Rekomendasi Pencabutan Sertifikat Elektronik (BSrE)"]

SIFAT = ["Biasa", "Biasa", "Penting", "Segera"]
LAMPIRAN = ["-", "-", "1 (satu) berkas", "1 (satu) lembar", "1 (satu) rangkap"]

NON_HEAD_POSITIONS = ["Staf Pelaksana", "Analis Kepegawaian Ahli Pertama", "Pengadministrasi Umum",
                      "Pranata Komputer Terampil"]
