// Traditional Chinese forms of the characters a schedule uses, read as their Simplified forms ("下午三點十五分",
// "持续十二小時", "現在"), so that every later stage deals with one script. Only characters with a single
// Simplified form are mapped; a word the layer does not know stays unrecognized either way.
import { hasHan } from './han.js';

const TRADITIONAL: Record<string, string> = {
  點: '点', 時: '时', 鐘: '钟', 個: '个', 現: '现', 當: '当', 兩: '两', 週: '周', 禮: '礼', 後: '后', 號: '号',
  際: '际', 計: '计', 長: '长', 從: '从', 開: '开', 續: '续', 於: '于', 約: '约',
  // Day, part-of-day, length and filler words (這週六, 晚間, 鐘頭, 長達, 馬上, 結束, 聽日, 下晝, 夜裡), and the
  // places of zones said with 時間 (東京, 台灣, 紐約, 倫敦, 美國).
  這: '这', 間: '间', 頭: '头', 達: '达', 馬: '马', 結: '结', 聽: '听', 晝: '昼', 裡: '里', 裏: '里', 過: '过',
  總: '总', 為: '为', 東: '东', 灣: '湾', 紐: '纽', 倫: '伦', 國: '国', 區: '区', 門: '门', 歐: '欧',
  幾: '几', 數: '数', 會: '会', 準: '准', 請: '请', 謝: '谢', 幫: '帮', 煩: '烦', 轉: '转', 動: '动', 啟: '启',
  淩: '凌', 內: '内', 來: '来', 還: '还', 隨: '随', 臺: '台',
  // 許 (about, after a clock: 八時許), as zh-fillers.ts reads it.
  許: '许',
  // The rest of what the parser reads: 倆 (two), 明兒, zone places (首爾, 洛杉磯, 溫哥華, 西雅圖, 舊金山, 羅馬,
  // 馬來西亞, 加德滿都, 韓國, 標準時間), and the command words around a schedule.
  倆: '俩', 兒: '儿', 華: '华', 爾: '尔', 廣: '广', 標: '标', 經: '经', 羅: '罗', 韓: '韩', 磯: '矶', 圖: '图',
  舊: '旧', 滿: '满', 溫: '温', 亞: '亚', 蘭: '兰', 歷: '历', 參: '参', 單: '单', 處: '处', 備: '备', 復: '复',
  無: '无', 暫: '暂', 執: '执', 換: '换', 斷: '断', 環: '环', 聯: '联', 騰: '腾', 視: '视', 訊: '讯', 調: '调',
  運: '运', 頻: '频', 額: '额', 買: '买', 賓: '宾', 繼: '继', 縮: '缩', 鍾: '钟', 隻: '只',
  // Holidays on a fixed date (holidays.ts): 聖誕節, 萬聖節, 國慶, 勞動節, 兒童節, 婦女節, 跨年夜.
  聖: '圣', 誕: '诞', 節: '节', 萬: '万', 勞: '劳', 婦: '妇',
};
const TRADITIONAL_CHAR = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

export function toSimplified(text: string): string {
  // Every Traditional character above is a Chinese character.
  if (!hasHan(text)) return text;
  return text.replace(TRADITIONAL_CHAR, (c) => TRADITIONAL[c] ?? c);
}
