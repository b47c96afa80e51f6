/**
 * The last resort for a JSON-LD script no repair can parse (an unescaped quotation mark in a headline is
 * the usual cause): the plain string fields an article node needs, read one by one. Returns null unless
 * the script names an article type, so that broken scripts about other things add nothing.
 */
const ARTICLE_TYPE = /"@type"\s*:\s*\[?\s*"((?:[^"\\]|\\.)*(?:Article|BlogPosting|LiveBlogPosting))"/u;
const FIELDS = ['headline', 'datePublished', 'dateModified', 'inLanguage', 'description'] as const;

function stringField(script: string, field: string): string | undefined {
  // Lazily up to the quotation mark that ends the value: the one before the next key or the closing brace.
  const match = new RegExp(`"${field}"\\s*:\\s*"([^\\n]{0,2000}?)"\\s*(?:,\\s*"|\\})`, 'u').exec(script);
  if (!match) return undefined;
  try {
    return JSON.parse(`"${match[1]!}"`) as string;
  } catch {
    return match[1]!.replace(/\\(.)/gu, '$1');
  }
}

export function salvageJsonLd(script: string): Record<string, unknown> | null {
  const head = script.slice(0, 200_000);
  const type = ARTICLE_TYPE.exec(head);
  if (!type) return null;
  const node: Record<string, unknown> = { '@type': type[1] };
  for (const field of FIELDS) {
    const value = stringField(head, field);
    if (value !== undefined) node[field] = value;
  }
  return node;
}
