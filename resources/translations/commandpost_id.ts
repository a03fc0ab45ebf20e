<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DetailsPane</name>
    <message>
        <source>This database holds no regions yet</source>
        <translation>Basis data ini belum berisi wilayah</translation>
    </message>
    <message>
        <source>Build the Banten demo database with the command &lt;b&gt;commandpost demo&lt;/b&gt;, or open another database with Ctrl+O.</source>
        <translation>Buat basis data demo Banten dengan perintah &lt;b&gt;commandpost demo&lt;/b&gt;, atau buka basis data lain dengan Ctrl+O.</translation>
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
        <source>Demo data: TPS counts, voters (DPT) and TPS addresses are synthetic.</source>
        <translation>Data demo: jumlah TPS, DPT dan alamat adalah sintetis.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open database</source>
        <extracomment>Emitted after a search ran: the number of hits (0 when nothing was found).</extracomment>
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
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>No region name starts with or contains a word starting so.</source>
        <translation>Tidak ada nama wilayah yang diawali atau memuat kata yang diawali teks ini.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Press Enter for the next match</source>
        <translation>Tekan Enter untuk hasil berikutnya</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
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
        <source>Region name</source>
        <translation>Nama wilayah</translation>
    </message>
    <message>
        <source>Kemendagri region code</source>
        <translation>Kode wilayah Kemendagri</translation>
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
        <source>The language changes as soon as you press OK. Numbers and dates always use the Indonesian format.</source>
        <translation>Bahasa berganti begitu Anda menekan OK. Angka dan tanggal selalu memakai format Indonesia.</translation>
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
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
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
</context>
</TS>
