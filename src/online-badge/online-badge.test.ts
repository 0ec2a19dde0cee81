import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../index.js';
import { checkEveryState } from '../../test/harness/every-state.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import { nextEvent, renderWithAdapter, settle, shadowText, until } from '../../test/harness/render.js';
import { birthCertificate, dogLicence, passport, sampleProcedures } from '../../test/harness/sample-procedures.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import type { CivicOnlineBadge } from './online-badge.js';

const badge = (id: string, extra = '') => {
  const template = document.createElement('template');
  template.innerHTML = `<civic-online-badge procedure="${id}" ${extra}></civic-online-badge>`;
  return html`${template.content.firstElementChild}`;
};
const render = (id: string, extra = '', procedures: readonly unknown[] = sampleProcedures, lang = 'fr') =>
  renderWithAdapter<CivicOnlineBadge>(badge(id, extra), memoryAdapter(procedures), { lang });

describe('<civic-online-badge>', () => {
  describe('shows each availability in words and with its own icon', () => {
    const cases: [string, string, string, string | null][] = [
      ['acte-naissance', 'Entièrement en ligne', 'full', birthCertificate.online.url!],
      ['passeport', 'En partie en ligne', 'partial', passport.online.url!],
      ['chien-categorise', 'Pas en ligne', 'none', null],
    ];
    for (const [id, text, kind, href] of cases) {
      it(`${kind}`, async () => {
        const el = await render(id);
        const base = el.shadowRoot!.querySelector('[part~=base]')!;
        expect(base.classList.contains(kind)).to.equal(true);
        expect(el.shadowRoot!.querySelector('.labels .current')!.textContent).to.equal(text);
        expect(base.getAttribute('href')).to.equal(href);
        expect(el.shadowRoot!.querySelector('[part=icon]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('with three different icon shapes', async () => {
      const shapes = await Promise.all(
        ['acte-naissance', 'passeport', 'chien-categorise'].map(
          async (id) => (await render(id)).shadowRoot!.querySelector('[part=icon]')!.innerHTML,
        ),
      );
      expect(new Set(shapes).size).to.equal(3);
    });
  });

  it('names the link after the procedure for screen readers, starting with the visible words', async () => {
    const el = await render('passeport');
    const link = el.shadowRoot!.querySelector('a')!;
    // The name as assistive technology computes it: aria-hidden parts are not read.
    const copy = link.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
    const name = copy.textContent.replace(/\s+/g, ' ').trim();
    expect(name).to.match(/^En partie en ligne/);
    expect(name).to.contain("faire la démarche en ligne : Carte nationale d'identité et passeport");
    expect(name, 'hidden labels of other states are not read').not.to.contain('Entièrement');
  });

  it('has a compact variant with short words', async () => {
    const el = await render('acte-naissance', 'variant="compact"');
    expect(el.shadowRoot!.querySelector('.current')!.textContent).to.equal('En ligne');
  });

  it('can show the status without a link', async () => {
    const el = await render('acte-naissance', 'no-link');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(shadowText(el)).to.contain('Entièrement en ligne');
  });

  it('passes axe and shows real words in every state, in French and English', async () => {
    for (const lang of ['fr', 'en']) {
      const words =
        lang === 'fr'
          ? {
              loading: /Chargement/,
              notFound: /Démarche introuvable/,
              network: /injoignable/,
              http: /indisponible/,
              invalid: /invalides/,
              missing: /Attribut « procedure » manquant/,
            }
          : {
              loading: /Loading/,
              notFound: /Procedure not found/,
              network: /cannot be reached/,
              http: /unavailable/,
              invalid: /invalid/,
              missing: /"procedure" attribute is missing/,
            };
      await checkEveryState(
        [
          {
            name: 'loading',
            template: badge('passeport'),
            procedures: sampleProcedures,
            delay: Infinity,
            shows: words.loading,
          },
          { name: 'ready', template: badge('passeport'), procedures: sampleProcedures, shows: /en ligne|online/i },
          {
            name: 'compact',
            template: badge('chien-categorise', 'variant="compact"'),
            procedures: sampleProcedures,
            shows: /Pas en ligne|Not online/,
          },
          { name: 'not found', template: badge('nope'), procedures: sampleProcedures, shows: words.notFound },
          { name: 'network', template: badge('passeport'), failWith: 'network', shows: words.network },
          { name: 'http', template: badge('passeport'), failWith: 'http', shows: words.http },
          {
            name: 'invalid',
            template: badge('bad'),
            procedures: [{ id: 'bad', title: 'x', online: { availability: 'sometimes' } }],
            shows: words.invalid,
          },
          { name: 'missing attribute', template: badge(''), shows: words.missing },
        ],
        lang,
      );
    }
  });

  it('ends a request with no answer with a time-out message', async () => {
    const el = await renderWithAdapter<CivicOnlineBadge>(
      badge('passeport'),
      memoryAdapter(sampleProcedures, { delay: Infinity }),
      { timeout: 40 },
    );
    await until(el, () => shadowText(el).includes('trop de temps'), 'the time-out message');
    expect(shadowText(el)).to.equal('Le service met trop de temps à répondre.');
  });

  it('keeps the same size while loading and once loaded: no layout shift', async () => {
    const adapter = memoryAdapter(sampleProcedures, { delay: 60 });
    for (const variant of ['default', 'compact']) {
      for (const id of ['acte-naissance', 'passeport', 'chien-categorise']) {
        const provider = await fixture(
          html`<civic-provider .adapter=${adapter}
            ><civic-online-badge procedure=${id} variant=${variant} no-link></civic-online-badge
          ></civic-provider>`,
        );
        const el = provider.firstElementChild as CivicOnlineBadge;
        await el.updateComplete;
        const loading = el.getBoundingClientRect();
        expect(el.shadowRoot!.querySelector('.loading'), 'loading').to.exist;
        await nextEvent(el, 'civic-load');
        await el.updateComplete;
        const loaded = el.getBoundingClientRect();
        expect([loaded.width, loaded.height], `${variant} ${id}`).to.deep.equal([loading.width, loading.height]);
      }
    }
  });

  describe('events', () => {
    it('sends civic-load with the procedure', async () => {
      const el = document.createElement('civic-online-badge');
      el.procedure = 'acte-naissance';
      const loaded = nextEvent<{ procedure: { id: string } }>(el, 'civic-load');
      await fixture(html`<civic-provider .adapter=${memoryAdapter(sampleProcedures)}>${el}</civic-provider>`);
      expect((await loaded).detail.procedure.id).to.equal('acte-naissance');
    });

    it('sends civic-error with a code, the shown message and the details, through shadow roots', async () => {
      const el = document.createElement('civic-online-badge');
      el.procedure = 'bad';
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const heard = nextEvent<CivicErrorDetail>(document, 'civic-error');
      const provider = document.createElement('civic-provider');
      provider.adapter = memoryAdapter([
        { id: 'bad', title: '<script>alert(1)</script>', online: { availability: 'full', url: 'javascript:alert(1)' } },
      ]);
      provider.append(el);
      root.append(provider);
      const { detail } = await heard;
      expect(detail.code).to.equal('invalid-data');
      expect(detail.message).to.equal('Les données de cette démarche sont invalides.');
      expect(detail.details).to.have.length(2);
    });

    it('codes whatever a custom adapter throws', async () => {
      const adapter = { getProcedure: () => Promise.reject(new TypeError('Failed to fetch')) };
      const el = await renderWithAdapter<CivicOnlineBadge>(badge('x'), adapter);
      expect(shadowText(el)).to.equal('Le service est injoignable pour le moment.');
    });
  });

  it('is reached with the keyboard and opens the online service with Enter', async () => {
    const before = await fixture(html`<button>before</button>`);
    const el = await render('acte-naissance');
    before.after(el.closest('civic-provider')!);
    (before as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.querySelector('a')!;
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(getComputedStyle(link).outlineStyle, 'visible focus').to.equal('solid');
    let followed = '';
    link.addEventListener('click', (e) => ((followed = link.href), e.preventDefault()));
    await sendKeys({ press: 'Enter' });
    expect(followed).to.equal(birthCertificate.online.url);
  });

  it('is not a tab stop when it is not a link', async () => {
    const el = await render('chien-categorise');
    expect(el.shadowRoot!.querySelector('a, [tabindex], button')).to.equal(null);
  });

  it('loads again when its procedure attribute changes', async () => {
    const el = await render('acte-naissance');
    el.setAttribute('procedure', 'chien-categorise');
    await settle(el);
    expect(shadowText(el)).to.contain('Pas en ligne');
  });

  describe('in a hostile host page', () => {
    const style = document.createElement('style');
    before(() => {
      style.textContent =
        'html { font-size: 62.5% } * { color: red !important; font-size: 8px; line-height: 0.5 } a { color: lime; text-decoration: none }';
      document.head.append(style);
    });
    after(() => style.remove());

    it("keeps its own colours and text size, which follows the reader's browser setting", async () => {
      const el = await render('acte-naissance');
      const label = el.shadowRoot!.querySelector('.current')!;
      const probe = document.createElement('span');
      probe.style.fontSize = 'medium';
      document.body.append(probe);
      const medium = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.closeTo(medium * 0.875, 0.1);
      expect(getComputedStyle(label).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('a')!).color).not.to.equal('rgb(0, 255, 0)');
      if (navigator.userAgent.includes('Firefox'))
        expect(medium, 'Firefox runs with a 20 px reader setting').to.equal(20);
      else expect(medium).to.equal(16);
    });

    it('lets a city set the size with --civic-font-size', async () => {
      const el = await render('acte-naissance');
      el.style.setProperty('--civic-font-size', '20px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.current')!).fontSize).to.equal('17.5px');
    });
  });

  it('takes its colours from the city theme', async () => {
    const el = await render('acte-naissance');
    el.style.setProperty('--civic-color-online', 'rgb(0, 0, 128)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=icon]')!).color).to.equal('rgb(0, 0, 128)');
  });

  it('turns dark only when the host page uses a dark colour scheme', async () => {
    const light = await render('chien-categorise');
    const lightColor = getComputedStyle(light.shadowRoot!.querySelector('.civic')!).color;
    const dark = await render('chien-categorise');
    dark.closest('civic-provider')!.parentElement!.style.colorScheme = 'dark';
    expect(getComputedStyle(dark.shadowRoot!.querySelector('.civic')!).color).not.to.equal(lightColor);
  });

  it('shows the dog licence in English for an English page', async () => {
    const el = await render('chien-categorise', '', [dogLicence], 'en');
    expect(shadowText(el)).to.contain('Not online');
  });
});

