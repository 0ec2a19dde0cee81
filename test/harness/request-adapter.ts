import { CivicError, type CivicErrorCode } from '../../src/core/civic-error.js';
import type { AdapterCallOptions, CivicAdapter, Procedure, RequestLookup, ServiceRequest } from '../../src/model.js';

export interface RequestAdapterOptions {
  /** What the backend asks before a lookup; `getRequestLookup` is absent when this is `undefined`. */
  lookup?: RequestLookup | 'fails';
  /** The proof each reference needs (compared trimmed, case-insensitive); none needed when absent. */
  proofs?: Readonly<Record<string, string>>;
  /** Failed lookups (unknown reference or wrong proof) allowed before `too-many-attempts` for good. */
  maxAttempts?: number;
  /** Milliseconds before each answer (0: next microtask). `Infinity`: never answers. */
  delay?: number;
  /** Only request calls (`getRequest`, `listMyRequests`) wait this long (overrides `delay`). */
  requestDelay?: number;
  /** Every call fails with this code. */
  failWith?: CivicErrorCode;
  /** Only request calls (`getRequest`, `listMyRequests`) fail with this code. */
  requestFailWith?: CivicErrorCode;
  /** HTTP status of the failure, for `http` errors. */
  status?: number;
  /** The signed-in citizen's requests, for `listMyRequests`. */
  mine?: readonly unknown[];
  /** The `Authorization` header value `listMyRequests` accepts; any non-empty one when absent. */
  token?: string;
  /** Procedures the catalog knows (for titles and usual processing times). */
  procedures?: readonly unknown[];
  /** Leaves `getRequest` out: a backend that cannot look requests up. */
  noLookup?: boolean;
  /** Leaves `listMyRequests` out. */
  noList?: boolean;
}

export type RequestAdapter = CivicAdapter & {
  /** Every call, in order: "getRequestLookup", "getRequest:<reference>:<proof>", "listMyRequests", "getProcedure:<id>". */
  calls: string[];
  /** The session headers each `listMyRequests` call got. */
  sessions: Record<string, string>[];
};

/**
 * A backend of citizen requests held in memory, for tests and stories: it checks the proof like a
 * real backend (never saying which of the reference or the proof is wrong), limits attempts,
 * answers late or fails on demand, and honours the abort signal.
 */
export function requestAdapter(requests: readonly unknown[], options: RequestAdapterOptions = {}): RequestAdapter {
  const calls: string[] = [];
  const sessions: Record<string, string>[] = [];
  let failures = 0;
  const answer = <T>(
    value: () => T | Promise<T>,
    { signal }: AdapterCallOptions,
    failWith = options.failWith,
    delay = options.delay,
  ) =>
    new Promise<T>((resolve, reject) => {
      const fail = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal.aborted) return fail();
      signal.addEventListener('abort', fail, { once: true });
      const settle = () => {
        if (failWith)
          reject(
            new CivicError(failWith, `request adapter fails with ${failWith}`, {
              status: options.status ?? (failWith === 'http' ? 503 : undefined),
            }),
          );
        else Promise.resolve().then(value).then(resolve, reject);
      };
      if (delay === Infinity) return;
      if (delay) setTimeout(settle, delay);
      else queueMicrotask(settle);
    });
  const refuse = (code: CivicErrorCode, message: string): never => {
    failures++;
    throw new CivicError(code, message);
  };
  const adapter: RequestAdapter = {
    calls,
    sessions,
    getProcedure(id, callOptions) {
      calls.push(`getProcedure:${id}`);
      return answer(
        () => (options.procedures ?? []).find((p) => (p as Procedure).id === id) as Procedure | undefined,
        callOptions,
        undefined,
      );
    },
  };
  if (options.lookup !== undefined) {
    const lookup = options.lookup;
    adapter.getRequestLookup = (callOptions) => {
      calls.push('getRequestLookup');
      return answer(() => {
        if (lookup === 'fails') throw new CivicError('network', 'lookup definition unavailable');
        return structuredClone(lookup);
      }, callOptions);
    };
  }
  if (!options.noLookup) {
    adapter.getRequest = (reference, proof, callOptions) => {
      calls.push(`getRequest:${reference}:${proof ?? ''}`);
      return answer(
        () => {
          if (options.maxAttempts !== undefined && failures >= options.maxAttempts)
            throw new CivicError('too-many-attempts', 'too many attempts');
          const found = requests.find((r) => (r as ServiceRequest).reference === reference);
          const wanted = options.proofs?.[reference];
          if (!found) {
            failures++;
            return undefined;
          }
          if (wanted !== undefined && wanted.trim().toLowerCase() !== (proof ?? '').trim().toLowerCase())
            refuse('wrong-proof', 'reference or proof wrong');
          return structuredClone(found) as ServiceRequest;
        },
        callOptions,
        options.requestFailWith ?? options.failWith,
        options.requestDelay ?? options.delay,
      );
    };
  }
  if (!options.noList) {
    adapter.listMyRequests = (callOptions) => {
      calls.push('listMyRequests');
      return answer(
        async () => {
          const headers = (await callOptions.session?.()) ?? {};
          sessions.push(headers);
          const token = headers.Authorization ?? headers.authorization;
          if (!token || (options.token !== undefined && token !== options.token))
            throw new CivicError('unauthorized', 'session missing or expired', { status: 401 });
          return structuredClone(options.mine ?? []) as ServiceRequest[];
        },
        callOptions,
        options.requestFailWith ?? options.failWith,
        options.requestDelay ?? options.delay,
      );
    };
  }
  return adapter;
}
