import { CONNECTORS, LANGUAGE_ENDONYMS, UI_WORDS } from "./boilerplate-vocabulary";

/**
 * Site boilerplate that scrapers leave in an article: menus, share and comment widgets, ads,
 * disclaimers, language pickers, copyright and cookie lines. General shapes, not one site's
 * strings: whole-line interface vocabulary (pt, en, es), counters, endonym lists, and phrases that
 * only ever appear in site chrome. Weak evidence (a short bulleted item, a code-like label) only
 * counts near the end of the article, where scrapers put the footer.
 */

export interface ParagraphPosition {
  index: number;
  total: number;
}

/** Patterns that are chrome wherever they appear, whatever the paragraph length. */
const PHRASES: [RegExp, string][] = [
  [
    /this (page|article|content|website|site) (may contain|is provided for)|for (general )?information(al)? purposes only|(not|never) (be )?(considered|construed) as (an endorsement|financial|investment|legal|professional)|(does not|do not) constitute (financial|investment|legal|professional)? ?advice|not (financial|investment) advice|see disclaimer|^(aviso legal|isenção de responsabilidade|disclaimer|nota legal)\b|(não|nem) (constitui|constituem|representa|deve ser considerad[oa]) (um |uma )?(aconselhamento|recomendação|consultoria|conselho|oferta)|(apenas|somente|exclusivamente) para fins (informativos|de informação)|as opiniões (aqui )?expressas (neste|nesta|são)|descargo de responsabilidad|no constituye (asesoramiento|recomendación)|免责声明|不构成(任何)?投资建议|仅代表作者(本人)?观点/i,
    "disclaimer",
  ],
  [
    /©|^\(c\)\s|^copyright\b|copyright\s*(©\s*)?\d{4}|todos os direitos reservados|all rights reserved|todos los derechos reservados|版权所有|(reprodução|cópia) (total ou parcial )?(é )?proibida|proibida a reprodução|转载请注明|禁止转载/i,
    "copyright line",
  ],
  [/\b(o )?link (original|do (artigo|texto) original) (é|e)\s*[:：]|^(original link|source link|link original)\s*[:：]|^(原文链接|原文地址|原文)\s*[:：]/i, "source link"],
  [/^(receba|receive|get)\b.{0,80}\b(no seu e-?mail|por e-?mail|na sua caixa de (entrada|correio)|in your inbox|by e-?mail)/i, "newsletter prompt"],
  [/^(责任编辑|编辑|校对|审核|主编|实习编辑)\s*[:：]/, "editor credit"],
  [/^(tags|etiquetas|tópicos|palavras-chave|keywords|assuntos|标签|关键词)\s*[:：]/i, "tag list"],
  // Crypto news sites head an article with bracketed links to earlier stories (前情提要, 背景补充), which mirrors
  // and machine translation keep with their labels translated.
  [/^[(（]\s*(resumo anterior|resumo dos (episódios|capítulos) anteriores|recapitulação|contexto anterior|contexto adicional|contexto complementar|complemento de contexto|informação de contexto|antecedentes|suplemento de (contexto|antecedentes)|leitura relacionada|leitura complementar|leitura recomendada|previously|previous summary|background|related reading|前情提要|背景补充|延伸阅读|相关阅读)\s*[:：]/i, "related-article link"],
];

/** Patterns that are chrome only in a short, non-sentence paragraph. */
const SHORT_PHRASES: [RegExp, string][] = [
  [/^(nenhum|sem|no|sin|ainda não há|there are no|be the first|seja o primeiro|sê o primeiro)\b.{0,30}(coment|comment)/i, "comment widget"],
  [/(digitaliz|escaneie|escaneia|scan|leia o qr|扫码|扫描).{0,40}(transferir|baixar|descarregar|download|instalar|install|app\b|aplicação|aplicativo|下载)/i, "app download prompt"],
  [/^(baixe|descarregue|transfira|instale|download|get|install|obtenha)\b.{0,40}\b(app|aplicação|aplicativo|application)\b/i, "app download prompt"],
  [/^(leia (também|mais)|veja (também|mais)|saiba mais|ler mais|mais lid[oa]s|relacionad[oa]s|artigos relacionados|notícias relacionadas|conteúdo relacionado|recomendad[oa]s|você (também )?pode gostar|pode (também )?interessar|read (more|also|next)|related( articles| posts| stories| news)?|see also|you (may|might) also like|more stories|most read|lea también|ver también|noticias relacionadas|相关阅读|相关文章|推荐阅读|延伸阅读)(?=$|[\s:：,.|»›>-])/i, "related-article link"],
  [/^(siga(-nos)?|sigam-nos|follow( us)?|síguenos|acompanhe(-nos)?|junte-se a nós|join us|关注我们)\b.*\b(nos|us|instagram|facebook|twitter|x|telegram|whatsapp|youtube|linkedin|tiktok|canal|redes sociais|social)\b/i, "follow prompt"],
  // Bounded gaps: with ".*" every "cookie" in a line of them rescanned the rest of it (quadratic).
  [/\bcookies?\b.{0,160}?\b(utiliza|usa|usamos|utilizamos|uses|use|aceitar|aceito|accept|consent|consentimento|privacidade|privacy|navegação|browsing|experiência|experience)|\b(utiliza|usa|usamos|utilizamos|we use|uses)\b.{0,160}?\bcookies?\b/i, "cookie notice"],
  [/\b(newsletter|boletim informativo)\b|^(subscreva|subscrever|inscreva-se|assine|cadastre-se|sign up|subscribe)\b.*\b(e-?mail|notícias|boletim|updates|alertas|novidades)\b/i, "newsletter prompt"],
  [/^(negocie|negociar|compre|comprar|invista|opere|trade|buy|invest)\b.*\b(cripto|crypto|bitcoin|btc|ethereum|forex|futuros|futures|ações|stocks)\b|em qualquer lugar,? (e )?a qualquer (hora|momento)|anytime,? anywhere|anywhere,? anytime/i, "advertisement"],
  [/^(ver|view|show|mostrar|see)( o| the)? (original|tradução|translation|texto original|original text)$/i, "view-original link"],
];

const BULLET = /^[\s•·▪◦●○►▶‣⁃*+–—-]+/;
const SENTENCE_END = /[.!?…]["”»’')]*$/;

export function boilerplateReason(text: string, position?: ParagraphPosition): string | null {
  const line = text.trim();
  if (!line) return null;
  for (const [pattern, reason] of PHRASES) if (pattern.test(line)) return reason;

  const bare = line.replace(BULLET, "").trim();
  const words = bare.split(/\s+/);
  if (words.length <= 25 && !SENTENCE_END.test(bare)) {
    for (const [pattern, reason] of SHORT_PHRASES) if (pattern.test(bare)) return reason;
  }
  if (/^[\d\s.,:/()+%kKmM-]+$/.test(bare) && /\d/.test(bare)) return "counter";
  if (isLanguageMenuEntry(bare)) return "language menu";
  // Widget labels are a few short words: a long paragraph need not be split into tokens to know it.
  const ui = bare.length <= MAX_WIDGET_LINE ? interfaceWordsReason(bare) : null;
  if (ui) return ui;
  if (isMenuOfSegments(bare)) return /\s[>›»]\s/.test(bare) ? "breadcrumb" : "menu";
  if (/^(#[\p{L}\p{N}_]+\s*){2,}$/u.test(bare)) return "tag list";

  if (position && isNearEnd(position)) {
    if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(bare)) return "widget label";
    if (BULLET.test(line) && words.length <= 3 && !SENTENCE_END.test(bare)) return "menu item";
  }
  return null;
}

/** Where scrapers append the site footer: the last quarter, or the last dozen paragraphs. */
function isNearEnd({ index, total }: ParagraphPosition): boolean {
  return index >= total * 0.75 || total - index <= 12;
}

function isLanguageMenuEntry(text: string): boolean {
  const withoutRegion = text.replace(/\s*\([^)]{1,30}\)$/, "").toLowerCase();
  if (LANGUAGE_ENDONYMS.has(withoutRegion)) return true;
  const items = text.toLowerCase().split(/\s*[|·•/,]\s*|\s{2,}/).filter(Boolean);
  return items.length >= 2 && items.every((item) => LANGUAGE_ENDONYMS.has(item.replace(/\s*\([^)]*\)$/, "")));
}

/** "Partilhar", "Comentários (12)", "Facebook Twitter WhatsApp", "Ver original", "Siga-nos". */
/** Eight UI words with their separators fit well within this (the longest seen is about 40 characters). */
const MAX_WIDGET_LINE = 200;

function interfaceWordsReason(text: string): string | null {
  const tokens = text
    .toLowerCase()
    .replace(/[\d()[\]{}|·•:;,.!?…"“”«»'’/+]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((token) => (token.endsWith("-nos") ? [token.slice(0, -4), "-nos"] : [token]));
  if (tokens.length === 0 || tokens.length > 8) return null;
  let reason: string | null = null;
  for (const token of tokens) {
    const found = UI_WORDS.get(token);
    if (found) reason ??= found;
    else if (!CONNECTORS.has(token)) return null;
  }
  return reason;
}

/** "Início | Política | Economia | Desporto" or "Home > Tech > AI": three or more short segments. */
function isMenuOfSegments(text: string): boolean {
  const segments = text.split(/\s+[|·>›»/]\s+/);
  return segments.length >= 3 && segments.every((segment) => segment.split(/\s+/).length <= 4 && !SENTENCE_END.test(segment));
}

/** Short, unpunctuated lines: what menus and widget labels look like. */
function isMenuLike(text: string): boolean {
  const bare = text.trim();
  return bare.length <= 60 && !SENTENCE_END.test(bare);
}

/**
 * Reasons for a whole article. Beyond each paragraph's own evidence, the trailing run of short
 * lines that starts at a recognised boilerplate paragraph and holds at least two of them is the
 * site footer as a whole ("Pino", "Novidades" between share buttons and a language list). Short
 * lines before the first recognised one stay content: an article may end with "Com agências".
 * `known` carries reasons the markup already gave (a <footer>, a share widget's class).
 */
export function detectBoilerplate(texts: string[], known: (string | null)[] = []): (string | null)[] {
  const total = texts.length;
  const reasons = texts.map((text, index) => known[index] ?? boilerplateReason(text, { index, total }));
  let start = total;
  for (let i = total - 1; i >= 0 && (reasons[i] || isMenuLike(texts[i])); i--) if (reasons[i]) start = i;
  const recognised = reasons.slice(start).filter(Boolean).length;
  if (recognised >= 2) for (let i = start; i < total; i++) reasons[i] ??= "site footer";
  return reasons;
}
