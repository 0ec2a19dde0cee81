import { CivicError } from '../core/civic-error.js';
import { fetchJson } from '../core/http-json.js';
import type { ResourceStore } from '../data/resource-store.js';
import { SharedRequests } from '../core/shared-requests.js';
import { withTimeout } from '../data/with-timeout.js';
import type { Office } from '../model.js';

/** The default directory: the State's public API (kept here so the reader can load on demand). */
const ANNUAIRE_RECORDS_URL =
  'https://api-lannuaire.service-public.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records';

/** Offices of the national directory are the same for every provider of the page: one request each. */
const offices = new SharedRequests<Office | undefined>();

/**
 * An office of the national directory (Annuaire de l'administration) by its identifier. It
 * answers browsers directly (no key, CORS open); the provider's `directory` attribute points
 * elsewhere (a mirror, a proxy). Kept out of the store so that only the elements showing
 * counters carry it.
 */
export async function directoryOffice(store: ResourceStore, directoryId: string, signal: AbortSignal): Promise<Office> {
  // The directory's reader loads only on pages whose counters name a directory office.
  const { annuaireRecordUrl, officeFromAnnuaireAnswer } = await import('./annuaire-office.js');
  const url = annuaireRecordUrl(directoryId, store.options.directory ?? ANNUAIRE_RECORDS_URL);
  const start = (shared: AbortSignal) =>
    withTimeout(
      async (timed) => officeFromAnnuaireAnswer(await fetchJson(url, timed, store.options.fetch), directoryId),
      store.timeoutMs,
      shared,
    );
  return offices
    .get(url, start, signal)
    .then(
      (office) => office ?? Promise.reject(new CivicError('not-found', `No office "${directoryId}" in the directory`)),
    );
}
