import { identifier, isObject, type Report } from '../../core/shape-checks.js';

/**
 * Reads a city's catalog file (schema/catalog.schema.json): checks what only the file as a
 * whole can tell (version, ids, references between procedures and offices) and leaves each
 * procedure's own fields to the data layer's procedure check, which every adapter goes through.
 */
export const SUPPORTED_MAJOR_VERSION = 1;

export interface CatalogContent {
  /** What the file says of the city, as written: the data layer checks it (data/city.ts). */
  city?: unknown;
  /** The file's themes, audiences, synonyms and highlights, as written: the data layer checks them (data/catalog-store.ts). */
  themes?: unknown;
  audiences?: unknown;
  synonyms?: unknown;
  highlights?: unknown;
  /** Raw procedures by id, office references replaced by the offices. */
  procedures: Map<string, unknown>;
  warnings: string[];
}

export type CatalogReading = { ok: true; catalog: CatalogContent } | { ok: false; errors: string[] };

export function readCatalog(data: unknown): CatalogReading {
  if (!isObject(data)) return { ok: false, errors: ['the catalog must be a JSON object'] };
  const version = /^(\d+)\.\d+$/.exec(String(data.version));
  if (!version)
    return { ok: false, errors: [`version: is required, like "1.0" (found ${JSON.stringify(data.version)})`] };
  if (Number(version[1]) !== SUPPORTED_MAJOR_VERSION) {
    return {
      ok: false,
      errors: [`version: "${String(data.version)}" is not supported; this library reads ${SUPPORTED_MAJOR_VERSION}.x`],
    };
  }
  if (!Array.isArray(data.procedures)) return { ok: false, errors: ['procedures: must be a list'] };

  const report: Report = { errors: [], warnings: [] };
  const offices = new Map<string, unknown>();
  for (const office of Array.isArray(data.offices) ? data.offices : [])
    if (isObject(office)) offices.set(String(office.id), office);
  // "office": "town-hall" in a channel stands for the office of that id.
  const resolve = (way: unknown) =>
    isObject(way) && typeof way.office === 'string' && offices.has(way.office)
      ? { ...way, office: offices.get(way.office) }
      : way;

  const procedures = new Map<string, unknown>();
  for (const [i, raw] of data.procedures.entries()) {
    const id = isObject(raw) ? identifier(raw.id, `procedures[${i}].id`, report) : undefined;
    if (!isObject(raw) || id === undefined) report.warnings.push(`procedures[${i}]: has no valid "id" and is left out`);
    else if (procedures.has(id))
      report.warnings.push(`procedures[${i}]: repeats the id "${id}"; only the first is kept`);
    else {
      const ways = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).map(resolve) : raw[key]);
      procedures.set(id, { ...raw, channels: ways('channels'), information: ways('information') });
    }
  }
  for (const [id, raw] of procedures) {
    const related = (raw as { related?: unknown }).related;
    for (const other of Array.isArray(related) ? related : []) {
      if (!procedures.has(String(other)))
        report.warnings.push(`procedure "${id}".related: refers to no procedure of the catalog: "${String(other)}"`);
    }
  }
  // The file's other parts (city, themes, audiences, synonyms, highlights) as written.
  return { ok: true, catalog: { ...data, procedures, warnings: [...report.errors, ...report.warnings] } };
}
