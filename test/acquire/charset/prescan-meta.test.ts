import { describe, expect, it } from 'vitest';
import { charsetParameter } from '../../../src/acquire/charset/charset-parameter.js';
import { prescanCharset } from '../../../src/acquire/charset/prescan-meta.js';

const scan = (html: string): string | null => prescanCharset(Buffer.from(html, 'latin1'));

describe('prescanCharset', () => {
  it('finds <meta charset> in its spellings', () => {
    expect(scan('<html><head><meta charset="koi8-r"><title>x</title>')).toBe('koi8-r');
    expect(scan("<META CHARSET='Windows-1251'>")).toBe('Windows-1251');
    expect(scan('<meta charset=cp1251>')).toBe('cp1251');
    expect(scan('<meta\ncharset = "iso-8859-5" />')).toBe('iso-8859-5');
  });

  it('takes a content charset only with http-equiv Content-Type, in either order', () => {
    expect(scan('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')).toBe(
      'windows-1251',
    );
    expect(scan('<meta content="text/html;charset=koi8-u" http-equiv="content-type">')).toBe('koi8-u');
    expect(scan('<meta name="description" content="charset=koi8-r">')).toBeNull();
  });

  it('passes over comments, other tags and their attributes, and attributes seen twice', () => {
    expect(scan('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">')).toBe('utf-8');
    expect(scan('<div title="<meta charset=koi8-r>"></div>')).toBeNull();
    expect(scan('<meta charset="windows-1251" charset="koi8-r">')).toBe('windows-1251');
    expect(scan('<script>var s = "<meta charset=koi8-r>";</script>')).toBe('koi8-r');
  });

  it('looks only at the head of the page, and falls back to an XML declaration', () => {
    expect(scan(`${' '.repeat(5000)}<meta charset="koi8-r">`)).toBeNull();
    expect(scan('<?xml version="1.0" encoding="windows-1251"?><html><body>x</body></html>')).toBe(
      'windows-1251',
    );
    expect(scan('<html><body><p>No declaration at all.</p></body></html>')).toBeNull();
  });
});

describe('charsetParameter', () => {
  it('reads the charset of a Content-Type, quoted or not', () => {
    expect(charsetParameter('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetParameter('text/html;charset="koi8-r"; foo=bar')).toBe('koi8-r');
    expect(charsetParameter("text/html; charset = 'cp1251'")).toBe('cp1251');
    expect(charsetParameter('text/html; charsetx; charset=koi8-u')).toBe('koi8-u');
    expect(charsetParameter('text/html')).toBeNull();
    expect(charsetParameter('text/html; charset="unclosed')).toBeNull();
    expect(charsetParameter(null)).toBeNull();
  });
});
