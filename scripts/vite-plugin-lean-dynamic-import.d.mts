import type { Plugin } from 'vite';
export declare function leanDynamicImport(): Plugin;
