/**
 * Shares one in-flight request per key among every caller, keeps successful results for the
 * life of the page, and aborts the underlying request when the last caller that still waits
 * gives up. Failures are not kept, so a later caller tries again.
 */
interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

export class SharedRequests<T> {
  #entries = new Map<string, Entry<T>>();

  /** Requests in flight or kept, for tests and debugging. */
  get size(): number {
    return this.#entries.size;
  }

  get(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      const controller = new AbortController();
      const created: Entry<T> = { controller, waiting: 0, settled: false, promise: Promise.resolve(undefined as T) };
      created.promise = start(controller.signal).then(
        (value) => {
          created.settled = true;
          return value;
        },
        (error: unknown) => {
          created.settled = true;
          if (this.#entries.get(key) === created) this.#entries.delete(key);
          throw error;
        },
      );
      // A rejection nobody waits for any more (all callers aborted) must not be reported as unhandled.
      created.promise.catch(() => undefined);
      this.#entries.set(key, created);
      entry = created;
    }
    if (entry.settled || signal === undefined) return entry.promise;
    return this.#wait(key, entry, signal);
  }

  /** Forgets a kept result, e.g. when a provider's source changes. */
  clear(): void {
    this.#entries.clear();
  }

  #wait(key: string, entry: Entry<T>, signal: AbortSignal): Promise<T> {
    entry.waiting++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        reject(abortError(signal));
        if (entry.waiting === 0 && !entry.settled) {
          entry.controller.abort();
          if (this.#entries.get(key) === entry) this.#entries.delete(key);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          reject(error);
        },
      );
    });
  }
}
