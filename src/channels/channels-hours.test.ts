import { expect, fixture, html } from '@open-wc/testing';
import { words } from '../../test/harness/dom.js';
import { settle } from '../../test/harness/render.js';
import type { CivicAdapter } from '../model.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import {
  MONDAY_10,
  saintAurel,
  counter,
  phone,
  procedureWith,
  show,
  entries,
  entry,
  stateLine,
  rows,
} from './channels.harness.js';

/**
 * `<civic-channels>`: opening hours and "open now" are the city's wall-clock hours, whatever the
 * visitor's time zone (the test browsers are in São Paulo or UTC, never in Paris), and stay so
 * when the city cannot be read.
 */

describe('<civic-channels>', () => {
  describe('for a visitor outside the city time zone', () => {
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

    it('runs in a browser that is not in Paris time', () => {
      expect(visitorZone).not.to.equal('Europe/Paris');
    });

    it('is open when Paris is open, whatever the visitor clock says', async () => {
      // 07:45 UTC: 08:45 in Paris (open since 08:30), 04:45 in São Paulo, 07:45 in UTC.
      const el = await show([counter], { now: '2026-11-23T07:45:00Z' });
      expect(stateLine(entry(el, 'Au guichet'))).to.equal('Ouvert · ferme à 12:00');
      expect(rows(entry(el, 'Au guichet'))[0][1], 'wall-clock hours, not shifted').to.equal(
        '8:30 – 12:00, 13:30 – 17:00',
      );
    });

    it('is closed when Paris is closed, whatever the visitor clock says', async () => {
      // 11:15 UTC: 12:15 in Paris (closed over lunch), 08:15 in São Paulo, 11:15 in UTC.
      const el = await show([counter], { now: '2026-11-23T11:15:00Z' });
      expect(stateLine(entry(el, 'Au guichet'))).to.equal('Fermé · ouvre aujourd’hui à 13:30');
    });

    it("takes today from Paris' calendar", async () => {
      // 23:30 UTC on Monday: already Tuesday 00:30 in Paris, still Monday for the visitor.
      const el = await show([counter], { now: '2026-11-23T23:30:00Z' });
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('tr[aria-current=date] th'))).to.equal('mardi');
      expect(stateLine(li)).to.equal('Fermé · ouvre aujourd’hui à 8:30');
    });

    it('reads a `now` without an offset on the city’s clock, not the visitor’s', async () => {
      // 08:15 in Paris: closed until 08:30 (the visitor's 08:15 would be 09:15 or 12:15 in Paris).
      const el = await show([counter], { now: '2026-11-23T08:15' });
      expect(stateLine(entry(el, 'Au guichet'))).to.equal('Fermé · ouvre aujourd’hui à 8:30');
    });

    it('keeps a range through midnight open until it ends the next day', async () => {
      const night = { kind: 'counter', hours: { weekly: { fr: ['22:00-02:00'] } } };
      // 00:00 UTC on Saturday 28 November: 01:00 in Paris, still Friday night's range.
      const el = await show([night], { now: '2026-11-28T00:00:00Z' });
      const li = entry(el, 'Au guichet');
      expect(stateLine(li)).to.match(/^Ouvert · ferme à 0?2:00$/);
      expect(rows(li)[4][1]).to.match(/^22:00 – 0?2:00$/);
    });

    it('says in the table caption in which time zone the hours are', async () => {
      const el = await show([counter]);
      const caption = words(entry(el, 'Au guichet').querySelector('caption'));
      expect(caption).to.match(/^Horaires d'ouverture Heures données en \S.*\.$/);
      expect(caption).to.match(/Europe|Paris|France/);
      const en = await show([counter], { lang: 'en' });
      expect(words(entry(en, 'In person').querySelector('caption'))).to.match(/^Opening hours Times given in \S.*\.$/);
    });

    it('names the zone as it is at the date shown: summer time in summer', async () => {
      const summer = await show([counter], { now: '2026-07-06T08:00:00Z', lang: 'en' });
      expect(words(entry(summer, 'In person').querySelector('caption'))).to.match(/summer/i);
      const winter = await show([counter], { now: MONDAY_10, lang: 'en' });
      expect(words(entry(winter, 'In person').querySelector('caption'))).not.to.match(/summer/i);
    });

    it("says nothing about the time zone when the city's clock reads as the visitor's", async () => {
      // Another zone name, the same offset as the visitor's on that date.
      const twin = visitorZone === 'America/Sao_Paulo' ? 'America/Argentina/Buenos_Aires' : 'Africa/Abidjan';
      const el = await show([counter], { city: { ...saintAurel, timeZone: twin } });
      expect(words(entry(el, 'Au guichet').querySelector('caption'))).to.equal("Horaires d'ouverture");
    });

    it("says nothing about the time zone when the city is in the visitor's", async () => {
      const el = await show([counter], { city: { ...saintAurel, timeZone: visitorZone } });
      const caption = words(entry(el, 'Au guichet').querySelector('caption'));
      expect(caption).to.equal("Horaires d'ouverture");
    });
  });
});

describe('<civic-channels> when only the city cannot be read', () => {
  it('still shows the channels, with hours in Paris time', async () => {
    const adapter: CivicAdapter = {
      getProcedure: async (id) => (id === 'passeport' ? procedureWith([phone]) : undefined),
      getCity: () => Promise.reject(new Error('HTTP 503')),
    };
    const provider = await fixture<CivicProvider>(
      html`<civic-provider .adapter=${adapter}
        ><civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels
      ></civic-provider>`,
    );
    const el = provider.querySelector('civic-channels')!;
    await settle(el);
    expect(entries(el)).to.have.length(1);
    expect(stateLine(entries(el)[0])).to.contain('Ouvert');
  });
});
