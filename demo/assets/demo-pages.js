/**
 * The demo site's own script, as a CMS would have it: it fetches the catalogue and inserts its
 * blocks (theme grid, most requested procedures, the procedures of a theme) once the page has
 * loaded. The <civic-online-badge> elements it inserts upgrade by themselves and find their data
 * through the one <civic-provider> of the page, in the footer.
 *
 * It also runs the FR / EN switch: it sets `lang` on <html> and re-renders the site's own texts.
 * The badges follow the `lang` change by themselves; this script never touches them.
 *
 * Catalogue data only ever reaches the page through textContent and attributes, never HTML.
 */

const CATALOGUE_URL = new URL('../data/catalogue.json', import.meta.url);
const LANGUAGES = ['fr', 'en'];
const STORAGE_KEY = 'saint-aurel-demo-lang';
const DEFAULT_THEME = 'etat-civil';
const TOP_COUNT = 8;

/** English for the texts written in French in the pages' HTML (`data-i18n`, `data-i18n-label`). */
const STATIC_EN = {
  skip: 'Skip to content',
  notice: 'civic-elements demo site: Saint-Aurel-sur-Loire is a fictional city.',
  'brand.kicker': 'City of',
  'header.phone': 'Town hall:',
  'lang.group': 'Language',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.procedures': 'Procedures',
  'nav.council': 'Town council',
  'nav.events': 'What’s on',
  'nav.contact': 'Contact',
  'breadcrumb.label': 'Breadcrumb',
  loading: 'Loading…',
  'home.title': 'Welcome to Saint-Aurel-sur-Loire',
  'home.intro':
    'Between the Loire and the hillsides, the town hall is here for you every day. Many procedures can now be done online, at any time: the badge next to each procedure tells you at a glance.',
  'home.quick.top': 'Most requested procedures',
  'home.quick.report': 'Report a problem',
  'home.quick.hours': 'Town hall opening hours',
  'home.themes': 'Procedures by theme',
  'home.top': 'Most requested procedures',
  'theme.intro':
    'All the procedures of this theme, most requested first. The badge tells you whether the procedure can be done online; when it can, it takes you straight to the online service.',
  'legend.title': 'What the badges mean',
  'legend.full': 'The whole procedure is done online, without going anywhere.',
  'legend.partial': 'You start online, but you still need to come to the town hall (signature, appointment, collection).',
  'legend.none': 'The procedure is done at the desk, by post or by phone.',
  'theme.procedures': 'Procedures',
  'theme.others': 'All themes',
  'theme.help.title': 'Need help?',
  'theme.help.text': 'The town hall reception helps you with your procedures, online, in person or by phone.',
  'footer.townhall': 'Town hall',
  'footer.phone': 'Tel.',
  'footer.hours': 'Opening hours',
  'footer.hours.week': 'Monday to Wednesday: 8:30\u00a0am – 12\u00a0pm and 1:30\u00a0pm – 5:30\u00a0pm',
  'footer.hours.thu': 'Thursday: until 7\u00a0pm',
  'footer.hours.fri': 'Friday: until 4:30\u00a0pm',
  'footer.hours.sat': 'Saturday: 9\u00a0am – 12\u00a0pm',
  'footer.follow': 'Stay informed',
  'footer.newsletter': 'Newsletter',
  'footer.magazine': 'The town magazine',
  'footer.alerts': 'Text alerts',
  'footer.legal': 'Legal notice',
  'footer.a11y': 'Accessibility: partially compliant',
  'footer.privacy': 'Personal data',
  'footer.sitemap': 'Site map',
};

/** Texts the script writes itself. */
const TEXTS = {
  fr: {
    count: (n) => (n === 1 ? '1 démarche' : `${n} démarches`),
    homeTitle: 'Accueil',
    proceduresTitle: 'Démarches',
    error: 'Les démarches ne peuvent pas être affichées pour le moment. Réessayez plus tard ou contactez la mairie.',
    empty: 'Aucune démarche dans ce thème pour le moment.',
    notFoundTitle: 'Thème introuvable',
    notFound: 'Ce thème n’existe pas ou plus. Choisissez un thème dans la liste.',
  },
  en: {
    count: (n) => (n === 1 ? '1 procedure' : `${n} procedures`),
    homeTitle: 'Home',
    proceduresTitle: 'Procedures',
    error: 'The procedures cannot be shown right now. Please try again later or contact the town hall.',
    empty: 'No procedures in this theme yet.',
    notFoundTitle: 'Theme not found',
    notFound: 'This theme does not exist (any more). Choose a theme from the list.',
  },
};

const page = document.body.dataset.page;
const root = document.documentElement;
let lang = initialLanguage();
let catalogue;

/** Nodes whose text depends on the language: re-rendered on each switch. */
const bindings = [];
/** The French written in the HTML, kept to switch back. */
const staticFr = new Map();

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) return stored;
  } catch {
    // Storage blocked: keep the page's language.
  }
  return LANGUAGES.includes(root.lang) ? root.lang : 'fr';
}

/** A catalogue text in the current language, French when it has no translation. */
function pick(texts) {
  if (!texts || typeof texts !== 'object') return '';
  return texts[lang] ?? texts.fr ?? Object.values(texts)[0] ?? '';
}

