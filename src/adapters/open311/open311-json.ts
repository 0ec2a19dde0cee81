import { CivicError } from '../../core/civic-error.js';

/**
 * Parses an Open311 JSON answer tolerantly. The specification's own samples are not valid JSON
 * (`"service_code":001`): numbers written with leading zeros are codes, so they are read as the
 * strings they stand for ("001", as the XML form says), never as 1. Anything else that is not
 * JSON is an `invalid-json` error.
 */
export function parseOpen311Json(body: string, source = 'the answer'): unknown {
  const text = body.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const repaired = quoteLeadingZeroNumbers(text);
    if (repaired !== text) {
      try {
        return JSON.parse(repaired) as unknown;
      } catch {
        // fall through: report the original error
      }
    }
    throw new CivicError('invalid-json', `${source} is not valid JSON`, { cause: error, details: [String(error)] });
  }
}

/** Zero-led number tokens outside strings (`001`, `-007`, `0012.5`) as JSON strings. */
export function quoteLeadingZeroNumbers(text: string): string {
  const parts: string[] = [];
  let last = ''; // the last character outside whitespace
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      // Copy a string as is, escapes included.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      parts.push(text.slice(i, j + 1));
      last = '"';
      i = j + 1;
      continue;
    }
    const number =
      (c === '0' || c === '-') && (last === ':' || last === '[' || last === ',')
        ? /^-?0\d[\d.eE+-]*/.exec(text.slice(i, i + 64))
        : null;
    if (number) {
      parts.push(JSON.stringify(number[0]));
      last = '"';
      i += number[0].length;
      continue;
    }
    parts.push(c);
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return parts.join('');
}
