import { CHECKS } from "@/lib/checks";
import { EMPTY_CONFIG, loadFlaggerConfig } from "@/lib/checks/config";
import { flaggerConfigPath } from "@/lib/config";
import type { Locale } from "@/lib/domain";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import { createIncrementalFlagger, type IncrementalFlagger } from "./incremental-flagger";

/** The flagger a pool thread or the server's own thread keeps: the installation's check settings and the three dictionaries, loaded once. */
export async function loadIncrementalFlagger(): Promise<IncrementalFlagger> {
  const configPath = flaggerConfigPath();
  const config = configPath ? loadFlaggerConfig(configPath, CHECKS) : EMPTY_CONFIG;
  const [english, ptPT, ptBR] = await Promise.all([loadSpeller("en"), loadSpeller("pt-PT"), loadSpeller("pt-BR")]);
  const spellers = new Map<Locale, Speller>([["pt-PT", ptPT], ["pt-BR", ptBR]]);
  return createIncrementalFlagger(spellers, config, CHECKS, english);
}
