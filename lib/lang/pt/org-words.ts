/**
 * Words that make a capitalised run read as an organisation ("Tianyun Data", "Instituto de Pesquisa Zhiyuan"),
 * in English and Portuguese, lower case. Plural forms are matched by stripping a final "s".
 */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  `data technology tech intelligent intelligence computing capital research institute university center centre
  group holding holdings bank fund venture ventures partner partners investment investments securities commission
  company corporation corp inc ltd co limited lab labs laboratory network networks media robotics motor motors
  cloud software semiconductor semiconductors electronic electronics energy power pharma pharmaceutical biotech
  science sciences innovation information industry industries international global mobile systems system
  solutions digital financial finance insurance exchange association academy foundation studio studios games
  entertainment education automotive auto vision ai
  instituto pesquisa investigação universidade centro grupo banco fundo empresa companhia laboratório tecnologia
  tecnologias dados inteligência inteligente computação ciência ciências academia associação fundação comissão
  conferência sociedade bolsa capitais investimentos rede redes mídia média energia indústria indústrias
  financeira seguros`
    .split(/\s+/)
    .filter(Boolean),
);

export function isOrgWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_WORDS.has(lower) || (lower.endsWith("s") && ORG_WORDS.has(lower.slice(0, -1)));
}

/**
 * English words that end a firm's own name ("Suzhou Urban Investment Company", "BluePark New Energy Technology"):
 * a Chinese company's Latin name is often English, and the article must keep it, unlike a public body's.
 */
const FIRM_ENDINGS: ReadonlySet<string> = new Set(
  `group company companies corporation corp inc ltd limited co holding holdings capital fund ventures partners
  securities bank technology technologies development investment investments industries motors auto automotive
  automobile energy electronics semiconductor pharmaceutical pharmaceuticals logistics materials robotics insurance
  store shop management services systems solutions labs networks media entertainment games studios biopharma biotech
  therapeutics pharma chemical chemicals mining airlines properties resources`
    .split(/\s+/)
    .filter(Boolean),
);

export function isFirmEnding(word: string): boolean {
  return FIRM_ENDINGS.has(word.toLowerCase());
}

/** Words of a public body's English name, which Portuguese translates ("Municipal Commission of … Development"). */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(
  `of commission committee ministry bureau department administration office council government authority agency
  municipal provincial district county state`
    .split(/\s+/)
    .filter(Boolean),
);

/** A run of capitalised English words that names a firm, not a public body. */
export function isFirmName(words: readonly string[]): boolean {
  return words.length > 0 && isFirmEnding(words[words.length - 1]) && !words.some((w) => PUBLIC_BODY_WORDS.has(w.toLowerCase()));
}

/** Words that only join the parts of a name ("Instituto de Pesquisa", "Bank of China"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["de", "da", "do", "das", "dos", "of", "the", "and", "&", "for", "del", "la"]);
