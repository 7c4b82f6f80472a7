/**
 * Rules that carry the extractor beyond the seed articles: each case uses names and phrasings
 * that appear in no seed article.
 */
import { cleanArticle } from '../../../src/ingest/clean';
import { extractArticle } from '../../../src/ingest/pipeline';
import { entitiesOf } from './helpers';

const orgsOf = (text: string) => entitiesOf(`Headline words for the story\n\n${text}`).orgs.organizations;
const extract = (text: string) => extractArticle(`Headline words for the story\n\n${text}`, {});

describe('organizations beyond the gazetteer', () => {
  it('gives a parenthesised acronym to the organization ending right before it, even when the initials differ', () => {
    const orgs = orgsOf('The deal was reported by the State News Agency of Turkmenistan (TDH) on Monday. TDH said more.');
    expect(orgs.map((o) => [o.name, o.kind, o.country])).toEqual([['State News Agency of Turkmenistan', 'MEDIA', 'TM']]);
    expect(orgs[0]!.aliasesSeen).toEqual(['State News Agency of Turkmenistan', 'TDH']);
  });

  it('reads post-Soviet legal forms and state concerns as company names', () => {
    const orgs = orgsOf('Barqi Tojik OJSC and Uzbekneftegaz JSC met Turkmengaz State Concern in Ashgabat.');
    expect(orgs.map((o) => [o.name, o.kind])).toEqual([['Barqi Tojik OJSC', 'COMPANY'], ['Uzbekneftegaz JSC', 'COMPANY'], ['Turkmengaz State Concern', 'COMPANY']]);
  });

  it('names a ministry with the country as the text writes it', () => {
    expect(orgsOf('The Ministry of Health of the Kyrgyz Republic signed it.').map((o) => o.name)).toEqual(['Ministry of Health of the Kyrgyz Republic']);
    expect(orgsOf('The Ministry of Finance of Tajikistan signed it.').map((o) => o.name)).toEqual(['Ministry of Finance of Tajikistan']);
  });

  it('resolves "the presidential office" to the dateline country or the country named before it', () => {
    const wire = orgsOf('ASTANA, May 2 (Kazinform) -- Officials met on Friday, the presidential office said.');
    expect(wire.map((o) => [o.name, o.country])).toEqual([['Kazinform', 'KZ'], ['Office of the President of Kazakhstan', 'KZ']]);
    const named = orgsOf('Uzbekistan’s presidential administration confirmed the visit.');
    expect(named.map((o) => o.name)).toEqual(['Office of the President of Uzbekistan']);
    expect(orgsOf('Officials met, the presidential office said.')).toEqual([]);
  });

  it('names a bilateral commission from the demonym pair and keeps its remit', () => {
    const orgs = orgsOf('The talks were held at a meeting of the Uzbek-Korean intergovernmental commission on trade and investment.');
    expect(orgs.map((o) => o.name)).toEqual(['Uzbekistan-Korea Intergovernmental Commission on Trade and Investment']);
    expect(orgs[0]!.aliasesSeen).toEqual(['Uzbek-Korean intergovernmental commission on trade and investment']);
  });
});

describe('agreements beyond documents named once', () => {
  it('adds "The contract was inked ..." to the contract already reported instead of a second deal', () => {
    const x = extract('Uzbekneftegaz JSC and Samsung C&T signed a contract for a polymer plant. The contract was inked in Tashkent on Monday.');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.evidence).toHaveLength(2);
  });

  it('records a deal agreed without a document noun, and not as a statement', () => {
    const x = extract('Kyrgyzaltyn OJSC and Korea Zinc agreed to set up a joint laboratory on ore processing.');
    expect(x.agreements.map((a) => [a.kind, a.status])).toEqual([['OTHER', 'ANNOUNCED']]);
    expect(x.agreements[0]!.title).toBe('Agreement to set up a joint laboratory on ore processing');
    expect(x.statements).toEqual([]);
  });

  it('takes a joint declaration as a joint statement', () => {
    const x = extract('The leaders of Korea and Uzbekistan adopted a joint declaration on critical minerals.');
    expect(x.agreements.map((a) => a.kind)).toEqual(['JOINT_STATEMENT']);
  });
});

