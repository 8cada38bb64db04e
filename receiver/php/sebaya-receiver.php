<?php
/**
 * Sebaya receiver for PHP 7.4–8.3 (docs/receiver-contract.md): one file a village uploads next to its
 * site. It receives <sebaya-support-form> requests, lets the team read and answer them in
 * <sebaya-inbox>, and lets the visitor read the answer with the reference code and reply secret.
 *
 * Needs only PDO: SQLite (default, a file in data/ beside this script or anywhere the config says)
 * or MySQL/MariaDB (`database` => 'mysql:host=…;dbname=…'). No Composer, no other file but its
 * config: sebaya-config.php beside it (copy sebaya-config.sample.php), or the file named by the
 * environment variable SEBAYA_RECEIVER_CONFIG.
 *
 *   E                      POST  one envelope (the support form)
 *   E/replies              POST  { code, token } → the visitor's replies
 *   E/inbox…               the coordinator's routes (Authorization: Bearer sbc_…)
 *
 * On a command line: `php sebaya-receiver.php credential` prints a new coordinator credential and
 * the `sha256:` line for the config.
 *
 * It never decrypts anything, never logs a body, a token, a credential or an address, and never
 * answers with HTML, a path or a database message: every failure becomes a JSON answer.
 */

namespace Sebaya\Receiver;

const SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
const URGENCIES = ['later', 'soon', 'now'];
const METHODS = ['none', 'code', 'whatsapp', 'phone', 'email'];
const UUID_V4 = '/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/iD';
const DAY = '/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/D';
const B64URL = '/^[A-Za-z0-9_-]+$/D';
const CODE = '/^[0-9a-f]{4}-?[0-9a-f]{4}$/iD';
const HASH_LINE = '/^sha256:[0-9a-f]{64}$/D';
const JSON_OUT = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
const LOG = 'sebaya receiver: ';

/** An answer: thrown anywhere, sent once by main(). */
final class Answer extends \Exception
{
    /** @var int */
    public $status;
    /** @var array<string,mixed>|null */
    public $body;
    /** @var array<string,string> */
    public $headers;

    /** @param array<string,mixed>|null $body @param array<string,string> $headers */
    public function __construct(int $status, $body, array $headers = [])
    {
        parent::__construct('answer');
        $this->status = $status;
        $this->body = $body;
        $this->headers = $headers;
    }
}

/** @param array<string,string> $headers */
function fail(int $status, string $error, array $headers = []): Answer
{
    return new Answer($status, ['error' => $error], $headers);
}

/** The database said no (locked, gone, full): 503, the client tries again later. */
function unavailable(?string $ownerHint = null): Answer
{
    $answer = fail(503, 'the receiver is not available; try again later', ['Retry-After' => '30']);
    $answer->body['hint'] = $ownerHint; // removed by send() unless the caller is the owner
    return $answer;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Length in UTF-16 code units, as JavaScript's String.length (the envelope limits are the form's). */
function jsLength(string $s): int
{
    return strlen($s) - preg_match_all('/[\x80-\xBF]/', $s) + preg_match_all('/[\xF0-\xF7]/', $s);
}

/** Bytes a base64url text decodes to (as Node's Buffer.from(text, 'base64url') counts them). */
function b64Bytes(string $s): int
{
    return intdiv(strlen($s) * 3, 4);
}

function b64Decode(string $s): string
{
    $decoded = base64_decode(strtr($s, '-_', '+/') . str_repeat('=', (4 - strlen($s) % 4) % 4), false);
    return $decoded === false ? '' : $decoded;
}

function b64Encode(string $bytes): string
{
    return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
}

/** @param mixed $v */
function isB64(&$v): bool
{
    return is_string($v) && preg_match(B64URL, $v) === 1;
}

/** An uncompressed P-256 point: 65 bytes, the first 4. @param mixed $v */
function isPoint($v): bool
{
    return isB64($v) && b64Bytes($v) === 65 && ord(b64Decode(substr($v, 0, 4))) === 4;
}

/** @param mixed $v */
function isToken($v): bool
{
    return is_string($v) && preg_match('/^[A-Za-z0-9_-]{22}$/D', $v) === 1;
}

/** A JSON integer (PHP decodes 16.0 or 1e1 as float; JavaScript has one number type). @param mixed $v */
function isIntegral($v): bool
{
    return is_int($v) || (is_float($v) && is_finite($v) && floor($v) === $v && abs($v) < 9.0e15);
}

/** Not only whitespace, as JavaScript's String.trim() sees it. */
function hasText(string $s): bool
{
    return preg_match('/[^\x{9}-\x{D}\x{20}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]/u', $s) === 1;
}

/**
 * The first key of $obj not in $allowed, as the error "unknown field …", or null.
 * @param string[] $allowed
 */
function unknownKey(\stdClass $obj, array $allowed, string $where): ?string
{
    foreach (get_object_vars($obj) as $key => $_) {
        if (!in_array((string) $key, $allowed, true)) {
            return 'unknown field "' . $where . substr((string) $key, 0, 40) . '"';
        }
    }
    return null;
}

function has(\stdClass $o, string $key): bool
{
    return property_exists($o, $key);
}

/** Leading zero bits of SHA-256("<id>:<nonce>") (the proof-of-work check). */
function powBits(string $id, string $nonce): int
{
    $n = 0;
    foreach (str_split(hash('sha256', $id . ':' . $nonce, true)) as $char) {
        $b = ord($char);
        if ($b === 0) {
            $n += 8;
            continue;
        }
        while (($b & 0x80) === 0) {
            $n++;
            $b <<= 1;
        }
        return $n;
    }
    return $n;
}

// ---------------------------------------------------------------------------------------------
// The envelope (write side): the same checks as demo/receiver.mjs envelopeProblem()

