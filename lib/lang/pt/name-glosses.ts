/**
 * Common words of organisation names in English, Portuguese and pinyin, mapped to one shared concept, so that
 * "Jiazi Guangnian" = "Jiazi Light Year" and "Zhiyuan Research Institute" = "Instituto de Pesquisa Zhiyuan".
 * Keys are lower case and singular; a pinyin key may stand for several concepts.
 */
const GLOSSES: Record<string, string> = {
  // English
  light: "light", year: "year", away: "away", beyond: "beyond", research: "research", institute: "institute",
  center: "center", centre: "center", national: "national", speech: "speech", voice: "speech", innovation: "innovation",
  capital: "capital", data: "data", technology: "technology", tech: "technology", intelligent: "intelligence",
  intelligence: "intelligence", computing: "computing", cloud: "cloud", science: "science", university: "university",
  bank: "bank", group: "group", fund: "fund", conference: "conference", commission: "commission", film: "film",
  movie: "film", network: "network", company: "company", academy: "academy", laboratory: "lab", lab: "lab",
  foundation: "foundation", association: "association", china: "china", chinese: "china", regulatory: "regulatory",
  new: "new", future: "future", star: "star", sky: "sky", sea: "sea", ocean: "sea", mountain: "mountain",
  dragon: "dragon", dream: "dream", wisdom: "wisdom", investment: "investment", security: "securities",
  securities: "securities", space: "space", source: "source", code: "code", power: "power", energy: "energy",
  // Portuguese
  luz: "light", ano: "year", distância: "away", longe: "away", além: "beyond", pesquisa: "research",
  investigação: "research", instituto: "institute", centro: "center", nacional: "national", fala: "speech",
  voz: "speech", inovação: "innovation", dado: "data", dados: "data", tecnologia: "technology", inteligente: "intelligence",
  inteligência: "intelligence", computação: "computing", nuvem: "cloud", ciência: "science", universidade: "university",
  banco: "bank", grupo: "group", fundo: "fund", conferência: "conference", comissão: "commission", filme: "film",
  cinema: "film", rede: "network", empresa: "company", companhia: "company", academia: "academy", laboratório: "lab",
  fundação: "foundation", associação: "association", chinês: "china", chinesa: "china", regulador: "regulatory",
  reguladora: "regulatory", novo: "new", nova: "new", futuro: "future", estrela: "star", céu: "sky", mar: "sea",
  oceano: "sea", montanha: "mountain", dragão: "dragon", sonho: "dream", sabedoria: "wisdom", investimento: "investment",
  espaço: "space", fonte: "source", código: "code", poder: "power", energia: "energy",
  // Pinyin words common in company names
  guangnian: "light year", zhineng: "intelligence", keji: "technology", shuju: "data", ziben: "capital",
  touzi: "investment", yanjiuyuan: "research institute", yanjiu: "research", jituan: "group", yinhang: "bank",
  dianying: "film", jisuan: "computing", weilai: "future", kexue: "science", daxue: "university", zhongguo: "china",
  zhongxin: "center", huiyi: "conference", wangluo: "network", gongsi: "company", kongjian: "space", nengyuan: "energy",
};

const GLOSS_MAP = new Map(Object.entries(GLOSSES).map(([k, v]) => [k, v.split(" ")]));

/** The concepts a name word stands for, or undefined when it is not a common name word. */
export function glossOf(word: string): string[] | undefined {
  let gloss = memo.get(word);
  if (gloss === undefined) {
    const lower = word.toLowerCase();
    gloss =
      GLOSS_MAP.get(lower) ??
      (lower.endsWith("s") ? (GLOSS_MAP.get(lower.slice(0, -1)) ?? (lower.endsWith("es") ? GLOSS_MAP.get(lower.slice(0, -2)) : undefined)) : undefined) ??
      null;
    if (memo.size > 100_000) memo.clear();
    memo.set(word, gloss);
  }
  return gloss ?? undefined;
}

const memo = new Map<string, string[] | null>();
