import { RateLimiterMemory } from "rate-limiter-flexible";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createSignInLimiter, SIGN_IN_COUNTER, SIGN_IN_POLICY, TooManyAttemptsError, type SignInLimiter } from "@/lib/auth/rate-limit";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { openPostgresLimitStores, type LimitStores } from "@/lib/data/rate-limit-store";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

/** Sign-in as next-auth runs it (the provider's authorize), on a real database with the embedded limiter. */
let opened: OpenDatabase;
vi.stubEnv("DATABASE_URL", "");
vi.stubEnv("NEXTAUTH_SECRET", "sign-in-test-secret");
vi.mock("@/lib/data/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/data/db")>()),
  getDb: async () => opened.db,
}));
const { authOptions, SIGN_IN_FAILED } = await import("@/lib/auth/options");

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signIn = (email: string, password: string, address: string) => authorize({ email, password }, { headers: { "x-forwarded-for": address } });
const outcome = (attempt: Promise<unknown>) =>
  attempt.then(
    () => "signed in",
    (error: Error) => (error.message === SIGN_IN_FAILED ? "refused" : error.message),
  );

const OWNER = { email: "owner@example.com", password: "the-right-password" };

beforeAll(async () => {
  opened = await openPglite();
  await createUser(opened.db, { email: OWNER.email, name: "Owner", passwordHash: await hashPassword(OWNER.password), role: "reviewer" });
  await createUser(opened.db, { email: "disabled@example.com", name: "Off", passwordHash: await hashPassword(OWNER.password), role: "reviewer" });
  // Past updateUserAccess, which wants an administrator left: this installation has none.
  await prismaForTests(opened.db).user.update({ where: { email: "disabled@example.com" }, data: { disabled: true } });
});
afterAll(async () => {
  await opened?.close();
});

async function medianMs(run: () => Promise<unknown>, times: number): Promise<number> {
  const spans: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run().catch(() => undefined);
    spans.push(performance.now() - started);
  }
  return spans.sort((a, b) => a - b)[Math.floor(times / 2)];
}

describe("sign-in", () => {
  it("takes as long for an account that does not exist as for a wrong password", async () => {
    let n = 0;
    // A fresh address each time, so that no wait comes into it.
    const next = () => `198.51.100.${++n}`;
    await signIn("nobody@example.com", "warm-up-password", next()).catch(() => undefined);
    const existing = await medianMs(() => signIn(OWNER.email, "wrong-password-1", next()), 9);
    const missing = await medianMs(() => signIn(`nobody-${n}@example.com`, "wrong-password-1", next()), 9);
    const disabled = await medianMs(() => signIn("disabled@example.com", OWNER.password, next()), 9);
    expect(missing / existing).toBeGreaterThan(0.6);
    expect(missing / existing).toBeLessThan(1.6);
    expect(disabled / existing).toBeGreaterThan(0.6);
    expect(disabled / existing).toBeLessThan(1.6);
  });

  it("refuses an over-long e-mail or password before looking anything up", async () => {
    expect(await outcome(signIn(`${"a".repeat(250)}@example.com`, OWNER.password, "192.0.2.1"))).toBe("refused");
    expect(await outcome(signIn(OWNER.email, "p".repeat(10_000), "192.0.2.1"))).toBe("refused");
  });

  it("makes a guesser wait longer after each failure, while the owner signs in from elsewhere", async () => {
    const attacker = "203.0.113.7";
    for (let i = 0; i < SIGN_IN_POLICY.client.free; i++) expect(await outcome(signIn(OWNER.email, `guess-${i}`, attacker))).toBe("refused");
    expect(await outcome(signIn(OWNER.email, "one-more-guess", attacker))).toBe("refused");
    // The next attempt from there waits, even with the right password: guessing cannot go faster than the waits.
    expect(await outcome(signIn(OWNER.email, OWNER.password, attacker))).toMatch(/^Too many failed sign-ins. Try again in 1 second\(s\)\.$/);
    // The owner, on their own machine, is not locked out by any of it.
    expect(await outcome(signIn(OWNER.email, OWNER.password, "192.0.2.50"))).toBe("signed in");
  });

  it("keeps the owner's known address free of the account-wide wait that many guessing addresses bring on", async () => {
    const home = "192.0.2.80";
    expect(await outcome(signIn(OWNER.email, OWNER.password, home))).toBe("signed in");
    for (let i = 0; i <= SIGN_IN_POLICY.account.free; i++) await signIn(OWNER.email, `spread-guess-${i}`, `203.0.113.${100 + i}`).catch(() => undefined);
    expect(await outcome(signIn(OWNER.email, OWNER.password, "203.0.113.250"))).toMatch(/^Too many failed sign-ins/);
    expect(await outcome(signIn(OWNER.email, OWNER.password, home))).toBe("signed in");
  });
});

describe("the waits", () => {
  const limiter = () => createSignInLimiter(new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration: 60 }));
  async function waitAfter(l: SignInLimiter, failures: number, address = "a"): Promise<string | null> {
    for (let i = 0; i < failures; i++) await l.recordFailure("x@example.com", address);
    return l.check("x@example.com", address).then(
      () => null,
      (error: TooManyAttemptsError) => error.message.replace(/^Too many failed sign-ins. Try again in /, ""),
    );
  }

  it("double with each failure in a row and stop growing at the cap; a success clears them", async () => {
    const l = limiter();
    expect(await waitAfter(l, 3)).toBeNull();
    expect(await waitAfter(l, 1)).toBe("1 second(s).");
    expect(await waitAfter(l, 1)).toBe("2 second(s).");
    expect(await waitAfter(l, 1)).toBe("4 second(s).");
    expect(await waitAfter(l, 4)).toBe("64 second(s).");
    expect(await waitAfter(l, 30)).toBe("15 minute(s).");
    await l.recordSuccess("x@example.com", "a");
    expect(await waitAfter(l, 0)).toBeNull();
  });
});

describe.runIf(serverUrl)("on a PostgreSQL server (DATABASE_URL)", () => {
  let database: OpenDatabase & { url: string };
  const servers: LimitStores[] = [];
  beforeAll(async () => {
    database = await openThrowawayDatabase(serverUrl!);
  });
  afterAll(async () => {
    await Promise.all(servers.map((stores) => stores.close()));
    await database?.close();
  });

  it("shares the counts between app servers: failures on one make the other wait", async () => {
    const server = () => {
      const stores = openPostgresLimitStores(database.url);
      servers.push(stores);
      return createSignInLimiter(stores.store(SIGN_IN_COUNTER));
    };
    const [one, two] = [server(), server()];
    for (let i = 0; i < SIGN_IN_POLICY.client.free + 1; i++) await (i % 2 ? one : two).recordFailure("owner@example.com", "203.0.113.9");
    await expect(one.check("owner@example.com", "203.0.113.9")).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(two.check("owner@example.com", "203.0.113.9")).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(two.check("owner@example.com", "192.0.2.9")).resolves.toBeUndefined();
    const rows = await prismaForTests(database.db).signInLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.key.includes("owner") || r.key.includes("203.0.113"))).toBe(false);
  });
});
