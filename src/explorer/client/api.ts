/**
 * Data access: the SDK's typed client (src/sdk) against the public GraphQL
 * endpoint, with TanStack Query as the cache (one entry per operation and
 * variables; a page visited again renders from memory, then revalidates).
 */
import { QueryClient, useInfiniteQuery, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { createClient, GraphQLRequestError, type TypedDocumentNode } from '../../sdk';

const config = JSON.parse(document.getElementById('explorer-config')?.textContent ?? '{}') as { endpoint?: string };
const client = createClient({ url: config.endpoint ?? '/graphql' });

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // A bad input or an unknown id does not get better by asking again; a lost connection might.
      retry: (count, error) => count < 2 && !(error instanceof GraphQLRequestError && error.status > 0 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

type Vars = Record<string, unknown>;

function nameOf(doc: TypedDocumentNode<unknown, never>): string {
  for (const d of doc.definitions) if (d.kind === 'OperationDefinition') return d.name?.value ?? 'anonymous';
  return 'anonymous';
}

export function run<R, V extends Vars>(doc: TypedDocumentNode<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  // The SDK's request() makes variables optional only for operations without required ones; here they are always given.
  const request = client.request as (d: TypedDocumentNode<R, V>, v: V, o: { signal?: AbortSignal }) => Promise<R>;
  return request(doc, variables, { signal });
}

export function useGql<R, V extends Vars>(doc: TypedDocumentNode<R, V>, variables: V, options: { enabled?: boolean } = {}): UseQueryResult<R, Error> {
  return useQuery({
    queryKey: [nameOf(doc as TypedDocumentNode<unknown, never>), variables],
    queryFn: ({ signal }) => run(doc, variables, signal),
    ...options,
  });
}

/** A connection read page by page (`first` + `after`), for "Show more". */
export function usePaged<R, V extends Vars>(doc: TypedDocumentNode<R, V & { first: number; after?: string | null }>, variables: V, pageSize: number, endCursor: (page: R) => string | null | undefined, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: [nameOf(doc as TypedDocumentNode<unknown, never>), variables, pageSize],
    queryFn: ({ signal, pageParam }) => run(doc, { ...variables, first: pageSize, after: pageParam } as V & { first: number; after?: string | null }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: R) => endCursor(last) ?? undefined,
    ...options,
  });
}

/** What went wrong, in words for the reader (the API's message names the problem and carries a request id). */
export function describeError(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const id = error.errors.find((e) => e.extensions?.requestId)?.extensions?.requestId;
    return `${error.message}${id ? ` (request id ${String(id)})` : ''}`;
  }
  if (error instanceof TypeError) return `The server could not be reached (${error.message}). Check the connection and try again.`;
  return error instanceof Error ? error.message : String(error);
}
