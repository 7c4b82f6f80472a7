// GraphQL Code Generator: resolver types from the SDL in src/schema/**, with
// mappers tying each GraphQL object to the row type the resolvers receive
// (Prisma's model types; connections are Page<Row>). `npm run codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const row = (name: string) => `./prisma/client#${name} as ${name}Row`;
const rowTypes = ['Article', 'Country', 'Region', 'Organization', 'Person', 'Agreement', 'Statement', 'Fact', 'Evidence'];

const config: CodegenConfig = {
  schema: 'src/schema/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
        scalars: { Date: 'string', DateTime: 'Date' },
        mappers: {
          ...Object.fromEntries(rowTypes.map((t) => [t, row(t)])),
          ...Object.fromEntries(rowTypes.map((t) => [`${t}Connection`, `../lib/connection#Page<${t}Row>`])),
          ...Object.fromEntries(rowTypes.map((t) => [`${t}Edge`, `../lib/connection#Edge<${t}Row>`])),
        },
      },
    },
  },
};
export default config;
