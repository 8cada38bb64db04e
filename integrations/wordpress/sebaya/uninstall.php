<?php
/**
 * Runs when an administrator deletes Sebaya in Plugins (WordPress first asks "delete the plugin and
 * its data?"): removes the saved config and everything else the plugin stored.
 *
 * @package Sebaya
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'sebaya_config' );
delete_option( 'sebaya_receiver' );

// The receiver's tables (includes/receiver.php keeps them under WordPress's table prefix).
global $wpdb;
foreach ( array( 'requests', 'replies', 'buckets', 'meta' ) as $sebaya_table ) {
	$wpdb->query( 'DROP TABLE IF EXISTS `' . esc_sql( $wpdb->prefix . 'sebaya_' . $sebaya_table ) . '`' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
}
