// What a link held that the view could not use, kept for the notice that names it. A hostile link
// can hold millions of parts, so only the first few are kept and the rest are counted.
import { clip } from '../view/quote';

export type IgnoredPart = { key: string; value: string; reason: string };

const MAX_IGNORED_REPORTED = 20;
const CLIP_LENGTH = 100;

export class IgnoredParts {
  private readonly list: IgnoredPart[] = [];
  private dropped = 0;

  add(key: string, value: string, reason: string): void {
    if (this.list.length < MAX_IGNORED_REPORTED) {
      this.list.push({ key: clip(key, CLIP_LENGTH), value: clip(value, CLIP_LENGTH), reason });
    } else {
      this.dropped += 1;
    }
  }

  /** Whether further parts are only counted. */
  get full(): boolean {
    return this.list.length >= MAX_IGNORED_REPORTED;
  }

  parts(): IgnoredPart[] {
    if (this.dropped === 0) return this.list;
    return [...this.list, { key: '', value: '', reason: `${this.dropped} more ignored parts` }];
  }
}
