<?php
/**
 * The shortcodes [sebaya_calendar], [sebaya_support_form], [sebaya_quiz], [sebaya_directory] and
 * [sebaya_crisis_help]. Shortcode output is not filtered by kses, so a Contributor's post gets
 * working elements; every attribute value is checked against what the element accepts and escaped.
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Each shortcode's element and the attributes it takes, with their allowed values (a regex for
 * `lang`).
 */
function sebaya_elements() {
	$common = array(
		'lang'  => '/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/',
		'theme' => array( 'light', 'dark', 'auto' ),
	);
	return array(
		'sebaya_calendar'     => array(
			'tag'   => 'sebaya-calendar',
			'attrs' => $common + array( 'view' => array( 'month', 'list' ) ),
		),
		'sebaya_support_form' => array(
			'tag'   => 'sebaya-support-form',
			'attrs' => $common + array( 'view' => array( 'reply' ) ),
		),
		'sebaya_quiz'         => array(
			'tag'   => 'sebaya-quiz',
			'attrs' => $common,
		),
		'sebaya_directory'    => array(
			'tag'   => 'sebaya-directory',
			'attrs' => $common,
		),
		'sebaya_crisis_help'  => array(
			'tag'   => 'sebaya-crisis-help',
			'attrs' => $common + array( 'layout' => array( 'full', 'bar', 'sticky' ) ),
		),
	);
}

/** Registers every shortcode. */
function sebaya_register_shortcodes() {
	foreach ( array_keys( sebaya_elements() ) as $name ) {
		add_shortcode( $name, 'sebaya_shortcode' );
	}
}

/**
 * Renders one element. Unknown attributes and values outside the allowed ones are left out; people
 * who can edit the post see a note saying which and why (visitors see nothing of it).
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content Unused.
 * @param string       $name    The shortcode's name.
 * @return string
 */
function sebaya_shortcode( $atts, $content = null, $name = '' ) {
	$elements = sebaya_elements();
	if ( ! isset( $elements[ $name ] ) ) {
		return '';
	}
	return sebaya_render_element( $name, is_array( $atts ) ? $atts : array() );
}

/**
 * The element's HTML for a shortcode or block and its attributes.
 *
 * @param string $name  Shortcode name (sebaya_calendar, …).
 * @param array  $given Attribute => value.
 * @return string
 */
function sebaya_render_element( $name, $given ) {
	$element  = sebaya_elements()[ $name ];
	$html     = '';
	$problems = array();
	foreach ( $given as $key => $value ) {
		$key   = is_string( $key ) ? strtolower( $key ) : '';
		$value = is_scalar( $value ) ? trim( (string) $value ) : '';
		if ( ! isset( $element['attrs'][ $key ] ) ) {
			/* translators: 1: shortcode name, 2: attribute name, 3: the attributes it takes. */
			$problems[] = sprintf( __( '[%1$s] has no attribute "%2$s" (it takes: %3$s).', 'sebaya' ), $name, $key, implode( ', ', array_keys( $element['attrs'] ) ) );
			continue;
		}
		$allowed = $element['attrs'][ $key ];
		$ok      = is_array( $allowed ) ? in_array( $value, $allowed, true ) : (bool) preg_match( $allowed, $value );
		if ( ! $ok ) {
			$problems[] = is_array( $allowed )
				/* translators: 1: shortcode name, 2: attribute name, 3: the value given, 4: the values allowed. */
				? sprintf( __( '[%1$s] %2$s="%3$s" is not one of: %4$s.', 'sebaya' ), $name, $key, $value, implode( ', ', $allowed ) )
				/* translators: 1: shortcode name, 2: attribute name, 3: the value given. */
				: sprintf( __( '[%1$s] %2$s="%3$s" is not a language code such as id or en.', 'sebaya' ), $name, $key, $value );
			continue;
		}
		$html .= sprintf( ' %s="%s"', $key, esc_attr( $value ) );
	}
	$src = sebaya_config_url();
	if ( '' !== $src ) {
		$html .= sprintf( ' src="%s"', esc_url( $src ) );
	}
	sebaya_enqueue();
	$out = sprintf( '<%1$s%2$s></%1$s>', $element['tag'], $html );
	if ( $problems && current_user_can( 'edit_posts' ) ) {
		$out .= '<p class="sebaya-notice" role="note"><strong>' . esc_html__( 'Sebaya (only people who can edit posts see this):', 'sebaya' ) . '</strong> '
			. esc_html( implode( ' ', $problems ) ) . ' ' . esc_html__( 'It was left out.', 'sebaya' ) . '</p>';
	}
	return $out;
}
