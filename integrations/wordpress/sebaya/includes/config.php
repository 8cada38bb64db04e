<?php
/**
 * The site config (the same sebaya.json the elements read anywhere else), stored as the option
 * `sebaya_config` and served read-only at /wp-json/sebaya/v1/config with caching headers. A
 * `supportForm` without an `endpoint` gets this site's receiver (/wp-json/sebaya/v1/receiver).
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SEBAYA_CONFIG_OPTION = 'sebaya_config';

/** The stored config as JSON text ('' when none is saved). */
function sebaya_config_json() {
	$json = get_option( SEBAYA_CONFIG_OPTION, '' );
	return is_string( $json ) ? $json : '';
}

/** The URL the elements read their config from, or '' when no config is saved. */
function sebaya_config_url() {
	return '' === sebaya_config_json() ? '' : rest_url( 'sebaya/v1/config' );
}

/** GET /sebaya/v1/config: public, like the sebaya.json a static site would publish. */
function sebaya_register_config_route() {
	register_rest_route(
		'sebaya/v1',
		'/config',
		array(
			'methods'             => 'GET',
			'permission_callback' => '__return_true',
			'callback'            => 'sebaya_serve_config',
		)
	);
}

/**
 * The config document with Cache-Control and an ETag.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function sebaya_serve_config( $request ) {
	$json = sebaya_config_json();
	if ( '' === $json ) {
		return new WP_Error( 'sebaya_no_config', __( 'No Sebaya config has been saved yet (Settings → Sebaya).', 'sebaya' ), array( 'status' => 404 ) );
	}
	$config = json_decode( $json );
	if ( ! is_object( $config ) ) {
		return new WP_Error( 'sebaya_bad_config', __( 'The saved Sebaya config is not a JSON object.', 'sebaya' ), array( 'status' => 500 ) );
	}
	// A support form without an endpoint sends to this site's own receiver (includes/receiver.php).
	if ( isset( $config->supportForm ) && is_object( $config->supportForm ) && ! isset( $config->supportForm->endpoint ) ) {
		$config->supportForm->endpoint = sebaya_receiver_url();
	}
	$etag     = '"' . md5( $json . sebaya_receiver_url() ) . '"';
	$response = new WP_REST_Response( $config, 200 );
	$response->header( 'Cache-Control', 'public, max-age=300' );
	$response->header( 'ETag', $etag );
	return $response;
}
