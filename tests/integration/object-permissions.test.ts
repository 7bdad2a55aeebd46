import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { annotateSpan } from "@/lib/actions/annotate-span";
import { deleteAnnotation } from "@/lib/actions/delete-annotation";
import { changeAccess } from "@/lib/actions/change-access";
import { removeGlossaryEntry } from "@/lib/actions/remove-glossary-entry";
import { resetPassword } from "@/lib/actions/reset-password";
import { saveGlossaryEntry } from "@/lib/actions/save-glossary-entry";
import { refusal } from "@/tests/support/refusal";
import { getAnnotation } from "@/lib/data/annotations";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openPglite, type Db, type OpenDatabase } from "@/lib/data/db";
import { getGlossaryEntry } from "@/lib/data/glossary";
import { createUser, getUser, listUsers } from "@/lib/data/users";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

// The actions judge the caller by the session next-auth reads from the request; here it names whoever the test says.
const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId === null ? null : { user: { id: session.userId } }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const TEXT = "O grande modelo é uma necessidade justa.";

/** The object-level rules: whose annotation, which glossary entries, whose account. */
function permissionSuite(open: () => Promise<OpenDatabase>) {
  let opened: OpenDatabase;
  let db: Db;
  const ids = { ana: 0, rui: 0, admin: 0, paragraph: 0 };
  const as = (who: keyof typeof ids) => {
    session.userId = ids[who];
  };

  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
    opened = await open();
    db = opened.db;
    (globalThis as unknown as { __lapidarDb?: Promise<OpenDatabase> }).__lapidarDb = Promise.resolve(opened);
    ids.ana = (await createUser(db, { email: "ana@example.com", name: "Ana", passwordHash: "x", role: "reviewer" })).id;
    ids.rui = (await createUser(db, { email: "rui@example.com", name: "Rui", passwordHash: "x", role: "reviewer" })).id;
    ids.admin = (await createUser(db, { email: "admin@example.com", name: "Admin", passwordHash: "x", role: "admin" })).id;
    const article = await createArticle(db, { title: "Permissões", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "body", text: TEXT }] }, ids.ana);
    ids.paragraph = (await getArticle(db, article.id))!.paragraphs[0].id;
  }, 180_000);
  afterAll(async () => {
    (globalThis as unknown as { __lapidarDb?: unknown }).__lapidarDb = undefined;
    await opened?.close();
  });

  const annotate = async () => {
    const start = TEXT.indexOf("necessidade justa");
    const made = await annotateSpan({ paragraphId: ids.paragraph, start, end: start + 17, text: "necessidade justa", category: "Accuracy", subtype: "mistranslation", severity: "major", comment: null });
    if (!made.ok) throw new Error(made.error);
    return made.data.id;
  };

  it("an annotation is deleted by its author or an administrator, never by another reviewer", async () => {
    as("ana");
    const first = await annotate();
    const second = await annotate();
    as("rui");
    expect(await deleteAnnotation({ annotationId: first })).toEqual({ ok: false, error: refusal("annotationDeleteOwnerOnly") });
    expect(await getAnnotation(db, first)).not.toBeNull();
    as("ana");
    expect(await deleteAnnotation({ annotationId: first })).toMatchObject({ ok: true });
    as("admin");
    expect(await deleteAnnotation({ annotationId: second })).toMatchObject({ ok: true });
    expect([await getAnnotation(db, first), await getAnnotation(db, second)]).toEqual([null, null]);
  });

  it("entries of type calque are changed by administrators only; other entries by reviewers", async () => {
    const calque = { preferred: "necessidade real", variants: ["necessidade justa"], type: "calque" as const };
    as("ana");
    expect(await saveGlossaryEntry({ entry: calque })).toEqual({ ok: false, error: refusal("calqueAdminsOnly") });
    const term = await saveGlossaryEntry({ entry: { preferred: "modelo de grande escala", variants: ["grande modelo"], type: "term" } });
    expect(term.ok).toBe(true);
    as("admin");
    const made = await saveGlossaryEntry({ entry: calque });
    if (!made.ok) throw new Error(made.error);
    as("ana");
    // Nor may a reviewer turn the lexicon's entry into a term, or delete it.
    expect(await saveGlossaryEntry({ id: made.data.id, entry: { ...calque, type: "term" } })).toEqual({ ok: false, error: refusal("calqueAdminsOnly") });
    expect(await removeGlossaryEntry({ id: made.data.id })).toEqual({ ok: false, error: refusal("calqueAdminsOnly") });
    expect((await getGlossaryEntry(db, made.data.id))?.type).toBe("calque");
  });

  it("the last administrator cannot demote or disable their own account, nor reset their own password here", async () => {
    as("admin");
    expect(await changeAccess({ id: ids.admin, role: "reviewer" })).toMatchObject({ ok: false, error: refusal("ownAccess") });
    expect(await changeAccess({ id: ids.admin, disabled: true })).toMatchObject({ ok: false, error: refusal("ownAccess") });
    expect(await resetPassword({ id: ids.admin, password: "uma frase-passe bem longa 42" })).toMatchObject({ ok: false, error: refusal("ownPassword") });
    expect(await getUser(db, ids.admin)).toMatchObject({ role: "admin", disabled: false });
    // Another administrator's account may change; a reviewer manages no one.
    expect(await changeAccess({ id: ids.rui, role: "admin" })).toMatchObject({ ok: true });
    as("rui");
    expect(await changeAccess({ id: ids.admin, role: "viewer" })).toMatchObject({ ok: true });
    as("ana");
    expect(await changeAccess({ id: ids.rui, disabled: true })).toMatchObject({ ok: false });
    as("rui");
    // Rui is now the only administrator: demoting himself is refused, so one always remains.
    expect(await changeAccess({ id: ids.rui, role: "reviewer" })).toMatchObject({ ok: false });
    expect((await listUsers(db)).filter((u) => u.role === "admin" && !u.disabled)).toHaveLength(1);
  });
}

describe("object-level permissions on the embedded database", () => permissionSuite(() => openPglite()));
describe.runIf(serverUrl)("object-level permissions on the PostgreSQL server", () => permissionSuite(() => openThrowawayDatabase(serverUrl!)));
