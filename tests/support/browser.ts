import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps dialling out to a network that is not there. */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: flags, headless: true });
}

/** Screenshots and other artefacts a person can look at after the run. */
export const testOutput = 'test-output';

/**
 * WCAG 2.1 AA violations on a public page, one line each. axe runs in the page, so it needs
 * JavaScript: a run without has the same markup, checked by the run with.
 */
export async function axeViolations(page: Page, javaScript = true): Promise<string[]> {
  if (!javaScript) return [];
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
