/** English messages of the Teams bot and its cards. */
export const botEn = {} as const;
