import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  buildAppPackage,
  valuesFromEnvironment,
  type PackageValues,
} from '../../scripts/packageApp';
import { pngHeader } from '../../scripts/png';
import { inflateSync } from 'node:zlib';

const values: PackageValues = {
  TEAMS_APP_ID: '3f2a9c4e-8b1d-4e6f-9a2b-5c7d8e9f0a1b',
  BOT_ID: '11111111-2222-3333-4444-555555555555',
  AAD_APP_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
  APP_BASE_URL: 'https://micro-acquisition.azurewebsites.net',
  PUBLIC_SITE_URL: 'https://microacq.z9.web.core.windows.net',
  APP_VERSION: '0.1.0',
};

test('the package validates against the official schema and holds the manifest, the French text and both icons', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'app-')), 'app.zip');
  expect(await buildAppPackage(values, 'appPackage', out)).toEqual([]);
  const zip = await JSZip.loadAsync(readFileSync(out));
  expect(Object.keys(zip.files).sort()).toEqual([
    'color.png',
    'fr-ca.json',
    'manifest.json',
    'outline.png',
  ]);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  expect(manifest).toMatchObject({
    id: values.TEAMS_APP_ID,
    bots: [{ botId: values.BOT_ID, scopes: ['personal'] }],
    staticTabs: [
      {
        contentUrl: 'https://micro-acquisition.azurewebsites.net/tab/index.html',
        scopes: ['personal'],
      },
    ],
    validDomains: ['micro-acquisition.azurewebsites.net'],
    // Links to the public site unfurl: its host, from PUBLIC_SITE_URL.
    composeExtensions: [
      {
        botId: values.BOT_ID,
        messageHandlers: [
          { type: 'link', value: { domains: ['microacq.z9.web.core.windows.net'] } },
        ],
      },
    ],
    webApplicationInfo: {
      id: values.AAD_APP_CLIENT_ID,
      resource: `api://micro-acquisition.azurewebsites.net/${values.AAD_APP_CLIENT_ID}`,
    },
  });
  expect(JSON.stringify(manifest)).not.toContain('${{');
});

test('a wrong value is caught by the schema and no zip is written', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'app-')), 'app.zip');
  const problems = await buildAppPackage(
    { ...values, TEAMS_APP_ID: 'not-a-guid' },
    'appPackage',
    out,
  );
  expect(problems.join('\n')).toMatch(/manifest\.json: .*id/);
  expect(() => readFileSync(out)).toThrow();
});

test('missing settings are named', () => {
  expect(valuesFromEnvironment({}).missing).toEqual([
    'TEAMS_APP_ID',
    'MicrosoftAppId',
    'AAD_APP_CLIENT_ID',
    'APP_BASE_URL',
    'PUBLIC_SITE_URL',
  ]);
});

/** Decodes the RGBA pixels of the icons this project writes (filter 0 on every row). */
function pixels(png: Buffer): number[][] {
  const { width, height } = pngHeader(png);
  let offset = 8;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    if (png.subarray(offset + 4, offset + 8).toString('ascii') === 'IDAT')
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out: number[][] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    for (let x = 0; x < width; x++)
      out.push([...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)]);
  }
  return out;
}

test('icons: 192×192 colour, 32×32 outline that is white on transparent', () => {
  const color = readFileSync('appPackage/color.png');
  const outline = readFileSync('appPackage/outline.png');
  expect(pngHeader(color)).toEqual({ width: 192, height: 192, colourType: 6 });
  expect(pngHeader(outline)).toEqual({ width: 32, height: 32, colourType: 6 });
  const outlinePixels = pixels(outline);
  expect(
    outlinePixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255)),
  ).toBe(true);
  expect(outlinePixels.some(([, , , a]) => a === 0)).toBe(true);
  expect(pixels(color).every(([, , , a]) => a === 255)).toBe(true);
});