describe('statements beyond one phrasing', () => {
  it('joins a quote standing alone after an attributed one to it: one quote split by its attribution', () => {
    const x = extract('“Our trade will double within five years,” Rustam Azimov said. “Korean engineers are always welcome in Uzbekistan.”');
    expect(x.statements.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['Rustam Azimov', 'DIRECT_QUOTE', 'Our trade will double within five years, Korean engineers are always welcome in Uzbekistan.'],
    ]);
  });

  it('takes a second speaker from a "while X called on" clause', () => {
    const x = extract('Minister Almaz Baketaev stressed that roads matter, while Ambassador Lee Jun-ho called on investors to come.');
    expect(x.statements.map((s) => s.speaker)).toEqual(['Almaz Baketaev', 'Lee Jun-ho']);
  });

  it('attributes reported speech to a body named in a trailing "according to"', () => {
    const x = extract('The loan runs for 30 years, according to the Ministry of Economy of Uzbekistan.');
    expect(x.statements.map((s) => s.speaker)).toEqual(['Ministry of Economy of Uzbekistan']);
  });
});

describe('headlines and facts', () => {
  it('takes a wire headline without its tag', () => {
    expect(cleanArticle('(LEAD) Korea and Kazakhstan sign uranium deal\nSEOUL, May 2 (Yonhap) -- Text follows here.').title).toBe('Korea and Kazakhstan sign uranium deal');
  });

  it('charts a loan term and a share of a counted whole, not a span of history', () => {
    const x = extract('The credit is granted for 25 years. Uzbekistan holds 12 of the 30 strategic minerals. Ties go back over the past 30 years.');
    expect(x.facts.map((f) => [f.value, f.unit])).toEqual([[25, 'years'], [12, 'minerals']]);
  });
});

describe('blind-holdout follow-ups', () => {
  it('merges a ministry named without its country into the same portfolio named with one', () => {
    const orgs = orgsOf('Deals were signed, the Ministry of Digital Technologies said. The Uzbek Ministry of Digital Technologies hosted it.');
    expect(orgs.map((o) => [o.name, o.country])).toEqual([['Uzbek Ministry of Digital Technologies', 'UZ']]);
    expect(orgs[0]!.aliasesSeen).toEqual(['Ministry of Digital Technologies', 'Uzbek Ministry of Digital Technologies']);
  });

  it('does not read parts of a body as a person ("Chairman of the Management Board")', () => {
    const { people } = entitiesOf('Headline words for the story\n\nKazMunayGas Chairman of the Management Board Askhat Khassenov spoke.');
    expect(people.persons.map((p) => p.name)).toEqual(['Askhat Khassenov']);
  });

  it('takes "penned 14 documents" as a signed batch and a subject before a relative clause as the speaker', () => {
    const x = extract('Tajik and Korean firms penned 9 documents in Dushanbe. Minister Sherali Kabir, who chaired the meeting, said the list will grow. Deputy Minister Aziz Nurov thanked the Korean side.');
    expect(x.agreements.map((a) => [a.kind, a.status])).toEqual([['OTHER', 'SIGNED']]);
    expect(x.statements.map((s) => s.speaker)).toEqual(['Sherali Kabir', 'Aziz Nurov']);
  });

  it('drops a "Read also:" teaser headline on the line after it', () => {
    const a = cleanArticle('Korea and Tajikistan sign loan deal\n\nThe loan was signed on Monday.\n\nRead also:\nRogun plant reaches full capacity in 2025\n\nShare this:');
    expect(a.body).toBe('The loan was signed on Monday.');
  });
});
