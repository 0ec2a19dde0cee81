import { expect } from '@open-wc/testing';
import { capturingConsole } from '../../test/harness/console.js';
import { EMAIL, badData, inProgress, waitingCitizen } from '../../test/harness/sample-requests.js';
import { RequestStatusHarness, withEmail } from './request-status.harness.js';

/** Every civic-* event of the page while `run` runs, as "type detail-as-JSON". */
async function recordingEvents<T>(run: () => Promise<T>): Promise<{ value: T; events: string[] }> {
  const events: string[] = [];
  const names = ['civic-request-submit', 'civic-load', 'civic-error'];
  const record = (e: Event) => events.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
  names.forEach((name) => document.addEventListener(name, record));
  try {
    return { value: await run(), events };
  } finally {
    names.forEach((name) => document.removeEventListener(name, record));
  }
}

describe('<civic-request-status> privacy', () => {
  it('never logs nor sends in an event the reference or the proof, whatever happens', async () => {
    const secrets = [inProgress.reference, 'EC-2026-000002', badData.reference, EMAIL, 'other@example.org'];
    const {
      value: { value: s, logged },
      events,
    } = await recordingEvents(() =>
      capturingConsole(async () => {
        const shown = await RequestStatusHarness.render(withEmail({ maxAttempts: 3 }));
        await shown.lookUp(inProgress.reference, EMAIL); // found
        await shown.lookUp(inProgress.reference, 'other@example.org'); // wrong proof
        await shown.lookUp('EC-2026-000002', EMAIL); // not found
        await shown.lookUp(badData.reference, EMAIL); // found, with fields the console is told about
        await shown.lookUp(inProgress.reference, EMAIL); // found again
        return shown;
      }),
    );
    // The capture saw the element at work: the secrets went to the backend, events were sent, the
    // console was written to.
    expect(s.lookups()).to.deep.equal([
      `getRequest:${inProgress.reference}:${EMAIL}`,
      `getRequest:${inProgress.reference}:other@example.org`,
      `getRequest:EC-2026-000002:${EMAIL}`,
      `getRequest:${badData.reference}:${EMAIL}`,
      `getRequest:${inProgress.reference}:${EMAIL}`,
    ]);
    expect(events.filter((e) => e.startsWith('civic-request-submit '))).to.have.length(5);
    expect(events.filter((e) => e.startsWith('civic-load '))).to.have.length(3);
    expect(events.filter((e) => e.startsWith('civic-error '))).to.have.length(2);
    expect(logged.join('\n'), 'the bad data was reported').to.contain('request.history[0].date');
    // …and none of what it saw holds a reference or a proof.
    const all = [...logged, ...events].join('\n');
    for (const secret of secrets) expect(all).not.to.contain(secret);
  });

  it('changes no URL without url-param', async () => {
    const before = location.href;
    const length = history.length;
    const s = await RequestStatusHarness.render({ reference: inProgress.reference, autoload: true });
    await s.until(() => !!s.$('article'), 'the request');
    await s.lookUp(waitingCitizen.reference);
    expect(s.title, 'the second request shown').to.equal("Carte nationale d'identité et passeport");
    s.$<HTMLButtonElement>('[part~=new-search]')!.click();
    await s.until(() => !s.result, 'the new search');
    expect(location.href).to.equal(before);
    expect(history.length).to.equal(length);
  });
});
