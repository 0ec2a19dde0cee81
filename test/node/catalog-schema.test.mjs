// The catalog JSON Schema (schema/catalog.schema.json): it compiles in Ajv's strict mode, the
// demo catalog passes, and typical mistakes or attacks in a city's file are refused.
// Run with: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const schema = readJson('../../schema/catalog.schema.json');
const demo = readJson('../../demo/data/catalog.json');

// Strict mode stays on: a keyword Ajv does not know, or a loose type, is an error in the schema.
let compiled;
const compile = () => (compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema));

const describeErrors = (errors) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} (${e.schemaPath})`).join('\n');

/** Validates a changed copy of the demo catalog and returns Ajv's errors. */
function errorsFor(change) {
  const copy = structuredClone(demo);
  change(copy);
  const validate = compile();
  return validate(copy) ? [] : validate.errors;
}

/** The change is refused, with an error at `path` (JSON pointer) from `keyword`. */
function assertRejected(change, path, keyword) {
  const errors = errorsFor(change);
  assert.ok(errors.length > 0, 'the changed catalog should be invalid');
  assert.ok(
    errors.some((e) => e.instancePath === path && e.keyword === keyword),
    `expected a "${keyword}" error at ${path || '/'}; got:\n${describeErrors(errors)}`,
  );
}

const firstProcedure = (catalog) => catalog.procedures[0];

test('the schema compiles in strict mode', () => {
  assert.equal(typeof compile(), 'function');
  assert.equal(schema.$id, 'https://civic-elements.example/schema/catalog-1.schema.json');
});

test('demo/data/catalog.json is valid', () => {
  const validate = compile();
  const valid = validate(demo);
  if (!valid) console.error(describeErrors(validate.errors));
  assert.ok(valid, `demo catalog is invalid:\n${describeErrors(validate.errors)}`);
});

test('refuses a catalog without "version"', () => {
  assertRejected((c) => delete c.version, '', 'required');
});

test('refuses version "2.0"', () => {
  assertRejected((c) => (c.version = '2.0'), '/version', 'pattern');
});

test('refuses a procedure without "title"', () => {
  assertRejected((c) => delete firstProcedure(c).title, '/procedures/0', 'required');
});

test('refuses online.availability "maybe"', () => {
  assertRejected((c) => (firstProcedure(c).online.availability = 'maybe'), '/procedures/0/online/availability', 'enum');
});

test('refuses online.url "javascript:alert(1)"', () => {
  const path = '/procedures/0/online/url';
  assertRejected((c) => (firstProcedure(c).online.url = 'javascript:alert(1)'), path, 'not');
  assertRejected((c) => (firstProcedure(c).online.url = 'javascript:alert(1)'), path, 'pattern');
  // Browsers drop tabs and newlines in URLs: they must not hide the scheme either.
  assertRejected((c) => (firstProcedure(c).online.url = 'java\tscript:alert(1)'), path, 'pattern');
});

test('refuses markup in a title', () => {
  const markup = 'Passport <img src=x onerror=alert(1)>';
  assertRejected((c) => (firstProcedure(c).title = markup), '/procedures/0/title', 'pattern');
  assertRejected(
    (c) => (firstProcedure(c).title = { fr: 'Passeport', en: markup }),
    '/procedures/0/title/en',
    'pattern',
  );
});

test('refuses a channel of kind "fax"', () => {
  assertRejected((c) => (firstProcedure(c).channels[0].kind = 'fax'), '/procedures/0/channels/0/kind', 'enum');
});

test('refuses the time range "8h-12h"', () => {
  assertRejected((c) => (c.offices[0].hours.weekly.mo = ['8h-12h']), '/offices/0/hours/weekly/mo/0', 'pattern');
});

test('refuses an unknown top-level property', () => {
  assertRejected((c) => (c.procedure = []), '', 'additionalProperties');
});

test('refuses a misspelt procedure property ("tittle")', () => {
  assertRejected((c) => (firstProcedure(c).tittle = firstProcedure(c).title), '/procedures/0', 'additionalProperties');
});
