import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Per account: slows guessing one password; per address: slows trying many accounts.
const perAccount = new RateLimiterMemory({ keyPrefix: "signin-account", points: 8, duration: 15 * 60 });
const perAddress = new RateLimiterMemory({ keyPrefix: "signin-address", points: 40, duration: 15 * 60 });

export class TooManyAttemptsError extends Error {}

function minutes(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
}

/** Counts one attempt against both limits; throws when either is exhausted. */
export async function consumeSignInAttempt(account: string, address: string): Promise<void> {
  try {
    await Promise.all([perAccount.consume(account.toLowerCase()), perAddress.consume(address)]);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new TooManyAttemptsError(`Too many sign-in attempts. Try again in ${minutes(error)} minute(s).`);
    }
    throw error;
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function resetAccountAttempts(account: string): Promise<void> {
  await perAccount.delete(account.toLowerCase());
}
