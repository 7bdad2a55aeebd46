/** Two-character surnames: the given name starts after them ("Ouyang Xiu", not "Ou Yangxiu"). */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  "欧阳 司马 诸葛 上官 司徒 东方 皇甫 慕容 令狐 夏侯 长孙 宇文 公孙 尉迟 端木 独孤 南宫 西门 轩辕".split(" "),
);
