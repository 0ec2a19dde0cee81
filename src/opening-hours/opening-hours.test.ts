import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../model.js';
import { checkChannels } from '../data/channel-check.js';
import { hoursOn, nextChange, openingState, upcomingChanges, type OpeningState } from './opening-hours.js';
import { easterSunday, frenchPublicHolidays, isPublicHoliday, registerPublicHolidays } from './public-holidays.js';
import { instantAt, momentIn, zonedMoment } from './zoned-time.js';

const paris = { timeZone: 'Europe/Paris', country: 'FR' };
/** A town hall: lunch break on weekdays, late Thursday, Saturday morning, summer hours. */
const townHall: OpeningHours = {
  weekly: {
    mo: ['08:30-12:00', '13:30-17:30'],
    tu: ['08:30-12:00', '13:30-17:30'],
    we: ['08:30-12:00', '13:30-17:30'],
    th: ['08:30-12:00', '13:30-19:00'],
    fr: ['08:30-12:00', '13:30-16:30'],
    sa: ['09:00-12:00'],
  },
  seasons: [
    {
      from: '07-13',
      to: '08-23',
      weekly: {
        mo: ['08:30-12:30'],
        tu: ['08:30-12:30'],
        we: ['08:30-12:30'],
        th: ['08:30-12:30'],
        fr: ['08:30-12:30'],
      },
    },
  ],
  exceptions: [
    { from: '2026-12-24', hours: ['08:30-12:00'], note: { fr: 'Veille de Noël' } },
    { from: '2026-12-26', to: '2026-12-31', note: { fr: 'Fermeture de fin d’année' } },
  ],
};
const at = (iso: string) => new Date(iso);
const state = (hours: OpeningHours, iso: string): OpeningState => openingState(hours, at(iso), paris);

