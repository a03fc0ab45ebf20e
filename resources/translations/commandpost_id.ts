<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AreaPage</name>
    <message>
        <source>Area of the operation</source>
        <translation>Wilayah operasi</translation>
    </message>
    <message>
        <source>The file gets the province&apos;s kabupaten/kota, kecamatan and desa/kelurahan (Kemendagri codes); the TPS come from the TPS list afterwards.</source>
        <translation>Berkas diisi kabupaten/kota, kecamatan dan desa/kelurahan provinsi itu (kode Kemendagri); TPS menyusul dari daftar TPS.</translation>
    </message>
    <message>
        <source>Type to find a province, e.g. banten</source>
        <translation>Ketik untuk mencari provinsi, mis. banten</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <source>The whole country (%1 provinces)</source>
        <translation>Seluruh Indonesia (%1 provinsi)</translation>
    </message>
</context>
<context>
    <name>AreaTree</name>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Covered now by</source>
        <translation>Kini dicakup oleh</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>tanpa satuan</translation>
    </message>
    <message>
        <source>twice: %1</source>
        <translation>ganda: %1</translation>
    </message>
    <message>
        <source>%1 kecamatan without a unit</source>
        <translation>%1 kecamatan tanpa satuan</translation>
    </message>
    <message>
        <source>%1 covered twice</source>
        <translation>%1 dicakup ganda</translation>
    </message>
    <message>
        <source>part: %1</source>
        <translation>sebagian: %1</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>LATE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message>
        <source>BKO</source>
        <translation>BKO</translation>
    </message>
    <message>
        <source>RES</source>
        <translation>CAD</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>IST</translation>
    </message>
    <message>
        <source>LEAVE</source>
        <translation>CUTI</translation>
    </message>
    <message>
        <source>SICK</source>
        <translation>SAKIT</translation>
    </message>
    <message>
        <source>On a post</source>
        <translation>Di pos</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Siaga (belum ditempatkan)</translation>
    </message>
    <message>
        <source>BKO, not yet posted</source>
        <translation>BKO, belum ditempatkan</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>On leave or sick</source>
        <translation>Cuti atau sakit</translation>
    </message>
    <message>
        <source>BKO to %1 (home unit %2)</source>
        <translation>BKO ke %1 (satuan asal %2)</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>kurang %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>lebih %1</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>required %1 · assigned %2 · %3</source>
        <translation>wajib %1 · ada %2 · %3</translation>
    </message>
    <message>
        <source>checked out %1 ago</source>
        <translation>keluar %1 lalu</translation>
    </message>
    <message>
        <source>checked in %1 ago</source>
        <translation>masuk %1 lalu</translation>
    </message>
    <message>
        <source>LATE: not checked in</source>
        <translation>TERLAMBAT: belum lapor masuk</translation>
    </message>
    <message>
        <source>not checked in yet</source>
        <translation>belum lapor masuk</translation>
    </message>
    <message>
        <source>last check-in %1 ago</source>
        <translation>terakhir masuk %1 lalu</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
</context>
<context>
    <name>BoardFeature</name>
    <message>
        <source>Personnel &amp;board</source>
        <translation>Papan perso&amp;nel</translation>
    </message>
    <message>
        <source>Who is where, now: lanes by state, posts with their gap, shifts, check-in</source>
        <translation>Siapa di mana, saat ini: lajur menurut status, pos dengan kekurangannya, sif, lapor masuk</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>&amp;Shift:</source>
        <translation>&amp;Sif:</translation>
    </message>
    <message>
        <source>S&amp;hifts…</source>
        <translation>Atur si&amp;f…</translation>
    </message>
    <message>
        <source>&amp;Copy to next shift</source>
        <translation>Sa&amp;lin ke sif berikut</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;kspor daftar…</translation>
    </message>
    <message>
        <source>Find NRP or name (Ctrl+F)</source>
        <translation>Cari NRP atau nama (Ctrl+F)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua satuan</translation>
    </message>
    <message>
        <source>All ranks</source>
        <translation>Semua pangkat</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Late to check in</source>
        <translation>Terlambat lapor masuk</translation>
    </message>
    <message>
        <source>Post or village</source>
        <translation>Pos atau desa</translation>
    </message>
    <message>
        <source>Only posts sh&amp;ort of people</source>
        <translation>Hanya pos yang k&amp;urang</translation>
    </message>
    <message>
        <source>&amp;Assign to a post…</source>
        <translation>&amp;Tempatkan ke pos…</translation>
    </message>
    <message>
        <source>Make available</source>
        <translation>Jadikan siaga</translation>
    </message>
    <message>
        <source>To the reserve</source>
        <translation>Jadikan cadangan</translation>
    </message>
    <message>
        <source>To rest</source>
        <translation>Istirahatkan</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Cuti</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>Check &amp;in now</source>
        <translation>Lapor &amp;masuk sekarang</translation>
    </message>
    <message>
        <source>Check &amp;out now</source>
        <translation>Lapor &amp;keluar sekarang</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Nothing here fits the search and filters.</source>
        <translation>Tidak ada yang cocok dengan pencarian dan saringan.</translation>
    </message>
    <message>
        <source>Nobody off a post.</source>
        <translation>Semua personel sudah di pos.</translation>
    </message>
    <message>
        <source>No posts yet: import a PAM TPS list, or assign with Ctrl+T.</source>
        <translation>Belum ada pos: impor daftar PAM TPS, atau tempatkan dengan Ctrl+T.</translation>
    </message>
    <message>
        <source>Personnel board · %1</source>
        <translation>Papan personel · %1</translation>
    </message>
    <message>
        <source>%1 people · %2 on a post · %3 posts · %4 short</source>
        <translation>%1 orang · %2 di pos · %3 pos · kurang %4</translation>
    </message>
    <message>
        <source>Operation plan (no shift)</source>
        <translation>Rencana operasi (tanpa sif)</translation>
    </message>
    <message>
        <source>%1 late (not checked in 30 minutes after the shift started)</source>
        <translation>%1 terlambat (belum lapor masuk 30 menit setelah sif mulai)</translation>
    </message>
    <message>
        <source>Relief due: %1 at %2 (in %3)</source>
        <translation>Pergantian sif: %1 pukul %2 (%3 lagi)</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>The operation&apos;s plan: choose a shift for check-in and relief.</source>
        <translation>Rencana operasi: pilih sif untuk lapor masuk dan pergantian.</translation>
    </message>
    <message>
        <source>There is no next shift: add one with Shifts…</source>
        <translation>Tidak ada sif berikutnya: tambahkan lewat Atur sif…</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Tidak disalin: %1</translation>
    </message>
    <message>
        <source>Nothing copied to %1.</source>
        <translation>Tidak ada yang disalin ke %1.</translation>
    </message>
    <message>
        <source>%1 posts copied to %2</source>
        <translation>%1 penugasan disalin ke %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>%1 already posted</source>
        <translation>%1 sudah di pos</translation>
    </message>
    <message>
        <source>%1 off the roster</source>
        <translation>%1 tidak lagi dalam daftar</translation>
    </message>
    <message>
        <source>%1 on leave</source>
        <translation>%1 cuti</translation>
    </message>
    <message>
        <source>%1 sick</source>
        <translation>%1 sakit</translation>
    </message>
    <message>
        <source>(skipped: %1)</source>
        <translation>(dilewati: %1)</translation>
    </message>
    <message>
        <source>Select one or more people first.</source>
        <translation>Pilih satu orang atau lebih dahulu.</translation>
    </message>
    <message>
        <source>Not saved for %1: resting.</source>
        <translation>Tidak disimpan untuk %1: sedang istirahat.</translation>
    </message>
    <message>
        <source>%1 assigned to %2</source>
        <translation>%1 ditempatkan di %2</translation>
    </message>
    <message>
        <source>(%1 placed BKO)</source>
        <translation>(%1 di-BKO-kan)</translation>
    </message>
    <message>
        <source>BKO is set by choosing the unit: use Personnel and assignments (Ctrl+Shift+N), or drop the person on a post outside their unit.</source>
        <translation>BKO ditetapkan dengan memilih satuannya: gunakan Personel dan penugasan (Ctrl+Shift+N), atau letakkan orangnya di pos di luar satuannya.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ke %2</translation>
    </message>
    <message>
        <source>%1 checked in</source>
        <translation>%1 lapor masuk</translation>
    </message>
    <message>
        <source>%1 checked out</source>
        <translation>%1 lapor keluar</translation>
    </message>
    <message>
        <source>Some of the people are already on another post in this shift (%1 on %2). End those posts and assign them to %3?</source>
        <translation>Sebagian dari mereka sudah di pos lain pada sif ini (%1 di %2). Akhiri pos itu dan tempatkan mereka di %3?</translation>
    </message>
    <message>
        <source>%1 is already on %2 in this shift. End that and assign them to %3?</source>
        <translation>%1 sudah di %2 pada sif ini. Akhiri itu dan tempatkan di %3?</translation>
    </message>
    <message>
        <source>Replace post</source>
        <translation>Ganti pos</translation>
    </message>
    <message>
        <source>%1 is outside the unit&apos;s jurisdiction: %2 answers for %3. Place %1 BKO to %2 and assign them there?</source>
        <translation>%1 di luar wilayah hukum satuannya: %2 yang bertanggung jawab atas %3. BKO-kan %1 ke %2 dan tempatkan di sana?</translation>
    </message>
    <message>
        <source>Place BKO</source>
        <translation>BKO-kan</translation>
    </message>
    <message>
        <source>%1 is resting. End the rest and assign them to %2?</source>
        <translation>%1 sedang istirahat. Akhiri istirahatnya dan tempatkan di %2?</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>On leave or sick</source>
        <translation>Cuti atau sakit</translation>
    </message>
    <message>
        <source>Is the person on leave or sick? Their posts end.</source>
        <translation>Apakah personel ini cuti atau sakit? Penugasannya berakhir.</translation>
    </message>
    <message>
        <source>On &amp;leave</source>
        <translation>&amp;Cuti</translation>
    </message>
    <message>
        <source>&amp;Sick</source>
        <translation>&amp;Sakit</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Not saved for %1: %2</source>
        <translation>Tidak disimpan untuk %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Class: %1 → %2</source>
        <translation>Kelas: %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>TPS code</source>
        <translation>Kode TPS</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>ClassLegend</name>
    <message>
        <source>TPS class:</source>
        <translation>Kelas TPS:</translation>
    </message>
    <message>
        <source>A region&apos;s box shows the worst class among the TPS below it; the boxes keep their patterns on black-and-white printouts.</source>
        <translation>Kotak pada wilayah menunjukkan kelas terburuk di antara TPS di bawahnya; pola kotak tetap terbaca pada cetakan hitam-putih.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date, for example 27/11/2024 or 27 Nov 2024.</source>
        <translation>Ketik tanggal, misalnya 27/11/2024 atau 27 Nov 2024.</translation>
    </message>
    <message>
        <source>There is no such day as “%1”.</source>
        <translation>Tidak ada tanggal “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 27/11/2024, 27 Nov 2024 or 2024-11-27.</source>
        <translation>“%1” bukan tanggal. Ketik seperti 27/11/2024, 27 Nov 2024, atau 2024-11-27.</translation>
    </message>
    <message>
        <source>%1 is outside the dates allowed here (%2 to %3).</source>
        <translation>%1 di luar rentang tanggal yang boleh di sini (%2 s.d. %3).</translation>
    </message>
    <message>
        <source>Calendar (F4)</source>
        <translation>Kalender (F4)</translation>
    </message>
    <message>
        <source>27/11/2024</source>
        <translation>27/11/2024</translation>
    </message>
    <message>
        <source>Type a date: 27/11/2024, 27 Nov 2024 or 2024-11-27.</source>
        <translation>Ketik tanggal: 27/11/2024, 27 Nov 2024, atau 2024-11-27.</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Voting day and stages</source>
        <translation>Hari pemungutan suara dan tahapan</translation>
    </message>
    <message>
        <source>The stage schedule (tahapan) comes from a template; change it later in the Stages panel.</source>
        <translation>Jadwal tahapan diambil dari templat; ubah nanti di panel Tahapan.</translation>
    </message>
    <message>
        <source>No stages (add them later)</source>
        <translation>Tanpa tahapan (tambahkan nanti)</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Tahapan:</translation>
    </message>
    <message>
        <source>&amp;Voting day:</source>
        <translation>&amp;Hari pemungutan suara:</translation>
    </message>
    <message>
        <source>The template&apos;s stages keep their own dates (voting day %1); move them in the Stages panel after the file is made.</source>
        <translation>Tahapan templat tetap memakai tanggalnya sendiri (hari pemungutan suara %1); geser di panel Tahapan setelah berkas dibuat.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>This database holds no regions yet</source>
        <translation>Basis data ini belum berisi wilayah</translation>
    </message>
    <message>
        <source>Start an operation with &lt;a href=&apos;new-operation&apos;&gt;New operation…&lt;/a&gt; (Ctrl+N): it makes a database with the regions, stages and units of your area, then takes the TPS list. Or &lt;a href=&apos;open-database&apos;&gt;open another database&lt;/a&gt; (Ctrl+O).</source>
        <translation>Mulai operasi dengan &lt;a href=&apos;new-operation&apos;&gt;Operasi baru…&lt;/a&gt; (Ctrl+N): membuat basis data berisi wilayah, tahapan dan satuan daerah Anda, lalu mengimpor daftar TPS. Atau &lt;a href=&apos;open-database&apos;&gt;buka basis data lain&lt;/a&gt; (Ctrl+O).</translation>
    </message>
    <message>
        <source>No region selected</source>
        <translation>Belum ada wilayah yang dipilih</translation>
    </message>
    <message>
        <source>Choose a region in the tree on the left, or find one with Ctrl+F.</source>
        <translation>Pilih wilayah pada pohon di sebelah kiri, atau cari dengan Ctrl+F.</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 pemilih</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>belum ada yang dicatat</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 terbuka</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>tidak ada yang terbuka</translation>
    </message>
    <message>
        <source>Threats recorded for this region itself</source>
        <translation>Ancaman yang dicatat untuk wilayah ini sendiri</translation>
    </message>
    <message>
        <source>Why this class</source>
        <translation>Mengapa kelas ini</translation>
    </message>
    <message>
        <source>No indicator or threat recorded. Use Update vulnerability (Ctrl+E).</source>
        <translation>Belum ada indikator atau ancaman yang dicatat. Gunakan Perbarui kerawanan (Ctrl+E).</translation>
    </message>
    <message>
        <source>▸ counted by the class rule</source>
        <translation>▸ dihitung oleh aturan kelas</translation>
    </message>
    <message>
        <source>The class rule cannot be read: %1</source>
        <translation>Aturan kelas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>no rule holds</source>
        <translation>tidak ada aturan yang terpenuhi</translation>
    </message>
    <message>
        <source>Suggested by the class rule: %1 (%2)</source>
        <translation>Saran menurut aturan kelas: %1 (%2)</translation>
    </message>
    <message>
        <source>The current class (%1) is lower than suggested: check it.</source>
        <translation>Kelas sekarang (%1) lebih rendah dari saran: periksa kembali.</translation>
    </message>
    <message>
        <source>The operation&apos;s class rule suggests a class from the indicators and threats recorded at this TPS. It is only a suggestion: the class changes only when an officer changes it.</source>
        <translation>Aturan kelas operasi menyarankan kelas dari indikator dan ancaman yang tercatat di TPS ini. Ini hanya saran: kelas berubah hanya bila petugas mengubahnya.</translation>
    </message>
    <message>
        <source>%1 TPS with a class lower than suggested</source>
        <translation>%1 TPS dengan kelas di bawah saran</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>no TPS here yet</source>
        <translation>belum ada TPS di sini</translation>
    </message>
    <message>
        <source>%1 assigned of %2 required (%3); Linmas required: %4</source>
        <translation>%1 ditugaskan dari kebutuhan %2 (%3); kebutuhan Linmas: %4</translation>
    </message>
    <message>
        <source>– (top level)</source>
        <translation>– (tingkat teratas)</translation>
    </message>
    <message>
        <source>regencies and cities</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <source>districts (kecamatan)</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>villages (desa/kelurahan)</source>
        <translation>desa/kelurahan</translation>
    </message>
    <message>
        <source>polling stations (TPS)</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Induk:</translation>
    </message>
    <message>
        <source>TPS number:</source>
        <translation>Nomor TPS:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Regions below:</source>
        <translation>Jumlah wilayah di bawahnya:</translation>
    </message>
    <message>
        <source>Polling stations (TPS):</source>
        <translation>Jumlah TPS:</translation>
    </message>
    <message>
        <source>Voters (DPT):</source>
        <translation>DPT (pemilih):</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Wilayah hukum:</translation>
    </message>
    <message>
        <source>TPS class:</source>
        <translation>Kelas TPS:</translation>
    </message>
    <message>
        <source>TPS by class:</source>
        <translation>TPS per kelas:</translation>
    </message>
    <message>
        <source>Below suggestion:</source>
        <translation>Di bawah saran:</translation>
    </message>
    <message>
        <source>Worst threat:</source>
        <translation>Ancaman terburuk:</translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation>Kejadian:</translation>
    </message>
    <message>
        <source>Police:</source>
        <translation>Personel Polri:</translation>
    </message>
    <message>
        <source>Demo data: TPS counts, voters (DPT) and TPS addresses are synthetic.</source>
        <translation>Data demo: jumlah TPS, DPT dan alamat adalah sintetis.</translation>
    </message>
</context>
<context>
    <name>DialogKeys</name>
    <message>
        <source>Discard what you entered and have not saved?</source>
        <translation>Buang isian yang belum disimpan?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke isian</translation>
    </message>
</context>
<context>
    <name>DutyFeature</name>
    <message>
        <source>Officer: nobody on duty</source>
        <translation>Petugas: belum ada</translation>
    </message>
    <message>
        <source>No officer on duty is recorded: Settings › Officer on duty</source>
        <translation>Belum ada petugas jaga yang dicatat: Pengaturan › Petugas jaga</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Petugas: %1</translation>
    </message>
    <message>
        <source>%1
%2, on duty since %3</source>
        <translation>%1
%2, bertugas sejak %3</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Waktu: %1</translation>
    </message>
    <message>
        <source>Times in this window are the post&apos;s: %1 (UTC+%2)</source>
        <translation>Waktu di jendela ini adalah waktu posko: %1 (UTC+%2)</translation>
    </message>
    <message>
        <source>Handed over: %1 is on duty</source>
        <translation>Serah terima: %1 bertugas</translation>
    </message>
    <message>
        <source>&amp;Handover of duty…</source>
        <translation>&amp;Serah terima tugas…</translation>
    </message>
    <message>
        <source>Another officer takes over duty at this post (serah terima tugas)</source>
        <translation>Petugas lain mengambil alih tugas di posko ini (serah terima tugas)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the assignment list</source>
        <translation>Ekspor daftar penugasan</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Daftar:</translation>
    </message>
    <message>
        <source>&amp;File (.xlsx or .csv):</source>
        <translation>&amp;Berkas (.xlsx atau .csv):</translation>
    </message>
    <message>
        <source>Include &amp;phone numbers (personal details)</source>
        <translation>Sertakan nomor &amp;telepon (data pribadi)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file must end in .xlsx or .csv.</source>
        <translation>Nama berkas harus berakhiran .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%2 assignments exported to %1</source>
        <translation>%2 penugasan diekspor ke %1</translation>
    </message>
    <message>
        <source>%1 already exists. Write over it?</source>
        <translation>%1 sudah ada. Timpa?</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>foldernya tidak ada</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>tidak ada izin menulis di sana</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk hanya bisa dibaca</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Where to save the file</source>
        <translation>Tempat menyimpan berkas</translation>
    </message>
    <message>
        <source>Check the summary, then Create: the file opens in the window when ready.</source>
        <translation>Periksa ringkasan, lalu tekan Buat: berkas terbuka di jendela setelah selesai.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;rkas:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>Loading the regions…</source>
        <translation>Memuat wilayah…</translation>
    </message>
    <message>
        <source>Loading the units…</source>
        <translation>Memuat satuan…</translation>
    </message>
    <message>
        <source>Making the file…</source>
        <translation>Membuat berkas…</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation>seluruh Indonesia</translation>
    </message>
    <message>
        <source>none (add them later)</source>
        <translation>tidak ada (tambahkan nanti)</translation>
    </message>
    <message>
        <source>%1 Polres (%2), %3 Polsek</source>
        <translation>%1 Polres (%2), %3 Polsek</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operasi:</translation>
    </message>
    <message>
        <source>Voting day:</source>
        <translation>Hari pemungutan suara:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Tahapan:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Wilayah:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Posko:</translation>
    </message>
    <message>
        <source>Officer on duty:</source>
        <translation>Petugas jaga:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Satuan:</translation>
    </message>
    <message>
        <source>Save the new database as</source>
        <translation>Simpan basis data baru sebagai</translation>
    </message>
    <message>
        <source>CommandPost databases (*.sqlite)</source>
        <translation>Basis data CommandPost (*.sqlite)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>This file is the database open in the window. Choose another name.</source>
        <translation>Berkas ini adalah basis data yang sedang terbuka di jendela. Pilih nama lain.</translation>
    </message>
    <message>
        <source>CommandPost — the file exists</source>
        <translation>CommandPost — berkas sudah ada</translation>
    </message>
    <message>
        <source>This file exists already:
%1</source>
        <translation>Berkas ini sudah ada:
%1</translation>
    </message>
    <message>
        <source>Put the new operation&apos;s database in its place? The old file is kept beside it as %1.</source>
        <translation>Ganti dengan basis data operasi baru? Berkas lama disimpan di sebelahnya sebagai %1.</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <source>Making the operation&apos;s database…</source>
        <translation>Membuat basis data operasi…</translation>
    </message>
    <message>
        <source>No file was made.</source>
        <translation>Tidak ada berkas yang dibuat.</translation>
    </message>
    <message>
        <source>CommandPost — operation not made</source>
        <translation>CommandPost — operasi tidak dibuat</translation>
    </message>
