/**
 * One-to-one maximum bipartite matching between predicted and gold relations (EVAL.md's exact match).
 * Greedy pairing can lose matches when one prediction could pair with two gold relations and takes the
 * one another prediction needed; augmenting paths (Kuhn's algorithm) undo such choices, so the result is
 * always a maximum matching. Per file there are tens of relations, so O(V·E) is ample.
 */

/** A matched pair: index into the predicted list and index into the gold list. */
export interface MatchedPair {
  readonly predicted: number;
  readonly gold: number;
}

/**
 * `edges[p]` lists the gold indices that predicted relation `p` may be matched with. Returns a maximum
 * matching, in predicted order.
 */
export function matchRelations(edges: readonly (readonly number[])[], goldCount: number): MatchedPair[] {
  const predictedOfGold = new Int32Array(goldCount).fill(-1);
  const visitedIn = new Int32Array(goldCount).fill(-1);

  // Tries to give `predicted` a gold partner, moving earlier partners along an augmenting path. `round`
  // marks the gold relations this search has already tried, without clearing an array per search.
  const augment = (predicted: number, round: number): boolean => {
    for (const gold of edges[predicted]!) {
      if (visitedIn[gold] === round) continue;
      visitedIn[gold] = round;
      const holder = predictedOfGold[gold]!;
      if (holder === -1 || augment(holder, round)) {
        predictedOfGold[gold] = predicted;
        return true;
      }
    }
    return false;
  };
  edges.forEach((golds, predicted) => {
    if (golds.length > 0) augment(predicted, predicted);
  });

  const pairs: MatchedPair[] = [];
  predictedOfGold.forEach((predicted, gold) => {
    if (predicted !== -1) pairs.push({ predicted, gold });
  });
  return pairs.sort((a, b) => a.predicted - b.predicted);
}
