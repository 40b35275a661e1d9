// What the presets share, and the stages every preset ends with:
// normalize, restore, extract, output.
import { OcrPool } from '../src/ocr/pool.js';
import { normalizeStage } from '../src/normalize/index.js';
import { outputStage } from '../src/output/record.js';
import type { Stage } from '../src/pipeline.js';
import type { ResourceOptions } from './resources.js';

/** Loaded once per engine, used for every document. */
export class Resources {
  private pool?: OcrPool;

  constructor(readonly options: ResourceOptions = {}) {}

  /** OCR workers start only when a preset that needs them is built. */
  ocrPool(): OcrPool {
    this.pool ??= new OcrPool({ size: this.options.ocrWorkers ?? 1, pageTimeoutMs: this.options.pageTimeoutMs });
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

export async function tail(res: Resources, name: string): Promise<Stage[]> {
  void res;
  return [normalizeStage(), outputStage(name)];
}
