/** readScriptParagraphs: article text carried as JSON-LD or JSON state. */
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/read/html/dom.js';
import { readScriptParagraphs, splitParagraphs } from '../../../src/read/html/script-text.js';

const scripts = (html: string) => [...parseHtmlDocument(html).querySelectorAll('script')];
const sentence = (word: string): string =>
  `${word} said the harbour would reopen after the storm repairs, on Monday.`;

describe('readScriptParagraphs', () => {
  it('reads JSON-LD articleBody, split at line breaks', () => {
    const body = `${sentence('Ann')}\\n${sentence('Tom')}\\n${sentence('Eva')}\\n${sentence('Ola')}`;
    const blocks = readScriptParagraphs(
      scripts(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${body}"}</script>`),
    );
    expect(blocks.map((block) => block.text.split(' ')[0])).toEqual(['Ann', 'Tom', 'Eva', 'Ola']);
  });

  it('reads a state assignment and prefers the array with the most prose over a list of headlines', () => {
    const state = {
      related: ['Short headline one', 'Short headline two', 'Short headline three'],
      story: {
        blocks: [
          { type: 'p', text: sentence('Ann') },
          { type: 'h2', text: 'Repairs' },
          { type: 'p', text: sentence('Tom') },
          { type: 'p', text: sentence('Eva') },
        ],
      },
    };
    const blocks = readScriptParagraphs(
      scripts(`<script>window.__STATE__ = ${JSON.stringify(state)};</script>`),
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('ignores scripts that are code, broken JSON or too short', () => {
    expect(
      readScriptParagraphs(
        scripts(
          '<script>function f() { return 1; }</script><script type="application/json">{"a": [1,</script>',
        ),
      ),
    ).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it('reads HTML strings by their block tags, entities decoded', () => {
    expect(splitParagraphs('<h2>Why</h2><p>Fish &amp; chips<br>cost more.</p><ul><li>One</li></ul>')).toEqual(
      [
        { kind: 'heading', text: 'Why' },
        { kind: 'paragraph', text: 'Fish & chips cost more.' },
        { kind: 'list-item', text: 'One' },
      ],
    );
  });
});
