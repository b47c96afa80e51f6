/**
 * Offsets of the time-zone abbreviations that follow written-out times ("10:00 a.m. EST"). Only the
 * unambiguous ones: IST (India, Ireland, Israel) and bare ET/PT (standard or daylight?) are left out, so
 * such a time keeps no offset rather than a wrong one. UTC and GMT become `Z`.
 */
export const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
  ['z', 'Z'],
  ['utc', 'Z'],
  ['gmt', 'Z'],
  ['wet', '+00:00'],
  ['west', '+01:00'],
  ['bst', '+01:00'],
  ['cet', '+01:00'],
  ['cest', '+02:00'],
  ['mez', '+01:00'],
  ['mesz', '+02:00'],
  ['eet', '+02:00'],
  ['eest', '+03:00'],
  ['msk', '+03:00'],
  ['мск', '+03:00'],
  ['est', '-05:00'],
  ['edt', '-04:00'],
  ['cst', '-06:00'],
  ['cdt', '-05:00'],
  ['mst', '-07:00'],
  ['mdt', '-06:00'],
  ['pst', '-08:00'],
  ['pdt', '-07:00'],
  ['aest', '+10:00'],
  ['aedt', '+11:00'],
]);
