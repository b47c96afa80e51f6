import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** PolNeAR's train texts, read at run time from ../shared (never copied into the project). */
export const POLNEAR_TRAIN_TEXT = fileURLToPath(
  new URL('../../../shared/polnear/train/text', import.meta.url),
);

export function polnearTrainTexts(): { name: string; text: string }[] {
  if (!existsSync(POLNEAR_TRAIN_TEXT))
    throw new Error(
      `PolNeAR train texts not found at ${POLNEAR_TRAIN_TEXT}: the suite needs ../shared beside the project`,
    );
  return readdirSync(POLNEAR_TRAIN_TEXT)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${POLNEAR_TRAIN_TEXT}/${name}`, 'utf8') }));
}