/** Why $e is not an acceptable envelope, or null. @param mixed $e */
function envelopeProblem($e, int $minPowBits): ?string
{
    if (!($e instanceof \stdClass)) return 'body must be a JSON object';
    $unknown = unknownKey($e, ['v', 'id', 'sentAt', 'sealed', 'request', 'suite', 'enc', 'ct', 'pow'], '');
    if ($unknown !== null) return $unknown;
    if (!has($e, 'v') || !isIntegral($e->v) || (int) $e->v !== 1) return '"v" must be 1';
    if (!has($e, 'id') || !is_string($e->id) || !preg_match(UUID_V4, $e->id)) return '"id" must be a UUID v4';
    if (!has($e, 'sentAt') || !is_string($e->sentAt) || !preg_match(DAY, $e->sentAt)) {
        return '"sentAt" must be a day, YYYY-MM-DD';
    }
    if (has($e, 'pow')) {
        $pow = $e->pow;
        if (!($pow instanceof \stdClass)) return '"pow" must be an object';
        $unknown = unknownKey($pow, ['bits', 'nonce'], 'pow.');
        if ($unknown !== null) return $unknown;
        if (
            !has($pow, 'nonce') || !is_string($pow->nonce) || !preg_match('/^\d{1,16}$/D', $pow->nonce) ||
            !has($pow, 'bits') || !isIntegral($pow->bits) || $pow->bits < 0 || $pow->bits > 256
        ) {
            return '"pow" must be { bits, nonce }';
        }
    }
    if ($minPowBits > 0) {
        if (!has($e, 'pow')) return '"pow" is required';
        if ($e->pow->bits < $minPowBits || powBits($e->id, $e->pow->nonce) < $minPowBits) {
            return '"pow" does not check out';
        }
    }
    if (has($e, 'sealed') && $e->sealed === true) {
        if (has($e, 'request')) return 'a sealed envelope must not carry "request"';
        if (!has($e, 'suite') || $e->suite !== SUITE) return '"suite" must be "' . SUITE . '"';
        if (!has($e, 'enc') || !isB64($e->enc)) return '"enc" must be base64url';
        if (!isPoint($e->enc)) return '"enc" must be an uncompressed P-256 point (65 bytes)';
        if (!has($e, 'ct') || !isB64($e->ct) || b64Bytes($e->ct) < 17) return '"ct" must be base64url ciphertext';
        return null;
    }
    if (!has($e, 'sealed') || $e->sealed !== false) return '"sealed" must be true or false';
    foreach (['suite', 'enc', 'ct'] as $key) {
        if (has($e, $key)) return 'an unsealed envelope must not carry "' . $key . '"';
    }
    $r = has($e, 'request') ? $e->request : null;
    if (!($r instanceof \stdClass)) return '"request" must be an object';
    $unknown = unknownKey($r, ['topic', 'message', 'urgency', 'lang', 'contact', 'reply'], 'request.');
    if ($unknown !== null) return $unknown;
    if (!has($r, 'topic') || !is_string($r->topic) || jsLength($r->topic) > 200) return '"request.topic" must be text';
    if (!has($r, 'message') || !is_string($r->message) || !hasText($r->message)) {
        return '"request.message" must not be empty';
    }
    if (jsLength($r->message) > 20000) return '"request.message" is too long';
    if (!has($r, 'urgency') || !is_string($r->urgency) || !in_array($r->urgency, URGENCIES, true)) {
        return '"request.urgency" must be one of ' . implode(', ', URGENCIES);
    }
    if (!has($r, 'lang') || !is_string($r->lang) || jsLength($r->lang) > 35) return '"request.lang" must be a language tag';
    $c = has($r, 'contact') ? $r->contact : null;
    if (!($c instanceof \stdClass) || !has($c, 'method') || !is_string($c->method) || !in_array($c->method, METHODS, true)) {
        return '"request.contact.method" must be one of ' . implode(', ', METHODS);
    }
    $unknown = unknownKey($c, ['method', 'value'], 'request.contact.');
    if ($unknown !== null) return $unknown;
    if (has($c, 'value') && (!is_string($c->value) || jsLength($c->value) > 254)) {
        return '"request.contact.value" must be short text';
    }
    if (has($r, 'reply')) {
        $reply = $r->reply;
        if (!($reply instanceof \stdClass)) return '"request.reply" must be an object';
        $unknown = unknownKey($reply, ['key', 'token'], 'request.reply.');
        if ($unknown !== null) return $unknown;
        if (!has($reply, 'key') || !isPoint($reply->key)) {
            return '"request.reply.key" must be an uncompressed P-256 point (65 bytes, base64url)';
        }
        if (!has($reply, 'token') || !isToken($reply->token)) return '"request.reply.token" must be 16 bytes, base64url';
    }
    return null;
}

/** The envelope rebuilt from its known fields (after envelopeProblem() found nothing). */
function cleanEnvelope(\stdClass $e): array
{
    $out = ['v' => 1, 'id' => $e->id, 'sentAt' => $e->sentAt, 'sealed' => $e->sealed];
    if ($e->sealed) {
        $out += ['suite' => $e->suite, 'enc' => $e->enc, 'ct' => $e->ct];
    } else {
        $r = $e->request;
        $contact = ['method' => $r->contact->method];
        if (has($r->contact, 'value')) $contact['value'] = $r->contact->value;
        $request = ['topic' => $r->topic, 'message' => $r->message, 'urgency' => $r->urgency, 'lang' => $r->lang];
        $request['contact'] = $contact;
        if (has($r, 'reply')) $request['reply'] = ['key' => $r->reply->key, 'token' => $r->reply->token];
        $out['request'] = $request;
    }
    if (has($e, 'pow')) $out['pow'] = ['bits' => (int) $e->pow->bits, 'nonce' => $e->pow->nonce];
    return $out;
}

/** Why $r is not a Reply-in, or null. @param mixed $r */
function replyProblem($r): ?string
{
    if (!($r instanceof \stdClass)) return 'body must be a JSON object';
    $unknown = unknownKey($r, ['id', 'token', 'sentAt', 'suite', 'enc', 'ct'], '');
    if ($unknown !== null) return $unknown;
    if (!has($r, 'id') || !is_string($r->id) || !preg_match(UUID_V4, $r->id)) return '"id" must be a UUID v4';
    if (!has($r, 'token') || !isToken($r->token)) return '"token" must be 16 bytes, base64url';
    if (!has($r, 'sentAt') || !is_string($r->sentAt) || !preg_match(DAY, $r->sentAt)) {
        return '"sentAt" must be a day, YYYY-MM-DD';
    }
    if (!has($r, 'suite') || $r->suite !== SUITE) return '"suite" must be "' . SUITE . '"';
    if (!has($r, 'enc') || !isPoint($r->enc)) return '"enc" must be an uncompressed P-256 point (65 bytes, base64url)';
    if (!has($r, 'ct') || !isB64($r->ct) || b64Bytes($r->ct) < 17 || b64Bytes($r->ct) > 16384) {
        return '"ct" must be base64url ciphertext of 17 to 16384 bytes';
    }
    return null;
}

/** The reference code as stored: 8 lower-case hex digits, or null. @param mixed $code */
function normalCode($code): ?string
{
    if (!is_string($code) || !preg_match(CODE, $code)) return null;
    return strtolower(str_replace('-', '', $code));
}

// ---------------------------------------------------------------------------------------------
// Config

/**
 * The config, checked: [config, problem for the owner or null, credentials problem or null].
 * @return array{0: array<string,mixed>, 1: ?string, 2: ?string}
 */
