import type { GlossaryLocale } from "@/lib/glossary/types";
import { GlossaryLocale as DbGlossaryLocale } from "./generated/prisma/enums";

const TO_DB: Record<GlossaryLocale, DbGlossaryLocale> = { both: DbGlossaryLocale.both, "pt-PT": DbGlossaryLocale.pt_PT, "pt-BR": DbGlossaryLocale.pt_BR };

export function toDbGlossaryLocale(locale: GlossaryLocale): DbGlossaryLocale {
  return TO_DB[locale];
}

export function fromDbGlossaryLocale(locale: DbGlossaryLocale): GlossaryLocale {
  return locale === DbGlossaryLocale.pt_PT ? "pt-PT" : locale === DbGlossaryLocale.pt_BR ? "pt-BR" : "both";
}
