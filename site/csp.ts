/**
 * The pages' Content-Security-Policy. Scripts only from the site itself (the GC Design System
 * bundle and one small enhancement), never inline. The design system's web components inject
 * their shadow-DOM styles at run time, so styles allow 'unsafe-inline'; its icons come as data: URIs.
 * Forms may post only to the server's application endpoint, on pages that have the form.
 */
export function contentSecurityPolicyFor(formActionUrl?: string, assetsUrl?: string): string {
  // Pages the server renders take the site's assets from the site's origin.
  const self = assetsUrl ? `'self' ${new URL(assetsUrl).origin}` : "'self'";
  return [
    "default-src 'none'",
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    "connect-src 'self'",
    "base-uri 'none'",
    `form-action ${formActionUrl ? new URL(formActionUrl).origin : "'none'"}`,
  ].join('; ');
}

export const contentSecurityPolicy = contentSecurityPolicyFor();

/** Only as an HTTP header: browsers ignore frame-ancestors in a <meta> policy. */
export function contentSecurityPolicyHeaderFor(formActionUrl?: string, assetsUrl?: string): string {
  return `${contentSecurityPolicyFor(formActionUrl, assetsUrl)}; frame-ancestors 'none'`;
}

/**
 * Every public page's headers, from the server or through the front of the static website
 * (infra/azure.bicep): the CSP with frame-ancestors, no sniffing, the origin as referrer (form
 * posts need an Origin header the endpoint can check), and HTTPS only for a year.
 */
export function sitePageHeaders(
  formActionUrl?: string,
  assetsUrl?: string,
): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicyHeaderFor(formActionUrl, assetsUrl),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
  };
}
