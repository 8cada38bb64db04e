<?php
/**
 * Plugin Name:       Sebaya Tim
 * Plugin URI:        https://github.com/sebaya/sebaya
 * Description:       Kotak masuk koordinator Sebaya di wp-admin (kemampuan "sebaya_read_inbox") dan penyusun konfigurasi di Pengaturan. Pendamping plugin Sebaya, terpisah agar plugin untuk halaman publik tetap kecil.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Requires Plugins:  sebaya
 * Author:            Sebaya
 * License:           MIT
 * Text Domain:       sebaya-tim
 * Domain Path:       /languages
 *
 * @package SebayaTim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SEBAYA_TIM_VERSION', '0.1.0' );
define( 'SEBAYA_TIM_FILE', __FILE__ );
const SEBAYA_TIM_CAPABILITY = 'sebaya_read_inbox';

/** Administrators get the capability when the plugin is activated (other roles by a role editor). */
function sebaya_tim_activate() {
	$role = get_role( 'administrator' );
	if ( $role ) {
		$role->add_cap( SEBAYA_TIM_CAPABILITY );
	}
}
register_activation_hook( __FILE__, 'sebaya_tim_activate' );

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'sebaya-tim', false, dirname( plugin_basename( SEBAYA_TIM_FILE ) ) . '/languages' );
	}
);

add_action(
	'admin_menu',
	static function () {
		$hook = add_menu_page( __( 'Sebaya inbox', 'sebaya-tim' ), __( 'Sebaya inbox', 'sebaya-tim' ), SEBAYA_TIM_CAPABILITY, 'sebaya-inbox', 'sebaya_tim_render_inbox', 'dashicons-email-alt', 30 );
		if ( $hook ) {
			add_action( 'load-' . $hook, 'sebaya_tim_save_credential' );
		}
	}
);

add_action(
	'admin_menu',
	static function () {
		add_options_page( __( 'Sebaya builder', 'sebaya-tim' ), __( 'Sebaya builder', 'sebaya-tim' ), 'manage_options', 'sebaya-builder', 'sebaya_tim_render_builder' );
	}
);

/**
 * Settings → Sebaya builder: the config builder on the saved config; its Save posts to Settings →
 * Sebaya (the Sebaya plugin's handler: manage_options, its nonce, located errors).
 */
function sebaya_tim_render_builder() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change the Sebaya settings.', 'sebaya-tim' ), 403 );
	}
	$saved = function_exists( 'sebaya_config_json' ) ? json_decode( sebaya_config_json() ) : null;
	$lang  = 0 === strpos( get_user_locale(), 'id' ) ? 'id' : 'en';
	echo '<div class="wrap"><h1>' . esc_html__( 'Sebaya builder', 'sebaya-tim' ) . '</h1>';
	echo '<p>' . esc_html__( 'Fill in the tasks; the preview shows the elements as visitors will see them. Save the config to the site when you are done.', 'sebaya-tim' ) . '</p>';
	if ( function_exists( 'sebaya_asset_url' ) ) {
		printf( '<script type="module" src="%s"></script>', esc_url( sebaya_asset_url( 'sebaya.js' ) . '?ver=' . SEBAYA_TIM_VERSION ) );
	}
	printf( '<script type="module" src="%s"></script>', esc_url( plugins_url( 'assets/builder.js', SEBAYA_TIM_FILE ) . '?ver=' . SEBAYA_TIM_VERSION ) );
	if ( is_object( $saved ) ) {
		echo '<script type="application/json" id="sebaya-saved-config">' . wp_json_encode( $saved, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE ) . '</script>';
	}
	printf( '<sebaya-builder lang="%s"></sebaya-builder>', esc_attr( $lang ) );
	echo '<form method="post" action="' . esc_url( admin_url( 'options-general.php?page=sebaya' ) ) . '">';
	wp_nonce_field( 'sebaya_save_config' );
	echo '<p><label for="sebaya-builder-config">' . esc_html__( 'The config the builder made (JSON)', 'sebaya-tim' ) . '</label></p>';
	echo '<textarea id="sebaya-builder-config" name="sebaya_config" rows="6" class="large-text code" readonly></textarea>';
	submit_button( __( 'Save config to the site', 'sebaya-tim' ), 'primary', 'sebaya-builder-save' );
	echo '</form></div>';
	wp_enqueue_script( 'sebaya-tim-builder', plugins_url( 'admin/builder-page.js', SEBAYA_TIM_FILE ), array(), SEBAYA_TIM_VERSION, true );
}

