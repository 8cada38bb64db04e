<?php
/**
 * The elements' script (assets/sebaya.js and its chunks, copied from the build): registered on
 * every request, enqueued only by a shortcode or block that renders an element, so pages without
 * one get nothing from Sebaya.
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The URL of a file in the plugin's assets/ folder. */
function sebaya_asset_url( $file ) {
	return plugins_url( 'assets/' . $file, SEBAYA_FILE );
}

/** Registers the module script: wp_register_script_module on WordPress 6.5+, a classic handle before. */
function sebaya_register_assets() {
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'sebaya', sebaya_asset_url( 'sebaya.js' ), array(), SEBAYA_VERSION );
		return;
	}
	wp_register_script( 'sebaya', sebaya_asset_url( 'sebaya.js' ), array(), SEBAYA_VERSION, true );
	add_filter( 'script_loader_tag', 'sebaya_module_type', 10, 2 );
}

/** Before 6.5: the classic handle printed as type="module" (sebaya.js imports its chunks). */
function sebaya_module_type( $tag, $handle ) {
	if ( 'sebaya' !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(?![^>]*\btype=)/', '<script type="module"', $tag, 1 );
}

/** Asks for the script on this page (called while an element is rendered). */
function sebaya_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'sebaya' );
	} else {
		wp_enqueue_script( 'sebaya' );
	}
}
