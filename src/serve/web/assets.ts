/**
 * The web app's two static files, served under `/assets/` with a content hash in their URL so a browser
 * may keep them for a long time. Their sources are TypeScript string modules (`assets/`), so the build
 * carries them to dist/ like any other module.
 */
import { createHash } from 'node:crypto';
import { SCRIPT } from './assets/script.js';
import { STYLESHEET } from './assets/style.js';

export interface Asset {
  readonly body: string;
  readonly contentType: string;
  readonly hash: string;
}

function asset(body: string, contentType: string): Asset {
  return { body, contentType, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
}

export const ASSETS: Readonly<Partial<Record<string, Asset>>> = {
  'app.css': asset(STYLESHEET, 'text/css; charset=utf-8'),
  'app.js': asset(SCRIPT, 'text/javascript; charset=utf-8'),
};

const versioned = (name: string): string => `/assets/${name}?v=${ASSETS[name]?.hash ?? ''}`;

/** The URLs pages link to. */
export const ASSET_PATHS = { css: versioned('app.css'), js: versioned('app.js') } as const;
