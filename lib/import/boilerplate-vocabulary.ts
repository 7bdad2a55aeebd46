/**
 * Words that make up site chrome (buttons, menus, widgets) in the languages our sources mix:
 * Portuguese (both norms), English and Spanish. A line made ONLY of these words, connectors and
 * counters is interface text, never prose; one of them inside a sentence proves nothing.
 * The value is the reason shown to the reviewer.
 */
const GROUPS: Record<string, string[]> = {
  "share button": [
    "partilhar", "partilhe", "partilha", "compartilhar", "compartilhe", "compartilhamentos", "compartir", "comparte",
    "share", "shares", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "weibo",
    "wechat", "messenger", "email", "e-mail", "imprimir", "print", "copiar", "copy", "link", "enviar", "send", "tweet",
  ],
  "comment widget": [
    "comentar", "comente", "comentário", "comentários", "comentario", "comentarios", "comment", "comments",
    "responder", "resposta", "respostas", "reply", "replies", "responda",
  ],
  "reaction button": [
    "gosto", "gostos", "gostar", "curtir", "curtidas", "like", "likes", "me", "gusta", "recompensa", "recompensar",
    "reward", "tip", "gorjeta", "favorito", "favoritos", "guardar", "salvar", "save", "bookmark", "pino", "pin",
    "fixar", "denunciar", "report", "votar", "upvote", "downvote", "seguir", "follow", "following", "seguidores", "followers",
  ],
  "follow prompt": ["siga", "sigam", "síguenos", "acompanhe"],
  "view-original link": ["original", "tradução", "traduzir", "translate", "translation", "traducción", "traducir"],
  "menu item": [
    "menu", "início", "inicio", "home", "novidades", "pesquisar", "pesquisa", "search", "buscar", "busca", "entrar",
    "login", "log", "sair", "logout", "registar", "registrar", "registe-se", "cadastre-se", "cadastrar", "sign",
    "anterior", "seguinte", "próximo", "próxima", "previous", "next", "voltar", "back", "topo", "top", "fechar", "close",
    "mais", "more", "ver", "see", "view", "show", "mostrar", "ler", "leia", "read", "contactos", "contato", "contacto",
    "contact", "sobre", "about", "privacidade", "privacy", "termos", "terms", "cookies", "ajuda", "help", "faq",
    "idioma", "idiomas", "language", "languages", "mercados", "markets", "carregar", "load", "expandir", "expand",
    "recolher", "collapse", "qrcode", "qr", "code",
  ],
  "newsletter prompt": ["subscrever", "subscreva", "subscribe", "assinar", "assine", "newsletter", "inscrever-se", "inscreva-se", "suscríbete"],
  "app download prompt": ["app", "aplicação", "aplicativo", "download", "transferir", "baixar", "baixe", "descarregar", "descargar"],
  "shop button": [
    "adicionar", "carrinho", "cesto", "comprar", "compre", "checkout", "cart", "basket", "buy", "add", "wishlist", "desejos",
    "encomendar", "reservar", "cotações", "cotação", "tempo", "real", "quotes", "live",
  ],
  advertisement: ["publicidade", "anúncio", "anúncios", "advertisement", "ads", "ad", "sponsored", "patrocinado", "publicidad"],
};

/** Glue words allowed between interface words ("Ver o original", "Siga-nos no X"). */
export const CONNECTORS = new Set([
  "a", "o", "as", "os", "de", "da", "do", "das", "dos", "e", "em", "no", "na", "nos", "nas", "para", "com", "por",
  "the", "and", "to", "on", "in", "of", "with", "up", "out", "us", "our", "all", "this", "el", "la", "los", "y", "en",
  "este", "esta", "artigo", "article", "notícia", "página", "page", "post", "todos", "todas", "nenhum", "sem", "no",
  "it", "now", "agora", "já", "aqui", "here", "its", "nosso", "nossa", "-nos", "ao", "à", "aos", "às", "pelo", "pela",
  "seu", "sua", "your", "lista", "list",
]);

export const UI_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(GROUPS).flatMap(([reason, words]) => words.map((word) => [word, reason] as const)),
);

/**
 * Language names as sites list them in their language pickers: each in its own language.
 * A paragraph that is only one of these (optionally with a region) is a language menu entry.
 */
export const LANGUAGE_ENDONYMS = new Set([
  "english", "español", "français", "deutsch", "italiano", "português", "portugues", "nederlands", "polski",
  "русский", "українська", "türkçe", "tiếng việt", "bahasa indonesia", "bahasa melayu", "filipino", "tagalog",
  "日本語", "한국어", "简体中文", "繁體中文", "繁体中文", "中文", "ไทย", "हिन्दी", "বাংলা", "اردو", "العربية",
  "بالعربية", "عربي", "فارسی", "עברית", "ελληνικά", "čeština", "magyar", "română", "svenska", "norsk", "dansk",
  "suomi", "қазақ тілі", "o'zbek", "oʻzbekcha", "azərbaycan", "català", "galego", "euskara", "slovenčina",
  "hrvatski", "srpski", "български", "lietuvių", "latviešu", "eesti",
]);
