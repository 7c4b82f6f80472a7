import { extractStatements } from '../../../src/ingest/extract/statements';
import { entitiesOf } from './helpers';

function statementsOf(text: string, publishedOn: string | null = null) {
  const { ctx, orgs, people } = entitiesOf(`Headline words for the story\n\n${text}`, publishedOn);
  return { ctx, statements: extractStatements(ctx, orgs, people, () => publishedOn) };
}

describe('statements', () => {
  it('attributes a quote split over two paragraphs, with "he added" resolved to the last speaker', () => {
    const { statements } = statementsOf('Minister Laziz Kudratov met investors.\n\n“Uzbekistan offers cheap energy. We want Korean plants here,” Kudratov said.\n\n“Our lithium deposits are ready for joint development”, he added.');
    expect(statements.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['Laziz Kudratov', 'DIRECT_QUOTE', 'Uzbekistan offers cheap energy. We want Korean plants here'],
      ['Laziz Kudratov', 'DIRECT_QUOTE', 'Our lithium deposits are ready for joint development'],
    ]);
  });

  it('reads reported speech with the sentence as text and the speaker resolved', () => {
    const { statements } = statementsOf('Foreign Minister Daniyar Sarsenov arrived.\n\nIn his remarks, Minister Sarsenov emphasized the importance of transport. The Kazakh Minister invited Korean companies to invest.');
    expect(statements.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['Daniyar Sarsenov', 'REPORTED', 'In his remarks, Minister Sarsenov emphasized the importance of transport.'],
      ['Daniyar Sarsenov', 'REPORTED', 'The Kazakh Minister invited Korean companies to invest.'],
    ]);
    expect(statements[1]!.mentions.countries).toEqual(['KZ', 'KR']);
  });

  it('handles verb-first attribution and "According to him"', () => {
    const { statements } = statementsOf('President of Kazakhstan Nurlan Abenov spoke.\n\n“Korea is a reliable strategic partner for us,” noted the President of Kazakhstan.\n\nAccording to him, mechanisms have been established.');
    expect(statements.map((s) => [s.speaker, s.kind])).toEqual([
      ['Nurlan Abenov', 'DIRECT_QUOTE'],
      ['Nurlan Abenov', 'REPORTED'],
    ]);
  });

  it('skips scare quotes and unattributed narration', () => {
    const { statements } = statementsOf('Officials discussed “green” energy and the “smart agricultural farms” principle. The forum addressed key areas.');
    expect(statements).toEqual([]);
  });

  it('gives organizations as speakers when a body speaks', () => {
    const { statements } = statementsOf('The Foreign Ministry hosted a forum.\n\nThe ministry said it wants to boost tourism.');
    expect(statements.map((s) => [s.speaker, s.speakerType])).toEqual([['Ministry of Foreign Affairs', 'ORGANIZATION']]);
  });

  it('keeps every evidence a slice of the body', () => {
    const { ctx, statements } = statementsOf('“We will build it. It is good,” said Park Jin-ho, the CEO of Acme Corporation.');
    expect(statements).toHaveLength(1);
    for (const s of statements) for (const e of s.evidence) expect(ctx.body.slice(e.start, e.end)).toBe(e.text);
  });
});
