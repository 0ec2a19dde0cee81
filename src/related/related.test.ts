import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../index.js';
import { checkEveryState } from '../../test/harness/every-state.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import {
  nextEvent,
  renderWithAdapter,
  settle,
  shadowText,
  capturingWarnings,
  until,
} from '../../test/harness/render.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import type { City, OnlineAvailability, Procedure } from '../model.js';
import type { CivicOnlineBadge } from '../online-badge/online-badge.js';
import type { CivicRelated } from './related.js';

const LEAKS = /undefined|\[object Object\]|NaN|null/;
const SITE = 'https://www.saint-aurel.example/demarches/';

const procedure = (
  id: string,
  title: Procedure['title'],
  availability: OnlineAvailability,
  extra: Partial<Procedure> = {},
): Procedure => ({
  id,
  title,
  url: `${SITE}${id}`,
  themes: [],
  audiences: [],
  online:
    availability === 'none' ? { availability } : { availability, url: `https://demarches.saint-aurel.example/${id}` },
  channels: [],
  information: [],
  related: [],
  ...extra,
});

const birth = procedure('acte-naissance', { fr: 'Acte de naissance', en: 'Birth certificate' }, 'full', {
  summary: { fr: 'Copie ou extrait, gratuit.', en: 'Copy or extract, free.' },
});
const census = procedure(
  'recensement',
  { fr: 'Recensement citoyen à 16 ans', en: 'Citizen registration at 16' },
  'partial',
);
const dog = procedure('chien', { fr: 'Permis de détention de chien', en: 'Dangerous dog licence' }, 'none');
const main = procedure('passeport', { fr: 'Passeport', en: 'Passport' }, 'partial', {
  related: ['acte-naissance', 'recensement', 'chien'],
});
const catalog = [main, birth, census, dog];

const related = (id: string, extra: Record<string, string> = {}): TemplateResult => {
  const el = document.createElement('civic-related');
  el.setAttribute('procedure', id);
  for (const [name, value] of Object.entries(extra)) el.setAttribute(name, value);
  return html`${el}`;
};
const render = (
  procedures: readonly unknown[] = catalog,
  id = 'passeport',
  extra: Record<string, string> = {},
  lang = 'fr',
) => renderWithAdapter<CivicRelated>(related(id, extra), memoryAdapter(procedures), { lang });

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part=item]')];
const text = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();
/** The visible title of each item: its link, or its plain text when there is no link. */
const titles = (el: Element) => items(el).map((item) => text(item.querySelector('a[part=link], li > span')!));
const hrefs = (el: Element) =>
  items(el).map((item) => item.querySelector('a[part=link]')?.getAttribute('href') ?? null);
const badges = (el: Element) => [...root(el).querySelectorAll<CivicOnlineBadge>('civic-online-badge')];
const page = (path: string) => new URL(path, location.href).href;