describe('opening hours', () => {
  it('runs in a visitor time zone that is not the city’s', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.to.equal('Europe/Paris');
  });

  it('reads the city’s wall clock, not the visitor’s', () => {
    // 2026-11-23T09:00Z is 10:00 in Paris (UTC+1), 06:00 in São Paulo.
    expect(zonedMoment(at('2026-11-23T09:00:00Z'), 'Europe/Paris')).to.deep.equal({
      date: '2026-11-23',
      weekday: 0,
      minutes: 600,
    });
    expect(zonedMoment(at('2026-11-23T09:00:00Z'), 'America/Sao_Paulo').minutes).to.equal(360);
  });

  it('reads a moment without an offset on the city’s clock', () => {
    expect(momentIn('2027-03-09T10:00', 'Europe/Paris').toISOString()).to.equal('2027-03-09T09:00:00.000Z');
    expect(momentIn('2027-07-09T10:00', 'Europe/Paris').toISOString()).to.equal('2027-07-09T08:00:00.000Z');
    expect(momentIn('2027-03-09T10:00Z', 'Europe/Paris').toISOString()).to.equal('2027-03-09T10:00:00.000Z');
    expect(momentIn('2027-03-09T10:00+01:00', 'America/Sao_Paulo').toISOString()).to.equal('2027-03-09T09:00:00.000Z');
  });

  it('is open during opening hours and says when it closes', () => {
    const s = state(townHall, '2026-11-23T09:00:00Z'); // Monday 10:00 in Paris
    expect(s.open).to.equal(true);
    expect(s.open && s.closesAt).to.deep.equal({ date: '2026-11-23', minutes: 12 * 60 });
  });

  it('is closed over the lunch break and reopens the same afternoon', () => {
    const s = state(townHall, '2026-11-23T11:30:00Z'); // Monday 12:30
    expect(s.open).to.equal(false);
    expect(!s.open && s.opensAt).to.deep.equal({ date: '2026-11-23', minutes: 13 * 60 + 30 });
  });

  it('counts a closing time as closed (17:30 sharp)', () => {
    expect(state(townHall, '2026-11-23T16:30:00Z').open).to.equal(false);
    expect(state(townHall, '2026-11-23T16:29:00Z').open).to.equal(true);
  });

  it('after closing on Saturday, opens on Monday morning', () => {
    const s = state(townHall, '2026-11-28T12:00:00Z'); // Saturday 13:00
    expect(!s.open && s.opensAt).to.deep.equal({ date: '2026-11-30', minutes: 8 * 60 + 30 });
  });

  it('keeps wall-clock hours across the spring daylight-saving change', () => {
    // Sunday 29 March 2026, 02:00 -> 03:00 in Paris. Monday opens at 08:30 Paris summer time = 06:30Z.
    const sunday = state(townHall, '2026-03-29T01:30:00Z'); // 03:30 CEST
    expect(!sunday.open && sunday.opensAt).to.deep.equal({ date: '2026-03-30', minutes: 510 });
    expect(nextChange(sunday, townHall, paris)!.toISOString()).to.equal('2026-03-30T06:30:00.000Z');
    expect(state(townHall, '2026-03-30T06:30:00Z').open, 'open at 08:30 CEST').to.equal(true);
    expect(state(townHall, '2026-03-30T07:15:00Z').open, '09:15 CEST').to.equal(true);
  });

  it('keeps wall-clock hours across the autumn change', () => {
    // Sunday 25 October 2026, 03:00 -> 02:00. Monday 08:30 CET = 07:30Z.
    expect(state(townHall, '2026-10-26T07:29:00Z').open).to.equal(false);
    expect(state(townHall, '2026-10-26T07:30:00Z').open).to.equal(true);
  });

  it('converts a wall-clock time to an instant, also in a spring-forward gap', () => {
    expect(instantAt('2026-11-23', 600, 'Europe/Paris').toISOString()).to.equal('2026-11-23T09:00:00.000Z');
    expect(instantAt('2026-07-01', 600, 'Europe/Paris').toISOString()).to.equal('2026-07-01T08:00:00.000Z');
    expect(instantAt('2026-03-29', 150, 'Europe/Paris').toISOString(), '02:30 does not exist: 03:30').to.equal(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('is closed on French public holidays, including the moving ones', () => {
    expect(easterSunday(2026)).to.equal('2026-04-05');
    expect(easterSunday(2027)).to.equal('2027-03-28');
    const days = frenchPublicHolidays(2026);
    expect(days).to.include.members([
      '2026-04-06',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(days).to.have.length(11);
    const armistice = state(townHall, '2026-11-11T09:00:00Z'); // a Wednesday
    expect(armistice.open).to.equal(false);
    expect(armistice.today.reason).to.equal('holiday');
    expect(!armistice.open && armistice.opensAt).to.deep.equal({ date: '2026-11-12', minutes: 510 });
  });

  it('stays open on public holidays when the place says so', () => {
    expect(state({ ...townHall, publicHolidays: 'open' }, '2026-11-11T09:00:00Z').open).to.equal(true);
  });

  it('takes a country’s holidays from a pluggable calendar', () => {
    registerPublicHolidays('CH', (year) => [`${year}-08-01`]);
    expect(isPublicHoliday('2026-08-01', 'CH')).to.equal(true);
    expect(isPublicHoliday('2026-07-14', 'CH')).to.equal(false);
    expect(isPublicHoliday('2026-07-14', 'XX'), 'unknown country: no holidays').to.equal(false);
  });

  it('applies exceptional hours and closures before anything else', () => {
    const eve = state(townHall, '2026-12-24T12:00:00Z'); // Thursday 13:00: normally open at 13:30
    expect(eve.today.reason).to.equal('exception');
    expect(!eve.open && eve.opensAt, 'closed until after the year-end closure and New Year').to.deep.equal({
      date: '2027-01-02',
      minutes: 540,
    });
    expect(hoursOn(townHall, '2026-12-29', 'FR')).to.deep.include({ ranges: [], reason: 'exception' });
  });

  it('uses summer hours in their season', () => {
    expect(hoursOn(townHall, '2026-08-03', 'FR').ranges).to.deep.equal([[510, 750]]);
    expect(hoursOn(townHall, '2026-08-29', 'FR').ranges, 'after the season: Saturday again').to.deep.equal([
      [540, 720],
    ]);
    const winter: OpeningHours = {
      weekly: {},
      seasons: [{ from: '11-01', to: '02-28', weekly: { su: ['10:00-12:00'] } }],
    };
    expect(hoursOn(winter, '2027-01-03', 'FR').ranges, 'a season spanning New Year').to.deep.equal([[600, 720]]);
  });

  it('follows opening hours through midnight', () => {
    const nightAndDay: OpeningHours = {
      weekly: { fr: ['20:00-24:00'], sa: ['00:00-02:00', '09:00-12:00'] },
      publicHolidays: 'open',
    };
    const s = state(nightAndDay, '2026-11-27T22:30:00Z'); // Friday 23:30
    expect(s.open && s.closesAt).to.deep.equal({ date: '2026-11-28', minutes: 120 });
    const always: OpeningHours = {
      weekly: Object.fromEntries(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].map((d) => [d, ['00:00-24:00']])),
      publicHolidays: 'open',
    };
    const open = state(always, '2026-11-23T09:00:00Z');
    expect(open.open).to.equal(true);
  });

  it('reads a range written through midnight as one range', () => {
    const bar: OpeningHours = { weekly: { fr: ['22:00-02:00'] }, publicHolidays: 'open' };
    const friday = state(bar, '2026-11-27T22:30:00Z'); // Friday 23:30
    expect(friday.open && friday.closesAt).to.deep.equal({ date: '2026-11-28', minutes: 120 });
    const saturday = state(bar, '2026-11-28T00:00:00Z'); // Saturday 01:00, still Friday's night
    expect(saturday.open && saturday.closesAt).to.deep.equal({ date: '2026-11-28', minutes: 120 });
    const after = state(bar, '2026-11-28T01:30:00Z'); // Saturday 02:30
    expect(after.open).to.equal(false);
    expect(!after.open && after.opensAt).to.deep.equal({ date: '2026-12-04', minutes: 22 * 60 });
    const before = state(bar, '2026-11-27T20:00:00Z'); // Friday 21:00
    expect(!before.open && before.opensAt).to.deep.equal({ date: '2026-11-27', minutes: 22 * 60 });
  });

  it('merges ranges that touch', () => {
    const s = state({ weekly: { mo: ['08:00-12:00', '12:00-18:00'] } }, '2026-11-23T09:00:00Z');
    expect(s.open && s.closesAt.minutes).to.equal(18 * 60);
  });

  it('finds the reopening after a long closure', () => {
    const works: OpeningHours = { ...townHall, exceptions: [{ from: '2026-11-01', to: '2027-01-10' }] };
    const s = state(works, '2026-11-23T09:00:00Z');
    expect(!s.open && s.opensAt).to.deep.equal({ date: '2027-01-11', minutes: 510 });
  });

  it('says nothing about reopening for a place that never opens', () => {
    const s = state({ weekly: {} }, '2026-11-23T09:00:00Z');
    expect(s.open).to.equal(false);
    expect(!s.open && s.opensAt).to.equal(undefined);
    expect(nextChange(s, { weekly: {} }, paris)).to.equal(undefined);
  });

  it('lists the coming days that differ from the regular week', () => {
    const changes = upcomingChanges(townHall, at('2026-12-20T09:00:00Z'), paris, 14);
    expect(changes.map((c) => `${c.date} ${c.reason}`)).to.deep.equal([
      '2026-12-24 exception',
      '2026-12-25 holiday',
      '2026-12-26 exception',
      '2026-12-28 exception',
      '2026-12-29 exception',
      '2026-12-30 exception',
      '2026-12-31 exception',
      '2027-01-01 holiday',
    ]);
  });

  it('refuses hours that do not parse, and keeps the rest of the channel', () => {
    const { items, warnings } = checkChannels([
      { kind: 'counter', hours: { weekly: { mo: ['8h-12h'] } } },
      { kind: 'counter', hours: { weekly: { mo: ['14:00-12:00'] } } }, // through midnight: valid
      { kind: 'counter', hours: { weekly: { xx: ['08:00-12:00'] } } },
      { kind: 'counter', hours: { weekly: { mo: ['08:00-12:00'] }, timeZone: 'Mars/Olympus' } },
      { kind: 'counter', hours: { weekly: { mo: ['08:00-24:00'] } } },
      { kind: 'counter', hours: { weekly: { mo: ['22:00-02:00'] } } },
      { kind: 'counter', hours: { weekly: { mo: ['12:00-12:00'] } } },
    ]);
    expect(items).to.have.length(7);
    expect(items.map((c) => c.hours === undefined)).to.deep.equal([true, false, false, true, false, false, true]);
    expect(warnings.join('\n'))
      .to.contain('"08:30-12:00"')
      .and.to.contain('is empty')
      .and.to.contain('is not a time zone');
  });
});
