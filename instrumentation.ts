// Runs once when the server starts: the configuration is checked, and the spelling dictionaries load now
// rather than on the first article someone opens.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { MISSING_SECRET } = await import("@/lib/auth/secret");
  const { configuredAuthSecret, env, InvalidEnvironmentError, postgresUrl } = await import("@/lib/config");
  try {
    env();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  // A server database without a shared secret is refused at start, not at the first sign-in.
  if (postgresUrl() && !configuredAuthSecret()) {
    console.error(`\n${MISSING_SECRET}\n`);
    process.exit(1);
  }
  const { getFlagger } = await import("@/lib/services/review-flags");
  await getFlagger().catch((error) => console.error("The flagger could not be loaded:", error));
}
