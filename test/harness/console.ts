/** Runs `run` with console warnings captured (kept out of the test log) and returns them. */
export async function capturingWarnings<T>(run: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { value: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

/**
 * Runs `run` with every console method captured (kept out of the test log) and returns what was
 * written, errors with their own properties: privacy tests read it to prove what never leaks.
 */
export async function capturingConsole<T>(run: () => Promise<T>): Promise<{ value: T; logged: string[] }> {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  const logged: string[] = [];
  for (const m of methods)
    console[m] = (...args: unknown[]) =>
      void logged.push(
        args.map((a) => (a instanceof Error ? `${a.message} ${JSON.stringify(a)}` : String(a))).join(' '),
      );
  try {
    return { value: await run(), logged };
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i]));
  }
}
