import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// Run after `npm run build`: checks what each npm entry point pulls in.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every module of dist/ an entry file imports, directly or not (bare imports like lit excluded). */
function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(
      /(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']|import\s*["'](\.[^"']+)["']/g,
    )) {
      if (spec) visit(resolve(dirname(file), spec));
    }
    for (const [, spec] of source.matchAll(/import\s*["'](\.[^"']+)["']/g)) visit(resolve(dirname(file), spec));
  };
  visit(join(root, entry));
  return [...seen].map((f) => f.slice(root.length + 1));
}

const built = existsSync(join(root, 'dist', 'online-badge.js'));

test('every export of package.json exists after the build', { skip: !built && 'run npm run build first' }, () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(join(root, file)), `${name} -> ${file}`);
    }
  }
});

test('civic-elements/online-badge.js defines the badge and not the provider or the adapters', { skip: !built }, () => {
  const graph = moduleGraph('dist/online-badge.js');
  assert.ok(graph.includes('dist/online-badge/online-badge.js'));
  assert.ok(!graph.some((f) => f.includes('civic-provider') || f.includes('adapters/')), graph.join('\n'));
});

test('civic-elements/provider.js brings the static adapter and no element', { skip: !built }, () => {
  const graph = moduleGraph('dist/provider.js');
  assert.ok(graph.includes('dist/adapters/static/static-adapter.js'));
  assert.ok(!graph.some((f) => f.includes('online-badge')), graph.join('\n'));
});

test('the npm build keeps Lit external and the CDN bundle has it inside', { skip: !built }, () => {
  const badge = readFileSync(join(root, 'dist/online-badge/online-badge.js'), 'utf8');
  assert.match(badge, /from "lit"/);
  const cdn = readFileSync(join(root, 'dist/cdn/civic-elements.js'), 'utf8');
  assert.doesNotMatch(cdn, /from\s*["']lit/);
  assert.match(cdn, /civic-online-badge/);
});
