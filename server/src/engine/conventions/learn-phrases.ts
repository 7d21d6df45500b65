import type { ReportModel } from '../model.js';

/** Formulations the corpus writes verbatim across reports. */
export class PhrasesLearner {
  add(_name: string, _model: ReportModel): void {}

  finish(): string[] {
    return [];
  }
}
