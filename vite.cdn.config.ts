import { defineConfig, type UserConfig } from 'vite';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';

/**
 * The CDN bundles, one build each (CDN_ENTRY=civic-elements | online-badge): one minified ES module
 * with Lit inside. Everything a page needs at start is in that one file; what loads on demand
 * (other languages, the open311 and rest adapters, the request-tracking elements) is in
 * dist/cdn/chunks/ and imports what it shares from the bundle. Rollup's chunking keeps shared code
 * in the entry; esbuild's would split it into extra files the bundle must load first.
 */
const entries: Record<string, string> = {
  'civic-elements': 'src/cdn.ts',
  'online-badge': 'src/cdn-online-badge.ts',
};

export default defineConfig((): UserConfig => {
  const name = process.env.CDN_ENTRY ?? 'civic-elements';
  return {
    // Chunks are found relative to the bundle, wherever a city hosts it (no root-absolute paths).
    base: './',
    plugins: [minifyLitCss()],
    resolve: { conditions: ['production'] },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      // No preload helper: it would request chunks from the page's root instead of the bundle's folder.
      modulePreload: false,
      minify: 'terser',
      terserOptions: {
        module: true,
        ecma: 2020,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
        mangle: { properties: false },
        format: { comments: false },
      },
      rolldownOptions: {
        input: { [name]: entries[name] },
        // Lets the bundle export what its on-demand chunks share with it, so that shared code stays
        // inside the one file a page loads first.
        preserveEntrySignatures: 'allow-extension',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: `chunks/${name}-[name]-[hash].js` },
      },
    },
  };
});
