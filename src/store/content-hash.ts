import { createHash } from 'node:crypto';

/** What identifies a version of a document's text: sha256 of its UTF-8 bytes, in hex. */
export const contentHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
