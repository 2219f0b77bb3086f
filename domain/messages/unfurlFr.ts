import type { unfurlEn } from './unfurlEn';

/** Textes français des cartes d’un lien public collé dans Teams ou de l’extension de recherche. */
export const unfurlFr: Record<keyof typeof unfurlEn, string> = {
  'unfurl.openPage': 'Ouvrir la page publique',
  'unfurl.preview': '{id} · {status}',
};
