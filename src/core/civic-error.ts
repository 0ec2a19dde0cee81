/**
 * Why something could not be shown. Elements turn the code into a translated sentence; the
 * details (which procedure, which field) go to the `civic-error` event and the console, for the
 * city's web team, not to the citizen.
 */
export type CivicErrorCode =
  | 'no-provider' // no <civic-provider> on the page
  | 'config' // a provider's attributes do not make an adapter
  | 'unsupported' // the adapter lacks the method this element needs
  | 'missing-attribute' // a required attribute of the element is empty
  | 'not-found'
  | 'network'
  | 'http'
  | 'timeout'
  | 'invalid-json'
  | 'invalid-data'
  | 'wrong-proof' // the reference exists but the proof does not match (never says which)
  | 'too-many-attempts' // the backend limits lookups; retry later
  | 'unauthorized'; // the signed-in citizen's session is missing or expired

export class CivicError extends Error {
  override readonly name = 'CivicError';
  readonly code: CivicErrorCode;
  /** Precise, untranslated facts for developers: "procedures[3].online.url: …". */
  readonly details: readonly string[];
  /** The HTTP status, when the error came from an HTTP answer. */
  readonly status?: number;

  constructor(
    code: CivicErrorCode,
    message: string,
    options: { details?: readonly string[]; status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.details = options.details ?? [];
    this.status = options.status;
  }
}

/** Whatever was thrown, as a CivicError: adapters written by others may throw anything. */
export function toCivicError(thrown: unknown): CivicError {
  if (thrown instanceof CivicError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new CivicError('network', message || 'Unknown adapter failure', { cause: thrown });
}

export function isAbort(thrown: unknown): boolean {
  return thrown instanceof DOMException && thrown.name === 'AbortError';
}
