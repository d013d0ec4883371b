/** The Content-Security-Policy as the page declares it, and the violations the page reports. */
import type { Page } from '@playwright/test';

/** The policy of the page's `<meta http-equiv="Content-Security-Policy">`, if any. */
export async function contentSecurityPolicy(page: Page): Promise<string | null> {
  // A meta element has no role or name: found by its attribute.
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

/** What a page reported about its policy since `watchPolicyViolations` started. */
export interface PolicyViolations {
  /** Every `securitypolicyviolation` event: "<directive> <blocked URI> <file>:<line>". */
  events(): Promise<string[]>;
  /** Console messages about the policy ("Refused to …"). */
  console: string[];
}

/**
 * Starts counting the policy violations of `page` from the very first script on (call before
 * the page loads): the `securitypolicyviolation` events and the console's refusals.
 */
export async function watchPolicyViolations(page: Page): Promise<PolicyViolations> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  return {
    events: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    console,
  };
}
