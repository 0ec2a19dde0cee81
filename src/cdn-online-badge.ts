/**
 * The small CDN bundle for theme pages that only show "available online" badges: Lit, the
 * provider with the static adapter, and <civic-online-badge>.
 */
export * from './provider/define.js';
export * from './online-badge/define.js';
