import { entitiesOf } from './helpers';
import { resolvePersonReference } from '../../../src/ingest/extract/persons';

const personsOf = (text: string) => entitiesOf(`Headline words for the story\n\n${text}`).people.persons;

describe('persons', () => {
  it('reads title + name with the role, its country and organization', () => {
    const [fen, park] = personsOf('The event was attended by Ambassador of Uzbekistan to Korea Vitaliy Fen, SK Supex Council Vice President Park Hoon.');
    expect(fen).toMatchObject({ name: 'Vitaliy Fen', role: 'Ambassador of Uzbekistan to Korea', country: 'UZ', organization: null });
    expect(park).toMatchObject({ name: 'Park Hoon', role: 'SK Supex Council Vice President', country: 'KR', organization: 'SK Supex Council' });
  });

  it('recognises Korean and Central Asian names by their shape, and short mentions', () => {
    const persons = personsOf('Kim Tae-hyo met Kassym-Jomart Tokayev. Later Tokayev and Kim talked. President Tokayev left.');
    expect(persons.map((p) => [p.name, p.aliasesSeen])).toEqual([
      ['Kim Tae-hyo', ['Kim Tae-hyo', 'Kim']],
      ['Kassym-Jomart Tokayev', ['Kassym-Jomart Tokayev', 'Tokayev', 'President Tokayev']],
    ]);
  });

  it('turns "X’s President" into "President of X" and reads appositions', () => {
    const persons = personsOf('Kazakhstan’s President Kassym-Jomart Tokayev spoke. Kim Tae-hyo, the first deputy director of the National Security Office, stated it.');
    expect(persons[0]).toMatchObject({ role: 'President of Kazakhstan', country: 'KZ' });
    expect(persons[1]!.role).toBe('first deputy director of the National Security Office');
  });

  it('does not let a role reach back over the previous name', () => {
    const persons = personsOf('It was signed by KTZ Chairman Talgat Aldybergenov and Korail CEO Han Moon-hee.');
    expect(persons.map((p) => p.role)).toEqual(['KTZ Chairman', 'Korail CEO']);
  });

  it('resolves nominal mentions to the person holding that role', () => {
    const persons = personsOf('South Korean President Yoon Suk-yeol met the President of Kazakhstan Kassym-Jomart Tokayev.');
    expect(persons[resolvePersonReference('The Korean leader', persons, [])!]!.name).toBe('Yoon Suk-yeol');
    expect(persons[resolvePersonReference('the President of Kazakhstan', persons, [])!]!.name).toBe('Kassym-Jomart Tokayev');
  });

  it('does not take title complements, venues, bylines or author lines for people', () => {
    const persons = personsOf('By Choi Min-ji\n\nMinister of Digital Development and Information Technologies Aziz Karimov met the Minister of Energy, Water and Natural Resources Bolat Nurbekov at the Astana Hotel.\n\n[Newsis Reporter Lee Jae-won] The talks ended.\n\nSaule Abenova');
    expect(persons.map((p) => p.name)).toEqual(['Aziz Karimov', 'Bolat Nurbekov']);
  });

  it('keeps two given names, Korean names without a hyphen and a title completed after the name', () => {
    const persons = personsOf('President Nursultan Abish Temirov of Kazakhstan met Foreign Minister Kim Dong. Former President Moon Jae-In spoke.');
    expect(persons.map((p) => [p.name, p.role, p.country])).toEqual([
      ['Nursultan Abish Temirov', 'President of Kazakhstan', 'KZ'],
      ['Kim Dong', 'Foreign Minister', 'KR'],
      ['Moon Jae-In', 'Former President', 'KR'],
    ]);
  });

  it('shares a plural title between coordinated names, and reads roles after commas and under bodies', () => {
    const persons = personsOf('Uzbek and South Korean Trade Ministers Jamshid Khodjaev and Lee Min-ho signed. Director of the Testing Center under the State Labor Inspection, Aibek Usenov, said so. His Korean counterpart, Kang Tae-ho, agreed.');
    expect(persons.map((p) => [p.name, p.role, p.country])).toEqual([
      ['Jamshid Khodjaev', 'Uzbek Trade Minister', 'UZ'],
      ['Lee Min-ho', 'South Korean Trade Minister', 'KR'],
      ['Aibek Usenov', 'Director of the Testing Center under the State Labor Inspection', 'UZ'],
      ['Kang Tae-ho', expect.stringContaining('counterpart'), 'KR'],
    ]);
  });
});
