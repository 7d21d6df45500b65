import type { Figure, ReportModel } from '../model.js';
import type { Segmenter } from '../text/segmenter.js';

/** Figures with their indicator, measure and period. (Filled in by the figures work.) */
export function extractFigures(_model: ReportModel, _segmenter: Segmenter): Figure[] {
  return [];
}
