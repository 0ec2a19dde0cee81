// The reference server: the contract (schema/rest-api.openapi.json).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { contract, catalog, validator, component, deref, explain } from './server-harness.mjs';

describe('the contract (schema/rest-api.openapi.json)', () => {
  test('is OpenAPI 3.1 with the six operations', () => {
    assert.equal(contract.openapi, '3.1.0');
    const operations = Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    assert.deepEqual(
      operations.sort(),
      [
        'GET /city',
        'GET /me/requests',
        'GET /procedures',
        'GET /procedures/{id}',
        'GET /request-lookup',
        'POST /requests/lookup',
      ].sort(),
    );
  });

  test('its schemas compile in strict mode, the model ones included', () => {
    for (const name of [
      'Procedure',
      'Channel',
      'Contact',
      'Office',
      'OpeningHours',
      'City',
      'ServiceRequest',
      'RequestEvent',
      'RequestState',
      'LocalizedText',
      'RequestLookup',
      'Problem',
    ]) {
      assert.equal(typeof component(name), 'function', name);
    }
  });

  test('every operation has examples, and every example matches its schema', () => {
    let checked = 0;
    for (const [path, item] of Object.entries(contract.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const contents = [
          operation.requestBody?.content,
          ...Object.values(operation.responses).map((r) => deref(r).content),
        ].filter(Boolean);
        const examples = contents.flatMap((content) =>
          Object.values(content).flatMap((media) =>
            Object.entries(media.examples ?? {}).map(([name, ex]) => ({ name, value: ex.value, schema: media.schema })),
          ),
        );
        assert.ok(examples.length >= 2, `${method} ${path} has examples`);
        for (const { name, value, schema } of examples) {
          const validate = validator(schema);
          assert.ok(validate(value), `${method} ${path} example "${name}":\n${explain(validate.errors)}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 15);
  });

  test('every procedure of the demo catalog, offices written in place, is a contract Procedure', () => {
    const offices = new Map(catalog.offices.map((o) => [o.id, o]));
    const resolve = (w) => (typeof w.office === 'string' ? { ...w, office: offices.get(w.office) } : w);
    const validate = component('Procedure');
    for (const p of catalog.procedures) {
      const served = { ...p, channels: p.channels.map(resolve), information: p.information.map(resolve) };
      assert.ok(validate(served), `${p.id}:\n${explain(validate.errors)}`);
    }
  });

  test('refuses what the model does not allow', () => {
    const request = component('ServiceRequest');
    assert.equal(request({ reference: 'X', state: 'lost', history: [] }), false, 'unknown state');
    assert.equal(request({ reference: 'X', state: 'done' }), false, 'history is required');
    assert.equal(
      request({ reference: 'X', state: 'done', history: [{ date: '12/03/2026' }] }),
      false,
      'dates are ISO 8601',
    );
    assert.equal(
      component('Procedure')({ id: 'x', title: 'X', online: { availability: 'full' } }),
      false,
      'lists are required',
    );
    const problem = {
      type: 'urn:civic-elements:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'No such procedure',
      code: 'not-found',
    };
    assert.equal(component('Problem')(problem), true, 'a problem details object');
    assert.equal(component('Problem')({ ...problem, code: 'oops' }), false, 'codes are CivicError codes');
    assert.equal(component('Problem')({ code: 'not-found', message: 'x' }), false, 'type, title, status and detail');
    assert.equal(component('Problem')({ ...problem, status: 200 }), false, 'a problem has an error status');
  });
});

// ---------- the API
