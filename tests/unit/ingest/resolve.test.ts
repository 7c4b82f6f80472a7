import { agreementKey, factKey, organizationKey, personKey, statementKey, textKey } from '../../../src/ingest/resolve';
import type { AgreementRecord, FactRecord, StatementRecord } from '../../../src/ingest/types';

describe('resolve keys', () => {
  it('one person under hyphenation, word order and romanization variants', () => {
    expect(personKey('Yoon Suk-yeol')).toBe(personKey('Yoon Suk Yeol'));
    expect(personKey('Suk Yeol Yoon')).toBe(personKey('Yoon Suk Yeol'));
    expect(personKey('Pak Jin')).toBe(personKey('Park Jin'));
    expect(personKey('Park Hoon')).not.toBe(personKey('Park Jin'));
  });

  it('one organization under its spellings, different companies apart', () => {
    expect(organizationKey('KT')).toBe(organizationKey('KT Corporation'));
    expect(organizationKey('Posco')).toBe(organizationKey('POSCO'));
    expect(organizationKey('The Korea Times')).toBe(organizationKey('Korea Times'));
    expect(organizationKey('KIGAM')).toBe(organizationKey('Korea Institute of Geoscience and Mineral Resources'));
    expect(organizationKey('SK E&C')).not.toBe(organizationKey('SK ecoplant'));
    expect(organizationKey('Samsung')).not.toBe(organizationKey('Samsung Electronics'));
  });

  it('the same quote republished with other typography is one statement', () => {
    const base = { speaker: 'Kassym-Jomart Tokayev', speakerType: 'PERSON', kind: 'DIRECT_QUOTE', date: null, occasion: null, mentions: { countries: [], organizations: [] }, sectors: [], evidence: [], extraction: { method: 'statements.quote.named-speaker', confidence: 1 } } as const;
    const a: StatementRecord = { ...base, mentions: { countries: [], organizations: [] }, sectors: [], evidence: [], text: 'South Korea is a partner for us. The issues are addressed. (…) Trade has reached $6 billion.' };
    const b: StatementRecord = { ...a, text: 'South Korea is a partner for us. (...) The issues are addressed. (...) Trade has reached $6 billion.' };
    expect(statementKey(a)).toBe(statementKey(b));
    expect(textKey('the first state visit to Kazakhstan on June 12 was historic')).toBe(textKey('the first state visit to Kazakhstan was historic'));
  });

  it('agreements and facts reported twice key the same', () => {
    const ev = (text: string) => [{ start: 0, end: text.length, text }];
    const agreement = (text: string): AgreementRecord => ({ title: 't', kind: 'AGREEMENT', status: 'ANNOUNCED', date: null, parties: { countries: ['KZ', 'KR'], organizations: [] }, signatories: [], sectors: [], quantity: null, evidence: ev(text), extraction: { method: 'agreements.title', confidence: 1 } });
    expect(agreementKey(agreement('An agreement was reached on “smart farms”.'))).toBe(agreementKey(agreement('An agreement was reached on "smart farms".')));
    const fact = (text: string): FactRecord => ({ subject: 's', metric: 'm', value: 6e9, unit: 'USD', date: null, evidence: ev(text), extraction: { method: 'facts.money', confidence: 1 } });
    expect(factKey(fact('Currently, trade has reached $6 billion.'))).toBe(factKey(fact('Currently, trade has reached $6 billion.')));
  });
});
