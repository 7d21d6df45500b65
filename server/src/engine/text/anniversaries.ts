/**
 * Founding years for anniversaries (built-in knowledge the corpus cannot teach).
 * Extend here: the key is a regex alternative matching how reports name the event.
 */
export const FOUNDING_YEARS: { names: string[]; year: number }[] = [
  { names: ['新中国', '中华人民共和国'], year: 1949 },
  { names: ['中国共产党', '建党'], year: 1921 },
  { names: ['改革开放'], year: 1978 },
  { names: ['内蒙古自治区'], year: 1947 },
  { names: ['新疆维吾尔自治区'], year: 1955 },
  { names: ['宁夏回族自治区'], year: 1958 },
  { names: ['广西壮族自治区'], year: 1958 },
  { names: ['西藏自治区'], year: 1965 },
  { names: ['中国人民解放军', '人民军队', '建军'], year: 1927 },
];

const byName = new Map(FOUNDING_YEARS.flatMap((f) => f.names.map((n) => [n, f.year] as const)));

/** Longest names first so `内蒙古自治区` wins over `自治区`. */
export const ANNIVERSARY = new RegExp(
  `(${[...byName.keys()].sort((a, b) => b.length - a.length).join('|')})(成立|召开|实行|实施)?(\\d{1,3})周年`,
  'g',
);

export function foundingYear(name: string): number | undefined {
  return byName.get(name);
}
