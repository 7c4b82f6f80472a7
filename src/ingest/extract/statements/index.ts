/**
 * Statements: what a named person or body said, in text order.
 * - quotes.ts: direct quotes and the clause that attributes them;
 * - reported.ts: reporting sentences ("X stressed that ...", "According to him, ...");
 * - firstPerson.ts: paragraphs a person writes in the first person after "Title Name:";
 * - speakers.ts: who a subject phrase names (persons, bodies, roles, pronouns, countries);
 * - collector.ts: the records, with evidence, mentions, sectors and occasion.
 */
import type { PartialDate, Sentence, Span, StatementRecord } from '../../types';
import type { ArticleContext } from '../context';
import type { OrganizationExtraction } from '../organizations';
import type { PersonExtraction } from '../persons';
import { StatementCollector } from './collector';
import { firstPersonSections } from './firstPerson';
import { quoteSpans, quoteStatement, wordCount } from './quotes';
import { reportedStatement } from './reported';
import { speakerResolver } from './speakers';

export function extractStatements(
  ctx: ArticleContext,
  orgs: OrganizationExtraction,
  people: PersonExtraction,
  dateOf: (sentenceIndex: number) => PartialDate | null,
): StatementRecord[] {
  const { body, sentences } = ctx;
  const sink = new StatementCollector(ctx, orgs, dateOf);
  const speakers = speakerResolver(ctx, orgs, people, (offset) => sink.lastSpeakerBefore(offset));
  const byParagraph: Array<Array<[Sentence, number]>> = ctx.article.paragraphs.map(() => []);
  sentences.forEach((s, i) => byParagraph[s.paragraph]?.push([s, i]));

  const firstPerson = firstPersonSections(ctx, people, speakers, sink, byParagraph);

  // Direct quotes and reported speech, in text order: a quote's statement comes before the
  // reporting sentence that holds it, and pronouns resolve to the speaker just before them.
  const quoteCovered: Span[] = [];
  ctx.article.paragraphs.forEach((p, pi) => {
    if (firstPerson.has(pi)) return;
    const events: Array<{ at: number; run: () => void }> = [];
    for (const q of quoteSpans(body, p.start, p.end)) {
      if (wordCount(q.inner) < 4) continue;
      events.push({
        at: q.open,
        run: () => {
          const covered = quoteStatement(ctx, speakers, sink, p, q);
          if (covered) quoteCovered.push(covered);
        },
      });
    }
    for (const [sentence, si] of byParagraph[pi]!) {
      events.push({
        at: sentence.start + 0.5,
        run: () => {
          if (!quoteCovered.some(({ start, end }) => sentence.start < end && start < sentence.end)) reportedStatement(ctx, speakers, sink, sentence, si);
        },
      });
    }
    events.sort((a, b) => a.at - b.at);
    for (const e of events) e.run();
  });

  return sink.result();
}
