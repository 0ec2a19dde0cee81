/**
 * The demo site's own script, as a CMS would have it: it fetches the catalog and inserts its
 * blocks (theme grid, the procedures of a theme, the title and summary of a procedure) once the
 * page has loaded. The civic elements it inserts (<civic-online-badge>, and on the procedure page
 * <civic-channels>, <civic-info>, <civic-related>) upgrade by themselves and find their data
 * through the one <civic-provider> of the page, in the footer. The home page's search and its
 * "most requested procedures" are <civic-catalog> elements written in its HTML: nothing to do here.
 *
 * Every procedure of the catalog has its page: procedure.html?id=<procedure id>.
 *
 * On the request tracking page (suivre.html), it plays the city's sign-in for the "Mon compte"
 * section: it gives <civic-request-list> a `session` function returning the demo citizen's
 * headers, and takes it back on sign-out. A real site gives its own session (see signIn below).
 *
 * It also runs the FR / EN switch: it sets `lang` on <html> and re-renders the site's own texts.
 * The civic elements follow the `lang` change by themselves; this script never touches them.
 *
 * Catalog data only ever reaches the page through textContent and attributes, never HTML.
 */

const CATALOG_URL = new URL('../data/catalog.json', import.meta.url);
const LANGUAGES = ['fr', 'en'];
const STORAGE_KEY = 'saint-aurel-demo-lang';
const DEFAULT_THEME = 'etat-civil';
const DEFAULT_PROCEDURE = 'carte-identite-passeport';

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
  'nav.track': 'Track my request',
  'nav.council': 'Town council',
  'nav.events': 'What’s on',
  'nav.contact': 'Contact',
  'breadcrumb.label': 'Breadcrumb',
  loading: 'Loading…',
  'home.title': 'Welcome to Saint-Aurel-sur-Loire',
  'home.intro':
    'Between the Loire and the hillsides, the town hall is here for you every day. Many procedures can now be done online, at any time: the badge next to each procedure tells you at a glance.',
  'home.quick.find': 'Find a procedure',
  'home.quick.top': 'Most requested procedures',
  'home.quick.report': 'Report a problem',
  'home.quick.hours': 'Town hall opening hours',
  'home.quick.track': 'Track my request',
  'home.track.title': 'Made a request?',
  'home.track.text':
    'See where it stands, what is expected of you and when it should be done, with the number on your acknowledgement of receipt. No account needed.',
  'home.track.link': 'Track my request',
  'home.themes': 'Procedures by theme',
  'theme.intro':
    'All the procedures of this theme, most requested first. The badge tells you whether the procedure can be done online; when it can, it takes you straight to the online service.',
  'legend.title': 'What the badges mean',
  'legend.full': 'The whole procedure is done online, without going anywhere.',
  'legend.partial':
    'You start online, but you still need to come to the town hall (signature, appointment, collection).',
  'legend.none': 'The procedure is done at the desk, by post or by phone.',
  'theme.procedures': 'Procedures',
  'theme.others': 'All themes',
  'theme.help.title': 'Need help?',
  'theme.help.text': 'The town hall reception helps you with your procedures, online, in person or by phone.',
  'procedure.useful': 'Useful information',
  'procedure.missing.title': 'Procedure not found',
  'procedure.missing.text':
    'This procedure does not exist (any more): the address may be incomplete, or the procedure has been withdrawn.',
  'procedure.missing.themes': 'All procedures by theme',
  'procedure.missing.top': 'Most requested procedures',
  'track.title': 'Track my request',
  'track.intro':
    'Made a request to the town hall? With the number on your acknowledgement of receipt and the e-mail address you gave, see where your request stands, what is expected of you and when it should be done. No account needed.',
  'track.aside': 'Help with tracking',
  'track.where.title': 'Where is the number?',
  'track.where.text':
    'It is on the acknowledgement of receipt e-mailed to you once your request was made, online or at the desk. The link in that e-mail opens this page with the number already filled in.',
  'track.help.text':
    'Lost the number, changed your e-mail address? The town hall reception will find your request with you.',
  'track.demo.tag': 'Demo',
  'track.demo.title': 'Demo references',
  'track.demo.intro':
    'These fictional requests are stored on the demo server. “Try” fills in the number; then type the e-mail address shown, and submit.',
  'track.demo.caption': 'Demo requests: number, procedure, state and e-mail address to type',
  'track.demo.col.ref': 'Number',
  'track.demo.col.procedure': 'Procedure',
  'track.demo.col.state': 'State',
  'track.demo.col.email': 'E-mail address to type',
  'track.demo.col.try': 'Try',
  'track.demo.try': 'Try',
  'track.demo.p412': 'School enrolment',
  'track.demo.s412': 'Waiting for you: missing document',
  'track.demo.p387': 'Birth certificate',
  'track.demo.s387': 'Completed: certificate sent',
  'track.demo.p455': 'Problem in a public space',
  'track.demo.s455': 'In progress: repair scheduled',
  'track.demo.p468': 'Bulky waste collection',
  'track.demo.s468': 'Received: request registered',
  'track.demo.p201': 'Building permit',
  'track.demo.s201': 'Waiting for a decision: the mayor’s signature',
  'track.demo.p333': 'Pavement café permit',
  'track.demo.s333': 'Rejected',
  'track.demo.p298': 'Hiring a town hall room',
  'track.demo.s298': 'Cancelled at the association’s request',
  'track.demo.p421': 'Nursery place',
  'track.demo.s421': 'In progress: committee review',
  'track.demo.owner':
    'The first four requests belong to Camille Martin, the demo account of the “My account” section below.',
  'track.account.title': 'My account',
  'track.account.explain':
    'On a real site, the city’s citizen account, with its own sign-in, gives the session to the list of requests; here, a button pretends Camille Martin signed in.',
  'track.account.signIn': 'Sign in (demo)',
  'track.account.signOut': 'Sign out',
  'footer.townhall': 'Town hall',
  'footer.phone': 'Tel.',
  'footer.hours': 'Opening hours',
  'footer.hours.week': 'Monday to Wednesday: 8:30\u00a0am – 12\u00a0pm and 1:30\u00a0pm – 5:30\u00a0pm',
  'footer.hours.thu': 'Thursday: until 7\u00a0pm',
  'footer.hours.fri': 'Friday: until 4:30\u00a0pm',
  'footer.hours.sat': 'Saturday: 9\u00a0am – 12\u00a0pm',
  'footer.follow': 'Stay informed',
  'footer.track': 'Track my request',
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
    procedureTitle: 'Démarche',
    procedureNotFound: 'Démarche introuvable',
    procedureError:
      'Le détail de cette démarche ne peut pas être affiché pour le moment. Réessayez plus tard ou contactez la mairie.',
    delayLabel: 'Délai indicatif\u00a0:',
    days: (n) => (n === 1 ? '1 jour' : `${n}\u00a0jours`),
    trackTitle: 'Suivre ma demande',
    signedOut: 'Aucune session ouverte.',
    signedIn: 'Session ouverte\u00a0: Camille Martin (compte de démonstration).',
  },
  en: {
    count: (n) => (n === 1 ? '1 procedure' : `${n} procedures`),
    homeTitle: 'Home',
    proceduresTitle: 'Procedures',
    error: 'The procedures cannot be shown right now. Please try again later or contact the town hall.',
    empty: 'No procedures in this theme yet.',
    notFoundTitle: 'Theme not found',
    notFound: 'This theme does not exist (any more). Choose a theme from the list.',
    procedureTitle: 'Procedure',
    procedureNotFound: 'Procedure not found',
    procedureError:
      'The details of this procedure cannot be shown right now. Please try again later or contact the town hall.',
    delayLabel: 'Typical processing time:',
    days: (n) => (n === 1 ? '1 day' : `${n}\u00a0days`),
    trackTitle: 'Track my request',
    signedOut: 'Not signed in.',
    signedIn: 'Signed in as Camille Martin (demo account).',
  },
};

