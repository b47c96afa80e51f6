/**
 * Debian's Chromium for the browser tests, driven by playwright-core (no browser is ever downloaded).
 * Without /usr/bin/chromium the tests fail loudly on CI (`CI=true`, as `.ci/run` sets it) and are skipped
 * elsewhere with a warning that says so: a browser test must never pass without a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const missingMessage = (suite: string): string =>
  `\n${'!'.repeat(78)}\n` +
  `!! ${suite}: ${CHROMIUM_PATH} is missing, so these browser tests did NOT run.\n` +
  `!! Install Debian's Chromium (apt-get install -y chromium; .ci/run does it as root).\n` +
  `${'!'.repeat(78)}\n`;

/**
 * `describe` when Chromium is there. Without it: one failing test under CI, else a loud warning and a
 * skipped suite (vitest reports it as skipped, never as passed).
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium at /usr/bin/chromium', () => {
        throw new Error(missingMessage(name));
      });
    });
    return;
  }
  console.warn(missingMessage(name));
  describe.skip(name, body);
}

/** Runs every closer, whatever the others do (a fixture half made by a failed beforeAll included). */
export async function closeAll(closers: readonly (() => Promise<unknown>)[]): Promise<void> {
  await Promise.allSettled(closers.map(async (close) => close()));
}
