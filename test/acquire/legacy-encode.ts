/**
 * A tiny encoder for single-byte legacy encodings, built from TextDecoder's own table (TextEncoder only
 * writes UTF-8): each character is written as the byte that decodes to it. Tests use it to make
 * windows-1251 and KOI8 pages from text written in this repository.
 */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const character = decoder.decode(Uint8Array.of(byte));
    if (character !== '\uFFFD' && !table.has(character)) table.set(character, byte);
  }
  const bytes: number[] = [];
  for (const character of text) {
    const byte = table.get(character);
    if (byte === undefined) throw new Error(`${encoding} has no ${JSON.stringify(character)}`);
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}
