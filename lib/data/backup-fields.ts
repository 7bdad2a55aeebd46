import type { BackupPerson } from "@/lib/backup/format";

/**
 * The fields of one stored record that a backup carries. Reading a backup and restoring it both walk this one
 * list, so a field added to a record is carried both ways or neither.
 */
export interface RecordFields<Copy extends string, Dates extends string, People extends string> {
  /** Written as they are stored. */
  copy: readonly Copy[];
  /** Stored as a date (or null), written as an ISO 8601 string. */
  dates: readonly Dates[];
  /** A user relation, written as { name, email } and restored into the `<field>Id` column. */
  people: readonly People[];
}

export function recordFields<C extends string, D extends string, P extends string>(fields: RecordFields<C, D, P>): RecordFields<C, D, P> {
  return fields;
}

type Stored<C extends string, D extends string, P extends string> = Record<C, unknown> & Record<D, Date | null> & Record<P, BackupPerson>;
type Written<C extends string, D extends string, P extends string> = Record<C, unknown> & Record<D, string | null> & Record<P, BackupPerson>;

type AsWritten<R, C extends keyof R, D extends keyof R, P extends keyof R> = { [K in C]: R[K] } & { [K in D]: null extends R[K] ? string | null : string } & { [K in P]: BackupPerson };
type AsStored<E, C extends keyof E, D extends keyof E, P extends keyof E & string> = { [K in C]: E[K] } & { [K in D]: null extends E[K] ? Date | null : Date } & {
  [K in P as `${K}Id`]: number | null;
};

export function toBackupRecord<R extends Stored<C, D, P>, C extends string, D extends string, P extends string>(row: R, fields: RecordFields<C, D, P>): AsWritten<R, C, D, P> {
  const out: Record<string, unknown> = {};
  for (const key of fields.copy) out[key] = row[key];
  for (const key of fields.dates) out[key] = row[key]?.toISOString() ?? null;
  for (const key of fields.people) out[key] = row[key];
  return out as AsWritten<R, C, D, P>;
}

export function fromBackupRecord<E extends Written<C, D, P>, C extends string, D extends string, P extends string>(
  entry: E,
  fields: RecordFields<C, D, P>,
  userId: (person: BackupPerson) => number | null,
): AsStored<E, C, D, P> {
  const out: Record<string, unknown> = {};
  for (const key of fields.copy) out[key] = entry[key];
  for (const key of fields.dates) out[key] = entry[key] === null ? null : new Date(entry[key]);
  for (const key of fields.people) out[`${key}Id`] = userId(entry[key]);
  return out as AsStored<E, C, D, P>;
}

/** Everyone a record names, for matching them to this installation's accounts before anything is written. */
export function peopleOf<P extends string>(entry: Record<P, BackupPerson>, fields: RecordFields<string, string, P>): BackupPerson[] {
  return fields.people.map((key) => entry[key]);
}