</context>
<context>
    <name>FilterExport</name>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Vulnerability filter</source>
        <translation>Filter kerawanan</translation>
    </message>
    <message>
        <source>Listed %1</source>
        <translation>Dibuat %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV, UTF-8 untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>vulnerability-filter</source>
        <translation>filter-kerawanan</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Simpan daftar sebagai</translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation>Berkas tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>%1 rows copied (paste them into a spreadsheet)</source>
        <translation>%1 baris disalin (tempelkan ke lembar kerja)</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2</source>
        <translation>Tersimpan %1 baris ke %2</translation>
    </message>
    <message>
        <source>Selected in the tree (none)</source>
        <translation>Pilihan di pohon (belum ada)</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Pilihan: %1</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>any (not required)</source>
        <translation>apa saja (tidak disyaratkan)</translation>
    </message>
    <message>
        <source>any threat</source>
        <translation>ancaman apa pun</translation>
    </message>
    <message>
        <source>any natural disaster</source>
        <translation>bencana alam apa pun</translation>
    </message>
    <message>
        <source>more than %1 found; the first %1 are shown</source>
        <translation>lebih dari %1 ditemukan; %1 yang pertama ditampilkan</translation>
    </message>
    <message>
        <source>%1 TPS found</source>
        <translation>%1 TPS ditemukan</translation>
    </message>
    <message>
        <source>%1 regions found</source>
        <translation>%1 wilayah ditemukan</translation>
    </message>
    <message>
        <source>Update %1 selected…</source>
        <translation>Perbarui %1 yang dipilih…</translation>
    </message>
    <message>
        <source>Update selected…</source>
        <translation>Perbarui yang dipilih…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Ta&amp;mpilkan:</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>with rawan TPS or worse</source>
        <translation>dengan TPS rawan ke atas</translation>
    </message>
    <message>
        <source>with sangat rawan TPS</source>
        <translation>dengan TPS sangat rawan</translation>
    </message>
    <message>
        <source>with khusus TPS</source>
        <translation>dengan TPS khusus</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>kelas apa pun</translation>
    </message>
    <message>
        <source>Below the class rule&apos;s suggestion</source>
        <translation>Di bawah saran aturan kelas</translation>
    </message>
    <message>
        <source>TPS whose class is lower than the operation&apos;s class rule suggests from the indicators and threats recorded there (never changed on its own)</source>
        <translation>TPS yang kelasnya lebih rendah daripada saran aturan kelas operasi, menurut indikator dan ancaman yang tercatat di sana (kelas tidak pernah diubah otomatis)</translation>
    </message>
    <message>
        <source>T&amp;hreat:</source>
        <translation>&amp;Ancaman:</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation>%1 ke atas</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>Quick:</source>
        <translation>Cepat:</translation>
    </message>
    <message>
        <source>Areas rawan or worse</source>
        <translation>Wilayah rawan ke atas</translation>
    </message>
    <message>
        <source>Sangat rawan TPS</source>
        <translation>TPS sangat rawan</translation>
    </message>
    <message>
        <source>Disaster-prone TPS</source>
        <translation>TPS rawan bencana</translation>
    </message>
    <message>
        <source>Show in tree</source>
        <translation>Tampilkan di pohon</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all) with the header, for a spreadsheet (Ctrl+C)</source>
        <translation>Salin baris terpilih (atau semua) beserta judul kolom, untuk lembar kerja (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Save the list (or the selected rows) as an Excel workbook or CSV</source>
        <translation>Simpan daftar (atau baris terpilih) sebagai buku kerja Excel atau CSV</translation>
    </message>
    <message>
        <source>Double-click a row to show it in the tree; select several to update them</source>
        <translation>Klik dua kali sebuah baris untuk menampilkannya di pohon; pilih beberapa baris untuk memperbaruinya sekaligus</translation>
    </message>
</context>
<context>
    <name>FilterResultModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Rawan</source>
        <translation>Rawan</translation>
    </message>
    <message>
        <source>S. rawan</source>
        <translation>S. rawan</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Voters (DPT)</source>
        <translation>DPT</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>%1 TPS</source>
        <translation>%1 TPS</translation>
    </message>
    <message>
        <source>%1 area(s)</source>
        <translation>%1 wilayah</translation>
    </message>
    <message>
        <source>%1 change(s)</source>
        <translation>%1 perubahan</translation>
    </message>
    <message>
        <source>Updated from changes made elsewhere: %1</source>
        <translation>Diperbarui dari perubahan lain: %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of duty</source>
        <translation>Serah terima tugas</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>belum ada yang dicatat</translation>
    </message>
    <message>
        <source>Handing over:</source>
        <translation>Yang menyerahkan:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incoming officer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Petugas yang menerima&lt;/b&gt;</translation>
    </message>
    <message>
        <source>situation at handover, open matters, equipment (optional)</source>
        <translation>situasi saat serah terima, hal yang belum selesai, peralatan (boleh kosong)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>%1
on duty since %2</source>
        <translation>%1
bertugas sejak %2</translation>
    </message>
    <message>
        <source>Officers on duty at this post</source>
        <translation>Petugas jaga di posko ini</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan tugas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <source>Officer recorded</source>
        <translation>Petugas dicatat</translation>
    </message>
    <message>
        <source>Post changed</source>
        <translation>Posko diubah</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>dicatat oleh %1</translation>
    </message>
    <message>
        <source>%1 is already on duty.</source>
        <translation>%1 sudah bertugas.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>DPT changed</source>
        <translation>DPT diubah</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Alamat diubah</translation>
    </message>
    <message>
        <source>Voting day: %1</source>
        <translation>Hari pemungutan: %1</translation>
    </message>
    <message>
        <source>Problem at the TPS</source>
        <translation>Masalah di TPS</translation>
    </message>
    <message>
        <source>Problem cleared</source>
        <translation>Masalah selesai</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <source>Incident logged: %1</source>
        <translation>Kejadian dicatat: %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Kejadian: %1</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Kejadian diubah</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>(%1 places)</source>
        <translation>(di %1 tempat)</translation>
    </message>
    <message>
        <source>Undone/redone: %1</source>
        <translation>Dibatalkan/diulang: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Ulangi: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Urungkan: %1</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 lainnya</translation>
    </message>
    <message>
        <source>TPS list: %1 TPS added</source>
        <translation>Daftar TPS: %1 TPS ditambahkan</translation>
    </message>
    <message>
        <source>TPS list: %1 TPS deleted</source>
        <translation>Daftar TPS: %1 TPS dihapus</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Incident voided</source>
        <translation>Kejadian dibatalkan</translation>
    </message>
    <message>
        <source>Incident counted again (void undone)</source>
        <translation>Kejadian dihitung kembali (pembatalan diurungkan)</translation>
    </message>
    <message>
        <source>Incident corrected: %1</source>
        <translation>Kejadian dikoreksi: %1</translation>
    </message>
    <message>
        <source>Risk deleted</source>
        <translation>Risiko dihapus</translation>
    </message>
    <message>
        <source>Risk mapped: %1</source>
        <translation>Risiko dipetakan: %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Risk changed</source>
        <translation>Risiko diubah</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Recorded, by</source>
        <translation>Dicatat, oleh</translation>
    </message>
    <message>
        <source>Change, reason, source</source>
        <translation>Perubahan, alasan, sumber</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 lainnya</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Source: %1, observed %2</source>
        <translation>Sumber: %1, diamati %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Choose a TPS or region in the tree to see its history.</source>
        <translation>Pilih TPS atau wilayah pada pohon untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 recorded changes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 perubahan tercatat</translation>
    </message>
    <message>
        <source>(the newest %1)</source>
        <translation>(%1 yang terbaru)</translation>
    </message>
    <message>
        <source>in the stage %1</source>
        <translation>dalam tahapan %1</translation>
    </message>
    <message>
        <source>No change has been recorded here yet. Updates of the vulnerability and incidents appear here with who made them, when and why.</source>
        <translation>Belum ada perubahan yang dicatat di sini. Pembaruan kerawanan dan kejadian akan tampil di sini beserta siapa yang membuatnya, kapan, dan mengapa.</translation>
    </message>
    <message>
        <source>Include changes below</source>
        <translation>Sertakan perubahan di bawahnya</translation>
    </message>
    <message>
        <source>Also list changes to the regions and TPS inside this region</source>
        <translation>Tampilkan juga perubahan pada wilayah dan TPS di dalam wilayah ini</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Officer on duty</source>
        <translation>Petugas jaga</translation>
    </message>
    <message>
        <source>Before you start: who is on duty at this post? Rank, name and NRP are written with every change made here, so the history says who did what.</source>
        <translation>Sebelum mulai: siapa yang bertugas di posko ini? Pangkat, nama dan NRP dicatat pada setiap perubahan yang dibuat di sini, sehingga riwayat menunjukkan siapa melakukan apa.</translation>
    </message>
    <message>
        <source>Correct the officer on duty, the post&apos;s name or its time zone. When another officer takes over, use File › Handover of duty instead.</source>
        <translation>Perbaiki data petugas jaga, nama posko atau zona waktunya. Bila petugas lain mengambil alih, gunakan Berkas › Serah terima tugas.</translation>
    </message>
    <message>
        <source>e.g. Posko Pam Pilkada Polres Lebak</source>
        <translation>mis. Posko Pam Pilkada Polres Lebak</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>P&amp;osko:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>Start duty</source>
        <translation>Mulai bertugas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Close CommandPost</source>
        <translation>Tutup CommandPost</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>WIB, WITA or WIT; the operation&apos;s province gives the default</source>
        <translation>WIB, WITA atau WIT; bawaan mengikuti provinsi operasi</translation>
    </message>
    <message>
        <source>Fill in the post&apos;s name.</source>
        <translation>Isi nama posko.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; it is probably Windows-1252 (a CSV saved by Excel on Windows). Read it as Windows-1252?</source>
        <translation>Berkas %1 bukan UTF-8; kemungkinan Windows-1252 (CSV dari Excel Windows). Baca sebagai Windows-1252?</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>Bukan teks UTF-8</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the CSV text cannot be read: {detail}</source>
        <translation>teks CSV tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({detail})</source>
        <translation>bukan buku kerja XLSX yang dapat dibaca ({detail})</translation>
    </message>
    <message>
        <source>unsupported file type; use .csv or .xlsx</source>
        <translation>jenis berkas tidak didukung; gunakan .csv atau .xlsx</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>{value!r} is not a TPS number from 1 to {maximum}</source>
        <translation>{value!r} bukan nomor TPS dari 1 sampai {maximum}</translation>
    </message>
    <message>
        <source>longer than {maximum} characters</source>
        <translation>lebih dari {maximum} karakter</translation>
    </message>
    <message>
        <source>TPS {number} of {village} is already on row {earlier}</source>
        <translation>TPS {number} di {village} sudah ada di baris {earlier}</translation>
    </message>
    <message>
        <source>unknown village code {village}</source>
        <translation>kode desa/kelurahan {village} tidak dikenal</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte} on line {line}); save the file as &apos;CSV UTF-8&apos;, or read it as {encoding} if that is how it was saved</source>
        <translation>bukan teks UTF-8 (bita 0x{byte} di baris {line}); simpan berkas sebagai &apos;CSV UTF-8&apos;, atau baca sebagai {encoding} jika berkas memang disimpan begitu</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte} on line {line}); it is probably Windows-1252, as Windows Excel saves &apos;CSV (Comma delimited)&apos;. Confirm to read it as Windows-1252 (command line: --encoding cp1252), or save it as &apos;CSV UTF-8&apos;</source>
        <translation>bukan teks UTF-8 (bita 0x{byte} di baris {line}); kemungkinan Windows-1252, seperti Excel Windows menyimpan &apos;CSV (Comma delimited)&apos;. Setujui untuk membacanya sebagai Windows-1252, atau simpan sebagai &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>the text cannot be read as {encoding} (byte 0x{byte} on line {line})</source>
        <translation>teks tidak dapat dibaca sebagai {encoding} (bita 0x{byte} di baris {line})</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>dibaca sebagai {encoding}</translation>
    </message>
    <message>
        <source>no header row found in the first {rows} rows; the {kind} needs columns such as {names}</source>
        <translation>baris judul kolom tidak ditemukan dalam {rows} baris pertama; {kind} memerlukan kolom seperti {names}</translation>
    </message>
    <message>
        <source>missing column {column} (accepted names: {names})</source>
        <translation>kolom {column} tidak ada (nama yang diterima: {names})</translation>
    </message>
    <message>
        <source>missing column: one of {columns} is needed</source>
        <translation>kolom tidak ada: diperlukan salah satu dari {columns}</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>berkas hanya berisi judul kolom, tanpa baris data</translation>
    </message>
    <message>
        <source>title rows above the table skipped</source>
        <translation>baris judul di atas tabel dilewati</translation>
    </message>
    <message>
        <source>a row of column numbers under the header skipped</source>
        <translation>baris nomor kolom di bawah judul kolom dilewati</translation>
    </message>
    <message>
        <source>a JUMLAH/TOTAL row skipped</source>
        <translation>baris JUMLAH/TOTAL dilewati</translation>
    </message>
    <message>
        <source>rows below the table skipped (signature block, notes)</source>
        <translation>baris di bawah tabel dilewati (blok tanda tangan, catatan)</translation>
    </message>
    <message>
        <source>column not used</source>
        <translation>kolom tidak dipakai</translation>
    </message>
    <message>
        <source>used only to check the rows</source>
        <translation>hanya dipakai untuk memeriksa baris</translation>
    </message>
    <message>
        <source>... and {count} more problems</source>
        <translation>... dan {count} masalah lain</translation>
    </message>
    <message>
        <source>empty; a value is needed</source>
        <translation>kosong; harus diisi</translation>
    </message>
    <message>
        <source>contains a control character (code {code}); remove it from the cell</source>
        <translation>berisi karakter kendali (kode {code}); hapus dari sel</translation>
    </message>
    <message>
        <source>{value!r} has digits that are not 0-9 (another script); type it again</source>
        <translation>{value!r} berisi angka selain 0-9 (aksara lain); ketik ulang</translation>
    </message>
    <message>
        <source>a number {length} digits long; no real list holds one</source>
        <translation>angka sepanjang {length} digit; tidak ada daftar nyata yang memuatnya</translation>
    </message>
    <message>
        <source>{value!r} is not a region code like 36.02.01.2001</source>
        <translation>{value!r} bukan kode wilayah seperti 36.02.01.2001</translation>
    </message>
    <message>
        <source>village code {village} lies in province {province}, which this operation&apos;s region data does not hold; import it into an operation that covers that province</source>
        <translation>kode desa {village} terletak di provinsi {province}, yang tidak termuat dalam data wilayah operasi ini; impor ke operasi yang mencakup provinsi tersebut</translation>
    </message>
    <message>
        <source>a rejects file (alasan_ditolak): it lists only the rows left out before, so the TPS of its villages that it does not list are kept and not offered for deletion</source>
        <translation>berkas baris ditolak (alasan_ditolak): hanya memuat baris yang sebelumnya dilewati, jadi TPS desa-desanya yang tidak tercantum tetap disimpan dan tidak ditawarkan untuk dihapus</translation>
    </message>
    <message>
        <source>{value!r} has {digits} digits: a village code has 10 (3602012001) and a KPU TPS code 13, the village code and a 3-digit TPS number (3602012001003)</source>
        <translation>{value!r} terdiri dari {digits} angka: kode desa 10 angka (3602012001) dan kode TPS KPU 13 angka, yaitu kode desa ditambah nomor TPS 3 angka (3602012001003)</translation>
    </message>
    <message>
        <source>{value!r} is not a village code like 36.02.01.2001 or 3602012001</source>
        <translation>{value!r} bukan kode desa/kelurahan seperti 36.02.01.2001 atau 3602012001</translation>
    </message>
    <message>
        <source>{value!r} is not a {level} code</source>
        <translation>{value!r} bukan kode {level}</translation>
    </message>
    <message>
        <source>{value!r}: digits were lost to scientific notation (Excel shows long numbers so); format the column as Text and export again</source>
        <translation>{value!r}: digit hilang karena notasi ilmiah (Excel menampilkan angka panjang begitu); format kolom sebagai Teks lalu ekspor ulang</translation>
    </message>
    <message>
        <source>{value!r}: the number has more digits than a spreadsheet number keeps, so digits were lost; format the column as Text and export again</source>
        <translation>{value!r}: angka ini lebih panjang dari yang dapat disimpan lembar kerja, sehingga ada digit yang hilang; format kolom sebagai Teks lalu ekspor ulang</translation>
    </message>
    <message>
        <source>{value!r}: a trailing zero was lost (the code was stored as a number); format the column as Text and export again</source>
        <translation>{value!r}: angka nol di belakang hilang (kode disimpan sebagai angka); format kolom sebagai Teks lalu ekspor ulang</translation>
    </message>
    <message>
        <source>{value!r} read as {code} (spaces removed)</source>
        <translation>{value!r} dibaca sebagai {code} (spasi dihapus)</translation>
    </message>
    <message>
        <source>{value!r} read as {code} (a trailing .0 removed)</source>
        <translation>{value!r} dibaca sebagai {code} (.0 di belakang dihapus)</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>{value} is far more than any {what} holds (at most {maximum})</source>
        <translation>{value} jauh melebihi isi {what} mana pun (paling banyak {maximum})</translation>
    </message>
    <message>
        <source>{value!r} is a TPS number for voting abroad (KSK/POS), not for a village in Indonesia</source>
        <translation>{value!r} adalah nomor TPS pemungutan suara luar negeri (KSK/POS), bukan untuk desa/kelurahan di Indonesia</translation>
    </message>
    <message>
        <source>{value!r} is not a date like 27 November 2024 or 27/11/2024</source>
        <translation>{value!r} bukan tanggal seperti 27 November 2024 atau 27/11/2024</translation>
    </message>
    <message>
        <source>{value!r}: no such day</source>
        <translation>{value!r}: tanggal itu tidak ada</translation>
    </message>
    <message>
        <source>{value!r} is not a time like 07.30</source>
        <translation>{value!r} bukan jam seperti 07.30</translation>
    </message>
    <message>
        <source>{value!r} is not a time zone; use WIB, WITA or WIT</source>
        <translation>{value!r} bukan zona waktu; gunakan WIB, WITA atau WIT</translation>
    </message>
    <message>
        <source>{value!r} has 7 digits: an NRP has 8, and a leading zero was probably lost when the column was stored as a number; format the column as Text and export again</source>
        <translation>{value!r} hanya 7 digit: NRP 8 digit, dan angka nol di depan kemungkinan hilang karena kolom disimpan sebagai angka; ubah format kolom menjadi Teks lalu ekspor ulang</translation>
    </message>
    <message>
        <source>{value!r}: an NRP or NIP stored as a number lost digits (a NIP has 18, a spreadsheet number keeps 15); format the column as Text and export again</source>
        <translation>{value!r}: NRP atau NIP yang disimpan sebagai angka kehilangan digit (NIP 18 digit, angka di lembar kerja hanya menyimpan 15); ubah format kolom menjadi Teks lalu ekspor ulang</translation>
    </message>
    <message>
        <source>{value!r} is not an NRP (8 digits) or a NIP (18 digits)</source>
        <translation>{value!r} bukan NRP (8 digit) atau NIP (18 digit)</translation>
    </message>
    <message>
        <source>{value!r} is not a list of TPS numbers like 1-5, 7</source>
        <translation>{value!r} bukan daftar nomor TPS seperti 1-5, 7</translation>
    </message>
    <message>
        <source>TPS {number} is listed twice in {value!r}</source>
        <translation>TPS {number} tercantum dua kali dalam {value!r}</translation>
    </message>
    <message>
        <source>{value!r}: the range {first}-{last} runs backwards</source>
        <translation>{value!r}: rentang {first}-{last} terbalik</translation>
    </message>
    <message>
        <source>{value!r}: the range {first}-{last} covers {count} TPS; one roster line covers at most {maximum}</source>
        <translation>{value!r}: rentang {first}-{last} mencakup {count} TPS; satu baris daftar paling banyak {maximum}</translation>
    </message>
    <message>
        <source>{value!r}: the spreadsheet turned the TPS numbers into a date; format the column as Text, type the numbers again and export again</source>
        <translation>{value!r}: lembar kerja mengubah nomor TPS menjadi tanggal; ubah format kolom menjadi Teks, ketik ulang nomornya lalu ekspor ulang</translation>
    </message>
    <message>
        <source>missing column: a village code (kode_desa) or a TPS code (kode_tps) is needed</source>
        <translation>kolom tidak ada: diperlukan kode desa/kelurahan (kode_desa) atau kode TPS (kode_tps)</translation>
    </message>
    <message>
        <source>missing column: the TPS number (no_tps), or 13-digit TPS codes (kode_tps)</source>
        <translation>kolom tidak ada: nomor TPS (no_tps), atau kode TPS 13 digit (kode_tps)</translation>
    </message>
    <message>
        <source>missing column: DPT (jumlah_dpt), or DPT L and DPT P</source>
        <translation>kolom tidak ada: DPT (jumlah_dpt), atau DPT L dan DPT P</translation>
    </message>
    <message>
        <source>{value!r} is a {level} code, not a village or TPS code</source>
        <translation>{value!r} adalah kode {level}, bukan kode desa/kelurahan atau TPS</translation>
    </message>
    <message>
        <source>the TPS code {tps} is not in the village {village} of the same row</source>
        <translation>kode TPS {tps} tidak berada di desa/kelurahan {village} pada baris yang sama</translation>
    </message>
    <message>
        <source>the TPS code {tps} says TPS {coded}, the TPS number column says {number}</source>
        <translation>kode TPS {tps} menyebut TPS {coded}, kolom nomor TPS menyebut {number}</translation>
    </message>
    <message>
        <source>no TPS number: the village code needs a TPS number beside it</source>
        <translation>nomor TPS tidak ada: kode desa/kelurahan memerlukan nomor TPS di sampingnya</translation>
    </message>
    <message>
        <source>{total} is not {l_field} + {p_field} = {sum}</source>
        <translation>{total} tidak sama dengan {l_field} + {p_field} = {sum}</translation>
    </message>
    <message>
        <source>DPT {dpt} is above the legal maximum of {cap} voters per TPS for a {kind}; kept as it is (real lists have such TPS)</source>
        <translation>DPT {dpt} melebihi batas {cap} pemilih per TPS untuk {kind}; tetap dipakai apa adanya (daftar nyata memang memuat TPS seperti ini)</translation>
    </message>
    <message>
        <source>TPS {tps} is not in {area} (the file&apos;s {column} on this row)</source>
        <translation>TPS {tps} tidak berada di {area} ({column} pada baris ini di berkas)</translation>
    </message>
    <message>
        <source>unknown village code {village}; {name} in {regency} has the code {suggestion}: if that is the village meant, correct the code in the file</source>
        <translation>kode desa/kelurahan {village} tidak dikenal; {name} di {regency} berkode {suggestion}: jika itu desa yang dimaksud, perbaiki kodenya di berkas</translation>
    </message>
    <message>
        <source>village code {village} is {tree_name} in the region data, the file says {name}</source>
        <translation>kode desa/kelurahan {village} adalah {tree_name} di data wilayah, berkas menyebut {name}</translation>
    </message>
    <message>
        <source>village code {village} is {tree_name} in the region data, but the file names {name}, whose code is {suggestion}; correct the code or the name (nothing is remapped)</source>
        <translation>kode desa/kelurahan {village} adalah {tree_name} di data wilayah, tetapi berkas menyebut {name}, yang kodenya {suggestion}; perbaiki kode atau namanya (tidak ada yang dipetakan ulang otomatis)</translation>
    </message>
    <message>
        <source>{count} of {rows} village codes name other villages than the file&apos;s names (e.g. {example}); these look like BPS (statistics office) codes, not Kemendagri codes. Ask for the list with Kemendagri codes</source>
        <translation>{count} dari {rows} kode desa/kelurahan menunjuk desa lain daripada nama di berkas (mis. {example}); ini tampaknya kode BPS, bukan kode Kemendagri. Mintalah daftar dengan kode Kemendagri</translation>
    </message>
    <message>
        <source>this looks like a voter list (names of voters, {sheets} sheet(s), one per TPS), not a TPS list. The TPS import needs one row per TPS with the village code, the TPS number and its DPT, as in KPU&apos;s DPT recapitulation per TPS</source>
        <translation>ini tampaknya daftar pemilih (nama pemilih, {sheets} lembar, satu per TPS), bukan daftar TPS. Impor TPS memerlukan satu baris per TPS berisi kode desa/kelurahan, nomor TPS dan DPT-nya, seperti rekapitulasi DPT per TPS dari KPU</translation>
    </message>
    <message>
        <source>this looks like a list of areas with their TPS counts, not a TPS list. The TPS import needs one row per TPS with the village code, the TPS number and its DPT</source>
        <translation>ini tampaknya daftar wilayah dengan jumlah TPS-nya, bukan daftar TPS. Impor TPS memerlukan satu baris per TPS berisi kode desa/kelurahan, nomor TPS dan DPT-nya</translation>
    </message>
    <message>
        <source>the DPT of the rows adds up to {sum}, the file&apos;s JUMLAH row says {total}</source>
        <translation>jumlah DPT semua baris {sum}, baris JUMLAH di berkas menyebut {total}</translation>
    </message>
    <message>
        <source>row left out: {reason}</source>
        <translation>baris dilewati: {reason}</translation>
    </message>
    <message>
        <source>unknown column: not a TPS column, a class column, or a threat category or indicator of the taxonomy; map it to an indicator or leave it out</source>
        <translation>kolom tidak dikenal: bukan kolom TPS, kolom kelas, atau kategori maupun indikator ancaman dalam taksonomi; petakan ke indikator atau abaikan</translation>
    </message>
    <message>
        <source>no class column and no threat columns</source>
        <translation>tidak ada kolom kelas maupun kolom ancaman</translation>
    </message>
    <message>
        <source>{value!r} is not a code</source>
        <translation>{value!r} bukan kode wilayah</translation>
    </message>
    <message>
        <source>unknown TPS class {value!r}; use kurang rawan, rawan, sangat rawan or khusus</source>
        <translation>kelas TPS {value!r} tidak dikenal; gunakan kurang rawan, rawan, sangat rawan atau khusus</translation>
    </message>
    <message>
        <source>unknown threat level {value!r}; use none, rendah, sedang or tinggi (0-3)</source>
        <translation>tingkat ancaman {value!r} tidak dikenal; gunakan tidak ada, rendah, sedang atau tinggi (0–3)</translation>
    </message>
    <message>
        <source>{value!r} is not ya or tidak</source>
        <translation>{value!r} bukan ya atau tidak</translation>
    </message>
    <message>
        <source>&apos;T&apos; in a yes/no column: &apos;tidak&apos; on Indonesian forms, &apos;true&apos; in English exports; say which this file means</source>
        <translation>&apos;T&apos; di kolom ya/tidak: &apos;tidak&apos; pada formulir berbahasa Indonesia, &apos;true&apos; (ya) pada ekspor berbahasa Inggris; tentukan mana yang dimaksud berkas ini</translation>
    </message>
    <message>
        <source>no TPS {code} in the database</source>
        <translation>TPS {code} tidak ada di basis data</translation>
    </message>
    <message>
        <source>column mapped to the indicator {key}</source>
        <translation>kolom dipetakan ke indikator {key}</translation>
    </message>
    <message>
        <source>column left out by choice</source>
        <translation>kolom diabaikan sesuai pilihan</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>tahapan perlu nama</translation>
    </message>
    <message>
        <source>a stage needs both a start and an end date, or neither (a group of sub-stages)</source>
        <translation>tahapan perlu tanggal mulai dan tanggal selesai, atau tidak keduanya (kelompok subtahapan)</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>berakhir ({end}) sebelum dimulai ({start})</translation>
    </message>
    <message>
        <source>parent {parent} is not a stage in this file</source>
        <translation>induk {parent} bukan tahapan dalam berkas ini</translation>
    </message>
    <message>
        <source>its parent (row {parent_row}) was refused</source>
        <translation>induknya (baris {parent_row}) ditolak</translation>
    </message>
    <message>
        <source>lies outside its parent {parent} ({start} – {end})</source>
        <translation>berada di luar induknya {parent} ({start} – {end})</translation>
    </message>
    <message>
        <source>id {value} is used again (first on row {first_row})</source>
        <translation>id {value} dipakai lagi (pertama di baris {first_row})</translation>
    </message>
    <message>
        <source>parent {parent} is the stage itself or one of its sub-stages</source>
        <translation>induk {parent} adalah tahapan itu sendiri atau salah satu subtahapannya</translation>
    </message>
    <message>
        <source>the file holds no stages</source>
        <translation>berkas tidak berisi tahapan</translation>
    </message>
    <message>
        <source>missing column: an NRP/NIP column, or rank and NRP in one column, is needed</source>
        <translation>kolom tidak ada: diperlukan kolom NRP/NIP, atau pangkat dan NRP dalam satu kolom</translation>
    </message>
    <message>
        <source>{value!r} has no NRP or NIP after the rank (like BRIPKA/85011234)</source>
        <translation>{value!r} tidak memuat NRP atau NIP sesudah pangkat (seperti BRIPKA/85011234)</translation>
    </message>
    <message>
        <source>{value!r} has no rank before the NRP (like BRIPKA/85011234)</source>
        <translation>{value!r} tidak memuat pangkat sebelum NRP (seperti BRIPKA/85011234)</translation>
    </message>
    <message>
        <source>{value!r} is not a Polri or PNS rank</source>
        <translation>{value!r} bukan pangkat Polri atau PNS</translation>
    </message>
    <message>
        <source>{value!r} is not a Polri or PNS rank (did you mean {close}?)</source>
        <translation>{value!r} bukan pangkat Polri atau PNS (maksudnya {close}?)</translation>
    </message>
    <message>
        <source>unit {value!r} is not in the unit list; add it there first</source>
        <translation>satuan {value!r} tidak ada di daftar satuan; tambahkan dahulu di sana</translation>
    </message>
    <message>
        <source>unit {value!r} is not in the unit list (did you mean {close}?); add it there first</source>
        <translation>satuan {value!r} tidak ada di daftar satuan (maksudnya {close}?); tambahkan dahulu di sana</translation>
    </message>
    <message>
        <source>no village {value!r} in the database</source>
        <translation>tidak ada desa/kelurahan {value!r} di basis data</translation>
    </message>
    <message>
        <source>{rank} is a civil servant&apos;s rank: a NIP of 18 digits is expected, not {value}</source>
        <translation>{rank} adalah pangkat PNS: seharusnya NIP 18 digit, bukan {value}</translation>
    </message>
    <message>
        <source>column {column} means the same as column {first}; keep one of them</source>
        <translation>kolom {column} sama artinya dengan kolom {first}; simpan salah satunya saja</translation>
    </message>
    <message>
        <source>{rank} is a Polri rank: an NRP of 8 digits is expected, not {value}</source>
        <translation>{rank} adalah pangkat Polri: seharusnya NRP 8 digit, bukan {value}</translation>
    </message>
    <message>
        <source>NRP {nrp} is already on row {first_row}</source>
        <translation>NRP {nrp} sudah ada di baris {first_row}</translation>
    </message>
    <message>
        <source>NRP {nrp} is {name} on row {first_row} of sheet {first_sheet}</source>
        <translation>NRP {nrp} adalah {name} di baris {first_row} lembar {first_sheet}</translation>
    </message>
    <message>
        <source>NRP {nrp} belongs to {name} in the database</source>
        <translation>NRP {nrp} milik {name} di basis data</translation>
    </message>
    <message>
        <source>{value!r} names several villages ({codes}); add a village code column</source>
        <translation>{value!r} menunjuk beberapa desa/kelurahan ({codes}); tambahkan kolom kode desa/kelurahan</translation>
    </message>
    <message>
        <source>{village} has no TPS {numbers} in the database (it has {have})</source>
        <translation>{village} tidak memiliki TPS {numbers} di basis data (yang ada: {have})</translation>
    </message>
    <message>
        <source>{village} has no TPS in the database yet; import its TPS list first</source>
        <translation>{village} belum memiliki TPS di basis data; impor dahulu daftar TPS-nya</translation>
    </message>
    <message>
        <source>the file holds no people</source>
        <translation>berkas tidak berisi personel</translation>
    </message>
    <message>
        <source>{unit} does not answer for {village}: recorded as BKO to {target}</source>
        <translation>{village} di luar wilayah hukum {unit}: dicatat sebagai BKO ke {target}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
