/**
 * Statements: what a named person or body said, in text order.
 * - quotes.ts: direct quotes, the clause that attributes them, quotes split or continued;
 * - reported.ts: reporting sentences ("X stressed that ...", "According to him, ...");
 * - firstPerson.ts: paragraphs a person writes in the first person after "Title Name:";
 * - speakers.ts: who a subject phrase names (persons, bodies, roles, pronouns, joint subjects);
 * - collector.ts: the records, with evidence, mentions, sectors and occasion.
 */
import type { PartialDate, Sentence, StatementRecord } from '../../types';
import type { ArticleContext } from '../context';
import type { OrganizationExtraction } from '../organizations';
import type { PersonExtraction } from '../persons';
import { StatementCollector } from './collector';
import { firstPersonSections } from './firstPerson';
import { quoteSpans, quoteStatement, wordCount, type QuoteSpan } from './quotes';
import { reportedStatement } from './reported';
import { speakerResolver } from './speakers';

export { speakerNames, type JointSpeakers } from './collector';

export function extractStatements(
  ctx: ArticleContext,
  orgs: OrganizationExtraction,
  people: PersonExtraction,
  dateOf: (sentenceIndex: number) => PartialDate | null,
): StatementRecord[] {
  const { body, sentences } = ctx;
  const sink = new StatementCollector(ctx, orgs, dateOf);
  const speakers = speakerResolver(ctx, orgs, people, sink);
  const byParagraph: Array<Array<[Sentence, number]>> = ctx.article.paragraphs.map(() => []);
  sentences.forEach((s, i) => byParagraph[s.paragraph]?.push([s, i]));

  const firstPerson = firstPersonSections(ctx, people, speakers, sink, byParagraph);

  // Quotes and reporting sentences in text order, each sentence after the quotes that open in it:
  // a quote's statement covers the sentence that attributes it, and pronouns resolve to the
  // speaker just before them.
  ctx.article.paragraphs.forEach((p, pi) => {
    if (firstPerson.has(pi)) return;
    const events: Array<{ at: number; run: () => void }> = [];
    const loose: QuoteSpan[] = [];
    for (const q of quoteSpans(body, p.start, p.end)) {
      events.push({
        at: q.open,
        run: () => {
          if (wordCount(q.inner) < 4 || !quoteStatement(ctx, speakers, sink, p, q)) loose.push(q);
        },
      });
    }
    for (const [sentence, si] of byParagraph[pi]!) {
      events.push({
        at: sentence.end - 0.5,
        run: () => {
          if (!sink.covers(si)) reportedStatement(ctx, speakers, sink, sentence, si, loose);
        },
      });
    }
    events.sort((a, b) => a.at - b.at);
    for (const e of events) e.run();
  });

  return sink.result();
}
