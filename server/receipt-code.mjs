/**
 * Receipt codes: the proof printed on a request's receipt. 12 characters of Crockford's base32
 * (no I, L, O or U, so nothing to misread), 60 random bits: far too many to guess within any
 * lookup budget. Shown as "K7QF-2M9X-PD4T", stored and compared without hyphens or spaces, in
 * upper case.
 */
import { randomInt } from 'node:crypto';

export const RECEIPT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECEIPT_CODE_LENGTH = 12;

/** A new code, as stored ("K7QF2M9XPD4T"). */
export function newReceiptCode() {
  let code = '';
  for (let i = 0; i < RECEIPT_CODE_LENGTH; i++) code += RECEIPT_CODE_ALPHABET[randomInt(RECEIPT_CODE_ALPHABET.length)];
  return code;
}

/**
 * A code as stored and compared: "k7qf-2m9x pd4t" → "K7QF2M9XPD4T".
 * @param {string} code
 */
export const normalizeReceiptCode = (code) => code.replace(/[\s-]+/g, '').toUpperCase();

/**
 * A stored code as printed: "K7QF2M9XPD4T" → "K7QF-2M9X-PD4T".
 * @param {string} code
 */
export const formatReceiptCode = (code) => normalizeReceiptCode(code).replace(/(.{4})(?=.)/g, '$1-');
