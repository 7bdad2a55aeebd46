/** Common Chinese surnames in pinyin (single and compound): a surname followed by a given name is a personal name. */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
  feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan lu du dai xia zhong fu wen
  ren qiu qin jin shi kong bai cui kang mao qian tan shao meng long wan duan lei hao ou gu hou chang shen yin yao
  fan fang lai wei ni gong yue qi geng su xing mo xiang niu bao hong ning ke lan zou zhan ji tao jiang an sheng
  che mu shang ruan pang zhuo ling nie shu miao hua rao zuo min ba lian xiong ai yi tong ge rong quan guan bian
  xuan xin yun lou an cheng qu you huo mei jing nan zang zha hang chu teng le sang weng gan lang pei ying zhai
  shan qiao zhuang lv lyu fei kuang mou bi gou tu xi jian ran pu rui zhen zhi mi chai ban bo dou gai kou lao man sha xian xun zu shou
  ouyang sima zhuge shangguan situ dongfang huangfu murong linghu xiahou zhangsun yuwen gongsun`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Surnames as Hong Kong, Macau, Taiwan and the diaspora romanise them (Cantonese, Hokkien, Wade–Giles): the given
 * name after them is often made of English-looking syllables ("Ho Hung Sun", "Chan Tsz King", "Wong Sio Chak").
 */
export const ROMANISED_SURNAMES: ReadonlySet<string> = new Set(
  `ho chan wong cheung leung lam lau ng tsang chow cheong chui kwan kwok chau tse yip lo mak choi fung tam tsui
  yeung yuen siu ieong leong sio vong iao chio kuan lui kong chiu chung tsoi hui koo ko lok mok poon sze szeto
  tong tsai tseng chiang chuang hsu hsieh chou kuo tsao teo goh ong lim tan yeo koh ang quek`
    .split(/\s+/)
    .filter(Boolean),
);
