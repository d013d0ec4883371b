/** Waymark in one browser tab: the library and the editor page objects on that tab's page. */
import type { Page } from '@playwright/test';
import { EditorPage } from './editor';
import { LibraryPage } from './library';
import { storedCards, storedMap, type StoredCard, type StoredMap } from './storage';

/** The app in one tab. Nothing is opened until a page object is asked to. */
export class Waymark {
  readonly library: LibraryPage;
  readonly editor: EditorPage;

  constructor(readonly page: Page) {
    this.library = new LibraryPage(page);
    this.editor = new EditorPage(page, this.library);
  }

  /** Another tab in the same browser (same storage, same edit locks). */
  async newTab(): Promise<Waymark> {
    return new Waymark(await this.page.context().newPage());
  }

  /** The live map titled `title` as this browser's IndexedDB holds it (see storage.ts). */
  storedMap(title: string): Promise<StoredMap | null> {
    return storedMap(this.page, title);
  }

  /** The cards of the live map titled `title` as this browser's IndexedDB holds them. */
  storedCards(title: string): Promise<StoredCard[]> {
    return storedCards(this.page, title);
  }
}
