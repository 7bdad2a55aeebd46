import { defineConfig } from "@playwright/test";
import { freePort } from "./scripts/load/app-server";

// The config is evaluated in the runner and again in each worker: pick the port once and let the
// workers inherit it through the environment.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
// Per run, so that two runs on one machine never share a database, sessions or artefacts.
const runDir = `.data/e2e-${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `${runDir}/results`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The browser asks for European Portuguese, the interface's default, so the specs read what editors read.
    locale: "pt-PT",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /first-run\.setup\.ts/ },
    { name: "app", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: {
    command: `rm -rf ${runDir} && mkdir -p ${runDir} && node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      LAPIDAR_DATA_DIR: `${runDir}/data`,
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
