/**
 * What makes a Content-Security-Policy strict enough for pages that show untrusted text: no inline or
 * evaluated script, nothing loaded from elsewhere, no plugins, no <base> hijack, no framing.
 */
const parseDirectives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/u))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name = '', ...values]) => [name.toLowerCase(), values.map((value) => value.toLowerCase())]),
  );

/** Sources that would let injected markup run script or pull it from elsewhere. */
const UNSAFE_SCRIPT_SOURCES = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  '*',
  'data:',
  'blob:',
  'http:',
  'https:',
];

/** What is wrong with a policy (empty when it is strict). */
export function cspProblems(policy: string | null): string[] {
  if (policy === null || policy.trim() === '') return ['no Content-Security-Policy header'];
  const directives = parseDirectives(policy);
  const problems: string[] = [];
  const fallback = directives.get('default-src');
  if (fallback === undefined) problems.push('no default-src');
  const script = directives.get('script-src') ?? fallback;
  if (script === undefined) problems.push('no script-src (nor default-src)');
  else
    for (const source of script)
      if (UNSAFE_SCRIPT_SOURCES.includes(source)) problems.push(`script-src allows ${source}`);
  const object = directives.get('object-src') ?? fallback;
  if (object?.join(' ') !== "'none'") problems.push("object-src (or default-src) is not 'none'");
  const base = directives.get('base-uri');
  if (base === undefined || !(base.join(' ') === "'none'" || base.join(' ') === "'self'"))
    problems.push("base-uri is not 'none' or 'self'");
  const ancestors = directives.get('frame-ancestors');
  if (ancestors?.join(' ') !== "'none'" && ancestors?.join(' ') !== "'self'")
    problems.push("frame-ancestors is not 'none' or 'self'");
  return problems;
}
