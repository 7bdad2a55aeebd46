import "./prisma/cli-exit-fix";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { shadowOnlyAdapter } from "./prisma/shadow-adapter";

process.env.CHECKPOINT_DISABLE ??= "1";

// engine "js" runs the bundled WASM schema engine through a driver adapter: nothing is downloaded.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return shadowOnlyAdapter();
  },
});
