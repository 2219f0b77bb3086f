import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { buildDeploy } from '../../scripts/buildDeploy';
import { buildServer } from '../../scripts/buildServer';
import { settings } from '../../server/settings';
import { freePort } from '../../storage/azurite';
import { literal, propertiesOf, readBicep } from './bicep';

/**
 * The production run path: `npm run build:deploy` output, copied nowhere near the repository, run
 * with the web app's own start command (read from infra/azure.bicep) and plain node.
 */
const repo = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'bundle-'));
const running = new Set<ChildProcess>();
// A failed expectation must not leave a server running (it would keep jest from exiting).
afterEach(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const site = readBicep('infra/azure.bicep').resources.find(
  (r) => r.type === 'Microsoft.Web/sites',
)!;
const startCommand = literal(propertiesOf(site.body, 'siteConfig').get('appCommandLine')!)!;

function run(cwd: string, env: Record<string, string>) {
  const [command, ...args] = startCommand.split(' ');
  expect(command).toBe('node');
  // A clean environment: only what App Service would give, plus PATH.
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    exit,
    output: () => output,
    async printed(text: string) {
      for (const deadline = Date.now() + 30_000; !output.includes(text);) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`never printed "${text}":\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop(signal: NodeJS.Signals) {
      child.kill(signal);
      return exit;
    },
  };
}

async function until(check: () => boolean): Promise<boolean> {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

const azurite = () => process.env.TEST_STORAGE_CONNECTION_STRING!;
const prefix = () => `b${randomBytes(5).toString('hex')}`;

describe('the deployable app (npm run build:deploy)', () => {
  let app: string;
  beforeAll(async () => {
    ({ outdir: app } = await buildDeploy(join(work, 'app')));
  }, 120_000);

  test('holds the bundle, the production tab and the public site files, and its zip the same', async () => {
    for (const file of [
      'dist/server.js',
      'tab/dist/index.html',
      'tab/dist/main.js',
      'site/content/en/about.md',
      'site/assets/site.css',
      'node_modules/@cdssnc/gcds-components/dist/gcds/gcds.css',
    ])
      expect({ file, exists: existsSync(join(app, file)) }).toEqual({ file, exists: true });
    expect(readFileSync(join(app, 'tab/dist/main.js'), 'utf8')).not.toContain('sourceMappingURL');
    const zip = await JSZip.loadAsync(readFileSync(`${app}.zip`));
    expect(zip.file('dist/server.js')).not.toBeNull();
    expect(zip.file('tab/dist/index.html')).not.toBeNull();
  });

  const required = settings
    .filter((s) => s.requiredInProduction && s.name !== 'NODE_ENV')
    .map((s) => s.name);

  test('in production without its settings it refuses to start and names each one', async () => {
    const server = run(app, { NODE_ENV: 'production' });
    expect(await server.exit).toBe(1);
    for (const name of ['STORAGE_ACCOUNT_URL', ...required])
      expect(server.output()).toContain(name);
  });

  const production = (port: number, siteDir: string) => ({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    STORAGE_CONNECTION_STRING: azurite(),
    TABLE_PREFIX: prefix(),
    MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
    AAD_APP_CLIENT_ID: '22222222-3333-4444-5555-666666666666',
    APP_BASE_URL: 'https://microacq-x7.azurewebsites.net',
    BOOTSTRAP_ADMINS: '77777777-8888-9999-0000-111111111111',
    PROGRAM_CONTACT_EMAIL: 'micro-acquisition@esdc-edsc.gc.ca',
    FEEDBACK_ADDRESS: 'micro-acquisition@esdc-edsc.gc.ca',
    PUBLIC_SITE_URL: 'https://microacqx7.z9.web.core.windows.net',
    SITE_DIR: siteDir,
    LOG_LEVEL: 'warn',
  });

  test('with contradictory settings it refuses to start and names them', async () => {
    const env = {
      ...production(await freePort(), join(work, 'unused')),
      STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net',
    };
    const server = run(app, env);
    expect(await server.exit).toBe(1);
    expect(server.output()).toMatch(/STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, not both/);
  });

  test('in production it serves health, the tab and the public site, and stops on SIGTERM', async () => {
    const port = await freePort();
    const siteDir = join(work, 'published');
    const server = run(app, production(port, siteDir));
    await server.printed('Press Ctrl-C to stop.');
    const url = `http://127.0.0.1:${port}`;
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const tab = await fetch(`${url}/tab/`);
    expect(tab.status).toBe(200);
    expect(await tab.text()).toContain('src="main.js"');
    expect((await fetch(`${url}/tab/main.js`)).status).toBe(200);
    // Published at start, with the design system's files copied from the deployed node_modules.
    // The files of one publication are written side by side: wait for both, not one then the other.
    const published = ['assets/gcds/gcds.css', 'en/index.html'].map((f) => join(siteDir, f));
    expect(await until(() => published.every((file) => existsSync(file)))).toBe(true);
    // App Service stops an instance with SIGTERM.
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('Stopped.');
  }, 60_000);
});

describe('the bundle in development (node dist/server.js)', () => {
  test('builds the tab at start through the dynamic import, with esbuild from node_modules', async () => {
    // A tree shaped like the repository, so that the development tab build does not touch tab/dist.
    const tree = join(work, 'dev');
    mkdirSync(join(tree, 'tab'), { recursive: true });
    symlinkSync(join(repo, 'tab/src'), join(tree, 'tab/src'));
    symlinkSync(join(repo, 'site'), join(tree, 'site'));
    symlinkSync(join(repo, 'node_modules'), join(tree, 'node_modules'));
    await buildServer(tree);
    const port = await freePort();
    const server = run(tree, {
      PORT: String(port),
      STORAGE_CONNECTION_STRING: azurite(),
      TABLE_PREFIX: prefix(),
      DEV_PEOPLE_FILE: join(repo, 'config/dev-people.json'),
      SITE_DIR: join(tree, 'published'),
      LOG_LEVEL: 'warn',
    });
    await server.printed('Press Ctrl-C to stop.');
    expect(server.output()).toContain('(development)');
    expect(existsSync(join(tree, 'tab/dist/main.js'))).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/tab/main.js`)).status).toBe(200);
    expect(await server.stop('SIGINT')).toBe(0);
  }, 60_000);
});
