import { fileURLToPath } from 'node:url';

/** PolNeAR's dev split, read at run time from ../shared (never copied into the project). */
export const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/polnear/dev', import.meta.url));
