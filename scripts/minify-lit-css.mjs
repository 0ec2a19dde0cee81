/**
 * Vite plugin: minifies the CSS inside Lit's css`…` templates of our own sources (comments and
 * whitespace), which no minifier touches because it is only a string to them. Templates with
 * `${…}` interpolations are left alone.
 */
const CSS_TEMPLATE = /\bcss`([^`$]*)`/g;

export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();
}

export function minifyLitCss() {
  return {
    name: 'civic-minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
