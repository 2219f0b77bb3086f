import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';

/**
 * `npm run package`: fills the manifest's placeholders from the environment, validates the
 * manifest and its French localisation against the official schemas shipped in
 * @microsoft/app-manifest (offline), and writes the zip to upload in Teams.
 */
const schemaDir = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams/v1.24',
);
const files = ['manifest.json', 'fr-ca.json', 'color.png', 'outline.png'] as const;

export interface PackageValues {
  TEAMS_APP_ID: string;
  BOT_ID: string;
  AAD_APP_CLIENT_ID: string;
  /** The server's public https address (the bot endpoint and the tab live there). */
  APP_BASE_URL: string;
  PUBLIC_SITE_URL: string;
  APP_VERSION: string;
}

export function valuesFromEnvironment(env: Readonly<Record<string, string | undefined>>): {
  values?: PackageValues;
  missing: string[];
} {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const wanted = {
    TEAMS_APP_ID: env.TEAMS_APP_ID,
    BOT_ID: env.MicrosoftAppId,
    AAD_APP_CLIENT_ID: env.AAD_APP_CLIENT_ID || env.MicrosoftAppId,
    APP_BASE_URL: env.APP_BASE_URL,
    PUBLIC_SITE_URL: env.PUBLIC_SITE_URL,
    APP_VERSION: version,
  };
  const missing = Object.entries(wanted)
    .filter(([, v]) => !v)
    .map(([k]) => (k === 'BOT_ID' ? 'MicrosoftAppId' : k));
  return missing.length ? { missing } : { values: wanted as PackageValues, missing };
}

function fill(template: string, values: PackageValues): { text: string; unfilled: string[] } {
  const domain = new URL(values.APP_BASE_URL).host;
  const all: Record<string, string> = {
    ...values,
    APP_DOMAIN: domain,
    // Links to the public site unfurl in Teams (the manifest's messageHandlers).
    PUBLIC_SITE_DOMAIN: new URL(values.PUBLIC_SITE_URL).host,
    PUBLIC_SITE_URL: values.PUBLIC_SITE_URL.replace(/\/+$/, ''),
    APP_BASE_URL: values.APP_BASE_URL.replace(/\/+$/, ''),
  };
  const unfilled: string[] = [];
  const text = template.replace(/\$\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in all)) unfilled.push(name);
    return JSON.stringify(all[name] ?? whole).slice(1, -1);
  });
  return { text, unfilled };
}

function schemaErrors(document: unknown, schema: object): string[] {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(document)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}

/** Builds the package; returns the problems found, and writes the zip only when there are none. */
export async function buildAppPackage(
  values: PackageValues,
  sourceDir: string,
  outFile: string,
): Promise<string[]> {
  const manifest = fill(readFileSync(join(sourceDir, 'manifest.json'), 'utf8'), values);
  const problems = manifest.unfilled.map((name) => `manifest.json: no value for \${{${name}}}`);
  const schema = JSON.parse(readFileSync(join(schemaDir, 'MicrosoftTeams.schema.json'), 'utf8'));
  const localisationSchema = JSON.parse(
    readFileSync(join(schemaDir, 'MicrosoftTeams.Localization.schema.json'), 'utf8'),
  );
  const parsed = JSON.parse(manifest.text);
  problems.push(...schemaErrors(parsed, schema).map((e) => `manifest.json: ${e}`));
  const french = JSON.parse(readFileSync(join(sourceDir, 'fr-ca.json'), 'utf8'));
  problems.push(...schemaErrors(french, localisationSchema).map((e) => `fr-ca.json: ${e}`));
  if (problems.length) return problems;

  const zip = new JSZip();
  for (const file of files)
    zip.file(file, file === 'manifest.json' ? manifest.text : readFileSync(join(sourceDir, file)));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return [];
}

async function main(): Promise<void> {
  const { values, missing } = valuesFromEnvironment(process.env);
  if (!values) {
    console.error(
      `Set ${missing.join(', ')} to build the Teams app package (see docs/configuration.md, "Teams app package").`,
    );
    process.exit(1);
  }
  const out = 'appPackage/build/micro-acquisition.zip';
  const problems = await buildAppPackage(values, 'appPackage', out);
  if (problems.length) {
    console.error(`The manifest is not valid:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`Wrote ${out}: upload it in Teams (Apps → Manage your apps → Upload an app).`);
}

if (require.main === module) void main();
