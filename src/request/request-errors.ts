import type { CivicError } from '../core/civic-error.js';
import type { request } from '../localization/locales/fr.js';

/**
 * The sentence for a failed request lookup or list, distinct per cause: not found, too many
 * attempts, backend down, time-out, unsupported. `undefined` for the causes every element words
 * the same way (no provider, configuration…) and for `wrong-proof`, which depends on the proof.
 */
export function requestErrorMessage(error: CivicError, t: typeof request): string | undefined {
  switch (error.code) {
    case 'not-found':
      return t.errors.notFound;
    case 'too-many-attempts':
      return t.errors.tooManyAttempts;
    case 'timeout':
      return t.errors.timeout;
    case 'unsupported':
      return t.errors.unsupported;
    case 'network':
    case 'http':
    case 'invalid-json':
    case 'invalid-data':
      // A backend that limits lookups may only say so with its HTTP status; one that wants a key
      // even for reads refuses with 401/403, which is the city's doing, not a citizen's session.
      if (error.status === 429) return t.errors.tooManyAttempts;
      return error.status === 401 || error.status === 403 ? t.errors.refused : t.errors.down;
    default:
      return undefined;
  }
}