describe('<civic-related>', () => {
  describe('renders the related procedures from the adapter', () => {
    it('each a link to its page, titled in French, in the catalog’s order', async () => {
      const el = await render();
      expect(text(root(el).querySelector('[role=heading]')!)).to.equal('Démarches liées');
      expect(titles(el)).to.deep.equal([
        'Acte de naissance',
        'Recensement citoyen à 16 ans',
        'Permis de détention de chien',
      ]);
      expect(hrefs(el)).to.deep.equal([`${SITE}acte-naissance`, `${SITE}recensement`, `${SITE}chien`]);
      expect(text(items(el)[0].querySelector('.muted')!)).to.equal('Copie ou extrait, gratuit.');
      expect(items(el)[1].querySelector('.muted'), 'no summary, no paragraph').to.equal(null);
      expect(shadowText(el)).not.to.match(LEAKS);
      await expect(el).to.be.accessible();
    });

    it('is in English on an English page', async () => {
      const el = await render(catalog, 'passeport', {}, 'en');
      expect(text(root(el).querySelector('[role=heading]')!)).to.equal('Related procedures');
      expect(titles(el)).to.deep.equal(['Birth certificate', 'Citizen registration at 16', 'Dangerous dog licence']);
      expect(text(items(el)[0].querySelector('.muted')!)).to.equal('Copy or extract, free.');
      for (const badge of badges(el)) await settle(badge);
      expect(badges(el).map((b) => text(b.shadowRoot!.querySelector('.current')!))).to.deep.equal([
        'Online',
        'Partly',
        'Not online',
      ]);
      expect(shadowText(el)).not.to.match(LEAKS);
      await expect(el).to.be.accessible();
    });

    it('links to link-template with {id} replaced', async () => {
      const el = await render(catalog, 'passeport', { 'link-template': 'procedure.html?id={id}' });
      expect(hrefs(el)).to.deep.equal([
        page('procedure.html?id=acte-naissance'),
        page('procedure.html?id=recensement'),
        page('procedure.html?id=chien'),
      ]);
    });

    it('replaces every {id} of the template and encodes odd ids', async () => {
      const odd = procedure('etat-civil:acte.v2', 'Acte (version 2)', 'full');
      const el = await render([{ ...main, related: ['etat-civil:acte.v2'] }, odd], 'passeport', {
        'link-template': '/demarches/{id}/?from={id}',
      });
      expect(hrefs(el)).to.deep.equal([page('/demarches/etat-civil%3Aacte.v2/?from=etat-civil%3Aacte.v2')]);
      expect(titles(el)).to.deep.equal(['Acte (version 2)']);
    });

    it('falls back to the procedure’s url, and to plain text without one', async () => {
      const noPage: Procedure = { ...census, url: undefined };
      const el = await render([main, birth, noPage, dog]);
      expect(hrefs(el)).to.deep.equal([`${SITE}acte-naissance`, null, `${SITE}chien`]);
      const plain = items(el)[1];
      expect(plain.querySelector('a[part=link]')).to.equal(null);
      expect(text(plain.querySelector('span')!)).to.equal('Recensement citoyen à 16 ans');
      await expect(el).to.be.accessible();
    });

    it('shows each related procedure with a compact online badge of its own status', async () => {
      const el = await render();
      const all = badges(el);
      expect(all.map((b) => b.closest('[part=item]'))).to.deep.equal(items(el));
      expect(all.map((b) => b.getAttribute('procedure'))).to.deep.equal(['acte-naissance', 'recensement', 'chien']);
      expect(all.map((b) => b.getAttribute('variant'))).to.deep.equal(['compact', 'compact', 'compact']);
      for (const badge of all) await settle(badge);
      expect(all.map((b) => text(b.shadowRoot!.querySelector('.current')!))).to.deep.equal([
        'En ligne',
        'En partie',
        'Pas en ligne',
      ]);
      expect(all.map((b) => shadowText(b))).to.satisfy(
        (texts: string[]) =>
          texts[0].includes('Entièrement en ligne') &&
          texts[1].includes('En partie en ligne') &&
          texts[2].includes('Pas en ligne'),
      );
      expect(all.map((b) => b.shadowRoot!.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
        'https://demarches.saint-aurel.example/acte-naissance',
        'https://demarches.saint-aurel.example/recensement',
        null,
      ]);
      await expect(el).to.be.accessible();
    });

    it('asks the adapter once per procedure, the badges included', async () => {
      const adapter = memoryAdapter(catalog);
      const el = await renderWithAdapter<CivicRelated>(related('passeport'), adapter);
      for (const badge of badges(el)) await settle(badge);
      expect([...adapter.calls].sort()).to.deep.equal([
        'getProcedure:acte-naissance',
        'getProcedure:chien',
        'getProcedure:passeport',
        'getProcedure:recensement',
      ]);
    });
  });

  describe('missing related procedures', () => {
    it('leaves out an unknown related id, warns in the console, and shows the others', async () => {
      const { value: el, warnings } = await capturingWarnings(() =>
        render([{ ...main, related: ['acte-naissance', 'fantome', 'chien'] }, birth, dog]),
      );
      expect(titles(el)).to.deep.equal(['Acte de naissance', 'Permis de détention de chien']);
      expect(badges(el)).to.have.length(2);
      expect(warnings.filter((w) => w.includes('"fantome"'))).to.have.length(1);
      expect(shadowText(el)).not.to.match(LEAKS);
      await expect(el).to.be.accessible();
    });

    it('says there is none when every related id is unknown', async () => {
      const { value: el } = await capturingWarnings(() => render([{ ...main, related: ['fantome', 'spectre'] }]));
      expect(shadowText(el)).to.equal('Démarches liées Aucune démarche liée.');
      expect(badges(el)).to.have.length(0);
    });
  });

  describe('states', () => {
    for (const lang of ['fr', 'en']) {
      it(`passes axe and shows real words in every state (${lang})`, async () => {
        const invalid = { id: 'bad', title: '<b>x</b>', online: { availability: 'full' } };
        const fr = lang === 'fr';
        await capturingWarnings(() =>
          checkEveryState(
            [
              {
                name: 'loading',
                template: related('passeport'),
                procedures: catalog,
                delay: Infinity,
                shows: fr ? /^Démarches liées Chargement…$/ : /^Related procedures Loading…$/,
              },
              {
                name: 'ready',
                template: related('passeport'),
                procedures: catalog,
                shows: fr
                  ? /Acte de naissance.*Recensement citoyen.*Permis de détention/
                  : /Birth certificate.*Citizen registration.*Dangerous dog/,
              },
              {
                name: 'empty',
                template: related('passeport'),
                procedures: [{ ...main, related: [] }],
                shows: fr ? /^Démarches liées Aucune démarche liée\.$/ : /^Related procedures No related procedures\.$/,
              },
              {
                name: 'not found',
                template: related('nope'),
                procedures: catalog,
                shows: fr ? /Démarche introuvable\./ : /Procedure not found\./,
              },
              {
                name: 'network',
                template: related('passeport'),
                failWith: 'network',
                shows: fr ? /Le service est injoignable pour le moment\./ : /cannot be reached/,
              },
              {
                name: 'http',
                template: related('passeport'),
                failWith: 'http',
                shows: fr ? /Le service est indisponible pour le moment\./ : /unavailable/,
              },
              {
                name: 'invalid data',
                template: related('bad'),
                procedures: [invalid],
                shows: fr
                  ? /Les données de cette démarche sont invalides\./
                  : /The data of this procedure is invalid\./,
              },
              {
                name: 'missing attribute',
                template: related(''),
                procedures: catalog,
                shows: fr ? /Attribut « procedure » manquant\./ : /The "procedure" attribute is missing\./,
              },
            ],
            lang,
          ),
        );
      });
    }

    it('is busy while loading, with a skeleton', async () => {
      const el = await renderWithAdapter<CivicRelated>(
        related('passeport'),
        memoryAdapter(catalog, { delay: Infinity }),
      );
      expect(root(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      expect(root(el).querySelectorAll('.skeleton').length).to.be.greaterThan(0);
      expect(text(root(el).querySelector('.visually-hidden')!)).to.equal('Chargement…');
      expect(items(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('is no longer busy once ready', async () => {
      const el = await render();
      expect(root(el).querySelector('section')!.hasAttribute('aria-busy')).to.equal(false);
      expect(root(el).querySelector('.skeleton')).to.equal(null);
    });

    it('ends a request with no answer with a time-out message', async () => {
      const el = await renderWithAdapter<CivicRelated>(
        related('passeport'),
        memoryAdapter(catalog, { delay: Infinity }),
        { timeout: 40 },
      );
      await until(el, () => shadowText(el).includes('trop de temps'), 'the time-out message');
      expect(shadowText(el)).to.equal('Démarches liées Le service met trop de temps à répondre.');
      expect(root(el).querySelector('.message.error[role=status]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('keeps the related procedures that answered when another one times out', async () => {
      const slow = { ...memoryAdapter(catalog) };
      const fast = memoryAdapter(catalog);
      const never = memoryAdapter(catalog, { delay: Infinity });
      let gaveUp = false;
      slow.getProcedure = (id, options) => {
        if (id !== 'recensement') return fast.getProcedure(id, options);
        options.signal.addEventListener('abort', () => (gaveUp = true));
        return never.getProcedure(id, options);
      };
      const { value: el } = await capturingWarnings(async () => {
        const element = await renderWithAdapter<CivicRelated>(related('passeport'), slow, { timeout: 60 });
        // The time-out ends the call that never answers (its signal is aborted): then the box is final.
        await until(element, () => gaveUp, 'the time-out of the procedure that never answers');
        await settle(element);
        return element;
      });
      expect(titles(el)).to.deep.equal(['Acte de naissance', 'Permis de détention de chien']);
    });
  });

  describe('events', () => {
    it('sends civic-load with the procedure, the city and the related procedures', async () => {
      const el = document.createElement('civic-related');
      el.procedure = 'passeport';
      const loaded = nextEvent<{ procedure: Procedure; city: City; related: Procedure[] }>(el, 'civic-load');
      await fixture(html`<civic-provider .adapter=${memoryAdapter(catalog)}>${el}</civic-provider>`);
      const { detail } = await loaded;
      expect(detail.procedure.id).to.equal('passeport');
      expect(detail.city.timeZone).to.equal('Europe/Paris');
      expect(detail.related.map((p) => p.id)).to.deep.equal(['acte-naissance', 'recensement', 'chien']);
    });

    it('sends civic-error with the code and the shown message, through shadow roots', async () => {
      const el = document.createElement('civic-related');
      el.procedure = 'passeport';
      const host = await fixture(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const heard = nextEvent<CivicErrorDetail>(document, 'civic-error');
      const provider = document.createElement('civic-provider');
      provider.adapter = memoryAdapter(catalog, { failWith: 'network' });
      provider.append(el);
      shadow.append(provider);
      const { detail } = await heard;
      expect(detail.code).to.equal('network');
      expect(detail.message).to.equal('Le service est injoignable pour le moment.');
      expect(shadowText(el)).to.contain(detail.message);
    });

    it('sends civic-error not-found with the message, not for a missing related procedure', async () => {
      const missing = document.createElement('civic-related');
      missing.procedure = 'nope';
      const notFound = nextEvent<CivicErrorDetail>(missing, 'civic-error');
      await fixture(html`<civic-provider .adapter=${memoryAdapter(catalog)}>${missing}</civic-provider>`);
      expect((await notFound).detail).to.include({ code: 'not-found', message: 'Démarche introuvable.' });

      const partial = document.createElement('civic-related');
      partial.procedure = 'passeport';
      const errors: Event[] = [];
      partial.addEventListener('civic-error', (e) => errors.push(e));
      const loaded = nextEvent(partial, 'civic-load');
      await capturingWarnings(async () => {
        await fixture(
          html`<civic-provider .adapter=${memoryAdapter([{ ...main, related: ['fantome', 'chien'] }, dog])}
            >${partial}</civic-provider
          >`,
        );
        await loaded;
      });
      expect(errors, 'one missing related procedure is not an error of the box').to.have.length(0);
    });

    it('sends civic-error missing-attribute without a procedure', async () => {
      const el = document.createElement('civic-related');
      const heard = nextEvent<CivicErrorDetail>(el, 'civic-error');
      await fixture(html`<civic-provider .adapter=${memoryAdapter(catalog)}>${el}</civic-provider>`);
      const { detail } = await heard;
      expect(detail.code).to.equal('missing-attribute');
      expect(detail.message).to.equal('Attribut « procedure » manquant.');
    });
  });

  describe('keyboard', () => {
    /** The focused element, through every shadow root. */
    const deepActive = (): Element | null => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };

    it('Tab goes through each procedure link, then its badge’s link to the online service', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>avant</button>
          <civic-provider .adapter=${memoryAdapter(catalog)}
            ><civic-related procedure="passeport"></civic-related
          ></civic-provider>
          <button>après</button>
        </div>`,
      );
      const el = wrapper.querySelector('civic-related')!;
      await settle(el);
      for (const badge of badges(el)) await settle(badge);
      wrapper.querySelector('button')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (i === 0) expect(getComputedStyle(active!).outlineStyle, 'visible focus').not.to.equal('none');
        order.push(active?.getAttribute('href') ?? active?.textContent ?? 'nothing');
      }
      expect(order).to.deep.equal([
        `${SITE}acte-naissance`,
        'https://demarches.saint-aurel.example/acte-naissance',
        `${SITE}recensement`,
        'https://demarches.saint-aurel.example/recensement',
        `${SITE}chien`,
        'après',
      ]);
    });
  });

  describe('bad data', () => {
    it('never links a javascript: link-template: the titles are plain text', async () => {
      const el = await render(catalog, 'passeport', { 'link-template': 'javascript:alert("{id}")' });
      expect(hrefs(el)).to.deep.equal([null, null, null]);
      expect(titles(el)).to.deep.equal([
        'Acte de naissance',
        'Recensement citoyen à 16 ans',
        'Permis de détention de chien',
      ]);
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    });

    it('never links a javascript: url of a related procedure, and keeps the others', async () => {
      const evil = { ...census, url: 'javascript:window.__pwned=1' };
      const { value: el } = await capturingWarnings(() => render([main, birth, evil, dog]));
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      for (const a of root(el).querySelectorAll('a')) expect(a.protocol).to.equal('https:');
      expect(titles(el)).to.include('Acte de naissance').and.to.include('Permis de détention de chien');
      expect(hrefs(el).filter((h) => h !== null)).to.deep.equal([`${SITE}acte-naissance`, `${SITE}chien`]);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows special characters of titles as text and never turns HTML into elements', async () => {
      const amp = procedure('cantine', 'Cantine & périscolaire < 6 ans &lt;b&gt;', 'full');
      const tag = procedure('tag', '<img src=x onerror="window.__pwned=1">Piège', 'full');
      const { value: el } = await capturingWarnings(() => render([{ ...main, related: ['cantine', 'tag'] }, amp, tag]));
      expect(titles(el)[0]).to.equal('Cantine & périscolaire < 6 ans &lt;b&gt;');
      expect(root(el).querySelector('img, b, script')).to.equal(null);
      // A title with markup is either left out or shown as the very characters the city typed.
      for (const title of titles(el).slice(1)) expect(title).to.equal('<img src=x onerror="window.__pwned=1">Piège');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(shadowText(el)).not.to.match(LEAKS);
    });

    it('shows no leaked values for a title only in another language, without summary', async () => {
      const foreign = procedure('fremd', { de: 'Nur auf Deutsch' }, 'none', { url: undefined });
      const el = await render([{ ...main, related: ['fremd'] }, foreign]);
      expect(titles(el)).to.deep.equal(['Nur auf Deutsch']);
      for (const badge of badges(el)) await settle(badge);
      expect(shadowText(el)).not.to.match(LEAKS);
      expect(shadowText(badges(el)[0])).not.to.match(LEAKS);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    const level = (el: Element) => root(el).querySelector('[role=heading]')!.getAttribute('aria-level');

    it('sets the level of the heading', async () => {
      for (const value of ['2', '3', '5', '6'])
        expect(level(await render(catalog, 'passeport', { 'heading-level': value })), value).to.equal(value);
    });

    it('falls back to 2 for a level outside 2–6', async () => {
      for (const value of ['0', '7', 'trois'])
        expect(level(await render(catalog, 'passeport', { 'heading-level': value })), value).to.equal('2');
    });

    it('is respected in the empty and error states, and labels the box', async () => {
      const empty = await render([{ ...main, related: [] }], 'passeport', { 'heading-level': '4' });
      expect(level(empty)).to.equal('4');
      const missing = await render(catalog, 'nope', { 'heading-level': '5' });
      expect(level(missing)).to.equal('5');
      const section = root(missing).querySelector('section')!;
      expect(text(root(missing).getElementById(section.getAttribute('aria-labelledby')!)!)).to.equal('Démarches liées');
    });
  });
});
