import type { IncomingMessage } from 'node:http';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';

/** How tab tokens are checked: the same code for Entra ID in production and the local key in development. */
export interface TabAuthOptions {
  /** The tab's Entra app: its client id, and its Application ID URI if Teams sends v1 tokens. */
  audience: string | string[];
  /** The only tenant whose people may call the API (`tid`). */
  tenantId: string;
  /** e.g. `https://login.microsoftonline.com/{tenant}/v2.0`. */
  issuer: string | string[];
  /** Client apps whose tokens are accepted (`azp` / `appid`): Teams and Microsoft 365 (teamsClients.ts). */
  clientApps: readonly string[];
  /** Entra ID's published keys (production) or the development signing key's set. */
  keys: { kind: 'remote'; url: string } | { kind: 'local'; jwks: JSONWebKeySet };
}

/** The scope Teams SSO asks for (`api://…/access_as_user`). */
export const requiredScope = 'access_as_user';

export type Verified =
  | {
      ok: true;
      personId: string;
      /** The token's `name`, and its `preferred_username` (v2) or `upn` (v1): the person's UPN. */
      name?: string;
      userPrincipalName?: string;
    }
  | {
      ok: false;
      reason:
        'missingToken' | 'expired' | 'invalidToken' | 'wrongTenant' | 'wrongScope' | 'wrongClient';
    };

export type TokenVerifier = (req: IncomingMessage) => Promise<Verified>;

export function createVerifier(options: TabAuthOptions): TokenVerifier {
  const getKey: JWTVerifyGetKey =
    options.keys.kind === 'remote'
      ? createRemoteJWKSet(new URL(options.keys.url))
      : createLocalJWKSet(options.keys.jwks);
  return async (req) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
    if (!match) return { ok: false, reason: 'missingToken' };
    try {
      const { payload } = await jwtVerify(match[1]!, getKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'oid', 'tid'],
        clockTolerance: 60,
      });
      if (payload.tid !== options.tenantId) return { ok: false, reason: 'wrongTenant' };
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(requiredScope)) return { ok: false, reason: 'wrongScope' };
      // v2 tokens name the client app in azp, v1 tokens in appid.
      const client = payload.azp ?? payload.appid;
      if (typeof client !== 'string' || !options.clientApps.includes(client))
        return { ok: false, reason: 'wrongClient' };
      if (typeof payload.oid !== 'string' || !payload.oid)
        return { ok: false, reason: 'invalidToken' };
      const upn = payload.preferred_username ?? payload.upn;
      return {
        ok: true,
        personId: payload.oid,
        ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
        ...(typeof upn === 'string' ? { userPrincipalName: upn } : {}),
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalidToken' };
      throw error;
    }
  };
}
