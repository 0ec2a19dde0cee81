// What the reference server's tests share: the app on port 0 with a temporary SQLite file, calls
// to it, and Ajv checks of every answer against the OpenAPI document's own schemas. Each
// server-*.test.mjs file tests one concern. Run with: node --test test/node/
import { after } from 'node:test';
import assert from 'node:assert/strict';

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { createApp } from '../../server/app.mjs';
import { DEMO_REQUESTS } from '../../server/seed.mjs';

export const contract = JSON.parse(
  readFileSync(new URL('../../schema/rest-api.openapi.json', import.meta.url), 'utf8'),
);
export const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
export const catalog = JSON.parse(readFileSync(new URL('../../demo/data/catalog.json', import.meta.url), 'utf8'));

// ---------- the contract's schemas, compiled by Ajv in strict mode

export const SCHEMAS_ID = 'https://civic-elements.example/schema/rest-api';
/** OpenAPI's "#/components/schemas/X" as a reference into one JSON Schema document of them all. */
export const rebase = (value) =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`));
export const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema({
  $id: SCHEMAS_ID,
  $defs: JSON.parse(JSON.stringify(contract.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/')),
});
export const compiled = new Map();
export const validator = (schema) => {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) compiled.set(key, ajv.compile(rebase(schema)));
  return compiled.get(key);
};
export const component = (name) => validator({ $ref: `#/components/schemas/${name}` });

/** Follows a "#/components/…" reference of the OpenAPI document. */
export const deref = (value) =>
  value?.$ref
    ? deref(
        value.$ref
          .slice(2)
          .split('/')
          .reduce((o, k) => o[k], contract),
      )
    : value;

/** The documented response of an operation for a status (or its "5XX"). */
export function documented(path, method, status) {
  const operation = contract.paths[path]?.[method.toLowerCase()];
  assert.ok(operation, `${method} ${path} is in the contract`);
  const response = deref(operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`]);
  assert.ok(response, `${method} ${path} documents status ${status}`);
  return response;
}

export const explain = (errors) => (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('\n');

/** The answer is one the contract documents: status, body schema, headers. */
export async function assertConforms(answer, path, method) {
  const response = documented(path, method, answer.status);
  const content = response.content ?? {};
  const type = answer.headers.get('content-type')?.split(';')[0];
  if (answer.status === 304 || method === 'HEAD') {
    assert.equal(answer.body, '', 'no body');
  } else {
    assert.ok(
      content[type],
      `${method} ${path} ${answer.status}: Content-Type ${type} is documented (${Object.keys(content)})`,
    );
    const validate = validator(content[type].schema);
    assert.ok(
      validate(answer.json),
      `${method} ${path} ${answer.status} body does not match the contract:\n${explain(validate.errors)}`,
    );
  }
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const spec = deref(header);
    const value = answer.headers.get(name);
    if (spec.schema?.const) assert.equal(value, spec.schema.const, `${name} header`);
    if (spec.required || spec.schema?.const) assert.ok(value, `${name} header is present`);
  }
}

// ---------- running the app

export const temporary = mkdtempSync(join(tmpdir(), 'civic-server-test-'));
export const distDir = join(temporary, 'dist');
mkdirSync(join(distDir, 'cdn'), { recursive: true });
writeFileSync(join(distDir, 'cdn', 'civic-elements.js'), 'export const built = true;\n');
writeFileSync(join(temporary, 'secret.txt'), 'outside the served folders\n');
after(() => rmSync(temporary, { recursive: true, force: true }));

export let files = 0;
export const newDatabaseFile = () => join(temporary, `civic-${++files}.sqlite`);

/** Every line any app logged, to check that none holds a reference, a proof or a token. */
export const logLines = [];

export async function start(options = {}) {
  const app = createApp({
    databaseFile: newDatabaseFile(),
    demoDir,
    distDir,
    log: (line) => logLines.push(line),
    demo: true,
    ...options,
  });
  await app.ready;
  const server = createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    app,
    origin,
    api: `${origin}/api/civic/`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

export async function call(url, init = {}) {
  const response = await fetch(url, init);
  const body = await response.text();
  let json;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body, json };
}

export const lookup = (server, body) =>
  call(`${server.api}requests/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** A raw GET with the path exactly as written (fetch would resolve "..").  */
export function rawGet(origin, path, method = 'GET') {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

export const demo = (reference) => DEMO_REQUESTS.find((r) => r.reference === reference);
export const WAITING = demo('SA-2026-00412');

// ---------- the contract itself

/**
 * A copy of the repository's layout in a temporary folder (server/ without its data, demo/ and
 * node_modules/ linked, dist/ when `withBundle`), to run server/server.mjs as a process.
 * @param {boolean} withBundle
 */
export function serverLayout(withBundle) {
  const root = mkdtempSync(join(temporary, 'layout-'));
  cpSync(new URL('../../server/', import.meta.url), join(root, 'server'), {
    recursive: true,
    filter: (source) => !/[\\/]server[\\/]data([\\/]|$)/.test(source),
  });
  symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), join(root, 'node_modules'));
  symlinkSync(demoDir, join(root, 'demo'));
  if (withBundle) cpSync(distDir, join(root, 'dist'), { recursive: true });
  return root;
}
