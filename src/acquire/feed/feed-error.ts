import { OnrecordError } from '../../errors.js';

/** A feed that cannot be read: not XML, not RSS/Atom/RDF, or so broken that nothing could be pulled out. */
export class FeedError extends OnrecordError {
  override readonly name = 'FeedError';
  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${message}`, options);
  }
}
