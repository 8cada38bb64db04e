{{-- Sebaya — Kalender kegiatan: widget statis untuk tema desa OpenSID 2025 ke atas.
     Unggah ke resources/views/widgets/ di folder tema, lalu Admin Web → Widget → Tambah Widget Statis (lihat README.md).
     Bila halaman memuat agenda OpenSID ($hari_ini, $yad), kalender menampilkannya sebagai data di dalam halaman
     (JSON yang di-escape: teks agenda tidak bisa menjadi HTML); bila tidak, kalender membaca sebaya.json. --}}
@php
$sebaya_folder = function_exists('base_url') ? base_url('sebaya/') : '/sebaya/'; // folder tempat sebaya.js diunggah
$sebaya_zona = 'Asia/Jakarta'; // zona waktu jam agenda OpenSID (WIB; WITA: Asia/Makassar; WIT: Asia/Jayapura)
$sebaya_judul = isset($judul_widget) && is_string($judul_widget) && $judul_widget !== '' ? $judul_widget : 'Kalender Kegiatan';

$sebaya_agenda = null;
foreach ([isset($hari_ini) ? $hari_ini : null, isset($yad) ? $yad : null] as $sebaya_daftar) {
    if (!is_iterable($sebaya_daftar)) {
        continue;
    }
    $sebaya_agenda = is_array($sebaya_agenda) ? $sebaya_agenda : [];
    foreach ($sebaya_daftar as $sebaya_no => $sebaya_a) {
        $sebaya_teks = function ($kunci) use ($sebaya_a) {
            $nilai = isset($sebaya_a[$kunci]) && is_scalar($sebaya_a[$kunci]) ? (string) $sebaya_a[$kunci] : '';
            $nilai = trim(html_entity_decode($nilai, ENT_QUOTES | ENT_HTML5, 'UTF-8'));
            $potong = preg_replace('/^(.{500}).+$/su', '$1', $nilai);
            return is_string($potong) ? $potong : substr($nilai, 0, 500);
        };
        $sebaya_mulai = $sebaya_teks('tgl_agenda');
        if (!preg_match('/^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/', $sebaya_mulai, $sebaya_m)) {
            echo "<!-- Sebaya: agenda dilewati, tgl_agenda tidak terbaca -->\n";
            continue;
        }
        $sebaya_acara = [
            'id' => 'opensid-' . ($sebaya_teks('id') !== '' ? $sebaya_teks('id') : count($sebaya_agenda) . '-' . $sebaya_no),
            'title' => $sebaya_teks('judul') !== '' ? $sebaya_teks('judul') : 'Agenda',
            'start' => $sebaya_m[1] . (isset($sebaya_m[2]) ? 'T' . $sebaya_m[2] : ''),
        ];
        if (!isset($sebaya_m[2])) {
            $sebaya_acara['allDay'] = true;
        }
        if ($sebaya_teks('lokasi_kegiatan') !== '') {
            $sebaya_acara['location'] = $sebaya_teks('lokasi_kegiatan');
        }
        if ($sebaya_teks('koordinator_kegiatan') !== '') {
            $sebaya_acara['contact'] = $sebaya_teks('koordinator_kegiatan');
        }
        if (preg_match('#^https?://#i', $sebaya_teks('url_slug'))) {
            $sebaya_acara['url'] = $sebaya_teks('url_slug');
        }
        $sebaya_agenda[] = $sebaya_acara;
    }
}
$sebaya_json = $sebaya_agenda === null ? '' : json_encode(
    ['locale' => 'id', 'timeZone' => $sebaya_zona, 'calendar' => ['sources' => [['name' => 'Agenda', 'events' => $sebaya_agenda]]]],
    JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE
);
@endphp
<div class="box box-primary box-solid sebaya-widget">
	<div class="box-header"><h3 class="box-title">{{ $sebaya_judul }}</h3></div>
	<div class="box-body">
		<script type="module" src="{{ $sebaya_folder . 'sebaya.js' }}"></script>
@if ($sebaya_json !== '')
		<sebaya-calendar view="list"><script type="application/json">{!! $sebaya_json !!}</script></sebaya-calendar>
@else
		<sebaya-calendar view="list" src="{{ $sebaya_folder . 'sebaya.json' }}"></sebaya-calendar>
@endif
	</div>
</div>
