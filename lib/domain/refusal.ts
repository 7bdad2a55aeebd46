/**
 * A refusal the user should read: a key of the `refusals` catalogue and the values its message names. Errors
 * that carry one are the user's to read (a clash, a vanished row, a permission), not server faults; their
 * English `message` is for logs and the command line.
 */
export interface Refusal {
  key: string;
  values?: Record<string, string | number>;
}

export class RefusalError extends Error {
  constructor(
    readonly refusal: Refusal,
    message: string = refusal.key,
  ) {
    super(message);
  }
}

export function refusalOf(error: unknown): Refusal | null {
  return error instanceof RefusalError ? error.refusal : null;
}