function loadConfig(): array
{
    $defaults = [
        'credentials' => [],
        'allowOrigins' => [],
        'retentionDays' => 90,
        'maxBodyBytes' => 65536,
        'minPowBits' => 0,
        'rateLimits' => [],
        'database' => 'sqlite:' . __DIR__ . '/data/sebaya.sqlite',
        'dbUser' => null,
        'dbPassword' => null,
        'tablePrefix' => 'sebaya_',
    ];
    $env = getenv('SEBAYA_RECEIVER_CONFIG');
    $file = is_string($env) && $env !== '' ? $env : __DIR__ . '/sebaya-config.php';
    $config = $defaults;
    $problem = null;
    if (is_file($file)) {
        ob_start();
        try {
            $loaded = (static function (string $f) {
                return include $f;
            })($file);
        } catch (\Throwable $e) {
            $loaded = null;
        }
        ob_end_clean();
        if (!is_array($loaded)) {
            return [$defaults, 'sebaya-config.php cannot be read: it must "return [ … ];" an array', null];
        }
        foreach ($loaded as $key => $value) {
            if (!array_key_exists((string) $key, $defaults)) {
                $problem = $problem ?? 'unknown config key "' . substr((string) $key, 0, 40) . '"';
                continue;
            }
            $config[$key] = $value;
        }
    }
    $credentialsProblem = null;
    $credentials = [];
    if ($config['credentials'] !== null && !is_array($config['credentials'])) {
        $credentialsProblem = '"credentials" must be a list of "sha256:<64 hex digits>" lines';
    } else {
        foreach ((array) $config['credentials'] as $i => $line) {
            $line = is_string($line) ? strtolower(trim($line)) : '';
            if (preg_match(HASH_LINE, $line)) {
                $credentials[] = $line;
            } else {
                $credentialsProblem = $credentialsProblem ?? 'credentials[' . (int) $i . '] is not "sha256:" + 64 hex digits (make one with: php sebaya-receiver.php credential)';
            }
        }
    }
    $config['credentials'] = $credentials;
    $origins = $config['allowOrigins'];
    if (!is_array($origins) || count(array_filter($origins, 'is_string')) !== count($origins)) {
        $problem = $problem ?? '"allowOrigins" must be a list of origins like "https://desa.example"';
        $config['allowOrigins'] = [];
    }
    $int = static function ($v, int $min, int $max): bool {
        return isIntegral($v) && $v >= $min && $v <= $max;
    };
    if (!$int($config['retentionDays'], 1, 3650)) $problem = $problem ?? '"retentionDays" must be 1 to 3650';
    if (!$int($config['maxBodyBytes'], 1024, 16777216)) $problem = $problem ?? '"maxBodyBytes" must be 1024 to 16777216';
    if (!$int($config['minPowBits'], 0, 256)) $problem = $problem ?? '"minPowBits" must be 0 to 256';
    foreach (['retentionDays', 'maxBodyBytes', 'minPowBits'] as $key) {
        $config[$key] = isIntegral($config[$key]) ? (int) $config[$key] : $defaults[$key];
    }
    $limits = [
        'submit' => ['burst' => 10, 'refillSeconds' => 360],
        'replies' => ['burst' => 10, 'refillSeconds' => 120],
        'authFailures' => ['burst' => 10, 'refillSeconds' => 60],
        'coordinator' => ['burst' => 600, 'refillSeconds' => 0.1],
    ];
    $given = $config['rateLimits'];
    if ($given === false) {
        $limits = array_map(static function () {
            return false;
        }, $limits);
    } elseif (is_array($given)) {
        foreach ($given as $kind => $limit) {
            if (!array_key_exists((string) $kind, $limits)) {
                $problem = $problem ?? 'unknown rate limit "' . substr((string) $kind, 0, 40) . '"';
            } elseif ($limit === false) {
                $limits[$kind] = false;
            } elseif (
                is_array($limit) && count(array_diff(array_keys($limit), ['burst', 'refillSeconds'])) === 0 &&
                $int($limit['burst'] ?? $limits[$kind]['burst'], 1, 1000000) &&
                is_numeric($limit['refillSeconds'] ?? 1) && ($limit['refillSeconds'] ?? 1) > 0
            ) {
                $limits[$kind] = [
                    'burst' => (int) ($limit['burst'] ?? $limits[$kind]['burst']),
                    'refillSeconds' => (float) ($limit['refillSeconds'] ?? $limits[$kind]['refillSeconds']),
                ];
            } else {
                $problem = $problem ?? 'rateLimits.' . $kind . ' must be false or { burst, refillSeconds }';
            }
        }
    } elseif ($given !== null) {
        $problem = $problem ?? '"rateLimits" must be false or an array';
    }
    $config['rateLimits'] = $limits;
    $db = $config['database'];
    if (!($db instanceof Connection) && (!is_string($db) || !preg_match('/^(sqlite|mysql):./D', $db))) {
        $problem = $problem ?? '"database" must be a PDO DSN starting with "sqlite:" or "mysql:"';
        $config['database'] = $defaults['database'];
    }
    // At most 40: the longest name made from it ("<prefix>requests_received") stays within MySQL's 64;
    // WordPress's own prefix comes first inside the plugin, and hosts make long ones.
    if (!is_string($config['tablePrefix']) || !preg_match('/^[A-Za-z_][A-Za-z0-9_]{0,39}$/D', $config['tablePrefix'])) {
        $problem = $problem ?? '"tablePrefix" must be letters, digits and _ (at most 40)';
        $config['tablePrefix'] = $defaults['tablePrefix'];
    }
    foreach (['dbUser', 'dbPassword'] as $key) {
        if ($config[$key] !== null && !is_string($config[$key])) $problem = $problem ?? '"' . $key . '" must be text';
    }
    return [$config, $problem, $credentialsProblem];
}

/** Today (UTC) as YYYY-MM-DD, or SEBAYA_TODAY (tests). */
function today(): string
{
    $env = getenv('SEBAYA_TODAY');
    if (is_string($env) && preg_match(DAY, $env) && checkdate((int) substr($env, 5, 2), (int) substr($env, 8, 2), (int) substr($env, 0, 4))) {
        return $env;
    }
    return gmdate('Y-m-d');
}

/** The oldest day still kept: anything before it has expired. */
function cutoff(int $retentionDays): string
{
    $day = new \DateTimeImmutable(today() . 'T00:00:00', new \DateTimeZone('UTC'));
    return $day->modify('-' . $retentionDays . ' days')->format('Y-m-d');
}

// ---------------------------------------------------------------------------------------------
// The database

/** What a database said when it refused a statement: its SQLSTATE and its own error number. */
final class DbError extends \RuntimeException
{
    /** @var string */
    public $state;
    /** @var int */
    public $number;

    public function __construct(string $state, int $number, string $message)
    {
        parent::__construct($message);
        $this->state = $state;
        $this->number = $number;
    }

    public static function fromPdo(\PDOException $e): self
    {
        return new self((string) ($e->errorInfo[0] ?? $e->getCode()), (int) ($e->errorInfo[1] ?? 0), $e->getMessage());
    }
}

/**
 * How the Store talks to its database. Two ship: PDO (SQLite or MySQL/MariaDB, below) and, in the
 * WordPress plugin, WordPress's own $wpdb (integrations/wordpress/sebaya/includes/wpdb-connection.php),
 * given as the config's "database". Every failure is a DbError; `?` marks each argument.
 */
interface Connection
{
    /** "sqlite" or "mysql": the SQL the Store writes. */
    public function dialect(): string;

    /** A statement without arguments or rows (DDL, PRAGMA, SET). */
    public function exec(string $sql): void;

    /** @param array<int,mixed> $args @return array<int,array<string,mixed>> */
    public function rows(string $sql, array $args = []): array;

    /** @param array<int,mixed> $args @return int rows changed */
    public function run(string $sql, array $args = []): int;

    /** SQLite: BEGIN IMMEDIATE (one writer at a time); MySQL: START TRANSACTION. */
    public function begin(): void;

    public function commit(): void;

    /** Never throws: there may be no transaction open. */
    public function rollBack(): void;
}

/** PDO, with every PDOException turned into a DbError. */
final class PdoConnection implements Connection
{
    /** @var \PDO */
    private $pdo;
    /** @var bool */
    private $mysql;

