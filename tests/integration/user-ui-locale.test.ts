import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type Db, type OpenDatabase } from "@/lib/data/db";
import { getUserUiLocale, setUserUiLocale } from "@/lib/data/user-ui-locale";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

function uiLocaleSuite(getDb: () => Db) {
  it("is unset for a new account, then what the user chose, and one account's choice is its own", async () => {
    const db = getDb();
    const rita = await createUser(db, { email: "rita-locale@example.com", name: "Rita", passwordHash: "x", role: "reviewer" });
    const rui = await createUser(db, { email: "rui-locale@example.com", name: "Rui", passwordHash: "x", role: "viewer" });
    expect(await getUserUiLocale(db, { userId: rita.id })).toBeNull();
    await setUserUiLocale(db, { userId: rita.id, locale: "pt-BR" });
    expect(await getUserUiLocale(db, { userId: rita.id })).toBe("pt-BR");
    await setUserUiLocale(db, { userId: rita.id, locale: "en" });
    expect(await getUserUiLocale(db, { userId: rita.id })).toBe("en");
    expect(await getUserUiLocale(db, { userId: rui.id })).toBeNull();
  });

  it("ignores a stored value that is no longer an interface language, and an unknown account", async () => {
    const db = getDb();
    const vera = await createUser(db, { email: "vera-locale@example.com", name: "Vera", passwordHash: "x", role: "viewer" });
    // Past setUserUiLocale, whose type refuses it: a value stored before the language was withdrawn.
    await prismaForTests(db).user.update({ where: { id: vera.id }, data: { uiLocale: "fr-FR" } });
    expect(await getUserUiLocale(db, { userId: vera.id })).toBeNull();
    expect(await getUserUiLocale(db, { userId: 987654 })).toBeNull();
  });
}

describe("the interface language of an account on PGlite", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openPglite();
  });
  afterAll(async () => {
    await opened?.close();
  });
  uiLocaleSuite(() => opened.db);
});

describe.runIf(serverUrl)("the interface language of an account on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  });
  afterAll(async () => {
    await opened?.close();
  });
  uiLocaleSuite(() => opened.db);
});
