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
