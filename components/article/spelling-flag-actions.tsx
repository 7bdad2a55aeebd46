"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useSpellingWords, type DictionaryScope } from "./spelling-words";

/** For a spelling flag: the word is right after all, here only or in every article. */
export function SpellingFlagActions({ word }: { word: string }) {
  const { locale, canEdit, pending, ignore, addToDictionary } = useSpellingWords();
  const [scope, setScope] = useState<DictionaryScope>(locale);
  const t = useTranslations("workspace.spelling");
  if (!canEdit) return null;
  return (
    <div role="group" aria-label={t("group")} className="space-y-1.5 border-t border-stone-200 pt-2">
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => ignore(word)} className="w-full justify-start">
        {t("ignore")}
      </Button>
      <div className="flex gap-1.5">
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => addToDictionary(word, scope)} className="flex-1 justify-start">
          {t("add")}
        </Button>
        <Select aria-label={t("scopeLabel")} value={scope} onChange={(e) => setScope(e.target.value as DictionaryScope)} className="h-8 w-32 text-xs">
          <option value={locale}>{t("only", { locale })}</option>
          <option value="both">{t("both")}</option>
        </Select>
      </div>
    </div>
  );
}
