import { describe, expect, it } from 'vitest';
import { escapeHtml, joinHtml, jsonForScript, markup, trusted, webUrl } from '../../../src/serve/web/html.js';

describe('markup', () => {
  it('escapes every interpolation, in text and in attributes', () => {
    const hostile = `"><img src=x onerror=alert(1)>'&\``;
    expect(markup`<p title="${hostile}">${hostile}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;&#96;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;&#96;</p>',
    );
  });

  it('inserts its own results and explicitly trusted markup as they are, and lists joined', () => {
    const inner = markup`<b>${'<i>'}</b>`;
    expect(markup`<p>${inner}${[markup`<br>`, '<x>']}${trusted('<hr>')}</p>`.value).toBe(
      '<p><b>&lt;i&gt;</b><br>&lt;x&gt;<hr></p>',
    );
    expect(joinHtml(['a<', markup`<b></b>`], ', ').value).toBe('a&lt;, <b></b>');
  });

  it('leaves out null, undefined and false, and prints numbers', () => {
    expect(markup`${null}${undefined}${false}${0}${2.5}`.value).toBe('02.5');
  });

  it('escapes the characters that matter', () => {
    expect(escapeHtml('<a href="x">&\'`</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&#96;&lt;/a&gt;');
  });
});

describe('webUrl', () => {
  it('keeps http and https URLs only', () => {
    expect(webUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webUrl(' http://example.org ')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example',
      '/local',
      'not a url',
      '',
      null,
      undefined,
    ])
      expect(webUrl(bad)).toBeNull();
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element or open a comment', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script><!--', line: '\u2028' }).value;
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script><!--', line: '\u2028' });
  });
});
