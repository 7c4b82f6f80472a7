/**
 * `Promise.withResolvers` (ES2024) for Node 20, which lacks it. PostGraphile 5
 * (grafast, grafserv, @dataplan/pg) calls it and declares Node >= 22.
 *
 * Loaded ONLY by the benchmark's PostGraphile process (bench/peer/postgraphile.ts),
 * as its first import; our server never loads it. Where the runtime has the
 * method, nothing is changed.
 *
 * Follows the specification (ECMA-262, Promise.withResolvers ( )):
 *   1. Let C be the this value.
 *   2. Let promiseCapability be ? NewPromiseCapability(C).
 *   3. Return { promise, resolve, reject } as a new ordinary object.
 * NewPromiseCapability throws a TypeError when C is not a constructor, and
 * when the executor was not given callable resolve and reject functions. The
 * property is a non-constructor built-in function named "withResolvers" of
 * length 0, writable, non-enumerable and configurable, like Promise's other
 * static methods.
 */

interface WithResolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

type PromiseLikeConstructor = new <T>(executor: (resolve: (value: T | PromiseLike<T>) => void, reject: (reason?: unknown) => void) => void) => Promise<T>;

function isConstructor(value: unknown): value is PromiseLikeConstructor {
  if (typeof value !== 'function') return false;
  try {
    // Reflect.construct checks [[Construct]] of its third argument without calling it.
    Reflect.construct(String, [], value);
    return true;
  } catch {
    return false;
  }
}

/** The method, defined as shorthand so that it has no [[Construct]] (as built-in methods do not). */
const methods = {
  withResolvers<T>(this: unknown): WithResolvers<T> {
    const C = this;
    if (!isConstructor(C)) throw new TypeError('Promise.withResolvers called on a non-constructor');
    let resolve: WithResolvers<T>['resolve'] | undefined;
    let reject: WithResolvers<T>['reject'] | undefined;
    const promise = new C<T>((res, rej) => {
      if (resolve !== undefined || reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      resolve = res;
      reject = rej;
    });
    if (typeof resolve !== 'function' || typeof reject !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    return { promise, resolve, reject };
  },
};

export function installWithResolvers(target: PromiseConstructor = Promise): void {
  if (typeof (target as { withResolvers?: unknown }).withResolvers === 'function') return;
  Object.defineProperty(target, 'withResolvers', { value: methods.withResolvers, writable: true, enumerable: false, configurable: true });
}

/** The shim's own function, for tests that check it whether or not the runtime has the method. */
export const withResolvers = methods.withResolvers;

installWithResolvers();
