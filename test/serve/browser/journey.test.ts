/**
 * A user's journey through the web app in Chromium (issue 6): from `/`, search for a quotation, open its
 * speaker, open the statement from the speaker's page, open the article from the statement, and find the
 * quotation highlighted in place. A screenshot of each page is written to test-output/screenshots/ for
 * review.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoredAttribution } from '../../../src/store/index.js';
import { closeAll, describeWithChromium, launchChromium } from './chromium.js';
import { sampleStore, type TemporaryStore } from './sample-store.js';
import { serveApp, type ServedApp } from './serve-app.js';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'test-output', 'screenshots');

const squeeze = (text: string | null): string => (text ?? '').replace(/\s+/gu, ' ').trim();

/** A quotation worth searching for: said by a named person, one of a statement's reports, one fragment. */
function chooseQuotation(attributions: readonly StoredAttribution[]): StoredAttribution {
  const chosen = attributions.find(
    (row) =>
      row.person !== null &&
      row.statement !== null &&
      row.attribution.type === 'direct' &&
      row.attribution.content.length === 1 &&
      (row.attribution.content[0]?.text.split(/\s+/u).length ?? 0) >= 8,
  );
  if (chosen === undefined) throw new Error('the samples have no direct quotation to search for');
  return chosen;
}

let temporary: TemporaryStore;
let served: ServedApp;
let browser: Browser;
let page: Page;
/** The quotation the journey follows, chosen from the store. */
let chosen: StoredAttribution;

describeWithChromium('a journalist follows a quotation from search to the article', () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    temporary = await sampleStore('journey');
    [served, browser] = await Promise.all([serveApp(temporary.store), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });

  afterAll(async () => {
    // Each closed even when an earlier one (or beforeAll) failed.
    await closeAll([() => browser.close(), () => served.close(), () => temporary.remove()]);
  });

  const screenshot = (name: string): Promise<Buffer> =>
    page.screenshot({ path: join(SCREENSHOTS, `journey-${name}.png`), fullPage: true });

  it('searches, opens the person, the statement and the article, and sees the quotation highlighted', async () => {
    const quoted = chooseQuotation(await temporary.store.listAttributions());
    chosen = quoted;
    const localId = quoted.attribution.id;
    const quotation = quoted.attribution.content[0]?.text ?? '';
    const person = quoted.person ?? { id: 0, name: '' };
    const statementId = quoted.statement?.id ?? 0;
    const words = quotation
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/u)
      .filter((word) => word.length > 3);

    await page.goto(`${served.origin}/`);
    await screenshot('1-home');
    await page.fill('input[name="q"]', words.slice(0, 4).join(' '));
    await Promise.all([page.waitForURL(/\/search\?/u), page.press('input[name="q"]', 'Enter')]);
    await screenshot('2-search');
    const hit = page.locator('li', { hasText: quotation.slice(0, 40) }).first();
    await expect.poll(() => hit.count()).toBe(1);

    await Promise.all([
      page.waitForURL(`**/people/${person.id}`),
      hit.locator(`a[href="/people/${person.id}"]`).first().click(),
    ]);
    await screenshot('3-person');
    expect(squeeze(await page.textContent('h1'))).toContain(person.name);

    await Promise.all([
      page.waitForURL(`**/statements/${statementId}`),
      page.locator(`a[href="/statements/${statementId}"]`).first().click(),
    ]);
    await screenshot('4-statement');
    expect(squeeze(await page.textContent('main'))).toContain(squeeze(quotation));

    await Promise.all([
      page.waitForURL(new RegExp(`/articles/${quoted.article.id}(#.*)?$`, 'u')),
      page.locator(`a[href^="/articles/${quoted.article.id}#"]`).first().click(),
    ]);
    await screenshot('5-article');
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#attr-${localId}`);
    // The report the link names is the one the page marks as the target...
    expect(await page.locator(':target').getAttribute('data-attribution')).toBe(localId);
    // ...and its quotation is highlighted in place: the content marks, read in order, are the quotation.
    const content = page.locator(`mark[data-attribution="${localId}"][data-part="content"]`);
    expect(squeeze((await content.allTextContents()).join(''))).toBe(squeeze(quotation));
    const background = await content.first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/u);
  });

  it('lands on the quotation itself: the targeted (outlined) element holds exactly the quoted words', async () => {
    // Follows on from the journey above: the article page, opened from the statement's report.
    const quotation = chosen.attribution.content[0]?.text ?? '';
    expect(squeeze(await page.locator(':target').textContent())).toBe(squeeze(quotation));
  });
});
