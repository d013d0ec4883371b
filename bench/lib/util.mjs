/** Small helpers shared by the bench's modules. */

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first line of an error's message (for logs and n/a reasons). */
export const reason = (error) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** `promise`, or a rejection naming `label` after `ms` milliseconds. */
export function withTimeout(promise, ms, label) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
