/**
 * A person's statements over time as an SVG bar chart drawn on the server (it needs no script): one bar per
 * month, stacked by outlet, each piece with a <title> for hover, and the same numbers as a table for
 * screen readers and keyboards. Colours come from CSS classes, never inline styles.
 */
import { markup, jsonForScript, type SafeHtml } from '../html.js';

export interface MonthCount {
  readonly month: string;
  readonly outlet: string | null;
  readonly count: number;
}

/** Outlets beyond this many share one colour, as "other outlets". */
export const CHART_OUTLETS = 7;
const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 24;

/** Every month from the first to the last, so gaps show as gaps. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    if (months.length > 1200) break;
  }
  return months;
}

interface Series {
  readonly outlet: string;
  readonly colour: number;
}

function outletSeries(byMonth: readonly MonthCount[]): Series[] {
  const totals = new Map<string, number>();
  for (const row of byMonth)
    totals.set(row.outlet ?? 'unknown outlet', (totals.get(row.outlet ?? 'unknown outlet') ?? 0) + row.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.map(([outlet], index) => ({ outlet, colour: Math.min(index + 1, CHART_OUTLETS + 1) }));
}

export function timelineChart(byMonth: readonly MonthCount[]): SafeHtml {
  const dated = byMonth.filter((row) => /^\d{4}-\d{2}$/.test(row.month));
  if (dated.length === 0) return markup`<p class="empty">No dated statements to chart.</p>`;
  const sorted = [...dated.map((row) => row.month)].sort();
  const months = monthRange(sorted[0]!, sorted[sorted.length - 1]!);
  const series = outletSeries(dated);
  const colourOf = new Map(series.map((s) => [s.outlet, s.colour]));
  const perMonth = new Map<string, MonthCount[]>();
  for (const row of dated) perMonth.set(row.month, [...(perMonth.get(row.month) ?? []), row]);
  const peak = Math.max(
    ...months.map((m) => (perMonth.get(m) ?? []).reduce((sum, row) => sum + row.count, 0)),
  );
  const slot = WIDTH / months.length;
  const barWidth = Math.max(1, slot * 0.8);
  const scale = (HEIGHT - AXIS) / Math.max(peak, 1);
  const bars = months.map((month, index) => {
    let top = HEIGHT - AXIS;
    const pieces = (perMonth.get(month) ?? []).map((row) => {
      const outlet = row.outlet ?? 'unknown outlet';
      const height = row.count * scale;
      top -= height;
      return markup`<rect
        class="bar outlet-${colourOf.get(outlet) ?? 0}"
        x="${(index * slot + (slot - barWidth) / 2).toFixed(1)}"
        y="${top.toFixed(1)}"
        width="${barWidth.toFixed(1)}"
        height="${height.toFixed(1)}"
        data-month="${month}"
        data-outlet="${outlet}"
        data-count="${row.count}"
        ><title>${month}: ${row.count} in ${outlet}</title></rect
      >`;
    });
    return pieces;
  });
  const labelEvery = Math.ceil(months.length / 8);
  const labels = months.map((month, index) =>
    index % labelEvery === 0
      ? markup`<text class="axis-label" x="${(index * slot + slot / 2).toFixed(1)}" y="${HEIGHT - 6}"
          >${month}</text
        >`
      : '',
  );
  const legend = markup`<ul class="chart-legend">
    ${series.slice(0, CHART_OUTLETS + 1).map(
      (s, index) =>
        markup`<li>
            <span class="swatch outlet-${s.colour}" aria-hidden="true"></span
            >${index === CHART_OUTLETS && series.length > CHART_OUTLETS + 1 ? 'other outlets' : s.outlet}
          </li>`,
    )}
  </ul>`;
  const total = dated.reduce((sum, row) => sum + row.count, 0);
  const table = markup`<details class="chart-table">
    <summary>The numbers</summary>
    <table>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Outlet</th>
          <th scope="col">Statements</th>
        </tr>
      </thead>
      <tbody>
        ${[...dated]
          .sort((a, b) => a.month.localeCompare(b.month))
          .map(
            (row) =>
              markup`<tr>
                <td>${row.month}</td>
                <td>${row.outlet ?? 'unknown outlet'}</td>
                <td>${row.count}</td>
              </tr>`,
          )}
      </tbody>
    </table>
  </details>`;
  return markup`<figure class="timeline">
    <svg
      class="timeline-chart"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-label="${total} dated statements from ${months[0]} to ${months[months.length - 1]}, by month and outlet"
    >
      <line class="axis" x1="0" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}"></line>
      ${bars}${labels}
    </svg>
    <figcaption>
      ${legend}
      <p class="chart-detail" id="chart-detail" aria-live="polite"></p>
    </figcaption>
    ${table}
    <script type="application/json" id="timeline-data">
      ${jsonForScript({ months, byMonth: dated })}
    </script>
  </figure>`;
}
