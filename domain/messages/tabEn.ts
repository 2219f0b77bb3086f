/** English messages of the personal tab and its API. */
export const tabEn = {} as const;
