export { type ByteOrderMark, sniffByteOrderMark } from './byte-order-mark.js';
export { charsetParameter, mimeEssence } from './charset-parameter.js';
export {
  correctedCyrillicDeclaration,
  CYRILLIC_ENCODINGS,
  detectCyrillicEncoding,
} from './cyrillic-encoding.js';
export { detectCharset, sampleAroundText } from './detect-charset.js';
export { decodeBytes, decoderFor, encodingForLabel } from './encoding-label.js';
export { type CharsetChoice, type CharsetSource, chooseHtmlCharset } from './html-charset.js';
export { PRESCAN_BYTES, prescanCharset } from './prescan-meta.js';
