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
