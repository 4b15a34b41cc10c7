/**
 * `test` with two extra fixtures:
 * - `apiAs(username)`: an API client logged in as that user in a request context of its own
 *   (the page's cookies stay untouched); disposed after the test.
 * - `pageApi`: an API client on `page.request`, i.e. as whoever is logged in on the page; call
 *   `adoptSession()` before mutating.
 */
import { test as base, request as playwrightRequest } from '@playwright/test';
import { ApiClient } from './api.ts';

type Fixtures = {
  apiAs: (username: string) => Promise<ApiClient>;
  pageApi: ApiClient;
};

export const test = base.extend<Fixtures>({
  apiAs: async ({ baseURL }, use) => {
    const contexts: Awaited<ReturnType<typeof playwrightRequest.newContext>>[] = [];
    await use(async (username) => {
      const context = await playwrightRequest.newContext({ baseURL });
      contexts.push(context);
      return new ApiClient(context).login(username);
    });
    await Promise.all(contexts.map((c) => c.dispose()));
  },
  pageApi: async ({ page }, use) => {
    await use(new ApiClient(page.request));
  },
});

export { expect } from '@playwright/test';
