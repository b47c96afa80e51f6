/**
 * `/api/docs`: the OpenAPI document as a plain page (no script, no CDN), every route with its parameters,
 * body and responses. Everything in it comes from the route schemas, so it cannot drift from the API.
 */
import { markup, type SafeHtml } from '../web/html.js';

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: Schema;
}
type Schema = Readonly<Record<string, unknown>>;
interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly parameters?: readonly Parameter[];
  readonly security?: readonly unknown[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> };
  readonly responses?: Readonly<Record<string, { readonly description?: string }>>;
}
export interface OpenApiDocument {
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly paths?: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** A schema in one line: its reference name, type, enumeration or shape. */
export function describeSchema(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') return schema.$ref.replace('#/components/schemas/', '');
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(describeSchema).join(' | ');
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Schema[]).map(describeSchema).join(' | ');
  if (Array.isArray(schema.allOf)) return (schema.allOf as Schema[]).map(describeSchema).join(' & ');
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : [typeof schema.type === 'string' ? schema.type : 'any'];
  return types.map((type) => describeType(type, schema)).join(' | ');
}

function describeType(type: string, schema: Schema): string {
  if (type === 'array') return `${describeSchema(schema.items as Schema | undefined)}[]`;
  if (type === 'object' && schema.properties) {
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const fields = Object.entries(schema.properties as Record<string, Schema>).map(
      ([name, field]) => `${name}${required.has(name) ? '' : '?'}: ${describeSchema(field)}`,
    );
    return `{ ${fields.join(', ')} }`;
  }
  return typeof schema.pattern === 'string' && type === 'string' ? `string (${schema.pattern})` : type;
}

const anchor = (method: string, path: string): string =>
  `${method}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`;

const routeName = (method: string, path: string): SafeHtml =>
  markup`<span class="method">${method.toUpperCase()}</span> <code>/api${path}</code>`;

function parameterTable(parameters: readonly Parameter[]): SafeHtml | null {
  if (parameters.length === 0) return null;
  const rows = parameters.map(
    (parameter) =>
      markup`<tr><td><code>${parameter.name}</code>${parameter.required === true ? ' (required)' : ''}</td><td>${parameter.in}</td><td><code>${describeSchema(parameter.schema)}</code></td><td>${parameter.description}</td></tr>`,
  );
  return markup`<table><caption>Parameters</caption>
<thead><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function renderOperation(method: string, path: string, operation: Operation): SafeHtml {
  const bodies = Object.entries(operation.requestBody?.content ?? {}).map(
    ([type, { schema }]) =>
      markup`<p>Body (<code>${type}</code>): <code>${describeSchema(schema)}</code></p>`,
  );
  const responses = Object.entries(operation.responses ?? {}).map(
    ([status, response]) => markup`<tr><td>${status}</td><td>${response.description}</td></tr>`,
  );
  return markup`<section id="${anchor(method, path)}">
<h2>${routeName(method, path)}</h2>
<p>${operation.summary}${operation.security ? markup` <strong>(needs the write token)</strong>` : null}</p>
${operation.description ? markup`<p>${operation.description}</p>` : null}
${parameterTable(operation.parameters ?? [])}
${bodies}
<table><caption>Responses</caption>
<thead><tr><th>Status</th><th>Meaning</th></tr></thead>
<tbody>${responses}</tbody></table>
</section>
`;
}

export function renderDocsPage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ method, path, operation: item[method] }] : [])),
  );
  const schemas = Object.entries(document.components?.schemas ?? {}).map(
    ([name, schema]) =>
      markup`<dt id="schema-${name}"><code>${name}</code></dt><dd><code>${describeSchema(schema)}</code></dd>`,
  );
  const title = `${document.info.title} API reference`;
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/api/docs.css">
</head>
<body>
<header>
<h1>${document.info.title} API <small>${document.info.version}</small></h1>
<p>${document.info.description} The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<p>Errors always have one shape: <code>{"error": {"code", "message", "details"?}}</code>. Writes need
<code>Authorization: Bearer &lt;token&gt;</code>, the token the server was started with.</p>
</header>
<nav aria-label="Routes"><ul>
${operations.map(({ method, path, operation }) => markup`<li><a href="#${anchor(method, path)}">${routeName(method, path)}</a> ${operation.summary}</li>`)}
</ul></nav>
<main>
${operations.map(({ method, path, operation }) => renderOperation(method, path, operation))}
<section id="schemas"><h2>Schemas</h2>
<dl>${schemas}</dl>
</section>
</main>
</body>
</html>
`.value;
}

export const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code{font-family:ui-monospace,monospace;font-size:.9em;overflow-wrap:anywhere}
section{border-top:1px solid #ccc;margin-top:1.5rem}
.method{display:inline-block;min-width:4.5rem;font-weight:700;color:#0b5394}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:600}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
nav ul{list-style:none;padding:0}
dd{margin:0 0 .75rem 1rem}
`;
