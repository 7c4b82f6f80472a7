/** Collects statements with their evidence, mentions, sectors and occasion, and remembers who spoke where. */
import type { PartialDate, Sector, StatementRecord } from '../../types';
import { uniq } from '../../text';
import { countryCodesIn } from '../countries';
import { evidenceOfSentences, type ArticleContext } from '../context';
import type { OrganizationExtraction } from '../organizations';
import { sectorsOf } from '../sectors';
import { quoteText } from './quotes';
import type { SpeakerHistory, Voice } from './speakers';
import { extractionBy, type MethodOf } from '../methods';

const OCCASION = /\b(?:at|during|in)\s+(?:a|an|the|his|her|their)\s+((?:[\w’'-]+\s+){0,3}?(?:briefing|speech|forum|meeting|roundtable|round table|conference|summit|interview|talks|press conference|remarks|session|ceremony|address|visit))\b/i;

/** "at a press conference", "during the summit": where the words were said, when the evidence says. */
export function occasionOf(text: string): string | null {
  const m = OCCASION.exec(text);
  return m ? m[1]! : null;
}

/** Words of a statement about the relationship itself: "strengthen friendly relations", "high-level cooperation". */
const RELATIONS = /\b(?:relations|relationships?|ties|bilateral (?:talks|cooperation|meetings?)|high-level|dialogue|cooperation between|invitation|visits?|visited)\b/i;

/**
 * Titles and bodies named in passing are who speaks, not what about: "Foreign Minister X",
 * "the Minister of Trade, Industry and Energy", "the energy ministry".
 */
const TITLE = /\b(?:(?:[Ff]oreign|[Ee]nergy|[Tt]rade|[Ff]inance|[Hh]ealth|[Ee]ducation|[Aa]griculture|[Tt]ransport|[Ii]ndustry|[Pp]rime|[Dd]eputy|[Vv]ice)\s+)+(?:[Mm]inisters?|[Mm]inistry|[Mm]inistries)\b|\b(?:Minister|Ministry|Ministers|Secretary|Committee|Agency)\s+(?:of|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s*,\s*|\s+and\s+|\s+|$))+/gu;

/**
 * A statement's sectors: what its words talk about, not the names in it ("according to the
 * Ministry of Trade, Industry and Energy" is neither trade nor energy); a statement about the
 * relationship and nothing more specific is DIPLOMACY.
 */
export function statementSectors(text: string, organizationNames: string[]): Sector[] {
  let topical = text;
  for (const name of organizationNames) topical = topical.split(name).join(' ');
  topical = topical.replace(TITLE, " ");
  const sectors = sectorsOf(topical);
  return sectors.length === 0 && RELATIONS.test(topical) ? ['DIPLOMACY'] : sectors;
}

/**
 * Participants speaking together ("The two leaders agreed ..."): the record's `speaker` is the
 * first, the others ride along here. The gold shape lists them all; the database stores the first.
 */
export interface JointSpeakers {
  coSpeakers?: string[];
}

/** The speaker, or every participant of a joint statement. */
export function speakerNames(s: StatementRecord & JointSpeakers): string | string[] {
  return s.coSpeakers?.length ? [s.speaker, ...s.coSpeakers] : s.speaker;
}

interface Collected {
  record: StatementRecord;
  voice: Voice;
  /** Orders the output and the speaker history: the quote's mark or the sentence's start. */
  at: number;
  first: number;
  last: number;
  /** A whole quote as written (trailing comma kept), so a continuation can join it; null otherwise. */
  raw: string | null;
}

export class StatementCollector implements SpeakerHistory {
  private readonly collected: Collected[] = [];

  constructor(
    private readonly ctx: ArticleContext,
    private readonly orgs: OrganizationExtraction,
    private readonly dateOf: (sentenceIndex: number) => PartialDate | null,
  ) {}

  /** The voice of the statement nearest before `offset`. */
  lastVoiceBefore(offset: number): Voice | null {
    return this.lastBefore(offset)?.voice ?? null;
  }

  voicesBefore(offset: number): Voice[] {
    return this.collected.filter((c) => c.at < offset).sort((a, b) => b.at - a.at).map((c) => c.voice);
  }

  /** The statement nearest before `offset`, with what joining needs to know. */
  lastBefore(offset: number): Readonly<Collected> | null {
    let best: Collected | null = null;
    for (const c of this.collected) if (c.at < offset && (!best || c.at > best.at)) best = c;
    return best;
  }

  /** Whether a statement's evidence already holds sentence `si`. */
  covers(si: number): boolean {
    return this.collected.some((c) => c.first <= si && si <= c.last);
  }

  /** A statement of `voice` found by `method`, whose evidence is sentences [first, last]; `at` orders the output. */
  add(method: MethodOf<'statements'>, voice: Voice, kind: StatementRecord['kind'], text: string, first: number, last: number, at: number, raw: string | null = null): void {
    const speaker = voice[0]!;
    const record: StatementRecord & JointSpeakers = {
      speaker: speaker.name,
      speakerType: speaker.type,
      kind,
      text,
      date: this.dateOf(first),
      occasion: null,
      mentions: { countries: [], organizations: [] },
      sectors: [],
      evidence: [],
      extraction: extractionBy(method),
    };
    if (voice.length > 1) record.coSpeakers = voice.slice(1).map((v) => v.name);
    const c: Collected = { record, voice, at, first, last, raw };
    this.describe(c);
    this.collected.push(c);
  }

  /** Continues a quote: "“A,” he said. “B”" or a next paragraph that goes on without attribution. */
  extend(c: Readonly<Collected>, raw: string, last: number): void {
    const target = this.collected.find((x) => x === c);
    if (!target) return;
    target.raw = `${target.raw ?? target.record.text} ${raw}`;
    target.record.text = quoteText(target.raw);
    target.last = Math.max(target.last, last);
    this.describe(target);
  }

  /** Evidence, occasion, mentions and sectors from the text and sentence span. */
  private describe(c: Collected): void {
    const { body, sentences } = this.ctx;
    const evidence = evidenceOfSentences(body, sentences, c.first, c.last);
    const { organizations, mentions } = this.orgs;
    const inEvidence = mentions.filter((m) => m.start >= evidence.start && m.end <= evidence.end);
    c.record.evidence = [evidence];
    c.record.occasion = occasionOf(evidence.text);
    c.record.mentions = {
      countries: countryCodesIn(c.record.text),
      organizations: uniq(inEvidence.map((m) => organizations[m.entity]!.name)),
    };
    c.record.sectors = statementSectors(c.record.text, inEvidence.map((m) => m.text));
  }

  /** The statements in text order. */
  result(): StatementRecord[] {
    return this.collected.sort((a, b) => a.at - b.at).map((c) => c.record);
  }
}
