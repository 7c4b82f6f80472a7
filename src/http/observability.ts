/**
 * An Apollo plugin that tells the access log and the metrics which GraphQL
 * operation a request ran and how long it took (the HTTP layer only sees bytes).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../metrics';
import { currentRequest } from './requestState';

export function observabilityPlugin<TContext extends object>(metrics: Metrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operationName, operation }) {
          const state = currentRequest();
          if (!state) return;
          state.operationName = operationName ?? undefined;
          state.operationType = operation?.operation;
        },
        async willSendResponse({ operationName, operation, request }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const state = currentRequest();
          // Unparseable or invalid documents have no resolved operation: keep what the client named.
          const name = operationName ?? request.operationName;
          if (state && !state.operationName && name) state.operationName = name;
          metrics.operationDuration.observe({ operation: metrics.operationLabel(name), type: operation?.operation ?? 'unknown' }, seconds);
        },
      };
    },
  };
}
