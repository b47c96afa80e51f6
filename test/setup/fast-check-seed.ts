/**
 * Property tests run from one fixed seed, so that the suite (and CI) gives the same result every time;
 * `FC_SEED=n` replays another seed, and `FC_RANDOM=1` explores a fresh one (what a fuzzing session does).
 * fast-check prints the seed and the counterexample of any failure.
 */
import fc from 'fast-check';

const seed = process.env.FC_RANDOM === '1' ? Date.now() % 2 ** 31 : Number(process.env.FC_SEED ?? 20_261_129);
fc.configureGlobal({ seed });
