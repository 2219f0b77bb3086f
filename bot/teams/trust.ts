/**
 * Which activities and conversation references the bot trusts. botbuilder sends the bot's token
 * to a reference's service URL, so a reference is stored or used only if that URL is allow-listed.
 */
export function serviceUrlTrusted(
  allowlist: readonly string[] | null,
  serviceUrl: string | undefined,
): boolean {
  if (allowlist === null) return true;
  return !!serviceUrl && allowlist.some((prefix) => serviceUrl.startsWith(prefix));
}

/** The service URL inside a stored conversation reference, if it has one. */
export function serviceUrlOf(reference: unknown): string | undefined {
  const url = (reference as { serviceUrl?: unknown } | null)?.serviceUrl;
  return typeof url === 'string' ? url : undefined;
}

/** Only Teams speaks for a person in production; null (development) accepts any channel. */
export function channelAccepted(channels: readonly string[] | null, channelId: unknown): boolean {
  return channels === null || (typeof channelId === 'string' && channels.includes(channelId));
}