    /** @param array<string,mixed> $config */
    public function __construct(array $config)
    {
        $dsn = $config['database'];
        $this->mysql = strncmp($dsn, 'mysql:', 6) === 0;
        if (!class_exists('PDO') || !in_array($this->mysql ? 'mysql' : 'sqlite', \PDO::getAvailableDrivers(), true)) {
            throw unavailable('PHP has no PDO driver for ' . ($this->mysql ? 'MySQL (pdo_mysql)' : 'SQLite (pdo_sqlite)'));
        }
        $options = [\PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION, \PDO::ATTR_TIMEOUT => 5];
        if ($this->mysql) {
            if (!preg_match('/;\s*charset=/i', $dsn)) $dsn .= ';charset=utf8mb4';
            $options[\PDO::ATTR_EMULATE_PREPARES] = false;
        } else {
            prepareSqliteFile(substr($dsn, 7));
        }
        try {
            $this->pdo = new \PDO($dsn, $config['dbUser'], $config['dbPassword'], $options);
        } catch (\PDOException $e) {
            error_log(LOG . 'cannot connect to the database (' . $e->getCode() . ')');
            throw unavailable('cannot connect to the database: check "database", "dbUser" and "dbPassword"');
        }
        if ($this->mysql) {
            $this->exec("SET NAMES utf8mb4 COLLATE utf8mb4_bin");
            $this->exec("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION'");
            $this->exec('SET SESSION innodb_lock_wait_timeout = 10');
        } else {
            $this->exec('PRAGMA busy_timeout = 5000');
            $this->exec('PRAGMA synchronous = FULL');
        }
    }

    public function dialect(): string
    {
        return $this->mysql ? 'mysql' : 'sqlite';
    }

    /**
     * Runs $call with every PDOException turned into a DbError.
     * @template T
     * @param callable(): T $call
     * @return T
     */
    private function guarded(callable $call)
    {
        try {
            return $call();
        } catch (\PDOException $e) {
            throw DbError::fromPdo($e);
        }
    }

    public function exec(string $sql): void
    {
        $this->guarded(function () use ($sql) {
            return $this->pdo->exec($sql);
        });
    }

    public function rows(string $sql, array $args = []): array
    {
        return $this->guarded(function () use ($sql, $args) {
            $st = $this->pdo->prepare($sql);
            $st->execute($args);
            return $st->fetchAll(\PDO::FETCH_ASSOC);
        });
    }

    public function run(string $sql, array $args = []): int
    {
        return $this->guarded(function () use ($sql, $args) {
            $st = $this->pdo->prepare($sql);
            $st->execute($args);
            return $st->rowCount();
        });
    }

    public function begin(): void
    {
        $this->guarded(function () {
            return $this->mysql ? $this->pdo->beginTransaction() : $this->pdo->exec('BEGIN IMMEDIATE');
        });
    }

    public function commit(): void
    {
        $this->guarded(function () {
            return $this->mysql ? $this->pdo->commit() : $this->pdo->exec('COMMIT');
        });
    }

    public function rollBack(): void
    {
        try {
            if ($this->mysql) {
                if ($this->pdo->inTransaction()) $this->pdo->rollBack();
            } else {
                $this->pdo->exec('ROLLBACK');
            }
        } catch (\Throwable $ignored) {
            // no transaction was open
        }
    }
}

/** The SQLite file's folder must exist, be writable, and not be served by the web server. */
function prepareSqliteFile(string $file): void
{
    if ($file === '' || $file === ':memory:') return;
    $dir = dirname($file);
    if (!is_dir($dir) && !@mkdir($dir, 0700, true)) {
        throw unavailable('the database folder does not exist and cannot be made: see "database" in the config');
    }
    if (!is_writable($dir)) {
        throw unavailable('the database folder is not writable by PHP (SQLite also writes files beside the database)');
    }
    $real = realpath($dir);
    $root = isset($_SERVER['DOCUMENT_ROOT']) && is_string($_SERVER['DOCUMENT_ROOT']) ? realpath($_SERVER['DOCUMENT_ROOT']) : false;
    if ($real !== false && $root !== false && $root !== '' && strpos($real . '/', rtrim($root, '/') . '/') === 0) {
        // Inside the web folder: only Apache and LiteSpeed read the .htaccess that keeps it private.
        $software = isset($_SERVER['SERVER_SOFTWARE']) ? (string) $_SERVER['SERVER_SOFTWARE'] : '';
        if (!preg_match('/apache|litespeed/i', $software)) {
            throw unavailable('the database is inside the web folder and this web server ignores .htaccess: set "database" to a file outside public_html');
        }
        if (!is_file($dir . '/.htaccess')) {
            $deny = "# Sebaya: nothing in this folder may be downloaded.\n<IfModule mod_authz_core.c>\n  Require all denied\n</IfModule>\n<IfModule !mod_authz_core.c>\n  Order allow,deny\n  Deny from all\n</IfModule>\n";
            if (@file_put_contents($dir . '/.htaccess', $deny) === false) {
                throw unavailable('the database folder has no .htaccess and PHP cannot write one');
            }
        }
        if (!is_file($dir . '/index.html')) @file_put_contents($dir . '/index.html', '');
    }
    if (!is_file($file)) {
        @touch($file);
        @chmod($file, 0600);
    }
}

final class Store
{
    /** @var Connection */
    private $db;
    /** @var bool */
    public $mysql;
    /** @var string */
    private $p;
    /** @var string */
    public $secret = '';

    /** @param array<string,mixed> $config */
    public function __construct(array $config)
    {
        $this->db = $config['database'] instanceof Connection ? $config['database'] : new PdoConnection($config);
        $this->mysql = $this->db->dialect() === 'mysql';
        $this->p = $config['tablePrefix'];
        $this->setUp();
    }

    public function t(string $name): string
    {
        return $this->p . $name;
    }

    private function setUp(): void
    {
        $read = "SELECT k, v FROM {$this->t('meta')} WHERE k IN ('schema', 'secret')";
        try {
            $rows = $this->pairs($read);
        } catch (DbError $e) {
            if (isBusy($e)) throw $e;
            $rows = [];
        }
        if (($rows['schema'] ?? '') !== '1' || !isset($rows['secret'])) {
            // The first requests make the tables, several workers at once. SQLite answers "busy"
            // at once, without its busy timeout, to a connection that must turn a read into a
            // write (switching to WAL, creating a table) while another holds the write lock:
            // every step here may be repeated, so wait and repeat, as long as the busy timeout.
            $deadline = microtime(true) + 5;
            for (;;) {
                try {
                    $this->createTables();
                    $rows = $this->pairs($read);
                    break;
                } catch (DbError $e) {
                    if (!isBusy($e) || microtime(true) > $deadline) throw $e;
                    usleep(random_int(5000, 40000));
                }
            }
        }
        $this->secret = (string) ($rows['secret'] ?? '');
        if (strlen($this->secret) < 32) throw unavailable('the database has no install secret');
    }

    /** @return array<string,string> */
    private function pairs(string $sql): array
    {
        $pairs = [];
        foreach ($this->db->rows($sql) as $row) $pairs[(string) $row['k']] = (string) $row['v'];
        return $pairs;
    }

