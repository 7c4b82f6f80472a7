/** Global ids: encoded and decoded through the caches exactly as without them. */
import { fromGlobalId, toGlobalId } from '../../src/lib/globalId';

test('the same id twice gives the same text, and decodes back', () => {
  const a = toGlobalId('Agreement', 42);
  expect(toGlobalId('Agreement', 42)).toBe(a);
  expect(a).toBe(Buffer.from('Agreement:42').toString('base64url'));
  expect(toGlobalId('Country', 42)).not.toBe(a);
  expect(fromGlobalId(a)).toEqual({ type: 'Agreement', id: 42 });
  expect(fromGlobalId(a)).toEqual({ type: 'Agreement', id: 42 });
});

test('a decoded id is the caller’s own: changing it changes no later answer', () => {
  const id = toGlobalId('Person', 7);
  const first = fromGlobalId(id)!;
  first.id = 8;
  expect(fromGlobalId(id)).toEqual({ type: 'Person', id: 7 });
});

test('ids this server never issued stay null, also when asked again', () => {
  for (const bad of ['', 'x', Buffer.from('Nope:1').toString('base64url'), Buffer.from('Agreement:99999999999').toString('base64url')]) {
    expect(fromGlobalId(bad)).toBeNull();
    expect(fromGlobalId(bad)).toBeNull();
  }
});
