import { CivicError } from '../core/civic-error.js';

export const DEFAULT_TIMEOUT_MS = 8000;

/**
 * Runs `task` with a signal that aborts when `signal` does or after `ms`. The time-out wins even
 * when the task ignores its signal (custom adapters may), so no element waits forever.
 */
export function withTimeout<T>(task: (signal: AbortSignal) => Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const forward = () => controller.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener('abort', forward, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new CivicError('timeout', `No answer after ${ms} ms`);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  return Promise.race([task(controller.signal), timedOut]).finally(() => {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  });
}
