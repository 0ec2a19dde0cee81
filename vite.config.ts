import { defineConfig, type UserConfig } from 'vite';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';

/**
 * The npm build (run `tsc -p tsconfig.json` first for dist/types): dist/**.js, ES modules, one file
 * per source module, Lit external, so an npm consumer's bundler shares one Lit and keeps only the
 * entries it imports. The CDN bundles are built by vite.cdn.config.ts.
 */
export const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  provider: 'src/provider/define.ts',
  'online-badge': 'src/online-badge/define.ts',
  channels: 'src/channels/define.ts',
  info: 'src/info/define.ts',
  related: 'src/related/define.ts',
  'request-status': 'src/request-status/define.ts',
  'request-list': 'src/request-list/define.ts',
  catalog: 'src/catalog/define.ts',
  open311: 'src/adapters/open311/register.ts',
  rest: 'src/adapters/rest/register.ts',
  localization: 'src/localization/public.ts',
};

export default defineConfig((): UserConfig => {
  return {
    plugins: [minifyLitCss()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false, // keep dist/types (tsc) and the other build's output
      sourcemap: true,
      minify: false, // readable; the consumer's bundler minifies
      lib: { entry: npmEntries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
