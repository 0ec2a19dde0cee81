/**
 * The catalog's search engine, run on every keystroke: an index built once (folded words, each
 * word's documents and fields, words sorted for prefixes, singulars by length for typos), then per
 * query word its matching words and their documents (kept for the next keystrokes), intersected.
 * See search-index.types.ts for the contract with <civic-catalog>.
 */
import { distance, typosAllowed } from './search-distance.js';
import { singular, stopWords, words, type Word } from './search-normalize.js';
import type { SearchDocument, SearchEngine, SearchHit, SearchOptions, TextRange } from './search-index.types.js';

// Fields, as bits: a word's postings say where in the document it is.
const TITLE = 1;
const KEYWORDS = 2;
const SUMMARY = 4;
/** Weight of the best field of a set of fields: title > keywords (and synonyms) > summary. */
const FIELD = [0, 30, 20, 30, 10, 30, 20, 30];
// Weight of a kind of match: exact > prefix (the word being typed) > plural > typo.
const EXACT = 10;
const PREFIX = 9;
const PLURAL = 8;
const TYPO = 6;
/** Every query word in the title; and in the query's order. */
const IN_TITLE = 50;
const IN_ORDER = 50;
/** Longer queries are cut: nobody types more, and a pasted text must not stall the page. */
const MAX_QUERY = 200;

/** One query word's matches: a score per document (0 where it does not match), those documents, the words it matched. */
interface Match {
  sc: Int32Array;
  ids: number[];
  hl: Set<number>;
}

export class SearchIndex implements SearchEngine {
  readonly size: number;
  readonly #docs: SearchDocument[];
  readonly #lang: string;
  readonly #stop: Set<string>;
  readonly #ids = new Map<string, number>();
  /** Word id → postings: document << 3 | fields. */
  readonly #post: number[][] = [];
  /** Words and their ids, sorted by word (prefix lookups). */
  readonly #sorted: string[];
  readonly #sortedIds: number[];
  /** Singular → ids of the words that have it; singulars by length (typo candidates). */
  readonly #singulars = new Map<string, number[]>();
  readonly #byLength: string[][] = [];
  /** Per document: [word id, start, end, …] of its title and summary, then [synonym word id, start, end, …] of the synonyms' phrases in them. */
  readonly #titles: number[][] = [];
  readonly #summaries: number[][] = [];
  readonly #cache = new Map<string, Match | null>();

