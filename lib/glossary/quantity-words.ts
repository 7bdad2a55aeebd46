/**
 * Words of figures and measures: a reviewer who writes "mil milhões" over "bilhões" or "km" over
 * "quilómetros" is converting a quantity, which the numbers check handles; a glossary entry for it would
 * rewrite every figure of every article.
 */
const WORDS = `
  zero um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze
  dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte trinta quarenta cinquenta sessenta
  setenta oitenta noventa cem cento duzentos trezentos quatrocentos quinhentos mil milhar milhares milhão
  milhões bilião biliões bilhão bilhões trilião triliões trilhão trilhões dezena dezenas centena centenas
  metade dobro triplo terço
  % percentagem porcentagem
  metro metros m km quilómetro quilómetros quilômetro quilômetros cm mm centímetro centímetros milímetro milímetros
  kg g quilo quilos quilograma quilogramas grama gramas tonelada toneladas t litro litros l ml
  hectare hectares ha m2 km2 m² km²
  segundo segundos minuto minutos hora horas dia dias semana semanas mês meses ano anos
  kw mw gw kwh mwh gwh watt watts gb tb mb kb pb flops tflops pflops nm ghz mhz
  yuan yuans renminbi rmb cny dólar dólares usd euro euros eur libra libras iene ienes won
  us$ r$ hk$ € $ ¥
`;

export const QUANTITY_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** A figure ("2023", "3,5", "10 000") or a word of quantity or unit. */
export function isQuantityWord(word: string): boolean {
  return /\d/.test(word) || QUANTITY_WORDS.has(word.toLowerCase());
}
