/**
 * Units of measure (built-in knowledge): each written unit maps to a canonical unit and a
 * factor. `%` and `个百分点` stay apart: a share is not a change of a share.
 */
export interface UnitInfo {
  canonical: string;
  factor: number;
}

const UNITS: Record<string, UnitInfo> = {
  元: { canonical: '元', factor: 1 },
  // Foreign trade and foreign investment are stated in US dollars: never convertible to 元.
  美元: { canonical: '美元', factor: 1 },
  亩: { canonical: '亩', factor: 1 },
  公顷: { canonical: '亩', factor: 15 },
  平方公里: { canonical: '亩', factor: 1500 },
  吨: { canonical: '吨', factor: 1 },
  公斤: { canonical: '吨', factor: 0.001 },
  人次: { canonical: '人次', factor: 1 },
  人: { canonical: '人', factor: 1 },
  名: { canonical: '人', factor: 1 },
  户: { canonical: '户', factor: 1 },
  千瓦: { canonical: '千瓦', factor: 1 },
  千瓦时: { canonical: '千瓦时', factor: 1 },
  度: { canonical: '千瓦时', factor: 1 },
  公里: { canonical: '米', factor: 1000 },
  千米: { canonical: '米', factor: 1000 },
  米: { canonical: '米', factor: 1 },
  平方米: { canonical: '平方米', factor: 1 },
  立方米: { canonical: '立方米', factor: 1 },
  '%': { canonical: '%', factor: 1 },
  个百分点: { canonical: '个百分点', factor: 1 },
  倍: { canonical: '倍', factor: 1 },
  个: { canonical: '个', factor: 1 },
  家: { canonical: '家', factor: 1 },
  座: { canonical: '座', factor: 1 },
  所: { canonical: '所', factor: 1 },
  套: { canonical: '套', factor: 1 },
  项: { canonical: '项', factor: 1 },
  辆: { canonical: '辆', factor: 1 },
  台: { canonical: '台', factor: 1 },
  列: { canonical: '列', factor: 1 },
  件: { canonical: '件', factor: 1 },
  处: { canonical: '处', factor: 1 },
  条: { canonical: '条', factor: 1 },
  头: { canonical: '头', factor: 1 },
  只: { canonical: '只', factor: 1 },
  株: { canonical: '株', factor: 1 },
};

const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

/** Longest first, so `个百分点` wins over `个` and `平方公里` over `公里`. */
export const UNIT_PATTERN = Object.keys(UNITS).sort((a, b) => b.length - a.length).map(escape).join('|');
export const MAGNITUDE_PATTERN = Object.keys(MAGNITUDES).sort((a, b) => b.length - a.length).join('|');

export function unitInfo(unit: string): UnitInfo | undefined {
  return UNITS[unit];
}

export function magnitude(prefix: string | undefined): number {
  return prefix ? (MAGNITUDES[prefix] ?? 1) : 1;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\%]/g, (c) => (c === '%' ? '%' : `\\${c}`));
}
