import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Who may import whom is dependency-cruiser's job (.dependency-cruiser.cjs); this file is about the code itself.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "lib/data/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    "screenshots/**",
    // Scratch files a developer keeps out of git (.scratch/, a leading dot, .tmp.ts).
    ".scratch/**",
    "**/.*.ts",
    "**/*.tmp.ts",
  ]),
  {
    // A disable comment that no longer silences anything is an error: it must become real or go.
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // An unused name is dead code (STYLE: no dead code); a leading underscore marks a parameter a signature requires.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
]);
