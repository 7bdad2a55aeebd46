// Runs once when the server starts: the configuration is checked, and the spelling dictionaries load now
// rather than on the first article someone opens.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A server database without a shared secret is refused at start, not at the first sign-in.
  const { MISSING_SECRET } = await import("@/lib/auth/secret");
  const { postgresUrl } = await import("@/lib/config");
  if (postgresUrl() && !process.env.NEXTAUTH_SECRET) {
    console.error(`\n${MISSING_SECRET}\n`);
    process.exit(1);
  }
  const { getFlagger } = await import("@/lib/services/review-flags");
  await getFlagger().catch((error) => console.error("The flagger could not be loaded:", error));
}
