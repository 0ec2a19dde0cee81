import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkEveryState } from '../../test/harness/every-state.js';
import { capturingWarnings } from '../../test/harness/console.js';
import { $, $$, words } from '../../test/harness/dom.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import { renderWithAdapter, settle, until, nextEvent } from '../../test/harness/render.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import type { CivicAdapter, City, Procedure } from '../model.js';
import type { CivicChannels } from './channels.js';
import {
  MONDAY_10,
  saintAurel,
  URLS,
  online,
  phone,
  ALL,
  procedureWith,
  cityAdapter,
  show,
  entries,
  entry,
} from './channels.harness.js';

/**
 * `<civic-channels>` in every state (loading, ready, empty, time-out, errors), the events it
 * sends, its headings and its keyboard use.
 */

describe('<civic-channels>', () => {
  describe('states', () => {
    const channels = (id: string, extra = '') => {
      const template = document.createElement('template');
      template.innerHTML = `<civic-channels ${id === '' ? '' : `procedure="${id}"`} now="${MONDAY_10}" ${extra}></civic-channels>`;
      return html`${template.content.firstElementChild}`;
    };
    const procedures = [procedureWith(ALL), procedureWith([], 'vide')];

    it('passes axe and shows real words in every state', async () => {
      await checkEveryState([
        {
          name: 'loading',
          template: channels('passeport'),
          procedures,
          delay: Infinity,
          shows: /^Comment faire cette démarche \? Chargement…$/,
        },
        { name: 'ready', template: channels('passeport'), procedures, shows: /Au guichet/ },
        {
          name: 'no channels',
          template: channels('vide'),
          procedures,
          shows: /Aucun moyen de faire cette démarche n'est indiqué pour le moment\./,
        },
        { name: 'not found', template: channels('nope'), procedures, shows: /Démarche introuvable\./ },
        {
          name: 'network',
          template: channels('passeport'),
          failWith: 'network',
          shows: /Le service est injoignable pour le moment\./,
        },
        {
          name: 'http',
          template: channels('passeport'),
          failWith: 'http',
          shows: /Le service est indisponible pour le moment\./,
        },
        { name: 'missing attribute', template: channels(''), shows: /Attribut « procedure » manquant\./ },
        {
          name: 'invalid procedure',
          template: channels('bad'),
          procedures: [{ id: 'bad', title: '<b>x</b>', online: { availability: 'sometimes' }, channels: [online] }],
          shows: /Les données de cette démarche sont invalides\./,
        },
      ]);
    });

    it('while loading: the heading is there and the box is busy', async () => {
      const el = await renderWithAdapter<CivicChannels>(
        channels('passeport'),
        memoryAdapter([procedureWith(ALL)], { delay: Infinity }),
      );
      const base = $(el, '[part~=base]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      const heading = $(el, '[part~=heading]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(words(heading)).to.equal('Comment faire cette démarche ?');
      expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect($$(el, '.skeleton').length).to.be.greaterThan(0);
      expect(entries(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('once ready: no longer busy, and no skeleton left', async () => {
      const el = await show(ALL);
      const base = $(el, '[part~=base]')!;
      expect(base.hasAttribute('aria-busy')).to.equal(false);
      expect($(el, '.skeleton')).to.equal(null);
      expect(entries(el)).to.have.length(ALL.length);
    });

    it('says when there are no channels', async () => {
      const el = await show([]);
      const message = $(el, '.message')!;
      expect(words(message)).to.equal("Aucun moyen de faire cette démarche n'est indiqué pour le moment.");
      expect($(el, 'ul')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ends a request with no answer with a time-out message', async () => {
      const el = await renderWithAdapter<CivicChannels>(
        channels('passeport'),
        memoryAdapter([procedureWith(ALL)], { delay: Infinity }),
        { timeout: 40 },
      );
      await until(el, () => !!$(el, '.message.error'), 'the time-out message');
      const message = $(el, '.message.error')!;
      expect(words(message)).to.equal('Le service met trop de temps à répondre.');
      expect(message.getAttribute('role')).to.equal('status');
      expect($(el, '[part~=base]')!.hasAttribute('aria-busy')).to.equal(false);
      expect(words($(el, '[part~=heading]')), 'the heading stays').to.equal('Comment faire cette démarche ?');
      await expect(el).to.be.accessible();
    });

    it('does not move its heading between loading and loaded', async () => {
      const adapter = memoryAdapter([procedureWith(ALL)], { delay: 150 });
      // A fixed width: a page scrollbar appearing with the content must not count as a shift.
      const page = await fixture(
        html`<div style="inline-size: 30em">
          <civic-provider .adapter=${adapter}
            ><civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels
          ></civic-provider>
        </div>`,
      );
      const el = page.querySelector('civic-channels')!;
      const loaded = nextEvent(el, 'civic-load');
      await el.updateComplete;
      expect($(el, '.skeleton'), 'loading').to.exist;
      const heading = () => $(el, '[part~=heading]')!.getBoundingClientRect();
      const before = heading();
      expect(before.height).to.be.greaterThan(0);
      await loaded;
      await el.updateComplete;
      expect(entries(el).length, 'loaded').to.equal(ALL.length);
      const after = heading();
      expect([after.top, after.left, after.width, after.height]).to.deep.equal([
        before.top,
        before.left,
        before.width,
        before.height,
      ]);
    });

    it('puts its heading at the level asked and the channel headings one below', async () => {
      const el = await show(ALL, { level: '3' });
      expect($(el, '[part~=heading]')!.getAttribute('aria-level')).to.equal('3');
      const levels = entries(el).map((li) => li.querySelector('[role=heading]')!.getAttribute('aria-level'));
      expect(levels).to.deep.equal(Array(ALL.length).fill('4'));
      await expect(el).to.be.accessible();
    });

    it('keeps heading levels within 2 to 6', async () => {
      const six = await show([phone], { level: '6' });
      expect($(six, '[part~=heading]')!.getAttribute('aria-level')).to.equal('6');
      expect(entries(six)[0].querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('6');
      const wrong = await show([phone], { level: '9' });
      expect($(wrong, '[part~=heading]')!.getAttribute('aria-level')).to.equal('2');
      expect(entries(wrong)[0].querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('events', () => {
    it('sends civic-load with the procedure and the city', async () => {
      const el = document.createElement('civic-channels');
      el.procedure = 'passeport';
      el.now = MONDAY_10;
      const loaded = nextEvent<{ procedure: Procedure; city: City }>(el, 'civic-load');
      await fixture(html`<civic-provider .adapter=${cityAdapter([procedureWith(ALL)])}>${el}</civic-provider>`);
      const { detail } = await loaded;
      expect(detail.procedure.id).to.equal('passeport');
      expect(detail.procedure.channels).to.have.length(ALL.length);
      expect(detail.city).to.deep.include({ country: 'FR', timeZone: 'Europe/Paris' });
      expect(detail.city.name).to.deep.equal(saintAurel.name);
    });

    it('sends civic-load with the default city when the adapter tells none', async () => {
      const el = document.createElement('civic-channels');
      el.procedure = 'passeport';
      const loaded = nextEvent<{ procedure: Procedure; city: City }>(el, 'civic-load');
      await fixture(html`<civic-provider .adapter=${memoryAdapter([procedureWith(ALL)])}>${el}</civic-provider>`);
      const { detail } = await loaded;
      expect(detail.city).to.deep.include({ country: 'FR', timeZone: 'Europe/Paris', defaultLanguage: 'fr' });
    });

    const errorOf = async (procedure: string, adapter: CivicAdapter) => {
      const el = document.createElement('civic-channels');
      if (procedure) el.procedure = procedure;
      const heard = nextEvent<CivicErrorDetail>(document, 'civic-error');
      await fixture(html`<civic-provider .adapter=${adapter}>${el}</civic-provider>`);
      const { detail } = await heard;
      await settle(el);
      return { detail, shown: words($(el, '.message.error')) };
    };

    it('sends civic-error with the code, the shown message, the details and the status', async () => {
      const { detail, shown } = await errorOf('passeport', memoryAdapter([], { failWith: 'http' }));
      expect(detail.code).to.equal('http');
      expect(detail.message).to.equal('Le service est indisponible pour le moment.');
      expect(detail.message).to.equal(shown);
      expect(detail.status).to.equal(500);
      expect(detail.details).to.be.an('array');
    });

    it('sends civic-error for a procedure that does not exist', async () => {
      const { detail, shown } = await errorOf('nope', memoryAdapter([procedureWith(ALL)]));
      expect(detail.code).to.equal('not-found');
      expect(detail.message).to.equal('Démarche introuvable.');
      expect(shown).to.equal(detail.message);
    });

    it('sends civic-error with the exact problems of an invalid procedure', async () => {
      const { value } = await capturingWarnings(() =>
        errorOf('bad', memoryAdapter([{ id: 'bad', title: '<b>x</b>', online: { availability: 'full' } }])),
      );
      expect(value.detail.code).to.equal('invalid-data');
      expect(value.detail.message).to.equal('Les données de cette démarche sont invalides.');
      expect(value.detail.details.join('\n')).to.contain('title');
    });

    it('sends civic-error when the procedure attribute is missing', async () => {
      const { detail, shown } = await errorOf('', memoryAdapter([procedureWith(ALL)]));
      expect(detail.code).to.equal('missing-attribute');
      expect(detail.message).to.equal('Attribut « procedure » manquant.');
      expect(detail.details).to.deep.equal(['procedure']);
      expect(shown).to.equal(detail.message);
    });
  });

  describe('keyboard', () => {
    it('reaches every link and disclosure with Tab, in reading order', async () => {
      const page = await fixture(
        html`<div>
          <button>before</button>
          <civic-provider .adapter=${cityAdapter([procedureWith(ALL)])}
            ><civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels
          ></civic-provider>
        </div>`,
      );
      const before = page.querySelector('button')!;
      const el = page.querySelector('civic-channels')!;
      await settle(el);
      const expected = [...$$<HTMLElement>(el, 'a[href], summary')];
      const describe = (n: Element | null) => (n ? `${n.localName} ${n.getAttribute('href') ?? words(n)}` : 'nothing');
      expect(expected.map(describe)).to.deep.equal([
        `a ${URLS.online}`,
        'a https://www.openstreetmap.org/?mlat=47.2&mlon=-1.55#map=18/47.2/-1.55',
        'summary Voir tous les horaires',
        `a ${URLS.book}`,
        'a tel:+33261910011',
        'a tel:+33261910010',
        'summary Voir tous les horaires',
        'a mailto:etat-civil@saint-aurel.example',
        'summary Voir tous les horaires',
        `a ${URLS.live}`,
        `a ${URLS.app}`,
        'a tel:3939',
      ]);
      before.focus();
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(describe(el.shadowRoot!.activeElement));
      }
      expect(reached).to.deep.equal(expected.map(describe));
      expect(el.shadowRoot!.activeElement, 'the same element, not a copy').to.equal(expected[expected.length - 1]);
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle, 'visible focus').to.equal('solid');
    });

    it('opens the week table with Enter on "Voir tous les horaires"', async () => {
      const el = await show(ALL);
      const details = entry(el, 'Au guichet').querySelector<HTMLDetailsElement>('details')!;
      const table = details.querySelector('table')!;
      expect(table.checkVisibility(), 'hidden while folded').to.equal(false);
      details.querySelector('summary')!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      await until(el, () => details.open, 'the table opened');
      expect(table.checkVisibility(), 'visible once opened').to.equal(true);
      expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });
});
