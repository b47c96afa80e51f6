type TypedArray = Int32Array | Uint8Array | Uint32Array | Float64Array;

/**
 * A typed array reused from one call to the next, grown (doubling) when a call needs more. The feature
 * functions need several working arrays per sentence and per cue, and allocating each anew cost more
 * than computing its contents: a typed array's memory is allocated, zeroed and later freed outside the
 * JavaScript heap. The contents are whatever the last use left, so a caller writes every element it
 * reads; and one array serves one call at a time (the features are computed synchronously).
 */
export function reusableArray<T extends TypedArray>(create: (length: number) => T): (length: number) => T {
  let array = create(0);
  return (length) => {
    if (array.length < length) array = create(Math.max(length, 2 * array.length));
    return array;
  };
}

/**
 * The array a sequence's buckets are written to: a fresh one, which the caller may keep (training keeps
 * every sentence's), or the first `length` elements of a reusable one, valid until its next use (a
 * tagger reads them at once).
 */
export function outputBuckets(length: number, bucketArray?: (length: number) => Uint32Array): Uint32Array {
  return bucketArray ? bucketArray(length).subarray(0, length) : new Uint32Array(length);
}
