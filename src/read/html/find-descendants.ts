/**
 * Descendants of an element that pass a test, in document order, found the way linkedom's
 * `querySelector`/`querySelectorAll` find them (not inside `<template>`), without compiling a selector:
 * css-select compiles the selector again on every call, which cost more than the walk.
 */

/** What the walk needs of an element: linkedom's element types all have it. */
export interface TreeElement {
  readonly localName: string;
  readonly firstElementChild: TreeElement | null;
  readonly nextElementSibling: TreeElement | null;
  readonly parentElement: TreeElement | null;
}

/** The descendants of `scope` (not `scope` itself) that pass `test`, at most `max` of them. */
export function findDescendants<T extends TreeElement>(
  scope: T,
  test: (element: T) => boolean,
  max = Number.POSITIVE_INFINITY,
): T[] {
  const found: T[] = [];
  let node = scope.firstElementChild as T | null;
  while (node !== null && found.length < max) {
    if (test(node)) found.push(node);
    let next = node.localName === 'template' ? null : (node.firstElementChild as T | null);
    while (next === null && node !== null && node !== scope) {
      next = node.nextElementSibling as T | null;
      if (next === null) node = node.parentElement as T | null;
    }
    node = next;
  }
  return found;
}

/** The first descendant of `scope` that passes `test`, or null. */
export function findDescendant<T extends TreeElement>(scope: T, test: (element: T) => boolean): T | null {
  return findDescendants(scope, test, 1)[0] ?? null;
}
