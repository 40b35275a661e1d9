// Preset for text files (UTF-8/UTF-16 text, e.g. from an old OCR run).
import { textStage } from '../src/input/text.js';
import { definePipeline, type Pipeline } from '../src/pipeline.js';
import { INPUT, tail, type Resources } from './tail.js';

export async function textPipeline(res: Resources): Promise<Pipeline> {
  return definePipeline('text', [textStage(), ...(await tail(res, 'text'))], INPUT);
}
