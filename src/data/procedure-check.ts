import { CivicError } from '../core/civic-error.js';
import type { Procedure } from '../model.js';
import {
  identifier,
  isObject,
  lenient,
  link,
  list,
  number,
  object,
  oneOf,
  plainText,
  problem,
  text,
  type Check,
  type Report,
} from '../core/shape-checks.js';

/**
 * Every procedure, whatever adapter it comes from, goes through this check before an element
 * sees it. A procedure whose core is wrong (no title, HTML in the title, a `javascript:` link…)
 * is refused with the exact problems. Channels and contacts are only checked to be objects here:
 * the elements that show them check them in full (channel-check.ts), so an element that does
 * not show them does not carry that code.
 */
const isItem: Check<never> = (v, path, r) => (isObject(v) ? (v as never) : problem(r, path, 'must be an object'));

const procedureShape = object<Procedure>(
  {
    id: identifier,
    title: text,
    summary: text,
    url: link,
    themes: list(identifier),
    audiences: list(identifier),
    online: object({ availability: oneOf('full', 'partial', 'none'), url: link, note: text }, ['availability']),
    channels: list(isItem),
    information: list(isItem),
    related: list(identifier),
    processingTime: lenient(object({ days: number, note: text }, ['days'])),
    keywords: list(plainText),
    popularity: number,
  },
  ['id', 'title', 'online'],
);

export interface CheckedProcedure {
  procedure: Procedure;
  warnings: string[];
}

/** The procedure, cleaned, with warnings; throws `invalid-data` with the problems otherwise. */
export function checkProcedure(value: unknown, path = 'procedure'): CheckedProcedure {
  const report: Report = { errors: [], warnings: [] };
  const checked = procedureShape(value, path, report);
  if (!checked) throw new CivicError('invalid-data', `${path} is invalid`, { details: report.errors });
  // Absent lists are empty lists for the elements.
  const lists: Pick<Procedure, 'themes' | 'audiences' | 'channels' | 'information' | 'related'> = {
    themes: [],
    audiences: [],
    channels: [],
    information: [],
    related: [],
  };
  const procedure = { ...lists, ...(checked as Partial<Procedure>) } as Procedure;
  return { procedure, warnings: report.warnings };
}
