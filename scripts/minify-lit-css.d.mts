import type { Plugin } from 'vite';
export function minifyCss(source: string): string;
export function minifyLitCss(): Plugin;
