import { expect } from '@open-wc/testing';
import { expectNoLeak, words } from '../../test/harness/dom.js';
import { nextEvent } from '../../test/harness/render.js';
import { EMAIL, inProgress } from '../../test/harness/sample-requests.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import { fr } from '../localization/locales/fr.js';
import { RequestStatusHarness, withEmail, type RequestStatusOptions } from './request-status.harness.js';

describe('<civic-request-status> errors: a distinct message each, announced, the typed reference kept', () => {
  const cases: {
    name: string;
    options: RequestStatusOptions;
    reference: string;
    proof?: string;
    code: string;
    message: string;
  }[] = [
    {
      name: 'not found',
      options: {},
      reference: 'EC-2026-000001',
      code: 'not-found',
      message: fr.request.errors.notFound,
    },
    {
      name: 'wrong proof',
      options: withEmail(),
      reference: inProgress.reference,
      proof: 'someone@example.org',
      code: 'wrong-proof',
      message: fr.requestStatus.proofs.email.wrong,
    },
    {
      name: 'too many attempts',
      options: withEmail({ maxAttempts: 0 }),
      reference: inProgress.reference,
      proof: EMAIL,
      code: 'too-many-attempts',
      message: fr.request.errors.tooManyAttempts,
    },
    {
      name: 'backend down (network)',
      options: { requestFailWith: 'network' },
      reference: inProgress.reference,
      code: 'network',
      message: fr.request.errors.down,
    },
    {
      name: 'backend down (HTTP 503)',
      options: { requestFailWith: 'http' },
      reference: inProgress.reference,
      code: 'http',
      message: fr.request.errors.down,
    },
    {
      name: 'HTTP 429 read as too many attempts',
      options: { requestFailWith: 'http', status: 429 },
      reference: inProgress.reference,
      code: 'http',
      message: fr.request.errors.tooManyAttempts,
    },
    {
      // A server wanting a key even for reads: the tracker has no sign-in, so no "session expired".
      name: 'HTTP 403 read as the city refusing the lookup',
      options: { requestFailWith: 'http', status: 403 },
      reference: inProgress.reference,
      code: 'http',
      message: fr.request.errors.refused,
    },
    {
      name: 'time-out',
      options: { requestDelay: Infinity, timeout: 80 },
      reference: inProgress.reference,
      code: 'timeout',
      message: fr.request.errors.timeout,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const s = await RequestStatusHarness.render(c.options);
      const failed = nextEvent<CivicErrorDetail>(s.el, 'civic-error');
      await s.lookUp(c.reference, c.proof);
      const detail = (await failed).detail;
      expect(detail.code).to.equal(c.code);
      expect(detail.message).to.equal(c.message);
      expect(s.error).to.equal(c.message);
      expect(s.announced).to.equal(c.message);
      expect(s.referenceInput.value, 'the reference typed is still there').to.equal(c.reference);
      if (c.proof) expect(s.proofInput!.value).to.equal(c.proof);
      expect(JSON.stringify(detail), 'no reference in the event').not.to.contain(c.reference);
      expect(s.focused, 'focus did not move').to.equal(c.proof ? s.proofInput : s.referenceInput);
      expectNoLeak(s.el);
      await expect(s.el).to.be.accessible();
    });
  }

  it('blocks after too many failed attempts, and says so distinctly from a wrong proof', async () => {
    const s = await RequestStatusHarness.render(withEmail({ maxAttempts: 2 }));
    await s.lookUp(inProgress.reference, 'wrong@example.org');
    expect(s.error).to.equal(fr.requestStatus.proofs.email.wrong);
    await s.lookUp(inProgress.reference, 'wrong@example.org');
    await s.lookUp(inProgress.reference, EMAIL);
    expect(s.error).to.equal(fr.request.errors.tooManyAttempts);
  });

  it('says the site offers no tracking when the adapter cannot look requests up', async () => {
    const failed = nextEvent<CivicErrorDetail>(document, 'civic-error');
    const s = await RequestStatusHarness.render({ noLookup: true });
    expect((await failed).detail.code).to.equal('unsupported');
    expect(s.error).to.equal(fr.request.errors.unsupported);
    expect(s.$('#reference')).to.equal(null);
    expect(s.$('button'), 'nothing to retry').to.equal(null);
    await expect(s.el).to.be.accessible();
  });

  it('offers to try again when the lookup definition could not be loaded', async () => {
    const s = await RequestStatusHarness.render({ lookup: 'fails' });
    expect(s.error).to.equal(fr.request.errors.down);
    const retry = s.$<HTMLButtonElement>('button')!;
    expect(words(retry)).to.equal('Réessayer');
    await expect(s.el).to.be.accessible();
    retry.click();
    await s.until(() => s.adapter.calls.filter((c) => c === 'getRequestLookup').length === 2, 'a second try');
    await s.until(() => s.error === fr.request.errors.down, 'the message again');
  });

  it('announces a second identical error again (the live region changes in between)', async () => {
    const s = await RequestStatusHarness.render();
    const said: string[] = [];
    const region = s.$('[role=status]')!;
    new MutationObserver(() => said.push(words(region))).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await s.lookUp('EC-2026-000001');
    s.referenceInput.focus();
    await s.pressKey('Enter');
    const changes = () => said.filter((x, i) => x && x !== said[i - 1]);
    await s.until(() => changes().length >= 4, 'four announcements');
    expect(changes()).to.deep.equal([
      fr.requestStatus.searching,
      fr.request.errors.notFound,
      fr.requestStatus.searching,
      fr.request.errors.notFound,
    ]);
  });
});
