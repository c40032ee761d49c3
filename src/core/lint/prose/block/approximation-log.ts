/** Where a scan's reading becomes approximate, once per kind: the first place is what a reader needs. */
import type { InexactKind, ProseApproximation } from '../types';

export class ApproximationLog {
  readonly list: ProseApproximation[] = [];

  /** Notes `kind` at `offset` unless it is noted already; a negative offset (a search that found nothing) is ignored. */
  note(kind: InexactKind, offset: number): void {
    if (offset < 0) return;
    for (const a of this.list) if (a.kind === kind) return;
    this.list.push({ kind, offset });
  }

  /** The approximations in document order. */
  sorted(): ProseApproximation[] {
    return this.list.sort((a, b) => a.offset - b.offset);
  }
}
