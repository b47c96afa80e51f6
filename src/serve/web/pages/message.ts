/** Pages that only say something: not found, bad request, failure. */
import { markup } from '../html.js';
import { page } from '../layout.js';

export function messagePage(title: string, message: string): string {
  return page({
    title,
    body: markup`<h1>${title}</h1>
      <p class="empty">${message}</p>
      <p><a href="/">Back to the start</a> or <a href="/search">search the record</a>.</p>`,
  });
}
