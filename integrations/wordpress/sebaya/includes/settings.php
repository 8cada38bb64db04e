<?php
/**
 * Settings → Sebaya: the site config (the JSON the config builder makes), saved as the option
 * `sebaya_config` by administrators (manage_options, with a nonce). Text that is not a JSON object
 * is not saved and stays in the box with the reason; a preview shows the elements reading the
 * saved config, with their owner box (`debug`) naming any problem by its path.
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Adds the page under Settings. */
function sebaya_add_settings_page() {
	$hook = add_options_page( __( 'Sebaya', 'sebaya' ), __( 'Sebaya', 'sebaya' ), 'manage_options', 'sebaya', 'sebaya_render_settings_page' );
	if ( $hook ) {
		add_action( 'load-' . $hook, 'sebaya_save_settings' );
	}
}

/** What the last POST to the page did: the text to show, a success message or a problem. */
$GLOBALS['sebaya_settings_outcome'] = null;

/** Saves a POSTed config before the page prints anything (so a bad nonce can answer 403). */
function sebaya_save_settings() {
	if ( ! isset( $_POST['sebaya_config'] ) ) {
		return;
	}
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change the Sebaya settings.', 'sebaya' ), 403 );
	}
	check_admin_referer( 'sebaya_save_config' );
	$text    = (string) wp_unslash( $_POST['sebaya_config'] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- JSON text, checked below, stored as text, printed escaped.
	$problem = sebaya_config_problem( $text );
	if ( '' === $problem ) {
		update_option( SEBAYA_CONFIG_OPTION, trim( $text ), false );
	}
	$GLOBALS['sebaya_settings_outcome'] = array(
		'text'    => $text,
		'problem' => $problem,
		'message' => '' === $problem ? __( 'Saved. Every Sebaya element on the site now reads this config (browsers may keep the old one for up to 5 minutes).', 'sebaya' ) : '',
	);
}

/**
 * Why `$text` cannot be the config, or '' when it can.
 *
 * @param string $text The JSON text.
 * @return string
 */
function sebaya_config_problem( $text ) {
	if ( '' === trim( $text ) ) {
		return __( 'The box is empty: paste the config from the builder (a JSON object starting with {).', 'sebaya' );
	}
	$value = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$at = sebaya_json_error_position( $text );
		/* translators: 1: line number, 2: column number, 3: PHP's description of the JSON error. */
		return sprintf( __( 'The config is not valid JSON (near line %1$d, column %2$d: %3$s). Nothing was saved.', 'sebaya' ), $at[0], $at[1], json_last_error_msg() );
	}
	if ( ! is_object( $value ) ) {
		return __( 'The config must be a JSON object (starting with {). Nothing was saved.', 'sebaya' );
	}
	return '';
}

/**
 * The line and column (1-based, in characters) of the first place a JSON text (RFC 8259) goes
 * wrong, found by a small parser (PHP's own says what, not where).
 *
 * @param string $text Invalid JSON.
 * @return int[] [line, column]
 */
function sebaya_json_error_position( $text ) {
	$at = 0;
	try {
		sebaya_json_value( $text, $at );
		sebaya_json_space( $text, $at );
	} catch ( UnexpectedValueException $e ) {
		$at = (int) $e->getMessage();
	}
	$before = substr( $text, 0, $at );
	$last   = strrpos( $before, "\n" );
	$line   = substr( $before, false === $last ? 0 : $last + 1 );
	return array( substr_count( $before, "\n" ) + 1, preg_match_all( '/[^\x80-\xBF]/', $line ) + 1 );
}

/** Skips JSON whitespace. @param string $s Text. @param int $at Offset (moved). */
function sebaya_json_space( $s, &$at ) {
	$at += strspn( $s, " \t\r\n", $at );
}

/**
 * Reads one JSON value at `$at`, moving past it; throws UnexpectedValueException with the offset
 * of the first byte that cannot belong there.
 *
 * @param string $s  Text.
 * @param int    $at Offset (moved).
 * @throws UnexpectedValueException At the first error.
 */
