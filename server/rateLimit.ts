/** Fixed-window rate limits kept in memory (per server instance). */

/** Counts events per key in windows of `windowMs`; at most `limit` per window are allowed. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one event for `key`. Returns 0 when it is allowed, otherwise the ms until the
   * key's window resets (for a Retry-After header).
   */
  take(key: string): number {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.prune(now);
    }
    window.count += 1;
    return window.count <= this.limit ? 0 : window.start + this.windowMs - now;
  }

  /** Forgets windows that have ended (bounded memory under many distinct keys). */
  prune(now = this.now()): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}
