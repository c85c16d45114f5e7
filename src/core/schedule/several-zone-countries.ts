// Countries that keep several zones, named as one ("8pm US time", "Australia time", "Canada time", 美国时间,
// 澳洲时间): which of their zones is meant is a guess hours wide (New York and Los Angeles are three hours apart,
// Sydney and Perth two or three, Moscow and Vladivostok seven), so the schedule is refused by name, asking for a
// city or a zone (they were refused as words not understood, and 俄罗斯时间 was read as Moscow's without a word).
// Only right before "time" / 时间 / 时区: a region or city after the country is read by place-zones.ts ("US Eastern
// time", 美国东部时间, 澳洲东部时间, 俄罗斯莫斯科时间), and "8pm US election night" names no zone. Brazil is not here:
// its official time is Brasília's, and "Brazil time" is read as that (place-zones.ts).

// "New Mexico time" is one US state (Mountain time), "Central America time" one zone (UTC-6): neither is asked.
const EN_COUNTRY_TIME =
  /(?<!\bnew\s+|\bcentral\s+)\b(u\.?s\.?(?:a\.?)?|united\s+states|america|american|mexico|mexican|canada|canadian|australia|australian|russia|russian)\s+time\b/i;
const ZH_COUNTRY_TIME = /(美国|墨西哥|加拿大|澳大利亚|澳洲|俄罗斯)\s*(?:标准)?时[间区]/;

/** The words of a country of several zones said as its time ("US time", 美国时间), or null. */
export function countryOfSeveralZones(text: string): string | null {
  return (EN_COUNTRY_TIME.exec(text) ?? ZH_COUNTRY_TIME.exec(text))?.[0] ?? null;
}
