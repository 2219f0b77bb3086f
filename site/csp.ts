/**
 * The pages' Content-Security-Policy. Scripts only from the site itself (the GC Design System
 * bundle and one small enhancement), never inline. The design system's web components inject
 * their shadow-DOM styles at run time, so styles allow 'unsafe-inline'; its icons come as data: URIs.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Only as an HTTP header: browsers ignore frame-ancestors in a <meta> policy. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
