import { ActionError } from "./safe-action";

type ErrorClass = abstract new (...args: never[]) => Error;

/** Errors of these classes are the user's to read (a clash, a vanished row), not server faults: they become refusals. */
export async function withRefusals<T>(refused: readonly ErrorClass[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (refused.some((kind) => error instanceof kind)) throw new ActionError((error as Error).message);
    throw error;
  }
}
