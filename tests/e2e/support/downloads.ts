/** Files the app hands to the browser to save ("Export JSON", "Download a copy"). */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** A finished download: the name the app suggested and the saved file. */
export interface Downloaded {
  /** The file name the app suggested ("independent-living-customer-journey.json"). */
  name: string;
  /** Where Playwright saved it (removed when the browser context closes). */
  path: string;
  /** The file's bytes. */
  bytes(): Promise<Buffer>;
  /** The file as UTF-8 text. */
  text(): Promise<string>;
}

/** Runs `action` (a click that saves a file) and returns the file once it is written. */
export async function downloadFrom(page: Page, action: () => Promise<void>): Promise<Downloaded> {
  const started = page.waitForEvent('download');
  await action();
  const download = await started;
  const path = await download.path();
  return {
    name: download.suggestedFilename(),
    path,
    bytes: () => readFile(path),
    text: () => readFile(path, 'utf8'),
  };
}
