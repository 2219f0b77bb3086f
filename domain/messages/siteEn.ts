/** English messages of the public site. */
export const siteEn = {} as const;
