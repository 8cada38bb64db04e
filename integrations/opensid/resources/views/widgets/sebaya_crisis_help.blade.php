{{-- Sebaya — Panel bantuan krisis: widget statis untuk tema desa OpenSID 2025 ke atas.
     Unggah ke resources/views/widgets/ di folder tema, lalu Admin Web → Widget → Tambah Widget Statis (lihat README.md). --}}
@php
$sebaya_folder = function_exists('base_url') ? base_url('sebaya/') : '/sebaya/'; // folder tempat sebaya.js diunggah
$sebaya_judul = isset($judul_widget) && is_string($judul_widget) && $judul_widget !== '' ? $judul_widget : 'Butuh Bantuan Segera?';
@endphp
<div class="box box-primary box-solid sebaya-widget">
	<div class="box-header"><h3 class="box-title">{{ $sebaya_judul }}</h3></div>
	<div class="box-body">
		<script type="module" src="{{ $sebaya_folder . 'sebaya.js' }}"></script>
		<sebaya-crisis-help src="{{ $sebaya_folder . 'sebaya.json' }}"></sebaya-crisis-help>
	</div>
</div>
