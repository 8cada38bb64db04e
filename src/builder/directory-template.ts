/**
 * The directory template (docs/directory-template.csv), for "Download the directory template" in the
 * builder's directory task. test/builder/task-imports.test.ts checks it is the same file.
 */
export const DIRECTORY_TEMPLATE =
  'id,name,name_en,categories,description,description_en,area,address,lat,lon,phone,whatsapp,sms,email,website,hours,hours_note,cost,free,languages,last_verified,keywords\npkm-contoh,Puskesmas Contoh,Example health centre,puskesmas;psychologist,Poli jiwa dan konseling psikolog setiap Selasa.,Mental-health clinic; psychologist on Tuesdays.,34.03.03,"Jl. Contoh No. 1, Playen",-7.935,110.553,Pendaftaran: (0274) 000000,0812-0000-0000,,puskesmas@example.org,https://example.org,sen-kam 07.30-14.00; jum 07.30-11.00; sab 07.30-12.30,Tutup pada hari libur nasional.,Gratis dengan BPJS,ya,id;jv,2026-11-01,poli jiwa;konseling\nkelompok-contoh,Kelompok Dukungan Sebaya Contoh,Example peer-support group,peer-support,Pertemuan bulanan untuk penyintas dan keluarga.,Monthly meeting for people with lived experience and their families.,Ngunut,Balai Kalurahan,,,,0812-0000-0000,,,,1sa 09.00-11.00,Sabtu pertama setiap bulan.,Gratis,,jv;id,2026-11-01,sebaya\n';
