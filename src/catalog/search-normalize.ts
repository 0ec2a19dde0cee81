/**
 * Words of a text for the catalog search: folded (lower case, no accents, œ → oe) with their
 * [start, end) offsets in the original text, so that a match can be highlighted where it is.
 * Anything that is not a letter or a digit splits words: spaces, apostrophes (' and ’), hyphens.
 * Also the stop words citizens type without meaning them, and the plural rule of a language.
 */

/** A folded word and where it is in the original text. */
export interface Word {
  w: string;
  s: number;
  e: number;
}

const LETTERS = /^[\p{L}\p{N}]+$/u;
const folded = new Map<string, string>();

/** One character folded: letters, '' (an accent that belongs to the word before it), or ' ' (a separator). */
function fold(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = ch
      .toLowerCase()
      .replace('œ', 'oe')
      .replace('æ', 'ae')
      .replace('ß', 'ss')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '');
    if (f && !LETTERS.test(f)) f = ' ';
    folded.set(ch, f);
  }
  return f;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  let w = '';
  let s = 0;
  let e = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    const n = c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    const f =
      c > 127
        ? fold(text.slice(i, i + n))
        : c > 64 && c < 91
          ? String.fromCharCode(c + 32)
          : (c > 96 && c < 123) || (c > 47 && c < 58)
            ? text[i]
            : ' ';
    if (f === ' ') {
      if (w) out.push({ w, s, e });
      w = '';
    } else if (f || w) {
      if (!w) s = i;
      w += f;
      e = i + n;
    }
    i += n;
  }
  if (w) out.push({ w, s, e });
  return out;
}

// Folded, as words() gives them: "à" is "a", "d’" is "d".
const STOP: Record<string, string> = {
  fr: 'a au aux avec c ce ces comment d dans de des du en et faire j je l la le les leur leurs m ma mes mon n ne nos notre ou par pour qu que qui s sa sans se ses son sur t ta tes ton un une veux vos votre y',
  en: 'a an and are at by for from how i in is my of on or our the to with your',
};

/** Stop words of a language ("fr-CA" → "fr"); none for a language without a list. */
export function stopWords(lang: string): Set<string> {
  return new Set((STOP[lang.slice(0, 2).toLowerCase()] ?? '').split(' '));
}

/** The singular of a folded word, roughly: "cartes" → "carte", "bureaux" → "bureau", in English "libraries" → "library". */
export function singular(w: string, lang: string): string {
  const en = lang.startsWith('en');
  if (w.length < 4 || w.endsWith('ss')) return w;
  if (en && w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  return w.endsWith('s') || (!en && w.endsWith('x')) ? w.slice(0, -1) : w;
}
