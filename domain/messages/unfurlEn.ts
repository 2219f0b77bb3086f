/** English texts of the cards a pasted public link or the search message extension shows in Teams. */
export const unfurlEn = {
  'unfurl.openPage': 'Open the public page',
  'unfurl.preview': '{id} · {status}',
} as const;
