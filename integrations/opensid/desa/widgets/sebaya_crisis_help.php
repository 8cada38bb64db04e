<?php defined('BASEPATH') || exit('No direct script access allowed');
/*
 * Sebaya — Panel bantuan krisis: widget statis OpenSID (sampai v2412).
 * Unggah ke desa/widgets/, lalu Admin Web → Widget → Tambah Widget Statis (lihat README.md).
 */
$sebaya_folder = function_exists('base_url') ? base_url('sebaya/') : '/sebaya/'; // folder tempat sebaya.js diunggah
$sebaya_judul = isset($judul_widget) && is_string($judul_widget) && $judul_widget !== '' ? $judul_widget : 'Butuh Bantuan Segera?';
?>
<div class="box box-primary box-solid sebaya-widget">
	<div class="box-header"><h3 class="box-title"><?= htmlspecialchars($sebaya_judul, ENT_QUOTES, 'UTF-8') ?></h3></div>
	<div class="box-body">
		<script type="module" src="<?= htmlspecialchars($sebaya_folder . 'sebaya.js', ENT_QUOTES, 'UTF-8') ?>"></script>
		<sebaya-crisis-help src="<?= htmlspecialchars($sebaya_folder . 'sebaya.json', ENT_QUOTES, 'UTF-8') ?>"></sebaya-crisis-help>
	</div>
</div>
