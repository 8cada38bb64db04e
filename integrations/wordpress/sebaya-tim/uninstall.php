<?php
/**
 * Runs when Sebaya Tim is deleted: takes its capability back from every role. (The requests and
 * credentials belong to the Sebaya plugin, which removes them when it is deleted.)
 *
 * @package SebayaTim
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

foreach ( wp_roles()->role_objects as $sebaya_tim_role ) {
	$sebaya_tim_role->remove_cap( 'sebaya_read_inbox' );
}
