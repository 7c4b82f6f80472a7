/** CORS headers for the configured origins (CORS_ORIGINS; `*` for any). */

export function corsPolicy(origins: readonly string[]): (origin: string | undefined) => Record<string, string> {
  const any = origins.includes('*');
  return (origin): Record<string, string> => {
    if (!origin) return {};
    // Vary on Origin whenever the answer depends on it, so a shared cache never serves one origin's headers to another.
    if (!any && !origins.includes(origin)) return { vary: 'Origin' };
    return {
      'access-control-allow-origin': any ? '*' : origin,
      'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-read-after',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-expose-headers': 'x-request-id, x-read-after',
      'access-control-max-age': '600',
      ...(any ? {} : { vary: 'Origin' }),
    };
  };
}
