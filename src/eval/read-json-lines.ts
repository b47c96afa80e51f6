import type { ReadProblem } from './types.js';

/** One parsed line of a JSON Lines file, with a way to report a problem at that line. */
export interface JsonLine {
  readonly number: number;
  readonly value: unknown;
  readonly report: (message: string) => void;
}

/**
 * The lines of a JSON Lines file, parsed; blank lines are skipped and a line that is not JSON is reported
 * (file and line) and skipped, so that one bad line never stops a file.
 */
export function* readJsonLines(content: string, file: string, problems: ReadProblem[]): Generator<JsonLine> {
  for (const [index, line] of content.split('\n').entries()) {
    const number = index + 1;
    const report = (message: string): void => {
      problems.push({ file, line: number, message });
    };
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      report(`not JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    yield { number, value, report };
  }
}
