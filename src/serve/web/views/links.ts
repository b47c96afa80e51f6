/** The app's own addresses, built in one place so every page links the same way. */
export const personHref = (id: number): string => `/people/${id}`;
export const statementHref = (id: number): string => `/statements/${id}`;
export const articleHref = (id: number, anchor?: string): string =>
  `/articles/${id}${anchor === undefined ? '' : `#${encodeURIComponent(anchor)}`}`;

/** `/search?...` from the non-empty parameters, in the order given. */
export function searchHref(params: Readonly<Record<string, string | number | null | undefined>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  const text = query.toString();
  return text === '' ? '/search' : `/search?${text}`;
}
