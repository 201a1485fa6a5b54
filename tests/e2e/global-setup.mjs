/**
 * `node --test --test-global-setup=tests/e2e/global-setup.mjs`: starts one server of the built site and one Chromium
 * for every test file of the run, instead of one each (a Chromium costs about a second of CPU to start and stop).
 * The files find them through environment variables (harness.mjs); run alone, a file starts its own.
 */
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, startOwnSite } from "./harness.mjs";

let site;
let browserServer;

export async function globalSetup() {
  site = await startOwnSite();
  browserServer = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  process.env.E2E_SHARED_SITE_URL = site.url;
  process.env.E2E_SHARED_BROWSER_WS = browserServer.wsEndpoint();
}

export async function globalTeardown() {
  await browserServer?.close();
  site?.server.close();
}
