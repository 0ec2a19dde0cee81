/** What the `heading-level` and `now` attributes mean, the same for every element that has them. */

/** A heading level from 2 to 6; 2 for anything else (the page's h1 is its own title). */
export function headingLevelOf(value: unknown): number {
  const level = Math.round(Number(value));
  return level >= 2 && level <= 6 ? level : 2;
}

/** The moment given for previews and tests (ISO 8601), or the real time when absent or unreadable. */
export function momentOf(now: string | undefined): Date {
  const date = now ? new Date(now) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}
