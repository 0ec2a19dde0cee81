import { CivicError } from '../core/civic-error.js';
import type { RequestLookup, SessionHeaders } from '../model.js';
import { checkRequest, checkRequestLookup, type CheckedRequest } from './request-check.js';
import { unsupported, type ResourceStore } from './resource-store.js';

/**
 * The data layer's calls for citizens' requests, beside the store rather than in it so that pages
 * without request tracking do not carry the request checks.
 */
/**
 * How references look and which proof the backend asks: shared and kept for the page. Says
 * `unsupported` when the adapter cannot look requests up at all (no `getRequest`); an adapter
 * without `getRequestLookup` asks for no proof and checks no format.
 */
export function requestLookup(store: ResourceStore, signal: AbortSignal): Promise<RequestLookup> {
  return store.shared('request-lookup', signal, async (options) => {
    if (typeof store.adapter.getRequest !== 'function') throw unsupported('getRequest');
    const raw: unknown =
      typeof store.adapter.getRequestLookup === 'function' ? await store.adapter.getRequestLookup(options) : undefined;
    const { value, warnings } = checkRequestLookup(raw);
    if (warnings.length) console.warn(`civic-elements: request lookup: parts left out:\n- ${warnings.join('\n- ')}`);
    return value;
  });
}

/**
 * A citizen's request by its reference and proof. Never shared nor kept (the answer is one
 * citizen's, and its state changes): each call asks the backend, within the time-out. Nothing
 * here logs the reference or the proof.
 */
export function findRequest(
  store: ResourceStore,
  reference: string,
  proof: string | undefined,
  signal: AbortSignal,
): Promise<CheckedRequest> {
  return store.once(signal, async (options) => {
    if (typeof store.adapter.getRequest !== 'function') throw unsupported('getRequest');
    const raw: unknown = await store.adapter.getRequest(reference, proof, options);
    if (raw === undefined || raw === null) throw new CivicError('not-found', 'No request matches this reference');
    return checkedRequest(raw, 'request');
  });
}

/**
 * The signed-in citizen's requests, with the host page's session headers. Never shared nor kept.
 * A request that cannot be read (no reference) is left out with a warning, not the whole list.
 */
export function myRequests(
  store: ResourceStore,
  session: SessionHeaders,
  signal: AbortSignal,
): Promise<CheckedRequest[]> {
  return store.once(signal, async (options) => {
    if (typeof store.adapter.listMyRequests !== 'function') throw unsupported('listMyRequests');
    const raw: unknown = await store.adapter.listMyRequests({ ...options, session });
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw))
      throw new CivicError('invalid-data', 'The requests are not a list', { details: ['requests: must be a list'] });
    return raw.flatMap((item, i) => {
      try {
        return [checkedRequest(item, `requests[${i}]`)];
      } catch (error) {
        console.warn(`civic-elements: a request is left out:\n- ${(error as CivicError).details.join('\n- ')}`);
        return [];
      }
    });
  });
}

/** A request checked, its warnings said (by field, never with the citizen's data). */
function checkedRequest(raw: unknown, path: string): CheckedRequest {
  const { value, warnings } = checkRequest(raw, path);
  if (warnings.length) console.warn(`civic-elements: ${path}: parts left out or adjusted:\n- ${warnings.join('\n- ')}`);
  return value;
}
