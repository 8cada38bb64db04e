<?php
/**
 * Blocks that wrap the shortcodes' output: sebaya/calendar, sebaya/support-form, sebaya/quiz,
 * sebaya/directory and sebaya/crisis-help, rendered on the server by the same function (so they
 * take the same attributes, checked and escaped the same way). editor/blocks.js lists them in the
 * block editor with their settings in the sidebar; no build step.
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the editor script and one block per element. */
function sebaya_register_blocks() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	wp_register_script(
		'sebaya-blocks',
		plugins_url( 'editor/blocks.js', SEBAYA_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		SEBAYA_VERSION,
		true
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'sebaya-blocks', 'sebaya', SEBAYA_DIR . 'languages' );
	}
	foreach ( sebaya_elements() as $shortcode => $element ) {
		$attributes = array();
		foreach ( array_keys( $element['attrs'] ) as $name ) {
			$attributes[ $name ] = array( 'type' => 'string' );
		}
		register_block_type(
			'sebaya/' . substr( $element['tag'], strlen( 'sebaya-' ) ),
			array(
				'api_version'     => 2,
				'editor_script'   => 'sebaya-blocks',
				'attributes'      => $attributes,
				'render_callback' => static function ( $attrs ) use ( $shortcode ) {
					return sebaya_render_element( $shortcode, array_filter(
						(array) $attrs,
						static function ( $value ) {
							return is_string( $value ) && '' !== $value;
						}
					) );
				},
			)
		);
	}
}
