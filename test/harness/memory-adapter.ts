import { CivicError, type CivicErrorCode } from '../../src/core/civic-error.js';
import type { AdapterCallOptions, CivicAdapter, Procedure } from '../../src/model.js';

export interface MemoryAdapterOptions {
  /** Milliseconds before each answer (0: next microtask). `Infinity`: never answers. */
  delay?: number;
  /** Every call fails with this error code (e.g. 'network', 'http'). */
  failWith?: CivicErrorCode;
}

/**
 * An adapter over procedures held in memory: the test and Storybook stand-in for a backend.
 * It honours the abort signal like a real adapter must, and counts its calls.
 */
export function memoryAdapter(
  procedures: readonly unknown[],
  options: MemoryAdapterOptions = {},
): CivicAdapter & { calls: string[] } {
  const calls: string[] = [];
  const answer = <T>(value: () => T, { signal }: AdapterCallOptions) =>
    new Promise<T>((resolve, reject) => {
      const fail = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal.aborted) return fail();
      signal.addEventListener('abort', fail, { once: true });
      const settle = () => {
        if (options.failWith)
          reject(
            new CivicError(options.failWith, `memory adapter fails with ${options.failWith}`, {
              status: options.failWith === 'http' ? 500 : undefined,
            }),
          );
        else resolve(value());
      };
      if (options.delay === Infinity) return;
      if (options.delay) setTimeout(settle, options.delay);
      else queueMicrotask(settle);
    });
  return {
    calls,
    getProcedure(id, callOptions) {
      calls.push(`getProcedure:${id}`);
      return answer(() => procedures.find((p) => (p as Procedure).id === id) as Procedure | undefined, callOptions);
    },
  };
}
