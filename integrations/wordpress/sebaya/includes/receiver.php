<?php
/**
 * The support-form receiver under /wp-json/sebaya/v1/receiver (docs/receiver-contract.md): the
 * same code as Sebaya's PHP receiver (receiver/php/sebaya-receiver.php, copied by the build into
 * includes/receiver-core.php without its stand-alone runner), so it speaks the same contract and
 * passes the same suite. It keeps its tables in WordPress's database, named with WordPress's table
 * prefix (`wp_sebaya_requests`, …): on MySQL or MariaDB through WordPress's own $wpdb
 * (includes/wpdb-connection.php, so mysqli is enough), on the SQLite database integration through
 * PDO on its file (which that integration needs anyway). It answers before WordPress's REST server does anything of its own
 * (no WordPress CORS headers, no OPTIONS schema): only the contract's answers.
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SEBAYA_RECEIVER_ROUTE = '/sebaya/v1/receiver';

/** The receiver's address (the support form's `endpoint`, the inbox's E). */
function sebaya_receiver_url() {
	return rest_url( ltrim( SEBAYA_RECEIVER_ROUTE, '/' ) );
}

/**
 * Takes over a REST request whose route is the receiver's, before WordPress dispatches it.
 *
 * @param mixed           $result  Null, or what another filter answered.
 * @param WP_REST_Server  $server  The server.
 * @param WP_REST_Request $request The request.
 * @return mixed
 */
function sebaya_receiver_pre_dispatch( $result, $server, $request ) {
	$route = (string) $request->get_route();
	$ours  = SEBAYA_RECEIVER_ROUTE === $route || 0 === strpos( $route, SEBAYA_RECEIVER_ROUTE . '/' );
	// WordPress resolves "..": a request sent to E/inbox/../.. is still the receiver's to answer.
	$sent   = isset( $_SERVER['REQUEST_URI'] ) ? explode( '?', (string) $_SERVER['REQUEST_URI'], 2 )[0] : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
	$prefix = '/' . rest_get_url_prefix() . SEBAYA_RECEIVER_ROUTE;
	$at     = strpos( $sent, $prefix );
	if ( false !== $at && ( strlen( $sent ) === $at + strlen( $prefix ) || '/' === $sent[ $at + strlen( $prefix ) ] ) ) {
		$ours = true;
		// The receiver's own routing reads what follows its "script" in the path as sent.
		$_SERVER['SCRIPT_NAME'] = rawurldecode( substr( $sent, 0, $at + strlen( $prefix ) ) );
	}
	if ( null !== $result || ! $ours ) {
		return $result;
	}
	$_SERVER['PATH_INFO'] = sebaya_receiver_path( $route );
	if ( ! getenv( 'SEBAYA_RECEIVER_CONFIG' ) ) {
		putenv( 'SEBAYA_RECEIVER_CONFIG=' . __DIR__ . '/sebaya-config.php' );
	}
	require_once __DIR__ . '/receiver-core.php';
	sebaya_receiver_run();
	exit;
}

/**
 * The path after the receiver's route as it was sent (WordPress drops a trailing slash from the
 * route, and the contract tells `E/replies/` from `E/replies`).
 *
 * @param string $route The REST route WordPress matched.
 * @return string
 */
function sebaya_receiver_path( $route ) {
	$raw = $route;
	if ( isset( $_GET['rest_route'] ) && is_string( $_GET['rest_route'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- routing only.
		$raw = wp_unslash( $_GET['rest_route'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended,WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
	} elseif ( isset( $_SERVER['REQUEST_URI'] ) ) {
		$parts  = explode( '?', (string) $_SERVER['REQUEST_URI'], 2 ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
		$path   = rawurldecode( $parts[0] );
		$prefix = '/' . rest_get_url_prefix();
		$at     = strpos( $path, $prefix . SEBAYA_RECEIVER_ROUTE );
		if ( false !== $at ) {
			$raw = substr( $path, $at + strlen( $prefix ) );
		}
	}
	return 0 === strpos( $raw, SEBAYA_RECEIVER_ROUTE ) ? (string) substr( $raw, strlen( SEBAYA_RECEIVER_ROUTE ) ) : '';
}

/** Runs the receiver as its own runner does: every failure becomes a JSON answer, logged without a body. */
function sebaya_receiver_run() {
	$log = 'sebaya receiver: ';
	set_error_handler(
		static function ( $severity, $message, $file = '', $line = 0 ) {
			if ( ! ( error_reporting() & $severity ) ) {
				return false;
			}
			throw new ErrorException( $message, 0, $severity, $file, $line );
		}
	);
	try {
		\Sebaya\Receiver\send( \Sebaya\Receiver\main() );
	} catch ( \Sebaya\Receiver\Answer $answer ) {
		\Sebaya\Receiver\send( $answer );
	} catch ( \Sebaya\Receiver\DbError $e ) {
		error_log( $log . 'database error ' . preg_replace( '/[^A-Za-z0-9]/', '', $e->state ) . '/' . $e->number ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
		\Sebaya\Receiver\send( \Sebaya\Receiver\unavailable( \Sebaya\Receiver\isBusy( $e ) ? null : 'the database refused a query (see the server error log)' ) );
	} catch ( Throwable $e ) {
		error_log( $log . 'unexpected ' . get_class( $e ) . ' at line ' . $e->getLine() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
		\Sebaya\Receiver\send( \Sebaya\Receiver\fail( 500, 'receiver error' ) );
	}
	$connection = sebaya_receiver_wpdb( false );
	if ( $connection ) {
		$connection->release();
	}
	restore_error_handler();
}

/**
 * The receiver's connection over $wpdb, made once per request (the receiver core must be loaded).
 *
 * @param bool $make False: only the one already made, or null.
 * @return \Sebaya\WordPress\WpdbConnection|null
 */
function sebaya_receiver_wpdb( $make = true ) {
	global $wpdb;
	static $connection = null;
	if ( null === $connection && $make ) {
		require_once __DIR__ . '/wpdb-connection.php';
		$connection = new \Sebaya\WordPress\WpdbConnection( $wpdb );
	}
	return $connection;
}

/**
 * The receiver config from the stored settings plus WordPress's database: SQLite when WordPress
 * runs on the SQLite database integration (its file, FQDB), WordPress's $wpdb otherwise. Called
 * by includes/sebaya-config.php, inside the receiver (its core loaded).
 *
 * @param mixed $stored The option `sebaya_receiver` (credentials, retentionDays, …).
 * @return array<string,mixed>
 */
function sebaya_receiver_config( $stored ) {
	global $wpdb;
	$config = array();
	foreach ( array( 'credentials', 'allowOrigins', 'retentionDays', 'maxBodyBytes', 'minPowBits', 'rateLimits' ) as $key ) {
		if ( is_array( $stored ) && array_key_exists( $key, $stored ) ) {
			$config[ $key ] = $stored[ $key ];
		}
	}
	$config['tablePrefix'] = $wpdb->prefix . 'sebaya_';
	if ( defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE && defined( 'FQDB' ) ) {
		$config['database'] = 'sqlite:' . FQDB;
		return $config;
	}
	$config['database'] = sebaya_receiver_wpdb();
	return $config;
}