    private function createTables(): void
    {
        $m = $this->mysql;
        $seq = $m ? 'seq BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY' : 'seq INTEGER PRIMARY KEY AUTOINCREMENT';
        $text = $m ? 'MEDIUMTEXT' : 'TEXT';
        $tail = $m ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' : '';
        $r = $this->t('requests');
        $y = $this->t('replies');
        $b = $this->t('buckets');
        $meta = $this->t('meta');
        if (!$m) $this->db->exec('PRAGMA journal_mode = WAL');
        $statements = [
            "CREATE TABLE IF NOT EXISTS $r ($seq, id VARCHAR(36) NOT NULL UNIQUE, code CHAR(8) NOT NULL, received_at CHAR(10) NOT NULL, handled SMALLINT NOT NULL DEFAULT 0, envelope $text NOT NULL)$tail",
            "CREATE TABLE IF NOT EXISTS $y ($seq, id VARCHAR(36) NOT NULL UNIQUE, request_id VARCHAR(36) NOT NULL, code CHAR(8) NOT NULL, token_hash CHAR(64) NOT NULL, sent_at CHAR(10) NOT NULL, suite VARCHAR(64) NOT NULL, enc VARCHAR(100) NOT NULL, ct $text NOT NULL)$tail",
            "CREATE TABLE IF NOT EXISTS $b (k CHAR(64) NOT NULL PRIMARY KEY, tokens DOUBLE NOT NULL, at DOUBLE NOT NULL)$tail",
            "CREATE TABLE IF NOT EXISTS $meta (k VARCHAR(32) NOT NULL PRIMARY KEY, v VARCHAR(255) NOT NULL)$tail",
        ];
        foreach ($statements as $sql) $this->db->exec($sql);
        $indexes = [["{$r}_code", $r, 'code'], ["{$r}_received", $r, 'received_at'], ["{$y}_request", $y, 'request_id'], ["{$y}_code", $y, 'code'], ["{$y}_sent", $y, 'sent_at']];
        foreach ($indexes as [$name, $table, $column]) {
            if ($m) {
                try {
                    $this->db->exec("CREATE INDEX $name ON $table ($column)");
                } catch (DbError $e) {
                    if ($e->number !== 1061) throw $e; // 1061: the index exists
                }
            } else {
                $this->db->exec("CREATE INDEX IF NOT EXISTS $name ON $table ($column)");
            }
        }
        $ignore = $m ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
        $insert = "$ignore INTO $meta (k, v) VALUES (?, ?)";
        $this->db->run($insert, ['secret', bin2hex(random_bytes(32))]);
        $this->db->run($insert, ['purge', '']);
        $this->db->run($insert, ['seq', '']);
        $this->db->run($insert, ['schema', '1']);
    }

    /**
     * Runs $work in one transaction (SQLite: BEGIN IMMEDIATE, one writer at a time; MySQL:
     * retried on a deadlock). Whatever $work throws rolls everything back.
     * @template T
     * @param callable(): T $work
     * @return T
     */
    public function tx(callable $work)
    {
        for ($attempt = 1; ; $attempt++) {
            try {
                $this->db->begin();
                $result = $work();
                $this->db->commit();
                return $result;
            } catch (\Throwable $e) {
                $this->db->rollBack();
                $deadlock = $e instanceof DbError && $this->mysql && in_array($e->number, [1213, 1205], true);
                if (!$deadlock || $attempt >= 3) throw $e;
            }
        }
    }

    /** @param array<int,mixed> $args @return array<int,array<string,mixed>> */
    public function rows(string $sql, array $args = []): array
    {
        return $this->db->rows($sql, $args);
    }

    /** @param array<int,mixed> $args */
    public function run(string $sql, array $args = []): int
    {
        return $this->db->run($sql, $args);
    }

    /** MySQL: a row lock every writer of requests takes first, so cursors (seq) commit in order. */
    public function lockSeq(): void
    {
        if ($this->mysql) $this->rows("SELECT v FROM {$this->t('meta')} WHERE k = 'seq' FOR UPDATE");
    }

    public function forUpdate(): string
    {
        return $this->mysql ? ' FOR UPDATE' : '';
    }
}

/** A lock timeout, a busy database, a lost connection: worth a retry later. */
function isBusy(DbError $e): bool
{
    return in_array($e->number, [5, 6, 1205, 1213, 2002, 2006, 2013], true) || stripos($e->getMessage(), 'locked') !== false;
}

function isDuplicate(DbError $e): bool
{
    return $e->state === '23000';
}

/** Deletes what expired (requests by receivedAt, replies by sentAt) and stale rate-limit buckets; at most once an hour. */
function purge(Store $db, array $config): void
{
    $meta = $db->t('meta');
    $now = time();
    $due = static function (array $rows) use ($now): bool {
        $last = explode('|', (string) ($rows[0]['v'] ?? ''));
        return ($last[0] ?? '') !== today() || (int) ($last[1] ?? 0) < $now - 3600;
    };
    if (!$due($db->rows("SELECT v FROM $meta WHERE k = 'purge'"))) return;
    $db->tx(static function () use ($db, $config, $due, $meta, $now) {
        if (!$due($db->rows("SELECT v FROM $meta WHERE k = 'purge'" . $db->forUpdate()))) return;
        $cut = cutoff($config['retentionDays']);
        $db->run("DELETE FROM {$db->t('requests')} WHERE received_at < ?", [$cut]);
        $db->run("DELETE FROM {$db->t('replies')} WHERE sent_at < ?", [$cut]);
        $window = 3600.0;
        foreach ($config['rateLimits'] as $limit) {
            if ($limit) $window = max($window, $limit['burst'] * $limit['refillSeconds']);
        }
        $db->run("DELETE FROM {$db->t('buckets')} WHERE at < ?", [microtime(true) - $window]);
        $db->run("UPDATE $meta SET v = ? WHERE k = 'purge'", [today() . '|' . $now]);
    });
}

// ---------------------------------------------------------------------------------------------
// Rate limits: a token bucket per address (IPv6 by /64), kept under an HMAC of the address

function addressKey(): string
{
    $address = isset($_SERVER['REMOTE_ADDR']) ? (string) $_SERVER['REMOTE_ADDR'] : '';
    $bin = @inet_pton($address);
    if ($bin === false) return '?';
    if (strlen($bin) === 16 && substr($bin, 0, 12) === str_repeat("\0", 10) . "\xff\xff") return substr($bin, 12);
    return strlen($bin) === 16 ? substr($bin, 0, 8) . '/64' : $bin;
}

/**
 * Takes one token of $kind for this address (or only looks, when $take is false): 0 when there
 * was one, else the seconds until there is.
 */
