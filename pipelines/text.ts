// Preset for text files (UTF-8/UTF-16 text, e.g. from an old OCR run).
import { inputStage } from '../src/input/read.js';
import { textStage } from '../src/input/text.js';
import type { Pipeline } from '../src/pipeline.js';
import { tail, type Resources } from './tail.js';

export async function textPipeline(res: Resources): Promise<Pipeline> {
  return { name: 'text', stages: [inputStage(), textStage(), ...(await tail(res, 'text'))] };
}
