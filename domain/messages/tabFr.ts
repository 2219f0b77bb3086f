import type { tabEn } from './tabEn';

/** Les messages français de l’onglet personnel et de son API. */
export const tabFr: Record<keyof typeof tabEn, string> = {};
