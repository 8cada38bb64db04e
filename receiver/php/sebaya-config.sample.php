<?php
/*
 * Konfigurasi penerima Sebaya — salin file ini menjadi "sebaya-config.php" di folder yang sama
 * dengan sebaya-receiver.php, lalu isi tiga hal:
 *
 *   1. credentials   — baris "sha256:…" dari kredensial koordinator. Buat dengan
 *                      `php sebaya-receiver.php credential` (lewat SSH) atau di halaman kotak masuk
 *                      (<sebaya-inbox>, "buat kredensial"). Yang disimpan di sini hanya hash-nya;
 *                      kredensial "sbc_…" sendiri disimpan koordinator, bukan di server.
 *   2. allowOrigins  — alamat situs desa tempat formulir dipasang, mis. "https://desa.example"
 *                      (tanpa garis miring di akhir). Kosong: hanya situs yang sama.
 *   3. database      — biarkan SQLite (bawaan), sebaiknya di folder DI LUAR public_html; atau
 *                      MySQL/MariaDB yang sudah dipakai OpenSID/WordPress (isi dbUser, dbPassword).
 *
 * Setelah diubah, tidak perlu memulai ulang apa pun.
 *
 * Sebaya receiver config — copy this file to "sebaya-config.php" in the folder of
 * sebaya-receiver.php, then fill in three things:
 *
 *   1. credentials   — the "sha256:…" line of each coordinator credential. Make one with
 *                      `php sebaya-receiver.php credential` (over SSH) or in the inbox page
 *                      (<sebaya-inbox>, "create a credential"). Only the hash goes here; the
 *                      "sbc_…" credential itself stays with the coordinator, never on the server.
 *   2. allowOrigins  — the village site that shows the form, e.g. "https://desa.example" (no
 *                      trailing slash). Empty: the same site only.
 *   3. database      — keep SQLite (the default), best in a folder OUTSIDE public_html; or the
 *                      MySQL/MariaDB database OpenSID/WordPress already uses (fill dbUser, dbPassword).
 *
 * Nothing needs restarting after a change.
 */
return [
    // Hash kredensial koordinator (boleh lebih dari satu). Kosong: kotak masuk tertutup (401).
    // Coordinator credential hashes (several allowed). Empty: the inbox is closed (401).
    'credentials' => [
        // 'sha256:0000000000000000000000000000000000000000000000000000000000000000',
    ],

    // Situs yang boleh mengirim dari peramban. / Sites whose pages may call this receiver.
    'allowOrigins' => [
        // 'https://desa.example',
    ],

    // Permintaan dan balasan dihapus setelah sekian hari (1–3650). / Days before requests and replies are deleted.
    'retentionDays' => 90,

    // SQLite (bawaan / default): sebaiknya di luar public_html / best outside public_html, e.g.
    // 'database' => 'sqlite:/home/NAMAPENGGUNA/sebaya-data/sebaya.sqlite',
    // Tanpa baris ini: folder data/ di samping skrip, dilindungi .htaccess (hanya Apache/LiteSpeed).
    // Without this line: the data/ folder beside the script, protected by .htaccess (Apache/LiteSpeed only).
    //
    // MySQL / MariaDB (utf8mb4, InnoDB; tabel dibuat otomatis / tables are created on first use):
    // 'database' => 'mysql:host=localhost;dbname=NAMA_DATABASE;charset=utf8mb4',
    // 'dbUser' => 'NAMA_PENGGUNA',
    // 'dbPassword' => 'KATA_SANDI',

    // Awalan nama tabel (berguna di basis data OpenSID/WordPress). / Table name prefix.
    'tablePrefix' => 'sebaya_',

    // Lanjutan — biasanya tidak perlu diubah. / Advanced — usually left as it is.
    // 'maxBodyBytes' => 65536,   // ukuran maksimum satu permintaan / largest body accepted
    // 'minPowBits' => 0,         // sama dengan supportForm.proofOfWork.bits di situs / same as the site's proofOfWork.bits
    // 'rateLimits' => [          // per alamat / per address; false = mati / off
    //     'submit' => ['burst' => 10, 'refillSeconds' => 360],
    //     'replies' => ['burst' => 10, 'refillSeconds' => 120],
    //     'authFailures' => ['burst' => 10, 'refillSeconds' => 60],
    //     'coordinator' => ['burst' => 600, 'refillSeconds' => 0.1],
    // ],
];
