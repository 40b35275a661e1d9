// The stages every preset ends with: normalize, restore, extract, output.
import { normalizeStage } from '../src/normalize/index.js';
import { outputStage } from '../src/output/record.js';
import type { Stage } from '../src/pipeline.js';
import type { ResourceOptions } from './resources.js';

export interface Resources {
  options: ResourceOptions;
}

export async function tail(res: Resources, name: string): Promise<Stage[]> {
  void res;
  return [normalizeStage(), outputStage(name)];
}