function sebaya_json_value( $s, &$at ) {
	sebaya_json_space( $s, $at );
	$c = isset( $s[ $at ] ) ? $s[ $at ] : '';
	if ( '{' === $c || '[' === $c ) {
		$close = '{' === $c ? '}' : ']';
		++$at;
		sebaya_json_space( $s, $at );
		if ( isset( $s[ $at ] ) && $s[ $at ] === $close ) {
			++$at;
			return;
		}
		while ( true ) {
			if ( '}' === $close ) {
				sebaya_json_space( $s, $at );
				if ( ! preg_match( '/\G"(?:[^"\\\\\x00-\x1f]|\\\\(?:["\\\\\/bfnrt]|u[0-9a-fA-F]{4}))*"/', $s, $m, 0, $at ) ) {
					throw new UnexpectedValueException( (string) $at );
				}
				$at += strlen( $m[0] );
				sebaya_json_space( $s, $at );
				if ( ! isset( $s[ $at ] ) || ':' !== $s[ $at ] ) {
					throw new UnexpectedValueException( (string) $at );
				}
				++$at;
			}
			sebaya_json_value( $s, $at );
			sebaya_json_space( $s, $at );
			$next = isset( $s[ $at ] ) ? $s[ $at ] : '';
			if ( ',' === $next ) {
				++$at;
				continue;
			}
			if ( $next !== $close ) {
				throw new UnexpectedValueException( (string) $at );
			}
			++$at;
			return;
		}
	}
	$token = '/\G(?:"(?:[^"\\\\\x00-\x1f]|\\\\(?:["\\\\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/';
	if ( ! preg_match( $token, $s, $m, 0, $at ) ) {
		throw new UnexpectedValueException( (string) $at );
	}
	$at += strlen( $m[0] );
}

/** The page: saves on a valid POST, then shows the form, the outcome and the preview. */
function sebaya_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change the Sebaya settings.', 'sebaya' ), 403 );
	}
	$outcome = is_array( $GLOBALS['sebaya_settings_outcome'] ) ? $GLOBALS['sebaya_settings_outcome'] : array();
	$text    = isset( $outcome['text'] ) ? $outcome['text'] : sebaya_config_json();
	$message = isset( $outcome['message'] ) ? $outcome['message'] : '';
	$problem = isset( $outcome['problem'] ) ? $outcome['problem'] : '';
	echo '<div class="wrap"><h1>' . esc_html__( 'Sebaya', 'sebaya' ) . '</h1>';
	if ( '' !== $message ) {
		echo '<div class="notice notice-success" role="status"><p>' . esc_html( $message ) . '</p></div>';
	}
	if ( '' !== $problem ) {
		echo '<div class="notice notice-error" role="alert"><p>' . esc_html( $problem ) . '</p></div>';
	}
	echo '<p>' . esc_html__( 'Paste the site config made with the Sebaya config builder (Download or Copy there). The shortcodes [sebaya_calendar], [sebaya_support_form], [sebaya_quiz], [sebaya_directory] and [sebaya_crisis_help] read it.', 'sebaya' ) . '</p>';
	echo '<form method="post">';
	wp_nonce_field( 'sebaya_save_config' );
	echo '<p><label for="sebaya-config"><strong>' . esc_html__( 'Site config (JSON)', 'sebaya' ) . '</strong></label></p>';
	echo '<textarea id="sebaya-config" name="sebaya_config" rows="20" class="large-text code" spellcheck="false">' . esc_textarea( $text ) . '</textarea>';
	submit_button( __( 'Save config', 'sebaya' ) );
	echo '</form>';
	if ( '' !== sebaya_config_json() ) {
		echo '<h2>' . esc_html__( 'Preview of the saved config', 'sebaya' ) . '</h2>';
		echo '<script type="module" src="' . esc_url( sebaya_asset_url( 'sebaya.js' ) . '?ver=' . SEBAYA_VERSION ) . '"></script>';
		foreach ( array( 'sebaya-crisis-help', 'sebaya-calendar', 'sebaya-directory' ) as $tag ) {
			printf( '<%1$s debug src="%2$s"></%1$s>', esc_html( $tag ), esc_url( sebaya_config_url() ) );
		}
	}
	echo '</div>';
}