</context>
<context>
    <name>IncidentCorrectionDialog</name>
    <message>
        <source>Change what was logged wrongly, then give the reason.</source>
        <translation>Ubah isian yang salah catat, lalu tuliskan alasannya.</translation>
    </message>
    <message>
        <source>The description cannot be empty.</source>
        <translation>Uraian kejadian tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Write why the incident is voided to continue.</source>
        <translation>Tuliskan alasan pembatalan untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Write why it is corrected to continue.</source>
        <translation>Tuliskan alasan koreksi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Void incident</source>
        <translation>Batalkan kejadian</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Jangan batalkan</translation>
    </message>
    <message>
        <source>A voided incident stays in the list, marked as voided, and is no longer counted in reports, the timeline or the open incidents. Undo takes it back.</source>
        <translation>Kejadian yang dibatalkan tetap ada di daftar, ditandai dibatalkan, dan tidak lagi dihitung dalam laporan, lini masa, maupun jumlah kejadian terbuka. Urungkan (Ctrl+Z) mengembalikannya.</translation>
    </message>
    <message>
        <source>Required: why, e.g. logged twice, or the report proved false</source>
        <translation>Wajib: alasannya, mis. tercatat dua kali atau laporan ternyata tidak benar</translation>
    </message>
    <message>
        <source>Correct incident</source>
        <translation>Koreksi kejadian</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <source>Change what was logged wrongly. The old values stay in the incident&apos;s steps.</source>
        <translation>Ubah isian yang salah catat. Isian lama tetap tercatat pada langkah kejadian.</translation>
    </message>
    <message>
        <source>Required: why, e.g. the reporter corrected the type by phone</source>
        <translation>Wajib: alasannya, mis. pelapor meralat jenis kejadian lewat telepon</translation>
    </message>
    <message>
        <source>Move it to the place selected in the tree: %1</source>
        <translation>Pindahkan ke tempat yang dipilih di pohon: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>Nothing was changed; the incident is as it was.</source>
        <translation>Tidak ada yang diubah; kejadian tetap seperti semula.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Waktu kejadian:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>&amp;Uraian kejadian:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>Pe&amp;lapor:</translation>
    </message>
    <message>
        <source>Rank and name of who reported it, e.g. Bripka Andi</source>
        <translation>Pangkat dan nama pelapor, mis. Bripka Andi</translation>
    </message>
    <message>
        <source>U&amp;nit and phone:</source>
        <translation>Ke&amp;satuan dan telepon:</translation>
    </message>
    <message>
        <source>Unit, e.g. Polsek Cikeusal</source>
        <translation>Kesatuan, mis. Polsek Cikeusal</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telepon (boleh kosong)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Alasan:</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Choose the type of incident and describe what happened to save it.</source>
        <translation>Pilih jenis kejadian dan uraikan apa yang terjadi untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Choose the type of incident to save it.</source>
        <translation>Pilih jenis kejadian untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Describe what happened to save the incident.</source>
        <translation>Uraikan apa yang terjadi agar kejadian dapat disimpan.</translation>
    </message>
    <message>
        <source>Incident not saved</source>
        <translation>Kejadian tidak disimpan</translation>
    </message>
    <message>
        <source>The incident was not saved.</source>
        <translation>Kejadian tidak disimpan.</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Catat kejadian</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Waktu kejadian:</translation>
    </message>
    <message>
        <source>When the incident happened (local time); it cannot lie in the future</source>
        <translation>Kapan kejadian terjadi (waktu setempat); tidak boleh di masa depan</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Choose the type…</source>
        <translation>Pilih jenis…</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>&amp;Uraian kejadian:</translation>
    </message>
    <message>
        <source>Required: what happened, exactly where, and how it started</source>
        <translation>Wajib: apa yang terjadi, tepatnya di mana, dan bagaimana awalnya</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>Pe&amp;lapor:</translation>
    </message>
    <message>
        <source>Who reported it from the field, if not you (optional)</source>
        <translation>Siapa yang melaporkan dari lapangan, bila bukan Anda (boleh kosong)</translation>
    </message>
    <message>
        <source>Rank and name of who reported it, e.g. Bripka Andi</source>
        <translation>Pangkat dan nama pelapor, mis. Bripka Andi</translation>
    </message>
    <message>
        <source>U&amp;nit and phone:</source>
        <translation>Ke&amp;satuan dan telepon:</translation>
    </message>
    <message>
        <source>Unit, e.g. Polsek Cikeusal</source>
        <translation>Kesatuan, mis. Polsek Cikeusal</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telepon (boleh kosong)</translation>
    </message>
    <message>
        <source>&amp;People involved:</source>
        <translation>&amp;Pihak yang terlibat:</translation>
    </message>
    <message>
        <source>Groups, numbers, names if known</source>
        <translation>Kelompok, jumlah orang, nama bila diketahui</translation>
    </message>
    <message>
        <source>&amp;Damage or losses:</source>
        <translation>&amp;Korban dan kerugian:</translation>
    </message>
    <message>
        <source>Injuries, damaged property, lost election material</source>
        <translation>Korban luka, harta benda yang rusak, logistik pemilu yang hilang</translation>
    </message>
    <message>
        <source>&amp;Actions taken:</source>
        <translation>&amp;Tindakan yang diambil:</translation>
    </message>
    <message>
        <source>What officers have done so far</source>
        <translation>Apa yang sudah dilakukan petugas sejauh ini</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Selected place (none)</source>
        <translation>Tempat yang dipilih (belum ada)</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Pilihan: %1</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>void incident %1</source>
        <translation>pembatalan kejadian %1</translation>
    </message>
    <message>
        <source>correct incident %1</source>
        <translation>koreksi kejadian %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Rentang tanggal</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Open (reported or handled)</source>
        <translation>Terbuka (dilaporkan atau ditangani)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>No incidents match these filters.</source>
        <translation>Tidak ada kejadian yang sesuai dengan filter ini.</translation>
    </message>
    <message>
        <source>No incidents have been logged yet. Choose a place in the tree, then press “Log incident…”.</source>
        <translation>Belum ada kejadian yang dicatat. Pilih tempat pada pohon, lalu tekan “Catat kejadian…”.</translation>
    </message>
    <message>
        <source>1 incident, %1 open</source>
        <translation>1 kejadian, %1 terbuka</translation>
    </message>
    <message>
        <source>%2 incidents, %1 open</source>
        <translation>%2 kejadian, %1 terbuka</translation>
    </message>
    <message>
        <source>Choose a place in the tree first</source>
        <translation>Pilih tempat pada pohon terlebih dahulu</translation>
    </message>
    <message>
        <source>Log an incident at %1</source>
        <translation>Catat kejadian di %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah penanganan</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Tindakan: %1</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>logged by %1</source>
        <translation>dicatat oleh %1</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>Pelapor: %1</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>Dicatat oleh %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>place</source>
        <translation>tempat</translation>
    </message>
    <message>
        <source>description</source>
        <translation>uraian</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>pelapor</translation>
    </message>
    <message>
        <source>reporter&apos;s unit</source>
        <translation>kesatuan pelapor</translation>
    </message>
    <message>
        <source>reporter&apos;s phone</source>
        <translation>telepon pelapor</translation>
    </message>
    <message>
        <source>Corrected by %1: %2; reason: %3</source>
        <translation>Dikoreksi oleh %1: %2; alasan: %3</translation>
    </message>
    <message>
        <source>Voided by %1; reason: %2</source>
        <translation>Dibatalkan oleh %1; alasan: %2</translation>
    </message>
    <message>
        <source>Voiding taken back by %1 (%2); counted again</source>
        <translation>Pembatalan diurungkan oleh %1 (%2); dihitung kembali</translation>
    </message>
    <message>
        <source>Voided: %1. It is not counted in any figure.</source>
        <translation>Dibatalkan: %1. Tidak dihitung dalam angka mana pun.</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Pihak yang terlibat</translation>
    </message>
    <message>
        <source>Damage or losses</source>
        <translation>Korban dan kerugian</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Tindakan yang diambil</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>+%1 voided</source>
        <translation>+%1 dibatalkan</translation>
    </message>
    <message>
        <source>%1 voided incident(s) not shown (Show voided); never counted</source>
        <translation>%1 kejadian dibatalkan tidak ditampilkan (Tampilkan yang dibatalkan); tidak pernah dihitung</translation>
    </message>
    <message>
        <source>%1 voided</source>
        <translation>%1 dibatalkan</translation>
    </message>
    <message>
        <source>%1 voided incident(s) shown struck through; never counted</source>
        <translation>%1 kejadian dibatalkan ditampilkan dicoret; tidak pernah dihitung</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Wila&amp;yah:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Dari tanggal ini</translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation>Sampai tanggal ini (termasuk)</translation>
    </message>
    <message>
        <source>Log incident…</source>
        <translation>Catat kejadian…</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>Tandai ditangani…</translation>
    </message>
    <message>
        <source>Mark closed…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Show in tree</source>
        <translation>Tampilkan di pohon</translation>
    </message>
    <message>
        <source>Show the incident&apos;s place in the region tree</source>
        <translation>Tampilkan tempat kejadian di pohon wilayah</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <source>Correct what was logged wrongly (type, time, place, text, reporter)</source>
        <translation>Koreksi isian yang salah catat (jenis, waktu, tempat, uraian, pelapor)</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>Void an incident logged by mistake: it stays listed but is not counted</source>
        <translation>Batalkan kejadian yang salah catat: tetap ada di daftar tetapi tidak dihitung</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>Tampilkan yang dibatalkan</translation>
    </message>
    <message>
        <source>List voided incidents too, greyed and struck through; they are never counted</source>
        <translation>Tampilkan juga kejadian yang dibatalkan, abu-abu dan dicoret; kejadian itu tidak pernah dihitung</translation>
    </message>
    <message>
        <source>Select an incident to see what happened and each step taken.</source>
        <translation>Pilih kejadian untuk melihat apa yang terjadi dan setiap langkah yang diambil.</translation>
    </message>
</context>
<context>
    <name>IncidentStepDialog</name>
    <message>
        <source>Mark as closed</source>
        <translation>Tandai sebagai selesai</translation>
    </message>
    <message>
        <source>Mark closed</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Tandai sebagai ditangani</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Tandai ditangani</translation>
    </message>
    <message>
        <source>Write what was done to continue.</source>
        <translation>Tuliskan apa yang dilakukan untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Step not saved</source>
        <translation>Langkah tidak disimpan</translation>
    </message>
    <message>
        <source>The incident is marked “%1” now (perhaps by another officer), so it cannot be marked “%2”; the step was not saved. The list shows its status now.</source>
        <translation>Kejadian ini sekarang berstatus “%1” (mungkin diubah petugas lain), jadi tidak dapat ditandai “%2”; langkah ini tidak disimpan. Daftar kini menunjukkan statusnya yang sebenarnya.</translation>
    </message>
    <message>
        <source>The step was not saved; the incident is unchanged.</source>
        <translation>Langkah tidak disimpan; kejadian tidak berubah.</translation>
    </message>
    <message>
        <source>Incident step</source>
        <translation>Langkah penanganan kejadian</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Uraian kejadian:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Langkah yang &amp;dilakukan:</translation>
    </message>
    <message>
        <source>Required: what officers did and who was informed</source>
        <translation>Wajib: apa yang dilakukan petugas dan siapa yang diberi tahu</translation>
    </message>
    <message>
        <source>&amp;Actions taken:</source>
        <translation>&amp;Tindakan yang diambil:</translation>
    </message>
    <message>
        <source>The incident&apos;s record of actions; change it to bring it up to date</source>
        <translation>Catatan tindakan untuk kejadian ini; ubah agar tetap mutakhir</translation>
    </message>
    <message>
        <source>Optional: all actions taken so far</source>
        <translation>Opsional: semua tindakan yang diambil sejauh ini</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Kind and name of the operation</source>
        <translation>Jenis dan nama operasi</translation>
    </message>
    <message>
        <source>A new database file holds one operation. Nothing is written until you press Create.</source>
        <translation>Satu berkas basis data baru berisi satu operasi. Tidak ada yang ditulis sebelum Anda menekan Buat.</translation>
    </message>
    <message>
        <source>&amp;Pilkada: regional head elections</source>
        <translation>&amp;Pilkada: pemilihan kepala daerah</translation>
    </message>
    <message>
        <source>P&amp;emilu: general elections (president, DPR, DPD, DPRD)</source>
        <translation>P&amp;emilu: pemilihan umum (presiden, DPR, DPD, DPRD)</translation>
    </message>
    <message>
        <source>P&amp;SU: repeat voting</source>
        <translation>P&amp;SU: pemungutan suara ulang</translation>
    </message>
    <message>
        <source>&amp;Exercise: training, not a real operation</source>
        <translation>La&amp;tihan: simulasi, bukan operasi sungguhan</translation>
    </message>
    <message>
        <source>e.g. Operasi Mantap Praja Maung 2024</source>
        <translation>mis. Operasi Mantap Praja Maung 2024</translation>
    </message>
    <message>
        <source>&amp;Name of the operation:</source>
        <translation>&amp;Nama operasi:</translation>
    </message>
    <message>
        <source>Pilkada 2024 security operation</source>
        <translation>Pengamanan Pilkada 2024</translation>
    </message>
    <message>
        <source>Pemilu 2024 security operation</source>
        <translation>Pengamanan Pemilu 2024</translation>
    </message>
    <message>
        <source>PSU security operation</source>
        <translation>Pengamanan PSU</translation>
    </message>
    <message>
        <source>Command post exercise</source>
        <translation>Latihan posko</translation>
    </message>
