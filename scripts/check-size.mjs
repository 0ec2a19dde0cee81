/**
 * Size budgets (size-budgets.json, gzipped bytes), checked by `npm run size` and in CI:
 * - CDN files exactly as shipped (languages other than French are separate files);
 * - each npm entry point's own cost: bundled and minified like an app bundler would, Lit left out
 *   (a peer dependency the app shares) and the on-demand languages left out.
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifyCss } from './minify-lit-css.mjs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
let failed = false;

function report(name, size, limit, where = '') {
  const ok = size <= limit;
  failed ||= !ok;
  console.log(
    `${ok ? '✔' : '✖'} ${kB(size).padStart(9)} / ${kB(limit).padStart(9)}  ${name}${where ? `  (${where})` : ''}`,
  );
}

console.log('CDN files, gzipped as shipped:');
for (const { name, file, limit } of budgets.cdn) {
  const pattern = new RegExp(`^${basename(file).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  const files = readdirSync(dirname(file)).filter((f) => pattern.test(f));
  if (!files.length) {
    console.error(`✖ no file matches ${file}: run npm run build`);
    failed = true;
  }
  for (const f of files) report(name, gzip(readFileSync(join(dirname(file), f))), limit, f);
}

const leaveOut = {
  name: 'leave-out-lit-and-languages',
  setup(b) {
    // The npm build minifies the CSS of css`` templates too (vite.config.ts).
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/\bcss`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``),
      loader: 'ts',
    }));
    b.onResolve({ filter: /^(lit|@lit\/)/ }, (args) => ({ path: args.path, external: true }));
    // Languages and backend adapters are loaded on demand: not part of an entry's own cost.
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};
console.log('\nnpm entry points, minified + gzipped, Lit and on-demand languages left out:');
for (const { name, entry, limit } of budgets.npm) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    plugins: [leaveOut],
    logLevel: 'error',
  });
  report(name, gzip(result.outputFiles[0].contents), limit);
}

if (failed) {
  console.error('\nA size budget is exceeded.');
  process.exit(1);
}
