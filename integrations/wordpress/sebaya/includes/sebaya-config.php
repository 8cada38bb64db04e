<?php
/**
 * The receiver's config inside WordPress (read by the receiver core's loadConfig()): WordPress's
 * database and table prefix, the coordinator credentials and settings kept in the option
 * `sebaya_receiver`. See receiver/php/sebaya-config.sample.php for what each key means.
 *
 * @package Sebaya
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return sebaya_receiver_config( get_option( 'sebaya_receiver', array() ) );
