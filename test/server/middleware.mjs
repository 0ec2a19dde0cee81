/**
 * Routes the browser tests use to meet real HTTP conditions (served by web-test-runner's dev
 * server, koa middleware):
 *   /__slow/<ms>/<path>   serves <path> after <ms> milliseconds
 *   /__status/<code>      answers with that HTTP status and a small body
 *   /test/csp/*.html      served with a strict Content-Security-Policy header
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export async function testServerMiddleware(ctx, next) {
  const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(ctx.path);
  if (slow) {
    await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    ctx.url = slow[2] + (ctx.querystring ? `?${ctx.querystring}` : '');
    return next();
  }
  const status = /^\/__status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]}`;
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
}
