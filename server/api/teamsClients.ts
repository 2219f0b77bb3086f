/**
 * The Microsoft client applications that obtain tab SSO tokens for the signed-in person: a token's
 * `azp` (v2) or `appid` (v1) must be one of them, so a token some other app obtained for our API
 * is refused. From Microsoft's "Configure your tab app in Microsoft Entra ID", section "To configure
 * authorized client application" (docs/deploy.md cites it). infra/aad.manifest.json pre-authorizes
 * the same list.
 */
export const teamsClientApps = {
  teamsDesktopAndMobile: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  teamsWeb: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  microsoft365Web: '4765445b-32c6-49b0-83e6-1d93765276ca',
  microsoft365Desktop: '0ec893e0-5785-4de6-99da-4ed124e5296c',
  // The same id serves the Microsoft 365 mobile app and Outlook desktop.
  microsoft365MobileAndOutlookDesktop: 'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  outlookWeb: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
  outlookMobile: '27922004-5251-4030-b22d-91ecd9a37ea4',
} as const;

export const teamsClientIds: readonly string[] = Object.values(teamsClientApps);
