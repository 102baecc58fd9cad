// The frame of a journey file: before its tests, the demo server (unless E2E_BASE_URL names a running one) and a
// browser; after them, both closed. The file keeps its own `base` and `browser` variables, set by `ready`.
import { after, before } from 'node:test';
import { type Browser, openBrowser } from './browser';
import { ensureWebBuilt, type RunningServer, startServer } from './server';

/** Registers the before/after hooks; `skip` (no Chromium) leaves both undone, as the tests skip themselves. */
export function withJourneyServer(
  skip: boolean | string,
  ready: (started: { base: string; browser: Browser }) => void,
): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    if (skip) return;
    let base = process.env.E2E_BASE_URL ?? '';
    if (!base) {
      ensureWebBuilt();
      server = await startServer();
      base = server.baseUrl;
    }
    browser = await openBrowser();
    ready({ base, browser });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}
