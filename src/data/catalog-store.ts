import { CivicError, isAbort } from '../core/civic-error.js';
import type { Audience, CatalogHighlight, CatalogSynonyms, Procedure, Theme } from '../model.js';
import { checkProcedure } from './procedure-check.js';
import { unsupported, type ResourceStore } from './resource-store.js';
import {
  identifier,
  isObject,
  list,
  matches,
  object,
  plainText,
  problem,
  text,
  type Check,
  type Report,
} from '../core/shape-checks.js';

/**
 * The data layer's calls for the catalog as a whole (every procedure, the themes and audiences,
 * the city's synonyms and highlights), beside the store rather than in it so that pages without
 * <civic-catalog> do not carry them.
 */

/** Kept here too for the elements that import them from the data layer. */
export type { CatalogHighlight, CatalogSynonyms } from '../model.js';

/** The catalog as <civic-catalog> shows it, checked. */
export interface CatalogData {
  /** Every procedure that passed the check, in the adapter's order, each id once. */
  procedures: Procedure[];
  themes: Theme[];
  audiences: Audience[];
  synonyms: CatalogSynonyms;
  /** In the city's order; only those whose procedure is in `procedures`. Not filtered by date. */
  highlights: CatalogHighlight[];
}

const named = object<Theme>({ id: identifier, title: text }, ['id', 'title']);
const date = matches(/^\d{4}-\d{2}-\d{2}$/, 'a date like "2027-03-06"');
const highlight = object<CatalogHighlight>({ procedure: identifier, until: date, label: text }, ['procedure', 'until']);
const words = list(plainText);

const synonymsShape: Check<CatalogSynonyms> = (v, path, r) => {
  if (!isObject(v)) return problem(r, path, 'must be an object of words to lists of words');
  const out: CatalogSynonyms = {};
  for (const [word, others] of Object.entries(v)) {
    const key = plainText(word, `${path} key`, r);
    const value = words(others, `${path}.${word}`, r);
    if (key?.trim() && value?.length) out[key.trim()] = value;
  }
  return out;
};

/**
 * Every procedure of the catalog, with its themes, audiences, synonyms and highlights: checked,
 * shared by every element of the page that asks, and kept for the page. Says `unsupported` when
 * the adapter cannot list procedures (no `listProcedures`). A procedure that fails the check is
 * left out (one console warning lists them all); themes, audiences, synonyms and highlights are
 * optional, and a part of them that is wrong or cannot be read is left out with a warning.
 */
export function catalogData(store: ResourceStore, signal: AbortSignal): Promise<CatalogData> {
  return store.shared('catalog', signal, async (options) => {
    const adapter = store.adapter;
    if (typeof adapter.listProcedures !== 'function') throw unsupported('listProcedures');
    const report: Report = { errors: [], warnings: [] };
    const optional = async <T>(
      name: string,
      call: (() => Promise<unknown>) | undefined,
      check: Check<T>,
    ): Promise<T | undefined> => {
      if (!call) return undefined;
      let raw: unknown;
      try {
        raw = await call();
      } catch (error) {
        if (isAbort(error) || options.signal.aborted) throw error;
        report.warnings.push(`${name}: could not be read (${error instanceof Error ? error.message : String(error)})`);
        return undefined;
      }
      return raw == null ? undefined : check(raw, name, report);
    };
    const [raw, themes, audiences, synonyms, highlights] = await Promise.all([
      adapter.listProcedures({}, options),
      optional('themes', adapter.getThemes && (() => adapter.getThemes!(options)), list(named)),
      optional('audiences', adapter.getAudiences && (() => adapter.getAudiences!(options)), list(named)),
      optional('synonyms', adapter.getSynonyms && (() => adapter.getSynonyms!(options)), synonymsShape),
      optional('highlights', adapter.getHighlights && (() => adapter.getHighlights!(options)), list(highlight)),
    ]);
    if (!Array.isArray(raw))
      throw new CivicError('invalid-data', 'The procedures are not a list', {
        details: ['procedures: must be a list'],
      });

    const procedures: Procedure[] = [];
    const seen = new Set<string>();
    for (const [i, item] of raw.entries()) {
      const id = isObject(item) && typeof item.id === 'string' ? item.id : `#${i}`;
      try {
        const checked = checkProcedure(item, `procedure "${id}"`);
        if (seen.has(checked.procedure.id)) {
          report.warnings.push(`procedure "${id}": repeats an id; only the first is kept`);
          continue;
        }
        seen.add(checked.procedure.id);
        procedures.push(checked.procedure);
        report.warnings.push(...checked.warnings);
      } catch (error) {
        report.warnings.push(`procedure "${id}" is left out: ${(error as CivicError).details.join('; ')}`);
      }
    }
    const shown = (highlights ?? []).filter((h) => {
      if (seen.has(h.procedure)) return true;
      report.warnings.push(`highlights: refers to no procedure of the catalog: "${h.procedure}"`);
      return false;
    });
    const problems = [...report.errors, ...report.warnings];
    if (problems.length)
      console.warn(
        `civic-elements: catalog: ${problems.length} problem(s); the parts concerned are left out:\n- ${problems.join('\n- ')}`,
      );
    return {
      procedures,
      themes: themes ?? [],
      audiences: audiences ?? [],
      synonyms: synonyms ?? {},
      highlights: shown,
    };
  });
}

/** The highlights still shown on `today` ("YYYY-MM-DD" in the city's time zone): `until` is inclusive. */
export function activeHighlights(highlights: readonly CatalogHighlight[], today: string): CatalogHighlight[] {
  return highlights.filter((h) => h.until >= today);
}
