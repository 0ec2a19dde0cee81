import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import { shadowText, until } from '../../test/harness/render.js';
import { sampleProcedures } from '../../test/harness/sample-procedures.js';

// A page of its own: no provider anywhere until the last test adds one.
describe('an element with no provider on the page', () => {
  const logged: unknown[] = [];
  const original = console.error;
  before(() => (console.error = (...args: unknown[]) => logged.push(args[0])));
  after(() => (console.error = original));

  it('says so on the page, in the console once, and with a civic-error event', async () => {
    const events: string[] = [];
    document.addEventListener('civic-error', (e) => events.push((e as CustomEvent<{ code: string }>).detail.code));
    const page = await fixture(
      html`<div>
        <civic-online-badge procedure="acte-naissance"></civic-online-badge>
        <civic-online-badge procedure="passeport"></civic-online-badge>
      </div>`,
    );
    const badges = [...page.querySelectorAll('civic-online-badge')];
    expect(badges).to.have.length(2);
    for (const badge of badges)
      await until(badge, () => shadowText(badge).includes('Aucune source de données'), 'the no-provider message');
    await until(badges[0], () => events.length === 2, 'a civic-error per element');
    expect(logged.filter((m) => String(m).includes('no <civic-provider>'))).to.have.length(1);
    expect(events).to.deep.equal(['no-provider', 'no-provider']);
    await expect(badges[0]).to.be.accessible();
  });

  it('recovers when a provider arrives later', async () => {
    const badge = await fixture(html`<civic-online-badge procedure="acte-naissance"></civic-online-badge>`);
    await until(badge, () => shadowText(badge).includes('Aucune source de données'), 'the no-provider message');
    const provider = document.createElement('civic-provider');
    provider.adapter = memoryAdapter(sampleProcedures);
    document.body.append(provider);
    await until(badge, () => shadowText(badge).includes('Entièrement en ligne'), 'the badge once served');
    provider.remove();
  });
});
