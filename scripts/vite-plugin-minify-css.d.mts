import type { Plugin } from 'vite';
export function minifyLitCss(): Plugin;
export function minifyCss(css: string): string;
