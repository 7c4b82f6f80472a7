/** What every finder in this folder returns: a span of the body that names an organization, with what it says. */
import type { OrganizationKind } from '../../types';
import type { MethodOf } from '../methods';

export interface Candidate {
  start: number;
  end: number;
  surface: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  acronym?: string;
  /** Found by a weak cue only: dropped if a stronger candidate overlaps it. */
  weak?: boolean;
  /** The finder's rule, the record's extraction method (the strongest of its candidates'). */
  source: MethodOf<'organizations'>;
}

/** Word boundaries for letters of any script. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** A word without its trailing period/apostrophe or possessive "’s". */
export function cleanWord(w: string): string {
  return w.replace(/[.’']+$/, '').replace(/’s$|'s$/, '');
}
