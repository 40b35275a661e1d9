// Preset for images: PNG, JPEG, TIFF (multi-page), phone photos and scanner output.
import { inputStage } from '../src/input/read.js';
import { ocrStage } from '../src/ocr/stage.js';
import type { Pipeline } from '../src/pipeline.js';
import { tail, type Resources } from './tail.js';

export async function scanPipeline(res: Resources): Promise<Pipeline> {
  return { name: 'scan', stages: [inputStage(), ocrStage(res.ocrPool()), ...(await tail(res, 'scan', true))] };
}
