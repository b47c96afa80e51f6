/**
 * A browser page that reports any sign of injected script: a `__pwn(n)` call, a dialog, a request to
 * PWNED_PATH, a Content-Security-Policy violation, an uncaught error, and (by looking at the DOM) any
 * element or attribute that only markup from the data could have made.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { PWNED_PATH } from './serve-app.js';

export interface PageSigns {
  /** Everything that went wrong on the pages visited so far; cleared by `take`. */
  take(): string[];
}

/** Runs in the page before any of its own scripts: the function every payload calls. */
const PWN_TRAP = `window.__pwned = []; window.__pwn = (n) => { window.__pwned.push(String(n)); };`;

export async function watchPage(context: BrowserContext): Promise<{ page: Page; signs: PageSigns }> {
  await context.addInitScript(PWN_TRAP);
  const page = await context.newPage();
  let found: string[] = [];
  page.on('dialog', (dialog) => {
    found.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(PWNED_PATH)) found.push(`requested ${request.url()}`);
    else if (request.url().startsWith('javascript:')) found.push(`navigated to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/iu.test(message.text())) found.push(`CSP violation: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    found.push(`uncaught error: ${error.message}`);
  });
  return {
    page,
    signs: {
      take: () => {
        const taken = found;
        found = [];
        return taken;
      },
    },
  };
}

export interface PageState {
  /** What the DOM holds that no page of ours makes: handlers, frames, script URLs, calls to the trap. */
  readonly problems: string[];
  /** The page's text (the document's textContent). */
  readonly text: string;
  /** The search box's value, or null without one. */
  readonly searchBox: string | null;
}

/** Runs in the page (one round trip): see PageState. */
export function pageState(): PageState {
  const problems: string[] = [];
  const pwned = (window as unknown as { __pwned?: string[] }).__pwned ?? [];
  if (pwned.length > 0) problems.push(`script ran: __pwn(${pwned.join(', ')})`);
  for (const element of document.querySelectorAll('*'))
    for (const attribute of element.attributes)
      if (/^on/iu.test(attribute.name))
        problems.push(`<${element.localName} ${attribute.name}=...> in the DOM`);
  for (const element of document.querySelectorAll(
    'iframe, frame, object, embed, base, meta[http-equiv], svg animate',
  ))
    problems.push(`<${element.localName}> in the DOM`);
  const urls: [Element, string][] = [];
  for (const element of document.querySelectorAll('a[href], area[href], link[href]'))
    urls.push([element, (element as HTMLAnchorElement).href]);
  for (const element of document.querySelectorAll(
    'img[src], source[src], video[src], audio[src], script[src]',
  ))
    urls.push([element, (element as HTMLImageElement).src]);
  for (const element of document.querySelectorAll('form[action]'))
    urls.push([element, (element as HTMLFormElement).action]);
  for (const [element, url] of urls)
    if (/^\s*(javascript|data|vbscript):/iu.test(url))
      problems.push(`<${element.localName}> points at ${url}`);
  for (const script of document.querySelectorAll('script:not([src])'))
    if (!/json/iu.test(script.getAttribute('type') ?? ''))
      problems.push(`inline <script>: ${script.textContent.slice(0, 80)}`);
  for (const style of document.querySelectorAll('style'))
    if (/pwn/iu.test(style.textContent))
      problems.push(`<style> from the data: ${style.textContent.slice(0, 80)}`);
  const box = document.querySelector<HTMLInputElement>('input[name="q"]');
  return { problems, text: document.documentElement.textContent, searchBox: box === null ? null : box.value };
}
