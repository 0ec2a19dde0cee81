/**
 * Realistic catalogs for the search bench, generated at run time (same seed, same catalog):
 * the demo catalog's own procedures first, then procedures cloned from them whose titles, summaries
 * and keywords have about half their words swapped for other words of the demo catalog or for
 * French-looking words spliced from two of them, so that the vocabulary grows with the catalog as
 * it does in a real one (about 2 new words per procedure).
 */

/** Synonyms a city would configure (citizens' words → the catalog's). */
export const BENCH_SYNONYMS = {
  chien: ['permis de détention'],
  'carte grise': ["certificat d'immatriculation"],
  cantine: ['restauration scolaire'],
  'etat civil': ['acte de naissance', 'acte de mariage', 'acte de décès'],
  poubelle: ['bac à déchets', 'encombrants'],
  cni: ["carte nationale d'identité"],
};

const STOP = new Set(
  'à au aux avec ce ces d de des du en et l la le les leur leurs ou par pour sa se ses son sur un une vos votre'.split(
    ' ',
  ),
);
const WORD = /^[\p{L}][\p{L}’'-]*$/u;

/** A small deterministic random generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every French text of a procedure (titles, summaries, labels, notes…) and its keywords. */
function frenchTexts(value, out = []) {
  if (Array.isArray(value)) for (const v of value) frenchTexts(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'fr' && typeof v === 'string') out.push(v);
      else if (k === 'keywords') out.push(...v);
      else frenchTexts(v, out);
    }
  }
  return out;
}

/**
 * A catalog in the demo's format with `size` procedures: the demo's procedures (as many as fit),
 * then generated ones.
 */
export function generateCatalog(demo, size, seed = 2024) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const real = [
    ...new Set(
      frenchTexts(demo.procedures)
        .flatMap((t) => t.split(/\s+/))
        .map((w) => w.replace(/^[«(“"]+|[»).,;:!?”"]+$/g, ''))
        .filter((w) => WORD.test(w) && w.length > 3 && !STOP.has(w.toLowerCase())),
    ),
  ].map((w) => w.toLowerCase());
  const invented = [];
  const newWords = Math.max(0, size - demo.procedures.length) * 2;
  for (let i = 0; i < newWords; i++) {
    const a = pick(real);
    const b = pick(real);
    invented.push(a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2)));
  }
  const word = () => (invented.length && rand() < 0.35 ? pick(invented) : pick(real));
  const mutate = (text, rate) =>
    text
      .split(/(\s+)/)
      .map((w, i) => {
        if (!WORD.test(w) || w.length < 4 || STOP.has(w.toLowerCase()) || rand() > rate) return w;
        const next = word();
        return i === 0 || w[0] !== w[0].toLowerCase() ? next[0].toUpperCase() + next.slice(1) : next;
      })
      .join('');
  const procedures = demo.procedures.slice(0, size);
  for (let i = procedures.length; i < size; i++) {
    const base = pick(demo.procedures);
    const keywords = base.keywords.map((k) => mutate(k, 0.5));
    if (rand() < 0.5) keywords.push(word());
    procedures.push({
      ...JSON.parse(JSON.stringify(base)),
      id: `${base.id}-${i}`,
      title: { fr: mutate(base.title.fr, 0.5), en: base.title.en },
      summary: { fr: mutate(base.summary.fr, 0.4), en: base.summary.en },
      keywords,
      // Most procedures are rarely asked for, a few very often.
      popularity: Math.round(1000 * rand() ** 3),
    });
  }
  return { ...demo, procedures };
}

/** The engine's documents, in French, from a catalog. */
export function searchDocuments(catalog) {
  return catalog.procedures.map((p) => ({
    id: p.id,
    title: p.title.fr,
    summary: p.summary?.fr,
    keywords: p.keywords,
    popularity: p.popularity,
  }));
}