function rateLimit(Store $db, array $config, string $kind, bool $take = true): int
{
    $limit = $config['rateLimits'][$kind] ?? false;
    if (!$limit) return 0;
    $key = hash_hmac('sha256', $kind . "\n" . addressKey(), $db->secret);
    $table = $db->t('buckets');
    return $db->tx(static function () use ($db, $limit, $key, $table, $take) {
        $now = microtime(true);
        $row = $db->rows("SELECT tokens, at FROM $table WHERE k = ?" . $db->forUpdate(), [$key]);
        $tokens = (float) $limit['burst'];
        if ($row) $tokens = min($tokens, (float) $row[0]['tokens'] + max(0.0, $now - (float) $row[0]['at']) / $limit['refillSeconds']);
        if ($tokens >= 1 && !$take) return 0;
        $allowed = $tokens >= 1;
        $left = $allowed ? $tokens - 1 : $tokens;
        if ($row) $db->run("UPDATE $table SET tokens = ?, at = ? WHERE k = ?", [$left, $now, $key]);
        else $db->run("INSERT INTO $table (k, tokens, at) VALUES (?, ?, ?)", [$key, $left, $now]);
        return $allowed ? 0 : max(1, (int) ceil((1 - $tokens) * $limit['refillSeconds']));
    });
}

function tooMany(int $seconds): Answer
{
    return fail(429, 'too many requests from this address; try again later', ['Retry-After' => (string) $seconds]);
}

// ---------------------------------------------------------------------------------------------
// HTTP

function header_(string $name): string
{
    $key = 'HTTP_' . strtoupper(str_replace('-', '_', $name));
    if (isset($_SERVER[$key]) && is_string($_SERVER[$key])) return $_SERVER[$key];
    if (isset($_SERVER['REDIRECT_' . $key]) && is_string($_SERVER['REDIRECT_' . $key])) return $_SERVER['REDIRECT_' . $key];
    if (function_exists('getallheaders')) {
        $all = getallheaders();
        if (is_array($all)) {
            foreach ($all as $k => $v) {
                if (strcasecmp((string) $k, $name) === 0) return (string) $v;
            }
        }
    }
    return '';
}

function mediaType(): string
{
    $type = isset($_SERVER['CONTENT_TYPE']) ? (string) $_SERVER['CONTENT_TYPE'] : header_('Content-Type');
    return strtolower(trim(explode(';', $type)[0]));
}

function declaredLength(): ?string
{
    if (isset($_SERVER['CONTENT_LENGTH']) && $_SERVER['CONTENT_LENGTH'] !== '') return (string) $_SERVER['CONTENT_LENGTH'];
    $h = header_('Content-Length');
    return $h === '' ? null : $h;
}

/** The body, at most $max bytes (413 past it, declared or read). */
function readBody(int $max): string
{
    $declared = declaredLength();
    $tooLarge = fail(413, 'body larger than ' . $max . ' bytes', ['Connection' => 'close']);
    if ($declared !== null && (!preg_match('/^\d{1,12}$/D', trim($declared)) || (int) trim($declared) > $max)) throw $tooLarge;
    $in = @fopen('php://input', 'rb');
    if ($in === false) return '';
    $body = stream_get_contents($in, $max + 1);
    fclose($in);
    if (!is_string($body)) return '';
    if (strlen($body) > $max) throw $tooLarge;
    return $body;
}

/** @return mixed */
function parseJson(string $body)
{
    $value = json_decode($body, false, 32, JSON_BIGINT_AS_STRING | JSON_INVALID_UTF8_SUBSTITUTE);
    if (json_last_error() !== JSON_ERROR_NONE) throw fail(400, 'body is not valid JSON');
    return $value;
}

/** Whether the request carries a body at all (a declared length other than 0, or chunks). */
function hasBody(): bool
{
    $declared = declaredLength();
    return ($declared !== null && trim($declared) !== '0') || header_('Transfer-Encoding') !== '';
}

/** A coordinator body: a JSON object (415 when it is not JSON; an empty body is {} when $emptyOk). */
function readObject(array $config, bool $emptyOk = false): \stdClass
{
    // The contract's 415 is for "a POST with a body": without one the type says nothing (as in Node).
    if (hasBody() && mediaType() !== 'application/json') throw fail(415, 'Content-Type must be application/json');
    $body = readBody($config['maxBodyBytes']);
    if ($body === '') {
        if ($emptyOk) return new \stdClass();
        throw fail(400, 'body must be a JSON object');
    }
    $value = parseJson($body);
    if (!($value instanceof \stdClass)) throw fail(400, 'body must be a JSON object');
    return $value;
}

function route(): string
{
    $uri = isset($_SERVER['REQUEST_URI']) ? (string) $_SERVER['REQUEST_URI'] : '';
    $sent = rawurldecode(explode('?', $uri, 2)[0]);
    if (preg_match('#(^|/)\.\.?(/|$)|//#', $sent)) {
        // The web server resolved a "." or ".." segment or an empty one ("E/inbox/.." arrives here
        // as "E", "E//" as "E/"), so PATH_INFO would name another route: answer for the path as it
        // was sent instead.
        $script = isset($_SERVER['SCRIPT_NAME']) ? (string) $_SERVER['SCRIPT_NAME'] : '';
        $rest = $script !== '' && strpos($sent, $script) === 0 ? (string) substr($sent, strlen($script)) : '';
        return $rest !== '' && $rest[0] === '/' ? $rest : '/..';
    }
    if (isset($_SERVER['PATH_INFO']) && is_string($_SERVER['PATH_INFO']) && $_SERVER['PATH_INFO'] !== '') {
        return $_SERVER['PATH_INFO'];
    }
    $uri = isset($_SERVER['REQUEST_URI']) ? (string) $_SERVER['REQUEST_URI'] : '';
    $path = rawurldecode((string) parse_url('http://x' . explode('?', $uri, 2)[0], PHP_URL_PATH));
    $script = isset($_SERVER['SCRIPT_NAME']) ? (string) $_SERVER['SCRIPT_NAME'] : '';
    if ($script !== '' && strpos($path, $script) === 0) return (string) substr($path, strlen($script));
    return '';
}

function method(): string
{
    return isset($_SERVER['REQUEST_METHOD']) ? strtoupper((string) $_SERVER['REQUEST_METHOD']) : 'GET';
}

function onlyMethod(string $allowed): void
{
    if (method() !== $allowed) throw fail(405, 'use ' . $allowed, ['Allow' => $allowed . ', OPTIONS']);
}

/** The Bearer credential's config line, if it matches one (constant time against every line). */
function credentialMatches(array $credentials): bool
{
    if (!preg_match('/^Bearer[ \t]+(\S{1,512})[ \t]*$/iD', trim(header_('Authorization')), $m)) return false;
    $line = 'sha256:' . hash('sha256', $m[1]);
    $ok = false;
    foreach ($credentials as $known) {
        $ok = hash_equals($known, $line) || $ok;
    }
    return $ok;
}

function unauthorized(): Answer
{
    return fail(401, 'unauthorized', ['WWW-Authenticate' => 'Bearer']);
}

// ---------------------------------------------------------------------------------------------
// Routes

function submit(Store $db, array $config): Answer
{
    $wait = rateLimit($db, $config, 'submit');
    if ($wait > 0) throw tooMany($wait);
    if (mediaType() !== 'application/json') throw fail(415, 'Content-Type must be application/json');
    $envelope = parseJson(readBody($config['maxBodyBytes']));
    $problem = envelopeProblem($envelope, $config['minPowBits']);
    if ($problem !== null) throw fail(400, $problem);
    $clean = cleanEnvelope($envelope);
    $id = $clean['id'];
    try {
        $db->tx(static function () use ($db, $clean, $id) {
            $db->lockSeq();
            $db->run(
                "INSERT INTO {$db->t('requests')} (id, code, received_at, handled, envelope) VALUES (?, ?, ?, 0, ?)",
                [$id, strtolower(substr($id, 0, 8)), today(), json_encode($clean, JSON_OUT | JSON_THROW_ON_ERROR)]
            );
        });
    } catch (DbError $e) {
        if (isDuplicate($e)) return new Answer(409, ['error' => 'duplicate', 'id' => $id]);
        throw $e;
    }
    return new Answer(201, ['ok' => true, 'id' => $id]);
}

