/**
 * The CDN bundles: one minified ES module with Lit inside that defines every element,
 * dist/cdn/civic-elements.js, and a small one for pages that only show badges,
 * dist/cdn/online-badge.js. esbuild bundles (Vite's library mode keeps whitespace in ES
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

/**
 * One entry point, bundled with Lit. Languages other than French and the backend adapters
 * (open311, rest) are separate files (dist/cdn/chunks/) that the bundle imports only when a page
 * shows that language or names that adapter.
 */
async function bundle(entry, name) {
  const bundled = await build({
    entryPoints: { [name]: entry },
    outdir: 'dist/cdn',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
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
  await mkdir('dist/cdn/chunks', { recursive: true });
  for (const file of bundled.outputFiles.filter((f) => f.path.endsWith('.js'))) {
    const map = bundled.outputFiles.find((f) => f.path === `${file.path}.map`)?.text;
    const base = file.path.split('/').pop();
    const result = await minify(file.text, {
      module: true,
      ecma: 2022,
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      mangle: true,
      sourceMap: map ? { content: map, url: `${base}.map` } : false,
      format: { comments: false },
    });
    await writeFile(file.path, result.code);
    if (result.map) await writeFile(`${file.path}.map`, result.map);
  }
}

await bundle('src/cdn.ts', 'civic-elements');
await bundle('src/cdn-online-badge.ts', 'online-badge');
