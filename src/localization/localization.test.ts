import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import { settle, shadowText } from '../../test/harness/render.js';
import { sampleProcedures } from '../../test/harness/sample-procedures.js';
import { closestLang } from './closest-lang.js';
import { fr, type Messages } from './locales/fr.js';
import { en } from './locales/en.js';
import { it as it_ } from './locales/it.js';
import { de } from './locales/de.js';
import { ptBR } from './locales/pt-BR.js';
import { registerLocale, supportedLanguage } from './locale-registry.js';

const adapter = memoryAdapter(sampleProcedures);

/** Every key of French exists in English with the same kind of value. */
function sameShape(a: object, b: object, path = ''): string[] {
  return Object.entries(a).flatMap(([key, value]) => {
    const other = (b as Record<string, unknown>)[key];
    if (typeof value === 'object')
      return other && typeof other === 'object'
        ? sameShape(value as object, other, `${path}${key}.`)
        : [`${path}${key}`];
    return typeof other === typeof value ? [] : [`${path}${key}`];
  });
}

describe('localisation', () => {
  it('has English, Italian, German and Brazilian Portuguese complete', () => {
    for (const messages of [en, it_, de, ptBR]) expect(sameShape(fr, messages)).to.deep.equal([]);
  });

  it('loads a language only when the page first needs it, and speaks it', async () => {
    const page = await fixture(
      html`<civic-provider .adapter=${adapter}>
        <p lang="it"><civic-online-badge procedure="acte-naissance"></civic-online-badge></p>
        <p lang="de-CH"><civic-online-badge procedure="passeport"></civic-online-badge></p>
        <p lang="pt"><civic-online-badge procedure="chien-categorise"></civic-online-badge></p>
      </civic-provider>`,
    );
    const badges = [...page.querySelectorAll('civic-online-badge')];
    for (const badge of badges) await settle(badge);
    expect(badges.map((b) => b.shadowRoot!.querySelector('.current')!.textContent)).to.deep.equal([
      it_.badge.full,
      de.badge.partial,
      ptBR.badge.none,
    ]);
  });

  it('finds the closest lang across shadow roots', async () => {
    const outer = await fixture(html`<div lang="en"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><span></span></section>';
    expect(closestLang(root.querySelector('span')!)).to.equal('en');
    root.querySelector('section')!.setAttribute('lang', 'de-CH');
    expect(closestLang(root.querySelector('span')!)).to.equal('de-CH');
  });

  it('speaks French by default and for languages it does not have', () => {
    expect(supportedLanguage('fr-CA')).to.equal('fr');
    expect(supportedLanguage('en-GB')).to.equal('en');
    expect(supportedLanguage('tlh')).to.equal('fr');
    expect(supportedLanguage('pt')).to.equal('pt-br');
    expect(supportedLanguage('de-CH')).to.equal('de');
  });

  it('lets a page mix languages', async () => {
    const page = await fixture(
      html`<civic-provider .adapter=${adapter}>
        <p lang="fr"><civic-online-badge procedure="acte-naissance"></civic-online-badge></p>
        <p lang="en"><civic-online-badge procedure="acte-naissance"></civic-online-badge></p>
      </civic-provider>`,
    );
    const [french, english] = [...page.querySelectorAll('civic-online-badge')];
    await settle(french);
    await settle(english);
    expect(shadowText(french)).to.contain('Entièrement en ligne');
    expect(shadowText(english)).to.contain('Fully online');
  });

  it('follows a change of lang above the element, and the provider lang', async () => {
    const page = await fixture(
      html`<div lang="fr">
        <civic-provider .adapter=${adapter} lang="en"
          ><civic-online-badge procedure="passeport"></civic-online-badge
        ></civic-provider>
      </div>`,
    );
    const provider = page.querySelector('civic-provider')!;
    const badge = page.querySelector('civic-online-badge')!;
    await settle(badge);
    expect(shadowText(badge)).to.contain('Partly online');
    provider.setAttribute('lang', 'fr');
    await settle(badge);
    expect(shadowText(badge)).to.contain('En partie en ligne');
    provider.removeAttribute('lang');
    page.setAttribute('lang', 'en');
    await settle(badge);
    expect(shadowText(badge)).to.contain('Partly online');
  });

  it('uses the link text of the reader language for the procedure title', async () => {
    const page = await fixture(
      html`<civic-provider .adapter=${adapter} lang="en"
        ><civic-online-badge procedure="passeport"></civic-online-badge
      ></civic-provider>`,
    );
    const badge = page.querySelector('civic-online-badge')!;
    await settle(badge);
    expect(badge.shadowRoot!.querySelector('a')!.textContent).to.contain('National identity card and passport');
  });

  it('adds a language with one registration, and elements on the page switch to it', async () => {
    const page = await fixture(
      html`<civic-provider .adapter=${adapter} lang="eo"
        ><civic-online-badge procedure="acte-naissance"></civic-online-badge
      ></civic-provider>`,
    );
    const badge = page.querySelector('civic-online-badge')!;
    await settle(badge);
    expect(shadowText(badge), 'Esperanto is unknown: French').to.contain('Entièrement en ligne');
    const eo: Messages = { ...fr, badge: { ...fr.badge, full: 'Tute rete' } };
    registerLocale('eo', eo);
    await settle(badge);
    expect(shadowText(badge)).to.contain('Tute rete');
  });

  it('keeps its strings to itself: no global the host page could clash with', () => {
    const globals = Object.keys(window).filter((k) => /civic|messages|i18n|locale/i.test(k));
    expect(globals).to.deep.equal([]);
  });
});
