/** Our own short news texts (not from the seeds), end to end through the pipeline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/ingest/pipeline';

const load = (name: string) => extractArticle(readFileSync(join(__dirname, '../../fixtures/articles', name), 'utf8'), { sourceFile: name });

describe('fixture articles', () => {
  it('railway signing: two signatories, relative date, quote with "He added"', () => {
    const x = load('railway_signing.txt');
    expect(x.article).toMatchObject({ title: 'Kazakh and Korean railways sign logistics deal', publishedOn: '2024-03-16' });
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ kind: 'MEMORANDUM', status: 'SIGNED', date: '2024-03-15', signatories: ['Talgat Aldybergenov', 'Han Moon-hee'] });
    expect(x.agreements[0]!.evidence[0]!.text).toMatch(/railway/);
    expect(x.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Kazakhstan Temir Zholy', 'Korea Railroad Corporation']));
    expect(x.statements.map((s) => [s.speaker, s.kind])).toEqual(expect.arrayContaining([['Talgat Aldybergenov', 'DIRECT_QUOTE'], ['Talgat Aldybergenov', 'REPORTED']]));
    expect(x.facts.map((f) => [f.value, f.unit])).toEqual(expect.arrayContaining([[12, 'percent']]));
  });

  it('energy agreement: opening dateline, "The agreement was signed by A and B", weekday date, title without the weekday', () => {
    const x = load('uz_energy_signing.txt');
    expect(x.article).toMatchObject({ publisher: 'UzDaily', publishedOn: '2024-05-14' });
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({
      title: 'Agreement on cooperation in renewable energy',
      kind: 'AGREEMENT',
      status: 'SIGNED',
      date: '2024-05-14',
      parties: { countries: ['UZ', 'KR'] },
      signatories: ['Jurabek Mirzamakhmudov', 'Ahn Duk-geun'],
      sectors: ['ENERGY'],
    });
    expect(x.agreements[0]!.evidence.map((e) => e.text)).toEqual([expect.stringMatching(/^TASHKENT/), expect.stringMatching(/^The agreement was signed by/)]);
    expect(x.statements.map((s) => [s.speaker, s.kind])).toEqual([['Jurabek Mirzamakhmudov', 'DIRECT_QUOTE']]);
  });

  it('quote split over two paragraphs with "he added", and a reported statement', () => {
    const x = load('quote_he_added.txt');
    expect(x.persons[0]).toMatchObject({ name: 'Laziz Kudratov', country: 'UZ' });
    expect(x.statements.map((s) => [s.speaker, s.kind])).toEqual([
      ['Laziz Kudratov', 'DIRECT_QUOTE'],
      ['Laziz Kudratov', 'DIRECT_QUOTE'],
      ['Laziz Kudratov', 'REPORTED'],
    ]);
    expect(x.facts[0]).toMatchObject({ value: 2.3e9, unit: 'USD' });
  });

  it('acronym introduced in parentheses and an embassy speaking', () => {
    const x = load('acronym_agency.txt');
    expect(x.organizations[0]).toMatchObject({ name: 'Korea Rural Community Corporation', acronyms: ['KRC'], country: 'KR' });
    expect(x.statements.map((s) => s.speaker)).toEqual(expect.arrayContaining(['Lee Jong-hoon']));
  });

  it('summit: joint statement adopted, reported statement, dateline date', () => {
    const x = load('reported_summit.txt');
    expect(x.article.publishedOn).toBe('2024-06-04');
    expect(x.agreements.map((a) => a.kind)).toEqual(['JOINT_STATEMENT']);
    expect(x.persons.map((p) => [p.name, p.country])).toEqual([['Sadyr Japarov', 'KG'], ['Yoon Suk Yeol', 'KR']]);
    expect(x.statements.map((s) => [s.speaker, s.kind])).toEqual([['Sadyr Japarov', 'REPORTED'], ['Yoon Suk Yeol', 'DIRECT_QUOTE']]);
  });
});