  constructor(documents: SearchDocument[], options: SearchOptions = {}) {
    this.#docs = documents;
    this.size = documents.length;
    this.#lang = (options.lang || 'fr').toLowerCase();
    this.#stop = stopWords(this.#lang);
    // Synonym phrases by their first word's singular: [the other singulars, the key's words].
    const synonyms = new Map<string, [string[], string[]][]>();
    for (const [key, values] of Object.entries(options.synonyms ?? {})) {
      const keyWords = this.#words(key).map((w) => w.w);
      for (const value of values ?? []) {
        const phrase = this.#words(value).map((w) => this.#singular(w.w));
        if (keyWords.length && phrase.length) {
          const list = synonyms.get(phrase[0]) ?? [];
          list.push([phrase.slice(1), keyWords]);
          synonyms.set(phrase[0], list);
        }
      }
    }
    const words: string[] = [];
    const add = (w: string, d: number, field: number): number => {
      let id = this.#ids.get(w);
      if (id === undefined) {
        id = words.push(w) - 1;
        this.#ids.set(w, id);
        this.#post.push([]);
      }
      const p = this.#post[id];
      const last = p.length - 1;
      if (last >= 0 && p[last] >> 3 === d) p[last] |= field;
      else p.push((d << 3) | field);
      return id;
    };
    documents.forEach((doc, d) => {
      const fields: [number, unknown][] = [
        [TITLE, doc.title],
        [SUMMARY, doc.summary],
        ...(Array.isArray(doc.keywords) ? doc.keywords : []).map((k): [number, unknown] => [KEYWORDS, k]),
      ];
      for (const [field, text] of fields) {
        const ws = this.#words(typeof text === 'string' ? text : '');
        const flat: number[] = [];
        for (const w of ws) flat.push(add(w.w, d, field), w.s, w.e);
        if (field === TITLE) this.#titles[d] = flat;
        if (field === SUMMARY) this.#summaries[d] = flat;
        // A synonym's phrase here gives the document the synonym's words (as keywords), highlighted as the phrase.
        ws.forEach((w, i) => {
          for (const [rest, keyWords] of synonyms.get(this.#singular(w.w)) ?? []) {
            const end = ws[i + rest.length];
            if (rest.every((r, j) => this.#singular(ws[i + 1 + j]?.w ?? '') === r)) {
              for (const k of keyWords) flat.push(add(k, d, KEYWORDS), w.s, end.e);
            }
          }
        });
      }
    });
    this.#sortedIds = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : 1));
    this.#sorted = this.#sortedIds.map((i) => words[i]);
    words.forEach((w, id) => {
      const s = this.#singular(w);
      const list = this.#singulars.get(s);
      if (list) list.push(id);
      else {
        this.#singulars.set(s, [id]);
        (this.#byLength[s.length] ??= []).push(s);
      }
    });
  }

  search(query: string, limit = Infinity): SearchHit[] {
    const q = String(query ?? '').slice(0, MAX_QUERY);
    const ws = this.#words(q);
    if (!ws.length || !(limit > 0)) return [];
    const matches: Match[] = [];
    for (const w of ws) {
      // The word being typed (no space after it yet) may be the start of a longer one.
      const m = this.#match(w.w, w === ws[ws.length - 1] && w.e === q.length);
      if (!m) return [];
      matches.push(m);
    }
    const fewest = matches.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
    const found: [number, number][] = [];
    for (const d of fewest.ids) {
      let score = 0;
      for (const m of matches) {
        if (!m.sc[d]) {
          score = 0;
          break;
        }
        score += m.sc[d];
      }
      if (!score) continue;
      const title = this.#titles[d];
      let at = -1;
      let ordered = true;
      let all = true;
      for (const m of matches) {
        let first = -1;
        let next = -1;
        for (let j = 0; j < title.length && next < 0; j += 3) {
          if (m.hl.has(title[j])) {
            if (first < 0) first = j;
            if (j > at) next = j;
          }
        }
        if (first < 0) all = false;
        if (next < 0) ordered = false;
        else at = next;
      }
      found.push([d, score + (all ? IN_TITLE + (ordered ? IN_ORDER : 0) : 0)]);
    }
    const popularity = (d: number) => Number(this.#docs[d].popularity) || 0;
    found.sort((a, b) => b[1] - a[1] || popularity(b[0]) - popularity(a[0]) || a[0] - b[0]);
    const matched = (id: number) => matches.some((m) => m.hl.has(id));
    const titles = this.#titles;
    const summaries = this.#summaries;
    // Highlights are worked out when read: a long list costs nothing for the hits nobody shows.
    return found.slice(0, limit).map(([d, score]) => {
      let highlights: SearchHit['highlights'] | undefined;
      return {
        id: this.#docs[d].id,
        score,
        get highlights() {
          if (!highlights) {
            const title: [number, number][] = [];
            const summary: [number, number][] = [];
            const pick = (flat: number[], into: [number, number][]) => {
              for (let j = 0; j < flat.length; j += 3) if (matched(flat[j])) into.push([flat[j + 1], flat[j + 2]]);
            };
            pick(titles[d], title);
            pick(summaries[d], summary);
            highlights = { title: merge(title), summary: merge(summary) };
          }
          return highlights;
        },
      };
    });
  }

  /** Words without stop words. */
  #words(text: string): Word[] {
    return words(text).filter((w) => !this.#stop.has(w.w));
  }

  #singular(w: string): string {
    return singular(w, this.#lang);
  }

  /** The documents a query word matches, and how well; null for none. */
  #match(w: string, prefix: boolean): Match | null {
    const key = (prefix ? '*' : ' ') + w;
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const kinds = new Map<number, number>();
    const put = (id: number, kind: number) => {
      if (!((kinds.get(id) ?? 0) >= kind)) kinds.set(id, kind);
    };
    const exact = this.#ids.get(w);
    if (exact !== undefined) put(exact, EXACT);
    if (prefix) {
      let lo = 0;
      let hi = this.#sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.#sorted[mid] < w) lo = mid + 1;
        else hi = mid;
      }
      for (; lo < this.#sorted.length && this.#sorted[lo].startsWith(w); lo++) put(this.#sortedIds[lo], PREFIX);
    }
    const s = this.#singular(w);
    for (const id of this.#singulars.get(s) ?? []) put(id, PLURAL);
    // Typos, but not in numbers ("Cerfa 13405" is not "13406").
    for (let n = /\d/.test(s) ? 1e9 : Math.max(4, s.length - 2); n <= s.length + 2; n++) {
      const max = typosAllowed(s.length, n);
      if (Math.abs(n - s.length) > max) continue;
      for (const t of this.#byLength[n] ?? []) {
        if (t !== s && distance(s, t, max) <= max) for (const id of this.#singulars.get(t)!) put(id, TYPO);
      }
    }
    const sc = new Int32Array(this.size);
    const ids: number[] = [];
    for (const [id, kind] of kinds) {
      for (const p of this.#post[id]) {
        const d = p >> 3;
        const v = FIELD[p & 7] * kind;
        if (!sc[d]) ids.push(d);
        if (v > sc[d]) sc[d] = v;
      }
    }
    const m = ids.length ? { sc, ids, hl: new Set(kinds.keys()) } : null;
    if (this.#cache.size > 99) this.#cache.clear();
    this.#cache.set(key, m);
    return m;
  }
}

/** Ranges sorted, overlapping or touching ones merged. */
function merge(ranges: [number, number][]): TextRange[] {
  const out: [number, number][] = [];
  for (const r of ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
