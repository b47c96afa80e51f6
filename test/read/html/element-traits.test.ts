import { describe, expect, it } from 'vitest';
import { isFurnitureName } from '../../../src/read/html/element-traits.js';

describe('isFurnitureName', () => {
  it('prunes boxes named for furniture', () => {
    for (const name of [
      'ad-slot',
      'c-share-bar',
      'newsletter-signup',
      'jp-relatedposts',
      'sdc-article-widget callfn-widget',
      'sdc-article-factbox',
      'post__donate',
      'article__about-station',
      'cookie-banner',
      'amp-ad',
      'article-body_related-links__x3f2a',
      'story-share-bar',
    ]) {
      expect(isFurnitureName(name), name).toBe(true);
    }
  });

  it('keeps content wrappers, even beside a layout word, and names that only contain a furniture word', () => {
    for (const name of [
      'article-body',
      'entry-content',
      'content-with-sidebar',
      'main-column-with-sidebar',
      'headline',
      'story__dek',
      'paywall',
      'subscriber-content',
      'liveblog ticker',
    ]) {
      expect(isFurnitureName(name), name).toBe(false);
    }
  });
});
