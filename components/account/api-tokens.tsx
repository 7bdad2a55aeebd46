"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createOwnApiToken } from "@/lib/actions/create-own-api-token";
import { revokeOwnApiToken } from "@/lib/actions/revoke-own-api-token";
import type { ApiTokenView } from "@/lib/data/api-tokens";
import { API_TOKEN_NAME_MAX, apiTokenNameSchema } from "@/lib/validation/api-token";

/** Personal tokens for the LanguageTool-compatible API: made here, shown once, revoked here. */
export function ApiTokens({ initial, endpoint }: { initial: ApiTokenView[]; endpoint: string }) {
  const t = useTranslations("apiTokens");
  const format = useFormatter();
  const [tokens, setTokens] = useState(initial);
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [copied, setCopied] = useState(false);

  async function create() {
    if (!apiTokenNameSchema.safeParse(name).success) return setError(t("nameNeeded", { max: API_TOKEN_NAME_MAX }));
    setPending(true);
    setError(null);
    setCopied(false);
    const result = await createOwnApiToken({ name });
    setPending(false);
    if (!result.ok) return setError(result.error);
    setSecret(result.data.secret);
    setTokens(result.data.tokens);
    setName("");
  }

  async function revoke(token: ApiTokenView) {
    if (!window.confirm(t("revokeConfirm", { name: token.name }))) return;
    setError(null);
    const result = await revokeOwnApiToken({ id: token.id });
    if (!result.ok) return setError(result.error);
    setTokens(result.data);
  }

  async function copy() {
    if (!secret) return;
    await navigator.clipboard.writeText(secret).then(() => setCopied(true), () => setCopied(false));
  }

  const when = (date: Date | null) => (date ? format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" }) : t("never"));

  return (
    <section className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm" aria-labelledby="api-tokens-heading">
      <div className="space-y-1">
        <h2 id="api-tokens-heading" className="font-medium">
          {t("title")}
        </h2>
        <p className="text-sm text-stone-600">{t("intro")}</p>
        <p className="text-sm text-stone-600">
          {t("endpoint")} <code className="break-all rounded bg-stone-100 px-1 py-0.5 text-xs">{endpoint}</code>
        </p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {secret ? (
        <Alert tone="info">
          <p className="font-medium">{t("shownOnce")}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code data-testid="api-token-secret" className="break-all rounded bg-white px-2 py-1 font-mono text-xs text-stone-900">
              {secret}
            </code>
            <Button type="button" variant="secondary" size="sm" onClick={copy}>
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
        </Alert>
      ) : null}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <div className="min-w-48 flex-1">
          <Field label={t("name")} hint={t("nameHint")}>
            <Input value={name} onChange={(event) => setName(event.target.value)} maxLength={API_TOKEN_NAME_MAX} />
          </Field>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-500">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th className="py-1 pr-3 font-medium">{t("name")}</th>
                <th className="py-1 pr-3 font-medium">{t("token")}</th>
                <th className="py-1 pr-3 font-medium">{t("created")}</th>
                <th className="py-1 pr-3 font-medium">{t("lastUsed")}</th>
                <th className="py-1 font-medium">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t border-stone-100 align-top">
                  <td className="py-2 pr-3">{token.name}</td>
                  <td className="py-2 pr-3 font-mono text-xs">{token.prefix}…</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{when(token.createdAt)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{when(token.lastUsedAt)}</td>
                  <td className="py-2 text-right whitespace-nowrap">
                    {token.revokedAt ? (
                      <span className="text-stone-500">{t("revokedOn", { date: when(token.revokedAt) })}</span>
                    ) : (
                      <Button type="button" variant="secondary" size="sm" onClick={() => revoke(token)} aria-label={t("revokeNamed", { name: token.name })}>
                        {t("revoke")}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
