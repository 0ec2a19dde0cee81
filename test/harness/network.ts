/**
 * Counts the `fetch` calls whose URL contains `part`, from now until `stop()`. A fetch is counted
 * the moment it starts, so "one request" can be checked as soon as the page has loaded, without
 * waiting for late requests to reach the Resource Timing buffer.
 */
export function countingFetches(part: string): { readonly count: number; stop(): void } {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes(part)) count++;
    return original.call(window, input, init);
  };
  return {
    get count() {
      return count;
    },
    stop: () => void (window.fetch = original),
  };
}

/** Real HTTP requests the page made to URLs containing `part`, as Resource Timing lists them. */
export const httpRequests = (part: string): PerformanceEntry[] =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes(part));
