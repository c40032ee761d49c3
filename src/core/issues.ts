import type { Issue } from './types';

/** Sorts in place by start position, as editors and reports list them. */
export function sortByPosition<T extends Issue>(issues: T[]): T[] {
  return issues.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
