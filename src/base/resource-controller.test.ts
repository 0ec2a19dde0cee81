import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent, settle } from '../../test/harness/render.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import '../provider/define.js';
import { CivicError } from '../core/civic-error.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import { CivicElement } from './civic-element.js';
import { loadEach, ResourceController } from './resource-controller.js';

/** A load the test answers by hand, with the signal it was given. */
interface Pending {
  args: string;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

class ResourceHost extends CivicElement {
  static override properties = { key: {} };
  key?: string;
  quiet = false;
  loads: Pending[] = [];
  failures: string[] = [];
  readonly data = new ResourceController<string>(this, () => this.provider.value, {
    args: () => (this.key === 'bad' ? new CivicError('missing-attribute', 'key') : this.key),
    load: (_store, args, signal) =>
      new Promise<string>((resolve, reject) => this.loads.push({ args, signal, resolve, reject })),
    loaded: (value) => ({ value }),
    failed: (error) => this.failures.push(error.code),
  });
}
customElements.define('test-resource-host', ResourceHost);

async function host(key?: string): Promise<ResourceHost> {
  const provider = await fixture<CivicProvider>(
    html`<civic-provider .adapter=${memoryAdapter([])}
      ><test-resource-host .key=${key}></test-resource-host
    ></civic-provider>`,
  );
  const el = provider.querySelector<ResourceHost>('test-resource-host')!;
  await settle(el);
  return el;
}

describe('ResourceController', () => {
  it('loads what args asks once, and sends civic-load once with the detail', async () => {
    const el = await host('a');
    expect(el.loads.map((l) => l.args)).to.deep.equal(['a']);
    const loaded = nextEvent<{ value: string }>(el, 'civic-load');
    el.loads[0].resolve('A');
    expect((await loaded).detail).to.deep.equal({ value: 'A' });
    await settle(el);
    expect(el.data.state).to.deep.equal({ status: 'ready', value: 'A' });
    el.requestUpdate();
    await settle(el);
    expect(el.loads, 'a re-render is no new load').to.have.length(1);
  });

  it('is idle with nothing to load, and aborts what is no longer asked', async () => {
    const el = await host();
    expect(el.data.state.status).to.equal('idle');
    expect(el.loads).to.have.length(0);
    el.key = 'a';
    await settle(el);
    expect(el.data.state.status).to.equal('loading');
    el.key = 'b';
    await settle(el);
    expect(el.loads.map((l) => [l.args, l.signal.aborted])).to.deep.equal([
      ['a', true],
      ['b', false],
    ]);
    el.loads[0].resolve('late A');
    el.loads[1].resolve('B');
    await settle(el);
    expect(el.data.value, 'the late answer of what is no longer asked is ignored').to.equal('B');
  });

  it('says each failure once, and loads again on reload()', async () => {
    const el = await host('a');
    const errors: string[] = [];
    el.addEventListener('civic-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    el.loads[0].reject(new CivicError('network', 'down'));
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(errors).to.deep.equal(['network']);
    expect(el.failures).to.deep.equal(['network']);
    el.data.reload();
    await settle(el);
    expect(el.loads.map((l) => l.args)).to.deep.equal(['a', 'a']);
    expect(el.data.state.status).to.equal('loading');
    el.loads[1].resolve('A');
    await settle(el);
    expect(el.data.value).to.equal('A');
  });

  it('fails without loading when the attributes do not allow a load, and says it once', async () => {
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('civic-error', listener);
    try {
      const el = await host('bad');
      el.requestUpdate();
      await settle(el);
      expect(el.loads).to.have.length(0);
      expect(errors).to.deep.equal(['missing-attribute']);
    } finally {
      document.removeEventListener('civic-error', listener);
    }
  });

  it('aborts a load on its way when the element leaves the page, and asks again when it comes back', async () => {
    const el = await host('a');
    const provider = el.parentElement!;
    el.remove();
    expect(el.loads[0].signal.aborted).to.equal(true);
    provider.append(el);
    await settle(el);
    expect(el.loads.map((l) => l.args)).to.deep.equal(['a', 'a']);
    el.loads[1].resolve('A');
    await settle(el);
    el.remove();
    provider.append(el);
    await settle(el);
    expect(el.loads, 'what is shown stays shown').to.have.length(2);
    expect(el.data.value).to.equal('A');
  });
});

describe('loadEach', () => {
  it('maps each id to its value or its error, one failure leaving the others', async () => {
    const result = await loadEach(['a', 'b'], async (id) => {
      if (id === 'b') throw new CivicError('not-found', 'no b');
      return id.toUpperCase();
    });
    expect(result.get('a')).to.equal('A');
    expect((result.get('b') as CivicError).code).to.equal('not-found');
  });

  it('is aborted as a whole when a load is aborted', async () => {
    const aborted = loadEach(['a'], () => Promise.reject(new DOMException('Aborted', 'AbortError')));
    let thrown: unknown;
    await aborted.catch((error: unknown) => (thrown = error));
    expect((thrown as DOMException).name).to.equal('AbortError');
  });
});
