import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWTPayload } from 'jose';
import { requiredScope, type TabAuthOptions } from './auth';
import { teamsClientApps, teamsClientIds } from './teamsClients';

/** Development and tests only: a local key that signs tokens shaped like Teams SSO tokens. */
export interface DevSigner {
  auth: TabAuthOptions;
  jwks: JSONWebKeySet;
  /** A token for a person; `overrides` change claims (tests use it for wrong audiences, tenants…). */
  sign(personId: string, overrides?: JWTPayload, expiresInSeconds?: number): Promise<string>;
}

export const devTenantId = '00000000-0000-0000-0000-00000000dev0';
export const devAudience = '00000000-0000-0000-0000-0000000dev01';

export async function createDevSigner(
  settings: { audience?: string; tenantId?: string; issuer?: string } = {},
): Promise<DevSigner> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const jwks: JSONWebKeySet = { keys: [jwk] };
  const audience = settings.audience ?? devAudience;
  const tenantId = settings.tenantId ?? devTenantId;
  const issuer = settings.issuer ?? `https://login.microsoftonline.com/${tenantId}/v2.0`;
  return {
    jwks,
    auth: { audience, tenantId, issuer, clientApps: teamsClientIds, keys: { kind: 'local', jwks } },
    sign: (personId, overrides = {}, expiresInSeconds = 3600) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        oid: personId,
        tid: tenantId,
        scp: requiredScope,
        azp: teamsClientApps.teamsWeb,
        ...overrides,
      })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(typeof overrides.iss === 'string' ? overrides.iss : issuer)
        .setAudience(overrides.aud ?? audience)
        .setIssuedAt(now)
        .setExpirationTime(now + expiresInSeconds)
        .sign(privateKey);
    },
  };
}