function visitorReplies(Store $db, array $config): Answer
{
    $wait = rateLimit($db, $config, 'replies');
    if ($wait > 0) throw tooMany($wait);
    if (hasBody() && mediaType() !== 'application/json') throw fail(415, 'Content-Type must be application/json');
    $q = parseJson(readBody($config['maxBodyBytes']));
    if (!($q instanceof \stdClass)) throw fail(400, 'body must be a JSON object');
    $unknown = unknownKey($q, ['code', 'token'], '');
    if ($unknown !== null) throw fail(400, $unknown);
    $code = has($q, 'code') ? normalCode($q->code) : null;
    if ($code === null) throw fail(400, '"code" must be a reference code (8 hex digits)');
    if (!has($q, 'token') || !isToken($q->token)) throw fail(400, '"token" must be 16 bytes, base64url');
    $hash = hash('sha256', $q->token);
    $rows = $db->rows(
        "SELECT id, sent_at, suite, enc, ct, token_hash FROM {$db->t('replies')} WHERE code = ? AND sent_at >= ? ORDER BY sent_at, seq",
        [$code, cutoff($config['retentionDays'])]
    );
    $replies = [];
    foreach ($rows as $row) {
        if (hash_equals((string) $row['token_hash'], $hash)) {
            $replies[] = ['id' => $row['id'], 'sentAt' => $row['sent_at'], 'suite' => $row['suite'], 'enc' => $row['enc'], 'ct' => $row['ct']];
        }
    }
    return new Answer(200, ['replies' => $replies]);
}

/** @param array<int,array<string,mixed>> $rows @return array<int,array<string,mixed>> */
function items(Store $db, array $rows, string $replyCutoff): array
{
    if (!$rows) return [];
    $ids = array_column($rows, 'id');
    $marks = implode(', ', array_fill(0, count($ids), '?'));
    $byRequest = [];
    $replies = $db->rows(
        "SELECT id, request_id, sent_at FROM {$db->t('replies')} WHERE request_id IN ($marks) AND sent_at >= ? ORDER BY sent_at, seq",
        array_merge($ids, [$replyCutoff])
    );
    foreach ($replies as $reply) $byRequest[$reply['request_id']][] = ['id' => $reply['id'], 'sentAt' => $reply['sent_at']];
    $items = [];
    foreach ($rows as $row) {
        $items[] = [
            'cursor' => (string) $row['seq'],
            'receivedAt' => $row['received_at'],
            'handled' => (int) $row['handled'] === 1,
            'replies' => $byRequest[$row['id']] ?? [],
            'envelope' => json_decode((string) $row['envelope'], false, 32),
        ];
    }
    return $items;
}

function coordinator(Store $db, array $config, string $path): Answer
{
    $r = $db->t('requests');
    $y = $db->t('replies');
    $cut = cutoff($config['retentionDays']);
    $columns = "seq, id, received_at, handled, envelope";
    if ($path === '/inbox') {
        onlyMethod('GET');
        // An empty value counts as absent, as in the Node receiver (`?after=` on a first load).
        $after = isset($_GET['after']) && $_GET['after'] !== '' ? $_GET['after'] : null;
        $limit = isset($_GET['limit']) && $_GET['limit'] !== '' ? $_GET['limit'] : '100';
        // A cursor is up to 40 characters (the contract); ours are integers, so one past PHP_INT_MAX
        // is simply after every request: an empty page, as in the Node receiver.
        if ($after !== null && (!is_string($after) || !preg_match('/^\d{1,40}$/D', $after))) throw fail(400, '"after" must be a cursor from this inbox');
        $afterDigits = $after === null ? '0' : (ltrim($after, '0') === '' ? '0' : ltrim($after, '0'));
        $beyond = strlen($afterDigits) > 18;
        if (!is_string($limit) || !preg_match('/^\d{1,3}$/D', $limit) || (int) $limit < 1 || (int) $limit > 500) throw fail(400, '"limit" must be 1 to 500');
        $n = (int) $limit;
        $rows = $beyond ? [] : $db->rows(
            "SELECT $columns FROM $r WHERE seq > ? AND received_at >= ? ORDER BY seq LIMIT " . ($n + 1),
            [(int) $afterDigits, $cut]
        );
        $more = count($rows) > $n;
        $rows = array_slice($rows, 0, $n);
        $items = items($db, $rows, $cut);
        $next = $more && $rows ? (string) $rows[count($rows) - 1]['seq'] : null;
        return new Answer(200, ['requests' => $items, 'next' => $next]);
    }
    if ($path === '/inbox/forget') {
        onlyMethod('POST');
        $body = readObject($config);
        $unknown = unknownKey($body, ['code'], '');
        if ($unknown !== null) throw fail(400, $unknown);
        $code = has($body, 'code') ? normalCode($body->code) : null;
        if ($code === null) throw fail(400, '"code" must be a reference code (8 hex digits)');
        $deleted = $db->tx(static function () use ($db, $r, $y, $code) {
            $db->run("DELETE FROM $y WHERE code = ?", [$code]);
            return $db->run("DELETE FROM $r WHERE code = ?", [$code]);
        });
        return new Answer(200, ['deleted' => $deleted]);
    }
    if (!preg_match('#^/inbox/([^/]{1,64})(?:/(handled|reply|delete))?$#D', $path, $m) || !preg_match(UUID_V4, $m[1])) {
        throw fail(404, 'not found');
    }
    $id = $m[1];
    $action = $m[2] ?? '';
    if ($action === '') {
        onlyMethod('GET');
        $items = items($db, $db->rows("SELECT $columns FROM $r WHERE id = ? AND received_at >= ?", [$id, $cut]), $cut);
        if (!$items) throw fail(404, 'not found');
        return new Answer(200, $items[0]);
    }
    onlyMethod('POST');
    $exists = static function () use ($db, $r, $id, $cut) {
        if (!$db->rows("SELECT seq FROM $r WHERE id = ? AND received_at >= ?" . $db->forUpdate(), [$id, $cut])) throw fail(404, 'not found');
    };
    if ($action === 'handled') {
        $body = readObject($config);
        $unknown = unknownKey($body, ['handled'], '');
        if ($unknown !== null) throw fail(400, $unknown);
        if (!has($body, 'handled') || !is_bool($body->handled)) throw fail(400, '"handled" must be true or false');
        $db->tx(static function () use ($db, $r, $id, $body, $exists) {
            $exists();
            $db->run("UPDATE $r SET handled = ? WHERE id = ?", [$body->handled ? 1 : 0, $id]);
        });
        return new Answer(200, ['ok' => true]);
    }
    if ($action === 'delete') {
        $body = readObject($config, true);
        $unknown = unknownKey($body, [], '');
        if ($unknown !== null) throw fail(400, $unknown);
        $db->tx(static function () use ($db, $r, $y, $id, $exists) {
            $exists();
            $db->run("DELETE FROM $y WHERE request_id = ?", [$id]);
            $db->run("DELETE FROM $r WHERE id = ?", [$id]);
        });
        return new Answer(200, ['ok' => true]);
    }
    $reply = readObject($config);
    $problem = replyProblem($reply);
    if ($problem !== null) throw fail(400, $problem);
    try {
        $db->tx(static function () use ($db, $y, $id, $reply, $exists) {
            $exists();
            $db->run(
                "INSERT INTO $y (id, request_id, code, token_hash, sent_at, suite, enc, ct) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [$reply->id, $id, strtolower(substr($id, 0, 8)), hash('sha256', $reply->token), $reply->sentAt, $reply->suite, $reply->enc, $reply->ct]
            );
        });
    } catch (DbError $e) {
        if (isDuplicate($e)) return new Answer(409, ['error' => 'duplicate', 'id' => $reply->id]);
        throw $e;
    }
    return new Answer(201, ['ok' => true, 'id' => $reply->id]);
}

