// pglite-prisma-adapter reports every database error as kind "postgres", so Prisma throws a raw
// DriverAdapterError where adapter-pg gives PrismaClientKnownRequestError (P2002 and friends).
// Re-mapping the codes adapter-pg maps makes both databases fail the same way.

interface AdapterErrorCause {
  kind: string;
  code?: string;
  message?: string;
  detail?: string;
  column?: string;
}

function keyFields(detail: string | undefined): { fields: string[] } | undefined {
  const fields = detail?.match(/Key \(([^)]+)\)/)?.[1]?.split(", ");
  return fields ? { fields } : undefined;
}

function mapCause(cause: AdapterErrorCause): Record<string, unknown> | null {
  switch (cause.code) {
    case "23505":
      return { kind: "UniqueConstraintViolation", constraint: keyFields(cause.detail) };
    case "23502":
      return { kind: "NullConstraintViolation", constraint: keyFields(cause.detail) };
    case "23503":
      return { kind: "ForeignKeyConstraintViolation", constraint: cause.column ? { fields: [cause.column] } : undefined };
    case "22001":
      return { kind: "LengthMismatch", column: cause.column };
    case "22003":
      return { kind: "ValueOutOfRange", cause: cause.message };
    case "40001":
      return { kind: "TransactionWriteConflict" };
    default:
      return null;
  }
}

function remapError(error: unknown): unknown {
  const candidate = error as { name?: string; cause?: AdapterErrorCause; constructor: new (cause: unknown) => Error };
  if (candidate?.name !== "DriverAdapterError" || candidate.cause?.kind !== "postgres") return error;
  const mapped = mapCause(candidate.cause);
  if (!mapped) return error;
  return new candidate.constructor({ ...mapped, originalCode: candidate.cause.code, originalMessage: candidate.cause.message });
}

/** Wraps an adapter (or a transaction it starts) so that its rejected promises carry mapped errors. */
export function withMappedErrors<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = value.apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (resolved) =>
            property === "startTransaction" || property === "connect" ? withMappedErrors(resolved as object) : resolved,
          (error) => {
            throw remapError(error);
          },
        );
      };
    },
  });
}
