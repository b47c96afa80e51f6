/**
 * brat counts offsets in code points (Python string indices); onrecord's spans are UTF-16 indices. The two
 * differ after every character outside the Basic Multilingual Plane, which takes two UTF-16 units.
 */

/** Maps a code-point offset of `text` to its UTF-16 index; undefined past the end of the text. */
export type CodePointConverter = (offset: number) => number | undefined;

export function buildCodePointConverter(text: string): CodePointConverter {
  // Most texts have no surrogate pair at all: then the two counts coincide and no table is needed.
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => (offset <= text.length ? offset : undefined);
  const units: number[] = [];
  let index = 0;
  for (const char of text) {
    units.push(index);
    index += char.length;
  }
  units.push(index);
  return (offset) => units[offset];
}
