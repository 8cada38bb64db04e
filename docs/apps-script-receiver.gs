/**
 * Sebaya support-form receiver for Google Apps Script + Google Sheets.
 *
 * *** AN UNTESTED SAMPLE. *** It follows docs/support-form.md ("HTTP contract for receivers") as far
 * as Apps Script allows, but it cannot be run in Sebaya's test suite. Try it with test requests
 * before you rely on it, and read the limits below.
 *
 * Set-up
 *  1. Make a Google Sheet only the team can open. Extensions → Apps Script; paste this file.
 *  2. Deploy → New deployment → type "Web app"; Execute as: Me; Who has access: Anyone.
 *     Copy the web-app URL (https://script.google.com/macros/s/…/exec).
 *  3. In the site config:
 *       "supportForm": { "endpoint": "<web-app URL>", "contentType": "text/plain", "publicKey": { … } }
 *     `contentType: "text/plain"` is required: Apps Script cannot answer the CORS preflight that an
 *     application/json POST triggers. The body is the same JSON.
 *  4. Use a `publicKey` (npx sebaya keygen): the sheet then only ever holds ciphertext. Read it by
 *     File → Download → CSV of the "envelope" column, or copy the column into a file with one
 *     envelope per line, then: npx sebaya open requests.jsonl --key sebaya-private-key.json
 *
 * Limits of Apps Script (why this is a sample, not the reference):
 *  - Every answer has HTTP status 200; the JSON body says what happened. The form treats any 2xx as
 *    delivered, so a malformed request is "delivered" and only the sheet's "problem" column shows it.
 *    Duplicates are still dropped by id (the LockService lock makes the check-then-append atomic).
 *  - Google sees the requests (and the visitor's IP address) and keeps Apps Script logs. With a
 *    publicKey it sees only ciphertext; without one it sees the messages. Decide with your team.
 *  - Quotas apply (UrlFetch not used; web-app executions are limited per day).
 */

var SHEET_NAME = 'requests';
var SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
var UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
var DAY = /^\d{4}-\d{2}-\d{2}$/;
var B64URL = /^[A-Za-z0-9_-]+$/;
var URGENCIES = ['later', 'soon', 'now'];
var METHODS = ['none', 'code', 'whatsapp', 'phone', 'email'];
var MAX_BYTES = 64 * 1024;

function answer(body) {
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}

function sheet() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var s = book.getSheetByName(SHEET_NAME);
  if (!s) {
    s = book.insertSheet(SHEET_NAME);
    s.appendRow(['receivedAt', 'id', 'sentAt', 'sealed', 'urgency (unsealed only)', 'envelope']);
    s.setFrozenRows(1);
  }
  return s;
}

/** Why `e` is not an acceptable envelope, or '' (the same checks as demo/receiver.mjs). */
function problemOf(e) {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return 'body must be a JSON object';
  if (e.v !== 1) return '"v" must be 1';
  if (typeof e.id !== 'string' || !UUID_V4.test(e.id)) return '"id" must be a UUID v4';
  if (typeof e.sentAt !== 'string' || !DAY.test(e.sentAt)) return '"sentAt" must be a day, YYYY-MM-DD';
  if (e.sealed === true) {
    if (e.suite !== SUITE) return '"suite" must be "' + SUITE + '"';
    if (typeof e.enc !== 'string' || !B64URL.test(e.enc)) return '"enc" must be base64url';
    if (typeof e.ct !== 'string' || !B64URL.test(e.ct)) return '"ct" must be base64url';
    return '';
  }
  if (e.sealed !== false) return '"sealed" must be true or false';
  var r = e.request;
  if (!r || typeof r !== 'object') return '"request" must be an object';
  if (typeof r.message !== 'string' || !r.message.trim()) return '"request.message" must not be empty';
  if (URGENCIES.indexOf(r.urgency) < 0) return '"request.urgency" must be later, soon or now';
  if (!r.contact || METHODS.indexOf(r.contact.method) < 0) return '"request.contact.method" is not valid';
  return '';
}

function doPost(req) {
  var text = req && req.postData ? req.postData.contents : '';
  if (!text || text.length > MAX_BYTES) return answer({ error: 'empty or too large' });
  var envelope;
  try {
    envelope = JSON.parse(text);
  } catch (err) {
    return answer({ error: 'body is not valid JSON' });
  }
  var problem = problemOf(envelope);
  if (problem) return answer({ error: problem });

  var lock = LockService.getScriptLock();
  lock.waitLock(20000);
  try {
    var s = sheet();
    var last = s.getLastRow();
    if (last > 1) {
      var found = s
        .getRange(2, 2, last - 1, 1)
        .createTextFinder(envelope.id)
        .matchEntireCell(true)
        .findNext();
      if (found) return answer({ error: 'duplicate', id: envelope.id });
    }
    // A leading apostrophe keeps Sheets from reading a message as a formula (CSV/formula injection).
    // The day only, like `sentAt`: a time to the second would tell who sent it when.
    s.appendRow([
      new Date().toISOString().slice(0, 10),
      envelope.id,
      envelope.sentAt,
      envelope.sealed,
      envelope.sealed ? '' : envelope.request.urgency,
      "'" + JSON.stringify(envelope),
    ]);
    return answer({ ok: true, id: envelope.id });
  } finally {
    lock.releaseLock();
  }
}

function doGet() {
  return answer({ error: 'use POST' });
}
