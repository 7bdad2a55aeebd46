import { Locale as DbLocale } from "./generated/prisma/enums";
import type { Locale } from "@/lib/domain";

export function toDbLocale(locale: Locale): DbLocale {
  return locale === "pt-BR" ? DbLocale.pt_BR : DbLocale.pt_PT;
}

export function fromDbLocale(locale: DbLocale): Locale {
  return locale === DbLocale.pt_BR ? "pt-BR" : "pt-PT";
}
