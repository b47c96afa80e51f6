/** How values read on a page. */
import { markup, type SafeHtml } from '../html.js';

/** A date as stored (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO timestamp), shown to the day at most. */
export function formatDate(value: string | null | undefined, missing = 'undated'): string {
  if (value === null || value === undefined || value === '') return missing;
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}

/** A timestamp to the minute, in UTC, for corrections. */
export function formatMoment(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)
    ? `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`
    : value;
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

const ROLE_TIME_LABELS = { current: 'current', former: 'former', then: 'at the time' } as const;
export const roleTimeLabel = (time: keyof typeof ROLE_TIME_LABELS): string => ROLE_TIME_LABELS[time];

const MATCH_LABELS = {
  first: 'first report',
  verbatim: 'same words',
  truncated: 'shortened',
  edited: 'edited',
  paraphrased: 'paraphrased',
  translated: 'translation',
} as const;
export const matchLabel = (match: keyof typeof MATCH_LABELS): string => MATCH_LABELS[match];

/** "said 2022-02", or "date unknown" when neither the text nor the record dates the words. */
/**
 * A language tag fit for a `lang` attribute and for showing ("uk", "de-AT"), or null: the stored value comes
 * from the page and is not trusted to be one.
 */
export function languageTag(language: string | null | undefined): string | null {
  return language !== null &&
    language !== undefined &&
    /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(language)
    ? language
    : null;
}

export function saidAtLabel(saidAt: string | null): SafeHtml {
  return saidAt === null
    ? markup`<span class="said-at">date unknown</span>`
    : markup`<span class="said-at">said <time>${formatDate(saidAt)}</time></span>`;
}
