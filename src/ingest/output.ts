/** The gold-file JSON shape (tests/fixtures/gold/*.json) of an extracted article: evidence as sentence text, no offsets. */
import type { ExtractedArticle } from './types';
import { speakerNames } from './extract/statements';

export interface GoldShapedArticle {
  file: string | null;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
  countries: Array<{ iso2: string; name: string; aliasesSeen: string[] }>;
  regions: Array<{ name: string; members: string[] | null; aliasesSeen: string[] }>;
  organizations: Array<{ name: string; aliasesSeen: string[]; kind: string; country: string | null }>;
  persons: Array<{ name: string; aliasesSeen: string[]; role: string | null; country: string | null; organization: string | null }>;
  agreements: Array<Record<string, unknown>>;
  statements: Array<Record<string, unknown>>;
  facts: Array<Record<string, unknown>>;
}

const evidenceText = (evidence: Array<{ text: string }>) => evidence.map((e) => e.text).join(' ');

export function toGoldShape(extracted: ExtractedArticle, file: string | null): GoldShapedArticle {
  return {
    file,
    title: extracted.article.title,
    publisher: extracted.article.publisher,
    publishedOn: extracted.article.publishedOn,
    countries: extracted.countries.map((c) => ({ iso2: c.iso2, name: c.name, aliasesSeen: c.aliasesSeen })),
    regions: extracted.regions.map((r) => ({ name: r.name, members: r.members.length ? r.members : null, aliasesSeen: r.aliasesSeen })),
    organizations: extracted.organizations.map((o) => ({ name: o.name, aliasesSeen: o.aliasesSeen, kind: o.kind, country: o.country })),
    persons: extracted.persons.map((p) => ({ name: p.name, aliasesSeen: p.aliasesSeen, role: p.role, country: p.country, organization: p.organization })),
    agreements: extracted.agreements.map((a) => ({
      title: a.title, kind: a.kind, status: a.status, date: a.date, parties: a.parties, signatories: a.signatories,
      sectors: a.sectors, quantity: a.quantity, evidence: evidenceText(a.evidence),
    })),
    statements: extracted.statements.map((s) => ({
      speaker: speakerNames(s), kind: s.kind, text: s.text, date: s.date, occasion: s.occasion, mentions: s.mentions,
      sectors: s.sectors, evidence: evidenceText(s.evidence),
    })),
    facts: extracted.facts.map((f) => ({ subject: f.subject, metric: f.metric, value: f.value, unit: f.unit, date: f.date, evidence: evidenceText(f.evidence) })),
  };
}
