/**
 * Where a setting's value comes from in production:
 * - `infra`: infra/azure.bicep sets it on the web app (tests/infra/contract.test.ts keeps the
 *   Bicep file's app settings and this list the same);
 * - `platform`: App Service sets it itself, so infra must not;
 * - `optional`: infra leaves it unset and the default applies; an operator may set it;
 * - `devOnly`: the server refuses to start in production while it is set.
 */
export type ProductionSource = 'infra' | 'platform' | 'optional' | 'devOnly';

/** Every environment variable the server reads, documented in docs/configuration.md. */
export interface Setting {
  name: string;
  description: string;
  /** The value used when the variable is unset, if any. */
  default?: string;
  /** The server refuses to start in production without it. */
  requiredInProduction: boolean;
  production: ProductionSource;
}

export const settings: readonly Setting[] = [
  {
    name: 'NODE_ENV',
    description:
      '`production` for a deployed server; `development` or `test` (or unset) for development mode, which is refused next to any production setting (`MicrosoftAppId`, `STORAGE_ACCOUNT_URL`, `SITE_CONTAINER_URL`, `WEBSITE_SITE_NAME`). Any other value is refused.',
    default: 'development',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'HOST',
    description:
      'Address the server listens on. Development binds to loopback only, and refuses any other address.',
    default: '127.0.0.1 (development), 0.0.0.0 (production)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'PORT',
    description: 'Port the server listens on.',
    default: '3978',
    requiredInProduction: false,
    production: 'platform',
  },
  {
    name: 'WEBSITE_SITE_NAME',
    description: 'Set by App Service on every web app; read only to refuse development mode there.',
    default: '(none)',
    requiredInProduction: false,
    production: 'platform',
  },
  {
    name: 'STORAGE_CONNECTION_STRING',
    description:
      'Azure Storage (or Azurite) connection string. Set this or STORAGE_ACCOUNT_URL, not both.',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'STORAGE_ACCOUNT_URL',
    description:
      'Table endpoint of the storage account, e.g. `https://NAME.table.core.windows.net`, reached with managed identity (`DefaultAzureCredential`).',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'AZURE_CLIENT_ID',
    description:
      'Client id of the user-assigned managed identity that `DefaultAzureCredential` uses for `STORAGE_ACCOUNT_URL` and `SITE_CONTAINER_URL` (read by `@azure/identity`).',
    default: '(none)',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'TABLE_PREFIX',
    description:
      'Letters and digits put before every table name, to keep environments apart in one account.',
    default: '(none)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'AZURITE_LOCATION',
    description:
      'Development only: folder where the embedded Azurite keeps its data across restarts.',
    default: 'data/azurite',
    requiredInProduction: false,
    production: 'devOnly',
  },
  {
    name: 'AZURITE_TABLE_PORT',
    description: 'Development only: port of the embedded Azurite Table service.',
    default: '10002',
    requiredInProduction: false,
    production: 'devOnly',
  },
  {
    name: 'DEV_PEOPLE_FILE',
    description:
      'Development only: JSON file of people and roles loaded at start (the Agents Playground users).',
    default: 'config/dev-people.json',
    requiredInProduction: false,
    production: 'devOnly',
  },
  {
    name: 'MicrosoftAppId',
    description:
      "The bot's Entra ID app (client) id. Production only: development refuses it, and its bot accepts unauthenticated requests, on loopback only.",
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'MicrosoftAppType',
    description:
      '`SingleTenant` (app id + client secret) or `UserAssignedMSI` (managed identity, no secret). Multi-tenant bots can no longer be created.',
    default: 'SingleTenant',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'MicrosoftAppTenantId',
    description: 'The Entra ID tenant. Activities from any other tenant are refused.',
    default: 'the Agents Playground tenant (development)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'MicrosoftAppPassword',
    description:
      'Client secret of a SingleTenant bot. A secret: set it in the environment (App Service settings / Key Vault reference), never in a file.',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'AAD_APP_CLIENT_ID',
    description:
      'Client id of the Entra ID app the tab signs in with (Teams SSO): the audience of its tokens.',
    default: 'MicrosoftAppId',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'APP_BASE_URL',
    description:
      'Public https address of this server (the tab, the bot endpoint). Its host makes the Application ID URI `api://HOST/CLIENT_ID`, the other accepted token audience.',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'TEAMS_APP_ID',
    description:
      "The Teams app's id (the manifest's `id`, made by `atk provision`): the bot's draft card links to the tab with a Teams deep link. Unset: the link opens the tab's page at `APP_BASE_URL/tab/index.html`.",
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'PUBLIC_SITE_URL',
    description:
      'Address of the public site, used in links sent to people; its origin may post the application form (in Azure, the Front Door endpoint in front of the static website).',
    default: 'http://127.0.0.1:3978/opportunities (development)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'PROGRAM_CONTACT_EMAIL',
    description:
      "The program's e-mail address, named on the public privacy page. Production refuses to start without it, or with an example address (`example.*`, `.test`, `.invalid`).",
    default: 'micro-acquisition@example.gc.ca (development)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'FEEDBACK_ADDRESS',
    description:
      "Where the public feedback page sends people: an e-mail address (linked with a subject in the page's language) or an https:// page such as an issue tracker. Production refuses to start without it, or with an example address.",
    default: 'micro-acquisition@example.gc.ca (development)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'OCDS_OCID_PREFIX',
    description:
      'The ocid prefix the Open Contracting Partnership registered for this publisher (`ocds-` and six letters or digits), used in the public OCDS data. Without it the data carries a placeholder, fit for testing only.',
    default: 'ocds-ma4t00 (placeholder)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'BOT_SERVICE_URLS',
    description:
      'Comma-separated https prefixes of Bot Framework service URLs whose conversation references may be stored or used in production (botbuilder sends its token to the stored service URL). Production also refuses every channel but `msteams`.',
    default: 'https://smba.trafficmanager.net/',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'SITE_DIR',
    description: 'Folder the public site is published into and served from at `/opportunities/`.',
    default: 'data/site',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'SITE_CONTAINER_URL',
    description:
      "Blob container of the storage account's static website (`https://ACCOUNT.blob.core.windows.net/$web`), reached with managed identity: the public site is published there instead of into `SITE_DIR`.",
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'BACKUP_CONTAINER_URL',
    description:
      "Blob container the daily backup goes into (`https://ACCOUNT.blob.core.windows.net/backups`, with a time-based immutability policy), reached with managed identity; one server a day makes it (docs/operations.md). Unset: no daily backup. Development also takes Azurite's `http://127.0.0.1:PORT/devstoreaccount1/NAME`.",
    default: '(none)',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'SCHEDULER_INTERVAL_SECONDS',
    description: 'How often each server looks for opportunities whose closing time has come.',
    default: '60',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'QUESTION_CUTOFF_HOURS',
    description:
      "How many hours before an opportunity's closing its public page stops taking suppliers' questions (so answers can still help everyone), in whole hours from 0 to 336.",
    default: '48',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'MIN_POSTING_BUSINESS_DAYS',
    description:
      'How many business days (Eastern time, weekends and federal holidays skipped) an opportunity stays posted at least: its closing must be that long after the posting is approved, checked at submission and at posting approval; a whole number from 0 to 60.',
    default: '5',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'FUNDS_TARGET_DAYS',
    description:
      'Business days a cardholder has to approve the funds (section 32), from submission.',
    default: '2',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'POSTING_TARGET_DAYS',
    description:
      'Business days the procurement officers have to approve posting, from the funds approval.',
    default: '2',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'EVALUATION_TARGET_DAYS',
    description: 'Business days the author has to evaluate every application, from closing.',
    default: '5',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'AWARD_TARGET_DAYS',
    description:
      'Business days from closing to the award (a held award waits for the procurement officers); not less than `EVALUATION_TARGET_DAYS`.',
    default: '7',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'ACCEPTANCE_TARGET_DAYS',
    description:
      "Business days the author has to accept delivered work (section 34), from delivery. Delivery itself is due by the opportunity's delivery date.",
    default: '5',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'PAYMENT_TARGET_DAYS',
    description:
      'Business days the cardholder has to record the payment, from the acceptance (the pilot promised fast payment).',
    default: '5',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'QUESTION_TARGET_DAYS',
    description:
      "Business days the author has to answer or decline a supplier's question, from when it was asked.",
    default: '2',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'REMINDER_INTERVAL_DAYS',
    description:
      'Once a step is past its target, whoever it waits for is reminded in Teams at most this often, in business days (see docs/reminders.md).',
    default: '2',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'REMINDER_ESCALATE_AFTER',
    description:
      'After this many reminders of one overdue step, the next one also tells the managers and, for an approval, the procurement officers who may act on it (once per wait).',
    default: '3',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'APPLICANT_RETENTION_DAYS',
    description:
      "Days after an opportunity ends (paid, cancelled or rejected) when its applicants' names, business names and e-mails, its askers' e-mails and the e-mails sent to them are deleted by a daily audited job. The privacy page states it. A whole number from 1 to 3650.",
    default: '730',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'TRUSTED_PROXY_HOPS',
    description:
      'How many proxies in front of the server append the client address to `X-Forwarded-For` (App Service: 1). The public application form is rate-limited per client address: the entry this many from the right. 0 uses the connection itself.',
    default: '0',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'SELF_SERVICE_ROLES',
    description:
      'Comma-separated roles every person of the tenant gets when they first open the app (a message to the bot, an install or the tab): `client`, `cardholder`, `procurement` or `manager`, never `admin`. Set and empty: nobody gets a role until an admin gives one. The same default in development, where the people of `DEV_PEOPLE_FILE` keep the roles the file gives them.',
    default: 'client',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'BOOTSTRAP_ADMINS',
    description:
      'Comma-separated Entra object ids or user principal names of the first admins: each gets `admin` once, as an audited event, at their first contact that matches (by object id from the bot or the tab; by user principal name once the tab has seen it, since a Teams message does not carry it). Nobody else becomes admin from configuration.',
    default: '(none)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'NOTIFY_API_KEY',
    description:
      'GC Notify API key (`name-serviceId-secret`, as GC Notify shows it once). A secret: set it in the environment (App Service settings / Key Vault reference), never in a file. Unset: development writes each notice as a JSON file into `OUTBOX_DIR`; production keeps notices queued, unsent, warns at start and says so in the tab.',
    default: '(none)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'NOTIFY_BASE_URL',
    description:
      "GC Notify's API address. Plain http only to loopback (a local Notify-compatible server).",
    default: 'https://api.notification.canada.ca',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'NOTIFY_TEMPLATE_EN',
    description:
      'Id of the English GC Notify e-mail template whose subject is `((subject))` and body `((body))` (see "E-mail through GC Notify"). Required with `NOTIFY_API_KEY`.',
    default: '(none)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'NOTIFY_TEMPLATE_FR',
    description:
      'Id of the French GC Notify e-mail template, made like the English one. Required with `NOTIFY_API_KEY`.',
    default: '(none)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'NOTIFY_RATE_PER_MINUTE',
    description:
      "At most this many notices a minute are sent, all servers together (GC Notify's limit per service).",
    default: '1000',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'NOTIFY_CALLBACK_TOKEN',
    description:
      "Bearer token GC Notify sends with its delivery-status callbacks (the service's callback settings). A secret, at least 32 characters. Unset: the callback endpoint is off.",
    default: '(none)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'OUTBOX_DIR',
    description:
      'Development only (no `NOTIFY_API_KEY`): folder where each notice is written as a JSON file instead of being e-mailed.',
    default: 'data/outbox',
    requiredInProduction: false,
    production: 'devOnly',
  },
  {
    name: 'LOG_LEVEL',
    description:
      'Least severe log level written: `trace`, `debug`, `info`, `warn`, `error` or `fatal`.',
    default: 'info',
    requiredInProduction: false,
    production: 'optional',
  },
];
