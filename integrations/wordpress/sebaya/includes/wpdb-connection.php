<?php
/**
 * The receiver's database connection over WordPress's own $wpdb, for a WordPress on MySQL or
 * MariaDB: the receiver's tables live beside WordPress's, written through the connection WordPress
 * already has (mysqli), so a host without pdo_mysql receives too. Loaded by sebaya_receiver_wpdb()
 * (includes/receiver.php) after the receiver core (includes/receiver-core.php), whose Connection it
 * implements.
 *
 * For the length of one receiver request it sets what the stand-alone receiver sets on its own
 * connection (utf8mb4 with a binary collation, strict SQL mode, a 10 s lock wait), and puts back
 * WordPress's own settings afterwards (sebaya_receiver_release()). WordPress's error display and
 * logging of database errors stay off meanwhile: a duplicate (409) is an answer, not an error, and
 * the receiver logs its own short line without a body.
 *
 * @package Sebaya
 */

namespace Sebaya\WordPress;

use Sebaya\Receiver\Connection;
use Sebaya\Receiver\DbError;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The receiver's Connection over $wpdb. */
final class WpdbConnection implements Connection {
	/** @var \wpdb */
	private $wpdb;
	/** @var bool */
	private $suppressed;
	/** @var array<string,string>|null WordPress's session settings, put back by release(). */
	private $saved = null;

	/** @param \wpdb $wpdb WordPress's database object; nothing is asked of it before the first statement. */
	public function __construct( $wpdb ) {
		$this->wpdb = $wpdb;
	}

	/** The first time: the receiver's session settings, WordPress's kept for release(). */
	private function ready() {
		if ( null !== $this->saved ) {
			return;
		}
		$this->suppressed = (bool) $this->wpdb->suppress_errors( true );
		$now              = $this->wpdb->get_row( 'SELECT @@SESSION.sql_mode AS m, @@SESSION.innodb_lock_wait_timeout AS w', ARRAY_A );
		try {
			$this->check();
		} catch ( DbError $e ) {
			$this->wpdb->suppress_errors( $this->suppressed );
			throw $e;
		}
		$this->saved = array(
			'sql_mode' => isset( $now['m'] ) ? (string) $now['m'] : '',
			'wait'     => isset( $now['w'] ) ? (string) $now['w'] : '50',
		);
		if ( ! $this->wpdb->has_cap( 'utf8mb4' ) ) {
			throw \Sebaya\Receiver\unavailable( 'the MySQL server has no utf8mb4 (MySQL 5.5.3 or newer is needed)' );
		}
		$this->wpdb->set_charset( $this->handle(), 'utf8mb4', 'utf8mb4_bin' );
		$this->query( "SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION'" );
		$this->query( 'SET SESSION innodb_lock_wait_timeout = 10' );
	}

	/** WordPress's connection settings back as they were; its error reporting too. */
	public function release() {
		if ( null === $this->saved ) {
			return;
		}
		$saved       = $this->saved;
		$this->saved = null;
		try {
			$this->query( $this->bind( 'SET SESSION sql_mode = ?', array( $saved['sql_mode'] ) ) );
			$this->query( 'SET SESSION innodb_lock_wait_timeout = ' . max( 1, (int) $saved['wait'] ) );
			$this->wpdb->set_charset( $this->handle() );
		} catch ( DbError $e ) {
			// The connection is gone: WordPress reconnects with its own settings.
			unset( $e );
		}
		$this->wpdb->suppress_errors( $this->suppressed );
	}

	/** The mysqli link, when there is one (wpdb keeps it protected but readable). */
	private function handle() {
		return $this->wpdb->dbh;
	}

	public function dialect(): string {
		return 'mysql';
	}

	public function exec( string $sql ): void {
		$this->ready();
		$this->query( $sql );
	}

	public function rows( string $sql, array $args = array() ): array {
		$this->ready();
		$rows = $this->wpdb->get_results( $this->bind( $sql, $args ), ARRAY_A );
		$this->check();
		return is_array( $rows ) ? $rows : array();
	}

	public function run( string $sql, array $args = array() ): int {
		$this->ready();
		return (int) $this->query( $this->bind( $sql, $args ) );
	}

	public function begin(): void {
		$this->ready();
		$this->query( 'START TRANSACTION' );
	}

	public function commit(): void {
		$this->ready();
		$this->query( 'COMMIT' );
	}

	public function rollBack(): void {
		if ( null !== $this->saved ) {
			$this->wpdb->query( 'ROLLBACK' );
		}
	}

	/** @return int|bool what $wpdb->query() answered */
	private function query( string $sql ) {
		$result = $this->wpdb->query( $sql ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- bound by bind().
		$this->check();
		return $result;
	}

	/** Turns the last statement's error, if any, into a DbError with MySQL's SQLSTATE and number. */
	private function check() {
		$message = (string) $this->wpdb->last_error;
		if ( '' === $message ) {
			return;
		}
		$link   = $this->handle();
		$number = $link instanceof \mysqli ? (int) mysqli_errno( $link ) : 0;
		$state  = $link instanceof \mysqli ? (string) mysqli_sqlstate( $link ) : 'HY000';
		if ( 0 === $number ) {
			// Another database drop-in: its message says what happened.
			$known = array(
				'Duplicate entry'           => array( '23000', 1062 ),
				'Deadlock found'            => array( '40001', 1213 ),
				'Lock wait timeout'         => array( 'HY000', 1205 ),
				'server has gone away'      => array( 'HY000', 2006 ),
				'Lost connection'           => array( 'HY000', 2013 ),
				'Duplicate key name'        => array( '42000', 1061 ),
			);
			foreach ( $known as $words => $code ) {
				if ( false !== stripos( $message, $words ) ) {
					list( $state, $number ) = $code;
					break;
				}
			}
		}
		throw new DbError( $state, $number, $message );
	}

	/**
	 * The statement with each `?` replaced by its argument, escaped by the connection (the
	 * receiver's statements have no `?` of their own).
	 *
	 * @param array<int,mixed> $args The arguments in order.
	 */
	private function bind( string $sql, array $args ): string {
		if ( ! $args ) {
			return $sql;
		}
		$wpdb = $this->wpdb;
		$at   = 0;
		return (string) preg_replace_callback(
			'/\?/',
			static function () use ( $wpdb, $args, &$at ) {
				if ( ! array_key_exists( $at, $args ) ) {
					throw new DbError( 'HY093', 0, 'fewer arguments than placeholders' );
				}
				$value = $args[ $at++ ];
				if ( null === $value ) {
					return 'NULL';
				}
				if ( is_bool( $value ) ) {
					return $value ? '1' : '0';
				}
				if ( is_int( $value ) ) {
					return (string) $value;
				}
				if ( is_float( $value ) ) {
					if ( ! is_finite( $value ) ) {
						throw new DbError( 'HY000', 0, 'a number that is not finite' );
					}
					return sprintf( '%.6F', $value );
				}
				return "'" . $wpdb->_real_escape( (string) $value ) . "'";
			},
			$sql
		);
	}
}
