import type { siteEn } from './siteEn';

/** Les messages français de du site public. */
export const siteFr: Record<keyof typeof siteEn, string> = {};
