/** The nynorsk messages of each area (see nb.ts beside this file). */
import type { Shape } from '../define';
import type { areasNb } from './nb';
import { problems } from './problems/nn';
import { pub } from './public/nn';

export const areasNn: Shape<typeof areasNb> = { problems, pub };
