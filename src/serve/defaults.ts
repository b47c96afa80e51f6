/** The port `onrecord serve` and `npm start` listen on unless told otherwise (documented in the README). */
export const DEFAULT_PORT = 4319;
/** Only this machine by default: reading needs no token, so exposing the record is a choice to make. */
export const DEFAULT_HOST = '127.0.0.1';
