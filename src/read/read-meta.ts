import type { ArticleMeta, Block } from '../types.js';
import { collapseWhitespace } from './collapse-whitespace.js';
import { textOf } from './text-of.js';
import { bulletContentStart } from './read-bullet.js';
import { readByline } from './read-byline.js';
import { readDatedHeader } from './read-dated-header.js';
import { readDateline } from './read-dateline.js';
import { readSourceLine } from './read-source-line.js';

/**
 * Reads the article's meta from its classified blocks: each value comes from the block that holds it,
 * read again by the same reader that recognized the block. The first value found wins, except that an
 * outlet named by a `Source:` line beats one read from a dateline (a wire agency the outlet reprinted).
 */
export function readMeta(text: string, blocks: readonly Block[], language: string | null): ArticleMeta {
  let title: string | null = null;
  let headerTitle: string | null = null;
  let subtitle: string | null = null;
  let published: string | null = null;
  let sourceOutlet: string | null = null;
  let datelineOutlet: string | null = null;
  let storyStarted = false;
  const authors: string[] = [];
  const takeaways: string[] = [];
  for (const block of blocks) {
    const value = textOf(text, block);
    switch (block.kind) {
      case 'header': {
        const header = readDatedHeader(value);
        if (header) {
          published ??= header.published;
          headerTitle ??= collapseWhitespace(header.title);
        }
        break;
      }
      case 'title':
        title ??= collapseWhitespace(value);
        break;
      case 'subtitle':
        // Subheadings further down the story are not the article's subtitle.
        if (!storyStarted) subtitle ??= collapseWhitespace(value);
        break;
      case 'source-line':
        sourceOutlet ??= readSourceLine(value);
        break;
      case 'dateline': {
        const dateline = readDateline(value);
        published ??= dateline?.published ?? null;
        datelineOutlet ??= dateline?.outlet ?? null;
        break;
      }
      case 'byline':
        for (const author of readByline(value) ?? []) if (!authors.includes(author)) authors.push(author);
        break;
      case 'takeaway':
        takeaways.push(collapseWhitespace(value.slice(bulletContentStart(value) ?? 0)));
        break;
      case 'lead':
      case 'paragraph':
      case 'quote':
        storyStarted = true;
        break;
      default:
        break;
    }
  }
  return {
    title: title ?? headerTitle,
    subtitle,
    published,
    modified: null,
    outlet: sourceOutlet ?? datelineOutlet,
    language,
    authors,
    takeaways,
    url: null,
    canonical: null,
  };
}
