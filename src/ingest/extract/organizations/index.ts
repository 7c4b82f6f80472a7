/**
 * Organizations, found by the finders in this folder and merged on organizationKey() (assembly.ts):
 * - gazetteer.ts: the reference list (seed/reference/organizations.json);
 * - acronyms.ts: acronyms defined in parentheses, either way round, and their later bare uses;
 * - headWords.ts: capitalized names ending in an organization head word ("... Agency", "... Airlines");
 * - governmentBodies.ts: embassies, ministries, presidential offices written by pattern;
 * - classNouns.ts: names introduced by a class noun ("the South Korean company KSIT");
 * - quotedNames.ts: names in quotation marks after a type word (State Concern “X”, JSC «Y»);
 * - standingBodies.ts: "the business council" / "the intergovernmental commission" of the paragraph's countries;
 * - forums.ts: cooperation forums named by their parties;
 * - media.ts: outlets named as the source of the report ("..., Report informs.").
 * Nothing is taken from the page debris after the story (../pageDebris.ts).
 */
import type { ArticleContext } from '../context';
import { acronymCandidates, acronymLinks, type AcronymLink } from './acronyms';
import { assembleOrganizations, type OrganizationExtraction } from './assembly';
import type { Candidate } from './candidate';
import { classNounCandidates } from './classNouns';
import { forumCandidates } from './forums';
import { referenceCandidates } from './gazetteer';
import { datelineCountry, governmentCandidates, presidentialOfficeCandidates } from './governmentBodies';
import { headwordCandidates } from './headWords';
import { mediaSourceCandidates } from './media';
import { quotedNameCandidates } from './quotedNames';
import { storySpan } from '../pageDebris';
import { standingBodyCandidates } from './standingBodies';

export type { OrganizationExtraction, OrganizationMention } from './assembly';
export { TITLE_WORDS } from './headWords';

export function extractOrganizations(ctx: ArticleContext): OrganizationExtraction {
  const candidates: Candidate[] = [];
  const links: AcronymLink[] = [];
  const dateline = datelineCountry(ctx);
  const [lead, debris] = storySpan(ctx);
  for (const p of ctx.sentences) {
    if (p.start >= debris) break;
    if (p.end <= lead) continue;
    const text = p.text;
    candidates.push(
      ...referenceCandidates(text, p.start),
      ...governmentCandidates(text, p.start),
      ...headwordCandidates(text, p.start),
      ...classNounCandidates(text, p.start),
      ...quotedNameCandidates(text, p.start),
    );
    links.push(...acronymLinks(text, p.start));
    candidates.push(...standingBodyCandidates(ctx, text, p.start));
    candidates.push(...presidentialOfficeCandidates(text, p.start, dateline, ctx.body));
    candidates.push(...forumCandidates(text, p.start));
    candidates.push(...mediaSourceCandidates(text, p.start));
  }
  candidates.push(...acronymCandidates(ctx, candidates, links));
  return assembleOrganizations(ctx, candidates, dateline);
}
