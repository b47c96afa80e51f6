import { createHash } from 'node:crypto';

/**
 * A feed item's identity: its guid or id as the feed gives it, else its link, else a hash of its title and
 * date (`sha256:` and hex), so that an item with neither is still seen once and not again.
 */
export function feedItemKey(item: {
  readonly id: string | null;
  readonly link: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly contentHtml: string | null;
}): string {
  const id = item.id?.trim();
  if (id) return id;
  if (item.link !== null) return item.link;
  // With neither a title nor a date, the content is all that tells two items apart.
  const parts = [item.title ?? '', item.published ?? ''];
  if (item.title === null && item.published === null) parts.push(item.contentHtml ?? '');
  return `sha256:${createHash('sha256').update(parts.join('\u0000')).digest('hex')}`;
}
