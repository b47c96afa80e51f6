import { spawnSync } from 'node:child_process';

/**
 * Runs a command to completion and returns the CPU seconds (user + system) it and its children used,
 * read with bash's `times` builtin so that start-up is counted as EVAL.md asks.
 */
export function cpuSecondsOf(command: readonly string[], cwd: string): number {
  // The command goes in as bash's positional arguments: one long -c string would pass the kernel's
  // limit on a single argument (128 KiB) with a few thousand paths.
  const result = spawnSync('bash', ['-c', '"$@" > /dev/null || exit 1; times', 'bash', ...command], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`benchmark command failed (${command.slice(0, 3).join(' ')} ...): ${result.stderr}`);
  // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.056s".
  const children = result.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/gu)].map(
    (match) => Number(match[1]) * 60 + Number(match[2]),
  );
  if (seconds.length !== 2) throw new Error(`cannot read CPU times from: ${result.stdout}`);
  return seconds[0]! + seconds[1]!;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
