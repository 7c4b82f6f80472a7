/**
 * Failures the data layer reports on purpose, as plain errors: the API layer
 * (src/http/errors.ts) gives them their client-facing code.
 */

/** The caller asked for something the data layer cannot do (an order a list does not have, ...): the client's input, not a fault. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';

  constructor(
    message: string,
    /** The argument at fault, as the client named it (`orderBy`, `filter.speakers`). */
    readonly argumentName?: string,
  ) {
    super(message);
  }
}