// ---------------------------------------------------------------------------------------------
// Main

/** @var array{origin: ?string, owner: bool, sent: bool} */
$GLOBALS['sebaya'] = ['origin' => null, 'owner' => false, 'sent' => false];

function send(Answer $answer): void
{
    $state = &$GLOBALS['sebaya'];
    if ($state['sent']) return;
    $state['sent'] = true;
    while (ob_get_level() > 0) ob_end_clean();
    if (headers_sent()) return;
    header_remove();
    http_response_code($answer->status);
    header('Cache-Control: no-store');
    header('X-Content-Type-Options: nosniff');
    if ($state['origin'] !== null) {
        header('Access-Control-Allow-Origin: ' . $state['origin']);
        header('Vary: Origin');
    }
    foreach ($answer->headers as $name => $value) header($name . ': ' . $value);
    $body = $answer->body;
    if (is_array($body) && array_key_exists('hint', $body)) {
        if (!$state['owner'] || !is_string($body['hint'])) unset($body['hint']);
        else $body['error'] = 'receiver misconfigured: ' . $body['hint'];
        unset($body['hint']);
    }
    if ($answer->status >= 400) error_log(LOG . $answer->status . ' ' . (is_array($body) && isset($body['error']) ? substr(preg_replace('/"[^"]*"/', '"…"', (string) $body['error']), 0, 80) : ''));
    if ($answer->status === 204 || $body === null) return;
    $json = json_encode($body, JSON_OUT | JSON_INVALID_UTF8_SUBSTITUTE);
    header('Content-Type: application/json; charset=utf-8');
    echo $json === false ? '{"error":"receiver error"}' : $json;
}

function main(): Answer
{
    [$config, $problem, $credentialsProblem] = loadConfig();
    $path = route();
    $origin = header_('Origin');
    $allowed = $config['allowOrigins'];
    if ($origin !== '' && (in_array('*', $allowed, true) || in_array($origin, $allowed, true))) {
        $GLOBALS['sebaya']['origin'] = $origin;
    }
    $isCoordinator = $path === '/inbox' || strncmp($path, '/inbox/', 7) === 0;
    $GLOBALS['sebaya']['owner'] = $isCoordinator && credentialMatches($config['credentials']);
    if (method() === 'OPTIONS') {
        $headers = [];
        if ($GLOBALS['sebaya']['origin'] !== null) {
            $headers = [
                'Access-Control-Allow-Methods' => 'GET, POST, OPTIONS',
                'Access-Control-Allow-Headers' => 'Authorization, Content-Type',
                'Access-Control-Max-Age' => '86400',
            ];
        }
        return new Answer(204, null, $headers);
    }
    if ($problem !== null) {
        error_log(LOG . 'config problem: ' . $problem);
        throw unavailable($problem);
    }
    if ($path === '' || $path === '/') {
        if (method() !== 'POST') throw fail(405, 'use POST', ['Allow' => 'POST, OPTIONS']);
        $db = new Store($config);
        purge($db, $config);
        return submit($db, $config);
    }
    if ($path === '/replies') {
        onlyMethod('POST');
        $db = new Store($config);
        purge($db, $config);
        return visitorReplies($db, $config);
    }
    if (!$isCoordinator) throw fail(404, 'not found');
    if ($credentialsProblem !== null) {
        error_log(LOG . 'config problem: ' . $credentialsProblem);
        throw unavailable($credentialsProblem);
    }
    $db = new Store($config);
    purge($db, $config);
    $wait = rateLimit($db, $config, 'authFailures', false);
    if ($wait > 0) throw tooMany($wait);
    if (!$GLOBALS['sebaya']['owner']) {
        rateLimit($db, $config, 'authFailures');
        throw unauthorized();
    }
    $wait = rateLimit($db, $config, 'coordinator');
    if ($wait > 0) throw tooMany($wait);
    return coordinator($db, $config, $path);
}

function credentialCli(): int
{
    $credential = 'sbc_' . b64Encode(random_bytes(32));
    fwrite(STDOUT, "Kredensial koordinator baru / new coordinator credential (simpan, berikan ke koordinator / keep it, give it to the coordinator):\n");
    fwrite(STDOUT, $credential . "\n\n");
    fwrite(STDOUT, "Baris untuk 'credentials' di sebaya-config.php / line for 'credentials' in sebaya-config.php:\n");
    fwrite(STDOUT, 'sha256:' . hash('sha256', $credential) . "\n");
    return 0;
}

if (PHP_SAPI === 'cli') {
    $args = isset($argv) && is_array($argv) ? array_slice($argv, 1) : [];
    if ($args === ['credential']) exit(credentialCli());
    fwrite(STDERR, "usage: php sebaya-receiver.php credential\n  prints a new coordinator credential and its sha256: line for sebaya-config.php\n");
    exit(1);
}

ini_set('display_errors', '0');
ini_set('html_errors', '0');
ini_set('default_mimetype', '');
ini_set('log_errors', '1');
error_reporting(E_ALL);
ob_start();
set_error_handler(static function (int $severity, string $message, string $file = '', int $line = 0): bool {
    if (!(error_reporting() & $severity)) return false;
    throw new \ErrorException($message, 0, $severity, $file, $line);
});
$unexpected = static function (\Throwable $e): void {
    if ($e instanceof Answer) {
        send($e);
    } elseif ($e instanceof DbError) {
        error_log(LOG . 'database error ' . preg_replace('/[^A-Za-z0-9]/', '', $e->state) . '/' . $e->number);
        send(unavailable(isBusy($e) ? null : 'the database refused a query (see the server error log)'));
    } else {
        error_log(LOG . 'unexpected ' . get_class($e) . ' at line ' . $e->getLine());
        send(fail(500, 'receiver error'));
    }
};
set_exception_handler($unexpected);
register_shutdown_function(static function () {
    $error = error_get_last();
    if ($error !== null && in_array($error['type'], [E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR], true)) {
        error_log(LOG . 'fatal error at line ' . $error['line']);
        send(fail(500, 'receiver error'));
    }
});
try {
    send(main());
} catch (\Throwable $e) {
    $unexpected($e);
}
