/**
 * Line and column for display only (vfile-location): built lazily from the text's line ends, queried by
 * binary search. Lines and columns are 1-based.
 */
export interface LineIndex {
  lineOf(offset: number): number;
}

export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return {
    lineOf(offset: number): number {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
  };
}
