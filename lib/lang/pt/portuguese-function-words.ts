/** Portuguese articles, prepositions, pronouns and other closed-class words, lower case. */
export const PORTUGUESE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a o as os um uma uns umas de da do das dos em na no nas nos num numa por pela pelo pelas pelos para pra com sem
  sob sobre entre até após ante contra desde perante trás à às ao aos e ou mas nem que se como quando onde porque
  porém contudo todavia embora enquanto pois logo também já ainda não sim muito muita muitos muitas pouco pouca
  mais menos tão tanto tanta todo toda todos todas outro outra outros outras este esta estes estas esse essa esses
  essas aquele aquela aqueles aquelas isto isso aquilo eu tu ele ela nós vós eles elas me te lhe nos vos lhes seu
  sua seus suas meu minha meus minhas nosso nossa nossos nossas qual quais quem cujo cuja ser é foi era são está
  estão estava tem têm ter há houve havia vai vão cada nada tudo algo alguém ninguém depois antes agora hoje ontem
  amanhã aqui ali lá então assim apenas só sempre nunca segundo conforme naquela naquele nesta neste nessa nesse
  dessa desse desta deste daquele daquela dela dele delas deles`
    .split(/\s+/)
    .filter(Boolean),
);