/** The relative luminance of a computed `rgb(…)` colour (WCAG 2). */
const luminance = (rgb: string): number => {
  // `rgb(…)` counts to 255, `color(srgb …)` (what color-mix() computes to) to 1.
  const scale = rgb.startsWith('color(') ? 1 : 255;
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / scale;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * The tick of the "fully online" badge and the colour of what it is drawn on: the disc under it when
 * the disc is filled, else the badge's background.
 */
const tickAndGround = async (extra = '') => {
  const el = await render('acte-naissance', extra);
  const tick = el.shadowRoot!.querySelector('[part=icon] path')!;
  const disc = getComputedStyle(el.shadowRoot!.querySelector('[part=icon] circle')!).fill;
  const ground =
    disc !== 'none' ? disc : getComputedStyle(el.shadowRoot!.querySelector('[part~=base]')!).backgroundColor;
  return { stroke: getComputedStyle(tick).stroke, ground };
};

describe('<civic-online-badge> icons on dark grounds', () => {
  // Firefox (WebDriver BiDi) cannot emulate media features: its forced-colours cases check the icon's colours instead.
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }).catch(() => undefined));

  it("stays visible on a city's own dark surface", async () => {
    const { stroke, ground } = await tickAndGround('style="--civic-color-surface: #0b0f14"');
    expect(contrast(stroke, ground), `${stroke} on ${ground}`).to.be.at.least(3);
  });

  for (const colorScheme of ['dark', 'light'] as const)
    it(`stays visible in forced colours, ${colorScheme} palette`, async () => {
      await emulateMedia({ forcedColors: 'active', colorScheme }).catch(() => undefined);
      if (!matchMedia('(forced-colors: active)').matches) {
        // Firefox cannot emulate forced colours: check what makes them work instead. The tick and
        // its ring are drawn in the text colour (which forced colours turn into a system colour),
        // never in the surface colour.
        const el = await render('acte-naissance');
        const icon = el.shadowRoot!.querySelector('[part=icon]')!;
        const color = getComputedStyle(icon).color;
        expect(getComputedStyle(icon.querySelector('path')!).stroke).to.equal(color);
        expect(['none', color]).to.include(getComputedStyle(icon.querySelector('circle')!).fill);
        return;
      }
      const { stroke, ground } = await tickAndGround();
      expect(contrast(stroke, ground), `${stroke} on ${ground}`).to.be.at.least(3);
    });
});
