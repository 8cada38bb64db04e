<?php
/**
 * Plugin Name:       Sebaya
 * Plugin URI:        https://github.com/sebaya/sebaya
 * Description:       Kalender kegiatan, formulir dukungan anonim, kuis mitos/fakta, direktori layanan dan panel bantuan krisis untuk kesehatan jiwa berbasis komunitas. Shortcode: [sebaya_calendar], [sebaya_support_form], [sebaya_quiz], [sebaya_directory], [sebaya_crisis_help].
 * Version:           0.1.0
 * Requires at least: 6.0
 * Requires PHP:      7.4
 * Author:            Sebaya
 * License:           MIT
 * Text Domain:       sebaya
 * Domain Path:       /languages
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SEBAYA_VERSION', '0.1.0' );
define( 'SEBAYA_FILE', __FILE__ );
define( 'SEBAYA_DIR', plugin_dir_path( __FILE__ ) );

require_once SEBAYA_DIR . 'includes/assets.php';
require_once SEBAYA_DIR . 'includes/shortcodes.php';
require_once SEBAYA_DIR . 'includes/config.php';
require_once SEBAYA_DIR . 'includes/settings.php';
require_once SEBAYA_DIR . 'includes/receiver.php';
require_once SEBAYA_DIR . 'includes/blocks.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'sebaya', false, dirname( plugin_basename( SEBAYA_FILE ) ) . '/languages' );
		sebaya_register_assets();
		sebaya_register_shortcodes();
		sebaya_register_blocks();
	}
);
add_action( 'rest_api_init', 'sebaya_register_config_route' );
add_action( 'admin_menu', 'sebaya_add_settings_page' );
add_filter( 'rest_pre_dispatch', 'sebaya_receiver_pre_dispatch', 0, 3 );
add_filter(
	'plugin_action_links_' . plugin_basename( SEBAYA_FILE ),
	static function ( $links ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=sebaya' ) ) . '">' . esc_html__( 'Settings', 'sebaya' ) . '</a>' );
		return $links;
	}
);

// The warning before uninstall: on the Plugins screen, under Sebaya's description (WordPress's own
// delete confirmation then says "and its data").
add_filter(
	'plugin_row_meta',
	static function ( $meta, $file ) {
		if ( plugin_basename( SEBAYA_FILE ) === $file ) {
			$meta[] = '<strong>' . esc_html__( 'Deleting Sebaya also deletes its settings and every support request it received.', 'sebaya' ) . '</strong>';
		}
		return $meta;
	},
	10,
	2
);
