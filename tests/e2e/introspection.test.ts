/** Introspection is on in every NODE_ENV, production included, and an environment variable switches it off. */
import { startTestApp } from '../support/app';

const QUERY = '{ __schema { queryType { name } } }';

test('introspection answers under NODE_ENV=production', async () => {
  const t = await startTestApp({ seed: false, env: { NODE_ENV: 'production' } });
  try {
    const { body } = await t.gql(QUERY);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  } finally {
    await t.close();
  }
});

test('INTROSPECTION_ENABLED=false refuses introspection', async () => {
  const t = await startTestApp({ seed: false, env: { NODE_ENV: 'production', INTROSPECTION_ENABLED: 'false' } });
  try {
    const { body } = await t.gql(QUERY);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  } finally {
    await t.close();
  }
});
