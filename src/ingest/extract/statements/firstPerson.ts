/**
 * First-person contributions: the paragraphs after "Title Name:" (or "… the full text of X’s
 * article:"), or after a broadcast label ("[Sound bite: Minister X (Korean-English)]"), are that
 * person's own words, one DIRECT_QUOTE per paragraph, until a heading or the next opener.
 */
import type { Sentence } from '../../types';
import type { ArticleContext } from '../context';
import type { PersonExtraction } from '../persons';
import type { StatementCollector } from './collector';
import { quoteText } from './quotes';
import type { SpeakerResolver } from './speakers';

/** A transcript's speaker label: "[Sound bite: ...]", "[SOT: ...]", "(Interview: ...)". */
const BROADCAST_LABEL = /^\s*[[(]\s*(?:sound\s*bite|soundbite|sot|interview|voice|speech)\s*[:\-–]\s*.{2,160}?[\])]\s*$/i;
const OPENER = /:\s*$/;
/** A paragraph that is one quotation: its words without the marks. */
const WHOLE_QUOTE = /^\s*[“"«]([^“”"«»]+)[”"»]\s*$/;

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
    const label = BROADCAST_LABEL.test(text);
    if (!label && !OPENER.test(text)) return;
    const lastSentence = byParagraph[pi]?.at(-1)?.[0];
    const inOpener = people.mentions.filter((m) => m.start >= (label ? p.start : lastSentence?.start ?? p.start) && m.end <= p.end);
    const speakerMention = (label ? inOpener[0] : inOpener[inOpener.length - 1]) ?? (/\b(?:his|her)\s+(?:article|remarks|contribution|letter|text|speech)\b/.test(text) ? people.mentions.filter((m) => m.start >= p.start && m.end <= p.end).pop() : undefined);
    if (!speakerMention) return;
    const speaker = speakers.person(speakerMention.entity);
    for (let q = pi + 1; q < paragraphs.length; q++) {
      const para = paragraphs[q]!;
      const ptext = body.slice(para.start, para.end);
      // A heading, the next opener or the next label ends the section.
      if (!/[.!?”"…)»]\s*$/.test(ptext) || OPENER.test(ptext) || BROADCAST_LABEL.test(ptext)) break;
      const ps = byParagraph[q] ?? [];
      if (ps.length === 0) continue;
      covered.add(q);
      const whole = WHOLE_QUOTE.exec(ptext);
      sink.add('statements.first-person', [speaker], 'DIRECT_QUOTE', whole ? quoteText(whole[1]!) : ptext.replace(/(?<!\betc)\.$/, ''), ps[0]![1], ps[ps.length - 1]![1], para.start);
      // After a broadcast label, the words run to the next narration: a paragraph that is not a quote ends them.
      if (label && !whole) break;
    }
  });
  return covered;
}
