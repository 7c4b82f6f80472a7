/**
 * First-person contributions: the paragraphs after "Title Name:" (or "… the full text of X’s
 * article:") are that person's own words, one DIRECT_QUOTE per paragraph, until a heading or the
 * next opener.
 */
import type { Sentence } from '../../types';
import type { ArticleContext } from '../context';
import type { PersonExtraction } from '../persons';
import type { StatementCollector } from './collector';
import type { SpeakerResolver } from './speakers';

/** Adds the sections' statements; returns the paragraphs they cover. */
export function firstPersonSections(
  ctx: ArticleContext,
  people: PersonExtraction,
  speakers: SpeakerResolver,
  sink: StatementCollector,
  byParagraph: Array<Array<[Sentence, number]>>,
): Set<number> {
  const { body } = ctx;
  const covered = new Set<number>();
  const paragraphs = ctx.article.paragraphs;
  paragraphs.forEach((p, pi) => {
    const text = body.slice(p.start, p.end);
    if (!/:\s*$/.test(text)) return;
    const lastSentence = byParagraph[pi]?.at(-1)?.[0];
    const inOpener = people.mentions.filter((m) => m.start >= (lastSentence?.start ?? p.start) && m.end <= p.end);
    const speakerMention = inOpener[inOpener.length - 1] ?? (/\b(?:his|her)\s+(?:article|remarks|contribution|letter|text|speech)\b/.test(text) ? people.mentions.filter((m) => m.start >= p.start && m.end <= p.end).pop() : undefined);
    if (!speakerMention) return;
    const speaker = speakers.person(speakerMention.entity);
    for (let q = pi + 1; q < paragraphs.length; q++) {
      const para = paragraphs[q]!;
      const ptext = body.slice(para.start, para.end);
      if (!/[.!?”"…)]\s*$/.test(ptext) || /:\s*$/.test(ptext)) break; // a heading or the next opener ends the section
      const ps = byParagraph[q] ?? [];
      if (ps.length === 0) continue;
      covered.add(q);
      sink.add([speaker], 'DIRECT_QUOTE', ptext.replace(/(?<!\betc)\.$/, ''), ps[0]![1], ps[ps.length - 1]![1], para.start);
    }
  });
  return covered;
}
