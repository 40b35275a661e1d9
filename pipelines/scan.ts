// Preset for images: PNG, JPEG, TIFF (multi-page), phone photos and scanner output.
import { ocrStage } from '../src/ocr/stage.js';
import { definePipeline, type Pipeline } from '../src/pipeline.js';
import { INPUT, tail, type Resources } from './tail.js';

export async function scanPipeline(res: Resources): Promise<Pipeline> {
  return definePipeline('scan', [ocrStage(await res.ocrPool()), ...(await tail(res, 'scan', true))], INPUT);
}
