import { expect } from '@open-wc/testing';
import { capturingConsole } from '../../test/harness/console.js';
import { words } from '../../test/harness/dom.js';
import { inProgress } from '../../test/harness/sample-requests.js';
import { RequestStatusHarness, withEmail } from './request-status.harness.js';

describe('<civic-request-status> the form', () => {
  it('asks for the reference, with the backend example as a hint', async () => {
    const s = await RequestStatusHarness.render();
    expect(words(s.$('[part~=heading]'))).to.equal('Suivre une demande');
    expect(s.$('[part~=heading]')!.getAttribute('aria-level')).to.equal('2');
    const input = s.referenceInput;
    expect(words(s.$('label[for=reference]'))).to.equal('Numéro de la demande');
    expect(words(s.$('#reference-hint'))).to.equal("Il figure sur l'accusé de réception, par exemple : EC-2026-004211");
    expect(input.getAttribute('aria-describedby')).to.equal('reference-hint');
    expect(input.autocomplete).to.equal('off');
    expect(input.required).to.equal(true);
    expect(s.proofInput, 'no proof asked').to.equal(null);
    expect(words(s.$('[part~=submit]'))).to.equal('Suivre ma demande');
    await expect(s.el).to.be.accessible();
  });

  it('asks for the e-mail address when the backend wants it, with the right input type', async () => {
    const s = await RequestStatusHarness.render(withEmail());
    const input = s.proofInput!;
    expect(words(s.$('label[for=proof]'))).to.equal('Adresse e-mail');
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    expect(input.getAttribute('inputmode')).to.equal('email');
    await expect(s.el).to.be.accessible();
  });

  it('asks for a postcode or a code with their own fields', async () => {
    const postcode = await RequestStatusHarness.render({ lookup: { proof: 'postcode' } });
    expect(words(postcode.$('label[for=proof]'))).to.equal('Code postal');
    expect(postcode.proofInput!.autocomplete).to.equal('postal-code');
    expect(words(postcode.$('#reference-hint')), 'no example given').to.equal("Il figure sur l'accusé de réception.");
    const code = await RequestStatusHarness.render({ lookup: { proof: 'code' } });
    expect(words(code.$('label[for=proof]'))).to.equal('Code de suivi');
    expect(code.proofInput!.autocomplete).to.equal('off');
    await expect(code.el).to.be.accessible();
  });

  it('asks no proof and checks no format with an adapter without getRequestLookup', async () => {
    const s = await RequestStatusHarness.render({ lookup: undefined });
    expect(s.proofInput).to.equal(null);
    await s.lookUp('EC-2026-004211');
    expect(s.lookups()).to.deep.equal(['getRequest:EC-2026-004211:']);
  });

  it('puts its heading at the level asked and the request title one below', async () => {
    const s = await RequestStatusHarness.render({ level: 3 });
    await s.lookUp(inProgress.reference);
    expect(s.$('[part~=heading]')!.getAttribute('aria-level')).to.equal('3');
    expect(s.$('#result-title')!.getAttribute('aria-level')).to.equal('4');
    expect(s.$('#history')!.getAttribute('aria-level')).to.equal('5');
  });
});

describe('<civic-request-status> checks before sending', () => {
  it('says the reference is missing, without asking the backend', async () => {
    const s = await RequestStatusHarness.render();
    s.referenceInput.focus();
    await s.pressKey('Enter');
    expect(words(s.$('#reference-error'))).to.equal('Saisissez le numéro de votre demande.');
    expect(s.referenceInput.getAttribute('aria-invalid')).to.equal('true');
    expect(s.referenceInput.getAttribute('aria-describedby')).to.equal('reference-hint reference-error');
    expect(s.lookups()).to.deep.equal([]);
    await expect(s.el).to.be.accessible();
  });

  it('refuses a malformed reference with the example, sends nothing and keeps what was typed', async () => {
    const s = await RequestStatusHarness.render();
    const submitted: Event[] = [];
    s.el.addEventListener('civic-request-submit', (e) => submitted.push(e));
    await s.typeInto(s.referenceInput, 'EC-26-42');
    await s.pressKey('Enter');
    expect(words(s.$('#reference-error'))).to.equal(
      "Ce numéro n'a pas la bonne forme : il doit ressembler à EC-2026-004211.",
    );
    expect(s.lookups()).to.deep.equal([]);
    expect(submitted).to.have.length(0);
    expect(s.referenceInput.value).to.equal('EC-26-42');
    expect(s.focused).to.equal(s.referenceInput);
    await expect(s.el).to.be.accessible();
    // The message goes as soon as the reference is right.
    s.referenceInput.select();
    await s.typeInto(s.referenceInput, 'EC-2026-004211');
    expect(s.$('#reference-error')).to.equal(null);
    expect(s.referenceInput.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('accepts a reference typed in lower case and with spaces around, and sends it as printed', async () => {
    const s = await RequestStatusHarness.render();
    await s.lookUp('  ec-2026-004211 ');
    expect(s.lookups()).to.deep.equal(['getRequest:EC-2026-004211:']);
    expect(words(s.$('.reference'))).to.equal('Demande n° EC-2026-004211');
  });

  it('asks for the proof and checks an e-mail address before sending', async () => {
    const s = await RequestStatusHarness.render(withEmail());
    await s.typeInto(s.referenceInput, inProgress.reference);
    await s.pressKey('Enter');
    expect(words(s.$('#proof-error'))).to.equal("Saisissez l'adresse e-mail donnée en faisant la demande.");
    expect(s.focused, 'focus on the field to fill').to.equal(s.proofInput);
    await s.typeInto(s.proofInput!, 'camille.martin');
    await s.pressKey('Enter');
    expect(words(s.$('#proof-error'))).to.equal(
      'Cette adresse e-mail est incomplète : elle doit ressembler à nom@exemple.fr.',
    );
    expect(s.proofInput!.getAttribute('aria-invalid')).to.equal('true');
    expect(s.lookups()).to.deep.equal([]);
    await expect(s.el).to.be.accessible();
  });

  it('ignores an unreadable pattern from the backend (the backend still checks)', async () => {
    const { value: s } = await capturingConsole(() =>
      RequestStatusHarness.render({ lookup: { referencePattern: '([A-Z', referenceExample: 'EC-2026-004211' } }),
    );
    await s.lookUp('anything-at-all');
    expect(s.lookups()).to.deep.equal(['getRequest:anything-at-all:']);
    expect(s.error).to.equal("Aucune demande ne correspond à ce numéro. Vérifiez-le sur l'accusé de réception.");
  });
});
