import type { botEn } from './botEn';

/** Les messages français de l’agent Teams et de ses cartes. */
export const botFr: Record<keyof typeof botEn, string> = {};