</context>
<context>
    <name>LockWaitDialog</name>
    <message>
        <source>Waiting for the import to finish…</source>
        <translation>Menunggu impor selesai…</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing…</source>
        <translation>Menunggu program lain selesai menulis…</translation>
    </message>
    <message>
        <source>The file is being written by: %1</source>
        <translation>Berkas sedang ditulis oleh: %1</translation>
    </message>
    <message>
        <source>Your entries are kept; they are saved as soon as the file is free.</source>
        <translation>Isian Anda tetap tersimpan di jendela; akan disimpan begitu berkas bebas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>CommandPost — waiting to save</source>
        <translation>CommandPost — menunggu untuk menyimpan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>CommandPost databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data CommandPost (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operasi: %1</translation>
    </message>
    <message>
        <source>No operation yet</source>
        <translation>Belum ada operasi</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Posko: %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Berkas basis data: %1</translation>
    </message>
    <message>
        <source>DEMO DATA (synthetic)</source>
        <translation>DATA DEMO (sintetis)</translation>
    </message>
    <message>
        <source>This database was generated for practice; its TPS and voters are invented.</source>
        <translation>Basis data ini dibuat untuk latihan; TPS dan pemilihnya rekaan.</translation>
    </message>
    <message>
        <source>Open incidents: %1</source>
        <translation>Kejadian terbuka: %1</translation>
    </message>
    <message>
        <source>Show the incident list (Ctrl+J)</source>
        <translation>Tampilkan daftar kejadian (Ctrl+J)</translation>
    </message>
    <message>
        <source>%1 selected; Ctrl+E updates them together</source>
        <translation>%1 dipilih; Ctrl+E memperbarui semuanya sekaligus</translation>
    </message>
    <message>
        <source>%1 is not in this database</source>
        <translation>%1 tidak ada di basis data ini</translation>
    </message>
    <message>
        <source>Select one or more TPS or regions in the tree first.</source>
        <translation>Pilih satu atau beberapa TPS atau wilayah pada pohon terlebih dahulu.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ulangi: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Urungkan: %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Tidak dapat diurungkan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Tidak dapat diulangi</translation>
    </message>
    <message>
        <source>“%1” cannot be taken back: the same TPS or threats have been changed again since. Nothing was changed.</source>
        <translation>“%1” tidak dapat diurungkan: TPS atau ancaman yang sama sudah diubah lagi sejak itu. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Partly taken back</source>
        <translation>Dibatalkan sebagian</translation>
    </message>
    <message>
        <source>%1 value(s) of “%2” were left as they are: they have been changed again since, by you or another officer. The rest was taken back.</source>
        <translation>%1 nilai dari “%2” dibiarkan seperti sekarang karena sudah diubah lagi sesudahnya, oleh Anda atau petugas lain. Selebihnya sudah dibatalkan.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>U&amp;langi %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Select the TPS or region where it happened first.</source>
        <translation>Pilih dahulu TPS atau wilayah tempat kejadian berlangsung.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>impor dari %1</translation>
    </message>
    <message>
        <source>import of %1: %2 new TPS, %3 changed</source>
        <translation>impor dari %1: %2 TPS baru, %3 berubah</translation>
    </message>
    <message>
        <source>, %1 deleted</source>
        <translation>, %1 dihapus</translation>
    </message>
    <message>
        <source>About CommandPost</source>
        <translation>Tentang CommandPost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CommandPost %1&lt;/h3&gt;&lt;p&gt;Election-security command post (Posko Pengamanan Pemilu) for Polri units.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CommandPost %1&lt;/h3&gt;&lt;p&gt;Aplikasi Posko Pengamanan Pemilu untuk satuan Polri.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Region data: idn-area-data 4.0.1, Open Database License (ODbL) 1.0</source>
        <translation>Data wilayah: idn-area-data 4.0.1, Open Database License (ODbL) 1.0</translation>
    </message>
    <message>
        <source>Region data sources</source>
        <translation>Sumber data wilayah</translation>
    </message>
    <message>
        <source>Names and Kemendagri codes of the provinces, regencies and cities, districts and villages come from the idn-area-data package. The data stays open under the ODbL; the licence text ships in resources/regions/LICENSE.md.</source>
        <translation>Nama dan kode Kemendagri provinsi, kabupaten/kota, kecamatan dan desa/kelurahan berasal dari paket idn-area-data. Data ini tetap terbuka di bawah ODbL; teks lisensinya disertakan dalam resources/regions/LICENSE.md.</translation>
    </message>
    <message>
        <source>Type part of a name or a region code; Enter jumps to the next match, Esc clears.</source>
        <translation>Ketik sebagian nama atau kode wilayah; Enter melompat ke hasil berikutnya, Esc mengosongkan.</translation>
    </message>
    <message>
        <source>Find village, district… (Ctrl+F)</source>
        <translation>Cari desa/kelurahan, kecamatan… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>R&amp;iwayat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Vulnerability filter</source>
        <translation>Filter kerawanan</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Daftar kejadian</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>Ciut&amp;kan semua</translation>
    </message>
    <message>
        <source>&amp;Language and settings…</source>
        <translation>&amp;Bahasa dan pengaturan…</translation>
    </message>
    <message>
        <source>&amp;About CommandPost</source>
        <translation>&amp;Tentang CommandPost</translation>
    </message>
    <message>
        <source>Region &amp;data sources</source>
        <translation>Sumber &amp;data wilayah</translation>
    </message>
    <message>
        <source>&amp;Update vulnerability…</source>
        <translation>&amp;Perbarui kerawanan…</translation>
    </message>
    <message>
        <source>Set the TPS class and threat levels of the selected TPS or regions (Ctrl+E)</source>
        <translation>Tetapkan kelas TPS dan tingkat ancaman untuk TPS atau wilayah yang dipilih (Ctrl+E)</translation>
    </message>
    <message>
        <source>Log &amp;incident…</source>
        <translation>Catat &amp;kejadian…</translation>
    </message>
    <message>
        <source>Log an incident at the selected TPS or region (Ctrl+K)</source>
        <translation>Catat kejadian di TPS atau wilayah yang dipilih (Ctrl+K)</translation>
    </message>
    <message>
        <source>Information &amp;sources…</source>
        <translation>&amp;Sumber informasi…</translation>
    </message>
    <message>
        <source>Import &amp;TPS list…</source>
        <translation>Impor daftar &amp;TPS…</translation>
    </message>
    <message>
        <source>Import a TPS list (CSV or XLSX, as KPU hands it out) with a preview (Ctrl+Shift+I)</source>
        <translation>Impor daftar TPS (CSV atau XLSX, seperti dari KPU) dengan pratinjau (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Import vulnerability mapping…</source>
        <translation>&amp;Impor pemetaan kerawanan…</translation>
    </message>
    <message>
        <source>Import a TPS vulnerability mapping (CSV or XLSX), such as Bawaslu&apos;s, with a preview (Ctrl+I)</source>
        <translation>Impor pemetaan kerawanan TPS (CSV atau XLSX), misalnya dari Bawaslu, dengan pratinjau (Ctrl+I)</translation>
    </message>
    <message>
        <source>Vulnerability &amp;filter</source>
        <translation>&amp;Filter kerawanan</translation>
    </message>
    <message>
        <source>Show or hide the vulnerability filter (Ctrl+Shift+F)</source>
        <translation>Tampilkan atau sembunyikan filter kerawanan (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>I&amp;ncidents</source>
        <translation>&amp;Daftar kejadian</translation>
    </message>
    <message>
        <source>Show or hide the incident list (Ctrl+J)</source>
        <translation>Tampilkan atau sembunyikan daftar kejadian (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;History of the selection</source>
        <translation>&amp;Riwayat pilihan</translation>
    </message>
</context>
<context>
    <name>MappingImportDialog</name>
    <message>
        <source>Choose a vulnerability mapping</source>
        <translation>Pilih berkas pemetaan kerawanan</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Berkas CSV atau Excel (*.csv *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Leave this column out</source>
        <translation>Abaikan kolom ini</translation>
    </message>
    <message>
        <source>Continue checks the file again with these answers; nothing is saved yet.</source>
        <translation>Lanjutkan memeriksa berkas lagi dengan jawaban ini; belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Answer every question to continue.</source>
        <translation>Jawab semua pertanyaan untuk melanjutkan.</translation>
    </message>
    <message>
        <source>%1: %2 TPS rows; %3 class changes, %4 threat changes</source>
        <translation>%1: %2 baris TPS; %3 perubahan kelas, %4 perubahan ancaman</translation>
    </message>
    <message>
        <source>This file changes nothing: every TPS in it already has these values.</source>
        <translation>Berkas ini tidak mengubah apa pun: setiap TPS di dalamnya sudah memiliki nilai tersebut.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 changes; Apply records all of them.</source>
        <translation>Menampilkan %1 perubahan pertama dari %2; Terapkan mencatat semuanya.</translation>
    </message>
    <message>
        <source>Nothing was imported. Problems found in %1: %2.</source>
        <translation>Tidak ada yang diimpor. Masalah yang ditemukan di %1: %2.</translation>
    </message>
    <message>
        <source>&amp;Changes (%1)</source>
        <translation>&amp;Perubahan (%1)</translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation>&amp;Catatan (%1)</translation>
    </message>
    <message>
        <source>%1 can be checked once you answer the questions below. Nothing has been imported.</source>
        <translation>%1 dapat diperiksa setelah Anda menjawab pertanyaan di bawah. Belum ada yang diimpor.</translation>
    </message>
    <message>
        <source>A yes/no column holds “T” (rows %1). On Indonesian forms T means tidak (no); in English exports it means true (ya). Which is it here?</source>
        <translation>Kolom ya/tidak berisi “T” (baris %1). Pada formulir berbahasa Indonesia T berarti tidak; pada ekspor berbahasa Inggris T berarti true (ya). Mana yang berlaku di sini?</translation>
    </message>
    <message>
        <source>Threat categories: a level (none, rendah, sedang, tinggi)</source>
        <translation>Kategori ancaman: tingkat (tidak ada, rendah, sedang, tinggi)</translation>
    </message>
    <message>
        <source>Indicators: ya or tidak</source>
        <translation>Indikator: ya atau tidak</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>Tidak ada yang perlu diterapkan.</translation>
    </message>
    <message>
        <source>Write a reason to apply the changes; it is recorded with each of them.</source>
        <translation>Tuliskan alasan untuk menerapkan perubahan; alasan ini dicatat bersama setiap perubahan.</translation>
    </message>
    <message>
        <source>Apply records these %1 changes as one update, which can be undone.</source>
        <translation>Terapkan mencatat %1 perubahan ini sebagai satu pembaruan, yang dapat diurungkan.</translation>
    </message>
    <message>
        <source>Applying the mapping…</source>
        <translation>Menerapkan pemetaan…</translation>
    </message>
    <message>
        <source>Mapping not applied</source>
        <translation>Pemetaan tidak diterapkan</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Import vulnerability mapping</source>
        <translation>Impor pemetaan kerawanan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a CSV or Excel (XLSX) file with one row per TPS, such as Bawaslu&apos;s TPS vulnerability mapping. The first row names the columns:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;kode_desa&lt;/b&gt; and &lt;b&gt;no_tps&lt;/b&gt;: the village code (e.g. 36.02.01.2002) and the TPS number;&lt;/li&gt;&lt;li&gt;&lt;b&gt;kelas&lt;/b&gt; (optional): kurang rawan, rawan, sangat rawan or khusus;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;threat category&lt;/b&gt; key (e.g. banjir): its level, none, rendah, sedang or tinggi (or 0–3);&lt;/li&gt;&lt;li&gt;an &lt;b&gt;indicator&lt;/b&gt; key (e.g. rawan_bencana): ya or tidak; a yes sets its category to sedang.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A blank cell changes nothing. You see every change before anything is saved, and a file with any wrong row is not imported at all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pilih berkas CSV atau Excel (XLSX) dengan satu baris per TPS, seperti pemetaan kerawanan TPS dari Bawaslu. Baris pertama berisi nama kolom:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;kode_desa&lt;/b&gt; dan &lt;b&gt;no_tps&lt;/b&gt;: kode desa (mis. 36.02.01.2002) dan nomor TPS;&lt;/li&gt;&lt;li&gt;&lt;b&gt;kelas&lt;/b&gt; (opsional): kurang rawan, rawan, sangat rawan atau khusus;&lt;/li&gt;&lt;li&gt;kunci &lt;b&gt;kategori ancaman&lt;/b&gt; (mis. banjir): tingkatnya, yaitu tidak ada, rendah, sedang atau tinggi (atau 0–3);&lt;/li&gt;&lt;li&gt;kunci &lt;b&gt;indikator&lt;/b&gt; (mis. rawan_bencana): ya atau tidak; isian ya menjadikan kategorinya sedang.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sel kosong tidak mengubah apa pun. Anda melihat setiap perubahan sebelum ada yang disimpan, dan berkas yang memuat satu baris salah pun tidak diimpor sama sekali.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Threat columns the file may have:</source>
        <translation>Kolom ancaman yang boleh ada di berkas:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Perubahan</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>Where the mapping comes from; type a new name to add it to the list</source>
        <translation>Asal pemetaan; ketik nama baru untuk menambahkannya ke daftar</translation>
    </message>
    <message>
        <source>&amp;Observed at:</source>
        <translation>&amp;Waktu pengamatan:</translation>
    </message>
    <message>
        <source>When the mapping was made (local time); it cannot be in the future</source>
        <translation>Kapan pemetaan dibuat (waktu setempat); tidak boleh di masa depan</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Recorded with every change of this import</source>
        <translation>Dicatat bersama setiap perubahan dari impor ini</translation>
    </message>
    <message>
        <source>e.g. Bawaslu TPS mapping of 12 November, received from Panwascam</source>
        <translation>mis. pemetaan TPS Bawaslu tanggal 12 November, diterima dari Panwascam</translation>
    </message>
    <message>
        <source>Columns the program does not know</source>
        <translation>Kolom yang tidak dikenal program</translation>
    </message>
    <message>
        <source>Say what each column holds: choose the indicator it marks (its cells then say ya or tidak), or leave the column out. Nothing is chosen for you.</source>
        <translation>Tentukan isi setiap kolom: pilih indikator yang ditandainya (isi selnya ya atau tidak), atau abaikan kolom itu. Tidak ada yang dipilihkan untuk Anda.</translation>
    </message>
    <message>
        <source>What does “T” mean in this file?</source>
        <translation>Apa arti “T” di berkas ini?</translation>
    </message>
    <message>
        <source>T = &amp;tidak (no), as on Indonesian forms</source>
        <translation>T = &amp;tidak, seperti pada formulir berbahasa Indonesia</translation>
    </message>
    <message>
        <source>T = &amp;ya (true), as in English exports</source>
        <translation>T = &amp;ya (true), seperti pada ekspor berbahasa Inggris</translation>
    </message>
    <message>
        <source>The database has not been changed. Correct these rows in the file, save it, and choose it again.</source>
        <translation>Basis data tidak diubah. Perbaiki baris-baris ini di dalam berkas, simpan berkasnya, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>Choose a&amp;nother file…</source>
        <translation>Pilih berkas &amp;lain…</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Lan&amp;jutkan</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Terapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MoveBox</name>
    <message>
        <source>Moves</source>
        <translation>Perpindahan</translation>
    </message>
    <message>
        <source>the unit they move to</source>
        <translation>satuan tujuan</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>P&amp;indahkan</translation>
    </message>
    <message>
        <source>&amp;Move:</source>
        <translation>P&amp;erpindahan:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Tangga&amp;l:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Ke:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Perpindahan</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Dari → ke</translation>
    </message>
    <message>
        <source>A move&apos;s note shows when the mouse rests on it.</source>
        <translation>Catatan perpindahan tampil bila penunjuk tetikus diarahkan ke atasnya.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>BKO</source>
        <translation>BKO</translation>
    </message>
    <message>
        <source>End of BKO</source>
        <translation>Akhir BKO</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <source>New person</source>
        <translation>Personel baru</translation>
    </message>
    <message>
        <source>8 digits (a PNS: the 18-digit NIP)</source>
        <translation>8 digit (PNS: NIP 18 digit)</translation>
    </message>
    <message>
        <source>&amp;NRP:</source>
        <translation>&amp;NRP:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Pangkat:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>S&amp;atuan:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Nomor &amp;HP:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A person needs a rank and a unit.</source>
        <translation>Pangkat dan satuan wajib diisi.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>OfficerFields</name>
    <message>
        <source>e.g. AIPTU</source>
        <translation>mis. AIPTU</translation>
    </message>
    <message>
        <source>full name, e.g. Budi Santoso</source>
        <translation>nama lengkap, mis. Budi Santoso</translation>
    </message>
    <message>
        <source>8 digits, e.g. 78050123</source>
        <translation>8 angka, mis. 78050123</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Pangkat:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>N&amp;RP:</source>
        <translation>N&amp;RP:</translation>
    </message>
    <message>
        <source>Fill in the officer&apos;s name.</source>
        <translation>Isi nama petugas.</translation>
    </message>
    <message>
        <source>Choose the officer&apos;s rank (pangkat).</source>
        <translation>Pilih pangkat petugas.</translation>
    </message>
    <message>
        <source>%1 is not a Polri rank: choose one from the list.</source>
        <translation>%1 bukan pangkat Polri: pilih dari daftar.</translation>
    </message>
    <message>
        <source>The NRP has 8 digits (a PNS Polri officer&apos;s NIP has 18).</source>
        <translation>NRP terdiri dari 8 angka (NIP PNS Polri 18 angka).</translation>
    </message>
</context>
<context>
    <name>OperationFeature</name>
    <message>
        <source>&amp;New operation…</source>
        <translation>&amp;Operasi baru…</translation>
    </message>
    <message>
        <source>Make a new database for an operation: kind, voting day, area, post and units, then the TPS list (Ctrl+N)</source>
        <translation>Membuat basis data baru untuk operasi: jenis, hari pemungutan suara, wilayah, posko dan satuan, lalu daftar TPS (Ctrl+N)</translation>
    </message>
    <message>
        <source>New operation %1 made in %2</source>
        <translation>Operasi baru %1 dibuat di %2</translation>
    </message>
    <message>
        <source>CommandPost — operation made</source>
        <translation>CommandPost — operasi dibuat</translation>
    </message>
    <message>
        <source>The operation&apos;s database is ready: regions, stages and units are in. Next comes the TPS list.</source>
        <translation>Basis data operasi siap: wilayah, tahapan dan satuan sudah masuk. Berikutnya daftar TPS.</translation>
    </message>
    <message>
        <source>Import the TPS list now (CSV or XLSX, as KPU hands it out)? You can also do it later from File › Import TPS list… (Ctrl+Shift+I).</source>
        <translation>Impor daftar TPS sekarang (CSV atau XLSX, seperti yang diberikan KPU)? Bisa juga nanti lewat Berkas › Impor daftar TPS… (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>Import the &amp;TPS list…</source>
        <translation>Impor daftar &amp;TPS…</translation>
    </message>
    <message>
        <source>CommandPost — TPS list imported</source>
        <translation>CommandPost — daftar TPS diimpor</translation>
    </message>
    <message>
        <source>Import a TPS vulnerability mapping too (such as Bawaslu&apos;s)?</source>
        <translation>Impor juga pemetaan kerawanan TPS (misalnya dari Bawaslu)?</translation>
    </message>
    <message>
        <source>You can also do it later from File › Import vulnerability mapping… (Ctrl+I).</source>
        <translation>Bisa juga nanti lewat Berkas › Impor pemetaan kerawanan… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Import the &amp;mapping…</source>
        <translation>Impor &amp;pemetaan…</translation>
    </message>
</context>
<context>
    <name>OperationWizard</name>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>Operasi baru</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>TPS security pattern</source>
        <translation>Pola pengamanan TPS</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Satuan:</translation>
    </message>
    <message>
        <source>TPS class:</source>
        <translation>Kelas TPS:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pola:</translation>
    </message>
    <message>
        <source>police-TPS-Linmas: 2-12-24 is 2 police and 24 Linmas for every 12 TPS; also &apos;2 per TPS&apos;. Empty: use the pattern of the unit above again.</source>
        <translation>Polri-TPS-Linmas: 2-12-24 berarti 2 personel Polri dan 24 Linmas untuk setiap 12 TPS; bisa juga &apos;2 per TPS&apos;. Kosong: kembali memakai pola satuan atas.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Available</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Cuti</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>NRP</source>
        <translation>NRP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>BKO to</source>
        <translation>BKO ke</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
</context>
<context>
    <name>PersonnelDialog</name>
    <message>
        <source>Personnel</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>part of a name, or the start of an NRP</source>
        <translation>sebagian nama, atau awal NRP</translation>
    </message>
    <message>
        <source>↑/↓ move in the list; Enter goes to the details</source>
        <translation>↑/↓ berpindah dalam daftar; Enter menuju rincian</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua satuan</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>S&amp;atuan:</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Personel &amp;baru…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>On leave or sick ends their posts.</source>
        <translation>Status cuti atau sakit mengakhiri penugasannya di pos.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Pangkat:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Nomor &amp;HP:</translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation>Status &amp;dinas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>The first %1 are shown: type more of a name or NRP.</source>
        <translation>Hanya %1 yang pertama ditampilkan: lengkapi ketikan nama atau NRP.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 ditemukan</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Tidak ada yang ditemukan</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Pilih personel dari daftar.</translation>
    </message>
    <message>
        <source>%1, BKO to %2</source>
        <translation>%1, BKO ke %2</translation>
    </message>
    <message>
        <source>The details of %1 are not saved yet. Save them?</source>
        <translation>Rincian %1 belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>Details not saved</source>
        <translation>Rincian belum disimpan</translation>
    </message>
    <message>
        <source>%1 is already on %2 in this shift. End that and assign them to %3?</source>
        <translation>%1 sudah bertugas di %2 pada sif ini. Akhiri penugasan itu dan tugaskan ke %3?</translation>
    </message>
    <message>
        <source>Replace post</source>
        <translation>Ganti pos</translation>
    </message>
    <message>
        <source>%1 is outside the unit&apos;s jurisdiction: %2 answers for %3. Place %1 BKO to %2 and assign them there?</source>
        <translation>%1: %3 berada di luar wilayah hukum satuannya dan menjadi tanggung jawab %2. BKO-kan %1 ke %2 dan tugaskan di sana?</translation>
    </message>
    <message>
        <source>Place BKO</source>
        <translation>Penempatan BKO</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>(their post %1 ended)</source>
        <translation>(penugasan di %1 diakhiri)</translation>
    </message>
    <message>
        <source>details of %1</source>
        <translation>rincian %1</translation>
    </message>
    <message>
        <source>%1 assigned to %2</source>
        <translation>%1 ditugaskan ke %2</translation>
    </message>
    <message>
        <source>assignment of %1 ended</source>
        <translation>penugasan %1 diakhiri</translation>
    </message>
    <message>
        <source>%1 transferred to %2</source>
        <translation>%1 dimutasi ke %2</translation>
    </message>
    <message>
        <source>%1 placed BKO to %2</source>
        <translation>%1 di-BKO-kan ke %2</translation>
    </message>
    <message>
        <source>BKO of %1 ended</source>
        <translation>BKO %1 diakhiri</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ditambahkan</translation>
    </message>
</context>
<context>
    <name>PostBox</name>
    <message>
        <source>Post in the plan</source>
        <translation>Pos dalam rencana operasi</translation>
    </message>
    <message>
        <source>TPS code, village or kecamatan</source>
        <translation>Kode TPS, desa/kelurahan, atau kecamatan</translation>
    </message>
    <message>
        <source>A TPS by its code (36.04.16.2008.001); a village or kecamatan by name</source>
        <translation>TPS dengan kodenya (36.04.16.2008.001); desa/kelurahan atau kecamatan dengan namanya</translation>
    </message>
    <message>
        <source>The operation&apos;s plan, or one shift</source>
        <translation>Rencana operasi, atau satu sif</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>T&amp;ugaskan</translation>
    </message>
    <message>
        <source>&amp;End assignment</source>
        <translation>Akhi&amp;ri penugasan</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Tu&amp;gaskan ke:</translation>
    </message>
    <message>
        <source>Sh&amp;ift:</source>
        <translation>Si&amp;f:</translation>
    </message>
    <message>
        <source>Operation plan (no shift)</source>
        <translation>Rencana operasi (tanpa sif)</translation>
    </message>
    <message>
        <source>No post in the plan yet.</source>
        <translation>Belum ada pos dalam rencana operasi.</translation>
    </message>
    <message>
        <source>%1 is not in the database.</source>
        <translation>%1 tidak ada di basis data.</translation>
    </message>
</context>
<context>
    <name>PostChooser</name>
    <message>
        <source>Assign to a post</source>
        <translation>Tempatkan ke pos</translation>
    </message>
    <message>
        <source>&amp;Post (name, village, kecamatan, or a region code):</source>
        <translation>&amp;Pos (nama, desa, kecamatan, atau kode wilayah):</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tempatkan</translation>
    </message>
    <message>
        <source>No post fits what was typed; type a TPS, village or kecamatan code.</source>
        <translation>Tidak ada pos yang cocok; ketik kode TPS, desa atau kecamatan.</translation>
    </message>
</context>
<context>
    <name>PostCompleter</name>
    <message>
        <source>Type a TPS code, a village or a kecamatan to assign to.</source>
        <translation>Ketik kode TPS, desa/kelurahan, atau kecamatan tujuan penugasan.</translation>
    </message>
    <message>
        <source>No village or kecamatan is called %1.</source>
        <translation>Tidak ada desa/kelurahan atau kecamatan bernama %1.</translation>
    </message>
    <message>
        <source>%1 places fit %2: choose one from the list.</source>
        <translation>%1 tempat cocok dengan %2: pilih salah satu dari daftar.</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The command post</source>
        <translation>Posko</translation>
    </message>
    <message>
        <source>The name of this post appears in the window&apos;s title and marks every change recorded here.</source>
        <translation>Nama posko ini tampil di judul jendela dan menandai setiap perubahan yang dicatat di sini.</translation>
    </message>
    <message>
        <source>e.g. Posko Pam Pilkada Polres Lebak</source>
        <translation>mis. Posko Pam Pilkada Polres Lebak</translation>
    </message>
    <message>
        <source>Name of the &amp;post:</source>
        <translation>Nama p&amp;osko:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Officer on duty&lt;/b&gt; (written with every change made here)</source>
        <translation>&lt;b&gt;Petugas jaga&lt;/b&gt; (tercatat pada setiap perubahan yang dibuat di sini)</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Problem at TPS</source>
        <translation>Masalah di TPS</translation>
    </message>
    <message>
        <source>%1 TPS in the selection.</source>
        <translation>%1 TPS dalam pilihan.</translation>
    </message>
    <message>
        <source>&amp;There is a problem at these TPS</source>
        <translation>&amp;Ada masalah di TPS ini</translation>
    </message>
    <message>
        <source>(no incident logged yet)</source>
        <translation>(belum ada kejadian yang dicatat)</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Kejadian:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>problem at %1 TPS</source>
        <translation>masalah di %1 TPS</translation>
    </message>
    <message>
        <source>problem cleared at %1 TPS</source>
        <translation>masalah di %1 TPS selesai</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Voting-day progress</source>
        <translation>Progres hari pemungutan</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Needed only for a correction (moving TPS back)</source>
        <translation>Hanya perlu untuk koreksi (TPS dimundurkan)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>When the TPS reached this state, in %1: type it as hour.minute (06.10, 6.10, 06:10 or 0610); Up/Down change the hour or the minutes</source>
        <translation>Saat TPS mencapai tahap ini, dalam %1: ketik jam.menit (06.10, 6.10, 06:10 atau 0610); panah atas/bawah mengubah jam atau menitnya</translation>
    </message>
    <message>
        <source>The post&apos;s time zone</source>
        <translation>Zona waktu posko</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Saat ini: %1</translation>
    </message>
    <message>
        <source>%1: %2 TPS</source>
        <translation>%1: %2 TPS</translation>
    </message>
    <message>
        <source>%1 selected: %2 TPS in all</source>
        <translation>%1 dipilih: seluruhnya %2 TPS</translation>
    </message>
    <message>
        <source>The selection holds no TPS.</source>
        <translation>Pilihan ini tidak memuat TPS.</translation>
    </message>
    <message>
        <source>%1 TPS are further along: moving them back is a correction. Write the reason.</source>
        <translation>%1 TPS sudah lebih maju: memundurkannya adalah koreksi. Tuliskan alasannya.</translation>
    </message>
    <message>
        <source>%1 TPS are further along already and are left as they are.</source>
        <translation>%1 TPS sudah lebih jauh dan dibiarkan seperti adanya.</translation>
    </message>
    <message>
        <source>write the hour and the minutes, e.g. 06.10</source>
        <translation>tulis jam dan menitnya, mis. 06.10</translation>
    </message>
    <message>
        <source>the hour runs from 00 to 23</source>
        <translation>jam hanya dari 00 sampai 23</translation>
    </message>
    <message>
        <source>the minutes run from 00 to 59</source>
        <translation>menit hanya dari 00 sampai 59</translation>
    </message>
    <message>
        <source>“%1” is not a time: %2</source>
        <translation>“%1” bukan jam yang benar: %2</translation>
    </message>
    <message>
        <source>%1 is later than now (%2); a step is recorded when it has happened.</source>
        <translation>%1 lebih lambat dari sekarang (%2); tahap dicatat setelah terjadi.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Tidak tersimpan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Nothing was saved; your entries are still in this window.</source>
        <translation>Tidak ada yang disimpan; isian Anda masih ada di jendela ini.</translation>
    </message>
</context>
<context>
    <name>ProgressListModel</name>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kel.</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Status kini</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>bermasalah</translation>
    </message>
</context>
<context>
    <name>ProgressState</name>
    <message>
        <source>No report yet</source>
        <translation>Belum ada laporan</translation>
    </message>
    <message>
        <source>Personnel arrived</source>
        <translation>Personel tiba</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Pemungutan</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Penghitungan</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Ballot boxes escorted to the PPK</source>
        <translation>Kotak suara dikawal ke PPK</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>unknown unit {name!r}</source>
        <translation>satuan {name!r} tidak dikenal</translation>
    </message>
    <message>
        <source>unknown unit {name!r}; did you mean {close}?</source>
        <translation>satuan {name!r} tidak dikenal; maksudnya {close}?</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translation>nama satuan wajib diisi</translation>
    </message>
    <message>
        <source>unknown unit kind {kind!r}; use one of {kinds}</source>
        <translation>jenis satuan {kind!r} tidak dikenal; gunakan salah satu dari {kinds}</translation>
    </message>
    <message>
        <source>a unit named {name!r} already exists</source>
        <translation>satuan bernama {name!r} sudah ada</translation>
    </message>
    <message>
        <source>{unit} cannot be placed under itself or a unit below it</source>
        <translation>{unit} tidak dapat ditempatkan di bawah dirinya sendiri atau di bawah satuan bawahannya</translation>
    </message>
    <message>
        <source>{unit} still has {people} people; move them before retiring it</source>
        <translation>{unit} masih memiliki {people} personel; pindahkan mereka sebelum menonaktifkan satuan ini</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{area!r} is not a kabupaten/kota or kecamatan code</source>
        <translation>{area!r} bukan kode kabupaten/kota atau kecamatan</translation>
    </message>
    <message>
        <source>{area} is inside {regency}, which is already in the list</source>
        <translation>{area} berada di dalam {regency}, yang sudah ada di daftar</translation>
    </message>
    <message>
        <source>NRP {nrp} is not on the roster</source>
        <translation>NRP {nrp} tidak ada di daftar personel</translation>
    </message>
    <message>
        <source>NRP {nrp} is not on the roster: an NRP has 8 digits; a leading zero may have been lost (0{nrp}?)</source>
        <translation>NRP {nrp} tidak ada di daftar personel: NRP terdiri atas 8 digit; mungkin angka nol di depannya hilang (0{nrp}?)</translation>
    </message>
    <message>
        <source>unknown rank {rank!r}</source>
        <translation>pangkat {rank!r} tidak dikenal</translation>
    </message>
    <message>
        <source>unknown rank {rank!r}; did you mean {close}?</source>
        <translation>pangkat {rank!r} tidak dikenal; maksudnya {close}?</translation>
    </message>
    <message>
        <source>{nrp!r} is not an NRP (8 digits) or a NIP (18 digits)</source>
        <translation>{nrp!r} bukan NRP (8 digit) atau NIP (18 digit)</translation>
    </message>
    <message>
        <source>{nrp!r} is not an NRP (8 digits) or a NIP (18 digits); a leading zero was probably lost (format the column as Text)</source>
        <translation>{nrp!r} bukan NRP (8 digit) atau NIP (18 digit); angka nol di depan kemungkinan hilang (ubah format kolom menjadi Teks)</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>nama personel wajib diisi</translation>
    </message>
    <message>
        <source>NRP {nrp} is already on the roster</source>
        <translation>NRP {nrp} sudah ada di daftar personel</translation>
    </message>
    <message>
        <source>unknown duty state {duty!r}; use one of {duties}</source>
        <translation>status dinas {duty!r} tidak dikenal; gunakan salah satu dari {duties}</translation>
    </message>
    <message>
        <source>unknown move {kind!r}; use one of {kinds}</source>
        <translation>jenis perpindahan {kind!r} tidak dikenal; gunakan salah satu dari {kinds}</translation>
    </message>
    <message>
        <source>{name} is not BKO anywhere</source>
        <translation>{name} tidak sedang di-BKO-kan ke satuan mana pun</translation>
    </message>
    <message>
        <source>say which unit the person moves to</source>
        <translation>sebutkan satuan tujuan personel ini</translation>
    </message>
    <message>
        <source>{name} is already in that unit</source>
        <translation>{name} sudah berada di satuan itu</translation>
    </message>
    <message>
        <source>{where!r} is neither a post nor a TPS, village or kecamatan code</source>
        <translation>{where!r} bukan pos dan bukan kode TPS, desa/kelurahan, atau kecamatan</translation>
    </message>
    <message>
        <source>{where} is not in the database</source>
        <translation>{where} tidak ada di basis data</translation>
    </message>
    <message>
        <source>{where} is a province; posts are TPS, villages or kecamatan</source>
        <translation>{where} adalah provinsi; pos hanya dapat berupa TPS, desa/kelurahan, atau kecamatan</translation>
    </message>
    <message>
        <source>{where} is a regency; posts are TPS, villages or kecamatan</source>
        <translation>{where} adalah kabupaten/kota; pos hanya dapat berupa TPS, desa/kelurahan, atau kecamatan</translation>
    </message>
    <message>
        <source>{name} is no longer on the roster</source>
        <translation>{name} sudah tidak ada di daftar personel</translation>
    </message>
    <message>
        <source>{name} is on leave; change their state first</source>
        <translation>{name} sedang cuti; ubah status dinasnya terlebih dahulu</translation>
    </message>
    <message>
        <source>{name} is sick; change their state first</source>
        <translation>{name} sedang sakit; ubah status dinasnya terlebih dahulu</translation>
    </message>
    <message>
        <source>{name} is already on {post}</source>
        <translation>{name} sudah bertugas di {post}</translation>
    </message>
    <message>
        <source>{name} is already on {post} in this shift; end that first (or replace it)</source>
        <translation>{name} sudah bertugas di {post} pada sif ini; akhiri penugasan itu terlebih dahulu (atau ganti)</translation>
    </message>
    <message>
        <source>{name} ({unit}): {post} is outside the unit&apos;s jurisdiction ({answering} answers there); place them BKO there first</source>
        <translation>{name} ({unit}): {post} berada di luar wilayah hukum satuannya (menjadi tanggung jawab {answering}); BKO-kan yang bersangkutan ke sana terlebih dahulu</translation>
    </message>
    <message>
        <source>no unit answers for {code}; it cannot take a BKO</source>
        <translation>tidak ada satuan yang bertanggung jawab atas {code}; BKO ke sana tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>NRP {nrp} has no assignment</source>
        <translation>NRP {nrp} tidak memiliki penugasan</translation>
    </message>
    <message>
        <source>NRP {nrp} has no assignment in that shift</source>
        <translation>NRP {nrp} tidak memiliki penugasan pada sif itu</translation>
    </message>
    <message>
        <source>unknown TPS class {tps_class!r}; use {classes}</source>
        <translation>kelas TPS {tps_class!r} tidak dikenal; gunakan {classes}</translation>
    </message>
    <message>
        <source>no pattern is set there to clear</source>
        <translation>tidak ada pola yang ditetapkan di sana untuk dihapus</translation>
    </message>
    <message>
        <source>{text!r} is not a TPS security pattern; write police-TPS-Linmas like 2-12-24, police-TPS like 2-6, &apos;2 per TPS&apos;, &apos;2 police per TPS&apos; or &apos;2 police / 6 TPS&apos;</source>
        <translation>{text!r} bukan pola pengamanan TPS; tulis Polri-TPS-Linmas seperti 2-12-24, Polri-TPS seperti 2-6, &apos;2 per TPS&apos;, &apos;2 polisi per TPS&apos; atau &apos;2 polisi / 6 TPS&apos;</translation>
    </message>
    <message>
        <source>{text!r}: {value} police is outside {low} to {high}; write police-TPS-Linmas like 2-12-24, police-TPS like 2-6, &apos;2 per TPS&apos;, &apos;2 police per TPS&apos; or &apos;2 police / 6 TPS&apos;</source>
        <translation>{text!r}: {value} personel Polri di luar rentang {low} sampai {high}; tulis Polri-TPS-Linmas seperti 2-12-24, Polri-TPS seperti 2-6, &apos;2 per TPS&apos;, &apos;2 polisi per TPS&apos; atau &apos;2 polisi / 6 TPS&apos;</translation>
    </message>
    <message>
        <source>{text!r}: {value} TPS is outside {low} to {high}; write police-TPS-Linmas like 2-12-24, police-TPS like 2-6, &apos;2 per TPS&apos;, &apos;2 police per TPS&apos; or &apos;2 police / 6 TPS&apos;</source>
        <translation>{text!r}: {value} TPS di luar rentang {low} sampai {high}; tulis Polri-TPS-Linmas seperti 2-12-24, Polri-TPS seperti 2-6, &apos;2 per TPS&apos;, &apos;2 polisi per TPS&apos; atau &apos;2 polisi / 6 TPS&apos;</translation>
    </message>
    <message>
        <source>{text!r}: {value} Linmas is outside {low} to {high}; write police-TPS-Linmas like 2-12-24, police-TPS like 2-6, &apos;2 per TPS&apos;, &apos;2 police per TPS&apos; or &apos;2 police / 6 TPS&apos;</source>
        <translation>{text!r}: {value} Linmas di luar rentang {low} sampai {high}; tulis Polri-TPS-Linmas seperti 2-12-24, Polri-TPS seperti 2-6, &apos;2 per TPS&apos;, &apos;2 polisi per TPS&apos; atau &apos;2 polisi / 6 TPS&apos;</translation>
    </message>
    <message>
        <source>unknown support force {kind!r}; use {kinds}</source>
        <translation>jenis dukungan {kind!r} tidak dikenal; gunakan {kinds}</translation>
    </message>
    <message>
        <source>{count} is not a number of people</source>
        <translation>{count} bukan jumlah orang yang sah</translation>
    </message>
    <message>
        <source>the people proposed are no longer free; look at the gaps again</source>
        <translation>personel yang diusulkan sudah tidak tersedia; lihat kembali daftar kekurangan</translation>
    </message>
    <message>
        <source>unknown shift {shift!r}</source>
        <translation>sif {shift!r} tidak dikenal</translation>
    </message>
    <message>
        <source>{shift!r} fits several shifts ({names}); give its id</source>
        <translation>{shift!r} cocok dengan beberapa sif ({names}); sebutkan id-nya</translation>
    </message>
    <message>
        <source>a shift needs a name</source>
        <translation>nama sif wajib diisi</translation>
    </message>
    <message>
        <source>there is already a shift named {name!r} here; give this one another name</source>
        <translation>sudah ada sif bernama {name!r} di sini; beri sif ini nama lain</translation>
    </message>
    <message>
        <source>shift {name!r} ends ({end}) at or before its start ({start})</source>
        <translation>sif {name!r} berakhir ({end}) sebelum atau tepat pada saat mulainya ({start})</translation>
    </message>
    <message>
        <source>shift {name!r} runs from {start} to {end}, {hours} hours; a shift lasts at most 24 hours</source>
        <translation>sif {name!r} berlangsung dari {start} sampai {end}, {hours} jam; satu sif paling lama 24 jam</translation>
    </message>
    <message>
        <source>unknown stage {stage!r}</source>
        <translation>tahapan {stage!r} tidak dikenal</translation>
    </message>
    <message>
        <source>shift {name!r} starts on {day}, outside the stage {stage} ({first} to {last})</source>
        <translation>sif {name!r} mulai pada {day}, di luar tahapan {stage} ({first} sampai {last})</translation>
    </message>
    <message>
        <source>{shift} cannot be copied into itself</source>
        <translation>{shift} tidak dapat disalin ke dirinya sendiri</translation>
    </message>
    <message>
        <source>{other!r} already runs from {start} to {end}; a second shift at the same times would count everyone twice</source>
        <translation>{other!r} sudah berjalan dari {start} sampai {end}; sif kedua pada jam yang sama akan menghitung semua orang dua kali</translation>
    </message>
    <message>
        <source>{time} is outside {shift} ({start} to {end}); a check-in counts from 4 hours before the shift starts until it ends</source>
        <translation>{time} di luar {shift} ({start} sampai {end}); lapor masuk dihitung dari 4 jam sebelum sif mulai sampai sif berakhir</translation>
    </message>
    <message>
        <source>{tps}: {state} at {time} would be before {earlier} at {earlier_time}</source>
        <translation>{tps}: {state} {time} sebelum {earlier} {earlier_time}</translation>
    </message>
    <message>
        <source>{count} of {total} TPS: {state} at {time} would be before an earlier step; nothing was saved:
{listing}</source>
        <translation>{count} dari {total} TPS: {state} {time} lebih awal dari tahap sebelumnya; tidak ada yang disimpan:
{listing}</translation>
    </message>
    <message>
        <source>nothing to change: the {count} TPS are already {state}</source>
        <translation>tidak ada yang diubah: {count} TPS itu sudah {state}</translation>
    </message>
    <message>
        <source>nothing to change: the selected TPS are already flagged so</source>
        <translation>tidak ada yang diubah: TPS yang dipilih sudah ditandai begitu</translation>
    </message>
    <message>
        <source>nothing to change: none of the selected TPS has a problem flagged</source>
        <translation>tidak ada yang diubah: tidak ada TPS terpilih yang ditandai bermasalah</translation>
    </message>
    <message>
        <source>{name} has no post in {shift}; assign them first</source>
        <translation>{name} tidak memiliki pos pada {shift}; tugaskan terlebih dahulu</translation>
    </message>
    <message>
        <source>{name} already checked in to {shift} at {time}</source>
        <translation>{name} sudah absen datang pada {shift} ({time})</translation>
    </message>
    <message>
        <source>{name} has not checked in to {shift}; check them in first</source>
        <translation>{name} belum absen datang pada {shift}; catat kedatangannya terlebih dahulu</translation>
    </message>
    <message>
        <source>{name} already checked out of {shift} at {time}</source>
        <translation>{name} sudah absen pulang dari {shift} ({time})</translation>
    </message>
    <message>
        <source>{name} checked in to {shift} at {checked_in}; a check-out at {time} would be earlier</source>
        <translation>{name} absen datang pada {shift} ({checked_in}); absen pulang {time} lebih awal dari itu</translation>
    </message>
    <message>
        <source>{time} is in the future</source>
        <translation>{time} masih di masa depan</translation>
    </message>
</context>
<context>
    <name>RegionLevel</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Urban village</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Village-level unit</source>
        <translation>Satuan setingkat desa</translation>
    </message>
    <message>
        <source>Polling station (TPS)</source>
        <translation>TPS</translation>
    </message>
</context>
<context>
    <name>RegionTreeModel</name>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Rawan</source>
        <translation>Rawan</translation>
    </message>
    <message>
        <source>S. rawan</source>
        <translation>S. rawan</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Voters (DPT)</source>
        <translation>DPT</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polri</translation>
    </message>
    <message>
        <source>Khusus</source>
        <translation>Khusus</translation>
    </message>
    <message>
        <source>Region name; the box shows the TPS class (for a region: the worst below)</source>
        <translation>Nama wilayah; kotak menunjukkan kelas TPS (untuk wilayah: kelas terburuk di bawahnya)</translation>
    </message>
    <message>
        <source>Vulnerability class of the TPS</source>
        <translation>Kelas kerawanan TPS</translation>
    </message>
    <message>
        <source>Number of rawan TPS in this region</source>
        <translation>Jumlah TPS rawan di wilayah ini</translation>
    </message>
    <message>
        <source>Number of sangat rawan TPS in this region</source>
        <translation>Jumlah TPS sangat rawan di wilayah ini</translation>
    </message>
    <message>
        <source>Voting day: TPS opened (or further) of all TPS in this region; a TPS&apos;s latest step</source>
        <translation>Hari pemungutan: TPS yang sudah dibuka (atau lebih jauh) dari seluruh TPS di wilayah ini; untuk TPS, tahap terakhirnya</translation>
    </message>
    <message>
        <source>Police assigned to posts here / police the TPS security patterns require for the TPS classes here; red with the shortfall when people are missing</source>
        <translation>Personel Polri yang ditugaskan ke pos di sini / kebutuhan personel Polri menurut pola pengamanan TPS untuk kelas TPS di sini; merah beserta jumlah kekurangannya bila personel kurang</translation>
    </message>
    <message>
        <source>Number of khusus TPS (prisons, hospitals, ...) in this region</source>
        <translation>Jumlah TPS khusus (lapas, rumah sakit, ...) di wilayah ini</translation>
    </message>
    <message>
        <source>Outside the jurisdiction of %1</source>
        <translation>Di luar wilayah hukum %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Kelas: %1</translation>
    </message>
    <message>
        <source>TPS: %1 rawan, %2 sangat rawan, %3 khusus of %4</source>
        <translation>TPS: %1 rawan, %2 sangat rawan, %3 khusus dari %4</translation>
    </message>
    <message>
        <source>Worst threat: %1</source>
        <translation>Ancaman terburuk: %1</translation>
    </message>
    <message>
        <source>Police: %1 assigned, %2 required (gap %3); Linmas required: %4</source>
        <translation>Polri: %1 ditugaskan, kebutuhan %2 (selisih %3); kebutuhan Linmas: %4</translation>
    </message>
    <message>
        <source>opened %1 / %2</source>
        <translation>dibuka %1 / %2</translation>
    </message>
    <message>
        <source>Voting day: %1</source>
        <translation>Hari pemungutan: %1</translation>
    </message>
    <message>
        <source>Voting day (TPS): %1</source>
        <translation>Hari pemungutan (TPS): %1</translation>
    </message>
    <message>
        <source>TPS with a problem: %1</source>
        <translation>TPS bermasalah: %1</translation>
    </message>
    <message>
        <source>Kemendagri region code</source>
        <translation>Kode wilayah Kemendagri</translation>
    </message>
    <message>
        <source>%1 TPS</source>
        <translation>%1 TPS</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 tempat</translation>
    </message>
    <message>
        <source>Worst threat recorded here or below: the category with that level at the most places</source>
        <translation>Ancaman terburuk yang dicatat di sini atau di bawahnya: kategori dengan tingkat itu di tempat terbanyak</translation>
    </message>
    <message>
        <source>Number of polling stations (TPS) in this region</source>
        <translation>Jumlah TPS di wilayah ini</translation>
    </message>
    <message>
        <source>Number of voters on the final voter list (DPT)</source>
        <translation>Jumlah pemilih dalam Daftar Pemilih Tetap (DPT)</translation>
    </message>
</context>
<context>
    <name>ReportFeature</name>
    <message>
        <source>&amp;Situation report…</source>
        <translation>&amp;Laporan situasi…</translation>
    </message>
    <message>
        <source>Prepare, preview, print or save the situation report (laporan situasi) and the lists of TPS, assignments, incidents and risks</source>
        <translation>Menyusun, melihat, mencetak atau menyimpan laporan situasi serta daftar TPS, penugasan, kejadian dan risiko</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of &lt;b&gt;%1&lt;/b&gt;. Changes made after the backup&apos;s time are not in it. The current file is not overwritten: it is kept beside it under a new name.</source>
        <translation>Pilih cadangan yang akan menggantikan &lt;b&gt;%1&lt;/b&gt;. Perubahan setelah waktu cadangan tidak ada di dalamnya. Berkas sekarang tidak ditimpa: disimpan di sampingnya dengan nama baru.</translation>
    </message>
    <message>
        <source>Time of the backup</source>
        <translation>Waktu cadangan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>No backup of this database was found in %1.</source>
        <translation>Tidak ditemukan cadangan basis data ini di %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Berkas lain…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>CommandPost databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data CommandPost (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Backup damaged</source>
        <translation>Cadangan rusak</translation>
    </message>
    <message>
        <source>This backup fails its check and cannot be restored:</source>
        <translation>Cadangan ini gagal diperiksa dan tidak dapat dipulihkan:</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the database?

Changes made after that time will not be in the database. The current file is kept, unchanged, beside it (its name ends in “before-restore”).</source>
        <translation>Gunakan cadangan %1 sebagai basis data?

Perubahan setelah waktu itu tidak akan ada di basis data. Berkas sekarang disimpan utuh di sampingnya (namanya memuat “before-restore”).</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Unknown area: type a code (36.02) or choose a name from the list.</source>
        <translation>Wilayah tidak dikenal: ketik kode (36.02) atau pilih nama dari daftar.</translation>
    </message>
    <message>
        <source>Whole operation area</source>
        <translation>Seluruh wilayah operasi</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; Esc closes without saving.</source>
        <translation>Ctrl+Enter menyimpan; Esc menutup tanpa menyimpan.</translation>
    </message>
    <message>
        <source>Write the mitigation (what will be done) to save.</source>
        <translation>Tulis mitigasinya (apa yang akan dilakukan) agar dapat disimpan.</translation>
    </message>
    <message>
        <source>Choose a stage: the one chosen no longer exists.</source>
        <translation>Pilih tahapan: tahapan yang dipilih sudah tidak ada.</translation>
    </message>
    <message>
        <source>The area or TPS is not known. Type a code (36.02) or choose a name from the list.</source>
        <translation>Wilayah atau TPS tidak dikenal. Ketik kode (36.02) atau pilih nama dari daftar.</translation>
    </message>
    <message>
        <source>Choose a threat from the list.</source>
        <translation>Pilih ancaman dari daftar.</translation>
    </message>
    <message>
        <source>Choose a level from the list.</source>
        <translation>Pilih tingkat dari daftar.</translation>
    </message>
    <message>
        <source>Write the mitigation: what will be done.</source>
        <translation>Tulis mitigasinya: apa yang akan dilakukan.</translation>
    </message>
    <message>
        <source>Choose an agency from the list; the one chosen is not offered.</source>
        <translation>Pilih instansi dari daftar; instansi yang dipilih tidak tersedia.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Pilih status dari daftar.</translation>
    </message>
    <message>
        <source>The due date is not a date that can be used.</source>
        <translation>Tenggat bukan tanggal yang dapat dipakai.</translation>
    </message>
    <message>
        <source>This risk is no longer in the register (perhaps another officer deleted it).</source>
        <translation>Risiko ini sudah tidak ada dalam register (mungkin dihapus petugas lain).</translation>
    </message>
    <message>
        <source>The risk was not saved.</source>
        <translation>Risiko tidak disimpan.</translation>
    </message>
    <message>
        <source>Change risk</source>
        <translation>Ubah risiko</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Risiko baru</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahapan:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>Code (36.02) or name; empty: the whole operation area</source>
        <translation>Kode (36.02) atau nama; kosong: seluruh wilayah operasi</translation>
    </message>
    <message>
        <source>&amp;Threat:</source>
        <translation>&amp;Ancaman:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>T&amp;ingkat:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Mitigasi:</translation>
    </message>
    <message>
        <source>What will be done, where, with how many personnel</source>
        <translation>Apa yang dilakukan, di mana, dengan berapa personel</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>I&amp;nstansi:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Ten&amp;ggat:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>paling lambat</translation>
    </message>
    <message>
        <source>Untick for a mitigation without a due date</source>
        <translation>Kosongkan bila mitigasi tidak bertenggat</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RiskRegisterPanel</name>
    <message>
        <source>Add risk: %1</source>
        <translation>Tambah risiko: %1</translation>
    </message>
    <message>
        <source>Change risk: %1</source>
        <translation>Ubah risiko: %1</translation>
    </message>
    <message>
        <source>Mark risk done: %1</source>
        <translation>Tandai risiko selesai: %1</translation>
    </message>
    <message>
        <source>Delete this risk from the register?

%1 · %2
%3</source>
        <translation>Hapus risiko ini dari register?

%1 · %2
%3</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Hapus risiko</translation>
    </message>
    <message>
        <source>Delete risk: %1</source>
        <translation>Hapus risiko: %1</translation>
    </message>
    <message>
        <source>Risk not saved</source>
        <translation>Risiko tidak disimpan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahapan</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua kesatuan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Open (not done)</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>No risks match these filters.</source>
        <translation>Tidak ada risiko yang sesuai dengan filter ini.</translation>
    </message>
    <message>
        <source>The risk register is empty. Press “Add risk…” (Ins) to map the threat expected in an area during a stage and its mitigation.</source>
        <translation>Register risiko masih kosong. Tekan “Tambah risiko…” (Ins) untuk memetakan ancaman yang diperkirakan di suatu wilayah pada suatu tahapan beserta mitigasinya.</translation>
    </message>
    <message>
        <source>1 risk, %1 overdue</source>
        <translation>1 risiko, %1 lewat tenggat</translation>
    </message>
    <message>
        <source>%2 risks, %1 overdue</source>
        <translation>%2 risiko, %1 lewat tenggat</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Tahapa&amp;n:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>&amp;Kesatuan:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Hanya le&amp;wat tenggat</translation>
    </message>
    <message>
        <source>Only lines past their due date and not done</source>
        <translation>Hanya baris yang melewati tenggat dan belum selesai</translation>
    </message>
    <message>
        <source>&amp;Add risk…</source>
        <translation>Tambah &amp;risiko…</translation>
    </message>
    <message>
        <source>Add a risk (Ins)</source>
        <translation>Tambah risiko (Ins)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Change the selected risk (Enter, F2)</source>
        <translation>Ubah risiko yang dipilih (Enter, F2)</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Tan&amp;dai selesai</translation>
    </message>
    <message>
        <source>Mark the selected risk&apos;s mitigation as done (Ctrl+D)</source>
        <translation>Tandai mitigasi risiko yang dipilih sudah selesai (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Delete the selected risk (Del); asks first</source>
        <translation>Hapus risiko yang dipilih (Del); ditanyakan dulu</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Whole operation area</source>
        <translation>Seluruh wilayah operasi</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · lewat tenggat</translation>
    </message>
    <message>
        <source>(stage deleted)</source>
        <translation>(tahapan dihapus)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Past its due date and not done yet</source>
        <translation>Sudah lewat tenggat dan belum selesai</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigasi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>NRP/NIP</source>
        <translation>NRP/NIP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>BKO to</source>
        <translation>BKO ke</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Saving the roster…</source>
        <translation>Menyimpan daftar personel…</translation>
    </message>
    <message>
        <source>Saving the people…</source>
        <translation>Menyimpan data personel…</translation>
    </message>
    <message>
        <source>Saving the assignments…</source>
        <translation>Menyimpan penugasan…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message>
        <source>Choose a personnel roster</source>
        <translation>Pilih daftar personel</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Berkas CSV atau Excel (*.csv *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>lembar %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>Import a personnel roster</source>
        <translation>Impor daftar personel</translation>
    </message>
    <message>
        <source>A roster (CSV or Excel) needs each person&apos;s name, rank, NRP or NIP, and unit; rank and NRP may share a column (BRIPKA/85011234). A PAM TPS sheet also names the village and the TPS each person guards (1-5, 7). Every sheet whose header fits is read. Nothing is imported before you have seen the preview.</source>
        <translation>Daftar personel (CSV atau Excel) harus memuat nama, pangkat, NRP atau NIP, dan satuan setiap personel; pangkat dan NRP boleh dalam satu kolom (BRIPKA/85011234). Lembar PAM TPS juga menyebut desa/kelurahan dan TPS yang dijaga setiap personel (1-5, 7). Setiap lembar yang judul kolomnya sesuai akan dibaca. Tidak ada yang diimpor sebelum Anda melihat pratinjaunya.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Pilih berkas &amp;lain…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The database has not been changed. Correct these rows in the file (or add a missing unit to the unit list), save it, and choose it again.</source>
        <translation>Basis data tidak diubah. Perbaiki baris-baris ini di berkas (atau tambahkan satuan yang belum ada ke daftar satuan), simpan, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>%1 people: %2 new, %3 already in the database (updated)</source>
        <translation>%1 orang: %2 baru, %3 sudah ada di basis data (diperbarui)</translation>
    </message>
    <message>
        <source>%1 of them BKO to another unit</source>
        <translation>%1 di antaranya BKO ke satuan lain</translation>
    </message>
    <message>
        <source>%1 TPS assignments</source>
        <translation>%1 penugasan TPS</translation>
    </message>
    <message>
        <source>Sheets read: %1</source>
        <translation>Lembar yang dibaca: %1</translation>
    </message>
    <message>
        <source>%1 warnings: see the Notes tab.</source>
        <translation>%1 peringatan: lihat tab Catatan.</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>&amp;Personel (%1)</translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation>&amp;Catatan (%1)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file must be corrected (see below).</source>
        <translation>Tidak ada yang diimpor: berkas harus diperbaiki (lihat di bawah).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 or more rows must be corrected in the file.</source>
        <translation>Tidak ada yang diimpor: %1 baris atau lebih harus diperbaiki di berkas.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows must be corrected in the file.</source>
        <translation>Tidak ada yang diimpor: %1 baris harus diperbaiki di berkas.</translation>
    </message>
    <message>
        <source>… and %1 more problems, not listed.</source>
        <translation>… dan %1 masalah lain, tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Import records the %1 people and %2 assignments as one update. Phone numbers are imported but not shown here.</source>
        <translation>Impor mencatat %1 orang dan %2 penugasan sebagai satu pembaruan. Nomor telepon ikut diimpor tetapi tidak ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>Mengimpor daftar personel…</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>Daftar personel tidak diimpor</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1 people (%2 BKO), %3 assignments from %4</source>
        <translation>%1 orang (%2 BKO), %3 penugasan dari %4</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>DAMAGED — read-only</source>
        <translation>RUSAK — hanya baca</translation>
    </message>
    <message>
        <source>DISK FULL — read-only</source>
        <translation>DISK PENUH — hanya baca</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>HANYA BACA</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <source>The database file is being checked for damage; saves wait for it.</source>
        <translation>Berkas basis data sedang diperiksa dari kerusakan; penyimpanan menunggu pemeriksaan selesai.</translation>
    </message>
    <message>
        <source>CommandPost — the database file is damaged</source>
        <translation>CommandPost — berkas basis data rusak</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be shown:</source>
        <translation>Berkas basis data rusak dan tidak dapat ditampilkan:</translation>
    </message>
    <message>
        <source>Restore one of its backups now? The damaged file is kept aside.</source>
        <translation>Pulihkan salah satu cadangannya sekarang? Berkas yang rusak disimpan di samping.</translation>
    </message>
    <message>
        <source>The database file is damaged:</source>
        <translation>Berkas basis data rusak:</translation>
    </message>
    <message>
        <source>CommandPost opened it read-only: you can look at it, but nothing will be saved to it, so no update is lost into a damaged file. Restore the newest good backup, or copy the file to an expert before anything else.</source>
        <translation>CommandPost membukanya hanya-baca: isinya dapat dilihat, tetapi tidak ada yang disimpan ke berkas ini, agar tidak ada pembaruan yang hilang ke berkas rusak. Pulihkan cadangan baik yang terbaru, atau salin berkas ini untuk diperiksa ahli sebelum melakukan hal lain.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Keep it read-only</source>
        <translation>Biarkan hanya-baca</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Backup FAILED</source>
        <translation>Pencadangan GAGAL</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Tidak ada cadangan yang dibuat.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Cadangan ditulis dan diperiksa: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Belum ada cadangan</translation>
    </message>
    <message>
        <source>A verified backup is made after changes, every %1 minutes, and on close.</source>
        <translation>Cadangan yang diperiksa dibuat setelah ada perubahan, setiap %1 menit, dan saat ditutup.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Cadangan terakhir: %1</translation>
    </message>
    <message>
        <source>Newest backup: %1</source>
        <translation>Cadangan terbaru: %1</translation>
    </message>
    <message>
        <source>Not written to %1: %2</source>
        <translation>Tidak ditulis ke %1: %2</translation>
    </message>
    <message>
        <source>Backing up and verifying…</source>
        <translation>Mencadangkan dan memeriksa…</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Mencadangkan sebelum menutup…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Tidak dipulihkan</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Folder cadangan kedua</translation>
    </message>
    <message>
        <source>Backups are also written to:</source>
        <translation>Cadangan juga ditulis ke:</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Pilih folder lain…</translation>
    </message>
    <message>
        <source>Stop writing there</source>
        <translation>Berhenti menulis ke sana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Backups are written to the data folder only</source>
        <translation>Cadangan hanya ditulis ke folder data</translation>
    </message>
    <message>
        <source>Second backup folder (e.g. a USB stick)</source>
        <translation>Folder cadangan kedua (mis. flashdisk)</translation>
    </message>
    <message>
        <source>Backups are also written to %1</source>
        <translation>Cadangan juga ditulis ke %1</translation>
    </message>
    <message>
        <source>The database is still open in another program or window; close it there first.</source>
        <translation>Basis data masih dibuka di program atau jendela lain; tutup dahulu di sana.</translation>
    </message>
    <message>
        <source>The backup was not restored; the database is as it was.</source>
        <translation>Cadangan tidak dipulihkan; basis data tetap seperti semula.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>The backup of %1 is now the database.

The previous file is kept, unchanged, as:
%2</source>
        <translation>Cadangan %1 kini menjadi basis data.

Berkas sebelumnya disimpan utuh sebagai:
%2</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Write a verified backup of the database now</source>
        <translation>Tulis cadangan basis data yang diperiksa sekarang</translation>
    </message>
    <message>
        <source>Second backup &amp;folder…</source>
        <translation>Folder cadangan &amp;kedua…</translation>
    </message>
    <message>
        <source>Also write every backup to a second folder, such as a USB stick</source>
        <translation>Tulis juga setiap cadangan ke folder kedua, misalnya flashdisk</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database; the current file is kept aside</source>
        <translation>Gunakan cadangan sebagai basis data; berkas sekarang disimpan di samping</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>No region name fits. Type part of a name, a code, or a village and a TPS number (hegarmanah 4).</source>
        <translation>Tidak ada nama wilayah yang cocok. Ketik sebagian nama, kode, atau nama desa dan nomor TPS (hegarmanah 4).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>↓/↑ choose in the list; Enter shows it or the next match</source>
        <translation>↓/↑ pilih di daftar; Enter menampilkannya atau hasil berikutnya</translation>
    </message>
    <message>
        <source>Reg. %1</source>
        <translation>Kab. %1</translation>
    </message>
    <message>
        <source>Dist. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>Urb. %1</source>
        <translation>Kel. %1</translation>
    </message>
    <message>
        <source>Vil. %1</source>
        <translation>Desa %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Officer on duty:</source>
        <translation>Petugas jaga:</translation>
    </message>
    <message>
        <source>Correct the officer on duty, the post&apos;s name or its time zone</source>
        <translation>Perbaiki data petugas jaga, nama posko atau zona waktunya</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK. Numbers and dates always use the Indonesian format. The officer on duty is kept in the database and named in the history of every change; when another officer takes over, use File › Handover of duty.</source>
        <translation>Bahasa berganti begitu Anda menekan OK. Angka dan tanggal selalu memakai format Indonesia. Petugas jaga disimpan di basis data dan disebut dalam riwayat setiap perubahan; bila petugas lain mengambil alih, gunakan Berkas › Serah terima tugas.</translation>
    </message>
    <message>
        <source>no database open</source>
        <translation>tidak ada basis data yang terbuka</translation>
    </message>
    <message>
        <source>nobody recorded yet</source>
        <translation>belum ada yang dicatat</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 (%3)&lt;br&gt;on duty since %4</source>
        <translation>%1&lt;br&gt;%2 (%3)&lt;br&gt;bertugas sejak %4</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Shifts</source>
        <translation>Sif</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Sif</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>(whole operation)</source>
        <translation>(seluruh operasi)</translation>
    </message>
    <message>
        <source>Three-shift relay for a day</source>
        <translation>Tiga sif bergantian untuk satu hari</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Ha&amp;ri:</translation>
    </message>
    <message>
        <source>Add 06.00, 14.00 and &amp;22.00 shifts</source>
        <translation>Tambah sif 06.00, 14.00 dan &amp;22.00</translation>
    </message>
    <message>
        <source>One shift</source>
        <translation>Satu sif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>S&amp;elesai:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Tahapan:</translation>
    </message>
    <message>
        <source>&amp;Add shift</source>
        <translation>T&amp;ambah sif</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>&amp;Delete shift</source>
        <translation>&amp;Hapus sif</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>three shifts on %1</source>
        <translation>tiga sif pada %1</translation>
    </message>
    <message>
        <source>shift %1 added</source>
        <translation>sif %1 ditambahkan</translation>
    </message>
    <message>
        <source>shift %1 changed</source>
        <translation>sif %1 diubah</translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation>Hapus sif</translation>
    </message>
    <message>
        <source>Delete %1? Its assignments end (undo brings them back).</source>
        <translation>Hapus %1? Penugasannya berakhir (urungkan mengembalikannya).</translation>
    </message>
    <message>
        <source>shift %1 deleted</source>
        <translation>sif %1 dihapus</translation>
    </message>
</context>
<context>
    <name>SitrepDialog</name>
    <message>
        <source>Situation report</source>
        <translation>Laporan situasi</translation>
    </message>
    <message>
        <source>R&amp;eport:</source>
        <translation>&amp;Jenis laporan:</translation>
    </message>
    <message>
        <source>National (every Polda)</source>
        <translation>Nasional (seluruh Polda)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Satuan:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Tahapan:</translation>
    </message>
    <message>
        <source>The operation&apos;s plan</source>
        <translation>Rencana operasi</translation>
    </message>
    <message>
        <source>Whose posts the list shows</source>
        <translation>Penugasan pos yang ditampilkan daftar</translation>
    </message>
    <message>
        <source>Sh&amp;ift:</source>
        <translation>S&amp;if:</translation>
    </message>
    <message>
        <source>&amp;With phone numbers</source>
        <translation>Dengan nomor &amp;HP</translation>
    </message>
    <message>
        <source>%1, local time of the post</source>
        <translation>%1, waktu setempat posko</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To (cut-off):</source>
        <translation>&amp;Sampai (batas waktu):</translation>
    </message>
    <message>
        <source>(from the data)</source>
        <translation>(menurut data)</translation>
    </message>
    <message>
        <source>The general situation; choose a phrase or write your own</source>
        <translation>Situasi umum; pilih frasa atau tulis sendiri</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>S&amp;ituasi:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tanpa)</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Klasifikasi:</translation>
    </message>
    <message>
        <source>blank: filled in by hand</source>
        <translation>kosong: diisi tangan</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <source>&amp;Obstacles:</source>
        <translation>K&amp;endala:</translation>
    </message>
    <message>
        <source>Outlook &amp;24 h:</source>
        <translation>Prakiraan &amp;24 jam:</translation>
    </message>
    <message>
        <source>Outlook &amp;48 h:</source>
        <translation>Prakiraan &amp;48 jam:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Rekomendasi:</translation>
    </message>
    <message>
        <source>e.g. KAPOLRES LEBAK</source>
        <translation>mis. KAPOLRES LEBAK</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;post:</source>
        <translation>&amp;Jabatan penanda tangan:</translation>
    </message>
    <message>
        <source>Signer&apos;s na&amp;me:</source>
        <translation>Na&amp;ma penanda tangan:</translation>
    </message>
    <message>
        <source>e.g. AKBP</source>
        <translation>mis. AKBP</translation>
    </message>
    <message>
        <source>R&amp;ank:</source>
        <translation>&amp;Pangkat:</translation>
    </message>
    <message>
        <source>N&amp;RP:</source>
        <translation>N&amp;RP:</translation>
    </message>
    <message>
        <source>blank: a line to fill in by hand</source>
        <translation>kosong: garis untuk diisi tangan</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>Perbar&amp;ui pratinjau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Simpan P&amp;DF…</translation>
    </message>
    <message>
        <source>Save E&amp;xcel/CSV…</source>
        <translation>Simpan E&amp;xcel/CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>TPS rawan and sangat rawan</source>
        <translation>Daftar TPS rawan dan sangat rawan</translation>
    </message>
    <message>
        <source>Every TPS</source>
        <translation>Daftar seluruh TPS</translation>
    </message>
    <message>
        <source>Assignment list</source>
        <translation>Daftar penugasan personel</translation>
    </message>
    <message>
        <source>Incident and activity log</source>
        <translation>Daftar kejadian dan kegiatan</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Register risiko</translation>
    </message>
    <message>
        <source>Changed: F5 shows the report with the changes.</source>
        <translation>Ada perubahan: F5 menampilkan laporan dengan perubahan itu.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>%1 hours, %2</source>
        <translation>%1 jam, %2</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Menyusun laporan…</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Laporan tidak dapat disusun.</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>Laporan tidak dapat disusun</translation>
    </message>
    <message>
        <source>The period ends before it starts: the end must come after the start.</source>
        <translation>Periode berakhir sebelum dimulai: waktu akhir harus sesudah waktu awal.</translation>
    </message>
    <message>
        <source>%1, %2 pages, made in %3 s</source>
        <translation>%1, %2 halaman, disusun dalam %3 detik</translation>
    </message>
    <message>
        <source>The operation has no stages: the risk register needs one.</source>
        <translation>Operasi belum memiliki tahapan: register risiko memerlukan satu tahapan.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Save the situation report as PDF</source>
        <translation>Simpan laporan situasi sebagai PDF</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>Simpan daftar sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>PDF tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages)</source>
        <translation>Tersimpan %1 (%2 halaman)</translation>
    </message>
    <message>
        <source>Save the tables as Excel or CSV</source>
        <translation>Simpan tabel sebagai Excel atau CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation>Berkas tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan %1</translation>
    </message>
    <message>
        <source>The report could not be printed</source>
        <translation>Laporan tidak dapat dicetak</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>%1 halaman dikirim ke pencetak</translation>
    </message>
    <message>
        <source>The report could not be kept as issued</source>
        <translation>Laporan tidak dapat disimpan sebagai terbitan</translation>
    </message>
    <message>
        <source>; kept as issued (%1)</source>
        <translation>; disimpan sebagai terbitan (%1)</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Tambah sumber</translation>
    </message>
    <message>
        <source>Name of the source:</source>
        <translation>Nama sumber:</translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation>Ganti nama sumber</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1” sudah ada di daftar.</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>Sumber informasi</translation>
    </message>
    <message>
        <source>Sources that officers can name when they update the vulnerability. Untick a source to hide it from the list; records that already name it keep it.</source>
        <translation>Sumber yang dapat disebut petugas saat memperbarui kerawanan. Hapus centang sebuah sumber untuk menyembunyikannya dari daftar; catatan yang sudah menyebutnya tetap menyimpannya.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;ambah…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Formation of election bodies</source>
        <translation>Pembentukan badan penyelenggara</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Daftar pemilih</translation>
    </message>
    <message>
        <source>Candidacy</source>
        <translation>Pencalonan</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Penetapan</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Quiet period</source>
        <translation>Masa tenang</translation>
    </message>
    <message>
        <source>Voting day</source>
        <translation>Pemungutan suara</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Penghitungan suara</translation>
    </message>
    <message>
        <source>Recapitulation</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Sengketa hasil</translation>
    </message>
    <message>
        <source>Inauguration</source>
        <translation>Pelantikan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Ubah tahapan</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Tahapan baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Has its own dates</source>
        <translation>&amp;Punya tanggal sendiri</translation>
    </message>
    <message>
        <source>Leave unticked for a group whose dates are those of its sub-stages.</source>
        <translation>Biarkan tidak dicentang untuk kelompok yang tanggalnya mengikuti subtahapannya.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>(none: a main stage)</source>
        <translation>(tidak ada: tahapan utama)</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Bagian dari:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The stage ends before it starts. Check the dates.</source>
        <translation>Tahapan berakhir sebelum dimulai. Periksa tanggalnya.</translation>
    </message>
    <message>
        <source>A sub-stage must lie within the dates of the stage it is part of (%1).</source>
        <translation>Subtahapan harus berada dalam rentang tanggal tahapan induknya (%1).</translation>
    </message>
    <message>
        <source>A stage cannot be part of itself or of one of its sub-stages.</source>
        <translation>Tahapan tidak dapat menjadi bagian dari dirinya sendiri atau dari subtahapannya.</translation>
    </message>
    <message>
        <source>The stage it is part of no longer exists.</source>
        <translation>Tahapan induknya sudah tidak ada.</translation>
    </message>
    <message>
        <source>There is already a stage of this name here; give it another name.</source>
        <translation>Sudah ada tahapan dengan nama ini di sini; beri nama lain.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Tahapan perlu nama.</translation>
    </message>
</context>
<context>
    <name>StageFeature</name>
    <message>
        <source>No stages yet</source>
        <translation>Belum ada tahapan</translation>
    </message>
    <message>
        <source>Add the operation&apos;s stages in View › Stage timeline (Ctrl+Shift+T).</source>
        <translation>Tambahkan tahapan operasi di Lihat › Linimasa tahapan (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>between stages</source>
        <translation>di luar tahapan</translation>
    </message>
    <message>
        <source>Today (%1): %2</source>
        <translation>Hari ini (%1): %2</translation>
    </message>
    <message>
        <source>(demo: the operation as it stood on this day)</source>
        <translation>(demo: keadaan operasi pada hari itu)</translation>
    </message>
    <message>
        <source>Also under way: %1</source>
        <translation>Juga berjalan: %1</translation>
    </message>
    <message>
        <source>Next: %1 from %2</source>
        <translation>Berikutnya: %1 mulai %2</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Linimasa tahapan</translation>
    </message>
    <message>
        <source>Stage &amp;timeline</source>
        <translation>&amp;Linimasa tahapan</translation>
    </message>
    <message>
        <source>Show the stages and how the picture changed over time</source>
        <translation>Tampilkan tahapan dan perubahan gambaran kerawanan dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Import a stage &amp;schedule…</source>
        <translation>Impor &amp;jadwal tahapan…</translation>
    </message>
    <message>
        <source>Record TPS &amp;progress…</source>
        <translation>Catat &amp;progres TPS…</translation>
    </message>
    <message>
        <source>Voting day: the step the selected TPS reached (Ctrl+Shift+P in that view)</source>
        <translation>Hari pemungutan: tahap yang dicapai TPS terpilih (Ctrl+Shift+P di tampilan itu)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Register risiko</translation>
    </message>
    <message>
        <source>Risk re&amp;gister</source>
        <translation>Register ris&amp;iko</translation>
    </message>
    <message>
        <source>Voting day</source>
        <translation>Hari pemungutan suara</translation>
    </message>
    <message>
        <source>&amp;Voting day (TPS progress)</source>
        <translation>Hari &amp;pemungutan (progres TPS)</translation>
    </message>
    <message>
        <source>Which TPS have opened, counted and sent their ballot box, hour by hour</source>
        <translation>TPS mana yang sudah dibuka, selesai menghitung dan mengirim kotak suara, jam demi jam</translation>
    </message>
    <message>
        <source>The threats expected per stage and area, and the plans against them</source>
        <translation>Ancaman yang diperkirakan per tahapan dan wilayah, beserta rencana penanganannya</translation>
    </message>
</context>
<context>
    <name>StageImportDialog</name>
    <message>
        <source>Import a stage schedule</source>
        <translation>Impor jadwal tahapan</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>A schedule needs a column for the stage&apos;s name and, for dated stages, its first and last day (27 November 2024, 27 Nop 2024, 27/11/2024). An id and a parent id column make sub-stages.</source>
        <translation>Jadwal perlu kolom nama tahapan dan, untuk tahapan bertanggal, hari pertama dan terakhirnya (27 November 2024, 27 Nop 2024, 27/11/2024). Kolom id dan id induk membentuk subtahapan.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>&amp;Leave the refused rows out and import the rest</source>
        <translation>&amp;Lewati baris yang ditolak dan impor sisanya</translation>
    </message>
    <message>
        <source>&amp;Replace the operation&apos;s %1 current stages (undo brings them back)</source>
        <translation>&amp;Ganti %1 tahapan operasi yang ada (dapat diurungkan)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Replacing moves the %1 lines of the risk register to the new stage of the same kind, where the schedule has one.</source>
        <translation>Penggantian memindahkan %1 baris register risiko ke tahapan baru yang sejenis, bila jadwal memilikinya.</translation>
    </message>
    <message>
        <source>Replacing moves %1 lines of the risk register to the new stage of the same kind.</source>
        <translation>Penggantian memindahkan %1 baris register risiko ke tahapan baru yang sejenis.</translation>
    </message>
    <message>
        <source>%1 lines have no stage of their kind in this schedule (%2) and will show “(stage deleted)” until you give them a stage again.</source>
        <translation>%1 baris tidak punya tahapan sejenis di jadwal ini (%2) dan akan tampil “(tahapan dihapus)” sampai Anda memberinya tahapan lagi.</translation>
    </message>
    <message>
        <source>Choose a stage schedule</source>
        <translation>Pilih jadwal tahapan</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Berkas CSV atau Excel (*.csv *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Read as Windows-1252?</source>
        <translation>Baca sebagai Windows-1252?</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Berkas: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: the problems below name each row and column. Correct the file, or leave the refused rows out.</source>
        <translation>Belum ada yang dapat diimpor: masalah di bawah menyebut baris dan kolomnya. Perbaiki berkas, atau lewati baris yang ditolak.</translation>
    </message>
    <message>
        <source>%1 stages will be imported.</source>
        <translation>%1 tahapan akan diimpor.</translation>
    </message>
    <message>
        <source>%1 refused rows are left out (listed below).</source>
        <translation>%1 baris yang ditolak dilewati (tercantum di bawah).</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Dist. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>— leave unchanged —</source>
        <translation>— jangan diubah —</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak diubah</translation>
    </message>
    <message>
        <source>The selection holds no TPS, so no class can be set.</source>
        <translation>Pilihan ini tidak memuat TPS, sehingga kelas tidak dapat ditetapkan.</translation>
    </message>
    <message>
        <source>Current class: %1</source>
        <translation>Kelas saat ini: %1</translation>
    </message>
    <message>
        <source>The class applies to every one of the %1 TPS in the selection.</source>
        <translation>Kelas ini berlaku untuk seluruh %1 TPS dalam pilihan.</translation>
    </message>
    <message>
        <source>Levels are recorded at %1 itself; the current level is shown beside each.</source>
        <translation>Tingkat dicatat pada %1 itu sendiri; tingkat saat ini ditampilkan di samping masing-masing.</translation>
    </message>
    <message>
        <source>Levels are recorded at each selected TPS or region.</source>
        <translation>Tingkat dicatat pada setiap TPS atau wilayah yang dipilih.</translation>
    </message>
    <message>
        <source>%1 selected: %2 TPS in all</source>
        <translation>%1 dipilih: seluruhnya %2 TPS</translation>
    </message>
    <message>
        <source>Choose a class or a threat level to change.</source>
        <translation>Pilih kelas atau tingkat ancaman yang akan diubah.</translation>
    </message>
    <message>
        <source>Write the reason for this update.</source>
        <translation>Tuliskan alasan pembaruan ini.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Tidak ada yang disimpan: %1</translation>
    </message>
    <message>
        <source>Nothing was saved; your entries are still in this window.</source>
        <translation>Tidak ada yang disimpan; isian Anda masih ada di jendela ini.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>kelas %1</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 lainnya</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 dipilih</translation>
    </message>
    <message>
        <source>Update vulnerability</source>
        <translation>Perbarui kerawanan</translation>
    </message>
    <message>
        <source>TPS class</source>
        <translation>Kelas TPS</translation>
    </message>
    <message>
        <source>Threat levels</source>
        <translation>Tingkat ancaman</translation>
    </message>
    <message>
        <source>Why and from whom</source>
        <translation>Alasan dan sumber</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Required: what was reported or seen, e.g. &quot;Bhabinkamtibmas report: the river rose 1 m&quot;</source>
        <translation>Wajib: apa yang dilaporkan atau dilihat, mis. &quot;Laporan Bhabinkamtibmas: air sungai naik 1 m&quot;</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>Where the information comes from; type a new name to add it to the list</source>
        <translation>Asal informasi; ketik nama baru untuk menambahkannya ke daftar</translation>
    </message>
    <message>
        <source>&amp;Observed at:</source>
        <translation>&amp;Waktu pengamatan:</translation>
    </message>
    <message>
        <source>When the situation was observed; an earlier time is allowed (say why in the reason)</source>
        <translation>Kapan situasi diamati; waktu yang lebih awal boleh diisi (jelaskan sebabnya di alasan)</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>This file is not a database file, so CommandPost cannot use it.</source>
        <translation>Berkas ini bukan berkas basis data, sehingga tidak dapat dipakai CommandPost.</translation>
    </message>
    <message>
        <source>This file is a database, but not a CommandPost database.</source>
        <translation>Berkas ini memang basis data, tetapi bukan basis data CommandPost.</translation>
    </message>
    <message>
        <source>This CommandPost database is damaged and cannot be opened safely. Use a backup copy.</source>
        <translation>Basis data CommandPost ini rusak dan tidak dapat dibuka dengan aman. Gunakan salinan cadangan.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of CommandPost. Update CommandPost to open it.</source>
        <translation>Basis data ini dibuat oleh CommandPost versi yang lebih baru. Perbarui CommandPost untuk membukanya.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may read it.</source>
        <translation>Berkas tidak dapat dibaca. Periksa apakah berkas itu ada dan Anda berhak membacanya.</translation>
    </message>
    <message>
        <source>This database holds no operation yet.</source>
        <translation>Basis data ini belum berisi operasi.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes): it is not a CommandPost database. A new database is made only when you ask for one.</source>
        <translation>Berkas ini kosong (0 byte): bukan basis data CommandPost. Basis data baru hanya dibuat bila Anda memintanya.</translation>
    </message>
    <message>
        <source>This file does not exist (any more). Check the folder and the name.</source>
        <translation>Berkas ini tidak ada (lagi). Periksa folder dan namanya.</translation>
    </message>
    <message>
        <source>The disk or USB stick reported a read/write error. The file itself may be intact: check the medium (cable, stick), then try again.</source>
        <translation>Disk atau flashdisk melaporkan galat baca/tulis. Berkasnya sendiri mungkin utuh: periksa medianya (kabel, flashdisk), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk holding this file is full.</source>
        <translation>Disk tempat berkas ini penuh.</translation>
    </message>
    <message>
        <source>This file cannot be written (it is read-only).</source>
        <translation>Berkas ini tidak dapat ditulis (hanya baca).</translation>
    </message>
    <message>
        <source>Another program or window is writing to this file.</source>
        <translation>Program atau jendela lain sedang menulis ke berkas ini.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The last change was NOT saved.</source>
        <translation>Perubahan terakhir TIDAK tersimpan.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disk penuh.</translation>
    </message>
    <message>
        <source>Free space: %1. Free at least %2 (delete or move other files).</source>
        <translation>Ruang kosong: %1. Kosongkan sedikitnya %2 (hapus atau pindahkan berkas lain).</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Berkas ini hanya-baca.</translation>
    </message>
    <message>
        <source>Its folder is read-only.</source>
        <translation>Foldernya hanya-baca.</translation>
    </message>
    <message>
        <source>The disk or USB stick it is on is read-only (write-protected).</source>
        <translation>Disk atau flashdisk tempatnya hanya-baca (terkunci tulis).</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Berkas tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>another program or window</source>
        <translation>program atau jendela lain</translation>
    </message>
    <message>
        <source>The file is being written by %1 and the wait was cancelled. Try again when that program has finished.</source>
        <translation>Berkas sedang ditulis oleh %1 dan penantian dibatalkan. Coba lagi setelah program itu selesai.</translation>
    </message>
    <message>
        <source>The database file is damaged, so CommandPost does not write to it. Restore the newest good backup (File › Restore from backup…).</source>
        <translation>Berkas basis data rusak, sehingga CommandPost tidak menulis ke dalamnya. Pulihkan cadangan baik yang terbaru (Berkas › Pulihkan dari cadangan…).</translation>
    </message>
    <message>
        <source>CommandPost — database cannot be opened</source>
        <translation>CommandPost — basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>The database file could not be opened:</source>
        <translation>Berkas basis data tidak dapat dibuka:</translation>
    </message>
    <message>
        <source>Nothing in the file has been changed.</source>
        <translation>Isi berkas tidak diubah sama sekali.</translation>
    </message>
    <message>
        <source>CommandPost — no database in this file</source>
        <translation>CommandPost — berkas ini belum berisi basis data</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes):</source>
        <translation>Berkas ini kosong (0 byte):</translation>
    </message>
    <message>
        <source>This file does not exist:</source>
        <translation>Berkas ini tidak ada:</translation>
    </message>
    <message>
        <source>Make a new, empty CommandPost database in it? If you meant to open an existing database, choose No and open the right file.</source>
        <translation>Buat basis data CommandPost baru yang kosong di dalamnya? Bila Anda bermaksud membuka basis data yang sudah ada, pilih Tidak lalu buka berkas yang benar.</translation>
    </message>
    <message>
        <source>Make a new database</source>
        <translation>Buat basis data baru</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Galat tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong that CommandPost did not expect; what you were doing may not have been saved. The details are in commandpost.log in the data folder.</source>
        <translation>Terjadi sesuatu yang tidak diperkirakan CommandPost; yang sedang Anda kerjakan mungkin belum tersimpan. Rinciannya ada di commandpost.log di folder data.</translation>
    </message>
</context>
<context>
    <name>StrengthFeature</name>
    <message>
        <source>All areas</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>Work as this unit (Ctrl+U): the tree greys the areas outside its jurisdiction, the filter and the strength view follow</source>
        <translation>Bekerja sebagai satuan ini (Ctrl+U): pohon wilayah menyamarkan wilayah di luar wilayah hukumnya, filter dan tampilan kekuatan ikut menyesuaikan</translation>
    </message>
    <message>
        <source>%1 TPS · %2 rawan · %3 sangat rawan · Polri %4 / %5 (%6)</source>
        <translation>%1 TPS · %2 rawan · %3 sangat rawan · Polri %4 / %5 (%6)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <source>&amp;Strength (police required and assigned)</source>
        <translation>K&amp;ekuatan (kebutuhan dan penugasan personel)</translation>
    </message>
    <message>
        <source>A unit&apos;s strength against what the TPS security patterns require</source>
        <translation>Kekuatan satuan dibandingkan kebutuhan menurut pola pengamanan TPS</translation>
    </message>
    <message>
        <source>Import a &amp;personnel list…</source>
        <translation>Impor daftar &amp;personel…</translation>
    </message>
    <message>
        <source>A roster or PAM TPS list (CSV/XLSX): checked and previewed first</source>
        <translation>Daftar personel atau daftar PAM TPS (CSV/XLSX): diperiksa dan dipratinjau dahulu</translation>
    </message>
    <message>
        <source>&amp;Units and jurisdiction…</source>
        <translation>Satuan dan &amp;wilayah hukum…</translation>
    </message>
    <message>
        <source>Add, rename, move or retire units; tick the kecamatan each covers</source>
        <translation>Tambah, ganti nama, pindahkan atau nonaktifkan satuan; centang kecamatan yang dicakup tiap satuan</translation>
    </message>
    <message>
        <source>&amp;Personnel and assignments…</source>
        <translation>P&amp;ersonel dan penugasan…</translation>
    </message>
    <message>
        <source>Find, correct, move and assign people; the tree&apos;s selection is the post</source>
        <translation>Cari, perbaiki, pindahkan, dan tugaskan personel; wilayah yang dipilih pada pohon menjadi posnya</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Satuan:</translation>
    </message>
</context>
<context>
    <name>StrengthPanel</name>
    <message>
        <source>Police on TPS security %1 of %2 required: gap %3</source>
        <translation>Personel Polri PAM TPS %1 dari kebutuhan %2: selisih %3</translation>
    </message>
    <message>
        <source>; short in %1 kecamatan (%2)</source>
        <translation>; kurang di %1 kecamatan (%2)</translation>
    </message>
    <message>
        <source>%1 (total)</source>
        <translation>%1 (jumlah)</translation>
    </message>
    <message>
        <source>%1 HQ (own)</source>
        <translation>Mako %1 (sendiri)</translation>
    </message>
    <message>
        <source>(no Linmas given)</source>
        <translation>(Linmas tidak ditentukan)</translation>
    </message>
    <message>
        <source>default: Polres Serang 2024</source>
        <translation>bawaan: Polres Serang 2024</translation>
    </message>
    <message>
        <source>whole operation</source>
        <translation>seluruh operasi</translation>
    </message>
    <message>
        <source>reserve of %1: %2 of %3 free</source>
        <translation>cadangan %1: %2 dari %3 tersedia</translation>
    </message>
    <message>
        <source>BKO from %1: %2 of %3 free</source>
        <translation>BKO dari %1: %2 dari %3 tersedia</translation>
    </message>
    <message>
        <source>&amp;Gaps and proposals (%1)</source>
        <translation>Kekurangan &amp;dan usulan (%1)</translation>
    </message>
    <message>
        <source>&amp;Gaps and proposals: none</source>
        <translation>Kekurangan &amp;dan usulan: tidak ada</translation>
    </message>
    <message>
        <source>same kecamatan</source>
        <translation>satu kecamatan</translation>
    </message>
    <message>
        <source>same kabupaten</source>
        <translation>satu kabupaten</translation>
    </message>
    <message>
        <source>same province</source>
        <translation>satu provinsi</translation>
    </message>
    <message>
        <source>further away</source>
        <translation>lebih jauh</translation>
    </message>
    <message>
        <source>pattern %1 at %2: %3</source>
        <translation>pola %1 di %2: %3</translation>
    </message>
    <message>
        <source>from above</source>
        <translation>ikut satuan atas</translation>
    </message>
    <message>
        <source>%1 people to %2 (%3)</source>
        <translation>%1 orang ke %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>S&amp;atuan:</translation>
    </message>
    <message>
        <source>Unit above</source>
        <translation>Satuan atas</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <source>To deploy</source>
        <translation>Dilibatkan</translation>
    </message>
    <message>
        <source>BKO in</source>
        <translation>BKO masuk</translation>
    </message>
    <message>
        <source>BKO out</source>
        <translation>BKO keluar</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operasional</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>TNI</source>
        <translation>TNI</translation>
    </message>
    <message>
        <source>Linmas</source>
        <translation>Linmas</translation>
    </message>
    <message>
        <source>Satpol PP</source>
        <translation>Satpol PP</translation>
    </message>
    <message>
        <source>The unit; double-click or Enter goes down to a unit below</source>
        <translation>Satuan; klik dua kali atau Enter untuk turun ke satuan di bawahnya</translation>
    </message>
    <message>
        <source>Polri personnel whose home unit this is</source>
        <translation>Personel Polri dengan satuan induk ini</translation>
    </message>
    <message>
        <source>The share of the strength deployed for the operation (2/3 by default)</source>
        <translation>Bagian kekuatan yang dilibatkan dalam operasi (bawaan 2/3)</translation>
    </message>
    <message>
        <source>People placed under this unit (BKO) from elsewhere</source>
        <translation>Personel dari satuan lain yang di-BKO-kan ke satuan ini</translation>
    </message>
    <message>
        <source>People of this unit placed under another (BKO)</source>
        <translation>Personel satuan ini yang di-BKO-kan ke satuan lain</translation>
    </message>
    <message>
        <source>Under this unit&apos;s command for the operation: strength - BKO out + BKO in</source>
        <translation>Di bawah kendali satuan ini dalam operasi: kekuatan - BKO keluar + BKO masuk</translation>
    </message>
    <message>
        <source>Commander&apos;s reserve (POH / cadangan)</source>
        <translation>Cadangan pimpinan (POH / cadangan)</translation>
    </message>
    <message>
        <source>People assigned to posts in the operation&apos;s plan</source>
        <translation>Personel yang ditugaskan ke pos dalam rencana operasi</translation>
    </message>
    <message>
        <source>Police the TPS security patterns require for the TPS classes</source>
        <translation>Personel Polri yang dibutuhkan menurut pola pengamanan TPS untuk kelas-kelas TPS</translation>
    </message>
    <message>
        <source>Assigned minus required: below zero, people are missing</source>
        <translation>Ditugaskan dikurangi kebutuhan: di bawah nol berarti personel kurang</translation>
    </message>
    <message>
        <source>TNI support (people)</source>
        <translation>Dukungan TNI (orang)</translation>
    </message>
    <message>
        <source>Linmas support (people)</source>
        <translation>Dukungan Linmas (orang)</translation>
    </message>
    <message>
        <source>Satpol PP support (people)</source>
        <translation>Dukungan Satpol PP (orang)</translation>
    </message>
    <message>
        <source>S&amp;trength by unit</source>
        <translation>Kekuatan pe&amp;r satuan</translation>
    </message>
    <message>
        <source>TPS security &amp;patterns</source>
        <translation>Pola penga&amp;manan TPS</translation>
    </message>
    <message>
        <source>Police-TPS-Linmas: 2-12-24 is 2 police and 24 Linmas for every 12 TPS. A pattern set at a unit holds for the units below it unless they set their own.</source>
        <translation>Polri-TPS-Linmas: 2-12-24 berarti 2 personel Polri dan 24 Linmas untuk setiap 12 TPS. Pola yang ditetapkan pada satu satuan berlaku juga bagi satuan di bawahnya, kecuali satuan itu menetapkan polanya sendiri.</translation>
    </message>
    <message>
        <source>Kecamatan short of police, largest gap first, with who could cover them: the reserve first, then units nearby with people to spare. Accepting assigns them to the kecamatan command post (BKO where needed); undo takes it back.</source>
        <translation>Kecamatan yang kekurangan personel Polri, dari kekurangan terbesar, dengan siapa yang dapat mengisinya: cadangan lebih dulu, lalu satuan terdekat yang punya personel lebih. Menerima usulan menugaskan mereka ke posko kecamatan (BKO bila perlu); Urungkan membatalkannya.</translation>
    </message>
    <message>
        <source>TPS class</source>
        <translation>Kelas TPS</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Ditetapkan oleh</translation>
    </message>
    <message>
        <source>Change &amp;pattern…</source>
        <translation>Ubah p&amp;ola…</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>Terima &amp;usulan</translation>
    </message>
    <message>
        <source>Assign these people to the kecamatan command post (BKO where needed)</source>
        <translation>Tugaskan personel ini ke Posko kecamatan (BKO bila perlu)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>voting day</source>
        <translation>hari H</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>TPS progress</source>
        <translation>Progres TPS</translation>
    </message>
    <message>
        <source>on duty in a shift</source>
        <translation>bertugas dalam sif</translation>
    </message>
    <message>
        <source>reported at their post</source>
        <translation>absen datang di pos</translation>
    </message>
    <message>
        <source>no rawan or sangat rawan TPS recorded yet</source>
        <translation>belum ada TPS rawan atau sangat rawan yang tercatat</translation>
    </message>
    <message>
        <source>no incidents logged yet</source>
        <translation>belum ada kejadian yang dicatat</translation>
    </message>
    <message>
        <source>no one posted in a shift yet (the operation&apos;s plan posts {plan} people)</source>
        <translation>belum ada personel dalam sif (rencana operasi: {plan} personel)</translation>
    </message>
    <message>
        <source>no TPS progress reported for voting day yet</source>
        <translation>belum ada laporan progres TPS hari pemungutan</translation>
    </message>
    <message>
        <source>{name}
{start} – {end} ({days} days)</source>
        <translation>{name}
{start} – {end} ({days} hari)</translation>
    </message>
    <message>
        <source>{day}: {rawan} rawan, {sangat_rawan} sangat rawan TPS</source>
        <translation>{day}: {rawan} TPS rawan, {sangat_rawan} TPS sangat rawan</translation>
    </message>
    <message>
        <source>{day}: {count} incidents</source>
        <translation>{day}: {count} kejadian</translation>
    </message>
    <message>
        <source>{day}: {on_duty} people on duty in a shift, {checked_in} reported at their post (the operation&apos;s plan: {plan} people)</source>
        <translation>{day}: {on_duty} personel bertugas dalam sif, {checked_in} absen datang di pos (rencana operasi: {plan} personel)</translation>
    </message>
    <message>
        <source>{time} {zone}: {opened} opened, {finished} finished, {escorted} ballot boxes escorted to the PPK, of {total} TPS</source>
        <translation>{time} {zone}: {opened} dibuka, {finished} selesai, {escorted} kotak suara dikawal ke PPK, dari {total} TPS</translation>
    </message>
    <message>
        <source>new stage %1</source>
        <translation>tahapan baru %1</translation>
    </message>
    <message>
        <source>stage %1 changed</source>
        <translation>tahapan %1 diubah</translation>
    </message>
    <message>
        <source>Delete the stage “%1”?</source>
        <translation>Hapus tahapan “%1”?</translation>
    </message>
    <message>
        <source>Its %1 sub-stages are deleted with it.</source>
        <translation>%1 subtahapannya ikut terhapus.</translation>
    </message>
    <message>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Ini dapat diurungkan (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Hapus tahapan</translation>
    </message>
    <message>
        <source>stage deleted</source>
        <translation>tahapan dihapus</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Tidak dihapus</translation>
    </message>
    <message>
        <source>stage %1 deleted</source>
        <translation>tahapan %1 dihapus</translation>
    </message>
    <message>
        <source>stage schedule from %1</source>
        <translation>jadwal tahapan dari %1</translation>
    </message>
    <message>
        <source>%1 lines of the risk register belong to them and will show “(stage deleted)” until you give them a stage again.</source>
        <translation>%1 baris register risiko terkait dan akan tampil “(tahapan dihapus)” sampai Anda memberinya tahapan lagi.</translation>
    </message>
    <message>
        <source>%1 lines of the risk register move to the new stage of the same kind.</source>
        <translation>%1 baris register risiko dipindah ke tahapan baru yang sejenis.</translation>
    </message>
    <message>
        <source>%1 lines have no stage of their kind in the template (%2) and will show “(stage deleted)” until you give them a stage again.</source>
        <translation>%1 baris tidak punya tahapan sejenis di templat (%2) dan akan tampil “(tahapan dihapus)” sampai Anda memberinya tahapan lagi.</translation>
    </message>
    <message>
        <source>Take the stages of a template</source>
        <translation>Ambil tahapan dari templat</translation>
    </message>
    <message>
        <source>Replace the %1 current stages with those of %2? The voting day becomes the template&apos;s. You can undo this (Ctrl+Z).</source>
        <translation>Ganti %1 tahapan yang ada dengan tahapan %2? Hari pemungutan suara mengikuti templat. Ini dapat diurungkan (Ctrl+Z).</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Ta&amp;mbah…</translation>
    </message>
    <message>
        <source>Show this stage onl&amp;y</source>
        <translation>Tampilkan tahapan ini sa&amp;ja</translation>
    </message>
    <message>
        <source>Mo&amp;re</source>
        <translation>Lainn&amp;ya</translation>
    </message>
    <message>
        <source>Drag or scroll: pan, zoom · ← →: pan · + −: zoom · Home: whole operation · T: today · H: voting day</source>
        <translation>Seret atau gulir: geser, perbesar · ← →: geser · + −: perbesar/perkecil · Home: seluruh operasi · T: hari ini · H: hari pemungutan</translation>
    </message>
    <message>
        <source>Click a stage to limit the incidents and history to it. Point at a row for its figures on that day (on voting day: that hour).</source>
        <translation>Klik tahapan untuk membatasi kejadian dan riwayat padanya. Arahkan penunjuk ke sebuah baris untuk angkanya pada hari itu (pada hari pemungutan: jam itu).</translation>
    </message>
    <message>
        <source>stages of %1</source>
        <translation>tahapan %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Add a stage (Ins)</source>
        <translation>Tambah tahapan (Ins)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ub&amp;ah…</translation>
    </message>
    <message>
        <source>Change the chosen stage (F2 or Enter)</source>
        <translation>Ubah tahapan yang dipilih (F2 atau Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the chosen stage and its sub-stages (Del)</source>
        <translation>Hapus tahapan yang dipilih beserta subtahapannya (Del)</translation>
    </message>
    <message>
        <source>&amp;Import a schedule (CSV/XLSX)…</source>
        <translation>&amp;Impor jadwal (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Take the stages of a &amp;template</source>
        <translation>Ambil tahapan dari &amp;templat</translation>
    </message>
    <message>
        <source>Limit the incident list and the history to the chosen stage&apos;s dates (a click on a stage in the chart does the same)</source>
        <translation>Batasi daftar kejadian dan riwayat pada tanggal tahapan yang dipilih (klik tahapan pada grafik juga bisa)</translation>
    </message>
</context>
<context>
    <name>TpsImportDialog</name>
    <message>
        <source>TPS code</source>
        <translation>Kode TPS</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Alasan dilewati</translation>
    </message>
    <message>
        <source>If deleted</source>
        <translation>Jika dihapus</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Saving the TPS…</source>
        <translation>Menyimpan TPS…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message>
        <source>Choose a TPS list</source>
        <translation>Pilih daftar TPS</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Berkas CSV atau Excel (*.csv *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>it has incidents</source>
        <translation>ada kejadian</translation>
    </message>
    <message>
        <source>people are posted to it</source>
        <translation>ada personel yang ditugaskan</translation>
    </message>
    <message>
        <source>threats are recorded on it</source>
        <translation>ada ancaman tercatat</translation>
    </message>
    <message>
        <source>its class was set by an officer</source>
        <translation>kelasnya ditetapkan petugas</translation>
    </message>
    <message>
        <source>it has voting-day steps</source>
        <translation>ada laporan hari pemungutan suara</translation>
    </message>
    <message>
        <source>it is in the risk register</source>
        <translation>tercantum di daftar risiko</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>tetap: %1</translation>
    </message>
    <message>
        <source>new: DPT %1 (L %2, P %3)</source>
        <translation>baru: DPT %1 (L %2, P %3)</translation>
    </message>
    <message>
        <source>new: DPT %1</source>
        <translation>baru: DPT %1</translation>
    </message>
    <message>
        <source>DPT</source>
        <translation>DPT</translation>
    </message>
    <message>
        <source>DPT L</source>
        <translation>DPT L</translation>
    </message>
    <message>
        <source>DPT P</source>
        <translation>DPT P</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>village code</source>
        <translation>kode desa/kelurahan</translation>
    </message>
    <message>
        <source>TPS code (village code and TPS number)</source>
        <translation>kode TPS (kode desa/kelurahan dan nomor TPS)</translation>
    </message>
    <message>
        <source>TPS number</source>
        <translation>nomor TPS</translation>
    </message>
    <message>
        <source>DPT (L+P)</source>
        <translation>DPT (L+P)</translation>
    </message>
    <message>
        <source>DPT L (men)</source>
        <translation>DPT L (laki-laki)</translation>
    </message>
    <message>
        <source>DPT P (women)</source>
        <translation>DPT P (perempuan)</translation>
    </message>
    <message>
        <source>TPS address</source>
        <translation>alamat TPS</translation>
    </message>
    <message>
        <source>village name: only to check the codes</source>
        <translation>nama desa/kelurahan: hanya untuk memeriksa kode</translation>
    </message>
    <message>
        <source>province code: only to check the rows</source>
        <translation>kode provinsi: hanya untuk memeriksa baris</translation>
    </message>
    <message>
        <source>kabupaten/kota code: only to check the rows</source>
        <translation>kode kabupaten/kota: hanya untuk memeriksa baris</translation>
    </message>
    <message>
        <source>kecamatan code: only to check the rows</source>
        <translation>kode kecamatan: hanya untuk memeriksa baris</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>tidak dipakai</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, lembar %2</translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1: %2 baris dibaca</translation>
    </message>
    <message>
        <source>%1 new TPS, %2 changed, %3 unchanged</source>
        <translation>%1 TPS baru, %2 berubah, %3 tidak berubah</translation>
    </message>
    <message>
        <source>%1 TPS of these villages are not in the file</source>
        <translation>%1 TPS di desa-desa ini tidak ada di berkas</translation>
    </message>
    <message>
        <source>%1 wrong rows skipped: they are not imported</source>
        <translation>%1 baris salah dilewati: tidak diimpor</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>dibaca sebagai %1</translation>
    </message>
    <message>
        <source>%1 warnings: see Notes and warnings.</source>
        <translation>%1 peringatan: lihat Catatan dan peringatan.</translation>
    </message>
    <message>
        <source>&amp;Changes (%1)</source>
        <translation>&amp;Perubahan (%1)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>K&amp;olom</translation>
    </message>
    <message>
        <source>&amp;Notes and warnings (%1)</source>
        <translation>&amp;Catatan dan peringatan (%1)</translation>
    </message>
    <message>
        <source>Not in the &amp;file (%1)</source>
        <translation>Tidak ada di &amp;berkas (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete the %1 TPS of these villages that the file no longer lists</source>
        <translation>&amp;Hapus %1 TPS desa-desa ini yang tidak ada lagi di berkas</translation>
    </message>
    <message>
        <source>The TPS not in the file stay: each carries an officer&apos;s record</source>
        <translation>TPS yang tidak ada di berkas tetap disimpan: masing-masing memuat catatan petugas</translation>
    </message>
    <message>
        <source>These TPS are in the database under the file&apos;s villages, but the file does not list them. They are kept unless you tick the box above the tabs; deleting can be undone (Ctrl+Z).</source>
        <translation>TPS ini ada di basis data di bawah desa-desa dalam berkas, tetapi berkas tidak mencantumkannya. TPS ini tetap disimpan kecuali Anda mencentang kotak di atas tab; penghapusan dapat diurungkan (Ctrl+Z).</translation>
    </message>
    <message>
        <source>%1 of them are kept even then, because an officer recorded something on them: move or clear that first.</source>
        <translation>%1 di antaranya tetap disimpan walaupun kotak dicentang, karena petugas telah mencatat sesuatu padanya: pindahkan atau hapus catatan itu lebih dulu.</translation>
    </message>
    <message>
        <source>&amp;Skipped rows (%1)</source>
        <translation>Baris &amp;dilewati (%1)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; Import records all of them.</source>
        <translation>Menampilkan %1 pertama dari %2; Impor mencatat semuanya.</translation>
    </message>
    <message>
        <source>These rows are not imported. When you import, you choose where to save them (CSV, with the reason on each row) to correct them and import them later.</source>
        <translation>Baris-baris ini tidak diimpor. Saat mengimpor, Anda memilih tempat menyimpannya (CSV, dengan alasan di setiap baris) untuk diperbaiki dan diimpor kemudian.</translation>
    </message>
    <message>
        <source>Nothing was imported. Problems found in %1: %2.</source>
        <translation>Tidak ada yang diimpor. Masalah yang ditemukan di %1: %2.</translation>
    </message>
    <message>
        <source>… and %1 more problems, not listed.</source>
        <translation>… dan %1 masalah lain, tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only, skip the %1 wrong rows</source>
        <translation>Impor baris yang &amp;benar saja, lewati %1 baris yang salah</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only, skip all wrong rows (%1 or more)</source>
        <translation>Impor baris yang &amp;benar saja, lewati semua baris yang salah (%1 atau lebih)</translation>
    </message>
    <message>
        <source>This file adds and changes nothing: there is nothing to import.</source>
        <translation>Berkas ini tidak menambah atau mengubah apa pun: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Import records %1 new and %2 changed TPS as one update.</source>
        <translation>Impor mencatat %1 TPS baru dan %2 TPS berubah sebagai satu pembaruan.</translation>
    </message>
    <message>
        <source>Import records %1 new, %2 changed and %3 deleted TPS as one update.</source>
        <translation>Impor mencatat %1 TPS baru, %2 berubah, dan %3 dihapus sebagai satu pembaruan.</translation>
    </message>
    <message>
        <source>You will be asked where to save the skipped rows.</source>
        <translation>Anda akan ditanya di mana baris yang dilewati disimpan.</translation>
    </message>
    <message>
        <source>Save the skipped rows</source>
        <translation>Simpan baris yang dilewati</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Delete TPS</source>
        <translation>Hapus TPS</translation>
    </message>
    <message>
        <source>Delete %1 TPS that %2 no longer lists? Their DPT and addresses stay in the change log, and Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation>Hapus %1 TPS yang tidak lagi tercantum di %2? DPT dan alamatnya tetap tersimpan di catatan perubahan, dan Sunting › Urungkan (Ctrl+Z) mengembalikannya.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>Importing the TPS list…</source>
        <translation>Mengimpor daftar TPS…</translation>
    </message>
    <message>
        <source>TPS list not imported</source>
        <translation>Daftar TPS tidak diimpor</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Import TPS list</source>
        <translation>Impor daftar TPS</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a TPS list as KPU hands it out: a CSV or Excel (XLSX) file with one row per TPS. The program finds the table itself (title rows, two-row headers, a JUMLAH row and the signature block are skipped and listed) and needs:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the &lt;b&gt;village code&lt;/b&gt; (kode_desa, e.g. 36.02.01.2002 or 3602012002) and the &lt;b&gt;TPS number&lt;/b&gt; (no_tps: 1, 001 or TPS 001), or a 13-digit &lt;b&gt;TPS code&lt;/b&gt; (kode_tps);&lt;/li&gt;&lt;li&gt;the &lt;b&gt;DPT&lt;/b&gt; (jumlah_dpt), or DPT L and DPT P;&lt;/li&gt;&lt;li&gt;optionally the &lt;b&gt;address&lt;/b&gt; (alamat) and the village name (nama_desa, used to check the codes).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You see every new and changed TPS before anything is saved. TPS that the file does not list are kept unless you choose to delete them; the whole import can be undone (Ctrl+Z). A file with a wrong row is not imported unless you choose to skip the wrong rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pilih daftar TPS seperti yang dibagikan KPU: berkas CSV atau Excel (XLSX) dengan satu baris per TPS. Program menemukan tabelnya sendiri (baris judul, judul kolom dua baris, baris JUMLAH dan blok tanda tangan dilewati dan dicantumkan) dan memerlukan:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;kode desa/kelurahan&lt;/b&gt; (kode_desa, mis. 36.02.01.2002 atau 3602012002) dan &lt;b&gt;nomor TPS&lt;/b&gt; (no_tps: 1, 001 atau TPS 001), atau &lt;b&gt;kode TPS&lt;/b&gt; 13 digit (kode_tps);&lt;/li&gt;&lt;li&gt;&lt;b&gt;DPT&lt;/b&gt; (jumlah_dpt), atau DPT L dan DPT P;&lt;/li&gt;&lt;li&gt;bila ada, &lt;b&gt;alamat&lt;/b&gt; TPS (alamat) dan nama desa/kelurahan (nama_desa, untuk memeriksa kode).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Anda melihat setiap TPS baru dan yang berubah sebelum apa pun disimpan. TPS yang tidak tercantum di berkas tetap disimpan, kecuali Anda memilih untuk menghapusnya; seluruh impor dapat diurungkan (Ctrl+Z). Berkas dengan baris yang salah tidak diimpor, kecuali Anda memilih untuk melewati baris yang salah.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Delete the TPS of these villages that the file no longer lists</source>
        <translation>&amp;Hapus TPS desa-desa ini yang tidak ada lagi di berkas</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Perubahan</translation>
    </message>
    <message>
        <source>&amp;Notes and warnings</source>
        <translation>&amp;Catatan dan peringatan</translation>
    </message>
    <message>
        <source>&amp;Skipped rows</source>
        <translation>Baris &amp;dilewati</translation>
    </message>
    <message>
        <source>Not in the &amp;file</source>
        <translation>Tidak ada di &amp;berkas</translation>
    </message>
    <message>
        <source>The database has not been changed. Correct these rows in the file, save it, and choose it again.</source>
        <translation>Basis data tidak diubah. Perbaiki baris-baris ini di berkas, simpan, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>Or import what is right now</source>
        <translation>Atau impor yang sudah benar sekarang</translation>
    </message>
    <message>
        <source>The wrong rows are left out and saved to a CSV file of their own, with the reason on each row, so that they can be corrected and imported later.</source>
        <translation>Baris yang salah dilewati dan disimpan ke berkas CSV tersendiri, dengan alasan di setiap baris, agar dapat diperbaiki dan diimpor kemudian.</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only</source>
        <translation>Impor baris yang &amp;benar saja</translation>
    </message>
    <message>
        <source>Choose a&amp;nother file…</source>
        <translation>Pilih berkas &amp;lain…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>UnitEditorDialog</name>
    <message>
        <source>Units and jurisdiction</source>
        <translation>Satuan dan wilayah hukum</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Satuan:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kecamatan in its own jurisdiction</source>
        <translation>Kecamatan dalam wilayah hukumnya sendiri</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;ambah…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <source>&amp;Move under…</source>
        <translation>&amp;Pindahkan ke bawah…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>P&amp;ulihkan</translation>
    </message>
    <message>
        <source>Show &amp;retired units</source>
        <translation>Tampilkan satuan yang &amp;dinonaktifkan</translation>
    </message>
    <message>
        <source>Tick a whole kabupaten/kota or single kecamatan (Space ticks). Beside each area: the other units that cover it now; ⚠ marks kecamatan that no unit or two units cover.</source>
        <translation>Centang seluruh kabupaten/kota atau kecamatan tertentu (Spasi untuk mencentang). Di samping setiap wilayah: satuan lain yang kini mencakupnya; ⚠ menandai kecamatan yang tidak dicakup satuan mana pun atau dicakup dua satuan.</translation>
    </message>
    <message>
        <source>A&amp;pply areas</source>
        <translation>T&amp;erapkan wilayah</translation>
    </message>
    <message>
        <source>R&amp;eset ticks</source>
        <translation>&amp;Kembalikan centang</translation>
    </message>
    <message>
        <source>Ticks not saved yet</source>
        <translation>Centang belum disimpan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Retired: restore it to use it again</source>
        <translation>Nonaktif: pulihkan untuk memakainya lagi</translation>
    </message>
    <message>
        <source>It also covers %1, outside this operation&apos;s area; kept as it is.</source>
        <translation>Satuan ini juga mencakup %1, di luar wilayah operasi ini; dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation>Belum ada satuan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction of %1</source>
        <translation>&amp;Wilayah hukum %1</translation>
    </message>
    <message>
        <source>Jurisdiction of %1 (retired: restore it to change)</source>
        <translation>Wilayah hukum %1 (nonaktif: pulihkan untuk mengubahnya)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Areas not saved</source>
        <translation>Wilayah belum disimpan</translation>
    </message>
    <message>
        <source>The ticked areas of %1 are not saved yet. Save them?</source>
        <translation>Wilayah yang dicentang untuk %1 belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>Retire %1? It leaves the lists but stays in the records, and can be restored.</source>
        <translation>Nonaktifkan %1? Satuan ini hilang dari daftar tetapi tetap ada dalam catatan, dan dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The %1 units below it stay.</source>
        <translation>%1 satuan di bawahnya tetap aktif.</translation>
    </message>
    <message>
        <source>Retire unit</source>
        <translation>Nonaktifkan satuan</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>areas of %1 (%2)</source>
        <translation>wilayah %1 (%2)</translation>
    </message>
    <message>
        <source>unit %1 added</source>
        <translation>satuan %1 ditambahkan</translation>
    </message>
    <message>
        <source>unit %1 renamed %2</source>
        <translation>satuan %1 diganti nama menjadi %2</translation>
    </message>
    <message>
        <source>unit %1 is now a %2</source>
        <translation>satuan %1 kini menjadi %2</translation>
    </message>
    <message>
        <source>the top</source>
        <translation>tingkat teratas</translation>
    </message>
    <message>
        <source>unit %1 moved under %2</source>
        <translation>satuan %1 dipindahkan ke %2</translation>
    </message>
    <message>
        <source>unit %1 retired</source>
        <translation>satuan %1 dinonaktifkan</translation>
    </message>
    <message>
        <source>unit %1 restored</source>
        <translation>satuan %1 dipulihkan</translation>
    </message>
    <message>
        <source>The last change was undone.</source>
        <translation>Perubahan terakhir telah diurungkan.</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>New unit</source>
        <translation>Satuan baru</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Pindahkan %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Ganti nama %1</translation>
    </message>
    <message>
        <source>(none: at the top)</source>
        <translation>(tidak ada: tingkat teratas)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Di bawah:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>Satuan perlu nama.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Police units</source>
        <translation>Satuan Polri</translation>
    </message>
    <message>
        <source>Tick the Polres this post works with; each brings its Polsek and jurisdiction (wilayah hukum), and the Polda above it.</source>
        <translation>Centang Polres yang dilayani posko ini; tiap Polres membawa Polsek dan wilayah hukumnya, serta Polda di atasnya.</translation>
    </message>
    <message>
        <source>Find a Polres</source>
        <translation>Cari Polres</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Centang &amp;semua</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Kos&amp;ongkan</translation>
    </message>
    <message>
        <source>%1: %2 Polsek, %3</source>
        <translation>%1: %2 Polsek, %3</translation>
    </message>
    <message>
        <source>Where no unit list ships, the units are named from the region list: one Polres per kabupaten/kota and one Polsek per kecamatan. Check and correct their names and jurisdiction in Edit › Units and jurisdiction (Ctrl+Shift+U).</source>
        <translation>Untuk provinsi tanpa daftar satuan bawaan, satuan dinamai dari daftar wilayah: satu Polres per kabupaten/kota dan satu Polsek per kecamatan. Periksa dan perbaiki nama serta wilayah hukumnya di Sunting › Satuan dan wilayah hukum (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>Names and jurisdiction from the shipped unit list (partly unverified); correct them in Edit › Units and jurisdiction (Ctrl+Shift+U).</source>
        <translation>Nama dan wilayah hukum dari daftar satuan bawaan (sebagian belum terverifikasi); perbaiki di Sunting › Satuan dan wilayah hukum (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>No units: add them later in Edit › Units and jurisdiction.</source>
        <translation>Tanpa satuan: tambahkan nanti di Sunting › Satuan dan wilayah hukum.</translation>
    </message>
    <message>
        <source>Chosen: %1 Polres, %2 Polsek, %3 Polda</source>
        <translation>Dipilih: %1 Polres, %2 Polsek, %3 Polda</translation>
    </message>
</context>
<context>
    <name>VotingDayPanel</name>
    <message>
        <source>Mark a &amp;problem…</source>
        <translation>Tandai &amp;masalah…</translation>
    </message>
    <message>
        <source>Flag a problem at the selected TPS, linked to the incident that describes it</source>
        <translation>Tandai masalah di TPS terpilih, terkait kejadian yang menjelaskannya</translation>
    </message>
    <message>
        <source>Set progress for the selection…</source>
        <translation>Catat progres untuk pilihan…</translation>
    </message>
    <message>
        <source>Record the voting-day step the selected TPS reached (Ctrl+Shift+P); a region stands for every TPS below it</source>
        <translation>Catat tahap hari pemungutan yang dicapai TPS terpilih (Ctrl+Shift+P); wilayah berarti semua TPS di bawahnya</translation>
    </message>
    <message>
        <source>TPS that reached</source>
        <translation>TPS yang mencapai</translation>
    </message>
    <message>
        <source>now</source>
        <translation>kini</translation>
    </message>
    <message>
        <source>TPS whose latest step is this one</source>
        <translation>TPS yang tahap terakhirnya ini</translation>
    </message>
    <message>
        <source>The day&apos;s chart appears here.</source>
        <translation>Grafik hari ini tampil di sini.</translation>
    </message>
    <message>
        <source>TPS by the end of each hour</source>
        <translation>TPS pada akhir setiap jam</translation>
    </message>
    <message>
        <source>TPS not opened by</source>
        <translation>TPS belum dibuka pukul</translation>
    </message>
    <message>
        <source>TPS not finished by</source>
        <translation>TPS belum selesai pukul</translation>
    </message>
    <message>
        <source>Boxes not escorted by</source>
        <translation>Kotak belum dikawal pukul</translation>
    </message>
    <message>
        <source>Local time on voting day</source>
        <translation>Waktu setempat pada hari pemungutan</translation>
    </message>
    <message>
        <source>Double-click to show the TPS in the tree; select rows to update them</source>
        <translation>Klik dua kali untuk menampilkan TPS di pohon; pilih baris untuk memperbaruinya</translation>
    </message>
    <message>
        <source>Select a region or TPS in the tree to see its voting-day progress.</source>
        <translation>Pilih wilayah atau TPS di pohon untuk melihat progres hari pemungutannya.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>TPS with a problem: %1</source>
        <translation>TPS bermasalah: %1</translation>
    </message>
    <message>
        <source>No TPS with a problem</source>
        <translation>Tidak ada TPS bermasalah</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>membaca…</translation>
    </message>
    <message>
        <source>first %1 TPS</source>
        <translation>%1 TPS pertama</translation>
    </message>
    <message>
        <source>%1 TPS</source>
        <translation>%1 TPS</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>bermasalah</translation>
    </message>
</context>
<context>
    <name>look</name>
    <message>
        <source>Time at the post: %1 (UTC+%2)</source>
        <translation>Waktu di posko: %1 (UTC+%2)</translation>
    </message>
</context>
</TS>
