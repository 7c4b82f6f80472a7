/** Listening on PORT/HOST with errors a user can act on, and the URL the ready line shows. */
import type http from 'node:http';
import type { Config } from '../config';

export function listen(server: http.Server, config: Config): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          e.code === 'EADDRINUSE'
            ? `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT to a free port.`
            : e.code === 'EACCES'
              ? `Not allowed to listen on port ${config.port}: choose a port above 1023 with PORT.`
              : `Cannot listen on ${config.host}:${config.port}: ${e.message}`,
        ),
      );
    server.once('error', onError);
    // Under node:cluster the primary binds the port once and hands connections to every worker listening on it
    // (with PORT=0 too: the workers share the one port the primary picked).
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve((server.address() as { port: number }).port);
    });
  });
}

/** The GraphQL URL to show once serving on `port`. */
export function graphqlUrl(config: Config, port: number): string {
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `http://${shownHost}:${port}/graphql`;
}
