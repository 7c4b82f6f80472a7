/** Collects statements with their evidence, mentions, sectors and occasion, and remembers who spoke where. */
import type { PartialDate, StatementRecord } from '../../types';
import { uniq } from '../../text';
import { countryCodesIn } from '../countries';
import { evidenceOfSentences, type ArticleContext } from '../context';
import type { OrganizationExtraction } from '../organizations';
import { sectorsOf } from '../sectors';
import type { Speaker } from './speakers';

const OCCASION = /\b(?:at|during|in)\s+(?:a|an|the|his|her|their)\s+((?:[\w’'-]+\s+){0,3}?(?:briefing|speech|forum|meeting|roundtable|round table|conference|summit|interview|talks|press conference|remarks|session|ceremony|address|visit))\b/i;

/** "at a press conference", "during the summit": where the words were said, when the evidence says. */
export function occasionOf(text: string): string | null {
  const m = OCCASION.exec(text);
  return m ? m[1]! : null;
}

export class StatementCollector {
  private readonly statements: Array<StatementRecord & { at: number }> = [];
  /** Each statement's speaker at its offset, in the order they were added. */
  readonly spoken: Array<{ at: number; speaker: Speaker }> = [];

  constructor(
    private readonly ctx: ArticleContext,
    private readonly orgs: OrganizationExtraction,
    private readonly dateOf: (sentenceIndex: number) => PartialDate | null,
  ) {}

  /** The speaker of the statement nearest before `offset`. */
  lastSpeakerBefore(offset: number): Speaker | null {
    let best: { at: number; speaker: Speaker } | null = null;
    for (const s of this.spoken) if (s.at < offset && (!best || s.at > best.at)) best = s;
    return best?.speaker ?? null;
  }

  /** A statement of `speaker` whose evidence is sentences [first, last]; `at` orders the output. */
  add(speaker: Speaker, kind: StatementRecord['kind'], text: string, first: number, last: number, at: number): void {
    const { body, sentences } = this.ctx;
    const evidence = evidenceOfSentences(body, sentences, first, last);
    const { organizations, mentions } = this.orgs;
    const orgNames = uniq(mentions.filter((m) => m.start >= evidence.start && m.end <= evidence.end).map((m) => organizations[m.entity]!.name));
    this.statements.push({
      speaker: speaker.name,
      speakerType: speaker.type,
      kind,
      text,
      date: this.dateOf(first),
      occasion: occasionOf(evidence.text),
      mentions: { countries: countryCodesIn(text), organizations: orgNames },
      sectors: sectorsOf(text),
      evidence: [evidence],
      at,
    });
    this.spoken.push({ at, speaker });
  }

  /** The statements in text order. */
  result(): StatementRecord[] {
    return this.statements.sort((a, b) => a.at - b.at).map(({ at: _at, ...s }) => s);
  }
}