/** Adds a coordinator credential's sha256: line (made in the inbox) to the receiver: administrators only, with a nonce. */
function sebaya_tim_save_credential() {
	if ( ! isset( $_POST['sebaya_credential'] ) ) {
		return;
	}
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Only administrators can add coordinator credentials.', 'sebaya-tim' ), 403 );
	}
	check_admin_referer( 'sebaya_tim_credential' );
	$line = trim( (string) wp_unslash( $_POST['sebaya_credential'] ) ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- checked against the pattern below.
	if ( ! preg_match( '/^sha256:[0-9a-f]{64}$/D', $line ) ) {
		$GLOBALS['sebaya_tim_notice'] = array( 'error', __( 'That is not a credential line: it looks like sha256: followed by 64 characters 0-9 and a-f (the inbox shows it under "Create a new credential"). Nothing was saved.', 'sebaya-tim' ) );
		return;
	}
	$stored = get_option( 'sebaya_receiver', array() );
	$stored = is_array( $stored ) ? $stored : array();
	$lines  = isset( $stored['credentials'] ) && is_array( $stored['credentials'] ) ? $stored['credentials'] : array();
	if ( ! in_array( $line, $lines, true ) ) {
		$lines[] = $line;
	}
	$stored['credentials'] = array_values( $lines );
	update_option( 'sebaya_receiver', $stored, false );
	$GLOBALS['sebaya_tim_notice'] = array( 'success', __( 'Credential added: the coordinator can now sign in with it.', 'sebaya-tim' ) );
}

/** The inbox page: <sebaya-inbox> reading the site config (its receiver is this site's). */
function sebaya_tim_render_inbox() {
	if ( ! current_user_can( SEBAYA_TIM_CAPABILITY ) ) {
		wp_die( esc_html__( 'You are not allowed to read the Sebaya inbox.', 'sebaya-tim' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Sebaya inbox', 'sebaya-tim' ) . '</h1>';
	if ( isset( $GLOBALS['sebaya_tim_notice'] ) && is_array( $GLOBALS['sebaya_tim_notice'] ) ) {
		list( $kind, $text ) = $GLOBALS['sebaya_tim_notice'];
		printf( '<div class="notice notice-%1$s" role="%2$s"><p>%3$s</p></div>', esc_attr( $kind ), 'error' === $kind ? 'alert' : 'status', esc_html( $text ) );
	}
	$config = function_exists( 'sebaya_config_url' ) ? sebaya_config_url() : '';
	if ( '' === $config ) {
		echo '<p>' . esc_html__( 'Save the site config first (Settings → Sebaya): the inbox reads the support form\'s settings from it.', 'sebaya-tim' ) . '</p></div>';
		return;
	}
	$lang = 0 === strpos( get_user_locale(), 'id' ) ? 'id' : 'en';
	printf( '<script type="module" src="%s"></script>', esc_url( plugins_url( 'assets/inbox.js', SEBAYA_TIM_FILE ) . '?ver=' . SEBAYA_TIM_VERSION ) );
	printf( '<sebaya-inbox config="%1$s" lang="%2$s"></sebaya-inbox>', esc_url( $config ), esc_attr( $lang ) );
	if ( current_user_can( 'manage_options' ) ) {
		echo '<h2>' . esc_html__( 'Add a coordinator credential', 'sebaya-tim' ) . '</h2>';
		echo '<form method="post">';
		wp_nonce_field( 'sebaya_tim_credential' );
		echo '<p><label for="sebaya-credential">' . esc_html__( 'The sha256: line the inbox shows for a new credential', 'sebaya-tim' ) . '</label><br>';
		echo '<input id="sebaya-credential" name="sebaya_credential" class="large-text code" autocomplete="off" spellcheck="false"></p>';
		submit_button( __( 'Add credential', 'sebaya-tim' ) );
		echo '</form>';
	}
	echo '</div>';
}
