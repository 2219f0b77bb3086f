/** What the bot needs of the server's settings (read and checked in server/config.ts). */
export interface BotConfig {
  appId: string;
  appType: 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
  password: string;
  /** Prefixes of service URLs whose references may be stored; null in development (any). */
  serviceUrlAllowlist: string[] | null;
  /** Channels whose activities are processed: Teams alone in production; null in development (any). */
  channels: string[] | null;
}