const page = document.body.dataset.page;
const root = document.documentElement;
let lang = initialLanguage();
let catalog;

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

/** A catalog text in the current language, French when it has no translation. */
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
    if (value !== undefined && value !== null && value !== false)
      node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

/** The demo's own page of a procedure (rather than the catalog's fictional external `url`). */
function procedureHref(id) {
  return `procedure.html?id=${encodeURIComponent(id)}`;
}

function themeHref(id) {
  return `theme.html?theme=${encodeURIComponent(id)}`;
}

function byPopularity(a, b) {
  return (b.popularity ?? 0) - (a.popularity ?? 0);
}

function proceduresOf(themeId) {
  return catalog.procedures.filter((p) => Array.isArray(p.themes) && p.themes.includes(themeId)).sort(byPopularity);
}

function cityName() {
  return catalog
    ? pick(catalog.city?.name)
    : lang === 'en'
      ? 'City of Saint-Aurel-sur-Loire'
      : 'Ville de Saint-Aurel-sur-Loire';
}

function fill(list, ...items) {
  list.replaceChildren(...items);
  list.removeAttribute('aria-busy');
}

function statusItem(text, error = false) {
  return bind(
    el('li', { class: error ? 'list-status list-status--error' : 'list-status', role: error ? 'alert' : undefined }),
    text,
  );
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
    node.setAttribute(
      'aria-label',
      lang === 'fr' ? staticFr.get(key) : (STATIC_EN[node.dataset.i18nLabel] ?? staticFr.get(key)),
    );
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
  if (page === 'theme')
    title = currentTheme ? pick(currentTheme.title) : catalog ? TEXTS[lang].notFoundTitle : TEXTS[lang].proceduresTitle;
  if (page === 'track') title = TEXTS[lang].trackTitle;
  if (page === 'procedure') {
    title = currentProcedure
      ? pick(currentProcedure.title)
      : catalog
        ? TEXTS[lang].procedureNotFound
        : TEXTS[lang].procedureTitle;
  }
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
    ...catalog.themes.map((theme) => {
      const count = proceduresOf(theme.id).length;
      return el(
        'li',
        {},
        el(
          'a',
          { class: 'theme-tile', href: themeHref(theme.id) },
          bind(el('span', { class: 'theme-tile__title' }), () => pick(theme.title)),
          bind(el('span', { class: 'theme-tile__count' }), () => TEXTS[lang].count(count)),
        ),
      );
    }),
  );
}

