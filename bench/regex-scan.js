// The baseline of bench/extract: read each file given and count its words with a plain regex scan.
import { readFileSync } from 'node:fs';

let words = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  words += text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
process.stdout.write(`${words}\n`);
