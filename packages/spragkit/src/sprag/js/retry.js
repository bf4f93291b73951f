/**
 * Reconnect delays: exponential from 0.5 s, capped at 10 s, with jitter (50-100 % of the
 * step) so a restarted server is not hit by every page at the same instant.
 * @module sprag/retry
 */
export const backoff = (tries) => Math.min(10000, 500 * 2 ** tries) * (0.5 + Math.random() / 2);
