/**
 * The postcode proof gives way to a receipt code (see ../receipt-code.mjs): the column is renamed
 * and each request already stored gets a new random code. A postcode cannot become a code: the
 * citizens of those requests prove themselves by e-mail, or are given their new code by the city.
 */
import { newReceiptCode } from '../receipt-code.mjs';

/** @param {import('better-sqlite3').Database} db */
export function up(db) {
  db.exec('ALTER TABLE requests RENAME COLUMN applicant_postcode TO receipt_code');
  const update = db.prepare('UPDATE requests SET receipt_code = ? WHERE reference = ?');
  for (const { reference } of /** @type {{ reference: string }[]} */ (
    db.prepare('SELECT reference FROM requests').all()
  ))
    update.run(newReceiptCode(), reference);
}