// ---------- Theme page ----------

let currentTheme;

function renderTheme() {
  const themeId = new URLSearchParams(location.search).get('theme') || DEFAULT_THEME;
  currentTheme = catalog.themes.find((t) => t.id === themeId);
  const list = document.getElementById('procedure-list');

  bind(document.getElementById('theme-title'), () =>
    currentTheme ? pick(currentTheme.title) : TEXTS[lang].notFoundTitle,
  );
  bind(document.getElementById('crumb-theme'), () =>
    currentTheme ? pick(currentTheme.title) : TEXTS[lang].notFoundTitle,
  );

  fill(
    document.getElementById('theme-nav'),
    ...catalog.themes.map((theme) =>
      el(
        'li',
        {},
        bind(
          el('a', {
            href: themeHref(theme.id),
            'aria-current': theme === currentTheme ? 'page' : undefined,
          }),
          () => pick(theme.title),
        ),
      ),
    ),
  );

  if (!currentTheme) {
    fill(
      list,
      statusItem(() => TEXTS[lang].notFound, true),
    );
    return;
  }

  const procedures = proceduresOf(currentTheme.id);
  bind(document.getElementById('procedure-count'), () => TEXTS[lang].count(procedures.length));
  if (procedures.length === 0) {
    fill(
      list,
      statusItem(() => TEXTS[lang].empty),
    );
    return;
  }
  fill(
    list,
    ...procedures.map((procedure) =>
      el(
        'li',
        {},
        el(
          'h3',
          { class: 'procedure__title' },
          bind(el('a', { href: procedureHref(procedure.id) }), () => pick(procedure.title)),
        ),
        // The Le Havre pattern: "disponible en ligne" next to the procedure, linking to the service.
        el('civic-online-badge', { class: 'procedure__badge', procedure: procedure.id }),
        bind(el('p', { class: 'procedure__summary' }), () => pick(procedure.summary)),
      ),
    ),
  );
}

// ---------- Procedure page ----------

const procedureId = new URLSearchParams(location.search).get('id')?.trim() || DEFAULT_PROCEDURE;
let currentProcedure;
/** The civic elements of the procedure page, inserted before the catalog is fetched. */
const procedureElements = [];

/**
 * Inserts the civic elements of the procedure at once, with their `procedure` attribute set before
 * they are connected: they load their data through the footer's provider while this script fetches
 * the page's own texts. The page's h1 is the procedure title, so the boxes use h2 headings.
 */
function insertProcedureElements() {
  const level = { 'heading-level': '2' };
  procedureElements.push(
    el('civic-online-badge', { class: 'procedure-head__badge', procedure: procedureId }),
    el('civic-channels', { procedure: procedureId, ...level }),
    el('civic-info', { procedure: procedureId, ...level }),
    el('civic-related', { procedure: procedureId, ...level, 'link-template': 'procedure.html?id={id}' }),
  );
  const [badge, channels, info, related] = procedureElements;
  document.querySelector('.procedure-head__title').append(badge);
  document.getElementById('procedure-main').append(channels);
  document.getElementById('procedure-aside').append(info, related);
}

/** A title node that leaves the static "Loading…" text for catalog text. */
function bindTitle(node, text) {
  node.removeAttribute('data-i18n');
  return bind(node, text);
}

