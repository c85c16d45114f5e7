// The regions CreateLivePullStreamTask lists, by the city people name them after, in Chinese and in English
// ("地域 东京", "region Tokyo", "in Hong Kong"). Only these: a city the API has no region for is not guessed
// (validation names the regions there are).
const BY_CITY: Record<string, string> = {
  曼谷: 'ap-bangkok', 北京: 'ap-beijing', 广州: 'ap-guangzhou', 香港: 'ap-hongkong', 孟买: 'ap-mumbai',
  首尔: 'ap-seoul', 上海: 'ap-shanghai', 新加坡: 'ap-singapore', 东京: 'ap-tokyo', 弗吉尼亚: 'na-ashburn',
  硅谷: 'na-siliconvalley',
  bangkok: 'ap-bangkok', beijing: 'ap-beijing', guangzhou: 'ap-guangzhou', 'hong kong': 'ap-hongkong',
  hongkong: 'ap-hongkong', mumbai: 'ap-mumbai', seoul: 'ap-seoul', shanghai: 'ap-shanghai', singapore: 'ap-singapore',
  tokyo: 'ap-tokyo', virginia: 'na-ashburn', ashburn: 'na-ashburn', 'silicon valley': 'na-siliconvalley',
};

const cities = (han: boolean): string[] => Object.keys(BY_CITY).filter((city) => /^[a-z]/.test(city) !== han);

/** English city names as a regex source (no groups; longest first, any spacing: "hong  kong"). */
export const CITY_PATTERN_EN = cities(false)
  .sort((a, b) => b.length - a.length)
  .map((city) => city.replace(/ /g, '\\s+'))
  .join('|');
/** Chinese city names as a regex source (no groups). */
export const CITY_PATTERN_ZH = cities(true).join('|');

/** The API's code for a city or a code in any case; anything else as typed, lower-cased, for validation to name. */
export function regionCode(word: string): string {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  return BY_CITY[key] ?? key;
}
