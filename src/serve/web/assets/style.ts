/**
 * The stylesheet, served at /assets/app.css.
 */
export const STYLESHEET = String.raw`/* onrecord web app. Colours per speaker (speaker-0 is an unnamed source) and per outlet in the chart. */
:root {
  --ink: #1d1f23;
  --muted: #5b6270;
  --paper: #ffffff;
  --wash: #f4f5f7;
  --line: #d6d9df;
  --accent: #1a56a8;
  --focus: #c2410c;
  --s0: #e5e7eb;
  --s1: #fde68a;
  --s2: #bfdbfe;
  --s3: #bbf7d0;
  --s4: #fbcfe8;
  --s5: #ddd6fe;
  --s6: #fed7aa;
  --s7: #a5f3fc;
  --s8: #d9f99d;
  --o1: #1a56a8;
  --o2: #c2410c;
  --o3: #15803d;
  --o4: #7e22ce;
  --o5: #b91c1c;
  --o6: #0e7490;
  --o7: #a16207;
  --o8: #6b7280;
  color-scheme: light;
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

body {
  margin: 0;
  font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--ink);
  background: var(--paper);
}

a {
  color: var(--accent);
}

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

.skip-link {
  position: absolute;
  left: 0.5rem;
  top: -3rem;
  padding: 0.5rem 1rem;
  background: var(--ink);
  color: var(--paper);
  z-index: 10;
}

.skip-link:focus {
  top: 0.5rem;
}

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}

.site-header {
  background: var(--wash);
  border-bottom: 1px solid var(--line);
}

.site-header nav,
main,
.site-footer {
  max-width: 72rem;
  margin: 0 auto;
  padding: 0.75rem 1rem;
}

.site-header nav {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
  align-items: center;
  justify-content: space-between;
}

.brand {
  font-weight: 700;
  font-size: 1.2rem;
  text-decoration: none;
  color: var(--ink);
}

.header-search {
  display: flex;
  gap: 0.25rem;
  flex: 1 1 16rem;
  max-width: 28rem;
}

.header-search input {
  flex: 1;
}

input,
select,
button {
  font: inherit;
  padding: 0.35rem 0.5rem;
  border: 1px solid var(--line);
  border-radius: 4px;
  min-height: 2.25rem;
}

button {
  background: var(--accent);
  color: #fff;
  border-color: var(--accent);
  cursor: pointer;
}

.link-button {
  background: none;
  color: var(--accent);
  border: none;
  text-decoration: underline;
  padding: 0;
  min-height: 0;
}

.site-footer {
  color: var(--muted);
  border-top: 1px solid var(--line);
  margin-top: 2rem;
}

h1 {
  font-size: 1.6rem;
  line-height: 1.25;
}

.empty {
  color: var(--muted);
  font-style: italic;
}

.count {
  color: var(--muted);
  font-size: 0.875rem;
}

/* search */
.search-form .field-q input {
  width: 100%;
  font-size: 1.1rem;
}

.field label {
  display: block;
  font-size: 0.875rem;
  color: var(--muted);
}

.filter-grid {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  gap: 0 1rem;
}

.filter-grid input,
.filter-grid select {
  width: 100%;
}

.errors {
  border-left: 4px solid #b91c1c;
  padding: 0.25rem 1rem;
  background: #fef2f2;
}

.active-filters {
  list-style: none;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
}

.active-filters li {
  background: var(--wash);
  border: 1px solid var(--line);
  border-radius: 1rem;
  padding: 0.1rem 0.75rem;
}

.search-layout,
.home-layout {
  display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(0, 1fr);
  gap: 2rem;
}

.facets ul,
.people-list,
.outlet-list,
.roles,
.aliases {
  list-style: none;
  padding: 0;
}

.facets h2 {
  font-size: 1.1rem;
}

.facet h3 {
  font-size: 0.95rem;
  margin-bottom: 0.25rem;
}

.hits,
.statements,
.variants,
.about-list {
  list-style: none;
  padding: 0;
}

.hit,
.statement-item {
  border-bottom: 1px solid var(--line);
  padding: 0.5rem 0;
}

.quotation {
  margin: 0;
  padding-left: 0.75rem;
  border-left: 4px solid var(--line);
}

.quotation.type-direct {
  border-left-color: var(--accent);
}

.quotation.type-mixed {
  border-left-color: var(--o3);
}

.quotation p {
  margin: 0.25rem 0;
}

.quotation.big {
  font-size: 1.35rem;
  line-height: 1.4;
}

.hit-meta {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  margin: 0.25rem 0;
  font-size: 0.9rem;
  color: var(--muted);
}

.speaker {
  font-weight: 600;
}

.type-label {
  font-size: 0.75rem;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  border: 1px solid var(--line);
  border-radius: 3px;
  padding: 0 0.3rem;
}

.pager {
  margin: 1rem 0;
  display: flex;
  gap: 1.5rem;
}

/* person */
.role-time {
  font-size: 0.8rem;
  padding: 0 0.35rem;
  border-radius: 3px;
  background: var(--wash);
}

.role-current {
  background: #dcfce7;
}

.role-former {
  background: #fee2e2;
}

.aliases {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
}

.timeline {
  margin: 0;
}

.timeline-chart {
  width: 100%;
  height: auto;
  max-height: 14rem;
  background: var(--wash);
}

.axis {
  stroke: var(--muted);
}

.axis-label {
  font-size: 10px;
  fill: var(--muted);
}

.bar.is-active {
  stroke: var(--ink);
  stroke-width: 1.5;
}

.chart-legend {
  list-style: none;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  font-size: 0.875rem;
}

.swatch {
  display: inline-block;
  width: 0.8rem;
  height: 0.8rem;
  margin-right: 0.3rem;
  border-radius: 2px;
  vertical-align: -0.1rem;
}

.outlet-1 { fill: var(--o1); background: var(--o1); }
.outlet-2 { fill: var(--o2); background: var(--o2); }
.outlet-3 { fill: var(--o3); background: var(--o3); }
.outlet-4 { fill: var(--o4); background: var(--o4); }
.outlet-5 { fill: var(--o5); background: var(--o5); }
.outlet-6 { fill: var(--o6); background: var(--o6); }
.outlet-7 { fill: var(--o7); background: var(--o7); }
.outlet-8,
.outlet-0 { fill: var(--o8); background: var(--o8); }

.chart-detail {
  min-height: 1.5em;
  font-size: 0.875rem;
}

table {
  border-collapse: collapse;
  width: 100%;
}

th,
td {
  text-align: left;
  vertical-align: top;
  border-bottom: 1px solid var(--line);
  padding: 0.35rem 0.5rem;
}

.table-scroll {
  overflow-x: auto;
}

/* statement */
.facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.25rem 1rem;
}

.facts dt {
  color: var(--muted);
}

.facts dd {
  margin: 0;
}

ins {
  background: #dcfce7;
  text-decoration: underline;
}

del {
  background: #fee2e2;
  text-decoration: line-through;
}

.flag-altered,
.flag-wrong {
  color: #b91c1c;
  font-size: 0.85rem;
}

tr.altered {
  background: #fef2f2;
}

.variant p {
  margin: 0.25rem 0;
}

.variant-meta {
  font-size: 0.875rem;
  color: var(--muted);
}

.variant {
  border-bottom: 1px solid var(--line);
  padding: 0.25rem 0;
}

.report-words {
  font-style: italic;
}

/* article */
.article-meta {
  color: var(--muted);
}

.article-text {
  max-width: 44rem;
  font-size: 1.075rem;
}

.article-text h1,
.article-text h2,
.article-text p,
.article-text li {
  white-space: pre-line;
}

.meta-line,
.duplicate,
.caption {
  color: var(--muted);
  font-size: 0.9rem;
}

.block-label {
  font-size: 0.75rem;
  text-transform: uppercase;
}

.subtitle,
.lead {
  font-size: 1.15rem;
}

.takeaways {
  background: var(--wash);
  border-left: 4px solid var(--accent);
  padding: 0.5rem 0.5rem 0.5rem 2rem;
}

.speaker-card {
  border: 1px solid var(--line);
  border-radius: 8px;
  padding: 0.25rem 1rem;
  background: var(--wash);
  max-width: 24rem;
}

.block-quote {
  border-left: 4px solid var(--line);
  margin-left: 0;
  padding-left: 1rem;
}

mark.hl {
  color: inherit;
  background: transparent;
  border-radius: 2px;
}

mark.hl-content.speaker-0 { background: var(--s0); }
mark.hl-content.speaker-1 { background: var(--s1); }
mark.hl-content.speaker-2 { background: var(--s2); }
mark.hl-content.speaker-3 { background: var(--s3); }
mark.hl-content.speaker-4 { background: var(--s4); }
mark.hl-content.speaker-5 { background: var(--s5); }
mark.hl-content.speaker-6 { background: var(--s6); }
mark.hl-content.speaker-7 { background: var(--s7); }
mark.hl-content.speaker-8 { background: var(--s8); }

mark.hl-source {
  font-weight: 700;
  border-bottom: 3px solid var(--muted);
}

mark.hl-cue {
  font-style: italic;
  border-bottom: 2px dotted var(--ink);
}

mark.hl-wrong {
  text-decoration: line-through;
  text-decoration-color: #b91c1c;
}

mark.hl:hover,
mark.hl.is-active {
  outline: 2px solid var(--ink);
}

mark.hl:target {
  outline: 3px solid var(--focus);
}

.about-section {
  margin-top: 2rem;
}

.about {
  border-left: 6px solid var(--s0);
  padding: 0.25rem 0.75rem;
  margin-bottom: 0.75rem;
  background: var(--paper);
}

.about.speaker-1 { border-left-color: var(--s1); }
.about.speaker-2 { border-left-color: var(--s2); }
.about.speaker-3 { border-left-color: var(--s3); }
.about.speaker-4 { border-left-color: var(--s4); }
.about.speaker-5 { border-left-color: var(--s5); }
.about.speaker-6 { border-left-color: var(--s6); }
.about.speaker-7 { border-left-color: var(--s7); }
.about.speaker-8 { border-left-color: var(--s8); }

.swatch.speaker-0 { background: var(--s0); }
.swatch.speaker-1 { background: var(--s1); }
.swatch.speaker-2 { background: var(--s2); }
.swatch.speaker-3 { background: var(--s3); }
.swatch.speaker-4 { background: var(--s4); }
.swatch.speaker-5 { background: var(--s5); }
.swatch.speaker-6 { background: var(--s6); }
.swatch.speaker-7 { background: var(--s7); }
.swatch.speaker-8 { background: var(--s8); }

.about:target {
  outline: 3px solid var(--focus);
}

.about.is-wrong {
  opacity: 0.75;
}

.about-facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0 0.75rem;
  font-size: 0.9rem;
  margin: 0.25rem 0;
}

.about-facts dt {
  color: var(--muted);
}

.about-facts dd {
  margin: 0;
}

.correction {
  font-size: 0.85rem;
  color: var(--muted);
}

.correction.is-undone {
  text-decoration: line-through;
}

.inline-form {
  display: inline;
}

.access,
.correct {
  margin: 0.5rem 0;
}

fieldset {
  border: 1px solid var(--line);
}

/* the tooltip the script shows beside a focused or hovered highlight */
.tooltip {
  position: absolute;
  z-index: 20;
  max-width: 22rem;
  padding: 0.4rem 0.6rem;
  background: var(--ink);
  color: var(--paper);
  font-size: 0.85rem;
  border-radius: 4px;
  pointer-events: none;
  white-space: normal;
}

.tooltip[hidden] {
  display: none;
}

@media (max-width: 48rem) {
  .search-layout,
  .home-layout {
    grid-template-columns: minmax(0, 1fr);
  }

  .quotation.big {
    font-size: 1.15rem;
  }

  .facts,
  .about-facts {
    grid-template-columns: minmax(0, 1fr);
  }
}

@media (prefers-reduced-motion: reduce) {
  * {
    transition: none !important;
  }
}
`;
