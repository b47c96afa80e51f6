import type { PairwiseScore, RecordScores } from './score-record.js';

const figure = (value: number): string => value.toFixed(3);

function pairwiseLine(name: string, score: PairwiseScore): string {
  return `  ${name.padEnd(20)} P ${figure(score.precision)}  R ${figure(score.recall)}  F1 ${figure(score.f1)}   pairs ${score.truePairs}/${score.predictedPairs}/${score.goldPairs} (true/predicted/gold)`;
}

/** The record's figures as a readable table (EVAL.md, "The record"). */
export function formatRecordReport(folder: string, scores: RecordScores, seconds: number): string {
  return [
    `${folder}: ${scores.gold} gold attributions, ${scores.matched} matched (stored content covers >= 50%)`,
    '',
    `  speaker accuracy     ${figure(scores.speaker.accuracy)}   ${scores.speaker.correct}/${scores.speaker.total} (end to end, over all gold)`,
    `  said-at accuracy     ${figure(scores.saidAt.accuracy)}   ${scores.saidAt.correct}/${scores.saidAt.total} (over gold with a said-at)`,
    pairwiseLine('person merges', scores.merges),
    pairwiseLine('statement clusters', scores.statements),
    '',
    `Extracted, stored and scored in ${seconds.toFixed(2)} s.`,
    '',
  ].join('\n');
}
