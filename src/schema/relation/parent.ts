import type { Country } from '../../generated/prisma/client';

/** What a CountryRelation resolves from (codegen's mapper): the two country rows, in the order asked. */
export interface CountryRelationParent {
  countries: Country[];
}
