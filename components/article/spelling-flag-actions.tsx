"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useSpellingWords, type DictionaryScope } from "./spelling-words";

/** For a spelling flag: the word is right after all, here only or in every article. */
export function SpellingFlagActions({ word }: { word: string }) {
  const { locale, canEdit, pending, ignore, addToDictionary } = useSpellingWords();
  const [scope, setScope] = useState<DictionaryScope>(locale);
  if (!canEdit) return null;
  return (
    <div role="group" aria-label="The word is spelt right" className="space-y-1.5 border-t border-stone-200 pt-2">
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => ignore(word)} className="w-full justify-start">
        Ignore in this article
      </Button>
      <div className="flex gap-1.5">
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => addToDictionary(word, scope)} className="flex-1 justify-start">
          Add to dictionary
        </Button>
        <Select aria-label="Dictionary locale" value={scope} onChange={(e) => setScope(e.target.value as DictionaryScope)} className="h-8 w-32 text-xs">
          <option value={locale}>{locale} only</option>
          <option value="both">both variants</option>
        </Select>
      </div>
    </div>
  );
}
