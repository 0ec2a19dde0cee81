/**
 * The CDN bundle: one minified ES module with Lit inside that defines every element,
 * dist/cdn/civic-elements.js. esbuild bundles (Vite's library mode keeps whitespace in ES
 * output), then terser compresses: about 2 % smaller than esbuild alone, which the size budget
 * notices.
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';
import { minifyCss } from './minify-lit-css.mjs';

const minifyLitCssPlugin = {
  name: 'civic-minify-lit-css',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: source.replace(/\bcss`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``), loader: 'ts' };
    });
  },
};

const out = 'dist/cdn/civic-elements.js';
const bundled = await build({
  entryPoints: ['src/cdn.ts'],
  outfile: out,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minifySyntax: true,
  sourcemap: 'external',
  legalComments: 'none',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  plugins: [minifyLitCssPlugin],
  logLevel: 'warning',
  write: false,
});
const code = bundled.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = bundled.outputFiles.find((f) => f.path.endsWith('.map')).text;
const result = await minify(code, {
  module: true,
  ecma: 2022,
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  mangle: true,
  sourceMap: { content: map, url: 'civic-elements.js.map' },
  format: { comments: false },
});
await mkdir('dist/cdn', { recursive: true });
await writeFile(out, result.code);
await writeFile(`${out}.map`, result.map);
