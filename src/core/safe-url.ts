/**
 * Links we render come from backends: only web pages, phone numbers and e-mail addresses are
 * allowed, so a `javascript:` or `data:` URL in a catalog can never run.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** The URL, normalised, when it is safe to put in an `href`; otherwise `undefined`. */
export function safeUrl(
  value: unknown,
  base: string = globalThis.location?.href ?? 'https://invalid.example/',
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
