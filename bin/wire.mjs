// @ts-check
/**
 * The support form's wire format values, shared by the CLI (bin/sebaya.mjs) and the Node
 * receiver (receiver/node/): one definition for both.
 */
export const SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
export const INFO = 'sebaya/support-request/v1';
export const URGENCIES = ['later', 'soon', 'now'];
export const METHODS = ['none', 'code', 'whatsapp', 'phone', 'email'];
