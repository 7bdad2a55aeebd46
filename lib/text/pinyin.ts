/** Hanyu Pinyin syllable segmentation of Latin words, toneless as news texts write names. */

// The standard syllable inventory, without the interjections m, n, ng, hm, hng, lo and yo: they never occur in
// names and would make ordinary words ("modelo") segmentable.
// ü is written v or ü; "nue"/"lue" are the common toneless spellings of nüe/lüe.
const SYLLABLES = `
a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nue nü nüe
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve lue lü lüe
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
`;

export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(SYLLABLES.split(/\s+/).filter(Boolean));

const MAX_SYLLABLE = 6;
const PINYIN_CHARS = /^[a-zü]+$/;
const VOWEL_INITIAL = /^[aeo]/;

const memo = new Map<string, string[] | null>();

/**
 * Splits a word into pinyin syllables, or returns null. Pinyin orthography requires an apostrophe before a
 * syllable starting with a, e or o unless it opens the word ("Xi'an"), so such syllables are only accepted
 * first: this keeps Portuguese words such as "sua" or "Nigéria"-like spellings out.
 */
export function segmentPinyin(word: string): string[] | null {
  const lower = word.toLowerCase();
  const cached = memo.get(lower);
  if (cached !== undefined) return cached;
  let result: string[] | null = [];
  for (const part of lower.split(/['’]/)) {
    const syllables = PINYIN_CHARS.test(part) ? segmentPart(part) : null;
    if (!syllables) {
      result = null;
      break;
    }
    result.push(...syllables);
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(lower, result);
  return result;
}

function segmentPart(s: string): string[] | null {
  // best[i] = fewest syllables covering s[0, i); back[i] = where the last syllable starts.
  const n = s.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let len = 1; len <= MAX_SYLLABLE && i + len <= n; len++) {
      const syl = s.slice(i, i + len);
      if (!PINYIN_SYLLABLES.has(syl)) continue;
      if (i > 0 && VOWEL_INITIAL.test(syl)) continue;
      if (best[i] + 1 < best[i + len]) {
        best[i + len] = best[i] + 1;
        back[i + len] = i;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const out: string[] = [];
  for (let end = n; end > 0; end = back[end]) out.unshift(s.slice(back[end], end));
  return out;
}