/** Sets the node's text now and on each language switch. */
function bind(node, text) {
  bindings.push([node, text]);
  node.textContent = text();
  return node;
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

/** Only http(s) links from the catalogue become links. */
function safeHref(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function byPopularity(a, b) {
  return (b.popularity ?? 0) - (a.popularity ?? 0);
}

function proceduresOf(themeId) {
  return catalogue.procedures.filter((p) => Array.isArray(p.themes) && p.themes.includes(themeId)).sort(byPopularity);
}

function cityName() {
  return catalogue ? pick(catalogue.city?.name) : lang === 'en' ? 'City of Saint-Aurel-sur-Loire' : 'Ville de Saint-Aurel-sur-Loire';
}

function fill(list, ...items) {
  list.replaceChildren(...items);
  list.removeAttribute('aria-busy');
}

function statusItem(text, error = false) {
  return bind(el('li', { class: error ? 'list-status list-status--error' : 'list-status', role: error ? 'alert' : undefined }), text);
}

// ---------- Language ----------

function applyStaticTexts() {
  for (const node of document.querySelectorAll('[data-i18n]')) {
    if (!staticFr.has(node)) staticFr.set(node, node.textContent);
    node.textContent = lang === 'fr' ? staticFr.get(node) : (STATIC_EN[node.dataset.i18n] ?? staticFr.get(node));
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    const key = `label:${node.dataset.i18nLabel}`;
    if (!staticFr.has(key)) staticFr.set(key, node.getAttribute('aria-label'));
    node.setAttribute('aria-label', lang === 'fr' ? staticFr.get(key) : (STATIC_EN[node.dataset.i18nLabel] ?? staticFr.get(key)));
  }
}

function applyLanguage() {
  root.lang = lang; // the civic elements watch this and re-render by themselves
  applyStaticTexts();
  for (const [node, text] of bindings) node.textContent = text();
  for (const button of document.querySelectorAll('.lang-switch [data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  updateDocumentTitle();
}

function updateDocumentTitle() {
  let title = TEXTS[lang].homeTitle;
  if (page === 'theme') title = currentTheme ? pick(currentTheme.title) : catalogue ? TEXTS[lang].notFoundTitle : TEXTS[lang].proceduresTitle;
  document.title = `${title} – ${cityName()}`;
}

function setupLanguageSwitch() {
  for (const button of document.querySelectorAll('.lang-switch [data-lang]')) {
    button.addEventListener('click', () => {
      if (button.dataset.lang === lang) return;
      lang = button.dataset.lang;
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
      applyLanguage();
    });
  }
}

// ---------- Home page ----------

function renderHome() {
  const grid = document.getElementById('theme-grid');
  fill(
    grid,
    ...catalogue.themes.map((theme) => {
      const count = proceduresOf(theme.id).length;
      return el(
        'li',
        {},
        el(
          'a',
          { class: 'theme-tile', href: `theme.html?theme=${encodeURIComponent(theme.id)}` },
          bind(el('span', { class: 'theme-tile__title' }), () => pick(theme.title)),
          bind(el('span', { class: 'theme-tile__count' }), () => TEXTS[lang].count(count)),
        ),
      );
    }),
  );

  const top = [...catalogue.procedures].sort(byPopularity).slice(0, TOP_COUNT);
  fill(
    document.getElementById('top-list'),
    ...top.map((procedure) =>
      el(
        'li',
        {},
        bind(el('a', { href: safeHref(procedure.url) }), () => pick(procedure.title)),
        el('civic-online-badge', { procedure: procedure.id, variant: 'compact' }),
      ),
    ),
  );
}

// ---------- Theme page ----------

let currentTheme;

function renderTheme() {
  const themeId = new URLSearchParams(location.search).get('theme') || DEFAULT_THEME;
  currentTheme = catalogue.themes.find((t) => t.id === themeId);
  const list = document.getElementById('procedure-list');

  bind(document.getElementById('theme-title'), () => (currentTheme ? pick(currentTheme.title) : TEXTS[lang].notFoundTitle));
  bind(document.getElementById('crumb-theme'), () => (currentTheme ? pick(currentTheme.title) : TEXTS[lang].notFoundTitle));

  fill(
    document.getElementById('theme-nav'),
    ...catalogue.themes.map((theme) =>
      el(
        'li',
        {},
        bind(
          el('a', {
            href: `theme.html?theme=${encodeURIComponent(theme.id)}`,
            'aria-current': theme === currentTheme ? 'page' : undefined,
          }),
          () => pick(theme.title),
        ),
      ),
    ),
  );

  if (!currentTheme) {
    fill(list, statusItem(() => TEXTS[lang].notFound, true));
    return;
  }

  const procedures = proceduresOf(currentTheme.id);
  bind(document.getElementById('procedure-count'), () => TEXTS[lang].count(procedures.length));
  if (procedures.length === 0) {
    fill(list, statusItem(() => TEXTS[lang].empty));
    return;
  }
  fill(
    list,
    ...procedures.map((procedure) =>
      el(
        'li',
        {},
        el('h3', { class: 'procedure__title' }, bind(el('a', { href: safeHref(procedure.url) }), () => pick(procedure.title))),
        // The Le Havre pattern: "disponible en ligne" next to the procedure, linking to the service.
        el('civic-online-badge', { class: 'procedure__badge', procedure: procedure.id }),
        bind(el('p', { class: 'procedure__summary' }), () => pick(procedure.summary)),
      ),
    ),
  );
}

// ---------- Start ----------

function showLoadError() {
  for (const id of ['theme-grid', 'top-list', 'procedure-list', 'theme-nav']) {
    const list = document.getElementById(id);
    if (list) fill(list, statusItem(() => TEXTS[lang].error, true));
  }
}

async function start() {
  setupLanguageSwitch();
  applyLanguage();
  try {
    const response = await fetch(CATALOGUE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    catalogue = await response.json();
    if (!Array.isArray(catalogue?.themes) || !Array.isArray(catalogue?.procedures)) throw new Error('not a catalogue');
  } catch (error) {
    console.error('Demo: cannot load the catalogue', error);
    showLoadError();
    return;
  }
  if (page === 'home') renderHome();
  if (page === 'theme') renderTheme();
  updateDocumentTitle();
}

start();