function renderProcedure() {
  currentProcedure = catalog.procedures.find((p) => p.id === procedureId);
  const crumb = document.getElementById('crumb-procedure');

  if (!currentProcedure) {
    // One clear section instead of three boxes that would each say "not found".
    for (const element of procedureElements) element.remove();
    document.getElementById('procedure-page').hidden = true;
    document.getElementById('procedure-missing').hidden = false;
    bind(crumb, () => TEXTS[lang].procedureNotFound);
    return;
  }

  const procedure = currentProcedure;
  // The breadcrumb goes through the procedure's first (main) theme.
  const theme = (procedure.themes ?? []).map((id) => catalog.themes.find((t) => t.id === id)).find(Boolean);
  if (theme) {
    const themeCrumb = document.getElementById('crumb-theme');
    themeCrumb.append(bind(el('a', { href: themeHref(theme.id) }), () => pick(theme.title)));
    themeCrumb.hidden = false;
  }
  bind(crumb, () => pick(procedure.title));
  bindTitle(document.getElementById('procedure-title'), () => pick(procedure.title));
  bind(document.getElementById('procedure-summary'), () => pick(procedure.summary));

  const days = procedure.processingTime?.days;
  if (Number.isInteger(days) && days > 0) {
    const delay = document.getElementById('useful-info-delay');
    delay.append(
      bind(el('strong'), () => TEXTS[lang].delayLabel),
      ' ',
      bind(el('span'), () => TEXTS[lang].days(days)),
    );
    const note = procedure.processingTime.note;
    if (note) delay.after(bind(el('p', { class: 'useful-info__note' }), () => pick(note)));
    document.getElementById('useful-info').hidden = false;
  }
}

function showProcedureLoadError() {
  bindTitle(document.getElementById('procedure-title'), () => TEXTS[lang].procedureTitle);
  bind(document.getElementById('crumb-procedure'), () => TEXTS[lang].procedureTitle);
  const summary = document.getElementById('procedure-summary');
  summary.classList.add('list-status', 'list-status--error');
  summary.setAttribute('role', 'alert');
  bind(summary, () => TEXTS[lang].procedureError);
}

// ---------- Request tracking page: the demo sign-in ----------

/**
 * The demo citizen's session, as the reference server knows it (server/seed.mjs). A real site
 * returns its own headers here, e.g. from its sign-in library:
 *   list.session = async () => ({ Authorization: `Bearer ${await auth.token()}` });
 * The element calls the function for each load and keeps it in memory only.
 */
const DEMO_SESSION = () => ({ Authorization: 'Bearer demo-citizen-token' });

function setupAccount() {
  const list = document.getElementById('my-requests');
  const signIn = document.getElementById('account-sign-in');
  const signOut = document.getElementById('account-sign-out');
  const state = document.getElementById('account-state');
  let signedIn = false;

  const stateText = () => (signedIn ? TEXTS[lang].signedIn : TEXTS[lang].signedOut);
  const show = (moveFocus) => {
    signIn.hidden = signedIn;
    signOut.hidden = !signedIn;
    state.textContent = stateText(); // a status region: the change is announced
    // The button pressed disappears: focus goes to the one that takes its place.
    if (moveFocus) (signedIn ? signOut : signIn).focus();
  };
  bind(state, stateText);

  signIn.addEventListener('click', () => {
    signedIn = true;
    list.session = DEMO_SESSION;
    show(true);
  });
  signOut.addEventListener('click', () => {
    signedIn = false;
    list.session = undefined;
    show(true);
  });
  show(false);
}

// ---------- Start ----------

function showLoadError() {
  if (page === 'procedure') showProcedureLoadError();
  for (const id of ['theme-grid', 'procedure-list', 'theme-nav']) {
    const list = document.getElementById(id);
    if (list)
      fill(
        list,
        statusItem(() => TEXTS[lang].error, true),
      );
  }
}

async function start() {
  if (page === 'procedure') insertProcedureElements();
  if (page === 'track') setupAccount();
  setupLanguageSwitch();
  applyLanguage();
  try {
    const response = await fetch(CATALOG_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    catalog = await response.json();
    if (!Array.isArray(catalog?.themes) || !Array.isArray(catalog?.procedures)) throw new Error('not a catalog');
  } catch (error) {
    console.error('Demo: cannot load the catalog', error);
    showLoadError();
    return;
  }
  if (page === 'home') renderHome();
  if (page === 'theme') renderTheme();
  if (page === 'procedure') renderProcedure();
  updateDocumentTitle();
}

start();
