/**
 * Test instrumentation: live counts of everything an owner can leak.
 * Every listener, timer and subscription the runtime creates increments a counter here and
 * its release decrements it, so tests can assert that teardown leaves zero.
 * @module ragot/debug
 */

/** @type {{listeners: number, timers: number, subscriptions: number, owners: number}} */
export const counts = { listeners: 0, timers: 0, subscriptions: 0, owners: 0 };

/**
 * A snapshot of the live counts.
 * @returns {{listeners: number, timers: number, subscriptions: number, owners: number}}
 */
export function debugCounts() {
  return { ...counts };
}
