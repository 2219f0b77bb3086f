/**
 * Teams hosts only (Teams tab requirements: teams.microsoft.com, *.teams.microsoft.com, and the
 * *.cloud.microsoft and *.office.com hosts Teams web is moving to); nobody else may frame the tab.
 */
export const teamsFrameAncestors = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
];

/** The tab page: own scripts only; Fluent UI (Griffel) inserts style elements, hence inline styles. */
export const tabCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${teamsFrameAncestors.join(' ')}`,
].join('; ');

/** JSON answers are never rendered, so nothing may load from them. */
export const apiCsp = `default-src 'none'; frame-ancestors ${teamsFrameAncestors.join(' ')}`;

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'cross-origin-resource-policy': 'same-origin',
  };
}
